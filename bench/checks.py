"""Benchmark the checkers: all of them on a large synthetic case, next to the naive all-pairs
references on a small sample. Prints wall time and peak memory (RSS high-water mark of the
check phase, measured in a fresh process per phase so the build does not count).

    python bench/checks.py                       # 1,000,000 claims, 100,000 facts
    python bench/checks.py --claims 100000 --facts 10000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(case: Path, persons: int, claims: int, facts: int, seed: int) -> dict[str, object]:
    from countertrial.check.synth import write_synth

    if (case / "planted.json").exists():
        return {"build_s": 0.0, "load": [os.getloadavg()[0]] * 2, "peak_rss_mb": round(peak_mb())}
    load_before = os.getloadavg()[0]
    t = time.perf_counter()
    write_synth(persons, claims, facts, seed, case)
    return {"build_s": round(time.perf_counter() - t, 1), "load": [load_before, os.getloadavg()[0]],
            "peak_rss_mb": round(peak_mb())}


def run_fast(case: Path) -> dict[str, object]:
    from countertrial.check import common, list_findings, run_checks
    from countertrial.store import open_store

    common._gazetteer = lambda: None  # synthetic places carry their coordinates
    store = open_store(case)
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    results = run_checks(store)  # all checkers: one shared claim pass on worker processes
    total = round(time.perf_counter() - t0, 1)
    planted = json.loads((case / "planted.json").read_text())
    found = list_findings(store)
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": total, "peak_rss_mb": round(peak_mb()), "largest_worker_rss_mb": round(workers_mb),
            "findings": len(found), "planted": len(planted), "load_1min_before_after": [load_before, os.getloadavg()[0]],
            "per_checker": {k: {"added": v.added, "kept": v.kept, "stale": v.stale} for k, v in results.items()}}


def run_naive(case: Path) -> dict[str, object]:
    from countertrial.check import CheckConfig, common
    from countertrial.check.naive import NAIVE
    from countertrial.registry import checkers
    from countertrial.store import open_store

    common._gazetteer = lambda: None
    store = open_store(case)
    cfg = CheckConfig()
    out: dict[str, object] = {}
    for name, naive in NAIVE.items():
        t = time.perf_counter()
        slow = {f.id for f in naive(store, cfg)}
        t_naive = time.perf_counter() - t
        t = time.perf_counter()
        fast = {f.id for f in checkers.get(name)(cfg).run(store)}  # type: ignore[operator]
        out[name] = {"naive_s": round(t_naive, 2), "fast_s": round(time.perf_counter() - t, 2),
                     "same": slow == fast}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--persons", type=int, default=20_000)
    ap.add_argument("--sample-claims", type=int, default=3_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/countertrial-bench"))
    ap.add_argument("--phase", choices=["fast", "naive"], help=argparse.SUPPRESS)
    ap.add_argument("--case", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        result = run_fast(args.case) if args.phase == "fast" else run_naive(args.case)
        print(json.dumps(result))
        return
    big = args.dir / f"c{args.claims}-f{args.facts}-p{args.persons}-s{args.seed}"
    small = args.dir / f"c{args.sample_claims}-sample-s{args.seed}"
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    b = build(big, args.persons, args.claims, args.facts, args.seed)
    print(f"built {big} ({args.claims} claims, {args.facts} facts, {args.claims // 10} turns) in {b['build_s']} s "
          f"(0 s: reused), peak RSS {b['peak_rss_mb']} MB, load average before/after {b['load']}")
    build(small, max(100, args.sample_claims // 10), args.sample_claims, args.sample_claims // 10, args.seed)

    def phase(name: str, case: Path) -> dict[str, object]:
        out = subprocess.run([sys.executable, __file__, "--phase", name, "--case", str(case)], check=True,
                             capture_output=True, text=True).stdout
        return dict(json.loads(out.splitlines()[-1]))

    fast = phase("fast", big)
    print(f"all checkers, {args.claims} claims: {fast['seconds']} s, peak RSS {fast['peak_rss_mb']} MB "
          f"(largest worker {fast['largest_worker_rss_mb']} MB), {fast['findings']} findings for {fast['planted']} "
          f"planted; load average before/after {fast['load_1min_before_after']}; {fast['per_checker']}")
    naive = phase("naive", small)
    print(f"sample of {args.sample_claims} claims, naive all-pairs vs fast: {json.dumps(naive)}")


if __name__ == "__main__":
    main()
