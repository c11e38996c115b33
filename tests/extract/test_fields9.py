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
