"""Regression tests for the third round of extract rules (issue 4): historian prose and transcript
turns of other trials - appositions and relative clauses, names that open a sentence, the object
of "recruited", bare passives of killings, acts named before their doer, several stance cues in a
sentence, cue modifiers, failures to admit, what is not asserted ("whether", topics), power-
dependent verb ... object triggers, "later" acts, the time of saying, anaphoric seasons and years,
and vocabulary for powers, police informers and flooded mines. The sentences differ from the
``r3-*`` dev items in ``eval/gold/claims.jsonl`` that were written before these rules."""

from __future__ import annotations

from datetime import date

from countertrial.extract import extract_text
from countertrial.extract.timex import find_timexes, resolve_anaphora
from countertrial.model import Claim
from countertrial.store import Store


def facts(claims: list[Claim]) -> list[tuple[str | None, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in claims)


# -- appositions, relative clauses and names ------------------------------------------------------

def test_apposition_name_is_neither_subject_nor_antecedent(roster_store: Store) -> None:
    assert facts(extract_text("Kostov, a member of the Bulgarian Politburo, repudiated his confession.",
                              store=roster_store)) == [("kostov", "plea", "deny")]
    (c,) = extract_text("Larichev, the director of the Fuel Institute, said that he had met Ramzin in Paris.",
                        store=roster_store)
    assert (c.subject, c.act, c.place) == ("larichev", "meeting", "Paris")


def test_relative_clause_keeps_its_place_time_and_power(roster_store: Store) -> None:
    claims = extract_text("Brankov, who had worked for Yugoslav intelligence in Budapest in 1946, testified that "
                          "Rankovic had ordered the murder of Rakosi.", store=roster_store)
    order = next(c for c in claims if c.act == "gave_instructions")
    assert order.subject == "rankovic"
    assert (order.foreign_power, order.place, order.time.known) == (None, None, False)
    spy = next(c for c in claims if c.act == "espionage")
    assert (spy.subject, spy.foreign_power, spy.place) == ("brankov", "Yugoslavia", "Budapest")


def test_sentence_initial_name_before_companions_or_a_person_predicate(roster_store: Store) -> None:
    (c,) = extract_text("Kostov and ten other defendants were charged with spying for Britain.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("kostov", "espionage", "Britain")
    (c,) = extract_text("Slansky was arrested in November 1951. He admitted that he had spied for the Americans.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("slansky", "espionage", "United States")


def test_unknown_name_after_at_is_a_place_not_the_antecedent(roster_store: Store) -> None:
    claims = extract_text("RAJK: I met Brankov at Opatija, and he gave me instructions.", store=roster_store)
    assert ("brankov", "gave_instructions", "affirm") in facts(claims)
    assert all(c.subject != "opatija" for c in claims)


def test_object_pronoun_is_not_the_subject_of_its_clause_and_the_recruited_acts_too(roster_store: Store) -> None:
    claims = extract_text("Frejka said that Slansky had recruited him into the conspiracy in 1949.",
                          store=roster_store)
    assert facts(claims) == [("frejka", "conspiracy", "affirm"), ("slansky", "conspiracy", "affirm")]


def test_comma_and_joins_clauses_not_a_list_of_names(roster_store: Store) -> None:
    claims = extract_text("RADEK: I did not meet Sedov, and I never received money.", store=roster_store)
    assert all(c.subject == "radek" for c in claims)
    assert ("radek", "received_instructions", "deny") in facts(claims)


def test_attributive_name_is_not_a_subject(roster_store: Store) -> None:
    assert extract_text("Krylenko questioned the Shakhty engineers, and most of them denied the charges of "
                        "wrecking.", store=roster_store) == []


# -- who did it ------------------------------------------------------------------------------------

def test_bare_passive_of_a_killing_names_no_killer(roster_store: Store) -> None:
    assert extract_text("Kirov was murdered in Leningrad in 1934.", store=roster_store) == []
    assert extract_text("The Rosenbergs were executed in 1953.", store=roster_store) == []
    (c,) = extract_text("Kirov was murdered by Nikolaev in Leningrad in 1934.", store=roster_store)
    assert (c.subject, c.act) == ("nikolaev", "assassination")
    (c,) = extract_text("RAKOVSKY: I was recruited by the British Intelligence Service.", store=roster_store)
    assert (c.subject, c.act) == ("rakovsky", "espionage")  # not a killing: the passive stays about "I"


def test_act_named_before_its_doer(roster_store: Store) -> None:
    (c,) = extract_text("In 1935 two explosions took place at the mine, and Shestov organised them.",
                        store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("shestov", "sabotage", "1935")


def test_acted_on_the_orders_of(roster_store: Store) -> None:
    (c,) = extract_text("Nikolaev acted on the orders of Zinoviev.", store=roster_store)
    assert (c.subject, c.act) == ("nikolaev", "received_instructions")


# -- stances ------------------------------------------------------------------------------------------

def test_every_stance_cue_of_a_sentence(roster_store: Store) -> None:
    claims = extract_text("Kostov withdrew his confession on 7 December 1949, but on 14 December 1949 he "
                          "pleaded guilty.", store=roster_store)
    assert sorted((c.polarity, c.time.iso()) for c in claims) == [("affirm", "1949-12-14"), ("deny", "1949-12-07")]


def test_cue_with_a_modifier(roster_store: Store) -> None:
    assert facts(extract_text("Bukharin confirmed his previous testimony.", store=roster_store)) == [
        ("bukharin", "plea", "affirm")]
    assert facts(extract_text("Radek withdrew his pre-trial statement.", store=roster_store)) == [
        ("radek", "plea", "deny")]


def test_failure_to_admit_is_no_stance(roster_store: Store) -> None:
    assert extract_text("KRESTINSKY: I did not dare to admit my guilt.", stated_on="1938-03-02",
                        store=roster_store) == []
    assert facts(extract_text("KRESTINSKY: I do not admit my guilt.", stated_on="1938-03-02",
                              store=roster_store)) == [("krestinsky", "plea", "deny")]


def test_take_back_what_was_said_and_the_time_of_saying(roster_store: Store) -> None:
    claims = extract_text("MURALOV: I take back what I said yesterday; I never met Shestov.", stated_on="1937-01-25",
                          store=roster_store)
    assert facts(claims) == [("muralov", "meeting", "deny"), ("muralov", "plea", "deny")]
    meeting = next(c for c in claims if c.act == "meeting")
    assert not meeting.time.known


# -- what is not asserted ------------------------------------------------------------------------

def test_whether_and_doubt_assert_nothing(roster_store: Store) -> None:
    assert extract_text("It is unclear whether Radek met Sedov in Oslo.", store=roster_store) == []
    assert extract_text("It is doubtful that Radek met Sedov in Oslo.", store=roster_store) == []
    assert facts(extract_text("Radek met Sedov in Oslo.", store=roster_store)) == [("radek", "meeting", "affirm")]


def test_topic_is_not_a_claim_but_about_a_number_is(roster_store: Store) -> None:
    assert extract_text("RADEK: We talked about the assassination of Kirov.", store=roster_store) == []
    (c,) = extract_text("TUROK: I organised about forty train wrecks in 1935.", store=roster_store)
    assert (c.subject, c.act) == ("turok", "sabotage")


def test_proper_name_with_a_possessive_is_not_an_act(roster_store: Store) -> None:
    assert extract_text("The Doctors' Plot was made public by Tass in January 1953.", store=roster_store) == []


# -- powers -------------------------------------------------------------------------------------------

def test_power_dependent_verb_object(roster_store: Store) -> None:
    (c,) = extract_text("Thornton gathered information on the power stations for the British.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("thornton", "espionage", "Britain")
    assert extract_text("The commission gathered information on the power stations.", store=roster_store) == []
    (c,) = extract_text("RATAICHAK: I gave German agents the plans of the plant.", store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", "Germany")


def test_a_role_after_served_as_is_not_a_service(roster_store: Store) -> None:
    assert extract_text("Brankov served as a Yugoslav diplomat in Budapest.", store=roster_store) == []
    (c,) = extract_text("Brankov served Yugoslav intelligence in Budapest.", store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", "Yugoslavia")


def test_contact_with_agents_of_a_service_is_one_espionage_claim(roster_store: Store) -> None:
    claims = extract_text("SHARANGOVICH: I was in contact with agents of Polish intelligence.", store=roster_store)
    assert [(c.act, c.foreign_power) for c in claims] == [("espionage", "Poland")]


def test_soviet_union_as_a_power_not_as_a_target_or_destination(roster_store: Store) -> None:
    (c,) = extract_text("Gold spied for the Soviet Union.", store=roster_store)
    assert c.foreign_power == "Soviet Union"
    (c,) = extract_text("Pyatakov organised terrorist acts against the Soviet Union.", store=roster_store)
    assert c.foreign_power is None
    (c,) = extract_text("Olberg travelled to the Soviet Union in 1935.", store=roster_store)
    assert (c.act, c.foreign_power) == ("travel", None)


def test_later_act_takes_no_earlier_time_or_power(roster_store: Store) -> None:
    claims = extract_text("Kostov was recruited by British intelligence in 1942 and later took orders from Tito.",
                          store=roster_store)
    orders = next(c for c in claims if c.act == "received_instructions")
    assert (orders.foreign_power, orders.time.known) == (None, False)
    spy = next(c for c in claims if c.act == "espionage")
    assert (spy.foreign_power, spy.time.iso()) == ("Britain", "1942")


def test_last_time_said_applies_onward(roster_store: Store) -> None:
    claims = extract_text("KRESTINSKY: In 1930 I met Bessonov in Moscow, and in 1931 I went to Berlin, where I "
                          "received instructions from Sedov.", store=roster_store)
    got = next(c for c in claims if c.act == "received_instructions")
    assert got.time.iso() == "1931"


# -- vocabulary -------------------------------------------------------------------------------------

def test_police_informer_flooded_mines(roster_store: Store) -> None:
    (c,) = extract_text("Rajk had been an informer of the Horthy police.", store=roster_store)
    assert (c.subject, c.act) == ("rajk", "other")
    (c,) = extract_text("Berezovsky flooded the mines in 1927.", store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("berezovsky", "sabotage", "1927")


def test_recruited_into_a_plot_is_not_espionage(roster_store: Store) -> None:
    claims = extract_text("YAKIR: I was recruited into the bloc by Pyatakov in 1934.", store=roster_store)
    assert facts(claims) == [("yakir", "conspiracy", "affirm")]


# -- anaphoric times ---------------------------------------------------------------------------------

def test_that_summer_the_following_year_and_a_year_later() -> None:
    on = date(1951, 3, 1)

    def times(text: str) -> list[str]:
        return [t.interval.iso() for t in resolve_anaphora(find_timexes(text, on), on)]

    assert times("He met Gold on 3 June 1945. Later that summer he left.") == ["1945-06-03", "1945-06-01/1945-08-31"]
    assert times("In 1936 he went to Paris; in the autumn of that year he met Y.") == ["1936",
                                                                                     "1936-09-01/1936-11-30"]
    assert times("In March 1937 he met X. The following year he left.") == ["1937-03", "1938"]
    assert times("He came in May 1932; a year later he left.") == ["1932-05", "1933"]
    assert times("He met X on 3 June 1945. That year he also met Y.") == ["1945-06-03", "1945"]


def test_relative_clause_head_is_the_reporter(roster_store: Store) -> None:
    (c,) = extract_text("According to TBI, who confessed to have killed a woman, the attack began at dawn.",
                        store=roster_store)
    assert (c.subject, c.act) == ("tbi", "assassination")
