"""Regression tests for the second round of extract gaps (issue 4): a list of names with an Oxford
comma, transmission verbs with words between them and their object ("passed on to me Trotsky's
instructions"), the object of "sent" as the traveller, plots named by their aim, plans ("was to
meet") and journeys' aims, "and that he" after "X said that he", a forecast cue that stops at
"because", a name after "said that" as the subject, and tsarist police agents. Each test is named
after its gap; the matching dev gold items are ``gap-*`` in ``eval/gold/claims.jsonl``."""

from __future__ import annotations

import pytest

from countertrial.errors import InvalidVocabulary
from countertrial.extract import extract_text
from countertrial.extract.vocab import load_vocabulary
from countertrial.model import Claim
from countertrial.store import Store


def facts(claims: list[Claim]) -> list[tuple[str | None, str, str]]:
    return [(c.subject, c.act, c.polarity) for c in claims]


def test_oxford_comma_list_of_subjects_gives_one_claim_each(roster_store: Store) -> None:
    claims = extract_text("Trotsky, Sedov, and Pyatakov met in Oslo in December 1935.", store=roster_store)
    assert sorted(c.subject or "" for c in claims) == ["pyatakov", "sedov", "trotsky"]
    assert {c.act for c in claims} == {"meeting"}


def test_transmission_verb_with_words_before_its_object(roster_store: Store) -> None:
    claims = extract_text("SMIRNOV: In May 1931 I met Sedov in Berlin and he passed on to me Trotsky's "
                          "instructions on terror.", store=roster_store)
    assert ("sedov", "gave_instructions", "affirm") in facts(claims)
    assert ("sedov", "terrorism", "affirm") not in facts(claims)
    (c,) = extract_text("Vladimir Romm said that Trotsky had given him instructions for Radek in Paris in 1933.",
                        store=roster_store)
    assert (c.subject, c.act, c.place) == ("trotsky", "gave_instructions", "Paris")


def test_receiving_letters_or_a_line_with_words_between(roster_store: Store) -> None:
    (c,) = extract_text("Smirnov was charged with bringing back the terror line from Sedov in Berlin.",
                        store=roster_store)
    assert (c.act, c.counterparts) == ("received_instructions", ("sedov",))
    claims = extract_text("RADEK: I never met Sedov in Oslo, and I never received letters from Trotsky there.",
                          store=roster_store)
    assert ("radek", "received_instructions", "deny") in facts(claims)


