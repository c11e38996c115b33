from __future__ import annotations

import pytest

from countertrial.errors import CountertrialError, InvalidRecord, NotFound, UsageError
from countertrial.registry import Registry


def test_registry_resolves_versions_and_lists_available_on_unknown() -> None:
    reg: Registry[object] = Registry("widget")

    @reg.register("alpha.v1")
    class A1: ...

    @reg.register("alpha.v2")
    class A2: ...

    assert reg.get("alpha") is A2
    assert reg.get("alpha.v1") is A1
    with pytest.raises(NotFound) as info:
        reg.get("beta")
    assert "alpha.v1" in str(info.value) and "no widget named 'beta'" in str(info.value)
    with pytest.raises(UsageError):
        reg.register("unversioned")


def test_errors_share_a_root_and_have_codes_and_one_line_messages() -> None:
    exc = InvalidRecord("r.json", "pleas[3]", "has unknown stance 'x'", field="stance", fix="use one of a, b")
    assert isinstance(exc, CountertrialError)
    line = exc.one_line()
    assert line.startswith("error CT103: r.json: pleas[3], field 'stance'") and "\n" not in line
    assert NotFound("checker", "x").exit_code == 2
