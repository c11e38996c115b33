"""The synthetic case's bulk path: rows built directly must be exactly what ``Store.put`` would
store for the same records, and the case must stay byte-identical for a given seed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from countertrial.check.synth import SynthCase, synth_rows, write_synth
from countertrial.model import Claim, Fact, Turn, stable_id
from countertrial.store import open_store
from countertrial.store.base import row_values


def _digest(persons: int, claims: int, facts: int, seed: int, turns: int | None) -> str:
    h = hashlib.sha256()
    case = SynthCase()
    for item in synth_rows(persons, claims, facts, seed, turns=turns, case=case):
        row = item[1] if isinstance(item, tuple) else tuple(row_values(item)[2])
        h.update(repr(row).encode())
    h.update(json.dumps(case.planted).encode())
    return h.hexdigest()


@pytest.mark.parametrize(("args", "expected"), [
    ((120, 600, 100, 3, None), "a9f2d7b527a802894c4b45b47a62dfaec039ad3e7ef9e2f256817544acc0d99b"),
    ((250, 1500, 300, 11, 77), "ef869712362d8e4c4d6b7b63ab5f9b0f253bd3615ce17b4a6cd1d6715b893691"),
])
def test_rows_are_byte_identical_to_the_record_built_case(args: tuple[int, int, int, int, int | None],
                                                          expected: str) -> None:
    """Digests taken from the generator before it built rows directly (every column, every
    ``data`` JSON, the answer key): same seed, same case."""
    assert _digest(*args) == expected


@pytest.mark.parametrize("seed", [0, 5])
def test_every_row_is_what_put_would_store_for_its_record(seed: int) -> None:
    kinds = set()
    for item in synth_rows(150, 800, 200, seed, turns=60):
        if not isinstance(item, tuple):
            continue
        cls, row = item
        record = cls.from_dict(json.loads(row[-1]))
        assert row == tuple(row_values(record)[2])
        kinds.add(cls)
    assert kinds == {Claim, Fact, Turn}


def test_ids_match_stable_id() -> None:
    from countertrial.check.synth import _fast_sid

    for seed in (0, 1, -3, 10**12):
        for i in (0, 7, 999_999):
            assert _fast_sid(seed, "claim")(i) == stable_id("synth", seed, "claim", i)


def test_written_case_counts_and_finds_a_synthetic_turn(tmp_path: Path) -> None:
    case = write_synth(120, 600, 100, 3, tmp_path / "case", turns=90)
    assert len(case.planted) == 9  # one planted set: 12 residences and 3 record facts of its own
    with open_store(tmp_path / "case") as store:
        assert store.count(Turn) == 90 and store.count(Fact) == 100 + 15
        some = store.list(Turn)[17]
        word = some.text.split()[-1].rstrip(".")
        assert some.id in {t.id for t in store.search_turns(word, limit=200)}
