"""The forecast and backtest commands: exit codes, messages and the JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from countertrial.cli import main
from countertrial.record import import_record
from countertrial.store import open_store

from .conftest import RURITANIA


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("case")
    with open_store(d) as store:
        import_record(store, RURITANIA)
    return d


def test_backtest_json_is_one_object(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backtest", "--case", str(case), "--cutoff", "1952-09-08", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    d = json.loads(out[0])
    keys = {"average_precision", "roc_auc", "brier", "log_loss", "top3_hit_rate"}
    assert d["cutoff"] == "1952-09-08" and d["scored_proceedings"] == ["strelsau_1952"]
    assert set(d["model"]) == keys and set(d["baselines"]) == {"base_rate", "trotsky_rule"}
    assert all(set(v) == keys for v in d["baselines"].values()) and d["forecasts"]


def test_backtest_text_and_errors(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backtest", "--case", str(case), "--rolling"]) == 0
    assert "trotsky_rule" in capsys.readouterr().out
    assert main(["backtest", "--case", str(case), "--cutoff", "1949-01-01"]) == 1
    assert "no proceeding with accusations ended before 1949-01-01" in capsys.readouterr().err
    assert main(["backtest", "--case", str(case), "--cutoff", "1952-09-08", "--proceeding", "strelsau_1951"]) == 2
    assert "starts before the cut-off" in capsys.readouterr().err
    assert main(["backtest", "--case", str(case), "--cutoff", "soon"]) == 2


def test_backtest_all_later_scores_every_later_proceeding_with_one_model(
        case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backtest", "--case", str(case), "--cutoff", "1951-06-04", "--all-later", "--json"]) == 0
    together = json.loads(capsys.readouterr().out)
    assert together["scored_proceedings"] == ["strelsau_1951", "strelsau_1952"]
    assert main(["backtest", "--case", str(case), "--cutoff", "1951-06-04", "--proceeding", "strelsau_1951",
                 "--proceeding", "strelsau_1952", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model"] == together["model"]  # the same as naming both
    assert main(["backtest", "--case", str(case), "--cutoff", "1951-06-04", "--all-later"]) == 0
    text = capsys.readouterr().out
    assert "scored strelsau_1951, strelsau_1952" in text and "AP/Brier by level" in text
    assert main(["backtest", "--case", str(case), "--all-later", "--proceeding", "strelsau_1952"]) == 2
    assert "drop --proceeding" in capsys.readouterr().err
    assert main(["backtest", "--case", str(case), "--all-later", "--rolling"]) == 2


def test_forecast_proceeding_and_persons(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", "--case", str(case), "--proceeding", "strelsau_1952", "--json", "--no-save"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["person"] for r in rows} == {"jost", "kern", "lenz", "moll", "nagy", "ott"}
    assert {r["cutoff"] for r in rows} == {"1952-09-08"} and {r["model"] for r in rows} == {"logreg.v1"}
    assert main(["forecast", "--case", str(case), "--persons", "jost,kern", "--as-of", "1952-09-08"]) == 0
    out = capsys.readouterr().out
    assert "Jan Jost: serving Borduria" in out
    with open_store(case) as store:
        from countertrial.model import Forecast

        assert store.count(Forecast, model="logreg.v1") > 0  # saved by default


def test_forecast_usage_errors(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", "--case", str(case)]) == 2
    assert "give either --proceeding" in capsys.readouterr().err
    assert main(["forecast", "--case", str(case), "--persons", "jost"]) == 2
    assert main(["forecast", "--case", str(case), "--proceeding", "nope"]) == 2
    assert "no proceeding named 'nope'" in capsys.readouterr().err
    assert main(["forecast", "--case", str(case), "--persons", "nobody", "--as-of", "1952-01"]) == 2


def test_forecast_learn_and_early_warning(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", "learn", "--case", str(case), "--before", "1952-09-08"]) == 0
    out = capsys.readouterr().out
    assert "posted_in" in out and "Anton Abel" in out
    assert main(["forecast", "learn", "--case", str(case), "--before", "1952-09-08", "--json"]) == 0
    learned = json.loads(capsys.readouterr().out)
    assert learned["cutoff"] == "1952-09-08" and learned["coefficients"][0]["examples"]
    assert main(["forecast", "early-warning", "--case", str(case), "--as-of", "1952-09-08", "--json"]) == 0
    people = [json.loads(line)["person"] for line in capsys.readouterr().out.splitlines()]
    assert "ott" in people and "abel" not in people  # ott was arrested; abel was already tried
