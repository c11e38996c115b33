"""What a case holds: row counts per concept and the last run of each stage."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .model import Claim, Document, Finding, Verdict
from .store import Store

__all__ = ["case_status"]


def case_status(store: Store) -> dict[str, Any]:
    """A JSON-able summary: counts, documents per format, claims per extractor, findings per
    checker (open / stale / reviewed), and the stages that ran."""
    documents = Counter(d.format for d in store.iter(Document))
    extractors = Counter(c.extractor for c in store.iter(Claim))
    findings: dict[str, dict[str, int]] = {}
    reviewed = {v.finding for v in store.iter(Verdict)}
    for f in store.iter(Finding):
        row = findings.setdefault(f.checker, {"open": 0, "stale": 0, "reviewed": 0})
        row["stale" if f.stale else "open"] += 1
        if f.id in reviewed:
            row["reviewed"] += 1
    return {
        "store": store.url,
        "migrations": store.applied_migrations(),
        "counts": store.counts(),
        "documents_by_format": dict(sorted(documents.items())),
        "claims_by_extractor": dict(sorted(extractors.items())),
        "findings_by_checker": dict(sorted(findings.items())),
        "runs": store.runs(),
    }
