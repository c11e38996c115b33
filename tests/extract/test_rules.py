"""Rules extractor behaviour on transcript-style sentences: acts, negation, reported speech,
questions, places, powers, persons, provenance and idempotence."""

from __future__ import annotations

import pytest

from countertrial.errors import InvalidVocabulary
from countertrial.extract import extract_case, extract_text
from countertrial.extract.vocab import load_vocabulary
from countertrial.model import Claim, Document, Person
from countertrial.store import Store


def one(text: str, **kw: object) -> Claim:
    claims = extract_text(text, **kw)  # type: ignore[arg-type]
    assert len(claims) == 1, [(c.subject, c.act, c.polarity) for c in claims]
    return claims[0]


def test_transcript_scene_extracts_meeting_travel_and_pleas(scene_store: Store) -> None:
    roster_store = scene_store
    doc = roster_store.get(Document, "doc1")
    assert doc is not None
    report = extract_case(roster_store)
    claims = roster_store.list(Claim)
    assert report.claims == len(claims) and report.extractor == "rules.v1"
    meet = next(c for c in claims if c.subject == "holtzman" and c.act == "meeting")
    assert meet.counterparts == ("sedov",) and meet.place == "hotel_bristol_copenhagen" and meet.country == "Denmark"
    assert meet.time.iso() == "1932-11" and meet.time.precision == "month" and meet.stated_on == "1936-08-20"
    assert doc.text[meet.source.char_start:meet.source.char_end] == meet.quote  # type: ignore[misc]
    assert (meet.source.document, meet.source.page, meet.source.line_start) == ("doc1", 7, 2)
    assert meet.proceeding == "moscow_trial"
    travel = next(c for c in claims if c.act == "travel")
    assert (travel.subject, travel.place, travel.country, travel.time.iso()) == (
        "pyatakov", "kjeller_airfield", "Norway", "1935-12")
    assert travel.extra.get("origin") == "Berlin"
    pleas = sorted((c.stated_on, c.polarity, c.extra["stance"]) for c in claims if c.act == "plea")
    assert pleas == [("1938-03-02", "deny", "pleaded_not_guilty"), ("1938-03-03", "affirm", "reaffirmed")]
    never = next(c for c in claims if c.subject == "krestinsky" and c.act == "meeting")
    assert never.polarity == "deny" and never.counterparts == ("sedov",)
    # The President's question asserts nothing.
    assert not [c for c in claims if c.source.turn == "doc1:3"]


def test_rerunning_is_idempotent(scene_store: Store) -> None:
    roster_store = scene_store
    first = extract_case(roster_store)
    again = extract_case(roster_store)
    assert first.new_claims > 0 and again.new_claims == 0 and again.claims == first.claims


def test_unknown_people_become_unresolved_persons(roster_store: Store) -> None:
    extract_text("RADEK: In 1935 I met Romm in Berlin.", store=roster_store)
    romm = roster_store.get(Person, "romm")
    radek = roster_store.get(Person, "radek")
    assert romm is not None and "unresolved" in romm.flags and radek is not None
    assert roster_store.get(Person, "sedov") is not None and "unresolved" not in roster_store.get(Person, "sedov").flags  # type: ignore[union-attr]


def test_transliterations_resolve_to_the_roster(roster_store: Store) -> None:
    c = one("Piatakov testified that he met Rosenholtz in Berlin in 1934.", store=roster_store)
    assert (c.asserted_by, c.subject, c.counterparts) == ("pyatakov", "pyatakov", ("rosengolts",))


@pytest.mark.parametrize(("text", "polarity"), [
    ("PYATAKOV: I never met Sedov in Berlin.", "deny"),
    ("PYATAKOV: I did not meet Sedov in Berlin.", "deny"),
    ("PYATAKOV: It is not true that I met Sedov in Berlin.", "deny"),
    ("PYATAKOV: I met Sedov in Berlin.", "affirm"),
    ("PYATAKOV: I do not know him, but I met Sedov in Berlin.", "affirm"),
])
def test_negation_scope(text: str, polarity: str) -> None:
    c = one(text)
    assert (c.act, c.polarity) == ("meeting", polarity)


def test_reported_speech_is_the_reported_persons_claim() -> None:
    c = one("Radek confessed that he had spied for Japan in 1935.", asserted_by="trotsky")
    assert (c.asserted_by, c.reported_by, c.subject, c.act, c.modality, c.foreign_power) == (
        "radek", "trotsky", "radek", "espionage", "confession", "Japan")


