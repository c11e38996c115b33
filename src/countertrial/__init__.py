"""countertrial: testimony forensics.

A cited database of who claimed what, about whom, where and when; checks that flag repudiations,
claims the documentary record makes impossible, contradictions between witnesses and scripted
testimony; forecasts of what a new proceeding will allege.

Nothing is loaded or configured at import time.
"""

from __future__ import annotations

from .dates import Interval
from .errors import CountertrialError, InvalidDocument, InvalidRecord, NotFound, StoreError
from .model import Claim, Document, Fact, Finding, Forecast, Organisation, Person, Place, Proceeding, Turn, Verdict
from .store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Interval",
    "CountertrialError",
    "InvalidDocument",
    "InvalidRecord",
    "NotFound",
    "StoreError",
    "Claim",
    "Document",
    "Fact",
    "Finding",
    "Forecast",
    "Organisation",
    "Person",
    "Place",
    "Proceeding",
    "Turn",
    "Verdict",
    "Store",
    "open_store",
]
