"""Regression tests for the tenth round of act rules: treason in its legal wordings, money and
letters received, orders as decisions and transfers, crimes of military and common law (`other`).
The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _triples(text: str, store: Store, **kw: str) -> list[tuple[str, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in extract_text(text, store=store, **kw))


# -- treason in its legal wordings ------------------------------------------------------------------

def test_adhering_to_the_enemies_is_treason(roster_store: Store) -> None:
    assert _triples("The second count charged that in 1941 Rosengolts had adhered to the King's enemies by "
                    "writing leaflets for them.", roster_store) == [("rosengolts", "treason", "affirm")]
    assert _triples("The indictment said that Pyatakov, adhering to the enemies of the republic, had given them "
                    "aid and comfort.", roster_store) == [("pyatakov", "treason", "affirm")]


def test_broadcasting_against_ones_country_is_treason(roster_store: Store) -> None:
    assert _triples("BUKHARIN: I never broadcast anything against my country.", roster_store) == [
        ("bukharin", "treason", "deny")]
    assert _triples("Krestinsky admitted that he had been broadcasting against his own country since 1942.",
                    roster_store) == [("krestinsky", "treason", "affirm")]


def test_passing_secrets_to_a_power_with_a_bare_verb_is_espionage(roster_store: Store) -> None:
    assert _triples("Rosengolts was convicted of conspiring to pass naval secrets to the Japanese.",
                    roster_store) == [("rosengolts", "espionage", "affirm")]
    assert _triples("Pyatakov had taken classified documents from the ministry for Sedov to sell to the Germans.",
                    roster_store) == [("pyatakov", "espionage", "affirm")]


# -- money and letters received: received_instructions -----------------------------------------------

def test_a_sum_received_from_someone_is_received_instructions(roster_store: Store) -> None:
    assert _triples("In 1935 Bukharin had received ten thousand dollars from him for the newspaper.",
                    roster_store) == [("bukharin", "received_instructions", "affirm")]
    assert _triples("ROSENGOLTS: I never took a single rouble from anyone for a contract.", roster_store) == [
        ("rosengolts", "received_instructions", "deny")]
    # Marks at school and a seat won are no money.
    assert extract_text("Bukharin received high marks from his teachers.", store=roster_store) == []


def test_a_couriers_letters_are_received_instructions(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: I carried no letters for anyone.", roster_store) == [
        ("krestinsky", "received_instructions", "deny")]
    assert _triples("In 1932 Holtzman took a letter from Sedov for Smirnov.", roster_store) == [
        ("holtzman", "received_instructions", "affirm")]


def test_orders_had_from_someone_are_received(roster_store: Store) -> None:
    assert _triples("PYATAKOV: Sedov told me what to write, and he had his own orders from Trotsky.",
                    roster_store) == [("sedov", "gave_instructions", "affirm"),
                                      ("sedov", "received_instructions", "affirm")]


def test_nobody_asked_me_to_denies_an_instruction(roster_store: Store) -> None:
    assert _triples("RAKOVSKY: Nobody asked me to do it; it was my own idea.", roster_store) == [
        ("rakovsky", "received_instructions", "deny")]
    # Someone asking is no order.
    assert extract_text("RAKOVSKY: He asked me to sit down.", store=roster_store) == []


# -- orders as decisions and transfers ---------------------------------------------------------------

def test_a_decision_to_kill_is_an_order(roster_store: Store) -> None:
    assert _triples("BUKHARIN: I had no part in the decision to shoot the hostages.", roster_store) == [
        ("bukharin", "gave_instructions", "deny")]
    assert extract_text("BUKHARIN: I had no part in the decision to stay in Paris.", store=roster_store) == []


def test_agreeing_to_a_transfer_is_an_order(roster_store: Store) -> None:
    assert _triples("ROSENGOLTS: I agreed to his transfer to the camp, yes.", roster_store) == [
        ("rosengolts", "gave_instructions", "affirm")]
    assert _triples("Pyatakov approved the removal of the prisoners to Kolyma in 1937.", roster_store) == [
        ("pyatakov", "gave_instructions", "affirm")]


# -- crimes of military and common law: other -------------------------------------------------------

def test_mutiny_and_assault_are_other(roster_store: Store) -> None:
    assert _triples("In 1921 the tribunal convicted Rosengolts of mutiny.", roster_store) == [
        ("rosengolts", "other", "affirm")]
    assert _triples("Bukharin was found guilty of assault.", roster_store) == [("bukharin", "other", "affirm")]
