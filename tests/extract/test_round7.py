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
