"""The documented record shape (see docs/record-format.md): which keys each section has, which
are required, and what type each must be. Validation errors name the file, the record and the field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..dates import InvalidDate, Interval, parse_date_or_range, parse_partial_date
from ..errors import InvalidRecord

__all__ = ["SECTIONS", "Section", "RecordRow", "approximate_date"]

STR, LIST, DICT, NUM = "text", "list", "object", "number"


@dataclass(frozen=True)
class Section:
    """One top-level key of a record file: its fields and their types; ``key`` names a row."""

    name: str
    fields: dict[str, str]
    required: tuple[str, ...]
    key: tuple[str, ...]
    dates: tuple[str, ...] = ()
    ranges: tuple[str, ...] = ()


SECTIONS: dict[str, Section] = {s.name: s for s in (
    Section("proceedings", {"id": STR, "name": STR, "place": STR, "start": STR, "end": STR, "kind": STR,
                            "sources": LIST, "confidence": STR}, ("id",), ("id",), dates=("start", "end")),
    Section("persons", {"id": STR, "name": STR, "aliases": LIST, "born": STR, "died": STR, "death_cause": STR,
                        "notes": STR, "sources": LIST, "confidence": STR}, ("id", "name"), ("id",),
            dates=("born", "died")),
    Section("places", {"id": STR, "name": STR, "aliases": LIST, "country": STR, "lat": NUM, "lon": NUM,
                       "exists_from": STR, "exists_to": STR, "detail": STR, "sources": LIST, "confidence": STR},
            ("id", "name"), ("id",), dates=("exists_from", "exists_to")),
    Section("record_facts", {"person": STR, "kind": STR, "country": STR, "place": STR, "start": STR, "end": STR,
                             "detail": STR, "sources": LIST, "confidence": STR}, ("kind",),
            ("person", "place", "kind", "start"), dates=("start", "end")),
    Section("accusations", {"proceeding": STR, "defendant": STR, "act": STR, "foreign_power": STR,
                            "alleged_contacts": LIST, "place": STR, "time": STR, "detail": STR, "sources": LIST,
                            "confidence": STR}, ("proceeding", "defendant", "act"), ("proceeding", "defendant", "act"),
            ranges=("time",)),
    Section("pleas", {"proceeding": STR, "person": STR, "date": STR, "stance": STR, "detail": STR, "sources": LIST,
                      "confidence": STR}, ("proceeding", "person", "stance"), ("proceeding", "person", "stance"),
            dates=("date",)),
    Section("refutations", {"proceeding": STR, "claimant": STR, "claim": DICT, "contradicting_fact": STR,
                            "kind": STR, "sources": LIST, "confidence": STR}, ("claimant", "claim", "kind"),
            ("proceeding", "claimant", "kind")),
    Section("forecasts", {"made_by": STR, "made_on": STR, "about_person": STR, "predicted": STR, "outcome": STR,
                          "sources": LIST, "confidence": STR}, ("made_by", "about_person", "predicted"),
            ("made_by", "about_person"), dates=("made_on",)),
)}

STANCES = {
    "confessed_pretrial": ("affirm", "confession"),
    "pleaded_guilty": ("affirm", "plea"),
    "pleaded_not_guilty": ("deny", "plea"),
    "repudiated": ("deny", "plea"),
    "reaffirmed": ("affirm", "plea"),
}
CONFIDENCES = ("high", "medium", "low")


@dataclass(frozen=True)
class RecordRow:
    """A validated row: its section, index, label for messages, and the data."""

    section: Section
    index: int
    label: str
    data: dict[str, Any]

    def interval(self, start: str, end: str | None = None) -> Interval:
        from ..dates import parse_interval

        return parse_interval(self.data.get(start), self.data.get(end) if end else None)

    def range(self, field: str) -> Interval:
        """The free ``time`` field as an interval; words that are no date (``the summer the
        party purge began``) keep their text with precision ``unknown``."""
        value = self.data.get(field)
        try:
            return parse_date_or_range(value)
        except InvalidDate:
            return Interval(None, None, "unknown", str(value))


_APPROX = re.compile(r"^\s*(?:c\.|ca\.?|circa|about|around|approx\.?|approximately|~)\s*(\d{4}(?:-\d{1,2}){0,2})\s*\??\s*$"
                     r"|^\s*(\d{4}(?:-\d{1,2}){0,2})\s*\?\s*$", re.I)


def approximate_date(text: str) -> str | None:
    """``c. 1948``, ``circa 1948-05``, ``about 1948``, ``1948?`` -> the date written (``1948``,
    ``1948-05``), if it is one; else None. A record marks an uncertain date this way often enough
    that refusing the row would lose the fact; the importer keeps the words as written beside it."""
    m = _APPROX.match(text)
    if not m:
        return None
    plain = m.group(1) or m.group(2)
    try:
        parse_partial_date(plain)
    except InvalidDate:
        return None
    return plain


def validate_row(file: str, section: Section, index: int, row: Any) -> RecordRow:
    """Check one row's types, required fields and dates; raise :class:`InvalidRecord` naming it."""
    label = f"{section.name}[{index}]"
    if not isinstance(row, dict):
        raise InvalidRecord(file, label, f"is a {type(row).__name__}, expected an object with fields "
                            + ", ".join(section.required))
    keyed = ", ".join(f"{k} '{row.get(k)}'" for k in section.key if row.get(k) not in (None, ""))
    if keyed:
        label += f" ({keyed})"
    for name in section.required:
        if row.get(name) in (None, "", [], {}):
            raise InvalidRecord(file, label, "is missing a required value", field=name,
                                fix=f"every {section.name} entry needs: {', '.join(section.required)}")
    for name, kind in section.fields.items():
        value = row.get(name)
        if value is None:
            continue
        ok = {STR: isinstance(value, (str, int)) and not isinstance(value, bool),
              LIST: isinstance(value, list) and all(isinstance(v, str) for v in value),
              DICT: isinstance(value, dict),
              NUM: isinstance(value, (int, float)) and not isinstance(value, bool)}[kind]
        if not ok:
            raise InvalidRecord(file, label, f"has {type(value).__name__} {value!r}, expected {kind}", field=name)
    row = dict(row)
    for name in section.dates:
        value = row.get(name)
        if value is not None and str(value).strip():
            try:
                parse_partial_date(str(value))
            except InvalidDate as exc:
                plain = approximate_date(str(value))
                if plain is None:
                    raise InvalidRecord(file, label, str(exc), field=name) from None
                row[name], row[f"{name}_as_written"] = plain, value
    for name in section.ranges:
        try:
            parse_date_or_range(row.get(name))
        except InvalidDate:
            plain = approximate_date(str(row.get(name)))
            if plain is None:  # a free time field that is not a date keeps its text, precision unknown
                continue
            row[name], row[f"{name}_as_written"] = plain, row[name]
    if section.name in ("proceedings", "record_facts") and row.get("start") and row.get("end"):
        try:
            from ..dates import parse_interval

            parse_interval(str(row["start"]), str(row["end"]))
        except InvalidDate as exc:
            raise InvalidRecord(file, label, str(exc), field="end") from None
    if section.name == "record_facts" and not row.get("person") and not row.get("place"):
        raise InvalidRecord(file, label, "names neither a person nor a place", field="person",
                            fix="a fact is about a person, or (person null) about a place, such as "
                                "'no aircraft landed at this airfield'")
    if section.name == "pleas" and row["stance"] not in STANCES:
        raise InvalidRecord(file, label, f"has unknown stance '{row['stance']}'", field="stance",
                            fix="use one of " + ", ".join(STANCES))
    if row.get("confidence") is not None and row["confidence"] not in CONFIDENCES:
        raise InvalidRecord(file, label, f"has confidence '{row['confidence']}'", field="confidence",
                            fix="use high, medium or low")
    return RecordRow(section, index, label, {k: (str(v) if section.fields.get(k) == STR and isinstance(v, int)
                                                  else v) for k, v in row.items()})
