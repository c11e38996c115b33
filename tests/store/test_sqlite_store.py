"""Conformance tests for the Store interface (SQLite backend; a PostgreSQL backend must pass the same)."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.dates import parse_partial_date
from countertrial.errors import StoreError, UsageError
from countertrial.model import Claim, Document, Fact, Finding, Person, Turn, Verdict
from countertrial.store import Store, open_store
from countertrial.store.sqlite import MIGRATIONS


def test_migrations_from_empty_are_recorded_and_not_reapplied(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    s = open_store(db, migrate=False)
    assert s.applied_migrations() == []
    assert s.migrate() == list(MIGRATIONS)
    s.close()
    s = open_store(db)
    assert s.applied_migrations() == list(MIGRATIONS)
    assert s.migrate() == []
    s.close()


def test_file_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    s = open_store(tmp_path / "c.sqlite")
    db = s._db  # type: ignore[attr-defined]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_missing_case_folder_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="countertrial init"):
        open_store(tmp_path / "nope")


def test_round_trip_of_every_concept(store: Store) -> None:
    claim = Claim(id="c1", asserted_by="a", subject="a", act="meeting", counterparts=("b",),
                  time=parse_partial_date("1932-11"), extra={"note": "kept"})
    store.put([Person("a", "Alpha", aliases=("Alfa",)), Document("d", "x.txt", "colon"),
               Turn("t", "d", 0, "ALPHA", "I met him."), claim,
               Fact("f", "a", "travel", time=parse_partial_date("1932"))])
    assert store.get(Claim, "c1") == claim
    assert store.get(Person, "a") == Person("a", "Alpha", aliases=("Alfa",))
    assert [t.id for t in store.iter(Turn, document="d")] == ["t"]
    assert store.count(Fact, subject="a") == 1
    assert store.get(Fact, "missing") is None


def test_claims_are_immutable(store: Store) -> None:
    store.put([Claim(id="c", asserted_by=None, subject="a", act="meeting")])
    store.put([Claim(id="c", asserted_by=None, subject="a", act="espionage")])
    got = store.get(Claim, "c")
    assert got is not None and got.act == "meeting"
    with pytest.raises(UsageError):
        store.delete(Claim, ["c"])


def test_transaction_rolls_back_everything_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put([Person("a", "A")])
            with store.transaction():
                store.put([Person("b", "B")])
            raise RuntimeError("interrupted")
    assert store.count(Person) == 0


def test_inner_savepoint_rollback_keeps_outer_work(store: Store) -> None:
    with store.transaction():
        store.put([Person("a", "A")])
        with pytest.raises(ValueError):
            with store.transaction():
                store.put([Person("b", "B")])
                raise ValueError
    assert [p.id for p in store.iter(Person)] == ["a"]


def test_foreign_key_rejects_turn_without_document(store: Store) -> None:
    with pytest.raises(StoreError):
        store.put([Turn("t", "no-such-doc", 0, "X", "text")])
    assert store.count(Turn) == 0


def test_full_text_search_over_turns(store: Store) -> None:
    store.put([Document("d", "x", "colon"), Turn("t1", "d", 0, "A", "the Hotel Bristol in Copenhagen"),
               Turn("t2", "d", 1, "B", "an airfield near Oslo")])
    assert [t.id for t in store.search_turns("Bristol")] == ["t1"]
    assert store.search_turns('"') == []


def test_findings_go_stale_and_verdicts_survive_reruns(store: Store) -> None:
    f1 = Finding("f1", "repudiation", "stance.v1", "X withdrew.", persons=("x",))
    f2 = Finding("f2", "repudiation", "stance.v1", "Y withdrew.", persons=("y",))
    store.replace_findings("stance.v1", [f1, f2])
    store.put([Verdict("v1", "f1", "confirmed", "ana", "checked the transcript", "2026-01-01T00:00:00")])
    update = store.replace_findings("stance.v1", [f2])
    assert (update.added, update.kept, update.stale) == (0, 1, 1)
    stale = store.get(Finding, "f1")
    assert stale is not None and stale.stale
    assert [v.verdict for v in store.verdicts("f1")] == ["confirmed"]
    assert store.finding_ids_for_person("y") == {"f2"}
    store.replace_findings("stance.v1", [f1, f2])
    revived = store.get(Finding, "f1")
    assert revived is not None and not revived.stale


def test_alias_lookup_folds_transliterations(store: Store) -> None:
    from countertrial.names import fold

    store.set_aliases("person", "pyatakov", ["Pyatakov", "Georgy Pyatakov"])
    assert store.lookup_alias(fold("Piatakov")) == ["pyatakov"]


def test_unknown_filter_is_a_usage_error(store: Store) -> None:
    with pytest.raises(UsageError, match="filterable"):
        store.count(Person, colour="red")
