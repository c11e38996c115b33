"""Any case: the invented Ruritania trials, whose last trial names a power no earlier one did."""

from __future__ import annotations

from pathlib import Path

from countertrial.forecast import backtest, rolling_backtest
from countertrial.model import Forecast
from countertrial.store import Store

from .conftest import RURITANIA, store_from


def _borduria(forecasts: list[Forecast]) -> dict[str, float]:
    return {f.person: f.probability for f in forecasts if f.foreign_power == "Borduria"}


def test_unseen_power_is_forecast_from_relational_features(ruritania: Store) -> None:
    result = backtest(ruritania)  # default: the last trial, cut at its start
    assert result.scored_proceedings == ["strelsau_1952"]
    assert "Borduria" not in result.coefficients  # features never name a power
    probs = _borduria(result.forecasts)
    # jost was posted there, kern sent there after capitulating, ott travelled there
    assert min(probs["jost"], probs["kern"], probs["ott"]) > max(probs["lenz"], probs["moll"], probs["nagy"])
    assert result.by_level["power"]["model"]["average_precision"] == 1.0
    for name in ("base_rate", "trotsky_rule"):
        assert result.beats(name)["average_precision"] and result.beats(name)["brier"]


def test_rolling_backtest_scores_each_trial_in_turn(ruritania: Store) -> None:
    results = rolling_backtest(ruritania)
    assert [r.scored_proceedings for r in results] == [["strelsau_1951"], ["strelsau_1952"]]
    assert [r.cutoff for r in results] == ["1951-06-04", "1952-09-08"]


def test_trained_on_moscow_only_forecasts_ruritania(moscow_path: Path, tmp_path: Path) -> None:
    store = store_from(tmp_path, moscow_path, RURITANIA)
    result = backtest(store, "1950-05-01", proceedings=["strelsau_1950", "strelsau_1951", "strelsau_1952"])
    assert all(e.proceeding.startswith(("moscow", "leningrad")) for e in result_examples(store))
    freedonia = {f.person: f.probability for f in result.forecasts
                 if f.foreign_power == "Freedonia" and f.proceeding == "strelsau_1950"}
    assert freedonia["abel"] > freedonia["czerny"]  # posted in Freedonia vs a railway director at home
    abel = next(f for f in result.forecasts if f.person == "abel" and f.foreign_power == "Freedonia")
    assert "posted in Freedonia" in abel.extra["summary"]
    assert result.model["average_precision"] is not None


def result_examples(store: Store) -> list[object]:
    from countertrial.forecast import learn

    return list(learn(store, "1950-05-01").examples)


POSTWAR = Path(__file__).resolve().parents[2] / "src" / "countertrial" / "reference" / "postwar" / "record.json"
LATER = ["sofia_1949_kostov", "prague_1952_slansky"]


def test_powers_written_as_services_or_demonyms_forecast_the_same(tmp_path: Path) -> None:
    """Another record may write "Yugoslav intelligence" or "the Americans" where ours writes the
    country: the forecast reads them as the same powers and scores exactly the same."""
    import json

    record = json.loads(POSTWAR.read_text(encoding="utf-8"))
    plain = store_from(tmp_path, record)
    renames = {"Yugoslavia": ["Yugoslav intelligence", "Tito's agents"], "United States": ["the Americans", "CIA"],
               "Britain": ["British intelligence", "the United Kingdom"]}
    seen: dict[str, int] = {}
    for acc in record["accusations"]:
        power = acc.get("foreign_power")
        if power in renames:
            seen[power] = seen.get(power, 0) + 1
            acc["foreign_power"] = renames[power][seen[power] % 2]
    assert sum(seen.values()) >= 50
    (tmp_path / "services").mkdir()
    written = store_from(tmp_path / "services", record)
    a = backtest(plain, "1949-12-07", proceedings=LATER)
    b = backtest(written, "1949-12-07", proceedings=LATER)
    assert a.model == b.model and a.baselines == b.baselines
    assert [(f.person, f.act, f.foreign_power, f.probability) for f in a.forecasts] == \
        [(f.person, f.act, f.foreign_power, f.probability) for f in b.forecasts]


def test_one_accusation_naming_two_powers_serves_both() -> None:
    from countertrial.forecast.learn import label_keys
    from countertrial.forecast.vocab import canonical_powers
    from countertrial.model import Claim

    both = Claim(id="c1", asserted_by=None, subject="rajk", act="espionage",
                 foreign_power="Britain and the United States")
    assert label_keys([both]) == {("espionage", None), ("serving", "United Kingdom"), ("serving", "United States")}
    # split only when every part is a known power: a country named with "and", or unknown names, stay whole
    assert canonical_powers("Trinidad and Tobago") == ("Trinidad and Tobago",)
    assert canonical_powers("Syldavia and Borduria") == ("Syldavia and Borduria",)
    assert canonical_powers("the Gestapo") == ("Germany",) and canonical_powers(None) == ()
