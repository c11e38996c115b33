"""Round 26: structural fixes, each found on a seen item and written for the test with invented
names; none is a rule for one phrase. Each failed before the round, but the guards. heldout32 and
heldout33, written this round, stay unread to measure whether these fixes transfer."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_an_adverb_inside_a_relative_clause_keeps_its_head() -> None:
    # before: no journey ("first" between "had" and "gone" hid the head of ", who")
    assert ("varga", "travel", "affirm") in _claims(
        "At the Central Court, the judges heard Pavel Varga, who had first gone to Vienna in 1931, for a day.")
    assert ("varga", "travel", "affirm") in _claims(
        "The police arrested Pavel Varga, who had secretly travelled to Vienna in 1931.")


def test_a_fronted_phrase_opens_no_apposition() -> None:
    # before: "the jury found Varga" was read as an apposition of "Old Bailey", so Varga, inside it,
    # could not be the subject of the journey told after him
    got = _claims("At the Old Bailey, the jury found Pavel Varga, a clerk from Leeds who had gone to "
                  "Vienna in 1931, guilty of murder.")
    assert ("varga", "travel", "affirm") in got
    assert ("varga", "assassination", "affirm") in got


def test_a_fronted_phrase_with_its_own_verb_is_the_main_clause() -> None:
    # guard: "On 17 April the court sentenced Varga, who ..." is a clause with its verb, and the
    # relative clause after Varga is still his
    got = _claims("On 17 April 2023 the City Court sentenced the politician Pavel Varga, who had twice "
                  "travelled to Vienna, to ten years for high treason.")
    assert ("varga", "treason", "affirm") in got
