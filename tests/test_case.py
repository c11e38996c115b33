"""The case file: skeleton, loading, validation errors, syncing roster and record into the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from countertrial.case import init_case, load_case, sync_case
from countertrial.errors import InvalidCase, UsageError
from countertrial.model import Claim, Person, Proceeding
from countertrial.names import fold
from countertrial.pipeline import build_case
from countertrial.store import Store, open_store

from .record.test_import import MINI


def test_skeleton_loads_as_an_empty_case(case_dir: Path) -> None:
    init_case(case_dir, "Inquiry")
    case = load_case(case_dir)
    assert case.name == "Inquiry" and case.proceedings == () and case.roster == ()
    with pytest.raises(UsageError):
        init_case(case_dir)


def test_case_with_roster_record_and_documents(case_dir: Path, store: Store) -> None:
    (case_dir / "facts.json").write_text(json.dumps(MINI), "utf-8")
    (case_dir / "t").mkdir()
    (case_dir / "t" / "a.txt").write_text("X: y\n", "utf-8")
    (case_dir / "case.yaml").write_text(
        "name: Test\nproceedings:\n  - {id: t1, name: Trial, start: 1937-01-23, end: 1937-01-30}\n"
        "roster:\n  - {id: radek, name: Karl Radek, aliases: [Sobelsohn]}\n  - {id: pyatakov, name: G. Pyatakov, aliases: [Pjatakow]}\n"
        "record: [facts.json]\ndocuments:\n  - {path: 't/*.txt', format: colon, proceeding: t1}\n", "utf-8")
    case = load_case(case_dir)
    assert [f.name for f in case.document_paths()[0][1]] == ["a.txt"]
    sync_case(store, case)
    sync_case(store, case)
    assert store.count(Person) == 2 and store.count(Claim) == 2 and store.count(Proceeding) == 1
    assert store.lookup_alias(fold("Sobelsohn")) == ["radek"]
    assert store.lookup_alias(fold("Pjatakow")) == ["pyatakov"]


@pytest.mark.parametrize("text,match", [
    ("proceedings: {id: x}\n", "'proceedings' is a dict"),
    ("roster:\n  - {name: No Id}\n", r"roster\[0\] needs an 'id'"),
    ("proceedings:\n  - {id: p, start: 1938-02-30}\n", r"proceedings\[0\] \(p\).*28 days"),
    ("name: [unclosed\n", "not valid YAML"),
])
def test_bad_case_files_name_the_entry(case_dir: Path, text: str, match: str) -> None:
    (case_dir / "case.yaml").write_text(text, "utf-8")
    with pytest.raises(InvalidCase, match=match):
        load_case(case_dir)


def test_missing_case_file_tells_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(InvalidCase, match="countertrial init"):
        load_case(tmp_path)


def test_build_runs_sync_and_reports_each_stage(case_dir: Path) -> None:
    init_case(case_dir)
    open_store(case_dir).close()
    report = build_case(case_dir, ("record", "report"))
    assert report.ok and [s.stage for s in report.stages] == ["record", "report"]
    assert report.report is not None and report.report.is_file()
    with pytest.raises(UsageError, match="unknown stage"):
        build_case(case_dir, ("bake",))


def test_status_counts_open_stale_and_reviewed_findings(store: Store) -> None:
    from countertrial.model import Finding, Verdict
    from countertrial.status import case_status

    store.replace_findings("stance.v1", [Finding("f1", "repudiation", "stance.v1", "x"),
                                         Finding("f2", "repudiation", "stance.v1", "y")])
    store.put([Verdict("v1", "f1", "confirmed", "ana", "checked", "2026-01-01T00:00:00")])
    store.replace_findings("stance.v1", [Finding("f2", "repudiation", "stance.v1", "y")])
    assert case_status(store)["findings_by_checker"] == {"stance.v1": {"open": 1, "stale": 1, "reviewed": 1}}


def _bordurian_case(case_dir: Path, extra: str = "") -> None:
    (case_dir / "t").mkdir()
    (case_dir / "t" / "a.txt").write_text("KERN: I was recruited by the Bordurian secret police in 1950.\n", "utf-8")
    (case_dir / "powers.yaml").write_text(
        "powers:\n  Borduria:\n    country: Borduria\n    phrases: [Bordurian secret police, the Bordurians]\n", "utf-8")
    (case_dir / "case.yaml").write_text(
        "name: Test\nproceedings:\n  - {id: t1, name: Trial, start: 1952-09-08}\n"
        "roster:\n  - {id: kern, name: Otto Kern}\n"
        "documents:\n  - {path: 't/*.txt', format: dialogue, proceeding: t1}\nvocab: [powers.yaml]\n" + extra, "utf-8")


def test_build_and_extract_use_the_case_vocabulary(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from countertrial.cli import main

    _bordurian_case(case_dir)
    assert load_case(case_dir).extractor == "rules"
    assert build_case(case_dir, ("record", "ingest", "extract")).ok
    with open_store(case_dir) as store:
        spying = [c for c in store.iter(Claim) if c.act == "espionage"]
    assert [(c.subject, c.foreign_power) for c in spying] == [("kern", "Borduria")]
    # ad-hoc text inside the case folder reads the case's vocabulary too
    capsys.readouterr()
    assert main(["extract", "--case", str(case_dir), "--text", "Kern was recruited by the Bordurians in 1951.",
                 "--json"]) == 0
    assert [json.loads(line)["foreign_power"] for line in capsys.readouterr().out.splitlines()] == ["Borduria"]


def test_the_case_names_its_extractor(case_dir: Path) -> None:
    _bordurian_case(case_dir, "extractor: llm\n")
    assert load_case(case_dir).extractor == "llm"
    (case_dir / "case.yaml").write_text("name: T\nextractor: magic\n", "utf-8")
    with pytest.raises(InvalidCase, match="'extractor' is 'magic', not a registered extractor"):
        load_case(case_dir)
