"""CLI: init / import-record / status / export-record, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from countertrial.cli import main

from ..record.test_import import MINI


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_import_status_from_a_clean_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "c"
    assert run(capsys, "init", str(case))[0] == 0
    assert (case / "case.yaml").read_text("utf-8").startswith("# countertrial case file")
    rec = tmp_path / "r.json"
    rec.write_text(json.dumps(MINI), "utf-8")
    code, out, _ = run(capsys, "import-record", str(rec), "--case", str(case))
    assert code == 0 and "1 persons" in out
    code, out, _ = run(capsys, "status", "--case", str(case), "--json")
    first = json.loads(out)["counts"]
    assert code == 0 and first["persons"] == 1 and first["claims"] == 2
    run(capsys, "import-record", str(rec), "--case", str(case))
    assert json.loads(run(capsys, "status", "--case", str(case), "--json")[1])["counts"] == first
    code, out, _ = run(capsys, "export-record", "--case", str(case))
    assert code == 0 and json.loads(out)["persons"][0]["id"] == "pyatakov"


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init", str(tmp_path))
    code, _, err = run(capsys, "init", str(tmp_path))
    assert code == 2 and "already exists" in err


def test_bad_row_exits_1_with_one_line_naming_file_row_field(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init", str(tmp_path))
    bad = json.loads(json.dumps(MINI))
    bad["pleas"][0]["date"] = "1938-02-30"
    rec = tmp_path / "bad.json"
    rec.write_text(json.dumps(bad), "utf-8")
    code, _, err = run(capsys, "import-record", str(rec), "--case", str(tmp_path), "--strict")
    assert code == 1
    assert err.count("\n") == 1 and "bad.json: pleas[0]" in err and "field 'date'" in err
    assert "Traceback" not in err
    assert json.loads(run(capsys, "status", "--case", str(tmp_path), "--json")[1])["counts"]["persons"] == 0
    # without --strict the bad row is named and left out, the rest is imported, and the exit code says so
    code, out, err = run(capsys, "import-record", str(rec), "--case", str(tmp_path))
    assert code == 1 and err.count("\n") == 1 and "bad.json: pleas[0]" in err and "row left out" in err
    assert "1 bad row left out" in out
    counts = json.loads(run(capsys, "status", "--case", str(tmp_path), "--json")[1])["counts"]
    assert counts["persons"] == 1 and counts["claims"] == 1


def test_missing_case_folder_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "status", "--case", str(tmp_path / "missing"))
    assert code == 1 and "countertrial init" in err
    code, _, _ = run(capsys, "status", "--no-such-option")
    assert code == 2


def test_every_command_has_help_and_is_documented(capsys: pytest.CaptureFixture[str]) -> None:
    from countertrial.cli import cli

    root = Path(__file__).resolve().parents[2]
    docs = (root / "README.md").read_text("utf-8") + (root / "docs" / "cli.md").read_text("utf-8")
    for name in cli.commands:
        code, out, _ = run(capsys, name, "--help")
        assert code == 0 and "Usage:" in out, name
        assert f"countertrial {name}" in docs, f"`countertrial {name}` is not documented in README.md or docs/cli.md"


def test_unreadable_or_missing_files_are_one_line_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["extract", "--file", str(tmp_path / "missing.txt")]) == 2
    assert "does not exist" in capsys.readouterr().err
    text = tmp_path / "locked.txt"
    text.write_text("Rakovsky met the Japanese in Tokyo.", encoding="utf-8")

    read_text = Path.read_text

    def refuse(self: Path, *args: Any, **kwargs: Any) -> str:
        if self == text:
            raise PermissionError(13, "Permission denied", str(self))
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    assert main(["extract", "--file", str(text)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error CT101: {text}: Permission denied (check the path and its permissions)"


def test_claims_by_modality(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "c"
    run(capsys, "init", str(case))
    text = tmp_path / "day1.txt"
    text.write_text("PROSECUTOR: Did you meet Petrov in Lyon in 1934?\n\n"
                    "KOVACS: Yes. I met Petrov in Lyon in 1934, and in May 1935 I flew to Oslo.\n\n"
                    "PROSECUTOR: And Nemeth went to Oslo with Petrov in 1935.\n", encoding="utf-8")
    assert run(capsys, "ingest", str(text), "--case", str(case))[0] == 0
    assert run(capsys, "extract", "--case", str(case))[0] == 0
    code, out, _ = run(capsys, "claims", "--case", str(case), "--json")
    every = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {c["modality"] for c in every} >= {"testimony", "accusation"}
    code, out, _ = run(capsys, "claims", "--case", str(case), "--json", "--modality", "testimony, confession")
    kept = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and kept and {c["modality"] for c in kept} == {"testimony"}
    assert len(kept) == sum(c["modality"] == "testimony" for c in every)
    code, _, err = run(capsys, "claims", "--case", str(case), "--modality", "testimony,hearsay")
    assert code == 2 and "unknown modality hearsay" in err and len(err.strip().splitlines()) == 1
