"""Collect what the report shows from a case store into one JSON-able dict.

The HTML report and its JSON twin are both rendered from this dict, so they always agree.
Nothing here is invented: every value is read from the store (records, findings, forecasts, the
backtest a forecast run recorded), and every quote keeps its citation.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import Any

from ..model import Claim, Document, Fact, Finding, Forecast, Person, Place, Proceeding
from ..store import Store
from ..pipeline import BACKTEST_RUN
from ..store.base import now_iso

__all__ = ["collect", "evidence_row", "anchor", "alleged_match", "citation_of_claim", "citation_of_fact", "BACKTEST_RUN"]

"""The ``(stage, name)`` under which a backtest result is recorded with :meth:`Store.record_run`."""

_SAFE_ANCHOR = re.compile(r"[^a-z0-9_-]+")


def anchor(kind: str, ident: str) -> str:
    """A stable, HTML-safe fragment id such as ``person-krestinsky``."""
    return f"{kind}-" + _SAFE_ANCHOR.sub("-", ident.lower()).strip("-")


def _lines(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return f"line {start}"
    return f"lines {start}-{end}"


def citation_of_claim(claim: Claim, documents: dict[str, Document]) -> dict[str, Any]:
    """Where a claim's words are: document (path), page and lines, or the record row it came from."""
    src = claim.source
    doc = documents.get(src.document or "")
    parts = []
    if doc is not None:
        parts.append(doc.path.rsplit("/", 1)[-1])
    if src.page is not None:
        parts.append(f"p. {src.page}")
    if src.line_start is not None:
        parts.append(_lines(src.line_start, src.line_end))
    if not parts and src.citation:
        parts.append(src.citation)
    sources = [str(s) for s in (claim.extra.get("sources") or ())]
    return {"text": ", ".join(parts) or "no citation", "document": doc.path if doc else src.document,
            "page": src.page, "line_start": src.line_start, "line_end": src.line_end, "turn": src.turn,
            "record": src.citation, "sources": sources}


def citation_of_fact(fact: Fact) -> dict[str, Any]:
    return {"text": fact.origin or "record", "record": fact.origin, "sources": list(fact.sources),
            "confidence": fact.confidence}


def _claim_row(c: Claim, documents: dict[str, Document], names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": c.id, "asserted_by": c.asserted_by, "asserted_by_name": names.get(c.asserted_by or "", c.asserted_by),
        "subject": c.subject, "subject_name": names.get(c.subject or "", c.subject), "act": c.act,
        "polarity": c.polarity, "modality": c.modality, "stance": c.extra.get("stance"),
        "counterparts": [names.get(x, x) for x in c.counterparts], "foreign_power": c.foreign_power,
        "place": c.place, "time": c.time.iso() if c.time.known else None,
        "t_start": c.time.start.isoformat() if c.time.start else None,
        "t_end": c.time.end.isoformat() if c.time.end else None,
        "stated_on": c.stated_on, "proceeding": c.proceeding, "quote": c.quote, "extractor": c.extractor,
        "confidence": c.confidence, "citation": citation_of_claim(c, documents),
    }


def _fact_row(f: Fact) -> dict[str, Any]:
    return {"id": f.id, "subject": f.subject, "kind": f.kind, "place": f.place, "country": f.country,
            "time": f.time.iso() if f.time.known else None,
            "t_start": f.time.start.isoformat() if f.time.start else None,
            "t_end": f.time.end.isoformat() if f.time.end else None,
            "detail": f.detail or "", "citation": citation_of_fact(f), "extra": dict(f.extra)}


