"""Regression tests for the fifth round of extract rules (issue 4): services and demonyms of many
countries (MI6, the Stasi, Mossad, "a Czech agent"), demonyms that are not persons, a service as
the subject of a recruiting verb, the recruiter and the recruited both spies ("whom X had recruited
for the NKVD", "drawn into ... by X and Y"), a subject after a relative clause, journeys written as
"fled", "made their way to", "set foot in". The sentences differ from the ``r5-*`` dev items in
``eval/gold/claims.jsonl`` that were written before these rules."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.model import Claim
from countertrial.store import Store


def facts(claims: list[Claim]) -> list[tuple[str | None, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in claims)


# -- services and demonyms ---------------------------------------------------------------------------

def test_services_of_many_countries_name_their_power(roster_store: Store) -> None:
    (c,) = extract_text("Later Popov worked for MI6 in London.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.place) == ("popov", "espionage", "Britain", "London")
    (c,) = extract_text("Tiedge had spied for the Stasi since 1966.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("tiedge", "espionage", "East Germany")
    (c,) = extract_text("Vanunu was said to have worked for Mossad.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("vanunu", "espionage", "Israel")


def test_a_demonym_before_agent_names_its_power(roster_store: Store) -> None:
    (c,) = extract_text("Noel Field met a Hungarian agent in Vienna in 1948.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.place) == ("field", "meeting", "Hungary", "Vienna")


def test_a_demonym_in_an_apposition_is_not_a_person(roster_store: Store) -> None:
    (c,) = extract_text("Klaus Fuchs, a German physicist in Los Alamos who was in fact an agent of Soviet "
                        "intelligence, passed the plutonium design to Gold in 1945.", store=roster_store)
    assert c.subject == "fuchs"


# -- recruiting --------------------------------------------------------------------------------------

def test_a_service_that_recruits_makes_the_recruited_a_spy(roster_store: Store) -> None:
    (c,) = extract_text("The Abwehr recruited Dusko Popov in Belgrade in 1940.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.place, c.time.iso()) == (
        "popov", "espionage", "Germany", "Belgrade", "1940")


def test_the_recruiter_and_the_recruited_are_both_spies(roster_store: Store) -> None:
    claims = extract_text("Dusko Popov, whom Canaris had recruited for the Abwehr in Lisbon in 1940, fled to "
                          "London in 1944.", store=roster_store)
    assert facts(claims) == [("canaris", "espionage", "affirm"), ("popov", "espionage", "affirm"),
                             ("popov", "travel", "affirm")]
    claims = extract_text("BAUER: In 1940 I was drawn into German intelligence by Canaris and Weber.",
                          store=roster_store)
    assert facts(claims) == [("bauer", "espionage", "affirm"), ("canaris", "espionage", "affirm"),
                             ("weber", "espionage", "affirm")]


# -- subjects ----------------------------------------------------------------------------------------

def test_a_place_and_its_state_stay_inside_a_relative_clause(roster_store: Store) -> None:
    (c,) = extract_text("Dusko Popov, who had lived in Lisbon, Portugal, as a businessman, met Canaris in 1941.",
                        store=roster_store)
    assert (c.subject, c.act) == ("popov", "meeting")


# -- journeys ----------------------------------------------------------------------------------------

def test_fled_and_made_their_way_are_journeys(roster_store: Store) -> None:
    (c,) = extract_text("In 1956 Petrov fled from Canberra to Sydney.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("petrov", "travel", "Sydney")
    claims = extract_text("Kovacs and Horvath made their way to Vienna in 1956.", store=roster_store)
    assert [(c.subject, c.act, c.place) for c in sorted(claims, key=lambda c: c.subject or "")] == [
        ("horvath", "travel", "Vienna"), ("kovacs", "travel", "Vienna")]
    (c,) = extract_text("HORVATH: I never set foot in the Soviet embassy.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("horvath", "travel", "deny")


def test_a_journey_serves_no_power(roster_store: Store) -> None:
    claims = extract_text("In May 1946 Gouzenko crossed into Canada and handed the Canadian police the files of "
                          "Soviet intelligence.", store=roster_store)
    trips = [c for c in claims if c.act == "travel"]
    assert [(c.subject, c.place, c.foreign_power) for c in trips] == [("gouzenko", "Canada", None)]


# -- what is passed to a service ---------------------------------------------------------------------

def test_pages_keys_and_reports_passed_to_a_service_are_espionage(roster_store: Store) -> None:
    (c,) = extract_text("Over ten years Howard passed some two thousand pages to the KGB.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("howard", "espionage", "Soviet Union")
    (c,) = extract_text("In 1976 Boyce sold the codes of the satellite to the KGB in Mexico City.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("boyce", "espionage", "Soviet Union")


# -- times -------------------------------------------------------------------------------------------

def test_a_span_of_months_is_a_range(roster_store: Store) -> None:
    (c,) = extract_text("Between March and June 1937 Kopp met Orlov in Barcelona.", store=roster_store)
    assert c.time.iso() == "1937-03-01/1937-06-30"
    claims = extract_text("In January 1950 Harry Gold went to Philadelphia, and from April until June of that "
                          "year he met Yakovlev in New York.", store=roster_store)
    meeting = next(c for c in claims if c.act == "meeting")
    assert meeting.time.iso() == "1950-04-01/1950-06-30"


# -- more ways of writing acts -----------------------------------------------------------------------

def test_in_touch_with_a_service_is_espionage(roster_store: Store) -> None:
    (c,) = extract_text("HORVATH: In 1947 I was in touch with the Gestapo in Vienna.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.place) == ("horvath", "espionage", "Germany", "Vienna")


def test_stabbing_to_death_is_a_killing(roster_store: Store) -> None:
    (c,) = extract_text("Mercader stabbed Trotsky to death in Coyoacan in August 1940.", store=roster_store)
    assert (c.subject, c.act) == ("mercader", "assassination")


def test_an_anti_party_group_is_a_conspiracy(roster_store: Store) -> None:
    (c,) = extract_text("Molotov was said to have led an anti-party group in Moscow.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("molotov", "conspiracy", "Moscow")


def test_money_taken_from_a_power_and_authorisations(roster_store: Store) -> None:
    (c,) = extract_text("NAGY: I took money from the British in 1946.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("nagy", "received_instructions", "Britain")
    (c,) = extract_text("DEAN: In March 1973 Haldeman authorised me to pay the burglars.", store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("haldeman", "gave_instructions", "1973-03")


def test_seen_him_and_attending_a_meeting_are_meetings(roster_store: Store) -> None:
    (c,) = extract_text("WARD: I have not seen him since the trial.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("ward", "meeting", "deny")
    (c,) = extract_text("HEYDRICH: I attended the meeting in Berlin in 1941.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("heydrich", "meeting", "Berlin")


def test_the_polish_defensive_and_the_two_germanies(roster_store: Store) -> None:
    (c,) = extract_text("KOWALSKI: I was an agent of the Polish defensive.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("kowalski", "espionage", "Poland")
    (c,) = extract_text("In 1961 Felfe travelled to East Germany.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("felfe", "travel", "East Germany")


def test_the_day_of_a_guilty_verdict_is_not_the_acts(roster_store: Store) -> None:
    (c,) = extract_text("Lonsdale was found guilty of espionage on 22 March 1961.", store=roster_store)
    assert (c.subject, c.act, c.time.known) == ("lonsdale", "espionage", False)


# -- places ------------------------------------------------------------------------------------------

def test_a_place_after_an_opening_preposition_and_not_a_channel(roster_store: Store) -> None:
    (c,) = extract_text("In Vienna in 1947 Horvath met Weber.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("horvath", "meeting", "Vienna")
    (c,) = extract_text("HORVATH: In 1947 I was in touch with the Gestapo, but only through Weber.",
                        store=roster_store)
    assert (c.subject, c.act, c.place) == ("horvath", "espionage", None)


def test_a_street_is_a_place(roster_store: Store) -> None:
    (c,) = extract_text("In 1938 Bykov met Hiss at a flat on Gough Street.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("bykov", "meeting", "Gough Street")
    (c,) = extract_text("The jury heard that Carter had driven to Elm Avenue on 3 May 2011.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("carter", "travel", "Elm Avenue", "2011-05-03")
