"""Chart geometry for the report's inline SVG.

This module only computes numbers (positions, sizes, colours) and plain strings; the Jinja2
templates draw them, so every label and tooltip is escaped by the template engine like any other
source text. No JavaScript is needed to read a chart: tooltips are SVG ``<title>`` elements.
"""

from __future__ import annotations

from datetime import date
from typing import Any

__all__ = ["timeline", "stance_chart", "metric_table", "bar_chart", "LANES"]

LANES = ("record", "accusations", "testimony", "stance")
COLOURS = {
    "record": "#4a6fa5", "accusation": "#b5651d", "testimony": "#6b8e23", "confession": "#8b1e3f",
    "plea": "#8b1e3f", "forecast": "#7a5195", "statement": "#6b8e23", "question": "#999999",
    "affirm": "#2e7d32", "deny": "#c62828", "flagged": "#d32f2f",
}
STANCE_ACTS = ("plea", "confirm", "withdraw", "repudiate", "reaffirm")


def _d(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _lane(row: dict[str, Any], kind: str) -> str:
    if kind == "fact":
        return "record"
    if row.get("stance") or row.get("act") in STANCE_ACTS or row.get("modality") == "plea":
        return "stance"
    if row.get("modality") == "accusation":
        return "accusations"
    return "testimony"


def timeline(dossier: dict[str, Any], flagged: set[str], width: int = 760) -> dict[str, Any] | None:
    """Lanes of record facts, accusations, testimony and stances on one time axis (years).

    Returns ``None`` when nothing in the dossier is dated."""
    items: list[tuple[str, date, date, dict[str, Any], str]] = []
    for f in dossier["facts"]:
        a, b = _d(f.get("t_start")), _d(f.get("t_end"))
        if a or b:
            items.append(("fact", a or b, b or a, f, _lane(f, "fact")))  # type: ignore[arg-type]
    for c in dossier["claims"]:
        a, b = _d(c.get("t_start")), _d(c.get("t_end"))
        if not (a or b):
            a = b = _d(c.get("stated_on"))
        if a or b:
            items.append(("claim", a or b, b or a, c, _lane(c, "claim")))  # type: ignore[arg-type]
    if not items:
        return None
    lo_year = min(i[1].year for i in items)
    hi_year = max(i[2].year for i in items) + 1
    if hi_year - lo_year < 2:
        lo_year -= 1
    left, right, lane_h, top = 96, 16, 26, 8
    span_days = (date(hi_year, 1, 1) - date(lo_year, 1, 1)).days
    plot_w = width - left - right

    def x(d: date) -> float:
        return round(left + plot_w * (d - date(lo_year, 1, 1)).days / span_days, 1)

    lanes_used = [lane for lane in LANES if any(i[4] == lane for i in items)]
    marks = []
    for kind, a, b, row, lane in items:
        y = top + lanes_used.index(lane) * lane_h + lane_h / 2
        colour = COLOURS["record"] if kind == "fact" else COLOURS.get(
            row.get("polarity", "") if lane == "stance" else row.get("modality", ""), "#555555")
        if kind == "fact":
            label = f"{row.get('time') or ''} {row.get('kind')}: {row.get('detail') or ''}"
        else:
            who = row.get("asserted_by_name") or "the record"
            label = (f"{row.get('time') or row.get('stated_on') or ''} {row.get('act')} "
                     f"({row.get('modality')}, {row.get('polarity')}, per {who}): {row.get('quote') or ''}")
        x0, x1 = x(a), x(b)
        marks.append({"lane": lane, "x": x0, "w": max(round(x1 - x0, 1), 3.0), "y": y, "colour": colour,
                      "point": (b - a).days < 32, "flagged": row.get("id") in flagged,
                      "title": " ".join(label.split())[:400]})
    step = max(1, (hi_year - lo_year + 11) // 12)
    ticks = [{"x": x(date(year, 1, 1)), "label": str(year)} for year in range(lo_year, hi_year + 1, step)]
    height = top + len(lanes_used) * lane_h + 24
    return {"width": width, "height": height, "left": left, "right": width - right, "top": top,
            "lane_h": lane_h, "axis_y": top + len(lanes_used) * lane_h,
            "lanes": [{"name": lane, "y": top + i * lane_h + lane_h / 2} for i, lane in enumerate(lanes_used)],
            "marks": marks, "ticks": ticks}


def stance_chart(dossier: dict[str, Any], width: int = 760) -> dict[str, Any] | None:
    """A person's stated stances in order: admit above the line, deny below, one step per statement."""
    rows = [c for c in dossier["claims"] if _lane(c, "claim") == "stance" and c.get("subject") == dossier["id"]]
    if len(rows) < 2:
        return None
    rows.sort(key=lambda c: (c.get("stated_on") or c.get("t_start") or "", c.get("extractor") or "", c["id"]))
    left, right, top, h = 60, 44, 14, 90
    n = len(rows)
    gap = (width - left - right) / max(n - 1, 1)
    points = []
    for i, c in enumerate(rows):
        up = c.get("polarity") != "deny"
        points.append({"x": round(left + i * gap, 1), "y": top + (10 if up else h - 10),
                       "colour": COLOURS["affirm" if up else "deny"],
                       "date": c.get("stated_on") or c.get("time") or "?",
                       "label": c.get("stance") or c.get("act"),
                       "title": " ".join(f"{c.get('stated_on') or ''} {c.get('stance') or c.get('act')} "
                                         f"[{c['citation']['text']}]: {c.get('quote') or ''}".split())[:400]})
    path = " ".join(f"{'M' if i == 0 else 'L'}{p['x']},{p['y']}" for i, p in enumerate(points))
    return {"width": width, "height": top + h + 34, "left": left, "top": top, "mid": top + h / 2,
            "bottom": top + h - 10, "points": points, "path": path}


def _numeric(d: Any) -> dict[str, float]:
    if not isinstance(d, dict):
        return {}
    return {str(k): float(v) for k, v in d.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}


def metric_table(backtest: Any) -> list[dict[str, Any]]:
    """Rows ``{"name", "metrics": {metric: value}}`` found in a backtest result: a mapping of
    model/baseline name to metrics, or a list of objects with a ``name``/``model`` and numbers."""
    if not isinstance(backtest, dict):
        return []
    rows: list[dict[str, Any]] = []
    for key in ("model", "models", "baselines", "scores", "results", "metrics"):
        value = backtest.get(key)
        if isinstance(value, dict):
            nums = _numeric(value)
            if nums and key in ("model", "metrics"):
                rows.append({"name": str(backtest.get("model_name") or key), "metrics": nums})
            for name, metrics in value.items():
                m = _numeric(metrics)
                if m:
                    rows.append({"name": str(name), "metrics": m})
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    name = item.get("name") or item.get("model")
                    m = _numeric(item.get("metrics") if isinstance(item.get("metrics"), dict) else item)
                    if name and m:
                        rows.append({"name": str(name), "metrics": m})
    seen: set[str] = set()
    unique = []
    for r in rows:
        if r["name"] not in seen:
            seen.add(r["name"])
            unique.append(r)
    return unique


def bar_chart(rows: list[dict[str, Any]], width: int = 760) -> dict[str, Any] | None:
    """Grouped horizontal bars: one group per metric in [0, 1], one bar per model/baseline."""
    metrics = sorted({m for r in rows for m, v in r["metrics"].items() if 0.0 <= v <= 1.0})
    if not metrics or not rows:
        return None
    palette = ("#1b5e20", "#b5651d", "#4a6fa5", "#7a5195", "#555555", "#c62828")
    left, right, bar_h, gap, top = 190, 60, 12, 14, 10
    plot_w = width - left - right
    groups = []
    y = top
    for metric in metrics:
        bars = []
        for i, r in enumerate(rows):
            v = r["metrics"].get(metric)
            if v is None or not 0.0 <= v <= 1.0:
                continue
            bars.append({"y": y, "w": round(plot_w * v, 1), "value": round(v, 3), "name": r["name"],
                         "colour": palette[i % len(palette)]})
            y += bar_h + 2
        groups.append({"metric": metric, "y": bars[0]["y"] if bars else y, "bars": bars})
        y += gap
    return {"width": width, "height": y + 4, "left": left, "plot_w": plot_w, "bar_h": bar_h, "groups": groups,
            "legend": [{"name": r["name"], "colour": palette[i % len(palette)]} for i, r in enumerate(rows)]}
