"""`countertrial demo`: build the built-in reference case end to end and summarise it.

The reference case (``countertrial/reference/moscow``: a case.yaml, a documentary record restated
from public sources, and transcript scenes written as labelled reconstructions) is copied into
``OUT/case`` and built from scratch through the same library calls a user's case goes through:
record import → ingest → extract → check → forecast and backtest → report.

The summary is read back from the store afterwards (findings, forecasts, the recorded backtest);
nothing in it is written here by hand. A stage that is not built yet is reported as such, and the
stages after it still run on what exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .case import load_case
from .errors import UsageError
from .model import Claim, Document, Finding, Forecast, Person
from .pipeline import BACKTEST_RUN, StageStatus, run_stages
from .report.data import alleged_match, evidence_row
from .store import STORE_FILE, Store, open_store

__all__ = ["run_demo", "DemoResult", "StageStatus", "copy_reference", "summarise", "format_summary",
           "REFERENCE_CASE", "TARGET_PROCEEDING"]

REFERENCE_CASE = "moscow"
TARGET_PROCEEDING = "moscow_1938_bloc_of_rights_and_trotskyites"
"""The proceeding whose accusations the demo forecasts from the earlier ones (named in the
reference case.yaml as ``forecast: {proceeding: ...}``)."""
TITLE = "countertrial reference case: the Moscow trials and the Dewey Commission"


@dataclass
class DemoResult:
    """The demo's outcome: where things were written, what each stage did, and the summary
    read back from the store."""

    out_dir: Path
    case_dir: Path
    report: Path | None
    report_json: Path | None
    stages: list[StageStatus] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.stages)

    def text(self) -> str:
        return "\n".join(format_summary(self))

    def to_dict(self) -> dict[str, Any]:
        return {"out_dir": str(self.out_dir), "case_dir": str(self.case_dir),
                "report": str(self.report) if self.report else None,
                "report_json": str(self.report_json) if self.report_json else None,
                "ok": self.ok, "stages": [s.to_dict() for s in self.stages], "summary": self.summary}


def copy_reference(dest: str | Path, name: str = REFERENCE_CASE) -> Path:
    """Copy the packaged reference case into ``dest`` (created), replacing its files and removing
    any store there, so the case is built from scratch. Returns ``dest``."""
    folder = Path(dest)
    source = resources.files("countertrial.reference").joinpath(name)
    if not source.is_dir():
        raise UsageError(f"no reference case named '{name}'", hint=f"available: {REFERENCE_CASE}")
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        (folder / (STORE_FILE + suffix)).unlink(missing_ok=True)

    def copy_tree(src: Any, dst: Path) -> None:
        dst.mkdir(parents=True, exist_ok=True)
        for item in src.iterdir():
            if item.name.startswith((".", "__")):
                continue
            if item.is_dir():
                copy_tree(item, dst / item.name)
            else:
                (dst / item.name).write_bytes(item.read_bytes())

    copy_tree(source, folder)
    return folder


def run_demo(out_dir: str | Path, *, on_stage: Callable[[StageStatus], None] | None = None) -> DemoResult:
    """Build the reference case from scratch in ``out_dir/case`` and write ``out_dir/report.html``
    (with ``report.json``). Returns what each stage did and the summary read from the store."""
    out = Path(out_dir)
    case_dir = copy_reference(out / "case")
    case = load_case(case_dir)
    result = DemoResult(out_dir=out, case_dir=case_dir, report=None, report_json=None)
    with open_store(case_dir) as store:
        built = run_stages(store, case, out, title=TITLE, on_stage=on_stage)
        result.stages = built.stages
        if built.report is not None:
            result.report, result.report_json = built.report, built.report.with_name("report.json")
        result.summary = summarise(store)
    return result


# -- the summary, read from the store ----------------------------------------------------------
def _kind_has(f: Finding, *words: str) -> bool:
    text = f"{f.kind} {f.checker}".lower()
    return any(w in text for w in words)


def _finding(f: Finding, docs: dict[str, Document], names: dict[str, str]) -> dict[str, Any]:
    return {"id": f.id, "kind": f.kind, "checker": f.checker, "score": f.score, "explanation": f.explanation,
            "persons": list(f.persons), "evidence": [evidence_row(dict(e), docs, names) for e in f.evidence]}


HEADLINES: tuple[tuple[str, str, Callable[[Finding], bool]], ...] = (
    ("repudiation", "Krestinsky's repudiation and reaffirmation",
     lambda f: "krestinsky" in f.persons and _kind_has(f, "repudiat", "reaffirm", "stance")),
    ("place_existence", "The Hotel Bristol: a place that did not exist at the time",
     lambda f: _kind_has(f, "exist", "demolish", "closed") and
     any("bristol" in p for p in f.places) | ("bristol" in f.explanation.lower())),
    ("impossible_travel", "The Kjeller flight: impossible travel",
     lambda f: _kind_has(f, "travel", "landing", "flight") and
     ("kjeller" in f.explanation.lower() or any("kjeller" in p for p in f.places))),
    ("person_elsewhere", "Sedov placed elsewhere",
     lambda f: "sedov" in f.persons and _kind_has(f, "elsewhere", "whereabouts", "alibi", "two_places")),
)


def summarise(store: Store) -> dict[str, Any]:
    """The demo's headline results, read from the store: the findings on Krestinsky's stance,
    the Hotel Bristol, the Kjeller flight and Sedov's whereabouts; the model's forecast of the 1938
    accusations beside what was alleged; the backtest; Trotsky's own forecasts of April 1937."""
    findings = [f for f in store.iter(Finding) if not f.stale]
    names = {p.id: p.name for p in store.iter(Person)}
    headlines = []
    docs: dict[str, Document] | None = None
    for key, title, pick in HEADLINES:
        chosen = sorted((f for f in findings if pick(f)), key=lambda f: (-f.score, f.id))[:3]
        if chosen and docs is None:
            docs = {d.id: d for d in store.iter(Document)}
        headlines.append({"key": key, "title": title,
                          "findings": [_finding(f, docs or {}, names) for f in chosen]})
    alleged: list[dict[str, Any]] = [{"person": c.subject, "act": c.act, "foreign_power": c.foreign_power}
               for c in store.iter(Claim, proceeding=TARGET_PROCEEDING, modality="accusation")]
    model_rows: list[dict[str, Any]] = []
    for fc in store.iter(Forecast, proceeding=TARGET_PROCEEDING):
        if fc.model.startswith("human:"):
            continue
        model_rows.append({"person": fc.person, "name": names.get(fc.person, fc.person), "act": fc.act,
                           "foreign_power": fc.foreign_power, "probability": fc.probability, "model": fc.model,
                           "cutoff": fc.cutoff,
                           "alleged": alleged_match(fc.person, fc.act, fc.foreign_power, alleged),
                           "why": str(fc.extra.get("summary") or "")})
    model_rows.sort(key=lambda r: (-r["probability"], r["person"], r["act"]))
    human: list[dict[str, Any]] = [{"by": fc.model.removeprefix("human:"), "made_on": fc.made_on, "person": fc.person,
              "name": names.get(fc.person, fc.person), "predicted": fc.extra.get("predicted"), "outcome": fc.outcome}
             for fc in store.iter(Forecast) if fc.model.startswith("human:")]
    backtest = next((r.get("stats") for r in store.runs() if (r.get("stage"), r.get("name")) == BACKTEST_RUN), None)
    for h in human:
        h["model_top"] = [r for r in model_rows if r["person"] == h["person"]][:3]
        h["alleged_1938"] = sorted({_label(str(a["act"]), a["foreign_power"]) for a in alleged if a["person"] == h["person"]})
    top = model_rows[:10]
    return {"headlines": headlines, "forecast": {"proceeding": TARGET_PROCEEDING, "rows": model_rows,
                                                 "alleged": len(alleged),
                                                 "top10_alleged": sum(1 for r in top if r["alleged"])},
            "backtest": backtest, "human_forecasts": human, "counts": store.counts()}


