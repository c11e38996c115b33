"""CLI commands for the case itself: init, status, import-record (being written)."""

from __future__ import annotations

import click

__all__ = ["register"]


def register(cli: click.Group) -> None:
    return None
