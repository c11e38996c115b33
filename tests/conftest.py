"""Shared test fixtures. Tests that need ../shared (corpora, record, seed) use ``shared_dir`` and
skip with a reason when it is absent (a user's clone); in CI it is present."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from countertrial.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout; skips the test when it is absent."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): real-data tests run in CI, where it is present")
    return SHARED


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh, migrated in-memory store."""
    s = open_store(":memory:")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """An empty case folder."""
    d = tmp_path / "case"
    d.mkdir()
    return d