def evidence_row(e: dict[str, Any], documents: dict[str, Document], names: dict[str, str]) -> dict[str, Any]:
    """One evidence entry with a readable citation, whatever type the checker gave it."""
    src = e.get("source") or {}
    parts: list[str] = []
    doc = documents.get(str(src.get("document") or ""))
    if doc is not None:
        parts.append(doc.path.rsplit("/", 1)[-1])
    elif src.get("document"):
        parts.append(str(src["document"])[:12])
    if src.get("page") is not None:
        parts.append(f"p. {src['page']}")
    if src.get("line_start") is not None:
        parts.append(_lines(src.get("line_start"), src.get("line_end")))
    for key in ("citation", "origin"):
        if not parts and src.get(key):
            parts.append(str(src[key]))
    who = e.get("speaker") or e.get("asserted_by") or e.get("subject") or e.get("name")
    return {
        "type": str(e.get("type") or "evidence"), "role": str(e.get("role") or ""), "id": e.get("id"),
        "who": names.get(str(who), who) if who else None, "quote": str(e.get("quote") or e.get("detail") or ""),
        "time": e.get("time") or e.get("session_date") or e.get("stated_on"), "place": e.get("place"),
        "stance": e.get("stance"), "citation": ", ".join(parts) or "no citation",
        "sources": [str(s) for s in (src.get("sources") or ())],
        "document_path": doc.path if doc is not None else None,
        "fields": {k: v for k, v in e.items() if k not in ("source", "quote") and isinstance(v, (str, int, float))},
    }


def _power(name: str | None) -> str | None:
    """A foreign power's canonical name (the forecast vocabulary's, when it is available)."""
    if not name:
        return None
    try:
        from ..forecast.vocab import canonical_country
    except ImportError:
        return name.strip().lower()
    return (canonical_country(name) or name).strip().lower()


def alleged_match(person: str, act: str, power: str | None, alleged: list[dict[str, Any]]) -> bool:
    """Whether ``alleged`` (accusation rows of a proceeding) holds this forecast: the same person
    and act (and power, when one is forecast); ``serving C`` matches any act naming power C."""
    want = _power(power)
    for a in alleged:
        if a["person"] != person:
            continue
        if act == "serving":
            if want is not None and _power(a["foreign_power"]) == want:
                return True
        elif a["act"] == act and (want is None or _power(a["foreign_power"]) == want):
            return True
    return False


def _was_alleged(forecast: dict[str, Any], alleged: list[dict[str, Any]] | None) -> bool | None:
    """Whether the proceeding alleged the forecast accusation; ``None`` when the proceeding has no
    recorded accusations to compare with (or the forecast is a person's, in words)."""
    if not alleged or forecast["human"]:
        return None
    return alleged_match(forecast["person"], forecast["act"], forecast["foreign_power"], alleged)


def _top_forecasts(rows: list[dict[str, Any]], n: int = 3) -> list[dict[str, Any]]:
    """A dossier's forecasts: every forecast made by a person, and the model's ``n`` most likely
    per proceeding (the full list is in the forecast table)."""
    human = [r for r in rows if r["human"]]
    model = sorted((r for r in rows if not r["human"]), key=lambda r: -r["probability"])
    per: dict[str, int] = defaultdict(int)
    kept = []
    for r in model:
        if per[r["proceeding"] or ""] < n:
            per[r["proceeding"] or ""] += 1
            kept.append(r)
    return kept + human


