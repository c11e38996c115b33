"""The forecasters: the learned model and the two baselines shipped beside it.

* ``logreg.v1`` — L2-regularised logistic regression over the relational features; its weights
  are "the coefficients of the frame-up", each reported with the training examples behind it.
* ``base_rate.v1`` — how often each accusation was made against earlier defendants.
* ``trotsky_rule.v1`` — Trotsky's rule as he stated it: a person sent abroad after capitulating
  will be accused of serving the country they were sent to; elsewhere the base rate.

All three fit on :class:`Example` lists and predict probabilities for candidates; all three
persist as plain JSON (:meth:`Forecaster.to_dict`), never as pickles.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..registry import forecasters
from .features import FEATURES, SERVING, Candidate

__all__ = ["Example", "Forecaster", "LogRegForecaster", "BaseRateForecaster", "TrotskyRuleForecaster",
           "make_forecaster"]


@dataclass(frozen=True)
class Example:
    """A training example: a candidate of an earlier proceeding and whether it was alleged."""

    candidate: Candidate
    label: int
    proceeding: str

    def describe(self, names: dict[str, str] | None = None) -> dict[str, Any]:
        c = self.candidate
        return {"person": c.person, "name": (names or {}).get(c.person, c.person), "proceeding": self.proceeding,
                "accusation": c.label_text, "alleged": bool(self.label)}


class Forecaster:
    """A forecaster: ``fit`` on examples, ``predict`` probabilities, ``to_dict`` as JSON."""

    name = "forecaster.v0"

    def fit(self, examples: list[Example]) -> Forecaster:
        raise NotImplementedError

    def predict(self, candidates: list[Candidate]) -> list[float]:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError


@forecasters.register("base_rate.v1")
class BaseRateForecaster(Forecaster):
    """The share of earlier defendants accused of each act, or of serving each power
    (smoothed: (k + 0.5) / (n + 1), so an accusation never made before gets a small probability)."""

    name = "base_rate.v1"

    def __init__(self) -> None:
        self.n = 0
        self.counts: Counter[str] = Counter()

    @staticmethod
    def _key(c: Candidate) -> str:
        return f"{SERVING}:{c.power}" if c.power is not None else c.act

    def fit(self, examples: list[Example]) -> BaseRateForecaster:
        self.n = len({(e.proceeding, e.candidate.person) for e in examples})
        self.counts = Counter(self._key(e.candidate) for e in examples if e.label)
        return self

    def prob(self, c: Candidate) -> float:
        return (self.counts[self._key(c)] + 0.5) / (self.n + 1)

    def predict(self, candidates: list[Candidate]) -> list[float]:
        return [self.prob(c) for c in candidates]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "defendants": self.n, "counts": dict(sorted(self.counts.items()))}


@forecasters.register("trotsky_rule.v1")
class TrotskyRuleForecaster(BaseRateForecaster):
    """Trotsky's rule (April 1937): sent abroad after capitulation => accused of serving that
    country. Where the rule fires, the probability is its smoothed hit rate on earlier
    defendants ((hits + 1) / (fires + 2)); elsewhere it says nothing and the base rate stands."""

    name = "trotsky_rule.v1"

    def __init__(self) -> None:
        super().__init__()
        self.fires = 0
        self.hits = 0

    def fit(self, examples: list[Example]) -> TrotskyRuleForecaster:
        super().fit(examples)
        fired = [e for e in examples if e.candidate.features.get("sent_after_capitulation")]
        self.fires = len(fired)
        self.hits = sum(e.label for e in fired)
        return self

    def predict(self, candidates: list[Candidate]) -> list[float]:
        rule = (self.hits + 1) / (self.fires + 2)
        return [rule if c.features.get("sent_after_capitulation") else self.prob(c) for c in candidates]

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "fires": self.fires, "hits": self.hits}


@forecasters.register("logreg.v1")
class LogRegForecaster(Forecaster):
    """L2-regularised logistic regression over the relational features (``C`` is the inverse
    regularisation strength, fixed, never tuned on the proceeding scored). Probabilities are the
    model's own: logistic regression minimises log loss, so they are calibrated on its training
    data; backtests print a calibration table to show how far that holds on a new proceeding."""

    name = "logreg.v1"

    def __init__(self, C: float = 1.0) -> None:
        self.C = C
        self.features: list[str] = list(FEATURES)
        self.coef: dict[str, float] = {}
        self.intercept = 0.0
        self.n_examples = 0
        self.n_positive = 0
        self.examples: list[Example] = []
        self.cutoff: str | None = None

    def _row(self, c: Candidate) -> list[float]:
        return [float(c.features.get(f, 0.0)) for f in self.features]

    def fit(self, examples: list[Example]) -> LogRegForecaster:
        self.examples = list(examples)
        self.n_examples = len(examples)
        self.n_positive = sum(e.label for e in examples)
        labels = [e.label for e in examples]
        if not examples or len(set(labels)) < 2:
            rate = (self.n_positive + 0.5) / (self.n_examples + 1)
            self.coef = {f: 0.0 for f in self.features}
            self.intercept = math.log(rate / (1 - rate))
            return self
        import numpy as np
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.linear_model import LogisticRegression

        X = np.array([self._row(e.candidate) for e in examples], dtype=float)
        y = np.array(labels)
        for max_iter in (1000, 10000, 100000):
            with warnings.catch_warnings():
                warnings.simplefilter("error", ConvergenceWarning)
                try:
                    clf = LogisticRegression(C=self.C, max_iter=max_iter, tol=1e-8).fit(X, y)
                    break
                except ConvergenceWarning:
                    continue
        else:  # pragma: no cover - the features are bounded, so lbfgs converges well before this
            from ..errors import AbortRun

            raise AbortRun("the logistic regression did not converge", hint="report this case as a bug")
        self.coef = {f: float(w) for f, w in zip(self.features, clf.coef_[0])}
        self.intercept = float(clf.intercept_[0])
        return self

    def logit(self, c: Candidate) -> float:
        return self.intercept + sum(self.coef.get(f, 0.0) * v for f, v in c.features.items())

    def predict(self, candidates: list[Candidate]) -> list[float]:
        return [1.0 / (1.0 + math.exp(-self.logit(c))) for c in candidates]

    def contributions(self, c: Candidate) -> list[tuple[str, float]]:
        """(feature, weight x value) for the candidate's active features, largest first."""
        out = [(f, self.coef.get(f, 0.0) * v) for f, v in c.features.items() if self.coef.get(f, 0.0)]
        return sorted(out, key=lambda t: (-t[1], t[0]))

    def support(self, feature: str, *, limit: int = 5,
                names: dict[str, str] | None = None) -> dict[str, Any]:
        """How many training examples had ``feature`` and how many of those were alleged, with
        the alleged ones first (the examples behind a coefficient)."""
        active = [e for e in self.examples if e.candidate.features.get(feature)]
        pos = [e for e in active if e.label]
        neg = [e for e in active if not e.label]
        shown = [{**e.describe(names), "evidence": list(e.candidate.evidence.get(feature, ()))}
                 for e in (pos + neg)[:limit]]
        return {"active": len(active), "alleged": len(pos), "not_alleged": len(neg), "examples": shown}

    def coefficients(self, names: dict[str, str] | None = None, *, limit: int = 5) -> list[dict[str, Any]]:
        """The coefficients, largest in size first, each with its meaning and examples."""
        rows = [{"feature": f, "weight": round(w, 4), "meaning": FEATURES.get(f, f),
                 **self.support(f, limit=limit, names=names)} for f, w in self.coef.items()]
        return sorted(rows, key=lambda r: (-abs(float(r["weight"])), str(r["feature"])))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "cutoff": self.cutoff, "C": self.C, "intercept": round(self.intercept, 6),
                "coefficients": {f: round(w, 6) for f, w in self.coef.items()},
                "examples": self.n_examples, "alleged": self.n_positive}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LogRegForecaster:
        """A model saved with :meth:`to_dict` (predicts; has no training examples to cite)."""
        m = cls(C=float(data.get("C", 1.0)))
        m.coef = {str(k): float(v) for k, v in (data.get("coefficients") or {}).items()}
        m.features = list(m.coef)
        m.intercept = float(data.get("intercept", 0.0))
        m.cutoff = data.get("cutoff")
        m.n_examples = int(data.get("examples", 0))
        m.n_positive = int(data.get("alleged", 0))
        return m


def make_forecaster(name: str) -> Forecaster:
    """A fresh forecaster by registered name (``logreg``, ``base_rate.v1``...)."""
    cls = forecasters.get(name)
    assert isinstance(cls, type) and issubclass(cls, Forecaster)
    return cls()
