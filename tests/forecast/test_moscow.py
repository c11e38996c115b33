"""Learning, forecasting and backtesting on the shared Moscow record (1935-1938)."""

from __future__ import annotations

import math

import pytest

from countertrial.errors import NotFound
from countertrial.forecast import backtest, early_warning, early_warning_scores, forecast_proceeding, learn, select_model
from countertrial.forecast.data import CaseData
from countertrial.forecast.features import FeatureBuilder
from countertrial.forecast.learn import training_examples
from countertrial.forecast.models import TwoStageForecaster, _person_row
from countertrial.forecast.select import DEFAULT, VARIANTS
from countertrial.store import Store

PROC_1938 = "moscow_1938_bloc_of_rights_and_trotskyites"
KEYS = {"average_precision", "roc_auc", "brier", "log_loss", "top3_hit_rate"}


def test_learn_reports_coefficients_with_their_examples(moscow: Store) -> None:
    model = learn(moscow, "1938-03-02")
    assert model.cutoff == "1938-03-02"
    assert {e.proceeding for e in model.examples} == {"leningrad_1935_moscow_centre",
                                                      "moscow_1936_trotskyite_zinovievite_centre",
                                                      "moscow_1937_anti_soviet_trotskyite_centre"}
    rows = {r["feature"]: r for r in model.coefficients()}
    rule = rows["sent_after_capitulation"]
    # Pyatakov: capitulated 1928, sent to Berlin 1931, accused in 1937 of serving Germany
    assert rule["alleged"] >= 1 and rule["examples"][0]["person"] == "pyatakov"
    assert any("Berlin" in e for e in rule["examples"][0]["evidence"])
    assert all(math.isfinite(float(r["weight"])) for r in rows.values())


def test_features_read_the_record_relationally(moscow: Store) -> None:
    data = CaseData(moscow)
    builder = FeatureBuilder(data.snapshot("1938-03-02"), data.proceedings[PROC_1938])
    assert builder.home == "Soviet Union"
    krestinsky = builder.features("krestinsky", "serving", "Germany")
    assert krestinsky.features["posted_in"] == 1.0
    assert "Berlin" in krestinsky.evidence["posted_in"][0]
    rakovsky = builder.features("rakovsky", "serving", "Japan")
    assert rakovsky.features["sent_after_capitulation"] == 1.0
    assert builder.features("rakovsky", "serving", "United Kingdom").features["posted_in"] == 1.0
    assert "posted_in" not in builder.features("bukharin", "serving", "Germany").features


def test_forecast_proceeding_uses_only_the_past(moscow: Store) -> None:
    forecasts = forecast_proceeding(moscow, PROC_1938)
    assert {f.cutoff for f in forecasts} == {"1938-03-02"}
    assert len({f.person for f in forecasts}) == 21
    rakovsky = [f for f in forecasts if f.person == "rakovsky"]
    assert [f.extra["rank"] for f in rakovsky] == list(range(1, len(rakovsky) + 1))
    assert rakovsky == sorted(rakovsky, key=lambda f: -f.probability)
    japan = next(f for f in rakovsky if f.foreign_power == "Japan")
    assert japan.precedents and japan.precedents[0]["person"] == "pyatakov"
    assert "precedent: Georgy (Yury) Pyatakov" in japan.extra["summary"]
    # an act starts from its base rate, which the forecast names as its first reason
    act = next(f for f in rakovsky if f.foreign_power is None)
    first = act.extra["reasons"][0]
    assert first["feature"] == "base_rate" and first["evidence"][0].startswith("alleged against ")
    germany = next(f for f in rakovsky if f.foreign_power == "Germany")
    assert any(r["feature"] == "power_share_all" and "Germany named against" in r["evidence"][0]
               for r in germany.extra["reasons"])
    with pytest.raises(NotFound):
        forecast_proceeding(moscow, "no_such_trial")


