"""The East European trials of 1947-1952 (``reference/postwar``), forecast from the Moscow trials
alone: the development case of the anchored model (docs/forecasting.md), so these tests hold the
measured result, not an unseen one."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.forecast import backtest
from countertrial.forecast.select import DEFAULT
from countertrial.store import Store

from .conftest import store_from

POSTWAR = Path(__file__).resolve().parents[2] / "src" / "countertrial" / "reference" / "postwar" / "record.json"
TRIALS = ["sofia_1947_petkov", "budapest_1949_mindszenty", "tirana_1949_xoxe", "budapest_1949_rajk",
          "sofia_1949_kostov", "prague_1952_slansky"]


@pytest.fixture(scope="module")
def both(moscow_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    return store_from(tmp_path_factory.mktemp("postwar"), moscow_path, POSTWAR)


def test_trained_on_moscow_only_beats_both_baselines_on_the_postwar_trials(both: Store) -> None:
    result = backtest(both, "1947-01-01", all_later=True)
    assert result.scored_proceedings == TRIALS
    folds = result.selection["folds"]
    assert len(folds) == 4 and all(p.startswith(("leningrad", "moscow")) for p in folds)  # Moscow only
    assert result.selection["chosen"]["label"] == DEFAULT.label
    for name in ("base_rate", "trotsky_rule"):
        beats = result.beats(name)
        assert beats["average_precision"] and beats["brier"], (result.model, result.baselines[name])


def test_unseen_powers_are_ranked_by_the_record(both: Store) -> None:
    result = backtest(both, "1949-09-01", proceedings=["budapest_1949_rajk"])
    # no earlier trial accused anyone of serving Yugoslavia: only the record's relations rank it
    yugoslavia = {f.person: f.probability for f in result.forecasts if f.foreign_power == "Yugoslavia"}
    assert yugoslavia["brankov"] > max(p for who, p in yugoslavia.items() if who != "brankov")  # born there
    brankov = [f for f in result.forecasts if f.person == "brankov" and f.foreign_power]
    assert max(brankov, key=lambda f: f.probability).foreign_power == "Yugoslavia"
    assert "Yugoslavia" in next(f for f in brankov if f.foreign_power == "Yugoslavia").extra["summary"]
