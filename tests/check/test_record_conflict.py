from __future__ import annotations

from countertrial.check import CheckConfig, TravelMode, run_checks
from countertrial.model import Finding, Person, Place
from countertrial.store import Store

from .helpers import claim, fact, findings

COPENHAGEN = Place(id="copenhagen", name="Copenhagen", country="Denmark", lat=55.676, lon=12.568)
BERLIN = Place(id="berlin", name="Berlin", country="Germany", lat=52.52, lon=13.405)
PARIS = Place(id="paris", name="Paris", country="France", lat=48.857, lon=2.352)
BRISTOL = Place(id="hotel_bristol", name="Hotel Bristol", aliases=("Bristol Hotel",), country="Denmark",
                lat=55.675, lon=12.569, exists_from="1903", exists_to="1917")



def kinds(store: Store) -> list[str]:
    return sorted(f.kind for f in findings(store, "record_conflict.v1"))


def test_hotel_closed_before_the_meeting(store: Store) -> None:
    store.put([BRISTOL, COPENHAGEN, Person(id="holtzman", name="Eduard Holtzman"),
               claim("c1", "holtzman", by="holtzman", place="Copenhagen, Hotel Bristol", time="1932-11")])
    [f] = findings(store, "record_conflict.v1")
    assert f.kind == "place_did_not_exist" and f.places == ("hotel_bristol",)
    assert f.explanation == ("Eduard Holtzman places the meeting at Hotel Bristol in November 1932; "
                             "the record says Hotel Bristol existed only until 1917.")
    assert [e["type"] for e in f.evidence] == ["claim", "place"]
    assert f.evidence[0]["source"]["page"] == 3


def test_place_existence_respects_precision(store: Store) -> None:
    late = Place(id="h2", name="Hotel Late", exists_to="1932-06")
    store.put([late, claim("year", "a", place="h2", time="1932"), claim("month", "a", place="h2", time="1932-11"),
               claim("before", "a", place="h2", time="1932-05")])
    [f] = findings(store, "record_conflict.v1")
    assert f.evidence[0]["id"] == "month"


def test_person_elsewhere_needs_every_day_covered(store: Store) -> None:
    store.put([COPENHAGEN, BERLIN, Person(id="trotsky", name="Leon Trotsky"),
               fact("trotsky", "travel", "copenhagen", "1932-11-23", "1932-12-02", detail="Lecture tour."),
               claim("day", "x", cps=("trotsky",), by="x", place="berlin", time="1932-11-27"),
               claim("month", "x", cps=("trotsky",), by="x", place="berlin", time="1932-11"),
               claim("there", "x", cps=("trotsky",), by="x", place="copenhagen", time="1932-11-27"),
               claim("letter", "x", "wrote", cps=("trotsky",), by="x", place="berlin", time="1932-11-27")])
    [f] = findings(store, "record_conflict.v1")
    assert f.kind == "person_elsewhere" and f.evidence[0]["id"] == "day"
    assert "Leon Trotsky" in f.explanation and "Copenhagen" in f.explanation and "Berlin" in f.explanation
    assert f.evidence[1]["type"] == "fact" and f.evidence[1]["quote"] == "Lecture tour."


def test_travel_model_allows_a_reachable_journey(store: Store) -> None:
    near = Place(id="malmo", name="Malmo", country="Sweden", lat=55.605, lon=13.0)  # 30 km: same place
    store.put([COPENHAGEN, PARIS, near,
               fact("t", "whereabouts", "copenhagen", "1932-11-23", "1932-11-25"),
               claim("next_day_paris", "t", place="paris", time="1932-11-26"),
               claim("same_day_paris", "t", place="paris", time="1932-11-25"),
               claim("malmo", "t", place="malmo", time="1932-11-24")])
    slow = CheckConfig(travel_modes=(TravelMode("rail", 300.0),))
    run_checks(store, ["record_conflict"], config=slow)
    found = sorted(f.evidence[0]["id"] for f in store.iter(Finding) if not f.stale)
    assert found == ["next_day_paris", "same_day_paris"]  # Paris is 1,000 km: four days by slow rail
    run_checks(store, ["record_conflict"])
    assert sorted(f.evidence[0]["id"] for f in store.iter(Finding) if not f.stale) == ["same_day_paris"]


