"""Round 22: rules read off heldout20's remaining errors and off heldout21, the session's fresh
development set (written by two annotators apart, scored once out of sample before any of its errors
were read). Each sentence is written for the test after a seen item of that class; each failed
before the round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_a_jury_verdict_is_no_plea_and_its_acquittals_no_act() -> None:
    # before: the foreman's "not guilty" was his plea, and "the charge of kidnapping" his act
    got = _claims("FOREMAN: We have, Your Honor. On the charge of robbery we find the defendant not guilty; "
                  "on the charge of arson, not guilty; and on the charge of conspiracy, not guilty.")
    assert got == set()
    assert _claims("FOREMAN: We find the defendant, Marlow, not guilty.") == set()


def test_a_verdict_of_guilt_still_gives_the_act() -> None:
    # guard: the verdict names the act the defendant was found guilty of
    assert ("marlow", "assassination", "affirm") in _claims("FOREMAN: We find the defendant, Marlow, guilty of murder.")
    assert ("marlow", "plea", "deny") in _claims("MARLOW: I plead not guilty to the charge of murder.")


def _times(text: str) -> dict[tuple[str | None, str], str]:
    return {(c.subject, c.act): c.time.text for c in extract_text(text, stated_on="1990-01-01")}


def test_a_birth_year_does_not_date_the_act() -> None:
    # before: "born at Versailles in 1783" dated the journey of 1814
    assert _times("Marlow, born at Dover in 1783, had gone to Elba in 1814.")[("marlow", "travel")] == "1814"


def test_a_where_clause_after_the_place_does_not_date_the_journey() -> None:
    # before: the arrest in the "where" clause dated the move
    got = _times("In 1951 Marlow moved with his family to Brazil, where the police arrested him in Recife "
                 "on 28 February 1967.")
    assert got[("marlow", "travel")] == "1951"


def test_moved_with_others_to_a_place_is_travel() -> None:
    assert ("marlow", "travel", "affirm") in _claims("In 1951 Marlow moved with his family to Brazil.")
    assert _claims("Counsel moved to dismiss the indictment.") == set()


def test_a_compound_with_a_place_is_no_name() -> None:
    # before: "a Lisbon-born translator" gave the person "lisbon" the act of the relative clause
    got = _claims("The judges gave life terms to Andrade, a Lisbon-born translator whom they had found guilty "
                  "the week before of planning its murders.")
    assert not any(s == "lisbon" for s, _a, _p in got)


def test_a_groups_plural_name_is_no_person() -> None:
    # before: "Nationalists" and "Factions" were new persons
    got = _claims("Lebrón and Flores, Puerto Rican Nationalists who had come down to Washington by train that "
                  "morning, took seats in the gallery.")
    assert ("lebron", "travel", "affirm") in got and not any(s == "nationalists" for s, _a, _p in got)
    got = _claims("He led the Lebanese Armed Revolutionary Factions in this country, and he organised those "
                  "two murders.")
    assert not any(s == "factions" for s, _a, _p in got)


def test_a_conviction_set_aside_asserts_nothing() -> None:
    assert _claims("The Supreme Court set aside Kramer's treason conviction on 23 April 1945.") == set()
    assert ("kramer", "treason", "affirm") in _claims("The court convicted Kramer of treason in 1944.")


def test_neither_did_i_is_the_speakers_act_too() -> None:
    # before: "I." was one token (an initial), so the speaker was not found, nor the sentence's end
    got = _claims("PLEVA: Skoblov never worked for the Soviets, and neither did I.")
    assert {("skoblov", "espionage", "deny"), ("pleva", "espionage", "deny")} <= got
    got = _claims("PLEVA: Skoblov went to Paris, and so did I. Nobody sent us.")
    assert ("pleva", "travel", "affirm") in got
