"""The shared claim pass gives the same findings on worker processes as in one process."""

from __future__ import annotations

from pathlib import Path

from countertrial.check import CheckConfig
from countertrial.check.scan import run_checkers
from countertrial.check.synth import write_synth
from countertrial.registry import checkers
from countertrial.store import open_store


def test_workers_and_one_process_agree(tmp_path: Path) -> None:
    write_synth(400, 3000, 400, 5, tmp_path / "case")
    store = open_store(tmp_path / "case")
    try:
        def run(workers: int, partition: int) -> dict[str, list[str]]:
            cfg = CheckConfig(workers=workers, parallel_min_claims=0, witness_partition_claims=partition)
            found = run_checkers(store, [checkers.get(n)(cfg) for n in checkers.names()],  # type: ignore[operator]
                                 workers=workers, min_parallel_claims=0)
            return {name: sorted({f.id for f in items}) for name, items in found.items()}

        serial = run(1, 50_000)
        assert all(serial.values()), serial
        assert run(2, 700) == serial
    finally:
        store.close()
