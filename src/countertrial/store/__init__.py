"""The case store: one interface (:class:`Store`), an embedded SQLite backend and a PostgreSQL one.

``open_store(case_dir)`` opens (and migrates) the store of a case folder;
``open_store("postgresql://...")`` a PostgreSQL database (:mod:`countertrial.store.postgres`).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import StoreError
from .base import TABLES, FindingsUpdate, Store
from .sqlite import SQLiteStore

__all__ = ["Store", "SQLiteStore", "FindingsUpdate", "TABLES", "open_store", "STORE_FILE"]

STORE_FILE = "case.sqlite"


def open_store(location: str | Path, *, migrate: bool = True) -> Store:
    """Open the store of a case folder (``DIR/case.sqlite``), a ``.sqlite`` file, ``:memory:``, or a
    PostgreSQL database (``postgresql://USER@HOST:PORT/DBNAME``, needs ``countertrial[postgres]``).
    """
    text = str(location)
    if text.startswith(("postgresql:", "postgres:", "postgresql+psycopg:")):
        # a URL that went through Path() lost one slash of "//": put it back
        return _open_postgres(re.sub(r"^([a-z+]+):/(?!/)", r"\1://", text), migrate=migrate)
    if text == ":memory:":
        store: Store = SQLiteStore(":memory:")
    else:
        path = Path(text)
        if path.is_dir() or not path.suffix:
            if not path.exists():
                raise StoreError(f"case folder {path} does not exist", hint=f"create it with: countertrial init {path}")
            path = path / STORE_FILE
        store = SQLiteStore(path)
    if migrate:
        store.migrate()
    return store


def _open_postgres(url: str, *, migrate: bool) -> Store:
    try:
        from .postgres import PostgresStore
    except ImportError as exc:
        if (exc.name or "").split(".")[0] != "psycopg":
            raise
        raise StoreError("the PostgreSQL backend needs the psycopg package, which is not installed",
                         hint='install it with: pip install "countertrial[postgres]"') from None
    store = PostgresStore(url)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store
