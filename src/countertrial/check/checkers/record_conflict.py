"""record_conflict.v1: claims the documentary record makes impossible.

The record is indexed once (facts are the small side: thousands, not millions); claims are
streamed from the store in subject order and each is compared only with the facts about its
own participants and places, so the cost grows as claims x (facts per person), never claims x facts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...model import Finding
from ...names import fold
from ...registry import checkers
from ...store import Store
from ..common import (BIG, ClaimRow, Evidence, FactRow, People, PlaceRef, Places, Span, act_noun, describe,
                      describe_span, fact_rows, in_when, make_finding, partial_span, place_gap, span, travel_days)
from ..config import CheckConfig
from ..scan import ClaimChecker

__all__ = ["RecordConflictChecker", "Judge", "RecordIndex", "PresenceFact"]

CHECKER = "record_conflict.v1"
SKIP_ACTS = frozenset({"plea", "arrest", "arrested", "imprisoned", "exile", "exiled", "death", "died", "executed"})
REFUTATION_KINDS = {"place_did_not_exist": "place_did_not_exist", "alibi": "person_elsewhere",
                    "person_elsewhere": "person_elsewhere", "impossible_travel": "impossible_travel",
                    "dead_at_time": "dead_or_in_custody"}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PresenceFact:
    """A fact placing ``subject`` at ``places`` (or in custody) for every day of ``span``."""

    id: str
    subject: str
    kind: str
    span: Span
    places: tuple[PlaceRef, ...]
    weight: float
    custody: bool = False


class RecordIndex:
    """The record, indexed for lookups by person and by place."""

    def __init__(self, store: Store, config: CheckConfig, people: People, places: Places) -> None:
        self.presence: dict[str, list[PresenceFact]] = {}
        self.no_arrival: list[tuple[FactRow, tuple[PlaceRef, ...], Span]] = []
        self.refutations: dict[str, list[FactRow]] = {}
        self.facts = 0
        custody: list[FactRow] = []
        releases: dict[str, list[int]] = {}
        for f in fact_rows(store):
            self.facts += 1
            if f.kind == "refutation" and f.subject:
                self.refutations.setdefault(f.subject, []).append(f)
            elif f.kind in config.no_arrival_kinds:
                s = span(f.t_start, f.t_end)
                if s is not None:
                    self.no_arrival.append((f, _fact_places(f, places), s))
            elif not f.subject:
                continue
            elif f.kind in config.custody_kinds:
                custody.append(f)
                continue
            s = span(f.t_start, f.t_end)
            if s is not None:  # any later record of the person at liberty ends an open-ended custody
                releases.setdefault(f.subject or "", []).append(s.lo)
            if f.kind in config.presence_kinds:
                if s is None or (f.kind in config.event_kinds and f.precision not in ("day", "range")):
                    continue  # "travelled there in May 1931": some day of May, not every day
                if f.kind in config.habitual_kinds and s.days > config.habitual_max_days:
                    continue
                weight = config.presence_kinds[f.kind] * config.confidence_weights.get(f.confidence or "high", 1.0)
                self._add(PresenceFact(f.id, f.subject or "", f.kind, s, _fact_places(f, places), weight))
        for f in custody:
            assert f.subject
            s = span(f.t_start, f.t_end)
            if s is None:
                continue
            weight = config.confidence_weights.get(f.confidence or "high", 1.0)
            if f.precision == "range" and s.hi < BIG:
                certain = s
                weight *= 0.95
            else:  # an arrest date: held from the latest day it allows until the next record of the
                # person at liberty (a release, a post, a journey...) or death
                first = s.hi if f.precision != "range" else s.lo
                ends = [d - 1 for d in releases.get(f.subject, ()) if d > first]
                death = people.died.get(f.subject)
                if death is not None:
                    ends.append(death[1].lo - 1)
                certain = Span(first, min(ends, default=BIG))
                weight *= 0.75
            if certain.lo > certain.hi:
                continue
            self._add(PresenceFact(f.id, f.subject, f.kind, certain, _fact_places(f, places), weight, custody=True))
        for items in self.presence.values():
            items.sort(key=lambda p: p.span.lo)

    def _add(self, p: PresenceFact) -> None:
        self.presence.setdefault(p.subject, []).append(p)


def _fact_places(f: FactRow, places: Places) -> tuple[PlaceRef, ...]:
    if f.place:
        refs = places.parts(f.place)
        if f.country:
            refs = tuple(r._replace(country=r.country or f.country) for r in refs)
        return refs
    if f.country:
        return (PlaceRef(f.country, fold(f.country), None, f.country, None, None, f.country, None, None, ()),)
    return ()


class NoArrivalIndex:
    """``no_arrival`` facts by place key, place id and 1-degree grid cell, so each claim meets
    only the facts about places near its own."""

    def __init__(self, items: list[tuple[FactRow, tuple[PlaceRef, ...], Span]], config: CheckConfig) -> None:
        self.items = items
        self.by_key: dict[str, list[int]] = {}
        self.by_cell: dict[tuple[int, int], list[int]] = {}
        self.reach_km = config.same_place_km
        self._memo: dict[tuple[PlaceRef, ...], list[tuple[FactRow, tuple[PlaceRef, ...], Span]]] = {}
        for i, (_f, refs, _s) in enumerate(items):
            for r in refs:
                self.by_key.setdefault(r.key, []).append(i)
                if r.place_id:
                    self.by_key.setdefault(r.place_id, []).append(i)
                if r.lat is not None and r.lon is not None:
                    self.by_cell.setdefault((math.floor(r.lat), math.floor(r.lon)), []).append(i)

    def candidates(self, refs: tuple[PlaceRef, ...]) -> list[tuple[FactRow, tuple[PlaceRef, ...], Span]]:
        if not self.items:
            return []
        hit = self._memo.get(refs)
        if hit is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            hit = self._memo[refs] = self._candidates(refs)
        return hit

    def _candidates(self, refs: tuple[PlaceRef, ...]) -> list[tuple[FactRow, tuple[PlaceRef, ...], Span]]:
        hits: set[int] = set()
        for r in refs:
            hits.update(self.by_key.get(r.key, ()))
            if r.place_id:
                hits.update(self.by_key.get(r.place_id, ()))
            if r.lat is not None and r.lon is not None:
                la, lo = math.floor(r.lat), math.floor(r.lon)
                wide = min(180, math.ceil(self.reach_km / max(1.0, 111.0 * math.cos(math.radians(min(89.0, abs(r.lat)) + 1)))))
                for dla in (-1, 0, 1):
                    for dlo in range(-wide, wide + 1):
                        hits.update(self.by_cell.get((la + dla, (lo + dlo + 180) % 360 - 180), ()))
        return [self.items[i] for i in sorted(hits)]


class Judge:
    """The comparisons themselves, shared by the fast checker and the all-pairs reference."""

    def __init__(self, store: Store, config: CheckConfig, people: People, places: Places) -> None:
        self.config = config
        self.people = people
        self.places = places
        self.evidence = Evidence(store)
        self.max_travel = max(1, math.ceil(20000 / max(m.km_per_day for m in config.travel_modes)))

    # -- helpers ---------------------------------------------------------------------------
    def voice(self, c: ClaimRow) -> str:
        if c.asserted_by and c.asserted_by != c.subject:
            return f"{self.people.name(c.asserted_by)}, about {self.people.name(c.subject)},"
        if c.asserted_by:
            return self.people.name(c.asserted_by)
        where = f" in {c.proceeding}" if c.proceeding else ""
        return f"The accusation against {self.people.name(c.subject)}{where}"

    def participants(self, c: ClaimRow) -> list[tuple[str, bool]]:
        """(person, must be at the claim's place) for the subject and each counterpart."""
        copresent = c.act in self.config.copresence_acts
        out = [(c.subject, True)] if c.subject else []
        for ref in c.counterparts or ():
            pid = self.people.resolve(ref)
            if pid != c.subject:
                out.append((pid, copresent))
        return out

    def claim_span(self, c: ClaimRow) -> Span | None:
        if c.act in SKIP_ACTS or c.modality == "plea":
            return None
        return span(c.t_start, c.t_end)

    # -- the four tests ----------------------------------------------------------------------
    def place_existence(self, c: ClaimRow, cs: Span, ref: PlaceRef) -> Finding | None:
        if not ref.exists_from and not ref.exists_to:
            return None
        lo = partial_span(ref.exists_from)
        hi = partial_span(ref.exists_to)
        window = Span(lo.lo if lo else -BIG, hi.hi if hi else BIG)
        if cs.overlaps(window):
            return None
        when = describe(c.t_start, c.t_end)
        said = (f"existed only until {ref.exists_to}" if hi and cs.lo > window.hi
                else f"existed only from {ref.exists_from}")
        explanation = f"{self.voice(c)} places the {act_noun(c.act)} at {ref.name} {_in(when)}; the record says {ref.name} {said}."
        return make_finding(CHECKER, "place_did_not_exist", (c.id, ref.place_id or ref.key), explanation,
                            c.confidence if c.confidence is not None else 1.0,
                            tuple(p for p, _ in self.participants(c)), (ref.place_id or ref.name,),
                            [self.evidence.claim(c.id, "claim"), self.evidence.place(ref, "record")])

    def dead(self, c: ClaimRow, cs: Span, pid: str) -> Finding | None:
        death = self.people.died.get(pid)
        if death is None or cs.lo <= death[1].hi:
            return None
        text, _ = death
        who = self.people.name(pid)
        explanation = (f"{self.voice(c)} involves {who} in the {act_noun(c.act)} {_in(describe(c.t_start, c.t_end))}; "
                       f"the record says {who} died {_in(describe_span(partial_span(text) or death[1]))}.")
        return make_finding(CHECKER, "dead_or_in_custody", (c.id, pid, "died"), explanation,
                            c.confidence if c.confidence is not None else 1.0,
                            tuple(p for p, _ in self.participants(c)), (c.place or "",),
                            [self.evidence.claim(c.id, "claim"), self.evidence.person(pid, who, text, "record")],
                            reason="dead")

    def presence(self, c: ClaimRow, cs: Span, refs: tuple[PlaceRef, ...], pid: str, must_be_there: bool,
                 p: PresenceFact) -> Finding | None:
        """The record holds ``pid`` at ``p`` for every day the claim allows, too far to travel."""
        if p.custody:
            if not (must_be_there or pid == c.subject) or not cs.within(p.span):
                return None
            if refs and p.places and any(place_gap(a, b, self.config)[0] is None and a.key == b.key
                                         for a in refs for b in p.places):
                return None  # the claim is set where the person was held
            who = self.people.name(pid)
            explanation = (f"{self.voice(c)} involves {who} in the {act_noun(c.act)} {_in(describe(c.t_start, c.t_end))}; "
                           f"the record says {who} was in custody ({p.kind}) {_from_to(p.span)}.")
            return make_finding(CHECKER, "dead_or_in_custody", (c.id, pid, p.id), explanation,
                                p.weight * (1.0 if refs else 0.8),
                                tuple(x for x, _ in self.participants(c)), tuple(r.place_id or r.name for r in refs),
                                [self.evidence.claim(c.id, "claim"), self.evidence.fact(p.id, "record")],
                                reason="custody")
        if not must_be_there or not refs or not p.places:
            return None
        far_days = math.inf
        factor = 1.0
        shown: tuple[PlaceRef, PlaceRef] | None = None
        year = date.fromordinal(max(cs.lo, 1)).year if cs.lo > -BIG else 1900
        for a in refs:
            for b in p.places:
                km, measured = place_gap(a, b, self.config)
                if km is None:
                    return None  # the record's place may be the claim's place
                days = travel_days(km, year, self.config)[0] if measured else self.config.cross_border_days
                if days < far_days:
                    far_days, shown = days, (a, b)
                    factor = 1.0 if measured else self.config.unknown_distance_factor
        if shown is None:
            return None
        t = max(1, math.ceil(far_days))
        reach = Span(p.span.lo - (t - 1) if p.span.lo > -BIG else -BIG, p.span.hi + (t - 1) if p.span.hi < BIG else BIG)
        if not cs.within(reach):
            return None
        who = self.people.name(pid)
        there = shown[0].name if len(refs) == 1 else " / ".join(r.name for r in refs)
        explanation = (f"{self.voice(c)} places {who} at {there} {_in(describe(c.t_start, c.t_end))}; "
                       f"the record ({p.kind}) has {who} at {shown[1].name} {_from_to(p.span)}, "
                       f"{'at least ' + str(t) + ' day' + ('s' if t > 1 else '') + ' of travel away'}.")
        return make_finding(CHECKER, "person_elsewhere", (c.id, pid, p.id), explanation, p.weight * factor,
                            tuple(x for x, _ in self.participants(c)),
                            tuple(r.place_id or r.name for r in (*refs, shown[1])),
                            [self.evidence.claim(c.id, "claim"), self.evidence.fact(p.id, "record")],
                            travel_days=t)

    def no_arrival(self, c: ClaimRow, cs: Span, refs: tuple[PlaceRef, ...],
                   item: tuple[FactRow, tuple[PlaceRef, ...], Span]) -> Finding | None:
        f, fplaces, fs = item
        if c.act not in self.config.travel_acts and not c.mode:
            return None
        mode = c.mode or ("air" if c.act in ("flew", "flight") else None)
        if f.mode and mode != f.mode:
            return None
        if not cs.within(fs):
            return None
        hit = next((a for a in refs for b in fplaces
                    if a.key == b.key or (a.place_id and a.place_id == b.place_id)
                    or (a.lat is not None and b.lat is not None and place_gap(a, b, self.config)[0] is None
                        and place_gap(a, b, self.config)[1])), None)
        if hit is None:
            return None
        said = (f.detail or f"nobody arrived there {_in(describe_span(fs))}").rstrip(".")
        explanation = (f"{self.voice(c)} places {self.people.name(c.subject)}'s arrival at {hit.name} "
                       f"{'by ' + mode + ' ' if mode else ''}{_in(describe(c.t_start, c.t_end))}; "
                       f"the record says: {said}.")
        score = self.config.confidence_weights.get(f.confidence or "high", 1.0) * 0.95
        return make_finding(CHECKER, "impossible_travel", (c.id, f.id), explanation, score,
                            tuple(p for p, _ in self.participants(c)), (hit.place_id or hit.name,),
                            [self.evidence.claim(c.id, "claim"), self.evidence.fact(f.id, "record")])

    def refutation_match(self, c: ClaimRow, f: FactRow) -> float:
        """How well claim ``c`` fits the claim a recorded refutation answers (0: not at all)."""
        if c.subject != f.subject and c.asserted_by != f.subject:
            return 0.0
        if c.proceeding and f.proceeding and c.proceeding != f.proceeding:
            return 0.0
        cs, fs = span(c.t_start, c.t_end), span(f.t_start, f.t_end)
        if cs is not None and fs is not None and not cs.overlaps(fs):
            return 0.0
        a = set(_WORD.findall(fold(c.place or "")))
        b = set(_WORD.findall(fold(f.place or "")))
        if a or b:
            shared = len(a & b) / max(1, len(a | b))
            if shared == 0:
                return 0.0
            return 0.5 + shared / 2
        return 0.5

    def refutation(self, f: FactRow, c: ClaimRow | None) -> Finding:
        kind = REFUTATION_KINDS.get(f.refutation_kind or "", "record_conflict")
        claim: dict[str, Any] = f.claim or {}
        who = self.people.name(f.subject)
        what = claim.get("what") or (c.act if c else "a claim")
        setting = ", ".join(x for x in (claim.get("place"), describe(f.t_start, f.t_end) if f.t_start else None) if x)
        said = (f.detail or "").split("; ")[0].rstrip(".")
        named = "; ".join(self.people.name(self.people.resolve(x.strip()))
                          for x in str(claim.get("who") or "").split(";") if x.strip()) or who
        explanation = (f"{who}'s account ({named}: \"{what}\"{', ' + setting if setting else ''}) "
                       f"is contradicted by the record: {said}.")
        persons = [f.subject or ""] + [self.people.resolve(x.strip()) for x in str(claim.get("who") or "").split(";")
                                       if x.strip()]
        evidence = [self.evidence.fact(f.id, "record")]
        if c is not None:
            evidence.insert(0, self.evidence.claim(c.id, "claim"))
        score = self.config.refutation_scores.get(f.confidence or "medium", 0.7)
        return make_finding(CHECKER, kind, (f.id, c.id if c else ""), explanation, score, tuple(persons),
                            (f.place or "",), evidence, refutation_kind=f.refutation_kind)


_in = in_when


def _from_to(s: Span) -> str:
    text = describe_span(s)
    return text if text.startswith(("from", "until")) else f"in {text}" if " to " not in text else f"from {text}"


def claim_findings(judge: Judge, c: ClaimRow, facts_for: Any, no_arrival: Any) -> Iterator[Finding]:
    """Every record conflict of one claim; ``facts_for(person, claim span)`` and
    ``no_arrival(place refs)`` give the candidate facts (the fast checker looks them up in its
    indexes; the reference passes them all)."""
    cs = judge.claim_span(c)
    if cs is None:
        return
    refs = judge.places.parts(c.place)
    for ref in refs:
        f = judge.place_existence(c, cs, ref)
        if f is not None:
            yield f
    for pid, must in judge.participants(c):
        f = judge.dead(c, cs, pid)
        if f is not None:
            yield f
            continue
        for p in facts_for(pid, cs):
            f = judge.presence(c, cs, refs, pid, must, p)
            if f is not None:
                yield f
    if refs and (c.act in judge.config.travel_acts or c.mode):
        for item in no_arrival(refs):
            f = judge.no_arrival(c, cs, refs, item)
            if f is not None:
                yield f


@checkers.register(CHECKER)
class RecordConflictChecker(ClaimChecker):
    """Claims the documentary record makes impossible.

    * *place did not exist*: the claim's place has an existence window (opened, closed,
      demolished) that does not reach the claim's time;
    * *person elsewhere*: a dated record fact (whereabouts, travel, residence, exile) holds a
      participant at another place for every day the claim allows, and even the fastest
      travel of the era (distance from coordinates, configurable speeds) could not bridge it;
    * *impossible travel*: the claimed arrival contradicts a ``no_arrival`` fact about the place
      ("no aircraft landed at Kjeller in December 1935"), or a recorded refutation;
    * *dead or in custody*: a participant had died, or was held, on every day the claim allows.

    Dates keep their precision: "1932" against "November 1932" is possible, not a conflict.
    Recorded refutations (``refutation`` facts) are reported with the claim they answer.
    """

    name = CHECKER

    def prepare(self, store: Store, workdir: str) -> None:
        people, places = People(store), Places(store)
        self.people = people
        self.index = RecordIndex(store, self.config, people, places)
        self.judge = Judge(store, self.config, people, places)
        self.arrivals = NoArrivalIndex(self.index.no_arrival, self.config)
        self.found: list[Finding] = []
        self.best: dict[str, tuple[float, ClaimRow]] = {}
        presence, slack = self.index.presence, self.judge.max_travel

        def facts_for(pid: str, cs: Span) -> Iterator[PresenceFact]:
            for p in presence.get(pid, ()):
                if p.span.lo - slack > cs.hi:
                    break
                if p.span.hi + slack >= cs.lo:
                    yield p

        self.facts_for = facts_for

    def bind(self, store: Store) -> None:
        self.people.rebind(store)
        self.judge.evidence = Evidence(store)

    def feed(self, c: ClaimRow) -> None:
        self.found.extend(claim_findings(self.judge, c, self.facts_for, self.arrivals.candidates))
        refutations = self.index.refutations
        if refutations:
            best = self.best
            for pid in {c.subject, c.asserted_by}:
                for f in refutations.get(pid or "", ()):
                    m = self.judge.refutation_match(c, f)
                    if m > 0 and (f.id not in best or (m, c.id) > (best[f.id][0], best[f.id][1].id)):
                        best[f.id] = (m, c)

    def collect(self, part: int) -> Any:
        found, best = self.found, self.best
        self.found, self.best = [], {}
        return found, best

    def finish(self, store: Store, results: list[Any], worked: list[Finding]) -> Iterator[Finding]:
        self.bind(store)
        best: dict[str, tuple[float, ClaimRow]] = {}
        for found, part_best in results:
            yield from found
            for fid, (m, c) in part_best.items():
                if fid not in best or (m, c.id) > (best[fid][0], best[fid][1].id):
                    best[fid] = (m, c)
        for facts in self.index.refutations.values():
            for f in facts:
                hit = best.get(f.id)
                yield self.judge.refutation(f, hit[1] if hit else None)
