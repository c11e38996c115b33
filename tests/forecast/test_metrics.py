"""The scores, against values worked out by hand and against scikit-learn."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countertrial.forecast.metrics import (
    average_precision,
    brier,
    calibration_table,
    log_loss,
    roc_auc,
    scores,
    topk_hit_rate,
)

Y = [1, 0, 1, 0]
P = [0.9, 0.8, 0.3, 0.1]


def test_hand_computed_values() -> None:
    # ranked: 0.9 (hit, precision 1/1), 0.8 (miss), 0.3 (hit, precision 2/3), 0.1 (miss)
    assert average_precision(Y, P) == pytest.approx(0.5 * 1 + 0.5 * 2 / 3)
    # positive/negative pairs: 0.9>0.8, 0.9>0.1, 0.3<0.8, 0.3>0.1 -> 3 of 4
    assert roc_auc(Y, P) == pytest.approx(0.75)
    assert brier(Y, P) == pytest.approx((0.01 + 0.64 + 0.49 + 0.01) / 4)
    assert log_loss(Y, P) == pytest.approx(-(math.log(0.9) + math.log(0.2) + math.log(0.3) + math.log(0.9)) / 4)


def test_ties_and_one_class() -> None:
    assert roc_auc([1, 0], [0.5, 0.5]) == pytest.approx(0.5)
    assert average_precision([1, 0], [0.5, 0.5]) == pytest.approx(0.5)
    assert roc_auc([1, 1], [0.2, 0.3]) is None
    assert average_precision([0, 0], [0.2, 0.3]) is None
    assert log_loss([1], [0.0]) == pytest.approx(-math.log(1e-6))


def test_top3_hit_rate_counts_defendants_with_a_hit_in_their_top_three() -> None:
    groups = {
        "a": [(0.9, "x", 0), (0.8, "y", 0), (0.7, "z", 1), (0.1, "w", 0)],  # hit at rank 3
        "b": [(0.9, "x", 0), (0.8, "y", 0), (0.7, "z", 0), (0.1, "w", 1)],  # hit only at rank 4
        "c": [(0.5, "x", 0)],  # nothing alleged: left out
    }
    assert topk_hit_rate(groups, 3) == pytest.approx(0.5)
    assert topk_hit_rate({"c": [(0.5, "x", 0)]}, 3) is None


def test_calibration_table_bins() -> None:
    rows = calibration_table([1, 0, 1, 1], [0.05, 0.05, 0.95, 1.0])
    assert rows == [{"bin": "0.0-0.1", "n": 2, "mean_probability": 0.05, "observed_rate": 0.5},
                    {"bin": "0.9-1.0", "n": 2, "mean_probability": 0.975, "observed_rate": 1.0}]


def test_scores_has_the_five_keys() -> None:
    out = scores(Y, P, {"a": [(p, str(i), y) for i, (y, p) in enumerate(zip(Y, P))]})
    assert set(out) == {"average_precision", "roc_auc", "brier", "log_loss", "top3_hit_rate"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1), st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.7, 0.9, 1.0])),
                min_size=2, max_size=30))
def test_agrees_with_scikit_learn(pairs: list[tuple[int, float]]) -> None:
    from sklearn.metrics import average_precision_score, roc_auc_score

    y = [a for a, _ in pairs]
    p = [b for _, b in pairs]
    if len(set(y)) < 2:
        assert roc_auc(y, p) is None
        return
    assert roc_auc(y, p) == pytest.approx(roc_auc_score(y, p))
    assert average_precision(y, p) == pytest.approx(average_precision_score(y, p))
