"""What every checker shares: compact rows streamed from the store, day-number intervals,
distances and travel times, place and person lookups, evidence and plain-language dates.

Checkers scan compact rows (:func:`claim_rows`, :func:`fact_rows`) and load whole records only
for the few items that end up in a finding (:class:`Evidence`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, ClassVar, NamedTuple

from ..dates import Interval, parse_partial_date
from ..model import Claim, Fact, Finding, Person, Place, Turn, stable_id
from ..names import fold
from ..store import Store
from .config import CheckConfig

__all__ = ["CLAIM_FIELDS", "ClaimRow", "claim_row", "FactRow", "claim_rows", "fact_rows", "Span", "span", "partial_span", "km_between",
           "travel_days", "PlaceRef", "Places", "People", "Evidence", "describe", "severity", "make_finding", "Checker", "Tick",
           "no_tick", "place_gap", "act_noun", "in_when", "describe_span", "interval_of", "BIG"]

BIG = 10**9  # an open side of an interval, in day numbers

CLAIM_FIELDS = ("id", "subject", "asserted_by", "act", "polarity", "modality", "place", "country", "t_start",
                "t_end", "precision", "proceeding", "stated_on", "counterparts", "confidence", "extra")
"""What :func:`claim_row` needs: ``extra`` is read whole (one JSON extraction, not one per key)."""


class ClaimRow(NamedTuple):
    id: str
    subject: str | None
    asserted_by: str | None
    act: str
    polarity: str
    modality: str
    place: str | None
    country: str | None
    t_start: str | None
    t_end: str | None
    precision: str | None
    proceeding: str | None
    stated_on: str | None
    counterparts: list[str] | None
    stance: str | None
    charge: str | None
    event: str | None
    mode: str | None
    confidence: float | None


FACT_FIELDS = ("id", "subject", "kind", "place", "country", "t_start", "t_end", "precision", "origin",
               "confidence", "detail", "extra.mode", "extra.refutation_kind", "extra.claim", "extra.proceeding")


class FactRow(NamedTuple):
    id: str
    subject: str | None
    kind: str
    place: str | None
    country: str | None
    t_start: str | None
    t_end: str | None
    precision: str | None
    origin: str | None
    confidence: str | None
    detail: str | None
    mode: str | None
    refutation_kind: str | None
    claim: dict[str, Any] | None
    proceeding: str | None


def claim_row(values: tuple[Any, ...]) -> ClaimRow:
    """The compact row of one claim from the values of :data:`CLAIM_FIELDS`."""
    extra = values[15]
    if not extra:
        return ClaimRow._make(values[:14] + (None, None, None, None, values[14]))
    get = extra.get
    return ClaimRow._make(values[:14] + (get("stance"), get("charge"), get("event"), get("mode"), values[14]))


def claim_rows(store: Store, order_by: str = "subject", **where: Any) -> Iterator[ClaimRow]:
    """Claims as compact rows, streamed in ``order_by`` order."""
    for values in store.iter_values(Claim, CLAIM_FIELDS, order_by=order_by, **where):
        yield claim_row(values)


def fact_rows(store: Store, order_by: str = "subject", **where: Any) -> Iterator[FactRow]:
    for values in store.iter_values(Fact, FACT_FIELDS, order_by=order_by, **where):
        yield FactRow(*values)


# -- intervals as day numbers -------------------------------------------------------------------

class Span(NamedTuple):
    """A closed interval of day numbers (``date.toordinal``); open sides are ``-BIG``/``BIG``."""

    lo: int
    hi: int

    @property
    def days(self) -> int:
        return self.hi - self.lo + 1

    def overlaps(self, other: Span) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def within(self, other: Span) -> bool:
        return other.lo <= self.lo and self.hi <= other.hi


@lru_cache(maxsize=1 << 16)
def span(start: str | None, end: str | None) -> Span | None:
    """The span of stored ``t_start``/``t_end`` ISO days, or ``None`` when the time is unknown."""
    if start is None and end is None:
        return None
    lo = date.fromisoformat(start).toordinal() if start else -BIG
    hi = date.fromisoformat(end).toordinal() if end else BIG
    return Span(lo, hi)


def partial_span(text: str | None) -> Span | None:
    """The span of a partial date such as ``1917`` or ``1917-06`` (``None`` if empty or invalid)."""
    if not text:
        return None
    try:
        iv = parse_partial_date(str(text))
    except ValueError:
        return None
    assert iv.start and iv.end
    return Span(iv.start.toordinal(), iv.end.toordinal())


def describe(start: str | None, end: str | None, precision: str | None = None) -> str:
    """A date as a historian writes it: ``November 1932``, ``2 March 1938``, ``1921-1930``."""
    if start is None and end is None:
        return "at an unknown time"
    a = date.fromisoformat(start) if start else None
    b = date.fromisoformat(end) if end else None
    if a and b:
        if a == b:
            return f"{a.day} {a.strftime('%B')} {a.year}"
        if a.day == 1 and a.month == 1 and b.month == 12 and b.day == 31:
            return f"{a.year}" if a.year == b.year else f"{a.year}-{b.year}"
        if a.day == 1 and a.year == b.year and a.month == b.month and (b.toordinal() + 1 == _next_month(b)):
            return f"{a.strftime('%B')} {a.year}"
        return f"{_day(a)} to {_day(b)}"
    if a:
        return f"from {_day(a)}"
    assert b
    return f"until {_day(b)}"


def _day(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _next_month(d: date) -> int:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1).toordinal()


_ACT_NOUNS = {"met": "meeting", "meet": "meeting", "meeting": "meeting", "flew": "flight", "flight": "flight",
              "travelled": "journey", "travel": "journey", "visited": "visit", "visit": "visit",
              "received": "handing-over", "conversation": "conversation", "talked": "conversation"}


def act_noun(act: str) -> str:
    """``met`` -> ``meeting``: the act as the noun a sentence needs."""
    return _ACT_NOUNS.get(act, act.replace("_", " "))


def in_when(when: str) -> str:
    """``in November 1932``, ``on 2 March 1938``, ``from 1 May 1931``."""
    if when.startswith(("from", "until", "at ")):
        return when
    return f"on {when}" if when[:1].isdigit() and " " in when and " to " not in when else f"in {when}"


def describe_span(s: Span) -> str:
    a = date.fromordinal(s.lo).isoformat() if s.lo > -BIG else None
    b = date.fromordinal(s.hi).isoformat() if s.hi < BIG else None
    return describe(a, b)


# -- geography ----------------------------------------------------------------------------------

def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def travel_days(km: float, year: int, config: CheckConfig) -> tuple[float, str]:
    """The fewest days the fastest mode of ``year`` needs for ``km``, and that mode's name."""
    modes = [m for m in config.travel_modes if m.from_year <= year <= m.to_year] or list(config.travel_modes)
    best = max(modes, key=lambda m: m.km_per_day)
    return km / best.km_per_day, best.name


