"""Fixtures for extraction tests: a small Moscow-trials roster and a transcript scene as turns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from countertrial.model import Document, Person, Place, Turn
from countertrial.store import Store, open_store

ROSTER = {
    "krestinsky": ["Nikolai Krestinsky", "N. N. Krestinsky"],
    "sedov": ["Leon Sedov", "Lev Sedov"],
    "holtzman": ["Eduard Holtzman", "E. S. Goltsman"],
    "pyatakov": ["Yuri Piatakov", "Georgy Pyatakov"],
    "rakovsky": ["Christian Rakovsky"],
    "bukharin": ["Nikolai Bukharin"],
    "trotsky": ["Leon Trotsky", "L. D. Trotsky"],
    "rosengolts": ["Arkady Rosengolts"],
}

SCENE = [
    ("1938-03-02", "KRESTINSKY", "I plead not guilty. I am not a Trotskyite. I never met Sedov."),
    ("1936-08-20", "HOLTZMAN", "In November 1932 I met Sedov in the lounge of the Hotel Bristol in Copenhagen, "
                               "and he took me to Trotsky."),
    ("1937-01-24", "PYATAKOV", "In December 1935 I flew from Berlin to Oslo, landing at the Kjeller airfield."),
    ("1938-03-03", "THE PRESIDENT", "Accused Krestinsky, do you confirm the testimony you gave?"),
    ("1938-03-03", "KRESTINSKY", "Yes, I confirm the testimony I gave during the preliminary investigation."),
]


def make_roster(store: Store, places: bool = True) -> None:
    store.put([Person(pid, names[0], aliases=tuple(names[1:])) for pid, names in ROSTER.items()])
    for pid, names in ROSTER.items():
        store.set_aliases("person", pid, names)
    if places:
        store.put([Place("hotel_bristol_copenhagen", "Hotel Bristol", aliases=("Bristol Hotel",), country="Denmark",
                         exists_to="1917"),
                   Place("kjeller_airfield", "Kjeller airfield", aliases=("Kjeller",), country="Norway")])
        store.set_aliases("place", "hotel_bristol_copenhagen", ["Hotel Bristol", "Bristol Hotel"])
        store.set_aliases("place", "kjeller_airfield", ["Kjeller airfield", "Kjeller"])


def put_scene(store: Store, scene: list[tuple[str, str, str]] = SCENE) -> Document:
    text = ""
    spans = []
    for date, label, body in scene:
        line = f"{label}: {body}\n"
        start = len(text) + len(label) + 2
        spans.append((date, label, body, start))
        text += line
    doc = Document("doc1", "scene.txt", "colon", kind="transcript", proceeding="moscow_trial", text=text)
    store.put([doc])
    store.put([Turn(f"doc1:{i}", "doc1", i, label, body, proceeding="moscow_trial", session_date=date, page=7,
                    line_start=i + 1, line_end=i + 1, char_start=start, char_end=start + len(body))
               for i, (date, label, body, start) in enumerate(spans)])
    return doc


@pytest.fixture
def scene_store(roster_store: Store) -> Store:
    """The roster store with the transcript scene ingested as turns of document ``doc1``."""
    put_scene(roster_store)
    return roster_store


@pytest.fixture
def roster_store() -> Iterator[Store]:
    s = open_store(":memory:")
    make_roster(s)
    try:
        yield s
    finally:
        s.close()
