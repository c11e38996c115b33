"""What the forecasting stage reads from a case, and the one place where the cut-off is enforced.

:class:`CaseData` loads proceedings, persons, documentary facts and claims once;
:meth:`CaseData.snapshot` returns only what was knowable strictly before a date: facts whose
interval starts (or, with no start, ends) before it, claims stated before it, proceedings begun
before it. Undated facts and claims are left out: nothing says they were known in time.
Every feature is computed from a :class:`Snapshot`, never from the store, so no feature can see
past the cut-off.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..dates import InvalidDate, Interval, parse_partial_date
from ..model import Claim, Fact, Person, Proceeding
from ..store import Store
from .vocab import canonical_country, country_in_text, vocab

__all__ = ["CaseData", "Snapshot", "Mention", "as_date", "fact_known_on", "claim_known_on", "describe_fact",
           "accusation_label"]


def as_date(value: str | date) -> date:
    """A cut-off as a day: ``1938-03-02``; a partial date (``1936-09``) means its first day."""
    if isinstance(value, date):
        return value
    try:
        iv = parse_partial_date(str(value))
    except InvalidDate as exc:
        from ..errors import UsageError

        raise UsageError(f"'{value}' is not a date", hint=f"{exc}; write 1938-03-02, 1938-03 or 1938") from None
    assert iv.start is not None
    return iv.start


def fact_known_on(fact: Fact) -> date | None:
    """The day a fact became part of the record: its start, or its end when the start is unknown."""
    return fact.time.start or fact.time.end


def claim_known_on(claim: Claim) -> date | None:
    """The day a claim was made (``stated_on``); ``None`` when the record does not say."""
    if not claim.stated_on:
        return None
    try:
        return parse_partial_date(claim.stated_on).start
    except InvalidDate:
        return None


def _years(iv: Interval, as_of: date | None = None) -> str:
    start, end = iv.start, iv.end
    if as_of is not None and end is not None and end >= as_of:
        end = None
    if start and end:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start:
        return f"from {start.year}"
    if end:
        return f"until {end.year}"
    return "undated"


def describe_fact(fact: Fact, as_of: date | None = None) -> str:
    """``posted in Germany (Berlin) 1921–1930`` — end dates after ``as_of`` are not shown."""
    verb = {"post": "posted in", "travel": "travelled to", "residence": "lived in", "exile": "exiled in",
            "arrest": "arrested in", "service": "served in", "origin": "from", "opposition": "in opposition",
            "capitulation": "capitulated"}.get(fact.kind, fact.kind)
    where = canonical_country(fact.country) or ""
    if fact.place and fact.kind not in ("opposition", "capitulation"):
        where = f"{where} ({fact.place})" if where else fact.place
    if fact.kind in ("opposition", "capitulation"):
        where = ""
    return " ".join(p for p in (verb, where, _years(fact.time, as_of)) if p)


def accusation_label(act: str, power: str | None) -> str:
    return f"{act} ({power})" if power else act


@dataclass(frozen=True)
class Mention:
    """``person`` was named in ``claim`` by ``by`` (a defendant or a witness)."""

    person: str
    by: str | None
    claim: Claim


@dataclass
class Snapshot:
    """The case as it could be known strictly before ``as_of``."""

    as_of: date
    persons: dict[str, Person]
    proceedings: list[Proceeding]
    facts: list[Fact]
    claims: list[Claim]
    accusations: list[Claim]
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    @cached_property
    def facts_by_person(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.facts:
            if f.subject:
                out[f.subject].append(f)
        return dict(out)

    @cached_property
    def trials(self) -> list[Proceeding]:
        """Proceedings with accusations, in order of their start."""
        with_acc = {c.proceeding for c in self.accusations}
        return sorted((p for p in self.proceedings if p.id in with_acc), key=lambda p: (p.time.start or date.min, p.id))

    @cached_property
    def defendants(self) -> dict[str, set[str]]:
        """Proceeding id -> the persons accused in it (so far as known before ``as_of``)."""
        out: dict[str, set[str]] = defaultdict(set)
        for c in self.accusations:
            if c.proceeding and c.subject:
                out[c.proceeding].add(c.subject)
        return dict(out)

    @cached_property
    def accusations_by(self) -> dict[tuple[str, str], list[Claim]]:
        """(proceeding, defendant) -> accusation claims."""
        out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in self.accusations:
            if c.proceeding and c.subject:
                out[(c.proceeding, c.subject)].append(c)
        return dict(out)

    @cached_property
    def tried(self) -> set[str]:
        return {p for ds in self.defendants.values() for p in ds}

    @cached_property
    def mentions(self) -> dict[str, list[Mention]]:
        """Person id -> the claims that named them: as a counterpart, or as the subject of
        someone else's statement."""
        out: dict[str, list[Mention]] = defaultdict(list)
        for c in self.claims:
            by = c.asserted_by or c.subject
            for cp in c.counterparts:
                if cp in self.persons and cp != by:
                    out[cp].append(Mention(cp, by, c))
            if c.subject and c.asserted_by and c.asserted_by != c.subject and c.modality != "accusation":
                out[c.subject].append(Mention(c.subject, c.asserted_by, c))
        return dict(out)

    @cached_property
    def associates(self) -> dict[str, set[str]]:
        """Person id -> persons linked to them by a claim (named them, were named by them, or
        were named in the same claim)."""
        out: dict[str, set[str]] = defaultdict(set)
        for c in self.claims:
            people = {p for p in (c.subject, c.asserted_by, *c.counterparts) if p and p in self.persons}
            for p in people:
                out[p] |= people - {p}
        return dict(out)

    def home(self, proceeding: Proceeding | None = None) -> str | None:
        """The country of ``proceeding`` (or of the latest proceeding known): posts there are not 'abroad'."""
        if proceeding is not None:
            found = country_in_text(proceeding.place)
            if found:
                return found
        for p in sorted(self.proceedings, key=lambda p: (p.time.start or date.min), reverse=True):
            if p.kind != "commission":
                found = country_in_text(p.place)
                if found:
                    return found
        return None


class CaseData:
    """Everything forecasting reads from a store, loaded once."""

    def __init__(self, store: Store) -> None:
        kinds = set(vocab().fact_kinds)
        self.persons = {p.id: p for p in store.iter(Person)}
        self.proceedings = {p.id: p for p in store.iter(Proceeding)}
        self.facts = [f for f in store.iter(Fact) if f.kind in kinds]
        claims = list(store.iter(Claim))
        self.claims = [c for c in claims if c.act != "plea"]
        self.pleas = [c for c in claims if c.act == "plea"]

    def snapshot(self, as_of: str | date) -> Snapshot:
        """The case as known strictly before ``as_of``."""
        day = as_date(as_of)
        facts = [f for f in self.facts if (k := fact_known_on(f)) is not None and k < day]
        claims = [c for c in self.claims if (k := claim_known_on(c)) is not None and k < day]
        accusations = [c for c in claims if c.modality == "accusation" and c.polarity == "affirm" and c.subject]
        procs = [p for p in self.proceedings.values() if p.time.start is not None and p.time.start < day]
        key = lambda r: r.id  # noqa: E731 - a stable order whatever order the store returned
        return Snapshot(day, dict(self.persons), sorted(procs, key=key), sorted(facts, key=key),
                        sorted(claims, key=key), sorted(accusations, key=key))

    def accusations_in(self, proceeding: str) -> list[Claim]:
        """The accusations of one proceeding (its labels), whatever their date."""
        return sorted((c for c in self.claims if c.proceeding == proceeding and c.modality == "accusation"
                       and c.polarity == "affirm" and c.subject), key=lambda c: c.id)
