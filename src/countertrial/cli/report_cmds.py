"""CLI commands for the report and the built-in reference case: ``report`` and ``demo``."""

from __future__ import annotations

from pathlib import Path

import click

from .common import case_option, console, emit_json, err_console, json_option, open_case

__all__ = ["register"]


@click.command("report")
@case_option
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True, help="HTML file to write; its JSON twin is written beside it.")
@click.option("--title", default=None, help="Title of the report (default: the case name).")
@json_option
def report_cmd(case: Path, out: Path, title: str | None, as_json: bool) -> None:
    """Write the self-contained HTML report of a case (and report.json beside it).

    One file with inline CSS and SVG charts, no scripts and no external assets: it opens from disk
    on an air-gapped machine. All source text is escaped.
    """
    from ..case import CASE_FILE, load_case
    from ..report import write_report

    if title is None and (case / CASE_FILE).is_file():
        title = f"countertrial report: {load_case(case).name}"
    with open_case(case) as store:
        files = write_report(store, out, title=title)
    if as_json:
        emit_json(files.to_dict())
    else:
        console.print(f"wrote {files.html} ({files.findings} findings, {files.dossiers} dossiers) and {files.json}",
                      markup=False)


@click.command("demo")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("countertrial-demo"),
              show_default=True, help="Folder for the built case (OUT/case) and the report (OUT/report.html).")
@json_option
def demo_cmd(out: Path, as_json: bool) -> None:
    """Build the built-in reference case (the Moscow trials and the Dewey Commission) end to end.

    Copies the case into OUT/case, runs record import, ingest, extract, check, forecast and report
    on it, and prints what came out: Krestinsky's repudiation and reaffirmation, the Hotel Bristol
    and Kjeller findings, Sedov's whereabouts, and the forecast of the 1938 accusations learned
    from the earlier trials only. Exits 1 if a stage could not run.
    """
    from ..demo import StageStatus, run_demo

    def note(status: StageStatus) -> None:
        if not as_json:
            err_console.print(f"{status.stage}: {'done' if status.ok else status.error}", markup=False)

    result = run_demo(out, on_stage=note)
    if as_json:
        emit_json(result.to_dict())
    else:
        console.print(result.text(), markup=False)
    if not result.ok:
        raise click.exceptions.Exit(1)


def register(cli: click.Group) -> None:
    cli.add_command(report_cmd)
    cli.add_command(demo_cmd)
