"""CLI commands for forecasting: ``forecast`` (with ``learn`` and ``early-warning``) and ``backtest``.

Thin shells over :mod:`countertrial.forecast`; ``--json`` prints machine output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import UsageError
from .common import case_option, console, emit_json, emit_jsonl, json_option, open_case

__all__ = ["register"]


def _print_forecasts(forecasts: list[Any], top: int) -> None:
    for f in forecasts:
        if f.extra.get("rank", 1) <= top:
            console.print(f.extra.get("summary", f"{f.person}: {f.act} {f.probability:.2f}"), markup=False)


@click.group("forecast", invoke_without_command=True)
@case_option
@click.option("--proceeding", help="Forecast this proceeding's defendants (cut-off: its start).")
@click.option("--persons", help="Comma-separated person ids to forecast (with --as-of).")
@click.option("--as-of", "as_of", help="Cut-off date for --persons: only data dated before it is used.")
@click.option("--top", type=int, default=5, show_default=True, help="Accusations shown per person (text output).")
@click.option("--save/--no-save", default=True, show_default=True, help="Store the forecasts in the case.")
@json_option
@click.pass_context
def forecast_cmd(ctx: click.Context, case: Path, proceeding: str | None, persons: str | None, as_of: str | None,
                 top: int, save: bool, as_json: bool) -> None:
    """Forecast the accusations of a proceeding, with the precedents behind each.

    \b
    countertrial forecast --case DIR --proceeding ID
    countertrial forecast --case DIR --persons krestinsky,rakovsky --as-of 1938-03-02
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..forecast import forecast_persons, forecast_proceeding

    if bool(proceeding) == bool(persons):
        raise UsageError("give either --proceeding ID or --persons A,B --as-of DATE",
                         hint="see countertrial forecast --help")
    with open_case(case) as store:
        if proceeding:
            forecasts = forecast_proceeding(store, proceeding, save=save)
        else:
            if not as_of:
                raise UsageError("--persons needs --as-of DATE", hint="e.g. --as-of 1938-03-02")
            ids = [p.strip() for p in (persons or "").split(",") if p.strip()]
            forecasts = forecast_persons(store, ids, as_of, save=save)
    if as_json:
        emit_jsonl(f.to_dict() for f in forecasts)
    else:
        _print_forecasts(forecasts, top)


@forecast_cmd.command("learn")
@case_option
@click.option("--before", required=True, help="Cut-off date: learn from proceedings that ended before it.")
@click.option("--examples", type=int, default=3, show_default=True, help="Examples shown per coefficient.")
@json_option
def learn_cmd(case: Path, before: str, examples: int, as_json: bool) -> None:
    """Learn the coefficients of the frame-up; print each with the examples behind it."""
    from ..forecast import learn

    with open_case(case) as store:
        model = learn(store, before)
        names = {p.id: p.name for p in _persons(store)}
    rows = model.coefficients(names, limit=examples)
    selection = getattr(model, "selection", None)
    if as_json:
        emit_json({**model.to_dict(), "coefficients": rows,
                   "selection": selection.to_dict() if selection is not None else None})
        return
    chosen = f" ({selection.variant.label})" if selection is not None else ""
    console.print(f"{model.name}{chosen} learned from {model.n_examples} candidates ({model.n_positive} alleged) "
                  f"before {model.cutoff}; intercept {model.intercept:+.3f}", markup=False)
    if selection is not None:
        console.print(f"chosen by {selection.to_dict()['protocol']}: {selection.reason}", markup=False)
    for r in rows:
        part = f"[{r['part']}] " if r.get("part") else ""
        console.print(f"{r['weight']:+.3f}  {part}{r['feature']}: {r['meaning']} "
                      f"[{r['alleged']} alleged of {r['active']}]", markup=False)
        for e in r["examples"]:
            mark = "alleged" if e["alleged"] else "not alleged"
            ev = f" — {'; '.join(e['evidence'][:2])}" if e["evidence"] else ""
            console.print(f"      {e['name']}, {e['accusation']} ({e['proceeding']}): {mark}{ev}", markup=False)


def _persons(store: Any) -> list[Any]:
    from ..model import Person

    return list(store.iter(Person))


@forecast_cmd.command("early-warning")
@case_option
@click.option("--as-of", "as_of", required=True, help="Date: who, named or marked before it, has not yet been tried.")
@click.option("--limit", type=int, default=20, show_default=True, help="Entries shown (text output).")
@click.option("--score", is_flag=True, help="Score the list against who was tried later (precision, recall, "
              "and the share of everyone untried in the record who was later tried).")
