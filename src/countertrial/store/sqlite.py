"""The embedded SQLite backend: one file per case, WAL mode, foreign keys on, FTS5 over turns.

SQLite-only SQL (PRAGMAs, FTS5, ``INSERT OR IGNORE``) lives in this module and in migrations
marked SQLite-only; everything else uses portable SQL through :mod:`countertrial.store.base`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..errors import StoreError, UsageError
from ..model import Finding, Record, Turn
from ..names import fold
from .base import TABLES, Store, now_iso, row_columns, row_values

__all__ = ["SQLiteStore", "MIGRATIONS"]

R = TypeVar("R", bound=Record)

MIGRATIONS = ("0001_initial", "0002_turns_fts")
"""Named migrations in the order they apply; each is ``migrations/<name>.sql``."""

BULK_CACHE_KIB = 128 * 1024
"""Page cache of a connection once it has used :meth:`SQLiteStore.put_rows` (the default is 2 MiB)."""


class SQLiteStore(Store):
    """A case store in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open case store {self.path}: {exc}",
                             hint="check that the folder exists and is writable") from None
        self._depth = 0
        self._bulk = False

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def applied_migrations(self) -> list[str]:
        exists = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").fetchone()
        if not exists:
            return []
        return [r[0] for r in self._db.execute("SELECT name FROM schema_migrations ORDER BY name")]

    def migrate(self) -> list[str]:
        done = set(self.applied_migrations())
        applied: list[str] = []
        for name in MIGRATIONS:
            if name in done:
                continue
            sql = resources.files("countertrial.store").joinpath(f"migrations/{name}.sql").read_text("utf-8")
            try:
                with self.transaction():
                    self._db.execute(
                        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
                    for statement in _split_sql(sql):
                        self._db.execute(statement)
                    self._db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                                     (name, now_iso()))
            except sqlite3.Error as exc:
                raise StoreError(f"migration {name} failed on {self.path}: {exc}",
                                 hint="the store was left at the previous migration") from None
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        depth = self._depth
        savepoint = f"sp{depth}"
        self._db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if depth == 0:
                self._db.execute("ROLLBACK")
            else:
                self._db.execute(f"ROLLBACK TO {savepoint}")
                self._db.execute(f"RELEASE {savepoint}")
            raise
        else:
            self._depth -= 1
            self._db.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")

    # -- writing ----------------------------------------------------------------------------
    def put(self, records: Iterable[Record]) -> int:
        groups: dict[str, tuple[str, list[list[Any]]]] = {}
        persons: list[tuple[str, Iterable[str]]] = []
        for record in records:
            spec, cols, vals = row_values(record)
            sql = _upsert_sql(spec.table, cols, ignore=spec.immutable or spec.table == "turns")
            groups.setdefault(spec.table, (sql, []))[1].append(vals)
            if isinstance(record, Finding):
                persons.append((record.id, record.persons))
        written = 0
        try:
            with self.transaction():
                for sql, rows in groups.values():
                    written += max(self._db.executemany(sql, rows).rowcount, 0)
                for fid, people in persons:
                    self._db.execute("DELETE FROM finding_persons WHERE finding = ?", (fid,))
                    self._db.executemany("INSERT OR IGNORE INTO finding_persons (finding, person) VALUES (?, ?)",
                                         [(fid, p) for p in people])
        except sqlite3.Error as exc:
            raise StoreError(f"write to {self.path} failed: {exc}", hint="nothing of this batch was written") from None
        return written

    def put_rows(self, cls: type[Record], rows: Iterable[Sequence[Any]]) -> int:
        if cls is Finding:  # its persons go to finding_persons too
            return super().put_rows(cls, rows)
        spec = TABLES[cls]
        sql = _upsert_sql(spec.table, row_columns(cls), ignore=spec.immutable or spec.table == "turns")
        if not self._bulk:
            # a bulk load's random ids hit every page of the id and subject indexes: with the default
            # 2 MiB page cache those pages are spilled to the WAL and read back over and over (a
            # million claims wrote 3.7 GB for a 1.1 GB file). The cache grows only as pages are used.
            self._db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            self._bulk = True
        try:
            with self.transaction():
                return max(self._db.executemany(sql, rows).rowcount, 0)
        except sqlite3.Error as exc:
            raise StoreError(f"write to {self.path} failed: {exc}", hint="nothing of this batch was written") from None

    def _delete_rows(self, table: str, ids: list[str]) -> int:
        with self.transaction():
            return max(self._db.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids]).rowcount, 0)

    def set_aliases(self, entity_type: str, entity_id: str, aliases: Iterable[str]) -> None:
        rows = sorted({(entity_type, entity_id, a, fold(a)) for a in aliases if a and a.strip()})
        with self.transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO aliases (entity_type, entity_id, alias, folded) VALUES (?, ?, ?, ?)", rows)

    def record_run(self, stage: str, name: str, stats: dict[str, Any]) -> None:
        stamp = now_iso()
        with self.transaction():
            self._db.execute("INSERT INTO runs (stage, name, started_at, finished_at, stats) VALUES (?, ?, ?, ?, ?)",
                             (stage, name, stats.get("started_at", stamp), stamp, json.dumps(stats, default=str)))

    # -- reading ----------------------------------------------------------------------------
    def get(self, cls: type[R], id: str) -> R | None:
        row = self._db.execute(f"SELECT data FROM {TABLES[cls].table} WHERE id = ?", (id,)).fetchone()
        return cls.from_dict(json.loads(row[0])) if row else None

    def _where(self, cls: type[Record], where: dict[str, Any]) -> tuple[str, list[Any]]:
        spec = TABLES[cls]
        clauses: list[str] = []
        params: list[Any] = []
        for key, value in where.items():
            if key != "id" and key not in spec.columns:
                raise UsageError(f"{spec.table} cannot be filtered by '{key}'",
                                 hint="filterable: " + ", ".join(["id", *spec.columns]))
            if value is None:
                clauses.append(f"{key} IS NULL")
            elif isinstance(value, (list, tuple, set, frozenset)):
                values = list(value)
                if not values:
                    clauses.append("0")
                else:
                    clauses.append(f"{key} IN ({', '.join('?' * len(values))})")
                    params.extend(values)
            else:
                clauses.append(f"{key} = ?")
                params.append(int(value) if isinstance(value, bool) else value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def iter(self, cls: type[R], order_by: str = "id", **where: Any) -> Iterator[R]:
        spec = TABLES[cls]
        if order_by != "id" and order_by.split()[0] not in spec.columns:
            raise UsageError(f"{spec.table} cannot be ordered by '{order_by}'")
        clause, params = self._where(cls, where)
        cursor = self._db.execute(f"SELECT data FROM {spec.table}{clause} ORDER BY {order_by}, id", params)
        while rows := cursor.fetchmany(2000):
            for (data,) in rows:
                yield cls.from_dict(json.loads(data))

    def iter_values(self, cls: type[Record], fields: Sequence[str], order_by: str = "id",
                    **where: Any) -> Iterator[tuple[Any, ...]]:
        spec = TABLES[cls]
        if order_by != "id" and order_by.split()[0] not in spec.columns:
            raise UsageError(f"{spec.table} cannot be ordered by '{order_by}'")
        select, decode = _projection(spec.table, spec.columns, fields)
        clause, params = self._where(cls, where)
        cursor = self._db.execute(f"SELECT {', '.join(select)} FROM {spec.table}{clause} ORDER BY {order_by}, id",
                                  params)
        yield from _decoded(cursor, decode)

    def scan_values(self, cls: type[Record], fields: Sequence[str], *, part: int = 0,
                    parts: int = 1) -> Iterator[tuple[Any, ...]]:
        """Storage (rowid) order; part ``part`` of ``parts`` is one contiguous rowid range."""
        if not 0 <= part < parts:
            raise ValueError(f"part {part} is not one of 0..{parts - 1}")
        spec = TABLES[cls]
        select, decode = _projection(spec.table, spec.columns, fields)
        clause, params = "", []
        if parts > 1:
            lo, hi = self._db.execute(f"SELECT MIN(rowid), MAX(rowid) FROM {spec.table}").fetchone()
            if lo is None:
                return
            size = (hi - lo) // parts + 1
            clause, params = " WHERE rowid >= ? AND rowid < ?", [lo + part * size, lo + (part + 1) * size]
        cursor = self._db.execute(f"SELECT {', '.join(select)} FROM {spec.table}{clause} ORDER BY rowid", params)
        yield from _decoded(cursor, decode)

    def count(self, cls: type[Record], **where: Any) -> int:
        clause, params = self._where(cls, where)
        return int(self._db.execute(f"SELECT COUNT(*) FROM {TABLES[cls].table}{clause}", params).fetchone()[0])

    def lookup_alias(self, folded: str, entity_type: str = "person") -> list[str]:
        rows = self._db.execute("SELECT DISTINCT entity_id FROM aliases WHERE entity_type = ? AND folded = ?",
                                (entity_type, folded))
        return sorted(r[0] for r in rows)

    def alias_table(self, entity_type: str = "person") -> list[tuple[str, str, str]]:
        rows = self._db.execute(
            "SELECT entity_id, alias, folded FROM aliases WHERE entity_type = ? ORDER BY entity_id, alias",
            (entity_type,))
        return [(a, b, c) for a, b, c in rows]

    def search_turns(self, query: str, limit: int = 50) -> list[Turn]:
        terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
        if not terms:
            return []
        rows = self._db.execute(
            "SELECT turns.data FROM turns_fts JOIN turns ON turns.rowid = turns_fts.rowid "
            "WHERE turns_fts MATCH ? ORDER BY rank LIMIT ?", (terms, limit))
        return [Turn.from_dict(json.loads(r[0])) for r in rows]

    def runs(self) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT stage, name, MAX(finished_at), stats FROM runs GROUP BY stage, name ORDER BY stage, name")
        return [{"stage": s, "name": n, "finished_at": f, "stats": json.loads(st or "{}")} for s, n, f, st in rows]

    def finding_ids_for_person(self, person: str) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT finding FROM finding_persons WHERE person = ?", (person,))}


def _projection(table: str, columns: Iterable[str], fields: Sequence[str]) -> tuple[list[str], list[int]]:
    """SELECT expressions for ``fields`` (typed columns, or dotted paths into ``data``) and the
    positions whose values are JSON text to decode."""
    known = set(columns)
    select: list[str] = []
    decode: list[int] = []
    for i, name in enumerate(fields):
        if name == "id" or name in known:
            select.append(name)
        elif all(part.isidentifier() for part in name.split(".")):
            select.append(f"data -> '$.{name}'")
            decode.append(i)
        else:
            raise UsageError(f"'{name}' is not a column or a dotted field path of {table}")
    return select, decode


def _decoded(cursor: sqlite3.Cursor, decode: list[int]) -> Iterator[tuple[Any, ...]]:
    loads = json.loads
    while rows := cursor.fetchmany(5000):
        if not decode:
            yield from rows
            continue
        for row in rows:
            values = list(row)
            for i in decode:
                v = values[i]
                if v is not None:
                    values[i] = [] if v == "[]" else {} if v == "{}" else loads(v)
            yield tuple(values)


def _upsert_sql(table: str, cols: list[str], *, ignore: bool) -> str:
    """An upsert that updates in place (never delete-and-insert, which would cascade to turns)."""
    head = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) ON CONFLICT (id) DO "
    if ignore:
        return head + "NOTHING"
    return head + "UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    statements: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in sql.splitlines():
        stripped = line.strip()
        if not buf and (not stripped or stripped.startswith("--")):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper == "END;":
                statements.append("\n".join(buf))
                buf, in_trigger = [], False
        elif stripped.endswith(";"):
            statements.append("\n".join(buf))
            buf = []
    if buf and "".join(buf).strip():
        statements.append("\n".join(buf))
    return statements
