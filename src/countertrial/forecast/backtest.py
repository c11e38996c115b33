"""Backtests: train strictly before a cut-off, forecast the next proceeding(s), score against what
they alleged — the model beside the two baselines.

Scored items are, for each defendant of a scored proceeding, every candidate the case history
suggests plus every accusation actually made (so an accusation no one could have foreseen still
counts as a miss for every forecaster). All forecasters score the same items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import NotFound, UsageError
from ..model import Forecast
from ..store import Store
from .data import CaseData, as_date
from .features import Candidate, FeatureBuilder
from .learn import SELECTED, NotEnoughHistory, defendants_of, fit, label_keys, make_forecasts
from .metrics import calibration_table, scores

__all__ = ["BacktestResult", "backtest", "rolling_backtest", "BASELINES"]

BASELINES = {"base_rate": "base_rate.v1", "trotsky_rule": "trotsky_rule.v1"}


@dataclass
class BacktestResult:
    """The scores of one backtest. ``to_dict()`` is the JSON the CLI prints."""

    cutoff: str
    scored_proceedings: list[str]
    model: dict[str, float | None]
    baselines: dict[str, dict[str, float | None]]
    forecasts: list[Forecast]
    model_name: str = "logreg.v1"
    selection: dict[str, Any] = field(default_factory=dict)
    by_level: dict[str, dict[str, dict[str, float | None]]] = field(default_factory=dict)
    calibration: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    coefficients: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"cutoff": self.cutoff, "scored_proceedings": self.scored_proceedings, "model_name": self.model_name,
                "model": self.model, "baselines": self.baselines, "by_level": self.by_level,
                "calibration": self.calibration, "counts": self.counts, "coefficients": self.coefficients,
                "selection": self.selection,
                "forecasts": [f.to_dict() for f in self.forecasts]}

    def beats(self, baseline: str) -> dict[str, bool]:
        """Whether the model did better than ``baseline`` on each score (lower is better for
        Brier and log loss)."""
        out = {}
        for key, mine in self.model.items():
            theirs = self.baselines[baseline].get(key)
            if mine is None or theirs is None:
                continue
            out[key] = mine < theirs if key in ("brier", "log_loss") else mine > theirs
        return out


def _score(items: list[tuple[Candidate, int]], probs: list[float]) -> dict[str, float | None]:
    y = [o for _, o in items]
    groups: dict[str, list[tuple[float, str, int]]] = {}
    for (c, o), p in zip(items, probs):
        groups.setdefault(c.person, []).append((p, f"{c.act}:{c.power or ''}", o))
    return scores(y, probs, groups)


def backtest(store: Store, cutoff: str | date | None = None, *, proceedings: list[str] | None = None,
             model: str = SELECTED, all_later: bool = False) -> BacktestResult:
    """Train on everything before ``cutoff`` and score the forecasts for ``proceedings``
    (default: the first proceeding with accusations that starts on or after the cut-off; with
    ``all_later``, every such proceeding, all forecast by the one model trained before the
    cut-off; with no cut-off, the last such proceeding, cut at its start)."""
    if all_later and proceedings:
        raise UsageError("give either the proceedings to score or all_later, not both",
                         hint="drop --proceeding, or drop --all-later")
    data = CaseData(store)
    everything = data.snapshot(date.max)
    trials = everything.trials
    if cutoff is None:
        if not trials:
            raise NotEnoughHistory("the case has no proceeding with accusations to backtest on",
                                   hint="import a record with accusations first")
        assert trials[-1].time.start is not None
        day = trials[-1].time.start
    else:
        day = as_date(cutoff)
    if proceedings:
        for pid in proceedings:
            proc = data.proceedings.get(pid)
            if proc is None:
                raise NotFound("proceeding", pid, sorted(data.proceedings))
            if proc.time.start is None or proc.time.start < day:
                raise UsageError(f"proceeding '{pid}' starts before the cut-off {day.isoformat()}",
                                 hint="a backtest scores only proceedings the model could not have seen")
        scored = list(proceedings)
    else:
        later = [p for p in trials if p.time.start is not None and p.time.start >= day]
        if not later:
            raise UsageError(f"no proceeding with accusations starts on or after {day.isoformat()}",
                             hint="choose an earlier cut-off")
        scored = [p.id for p in later] if all_later else [later[0].id]
    fitted = {"model": fit(data, day, model), **{k: fit(data, day, v) for k, v in BASELINES.items()}}
    snap = data.snapshot(day)
    items: list[tuple[Candidate, int]] = []
    outcomes: dict[str, dict[tuple[str, str, str | None], bool]] = {}
    per_proc: dict[str, list[Candidate]] = {}
    for pid in scored:
        builder = FeatureBuilder(snap, data.proceedings[pid])
        claims = data.accusations_in(pid)
        people = defendants_of(data, pid)
        labels_of = {p: label_keys([c for c in claims if c.subject == p]) for p in people}
        alleged = set().union(*labels_of.values()) if labels_of else set()  # scored for every defendant alike
        for person in people:
            labels = labels_of[person]
            for cand in builder.candidates(person, extra=alleged):
                hit = (cand.act, cand.power) in labels
                items.append((cand, int(hit)))
                outcomes.setdefault(pid, {})[cand.key] = hit
                per_proc.setdefault(pid, []).append(cand)
    cands = [c for c, _ in items]
    probs = {k: m.predict(cands) for k, m in fitted.items()}
    results = {k: _score(items, ps) for k, ps in probs.items()}
    by_level: dict[str, dict[str, dict[str, float | None]]] = {}
    for level in ("act", "power"):
        idx = [i for i, (c, _) in enumerate(items) if c.level == level]
        by_level[level] = {k: _score([items[i] for i in idx], [ps[i] for i in idx]) for k, ps in probs.items()}
    y = [o for _, o in items]
    forecasts: list[Forecast] = []
    for pid, pcands in per_proc.items():
        forecasts += make_forecasts(fitted["model"], snap, pcands, proceeding=pid, proceedings=data.proceedings,
                                    outcomes=outcomes.get(pid, {}))
    main = fitted["model"]
    coef = getattr(main, "coef", {})
    selection = getattr(main, "selection", None)
    return BacktestResult(
        cutoff=day.isoformat(), scored_proceedings=scored, model=results["model"],
        baselines={k: results[k] for k in BASELINES}, forecasts=forecasts,
        model_name=f"{main.name} ({selection.variant.label})" if selection is not None else main.name,
        selection=selection.to_dict() if selection is not None else {},
        by_level=by_level, calibration={k: calibration_table(y, ps) for k, ps in probs.items()},
        coefficients={f: round(w, 4) for f, w in coef.items()},
        counts={"items": len(items), "alleged": sum(y), "defendants": len({c.person for c in cands})})


def rolling_backtest(store: Store, *, min_history: int = 1, model: str = SELECTED) -> list[BacktestResult]:
    """One backtest per proceeding with accusations after the first ``min_history`` of them, each
    cut at that proceeding's start."""
    data = CaseData(store)
    trials = data.snapshot(date.max).trials
    out = []
    for proc in trials[min_history:]:
        assert proc.time.start is not None
        out.append(backtest(store, proc.time.start, proceedings=[proc.id], model=model))
    return out
