"""Deliberately naive all-pairs references for the checkers.

Each function compares every candidate pair (claim x claim, claim x fact, sentence x sentence)
with the *same* comparison code the fast checkers use, so any difference between the two is a
blocking or sweeping bug. Quadratic: only for small cases (tests, and a benchmark sample).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from ..model import Finding, Turn
from ..store import Store
from .checkers.record_conflict import Judge, PresenceFact, RecordIndex, claim_findings
from .checkers.scripted import Unit, boilerplate_pattern, cluster_findings, jaccard, turn_units
from .checkers.stance import find_flips, flip_finding, stance_event
from .checkers.witness_conflict import Comparer, accounts
from .common import Evidence, People, Places, Span, claim_rows
from .config import CheckConfig

__all__ = ["naive_stance", "naive_record_conflict", "naive_witness_conflict", "naive_scripted", "NAIVE"]


def naive_stance(store: Store, config: CheckConfig) -> Iterator[Finding]:
    people, evidence = People(store), Evidence(store)
    events = [e for e in (stance_event(r, config) for r in claim_rows(store)) if e is not None]
    for e in events:  # each stance against the whole history before it, found by scanning all stances
        before = [x for x in events if (x.person, x.charge) == (e.person, e.charge) and x.order() < e.order()]
        flips = list(find_flips([*before, e]))
        if flips and flips[-1][1] is e:
            b, a, kind = flips[-1]
            yield flip_finding(b, a, kind, people, evidence)


def naive_record_conflict(store: Store, config: CheckConfig) -> Iterator[Finding]:
    people, places = People(store), Places(store)
    index = RecordIndex(store, config, people, places)
    judge = Judge(store, config, people, places)
    everything: list[PresenceFact] = [p for items in index.presence.values() for p in items]
    claims = list(claim_rows(store))

    def all_facts(pid: str, cs: Span) -> list[PresenceFact]:
        return [p for p in everything if p.subject == pid]

    for c in claims:
        yield from claim_findings(judge, c, all_facts, lambda refs: index.no_arrival)
    for facts in index.refutations.values():
        for f in facts:
            scored = [(judge.refutation_match(c, f), c.id, c) for c in claims]
            hits = [s for s in scored if s[0] > 0]
            yield judge.refutation(f, max(hits, key=lambda s: (s[0], s[1]))[2] if hits else None)


def naive_witness_conflict(store: Store, config: CheckConfig) -> Iterator[Finding]:
    people, places = People(store), Places(store)
    comparer = Comparer(store, config, people, places)
    accs = [a for c in claim_rows(store) for a in accounts(c, config, people)]
    for a, b in combinations(accs, 2):
        if a.key == b.key:
            first, second = sorted((a, b), key=lambda x: (x.lo, x.id))
            f = comparer.compare(first, second)
            if f is not None:
                yield f


def naive_scripted(store: Store, config: CheckConfig) -> Iterator[Finding]:
    boiler = boilerplate_pattern(config)
    units: list[Unit] = [u for t in store.iter(Turn)
                         for u in turn_units(t.id, t.person, t.speaker_label, t.role, t.text, config, boiler)]
    edges = [(a, b, jaccard(a.shingles, b.shingles)) for a, b in combinations(units, 2) if a.speaker != b.speaker]
    yield from cluster_findings(((a, b, s) for a, b, s in edges if s >= config.jaccard_threshold), store, config,
                                People(store))


NAIVE = {"stance.v1": naive_stance, "record_conflict.v1": naive_record_conflict,
         "witness_conflict.v1": naive_witness_conflict, "scripted.v1": naive_scripted}
"""The reference for each checker name."""
