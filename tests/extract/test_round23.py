"""Round 23: rules read off the five transcripts' places (compared field by field for the first
time, places and countries included) and off heldout24, the session's fresh development set
(written by two annotators apart, scored once out of sample before any of its errors were read).
Each sentence is written for the test after a seen item of that class; each failed before the
round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.resolve.gazetteer import lookup


def _places(text: str, stated_on: str = "1990-01-01") -> dict[tuple[str | None, str], tuple[str | None, str | None]]:
    return {(c.subject, c.act): (c.place, c.country) for c in extract_text(text, stated_on=stated_on)}


def test_a_town_written_with_spaced_particles_is_whole() -> None:
    # before: "Dar" alone, a town in Cambodia, and "Salaam" a person met there
    got = _places("Karenzi said that he met the colonel in Dar es Salaam.")
    assert got[("karenzi", "meeting")] == ("Dar es Salaam", "Tanzania")
    assert _places("Weber met Muller in Frankfurt am Main in 1999.")[("weber", "meeting")][0] == "Frankfurt am Main"


def test_a_person_with_a_particle_is_no_town() -> None:
    # guard: the whole run must be a town the gazetteer knows
    got = _places("Karenzi met Pedro de Souza in Lisbon.")
    assert got[("karenzi", "meeting")] == ("Lisbon", "Portugal")


def test_an_acronym_is_no_town() -> None:
    # before: "MRND" was Marand in Iran (an alternate name), "AMI" the Japanese town Ami
    assert lookup("MRND") is None and lookup("AMI") is None
    got = _places("Karenzi attended a meeting of the MRND in Kigali.")
    assert got[("karenzi", "meeting")] == ("Kigali", "Rwanda")


def test_a_town_in_capitals_is_still_a_town() -> None:
    # guard: capitals alone do not make an acronym
    rome, usa = lookup("ROME"), lookup("USA")
    assert rome is not None and rome.country == "Italy"
    assert usa is not None and usa.kind == "country"
    assert lookup("Marand") is not None


def _acts(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.foreign_power) for c in extract_text(text, stated_on="1990-01-01")}


def test_a_leak_to_a_power_is_espionage() -> None:
    # before: a leak (`other`) to the Soviet Union; the trigger that counts only with a power now
    # wins over the plain one on the same words
    assert _acts("Marlow leaked the documents to the KGB in 1985.") == {("marlow", "espionage", "Soviet Union")}


def test_a_leak_to_a_reporter_is_a_leak() -> None:
    # guard
    assert _acts("Marlow leaked the cables to a reporter in 2010.") == {("marlow", "other", None)}


def test_a_journey_to_a_building_named_by_a_common_noun() -> None:
    # before: no claim (a journey needs a place, and "the arsenal" was none)
    assert _places("Dorr went to the arsenal in May 1842.")[("dorr", "travel")] == ("arsenal", None)
    got = _places("Diakite took Diallo and the others to a clinic.")
    assert got[("diakite", "travel")][0] == "clinic" and got[("diallo", "travel")][0] == "clinic"
    assert _places("DIAKITE: I went alone to the stadium that morning.")[("diakite", "travel")][0] == "stadium"


def test_going_to_prison_or_to_school_is_no_journey() -> None:
    # guards: an institution, not a place reached
    assert _places("Dorr went to prison for it.") == {}
    assert _places("ERDEMOVIC: I went to a school for mechanical technicians.") == {}
    assert _places("Karenzi went to the police.") == {}


def test_a_jail_is_a_facility() -> None:
    # before: "Sheikhupura", the town alone
    got = _places("In November Taseer had visited Bibi in Sheikhupura jail.", stated_on="2011-01-05")
    assert got[("taseer", "travel")][0] == "Sheikhupura jail"
