"""Writes ruritania-showtrials.json: an invented case in the record shape (../shared/record/README.md).

Three show trials in Strelsau, Ruritania (1950, 1951, 1952). The powers are invented too, and the
last trial accuses people of serving Borduria, a power no earlier trial named: people posted or
sent there are the ones accused of it. Run this file to regenerate the fixture.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SRC = ["https://example.invalid/ruritania"]


def person(pid: str, name: str) -> dict[str, Any]:
    return {"id": pid, "name": name, "aliases": [], "born": None, "died": None, "death_cause": None, "notes": None,
            "sources": SRC, "confidence": "high"}


def fact(pid: str, kind: str, country: str | None, place: str | None, start: str | None, end: str | None,
         detail: str) -> dict[str, Any]:
    return {"person": pid, "kind": kind, "country": country, "place": place, "start": start, "end": end,
            "detail": detail, "sources": SRC, "confidence": "high"}


def acc(proc: str, pid: str, act: str, power: str | None, contacts: list[str], place: str | None = None) -> dict[str, Any]:
    return {"proceeding": proc, "defendant": pid, "act": act, "foreign_power": power, "alleged_contacts": contacts,
            "place": place, "time": None, "detail": f"{pid}: {act}" + (f" for {power}" if power else ""),
            "sources": SRC, "confidence": "high"}


def trial(pid: str, start: str, end: str) -> dict[str, Any]:
    return {"id": pid, "name": f"Strelsau trial {start[:4]}", "place": "Strelsau, Ruritania", "start": start,
            "end": end, "kind": "public_trial", "sources": SRC, "confidence": "high"}


T1, T2, T3 = "strelsau_1950", "strelsau_1951", "strelsau_1952"
people = {
    "abel": "Anton Abel", "brod": "Bela Brod", "czerny": "Carl Czerny", "dorn": "Dora Dorn",
    "eder": "Emil Eder", "falk": "Franz Falk", "gross": "Gustav Gross", "hahn": "Hugo Hahn", "imre": "Ida Imre",
    "jost": "Jan Jost", "kern": "Karl Kern", "lenz": "Lena Lenz", "moll": "Max Moll", "nagy": "Nora Nagy",
    "ott": "Otto Ott", "pohl": "Paul Pohl",
}
facts = [
    fact("abel", "post", "Freedonia", "Freedonia City", "1946", "1948", "Envoy to Freedonia."),
    fact("brod", "opposition", "Ruritania", None, "1945", "1946", "Led the peasant opposition."),
    fact("brod", "capitulation", "Ruritania", None, "1947-02", None, "Recanted."),
    fact("brod", "travel", "Freedonia", "Freedonia City", "1948-05", None, "Sent to a trade fair."),
    fact("czerny", "post", "Ruritania", "Zenda", "1946", "1949", "Director of the Zenda railway."),
    fact("dorn", "opposition", "Ruritania", None, "1944", "1946", "Left opposition."),
    fact("eder", "post", "Syldavia", "Klow", "1947", "1949", "Trade representative in Syldavia."),
    fact("falk", "opposition", "Ruritania", None, "1945", "1947", "Left opposition."),
    fact("falk", "capitulation", "Ruritania", None, "1948", None, "Recanted."),
    fact("falk", "travel", "Syldavia", "Klow", "1949-03", None, "Delegation to Klow."),
    fact("gross", "post", "Ruritania", "Zenda", "1947", "1950", "Head of the chemical works."),
    fact("hahn", "post", "Freedonia", "Freedonia City", "1945", "1947", "Attaché in Freedonia."),
    fact("imre", "opposition", "Ruritania", None, "1946", "1947", "Agrarian opposition."),
    fact("jost", "post", "Borduria", "Szohod", "1948", "1950", "Envoy to Borduria."),
    fact("kern", "opposition", "Ruritania", None, "1946", "1948", "Left opposition."),
    fact("kern", "capitulation", "Ruritania", None, "1949", None, "Recanted."),
    fact("kern", "travel", "Borduria", "Szohod", "1950-06", None, "Sent to a congress in Szohod."),
    fact("lenz", "post", "Ruritania", "Zenda", "1948", "1951", "Chief engineer of the railway."),
    fact("moll", "opposition", "Ruritania", None, "1947", "1948", "Agrarian opposition."),
    fact("nagy", "post", "Syldavia", "Klow", "1949", "1951", "Consul in Klow."),
    fact("ott", "travel", "Borduria", "Szohod", "1951-09", None, "Private visit."),
    fact("ott", "arrest", "Ruritania", "Strelsau", "1952-01", None, "Arrested (after the cut-off of most tests)."),
    fact("pohl", "opposition", "Ruritania", None, "1946", "1948", "Left opposition."),
]
accusations = [
    acc(T1, "abel", "espionage", "Freedonia", ["brod"]),
    acc(T1, "brod", "treason", "Freedonia", ["abel"]),
    acc(T1, "czerny", "wrecking", None, [], "Zenda railway"),
    acc(T1, "dorn", "conspiracy", None, ["pohl"]),
    acc(T2, "eder", "espionage", "Syldavia", []),
    acc(T2, "falk", "treason", "Syldavia", ["eder"]),
    acc(T2, "gross", "wrecking", None, [], "chemical works"),
    acc(T2, "hahn", "espionage", "Freedonia", ["abel"]),
    acc(T2, "imre", "conspiracy", None, ["dorn"]),
    acc(T3, "jost", "espionage", "Borduria", []),
    acc(T3, "kern", "treason", "Borduria", ["jost"]),
    acc(T3, "lenz", "wrecking", None, [], "railway"),
    acc(T3, "moll", "conspiracy", None, ["imre"]),
    acc(T3, "nagy", "espionage", "Syldavia", ["eder"]),
    acc(T3, "ott", "espionage", "Borduria", ["jost"]),
]
pleas = [{"proceeding": a["proceeding"], "person": a["defendant"], "date": {T1: "1950-05-02", T2: "1951-06-04",
          T3: "1952-09-08"}[a["proceeding"]], "stance": "pleaded_guilty", "detail": "Pleaded guilty.",
          "sources": SRC, "confidence": "high"} for a in accusations]
record = {
    "about": "An invented case for tests: Ruritanian show trials with invented foreign powers.",
    "proceedings": [trial(T1, "1950-05-02", "1950-05-09"), trial(T2, "1951-06-04", "1951-06-12"),
                    trial(T3, "1952-09-08", "1952-09-15")],
    "persons": [person(k, v) for k, v in people.items()],
    "record_facts": facts,
    "accusations": accusations,
    "pleas": pleas,
    "refutations": [],
    "forecasts": [],
}

if __name__ == "__main__":
    out = Path(__file__).with_name("ruritania-showtrials.json")
    out.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
