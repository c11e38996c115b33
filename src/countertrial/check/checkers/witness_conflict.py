"""witness_conflict.v1: two accounts of one event that cannot both be true.

Blocking: every claim is filed under each event key it belongs to (the act with each pair of its
participants, or an explicit ``extra.event``); the accounts are spilled to disk in partitions by a
hash of the key (``CheckConfig.witness_partition_claims`` claims' worth each), each partition is
sorted on its own (key, start, id) and each key's block is swept in time order, comparing only
claims whose times overlap. Partitions are disjoint, so they can be swept in parallel.
"""

from __future__ import annotations

import gc
import marshal
import os
import zlib
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any, NamedTuple

from ...model import Claim, Finding
from ...registry import checkers
from ...store import Store
from ..common import (ClaimRow, Evidence, People, Places, Span, act_noun, describe, in_when, make_finding, place_gap,
                      span)
from ..config import CheckConfig
from ..scan import ClaimChecker

__all__ = ["WitnessConflictChecker", "Account", "Comparer", "accounts", "sweep"]

CHECKER = "witness_conflict.v1"
SEP = "\x1f"


def split_names(participants: str) -> list[str]:
    """The participant ids of an account (stored joined by a unit separator)."""
    return participants.split(SEP) if participants else []


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
    if c.act in config.stance_acts or c.modality == "plea" or c.stance or c.modality in config.witness_excluded_modalities:
        return
    s = span(c.t_start, c.t_end)
    if s is None or (s.days > config.witness_max_interval_days and not c.event):
        return
    names = sorted({people.resolve(x) for x in ((c.subject,) if c.subject else ()) + tuple(c.counterparts or ())})
    base = (c.id, c.asserted_by, c.proceeding, c.place, c.polarity, SEP.join(names), c.t_start, c.t_end, c.act,
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
        names = [self.people.name(p) for p in split_names(a.participants)]
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
        persons = tuple(split_names(first.participants)) + tuple(split_names(second.participants))
        return make_finding(CHECKER, "witness_conflict", (first.id, second.id, aspect), explanation, score,
                            persons, tuple(p for p in (first.place, second.place) if p),
                            [self.evidence.claim(first.id, "account"), self.evidence.claim(second.id, "account")],
                            aspect=aspect)

    def _where(self, a: Account) -> str:
        return " / ".join(r.name for r in self.places.parts(a.place))

    def _names(self, a: Account) -> str:
        return ", ".join(self.people.name(p) for p in split_names(a.participants))


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
class WitnessConflictChecker(ClaimChecker):
    """Witness conflicts: two accounts of the same event that disagree.

    Two claims are about the same event when they share the act and a pair of participants
    (or name the same ``extra.event``) and their times overlap. They conflict when they put the
    event in places too far apart to be one place, when one affirms what the other denies, or,
    for one named event, when they give dates or participants that differ. The accounts must
    come from different witnesses, or from one witness in different proceedings. Claims dated
    more vaguely than a season are not compared: they could be about different occasions.
    """

    name = CHECKER

    def prepare(self, store: Store, workdir: str) -> None:
        self.people, self.places = People(store), Places(store)
        self.comparer = Comparer(store, self.config, self.people, self.places)
        # Accounts are spilled to disk in key partitions, each small enough to sort in memory.
        self.partitions = max(1, -(-store.count(Claim) // self.config.witness_partition_claims))
        self.workdir = workdir
        self._reset()

    def _reset(self) -> None:
        self.buffers: list[list[tuple[object, ...]]] = [[] for _ in range(self.partitions)]
        self.buffered = 0
        self.part = -1

    def bind(self, store: Store) -> None:
        self.people.rebind(store)
        self.comparer.evidence = Evidence(store)

    def feed(self, c: ClaimRow) -> None:
        for acc in accounts(c, self.config, self.people):
            self.buffers[zlib.crc32(acc.key.encode("utf-8")) % self.partitions].append(tuple(acc))
            self.buffered += 1
        if self.buffered >= 50_000:
            self._spill()

    def _spill(self) -> None:
        for j, rows in enumerate(self.buffers):
            if rows:
                with open(os.path.join(self.workdir, f"acc-{os.getpid()}-p{j}.marshal"), "ab") as fh:
                    data = marshal.dumps(rows)
                    fh.write(len(data).to_bytes(8, "little") + data)
                rows.clear()
        self.buffered = 0

    def collect(self, part: int) -> Any:
        self._spill()
        return None

    def plan(self, results: list[Any]) -> list[Any]:
        return list(range(self.partitions))

    def work(self, task: Any) -> list[Finding]:
        rows: list[tuple[Any, ...]] = []
        suffix = f"-p{task}.marshal"
        paused = gc.isenabled()
        gc.disable()  # loading many tuples would set off the cycle collector again and again
        try:
            for name in sorted(os.listdir(self.workdir)):
                if name.startswith("acc-") and name.endswith(suffix):
                    with open(os.path.join(self.workdir, name), "rb") as fh:
                        while head := fh.read(8):  # chunks are length-prefixed: marshal.load on a
                            # file object reads in tiny pieces, marshal.loads on bytes does not
                            rows.extend(marshal.loads(fh.read(int.from_bytes(head, "little"))))
        finally:
            if paused:
                gc.enable()
        rows.sort(key=lambda r: (r[0], r[1], r[3]))  # key, lo, id
        found: list[Finding] = []
        make = Account._make
        for _key, block in groupby(map(make, rows), key=lambda a: a.key):
            found.extend(sweep(block, self.comparer, self.config.witness_time_gap_days))
        return found

    def finish(self, store: Store, results: list[Any], worked: list[Finding]) -> Iterator[Finding]:
        yield from worked
