"""Record import: the shared JSON shape, CSV/YAML equivalents, idempotency, round trip, bad rows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from countertrial.errors import InvalidRecord
from countertrial.model import Claim, Fact, Person, Proceeding
from countertrial.record import export_record, import_record
from countertrial.store import Store

MINI = {
    "proceedings": [{"id": "t1", "name": "Trial", "place": "Moscow", "start": "1937-01-23", "end": "1937-01-30",
                     "kind": "public_trial", "sources": ["https://example.org/t1"], "confidence": "high"}],
    "persons": [{"id": "pyatakov", "name": "Georgy Pyatakov", "aliases": ["Piatakov"], "born": "1890",
                 "died": "1937-01-30", "death_cause": "shot", "notes": None, "shoe_size": 42}],
    "record_facts": [{"person": "pyatakov", "kind": "post", "country": "Germany", "place": "Berlin",
                      "start": "1931", "end": None, "detail": "trade mission", "sources": [], "confidence": "high",
                      "archive_ref": "F.1/op.2"}],
    "accusations": [{"proceeding": "t1", "defendant": "pyatakov", "act": "espionage", "foreign_power": "Germany",
                     "alleged_contacts": ["Georgy Pyatakov", "Gen. Nobody"], "place": None, "time": "1932-1936",
                     "detail": "x", "sources": [], "confidence": "medium"}],
    "pleas": [{"proceeding": "t1", "person": "pyatakov", "date": "1937-01-23", "stance": "pleaded_guilty",
               "detail": None, "sources": [], "confidence": "high"}],
}


def _write(tmp_path: Path, data: object, name: str = "rec.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(data), "utf-8")
    return p


def test_import_maps_sections_and_keeps_unknown_fields(store: Store, tmp_path: Path) -> None:
    report = import_record(store, _write(tmp_path, MINI))
    assert report.read == {"proceedings": 1, "persons": 1, "record_facts": 1, "accusations": 1, "pleas": 1}
    person = store.get(Person, "pyatakov")
    assert person is not None and person.extra == {"shoe_size": 42}
    fact = next(store.iter(Fact))
    assert fact.time.precision == "year" and fact.extra == {"archive_ref": "F.1/op.2"}
    acc = next(store.iter(Claim, act="espionage"))
    assert acc.modality == "accusation" and acc.counterparts == ("pyatakov", "Gen. Nobody")
    assert acc.time.precision == "range" and acc.stated_on == "1937-01-23"
    plea = next(store.iter(Claim, act="plea"))
    assert plea.polarity == "affirm" and plea.extra["stance"] == "pleaded_guilty"
    proc = store.get(Proceeding, "t1")
    assert proc is not None and proc.time.iso() == "1937-01-23/1937-01-30"


def test_reimport_is_idempotent(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, MINI)
    import_record(store, path)
    first = store.counts()
    import_record(store, path)
    assert store.counts() == first


def test_round_trip_import_then_export(store: Store, tmp_path: Path) -> None:
    import_record(store, _write(tmp_path, MINI))
    exported = export_record(store)
    for section, rows in MINI.items():
        assert sorted(json.dumps(r, sort_keys=True) for r in exported[section]) == \
            sorted(json.dumps(r, sort_keys=True) for r in rows), section


@pytest.mark.shared
def test_shared_moscow_record_round_trips(store: Store, shared_dir: Path) -> None:
    path = shared_dir / "record" / "moscow-trials.json"
    original = json.loads(path.read_text("utf-8"))
    import_record(store, path)
    exported = export_record(store)
    for section, rows in exported.items():
        assert sorted(json.dumps(r, sort_keys=True) for r in rows) == \
            sorted(json.dumps(r, sort_keys=True) for r in original[section]), section
    assert store.count(Claim, act="plea") == len(original["pleas"])


def test_yaml_and_csv_equivalents(store: Store, tmp_path: Path) -> None:
    y = tmp_path / "rec.yaml"
    y.write_text(yaml.safe_dump({"persons": MINI["persons"]}), "utf-8")
    import_record(store, y)
    c = tmp_path / "record_facts.csv"
    c.write_text("person,kind,country,place,start,end,detail,sources\n"
                 "pyatakov,travel,Norway,Oslo,1935-12,,claimed flight,https://a|https://b\n", "utf-8")
    import_record(store, c)
    fact = next(store.iter(Fact, kind="travel"))
    assert fact.sources == ("https://a", "https://b") and fact.time.iso() == "1935-12"


@pytest.mark.parametrize("mutate,match", [
    (lambda d: d["record_facts"][0].update(start="1938-02-30"), r"record_facts\[0\].*field 'start'.*28 days"),
    (lambda d: d["record_facts"][0].update(person="nobody"), r"field 'person'.*not in 'persons'"),
    (lambda d: d["pleas"][0].update(stance="shrugged"), r"field 'stance'"),
    (lambda d: d["persons"][0].update(aliases="Piatakov"), r"field 'aliases'.*expected list"),
    (lambda d: d["accusations"][0].update(proceeding="t9"), r"field 'proceeding'"),
    (lambda d: d["persons"][0].pop("name"), r"persons\[0\].*field 'name'.*missing"),
])
def test_strict_a_broken_row_is_named_and_nothing_is_written(store: Store, tmp_path: Path, mutate, match) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(MINI))
    mutate(data)
    with pytest.raises(InvalidRecord, match=match):
        import_record(store, _write(tmp_path, data), strict=True)
    assert sum(store.counts().values()) == 0


@pytest.mark.parametrize("mutate,match,missing", [
    (lambda d: d["record_facts"][0].update(start="1938-02-30"), r"record_facts\[0\].*field 'start'.*28 days", Fact),
    (lambda d: d["pleas"][0].update(stance="shrugged"), r"pleas\[0\].*field 'stance'", "plea"),
    (lambda d: d["accusations"][0].update(proceeding="t9"), r"accusations\[0\].*field 'proceeding'", "espionage"),
])
def test_a_broken_row_is_named_and_left_out_and_the_rest_is_written(store: Store, tmp_path: Path, mutate, match,  # type: ignore[no-untyped-def]
                                                                    missing) -> None:
    data = json.loads(json.dumps(MINI))
    mutate(data)
    report = import_record(store, _write(tmp_path, data))
    assert len(report.skipped) == 1 and re.search(match, report.skipped[0].one_line())
    assert "\n" not in report.skipped[0].one_line()
    assert store.get(Person, "pyatakov") is not None and store.get(Proceeding, "t1") is not None
    if missing is Fact:
        assert store.count(Fact) == 0 and store.count(Claim) == 2
    else:
        assert store.count(Fact) == 1 and store.count(Claim, act=missing) == 0 and store.count(Claim) == 1
    assert report.to_dict()["skipped"] == [report.skipped[0].one_line()]


def test_an_unlisted_person_is_added_and_flagged(store: Store, tmp_path: Path) -> None:
    data = json.loads(json.dumps(MINI))
    data["accusations"][0]["defendant"] = "karl_radek"
    report = import_record(store, _write(tmp_path, data))
    assert not report.skipped and len(report.notes) == 1 and "karl_radek" in report.notes[0]
    radek = store.get(Person, "karl_radek")
    assert radek is not None and radek.name == "Karl Radek" and radek.extra["unlisted"] is True
    assert next(store.iter(Claim, act="espionage")).subject == "karl_radek"
    data["accusations"][0]["defendant"] = "nikolai_muralov"  # karl_radek is now in the case
    with pytest.raises(InvalidRecord, match="'nikolai_muralov', who is not in 'persons'"):
        import_record(store, _write(tmp_path, data, "again.json"), strict=True)


def test_uncertain_dates_are_read_and_kept_as_written(store: Store, tmp_path: Path) -> None:
    data = json.loads(json.dumps(MINI))
    data["record_facts"][0]["start"] = "c. 1931"
    data["accusations"][0]["time"] = "the years of the second five-year plan"
    data["pleas"][0]["date"] = "1937-01?"
    report = import_record(store, _write(tmp_path, data))
    assert not report.skipped
    fact = next(store.iter(Fact))
    assert fact.time.iso() == "1931" and fact.extra["start_as_written"] == "c. 1931"
    acc = next(store.iter(Claim, act="espionage"))
    assert acc.time.precision == "unknown" and acc.time.text == "the years of the second five-year plan"
    assert next(store.iter(Claim, act="plea")).time.iso() == "1937-01"


@pytest.mark.parametrize("content,match", [
    ("", "is empty"),
    ("{not json", "line 1, column 2.*not valid JSON"),
    ("[1, 2]", "expected an object"),
    ('{"people": []}', "none of the record sections"),
    ('{"persons": {"id": "x"}}', "expected a list"),
])
def test_bad_files(store: Store, tmp_path: Path, content: str, match: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(content, "utf-8")
    with pytest.raises(InvalidRecord, match=match):
        import_record(store, p)


def test_place_level_fact_without_a_person(store: Store, tmp_path: Path) -> None:
    data = {"places": [{"id": "kjeller", "name": "Kjeller airfield", "lat": 59.97, "lon": 11.04}],
            "record_facts": [{"person": None, "kind": "no_arrival", "place": "kjeller", "start": "1935-12",
                              "end": "1935-12", "detail": "no foreign aircraft landed"}]}
    import_record(store, _write(tmp_path, data))
    fact = next(store.iter(Fact))
    assert fact.subject is None and fact.place == "kjeller" and fact.time.iso() == "1935-12"
    assert export_record(store)["record_facts"][0]["person"] is None
    data["record_facts"][0]["place"] = None
    with pytest.raises(InvalidRecord, match="neither a person nor a place"):
        import_record(store, _write(tmp_path, data, "b.json"), strict=True)
