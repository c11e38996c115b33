"""Regression tests for the tenth round of extract rules on the fields of a claim: journeys, their
places and times, and the occasion a question puts to the witness. The sentences are invented for
these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _span(c: object) -> str | None:
    t = c.time  # type: ignore[attr-defined]
    return f"{t.start}/{t.end}" if t.known else None


def _by_act(claims: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {c.act: c for c in claims}


# -- journeys "for" a country that is also a power ------------------------------------------------------

def test_sailed_for_a_country_that_is_a_power(roster_store: Store) -> None:
    (c,) = extract_text("Lindqvist sailed for Japan in July 1938.", store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("lindqvist", "travel", "Japan", "1938-07-01/1938-07-31")
    (c,) = extract_text("Lindqvist left for Germany in 1936.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Germany")
    # ... but working "for" a power is no journey there.
    (c,) = extract_text("Lindqvist worked for Japan in 1935.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("espionage", "Japan", None)


# -- "before the month was out" -----------------------------------------------------------------------

def test_before_the_month_or_the_year_was_out(roster_store: Store) -> None:
    claims = extract_text("Lindqvist was released from prison on 4 June 1936, and he sailed for Odessa before the "
                          "month was out.", store=roster_store)
    (c,) = [c for c in claims if c.act == "travel"]
    assert (c.place, _span(c)) == ("Odessa", "1936-06-01/1936-06-30")
    claims = extract_text("Freed on 2 March 1951, Lindqvist flew to Prague before the year was out.",
                          store=roster_store)
    (c,) = [c for c in claims if c.act == "travel"]
    assert (c.place, _span(c)) == ("Prague", "1951-01-01/1951-12-31")
