"""The case-file data model (see DESIGN.md, "Concepts").

Plain frozen dataclasses. Claims and facts are immutable statements with provenance; reviewer
verdicts live beside findings in their own records. Every record converts to and from a JSON-able
dict with :meth:`to_dict` / :meth:`from_dict`; fields a source file had but the model does not know
are kept in ``extra``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from .dates import Interval

__all__ = [
    "Record",
    "Proceeding",
    "Document",
    "Person",
    "Place",
    "Organisation",
    "Turn",
    "Source",
    "Claim",
    "Fact",
    "Finding",
    "Verdict",
    "Forecast",
    "stable_id",
    "POLARITIES",
    "MODALITIES",
    "VERDICTS",
]

POLARITIES = ("affirm", "deny")
MODALITIES = ("confession", "accusation", "plea", "testimony", "forecast", "statement", "question", "argument")
VERDICTS = ("confirmed", "rejected", "unsure")

R = TypeVar("R", bound="Record")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short content hash of ``parts``: the same inputs always give the same id."""
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:length]


def _encode(value: Any) -> Any:
    if isinstance(value, Interval):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: dict round trip for the dataclasses below."""

    interval_fields: ClassVar[tuple[str, ...]] = ()
    tuple_fields: ClassVar[tuple[str, ...]] = ()
    nested: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = _encode(self)
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                extra[key] = value
                continue
            if key in cls.interval_fields:
                value = Interval.from_dict(value) if isinstance(value, dict) or value is None else value
            elif key in cls.tuple_fields and value is not None:
                value = tuple(value)
            elif key in cls.nested and isinstance(value, dict):
                value = cls.nested[key].from_dict(value)  # type: ignore[attr-defined]
            kwargs[key] = value
        if extra and "extra" in names:
            kwargs["extra"] = {**(kwargs.get("extra") or {}), **extra}
        return cls(**kwargs)

    def replace(self: R, **changes: Any) -> R:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


@dataclass(frozen=True)
class Proceeding(Record):
    """A trial, hearing, secret examination or commission session."""

    id: str
    name: str = ""
    place: str | None = None
    kind: str = "public_trial"
    time: Interval = field(default_factory=Interval.unknown)
    sources: tuple[str, ...] = ()
    confidence: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    interval_fields: ClassVar[tuple[str, ...]] = ("time",)
    tuple_fields: ClassVar[tuple[str, ...]] = ("sources",)


@dataclass(frozen=True)
class Document(Record):
    """One source file. ``id`` is the SHA-256 of its bytes (content hash)."""

    id: str
    path: str
    format: str
    kind: str = "transcript"
    proceeding: str | None = None
    title: str = ""
    session_date: str | None = None
    encoding: str = "utf-8"
    size: int = 0
    pages: int = 0
    text: str = ""
    ingested_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Person(Record):
    """A resolved person. ``flags`` holds e.g. ``unresolved`` for a person the extractor met
    but the roster did not know."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    born: str | None = None
    died: str | None = None
    death_cause: str | None = None
    notes: str | None = None
    flags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    tuple_fields: ClassVar[tuple[str, ...]] = ("aliases", "flags", "sources")


@dataclass(frozen=True)
class Place(Record):
    """A place, with coordinates and, where it matters, the interval in which it existed."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    exists_from: str | None = None
    exists_to: str | None = None
    detail: str | None = None
    sources: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    tuple_fields: ClassVar[tuple[str, ...]] = ("aliases", "sources")


@dataclass(frozen=True)
class Organisation(Record):
    """An organisation or foreign power (``kind``: ``state``, ``service``, ``party``...)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "organisation"
    country: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    tuple_fields: ClassVar[tuple[str, ...]] = ("aliases",)


@dataclass(frozen=True)
class Turn(Record):
    """One speaker turn with its provenance in the decoded document text.

    ``text`` is exactly ``document.text[char_start:char_end]`` minus nothing: parsers that strip
    line numbers and running headers keep the turn's span over the *decoded* text and record in
    ``text`` the cleaned words; ``meta`` may hold the examination, a caption timestamp, etc.
    """

    id: str
    document: str
    seq: int
    speaker_label: str
    text: str
    proceeding: str | None = None
    person: str | None = None
    role: str | None = None
    session_date: str | None = None
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    char_start: int = 0
    char_end: int = 0
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Source(Record):
    """Where a claim's words are: document, turn, page, lines and character span."""

    document: str | None = None
    turn: str | None = None
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    citation: str | None = None


@dataclass(frozen=True)
class Claim(Record):
    """An immutable, sourced proposition: who asserts what act, about whom, with whom, where,
    when, affirmed or denied, and which extractor (name and version) said so."""

    id: str
    asserted_by: str | None
    subject: str | None
    act: str
    polarity: str = "affirm"
    modality: str = "testimony"
    counterparts: tuple[str, ...] = ()
    foreign_power: str | None = None
    place: str | None = None
    country: str | None = None
    time: Interval = field(default_factory=Interval.unknown)
    reported_by: str | None = None
    quote: str = ""
    source: Source = field(default_factory=Source)
    proceeding: str | None = None
    stated_on: str | None = None
    extractor: str = "manual.v1"
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)

    interval_fields: ClassVar[tuple[str, ...]] = ("time",)
    tuple_fields: ClassVar[tuple[str, ...]] = ("counterparts",)
    nested: ClassVar[dict[str, type]] = {"source": Source}


@dataclass(frozen=True)
class Fact(Record):
    """An entry of the documentary record: subject, kind, place, interval, sources, reliability."""

    id: str
    subject: str | None
    kind: str
    place: str | None = None
    country: str | None = None
    time: Interval = field(default_factory=Interval.unknown)
    detail: str | None = None
    sources: tuple[str, ...] = ()
    confidence: str | None = None
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    interval_fields: ClassVar[tuple[str, ...]] = ("time",)
    tuple_fields: ClassVar[tuple[str, ...]] = ("sources",)


@dataclass(frozen=True)
class Finding(Record):
    """The output of a check, with its evidence and one plain sentence naming what was compared.

    ``id`` is stable across re-runs for the same evidence, so reviewer verdicts stay attached.
    """

    id: str
    kind: str
    checker: str
    explanation: str
    severity: str = "warning"
    score: float = 1.0
    persons: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()
    stale: bool = False
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    tuple_fields: ClassVar[tuple[str, ...]] = ("persons", "places", "evidence")


@dataclass(frozen=True)
class Verdict(Record):
    """A reviewer's judgement of a finding, stored beside it, never over it."""

    id: str
    finding: str
    verdict: str
    by: str
    reason: str = ""
    at: str = ""


@dataclass(frozen=True)
class Forecast(Record):
    """A forecast accusation for a person and a proceeding, with its precedents."""

    id: str
    person: str
    act: str
    probability: float
    proceeding: str | None = None
    foreign_power: str | None = None
    sector: str | None = None
    precedents: tuple[dict[str, Any], ...] = ()
    model: str = ""
    cutoff: str | None = None
    made_on: str | None = None
    outcome: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    tuple_fields: ClassVar[tuple[str, ...]] = ("precedents",)
