"""Run a case's whole pipeline from its case.yaml: sync → ingest → extract → check → forecast.

Each stage is a library call of its own package; this module only sequences them for a case
folder and reports what each did. A stage whose package is not available says so (it is reported
as not run, with the reason) instead of pretending.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .case import CaseConfig, load_case, sync_case
from .errors import CountertrialError, UsageError
from .model import Proceeding
from .store import Store, open_store

__all__ = ["STAGES", "StageResult", "BuildReport", "build_case", "run_stages"]

STAGES = ("sync", "ingest", "extract", "check", "forecast")


@dataclass
class StageResult:
    """What one stage did (``ok``), or why it did not run / failed."""

    stage: str
    ok: bool
    seconds: float = 0.0
    detail: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "ok": self.ok, "seconds": round(self.seconds, 3), "detail": self.detail,
                "error": self.error}


@dataclass
class BuildReport:
    case: str
    stages: list[StageResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.stages)

    def to_dict(self) -> dict[str, Any]:
        return {"case": self.case, "ok": self.ok, "stages": [s.to_dict() for s in self.stages]}


def _summarise(value: Any) -> dict[str, Any]:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        out = to_dict()
        return out if isinstance(out, dict) else {"result": out}
    if isinstance(value, dict):
        return {k: _summarise(v) if hasattr(v, "to_dict") else v for k, v in value.items()}
    if isinstance(value, list):
        return {"count": len(value)}
    return {"result": str(value)} if value is not None else {}


def _stage_ingest(store: Store, case: CaseConfig) -> Any:
    from .ingest import ingest_paths

    results = []
    for spec, files in case.document_paths():
        if not files:
            raise UsageError(f"{case.root / 'case.yaml'}: documents entry '{spec.path}' matches no file")
        results.append(_summarise(ingest_paths(store, [str(f) for f in files], format=spec.format,
                                               proceeding=spec.proceeding)))
    return {"batches": results}


def _stage_extract(store: Store, case: CaseConfig) -> Any:
    from .extract import extract_case

    return extract_case(store)


def _stage_check(store: Store, case: CaseConfig) -> Any:
    from .check import run_checks

    return run_checks(store)


def _stage_forecast(store: Store, case: CaseConfig) -> Any:
    from .forecast import forecast_proceeding

    proceedings = sorted((p for p in store.iter(Proceeding) if p.time.start), key=lambda p: p.time.start or 0)
    if len(proceedings) < 2:
        return {"skipped": "forecasting needs at least two dated proceedings"}
    last = proceedings[-1]
    return {"proceeding": last.id, "forecasts": len(forecast_proceeding(store, last.id))}


RUNNERS: dict[str, Callable[[Store, CaseConfig], Any]] = {
    "sync": lambda store, case: sync_case(store, case),
    "ingest": _stage_ingest,
    "extract": _stage_extract,
    "check": _stage_check,
    "forecast": _stage_forecast,
}


def run_stages(store: Store, case: CaseConfig, stages: tuple[str, ...] = STAGES) -> BuildReport:
    """Run ``stages`` in pipeline order on an open store; a failing stage stops the ones after it."""
    unknown = [s for s in stages if s not in RUNNERS]
    if unknown:
        raise UsageError(f"unknown stage '{unknown[0]}'", hint="stages: " + ", ".join(STAGES))
    report = BuildReport(case=str(case.root))
    for stage in STAGES:
        if stage not in stages:
            continue
        t0 = time.perf_counter()
        try:
            detail = _summarise(RUNNERS[stage](store, case))
        except ImportError as exc:
            report.stages.append(StageResult(stage, False, time.perf_counter() - t0,
                                             error=f"the {stage} stage is not available: {exc}"))
            break
        except CountertrialError as exc:
            report.stages.append(StageResult(stage, False, time.perf_counter() - t0, error=exc.one_line()))
            break
        report.stages.append(StageResult(stage, True, time.perf_counter() - t0, detail))
    return report


def build_case(root: str | Path, stages: tuple[str, ...] = STAGES) -> BuildReport:
    """Load ``root/case.yaml`` and run the pipeline on the case's store."""
    case = load_case(root)
    with open_store(case.root) as store:
        return run_stages(store, case, stages)