def test_reported_speech_scope_ends_at_a_coordinated_clause_with_a_new_subject(roster_store: Store) -> None:
    """The bug: "Sedov told me that ..., and I travelled ..." gave the journey to Sedov, reported by
    Holtzman. The complement ends at ", and I": the journey is Holtzman's own statement."""
    (c,) = extract_text("Sedov told me that Trotsky wished to see me, and I travelled from Berlin to Copenhagen.",
                        store=roster_store, asserted_by="holtzman")
    assert (c.asserted_by, c.reported_by, c.subject, c.act, c.place, c.modality) == (
        "holtzman", None, "holtzman", "travel", "Copenhagen", "testimony")


@pytest.mark.parametrize(("text", "expected"), [
    # A denial does not reach over the new clause either.
    ("Radek denied that he met Sedov in Berlin, and I travelled to Copenhagen.",
     [("radek", "holtzman", "radek", "meeting", "deny"), ("holtzman", None, "holtzman", "travel", "affirm")]),
    ("Radek said that he met Sedov in Berlin; I travelled to Oslo.",
     [("radek", "holtzman", "radek", "meeting", "affirm"), ("holtzman", None, "holtzman", "travel", "affirm")]),
    # "and that ..." continues the complement: still Sedov's, reported.
    ("Sedov told me that Trotsky wished to see me, and that I should travel to Copenhagen.",
     [("sedov", "holtzman", "holtzman", "travel", "affirm")]),
    # A list of names is one subject, not a new clause; each name gets its claim (Oxford comma too).
    ("Radek said that Trotsky, Sedov, and Pyatakov met in Oslo.",
     [("radek", "holtzman", "pyatakov", "meeting", "affirm"), ("radek", "holtzman", "sedov", "meeting", "affirm"),
      ("radek", "holtzman", "trotsky", "meeting", "affirm")]),
])
def test_reported_speech_scope(roster_store: Store, text: str,
                               expected: list[tuple[str, str | None, str, str, str]]) -> None:
    claims = extract_text(text, store=roster_store, asserted_by="holtzman")
    assert [(c.asserted_by, c.reported_by, c.subject, c.act, c.polarity) for c in claims] == expected


def test_foreign_powers_from_demonyms_and_services() -> None:
    powers = [one(f"SHESTOV: In 1934 I worked for {p}.").foreign_power for p in
              ("the Gestapo", "the British Intelligence Service", "the Japanese", "German intelligence")]
    assert powers == ["Germany", "Britain", "Japan", "Germany"]


def test_a_country_after_to_is_a_place_not_a_power() -> None:
    c = one("Rakovsky was sent to Japan at the end of 1934.", asserted_by="trotsky")
    assert (c.act, c.place, c.foreign_power, c.time.precision) == ("travel", "Japan", None, "part")


def test_questions_assert_nothing() -> None:
    assert extract_text("VYSHINSKY: Did you meet Sedov in Berlin in 1932?") == []


def test_withdrawal_is_a_repudiation() -> None:
    c = one("BUKHARIN: I withdraw my testimony about Sedov.", stated_on="1938-03-05")
    assert (c.act, c.polarity, c.extra["stance"], c.time.iso()) == ("plea", "deny", "repudiated", "1938-03-05")


def test_relative_time_uses_the_session_date() -> None:
    c = one("ROMM: Yesterday I met Sedov in Paris.", stated_on="1937-01-25")
    assert c.time.iso() == "1937-01-24" and c.time.precision == "day"


def test_proper_names_are_not_triggers() -> None:
    assert extract_text("ERDEMOVIC: I was a member of the 10th Sabotage Detachment.") == []


def test_vocabulary_errors_name_file_entry_and_key(tmp_path: object) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "case-acts.yaml"
    bad.write_text("acts:\n  smuggling:\n    description: smuggling goods\n    triggers: [smuggled, 3]\n")
    with pytest.raises(InvalidVocabulary) as err:
        load_vocabulary([bad])
    assert "case-acts.yaml" in str(err.value) and "acts.smuggling" in str(err.value) and "triggers" in str(err.value)


def test_a_case_can_extend_the_vocabulary(tmp_path: object) -> None:
    from pathlib import Path

    extra = Path(str(tmp_path)) / "case-acts.yaml"
    extra.write_text("acts:\n  smuggling:\n    description: smuggling goods\n    triggers: [smuggled]\n")
    c = one("DOE: In 1999 I smuggled cigarettes to Zvornik.", vocab_paths=[extra])
    assert (c.act, c.place, c.country) == ("smuggling", "Zvornik", "Bosnia and Herzegovina")


def test_coordinated_subjects_give_one_claim_each(roster_store: Store) -> None:
    claims = extract_text("Holtzman and Pyatakov met Sedov in Berlin in 1932.", store=roster_store)
    assert sorted(c.subject for c in claims if c.act == "meeting") == ["holtzman", "pyatakov"]
    objects = extract_text("I met Radek and Pyatakov in Moscow.", store=roster_store, asserted_by="bukharin")
    assert [c.subject for c in objects if c.act == "meeting"] == ["bukharin"]
