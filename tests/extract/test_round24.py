"""Round 24: rules read off the development sets already read (heldout20-22, 24, 26), where the
same order-shaped sentences were missed in several sets, and off heldout27, the session's fresh
development set (written by two annotators apart, scored once out of sample before any of its
errors were read). Each sentence is written for the test after a seen item of that class; each
failed before the round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_nobody_sent_me_denies_an_order_received() -> None:
    # before: no claim ("sent" alone is a journey's sender, and "nobody" sent no one anywhere)
    assert _claims("KORVEN: Nobody sent me, no priest and no party; I answer for it alone.") == {
        ("korven", "received_instructions", "deny")}
    assert _claims("KORVEN: Nobody sent us; we went in on our own.") == {("korven", "received_instructions", "deny")}


def test_someone_sent_me_is_still_a_journey_only() -> None:
    # guard: a named sender is the sender's order, not a denial
    assert ("korven", "received_instructions", "deny") not in _claims("KORVEN: Balint sent me to Vienna in 1931.")


def test_an_order_from_someone_unnamed_is_received() -> None:
    # before: no claim (the order's giver, "an officer", is no one the text names)
    assert _claims("KORVEN: An officer from another battalion ordered me to shoot.") == {
        ("korven", "received_instructions", "affirm")}
    assert _claims("KORVEN: My commanders had told me to spare the civilians, and I obeyed them.") >= {
        ("korven", "received_instructions", "affirm")}


def test_an_order_from_an_unnamed_he_is_received() -> None:
    # before: no claim ("he" points at no one named)
    got = _claims("KORVEN: A man from another unit was in the car with us, and he ordered me to fire.")
    assert ("korven", "received_instructions", "affirm") in got


def test_an_order_from_someone_named_stays_the_givers() -> None:
    # guard: the gold's convention, "Himmler ordered me to ..." is Himmler's order only
    got = _claims("KORVEN: In 1941 Balint ordered me to destroy the bridge.")
    assert ("balint", "gave_instructions", "affirm") in got
    assert ("korven", "received_instructions", "affirm") not in got


def test_nobody_sent_me_a_letter_is_no_order() -> None:
    # guard: a thing sent, not the speaker sent on a mission
    assert _claims("KORVEN: I came back in June, but no one sent me a letter or a fax.") == set()


def test_told_me_to_be_patient_is_advice() -> None:
    # guard: "to be" after an unnamed giver's "told me" is advice, no order received
    assert _claims("KORVEN: A clerk told me to be patient and to come back the next day.") == set()
