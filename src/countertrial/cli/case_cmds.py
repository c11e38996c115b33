"""CLI commands for the case itself: init, status, import-record, export-record, search, plugins."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import EXIT_DATA, CountertrialError
from .common import case_option, console, emit_json, emit_jsonl, err_console, json_option, open_case

__all__ = ["register"]


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--name", help="Case name (default: the folder name).")
def init_cmd(folder: Path, name: str | None) -> None:
    """Create a case folder with a commented case.yaml and an empty store."""
    from ..case import init_case
    from ..store import open_store

    path = init_case(folder, name)
    open_store(folder).close()
    console.print(f"created {path} and {folder / 'case.sqlite'}; edit case.yaml, then run "
                  f"`countertrial import-record FILE --case {folder}`", markup=False)


@click.command("status")
@case_option
@json_option
def status_cmd(case: Path, as_json: bool) -> None:
    """Report what the case holds: documents, turns, claims, facts, findings, forecasts, runs."""
    from ..status import case_status

    with open_case(case) as store:
        info = case_status(store)
    if as_json:
        emit_json(info)
        return
    console.print(f"case store: {info['store']}", markup=False)
    for table, n in info["counts"].items():
        console.print(f"  {table:<14} {n:>8}", markup=False)
    for key, title in (("documents_by_format", "documents by format"), ("claims_by_extractor", "claims by extractor")):
        if info[key]:
            console.print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in info[key].items()), markup=False)
    for checker, row in info["findings_by_checker"].items():
        console.print(f"findings {checker}: {row['open']} open, {row['stale']} stale, {row['reviewed']} reviewed",
                      markup=False)
    for run in info["runs"]:
        console.print(f"last {run['stage']} {run['name']}: {run['finished_at']}", markup=False)


@click.command("import-record")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@case_option
@click.option("--strict", is_flag=True, help="A bad row fails its whole file (nothing of it is written), and so "
              "does a person id that 'persons' does not list.")
@json_option
def import_record_cmd(files: tuple[Path, ...], case: Path, strict: bool, as_json: bool) -> int:
    """Import documentary-record files (JSON, YAML or CSV in the record shape; see
    docs/record-format.md). Each file is written in one transaction. A bad row is named (file, row,
    field, fix) and left out, and the rest of the file is imported; a person id that 'persons' does
    not list is added as an unlisted person. With --strict a bad row fails its whole file. The exit
    code is 1 when a file or a row was left out. Re-importing a file changes nothing."""
    from ..record import import_record

    failed = 0
    with open_case(case) as store:
        for f in files:
            try:
                report = import_record(store, f, strict=strict)
            except CountertrialError as exc:
                failed += 1
                err_console.print(exc.one_line(), markup=False)
                continue
            for row_error in report.skipped:
                err_console.print(row_error.one_line() + " - row left out", markup=False)
            for note in report.notes:
                err_console.print("note: " + note, markup=False)
            failed += bool(report.skipped)
            if as_json:
                emit_json(report.to_dict())
            else:
                read = ", ".join(f"{n} {k}" for k, n in report.read.items())
                n = len(report.skipped)
                left = f"; {n} bad row{'s' if n > 1 else ''} left out" if n else ""
                console.print(f"imported {f}: {read}{left}", markup=False)
    return EXIT_DATA if failed else 0


@click.command("export-record")
@case_option
@click.option("--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True,
              help="Output JSON file (- for stdout).")
def export_record_cmd(case: Path, out: str) -> None:
    """Export the case's documentary record in the record JSON shape."""
    from ..record import export_record

    with open_case(case) as store:
        data = export_record(store)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if out == "-":
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, "utf-8")


@click.command("search")
@click.argument("query")
@case_option
@json_option
@click.option("--limit", default=20, show_default=True, help="Most turns to show.")
def search_cmd(query: str, case: Path, as_json: bool, limit: int) -> None:
    """Full-text search over the case's turns."""
    with open_case(case) as store:
        turns = store.search_turns(query, limit=limit)
    if as_json:
        emit_jsonl(t.to_dict() for t in turns)
        return
    for t in turns:
        where = f"p. {t.page}, ll. {t.line_start}-{t.line_end}" if t.page is not None else f"ll. {t.line_start}-{t.line_end}"
        console.print(f"{t.id}  {t.speaker_label or '(narrative)'}  [{where}]  {t.text[:160]}", markup=False)


@click.command("plugins")
@json_option
def plugins_cmd(as_json: bool) -> None:
    """List the registered parsers, extractors, checkers and forecasters with their versions."""
    from .. import registry

    rows = []
    for reg in (registry.parsers, registry.extractors, registry.checkers, registry.forecasters):
        try:
            names = reg.names()
        except ImportError:
            names = []
        for name in names:
            doc = (getattr(reg.get(name), "__doc__", None) or "").strip().splitlines()
            rows.append({"kind": reg.kind, "name": name, "description": doc[0] if doc else ""})
    if as_json:
        emit_jsonl(rows)
        return
    for r in rows:
        console.print(f"{r['kind']:<11} {r['name']:<28} {r['description']}", markup=False)


@click.command("build")
@case_option
@json_option
@click.option("--stage", "stages", multiple=True,
              help="Run only these stages (record, ingest, extract, check, forecast, report).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for report.html (default: the case folder).")
def build_cmd(case: Path, as_json: bool, stages: tuple[str, ...], out: Path | None) -> int:
    """Run the case's whole pipeline from case.yaml: import the roster and record, ingest the
    documents, extract claims, run the checks, forecast the last trial with its backtest, and
    write the report. A failed stage is reported and the later ones still run; exit 1 if any failed."""
    from ..pipeline import STAGES, StageStatus, build_case

    def note(s: StageStatus) -> None:
        if not as_json:
            status = "ok" if s.ok else "FAILED"
            console.print(f"{s.stage:<9} {status:<7} {s.seconds:6.2f}s  {s.summary if s.ok else s.error}", markup=False)

    report = build_case(case, tuple(stages) or STAGES, out=out, on_stage=note)
    if as_json:
        emit_json(report.to_dict())
    return 0 if report.ok else EXIT_DATA

def register(cli: click.Group) -> None:
    for cmd in (init_cmd, status_cmd, import_record_cmd, export_record_cmd, search_cmd, plugins_cmd, build_cmd):
        cli.add_command(cmd)
