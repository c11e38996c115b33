from __future__ import annotations

import json
from pathlib import Path

import pytest

from countertrial.check import list_findings, run_checks
from countertrial.check.synth import load_synth, synth_records
from countertrial.cli import main
from countertrial.store import Store


def test_every_planted_conflict_is_found_and_nothing_else(store: Store, tmp_path: Path) -> None:
    assert main(["synth", "--persons", "250", "--claims", "1500", "--facts", "300", "--seed", "11",
                 "--out", str(tmp_path / "case.jsonl")]) == 0
    planted = load_synth(store, tmp_path / "case.jsonl")
    run_checks(store)
    found = list_findings(store)
    key = sorted((p["kind"], sorted(p.get("claims") or p.get("turns") or [])) for p in planted)
    got = sorted((f["kind"], sorted(e["id"] for e in f["evidence"] if e["type"] in ("claim", "turn")))
                 for f in found)
    assert len(planted) == 9 * 2 and got == key


def test_synth_is_reproducible() -> None:
    first = [r.to_dict() for r in synth_records(40, 100, 30, seed=5)]
    assert first == [r.to_dict() for r in synth_records(40, 100, 30, seed=5)]
    assert first != [r.to_dict() for r in synth_records(40, 100, 30, seed=6)]


def test_cli_round_trip_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = str(tmp_path / "case")
    assert main(["synth", "--persons", "120", "--claims", "300", "--facts", "100", "--out", case]) == 0
    assert "18 planted" not in capsys.readouterr().out  # 120 persons plant one set: 9 cases
    assert main(["check", "--case", case, "--checker", "stance", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["added"] == 2
    assert main(["findings", "--case", case, "--json", "--kind", "repudiation"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"id", "kind", "checker", "persons", "places", "explanation", "evidence", "score", "verdict"} <= set(row)
    assert main(["review", row["id"], "--case", case, "--verdict", "confirmed", "--reason", "seen", "--by", "me"]) == 0
    capsys.readouterr()
    assert main(["findings", "--case", case, "--json", "--kind", "repudiation"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"]["by"] == "me"
    assert main(["check", "--case", case, "--checker", "nope"]) == 2
    assert "stance.v1" in capsys.readouterr().err
    assert main(["review", row["id"], "--case", case, "--verdict", "maybe", "--reason", "x"]) == 2
    assert main(["review", "0000000", "--case", case, "--verdict", "unsure", "--reason", "x"]) == 2
    assert main(["check", "--case", str(tmp_path / "missing")]) == 1
    assert main(["findings", "--case", case, "--person", "nobody"]) == 0
    assert "no findings" in capsys.readouterr().out
