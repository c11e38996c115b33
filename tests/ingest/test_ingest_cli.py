"""The ingest, turns and show commands: exit codes, messages, JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from countertrial.cli import main

DIALOGUE = "VYSHINSKY: Did you meet him in Copenhagen?\nHOLTZMAN: Yes, at the Hotel Bristol.\n"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_turns_show(tmp_path: Path, case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "trial.txt"
    src.write_text(DIALOGUE, encoding="utf-8")
    code, out, _ = _run(capsys, "ingest", str(src), "--case", str(case_dir), "--proceeding", "moscow-1936")
    assert code == 0 and "1 ingested, 0 skipped, 0 failed, 2 turns" in out
    code, out, _ = _run(capsys, "turns", "--case", str(case_dir), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["speaker_label"] for r in rows] == ["VYSHINSKY", "HOLTZMAN"]
    for key in ("id", "document", "speaker_label", "person", "session_date", "page", "line_start", "line_end",
                "char_start", "char_end", "text"):
        assert key in rows[0]
    assert rows[1]["text"] == "Yes, at the Hotel Bristol." and rows[1]["line_start"] == 2
    assert DIALOGUE[rows[1]["char_start"]:rows[1]["char_end"]] == rows[1]["text"]
    code, out, _ = _run(capsys, "turns", "--case", str(case_dir), "--speaker", "holtz")
    assert code == 0 and len(out.splitlines()) == 1
    code, out, _ = _run(capsys, "show", rows[1]["id"], "--case", str(case_dir))
    assert code == 0 and "trial.txt" in out and "file lines 2-2" in out and "HOLTZMAN: Yes, at the Hotel Bristol." in out
    code, out, _ = _run(capsys, "ingest", str(src), "--case", str(case_dir))
    assert code == 0 and "already ingested" in out


def test_ingest_exit_code_1_when_a_file_fails(tmp_path: Path, case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(DIALOGUE, encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(256)) * 4)
    code, out, err = _run(capsys, "ingest", str(good), str(bad), "--case", str(case_dir))
    assert code == 1 and "1 ingested" in out
    assert err.count("\n") == 1 and "error CT102:" in err and "bad.bin" in err and "binary" in err


def test_usage_errors_exit_2(tmp_path: Path, case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "t.txt"
    src.write_text(DIALOGUE, encoding="utf-8")
    code, _, err = _run(capsys, "ingest", str(src), "--format", "nope", "--case", str(case_dir))
    assert code == 2 and "no parser named 'nope'" in err and "icty.v1" in err
    code, _, err = _run(capsys, "show", "0000", "--case", str(case_dir))
    assert code == 2 and "no turn named '0000'" in err
    code, _, _ = _run(capsys, "ingest", "--case", str(case_dir))
    assert code == 2


def test_explicit_format_and_json_report(tmp_path: Path, case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "essay.txt"
    src.write_text("Just prose, no speakers.\n\nAnother paragraph.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "ingest", str(src), "--format", "article", "--case", str(case_dir), "--json")
    row = json.loads(out)
    assert code == 0 and row["status"] == "ingested" and row["format"] == "article.v1" and row["turns"] == 2
