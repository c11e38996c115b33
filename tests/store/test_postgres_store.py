"""Tests of what only the PostgreSQL backend has: the server, its full-text search, its migrations
table, transactions seen from another connection, bulk writes and server-side cursors.

Tests that need a server take ``pg_url`` (a fresh database on the session's throwaway cluster)
and skip with the reason where PostgreSQL is not installed; the two error-message tests at the
top need no server.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from countertrial.dates import parse_partial_date
from countertrial.errors import StoreError
from countertrial.model import Claim, Document, Person, Source, Turn
from countertrial.store import open_store
from countertrial.store.sqlite import MIGRATIONS as SQLITE_MIGRATIONS


def test_missing_psycopg_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.delitem(sys.modules, "countertrial.store.postgres", raising=False)
    with pytest.raises(StoreError, match=r"countertrial\[postgres\]"):
        open_store("postgresql://postgres@127.0.0.1:5432/case")


def test_unreachable_server_is_a_store_error_naming_the_url() -> None:
    pytest.importorskip("psycopg", reason='psycopg is not installed (pip install "countertrial[postgres]")')
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL at postgresql://ana:\*\*\*@127\.0\.0\.1:1/"):
        open_store("postgresql://ana:secret@127.0.0.1:1/case")


def test_password_is_not_shown_and_url_spellings_are_accepted(pg_url: str) -> None:
    with_password = pg_url.replace("postgres@", "postgres:hunter2@")
    with open_store(with_password) as store:
        assert store.url == pg_url.replace("postgres@", "postgres:***@")
    with open_store(Path(pg_url)) as store:  # the CLI's --case is a Path: "//" became "/"
        assert store.url == pg_url
    with open_store(pg_url.replace("postgresql:", "postgresql+psycopg:")) as store:
        assert store.applied_migrations() == list(SQLITE_MIGRATIONS)


def test_missing_database_is_a_store_error(pg_url: str) -> None:
    with pytest.raises(StoreError, match="names an existing database"):
        open_store(pg_url.rsplit("/", 1)[0] + "/no_such_database")


@pytest.fixture
def conn(pg_url: str) -> Iterator[Any]:
    """A second, independent connection to the test database."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as c:
        yield c


def test_migrations_are_recorded_under_the_sqlite_names(pg_url: str, conn: Any) -> None:
    open_store(pg_url).close()
    rows = conn.execute("SELECT name, applied_at FROM schema_migrations ORDER BY name").fetchall()
    assert [r[0] for r in rows] == list(SQLITE_MIGRATIONS)
    assert all(r[1].startswith("20") for r in rows)
    tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"claims", "facts", "turns", "aliases", "finding_persons", "runs", "schema_migrations"} <= tables


def test_concurrent_first_opens_apply_each_migration_once(pg_url: str) -> None:
    stores = [open_store(pg_url, migrate=False) for _ in range(3)]
    applied: list[list[str]] = []
    errors: list[BaseException] = []

    def migrate(s: Any) -> None:
        try:
            applied.append(s.migrate())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=migrate, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert errors == []
    assert sorted(name for names in applied for name in names) == list(SQLITE_MIGRATIONS)


def test_nul_character_is_refused_with_the_fix(pg_url: str) -> None:
    with open_store(pg_url) as store:
        with pytest.raises(StoreError, match="strip it before storing"):
            store.put([Person("a", "A"), Person("n", "a\x00b")])
        assert store.count(Person) == 0


def test_full_text_search_uses_a_generated_tsvector_with_a_gin_index(pg_url: str, conn: Any) -> None:
    with open_store(pg_url) as store:
        store.put([Document("d", "x", "colon"), Turn("t1", "d", 0, "A", "We met at the Hotel Bristol."),
                   Turn("t2", "d", 1, "B", "Bristol? Bristol. I was in Bristol.")])
        assert [t.id for t in store.search_turns("Bristol")] == ["t2", "t1"]  # ranked: more mentions first
        assert [t.id for t in store.search_turns("hotel & bristol | (")] == ["t1"]  # not tsquery syntax
    index = conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'turns' AND indexname = 'turns_text_tsv'")
    assert "USING gin (text_tsv)" in index.fetchone()[0]
    assert conn.execute("SELECT text_tsv::text FROM turns WHERE id = 't1'").fetchone()[0] == (
        "'at':3 'bristol':6 'hotel':5 'met':2 'the':4 'we':1")


