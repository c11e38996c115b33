"""CLI commands for checks: check, findings, review, synth (thin shells over countertrial.check)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_DATA, EXIT_OK
from .common import case_option, console, emit_json, emit_jsonl, json_option, open_case, progress

__all__ = ["register"]


@click.command("check")
@case_option
@click.option("--checker", "names", multiple=True, metavar="NAME",
              help="Run only this checker (repeatable; 'stance' picks the newest stance.vN).")
@json_option
def check_cmd(case: Path, names: tuple[str, ...], as_json: bool) -> int:
    """Run checkers over the case's claims, record facts and turns; store their findings.

    Checkers: stance.v1 (repudiations, reaffirmations), record_conflict.v1 (claims the record
    makes impossible), witness_conflict.v1 (accounts that disagree), scripted.v1 (near-verbatim
    formulas across speakers). Re-running keeps reviewers' verdicts; vanished findings become stale.
    """
    from ..check import run_checks
    from ..registry import checkers

    store = open_case(case)
    wanted = [checkers.resolve(n) for n in names] if names else checkers.names()
    with progress("checking") as bar:
        results = run_checks(store, wanted, progress=lambda name, n: bar.advance(n, description=name))
    for name, update in results.items():
        row = {"checker": name, "added": update.added, "kept": update.kept, "stale": update.stale}
        if as_json:
            emit_json(row)
        else:
            console.print(f"{name}: {update.added} new, {update.kept} unchanged, {update.stale} now stale",
                          markup=False)
    return EXIT_OK


@click.command("findings")
@case_option
@click.option("--kind", help="Only this kind (repudiation, place_did_not_exist, person_elsewhere, ...).")
@click.option("--person", help="Only findings about this person (id or name).")
@click.option("--checker", "checker_name", help="Only this checker's findings.")
@click.option("--include-stale", is_flag=True, help="Also list findings that vanished on a re-run.")
@json_option
def findings_cmd(case: Path, kind: str | None, person: str | None, checker_name: str | None, include_stale: bool,
                 as_json: bool) -> int:
    """List findings, best score first, with their latest verdict."""
    from ..check import list_findings

    store = open_case(case)
    items = list_findings(store, kind=kind, person=person, include_stale=include_stale, checker=checker_name)
    if as_json:
        emit_jsonl(items)
        return EXIT_OK
    for f in items:
        verdict = f"  [{f['verdict']['verdict']} by {f['verdict']['by']}]" if f["verdict"] else ""
        stale = " (stale)" if f["stale"] else ""
        console.print(f"{f['id']}  {f['kind']}  {f['score']:.2f}{stale}{verdict}\n    {f['explanation']}",
                      markup=False)
    if not items:
        console.print("no findings", markup=False)
    return EXIT_OK


@click.command("review")
@case_option
@click.argument("finding")
@click.option("--verdict", required=True, type=click.Choice(["confirmed", "rejected", "unsure"]))
@click.option("--reason", required=True, help="Why (kept with the verdict).")
@click.option("--by", "by", default=None, help="Reviewer name (default: $USER).")
@json_option
def review_cmd(case: Path, finding: str, verdict: str, reason: str, by: str | None, as_json: bool) -> int:
    """Record a reviewer's verdict on FINDING (an id or a unique prefix), beside it, never over it."""
    import os

    from ..check import review

    store = open_case(case)
    v = review(store, finding, verdict, reason, by or os.environ.get("USER") or "reviewer")
    if as_json:
        emit_json(v.to_dict())
    else:
        console.print(f"{v.finding}: {v.verdict} by {v.by}", markup=False)
    return EXIT_OK


@click.command("synth")
@click.option("--persons", type=click.IntRange(4), default=200, show_default=True)
@click.option("--claims", type=click.IntRange(0), default=2000, show_default=True)
@click.option("--facts", type=click.IntRange(0), default=400, show_default=True)
@click.option("--turns", type=click.IntRange(0), default=None, help="Speaker turns (default: claims/10).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="A case folder (store + planted.json) or a .jsonl file of records.")
@json_option
def synth_cmd(persons: int, claims: int, facts: int, turns: int | None, seed: int, out: Path, as_json: bool) -> int:
    """Generate a reproducible synthetic case with planted conflicts among clean controls."""
    from ..check.synth import write_synth

    if out.exists() and out.is_file() and out.suffix != ".jsonl":
        raise click.UsageError(f"{out} is a file; give a case folder or a .jsonl path")
    with progress("writing synthetic case") as bar:
        case = write_synth(persons, claims, facts, seed, out, turns=turns, progress=bar.advance)
    summary = {"out": str(out), **case.counts, "planted": len(case.planted)}
    if as_json:
        emit_json(summary)
    else:
        console.print(f"wrote {out}: " + ", ".join(f"{v} {k}" for k, v in summary.items() if k != "out"),
                      markup=False)
    return EXIT_OK if case.counts else EXIT_DATA


def register(cli: click.Group) -> None:
    cli.add_command(check_cmd)
    cli.add_command(findings_cmd)
    cli.add_command(review_cmd)
    cli.add_command(synth_cmd)
