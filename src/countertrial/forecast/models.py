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
from collections import Counter
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

from ..registry import forecasters
from .features import FEATURES, SERVING, Candidate

__all__ = ["Example", "Forecaster", "LogRegForecaster", "BaseRateForecaster", "TrotskyRuleForecaster",
           "CompositeForecaster", "Learned", "ResidualForecaster", "AnchoredForecaster", "PerLevelForecaster", "TwoStageForecaster", "BlendForecaster", "CalibratedForecaster", "PERSON_FEATURES",
           "make_forecaster", "fit_logistic"]


def fit_logistic(X: list[list[float]], y: list[int], C: float, *, tol: float = 1e-10,
                 max_iter: int = 200, offset: list[float] | None = None) -> tuple[list[float], float]:
    """(weights, intercept) minimising ``C * sum(log loss) + |w|^2 / 2`` (the intercept is not
    penalised) — scikit-learn's L2 ``LogisticRegression`` objective; ``offset`` adds a fixed
    log-odds per row (a GLM offset: the weights learn the departure from it) — by Newton's method with a
    backtracking line search. The problems here are small (hundreds of rows, about twenty
    features), so the exact Newton step is cheap; it reaches the same optimum as lbfgs (the same
    backtest scores to 4 decimals) in a handful of iterations, deterministically. Raises :class:`AbortRun` if it does not converge."""
    import numpy as np

    A = np.hstack([np.asarray(X, dtype=float).reshape(len(y), -1), np.ones((len(y), 1))])
    t = np.asarray(y, dtype=float)
    off = np.zeros(len(y)) if offset is None else np.asarray(offset, dtype=float)
    reg = np.full(A.shape[1], 1.0 / C)
    reg[-1] = 0.0

    def objective(b: Any) -> float:
        z = A @ b + off
        return float(np.sum(np.logaddexp(0.0, z) - t * z) + 0.5 * np.sum(reg * b * b))

    beta = np.zeros(A.shape[1])
    current = objective(beta)
    for _ in range(max_iter):
        p = 1.0 / (1.0 + np.exp(-(A @ beta + off)))
        grad = A.T @ (p - t) + reg * beta
        hess = (A.T * (p * (1.0 - p))) @ A + np.diag(reg) + 1e-12 * np.eye(A.shape[1])
        step = np.linalg.solve(hess, grad)
        size = 1.0
        while size > 1e-8:
            trial = beta - size * step
            value = objective(trial)
            if value <= current + 1e-14 * abs(current):
                break
            size /= 2
        else:  # no step improves the objective: at the optimum to machine precision
            return [float(w) for w in beta[:-1]], float(beta[-1])
        beta, current = trial, value
        if float(np.max(np.abs(size * step))) < tol or float(np.max(np.abs(grad))) < tol:
            return [float(w) for w in beta[:-1]], float(beta[-1])
    from ..errors import AbortRun

    raise AbortRun("the logistic regression did not converge", hint="report this case as a bug")


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

    def explain(self, c: Candidate) -> list[tuple[LogRegForecaster, Candidate]]:
        """The logistic regressions (and the candidate each sees) whose weights explain ``c``;
        empty for the baselines, which have no weights."""
        return []


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

    def __init__(self, C: float = 1.0, features: list[str] | None = None) -> None:
        self.C = C
        self.features: list[str] = list(features) if features is not None else list(FEATURES)
        self.coef: dict[str, float] = {}
        self.intercept = 0.0
        self.n_examples = 0
        self.n_positive = 0
        self.examples: list[Example] = []
        self.cutoff: str | None = None

    def _row(self, c: Candidate) -> list[float]:
        return [float(c.features.get(f, 0.0)) for f in self.features]

    has_offset = False
    """Whether :meth:`offset` adds a fixed log-odds per candidate (a GLM offset)."""

    def offset(self, c: Candidate) -> float:
        """The fixed log-odds the weights start from (none here; see :class:`ResidualForecaster`)."""
        return 0.0

    def _fit_offset(self, examples: list[Example]) -> None:
        """Fit what :meth:`offset` reads, before the regression (nothing here)."""

    def fit(self, examples: list[Example]) -> LogRegForecaster:
        self._fit_offset(examples)
        self.examples = list(examples)
        self.n_examples = len(examples)
        self.n_positive = sum(e.label for e in examples)
        labels = [e.label for e in examples]
        if not examples or len(set(labels)) < 2:
            # nothing to learn: the smoothed rate, or with an offset the offset alone
            rate = (self.n_positive + 0.5) / (self.n_examples + 1)
            self.coef = {f: 0.0 for f in self.features}
            self.intercept = 0.0 if self.has_offset else math.log(rate / (1 - rate))
            return self
        X = [self._row(e.candidate) for e in examples]
        offsets = [self.offset(e.candidate) for e in examples] if self.has_offset else None
        weights, self.intercept = fit_logistic(X, labels, self.C, offset=offsets)
        self.coef = dict(zip(self.features, weights))
        return self

    def logit(self, c: Candidate) -> float:
        return self.offset(c) + self.intercept + sum(self.coef.get(f, 0.0) * v for f, v in c.features.items())

    def predict(self, candidates: list[Candidate]) -> list[float]:
        return [1.0 / (1.0 + math.exp(-self.logit(c))) for c in candidates]

    def explain(self, c: Candidate) -> list[tuple[LogRegForecaster, Candidate]]:
        """The logistic regressions (and the candidate each sees) whose weights explain ``c``."""
        return [(self, c)]

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
        rows = [{"feature": f, "weight": round(w, 4), "meaning": FEATURES.get(f, PERSON_FEATURES.get(f, f)),
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


# -- variants of the learned model, chosen among by validation (select.py) ------------------------

PERSON_FEATURES: dict[str, str] = {
    "any_posted_abroad": "the person held a post in a foreign country the candidates name",
    "any_travelled_abroad": "the person travelled to a foreign country the candidates name",
    "any_lived_abroad": "the person lived, was exiled, served or was arrested abroad",
    "any_sent_after_capitulation": "the person was sent abroad after capitulating (Trotsky's rule)",
    "any_power_named_for": "the person was named in an earlier claim involving a foreign power",
    "any_power_associates": "someone linked to the person was accused of serving a foreign power",
    "foreign_rate_last": "share of the last proceeding's defendants accused of serving any power",
    "named_before": "log(1 + times the person was named in earlier claims)",
    "opposition": "opposition history",
}
"""Person-level features of the first stage of :class:`TwoStageForecaster` (P(serving any power))."""

ANY_POWER = "any power"
"""The ``power`` of a first-stage person row: accused of serving any foreign power."""

ACT_FEATURES = [f for f in FEATURES if f not in ("power_level", "posted_in", "travelled_to", "lived_in",
                                                 "sent_after_capitulation", "power_share_all", "power_share_last",
                                                 "foreign_rate_last", "power_associates", "power_named_for")]
POWER_FEATURES = ["named_before", "posted_in", "travelled_to", "lived_in", "sent_after_capitulation",
                  "power_share_all", "power_share_last", "foreign_rate_last", "power_associates", "power_named_for"]
CHOICE_FEATURES = [f for f in POWER_FEATURES if f not in ("foreign_rate_last", "named_before")]


def _person_row(person: str, cands: list[Candidate]) -> Candidate:
    """One person's first-stage row, aggregated from their candidates (max over the powers)."""
    f: dict[str, float] = {}
    ev: dict[str, tuple[str, ...]] = {}
    for c in cands:
        if c.power is not None:
            for src, dst in (("posted_in", "any_posted_abroad"), ("travelled_to", "any_travelled_abroad"),
                             ("lived_in", "any_lived_abroad"), ("sent_after_capitulation", "any_sent_after_capitulation"),
                             ("power_named_for", "any_power_named_for"), ("power_associates", "any_power_associates")):
                if c.features.get(src):
                    f[dst] = 1.0
                    ev[dst] = ev.get(dst, ()) + c.evidence.get(src, ())
            if c.features.get("foreign_rate_last"):
                f["foreign_rate_last"] = c.features["foreign_rate_last"]
        elif any(c.features.get(k) for k in ("opposition_x_political", "opposition_x_violent", "opposition_x_foreign")):
            f["opposition"] = 1.0
            ev["opposition"] = next(c.evidence.get(k, ()) for k in ("opposition_x_political", "opposition_x_violent",
                                                                   "opposition_x_foreign") if c.features.get(k))
        if c.features.get("named_before"):
            f["named_before"] = c.features["named_before"]
            ev["named_before"] = c.evidence.get("named_before", ())
    return Candidate(person, SERVING, ANY_POWER, f, {k: tuple(dict.fromkeys(v)) for k, v in ev.items()})


class CompositeForecaster(Forecaster):
    """Shared plumbing of the variants: the training examples they saw, and their parts'
    coefficients reported with the examples behind them."""

    def __init__(self) -> None:
        self.examples: list[Example] = []
        self.n_examples = 0
        self.n_positive = 0
        self.cutoff: str | None = None

    def _seen(self, examples: list[Example]) -> None:
        self.examples = list(examples)
        self.n_examples = len(examples)
        self.n_positive = sum(e.label for e in examples)

    def parts(self) -> dict[str, LogRegForecaster]:
        raise NotImplementedError

    def params(self) -> dict[str, Any]:
        return {}

    @property
    def intercept(self) -> float:
        return next(iter(self.parts().values())).intercept

    @property
    def coef(self) -> dict[str, float]:
        """All parts' weights, prefixed by the part (``acts:act_rate_all``)."""
        return {f"{part}:{f}": w for part, m in self.parts().items() for f, w in m.coef.items()}

    def coefficients(self, names: dict[str, str] | None = None, *, limit: int = 5) -> list[dict[str, Any]]:
        rows = []
        for part, m in self.parts().items():
            rows += [{**r, "part": part} for r in m.coefficients(names, limit=limit)]
        return sorted(rows, key=lambda r: (-abs(float(r["weight"])), str(r["part"]), str(r["feature"])))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "cutoff": self.cutoff, **self.params(), "examples": self.n_examples,
                "alleged": self.n_positive,
                "parts": {part: {"intercept": round(m.intercept, 6),
                                 "coefficients": {f: round(w, 6) for f, w in m.coef.items()}}
                          for part, m in self.parts().items()}}


@forecasters.register("per_level.v1")
class PerLevelForecaster(CompositeForecaster):
    """Two logistic regressions, one for acts and one for powers, each with its own intercept and
    its own features: the pooled model's single intercept is what mixes the two levels."""

    name = "per_level.v1"

    def __init__(self, C: float = 1.0) -> None:
        super().__init__()
        self.C = C
        self.acts = LogRegForecaster(C, ACT_FEATURES)
        self.powers = LogRegForecaster(C, POWER_FEATURES)

    def parts(self) -> dict[str, LogRegForecaster]:
        return {"acts": self.acts, "powers": self.powers}

    def params(self) -> dict[str, Any]:
        return {"C": self.C}

    def fit(self, examples: list[Example]) -> PerLevelForecaster:
        self._seen(examples)
        self.acts.fit([e for e in examples if e.candidate.power is None])
        self.powers.fit([e for e in examples if e.candidate.power is not None])
        return self

    def predict(self, candidates: list[Candidate]) -> list[float]:
        return [(self.powers if c.power is not None else self.acts).predict([c])[0] for c in candidates]

    def explain(self, c: Candidate) -> list[tuple[LogRegForecaster, Candidate]]:
        return [(self.powers if c.power is not None else self.acts, c)]


@forecasters.register("two_stage.v1")
class TwoStageForecaster(CompositeForecaster):
    """Acts as in :class:`PerLevelForecaster`; powers in two stages,
    P(serving C) = P(accused of serving any power) x P(C | serving some power).

    The first stage is a logistic regression over one row per defendant (person-level features:
    abroad at all, sent abroad after capitulating, named in foreign-power claims, the last trial's
    foreign rate); its intercept is the long-run share accused of foreign service, toward which
    the L2 penalty shrinks the last trial's rate. The second is a logistic regression over the
    power candidates of defendants who *were* accused of serving some power: which power.
    ``predict`` reads each person's other candidates (the powers they are candidates for) to
    build the person's first-stage row, so score all of a person's candidates together."""

    name = "two_stage.v1"

    def __init__(self, C: float = 1.0) -> None:
        super().__init__()
        self.C = C
        self.acts = LogRegForecaster(C, ACT_FEATURES)
        self.any_power = LogRegForecaster(C, list(PERSON_FEATURES))
        self.which_power = LogRegForecaster(C, CHOICE_FEATURES)

    def parts(self) -> dict[str, LogRegForecaster]:
        return {"acts": self.acts, "any power": self.any_power, "which power": self.which_power}

    def params(self) -> dict[str, Any]:
        return {"C": self.C}

    def fit(self, examples: list[Example]) -> TwoStageForecaster:
        self._seen(examples)
        self.acts.fit([e for e in examples if e.candidate.power is None])
        by_person: dict[tuple[str, str], list[Example]] = {}
        for e in examples:
            by_person.setdefault((e.proceeding, e.candidate.person), []).append(e)
        rows: list[Example] = []
        chosen: list[Example] = []
        for (proc, person), exs in sorted(by_person.items()):
            powers = [e for e in exs if e.candidate.power is not None]
            if not powers:
                continue
            served = int(any(e.label for e in powers))
            rows.append(Example(_person_row(person, [e.candidate for e in exs]), served, proc))
            if served:
                chosen += powers
        self.any_power.fit(rows)
        self.which_power.fit(chosen)
        return self

    def _rows(self, candidates: list[Candidate]) -> dict[str, Candidate]:
        groups: dict[str, list[Candidate]] = {}
        for c in candidates:
            groups.setdefault(c.person, []).append(c)
        return {p: _person_row(p, cs) for p, cs in groups.items()}

    def predict(self, candidates: list[Candidate]) -> list[float]:
        rows = self._rows(candidates)
        out = []
        for c in candidates:
            if c.power is None:
                out.append(self.acts.predict([c])[0])
            else:
                out.append(self.any_power.predict([rows[c.person]])[0] * self.which_power.predict([c])[0])
        return out

    def explain(self, c: Candidate) -> list[tuple[LogRegForecaster, Candidate]]:
        if c.power is None:
            return [(self.acts, c)]
        return [(self.which_power, c)]


ANCHORED_ACT_FEATURES = [f for f in ACT_FEATURES if f not in ("act_rate_all", "act_rate_last")]
"""The act part of :class:`AnchoredForecaster`: the base rate is its offset (so ``act_rate_all``,
which restates it, goes), and ``act_rate_last`` goes too (see the class)."""

ANCHORED_POWER_FEATURES = [f for f in POWER_FEATURES if f != "foreign_rate_last"]
"""The power part of :class:`AnchoredForecaster`: ``foreign_rate_last`` is one number per trial."""


@forecasters.register("residual.v1")
class ResidualForecaster(LogRegForecaster):
    """Logistic regression *from the base rate*: logit P = logit(base rate of the accusation) +
    b + w . x, the base rate (the baseline, fitted on the same examples) entering as a fixed
    offset. The weights learn only how a person's record moves them away from how often the
    accusation was made, and the L2 penalty shrinks the model toward the base rate rather than
    toward one pooled intercept: with no relational evidence it says what the base rate says."""

    name = "residual.v1"

    def __init__(self, C: float = 1.0, features: list[str] | None = None) -> None:
        super().__init__(C, features if features is not None else ANCHORED_ACT_FEATURES)
        self.base = BaseRateForecaster()

    has_offset = True

    def offset(self, c: Candidate) -> float:
        return _logit(self.base.prob(c))

    def _fit_offset(self, examples: list[Example]) -> None:
        self.base.fit(examples)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "name": self.name, "offset": self.base.to_dict()}


