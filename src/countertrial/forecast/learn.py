"""Learning from earlier proceedings and forecasting the next: the library calls.

Training examples come from proceedings that ended before the cut-off; each example's features
are computed as of *its own* proceeding's start (so the model learns how earlier trials followed
from what was known before them), its label from what that proceeding alleged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..errors import AbortRun, NotFound, UsageError
from ..model import Claim, Forecast, Proceeding, stable_id
from ..store import Store
from .data import CaseData, Snapshot, as_date
from .features import SERVING, Candidate, FeatureBuilder, describe_feature
from .models import CompositeForecaster, Example, Forecaster, Learned, LogRegForecaster, ResidualForecaster, make_forecaster
from .vocab import canonical_powers

SELECTED = "selected"
"""The model name that means: the variant :func:`~countertrial.forecast.select.select_model` picks
for the cut-off by validation on earlier proceedings (the default everywhere)."""

__all__ = ["SELECTED", "learn", "fit", "training_examples", "label_keys", "forecast_persons", "forecast_proceeding",
           "make_forecasts", "NotEnoughHistory", "Model"]

Model = LogRegForecaster


class NotEnoughHistory(AbortRun):
    """No earlier proceeding with accusations ended before the cut-off: nothing to learn from."""

    code = "CT250"


def label_keys(claims: list[Claim]) -> set[tuple[str, str | None]]:
    """What a defendant was accused of, as candidate keys: each act, and each power served."""
    keys: set[tuple[str, str | None]] = {(c.act, None) for c in claims}
    keys |= {(SERVING, p) for c in claims for p in canonical_powers(c.foreign_power)}
    return keys


def _ended_before(p: Proceeding, day: date) -> bool:
    end = p.time.end or p.time.start
    return end is not None and end < day


def training_examples(data: CaseData, before: date) -> list[Example]:
    """(person, candidate) examples from every proceeding with accusations that ended before ``before``."""
    known = data.snapshot(before)
    examples: list[Example] = []
    for proc in known.trials:
        if not _ended_before(proc, before) or proc.time.start is None:
            continue
        builder = FeatureBuilder(data.snapshot(proc.time.start), proc)
        people = sorted(known.defendants.get(proc.id, set()))
        labels_of = {p: label_keys(known.accusations_by.get((proc.id, p), [])) for p in people}
        # every accusation made in the proceeding is a candidate for every defendant in it: adding
        # it only for those it was made against would leak the label through the candidate set
        alleged = set().union(*labels_of.values()) if labels_of else set()
        for person in people:
            labels = labels_of[person]
            for cand in builder.candidates(person, extra=alleged):
                examples.append(Example(cand, int((cand.act, cand.power) in labels), proc.id))
    return examples


def fit(data: CaseData, before: date, name: str = SELECTED) -> Forecaster:
    """A forecaster fitted on everything that ended before ``before``: a registered name
    (``logreg.v1``, ``base_rate.v1``, ...) or :data:`SELECTED`, the variant chosen by
    validation on those same earlier proceedings (its choice is kept as ``.selection``)."""
    examples = training_examples(data, before)
    if not examples:
        raise NotEnoughHistory(f"no proceeding with accusations ended before {before.isoformat()}",
                               hint="choose a later cut-off, or import a record with earlier proceedings")
    if name == SELECTED:
        from .select import select_from_examples

        selection = select_from_examples(examples, before.isoformat())
        model = selection.build().fit(examples)
        setattr(model, "selection", selection)
    else:
        model = make_forecaster(name).fit(examples)
    if hasattr(model, "cutoff"):
        setattr(model, "cutoff", before.isoformat())
    return model


def learn(store: Store, before: str | date, *, C: float | None = None) -> Learned:
    """Learn the coefficients from every proceeding that ended before ``before``: the variant
    chosen by validation (:func:`~countertrial.forecast.select.select_model`), or with ``C`` the
    plain logistic regression at that penalty."""
    day = as_date(before)
    data = CaseData(store)
    if C is not None:
        examples = training_examples(data, day)
        if not examples:
            raise NotEnoughHistory(f"no proceeding with accusations ended before {day.isoformat()}",
                                   hint="choose a later cut-off, or import a record with earlier proceedings")
        plain = LogRegForecaster(C=C).fit(examples)
        plain.cutoff = day.isoformat()
        return plain
    model = fit(data, day, SELECTED)
    assert isinstance(model, (LogRegForecaster, CompositeForecaster))
    return model


def _explained(model: Forecaster, cand: Candidate, names: dict[str, str],
               limit: int = 3) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Reasons and precedents from every logistic regression that explains ``cand``."""
    reasons: list[dict[str, Any]] = []
    precedents: list[dict[str, Any]] = []
    for part, seen_as in model.explain(cand):
        if isinstance(part, ResidualForecaster):  # the base rate it starts from is the first reason
            base = part.base
            k = base.counts[base._key(seen_as)]
            reasons.append({"feature": "base_rate", "meaning": "the share of earlier defendants accused of it "
                            "(the model's starting point)", "weight": 1.0, "value": round(base.prob(seen_as), 4),
                            "contribution": round(part.offset(seen_as), 4),
                            "evidence": [f"alleged against {k} of {base.n} earlier defendants"]})
        r, p = _precedents(part, seen_as, names, limit)
        reasons += r
        precedents += p[: max(0, limit - len(precedents))]
    return reasons, precedents