def _label(act: str, power: str | None) -> str:
    return f"{act} ({power})" if power else act


def _short(text: str, n: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_summary(result: DemoResult) -> list[str]:
    """The demo's printed summary, as lines."""
    from .report.charts import metric_table

    s = result.summary
    lines = [f"countertrial demo: the Moscow trials and the Dewey Commission, built from scratch in {result.case_dir}",
             ""]
    for st in result.stages:
        mark = "ok " if st.ok else "-- "
        lines.append(f"  {mark}{st.stage:<9} {st.summary if st.ok else st.error}  ({st.seconds:.1f}s)")
    lines.append("")
    for h in s.get("headlines", []):
        lines.append(h["title"])
        if not h["findings"]:
            lines.append("  (no such finding in the store: see the stages above)")
        for f in h["findings"]:
            lines.append(f"  [{f['kind']}] {_short(f['explanation'], 220)}")
            for e in f["evidence"]:
                if e["quote"]:
                    when = f"{e['time']} " if e["time"] else ""
                    lines.append(f"    {when}{e['who'] or ''}: \"{_short(e['quote'])}\" ({e['citation']})")
        lines.append("")
    fc = s.get("forecast", {})
    lines.append("Forecast of the 1938 accusations, learned from the earlier proceedings only (cut-off: the trial's first day):")
    if not fc.get("rows"):
        lines.append("  (no model forecasts in the store: see the forecast stage above)")
    for r in fc.get("rows", [])[:10]:
        what = f"serving {r['foreign_power']}" if r["act"] == "serving" else _label(r["act"], r["foreign_power"])
        verdict = "alleged in 1938" if r["alleged"] else "not alleged"
        lines.append(f"  {r['name']:<26} {what:<22} p={r['probability']:.2f}  {verdict}")
    if fc.get("rows"):
        lines.append(f"  {fc['top10_alleged']} of these 10 were alleged; {fc['alleged']} accusations are on record "
                     "for the 1938 trial.")
    rows = metric_table(s.get("backtest"))
    if rows:
        lines.append("Backtest on the 1938 trial (model against baselines):")
        for r in rows:
            metrics = ", ".join(f"{k}={v:.3f}" for k, v in sorted(r["metrics"].items()))
            lines.append(f"  {r['name']:<14} {metrics}")
    for h in s.get("human_forecasts", []):
        if not (h["made_on"] and h["made_on"] < "1938"):
            continue
        lines.append(f"Forecast by {h['by']} ({h['made_on']}) about {h['name']}: {_short(h['predicted'] or '', 200)}")
        if h.get("model_top"):
            tops = "; ".join(f"{'serving ' + str(r['foreign_power']) if r['act'] == 'serving' else r['act']} "
                             f"{r['probability']:.2f}" for r in h["model_top"])
            lines.append(f"  the model's top forecasts for {h['name']}: {tops}")
        if h.get("alleged_1938"):
            lines.append(f"  alleged in 1938: {', '.join(h['alleged_1938'])}")
    lines.append("")
    if result.report:
        lines.append(f"Report: {result.report} (JSON twin: {result.report_json})")
    return lines
