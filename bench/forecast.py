"""Forecast quality: the backtests the forecaster was designed on, and the 1938 trial scored apart.

    python bench/forecast.py [--json]

Each row trains strictly before its cut-off, with the model selection a user gets (``backtest``'s
default), and scores average precision and Brier score, overall and by level (acts, powers), for
the model and the two baselines (base rate, Trotsky's rule). The cases:

* ``postwar<-moscow``: the East European trials of 1947-1952 (``reference/postwar``), all six
  forecast from the four Moscow trials alone — the way issue 7 says the forecaster will be checked;
* ``roll:<trial>``: each postwar trial cut at its own start (Moscow plus the earlier postwar trials);
* ``ruritania<-moscow``: the invented Ruritania case (powers no Moscow trial named);
* ``1937<-1935-36``: the second Moscow trial from the first two;
* ``1938 (bar)``: the issue's bar, trained before 2 March 1938 — printed last and apart: it was
  scored once the design was fixed and is never used to choose between designs.

Needs ../shared/record/moscow-trials.json (the reference record); says so and exits 2 without it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MOSCOW = ROOT.parent / "shared" / "record" / "moscow-trials.json"
POSTWAR = ROOT / "src" / "countertrial" / "reference" / "postwar" / "record.json"
RURITANIA = ROOT / "tests" / "forecast" / "data" / "ruritania-showtrials.json"
POSTWAR_TRIALS = ["sofia_1947_petkov", "budapest_1949_mindszenty", "tirana_1949_xoxe", "budapest_1949_rajk",
                  "sofia_1949_kostov", "prague_1952_slansky"]


def _store(*paths: Path) -> Any:
    from countertrial.record import import_record
    from countertrial.store import open_store

    store = open_store(":memory:")
    for p in paths:
        import_record(store, p)
    return store


def cases() -> Iterator[tuple[str, Any, str, list[str] | None]]:
    """(name, store, cut-off, proceedings to score; None = every later one)."""
    postwar = _store(MOSCOW, POSTWAR)
    yield "postwar<-moscow", postwar, "1947-01-01", None
    starts = {p["id"]: p["start"] for p in json.loads(POSTWAR.read_text(encoding="utf-8"))["proceedings"]}
    for trial in POSTWAR_TRIALS[1:]:
        yield f"roll:{trial}", postwar, starts[trial], [trial]
    yield "ruritania<-moscow", _store(MOSCOW, RURITANIA), "1950-05-01", None
    moscow = _store(MOSCOW)
    yield "1937<-1935-36", moscow, "1937-01-23", ["moscow_1937_anti_soviet_trotskyite_centre"]
    yield "1938 (bar)", moscow, "1938-03-02", ["moscow_1938_bloc_of_rights_and_trotskyites"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object per case")
    args = parser.parse_args(argv)
    if not MOSCOW.is_file():
        print(f"bench/forecast.py: {MOSCOW} not found; the forecast benchmark needs the shared reference record "
              "(run it in a checkout beside ../shared)", file=sys.stderr)
        return 2
    from countertrial.forecast import backtest

    names = ("model", "base_rate", "trotsky_rule")
    if not args.json:
        print(f"{'case':30} {'forecaster':14} {'AP':>6} {'Brier':>6} | {'acts AP':>7} {'Brier':>6} | "
              f"{'powers AP':>9} {'Brier':>6}   wins")
    for name, store, cutoff, procs in cases():
        t0 = time.perf_counter()
        r = backtest(store, cutoff, proceedings=procs, all_later=procs is None)
        seconds = time.perf_counter() - t0
        rows = {"model": r.model, **r.baselines}
        if args.json:
            print(json.dumps({"case": name, "cutoff": r.cutoff, "scored": r.scored_proceedings,
                              "model_name": r.model_name, "seconds": round(seconds, 2),
                              "overall": rows, "by_level": r.by_level}))
            continue
        for who in names:
            o, a, p = rows[who], r.by_level["act"][who], r.by_level["power"][who]
            wins = ""
            if who == "model":
                beats = [r.beats(b) for b in ("base_rate", "trotsky_rule")]
                wins = "AP " + ("yes" if all(b["average_precision"] for b in beats) else "no") + \
                       ", Brier " + ("yes" if all(b["brier"] for b in beats) else "no")
            print(f"{name if who == 'model' else '':30} {who:14} {_f(o['average_precision'])} {_f(o['brier'])} | "
                  f"{_f(a['average_precision']):>7} {_f(a['brier'])} | {_f(p['average_precision']):>9} "
                  f"{_f(p['brier'])}   {wins}")
        print(f"{'':30} ({r.model_name}; {r.counts['defendants']} defendants, {r.counts['items']} candidates; "
              f"{seconds:.2f} s)")
    return 0


def _f(value: float | None) -> str:
    return "     -" if value is None else f"{value:6.3f}"


if __name__ == "__main__":
    sys.exit(main())
