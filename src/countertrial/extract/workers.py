"""Batches of turns through an extractor, in this process or in a pool of worker processes.

The extractor (its pipeline, vocabulary, roster and the gazetteer) is built once in the parent.
With the ``fork`` start method the workers share it as it is (copy-on-write); where only
``spawn`` exists it is pickled to each worker once, when the worker starts. Each batch goes to a
worker with the last turn of the batch before it (a question the batch's first turn may answer)
and comes back as its claims and the people first met in it; the parent takes the results in
batch order, so the claims, their ids and the new persons are those of a run in one process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from ..errors import AbortRun, CountertrialError
from ..model import Claim, Person, Turn

__all__ = ["Batch", "BatchResult", "ExtractFailed", "default_workers", "run_batches", "MAX_WORKERS"]

MAX_WORKERS = 8  # the rules are light: past a handful of processes the parent's store writes bound the run


class ExtractFailed(AbortRun):
    """Extraction of a batch of turns failed (in a worker process or in this one)."""

    code = "CT220"


@dataclass(frozen=True)
class Batch:
    """Turns to extract from, in document order, and the turn just before them (or ``None``)."""

    turns: list[Turn]
    previous: Turn | None
    accused: dict[str, Turn] = field(default_factory=dict)
    """Document id -> a turn of the one accused who speaks in it (who "the Accused" is there)."""


@dataclass(frozen=True)
class BatchResult:
    """A batch's claims in order, and the people its turns named that the roster did not know
    (in the order first met)."""

    claims: list[Claim]
    new_persons: list[Person]
    turns: int
    failed: tuple[tuple[str, str], ...] = ()
    """(turn id, one-line reason) for each turn the extractor failed on; the batch's other turns
    are extracted all the same."""


def default_workers() -> int:
    """One worker per core this process may use, at most :data:`MAX_WORKERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


_EXTRACTOR: Any = None  # the worker process's extractor (set by _start)


def _start(extractor: Any) -> None:
    global _EXTRACTOR
    _EXTRACTOR = extractor


def _where(batch: Batch) -> str:
    first, last = batch.turns[0], batch.turns[-1]
    return f"turns {first.id} to {last.id}" if first.id != last.id else f"turn {first.id}"


def extract_batch(extractor: Any, batch: Batch) -> BatchResult:
    """The claims of one batch, read with the turn before it as context. The extractor's list of
    new persons is emptied first, so the result holds those first met in this batch."""
    from . import speaker_of, turn_segments

    extractor.new_persons.clear()
    accused = {doc: pid for doc, t in batch.accused.items() if (pid := speaker_of(t, extractor.persons)) is not None}
    previous = list(turn_segments([batch.previous], extractor.persons, accused)) if batch.previous is not None else []
    segs = list(turn_segments(batch.turns, extractor.persons, accused))
    claims = list(extractor.extract(segs, context=previous[-1] if previous else None))
    return BatchResult(claims, list(extractor.new_persons.values()), len(batch.turns))


def _reason(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame is not None else ""
    return f"{type(exc).__name__}: {exc}{at}"


def _run_one(extractor: Any, batch: Batch) -> BatchResult:
    """One batch; when it fails, its turns one by one, so that a turn the extractor cannot read
    costs that turn only (named in ``failed``), never the batch or the run."""
    try:
        return extract_batch(extractor, batch)
    except CountertrialError:
        raise
    except Exception:  # a bug or a bad turn: find the turn, keep the others
        pass
    claims: list[Claim] = []
    people: dict[str, Person] = {}
    failed: list[tuple[str, str]] = []
    previous = batch.previous
    for turn in batch.turns:
        try:
            one = extract_batch(extractor, Batch([turn], previous))
        except CountertrialError:
            raise
        except Exception as exc:
            failed.append((turn.id, _reason(exc)))
        else:
            claims += one.claims
            for p in one.new_persons:
                people.setdefault(p.id, p)
        previous = turn
    return BatchResult(claims, list(people.values()), len(batch.turns), tuple(failed))


def _in_worker(batch: Batch) -> BatchResult | tuple[str, str | None]:
    """A worker's task. An error comes back as its message and hint: exceptions with their own
    constructor arguments do not always survive the trip between processes."""
    try:
        return _run_one(_EXTRACTOR, batch)
    except CountertrialError as exc:
        return exc.message, exc.hint


def run_batches(extractor: Any, batches: Iterable[Batch], workers: int) -> Iterator[BatchResult]:
    """Results of ``batches`` in their order: in this process when ``workers`` is 1, else from a
    pool of ``workers`` processes with at most two batches per worker in flight (the turns are
    read lazily, so memory does not grow with the case)."""
    if workers <= 1:
        for batch in batches:
            yield _run_one(extractor, batch)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_start, initargs=(extractor,))
    pending: deque[tuple[Batch, Future[BatchResult | tuple[str, str | None]]]] = deque()
    it = iter(batches)
    try:
        while True:
            while len(pending) < 2 * workers:
                todo = next(it, None)
                if todo is None:
                    break
                pending.append((todo, pool.submit(_in_worker, todo)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                raise ExtractFailed(f"a worker process died while extracting {_where(batch)}",
                                    hint="out of memory? run again with fewer --workers") from None
            if isinstance(result, tuple):
                raise ExtractFailed(result[0], hint=result[1])
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
