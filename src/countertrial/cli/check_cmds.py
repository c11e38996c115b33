"""CLI commands for checks: not built yet; each says so and exits non-zero."""

from __future__ import annotations

import click

from ..errors import NotBuiltYet

__all__ = ["register"]


@click.command("check", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def check_cmd(args: tuple[str, ...]) -> None:
    """Run checkers over claims and the record. (Not built yet.)"""
    raise NotBuiltYet("`countertrial check` (checks)", "issue 5")


@click.command("findings", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def findings_cmd(args: tuple[str, ...]) -> None:
    """List findings. (Not built yet.)"""
    raise NotBuiltYet("`countertrial findings` (checks)", "issue 5")


@click.command("review", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def review_cmd(args: tuple[str, ...]) -> None:
    """Record a reviewer's verdict on a finding. (Not built yet.)"""
    raise NotBuiltYet("`countertrial review` (checks)", "issue 5")


@click.command("synth", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def synth_cmd(args: tuple[str, ...]) -> None:
    """Generate a synthetic case. (Not built yet.)"""
    raise NotBuiltYet("`countertrial synth` (checks)", "issue 5")


def register(cli: click.Group) -> None:
    cli.add_command(check_cmd)
    cli.add_command(findings_cmd)
    cli.add_command(review_cmd)
    cli.add_command(synth_cmd)
