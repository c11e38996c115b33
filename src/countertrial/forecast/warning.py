"""The early-warning list: people named in earlier testimony or accusations, or marked by the
record (arrested, in opposition, capitulated), who have not yet stood trial — ranked by the risk
that they stand in the next proceeding, each with the accusations they are most likely to face.

The risk is a second small logistic regression, learned the same honest way: for each earlier
proceeding, the people on the list as of its start, and whether they then stood trial in it.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..dates import InvalidDate, parse_partial_date
from ..model import Forecast
from ..store import Store
from .data import CaseData, Snapshot, as_date, describe_fact
from .features import FeatureBuilder
from .learn import SELECTED, _ended_before, fit, make_forecasts
from .models import Forecaster
from .vocab import canonical_country

__all__ = ["RiskEntry", "early_warning", "early_warning_scores", "RISK_FEATURES", "watch_list"]

RISK_FEATURES: dict[str, str] = {
    "named_before": "log(1 + times named in earlier claims)",
    "named_by_defendant": "named by someone who stood trial",
    "arrested": "arrested, not yet tried",
    "opposition": "opposition history",
    "capitulation": "capitulated",
    "abroad": "posted or travelled abroad",
    "associate_tried": "someone linked to them by a claim has stood trial",
}


@dataclass
class RiskEntry:
    """One person on the early-warning list."""

    person: str
    name: str
    risk: float
    reasons: list[dict[str, Any]]
    likely: list[Forecast] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "name": self.name, "risk": round(self.risk, 4), "reasons": self.reasons,
                "likely": [{"accusation": f.extra.get("summary", f.act), "act": f.act, "foreign_power": f.foreign_power,
                            "probability": f.probability} for f in self.likely]}


def _dead_before(died: str | None, day: date) -> bool:
    if not died:
        return False
    try:
        end = parse_partial_date(died).end
    except InvalidDate:
        return False
    return end is not None and end < day


def watch_list(snap: Snapshot) -> list[str]:
    """Who is on the list as of ``snap``: named or marked by the record, untried, alive."""
    people = set(snap.mentions)
    people |= {f.subject for f in snap.facts if f.subject and f.kind in ("arrest", "opposition", "capitulation")}
    return sorted(p for p in people if p in snap.persons and p not in snap.tried
                  and not _dead_before(snap.persons[p].died, snap.as_of))


def _risk_features(snap: Snapshot, builder: FeatureBuilder, person: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    f: dict[str, float] = {}
    ev: dict[str, list[str]] = {}
    mentions = snap.mentions.get(person, [])
    if mentions:
        f["named_before"] = math.log1p(len(mentions))
        ev["named_before"] = sorted({f"named by {m.by} ({m.claim.proceeding or m.claim.stated_on})" for m in mentions})[:5]
        by_def = sorted({m.by for m in mentions if m.by in snap.tried})
        if by_def:
            f["named_by_defendant"] = 1.0
            ev["named_by_defendant"] = [f"named by {b}" for b in by_def]
    facts = snap.facts_by_person.get(person, [])
    for kind, feat in (("arrest", "arrested"), ("opposition", "opposition"), ("capitulation", "capitulation")):
        hits = [x for x in facts if x.kind == kind]
        if kind == "arrest":  # an arrest by the proceedings' own state; one abroad is a stay abroad
            hits = [x for x in hits if canonical_country(x.country) in (None, builder.home)]
        if hits:
            f[feat] = 1.0
            ev[feat] = [describe_fact(x, snap.as_of) for x in hits]
    abroad = [x for pl, _, x in builder._abroad(person) if pl in ("post", "travel")]
    if abroad:
        f["abroad"] = 1.0
        ev["abroad"] = [describe_fact(x, snap.as_of) for x in abroad]
    tried = sorted(snap.associates.get(person, set()) & snap.tried)
    if tried:
        f["associate_tried"] = 1.0
        ev["associate_tried"] = tried[:5]
    return f, ev


class _RiskModel:
    def __init__(self) -> None:
        self.coef = {k: 0.0 for k in RISK_FEATURES}
        self.intercept = 0.0

    def fit(self, rows: list[tuple[dict[str, float], int]]) -> _RiskModel:
        labels = [y for _, y in rows]
        if len(set(labels)) < 2:
            rate = (sum(labels) + 0.5) / (len(labels) + 1)
            self.intercept = math.log(rate / (1 - rate))
            return self
        import numpy as np
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.linear_model import LogisticRegression

        X = np.array([[r.get(k, 0.0) for k in RISK_FEATURES] for r, _ in rows])
        with warnings.catch_warnings():
            warnings.simplefilter("error", ConvergenceWarning)
            clf = LogisticRegression(C=1.0, max_iter=10000, tol=1e-8).fit(X, np.array(labels))
        self.coef = {k: float(w) for k, w in zip(RISK_FEATURES, clf.coef_[0])}
        self.intercept = float(clf.intercept_[0])
        return self

    def prob(self, f: dict[str, float]) -> float:
        z = self.intercept + sum(self.coef[k] * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-z))


def early_warning(store: Store, as_of: str | date, *, likely: int = 3, model: str = SELECTED) -> list[RiskEntry]:
    """The early-warning list as of ``as_of``, highest risk first."""
    data = CaseData(store)
    day = as_date(as_of)
    known = data.snapshot(day)
    rows: list[tuple[dict[str, float], int]] = []
    for proc in known.trials:
        if not _ended_before(proc, day) or proc.time.start is None:
            continue
        snap = data.snapshot(proc.time.start)
        builder = FeatureBuilder(snap, proc)
        accused = known.defendants.get(proc.id, set())
        for person in watch_list(snap):
            rows.append((_risk_features(snap, builder, person)[0], int(person in accused)))
    risk = _RiskModel().fit(rows)
    builder = FeatureBuilder(known)
    people = watch_list(known)
    forecaster: Forecaster | None = None
    if likely and known.trials and any(_ended_before(p, day) for p in known.trials):
        forecaster = fit(data, day, model)
    out: list[RiskEntry] = []
    for person in people:
        feats, ev = _risk_features(known, builder, person)
        reasons = [{"feature": k, "meaning": RISK_FEATURES[k], "weight": round(risk.coef[k], 4), "evidence": ev.get(k, [])}
                   for k in sorted(feats, key=lambda k: -risk.coef[k] * feats[k])]
        entry = RiskEntry(person, known.persons[person].name, risk.prob(feats), reasons)
        if forecaster is not None:
            fc = make_forecasts(forecaster, known, builder.candidates(person), proceeding=None,
                                proceedings=data.proceedings)
            entry.likely = fc[:likely]
        out.append(entry)
    out.sort(key=lambda e: (-e.risk, e.person))
    return out


def early_warning_scores(store: Store, as_of: str | date, entries: list[RiskEntry] | None = None) -> dict[str, Any]:
    """How the early-warning list as of ``as_of`` fared against who was actually tried later, with
    its denominators spelled out: precision over the people listed, recall over each later
    trial's defendants, and — so the precision is not read out of context — the share of *every*
    untried, living person in the case's records who was later tried (what a list that named
    everyone in the record would score). A record that holds facts mostly about people later
    tried makes that share high, and the list's precision means only as much as it beats it."""
    data = CaseData(store)
    day = as_date(as_of)
    if entries is None:
        entries = early_warning(store, day, likely=0)
    from .learn import defendants_of

    known = data.snapshot(day)
    later = [p for p in data.snapshot(date.max).trials if p.time.start is not None and p.time.start >= day]
    listed = [e.person for e in entries]
    tried_later: set[str] = set()
    trials = []
    for proc in later:
        dock = set(defendants_of(data, proc.id))
        tried_later |= dock
        hits = sorted(dock & set(listed))
        trials.append({"proceeding": proc.id, "defendants": len(dock), "listed": len(hits),
                       "recall": round(len(hits) / len(dock), 4) if dock else None, "listed_defendants": hits})
    pool = [p for p in sorted(known.persons) if p not in known.tried
            and not _dead_before(known.persons[p].died, day)]
    hit = [p for p in listed if p in tried_later]

    def at(k: int) -> float | None:
        top = listed[:k]
        return round(sum(p in tried_later for p in top) / len(top), 4) if top else None

    return {"as_of": day.isoformat(), "listed": len(listed), "later_tried": len(hit),
            "precision": round(len(hit) / len(listed), 4) if listed else None,
            "precision_at_5": at(5), "precision_at_10": at(10),
            "not_tried": [p for p in listed if p not in tried_later],
            "trials": trials,
            "recall_all_later": round(len(set(hit)) / len(tried_later), 4) if tried_later else None,
            "record_pool": len(pool), "record_pool_later_tried": sum(p in tried_later for p in pool),
            "record_pool_rate": round(sum(p in tried_later for p in pool) / len(pool), 4) if pool else None}
