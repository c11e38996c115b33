"""No leakage: whatever is dated on or after the cut-off — deleted, or shuffled among itself —
the forecasts, the coefficients, the early-warning list and the model variant chosen by validation
(with its whole validation table) stay exactly the same."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from countertrial.dates import parse_partial_date
from countertrial.forecast import early_warning, forecast_persons, learn, select_model
from countertrial.forecast.select import _CACHE

from .conftest import RURITANIA, store_from


def _day(text: str | None) -> str | None:
    if not text:
        return None
    start = parse_partial_date(str(text)[:10]).start
    return start.isoformat() if start else None


def _after(row: dict[str, Any], section: str, cutoff: str, starts: dict[str, str]) -> bool:
    """Is this row dated on or after ``cutoff`` (the way the record dates it)?"""
    if section == "record_facts":
        when = _day(row.get("start")) or _day(row.get("end"))
    elif section in ("accusations", "refutations"):
        when = starts.get(row.get("proceeding") or "")
    elif section == "pleas":
        when = _day(row.get("date"))
    else:
        return False
    return when is not None and when >= cutoff


def variants(record: dict[str, Any], cutoff: str, seed: int = 7) -> tuple[dict[str, Any], dict[str, Any]]:
    """(deleted, shuffled): the record without anything dated after the cut-off, and the record
    with those rows' people, acts, powers, countries and contacts shuffled among themselves."""
    starts = {p["id"]: _day(p["start"]) for p in record["proceedings"]}
    rng = random.Random(seed)
    deleted = {k: ([r for r in v if not _after(r, k, cutoff, starts)] if isinstance(v, list) else v)
               for k, v in record.items()}
    shuffled = json.loads(json.dumps(record))
    for section, fields in (("accusations", ("defendant", "act", "foreign_power", "alleged_contacts", "place")),
                            ("record_facts", ("person", "kind", "country", "place", "detail")),
                            ("pleas", ("person", "stance"))):
        late = [r for r in shuffled.get(section, []) if _after(r, section, cutoff, starts)]
        for field in fields:
            values = [r[field] for r in late]
            rng.shuffle(values)
            for r, value in zip(late, values):
                r[field] = value
        if section == "record_facts":  # a shuffled kind must not make a late fact undated or early
            for r in late:
                if r["kind"] in ("opposition", "capitulation") and r["country"] is None:
                    r["country"] = "Nowhere"
    return deleted, shuffled


def _snapshot(store: Any, persons: list[str], cutoff: str, warn_too: bool) -> Any:
    _CACHE.clear()  # the selection is memoised on its input; recompute it from this store's history
    selection = select_model(store, cutoff).to_dict()
    fc = forecast_persons(store, persons, cutoff)
    model = learn(store, cutoff)
    warn = [e.to_dict() for e in early_warning(store, cutoff, likely=2)] if warn_too else []
    return ([f.to_dict() for f in fc], model.to_dict(), warn, selection)


def _check(record: dict[str, Any], cutoff: str, persons: list[str], tmp_path: Path, warn_too: bool = True) -> None:
    deleted, shuffled = variants(record, cutoff)
    assert deleted != record, "the cut-off must actually remove something for the test to mean anything"
    full = _snapshot(store_from(tmp_path, record), persons, cutoff, warn_too)
    assert full[0], "no forecasts to compare"
    assert _snapshot(store_from(tmp_path, deleted), persons, cutoff, warn_too) == full
    assert _snapshot(store_from(tmp_path, shuffled), persons, cutoff, warn_too) == full


@pytest.mark.parametrize("cutoff", ["1951-06-04", "1952-09-08"])
def test_ruritania_forecasts_ignore_everything_after_the_cutoff(cutoff: str, tmp_path: Path) -> None:
    record = json.loads(RURITANIA.read_text(encoding="utf-8"))
    starts = {p["id"]: p["start"] for p in record["proceedings"]}
    persons = sorted({a["defendant"] for a in record["accusations"] if starts[a["proceeding"]] >= cutoff})
    _check(record, cutoff, persons, tmp_path)


def test_moscow_1938_forecast_ignores_everything_after_the_cutoff(moscow_path: Path, tmp_path: Path) -> None:
    record = json.loads(moscow_path.read_text(encoding="utf-8"))
    persons = ["krestinsky", "rakovsky", "bukharin", "rykov", "yagoda", "sharangovich"]
    _check(record, "1938-03-02", persons, tmp_path, warn_too=False)