def test_transaction_is_invisible_to_others_until_commit_and_rolls_back(pg_url: str, conn: Any) -> None:
    def persons() -> int:
        return int(conn.execute("SELECT count(*) FROM persons").fetchone()[0])

    with open_store(pg_url) as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.put([Person("a", "A")])
                with store.transaction():
                    store.put([Person("b", "B")])
                assert store.count(Person) == 2 and persons() == 0
                raise RuntimeError("interrupted")
        assert store.count(Person) == 0
        with store.transaction():
            store.put([Person("c", "C")])
            assert persons() == 0
        assert persons() == 1


def _claims(n: int) -> list[Claim]:
    return [Claim(id=f"c{i:06d}", asserted_by=f"p{i % 7}", subject=f"p{i % 11}", act="meeting",
                  time=parse_partial_date(f"19{30 + i % 8}"), source=Source(document="d", turn=f"t{i}"),
                  extractor="bulk.v1", confidence=0.5) for i in range(n)]


def test_bulk_put_of_twenty_thousand_claims_is_one_transaction(pg_url: str, conn: Any) -> None:
    claims = _claims(21_000)
    with open_store(pg_url) as store:
        assert store.put(claims[:20_000]) == 20_000
        assert store.count(Claim, extractor="bulk.v1") == 20_000
        assert store.put(claims[:10] + claims[20_000:20_010]) == 10
        with pytest.raises(StoreError):
            store.put([*claims[20_010:], Turn("t", "no-such-document", 0, "X", "text")])
        assert store.count(Claim) == 20_010
        # subject p3 is i % 11 == 3; the latest year, 1937, is i % 8 == 7: i = 47, 47 + 88, ...
        assert [c.id for c in store.iter(Claim, order_by="t_start DESC", subject="p3")][:2] == ["c000047", "c000135"]
    assert conn.execute("SELECT count(*) FROM claims WHERE (data->>'confidence')::float = 0.5").fetchone()[0] == 20_010


def test_iteration_reads_in_batches_and_leaves_no_cursor_behind(pg_url: str, conn: Any) -> None:
    with open_store(pg_url) as store:
        store.put(_claims(5000))
        rows = cast(Generator[Claim, None, None], store.iter(Claim))
        next(rows)
        assert conn.execute("SELECT count(*) FROM pg_cursors").fetchone()[0] == 0  # another session
        own = store._conn.execute("SELECT count(*) FROM pg_cursors").fetchone()[0]  # type: ignore[attr-defined]
        assert own == 1
        rows.close()
        assert store._conn.execute("SELECT count(*) FROM pg_cursors").fetchone()[0] == 0  # type: ignore[attr-defined]
        assert sum(1 for _ in store.iter(Claim)) == 5000
        assert store._conn.execute("SELECT count(*) FROM pg_cursors").fetchone()[0] == 0  # type: ignore[attr-defined]
        with pytest.raises(RuntimeError):
            with store.transaction():
                early = cast(Generator[Claim, None, None], store.iter(Claim))
                next(early)
                raise RuntimeError
        early.close()  # its cursor went with the rolled back transaction: closing must not fail
        with store.transaction():
            store.put([Person("a", "A")])
        assert store.count(Person) == 1


def test_reference_record_reads_back_identically_on_both_backends(shared_dir: Path, pg_url: str) -> None:
    from countertrial.record import import_record
    from countertrial.store import TABLES

    with open_store(":memory:") as lite, open_store(pg_url) as pg:
        for store in (lite, pg):
            import_record(store, shared_dir / "record" / "moscow-trials.json")
        assert pg.counts() == lite.counts() and lite.counts()["claims"] > 100
        for cls in TABLES:
            assert pg.list(cls) == lite.list(cls), cls
        assert pg.alias_table() == lite.alias_table()