def _as_dict(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def collect(store: Store, *, title: str | None = None, backtest: Any = None) -> dict[str, Any]:
    """Everything the report shows, read from ``store``.

    ``backtest`` may be passed in (a ``BacktestResult`` or its dict); otherwise the last one a
    forecast run recorded in the store (:data:`BACKTEST_RUN`) is used, if any.
    """
    persons = {p.id: p for p in store.iter(Person)}
    names = {pid: p.name for pid, p in persons.items()}
    documents = {d.id: d for d in store.iter(Document)}
    proceedings = sorted(store.iter(Proceeding), key=lambda p: (p.time.start.isoformat() if p.time.start else "9999"))
    proc_names = {p.id: p.name for p in proceedings}
    claims = list(store.iter(Claim, order_by="t_start"))
    facts = list(store.iter(Fact, order_by="t_start"))
    findings = [f for f in store.iter(Finding, order_by="kind") if not f.stale]
    forecasts = list(store.iter(Forecast, order_by="person"))
    places = {p.id: p for p in store.iter(Place)}

    claims_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        row = _claim_row(c, documents, names)
        for pid in {c.subject, c.asserted_by} - {None}:
            claims_by[str(pid)].append(row)
    facts_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fact in facts:
        if fact.subject:
            facts_by[fact.subject].append(_fact_row(fact))
    finding_rows = []
    findings_by: dict[str, list[str]] = defaultdict(list)
    for f in sorted(findings, key=lambda f: (-f.score, f.kind, f.id)):
        verdict = store.latest_verdict(f.id)
        row = {"id": f.id, "anchor": anchor("finding", f.id), "kind": f.kind, "checker": f.checker,
               "severity": f.severity, "score": f.score, "explanation": f.explanation,
               "persons": [{"id": p, "name": names.get(p, p), "anchor": anchor("person", p)} for p in f.persons],
               "places": [places[p].name if p in places else p for p in f.places],
               "evidence": [evidence_row(dict(e), documents, names) for e in f.evidence],
               "verdict": verdict.to_dict() if verdict else None}
        finding_rows.append(row)
        for p in f.persons:
            findings_by[p].append(f.id)
    forecast_rows = []
    forecasts_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fc in forecasts:
        row = {"id": fc.id, "person": fc.person, "person_name": names.get(fc.person, fc.person),
               "person_anchor": anchor("person", fc.person), "act": fc.act, "foreign_power": fc.foreign_power,
               "sector": fc.sector, "probability": fc.probability, "proceeding": fc.proceeding,
               "proceeding_name": proc_names.get(fc.proceeding or "", fc.proceeding), "model": fc.model,
               "cutoff": fc.cutoff, "made_on": fc.made_on, "outcome": fc.outcome,
               "human": fc.model.startswith("human:"), "predicted": fc.extra.get("predicted"),
               "precedents": [dict(p) for p in fc.precedents]}
        forecast_rows.append(row)
        forecasts_by[fc.person].append(row)
    forecast_rows.sort(key=lambda r: (r["human"], r["proceeding"] or "", -r["probability"], r["person"]))
    if backtest is None:
        backtest = next((r.get("stats") for r in store.runs()
                         if (r.get("stage"), r.get("name")) == BACKTEST_RUN), None)
    alleged: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c.modality == "accusation" and c.proceeding:
            alleged[c.proceeding].append({"person": c.subject, "person_name": names.get(c.subject or "", c.subject),
                                          "act": c.act, "foreign_power": c.foreign_power, "place": c.place,
                                          "time": c.time.iso() if c.time.known else None,
                                          "extractor": c.extractor})

    for row in forecast_rows:
        row["alleged"] = _was_alleged(row, alleged.get(row["proceeding"] or ""))

    dossiers = []
    for pid, person in sorted(persons.items(), key=lambda kv: kv[1].name.split()[-1] if kv[1].name else kv[0]):
        if not (claims_by.get(pid) or facts_by.get(pid) or findings_by.get(pid) or forecasts_by.get(pid)):
            continue
        dossiers.append({"id": pid, "anchor": anchor("person", pid), "name": person.name,
                         "aliases": list(person.aliases), "born": person.born, "died": person.died,
                         "death_cause": person.death_cause, "notes": person.notes,
                         "facts": facts_by.get(pid, []), "claims": claims_by.get(pid, []),
                         "findings": findings_by.get(pid, []), "forecasts": _top_forecasts(forecasts_by.get(pid, []))})
    by_kind: dict[str, int] = defaultdict(int)
    for finding in findings:
        by_kind[finding.kind] += 1
    return {
        "title": title or "countertrial report",
        "generated_at": now_iso(),
        "counts": store.counts(),
        "findings_by_kind": dict(sorted(by_kind.items())),
        "proceedings": [{"id": p.id, "name": p.name, "place": p.place, "kind": p.kind,
                         "time": p.time.iso() if p.time.known else None,
                         "documents": sum(1 for d in documents.values() if d.proceeding == p.id),
                         "alleged": len(alleged.get(p.id, []))} for p in proceedings],
        "documents": [{"id": d.id, "path": d.path, "format": d.format, "kind": d.kind, "proceeding": d.proceeding,
                       "session_date": d.session_date, "title": d.title} for d in documents.values()],
        "places": [{"id": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
                    "exists_from": p.exists_from, "exists_to": p.exists_to} for p in places.values()],
        "dossiers": dossiers,
        "findings": finding_rows,
        "forecasts": forecast_rows,
        "alleged": {k: v for k, v in alleged.items()},
        "backtest": _as_dict(backtest),
        "runs": store.runs(),
    }
