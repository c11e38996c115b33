"""The fast checkers and the naive all-pairs references agree on small random cases."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from countertrial.check import CheckConfig
from countertrial.check.naive import NAIVE
from countertrial.dates import parse_partial_date
from countertrial.model import Claim, Document, Fact, Finding, Person, Place, Turn
from countertrial.registry import checkers
from countertrial.store import open_store

from .helpers import fact

PEOPLE = ["a", "b", "c", "d"]
PLACES = [Place(id="p0", name="Alpha", lat=50.0, lon=10.0, country="X"),
          Place(id="p1", name="Beta", lat=50.1, lon=10.1, country="X"),
          Place(id="p2", name="Gamma", lat=40.0, lon=20.0, country="Y", exists_from="1933"),
          Place(id="p3", name="Delta", country="Z", exists_to="1931")]
WORDS = ["sedov", "paris", "instruction", "terror", "trotsky", "berlin", "meeting", "letter", "hotel", "agent",
         "received", "organise", "leaders", "party", "army", "plan"]

dates = st.builds(lambda y, m, d, p: f"{y}" if p == 0 else f"{y}-{m:02d}" if p == 1 else f"{y}-{m:02d}-{d:02d}",
                  st.integers(1930, 1933), st.integers(1, 12), st.integers(1, 28), st.integers(0, 2))
claims = st.builds(
    lambda i, s, by, cps, act, pol, place, t, stance, proc: Claim(
        id=f"c{i}", subject=s, asserted_by=by, act=act, polarity=pol, counterparts=tuple(sorted(set(cps) - {s})),
        place=place, time=parse_partial_date(t), stated_on=t, proceeding=proc,
        modality="plea" if act == "plea" else "testimony", extra={"stance": stance} if act == "plea" else {}),
    st.integers(0, 10**6), st.sampled_from(PEOPLE), st.sampled_from([None, *PEOPLE]),
    st.lists(st.sampled_from(PEOPLE), max_size=2), st.sampled_from(["met", "plea", "flew", "conspiracy"]),
    st.sampled_from(["affirm", "deny"]), st.sampled_from([None, "p0", "p1", "p2", "p3", "Alpha; Gamma"]), dates,
    st.sampled_from(["pleaded_guilty", "pleaded_not_guilty", "reaffirmed"]), st.sampled_from(["t1", "t2"]))
facts = st.builds(
    lambda s, kind, place, a, b: fact(s, kind, place, *sorted([a, b])) if kind != "no_arrival"
    else fact(None, kind, place, a, extra={"mode": "air"}),
    st.sampled_from(PEOPLE), st.sampled_from(["travel", "whereabouts", "prison", "arrest", "residence", "no_arrival"]),
    st.sampled_from(["p0", "p1", "p2"]), st.sampled_from(["1931-03-01", "1932-06", "1931", "1932-06-10"]),
    st.sampled_from(["1931-03-20", "1932-07", "1933"]))
sentences = st.lists(st.sampled_from(WORDS), min_size=8, max_size=12).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claims, max_size=14, unique_by=lambda c: c.id), st.lists(facts, max_size=6),
       st.lists(st.tuples(st.sampled_from(PEOPLE), sentences), max_size=6),
       st.sampled_from([None, "1932-05-01", "1931"]))
def test_fast_and_naive_agree(cs: list[Claim], fs: list[Fact], ts: list[tuple[str, str]], died: str | None) -> None:
    store = open_store(":memory:")
    try:
        store.put([*PLACES, *(Person(id=p, name=p.upper(), died=died if p == "d" else None) for p in PEOPLE), *cs,
                   *fs, Document(id="doc", path="x", format="x")])
        store.put([Turn(id=f"t{i}", document="doc", seq=i, speaker_label=s, person=s, text=text)
                   for i, (s, text) in enumerate(ts)])
        config = CheckConfig()
        for name, naive in NAIVE.items():
            fast = sorted((f for f in checkers.get(name)(config).run(store)), key=lambda f: f.id)  # type: ignore[operator]
            slow = sorted(naive(store, config), key=lambda f: f.id)
            assert _dedupe(fast) == _dedupe(slow), name
    finally:
        store.close()


def _dedupe(items: list[Finding]) -> list[Finding]:
    return list({f.id: f for f in items}.values())
