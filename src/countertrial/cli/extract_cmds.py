"""CLI commands for claim extraction: not built yet; each says so and exits non-zero."""

from __future__ import annotations

import click

from ..errors import NotBuiltYet

__all__ = ["register"]


@click.command("extract", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def extract_cmd(args: tuple[str, ...]) -> None:
    """Extract claims from ingested turns or ad-hoc text. (Not built yet.)"""
    raise NotBuiltYet("`countertrial extract` (claim extraction)", "issue 4")


@click.command("claims", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def claims_cmd(args: tuple[str, ...]) -> None:
    """List extracted claims. (Not built yet.)"""
    raise NotBuiltYet("`countertrial claims` (claim extraction)", "issue 4")


def register(cli: click.Group) -> None:
    cli.add_command(extract_cmd)
    cli.add_command(claims_cmd)
