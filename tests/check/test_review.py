from __future__ import annotations

import pytest

from countertrial.check import list_findings, review, run_checks
from countertrial.errors import NotFound, UsageError
from countertrial.model import Finding, Person, Place
from countertrial.store import Store

from .helpers import claim

HOTEL = Place(id="hotel", name="Hotel Bristol", exists_to="1917")


def setup(store: Store) -> str:
    store.put([HOTEL, Person(id="holtzman", name="Eduard Holtzman"),
               claim("c1", "holtzman", by="holtzman", place="hotel", time="1932-11")])
    run_checks(store, ["record_conflict"])
    [f] = store.list(Finding)
    return f.id


def test_verdicts_survive_reruns_and_vanished_findings_turn_stale(store: Store) -> None:
    fid = setup(store)
    review(store, fid[:6], "confirmed", "the hotel closed in 1917", "historian")
    run_checks(store, ["record_conflict"])
    [f] = list_findings(store)
    assert f["id"] == fid and f["verdict"]["verdict"] == "confirmed" and f["verdict"]["by"] == "historian"
    store.put([HOTEL.replace(exists_to=None)])  # the record changes: the conflict is gone
    update = run_checks(store, ["record_conflict"])["record_conflict.v1"]
    assert update.stale == 1 and list_findings(store) == []
    [stale] = list_findings(store, include_stale=True)
    assert stale["stale"] and stale["verdict"]["verdict"] == "confirmed"
    store.put([HOTEL])
    run_checks(store, ["record_conflict"])
    [back] = list_findings(store)
    assert back["id"] == fid and not back["stale"] and back["verdict"]["reason"] == "the hotel closed in 1917"


def test_latest_verdict_wins_and_all_are_kept(store: Store) -> None:
    fid = setup(store)
    review(store, fid, "confirmed", "first look", "a")
    review(store, fid, "rejected", "second look", "b")
    assert [v.verdict for v in store.verdicts(fid)] == ["confirmed", "rejected"]
    assert list_findings(store, person="Eduard Holtzman")[0]["verdict"]["verdict"] == "rejected"
    assert list_findings(store, person="nobody") == []
    assert list_findings(store, kind="repudiation") == []


def test_review_errors(store: Store) -> None:
    fid = setup(store)
    with pytest.raises(UsageError):
        review(store, fid, "maybe", "x", "a")
    with pytest.raises(NotFound):
        review(store, "ffffffff", "confirmed", "x", "a")
    with pytest.raises(NotFound) as exc:
        run_checks(store, ["no_such_checker"])
    assert "stance.v1" in str(exc.value)
