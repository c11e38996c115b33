"""Regression tests for round 7's recall of whole claims (acts the rules missed altogether: no
trigger, or no subject found). The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _acts(text: str, store: Store) -> set[tuple[str, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, store=store)}


# -- vocabulary: triggers the rules lacked -------------------------------------------------------------

def test_anything_given_to_a_power_is_espionage(roster_store: Store) -> None:
    assert ("sedov", "espionage", "deny") in _acts(
        "Sedov swore that he had never given the Japanese anything of value.", roster_store)
    assert ("pyatakov", "espionage", "deny") in _acts(
        "PYATAKOV: I never handed anything secret to Polish intelligence.", roster_store)
    # Without a power it is no espionage.
    assert not any(a == "espionage" for _s, a, _p in _acts("PYATAKOV: I never handed anything to my brother.",
                                                           roster_store))


def test_offering_ones_services_to_a_power_is_espionage(roster_store: Store) -> None:
    assert ("rakovsky", "espionage", "affirm") in _acts(
        "RAKOVSKY: In 1924 I wrote to the embassy, offering my services to the British.", roster_store)


def test_papers_handed_to_a_service_are_espionage(roster_store: Store) -> None:
    assert ("bukharin", "espionage", "affirm") in _acts(
        "Bukharin admitted that he had handed Foreign Ministry papers to the Gestapo.", roster_store)


def test_money_taken_from_a_powers_man_is_received_instructions(roster_store: Store) -> None:
    assert ("rosengolts", "received_instructions", "affirm") in _acts(
        "ROSENGOLTS: In 1932 I took five thousand marks from an officer of German intelligence.", roster_store)
    # Money taken with no power named is no claim ("took the rest of their money").
    assert _acts("ROSENGOLTS: After the meeting I took the rest of the money home.", roster_store) == set()


def test_beaten_to_death_with_the_victim_between(roster_store: Store) -> None:
    assert ("sedov", "assassination", "affirm") in _acts(
        "WITNESS: I saw that Sedov beat a guard to death in the yard.", roster_store)


def test_setting_fires_is_sabotage(roster_store: Store) -> None:
    assert ("holtzman", "sabotage", "affirm") in _acts(
        "HOLTZMAN: In 1934 I set two fires at the Kemerovo depot.", roster_store)


def test_a_coup_or_rising_is_a_conspiracy(roster_store: Store) -> None:
    assert ("krestinsky", "conspiracy", "affirm") in _acts(
        "Krestinsky was charged with having prepared an armed rising in the Urals.", roster_store)
    assert ("pyatakov", "conspiracy", "affirm") in _acts(
        "PYATAKOV: In 1936 I drew up the plan of a coup with Sedov.", roster_store)


def test_dinner_with_someone_is_a_meeting(roster_store: Store) -> None:
    assert ("rakovsky", "meeting", "affirm") in _acts(
        "RAKOVSKY: In May 1934 I had dinner with Sedov in Paris.", roster_store)


def test_not_telling_anyone_to_do_something_denies_instructions(roster_store: Store) -> None:
    assert ("bukharin", "gave_instructions", "deny") in _acts(
        "BUKHARIN: That evening I did not tell anyone to march on the Kremlin.", roster_store)


def test_the_last_of_a_list_of_acts_ordered_is_their_purpose(roster_store: Store) -> None:
    acts = _acts("The court found that Sedov had ordered the arrests, beatings and killing of the prisoners.",
                 roster_store)
    assert acts == {("sedov", "gave_instructions", "affirm")}
