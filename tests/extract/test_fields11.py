"""Regression tests for the eleventh round of extract rules on the places and times of a claim. The
sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.extract.timex import find_timexes
from countertrial.store import Store


def _span(c: object) -> str | None:
    t = c.time  # type: ignore[attr-defined]
    return f"{t.start}/{t.end}" if t.known else None


def _times(text: str) -> list[tuple[str, str]]:
    return [(str(t.interval.start), str(t.interval.end)) for t in find_timexes(text)]


# -- ranges between days of two years, and ranges closed by an event -----------------------------------

def test_range_between_days_of_two_years() -> None:
    assert _times("between 18 September 1939 and 2 July 1940") == [("1939-09-18", "1940-07-02")]
    assert _times("from 3 May 1961 to 4 April 1962") == [("1961-05-03", "1962-04-04")]
    assert _times("from 12 June to 3 July 1941") == [("1941-06-12", "1941-07-03")]
    # a range that runs backwards is no range
    assert ("1940-06-12", "1940-06-01") not in _times("from 12 June 1940 to 1 June 1940")


def test_range_closed_by_the_event_that_ended_it(roster_store: Store) -> None:
    assert _times("from May 1961 until his arrest in April 1962") == [("1961-05-01", "1962-04-30")]
    (c,) = extract_text("Lindqvist worked for German intelligence from March 1937 until his recall in June 1941.",
                        store=roster_store)
    assert (c.subject, c.act, _span(c)) == ("lindqvist", "espionage", "1937-03-01/1941-06-30")
    (c,) = extract_text("Lindqvist met Sedov in Oslo between 2 October 1943 and 9 May 1945.", store=roster_store)
    assert _span(c) == "1943-10-02/1945-05-09"


# -- years of the sixteenth century, in dates, months and seasons --------------------------------------

def test_sixteenth_century_dates(roster_store: Store) -> None:
    claims = extract_text("In the summer of 1586 Throckmorton and Lindqvist plotted to murder the Queen.",
                          store=roster_store)
    assert {(c.subject, _span(c)) for c in claims} == {("throckmorton", "1586-06-01/1586-08-31"),
                                                       ("lindqvist", "1586-06-01/1586-08-31")}
    (c,) = extract_text("Throckmorton met Mendoza in London in November 1583.", store=roster_store)
    assert (c.act, c.place, _span(c)) == ("meeting", "London", "1583-11-01/1583-11-30")
    assert _times("on 14 October 1586") == [("1586-10-14", "1586-10-14")]
    # a bare number of the fifteen hundreds stays a number
    assert _times("some 1500 men were shot") == []


# -- a named bridge, square or island after "on" --------------------------------------------------------

def test_named_bridge_square_or_island_after_on(roster_store: Store) -> None:
    (c,) = extract_text("Lindqvist shot Sedov dead on the Charles Bridge in 1938.", store=roster_store)
    assert (c.act, c.place, _span(c)) == ("assassination", "Charles Bridge", "1938-01-01/1938-12-31")
    (c,) = extract_text("Sedov met Pyatakov on Red Square in 1935.", store=roster_store)
    assert (c.act, c.place) == ("meeting", "Red Square")
    # a capitalised word alone after "on the" is no place
    (c,) = extract_text("Sedov gave Pyatakov instructions on the Bridge question.", store=roster_store)
    assert c.place is None


# -- what a reporting verb reports keeps its own time and place ------------------------------------------

def test_time_of_that_year_in_what_is_told(roster_store: Store) -> None:
    # "that year" is a time's "that", not the "that" of the clause told: the act's time is the summer
    (c,) = extract_text("Documents released in December 1995 show that in the spring of that year Sedov met "
                        "Pyatakov in Berlin.", store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("sedov", "meeting", "Berlin", "1995-03-01/1995-05-31")
    claims = extract_text("The court found on 12 December 1937 that in the spring of that year Sedov and Pyatakov "
                          "had met.", store=roster_store)
    assert {_span(c) for c in claims} == {"1937-03-01/1937-05-31"}


def test_place_of_the_telling_with_coordinated_subjects(roster_store: Store) -> None:
    # an "and" between two names opens no clause: Oslo and 1937 are the telling's
    claims = extract_text("In Oslo in 1937 Radek told the court that Sedov and Pyatakov had met.",
                          store=roster_store)
    assert {(c.subject, c.act, c.place, _span(c)) for c in claims} == {("sedov", "meeting", None, None),
                                                                       ("pyatakov", "meeting", None, None)}


# -- a court's finding is a telling: its sitting's place and time are not the act's ---------------------

def test_finding_of_a_court_keeps_its_own_place_and_time(roster_store: Store) -> None:
    claims = extract_text("The tribunal that sat in Lahore from May 1930 held that Sedov, Radek and Pyatakov, "
                          "together with other members of the centre, had conspired against the state.",
                          store=roster_store)
    assert {(c.subject, c.place, _span(c)) for c in claims} == {("sedov", None, None), ("radek", None, None),
                                                                ("pyatakov", None, None)}
    (c,) = extract_text("At Oslo in March 1937 the jury decided that Sedov had met Pyatakov.", store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("sedov", "meeting", None, None)
    (c,) = extract_text("The board concluded in October 1984 that Sedov had met Pyatakov in Berlin on 21 August "
                        "1983.", store=roster_store)
    assert (c.place, _span(c)) == ("Berlin", "1983-08-21/1983-08-21")
    # the act's own place after "that" stays
    (c,) = extract_text("The court found that Sedov had met Pyatakov in Oslo.", store=roster_store)
    assert c.place == "Oslo"


# -- a time after the act that opens the next clause ------------------------------------------------------

def test_time_opening_the_next_clause_is_not_the_acts(roster_store: Store) -> None:
    claims = extract_text("Sedov conspired against the state with Radek, and on 7 October 1930 he left for Paris.",
                          store=roster_store)
    by_act = {c.act: c for c in claims}
    assert _span(by_act["conspiracy"]) is None
    assert (by_act["travel"].place, _span(by_act["travel"])) == ("Paris", "1930-10-07/1930-10-07")
    # a time that ends the act's own clause stays its time
    (c,) = extract_text("Sedov met Pyatakov in Berlin, and on 7 October 1930.", store=roster_store)
    assert _span(c) == "1930-10-07/1930-10-07"


# -- an answer that points back to the house the question named ---------------------------------------

def test_answer_goes_to_the_house_the_question_named(roster_store: Store) -> None:
    text = ("PROSECUTOR: In June 1936 you went to Sedov's flat in Paris?\n"
            "PYATAKOV: I went to his flat, as I had done many times before.")
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("pyatakov", "travel", "Sedov's flat", "1936-06-01/1936-06-30")
    # another place than the one asked about is no journey there
    text = ("PROSECUTOR: In June 1936 you went to Sedov's flat in Paris?\n"
            "PYATAKOV: I went to my office.")
    assert not [c for c in extract_text(text, store=roster_store) if c.place == "Sedov's flat"]


# -- "at X or anywhere else" after a comma -----------------------------------------------------------

def test_unknown_place_set_off_with_or_anywhere_else(roster_store: Store) -> None:
    (c,) = extract_text("RADEK: I gave no order to shoot the hostages, at Kleinwaldau or anywhere else.",
                        store=roster_store)
    assert (c.act, c.polarity, c.place) == ("gave_instructions", "deny", "Kleinwaldau")
    (c,) = extract_text("RADEK: I never met Sedov, at Kleinwaldau or elsewhere.", store=roster_store)
    assert (c.act, c.place) == ("meeting", "Kleinwaldau")
    # without the "or anywhere" an unknown name after a comma stays no place of the act
    (c,) = extract_text("RADEK: I met Sedov, at Kleinwaldau.", store=roster_store)
    assert c.place is None


# -- a plea made at a trial told in a fronted participle --------------------------------------------

def test_plea_at_the_fronted_trial(roster_store: Store) -> None:
    (c,) = extract_text("Tried in Leipzig on 21 September 1933, Lindqvist pleaded not guilty.",
                        store=roster_store, stated_on="1990-01-01")
    assert (c.act, c.polarity, c.place, _span(c)) == ("plea", "deny", "Leipzig", "1933-09-21/1933-09-21")
    (c,) = extract_text("Arraigned in Alexandria on 5 November 1985, Lindqvist pleaded not guilty.",
                        store=roster_store, stated_on="1990-01-01")
    assert (c.place, _span(c)) == ("Alexandria", "1985-11-05/1985-11-05")


def test_time_of_the_next_thing_reported_is_not_the_acts(roster_store: Store) -> None:
    claims = extract_text("Radek said that Sedov had met Pyatakov in Oslo, and that in December 1935 Pyatakov had "
                          "flown to Berlin.", store=roster_store)
    by_act = {c.act: c for c in claims}
    assert (by_act["meeting"].place, _span(by_act["meeting"])) == ("Oslo", None)
    assert (by_act["travel"].place, _span(by_act["travel"])) == ("Berlin", "1935-12-01/1935-12-31")


# -- the day a confession was withdrawn before a court "of" somewhere -----------------------------------

def test_withdrawal_before_the_court_of_a_town_keeps_its_month(roster_store: Store) -> None:
    (c,) = extract_text("Lindqvist withdrew his confession before the district court of his home town in March 2007.",
                        store=roster_store, stated_on="2011-01-01")
    assert (c.act, c.polarity, _span(c)) == ("plea", "deny", "2007-03-01/2007-03-31")
    # "guilty of ..." names the charge: its time is the charged act's, not the plea's
    claims = extract_text("Lindqvist pleaded guilty of spying in 2010.", store=roster_store, stated_on="2011-01-01")
    (plea,) = [c for c in claims if c.act == "plea"]
    assert _span(plea) == "2011-01-01/2011-01-01"


# -- the older ordinals of the State Trials ------------------------------------------------------------

def test_four_and_twentieth_of_april(roster_store: Store) -> None:
    from datetime import date

    assert _times("the nine and twentieth of September 1678") == [("1678-09-29", "1678-09-29")]
    assert [(str(t.interval.start), str(t.interval.end)) for t in
            find_timexes("upon the four and twentieth of April last", date(1678, 11, 27))] == [("1678-04-24", "1678-04-24")]
    (c,) = extract_text("OATES: Upon the four and twentieth of April I met Coleman in the Strand.",
                        store=roster_store, stated_on="1678-11-27")
    assert (c.act, _span(c)) == ("meeting", "1678-04-24/1678-04-24")
