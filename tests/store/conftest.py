"""Fixtures for the store conformance suite: every test that takes ``store`` or ``location`` here
runs once per backend (``[sqlite]`` and ``[postgres]``).

The PostgreSQL runs use a throwaway cluster started once per test session (``initdb`` into a
temporary folder, as the ``postgres`` user when the tests run as root) and a fresh database per
test. Where psycopg or the PostgreSQL server programs are missing (a user's machine) those runs
skip with the reason; set ``COUNTERTRIAL_REQUIRE_POSTGRES=1`` (CI) to make that a failure instead.

Only ``tests/store`` is parametrized: the rest of the suite keeps the SQLite ``store`` fixture of
``tests/conftest.py``.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from countertrial.store import Store, open_store

if TYPE_CHECKING:
    from countertrial.store.postgres import TemporaryCluster

BACKENDS = ("sqlite", "postgres")


def postgres_missing() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    if importlib.util.find_spec("psycopg") is None:
        return 'psycopg is not installed (pip install "countertrial[postgres]")'
    from countertrial.store.postgres import TemporaryCluster

    if TemporaryCluster.find_bindir() is None:
        return "PostgreSQL server programs not found (/usr/lib/postgresql/*/bin/initdb, or initdb on PATH)"
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run initdb as"
    return None


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[TemporaryCluster]:
    """A throwaway PostgreSQL cluster for the whole session (fsync off: tests only)."""
    reason = postgres_missing()
    if reason is not None:
        if os.environ.get("COUNTERTRIAL_REQUIRE_POSTGRES"):
            pytest.fail(f"COUNTERTRIAL_REQUIRE_POSTGRES is set but {reason}")
        pytest.skip(f"PostgreSQL backend tests skipped: {reason}")
    from countertrial.store.postgres import TemporaryCluster

    with TemporaryCluster(durable=False) as cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: TemporaryCluster) -> Iterator[str]:
    """The URL of a fresh, empty database, dropped after the test."""
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where an empty, not yet migrated store can be opened (and reopened) on this backend."""
    if backend == "sqlite":
        return str(tmp_path / "case.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A fresh, migrated store on each backend (SQLite in memory, a new PostgreSQL database)."""
    s = open_store(":memory:" if backend == "sqlite" else request.getfixturevalue("pg_url"))
    try:
        yield s
    finally:
        s.close()