def _precedents(model: LogRegForecaster, cand: Candidate, names: dict[str, str],
                limit: int = 3) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(reasons, precedents): the candidate's active features that raise its probability, with
    their evidence; and earlier alleged examples that had the same features."""
    reasons: list[dict[str, Any]] = []
    precedents: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for feature, contribution in model.contributions(cand):
        if contribution <= 0:
            continue
        reasons.append({"feature": feature, "meaning": describe_feature(feature),
                        "weight": round(model.coef[feature], 4), "value": round(cand.features[feature], 4),
                        "contribution": round(contribution, 4), "evidence": list(cand.evidence.get(feature, ()))})
        if feature in ("act_rate_all", "act_rate_last", "power_share_all", "power_share_last",
                       "foreign_rate_last", "power_level"):
            continue
        same = [e for e in model.examples if e.label and e.candidate.features.get(feature)
                and e.candidate.level == cand.level and (cand.level == "power" or e.candidate.act == cand.act)
                and (cand.power is None) == (e.candidate.power is None)]
        same.sort(key=lambda e: (e.proceeding, e.candidate.person, e.candidate.act, e.candidate.power or ""))
        for e in same:
            if len(precedents) >= limit or (e.candidate.person, feature) in seen:
                continue
            seen.add((e.candidate.person, feature))
            precedents.append({**e.describe(names), "feature": feature,
                               "because": list(e.candidate.evidence.get(feature, ()))})
    return reasons, precedents


def _summary(name: str, cand: Candidate, p: float, reasons: list[dict[str, Any]],
             precedents: list[dict[str, Any]], proceedings: dict[str, Proceeding]) -> str:
    text = f"{name}: {cand.label_text} {p:.2f}"
    why = [e for r in reasons[:2] for e in r["evidence"][:2]][:3]
    if why:
        text += " — " + "; ".join(why)
    if precedents:
        pr = precedents[0]
        proc = proceedings.get(pr["proceeding"])
        year = proc.time.start.year if proc and proc.time.start else pr["proceeding"]
        because = f", {pr['because'][0]}" if pr["because"] else ""
        text += f"; precedent: {pr['name']}{because}, accused in {year} of {pr['accusation']}"
    return text


def make_forecasts(model: Forecaster, snap: Snapshot, candidates: list[Candidate], *,
                   proceeding: str | None, proceedings: dict[str, Proceeding],
                   outcomes: dict[tuple[str, str, str | None], bool] | None = None) -> list[Forecast]:
    """Forecast records for ``candidates``, ranked per person by probability."""
    probs = model.predict(candidates)
    names = {pid: p.name for pid, p in snap.persons.items()}
    cutoff = snap.as_of.isoformat()
    ranked = sorted(zip(candidates, probs), key=lambda t: (t[0].person, -t[1], t[0].act, t[0].power or ""))
    out: list[Forecast] = []
    rank = 0
    last_person = None
    selection = getattr(model, "selection", None)
    variant = selection.variant.label if selection is not None else model.name
    for cand, p in ranked:
        rank = rank + 1 if cand.person == last_person else 1
        last_person = cand.person
        reasons, precedents = _explained(model, cand, names)
        outcome = None
        if outcomes is not None:
            outcome = "alleged" if outcomes.get(cand.key) else "not alleged"
        out.append(Forecast(
            id=stable_id("forecast", model.name, cutoff, proceeding, cand.person, cand.act, cand.power),
            person=cand.person, act=cand.act, probability=round(p, 6), proceeding=proceeding,
            foreign_power=cand.power, sector=cand.sector, precedents=tuple(precedents), model=model.name,
            cutoff=cutoff, made_on=cutoff, outcome=outcome,
            extra={"level": cand.level, "rank": rank, "variant": variant, "reasons": reasons, "features": dict(sorted(cand.features.items())),
                   "summary": _summary(names.get(cand.person, cand.person), cand, p, reasons, precedents, proceedings)}))
    return out


def forecast_persons(store: Store, persons: list[str], as_of: str | date, *, proceeding: str | None = None,
                     model: str = SELECTED, save: bool = False) -> list[Forecast]:
    """Ranked accusations for ``persons`` from what was known before ``as_of``."""
    data = CaseData(store)
    day = as_date(as_of)
    unknown = [p for p in persons if p not in data.persons]
    if unknown:
        raise NotFound("person", unknown[0], sorted(data.persons))
    fitted = fit(data, day, model)
    snap = data.snapshot(day)
    target = data.proceedings.get(proceeding) if proceeding else None
    builder = FeatureBuilder(snap, target)
    cands = [c for person in persons for c in builder.candidates(person)]
    forecasts = make_forecasts(fitted, snap, cands, proceeding=proceeding, proceedings=data.proceedings)
    if save:
        store.put(forecasts)
    return forecasts


def defendants_of(data: CaseData, proceeding: str) -> list[str]:
    """Who stood trial in ``proceeding`` (accused or pleading in it)."""
    people = {c.subject for c in data.accusations_in(proceeding) if c.subject}
    people |= {c.subject for c in data.pleas if c.proceeding == proceeding and c.subject}
    return sorted(people)


def forecast_proceeding(store: Store, proceeding_id: str, *, model: str = SELECTED,
                        save: bool = False) -> list[Forecast]:
    """Forecast the accusations of ``proceeding_id`` against its defendants, from what was known
    before it began."""
    data = CaseData(store)
    proc = data.proceedings.get(proceeding_id)
    if proc is None:
        raise NotFound("proceeding", proceeding_id, sorted(data.proceedings))
    if proc.time.start is None:
        raise UsageError(f"proceeding '{proceeding_id}' has no start date", hint="use --persons with --as-of")
    persons = defendants_of(data, proceeding_id)
    if not persons:
        raise UsageError(f"proceeding '{proceeding_id}' has no known defendants",
                         hint="name them with --persons A,B --as-of DATE")
    return forecast_persons(store, persons, proc.time.start, proceeding=proceeding_id, model=model, save=save)
