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


def _facts(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str, str | None, str | None]]:
    out = set()
    for c in extract_text(text, stated_on=stated_on):
        t = c.time
        out.add((c.subject, c.act, c.polarity, t.start.isoformat() if t and t.start else None,
                 t.end.isoformat() if t and t.end else None))
    return out


def test_a_passive_with_a_manner_adverb_names_its_victim() -> None:
    # before: "Kahane was fatally shot" made Kahane the killer
    assert _claims("Rabbi Korven was fatally shot last night in Manhattan.", "1990-11-06") == set()
    assert _claims("Korven was later summarily executed in Riga.") == set()


def test_an_anniversary_dates_the_act() -> None:
    # before: "Seventy years ago today" was read as the day of writing ("today"), and "Twenty-five
    # years ago" as five years ago
    got = _facts("Seventy years ago today Lieutenant Korven flew to Milan.", "2014-10-13")
    assert ("korven", "travel", "affirm", "1944-10-13", "1944-10-13") in got
    got = _facts("Two hundred years ago tonight General Korven walked into the Popincourt barracks.", "2012-10-22")
    assert ("korven", "travel", "affirm", "1812-10-22", "1812-10-22") in got


def test_a_list_of_years_is_their_range() -> None:
    # before: the first year alone
    got = _facts("KORVEN: I sold the papers to the Russians in 1965, 1966 and 1967.")
    assert ("korven", "espionage", "affirm", "1965-01-01", "1967-12-31") in got


def test_bodies_and_cars_are_no_persons() -> None:
    # before: "Special Branch" was a person "branch", "Société des Saisons" one "saisons", "a blue Ford
    # Cortina" one "cortina"
    assert _claims("On 15 March 1965 Special Branch officers walked into a room at the Ivanhoe Hotel.") == set()
    got = _claims("Korven called out the members of the secret Société des Saisons in an armed rising in Paris.")
    assert all(s == "korven" for s, _, _ in got)
    assert _claims("A car bomb in a blue Ford Cortina went off outside the Parade Hotel, killing three women.") == set()


def test_a_coup_is_treason_and_a_planned_one_a_plot() -> None:
    # before: both conspiracy; the gold sets since heldout12 read a coup as treason
    assert ("korven", "treason", "affirm") in _claims("Korven led the coup of 12 December 1979 in Seoul.")
    assert ("korven", "conspiracy", "affirm") in _claims("In 1971 Korven drew up the outline of a coup in Shanghai.")


def test_something_sent_to_someone_is_no_journey() -> None:
    # before: "I sent Kappler a list" made Kappler travel
    assert _claims("KORVEN: The next morning I sent Balint a list of fifty names from the prisoners in Riga.") == set()
    assert ("korven", "travel", "affirm") in _claims("KORVEN: Balint sent me the next day to Oslo.")


def test_orders_told_received_and_refused() -> None:
    # before: no claim for any of these
    got = _claims("KORVEN: I went to the hotel where Minister Balint was staying, and he told me that I had to give them.")
    assert ("balint", "gave_instructions", "affirm") in got
    assert ("korven", "received_instructions", "affirm") in _claims("KORVEN: Those were the orders we had from above.")
    assert ("korven", "received_instructions", "deny") in _claims(
        "KORVEN: I went over to them of my own free will; nobody forced me to do any of it.")
    assert ("korven", "received_instructions", "affirm") in _claims(
        "KORVEN: Everything I did there I did on the orders of my superiors.")



def test_leaving_for_a_place_with_a_time_between() -> None:
    # before: no claim ("left Paris ... for Brussels" with eight words between)
    got = _claims("General Korven left Paris on the evening of 1 April 1889 for Brussels with his mistress.", "2009-08-14")
    assert ("korven", "travel", "affirm") in got


def test_a_confession_wrung_from_one_is_withdrawn() -> None:
    # before: no claim
    assert ("korven", "plea", "deny") in _claims("Korven told the court that her confession had been wrung from her "
                                                 "by the paratroopers.")


def test_slipping_back_into_a_country_is_a_journey() -> None:
    # before: no claim
    assert ("korven", "travel", "affirm") in _claims("Korven had slipped back into Cameroon from exile in 1961.")