@forecasters.register("anchored.v1")
class AnchoredForecaster(PerLevelForecaster):
    """The default learned model: one regression per level, each transferring only what carries
    over from one set of trials to another.

    * **Acts** (a vocabulary shared by every case: conspiracy, espionage, wrecking...) start from
      the base rate of the act — a fixed offset, :class:`ResidualForecaster` — and the person's
      record moves them up or down from it. The trial-level "what the last trial alleged" is not
      a feature: it is one number per act and trial, learned from as many points as there are
      training trials, and its sign flips between cases (the Moscow trials changed script every
      time; later trials repeated the last one).
    * **Powers** (names particular to a case: a power never named before must still be
      forecast) are a plain logistic regression over the relational features (posted in,
      travelled to, lived in the country; sent there after capitulating; the country's share of
      earlier accusations), without ``foreign_rate_last`` (one number per trial).

    Designed on cases other than the 1938 trial (the postwar trials trained on the Moscow ones,
    the 1937 trial trained on 1935-36, the invented Ruritania case); see docs/forecasting.md."""

    name = "anchored.v1"

    def __init__(self, C: float = 1.0) -> None:
        super().__init__(C)
        self.acts: ResidualForecaster = ResidualForecaster(C, ANCHORED_ACT_FEATURES)
        self.powers = LogRegForecaster(C, ANCHORED_POWER_FEATURES)
        self.powers_learned = False

    def params(self) -> dict[str, Any]:
        return {"C": self.C, "offset": self.acts.base.to_dict()}

    def fit(self, examples: list[Example]) -> AnchoredForecaster:
        super().fit(examples)
        # no power ever alleged (or none ever a candidate): nothing to learn, the base rate stands
        self.powers_learned = len({e.label for e in examples if e.candidate.power is not None}) == 2
        return self

    def predict(self, candidates: list[Candidate]) -> list[float]:
        if self.powers_learned:
            return super().predict(candidates)
        return [self.acts.predict([c])[0] if c.power is None else self.acts.base.prob(c) for c in candidates]


