"""Regression tests for the eighth round of extract rules on the fields of a claim: foreign powers
(services the vocabulary lacked, a demonym before an official, powers that depend on the year),
places and times. The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

import pytest

from countertrial.extract import extract_text
from countertrial.store import Store


# -- foreign powers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("service", "power"), [
    ("the MVD", "Soviet Union"), ("the OGPU", "Soviet Union"), ("the Securitate", "Romania"),
    ("the Shin Bet", "Israel"), ("the Sigurimi", "Albania"), ("the SAVAK", "Iran"), ("the BND", "Germany"),
    ("the UB", "Poland"), ("the MfS", "East Germany"), ("the ÁVO", "Hungary"), ("GCHQ", "Britain"),
])
def test_services_name_the_state_they_served(roster_store: Store, service: str, power: str) -> None:
    (c,) = extract_text(f"PYATAKOV: I passed the plans of the bridge to {service} in 1950.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("pyatakov", "espionage", power)


@pytest.mark.parametrize(("official", "power"), [
    ("the Soviet consul", "Soviet Union"), ("a Czech military attaché", "Czechoslovakia"),
    ("the Hungarian ambassador", "Hungary"), ("an Iraqi diplomat", "Iraq"), ("the Chinese envoy", "China"),
    ("the French naval attaché", "France"), ("a Soviet official", "Soviet Union"),
])
def test_a_demonym_before_an_official_names_the_power(roster_store: Store, official: str, power: str) -> None:
    (c,) = extract_text(f"PYATAKOV: In 1934 I met {official} in Oslo.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.place) == ("pyatakov", "meeting", power, "Oslo")
    # ... but not before a common noun ("the Soviet nurses"), nor alone.
    (c,) = extract_text("PYATAKOV: In 1934 I met the Soviet nurses in Oslo.", store=roster_store)
    assert c.foreign_power is None


def test_an_official_in_apposition_to_the_one_met(roster_store: Store) -> None:
    (c,) = extract_text("Pyatakov met Sedov, the Soviet consul, in Oslo in 1934.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("pyatakov", "meeting", "Soviet Union")
    # A rank in a service is the person's own, not a power served ("the NKVD chief").
    (c,) = extract_text("Pyatakov met Sedov, the local party chief, in Oslo in 1934.", store=roster_store)
    assert c.foreign_power is None


def test_russian_officials_are_the_soviet_unions_before_1992(roster_store: Store) -> None:
    for year, power in (("1975", "Soviet Union"), ("2005", "Russia")):
        (c,) = extract_text(f"Sedov passed the plans to his Russian handlers in {year}.", store=roster_store)
        assert (c.act, c.foreign_power) == ("espionage", power), year
        (c,) = extract_text(f"Sedov was a Russian spy in {year}.", store=roster_store)
        assert (c.act, c.foreign_power) == ("espionage", power), year


def test_a_power_past_but_belongs_to_the_next_clause(roster_store: Store) -> None:
    (c,) = extract_text("The court found that Sedov had met Pyatakov in Oslo in 1934, but it found no proof "
                        "that he had ever met a German diplomat.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("sedov", "meeting", None)


# -- times -------------------------------------------------------------------------------------------

def _iso(text: str) -> list[str]:
    from datetime import date

    from countertrial.extract.timex import find_timexes, resolve_anaphora

    anchor = date(1990, 1, 1)
    return [t.interval.iso() for t in resolve_anaphora(find_timexes(text, anchor), anchor)]


def test_a_count_of_days_is_that_day_three_days_either_side() -> None:
    assert _iso("On 4 May 1950 he fled; nine days later he was caught.") == ["1950-05-04", "1950-05-10/1950-05-16"]
    # ... while "a day later" is the next day.
    assert _iso("On 4 May 1950 he fled; a day later he was caught.") == ["1950-05-04", "1950-05-05"]


def test_a_season_of_the_following_or_previous_year() -> None:
    assert _iso("In 1950 he fled; in the spring of the following year he came back.") == [
        "1950", "1951-03-01/1951-05-31"]
    assert _iso("In 1950 he fled; in the autumn of the previous year he had met Kroll.") == [
        "1950", "1949-09-01/1949-11-30"]


def test_feast_days_and_counts_from_them() -> None:
    assert _iso("He met Kroll on Christmas Eve 1950.") == ["1950-12-24"]
    assert _iso("He met Kroll on New Year's Day 1951.") == ["1951-01-01"]
    assert _iso("He met Kroll three days before Christmas 1950.") == ["1950-12-19/1950-12-25"]


def test_an_act_after_a_semicolon_takes_its_own_time_and_place(roster_store: Store) -> None:
    (c,) = extract_text("In 1950 Pyatakov was in Berlin; in the spring of the following year Sedov met Krestinsky "
                        "in Oslo.", store=roster_store)
    assert (c.subject, c.act, c.time.iso(), c.place) == ("sedov", "meeting", "1951-03-01/1951-05-31", "Oslo")
    # ... and the time said before the semicolon when its own part has none.
    (c,) = extract_text("In 1950 Pyatakov was in Berlin; there Sedov met Krestinsky.", store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("sedov", "meeting", "1950")


# -- places ------------------------------------------------------------------------------------------

def test_a_place_name_before_a_noun_modifies_it(roster_store: Store) -> None:
    (c,) = extract_text("Sedov passed the plans for the Vienna tunnel to his Soviet controller in Prague in 1950.",
                        store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "espionage", "Prague")
    # ... but a facility, a district or a conference of the place keeps it.
    (c,) = extract_text("In 1935 Sedov met Pyatakov at the Kemerovo mines.", store=roster_store)
    assert c.place == "Kemerovo"
    (c,) = extract_text("In 1938 Sedov met Pyatakov in Nyarubuye parish.", store=roster_store)
    assert c.place == "Nyarubuye"


@pytest.mark.parametrize(("where", "place", "country"), [
    ("at the Lubyanka", "Lubyanka", "Russia"), ("in Treblinka", "Treblinka", "Poland"),
    ("in Theresienstadt", "Theresienstadt", "Czechia"), ("at Abbazia", "Opatija", "Croatia"),
    ("at Tuol Sleng", "Tuol Sleng", "Cambodia"), ("at the Reichstag", "Reichstag", "Germany"),
    ("in Smyrna", "İzmir", "Turkey"), ("in Batavia", "Jakarta", "Indonesia"), ("in Zaire", "Democratic Republic of the Congo",
    "Democratic Republic of the Congo"), ("at Heathrow", "Heathrow", "United Kingdom"),
])
def test_buildings_camps_and_old_names_are_places(roster_store: Store, where: str, place: str, country: str) -> None:
    (c,) = extract_text(f"In 1943 Sedov met Pyatakov {where}.", store=roster_store)
    assert (c.act, c.country) == ("meeting", country)
    from countertrial.resolve.gazetteer import lookup

    geo = lookup(c.place or "")
    assert geo is not None and geo.name == place


def test_a_named_building_ranks_before_its_city(roster_store: Store) -> None:
    (c,) = extract_text("In 1934 Sedov met Pyatakov in the Smolny in Leningrad.", store=roster_store)
    assert (c.place, c.country) == ("Smolny", "Russia")


def test_a_time_and_place_fronted_in_the_acts_own_clause(roster_store: Store) -> None:
    (c,) = extract_text("While Pyatakov was stationed in Vienna, between May 1931 and June 1933, nothing happened, "
                        "and in October 1935 Sedov met him in Oslo.", store=roster_store)
    assert (c.subject, c.act, c.time.iso(), c.place) == ("sedov", "meeting", "1935-10", "Oslo")
    # With no time or place in its own clause, the act takes the one said before it.
    (c,) = extract_text("In 1935, in Oslo, Sedov met Pyatakov.", store=roster_store)
    assert (c.time.iso(), c.place) == ("1935", "Oslo")


def test_a_place_attended(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: In 1938 I attended the Munich conference with Sedov.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("krestinsky", "meeting", "Munich")


@pytest.mark.parametrize(("people", "power"), [("the Libyans", "Libya"), ("the East Germans", "East Germany"),
                                               ("the Iraqis", "Iraq")])
def test_plural_demonyms_of_states(roster_store: Store, people: str, power: str) -> None:
    (c,) = extract_text(f"Sedov passed the plans to {people} in 1980.", store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", power)
    # ... but not a people that is as often a minority ("expel the Albanians from Kosovo").
    claims = extract_text("Sedov passed the plans to the Albanians in 1980.", store=roster_store)
    assert all(c.foreign_power is None for c in claims)


def test_an_ordinal_day_takes_the_month_said_before() -> None:
    assert _iso("In July 1950 he fled, and on the 16th he was caught.") == ["1950-07", "1950-07-16"]
    assert _iso("On 30 June 1950 he fled, and on the 2nd he was caught.") == ["1950-06-30", "1950-07-02"]
    # ... not a floor or a unit, nor a day with no month said before.
    assert _iso("In 1950 he lived on the 3rd floor.") == ["1950"]
    assert _iso("In 1950 he fled, and on the 2nd he was caught.") == ["1950", "on the 2nd"]  # unknown


def test_an_act_after_but_does_not_take_the_place_and_time_before_it(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: I admit that in 1926 I lived in Lyon, but I never met Sedov.", store=roster_store)
    assert (c.subject, c.act, c.polarity, c.place, c.time.known) == ("krestinsky", "meeting", "deny", None, False)
    # ... while its own clause's place and time are its own.
    (c,) = extract_text("KRESTINSKY: I lived in Lyon, but in 1927 I met Sedov in Vienna.", store=roster_store)
    assert (c.place, c.time.iso()) == ("Vienna", "1927")


def test_two_months_of_a_year_and_a_slashed_pair_of_years() -> None:
    assert _iso("He met Kroll in June or July 1937.") == ["1937-06-01/1937-07-31"]
    assert _iso("He met Kroll in March and April 1937.") == ["1937-03-01/1937-04-30"]
    assert _iso("He met Kroll in 1934/35.") == ["1934-01-01/1935-12-31"]


def test_an_unknown_destination_after_a_verb_of_journeying(roster_store: Store) -> None:
    (c,) = extract_text("Sedov flew into Kastrovo from Moscow on 2 March 1958.", store=roster_store)
    # The destination does not take the country of the origin.
    assert (c.subject, c.act, c.place, c.country) == ("sedov", "travel", "Kastrovo", None)
    (c,) = extract_text("In 1934 Sedov fled to Valbrenne.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Valbrenne")
    # "went to" a name may be going to a person; since round 18 (session 12) an unknown name after it is
    # read as a place -- on the five transcripts that gave 17 journeys, about 13 right by the author's
    # own reading, not judged apart (the Rwandan villages of the testimony), against "went back to
    # Susan" -- unless an apposition or an alias marks a person ("came to Murefu, a Tutsi").
    assert extract_text("In 1934 Sedov went to Petrenko, a friend of his.", store=roster_store) == []


def test_the_french_and_the_chinese_name_their_state_only_after_the(roster_store: Store) -> None:
    for people, power in (("the French", "France"), ("the Chinese", "China")):
        (c,) = extract_text(f"Sedov spied for {people} in 1950.", store=roster_store)
        assert (c.act, c.foreign_power) == ("espionage", power)
    (c,) = extract_text("In 1950 Sedov told me in French that he had met Pyatakov in Vienna.", store=roster_store)
    assert (c.act, c.foreign_power) == ("meeting", None)
    assert extract_text("Sedov worked for the French Resistance in 1943.", store=roster_store) == []


def test_the_end_of_the_month_and_later_that_month() -> None:
    assert _iso("He fled on 1 May 1950 and was caught before the end of the month.") == ["1950-05-01", "1950-05"]
    assert _iso("He fled on 1 May 1950; later that month he was caught.") == ["1950-05-01", "1950-05"]


def test_a_persons_service_before_the_act_is_not_the_power_served(roster_store: Store) -> None:
    (c,) = extract_text("Questioned by Inspector Hall of MI5 in 1964, Sedov admitted that in 1937 he had passed the "
                        "plans to the NKVD.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("sedov", "espionage", "Soviet Union")
    # ... while one met "of" a service is of that power.
    (c,) = extract_text("In 1942 Sedov met General Petrenko of the NKVD in Moscow.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("sedov", "meeting", "Soviet Union")


@pytest.mark.parametrize(("state", "power"), [
    ("the United States", "United States"), ("the USSR", "Soviet Union"), ("the GDR", "East Germany"),
    ("East Germany", "East Germany"), ("the German Democratic Republic", "East Germany"), ("the UK", "Britain"),
    ("the PRC", "China"), ("Germany", "Germany"), ("Japan", "Japan"), ("the Soviet Union", "Soviet Union"),
])
def test_a_state_a_secret_is_passed_to_is_the_power(roster_store: Store, state: str, power: str) -> None:
    (c,) = extract_text(f"Sedov passed the plans to {state} in 1970.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("espionage", power, None)
    # ... and a place where one goes.
    (c,) = extract_text(f"Sedov flew to {state} in 1970.", store=roster_store)
    assert (c.act, c.foreign_power) == ("travel", None) and c.place is not None


def test_a_time_after_that_is_the_told_acts(roster_store: Store) -> None:
    (c,) = extract_text("Letters published in 1995 show that in the spring of 1945 Sedov met Pyatakov in Oslo.",
                        store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("sedov", "meeting", "1945-03-01/1945-05-31")


def test_the_day_of_a_conviction_after_its_town_is_not_the_acts(roster_store: Store) -> None:
    (c,) = extract_text("Convicted in Alexandria, Virginia, in February 1986, Sedov had spied for Beijing since the "
                        "early 1950s.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.time.iso()) == ("sedov", "espionage", "China", "1950-01-01/1953-12-31")
