"""Speaker labels → persons: titles, roles, examination context, surname fallback, ambiguity."""

from __future__ import annotations

from countertrial.model import Person
from countertrial.resolve.speakers import SpeakerResolver, candidate_names, role_for_label, strip_titles
from countertrial.store import Store


def _roster(store: Store) -> None:
    people = {"blanche": ["Todd Blanche"], "cohen": ["Michael D. Cohen", "Michael Cohen"],
              "piatakov": ["Yuri Pyatakov", "Piatakov"], "a-smith": ["Anna Smith"], "b-smith": ["Bob Smith"]}
    store.put([Person(id=k, name=v[0]) for k, v in people.items()])
    for k, names in people.items():
        store.set_aliases("person", k, names)


def test_strip_titles() -> None:
    assert strip_titles("MR. BLANCHE") == "BLANCHE"
    assert strip_titles("JUDGE ORIE") == "ORIE"
    assert strip_titles("THE WITNESS [Interpretation]") == "WITNESS"
    assert strip_titles("WITNESS TAC") == "TAC"
    assert strip_titles("Ms Vennells") == "Vennells"


def test_roles() -> None:
    assert [role_for_label(x) for x in ("THE COURT", "JUDGE ORIE", "MADAM PRESIDENT", "THE WITNESS", "MS. HOFFINGER",
                                        "THE ENGLISH INTERPRETER", "THE REGISTRAR", "GOLDMAN")] == [
        "judge", "judge", "judge", "witness", "counsel", "interpreter", "clerk", "speaker"]


def test_q_and_a_use_the_examination_context() -> None:
    ctx = {"examiner": "MR. BLANCHE", "witness": "M. Cohen"}
    assert candidate_names("Q", ctx)[0] == "BLANCHE"
    assert candidate_names("A", ctx)[0] == "Cohen"
    assert candidate_names("THE WITNESS", ctx)[0] == "Cohen"
    assert candidate_names("A", {}) == []


def test_resolver(store: Store) -> None:
    _roster(store)
    r = SpeakerResolver(store)
    assert r.resolve("MR. BLANCHE") == "blanche"
    assert r.resolve("Q", {"examiner": "MR. BLANCHE"}) == "blanche"
    assert r.resolve("A", {"witness": "M. Cohen"}) == "cohen"
    assert r.resolve("THE WITNESS", {"witness": "MICHAEL D. COHEN"}) == "cohen"
    assert r.resolve("PYATAKOV") == "piatakov"  # transliteration folding
    assert r.resolve("MS. SMITH") is None  # two Smiths: ambiguous, left unresolved
    assert r.resolve("THE COURT") is None
    assert r.resolve("A") is None