@json_option
def early_warning_cmd(case: Path, as_of: str, limit: int, score: bool, as_json: bool) -> None:
    """People named or marked before a date who have not yet stood trial, ranked by risk."""
    from ..forecast import early_warning
    from ..forecast.warning import early_warning_scores

    with open_case(case) as store:
        entries = early_warning(store, as_of)
        scored = early_warning_scores(store, as_of, entries) if score else None
    if as_json:
        if scored is not None:
            emit_json(scored)
        else:
            emit_jsonl(e.to_dict() for e in entries)
        return
    if scored is not None:
        console.print(f"{scored['listed']} listed as of {scored['as_of']}; {scored['later_tried']} later tried "
                      f"(precision {scored['precision']}; every untried person in the record: "
                      f"{scored['record_pool_later_tried']} of {scored['record_pool']} later tried, "
                      f"{scored['record_pool_rate']})", markup=False)
        for t in scored["trials"]:
            console.print(f"  {t['proceeding']}: {t['listed']} of {t['defendants']} defendants were listed "
                          f"(recall {t['recall']})", markup=False)
    for e in entries[:limit]:
        why = ", ".join(r["meaning"] for r in e.reasons[:3])
        likely = "; ".join(f"{f.act if f.foreign_power is None else 'serving ' + f.foreign_power} {f.probability:.2f}"
                           for f in e.likely)
        console.print(f"{e.risk:.2f}  {e.name} ({e.person}) — {why}; likely: {likely}", markup=False)


@click.command("backtest")
@case_option
@click.option("--cutoff", help="Train on data dated before this day (default: the last proceeding's start).")
@click.option("--proceeding", "proceedings", multiple=True, help="Proceeding to score (repeatable; default: the next one).")
@click.option("--all-later", is_flag=True,
              help="Score every proceeding that starts on or after the cut-off, all forecast by the one "
                   "model trained before it (e.g. later trials from the Moscow trials alone).")
@click.option("--rolling", is_flag=True, help="Backtest every proceeding in turn, each cut at its own start.")
@json_option
def backtest_cmd(case: Path, cutoff: str | None, proceedings: tuple[str, ...], all_later: bool, rolling: bool,
                 as_json: bool) -> None:
    """Score forecasts against what later proceedings alleged, beside the two baselines."""
    from ..forecast import backtest, rolling_backtest

    with open_case(case) as store:
        if rolling:
            if cutoff or proceedings or all_later:
                raise UsageError("--rolling picks its own cut-offs", hint="drop --cutoff, --proceeding and --all-later")
            results = rolling_backtest(store)
        else:
            if all_later and proceedings:
                raise UsageError("--all-later scores every later proceeding", hint="drop --proceeding, or drop --all-later")
            results = [backtest(store, cutoff, proceedings=list(proceedings) or None, all_later=all_later)]
    if as_json:
        if rolling:
            emit_jsonl(r.to_dict() for r in results)
        else:
            emit_json(results[0].to_dict())
        return
    keys = ("average_precision", "roc_auc", "brier", "log_loss", "top3_hit_rate")
    for r in results:
        console.print(f"cut-off {r.cutoff}: scored {', '.join(r.scored_proceedings)} "
                      f"({r.counts['defendants']} defendants, {r.counts['items']} candidates, "
                      f"{r.counts['alleged']} alleged)", markup=False)
        console.print(f"  {'':14}" + "".join(f"{k:>18}" for k in keys), markup=False)
        for label, row in (("model", r.model), *r.baselines.items()):
            cells = "".join(f"{'-' if row[k] is None else format(row[k], '.4f'):>18}" for k in keys)
            console.print(f"  {label:14}{cells}", markup=False)
        levels = []
        for level, title in (("act", "acts"), ("power", "powers")):
            rows = r.by_level.get(level, {})
            if rows:
                levels.append(f"{title}: " + ", ".join(
                    f"{k} {_fmt(v['average_precision'])}/{_fmt(v['brier'])}" for k, v in rows.items()))
        console.print(f"  model {r.model_name}; AP/Brier by level — " + "; ".join(levels), markup=False)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def register(cli: click.Group) -> None:
    cli.add_command(forecast_cmd)
    cli.add_command(backtest_cmd)
