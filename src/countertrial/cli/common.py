"""Shared pieces of the CLI: options, output, progress bars and store opening.

The CLI is a thin shell: each command parses options, calls one library function and prints
its result (human text by default, JSON Lines with ``--json``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..store import Store, open_store

__all__ = ["case_option", "json_option", "open_case", "emit_json", "emit_jsonl", "console", "err_console",
           "progress", "Ticker"]

F = TypeVar("F", bound=Callable[..., Any])

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def case_option(func: F) -> F:
    """``--case DIR``: the case folder (default: the current directory)."""
    return click.option("--case", "case", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
                        show_default=True, help="Case folder (holds case.yaml and case.sqlite).")(func)


def json_option(func: F) -> F:
    """``--json``: machine output, one JSON object per line."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of text.")(func)


def open_case(case: Path) -> Store:
    """Open (and migrate) the store of a case folder; errors name the folder and the fix."""
    return open_store(case)


def _default(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def emit_json(obj: Any) -> None:
    """Print one JSON object on one line to stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_default) + "\n")


def emit_jsonl(objs: Iterable[Any]) -> int:
    n = 0
    for obj in objs:
        emit_json(obj)
        n += 1
    sys.stdout.flush()
    return n


class Ticker:
    """A progress handle: ``advance(n)`` and ``total(n)``; a no-op when progress is off."""

    def __init__(self, progress: Progress | None, task: Any) -> None:
        self._p = progress
        self._task = task

    def advance(self, n: int = 1, description: str | None = None) -> None:
        if self._p is not None:
            if description is not None:
                self._p.update(self._task, advance=n, description=description)
            else:
                self._p.advance(self._task, n)

    def total(self, n: int | None) -> None:
        if self._p is not None:
            self._p.update(self._task, total=n)


@contextmanager
def progress(description: str, total: int | None = None, *, enabled: bool = True) -> Iterator[Ticker]:
    """A Rich progress bar on stderr (hidden when stderr is not a terminal or ``enabled`` is false)."""
    if not enabled or not err_console.is_terminal:
        yield Ticker(None, None)
        return
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True) as p:
        yield Ticker(p, p.add_task(description, total=total))