class PlaceRef(NamedTuple):
    """One place named by a claim or fact, resolved as far as the case and gazetteer allow."""

    text: str
    key: str
    place_id: str | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    exists_from: str | None
    exists_to: str | None
    sources: tuple[str, ...]


_SPLIT = re.compile(r"\s*(?:;|->|→|—|/|\(|\)|,|\bthen\b|\band\b|\bnear\b)\s*")
_GENERIC = re.compile(r"\s+(airfield|airport|aerodrome|station|lounge|district|area|region|city|town)$", re.I)


class Places:
    """Resolves place ids and names: stored ``Place`` records (by id or alias) first, then the
    offline gazetteer (``countertrial.resolve.gazetteer.lookup``), if it is installed."""

    def __init__(self, store: Store) -> None:
        self._by_id: dict[str, Place] = {p.id: p for p in store.iter(Place)}
        self._by_alias: dict[str, str] = {}
        for pid, _alias, folded in store.alias_table("place"):
            self._by_alias.setdefault(folded, pid)
        for p in self._by_id.values():
            for name in (p.name, *p.aliases):
                self._by_alias.setdefault(fold(name), p.id)
        self._cache: dict[str, tuple[PlaceRef, ...]] = {}
        self._lookup: Any = _gazetteer()

    def get(self, place_id: str) -> Place | None:
        return self._by_id.get(place_id)

    def one(self, text: str) -> PlaceRef:
        """The best reading of one place name (unresolved names keep their folded key)."""
        key = fold(text)
        pid = text if text in self._by_id else self._by_alias.get(key)
        if pid is None:
            stripped = _GENERIC.sub("", text.strip())
            if stripped != text.strip():
                pid = self._by_alias.get(fold(stripped))
        if pid is not None:
            p = self._by_id[pid]
            lat, lon, country = p.lat, p.lon, p.country
            if (lat is None or lon is None) and self._lookup is not None:
                geo = self._lookup(p.name)
                if geo is not None and getattr(geo, "kind", "city") != "country":
                    lat, lon, country = geo.lat, geo.lon, country or geo.country
            return PlaceRef(text, pid, pid, p.name, lat, lon, country, p.exists_from, p.exists_to, p.sources)
        if self._lookup is not None:
            geo = self._lookup(text) or self._lookup(_GENERIC.sub("", text.strip()))
            if geo is not None:
                if getattr(geo, "kind", "city") == "country":
                    return PlaceRef(text, fold(geo.name), None, geo.name, None, None, geo.country, None, None, ())
                return PlaceRef(text, fold(geo.name), None, geo.name, geo.lat, geo.lon, geo.country, None, None, ())
        return PlaceRef(text, key, None, text.strip(), None, None, None, None, None, ())

    def parts(self, text: str | None) -> tuple[PlaceRef, ...]:
        """Every place a place field names ("Berlin -> Oslo (Kjeller airfield)" names three)."""
        if not text:
            return ()
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        whole = self.one(text)
        if whole.place_id is not None or whole.lat is not None or not _SPLIT.search(text):
            refs: tuple[PlaceRef, ...] = (whole,)
        else:
            seen: dict[str, PlaceRef] = {}
            for piece in _SPLIT.split(text):
                if piece and len(piece) > 1:
                    ref = self.one(piece)
                    seen.setdefault(ref.key, ref)
            refs = tuple(seen.values()) or (whole,)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[text] = refs
        return refs


