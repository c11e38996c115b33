from __future__ import annotations

from countertrial.model import Document, Place, Turn
from countertrial.store import Store

from .helpers import claim, findings

OSLO = Place(id="oslo", name="Oslo", country="Norway", lat=59.91, lon=10.75)
BERLIN = Place(id="berlin", name="Berlin", country="Germany", lat=52.52, lon=13.405)
TEMPELHOF = Place(id="tempelhof", name="Tempelhof", country="Germany", lat=52.47, lon=13.40)



def test_witnesses_disagree_on_the_place(store: Store) -> None:
    store.put([OSLO, BERLIN, TEMPELHOF,
               claim("w1", "pyatakov", by="bukharin", cps=("trotsky",), place="oslo", time="1935-12"),
               claim("w2", "trotsky", by="radek", cps=("pyatakov",), place="berlin", time="1935-12-13"),
               claim("w3", "pyatakov", by="romm", cps=("trotsky",), place="oslo", time="1935-12-13"),
               claim("same", "pyatakov", by="radek", cps=("trotsky",), place="tempelhof", time="1935-12")])
    found = findings(store, "witness_conflict.v1")
    pairs = {frozenset(e["id"] for e in f.evidence) for f in found}
    # Tempelhof is in Berlin (same place); radek's two accounts are one witness in one proceeding
    assert pairs == {frozenset(p) for p in (("w1", "w2"), ("w2", "w3"), ("w1", "same"), ("w3", "same"))}
    assert {f.extra["aspect"] for f in found} == {"place"}
    f = next(f for f in found if {e["id"] for e in f.evidence} == {"w1", "w2"})
    assert "Oslo" in f.explanation and "Berlin" in f.explanation and "December 1935" in f.explanation
    assert f.score < next(x for x in found if {e["id"] for e in x.evidence} == {"w2", "w3"}).score


def test_one_witness_two_proceedings_but_not_one_proceeding(store: Store) -> None:
    store.put([OSLO, BERLIN,
               claim("a", "x", by="w", cps=("y",), place="oslo", time="1935-12", proceeding="trial1"),
               claim("b", "x", by="w", cps=("y",), place="berlin", time="1935-12", proceeding="trial1"),
               claim("c", "x", by="w", cps=("y",), place="berlin", time="1935-12", proceeding="trial2")])
    pairs = {frozenset(e["id"] for e in f.evidence) for f in findings(store, "witness_conflict.v1")}
    assert pairs == {frozenset({"a", "c"})}


def test_vague_or_separate_times_are_not_one_event(store: Store) -> None:
    store.put([OSLO, BERLIN,
               claim("a", "x", by="w1", cps=("y",), place="oslo", time="1935"),
               claim("b", "x", by="w2", cps=("y",), place="berlin", time="1935"),
               claim("c", "x", by="w1", cps=("y",), place="oslo", time="1936-01"),
               claim("d", "x", by="w2", cps=("y",), place="berlin", time="1936-02")])
    assert findings(store, "witness_conflict.v1") == []


def test_affirmed_and_denied(store: Store) -> None:
    store.put([claim("a", "x", by="w1", cps=("y",), time="1936-01"),
               claim("b", "x", by="w2", cps=("y",), time="1936-01-05", polarity="deny")])
    [f] = findings(store, "witness_conflict.v1")
    assert f.extra["aspect"] == "polarity"


def test_counsels_argument_is_no_witness_account(store: Store) -> None:
    """Defence counsel arguing that x never met y is not a witness contradicting one who saw it."""
    store.put([claim("a", "x", by="w1", cps=("y",), time="1936-01"),
               claim("b", "x", by="counsel1", cps=("y",), time="1936-01-05", polarity="deny", modality="argument"),
               claim("c", "x", by="w2", cps=("y",), time="1936-01-05", polarity="deny")])
    pairs = {frozenset(e["id"] for e in f.evidence) for f in findings(store, "witness_conflict.v1")}
    assert pairs == {frozenset({"a", "c"})}


FORMULA = "I received from Sedov in Paris the direct instruction of Trotsky to organise terror against the leaders"


def turns(store: Store, items: list[tuple[str, str, str | None]]) -> None:
    store.put([Document(id="d1", path="t.txt", format="colon")])
    store.put([Turn(id=f"t{i}", document="d1", seq=i, speaker_label=who.upper(), person=who, text=text, role=role,
                    page=10 + i, line_start=5, line_end=9) for i, (who, text, role) in enumerate(items)])


def test_scripted_formula_across_speakers(store: Store) -> None:
    turns(store, [
        ("bukharin", f"Yes. {FORMULA} of the party.", "defendant"),
        ("rykov", f"I admit it fully. {FORMULA} of the government.", "defendant"),
        ("yagoda", f"{FORMULA} and the army. Nothing more.", "defendant"),
        ("krestinsky", "I was in Merano only for treatment and met no Trotskyists there at all, never.", "defendant"),
        ("bukharin", f"{FORMULA} of the party.", "defendant"),
    ])
    [f] = findings(store, "scripted.v1")
    assert set(f.persons) == {"bukharin", "rykov", "yagoda"}
    assert {e["id"] for e in f.evidence} == {"t0", "t1", "t2", "t4"}
    assert f.extra["phrases"][0].startswith("i received from sedov in paris")
    assert f.evidence[0]["source"]["page"] == 10


def test_boilerplate_same_speaker_and_court_are_not_scripted(store: Store) -> None:
    oath = "I swear that I will tell the truth, the whole truth and nothing but the truth, so help me God."
    turns(store, [
        ("w1", oath, "witness"), ("w2", oath, "witness"),
        ("judge", f"{FORMULA}.", "judge"), ("bukharin", f"{FORMULA}.", "defendant"),
        ("rykov", f"{FORMULA} again.", "defendant"), ("rykov", f"{FORMULA} once more.", "defendant"),
        ("p", "Thank you, your honour, I have no further questions for this witness at this time.", "counsel"),
        ("q", "Thank you, your honour, I have no further questions for this witness at this time.", "witness"),
    ])
    [f] = findings(store, "scripted.v1")
    assert set(f.persons) == {"bukharin", "rykov"}
