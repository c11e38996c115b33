"""The case store: one interface (:class:`Store`), an embedded SQLite backend.

``open_store(case_dir)`` opens (and migrates) the store of a case folder.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import TABLES, FindingsUpdate, Store
from .sqlite import SQLiteStore

__all__ = ["Store", "SQLiteStore", "FindingsUpdate", "TABLES", "open_store", "STORE_FILE"]

STORE_FILE = "case.sqlite"


def open_store(location: str | Path, *, migrate: bool = True) -> Store:
    """Open the store of a case folder (``DIR/case.sqlite``), a ``.sqlite`` file, or ``:memory:``.

    A ``postgresql://`` URL is reserved for the PostgreSQL backend, which is not built yet.
    """
    text = str(location)
    if text.startswith(("postgresql:", "postgres:")):
        raise StoreError("the PostgreSQL backend is not built yet", hint="use a case folder (SQLite) for now")
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
