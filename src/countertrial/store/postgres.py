"""The PostgreSQL backend: a case store on a team server, same schema and behaviour as SQLite.

Open it with ``open_store("postgresql://USER@HOST:PORT/DBNAME")`` (psycopg 3, installed with the
``countertrial[postgres]`` extra). PostgreSQL-only SQL lives here and in ``migrations/pg_*.sql``;
the migrations are recorded under the same names as SQLite's (``0001_initial``, ...).

How it keeps the :class:`~countertrial.store.base.Store` contract:

* immutable kinds (claims, facts, verdicts) and turns are written with
  ``INSERT ... ON CONFLICT (id) DO NOTHING``, the others with ``ON CONFLICT (id) DO UPDATE``;
* the connection is in autocommit mode; :meth:`PostgresStore.transaction` opens a transaction
  and nested calls become savepoints, so a failed inner block leaves the outer one usable;
* :meth:`PostgresStore.iter` reads through a server-side cursor ``WITH HOLD`` in batches, so a
  scan over a million claims neither fills the client's memory nor blocks other queries on the
  same connection (callers write while they iterate, as they do with SQLite);
* ``ORDER BY`` puts NULLs first (ascending), as SQLite does, and text columns collate as bytes.

:class:`TemporaryCluster` starts a throwaway server (``initdb`` + ``pg_ctl``) for tests and
benchmarks.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import pq

from ..errors import StoreError, UsageError
from ..model import Finding, Record, Turn
from ..names import fold
from .base import TABLES, Store, TableSpec, now_iso, row_columns, row_values

__all__ = ["PostgresStore", "MIGRATIONS", "TemporaryCluster", "is_postgres_url"]

R = TypeVar("R", bound=Record)

MIGRATIONS = ("0001_initial", "0002_turns_fts")
"""Named migrations in the order they apply; each is ``migrations/pg_<name>.sql``."""

URL_SCHEMES = ("postgresql:", "postgres:", "postgresql+psycopg:")
_MIGRATION_LOCK = 0x63747374  # pg_advisory_xact_lock key: one migrating process at a time
_BATCH = 2000


def is_postgres_url(location: str) -> bool:
    """Whether ``location`` names a PostgreSQL database (``postgresql://...``)."""
    return location.startswith(URL_SCHEMES)


def redact(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``, for messages and ``status``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def _q(name: str) -> str:
    """A quoted SQL identifier (``by``, ``at`` and ``precision`` are column names here)."""
    return '"' + name.replace('"', '""') + '"'


def _reason(exc: BaseException) -> str:
    """The first lines of a driver error, on one line."""
    return " ".join(str(exc).split())


class PostgresStore(Store):
    """A case store in a PostgreSQL database (the database must exist; migrations make the tables)."""

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        if url.startswith("postgresql+psycopg:"):
            url = "postgresql:" + url.split(":", 1)[1]
        self.url = redact(url)
        options: dict[str, Any] = {"autocommit": True, "application_name": "countertrial"}
        if "connect_timeout" not in url:
            options["connect_timeout"] = connect_timeout
        try:
            self._conn = psycopg.connect(url, **options)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {self.url}: {_reason(exc)}",
                             hint="check that the server is running and that the URL "
                                  "(postgresql://USER@HOST:PORT/DBNAME) names an existing database") from None
        # notices ("relation already exists, skipping", "query contains no lexemes") are noise here
        self._conn.execute("SET client_min_messages = warning")
        self._cursors = 0
        self._sql: dict[str, str] = {}

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def applied_migrations(self) -> list[str]:
        row = self._conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return []
        return [r[0] for r in self._conn.execute("SELECT name FROM schema_migrations ORDER BY name")]

    def migrate(self) -> list[str]:
        applied: list[str] = []
        for name in MIGRATIONS:
            sql = resources.files("countertrial.store").joinpath(f"migrations/pg_{name}.sql").read_text("utf-8")
            try:
                with self._conn.transaction():
                    # two processes opening a fresh database at once: the second waits, then skips
                    self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                    self._conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                                       "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
                    if self._conn.execute("SELECT 1 FROM schema_migrations WHERE name = %s", (name,)).fetchone():
                        continue
                    self._conn.execute(sql.encode("utf-8"))  # several statements, no parameters
                    self._conn.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (%s, %s)",
                                       (name, now_iso()))
            except psycopg.Error as exc:
                raise StoreError(f"migration {name} failed on {self.url}: {_reason(exc)}",
                                 hint="the store was left at the previous migration") from None
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    # -- writing ----------------------------------------------------------------------------
    def _insert_sql(self, spec: TableSpec, cols: Sequence[str]) -> str:
        sql = self._sql.get(spec.table)
        if sql is None:
            values = ", ".join("%s::jsonb" if c == "data" else "%s" for c in cols)
            sql = f"INSERT INTO {spec.table} ({', '.join(map(_q, cols))}) VALUES ({values}) ON CONFLICT (id) "
            if spec.immutable or spec.table == "turns":
                sql += "DO NOTHING"
            else:
                sql += "DO UPDATE SET " + ", ".join(f"{_q(c)} = EXCLUDED.{_q(c)}" for c in cols if c != "id")
            self._sql[spec.table] = sql
        return sql

    def put(self, records: Iterable[Record]) -> int:
        groups: dict[str, tuple[str, list[list[Any]]]] = {}
        persons: list[tuple[str, Iterable[str]]] = []
        for record in records:
            spec, cols, vals = row_values(record)
            group = groups.get(spec.table)
            if group is None:
                group = groups[spec.table] = (self._insert_sql(spec, cols), [])
            group[1].append(vals)
            if isinstance(record, Finding):
                persons.append((record.id, record.persons))
        if not groups:
            return 0
        written = 0
        try:
            with self.transaction(), self._conn.cursor() as cur:
                for sql, rows in groups.values():
                    for start in range(0, len(rows), 10_000):
                        cur.executemany(sql, rows[start:start + 10_000])
                        written += max(cur.rowcount, 0)
                if persons:
                    cur.execute("DELETE FROM finding_persons WHERE finding = ANY(%s)", ([f for f, _ in persons],))
                    cur.executemany("INSERT INTO finding_persons (finding, person) VALUES (%s, %s) "
                                    "ON CONFLICT DO NOTHING", [(f, p) for f, people in persons for p in people])
        except psycopg.Error as exc:
            hint = "nothing of this batch was written"
            if "NUL (0x00)" in str(exc):
                hint += "; PostgreSQL text cannot hold the NUL character: strip it before storing"
            raise StoreError(f"write to {self.url} failed: {_reason(exc)}", hint=hint) from None
        return written

    def put_rows(self, cls: type[Record], rows: Iterable[Sequence[Any]]) -> int:
        if cls is Finding:  # its persons go to finding_persons too
            return super().put_rows(cls, rows)
        sql = self._insert_sql(TABLES[cls], row_columns(cls))
        batch = list(rows)
        written = 0
        try:
            with self.transaction(), self._conn.cursor() as cur:
                for start in range(0, len(batch), 10_000):
                    cur.executemany(sql, batch[start:start + 10_000])
                    written += max(cur.rowcount, 0)
        except psycopg.Error as exc:
            raise StoreError(f"write to {self.url} failed: {_reason(exc)}",
                             hint="nothing of this batch was written") from None
        return written

    def _delete_rows(self, table: str, ids: list[str]) -> int:
        with self.transaction(), self._conn.cursor() as cur:
            cur.execute(f"DELETE FROM {table} WHERE id = ANY(%s)", (ids,))
            return max(cur.rowcount, 0)

    def set_aliases(self, entity_type: str, entity_id: str, aliases: Iterable[str]) -> None:
        rows = sorted({(entity_type, entity_id, a, fold(a)) for a in aliases if a and a.strip()})
        if not rows:
            return
        with self.transaction(), self._conn.cursor() as cur:
            cur.executemany("INSERT INTO aliases (entity_type, entity_id, alias, folded) VALUES (%s, %s, %s, %s) "
                            "ON CONFLICT DO NOTHING", rows)

    def record_run(self, stage: str, name: str, stats: dict[str, Any]) -> None:
        stamp = now_iso()
        self._conn.execute(
            "INSERT INTO runs (stage, name, started_at, finished_at, stats) VALUES (%s, %s, %s, %s, %s::jsonb)",
            (stage, name, stats.get("started_at", stamp), stamp, json.dumps(stats, default=str)))

    # -- reading ----------------------------------------------------------------------------
    def get(self, cls: type[R], id: str) -> R | None:
        row = self._conn.execute(f"SELECT data FROM {TABLES[cls].table} WHERE id = %s", (id,)).fetchone()
        return cls.from_dict(row[0]) if row else None

    def _where(self, cls: type[Record], where: dict[str, Any]) -> tuple[str, list[Any]]:
        spec = TABLES[cls]
        clauses: list[str] = []
        params: list[Any] = []
        for key, value in where.items():
            if key != "id" and key not in spec.columns:
                raise UsageError(f"{spec.table} cannot be filtered by '{key}'",
                                 hint="filterable: " + ", ".join(["id", *spec.columns]))
            if value is None:
                clauses.append(f"{_q(key)} IS NULL")
            elif isinstance(value, (list, tuple, set, frozenset)):
                values = [int(v) if isinstance(v, bool) else v for v in value]
                if not values:
                    clauses.append("FALSE")
                else:
                    clauses.append(f"{_q(key)} = ANY(%s)")
                    params.append(values)
            else:
                clauses.append(f"{_q(key)} = %s")
                params.append(int(value) if isinstance(value, bool) else value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _order(self, spec: TableSpec, order_by: str) -> str:
        """``ORDER BY`` for ``column [ASC|DESC]``, NULLs where SQLite puts them, ties broken by id."""
        parts = order_by.split()
        column = parts[0] if parts else ""
        direction = parts[1].upper() if len(parts) == 2 else "ASC"
        if (column != "id" and column not in spec.columns) or len(parts) > 2 or direction not in ("ASC", "DESC"):
            raise UsageError(f"{spec.table} cannot be ordered by '{order_by}'",
                             hint="order by a column, optionally followed by ASC or DESC")
        nulls = "NULLS FIRST" if direction == "ASC" else "NULLS LAST"
        return f" ORDER BY {_q(column)} {direction} {nulls}" + ("" if column == "id" else ", id")

    def _stream(self, query: str, params: Sequence[Any], size: int) -> Iterator[Any]:
        """Rows of ``query`` through a server-side cursor, ``size`` at a time.

        ``WITH HOLD`` keeps the cursor alive outside a transaction (the server then keeps the
        result until the cursor is closed), so the caller may run other queries meanwhile.
        """
        self._cursors += 1
        name = f"countertrial_iter_{self._cursors}"
        done = False
        with self._conn.cursor() as cur:
            try:
                cur.execute(f"DECLARE {name} NO SCROLL CURSOR WITH HOLD FOR {query}", params)
                fetch = f"FETCH FORWARD {size} FROM {name}"
                while True:
                    rows = cur.execute(fetch).fetchall()
                    if len(rows) < size:
                        cur.execute(f"CLOSE {name}")
                        done = True
                    yield from rows
                    if done:
                        return
            finally:
                if not done:
                    self._close_abandoned(name)

    def _close_abandoned(self, name: str) -> None:
        """Close the cursor of an iteration stopped early, if the server still has it (a rolled
        back transaction drops it, and closing a missing cursor would fail an open transaction)."""
        if self._conn.closed or self._conn.info.transaction_status not in (
                pq.TransactionStatus.IDLE, pq.TransactionStatus.INTRANS):
            return
        if self._conn.execute("SELECT 1 FROM pg_cursors WHERE name = %s", (name,)).fetchone():
            self._conn.execute(f"CLOSE {name}")

    def iter(self, cls: type[R], order_by: str = "id", **where: Any) -> Iterator[R]:
        spec = TABLES[cls]
        order = self._order(spec, order_by)
        clause, params = self._where(cls, where)
        from_dict = cls.from_dict
        for (data,) in self._stream(f"SELECT data FROM {spec.table}{clause}{order}", params, _BATCH):
            yield from_dict(data)

    def iter_values(self, cls: type[Record], fields: Sequence[str], order_by: str = "id",
                    **where: Any) -> Iterator[tuple[Any, ...]]:
        spec = TABLES[cls]
        order = self._order(spec, order_by)
        select = _projection(spec.table, spec.columns, fields)
        clause, params = self._where(cls, where)
        for row in self._stream(f"SELECT {', '.join(select)} FROM {spec.table}{clause}{order}", params, 5000):
            yield tuple(row)

    def scan_values(self, cls: type[Record], fields: Sequence[str], *, part: int = 0,
                    parts: int = 1) -> Iterator[tuple[Any, ...]]:
        """No defined order; part ``part`` of ``parts`` holds the ids whose ``hashtext`` falls in it."""
        if not 0 <= part < parts:
            raise ValueError(f"part {part} is not one of 0..{parts - 1}")
        spec = TABLES[cls]
        select = _projection(spec.table, spec.columns, fields)
        clause = f" WHERE mod(abs(hashtext(id)::bigint), {int(parts)}) = {int(part)}" if parts > 1 else ""
        for row in self._stream(f"SELECT {', '.join(select)} FROM {spec.table}{clause}", [], 5000):
            yield tuple(row)

    def count(self, cls: type[Record], **where: Any) -> int:
        clause, params = self._where(cls, where)
        row = self._conn.execute(f"SELECT COUNT(*) FROM {TABLES[cls].table}{clause}", params).fetchone()
        return int(row[0]) if row else 0

    def lookup_alias(self, folded: str, entity_type: str = "person") -> list[str]:
        rows = self._conn.execute("SELECT DISTINCT entity_id FROM aliases WHERE entity_type = %s AND folded = %s",
                                  (entity_type, folded))
        return sorted(r[0] for r in rows)

    def alias_table(self, entity_type: str = "person") -> list[tuple[str, str, str]]:
        rows = self._conn.execute(
            "SELECT entity_id, alias, folded FROM aliases WHERE entity_type = %s ORDER BY entity_id, alias",
            (entity_type,))
        return [(a, b, c) for a, b, c in rows]

    def search_turns(self, query: str, limit: int = 50) -> list[Turn]:
        if not query.split():
            return []
        rows = self._conn.execute(
            "SELECT data FROM turns, plainto_tsquery('simple', %s) AS q WHERE text_tsv @@ q "
            "ORDER BY ts_rank(text_tsv, q) DESC, id LIMIT %s", (query, limit))
        return [Turn.from_dict(r[0]) for r in rows]

    def runs(self) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT DISTINCT ON (stage, name) stage, name, finished_at, stats FROM runs "
            "ORDER BY stage, name, finished_at DESC NULLS LAST, id DESC")
        return [{"stage": s, "name": n, "finished_at": f, "stats": st or {}} for s, n, f, st in rows]

    def finding_ids_for_person(self, person: str) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT finding FROM finding_persons WHERE person = %s", (person,))}


