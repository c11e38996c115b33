"""Regression tests for the seventh round of extract rules: places the gazetteer lacks ("at
Montoire"), existential "there", and the time expressions of round 7. The sentences are invented
for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


# -- places ------------------------------------------------------------------------------------------

def test_existential_there_points_back_to_no_place(roster_store: Store) -> None:
    text = "WITNESS: We stayed two nights in Vlasenica. Bukharin said that there was no doubt that Sedov met Pyatakov."
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "meeting", None)
    # ... while a "there" that is a place still points back.
    (c,) = extract_text("WITNESS: We stayed two nights in Vlasenica. Sedov met me there.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "meeting", "Vlasenica")


def test_an_unknown_town_after_in_at_near_is_a_place_flagged_unknown(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: In May 1933 I met Sedov at Valbrenne, and nothing came of it.",
                        store=roster_store)
    assert (c.subject, c.act, c.place, c.extra.get("place_unknown")) == ("krestinsky", "meeting", "Valbrenne", True)
    # A town joined by lower-case particles is one name; a known city beats an unknown town.
    (c,) = extract_text("In 1944 Sedov ordered his men to burn the farms near Villers-le-Lac.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "gave_instructions", "Villers-le-Lac")
    (c,) = extract_text("PYATAKOV: I met Sedov at Grunewald in Berlin.", store=roster_store)
    assert c.place == "Berlin" and "place_unknown" not in c.extra


def test_an_unknown_name_after_in_or_at_that_is_no_town_is_no_place(roster_store: Store) -> None:
    for text in ("KRESTINSKY: I met Sedov, as I said in Court.",  # procedure
                 "KRESTINSKY: I met Sedov and we spoke in Russian.",  # a language
                 "KRESTINSKY: I met Sedov, as stated in Exhibit 14.",  # a number follows
                 "KRESTINSKY: I met Sedov at Petrenko's.",  # someone's home, not a town
                 "KRESTINSKY: I met Sedov, and he shouted at Petrenko.",  # someone shouted at
                 "KRESTINSKY: I met Sedov at General Petrenko's request."):  # a title
        (c,) = extract_text(text, store=roster_store)
        assert (c.subject, c.act, c.place) == ("krestinsky", "meeting", None), text


def test_an_unknown_town_is_the_acts_only_in_its_own_clause(roster_store: Store) -> None:
    # The town after another clause opener ("that", "which") or past a clause break is not the act's.
    (c,) = extract_text("KRESTINSKY: I met Sedov, who told me that the letters were kept at Valbrenne.",
                        store=roster_store)
    assert c.place is None
    (c,) = extract_text("KRESTINSKY: I stayed at Valbrenne, and in 1933 I met Sedov.", store=roster_store)
    assert c.place is None
    # ... while a known city is read there as before.
    (c,) = extract_text("KRESTINSKY: I stayed in Lyon, and in 1933 I met Sedov.", store=roster_store)
    assert c.place == "Lyon"


def test_a_transcript_answer_mark_before_an_opening_preposition(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: A. In Vienna I met Sedov.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("krestinsky", "meeting", "Vienna")


def test_regions_provinces_and_us_states_are_places_with_their_country(roster_store: Store) -> None:
    (c,) = extract_text("In 1937 Sedov met Pyatakov in Bavaria.", store=roster_store)
    assert (c.place, c.country) == ("Bavaria", "Germany")
    (c,) = extract_text("In 1948 Sedov met Pyatakov in Maryland.", store=roster_store)
    assert (c.place, c.country) == ("Maryland", "United States")  # not the town of Maryland City
    (c,) = extract_text("In 1936 Sedov met Pyatakov in Florida.", store=roster_store)
    assert (c.place, c.country) == ("Florida", "United States")  # not Florida in Cuba
    # A city in the region is the more specific place; a historical state has its country.
    (c,) = extract_text("In 1937 Sedov met Pyatakov in Bavaria, in Munich.", store=roster_store)
    assert c.place == "Munich"
    (c,) = extract_text("In 1947 Sedov met Pyatakov in Czechoslovakia.", store=roster_store)
    assert (c.place, c.country) == ("Czechoslovakia", "Czechia")
