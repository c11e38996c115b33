"""The registered checkers: importing this package registers each of them (see
:data:`countertrial.registry.checkers`)."""

from __future__ import annotations

from . import record_conflict, scripted, stance, witness_conflict

__all__ = ["record_conflict", "scripted", "stance", "witness_conflict"]
