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
