"""Run a case's pipeline from its case.yaml: record → ingest → extract → check → forecast → report.

Each stage is a library call of its own package; this module only sequences them for a case and
reports what each did in one line. A stage that fails (or whose package is missing) is reported
with the reason, and the later stages still run on what the store holds, so a report always shows
what exists. ``countertrial build`` and ``countertrial demo`` both run through here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .case import CaseConfig, load_case, sync_case
from .errors import CountertrialError, UsageError
from .model import Claim, Finding, Proceeding, Turn
from .store import Store, open_store

__all__ = ["STAGES", "StageStatus", "BuildReport", "build_case", "run_stages", "forecast_target",
           "BACKTEST_RUN"]

STAGES = ("record", "ingest", "extract", "check", "forecast", "report")
BACKTEST_RUN = ("forecast", "backtest")
"""The run under which the forecast stage records its backtest (the report reads it back)."""


@dataclass
class StageStatus:
    """What one stage did (``summary``), or why it did not run (``error``)."""

    stage: str
    ok: bool
    seconds: float = 0.0
    summary: str = ""
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "ok": self.ok, "seconds": round(self.seconds, 3), "summary": self.summary,
                "error": self.error}


@dataclass
class BuildReport:
    case: str
    stages: list[StageStatus] = field(default_factory=list)
    report: Path | None = None

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.stages)

    def to_dict(self) -> dict[str, Any]:
        return {"case": self.case, "ok": self.ok, "stages": [s.to_dict() for s in self.stages],
                "report": str(self.report) if self.report else None}


def forecast_target(store: Store, case: CaseConfig) -> Proceeding | None:
    """The proceeding to forecast: ``forecast: {proceeding: ID}`` in case.yaml, else the latest
    dated trial (a proceeding whose kind ends in ``trial``), else the latest dated proceeding."""
    wanted = (case.extra.get("forecast") or {}).get("proceeding") if isinstance(case.extra.get("forecast"), dict) else None
    if wanted:
        target = store.get(Proceeding, str(wanted))
        if target is None:
            raise UsageError(f"{case.root / 'case.yaml'}: forecast.proceeding '{wanted}' is not a proceeding of the case")
        return target
    dated = sorted((p for p in store.iter(Proceeding) if p.time.start), key=lambda p: (p.time.start, p.id))
    trials = [p for p in dated if p.kind.endswith("trial")]
    chosen = trials or dated
    return chosen[-1] if chosen else None


def _record(store: Store, case: CaseConfig, out: Path) -> str:
    done = sync_case(store, case)
    left = done.get("record_rows_left_out", 0)
    note = f"; {left} bad record rows left out (`countertrial import-record FILE` names them)" if left else ""
    return f"{done['record_rows']} record rows, {done['roster']} roster entries{note}"


def _ingest(store: Store, case: CaseConfig, out: Path) -> str:
    from .ingest import ingest_paths

    failed = 0
    files_seen = 0
    for spec, files in case.document_paths():
        missing = [f for f in files if not f.is_file()]
        if missing or not files:
            raise UsageError(f"{case.root / 'case.yaml'}: documents entry '{spec.path}' names no existing file")
        report = ingest_paths(store, [str(f) for f in files], format=spec.format, proceeding=spec.proceeding)
        failed += len(getattr(report, "errors", ()) or ())
        files_seen += len(files)
    if failed:
        raise UsageError(f"{failed} of {files_seen} documents failed to ingest (see `countertrial ingest`)")
    return f"{files_seen} documents, {store.count(Turn)} turns"


def _extract(store: Store, case: CaseConfig, out: Path) -> str:
    from .extract import extract_case

    report = extract_case(store, extractor=case.extractor, vocab_paths=case.vocab)
    extracted = sum(1 for c in store.iter(Claim) if c.extractor != "record.v1")
    failed = f"; {len(report.failed)} turns failed and were skipped (first: {report.failed[0][0]}, " \
             f"{report.failed[0][1]})" if report.failed else ""
    return f"{extracted} claims extracted from the transcripts{failed}"


def _check(store: Store, case: CaseConfig, out: Path) -> str:
    from .check import run_checks

    updates = run_checks(store)
    return f"{store.count(Finding, stale=0)} findings from {len(updates)} checkers"


def _forecast(store: Store, case: CaseConfig, out: Path) -> str:
    from .forecast import backtest, forecast_proceeding

    target = forecast_target(store, case)
    if target is None or target.time.start is None:
        return "no dated proceeding to forecast"
    cutoff = target.time.start.isoformat()
    stats = backtest(store, cutoff).to_dict()
    stats.pop("forecasts", None)  # the scored forecasts themselves are not part of the scores
    store.record_run(BACKTEST_RUN[0], BACKTEST_RUN[1], {**stats, "cutoff": stats.get("cutoff", cutoff)})
    forecasts = list(forecast_proceeding(store, target.id))
    store.put(forecasts)
    return f"{len(forecasts)} forecasts for {target.id}, learned from proceedings before {cutoff}"


Runner = Callable[[Store, CaseConfig, Path], str]
RUNNERS: dict[str, Runner] = {"record": _record, "ingest": _ingest, "extract": _extract, "check": _check,
                              "forecast": _forecast}


def run_stages(store: Store, case: CaseConfig, out: Path, stages: tuple[str, ...] = STAGES, *,
               title: str | None = None,
               on_stage: Callable[[StageStatus], None] | None = None) -> BuildReport:
    """Run ``stages`` in pipeline order on an open store; the ``report`` stage writes
    ``out/report.html`` and its JSON twin. Each stage's outcome is passed to ``on_stage``."""
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise UsageError(f"unknown stage '{unknown[0]}'", hint="stages: " + ", ".join(STAGES))
    report = BuildReport(case=str(case.root))

    def done(status: StageStatus) -> None:
        report.stages.append(status)
        if on_stage is not None:
            on_stage(status)

    for stage in STAGES:
        if stage not in stages:
            continue
        t0 = time.perf_counter()
        if stage == "report":
            from .report import write_report

            files = write_report(store, out / "report.html", title=title or case.name,
                                 stages=[s.to_dict() for s in report.stages])
            report.report = files.html
            done(StageStatus("report", True, time.perf_counter() - t0,
                             summary=f"{files.findings} findings, {files.dossiers} dossiers in {files.html}"))
            continue
        try:
            summary = RUNNERS[stage](store, case, out)
        except ImportError as exc:
            done(StageStatus(stage, False, time.perf_counter() - t0, error=f"the {stage} stage is not available ({exc})"))
            continue
        except CountertrialError as exc:
            done(StageStatus(stage, False, time.perf_counter() - t0, error=exc.one_line()))
            continue
        done(StageStatus(stage, True, time.perf_counter() - t0, summary=summary))
    return report


def build_case(root: str | Path, stages: tuple[str, ...] = STAGES, *, out: str | Path | None = None,
               on_stage: Callable[[StageStatus], None] | None = None) -> BuildReport:
    """Load ``root/case.yaml`` and run the pipeline on the case's store; the report goes to
    ``out`` (default: the case folder)."""
    case = load_case(root)
    with open_store(case.root) as store:
        return run_stages(store, case, Path(out) if out else case.root, stages, on_stage=on_stage)
