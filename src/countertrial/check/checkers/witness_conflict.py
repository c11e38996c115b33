"""witness_conflict.v1: two accounts of one event that cannot both be true.

Blocking: every claim is filed under each event key it belongs to (the act with each pair of its
participants, or an explicit ``extra.event``); the keys are sorted outside memory (a temporary
SQLite table) and each block is swept in time order, comparing only claims whose times overlap.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import NamedTuple

from ...model import Finding
from ...registry import checkers
from ...store import Store
from ..common import (Checker, act_noun, in_when, ClaimRow, Evidence, People, Places, Span, Tick, claim_rows, describe, make_finding,
                      no_tick, place_gap, span)
from ..config import CheckConfig

__all__ = ["WitnessConflictChecker", "Account", "accounts", "compare"]

CHECKER = "witness_conflict.v1"


class Account(NamedTuple):
    """One claim filed under one event key."""

    key: str
    lo: int
    hi: int
    id: str
    asserted_by: str | None
    proceeding: str | None
    place: str | None
    polarity: str
    participants: str
    t_start: str | None
    t_end: str | None
    act: str
    confidence: float
    explicit: bool


def accounts(c: ClaimRow, config: CheckConfig, people: People) -> Iterator[Account]:
    """The event keys of claim ``c`` (none when its time is unknown or too vague)."""
    if c.act in config.stance_acts or c.modality == "plea" or c.stance:
        return
    s = span(c.t_start, c.t_end)
    if s is None or (s.days > config.witness_max_interval_days and not c.event):
        return
    names = sorted({people.resolve(x) for x in ((c.subject,) if c.subject else ()) + tuple(c.counterparts or ())})
    base = (c.id, c.asserted_by, c.proceeding, c.place, c.polarity, json.dumps(names), c.t_start, c.t_end, c.act,
            c.confidence if c.confidence is not None else 1.0)
    if c.event:
        yield Account(f"e\x1f{c.event}", s.lo, s.hi, *base, True)
        return
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            yield Account(f"p\x1f{c.act}\x1f{a}\x1f{b}", s.lo, s.hi, *base, False)


class Comparer:
    """Decides whether two accounts of one event conflict, and says why."""

    def __init__(self, store: Store, config: CheckConfig, people: People, places: Places) -> None:
        self.config, self.people, self.places = config, people, places
        self.evidence = Evidence(store)

    def who(self, a: Account) -> str:
        if a.asserted_by:
            return self.people.name(a.asserted_by)
        return f"the accusation in {a.proceeding}" if a.proceeding else "an unattributed claim"

    def event(self, a: Account) -> str:
        names = [self.people.name(p) for p in json.loads(a.participants)]
        return f"the {act_noun(a.act)} of {' and '.join(names)}" if names else f"the {act_noun(a.act)}"

    def compare(self, a: Account, b: Account) -> Finding | None:
        if (a.asserted_by, a.proceeding) == (b.asserted_by, b.proceeding) or a.id == b.id:
            return None
        sa, sb = Span(a.lo, a.hi), Span(b.lo, b.hi)
        wide = max(sa.days, sb.days)
        precision = 0.9 if wide <= 1 else 0.75 if wide <= 31 else 0.55
        first, second = sorted((a, b), key=lambda x: x.id)
        aspect, detail, factor = None, "", 1.0
        if not sa.overlaps(sb):
            if not (a.explicit and b.explicit):
                return None
            gap = max(sb.lo - sa.hi, sa.lo - sb.hi)
            if gap <= self.config.witness_time_gap_days:
                return None
            aspect = "time"
            detail = (f"{self.who(first)} dates it {_in(first)}, {self.who(second)} {_in(second)}")
        elif a.polarity != b.polarity:
            aspect = "polarity"
            yes, no = (first, second) if first.polarity == "affirm" else (second, first)
            detail = f"{self.who(yes)} affirms it {_in(yes)}, {self.who(no)} denies it"
        else:
            ra, rb = self.places.parts(a.place), self.places.parts(b.place)
            if ra and rb:
                gaps = [place_gap(x, y, self.config) for x in ra for y in rb]
                if all(g[0] is not None for g in gaps):
                    aspect = "place"
                    factor = 1.0 if all(g[1] for g in gaps) else self.config.unknown_distance_factor
                    detail = (f"{self.who(first)} places it at {self._where(first)} {_in(first)}, "
                              f"{self.who(second)} at {self._where(second)} {_in(second)}")
            if aspect is None and a.explicit and b.explicit and a.participants != b.participants:
                aspect = "participants"
                detail = (f"{self.who(first)} names {self._names(first)}, {self.who(second)} names "
                          f"{self._names(second)}")
        if aspect is None:
            return None
        event = self.event(first)
        explanation = f"Two accounts of {event} disagree on the {aspect}: {detail}."
        score = precision * factor * min(a.confidence, b.confidence)
        persons = tuple(json.loads(first.participants)) + tuple(json.loads(second.participants))
        return make_finding(CHECKER, "witness_conflict", (first.id, second.id, aspect), explanation, score,
                            persons, tuple(p for p in (first.place, second.place) if p),
                            [self.evidence.claim(first.id, "account"), self.evidence.claim(second.id, "account")],
                            aspect=aspect)

    def _where(self, a: Account) -> str:
        return " / ".join(r.name for r in self.places.parts(a.place))

    def _names(self, a: Account) -> str:
        return ", ".join(self.people.name(p) for p in json.loads(a.participants))


def _in(a: Account) -> str:
    return in_when(describe(a.t_start, a.t_end))


def sweep(block: Iterable[Account], comparer: Comparer, gap_days: int) -> Iterator[Finding]:
    """Compare each account with the earlier ones of its block that it can still touch."""
    active: list[Account] = []
    for acc in block:
        reach = gap_days + 1 if acc.explicit else 0
        active = [x for x in active if x.hi + reach >= acc.lo or (acc.explicit and x.explicit)]
        for other in active:
            f = comparer.compare(other, acc)
            if f is not None:
                yield f
        active.append(acc)


@checkers.register(CHECKER)
class WitnessConflictChecker(Checker):
    """Witness conflicts: two accounts of the same event that disagree.

    Two claims are about the same event when they share the act and a pair of participants
    (or name the same ``extra.event``) and their times overlap. They conflict when they put the
    event in places too far apart to be one place, when one affirms what the other denies, or,
    for one named event, when they give dates or participants that differ. The accounts must
    come from different witnesses, or from one witness in different proceedings. Claims dated
    more vaguely than a season are not compared: they could be about different occasions.
    """

    name = CHECKER

    def run(self, store: Store, tick: Tick = no_tick) -> Iterator[Finding]:
        people, places = People(store), Places(store)
        comparer = Comparer(store, self.config, people, places)
        db = sqlite3.connect("")  # a private temporary database: the sort happens on disk, not in memory
        try:
            db.execute("CREATE TABLE acc (key TEXT, lo INTEGER, hi INTEGER, id TEXT, asserted_by TEXT, "
                       "proceeding TEXT, place TEXT, polarity TEXT, participants TEXT, t_start TEXT, t_end TEXT, "
                       "act TEXT, confidence REAL, explicit INTEGER)")
            batch: list[Account] = []
            n = 0
            for c in claim_rows(store, order_by="id"):
                n += 1
                batch.extend(accounts(c, self.config, people))
                if len(batch) >= 20_000:
                    db.executemany("INSERT INTO acc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
                    batch = []
                if n % 10_000 == 0:
                    tick(10_000)
            db.executemany("INSERT INTO acc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
            tick(n % 10_000)
            cursor = db.execute("SELECT * FROM acc ORDER BY key, lo, id")
            rows = (Account._make((*row[:13], bool(row[13]))) for chunk in iter(lambda: cursor.fetchmany(5000), [])
                    for row in chunk)
            for _key, block in groupby(rows, key=lambda a: a.key):
                yield from sweep(block, comparer, self.config.witness_time_gap_days)
        finally:
            db.close()
