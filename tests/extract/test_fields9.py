"""Regression tests for the ninth round of extract rules on the fields of a claim: its place, its
time and its foreign power. The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _span(c: object) -> str | None:
    t = c.time  # type: ignore[attr-defined]
    return f"{t.start}/{t.end}" if t.known else None


# -- times -------------------------------------------------------------------------------------------

def test_a_day_in_words_of_last_year(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: On the twelfth of March last year I met Sedov in Oslo.",
                        store=roster_store, stated_on="1937-01-24")
    assert (c.act, _span(c)) == ("meeting", "1936-03-12/1936-03-12")
    (c,) = extract_text("PYATAKOV: I met Sedov in Oslo on the twenty-first of June 1935.", store=roster_store,
                        stated_on="1937-01-24")
    assert _span(c) == "1935-06-21/1935-06-21"
    # ... a day in digits "last year" too, and a day in words with the year said before.
    (c,) = extract_text("PYATAKOV: I met Sedov in Oslo on 3 May last year.", store=roster_store,
                        stated_on="1937-01-24")
    assert _span(c) == "1936-05-03/1936-05-03"
    (c,) = extract_text("PYATAKOV: In 1934 I met Sedov in Oslo on the second of August.", store=roster_store,
                        stated_on="1937-01-24")
    assert _span(c) == "1934-08-02/1934-08-02"


def test_one_year_or_the_next_is_both(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: I met Sedov in Oslo in 1933 or 1934.", store=roster_store)
    assert _span(c) == "1933-01-01/1934-12-31"


def test_the_night_of_a_day_of_the_month_said_before(roster_store: Store) -> None:
    (c,) = extract_text("Pyatakov said that in March 1935 Sedov had met Rakovsky in Oslo on the night of the 14th.",
                        store=roster_store)
    assert (c.subject, _span(c)) == ("sedov", "1935-03-14/1935-03-14")


# -- places ------------------------------------------------------------------------------------------

def test_facilities_with_a_lower_case_head(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: In 1934 I met Sedov at the Postojna caves.", store=roster_store)
    assert c.place == "Postojna caves"
    (c,) = extract_text("PYATAKOV: In 1934 I met Sedov at Ivanov's dacha outside Kiev.", store=roster_store)
    assert c.place == "Ivanov's dacha"
    (c,) = extract_text("PYATAKOV: In 1934 I went to Kowalski's bakery in Warsaw.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Kowalski's bakery")


def test_a_street_whose_word_comes_first(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: In 1934 I met Sedov on the rue Lepic.", store=roster_store)
    assert c.place == "rue Lepic"


# -- convictions: the court's place and day, the victims' -----------------------------------------------

def test_a_long_list_of_the_convicted_keeps_the_verdict_out_of_the_act(roster_store: Store) -> None:
    claims = extract_text("On 2 March 1938 the Military Collegium, sitting at the House of Trade Unions, convicted "
                          "Nikolai Bukharin, Christian Rakovsky and Arkady Rosengolts in their absence of the murder "
                          "of Kirov.", store=roster_store)
    assert {c.subject for c in claims} == {"bukharin", "rakovsky", "rosengolts"}
    assert all(c.place is None and not c.time.known for c in claims)


def test_the_victims_killing_told_again_after_them(roster_store: Store) -> None:
    (c,) = extract_text("On 9 May 1931 the jury found Pyatakov guilty of murdering the engineer Ivan Orlov, who was "
                        "shot in Kharkov on 12 January 1930.", store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("pyatakov", "assassination", "Kharkov", "1930-01-12/1930-01-12")
    claims = extract_text("The court convicted Pyatakov and Rakovsky of the murder of all forty passengers of the "
                          "train, shot dead on 3 March 1934.", store=roster_store)
    assert {(c.subject, _span(c)) for c in claims} == {("pyatakov", "1934-03-03/1934-03-03"),
                                                       ("rakovsky", "1934-03-03/1934-03-03")}


def test_where_and_when_a_court_sat_are_not_the_acts(roster_store: Store) -> None:
    claims = extract_text("Sitting in the Palace of Justice on 3 May 1950, the court sentenced Pyatakov to death for "
                          "spying for the Germans in Vienna, and for the conspiracy to kill Kirov.", store=roster_store)
    assert all(not c.time.known for c in claims)
    # ... but one sitting somewhere in his own story is there.
    (c,) = extract_text("PYATAKOV: Sitting in the lounge of the Hotel Bristol in November 1932, I met Sedov.",
                        store=roster_store)
    assert (c.place, _span(c)) == ("hotel_bristol_copenhagen", "1932-11-01/1932-11-30")


# -- foreign powers ----------------------------------------------------------------------------------

def test_a_demonym_before_service(roster_store: Store) -> None:
    (c,) = extract_text("Pyatakov denied that he had ever worked for the Romanian service.", store=roster_store)
    assert (c.act, c.polarity, c.foreign_power) == ("espionage", "deny", "Romania")


def test_a_capital_after_least_of_all(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: I never received instructions from anyone, least of all Berlin.", store=roster_store)
    assert (c.act, c.polarity, c.foreign_power, c.place) == ("received_instructions", "deny", "Germany", None)
    (c,) = extract_text("PYATAKOV: I never spied for anyone, least of all for Tokyo.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("espionage", "Japan", None)
    # ... but a journey's is its destination.
    (c,) = extract_text("PYATAKOV: I never went anywhere, least of all Berlin.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("travel", None, "Berlin")


def test_the_power_handed_to_over_a_service_that_modifies_a_noun(roster_store: Store) -> None:
    (c,) = extract_text("Pyatakov passed the names of Gestapo informers to the NKVD in 1936.", store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", "Soviet Union")
    (c,) = extract_text("Pyatakov handed MI6 reports to the Abwehr in 1936.", store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", "Germany")


def test_a_time_after_an_act_does_not_date_the_next_clause(roster_store: Store) -> None:
    claims = extract_text("PYATAKOV: I met Sedov in Oslo in May 1935, and I never met Trotsky in Berlin.",
                          store=roster_store)
    assert {(c.place, _span(c)) for c in claims} == {("Oslo", "1935-05-01/1935-05-31"), ("Berlin", None)}
    # ... a fronted one does, and so does one before an act without its own subject.
    claims = extract_text("PYATAKOV: In May 1935 I met Sedov in Oslo, and I met Radek in Berlin.",
                          store=roster_store)
    assert {_span(c) for c in claims} == {"1935-05-01/1935-05-31"}


def test_a_body_worked_for_is_no_place(roster_store: Store) -> None:
    (c,) = extract_text("In 1936 Pyatakov travelled to Oslo on a mission for the Foreign Trade Bureau.",
                        store=roster_store)
    assert (c.act, c.place) == ("travel", "Oslo")
    # ... but one left for is the destination.
    (c,) = extract_text("In 1936 Pyatakov left for the Hotel Lux.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Hotel Lux")


def test_where_a_thing_came_from_is_not_the_acts_place(roster_store: Store) -> None:
    (c,) = extract_text("In 1936 Pyatakov ordered that the explosives be moved from Kemerovo to a shed near Novosibirsk.",
                        store=roster_store)
    assert (c.act, c.place) == ("gave_instructions", "Novosibirsk")


def test_a_time_in_the_words_confirmed_does_not_date_the_plea(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: I confirm the testimony I gave in December 1936.", store=roster_store,
                        stated_on="1937-01-24")
    assert (c.act, c.polarity, _span(c)) == ("plea", "affirm", "1937-01-24/1937-01-24")
    (c,) = extract_text("PYATAKOV: I withdraw the statement I made in Berlin in May 1935.", store=roster_store,
                        stated_on="1937-01-24")
    assert (c.act, c.polarity, _span(c)) == ("plea", "deny", "1937-01-24/1937-01-24")
