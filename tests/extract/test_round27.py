"""Round 27: structural fixes, each found on a seen item and written for the test with invented
names; none is a rule for one phrase. Each failed before the round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_a_new_subject_with_an_apposition_opens_its_own_clause() -> None:
    # before: no claim (the name after "when ... opened the door" was taken for the object of the act
    # before ", and", because the apposition stood between it and its verb)
    assert ("varga", "assassination", "affirm") in _claims(
        "A group of them went to the house, and when Orlov opened the door Pavel Varga, a joiner "
        "with a long record, shot him in the face.")
    # ... and in a "where" clause: the one in apposition talks, not the last one named before it
    got = _claims("The journalist Orlov went to Petrov's flat in Leeds, where Petrov, a former clerk "
                  "in the ministry, talked with him for three hours.")
    assert ("petrov", "meeting", "affirm") in got


def test_an_object_with_an_apposition_is_still_the_object() -> None:
    # guard: the apposition of an object does not make it the subject of the verb after "and"
    got = _claims("Petrov met Sedov, a Trotskyist, in Paris and shot him.")
    assert ("petrov", "assassination", "affirm") in got
    assert ("sedov", "assassination", "affirm") not in got


def test_a_subject_pronoun_keeps_the_subject_before_over_an_object_named_since() -> None:
    # before: the second "he" was Rykov, the last name before it, though Rykov stands only as the
    # object of "confronted"
    got = _claims("The court acquitted General Pavel Varga. That on 18 August 1991 he flew to Riga with four "
                  "other men and confronted Alexei Rykov at his dacha, and that the next morning he flew on "
                  "to Kiev, was never in dispute.")
    assert ("varga", "travel", "affirm") in got
    assert ("rykov", "travel", "affirm") not in got


def test_a_subject_pronoun_after_a_named_subject_is_that_subject() -> None:
    # guard: a name that is a subject still wins over an earlier "he"
    got = _claims("He met Orlov in Paris, and then Pavel Varga went to Berlin.")
    assert ("varga", "travel", "affirm") in got


def test_a_companion_named_in_apposition_to_any_label_goes_too() -> None:
    # before: only labels of kin, friends or comrades ("with his brother, X") named a companion
    got = _claims("Pavel Varga came back to Johannesburg through Swaziland with another cadre, Ivan Orlov, "
                  "and a bag of rifles.")
    assert ("orlov", "travel", "affirm") in got
    got = _claims("Petrov flew to Paris with two officers, Ivan Orlov and Pavel Varga, in May.")
    assert {("orlov", "travel", "affirm"), ("varga", "travel", "affirm")} <= got


def test_a_name_after_a_thing_and_a_comma_is_no_companion() -> None:
    # guard: the name after the comma is the next clause's subject, no apposition of the label
    got = _claims("Petrov went to Paris with a forged passport, Orlov said.")
    assert ("orlov", "travel", "affirm") not in got


def test_the_region_after_a_town_is_no_person() -> None:
    # before: "Columbia" (after the demonym "British", read as a power) was a person, and made the journey
    got = _claims("Pavel Varga, born in Kamloops, British Columbia, in 1916, the son of a clerk, went to "
                  "Japan as a young man.")
    assert ("varga", "travel", "affirm") in got
    assert all(s != "columbia" for s, _a, _p in got)


def test_a_name_after_a_town_and_a_comma_is_still_a_person() -> None:
    # guards: an apposition, a list and a fronted place keep their names
    assert ("varga", "assassination", "affirm") in _claims(
        "In the parking lot of a shopping centre in Maryland, Pavel Varga, a busboy from Leeds, fired five "
        "shots into the governor and killed him.")
    got = _claims("A jury convicted Anna Orlova, a clerk from Harrow, Vera Petrova and Ivan Sokolov of "
                  "spying for Russia.")
    assert {("orlova", "espionage", "affirm"), ("petrova", "espionage", "affirm")} <= got


def test_one_of_two_names_joined_by_and_is_no_he() -> None:
    # before: "he" was Bonner, the last name before it, though "Sakharov and Bonner" is a plural
    got = _claims("Pavel Varga was tried while Ivan Orlov and Petr Sokolov waited outside, and he went to "
                  "Ithaca in 1986.")
    assert ("varga", "travel", "affirm") in got
    assert ("sokolov", "travel", "affirm") not in got


def test_a_plot_joined_is_the_joiners_not_only_its_owners() -> None:
    # before: "his conspiracy" gave the conspiracy to "his" (read as Sokolov, the last name before)
    got = _claims("Varga was accused of passing secrets to the German General Staff, and Orlov and Sokolov "
                  "of belonging to his conspiracy.")
    assert {("orlov", "conspiracy", "affirm"), ("sokolov", "conspiracy", "affirm")} <= got
