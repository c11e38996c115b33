"""Regression tests for the sixth round of extract rules (issue 4): speaker labels with diacritics,
defection ("went over to" a power), "the orders came from X", commanding or directing a killing or
a raid, "took my orders from", the verb "order" ("did not order anyone to"), deals with a power,
journeys written as "entered", "came back to", "took refuge in", "recalled to", "was driven",
"smuggled him", pleas written as "accept my responsibility" / "do not consider myself guilty",
anything passed to a power, single documents and Admiralty documents, powers listed with "or to",
objects of several words ("the break-in"). The sentences differ from the ``r6-*`` dev items in
``eval/gold/claims.jsonl`` that were written before these rules."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.model import Claim
from countertrial.store import Store


def facts(claims: list[Claim]) -> list[tuple[str | None, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in claims)


# -- speakers ----------------------------------------------------------------------------------------

def test_a_speaker_label_with_diacritics_is_a_speaker(roster_store: Store) -> None:
    (c,) = extract_text("SLÁNSKÝ: In 1944 I met Field in Moscow.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("slansky", "meeting", "Moscow")
    (c,) = extract_text("KOSTIĆ: I never met Field.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("kostic", "meeting", "deny")


# -- treason, instructions, conspiracy ---------------------------------------------------------------

def test_going_over_to_a_power_is_treason(roster_store: Store) -> None:
    (c,) = extract_text("In 1943 Kaminski went over to the Germans with his brigade.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("kaminski", "treason", "Germany")


def test_orders_that_came_from_someone_are_theirs(roster_store: Store) -> None:
    (c,) = extract_text("HOESS: The orders came from Eichmann, not from me.", store=roster_store)
    assert (c.subject, c.act) == ("eichmann", "gave_instructions")
    assert extract_text("The orders came from Berlin.", store=roster_store) == []


def test_commanding_or_directing_a_killing_or_a_raid_is_an_order(roster_store: Store) -> None:
    (c,) = extract_text("In 1941 Jeckeln commanded the shootings near Riga.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("jeckeln", "gave_instructions", "Riga")
    claims = extract_text("Barker and Sturgis directed the break-in at the psychiatrist's office.",
                          store=roster_store)
    assert facts(claims) == [("barker", "gave_instructions", "affirm"), ("sturgis", "gave_instructions", "affirm")]


def test_taking_ones_orders_from_someone_is_receiving_them(roster_store: Store) -> None:
    (c,) = extract_text("BARKER: I took my orders from Hunt.", store=roster_store)
    assert (c.subject, c.act, c.counterparts) == ("barker", "received_instructions", ("hunt",))


def test_the_verb_order_after_a_negation_is_a_denied_order(roster_store: Store) -> None:
    (c,) = extract_text("KAYISHEMA: I did not order anyone to attack the church.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("kayishema", "gave_instructions", "deny")


def test_a_secret_deal_with_a_power_is_a_conspiracy(roster_store: Store) -> None:
    (c,) = extract_text("HESS: I never made a secret deal with the British.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.polarity) == ("hess", "conspiracy", "Britain", "deny")


# -- journeys ----------------------------------------------------------------------------------------

def test_more_ways_of_writing_a_journey(roster_store: Store) -> None:
    (c,) = extract_text("On 6 April 1941 Kvaternik entered Zagreb.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("kvaternik", "travel", "Zagreb", "1941-04-06")
    assert extract_text("Kvaternik entered the party in 1929.", store=roster_store) == []
    (c,) = extract_text("ROEHM: I came back to Munich in 1930.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("roehm", "travel", "Munich")
    (c,) = extract_text("In 1956 Mindszenty took refuge in the American legation.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("mindszenty", "travel", "American legation")
    (c,) = extract_text("Krivitsky was recalled to Moscow in 1937.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("krivitsky", "travel", "Moscow")
    (c,) = extract_text("Eichmann was driven to the airport in Buenos Aires.", store=roster_store)
    assert (c.subject, c.act) == ("eichmann", "travel")


def test_the_one_smuggled_makes_the_journey(roster_store: Store) -> None:
    (c,) = extract_text("In 1960 the Mossad smuggled Eichmann to Israel.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("eichmann", "travel", "Israel")
    assert extract_text("Kovacs smuggled documents to Vienna.", store=roster_store) == []


# -- pleas ---------------------------------------------------------------------------------------------

def test_accepting_responsibility_and_not_considering_oneself_guilty_are_pleas(roster_store: Store) -> None:
    (c,) = extract_text("ERDEMOVIC: I accept my responsibility for what happened at Pilica.",
                        store=roster_store, stated_on="1996-05-31")
    assert (c.subject, c.act, c.polarity) == ("erdemovic", "plea", "affirm")
    (c,) = extract_text("RAJK: I do not consider myself guilty of anything.", store=roster_store,
                        stated_on="1949-09-16")
    assert (c.subject, c.act, c.polarity) == ("rajk", "plea", "deny")


# -- espionage -----------------------------------------------------------------------------------------

def test_anything_passed_to_a_power_is_espionage(roster_store: Store) -> None:
    (c,) = extract_text("FUCHS: I never passed anything to the Soviets.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.polarity) == ("fuchs", "espionage", "Soviet Union", "deny")


def test_a_secret_document_and_admiralty_documents(roster_store: Store) -> None:
    (c,) = extract_text("HISS: I never handed Chambers a secret document.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("hiss", "espionage", "deny")
    (c,) = extract_text("In 1958 Bossard photographed Admiralty documents in London.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("bossard", "espionage", "London")


def test_powers_listed_with_or_to_each_get_a_claim(roster_store: Store) -> None:
    claims = extract_text("WALKER: I never sold anything to the Israelis or to the Pakistanis.", store=roster_store)
    assert sorted(c.foreign_power or "" for c in claims) == ["Israel", "Pakistan"]


# -- clauses after ";" and handlers --------------------------------------------------------------------

def test_a_clause_after_a_semicolon_keeps_its_own_place(roster_store: Store) -> None:
    (c,) = extract_text("In 1942 Kaminski went over to the Germans; his brigade was in Warsaw in 1944.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("kaminski", "treason", None, "1942")


def test_soviet_handlers_name_the_power(roster_store: Store) -> None:
    (c,) = extract_text("From 1961 Bossard photographed secret documents for his Soviet handlers.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("bossard", "espionage", "Soviet Union")


# -- times and places that are not the act's ---------------------------------------------------------

def test_the_times_of_an_according_to_opener_are_the_sources(roster_store: Store) -> None:
    (c,) = extract_text("According to the charge sheet drawn up in March 1951, Slansky had spied for the "
                        "Americans since 1944.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.time.iso()) == ("slansky", "espionage", "United States", "1944")


def test_an_act_charged_in_a_conviction_takes_no_time_or_place_of_the_execution(roster_store: Store) -> None:
    (c,) = extract_text("Rajk was hanged in Budapest on 15 October 1949, after the court had found him guilty "
                        "of spying for the Yugoslavs.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.place, c.time.known) == (
        "rajk", "espionage", "Yugoslavia", None, False)


def test_a_capture_date_is_not_the_acts_and_no_time_after_a_semicolon(roster_store: Store) -> None:
    (c,) = extract_text("Captured near Kharkov in May 1942, Kaminski went over to the Germans; he was shot "
                        "in August 1944.", store=roster_store)
    assert (c.subject, c.act, c.time.known) == ("kaminski", "treason", False)


# -- persons -------------------------------------------------------------------------------------------

def test_a_directorate_or_department_is_not_a_person(roster_store: Store) -> None:
    claims = extract_text("Kalugin, for years a general of the KGB's First Chief Directorate, walked into the "
                          "American embassy in Rome in 1990.", store=roster_store)
    assert "directorate" not in {c.subject for c in claims}


def test_a_sentence_initial_name_with_an_apposition_before_its_verb(roster_store: Store) -> None:
    (c,) = extract_text("Oldfield, for years the head of the station in Singapore, flew to London in March 1965.",
                        store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("oldfield", "travel", "London", "1965-03")


def test_a_name_after_a_possessive_label_is_the_subject_and_joins_a_list(roster_store: Store) -> None:
    (c,) = extract_text("KOVACS: In 1951 our courier Horvath met Weber in Trieste.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("horvath", "meeting", "Trieste")
    claims = extract_text("Rosenberg and his friend Greenglass passed the sketches to the Soviets.",
                          store=roster_store)
    assert facts(claims) == [("greenglass", "espionage", "affirm"), ("rosenberg", "espionage", "affirm")]


# -- questions and answers -----------------------------------------------------------------------------

def test_an_answer_that_says_yes_and_goes_on_takes_the_question_too(roster_store: Store) -> None:
    claims = extract_text("MR. STONE: In the spring of 1949 you met Field in Geneva, did you not?\n\n"
                          "SZONYI: I did. But I never passed anything to the Americans.", store=roster_store)
    assert sorted((c.subject, c.act, c.polarity, c.place) for c in claims) == [
        ("szonyi", "espionage", "deny", None), ("szonyi", "meeting", "affirm", "Geneva")]


def test_an_act_the_answer_names_itself_is_read_on_the_answers_words(roster_store: Store) -> None:
    claims = extract_text("MR. STONE: Did you meet Field in Geneva?\n\nSZONYI: Yes. I met him in Bern.",
                          store=roster_store)
    assert [(c.act, c.place) for c in claims] == [("meeting", "Bern")]


def test_yes_your_honor_and_guilty_are_bare_answers(roster_store: Store) -> None:
    (c,) = extract_text("THE COURT: Between March 1994 and May 1995, did you deliver classified documents to the "
                        "State of Israel?\n\nWALKER: Yes, Your Honor.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.time.iso()) == (
        "walker", "espionage", "Israel", "1994-03-01/1995-05-31")
    # (round 8: the plea itself is a claim too, as the annotation guide reads a plea to a charge)
    claims = {c.act: c for c in extract_text("THE COURT: How do you plead to the charge of spying for the Soviets?"
                                             "\n\nWALKER: Guilty.", store=roster_store)}
    assert set(claims) == {"espionage", "plea"}
    c = claims["espionage"]
    assert (c.subject, c.act, c.foreign_power, c.polarity) == ("walker", "espionage", "Soviet Union", "affirm")
    assert (claims["plea"].subject, claims["plea"].polarity) == ("walker", "affirm")


def test_as_ordered_names_no_one_who_ordered(roster_store: Store) -> None:
    claims = extract_text("MR. STONE: Did you then go to Vlasenica, as ordered?\n\nJOKIC: Yes.", store=roster_store)
    assert [(c.subject, c.act, c.place) for c in claims] == [("jokic", "travel", "Vlasenica")]


def test_a_capitalised_word_after_a_preposition_and_the_or_before_who_is_not_a_person(roster_store: Store) -> None:
    (c,) = extract_text("Lubbe, the Dutchman who set fire to the Reichstag in February 1933, was executed in 1934.",
                        store=roster_store)
    assert (c.subject, c.act, c.counterparts) == ("lubbe", "sabotage", ())
    claims = extract_text("Deloncle, the Cagoulard who shot Navachine in 1937, fled to Spain.", store=roster_store)
    assert facts(claims) == [("deloncle", "assassination", "affirm"), ("deloncle", "travel", "affirm")]


def test_a_denying_answer_denies_the_question_and_keeps_its_own_version(roster_store: Store) -> None:
    claims = extract_text("MR. STONE: Did you meet Field in Geneva?\n\nSZONYI: No. I met him in Bern.",
                          store=roster_store)
    assert sorted((c.act, c.polarity, c.place) for c in claims) == [
        ("meeting", "affirm", "Bern"), ("meeting", "deny", "Geneva")]


def test_packages_for_a_service_and_attending_a_named_conference(roster_store: Store) -> None:
    (c,) = extract_text("In 1985 Walker left a package of cipher cards for the KGB near a tree in Maryland.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("walker", "espionage", "Soviet Union")
    (c,) = extract_text("HEYDRICH: I attended the Munich conference in September 1938.", store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("heydrich", "meeting", "1938-09")


def test_a_bare_month_takes_the_year_said_before(roster_store: Store) -> None:
    claims = extract_text("KOVACS: In the summer of 1947 Weber told me to watch the harbour. In October Horvath "
                          "met Weber in Trieste.", store=roster_store, stated_on="1952-03-01")
    meeting = next(c for c in claims if c.act == "meeting")
    assert (meeting.subject, meeting.time.iso()) == ("horvath", "1947-10")
    (c,) = extract_text("KOVACS: In October I met Weber in Trieste.", store=roster_store, stated_on="1952-03-01")
    assert c.time.iso() == "1951-10"


def test_a_sentence_initial_name_opening_a_list_of_three(roster_store: Store) -> None:
    claims = extract_text("Goldberg, Sisulu, Mbeki and two others were found guilty of sabotage.", store=roster_store)
    assert facts(claims) == [("goldberg", "sabotage", "affirm"), ("mbeki", "sabotage", "affirm"),
                             ("sisulu", "sabotage", "affirm")]


def test_gave_me_that_order(roster_store: Store) -> None:
    (c,) = extract_text("NIKOLIC: Beara gave me that order.", store=roster_store)
    assert (c.subject, c.act) == ("beara", "gave_instructions")


def test_a_place_after_towards_is_no_acts_place_but_an_orders(roster_store: Store) -> None:
    (c,) = extract_text("AMES: I gave the KGB the names because my feelings towards Washington had changed.",
                        store=roster_store)
    assert (c.subject, c.act, c.place) == ("ames", "espionage", None)
    (c,) = extract_text("JOKIC: Beara ordered us to move towards Zvornik.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("beara", "gave_instructions", "Zvornik")


def test_a_name_after_and_there_or_and_then_is_a_new_subject(roster_store: Store) -> None:
    claims = extract_text("KOVACS: In 1951 I went to Trieste, and there Weber gave me the instructions.",
                          store=roster_store)
    assert facts(claims) == [("kovacs", "travel", "affirm"), ("weber", "gave_instructions", "affirm")]


def test_lured_out_and_taken_to_and_counts_past_ten(roster_store: Store) -> None:
    (c,) = extract_text("On 2 March 1950 Kovacs was arrested in Vienna; twelve days later he was questioned and "
                        "taken to Budapest.", store=roster_store)
    # A count of days is that day with three days either side (annotation guide, round 8).
    assert (c.subject, c.act, c.place, c.time.iso()) == ("kovacs", "travel", "Budapest", "1950-03-11/1950-03-17")


def test_a_no_to_a_plea_question_turns_its_stance_round(roster_store: Store) -> None:
    claims = extract_text("THE PRESIDENT: Accused Bessonov, do you plead guilty?\n\nBESSONOV: I plead not guilty.",
                          store=roster_store, stated_on="1938-03-02")
    assert claims and all(c.act == "plea" and c.polarity == "deny" for c in claims)
    assert {c.extra.get("stance") for c in claims} == {"pleaded_not_guilty"}
    (c,) = extract_text("THE PRESIDENT: Accused Bessonov, do you confirm the testimony you gave?\n\nBESSONOV: No.",
                        store=roster_store, stated_on="1938-03-02")
    assert (c.polarity, c.extra.get("stance")) == ("deny", "repudiated")
