"""Conformance tests for the Store interface: each test runs against every backend (SQLite and
PostgreSQL, see conftest.py), so both keep the same behaviour."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from countertrial.dates import parse_partial_date
from countertrial.errors import StoreError, UsageError
from countertrial.model import Claim, Document, Fact, Finding, Person, Record, Source, Turn, Verdict
from countertrial.store import Store, open_store
from countertrial.store import base as store_base
from countertrial.store.sqlite import MIGRATIONS


def test_migrations_from_empty_are_recorded_and_not_reapplied(location: str) -> None:
    s = open_store(location, migrate=False)
    assert s.applied_migrations() == []
    assert s.migrate() == list(MIGRATIONS)
    s.close()
    s = open_store(location)
    assert s.applied_migrations() == list(MIGRATIONS)
    assert s.migrate() == []
    s.close()


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


def _claim(i: int, **changes: object) -> Claim:
    c = Claim(id=f"c{i:06d}", asserted_by=f"p{i % 7}", subject=f"p{i % 11}", act="meeting",
              counterparts=(f"p{i % 5}",), time=parse_partial_date(f"19{30 + i % 8}-{1 + i % 12:02d}"),
              source=Source(document="d", turn=f"t{i}"), extractor="test.v1", extra={"n": i})
    return c.replace(**changes)


def test_put_counts_new_rows_and_ignores_repeated_immutable_ones(store: Store) -> None:
    assert store.put([_claim(1), _claim(2)]) == 2
    assert store.put([_claim(1), _claim(3)]) == 1
    assert store.put([]) == 0
    assert store.count(Claim) == 3


def test_mutable_records_are_updated_in_place(store: Store) -> None:
    store.put([Person("a", "Alpha")])
    store.put([Person("a", "Alpha Beta", died="1937-01-30")])
    assert store.get(Person, "a") == Person("a", "Alpha Beta", died="1937-01-30")
    assert store.count(Person, died="1937-01-30") == 1


def test_updating_a_document_keeps_its_turns(store: Store) -> None:
    store.put([Document("d", "x.txt", "colon"), Turn("t", "d", 0, "A", "text")])
    store.put([Document("d", "x.txt", "colon", proceeding="p1")])
    assert store.count(Turn, document="d") == 1


def test_filters_by_list_none_and_bool(store: Store) -> None:
    store.put([_claim(1), _claim(2, place="Oslo"), _claim(3, place="Berlin")])
    assert [c.id for c in store.iter(Claim, place=["Oslo", "Berlin"])] == ["c000002", "c000003"]
    assert [c.id for c in store.iter(Claim, place=None)] == ["c000001"]
    assert store.count(Claim, place=[]) == 0
    assert store.list(Claim, id=("c000003",)) == [_claim(3, place="Berlin")]
    store.replace_findings("x.v1", [Finding("f1", "k", "x.v1", "one"), Finding("f2", "k", "x.v1", "two")])
    store.replace_findings("x.v1", [Finding("f2", "k", "x.v1", "two")])
    assert [f.id for f in store.iter(Finding, stale=True)] == ["f1"]
    assert store.count(Finding, stale=False) == 1


def test_order_puts_nulls_first_compares_bytes_and_breaks_ties_by_id(store: Store) -> None:
    store.put([Person("p1", "b"), Person("p2", "B"), Person("p3", "é"), Person("p4", "a"),
               Person("p5", "x", died="1938"), Person("p6", "y", died="1936"), Person("p0", "a")])
    assert [p.id for p in store.iter(Person, order_by="name")] == ["p2", "p0", "p4", "p1", "p5", "p6", "p3"]
    assert [p.id for p in store.iter(Person, order_by="died")] == ["p0", "p1", "p2", "p3", "p4", "p6", "p5"]
    assert [p.id for p in store.iter(Person, order_by="died DESC")][:2] == ["p5", "p6"]
    with pytest.raises(UsageError):
        list(store.iter(Person, order_by="colour"))


def test_iter_values_projects_columns_and_dotted_fields(store: Store) -> None:
    store.put([_claim(1, extra={"stance": "deny", "n": None}), _claim(2)])
    rows = list(store.iter_values(Claim, ["id", "t_start", "counterparts", "extra.stance", "extra.n",
                                          "source.turn", "no.such"]))
    assert rows == [("c000001", "1931-02-01", ["p1"], "deny", None, "t1", None),
                    ("c000002", "1932-03-01", ["p2"], None, 2, "t2", None)]
    assert list(store.iter_values(Claim, ["id"], order_by="t_start DESC", subject="p2")) == [("c000002",)]
    with pytest.raises(UsageError):
        list(store.iter_values(Claim, ["data; DROP TABLE claims"]))


def test_writes_while_iterating_and_after_stopping_early(store: Store) -> None:
    store.put([_claim(i) for i in range(3000)])
    for claim in store.iter(Claim):
        if claim.extra["n"] % 1000 == 0:
            store.put([Fact(f"f{claim.id}", claim.subject, "travel")])
    assert store.count(Fact) == 3
    rows: Iterator[Claim] = store.iter(Claim)
    assert next(rows).id == "c000000"
    del rows
    with store.transaction():
        first = store.iter(Claim, order_by="t_start")
        assert next(first).time.start is not None
    store.put([_claim(9999)])
    assert store.count(Claim) == 3001


def test_batched_put_and_iter_over_several_fetch_batches(store: Store) -> None:
    claims = [_claim(i) for i in range(4500)]
    with store.transaction():
        for start in range(0, len(claims), 2000):
            assert store.put(claims[start:start + 2000]) == len(claims[start:start + 2000])
    assert store.count(Claim) == 4500
    assert store.list(Claim) == claims
    assert [n for _, n in store.iter_values(Claim, ["id", "extra.n"])] == list(range(4500))


def test_failed_batch_inside_a_transaction_leaves_the_outer_one_usable(store: Store) -> None:
    with store.transaction():
        store.put([Person("a", "A")])
        with pytest.raises(StoreError, match="nothing of this batch was written"):
            store.put([Person("b", "B"), Turn("t", "no-such-doc", 0, "X", "text")])
        store.put([Person("c", "C")])
    assert [p.id for p in store.iter(Person)] == ["a", "c"]


def test_delete_returns_rows_deleted(store: Store) -> None:
    store.put([Document("d", "x", "colon"), Turn("t1", "d", 0, "A", "one"), Turn("t2", "d", 1, "A", "two")])
    assert store.delete(Turn, ["t1", "missing"]) == 1


def test_delete_mutable_records_cascades_to_turns(store: Store) -> None:
    store.put([Document("d", "x", "colon"), Document("e", "y", "colon"), Turn("t1", "d", 0, "A", "one"),
               Turn("t2", "d", 1, "A", "two"), Turn("t3", "e", 0, "A", "three")])
    store.delete(Turn, ["t1", "missing"])
    store.delete(Document, ["d"])
    assert [t.id for t in store.iter(Turn)] == ["t3"]
    assert [t.id for t in store.search_turns("two")] == []
    assert [t.id for t in store.search_turns("three")] == ["t3"]


def test_search_is_case_insensitive_needs_every_word_and_honours_limit(store: Store) -> None:
    store.put([Document("d", "x", "colon")] + [
        Turn(f"t{i}", "d", i, "A", text) for i, text in enumerate([
            "We met at the Hotel Bristol.", "The BRISTOL was closed.", "A hotel in Oslo.",
            "Bristol, Bristol, Bristol hotel!"])])
    assert {t.id for t in store.search_turns("bristol")} == {"t0", "t1", "t3"}
    assert {t.id for t in store.search_turns("hotel bristol")} == {"t0", "t3"}
    assert len(store.search_turns("bristol", limit=2)) == 2
    assert store.search_turns("   ") == []


def test_alias_table_lists_each_alias_once(store: Store) -> None:
    store.set_aliases("person", "b", ["Bukharin", "Nikolai Bukharin", "Bukharin", " "])
    store.set_aliases("person", "b", ["Bucharin"])
    store.set_aliases("place", "bristol", ["Bristol"])
    assert [a for _, a, _ in store.alias_table("person")] == ["Bucharin", "Bukharin", "Nikolai Bukharin"]
    assert store.lookup_alias("bristol", "place") == ["bristol"]
    assert store.lookup_alias("bristol") == []


def test_runs_give_the_last_run_of_each_stage(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    stamps = iter(f"2026-01-01T00:00:0{i}+00:00" for i in range(10))
    monkeypatch.setattr(sys.modules[type(store).__module__], "now_iso", lambda: next(stamps))
    store.record_run("ingest", "colon", {"files": 1})
    store.record_run("check", "stance.v1", {"findings": 3})
    store.record_run("ingest", "colon", {"files": 2})
    assert store.runs() == [
        {"stage": "check", "name": "stance.v1", "finished_at": "2026-01-01T00:00:01+00:00", "stats": {"findings": 3}},
        {"stage": "ingest", "name": "colon", "finished_at": "2026-01-01T00:00:02+00:00", "stats": {"files": 2}}]


def test_counts_name_every_table(store: Store) -> None:
    store.put([Person("a", "A"), _claim(1)])
    counts = store.counts()
    assert set(counts) == {spec.table for spec in store_base.TABLES.values()}
    assert (counts["persons"], counts["claims"], counts["facts"]) == (1, 1, 0)


def test_unicode_text_round_trips(store: Store) -> None:
    person = Person("radek", "Карл Радек", aliases=("Karl Radek", "Радек 🙂"), extra={"note": "quote \" and \\"})
    store.put([person])
    store.set_aliases("person", person.id, [person.name, *person.aliases])
    assert store.get(Person, "radek") == person
    assert store.lookup_alias("karl radek") == ["radek"]


@pytest.mark.parametrize("parts", [1, 2, 3])
def test_scan_values_parts_are_disjoint_and_cover_the_table(store: Store, parts: int) -> None:
    claims = [_claim(i) for i in range(200)]
    store.put(claims)
    seen: list[tuple[object, ...]] = []
    for part in range(parts):
        seen.extend(store.scan_values(Claim, ["id", "subject", "extra.n"], part=part, parts=parts))
    assert sorted(seen) == sorted((c.id, c.subject, c.extra["n"]) for c in claims)
    with pytest.raises(ValueError):
        list(store.scan_values(Claim, ["id"], part=parts, parts=parts))


def _rows(records: Sequence[Record]) -> list[tuple[object, ...]]:
    return [tuple(store_base.row_values(r)[2]) for r in records]


def test_put_rows_stores_what_put_stores_and_keeps_its_rules(store: Store) -> None:
    """The bulk path (pre-encoded rows): same records back, same counts, immutable claims kept,
    turns searchable, a turn still needs its document, a finding's persons still indexed."""
    assert store_base.row_columns(Claim)[0] == "id" and store_base.row_columns(Claim)[-1] == "data"
    with store.transaction():
        assert store.put_rows(Claim, _rows([_claim(1), _claim(2)])) == 2
        assert store.put_rows(Claim, _rows([_claim(1).replace(act="changed"), _claim(3)])) == 1
        assert store.put_rows(Claim, []) == 0
    assert store.count(Claim) == 3 and store.get(Claim, _claim(1).id) == _claim(1)
    assert store.count(Claim, act=_claim(2).act, subject=_claim(2).subject) >= 1
    store.put_rows(Document, _rows([Document("d", "x", "colon")]))
    store.put_rows(Turn, _rows([Turn("t1", "d", 0, "A", "the Hotel Bristol in Copenhagen", person="p1")]))
    assert [t.id for t in store.search_turns("Bristol")] == ["t1"]
    assert [t.id for t in store.iter(Turn, person="p1")] == ["t1"]
    with pytest.raises(StoreError):
        store.put_rows(Turn, _rows([Turn("t2", "no-such-doc", 0, "X", "text")]))
    assert store.count(Turn) == 1
    finding = Finding("f1", "repudiation", "stance.v1", "x", persons=("p9",))
    store.put_rows(Finding, _rows([finding]))
    assert store.get(Finding, "f1") == finding and store.finding_ids_for_person("p9") == {"f1"}
