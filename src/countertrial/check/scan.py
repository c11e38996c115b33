"""One shared pass over the claims for every checker that reads them, split across processes.

Reading a million claims costs more than checking them, so the claim checkers do not each scan
the store: :func:`run_checkers` reads the claims once, in storage order
(:meth:`Store.scan_values`), in disjoint parts, and hands every row to each
:class:`ClaimChecker`'s :meth:`~ClaimChecker.feed`. With ``CheckConfig.workers`` above one (and a
store another process can open) the parts run in forked worker processes, which inherit the
indexes each checker built in :meth:`~ClaimChecker.prepare`; checkers that do not read claims
(``scripted``) run as one task beside them. A checker's per-part results are merged in the
parent (:meth:`~ClaimChecker.finish`), after an optional second, partitioned phase
(:meth:`~ClaimChecker.plan` / :meth:`~ClaimChecker.work`: the witness sweep per key partition).
Parts and partitions are disjoint, so the findings do not depend on how the work was split.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..model import Claim, Finding
from ..store import SQLiteStore, Store, open_store
from .common import CLAIM_FIELDS, Checker, ClaimRow, Tick, claim_row, no_tick

__all__ = ["ClaimChecker", "run_checkers", "worker_count"]


class ClaimChecker(Checker):
    """A checker fed claim rows by the shared pass instead of scanning the store itself.

    Life cycle, per run: :meth:`prepare` (in the parent, before any fork), :meth:`bind` (in each
    worker, with its own store connection), :meth:`feed` per claim and :meth:`collect` per part
    (in workers), then :meth:`plan` and :meth:`work` (an optional partitioned second phase, in
    workers) and :meth:`finish` (in the parent).
    """

    def prepare(self, store: Store, workdir: str) -> None:
        """Build what :meth:`feed` needs (indexes of the record); ``workdir`` is for spill files."""

    def bind(self, store: Store) -> None:
        """Use ``store`` (this process's own connection) from now on."""

    def feed(self, row: ClaimRow) -> None:
        raise NotImplementedError

    def collect(self, part: int) -> Any:
        """This part's result (picklable); the state :meth:`feed` built is reset."""
        raise NotImplementedError

    def plan(self, results: list[Any]) -> list[Any]:
        """Tasks of a second phase, given every part's result (none by default)."""
        return []

    def work(self, task: Any) -> list[Finding]:
        raise NotImplementedError

    def finish(self, store: Store, results: list[Any], worked: list[Finding]) -> Iterator[Finding]:
        raise NotImplementedError

    def run(self, store: Store, tick: Tick = no_tick) -> Iterator[Finding]:
        yield from run_checkers(store, [self], workers=self.config.workers, tick=lambda _n, k: tick(k),
                                min_parallel_claims=self.config.parallel_min_claims)[self.name]


def worker_count(requested: int) -> int:
    """``requested`` processes, or one per available core (at most 4) when it is 0."""
    if requested > 0:
        return requested
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _reopen(store: Store) -> Callable[[], Store] | None:
    """How a worker process opens its own connection to ``store`` (``None``: it cannot)."""
    if isinstance(store, SQLiteStore):
        if store.path == ":memory:":
            return None
        path = store.path
        return lambda: open_store(path, migrate=False)
    url = getattr(store, "url", "")
    if url.startswith(("postgresql", "postgres:")):
        return lambda: open_store(url, migrate=False)
    return None


# The state forked workers inherit: the checkers (with their prepared indexes) and, once bound,
# the worker's own store. Set only for the duration of one run_checkers call.
_STATE: dict[str, Any] = {}


def _bind_worker() -> None:
    store = _STATE["reopen"]()
    _STATE["store"] = store
    for c in _STATE["claim"]:
        c.bind(store)


def _task(task: tuple[Any, ...]) -> tuple[tuple[Any, ...], Any]:
    kind = task[0]
    if kind == "claims":
        _, part, parts = task
        passes: list[ClaimChecker] = _STATE["claim"]
        feeds = [c.feed for c in passes]
        make = claim_row
        n = 0
        for values in _STATE["store"].scan_values(Claim, CLAIM_FIELDS, part=part, parts=parts):
            row = make(values)
            n += 1
            for feed in feeds:
                feed(row)
        return task, (n, [c.collect(part) for c in passes])
    if kind == "whole":
        checker: Checker = _STATE["other"][task[1]]
        return task, list(checker.run(_STATE["store"]))
    _, index, payload = task
    return task, _STATE["claim"][index].work(payload)


def run_checkers(store: Store, checkers: Sequence[Checker], *, workers: int = 0,
                 tick: Callable[[str, int], None] | None = None,
                 min_parallel_claims: int = 50_000) -> dict[str, list[Finding]]:
    """Run ``checkers`` over ``store``: one shared claim pass for the :class:`ClaimChecker` ones,
    on ``workers`` processes (0: one per core) when the store can be reopened and holds at least
    ``min_parallel_claims`` claims. Returns each checker's findings."""
    if _STATE:
        raise RuntimeError("run_checkers is not re-entrant")
    claim = [c for c in checkers if isinstance(c, ClaimChecker)]
    other = [c for c in checkers if not isinstance(c, ClaimChecker)]
    reopen = _reopen(store)
    n_workers = worker_count(workers)
    if reopen is None or (n_workers > 1 and store.count(Claim) < min_parallel_claims):
        n_workers = 1
    note: Callable[[str, int], None] = tick or (lambda _name, _n: None)
    label = ", ".join(c.name for c in claim)
    workdir = tempfile.mkdtemp(prefix="countertrial-check-")
    out: dict[str, list[Finding]] = {c.name: [] for c in checkers}
    try:
        for c in claim:
            c.prepare(store, workdir)
        parts = 2 * n_workers if n_workers > 1 else 1
        tasks: list[tuple[Any, ...]] = [("whole", i) for i in range(len(other))]
        if claim:
            tasks += [("claims", p, parts) for p in range(parts)]
        _STATE.update(claim=claim, other=other, reopen=reopen, store=store)
        if n_workers == 1:
            done: Iterable[tuple[tuple[Any, ...], Any]] = map(_task, tasks)
            results = _collect(done, claim, other, out, note, label)
            worked = _second_phase(claim, results, map)
        else:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(n_workers, initializer=_bind_worker) as pool:
                results = _collect(pool.imap_unordered(_task, tasks), claim, other, out, note, label)
                worked = _second_phase(claim, results, lambda f, xs: pool.imap_unordered(f, xs))
        for i, c in enumerate(claim):
            out[c.name].extend(c.finish(store, [r[i] for r in results], worked[i]))
    finally:
        _STATE.clear()
        shutil.rmtree(workdir, ignore_errors=True)
    return out


def _collect(done: Iterable[tuple[tuple[Any, ...], Any]], claim: list[ClaimChecker], other: list[Checker],
             out: dict[str, list[Finding]], note: Callable[[str, int], None], label: str) -> list[list[Any]]:
    by_part: dict[int, list[Any]] = {}
    for task, result in done:
        if task[0] == "whole":
            out[other[task[1]].name].extend(result)
            note(other[task[1]].name, 1)
        else:
            n, per_checker = result
            by_part[task[1]] = per_checker
            note(label, n)
    return [by_part[p] for p in sorted(by_part)]  # part order: results do not depend on timing


def _second_phase(claim: list[ClaimChecker], results: list[list[Any]],
                  mapper: Callable[[Callable[[tuple[Any, ...]], tuple[tuple[Any, ...], Any]], list[tuple[Any, ...]]],
                                   Iterable[tuple[tuple[Any, ...], Any]]]) -> list[list[Finding]]:
    tasks = [("work", i, payload) for i, c in enumerate(claim) for payload in c.plan([r[i] for r in results])]
    worked: list[list[Finding]] = [[] for _ in claim]
    for task, found in sorted(mapper(_task, tasks), key=lambda tr: tasks.index(tr[0])):
        worked[task[1]].extend(found)
    return worked
