"""The one store interface. Backends (SQLite now, PostgreSQL next) implement :class:`Store`.

Records are written with :meth:`Store.put` (batched, inside a transaction) and read back with
:meth:`Store.get`, :meth:`Store.iter` and the named views. Each table keeps typed columns for
queries plus the full record as JSON, so a backend only needs portable SQL for the core and can add
its own extras (full-text search) behind :meth:`Store.search_turns`.
"""

from __future__ import annotations

import builtins
import json
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, TypeVar

from ..errors import UsageError
from ..model import (
    Claim,
    Document,
    Fact,
    Finding,
    Forecast,
    Organisation,
    Person,
    Place,
    Proceeding,
    Record,
    Turn,
    Verdict,
)

__all__ = ["Store", "TableSpec", "TABLES", "now_iso", "FindingsUpdate", "row_columns", "row_values"]

R = TypeVar("R", bound=Record)


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class TableSpec:
    """How a record type maps to a table: its name and its typed columns."""

    table: str
    columns: dict[str, Callable[[Any], Any]]
    immutable: bool = False


def _iv(attr: str, side: str) -> Callable[[Any], Any]:
    def get(r: Any) -> Any:
        iv = getattr(r, attr)
        v = getattr(iv, side)
        return v.isoformat() if v else None

    return get


TABLES: dict[type[Record], TableSpec] = {
    Proceeding: TableSpec("proceedings", {
        "name": lambda r: r.name, "kind": lambda r: r.kind, "place": lambda r: r.place,
        "t_start": _iv("time", "start"), "t_end": _iv("time", "end")}),
    Document: TableSpec("documents", {
        "path": lambda r: r.path, "format": lambda r: r.format, "kind": lambda r: r.kind,
        "proceeding": lambda r: r.proceeding, "session_date": lambda r: r.session_date,
        "size": lambda r: r.size, "pages": lambda r: r.pages, "ingested_at": lambda r: r.ingested_at}),
    Person: TableSpec("persons", {"name": lambda r: r.name, "died": lambda r: r.died}),
    Place: TableSpec("places", {
        "name": lambda r: r.name, "country": lambda r: r.country, "lat": lambda r: r.lat,
        "lon": lambda r: r.lon, "exists_from": lambda r: r.exists_from, "exists_to": lambda r: r.exists_to}),
    Organisation: TableSpec("organisations", {
        "name": lambda r: r.name, "kind": lambda r: r.kind, "country": lambda r: r.country}),
    Turn: TableSpec("turns", {
        "document": lambda r: r.document, "seq": lambda r: r.seq, "proceeding": lambda r: r.proceeding,
        "speaker_label": lambda r: r.speaker_label, "person": lambda r: r.person,
        "session_date": lambda r: r.session_date, "page": lambda r: r.page,
        "line_start": lambda r: r.line_start, "line_end": lambda r: r.line_end,
        "char_start": lambda r: r.char_start, "char_end": lambda r: r.char_end, "text": lambda r: r.text}),
    Claim: TableSpec("claims", {
        "asserted_by": lambda r: r.asserted_by, "subject": lambda r: r.subject, "act": lambda r: r.act,
        "polarity": lambda r: r.polarity, "modality": lambda r: r.modality,
        "foreign_power": lambda r: r.foreign_power, "place": lambda r: r.place, "country": lambda r: r.country,
        "t_start": _iv("time", "start"), "t_end": _iv("time", "end"), "precision": lambda r: r.time.precision,
        "proceeding": lambda r: r.proceeding, "stated_on": lambda r: r.stated_on,
        "document": lambda r: r.source.document, "turn": lambda r: r.source.turn,
        "extractor": lambda r: r.extractor, "confidence": lambda r: r.confidence}, immutable=True),
    Fact: TableSpec("facts", {
        "subject": lambda r: r.subject, "kind": lambda r: r.kind, "place": lambda r: r.place,
        "country": lambda r: r.country, "t_start": _iv("time", "start"), "t_end": _iv("time", "end"),
        "precision": lambda r: r.time.precision, "origin": lambda r: r.origin}, immutable=True),
    Finding: TableSpec("findings", {
        "kind": lambda r: r.kind, "checker": lambda r: r.checker, "severity": lambda r: r.severity,
        "score": lambda r: r.score, "stale": lambda r: int(r.stale), "created_at": lambda r: r.created_at}),
    Verdict: TableSpec("verdicts", {
        "finding": lambda r: r.finding, "verdict": lambda r: r.verdict, "by": lambda r: r.by,
        "reason": lambda r: r.reason, "at": lambda r: r.at}, immutable=True),
    Forecast: TableSpec("forecasts", {
        "person": lambda r: r.person, "proceeding": lambda r: r.proceeding, "act": lambda r: r.act,
        "foreign_power": lambda r: r.foreign_power, "probability": lambda r: r.probability,
        "model": lambda r: r.model, "cutoff": lambda r: r.cutoff}),
}