def _gazetteer() -> Any:
    try:
        from ..resolve.gazetteer import lookup
    except ImportError:
        return None

    def safe(name: str) -> Any:
        try:
            return lookup(name)
        except Exception:  # a broken gazetteer degrades to "coordinates unknown", never stops a check
            return None

    return safe


def place_gap(a: PlaceRef, b: PlaceRef, config: CheckConfig) -> tuple[float | None, bool]:
    """Kilometres between two places (``None`` when the same place or unknown) and whether the
    distance was measured from coordinates (``False``: only the countries differ)."""
    if a.key == b.key or (a.place_id is not None and a.place_id == b.place_id):
        return None, True
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = km_between(a.lat, a.lon, b.lat, b.lon)
        return (km if km > config.same_place_km else None), True
    if a.country and b.country and fold(a.country) != fold(b.country):
        return -1.0, False
    return None, False


class People:
    """Person names and death dates, and counterparts written as names resolved to ids."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.names: dict[str, str] = {}
        self.died: dict[str, tuple[str, Span]] = {}
        for pid, name, died in store.iter_values(Person, ("id", "name", "died")):
            self.names[pid] = name
            s = partial_span(died)
            if s is not None:
                self.died[pid] = (str(died), s)
        self._resolved: dict[str, str] = {}

    def rebind(self, store: Store) -> None:
        """Look aliases up through ``store`` (a worker process's own connection) from now on."""
        self._store = store

    def name(self, pid: str | None) -> str:
        if pid is None:
            return "someone"
        return self.names.get(pid, pid)

    def resolve(self, ref: str) -> str:
        """A person id for an id or a name (unknown names stay as written)."""
        if ref in self.names:
            return ref
        hit = self._resolved.get(ref)
        if hit is None:
            ids = self._store.lookup_alias(fold(ref), "person")
            hit = ids[0] if len(ids) == 1 else ref
            if len(self._resolved) < 100_000:
                self._resolved[ref] = hit
        return hit


# -- checkers ------------------------------------------------------------------------------------

Tick = Callable[[int], None]


def no_tick(n: int) -> None:
    return None


class Checker:
    """Base of every checker: ``run`` streams the case and yields findings. The subclass
    docstring is the checker's user-facing description (``countertrial check --help``)."""

    name: ClassVar[str] = ""

    def __init__(self, config: CheckConfig | None = None) -> None:
        self.config = config or CheckConfig()

    def run(self, store: Store, tick: Tick = no_tick) -> Iterator[Finding]:
        raise NotImplementedError


# -- evidence and findings ----------------------------------------------------------------------

class Evidence:
    """Loads the records a finding rests on and turns them into evidence entries with their
    quotes and sources (document, page, line)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def claim(self, claim_id: str, role: str) -> dict[str, Any]:
        c = self.store.get(Claim, claim_id)
        if c is None:
            return {"type": "claim", "id": claim_id, "role": role}
        src = c.source
        return {"type": "claim", "id": c.id, "role": role, "quote": c.quote, "asserted_by": c.asserted_by,
                "subject": c.subject, "act": c.act, "polarity": c.polarity, "modality": c.modality,
                "place": c.place, "time": c.time.iso() if c.time.known else None, "proceeding": c.proceeding,
                "stated_on": c.stated_on, "stance": c.extra.get("stance"),
                "source": {"document": src.document, "turn": src.turn, "page": src.page,
                           "line_start": src.line_start, "line_end": src.line_end, "citation": src.citation}}

    def fact(self, fact_id: str, role: str) -> dict[str, Any]:
        f = self.store.get(Fact, fact_id)
        if f is None:
            return {"type": "fact", "id": fact_id, "role": role}
        return {"type": "fact", "id": f.id, "role": role, "kind": f.kind, "subject": f.subject, "place": f.place,
                "country": f.country, "time": f.time.iso() if f.time.known else None, "quote": f.detail or "",
                "source": {"origin": f.origin, "sources": list(f.sources), "confidence": f.confidence}}

    def place(self, ref: PlaceRef, role: str) -> dict[str, Any]:
        return {"type": "place", "id": ref.place_id, "role": role, "name": ref.name,
                "exists_from": ref.exists_from, "exists_to": ref.exists_to,
                "source": {"sources": list(ref.sources)}}

    def person(self, pid: str, name: str, died: str | None, role: str) -> dict[str, Any]:
        p = self.store.get(Person, pid)
        return {"type": "person", "id": pid, "role": role, "name": name, "died": died,
                "quote": (p.death_cause or "") if p else "", "source": {"sources": list(p.sources) if p else []}}

    def turn(self, turn: Turn, quote: str, role: str) -> dict[str, Any]:
        return {"type": "turn", "id": turn.id, "role": role, "speaker": turn.person or turn.speaker_label,
                "quote": quote, "session_date": turn.session_date, "proceeding": turn.proceeding,
                "source": {"document": turn.document, "page": turn.page, "line_start": turn.line_start,
                           "line_end": turn.line_end}}


def severity(score: float) -> str:
    return "high" if score >= 0.8 else "medium" if score >= 0.5 else "low"


def make_finding(checker: str, kind: str, key: tuple[str, ...], explanation: str, score: float,
                 persons: tuple[str, ...], places: tuple[str, ...], evidence: list[dict[str, Any]],
                 **extra: Any) -> Finding:
    """A finding whose id depends only on the checker, the kind and the evidence ids ``key``."""
    score = round(max(0.0, min(1.0, score)), 3)
    return Finding(id=stable_id(checker, kind, *key), kind=kind, checker=checker, explanation=explanation,
                   severity=severity(score), score=score, persons=tuple(dict.fromkeys(p for p in persons if p)),
                   places=tuple(dict.fromkeys(p for p in places if p)), evidence=tuple(evidence), extra=extra)


def interval_of(row: ClaimRow | FactRow) -> Interval:
    """The row's time as an :class:`Interval` (for code that wants the model type)."""
    a = date.fromisoformat(row.t_start) if row.t_start else None
    b = date.fromisoformat(row.t_end) if row.t_end else None
    if a is None and b is None:
        return Interval.unknown()
    return Interval(a, b, row.precision or "day")