def test_backtest_1938_shape_and_scores(moscow: Store) -> None:
    result = backtest(moscow, "1938-03-02")
    d = result.to_dict()
    assert d["cutoff"] == "1938-03-02" and d["scored_proceedings"] == [PROC_1938]
    assert set(d["model"]) == KEYS
    assert set(d["baselines"]) == {"base_rate", "trotsky_rule"}
    assert all(set(v) == KEYS for v in d["baselines"].values())
    assert d["forecasts"] and {f["outcome"] for f in d["forecasts"]} == {"alleged", "not alleged"}
    assert d["counts"]["alleged"] == sum(f["outcome"] == "alleged" for f in d["forecasts"])
    # the model was chosen by validation on 1935-37 only (docs/forecasting.md), never on 1938
    assert PROC_1938 not in d["selection"]["folds"] and len(d["selection"]["folds"]) == 3
    assert d["selection"]["chosen"]["label"] in {r["variant"] for r in d["selection"]["table"]}
    # measured quality (docs/benchmarks.md): it beats both baselines on average precision, not on Brier
    for name in ("base_rate", "trotsky_rule"):
        assert result.beats(name)["average_precision"], (d["model"], d["baselines"][name])


def test_selection_sees_only_earlier_trials(moscow: Store) -> None:
    first = select_model(moscow, "1936-08-19")  # only the 1935 trial before: nothing to validate on
    assert first.variant == DEFAULT and not first.table
    sel = select_model(moscow, "1938-03-02")
    assert sel.folds == ["leningrad_1935_moscow_centre", "moscow_1936_trotskyite_zinovievite_centre",
                         "moscow_1937_anti_soviet_trotskyite_centre"]
    assert len(sel.table) == len(VARIANTS) and sel.variant in VARIANTS
    rows = {r["variant"]: r for r in sel.table}
    default = rows[DEFAULT.label]
    if sel.variant == DEFAULT:  # kept: nothing beats it on both scores in every fold
        assert not any(r["dominates_default"] for r in sel.table)
    else:
        chosen = rows[sel.variant.label]
        assert chosen["dominates_default"]
        assert chosen["average_precision"] > default["average_precision"] and chosen["brier"] < default["brier"]
        assert all(chosen["folds"][f]["brier"] <= default["folds"][f]["brier"] for f in sel.folds)


def test_two_stage_powers_never_exceed_the_first_stage(moscow: Store) -> None:
    data = CaseData(moscow)
    day = data.proceedings[PROC_1938].time.start
    assert day is not None
    model = TwoStageForecaster(1.0).fit(training_examples(data, day))
    builder = FeatureBuilder(data.snapshot(day), data.proceedings[PROC_1938])
    cands = builder.candidates("rakovsky")
    row = _person_row("rakovsky", cands)
    assert row.features["any_sent_after_capitulation"] == 1.0
    any_power = model.any_power.predict([row])[0]
    for c, p in zip(cands, model.predict(cands)):
        assert 0.0 < p < 1.0 and (c.power is None or p <= any_power)
    assert {r["part"] for r in model.coefficients()} == {"acts", "any power", "which power"}


def test_early_warning_scores_spell_out_their_denominators(moscow: Store) -> None:
    s = early_warning_scores(moscow, "1936-09-01")
    assert s["listed"] == len(early_warning(moscow, "1936-09-01", likely=0))
    assert [t["proceeding"] for t in s["trials"]] == ["moscow_1937_anti_soviet_trotskyite_centre", PROC_1938]
    assert s["later_tried"] + len(s["not_tried"]) == s["listed"]
    for t in s["trials"]:
        assert t["recall"] == round(t["listed"] / t["defendants"], 4)
    # the record mostly holds people who were later tried: the list's precision must be read beside that
    assert s["record_pool"] >= s["listed"] and s["record_pool_rate"] is not None


def test_early_warning_as_of_september_1936(moscow: Store) -> None:
    entries = early_warning(moscow, "1936-09-01", likely=2)
    people = [e.person for e in entries]
    tried_1936 = {"zinoviev", "kamenev", "smirnov_in", "holtzman"}
    assert not tried_1936 & set(people), "people already tried are not on the list"
    assert {"sokolnikov", "muralov"} <= set(people[:5])  # arrested in 1936, tried in January 1937
    assert entries == sorted(entries, key=lambda e: (-e.risk, e.person))
    assert all(len(e.likely) == 2 for e in entries)
