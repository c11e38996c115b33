"""Import a documentary record (JSON, YAML or CSV in the documented record shape) into a store.

The whole file is read and validated before anything is written, and then written in one
transaction. A bad row is left out and named (file, record, field), and the rest is written; with
``strict`` a bad row fails the file and nothing of it is written. Ids are derived from
content, so importing the same file twice leaves the same rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..dates import InvalidDate, parse_date_or_range
from ..errors import InvalidRecord
from ..model import Claim, Fact, Forecast, Person, Place, Proceeding, Record, Source, stable_id
from ..names import fold
from ..store import Store
from .schema import SECTIONS, STANCES, RecordRow, validate_row

__all__ = ["import_record", "load_record", "ImportReport", "EXTRACTOR"]

EXTRACTOR = "record.v1"
LIST_SEPARATOR = "|"


@dataclass
class ImportReport:
    """What an import did: rows read per section, rows newly written, bad rows left out (each a
    one-line error naming file, row and field) and notes (people added as unlisted)."""

    path: str
    read: dict[str, int] = field(default_factory=dict)
    written: int = 0
    skipped: list[InvalidRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "read": self.read, "written": self.written,
                "skipped": [exc.one_line() for exc in self.skipped], "notes": list(self.notes)}


def load_record(path: str | Path) -> dict[str, Any]:
    """Read a record file into the JSON shape (a dict of section lists). CSV files hold one section,
    named by the file name (``record_facts.csv``) or by a ``section`` column; list fields are
    separated by ``|``; a refutation's claim is spread over ``claim.who``/``claim.what``/... columns."""
    p = Path(path)
    name = str(path)
    if not p.is_file():
        raise InvalidRecord(name, "file", "does not exist or is not a file", fix="check the path")
    raw = p.read_bytes()
    if not raw.strip():
        raise InvalidRecord(name, "file", "is empty", fix="a record file is an object with lists such as "
                            "'persons' and 'record_facts'")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidRecord(name, f"byte {exc.start}", "is not UTF-8 text", fix="save the file as UTF-8") from None
    suffix = p.suffix.lower()
    from ..case import safe_yaml

    if suffix == ".csv":
        return {_csv_section(p, text): _csv_rows(name, text)}
    try:
        data = safe_yaml(text) if suffix in (".yaml", ".yml") else json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidRecord(name, f"line {exc.lineno}, column {exc.colno}", f"is not valid JSON: {exc.msg}",
                            fix="fix the syntax there") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        raise InvalidRecord(name, where, f"is not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise InvalidRecord(name, "top level", f"is a {type(data).__name__}, expected an object with lists "
                            "such as 'persons' and 'record_facts'")
    if not any(k in SECTIONS for k in data):
        raise InvalidRecord(name, "top level", "has none of the record sections",
                            fix="expected some of: " + ", ".join(SECTIONS))
    return data


def _csv_section(p: Path, text: str) -> str:
    stem = p.stem.lower().replace("-", "_")
    for section in SECTIONS:
        if stem == section or stem.endswith("_" + section) or stem.endswith("." + section):
            return section
    header = next(csv.reader(io.StringIO(text)), [])
    if "section" in header:
        return "__by_column__"
    raise InvalidRecord(str(p), "file name", "does not say which section it holds",
                        fix="name it after the section (e.g. record_facts.csv) or add a 'section' column")


