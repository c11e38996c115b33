"""Render the report dict (:func:`countertrial.report.data.collect`) as one self-contained HTML file.

Jinja2 with autoescape on for every template: quotes, names and explanations from source
documents are escaped wherever they appear, SVG tooltips included. CSS is inlined from
``assets/report.css``; there are no scripts and no external files.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .charts import bar_chart, metric_table, stance_chart, timeline
from .data import anchor

__all__ = ["render_html", "environment"]


def _safe_url(value: object) -> bool:
    """Only http(s) links become anchors; anything else (``javascript:``...) stays plain text."""
    if not isinstance(value, str):
        return False
    try:
        return urlsplit(value).scheme in ("http", "https")
    except ValueError:
        return False


def precedent_text(p: object) -> str:
    """A precedent as one line: its own text when it has one, else its fields."""
    if isinstance(p, dict):
        for key in ("text", "description", "explanation", "summary", "label"):
            if isinstance(p.get(key), str) and p[key]:
                return str(p[key])
        return "; ".join(f"{k}: {v}" for k, v in p.items() if isinstance(v, (str, int, float)))
    return str(p)


def environment() -> Environment:
    """The report's Jinja2 environment: package templates, autoescape for all of them."""
    env = Environment(loader=PackageLoader("countertrial.report", "templates"),
                      autoescape=select_autoescape(enabled_extensions=("html", "j2", "svg"), default=True),
                      undefined=StrictUndefined, trim_blocks=False, lstrip_blocks=False)
    env.filters["anchor"] = lambda ident, kind: anchor(kind, str(ident))
    env.tests["safe_url"] = _safe_url
    env.filters["precedent"] = precedent_text
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "default": str}
    return env


def _alleged_sections(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The accusation lists to show beside the forecasts: those of the forecast proceedings, or
    else of the latest proceeding that has any."""
    names = {p["id"]: p["name"] for p in data["proceedings"]}
    wanted = [r["proceeding"] for r in data["forecasts"] if not r["human"] and r["proceeding"]]
    ids = list(dict.fromkeys(wanted))
    if not ids:
        with_rows = [p["id"] for p in data["proceedings"] if data["alleged"].get(p["id"])]
        ids = with_rows[-1:]
    return [{"id": pid, "name": names.get(pid, pid), "rows": data["alleged"].get(pid, [])} for pid in ids]


def render_html(data: dict[str, Any], *, json_name: str = "report.json") -> str:
    """The report as one HTML string."""
    from .. import __version__

    css = resources.files("countertrial.report").joinpath("assets/report.css").read_text("utf-8")
    charts: dict[str, dict[str, Any]] = {}
    for d in data["dossiers"]:
        flagged = {str(e["id"]) for f in data["findings"] if f["id"] in d["findings"] for e in f["evidence"]
                   if e.get("id")}
        charts[d["id"]] = {"timeline": timeline(d, flagged), "stance": stance_chart(d)}
    rows = metric_table(data.get("backtest"))
    metrics = sorted({m for r in rows for m in r["metrics"]})
    template = environment().get_template("report.html.j2")
    return template.render(
        data={**data, "stages": data.get("stages") or []}, css=css, version=__version__, charts=charts,
        findings_by_id={f["id"]: f for f in data["findings"]}, backtest_rows=rows, backtest_metrics=metrics,
        backtest_chart=bar_chart(rows), alleged_sections=_alleged_sections(data), json_name=json_name)


def dumps(data: dict[str, Any]) -> str:
    """The JSON twin of the report."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n"