# -- throwaway clusters ---------------------------------------------------------------------

class TemporaryCluster:
    """A throwaway PostgreSQL server in a temporary folder, for tests and benchmarks.

    ``initdb`` refuses to run as root, so as root the server runs as the ``postgres`` user. It
    listens on 127.0.0.1 (a free port) and on a unix socket in its folder; :meth:`stop` (or
    leaving the ``with`` block) stops it and removes the folder. ``durable=False`` turns off
    fsync, which makes creating databases fast (tests); benchmarks keep the defaults.
    """

    def __init__(self, *, durable: bool = True, bindir: str | Path | None = None) -> None:
        found = Path(bindir) if bindir else self.find_bindir()
        if found is None:
            raise StoreError("PostgreSQL server programs (initdb, pg_ctl) were not found",
                             hint="install the PostgreSQL server (e.g. apt install postgresql)")
        self.bindir = found
        self.durable = durable
        self.folder: Path | None = None
        self.port = 0
        self._admin: psycopg.Connection[Any] | None = None
        self._databases = 0

    @staticmethod
    def find_bindir() -> Path | None:
        """The folder holding ``initdb`` and ``pg_ctl``: the newest /usr/lib/postgresql/*/bin, or PATH."""
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                            key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
        if candidates:
            return candidates[-1].parent
        on_path = shutil.which("initdb")
        return Path(on_path).parent if on_path else None

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", subprocess.list2cmdline(cmd)]
        done = subprocess.run(cmd, cwd=self.folder, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log" if self.folder else None
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise StoreError(f"{args[0]} failed: {(done.stderr or done.stdout).strip()} {tail}".strip(),
                             hint="see the PostgreSQL messages above")

    def start(self) -> str:
        """Create and start the cluster; return the URL of its ``postgres`` database."""
        root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="countertrial-pg-", dir=_shared_tempdir() if root else None))
        if root:
            import pwd

            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                shutil.rmtree(self.folder)
                raise StoreError("initdb refuses to run as root and there is no 'postgres' user",
                                 hint="run as an ordinary user, or create the postgres user") from None
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        settings = f"-c listen_addresses=127.0.0.1 -k {self.folder} -c max_connections=50"
        if not self.durable:
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        for attempt in range(3):
            self.port = _free_port()
            try:
                self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-w", "-t", "60",
                          "-o", f"-p {self.port} {settings}", "start")
                break
            except StoreError:
                if attempt == 2:
                    self.stop()
                    raise
        return self.url()

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        """A new empty database (from template0); returns its URL."""
        if self._admin is None:
            self._admin = psycopg.connect(self.url(), autocommit=True)
        self._databases += 1
        name = f"countertrial_{os.getpid()}_{self._databases}"
        self._admin.execute(f"CREATE DATABASE {name} TEMPLATE template0")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by :meth:`create_database` (its connections are ended first)."""
        if self._admin is not None:
            self._admin.execute(f"DROP DATABASE IF EXISTS {_q(url.rsplit('/', 1)[1])} WITH (FORCE)")

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self.folder is None:
            return
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
            finally:
                shutil.rmtree(self.folder, ignore_errors=True)
        else:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def __enter__(self) -> TemporaryCluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _shared_tempdir() -> str:
    """A temporary folder the ``postgres`` user can reach: $TMPDIR if every folder above it is
    searchable by others, else /tmp (a root-owned 0700 $TMPDIR would lock the server out)."""
    base = Path(tempfile.gettempdir()).resolve()
    if all(os.stat(p).st_mode & 0o001 for p in (base, *base.parents)):
        return str(base)
    return "/tmp"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _projection(table: str, columns: Iterable[str], fields: Sequence[str]) -> list[str]:
    """SELECT expressions for ``fields``: typed columns, or dotted paths into ``data`` (jsonb)."""
    known = set(columns)
    select: list[str] = []
    for name in fields:
        if name == "id" or name in known:
            select.append(_q(name))
        elif all(part.isidentifier() for part in name.split(".")):
            select.append("data #> '{" + ",".join(name.split(".")) + "}'")
        else:
            raise UsageError(f"'{name}' is not a column or a dotted field path of {table}")
    return select
