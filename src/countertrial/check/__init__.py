"""The check stage: registered checkers that flag repudiations, record conflicts, witness
conflicts and scripted testimony, each finding with its evidence.

>>> from countertrial.check import run_checks, list_findings, review   # doctest: +SKIP
"""

from __future__ import annotations

from .api import Progress, finding_dict, list_findings, review, run_checks
from .config import CheckConfig, TravelMode

__all__ = ["run_checks", "review", "list_findings", "finding_dict", "CheckConfig", "TravelMode", "Progress"]