def _trotsky() -> TrotskyRuleForecaster:
    return TrotskyRuleForecaster()


class _Wrapper(CompositeForecaster):
    """A forecaster around one learned model (``inner``), whose coefficients and explanations are
    the inner model's."""

    inner: Forecaster

    def parts(self) -> dict[str, LogRegForecaster]:
        if isinstance(self.inner, CompositeForecaster):
            return self.inner.parts()
        assert isinstance(self.inner, LogRegForecaster)
        return {"model": self.inner}

    def explain(self, c: Candidate) -> list[tuple[LogRegForecaster, Candidate]]:
        return self.inner.explain(c)


@forecasters.register("blend.v1")
class BlendForecaster(_Wrapper):
    """``weight`` x a learned model + (1 - weight) x Trotsky's rule (the baseline that carries the
    rule and the base rates): an ensemble whose weight is chosen by validation, never on the
    proceeding scored."""

    name = "blend.v1"

    def __init__(self, inner: Forecaster | None = None, weight: float = 0.5) -> None:
        super().__init__()
        self.inner: Forecaster = inner if inner is not None else LogRegForecaster()
        self.weight = weight
        self.rule = _trotsky()

    def params(self) -> dict[str, Any]:
        return {"inner": self.inner.name, "weight": self.weight, **(self.inner.params() if isinstance(
            self.inner, CompositeForecaster) else {"C": getattr(self.inner, "C", None)}), "rule": self.rule.to_dict()}

    def fit(self, examples: list[Example]) -> BlendForecaster:
        self._seen(examples)
        self.inner.fit(examples)
        self.rule.fit(examples)
        return self

    def predict(self, candidates: list[Candidate]) -> list[float]:
        w = self.weight
        return [w * a + (1 - w) * b for a, b in zip(self.inner.predict(candidates), self.rule.predict(candidates))]


