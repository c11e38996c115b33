"""``extract_case`` with worker processes makes the claims (same ids, same order of storing), the
new persons and the report of a run in one process, the question->answer context carried across
batch boundaries; a turn the extractor fails on is skipped and named (the run goes on), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from countertrial.extract import extract_case
from countertrial.extract.workers import Batch, default_workers, extract_batch, run_batches
from countertrial.ingest import ingest_paths
from countertrial.model import Claim, Document, Person, Turn
from countertrial.store import Store, open_store


_FILES = ("genocor/transcripts/sources/YUG-Mladic/IT-09-92-100.txt",
          "genocor/transcripts/sources/YUG-Popovic/IT-05-88-36.txt",
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
    # a floor only so that the comparison is not trivial (precision rules remove wrong claims from it)
    assert one[0]["claims"] >= 25, "the sample should hold claims"
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
    # "Yes." affirms his meeting; "No." denies that Trotsky sent him instructions (Trotsky's act)
    assert sorted(c.subject for c in whole if c.asserted_by == "krestinsky") == ["krestinsky", "trotsky"]
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


class _Fragile:
    """The rules extractor, except that it fails on any text holding "CORRUPT", as a bug in a
    rule would on one odd turn."""

    name = "fragile.v1"

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.persons = inner.persons
        self.new_persons = inner.new_persons

    def extract(self, segments: Any, batch_size: int = 64, *, context: Any = None) -> Any:
        segments = list(segments)
        if any("CORRUPT" in s.text for s in segments):
            raise ValueError("no rule for this")
        return self.inner.extract(segments, batch_size, context=context)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_turn_costs_that_turn_only(roster_store: Store, workers: int) -> None:
    scene = [("1938-03-02", "KRESTINSKY", "I plead not guilty. I never met Sedov."),
             ("1938-03-02", "RAKOVSKY", "CORRUPT \x00 bytes"),
             ("1936-08-20", "HOLTZMAN", "In November 1932 I met Sedov in Copenhagen."),
             ("1936-08-20", "HOLTZMAN", "I met Trotsky in Copenhagen.")]
    put_scene(roster_store, scene)
    turns = list(roster_store.iter(Turn, order_by="seq"))
    from countertrial.extract import get_extractor

    ext = _Fragile(get_extractor("rules", roster_store))
    results = list(run_batches(ext, [Batch(turns[:2], None), Batch(turns[2:], turns[1])], workers))
    assert results[0].failed[0][0] == "doc1:1" and len(results[0].failed) == 1
    assert results[0].failed[0][1].startswith("ValueError: no rule for this at test_parallel.py:")
    assert not results[1].failed
    said = {(c.subject, c.act) for r in results for c in r.claims}
    assert {("krestinsky", "plea"), ("krestinsky", "meeting"), ("holtzman", "meeting")} <= said


def test_extract_case_reports_the_failed_turn_and_goes_on(roster_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import countertrial.extract as extract_mod

    put_scene(roster_store, [("1938-03-02", "KRESTINSKY", "I never met Sedov."),
                             ("1938-03-02", "RAKOVSKY", "CORRUPT")])
    real = extract_mod.get_extractor
    monkeypatch.setattr(extract_mod, "get_extractor", lambda *a, **k: _Fragile(real(*a, **k)))
    report = extract_case(roster_store, workers=1)
    assert report.claims >= 1 and [t for t, _ in report.failed] == ["doc1:1"]
    assert report.to_dict()["failed"][0]["turn"] == "doc1:1"
    assert roster_store.count(Claim) == report.claims


def test_default_workers_is_bounded() -> None:
    assert 1 <= default_workers() <= 8


def test_a_rerun_removes_the_claims_its_extractor_no_longer_makes(roster_store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """After an upgrade of the rules (same versioned name, other claims), the case holds this run's
    claims, not the union; other extractors' claims, and the claims of a turn this run failed on,
    stay."""
    import dataclasses

    import countertrial.extract as extract_mod

    put_scene(roster_store, [("1938-03-02", "KRESTINSKY", "I never met Sedov."),
                             ("1938-03-02", "RAKOVSKY", "In 1934 I met Sedov in Tokyo.")])
    first = extract_case(roster_store, workers=1)
    assert first.superseded == 0 and first.new_claims == first.claims >= 2
    claims = list(roster_store.iter(Claim))
    # what an older version of the same rules made, one claim per turn, and another extractor's claim
    old = [dataclasses.replace(c, id=c.id + "-old", act="treason") for c in claims]
    other = dataclasses.replace(claims[0], id=claims[0].id + "-llm", extractor="llm.v1")
    roster_store.put([*old, other])
    again = extract_case(roster_store, workers=1)
    assert again.new_claims == 0 and again.superseded == len(old)
    assert {c.id for c in roster_store.iter(Claim)} == {c.id for c in claims} | {other.id}
    assert again.to_dict()["superseded"] == len(old)
    # a turn that fails keeps its earlier claims
    roster_store.put(old)
    real = extract_mod.get_extractor

    class _FailsOnTokyo(_Fragile):
        name = extract_mod.get_extractor("rules", roster_store).name

        def extract(self, segments: Any, batch_size: int = 64, *, context: Any = None) -> Any:
            segments = list(segments)
            if any("Tokyo" in s.text for s in segments):
                raise ValueError("no rule for this")
            return self.inner.extract(segments, batch_size, context=context)

    monkeypatch.setattr(extract_mod, "get_extractor", lambda *a, **k: _FailsOnTokyo(real(*a, **k)))
    third = extract_case(roster_store, workers=1)
    assert [t for t, _ in third.failed] == ["doc1:1"]
    kept = {c.id for c in roster_store.iter(Claim) if c.id.endswith("-old")}
    assert kept == {c.id for c in old if c.source.turn == "doc1:1"}
