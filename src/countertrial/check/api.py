"""The check stage as library calls: run checkers, list findings, record reviewers' verdicts."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from ..errors import NotFound, UsageError
from ..model import VERDICTS, Finding, Person, Verdict, stable_id
from ..names import fold
from ..registry import checkers
from ..store import FindingsUpdate, Store
from .common import Checker
from .config import CheckConfig
from .scan import run_checkers

__all__ = ["run_checks", "review", "list_findings", "finding_dict", "Progress"]

Progress = Callable[[str, int], None]
"""Called as ``progress(checker_name, items_done_since_last_call)``."""


def run_checks(store: Store, names: Sequence[str] | None = None, *, config: CheckConfig | None = None,
               progress: Progress | None = None) -> dict[str, FindingsUpdate]:
    """Run the named checkers (all registered ones by default) and store their findings.

    The checkers that read claims share one pass over them, split across ``config.workers``
    processes (see :mod:`countertrial.check.scan`). Each checker's findings replace its previous ones: unchanged findings keep their ids and
    verdicts, vanished ones are marked stale (never deleted). Unknown names raise
    :class:`~countertrial.errors.NotFound` listing the available checkers.
    """
    cfg = config or CheckConfig()
    wanted = [checkers.resolve(n) for n in names] if names else checkers.names()
    selected: list[Checker] = []
    for name in dict.fromkeys(wanted):
        factory = checkers.get(name)
        checker = factory(cfg) if callable(factory) else None
        if not isinstance(checker, Checker):
            raise UsageError(f"checker '{name}' is not a Checker class")
        selected.append(checker)

    def tick(name: str, n: int) -> None:
        if progress is not None and n:
            progress(name, n)

    started = time.perf_counter()
    found = run_checkers(store, selected, workers=cfg.workers, tick=tick,
                         min_parallel_claims=cfg.parallel_min_claims)
    seconds = round(time.perf_counter() - started, 3)
    results: dict[str, FindingsUpdate] = {}
    for checker in selected:
        update = store.replace_findings(checker.name, found[checker.name])
        results[checker.name] = update
        store.record_run("check", checker.name, {"added": update.added, "kept": update.kept, "stale": update.stale,
                                                 "seconds": seconds, "shared_run": [c.name for c in selected]})
    return results


def _find(store: Store, finding_id: str) -> Finding:
    found = store.get(Finding, finding_id)
    if found is not None:
        return found
    if len(finding_id) >= 4:
        matches = [f for f in store.iter(Finding) if f.id.startswith(finding_id)]
        if len(matches) == 1:
            return matches[0]
    raise NotFound("finding", finding_id, [f.id for f in store.iter(Finding, order_by="created_at DESC")][:20])


def review(store: Store, finding_id: str, verdict: str, reason: str, by: str) -> Verdict:
    """Store a reviewer's verdict (confirmed / rejected / unsure) beside a finding.

    ``finding_id`` may be a unique prefix of at least four characters. Verdicts are never
    overwritten: the latest one is the finding's current verdict.
    """
    if verdict not in VERDICTS:
        raise UsageError(f"verdict '{verdict}' is not one of {', '.join(VERDICTS)}")
    if not by.strip():
        raise UsageError("a verdict needs a reviewer name", hint="pass --by NAME")
    finding = _find(store, finding_id)
    at = datetime.now(timezone.utc).isoformat()
    record = Verdict(id=stable_id("verdict", finding.id, verdict, by, reason, at), finding=finding.id,
                     verdict=verdict, by=by, reason=reason, at=at)
    store.put([record])
    return record


def finding_dict(store: Store, f: Finding) -> dict[str, Any]:
    """A finding as the JSON object ``findings --json`` prints, with its latest verdict."""
    v = store.latest_verdict(f.id)
    return {"id": f.id, "kind": f.kind, "checker": f.checker, "severity": f.severity, "score": f.score,
            "persons": list(f.persons), "places": list(f.places), "explanation": f.explanation,
            "evidence": list(f.evidence), "stale": f.stale, "created_at": f.created_at, "extra": f.extra,
            "verdict": ({"verdict": v.verdict, "by": v.by, "reason": v.reason, "at": v.at} if v else None)}


def list_findings(store: Store, kind: str | None = None, person: str | None = None, *,
                  include_stale: bool = False, checker: str | None = None) -> list[dict[str, Any]]:
    """Findings as dicts (best score first), filtered by kind, person (id or name) and checker."""
    where: dict[str, Any] = {}
    if kind:
        where["kind"] = kind
    if checker:
        where["checker"] = checkers.resolve(checker)
    if not include_stale:
        where["stale"] = False
    ids: set[str] | None = None
    if person:
        pids = {person, *store.lookup_alias(fold(person), "person"),
                *(p.id for p in store.iter(Person, name=person))}
        ids = set().union(*(store.finding_ids_for_person(p) for p in pids))
    out = [finding_dict(store, f) for f in store.iter(Finding, order_by="score DESC", **where)
           if ids is None or f.id in ids]
    return out
