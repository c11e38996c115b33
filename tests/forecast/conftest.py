"""Fixtures for the forecasting tests: the Moscow record (needs ../shared) and the invented
Ruritania case (a fixture in this folder, with powers the Moscow trials never named)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from countertrial.record import import_record
from countertrial.store import Store, open_store

RURITANIA = Path(__file__).parent / "data" / "ruritania-showtrials.json"


def store_from(tmp: Path, *records: dict[str, Any] | Path) -> Store:
    """An in-memory store holding the given record files or record dicts."""
    store = open_store(":memory:")
    for i, rec in enumerate(records):
        if isinstance(rec, Path):
            import_record(store, rec)
        else:
            path = tmp / f"record-{i}.json"
            path.write_text(json.dumps(rec), encoding="utf-8")
            import_record(store, path)
    return store


@pytest.fixture(scope="module")
def moscow_path(shared_dir: Path) -> Path:
    return shared_dir / "record" / "moscow-trials.json"


@pytest.fixture(scope="module")
def moscow(moscow_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = store_from(tmp_path_factory.mktemp("moscow"), moscow_path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def ruritania(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = store_from(tmp_path_factory.mktemp("ruritania"), RURITANIA)
    yield store
    store.close()
