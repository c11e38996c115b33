"""The self-contained HTML report of a case, with its JSON twin.

``write_report(store, out_path)`` reads everything from the store (people, record facts, claims
with their citations, findings with their evidence, forecasts and the recorded backtest) and
writes ``out_path`` (one HTML file: inline CSS and SVG, no scripts, no external assets; all
source text escaped) and ``report.json`` beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import Store
from .data import BACKTEST_RUN, anchor, collect
from .html import dumps, render_html

__all__ = ["write_report", "ReportFiles", "collect", "render_html", "anchor", "BACKTEST_RUN"]


@dataclass(frozen=True)
class ReportFiles:
    """The files a report run wrote."""

    html: Path
    json: Path
    findings: int
    dossiers: int

    def to_dict(self) -> dict[str, Any]:
        return {"html": str(self.html), "json": str(self.json), "findings": self.findings, "dossiers": self.dossiers}


def write_report(store: Store, out_path: str | Path, *, title: str | None = None,
                 stages: list[dict[str, Any]] | None = None, backtest: Any = None) -> ReportFiles:
    """Write the HTML report to ``out_path`` and its JSON twin (``report.json``, or
    ``<name>.json`` when the HTML is not called ``report.html``) beside it.

    ``stages`` (what each pipeline stage did) and ``backtest`` are shown when given; otherwise
    the report shows what the store recorded."""
    out = Path(out_path)
    if out.suffix.lower() not in (".html", ".htm"):
        out = out / "report.html" if out.is_dir() or not out.suffix else out
    out.parent.mkdir(parents=True, exist_ok=True)
    json_path = out.with_name("report.json" if out.stem == "report" else out.stem + ".json")
    data = collect(store, title=title, backtest=backtest)
    if stages is not None:
        data["stages"] = stages
    out.write_text(render_html(data, json_name=json_path.name), "utf-8")
    json_path.write_text(dumps(data), "utf-8")
    return ReportFiles(html=out, json=json_path, findings=len(data["findings"]), dossiers=len(data["dossiers"]))
