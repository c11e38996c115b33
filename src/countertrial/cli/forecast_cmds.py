"""CLI commands for forecasting: not built yet; each says so and exits non-zero."""

from __future__ import annotations

import click

from ..errors import NotBuiltYet

__all__ = ["register"]


@click.command("forecast", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def forecast_cmd(args: tuple[str, ...]) -> None:
    """Forecast the accusations of a proceeding. (Not built yet.)"""
    raise NotBuiltYet("`countertrial forecast` (forecasting)", "issue 7")


@click.command("backtest", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def backtest_cmd(args: tuple[str, ...]) -> None:
    """Backtest forecasts against later proceedings. (Not built yet.)"""
    raise NotBuiltYet("`countertrial backtest` (forecasting)", "issue 7")


def register(cli: click.Group) -> None:
    cli.add_command(forecast_cmd)
    cli.add_command(backtest_cmd)