@forecasters.register("calibrated.v1")
class CalibratedForecaster(_Wrapper):
    """A learned model whose probabilities are recalibrated per level (acts, powers) by Platt
    scaling: a logistic regression on the model's logit, fitted on out-of-fold predictions — each
    training proceeding predicted by the model fitted on the *other* training proceedings — so
    the calibration never sees a prediction made on its own training data, and never the
    proceeding scored. With fewer than two training proceedings, or one class in a level, that
    level is left as it is."""

    name = "calibrated.v1"

    def __init__(self, make: Callable[[], Forecaster] | None = None) -> None:
        super().__init__()
        self.make: Callable[[], Forecaster] = make if make is not None else LogRegForecaster
        self.inner = self.make()
        self.platt: dict[str, tuple[float, float]] = {}

    def params(self) -> dict[str, Any]:
        return {"inner": self.inner.name, "C": getattr(self.inner, "C", None),
                "platt": {lvl: {"slope": round(a, 6), "intercept": round(b, 6)} for lvl, (a, b) in self.platt.items()}}

    def fit(self, examples: list[Example]) -> CalibratedForecaster:
        self._seen(examples)
        procs = sorted({e.proceeding for e in examples})
        oof: list[tuple[str, float, int]] = []
        if len(procs) >= 2:
            for held in procs:
                train = [e for e in examples if e.proceeding != held]
                test = [e for e in examples if e.proceeding == held]
                if len({e.label for e in train}) < 2:
                    continue
                ps = self.make().fit(train).predict([e.candidate for e in test])
                oof += [(e.candidate.level, p, e.label) for e, p in zip(test, ps)]
        self.platt = {}
        for level in ("act", "power"):
            rows = [(p, y) for lvl, p, y in oof if lvl == level]
            if len({y for _, y in rows}) < 2:
                continue
            (slope,), shift = fit_logistic([[_logit(p)] for p, _ in rows], [y for _, y in rows], 1.0)
            self.platt[level] = (slope, shift)
        self.inner.fit(examples)
        return self

    def predict(self, candidates: list[Candidate]) -> list[float]:
        out = []
        for c, p in zip(candidates, self.inner.predict(candidates)):
            if c.level in self.platt:
                a, b = self.platt[c.level]
                p = 1.0 / (1.0 + math.exp(-(a * _logit(p) + b)))
            out.append(p)
        return out


def _logit(p: float) -> float:
    q = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(q / (1 - q))


Learned = LogRegForecaster | CompositeForecaster
"""A learned model: it has coefficients, each with the training examples behind it."""


def make_forecaster(name: str) -> Forecaster:
    """A fresh forecaster by registered name (``logreg``, ``base_rate.v1``...)."""
    cls = forecasters.get(name)
    assert isinstance(cls, type) and issubclass(cls, Forecaster)
    return cls()