def _csv_rows(name: str, text: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for row in csv.DictReader(io.StringIO(text)):
        out: dict[str, Any] = {}
        claim: dict[str, Any] = {}
        for key, value in row.items():
            if key is None:
                raise InvalidRecord(name, f"line {len(rows) + 2}", "has more cells than the header has columns")
            value = value.strip() if isinstance(value, str) else value
            if key.startswith("claim."):
                claim[key[6:]] = value or None
            elif key in ("aliases", "sources", "alleged_contacts"):
                out[key] = [v.strip() for v in (value or "").split(LIST_SEPARATOR) if v.strip()]
            elif key in ("lat", "lon") and value:
                try:
                    out[key] = float(value)
                except ValueError:
                    raise InvalidRecord(name, f"line {len(rows) + 2}", f"has {key} '{value}', expected a number",
                                        field=key) from None
            else:
                out[key] = value if value != "" else None
        if claim:
            out["claim"] = claim
        rows.append(out)
    return rows


def _extra(row: RecordRow, mapped: Iterable[str]) -> dict[str, Any]:
    """Fields of the row that the model has no column for: kept, never dropped."""
    known = set(mapped)
    return {k: v for k, v in row.data.items() if k not in known}


def build_records(file: str, data: dict[str, Any], *, known_people: set[str] | None = None,
                  known_proceedings: dict[str, Proceeding] | None = None, strict: bool = True,
                  report: ImportReport | None = None) -> tuple[list[Record], dict[str, list[str]], dict[str, int]]:
    """Validate every row and build the store records.

    ``strict``: the first bad row raises :class:`InvalidRecord`. Otherwise a bad row is left out
    and named in ``report.skipped``, and a person id that 'persons' does not list becomes a person
    flagged ``unlisted`` (named in ``report.notes``) instead of failing its rows.
    Returns the records, the alias lists per person/place id, and rows read per section.
    """
    report = report if report is not None else ImportReport(path=file)

    def bad(exc: InvalidRecord) -> None:
        if strict:
            raise exc
        report.skipped.append(exc)

    if "__by_column__" in data:
        grouped: dict[str, list[Any]] = {}
        for i, row in enumerate(data["__by_column__"]):
            section = (row or {}).pop("section", None)
            if section not in SECTIONS:
                bad(InvalidRecord(file, f"line {i + 2}", f"has section '{section}'", field="section",
                                  fix="use one of " + ", ".join(SECTIONS)))
                continue
            grouped.setdefault(section, []).append(row)
        data = grouped
    rows: dict[str, list[RecordRow]] = {}
    for name, section in SECTIONS.items():
        items = data.get(name) or []
        if not isinstance(items, list):
            raise InvalidRecord(file, name, f"is a {type(items).__name__}, expected a list")
        rows[name] = []
        for i, item in enumerate(items):
            try:
                rows[name].append(validate_row(file, section, i, item))
            except InvalidRecord as exc:
                bad(exc)

    people = set(known_people or ()) | {r.data["id"] for r in rows["persons"]}
    proceedings = dict(known_proceedings or {})
    for r in rows["proceedings"]:
        proceedings[r.data["id"]] = Proceeding(
            id=r.data["id"], name=r.data.get("name") or "", place=r.data.get("place"),
            kind=r.data.get("kind") or "public_trial", time=r.interval("start", "end"),
            sources=tuple(r.data.get("sources") or ()), confidence=r.data.get("confidence"),
            extra=_extra(r, ("id", "name", "place", "kind", "start", "end", "sources", "confidence")))

    unlisted: list[Person] = []
    aliases: dict[str, list[str]] = {}
    origin = Path(file).name

    def need_person(r: RecordRow, key: str) -> str:
        pid = str(r.data[key])
        if pid not in people:
            if strict:
                raise InvalidRecord(file, r.label, f"names person '{pid}', who is not in 'persons'", field=key,
                                    fix="add the person to 'persons' or correct the id")
            people.add(pid)
            name = " ".join(w.capitalize() for w in pid.replace("_", " ").replace("-", " ").split()) or pid
            unlisted.append(Person(id=pid, name=name, extra={"unlisted": True, "first_named_in": f"{origin}#{r.label}"}))
            aliases[f"person:{pid}"] = [pid, name]
            report.notes.append(f"{file}: {r.label} names person '{pid}', who is not in 'persons': added as "
                                f"'{name}', flagged unlisted (add them to 'persons' to give a name)")
        return pid

    def need_proceeding(r: RecordRow) -> Proceeding | None:
        pid = r.data.get("proceeding")
        if pid is None:
            return None
        if pid not in proceedings:
            raise InvalidRecord(file, r.label, f"names proceeding '{pid}', which is not in 'proceedings'",
                                field="proceeding", fix="add it to 'proceedings' or correct the id")
        return proceedings[pid]

    alias_folds: dict[str, str] = {}
    records: list[Record] = list(proceedings[r.data["id"]] for r in rows["proceedings"])
    for r in rows["persons"]:
        d = r.data
        records.append(Person(id=d["id"], name=d["name"], aliases=tuple(d.get("aliases") or ()), born=d.get("born"),
                              died=d.get("died"), death_cause=d.get("death_cause"), notes=d.get("notes"),
                              sources=tuple(d.get("sources") or ()),
                              extra=_extra(r, ("id", "name", "aliases", "born", "died", "death_cause", "notes",
                                               "sources"))))
        names = [d["id"], d["name"], *(d.get("aliases") or ())]
        aliases[f"person:{d['id']}"] = names
        for n in names:
            alias_folds.setdefault(fold(n), d["id"])
        surname = d["name"].split()[-1] if d["name"].split() else ""
        if surname:
            alias_folds.setdefault(fold(surname), d["id"])
    for r in rows["places"]:
        d = r.data
        records.append(Place(id=d["id"], name=d["name"], aliases=tuple(d.get("aliases") or ()),
                             country=d.get("country"), lat=d.get("lat"), lon=d.get("lon"),
                             exists_from=d.get("exists_from"), exists_to=d.get("exists_to"), detail=d.get("detail"),
                             sources=tuple(d.get("sources") or ()),
                             extra=_extra(r, ("id", "name", "aliases", "country", "lat", "lon", "exists_from",
                                              "exists_to", "detail", "sources"))))
        aliases[f"place:{d['id']}"] = [d["id"], d["name"], *(d.get("aliases") or ())]
    def fact(r: RecordRow) -> Record:
        d = r.data
        return Fact(id=stable_id("fact", d), subject=need_person(r, "person") if d.get("person") else None,
                    kind=d["kind"],
                    place=d.get("place"), country=d.get("country"), time=r.interval("start", "end"),
                    detail=d.get("detail"), sources=tuple(d.get("sources") or ()),
                    confidence=d.get("confidence"), origin=f"{origin}#{r.section.name}[{r.index}]",
                    extra=_extra(r, ("person", "kind", "place", "country", "start", "end", "detail",
                                     "sources", "confidence")))

    def accusation(r: RecordRow) -> Record:
        d = r.data
        proc = need_proceeding(r)
        contacts = tuple(alias_folds.get(fold(c), c) for c in d.get("alleged_contacts") or ())
        return Claim(
            id=stable_id("accusation", d), asserted_by=None, subject=need_person(r, "defendant"), act=d["act"],
            polarity="affirm", modality="accusation", counterparts=contacts, foreign_power=d.get("foreign_power"),
            place=d.get("place"), time=r.range("time"), quote=d.get("detail") or "",
            source=Source(citation=f"{origin}#{r.section.name}[{r.index}]"), proceeding=d["proceeding"],
            stated_on=proc.time.start.isoformat() if proc and proc.time.start else None, extractor=EXTRACTOR,
            confidence=1.0, extra={"record_contacts": list(d.get("alleged_contacts") or []),
                                   **_extra(r, ("proceeding", "defendant", "act", "foreign_power", "alleged_contacts",
                                                "place", "time", "detail"))})

    def plea(r: RecordRow) -> Record:
        d = r.data
        need_proceeding(r)
        polarity, modality = STANCES[d["stance"]]
        return Claim(
            id=stable_id("plea", d), asserted_by=need_person(r, "person"), subject=d["person"], act="plea",
            polarity=polarity, modality=modality, time=r.interval("date"), quote=d.get("detail") or "",
            source=Source(citation=f"{origin}#{r.section.name}[{r.index}]"), proceeding=d["proceeding"],
            stated_on=d.get("date"), extractor=EXTRACTOR, confidence=1.0,
            extra={"stance": d["stance"], **_extra(r, ("proceeding", "person", "date", "stance", "detail"))})

    def refutation(r: RecordRow) -> Record:
        d = r.data
        need_proceeding(r)
        claim = d["claim"]
        try:
            when = parse_date_or_range(claim.get("time"))
        except InvalidDate as exc:
            raise InvalidRecord(file, r.label, str(exc), field="claim.time") from None
        return Fact(id=stable_id("refutation", d), subject=need_person(r, "claimant"), kind="refutation",
                    place=claim.get("place"), time=when, detail=d.get("contradicting_fact"),
                    sources=tuple(d.get("sources") or ()), confidence=d.get("confidence"),
                    origin=f"{origin}#{r.section.name}[{r.index}]",
                    extra={"claim": claim, "refutation_kind": d["kind"], "proceeding": d.get("proceeding"),
                           **_extra(r, ("proceeding", "claimant", "claim", "contradicting_fact", "kind",
                                        "sources", "confidence"))})

    def forecast(r: RecordRow) -> Record:
        d = r.data
        return Forecast(id=stable_id("human-forecast", d), person=need_person(r, "about_person"), act="other",
                        probability=1.0, model=f"human:{need_person(r, 'made_by')}", made_on=d.get("made_on"),
                        outcome=d.get("outcome"),
                        extra={"predicted": d["predicted"], "made_by": d["made_by"],
                               **_extra(r, ("made_by", "made_on", "about_person", "predicted", "outcome"))})

    for section, make in (("record_facts", fact), ("accusations", accusation), ("pleas", plea),
                          ("refutations", refutation), ("forecasts", forecast)):
        for r in rows[section]:
            try:
                records.append(make(r))
            except InvalidRecord as exc:
                bad(exc)
    records.extend(unlisted)
    return records, aliases, {name: len(items) for name, items in rows.items() if items}


def import_record(store: Store, path: str | Path, *, strict: bool = False) -> ImportReport:
    """Import a record file into ``store`` in one transaction; re-importing the same file is a no-op.

    A file that cannot be read at all raises :class:`InvalidRecord`. A bad row is left out and named
    in ``report.skipped`` (one bad row never costs the rest of the file); with ``strict`` the first
    bad row raises and nothing of the file is written. A person id that 'persons' does not list
    becomes a person flagged ``unlisted`` (``report.notes``) — with ``strict`` it is a bad row."""
    file = str(path)
    data = load_record(path)
    known_people = {p.id for p in store.iter(Person)}
    known_proceedings = {p.id: p for p in store.iter(Proceeding)}
    report = ImportReport(path=file)
    records, aliases, read = build_records(file, data, known_people=known_people,
                                           known_proceedings=known_proceedings, strict=strict, report=report)
    report.read = read
    with store.transaction():
        report.written = store.put(records)
        for key, names in aliases.items():
            kind, _, eid = key.partition(":")
            store.set_aliases(kind, eid, names)
        store.record_run("import", Path(file).name, {"read": read, "written": report.written,
                                                     "skipped": len(report.skipped)})
    return report
