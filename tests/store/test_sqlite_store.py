"""Tests of what only the SQLite backend has: a file per case, WAL mode, case folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.errors import StoreError
from countertrial.store import open_store


def test_file_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    s = open_store(tmp_path / "c.sqlite")
    db = s._db  # type: ignore[attr-defined]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_missing_case_folder_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="countertrial init"):
        open_store(tmp_path / "nope")
