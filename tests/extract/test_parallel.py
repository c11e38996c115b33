"""``extract_case`` with worker processes makes the claims (same ids, same order of storing), the
new persons and the report of a run in one process, the question->answer context carried across
batch boundaries; a failure in a worker is one CountertrialError line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from countertrial.errors import CountertrialError
from countertrial.extract import extract_case
from countertrial.extract.workers import Batch, default_workers, extract_batch, run_batches
from countertrial.ingest import ingest_paths
from countertrial.model import Claim, Document, Person, Turn
from countertrial.store import Store, open_store


_FILES = ("genocor/transcripts/sources/YUG-Mladic/IT-09-92-100.txt",
          "ferguson-grand-jury/files")


_SCENE = [("1938-03-02", "KRESTINSKY", "I plead not guilty. I never met Sedov."),
          ("1936-08-20", "HOLTZMAN", "In November 1932 I met Sedov in Copenhagen."),
          ("1938-03-03", "THE PRESIDENT", "Accused Krestinsky, do you confirm the testimony you gave?")]


def put_scene(store: Store, scene: list[tuple[str, str, str]] = _SCENE) -> None:
    """``scene`` as the turns, in order, of one document ``doc1``."""
    store.put([Document("doc1", "scene.txt", "colon", kind="transcript", proceeding="moscow_trial",
                        text="".join(f"{label}: {body}\n" for _d, label, body in scene))])
    store.put([Turn(f"doc1:{i}", "doc1", i, label, body, proceeding="moscow_trial", session_date=day)
               for i, (day, label, body) in enumerate(scene)])


def _snapshot(store: Store) -> tuple[list[str], list[str]]:
    claims = sorted(json.dumps(c.to_dict(), sort_keys=True, default=str) for c in store.iter(Claim))
    persons = sorted(json.dumps(p.to_dict(), sort_keys=True, default=str) for p in store.iter(Person))
    return claims, persons


def _run(path: Path, workers: int) -> tuple[dict[str, Any], tuple[list[str], list[str]]]:
    store = open_store(path)
    try:
        report = extract_case(store, batch=40, workers=workers).to_dict()
        report.pop("seconds")
        return report, _snapshot(store)
    finally:
        store.close()


@pytest.mark.shared
def test_one_and_two_workers_make_identical_claims_on_a_corpus(shared_dir: Path, tmp_path: Path) -> None:
    files = [shared_dir / "corpora" / f for f in _FILES]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        pytest.skip(f"corpus files moved or absent: {', '.join(missing)}")
    first = tmp_path / "one.sqlite"
    store = open_store(first)
    report = ingest_paths(store, [str(f) for f in files])
    assert not report.errors, report.errors
    assert store.count(Turn) > 2000  # dozens of batches of 40, so many boundaries
    store.close()
    second = tmp_path / "two.sqlite"
    second.write_bytes(first.read_bytes())

    one = _run(first, workers=1)
    two = _run(second, workers=2)
    assert one[0]["claims"] > 40, "the sample should hold claims"
    assert two == one
    # Extracting again changes nothing: the unresolved persons the first run created are derived
    # again from the text, not read back as roster (which resolved some names differently).
    assert one[0]["new_persons"] > 0
    again = _run(first, workers=2)
    assert again[1] == one[1]
    assert again[0]["new_claims"] == 0 and again[0]["new_persons"] == 0 and again[0]["claims"] == one[0]["claims"]


def test_a_bare_answer_after_a_batch_boundary_is_read_with_its_question(roster_store: Store) -> None:
    # Batches of one turn: every question is in the batch before its answer.
    scene = [("1938-03-03", "THE PRESIDENT", "Accused Krestinsky, did you meet Sedov in Berlin in 1933?"),
             ("1938-03-03", "KRESTINSKY", "Yes."),
             ("1938-03-03", "THE PRESIDENT", "Did Trotsky send you instructions?"),
             ("1938-03-03", "KRESTINSKY", "No.")]
    put_scene(roster_store, scene)
    turns = list(roster_store.iter(Turn, order_by="seq"))
    batches = [Batch([t], turns[i - 1] if i else None) for i, t in enumerate(turns)]
    from countertrial.extract import get_extractor

    ext = get_extractor("rules", roster_store)
    whole = list(ext.extract(list(_segments(ext, turns))))
    ext = get_extractor("rules", roster_store)
    one = [c for r in run_batches(ext, batches, 1) for c in r.claims]
    two = [c for r in run_batches(ext, batches, 2) for c in r.claims]
    assert [c.subject for c in whole if c.asserted_by == "krestinsky"] == ["krestinsky"]
    assert one == whole
    assert two == whole


def _segments(ext: Any, turns: list[Turn]) -> Any:
    from countertrial.extract import turn_segments

    return turn_segments(turns, ext.persons)


def test_new_persons_of_a_batch_are_those_first_met_in_it(roster_store: Store) -> None:
    put_scene(roster_store, [("1938-03-03", "BESSONOV", "I met Shestov in Berlin in 1933."),
                             ("1938-03-03", "BESSONOV", "Shestov met Trotsky in Oslo.")])
    from countertrial.extract import get_extractor

    ext = get_extractor("rules", roster_store)
    turns = list(roster_store.iter(Turn, order_by="seq"))
    first = extract_batch(ext, Batch(turns[:1], None))
    second = extract_batch(ext, Batch(turns[1:], turns[0]))
    assert [p.id for p in first.new_persons] == ["bessonov", "shestov"]
    assert "shestov" in [p.id for p in second.new_persons]  # met again: the parent keeps the first


class _Broken:
    """An extractor whose every batch fails, as a bug in a rule would."""

    name = "broken.v1"

    def __init__(self, persons: Any) -> None:
        self.persons = persons
        self.new_persons: dict[str, Person] = {}

    def extract(self, segments: Any, batch_size: int = 64, *, context: Any = None) -> Any:
        raise ValueError("no rule for this")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_batch_is_one_line_naming_its_turns(roster_store: Store, workers: int) -> None:
    put_scene(roster_store)
    turns = list(roster_store.iter(Turn, order_by="seq"))
    from countertrial.extract import get_extractor

    ext = _Broken(get_extractor("rules", roster_store).persons)
    with pytest.raises(CountertrialError) as info:
        list(run_batches(ext, [Batch(turns[:2], None), Batch(turns[2:], turns[1])], workers))
    line = info.value.one_line()
    assert "\n" not in line
    assert line.startswith("error CT220: extraction failed on turns doc1:0 to doc1:1: ValueError: no rule for this")


def test_default_workers_is_bounded() -> None:
    assert 1 <= default_workers() <= 8
