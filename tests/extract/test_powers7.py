"""Regression tests for foreign powers named by their capitals and countries (metonymy): "spied for
Beijing", "passed documents to East Berlin", "on Moscow's orders", "Moscow ordered X to ...", while
"met him in Moscow" stays a place. The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _one(text: str, store: Store) -> tuple[str | None, str, str | None, str | None]:
    (c,) = extract_text(text, store=store)
    return c.subject, c.act, c.foreign_power, c.place


def test_a_capital_after_a_power_trigger_is_the_state_not_the_place(roster_store: Store) -> None:
    assert _one("Kowalczyk admitted that he had spied for Beijing from 1990 to 1995.", roster_store) \
        == ("kowalczyk", "espionage", "China", None)
    assert _one("Dorn worked for Warsaw from 1955 to 1960.", roster_store) == ("dorn", "espionage", "Poland", None)
    # A capital only the vocabulary's `capitals` names for a historical state.
    assert _one("Reiner confessed that he had passed documents to East Berlin in 1974.", roster_store) \
        == ("reiner", "espionage", "East Germany", None)
    # "to" a few words after the act's trigger; a list of states gives one claim each.
    claims = extract_text("Halvorsen passed secrets to Moscow and to Tripoli in 1983.", store=roster_store)
    assert sorted(c.foreign_power or "" for c in claims) == ["Libya", "Soviet Union"]
    assert all(c.place is None for c in claims)


def test_a_country_after_a_power_trigger_is_the_power(roster_store: Store) -> None:
    (c,) = extract_text("Varga admitted that he had sold secrets to Iran in 2004.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("espionage", "Iran", None)


def test_moscow_is_the_soviet_union_before_1992_and_russia_after(roster_store: Store) -> None:
    (c,) = extract_text("Harwood said that he had spied for Moscow in 1979.", store=roster_store)
    assert c.foreign_power == "Soviet Union"
    (c,) = extract_text("Harwood said that he had spied for Moscow in 2009.", store=roster_store)
    assert c.foreign_power == "Russia"


def test_orders_from_a_capital_and_a_capitals_orders(roster_store: Store) -> None:
    (c,) = extract_text("Okafor acted on the orders of Havana in 1979.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("received_instructions", "Cuba", None)
    (c,) = extract_text("Tarasenko said that he took orders from Moscow in 2015.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("received_instructions", "Russia", None)
    claims = extract_text("On Moscow's orders, Garin poisoned Volkov in Salisbury in March 2012.", store=roster_store)
    assert [(c.subject, c.act, c.foreign_power, c.place) for c in claims] == \
        [("garin", "poisoning", "Russia", "Salisbury")]


def test_a_capital_that_orders_is_a_state_and_the_one_ordered_received_the_order(roster_store: Store) -> None:
    claims = extract_text("Moscow ordered Orlov to kill the defector in Vienna in 1968.", store=roster_store)
    assert [(c.subject, c.act, c.foreign_power, c.place) for c in claims] == \
        [("orlov", "received_instructions", "Soviet Union", "Vienna")]
    # ... and so does a service.
    claims = extract_text("The Stasi had instructed Brenner to photograph the files in Bonn in 1971.",
                          store=roster_store)
    assert [(c.subject, c.act, c.foreign_power) for c in claims] == [("brenner", "received_instructions",
                                                                      "East Germany")]


def test_radioing_a_capital_is_espionage_for_its_state(roster_store: Store) -> None:
    (c,) = extract_text("In May 1942 Kessler radioed Moscow that the offensive would begin.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("kessler", "espionage", "Soviet Union")


def test_a_bare_verb_passes_information_only_to_a_power(roster_store: Store) -> None:
    claims = extract_text("Dunmore pleaded guilty to conspiring to pass naval information to Beijing.",
                          store=roster_store)
    assert [c.foreign_power for c in claims if c.act == "espionage"] == ["China"]
    assert not [c for c in extract_text("As director, Dunmore had to pass this information on to the board.",
                                         store=roster_store) if c.act == "espionage"]


def test_a_capital_elsewhere_stays_a_place(roster_store: Store) -> None:
    (c,) = extract_text("Petrenko met Sedov in Moscow in 1975.", store=roster_store)
    assert (c.foreign_power, c.place) == (None, "Moscow")
    (c,) = extract_text("In 1975 Petrenko flew to Beijing.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("travel", None, "Beijing")
    # A capital inside a longer name or before a noun it modifies names no state.
    assert not [c for c in extract_text("Brown worked for the Washington Post in 1975.", store=roster_store)
                if c.foreign_power]
    assert not [c for c in extract_text("Brown worked for Moscow radio in 1975.", store=roster_store)
                if c.foreign_power]
    # "met him in Moscow": a capital before a verb but not at its clause's head is a place.
    (c,) = extract_text("Sedov met Pyatakov in Berlin, and he recruited him.", store=roster_store)
    assert c.place == "Berlin"
