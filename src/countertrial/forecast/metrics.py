"""Scores for probabilistic forecasts of binary outcomes, written out so they can be checked by hand.

``average_precision`` and ``roc_auc`` follow the usual definitions (ties in scores are handled
as scikit-learn does: AP steps over distinct thresholds; AUC counts a tie as half a win).
They are ``None`` when the scored items hold only one class.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

__all__ = ["average_precision", "roc_auc", "brier", "log_loss", "topk_hit_rate", "calibration_table", "scores",
           "EPS"]

EPS = 1e-6
"""Probabilities are clipped to [EPS, 1 - EPS] for the log loss."""


def _check(y: Sequence[int], p: Sequence[float]) -> None:
    if len(y) != len(p):
        raise ValueError(f"{len(y)} outcomes but {len(p)} probabilities")


def average_precision(y: Sequence[int], p: Sequence[float]) -> float | None:
    """Sum over distinct thresholds of (recall gained) x (precision at that threshold)."""
    _check(y, p)
    total = sum(y)
    if total == 0 or total == len(y):
        return None
    order = sorted(range(len(y)), key=lambda i: -p[i])
    ap = tp = seen = 0.0
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and p[order[j]] == p[order[i]]:
            j += 1
        gained = sum(y[k] for k in order[i:j])
        tp += gained
        seen += j - i
        ap += (gained / total) * (tp / seen)
        i = j
    return ap


def roc_auc(y: Sequence[int], p: Sequence[float]) -> float | None:
    """The probability that a random positive outscores a random negative (ties count half)."""
    _check(y, p)
    pos = [p[i] for i in range(len(y)) if y[i]]
    neg = [p[i] for i in range(len(y)) if not y[i]]
    if not pos or not neg:
        return None
    # rank-sum formulation with average ranks for ties: O(n log n)
    order = sorted(range(len(p)), key=lambda i: p[i])
    ranks = [0.0] * len(p)
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and p[order[j]] == p[order[i]]:
            j += 1
        for k in order[i:j]:
            ranks[k] = (i + j + 1) / 2
        i = j
    rank_pos = sum(ranks[i] for i in range(len(y)) if y[i])
    return (rank_pos - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def brier(y: Sequence[int], p: Sequence[float]) -> float | None:
    """Mean squared difference between probability and outcome."""
    _check(y, p)
    return sum((pi - yi) ** 2 for yi, pi in zip(y, p)) / len(y) if y else None


def log_loss(y: Sequence[int], p: Sequence[float]) -> float | None:
    """Mean negative log-likelihood (natural log), probabilities clipped to [EPS, 1 - EPS]."""
    _check(y, p)
    if not y:
        return None
    total = 0.0
    for yi, pi in zip(y, p):
        q = min(max(pi, EPS), 1 - EPS)
        total -= math.log(q) if yi else math.log(1 - q)
    return total / len(y)


def topk_hit_rate(groups: dict[str, list[tuple[float, str, int]]], k: int = 3) -> float | None:
    """Share of groups (defendants) with at least one alleged item among their ``k`` most probable.

    Each group is a list of (probability, tie-break key, outcome); ties are broken by the key.
    Groups with nothing alleged are left out.
    """
    scored = [items for items in groups.values() if any(o for _, _, o in items)]
    if not scored:
        return None
    hits = 0
    for items in scored:
        top = sorted(items, key=lambda t: (-t[0], t[1]))[:k]
        hits += any(o for _, _, o in top)
    return hits / len(scored)


def calibration_table(y: Sequence[int], p: Sequence[float], bins: int = 10) -> list[dict[str, Any]]:
    """Per probability bin: how many items, their mean probability, and the share alleged."""
    _check(y, p)
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i in range(len(p)) if lo <= p[i] < hi or (b == bins - 1 and p[i] == 1.0)]
        if idx:
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx),
                         "mean_probability": round(sum(p[i] for i in idx) / len(idx), 4),
                         "observed_rate": round(sum(y[i] for i in idx) / len(idx), 4)})
    return rows


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def scores(y: Sequence[int], p: Sequence[float], groups: dict[str, list[tuple[float, str, int]]]) -> dict[str, float | None]:
    """The five headline scores of a backtest."""
    return {"average_precision": _r(average_precision(y, p)), "roc_auc": _r(roc_auc(y, p)),
            "brier": _r(brier(y, p)), "log_loss": _r(log_loss(y, p)), "top3_hit_rate": _r(topk_hit_rate(groups, 3))}
