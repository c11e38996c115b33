"""CLI commands for the report and the reference case: not built yet; each says so and exits non-zero."""

from __future__ import annotations

import click

from ..errors import NotBuiltYet

__all__ = ["register"]


@click.command("report", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def report_cmd(args: tuple[str, ...]) -> None:
    """Write the self-contained HTML report. (Not built yet.)"""
    raise NotBuiltYet("`countertrial report` (the report and the reference case)", "issue 6")


@click.command("demo", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def demo_cmd(args: tuple[str, ...]) -> None:
    """Build the built-in reference case end to end. (Not built yet.)"""
    raise NotBuiltYet("`countertrial demo` (the report and the reference case)", "issue 6")


def register(cli: click.Group) -> None:
    cli.add_command(report_cmd)
    cli.add_command(demo_cmd)
