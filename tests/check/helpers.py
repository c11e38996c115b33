"""Builders for check tests: records straight into an in-memory store."""

from __future__ import annotations

from typing import Any

from countertrial.check import run_checks
from countertrial.dates import Interval, parse_date_or_range, parse_partial_date
from countertrial.model import Claim, Fact, Finding, Source, stable_id
from countertrial.store import Store


def when(text: str | None) -> Interval:
    return parse_date_or_range(text)


def claim(cid: str, subject: str, act: str = "met", *, by: str | None = None, cps: tuple[str, ...] = (),
          place: str | None = None, time: str | None = None, proceeding: str | None = "p1", **kw: Any) -> Claim:
    return Claim(id=cid, asserted_by=by, subject=subject, act=act, counterparts=cps, place=place, time=when(time),
                 proceeding=proceeding, quote=kw.pop("quote", f"quote of {cid}"),
                 source=Source(document="doc1", page=3, line_start=10, line_end=12), **kw)


def fact(subject: str | None, kind: str, place: str | None, start: str, end: str | None = None, **kw: Any) -> Fact:
    iv = parse_partial_date(start) if end is None else Interval(parse_partial_date(start).start,
                                                                parse_partial_date(end).end, "range")
    return Fact(id=stable_id(subject, kind, place, start, end), subject=subject, kind=kind, place=place, time=iv,
                **kw)


def findings(store: Store, name: str) -> list[Finding]:
    run_checks(store, [name])
    return [f for f in store.iter(Finding, checker=name) if not f.stale]
