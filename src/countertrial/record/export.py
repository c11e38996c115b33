"""Export a store's documentary record back to the record shape (JSON-able dict).

Import followed by export gives the same facts: dates come back as written (the interval keeps its
source text) and fields the model has no column for come back from ``extra``.
"""

from __future__ import annotations

from typing import Any

from ..dates import Interval
from ..model import Claim, Fact, Forecast, Person, Place, Proceeding
from ..store import Store
from .importer import EXTRACTOR

__all__ = ["export_record"]


def _split(iv: Interval) -> tuple[str | None, str | None]:
    """Recover the record's ``start``/``end`` strings from an interval's source text."""
    text = iv.text
    if not text:
        return None, None
    if "/" in text:
        a, _, b = text.partition("/")
        return (None if a in ("", "..") else a), (None if b in ("", "..") else b)
    return text, None


def _clean(extra: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in extra.items() if k not in drop}


def export_record(store: Store) -> dict[str, Any]:
    """The record held in ``store`` (imported or entered), in the documented record shape."""
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "proceedings", "persons", "places", "record_facts", "accusations", "pleas", "refutations", "forecasts")}
    for p in store.iter(Proceeding):
        start, end = _split(p.time)
        out["proceedings"].append({"id": p.id, "name": p.name, "place": p.place, "start": start, "end": end,
                                   "kind": p.kind, "sources": list(p.sources), "confidence": p.confidence,
                                   **p.extra})
    for person in store.iter(Person):
        if "unresolved" in person.flags:
            continue
        out["persons"].append({"id": person.id, "name": person.name, "aliases": list(person.aliases),
                               "born": person.born, "died": person.died, "death_cause": person.death_cause,
                               "notes": person.notes, **({"sources": list(person.sources)} if person.sources else {}),
                               **person.extra})
    for pl in store.iter(Place):
        out["places"].append({"id": pl.id, "name": pl.name, "aliases": list(pl.aliases), "country": pl.country,
                              "lat": pl.lat, "lon": pl.lon, "exists_from": pl.exists_from,
                              "exists_to": pl.exists_to, "detail": pl.detail, "sources": list(pl.sources),
                              **pl.extra})
    for f in store.iter(Fact, order_by="origin"):
        if f.kind == "refutation":
            out["refutations"].append({"proceeding": f.extra.get("proceeding"), "claimant": f.subject,
                                       "claim": f.extra.get("claim"), "contradicting_fact": f.detail,
                                       "kind": f.extra.get("refutation_kind"), "sources": list(f.sources),
                                       "confidence": f.confidence,
                                       **_clean(f.extra, ("claim", "refutation_kind", "proceeding"))})
            continue
        start, end = _split(f.time)
        out["record_facts"].append({"person": f.subject, "kind": f.kind, "country": f.country, "place": f.place,
                                    "start": start, "end": end, "detail": f.detail, "sources": list(f.sources),
                                    "confidence": f.confidence, **f.extra})
    for c in store.iter(Claim, extractor=EXTRACTOR):
        if c.act == "plea":
            out["pleas"].append({"proceeding": c.proceeding, "person": c.subject, "date": c.stated_on,
                                 "stance": c.extra.get("stance"), "detail": c.quote or None,
                                 **_clean(c.extra, ("stance",))})
        else:
            out["accusations"].append({"proceeding": c.proceeding, "defendant": c.subject, "act": c.act,
                                       "foreign_power": c.foreign_power,
                                       "alleged_contacts": c.extra.get("record_contacts", list(c.counterparts)),
                                       "place": c.place, "time": c.time.text or None, "detail": c.quote or None,
                                       **_clean(c.extra, ("record_contacts",))})
    for fc in store.iter(Forecast):
        if not fc.model.startswith("human:"):
            continue
        out["forecasts"].append({"made_by": fc.extra.get("made_by"), "made_on": fc.made_on,
                                 "about_person": fc.person, "predicted": fc.extra.get("predicted"),
                                 "outcome": fc.outcome, **_clean(fc.extra, ("made_by", "predicted"))})
    return {k: v for k, v in out.items() if v}