def test_object_of_sent_is_the_traveller(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: Sedov sent me to Oslo in December 1935.", store=roster_store)
    assert (c.subject, c.act, c.place, c.counterparts) == ("pyatakov", "travel", "Oslo", ("sedov",))
    assert extract_text("BESSONOV: I sent Trotsky a letter in 1936.", store=roster_store) == []


def test_aim_of_a_journey_is_not_a_claim(roster_store: Store) -> None:
    claims = extract_text("OLBERG: Sedov sent me to the Soviet Union in 1935 to organise the assassination "
                          "of Stalin.", store=roster_store)
    assert [(c.subject, c.act) for c in claims] == [("olberg", "travel")]


def test_plot_to_kill_is_the_killing(roster_store: Store) -> None:
    claims = extract_text("BUKHARIN: I deny that I took part in a plot to kill Lenin in 1918.", store=roster_store)
    assert facts(claims) == [("bukharin", "assassination", "deny")]


def test_plans_are_not_claims(roster_store: Store) -> None:
    claims = extract_text("HOLTZMAN: I was to meet Sedov in Berlin, but I travelled to Copenhagen in 1932.",
                          store=roster_store)
    assert facts(claims) == [("holtzman", "travel", "affirm")]


def test_journey_ordered_is_the_purpose_of_the_order(roster_store: Store) -> None:
    claims = extract_text("ERDEMOVIC: Pelemis gave us the order to go to Zvornik.", store=roster_store)
    assert [(c.subject, c.act, c.place) for c in claims] == [("pelemis", "gave_instructions", "Zvornik")]


def test_and_that_he_keeps_the_referent_of_that_he(roster_store: Store) -> None:
    claims = extract_text("Romm said that he met Sedov in Paris and that he travelled to Oslo in 1935.",
                          store=roster_store)
    assert [(c.subject, c.act) for c in claims] == [("romm", "meeting"), ("romm", "travel")]


def test_forecast_cue_stops_at_because(roster_store: Store) -> None:
    claims = extract_text("TROTSKY: They will say that Rakovsky was a Japanese spy because he was sent to "
                          "Tokyo in 1934.", store=roster_store)
    modality = {c.act: c.modality for c in claims}
    assert modality["espionage"] == "forecast"
    assert modality["travel"] != "forecast"


def test_name_after_said_that_is_the_subject_not_an_object(roster_store: Store) -> None:
    claims = extract_text("ERDEMOVIC: A man who sometimes drove Pelemis, under the name of Zoran Stupar, came and said "
                          "that that "
                          "Pelemis had ordered us to move towards Vlasenica.", store=roster_store)
    assert ("pelemis", "gave_instructions", "affirm") in facts(claims)


def test_tsarist_police_agent_is_other(roster_store: Store) -> None:
    (c,) = extract_text("Zubarev was accused of having been an agent provocateur of the tsarist police in 1908.",
                        store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("zubarev", "other", "1908")


def test_verb_object_trigger_errors_name_file_entry_and_key(tmp_path: object) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "bad.yaml"
    bad.write_text("acts:\n  travel:\n    verb_object: [{verbs: [sent]}]\n", encoding="utf-8")
    with pytest.raises(InvalidVocabulary, match=r"acts.travel.*verb_object.*objects"):
        load_vocabulary([bad])


def test_journey_place_is_its_destination_not_an_earlier_acts(roster_store: Store) -> None:
    claims = extract_text("HOLTZMAN: In November 1932 I met Sedov in the lounge of the Hotel Bristol in Copenhagen, "
                          "and we went together to Trotsky.", store=roster_store)
    assert [(c.subject, c.act) for c in claims] == [("holtzman", "meeting")]


def test_same_act_told_twice_with_fewer_details_is_one_claim(roster_store: Store) -> None:
    claims = extract_text("Rakovsky was sent to Japan in 1934. The government sent him abroad.", store=roster_store)
    assert [(c.subject, c.act, c.place) for c in claims] == [("rakovsky", "travel", "Japan")]


def test_possessive_order_is_given_by_the_possessor(roster_store: Store) -> None:
    (c,) = extract_text("Dreitzer's group allegedly had Trotsky's direct order to kill Voroshilov in Moscow.",
                        store=roster_store)
    assert (c.subject, c.act, c.place) == ("trotsky", "gave_instructions", "Moscow")
    assert extract_text("We had orders to wait.", store=roster_store) == []


def test_killing_by_medical_means_is_poisoning(roster_store: Store) -> None:
    # (round 21: "Pletnev, with Levin, killed" is Levin's killing too, a helper named in an aside)
    got = extract_text("The court found that Pletnev, with Levin, killed Gorky with overdoses of digitalis in 1936.",
                       store=roster_store)
    assert {(c.subject, c.act, c.place, c.time.iso()) for c in got} == {
        ("pletnev", "poisoning", None, "1936"), ("levin", "poisoning", None, "1936")}
    (c,) = extract_text("Kazakov was accused of hastening Menzhinsky's death in 1934 with lysate treatment.",
                        store=roster_store)
    assert (c.subject, c.act) == ("kazakov", "poisoning")


@pytest.mark.parametrize(("text", "expected"), [
    ("Julius Rosenberg passed atomic secrets to Soviet intelligence in 1944.", ("espionage", "Soviet Union", "affirm")),
    ("RAJK: From 1947 I maintained contact with the Yugoslav intelligence.", ("espionage", "Yugoslavia", "affirm")),
    ("Szonyi stated that he had been in the pay of the American secret service.",
     ("espionage", "United States", "affirm")),
    ("Frank was accused of having been a Gestapo agent during the war.", ("espionage", "Germany", "affirm")),
    ("KOSTOV: I never had any connection with the British intelligence.", ("espionage", "Britain", "deny")),
])
def test_services_payment_and_agents_of_other_trials(roster_store: Store, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    (c,) = extract_text(text, store=roster_store)
    assert (c.act, c.foreign_power, c.polarity) == expected


def test_arson_denied_any_part_in(roster_store: Store) -> None:
    (c,) = extract_text("Dimitrov denied any part in the burning of the Reichstag.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("dimitrov", "sabotage", "deny")


def test_power_before_agents_as_counterparts_is_not_espionage(roster_store: Store) -> None:
    claims = extract_text("Bukharin entered into communications with Trotskyites and German agents.",
                          store=roster_store)
    assert [(c.act, c.foreign_power) for c in claims] == [("conspiracy", "Germany")]


def test_adverbial_orders_are_the_named_persons_order(roster_store: Store) -> None:
    # Round 20 turned this round: the gold sets give the one named in "on X's orders" the order five
    # times in eight (it was no claim of its own before).
    claims = extract_text("BUKHARIN: On Trotsky's orders I poisoned him in 1936.", store=roster_store)
    assert sorted((c.subject, c.act) for c in claims) == [("bukharin", "poisoning"), ("trotsky", "gave_instructions")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Slansky admitted his guilt on all counts.", ("slansky", "plea", "affirm")),
    ("Kostov denied his guilt.", ("kostov", "plea", "deny")),
    ("Van der Lubbe admitted that he alone had set the Reichstag on fire.", ("lubbe", "sabotage", "affirm")),
    ("RAJK: Rankovic told me to murder Rakosi.", ("rankovic", "gave_instructions", "affirm")),
    ("Field was an American agent.", ("field", "espionage", "affirm")),
    ("Palffy confessed that he had supplied military information to the Yugoslavs.", ("palffy", "espionage", "affirm")),
    ("Greenglass admitted that he stole secret sketches and gave them to Julius Rosenberg.",
     ("greenglass", "espionage", "affirm")),
])
def test_third_person_pleas_arson_orders_agents_and_information(roster_store: Store, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert facts(extract_text(text, store=roster_store)) == [expected]


def test_unknown_sentence_initial_name_before_an_adverb(roster_store: Store) -> None:
    assert facts(extract_text("Rajk allegedly met Rankovic in Belgrade in 1947.", store=roster_store)) == [
        ("rajk", "meeting", "affirm")]
    assert facts(extract_text("Kostov reportedly confessed to espionage.", store=roster_store)) == [
        ("kostov", "espionage", "affirm")]


def test_unknown_sentence_initial_name_joined_by_and(roster_store: Store) -> None:
    claims = extract_text("Popov and Tanev denied having met Van der Lubbe.", store=roster_store)
    assert sorted(facts(claims)) == [("popov", "meeting", "deny"), ("tanev", "meeting", "deny")]


def test_later_act_takes_the_time_after_it_not_the_earlier_acts(roster_store: Store) -> None:
    claims = extract_text("RAJK: I did not meet Rankovic in 1947; I met him in 1948.", store=roster_store)
    assert [(c.polarity, c.time.iso()) for c in claims] == [("deny", "1947"), ("affirm", "1948")]
