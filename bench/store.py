"""Store throughput: rows/s of ``put`` and ``iter`` (and ``iter_values``) for claims, per backend.

    python bench/store.py                       # SQLite file + a throwaway PostgreSQL cluster
    python bench/store.py --rows 50000 --repeat 3
    python bench/store.py --url postgresql://USER@HOST:PORT/DBNAME   # an existing, empty database

Claims are synthetic and deterministic. ``put`` is timed in batches of 5,000 inside one
transaction (as ingest and extract write), on a fresh store each repeat; the figure includes
encoding records to JSON, which is most of the cost. The throwaway cluster keeps PostgreSQL's
durable defaults (fsync on). Prints a Markdown table (the median of the repeats).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from countertrial.dates import parse_partial_date
from countertrial.model import Claim, Source
from countertrial.store import Store, open_store

BATCH = 5000


def make_claims(n: int) -> list[Claim]:
    acts = ("meeting", "espionage", "sabotage", "travel", "terror")
    return [Claim(id=f"c{i:08d}", asserted_by=f"p{i % 23}", subject=f"p{i % 29}", act=acts[i % 5],
                  counterparts=(f"p{i % 7}", f"p{i % 13}"), place=f"place{i % 101}",
                  time=parse_partial_date(f"19{28 + i % 10}-{1 + i % 12:02d}"),
                  quote=f"In {1928 + i % 10} I met him in place{i % 101} and we spoke of the plan.",
                  source=Source(document=f"d{i % 40}", turn=f"t{i}", page=1 + i % 300),
                  proceeding="moscow-1937", stated_on="1937-01-25", extractor="bench.v1",
                  confidence=0.8, extra={"stance": "affirm"}) for i in range(n)]


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}"


def measure(open_fresh: Callable[[], Store], claims: list[Claim], repeat: int) -> dict[str, float]:
    """Median seconds of put, iter and iter_values over ``repeat`` fresh stores."""
    times: dict[str, list[float]] = {"put": [], "iter": [], "iter_values": []}
    for _ in range(repeat):
        with open_fresh() as store:
            t = time.perf_counter()
            with store.transaction():
                for start in range(0, len(claims), BATCH):
                    store.put(claims[start:start + BATCH])
            times["put"].append(time.perf_counter() - t)
            t = time.perf_counter()
            n = sum(1 for _ in store.iter(Claim))
            times["iter"].append(time.perf_counter() - t)
            t = time.perf_counter()
            m = sum(1 for _ in store.iter_values(Claim, ["id", "subject", "t_start", "counterparts"]))
            times["iter_values"].append(time.perf_counter() - t)
            assert n == m == len(claims), (n, m)
    return {k: statistics.median(v) for k, v in times.items()}


@contextmanager
def postgres_opener(url: str | None) -> Iterator[Callable[[], Store] | str]:
    """A callable opening a fresh PostgreSQL store, or the reason there is none."""
    try:
        from countertrial.store.postgres import TemporaryCluster
    except ImportError:
        yield 'psycopg is not installed (pip install "countertrial[postgres]")'
        return
    if url is not None:
        def reuse() -> Store:
            store = open_store(url)
            store._conn.execute("TRUNCATE claims")  # type: ignore[attr-defined]
            return store

        yield reuse
        return
    if TemporaryCluster.find_bindir() is None:
        yield "no PostgreSQL server programs (initdb) on this machine"
        return
    with TemporaryCluster(durable=True) as cluster:
        def fresh() -> Store:
            return open_store(cluster.create_database())

        yield fresh


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--url", help="an existing PostgreSQL database to use (its claims are truncated)")
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    t = time.perf_counter()
    claims = make_claims(args.rows)
    t = time.perf_counter()
    for c in claims:
        c.to_dict()
    encode = time.perf_counter() - t

    results: dict[str, dict[str, float] | str] = {}
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="countertrial-bench-")))
        counter = iter(range(1_000_000))
        results["SQLite (file, WAL)"] = measure(lambda: open_store(folder / f"s{next(counter)}.sqlite"),
                                                claims, args.repeat)
        opener = stack.enter_context(postgres_opener(args.url))
        results["PostgreSQL (127.0.0.1)"] = opener if isinstance(opener, str) else measure(opener, claims,
                                                                                         args.repeat)

    n = len(claims)
    print(f"{n:,} claims, median of {args.repeat}; Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} CPUs, load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after; "
          f"floor: Record.to_dict alone {rate(n, encode)} rows/s")
    print()
    print("| backend | put rows/s | iter rows/s | iter_values rows/s |")
    print("|---|---:|---:|---:|")
    for name, r in results.items():
        if isinstance(r, str):
            print(f"| {name} | skipped: {r} | | |")
        else:
            print(f"| {name} | {rate(n, r['put'])} | {rate(n, r['iter'])} | {rate(n, r['iter_values'])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
