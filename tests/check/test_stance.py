from __future__ import annotations

from countertrial.model import Person
from countertrial.store import Store

from .helpers import claim, findings


def plea(cid: str, person: str, stance: str, day: str, polarity: str) -> object:
    return claim(cid, person, "plea", by=person, time=day, stated_on=day, polarity=polarity,
                 modality="confession" if stance == "confessed_pretrial" else "plea", extra={"stance": stance},
                 proceeding="moscow_1938")


def test_krestinsky_repudiates_then_reaffirms(store: Store) -> None:
    store.put([Person(id="krestinsky", name="Nikolay Krestinsky"),
               plea("k1", "krestinsky", "confessed_pretrial", "1937-12-02", "affirm"),
               plea("k2", "krestinsky", "pleaded_not_guilty", "1938-03-02", "deny"),
               plea("k3", "krestinsky", "repudiated", "1938-03-02", "deny"),
               plea("k4", "krestinsky", "reaffirmed", "1938-03-03", "affirm")])
    found = {f.kind: f for f in findings(store, "stance.v1")}
    assert set(found) == {"repudiation", "reaffirmation"}
    rep = found["repudiation"]
    assert [e["id"] for e in rep.evidence] == ["k1", "k2"]
    assert rep.evidence[0]["quote"] and rep.evidence[1]["source"]["document"] == "doc1"
    assert "2 December 1937" in rep.explanation and "2 March 1938" in rep.explanation
    assert "Krestinsky" in rep.explanation and rep.persons == ("krestinsky",)
    assert [e["id"] for e in found["reaffirmation"].evidence] == ["k3", "k4"]


def test_steady_confession_is_no_finding(store: Store) -> None:
    store.put([plea("r1", "radek", "confessed_pretrial", "1936-12", "affirm"),
               plea("r2", "radek", "pleaded_guilty", "1937-01-23", "affirm"),
               plea("r3", "radek", "reaffirmed", "1937-01-29", "affirm")])
    assert findings(store, "stance.v1") == []


def test_same_day_stances_follow_their_natural_order(store: Store) -> None:
    # the pre-trial confession is dated only by year; the plea and repudiation fall on one day
    store.put([plea("a", "x", "repudiated", "1938-03-02", "deny"),
               plea("b", "x", "pleaded_guilty", "1938-03-02", "affirm"),
               plea("c", "x", "confessed_pretrial", "1937", "affirm")])
    found = findings(store, "stance.v1")
    assert [(f.kind, [e["id"] for e in f.evidence]) for f in found] == [("repudiation", ["b", "a"])]


def test_self_confession_then_denial_per_act(store: Store) -> None:
    store.put([claim("e1", "y", "espionage", by="y", modality="confession", stated_on="1937-01-10"),
               claim("e2", "y", "espionage", by="y", modality="confession", polarity="deny", stated_on="1938-03-02"),
               claim("t1", "y", "terrorism", by="y", modality="confession", stated_on="1937-01-10")])
    found = findings(store, "stance.v1")
    assert [f.kind for f in found] == ["repudiation"]
    assert found[0].extra["charge"] == "espionage"


def test_admission_after_denial_is_not_a_reaffirmation(store: Store) -> None:
    # regression: deny -> admit with no admission before the denial was reported as a reaffirmation
    store.put([plea("n1", "z", "pleaded_not_guilty", "1938-03-02", "deny"),
               plea("n2", "z", "pleaded_guilty", "1938-03-05", "affirm")])
    found = findings(store, "stance.v1")
    assert [(f.kind, [e["id"] for e in f.evidence]) for f in found] == [("admission_after_denial", ["n1", "n2"])]
    assert "no earlier admission" in found[0].explanation