def row_columns(cls: type[Record]) -> list[str]:
    """The columns of ``cls``'s table in the order :func:`row_values` and :meth:`Store.put_rows`
    use: ``id``, the typed columns, ``data``."""
    return ["id", *TABLES[cls].columns, "data"]


def row_values(record: Record) -> tuple[TableSpec, list[str], list[Any]]:
    """The table, column names and values to write for ``record`` (``id`` and ``data`` included)."""
    spec = TABLES[type(record)]
    cols = ["id", *spec.columns, "data"]
    vals = [getattr(record, "id"), *(f(record) for f in spec.columns.values()),
            json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)]
    return spec, cols, vals


@dataclass(frozen=True)
class FindingsUpdate:
    """What :meth:`Store.replace_findings` did: new, unchanged, revived and newly stale ids."""

    added: int
    kept: int
    stale: int


class Store(ABC):
    """A case store. Open with :func:`countertrial.store.open_store`.

    All writes go through :meth:`put` (or helpers built on it) inside :meth:`transaction`; an
    exception inside the block rolls everything in it back. Claims, facts and verdicts are
    immutable: writing one whose id exists leaves the stored one as it was.
    """

    url: str

    # -- life cycle -------------------------------------------------------------------------
    @abstractmethod
    def migrate(self) -> builtins.list[str]:
        """Apply pending named migrations; return the names applied now."""

    @abstractmethod
    def applied_migrations(self) -> builtins.list[str]:
        """Names of the migrations recorded in the database, in order."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A transaction (nested calls become savepoints)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------
    @abstractmethod
    def put(self, records: Iterable[Record]) -> int:
        """Insert or update ``records`` (immutable kinds: insert if new). Returns rows written."""

    def put_rows(self, cls: type[Record], rows: Iterable[Sequence[Any]]) -> int:
        """Write rows already encoded for ``cls``'s table, for bulk loaders that build them directly
        (the synthetic case generator): each row is ``(id, *typed columns, data)`` in the order of
        :func:`row_columns`, ``data`` being ``json.dumps(record.to_dict(), ensure_ascii=False,
        sort_keys=True)`` -- exactly what :meth:`put` would store for the record, which the caller
        guarantees. Same semantics as :meth:`put`; returns rows written.

        This portable version decodes each row back into a record and puts it; backends override
        it with a direct insert.
        """
        return self.put([cls.from_dict(json.loads(row[-1])) for row in rows])

    def delete(self, cls: type[Record], ids: Iterable[str]) -> int:
        """Delete records of ``cls`` by id (a document's turns when it is replaced); refused for
        the immutable kinds (claims, facts, verdicts)."""
        spec = TABLES[cls]
        if spec.immutable:
            raise UsageError(f"{spec.table} are immutable: add a new record or a verdict instead")
        return self._delete_rows(spec.table, list(ids))

    def retire_claims(self, ids: Iterable[str]) -> int:
        """Remove claims an extractor made on an earlier run and no longer makes (its rules changed):
        the one way a claim leaves a case. A claim is never changed in place, and verdicts rest on
        findings, which keep the quotes of their evidence (they turn stale at the next ``check``)."""
        return self._delete_rows(TABLES[Claim].table, list(ids))

    @abstractmethod
    def _delete_rows(self, table: str, ids: builtins.list[str]) -> int:
        """Delete the rows of ``table`` with these ids, in one transaction."""

    @abstractmethod
    def set_aliases(self, entity_type: str, entity_id: str, aliases: Iterable[str]) -> None:
        """Record the names an entity is known by (its own name included)."""

    @abstractmethod
    def record_run(self, stage: str, name: str, stats: dict[str, Any]) -> None:
        """Note that a stage ran (for ``status``)."""

    # -- reading ----------------------------------------------------------------------------
    @abstractmethod
    def get(self, cls: type[R], id: str) -> R | None: ...

    @abstractmethod
    def iter(self, cls: type[R], order_by: str = "id", **where: Any) -> Iterator[R]:
        """Records of ``cls`` whose typed columns equal ``where`` (a list value means IN)."""

    @abstractmethod
    def count(self, cls: type[Record], **where: Any) -> int: ...

    @abstractmethod
    def lookup_alias(self, folded: str, entity_type: str = "person") -> builtins.list[str]:
        """Entity ids whose folded alias equals ``folded``."""

    @abstractmethod
    def alias_table(self, entity_type: str = "person") -> builtins.list[tuple[str, str, str]]:
        """All ``(entity_id, alias, folded)`` rows of an entity type."""

    @abstractmethod
    def search_turns(self, query: str, limit: int = 50) -> builtins.list[Turn]:
        """Turns whose text matches a full-text ``query``."""

    @abstractmethod
    def runs(self) -> builtins.list[dict[str, Any]]:
        """The last run of each (stage, name)."""

    @abstractmethod
    def finding_ids_for_person(self, person: str) -> set[str]: ...

    # -- shared logic -----------------------------------------------------------------------
    def list(self, cls: type[R], order_by: str = "id", **where: Any) -> builtins.list[R]:
        return list(self.iter(cls, order_by=order_by, **where))

    def iter_values(self, cls: type[Record], fields: Sequence[str], order_by: str = "id",
                    **where: Any) -> Iterator[tuple[Any, ...]]:
        """Only ``fields`` of the records of ``cls``, as tuples, for scans over many records.

        A field is a typed column (``t_start``, ``document``) or a dotted path into the record's
        dict (``counterparts``, ``extra.stance``); a missing path gives ``None``. This portable
        version decodes whole records; backends override it with a projection.
        """
        spec = TABLES[cls]
        for record in self.iter(cls, order_by=order_by, **where):
            data = record.to_dict()
            row: list[Any] = []
            for name in fields:
                if name in spec.columns:
                    row.append(spec.columns[name](record))
                    continue
                value: Any = data
                for part in name.split("."):
                    value = value.get(part) if isinstance(value, dict) else None
                row.append(value)
            yield tuple(row)

    def scan_values(self, cls: type[Record], fields: Sequence[str], *, part: int = 0,
                    parts: int = 1) -> Iterator[tuple[Any, ...]]:
        """Like :meth:`iter_values` over a whole table, but in whatever order the backend reads
        fastest (SQLite: storage order), and only part ``part`` of ``parts`` disjoint parts whose
        union is the table, so that separate processes can each scan one part.

        This portable version filters :meth:`iter_values` by a stable hash of the id; backends
        override it with a range scan.
        """
        if not 0 <= part < parts:
            raise ValueError(f"part {part} is not one of 0..{parts - 1}")
        names = list(fields) if "id" in fields else [*fields, "id"]
        at = names.index("id")
        for row in self.iter_values(cls, names):
            if parts == 1 or zlib.crc32(str(row[at]).encode("utf-8")) % parts == part:
                yield row if len(names) == len(fields) else row[:-1]

    def has_document(self, content_hash: str) -> bool:
        return self.count(Document, id=content_hash) > 0

    def verdicts(self, finding: str) -> builtins.list[Verdict]:
        """All verdicts on a finding, oldest first."""
        return self.list(Verdict, order_by="at", finding=finding)

    def latest_verdict(self, finding: str) -> Verdict | None:
        vs = self.verdicts(finding)
        return vs[-1] if vs else None

    def replace_findings(self, checker: str, findings: Iterable[Finding]) -> FindingsUpdate:
        """Store a checker's findings for this run. Findings it produced before and not now are
        marked stale (never deleted: verdicts may point at them); reappearing ones are revived."""
        with self.transaction():
            before = {f.id: f for f in self.iter(Finding, checker=checker)}
            seen: set[str] = set()
            added = kept = 0
            batch: builtins.list[Record] = []
            stamp = now_iso()
            for f in findings:
                if f.id in seen:
                    continue
                seen.add(f.id)
                old = before.get(f.id)
                if old is None:
                    added += 1
                    batch.append(f.replace(created_at=f.created_at or stamp, stale=False))
                else:
                    kept += 1
                    batch.append(f.replace(created_at=old.created_at, stale=False))
                if len(batch) >= 5000:
                    self.put(batch)
                    batch = []
            self.put(batch)
            gone = [old.replace(stale=True) for fid, old in before.items() if fid not in seen and not old.stale]
            self.put(gone)
            return FindingsUpdate(added=added, kept=kept, stale=len(gone))

    def counts(self) -> dict[str, int]:
        """Row counts per concept, for ``status``."""
        return {spec.table: self.count(cls) for cls, spec in TABLES.items()}