def test_unknown_coordinates_fall_back_to_countries(store: Store) -> None:
    store.put([fact("t", "whereabouts", "Bagneres", "1933-10-01", "1933-10-31", country="France"),
               claim("merano", "t", place="Merano", time="1933-10", country="Italy"),
               claim("vague", "t", place="Lourdes", time="1933-10")])
    assert kinds(store) == []  # no coordinates, no countries on the claim's place: cannot tell
    store.put([Place(id="merano", name="Merano", country="Italy")])
    [f] = findings(store, "record_conflict.v1")
    assert f.evidence[0]["id"] == "merano" and f.score < 0.8


def test_dead_and_in_custody(store: Store) -> None:
    store.put([Person(id="sedov", name="Leon Sedov", died="1938-02-16"),
               Person(id="smirnov", name="Ivan Smirnov", died="1936-08-25"),
               fact("smirnov", "arrest", None, "1933-01"),
               fact("other", "arrest", None, "1920"), fact("other", "post", "Minsk", "1930", "1934"),
               claim("after", "x", cps=("sedov",), place="Paris", time="1938-05"),
               claim("before", "x", cps=("sedov",), place="Paris", time="1937-05"),
               claim("deathmonth", "x", cps=("sedov",), place="Paris", time="1938-02"),
               claim("kirov", "smirnov", "conspiracy", place="Leningrad", time="1934-12"),
               claim("arrestmonth", "smirnov", "conspiracy", place="Leningrad", time="1933-01"),
               claim("freed", "other", "espionage", place="Minsk", time="1932")])
    found = {f.evidence[0]["id"]: f for f in findings(store, "record_conflict.v1")}
    assert set(found) == {"after", "kirov"}
    assert found["after"].kind == found["kirov"].kind == "dead_or_in_custody"
    assert "died on 16 February 1938" in found["after"].explanation
    assert "custody" in found["kirov"].explanation


def test_no_aircraft_landed(store: Store) -> None:
    kjeller = Place(id="kjeller", name="Kjeller", country="Norway", lat=59.97, lon=11.04)
    store.put([kjeller, fact(None, "no_arrival", "kjeller", "1935-12", extra={"mode": "air"},
                             detail="No civil aircraft landed at Kjeller in December 1935 (Aftenposten).",
                             confidence="high"),
               claim("flight", "pyatakov", "flew", place="Berlin -> Oslo (Kjeller airfield)", time="1935-12"),
               claim("train", "pyatakov", "travelled", place="Kjeller", time="1935-12", extra={"mode": "rail"}),
               claim("later", "pyatakov", "flew", place="Kjeller", time="1936-01")])
    [f] = findings(store, "record_conflict.v1")
    assert f.kind == "impossible_travel" and f.evidence[0]["id"] == "flight"
    assert "Aftenposten" in f.explanation


def test_recorded_refutation_is_matched_to_its_claim(store: Store) -> None:
    refutation = fact("holtzman", "refutation", "Copenhagen, Hotel Bristol", "1932-11", confidence="high",
                      detail="The Hotel Bristol had closed in 1917. It was raised at the Dewey hearings.",
                      extra={"claim": {"who": "holtzman", "what": "met Sedov in the Hotel Bristol"},
                             "refutation_kind": "place_did_not_exist", "proceeding": "p1"})
    store.put([refutation, claim("c1", "holtzman", "terrorism", place="Berlin; Copenhagen (Hotel Bristol)",
                                 time="1932-11"),
               claim("c2", "holtzman", "terrorism", place="Moscow", time="1932-11")])
    [f] = findings(store, "record_conflict.v1")
    assert f.kind == "place_did_not_exist" and [e["id"] for e in f.evidence] == ["c1", refutation.id]
    assert "closed in 1917" in f.explanation
