"""`countertrial extract` and `countertrial claims`: exit codes, JSON Lines, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from countertrial.cli import main
from countertrial.store import open_store


def test_extract_text_prints_claims_as_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["extract", "--text", "HOLTZMAN: In November 1932 I met Sedov in Copenhagen.", "--json"])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rc == 0 and len(out) == 1
    c = out[0]
    assert list(c)[:16] == ["id", "asserted_by", "subject", "act", "counterparts", "foreign_power", "place",
                            "country", "time", "polarity", "modality", "reported_by", "quote", "source",
                            "extractor", "confidence"]
    assert (c["subject"], c["act"], c["counterparts"], c["place"], c["time"]["precision"]) == (
        "holtzman", "meeting", ["sedov"], "Copenhagen", "month")
    # no case here, so no roster: both are new people, named as the text names them
    assert c["people"] == {"holtzman": {"name": "Holtzman", "unresolved": True},
                           "sedov": {"name": "Sedov", "unresolved": True}}


def test_extract_text_names_the_people_it_does_not_know(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["extract", "--text", "At his trial in 1950 Klaus Fuchs admitted that he met Harry Gold in Santa Fe.",
               "--json"])
    (c,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rc == 0 and (c["subject"], c["counterparts"]) == ("fuchs", ["gold"])
    assert c["people"] == {"fuchs": {"name": "Klaus Fuchs", "unresolved": True},
                           "gold": {"name": "Harry Gold", "unresolved": True}}


def test_extract_file_and_claims_listing(tmp_path: Path, case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text("PYATAKOV: In December 1935 I flew from Berlin to Oslo.\n", encoding="utf-8")
    assert main(["extract", "--file", str(f)]) == 0
    assert "pyatakov travel" in capsys.readouterr().out
    open_store(case_dir).close()
    assert main(["extract", "--case", str(case_dir), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == 0
    assert main(["claims", "--case", str(case_dir), "--act", "travel"]) == 0
    assert "0 claims" in capsys.readouterr().out


def test_unknown_extractor_lists_the_available_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--text", "x", "--extractor", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no extractor named 'nope'" in err and "rules.v1" in err


def test_text_and_file_together_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text("x", encoding="utf-8")
    assert main(["extract", "--text", "x", "--file", str(f)]) == 2
