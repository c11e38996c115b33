"""CLI commands for ingest: not built yet; each says so and exits non-zero."""

from __future__ import annotations

import click

from ..errors import NotBuiltYet

__all__ = ["register"]


@click.command("ingest", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def ingest_cmd(args: tuple[str, ...]) -> None:
    """Ingest transcripts (files, folders, globs, - for stdin) into speaker turns. (Not built yet.)"""
    raise NotBuiltYet("`countertrial ingest` (ingest)", "issue 3")


@click.command("turns", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def turns_cmd(args: tuple[str, ...]) -> None:
    """List ingested turns. (Not built yet.)"""
    raise NotBuiltYet("`countertrial turns` (ingest)", "issue 3")


@click.command("show", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def show_cmd(args: tuple[str, ...]) -> None:
    """Show a turn with its citation and source lines. (Not built yet.)"""
    raise NotBuiltYet("`countertrial show` (ingest)", "issue 3")


def register(cli: click.Group) -> None:
    cli.add_command(ingest_cmd)
    cli.add_command(turns_cmd)
    cli.add_command(show_cmd)
