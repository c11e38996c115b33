from __future__ import annotations

import pytest

from countertrial.check import common


@pytest.fixture(autouse=True)
def no_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hermetic and fast: only the case's own places have coordinates (the gazetteer is the
    resolve stage's and is tested there); checks must degrade gracefully without it."""
    monkeypatch.setattr(common, "_gazetteer", lambda: None)
