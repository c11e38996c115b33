"""What the seed article must yield (DESIGN.md, issue 4), through general rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.extract import extract_text
from countertrial.model import Claim
from countertrial.store import Store


@pytest.fixture
def seed_claims(shared_dir: Path) -> list[Claim]:
    text = (shared_dir / "seed" / "krestinskys-repudiation-1938.txt").read_text(encoding="utf-8")
    return extract_text(text, asserted_by="trotsky", stated_on="1938-03-02")


def _find(claims: list[Claim], **want: object) -> Claim:
    hits = [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]
    assert hits, f"no claim with {want}; got {[(c.subject, c.act, c.modality) for c in claims]}"
    return hits[0]


@pytest.mark.shared
def test_rakovsky_confesses_conspiracy_with_japan_in_tokyo_1934(seed_claims: list[Claim]) -> None:
    c = _find(seed_claims, subject="rakovsky", act="conspiracy", modality="confession")
    assert (c.asserted_by, c.reported_by, c.foreign_power, c.place, c.country) == (
        "rakovsky", "trotsky", "Japan", "Tokyo", "Japan")
    assert c.time.iso() == "1934" and c.time.precision == "year" and c.polarity == "affirm"


@pytest.mark.shared
def test_bukharin_confesses_instructions_for_terror_from_sedov_in_paris_1936(seed_claims: list[Claim]) -> None:
    c = _find(seed_claims, subject="bukharin", act="received_instructions")
    assert c.modality == "confession" and c.reported_by == "trotsky"
    assert c.counterparts == ("sedov",) and c.place == "Paris" and c.country == "France"
    assert c.time.iso() == "1936" and c.extra.get("purpose") == "terrorism"


@pytest.mark.shared
def test_krestinsky_repudiates_his_pretrial_confession(seed_claims: list[Claim]) -> None:
    c = _find(seed_claims, subject="krestinsky", act="plea")
    assert c.polarity == "deny" and c.extra["stance"] == "repudiated" and c.asserted_by == "krestinsky"


@pytest.mark.shared
def test_trotskys_april_1937_forecast_about_bukharin_and_rakovsky(seed_claims: list[Claim]) -> None:
    forecasts = [c for c in seed_claims if c.modality == "forecast"]
    assert {c.subject for c in forecasts} == {"bukharin", "rakovsky"}
    assert all(c.asserted_by == "trotsky" and c.stated_on == "1937-04" for c in forecasts)
    assert {c.foreign_power for c in forecasts} == {"Germany", "Japan"}


@pytest.mark.shared
def test_goldmans_questions_assert_nothing(seed_claims: list[Claim]) -> None:
    assert not [c for c in seed_claims if c.asserted_by == "goldman"]


@pytest.mark.shared
def test_seed_resolves_against_a_roster(shared_dir: Path, roster_store: Store) -> None:
    text = (shared_dir / "seed" / "krestinskys-repudiation-1938.txt").read_text(encoding="utf-8")
    claims = extract_text(text, store=roster_store, asserted_by="trotsky", stated_on="1938-03-02")
    assert {"rakovsky", "bukharin", "krestinsky"} <= {c.subject for c in claims}
    assert roster_store.count(Claim) == len({c.id for c in claims})
