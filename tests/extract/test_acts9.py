"""Regression tests for the ninth round of act rules: crimes the named acts do not cover (`other`),
crime nouns that count only as what a verdict, a charge or someone's part names, and the acts the
vocabulary lacked. The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _triples(text: str, store: Store, **kw: str) -> list[tuple[str, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in extract_text(text, store=store, **kw))


# -- crimes of ordinary and military law: `other` --------------------------------------------------------

def test_ordinary_crimes_as_verbs_are_other(roster_store: Store) -> None:
    assert _triples("ROSENGOLTS: Never in my life have I robbed anyone.", roster_store) == [
        ("rosengolts", "other", "deny")]
    assert _triples("Pyatakov had bribed officials of the trust in 1931.", roster_store) == [
        ("pyatakov", "other", "affirm")]
    assert _triples("BUKHARIN: I stole nothing from the state.", roster_store) == [("bukharin", "other", "deny")]


def test_crime_nouns_count_only_under_a_verdict_charge_or_part(roster_store: Store) -> None:
    assert _triples("In 1938 the court found Rosengolts guilty of fraud in the trade agency.", roster_store) == [
        ("rosengolts", "other", "affirm")]
    assert _triples("Pyatakov admitted smuggling gold across the border.", roster_store) == [
        ("pyatakov", "other", "affirm")]
    assert _triples("Krestinsky had taken part in the massacre at the station.", roster_store) == [
        ("krestinsky", "assassination", "affirm")]
    # A crime noun alone, or near "in charge of", names no one's act.
    assert "assassination" not in {c.act for c in extract_text(
        "Krestinsky arrived in the town a day after the massacre.", store=roster_store)}
    assert extract_text("Bukharin said the accounts were used to cover up theft and fraud.", store=roster_store) == []
    assert extract_text("Bukharin was in charge of the district before the massacres began.", store=roster_store) == []


def test_command_failures_fabrication_and_child_soldiers_are_other(roster_store: Store) -> None:
    assert _triples("The tribunal found Pyatakov guilty of having failed to control the troops under his command.",
                    roster_store) == [("pyatakov", "other", "affirm")]
    assert _triples("Rosengolts was convicted of having fabricated the case against the engineers.",
                    roster_store) == [("rosengolts", "other", "affirm")]
    assert _triples("BUKHARIN: I never enlisted a single child in the militia.", roster_store) == [
        ("bukharin", "other", "deny")]
    assert _triples("The court sentenced Krestinsky to death for having violated the constitution.",
                    roster_store) == [("krestinsky", "other", "affirm")]


def test_a_bare_passive_of_a_crime_names_no_one(roster_store: Store) -> None:
    assert extract_text("KRESTINSKY: In Lefortovo I was tortured.", store=roster_store) == []


def test_a_crime_ordered_is_the_orders_purpose(roster_store: Store) -> None:
    assert _triples("PYATAKOV: I gave no order for anyone to be tortured.", roster_store) == [
        ("pyatakov", "gave_instructions", "deny")]


def test_other_crimes_beside_a_named_act_are_no_claim(roster_store: Store) -> None:
    assert _triples("Rosengolts was sentenced to death for, among other crimes, the murders of 1934.",
                    roster_store) == [("rosengolts", "assassination", "affirm")]


# -- instructions no one gave ------------------------------------------------------------------------------

def test_no_one_gave_me_orders_denies_receiving_them(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: No one gave me orders, least of all Trotsky.", roster_store) == [
        ("krestinsky", "received_instructions", "deny")]
    assert _triples("PYATAKOV: Nobody told me to do it.", roster_store) == [
        ("pyatakov", "received_instructions", "deny")]
    assert _triples("BUKHARIN: No one else ever ordered me to write it.", roster_store) == [
        ("bukharin", "received_instructions", "deny")]
    # No one addressed: no claim; someone named gives the order as before.
    assert extract_text("RAKOVSKY: No one in Tokyo ordered the killing.", store=roster_store) == []
    assert _triples("KRESTINSKY: Trotsky gave me instructions in Meran.", roster_store) == [
        ("trotsky", "gave_instructions", "affirm")]


# -- espionage said in other words ------------------------------------------------------------------------

def test_a_service_that_had_never_recruited_someone(roster_store: Store) -> None:
    claims = extract_text("Bukharin told the CIA in 1964 that the KGB had never recruited Rakovsky in Tokyo.",
                          store=roster_store)
    assert [(c.subject, c.act, c.foreign_power, c.polarity) for c in claims] == [
        ("rakovsky", "espionage", "Soviet Union", "deny")]


def test_secrets_sold_or_passed_to_a_power(roster_store: Store) -> None:
    claims = extract_text("PYATAKOV: Rakovsky gave me the cipher tables, which I sold to the Japanese.",
                          store=roster_store)
    assert [(c.subject, c.act, c.foreign_power) for c in claims if c.act == "espionage"] == [
        ("pyatakov", "espionage", "Japan")]
    assert _triples("KRESTINSKY: I never passed a single secret to the Germans.", roster_store) == [
        ("krestinsky", "espionage", "deny")]
    # Goods sold, with no seller, are no espionage.
    assert extract_text("The guns were of German make, sold to some Polish units in 1937.", store=roster_store) == []


# -- bombs and orders received ------------------------------------------------------------------------------

def test_a_bombing_with_no_death_is_terrorism(roster_store: Store) -> None:
    assert _triples("PYATAKOV: I bombed the power station in Kemerovo in 1935.", roster_store) == [
        ("pyatakov", "terrorism", "affirm")]
    assert _triples("In 1935 Rakovsky set off a charge of dynamite against the wall of the barracks.",
                    roster_store) == [("rakovsky", "terrorism", "affirm")]
    assert _triples("In 1938 Bukharin was convicted of the bombing of the railway bridge.", roster_store) == [
        ("bukharin", "terrorism", "affirm")]


def test_was_told_to_is_instructions_received(roster_store: Store) -> None:
    assert _triples("In 1935 Krestinsky was told to meet the courier in Berlin.", roster_store) == [
        ("krestinsky", "received_instructions", "affirm")]


# -- acts that are not there ----------------------------------------------------------------------------

def test_crimes_named_by_their_act_are_that_act(roster_store: Store) -> None:
    assert _triples("In 1938 the court found Rosengolts guilty of war crimes for the killing of the hostages.",
                    roster_store) == [("rosengolts", "assassination", "affirm")]


def test_an_infinitive_of_purpose_after_a_comma_is_no_act(roster_store: Store) -> None:
    assert extract_text("BUKHARIN: In 1934 Rakovsky armed the young men of the district, to kill and to be killed.",
                        store=roster_store) == []


def test_a_letter_or_an_order_that_went_somewhere_is_no_journey(roster_store: Store) -> None:
    assert extract_text("KRESTINSKY: I hid nothing; the letter about the concession went to Trotsky in February "
                        "1934.", store=roster_store) == []
    assert extract_text("KRESTINSKY: I did nothing on my own account: every instruction on the trade agreement came "
                        "to me from Berlin.", store=roster_store) == []
    assert _triples("KRESTINSKY: Sedov with the letters went to Oslo in 1934.", roster_store) == [
        ("sedov", "travel", "affirm")]


def test_ever_order_and_deny_every_charge(roster_store: Store) -> None:
    assert _triples("BUKHARIN: Did Rakovsky ever order the killing of the guards?\nRAKOVSKY: No.", roster_store) == [
        ("rakovsky", "gave_instructions", "deny")]
    assert _triples("PYATAKOV: I deny every charge in this indictment.", roster_store) == [
        ("pyatakov", "plea", "deny")]


# -- question and answer -----------------------------------------------------------------------------------

def test_yes_with_the_verb_echoed_affirms_the_question(roster_store: Store) -> None:
    claims = extract_text("BUKHARIN: Mr Pyatakov, did you go to Oslo to see Trotsky?\n"
                          "PYATAKOV: Yes, I went, as an old friend, to bring him news of his son.", store=roster_store)
    assert [(c.subject, c.act, c.place, c.polarity) for c in claims] == [("pyatakov", "travel", "Oslo", "affirm")]
    claims = extract_text("BUKHARIN: In 1935 did you meet Sedov in Berlin?\n"
                          "RAKOVSKY: Yes, with the other members of the trade delegation, and afterwards I wrote a "
                          "report about the talks.", store=roster_store)
    assert [(c.subject, c.act, c.polarity) for c in claims] == [("rakovsky", "meeting", "affirm")]


def test_a_hedged_yes_affirms_nothing(roster_store: Store) -> None:
    for answer in ("Yes, I think so, but it was a long time ago.", "Yes, I don't remember exactly when it was.",
                   "Yes, but not in Berlin, and not with him."):
        assert extract_text(f"BUKHARIN: In 1935 did you meet Sedov in Berlin?\nRAKOVSKY: {answer}",
                            store=roster_store) == [], answer


# -- pleas and stances -------------------------------------------------------------------------------------

def test_ones_own_evidence_called_false_withdraws_it(roster_store: Store) -> None:
    assert _triples("In 1958 Bukharin swore that the evidence he had given against Rykov at the trial was false.",
                    roster_store) == [("bukharin", "plea", "deny")]
    assert _triples("BUKHARIN: The statement I made to the investigator was false.", roster_store) == [
        ("bukharin", "plea", "deny")]
    # Someone else's words, or words that are no testimony, withdraw nothing.
    assert extract_text("Rykov said that the testimony which Bukharin gave was false.", store=roster_store) == []
    assert extract_text("BUKHARIN: The evidence of the police was false.", store=roster_store) == []
    assert extract_text("BUKHARIN: The report he sent to Moscow was false.", store=roster_store) == []


def test_went_back_on_a_confession_withdraws_it(roster_store: Store) -> None:
    assert _triples("Krestinsky confirmed his confession in March, but in a closed session in April he went back "
                    "on much of it.", roster_store) == [("krestinsky", "plea", "affirm"), ("krestinsky", "plea", "deny")]


def test_leaking_papers_is_other(roster_store: Store) -> None:
    assert _triples("RAKOVSKY: In 1934 I uploaded the embassy cables to a newspaper in Tokyo.", roster_store) == [
        ("rakovsky", "other", "affirm")]


def test_a_decree_ordering_is_an_order(roster_store: Store) -> None:
    assert _triples("PYATAKOV: In June 1935 I signed a decree ordering that the mines be closed.", roster_store) == [
        ("pyatakov", "gave_instructions", "affirm")]


def test_joining_masterminding_or_carrying_out_a_crime_noun(roster_store: Store) -> None:
    for verb in ("joined", "masterminded", "carried out", "was behind"):
        assert _triples(f"Krestinsky {verb} the robbery in 1907.", roster_store) == [
            ("krestinsky", "other", "affirm")], verb
        assert _triples(f"Pyatakov {verb} the bombing of the station.", roster_store) == [
            ("pyatakov", "terrorism", "affirm")], verb


# -- who did it, and who did not -----------------------------------------------------------------------------

def test_it_was_x_not_y_who(roster_store: Store) -> None:
    assert _triples("In 1938 Bukharin said that it was Yagoda, not Rykov, who had killed Kirov.", roster_store) == [
        ("rykov", "assassination", "deny"), ("yagoda", "assassination", "affirm")]
    assert _triples("KRESTINSKY: It was I, not Rakovsky, who met Sedov in Berlin.", roster_store) == [
        ("krestinsky", "meeting", "affirm"), ("rakovsky", "meeting", "deny")]


def test_a_prisoner_handed_over_by_one_state_to_another_is_no_agent(roster_store: Store) -> None:
    assert extract_text("In 1940 Krestinsky was handed over to the Gestapo by the NKVD at Brest.",
                        store=roster_store) == []
    assert _triples("In 1932 Krestinsky was handed over to German intelligence.", roster_store) == [
        ("krestinsky", "espionage", "affirm")]


def test_as_every_officer_had_been_ordered_is_no_order_received(roster_store: Store) -> None:
    assert extract_text("PYATAKOV: In 1935 I burned the papers myself, as every officer had been ordered to do.",
                        store=roster_store) == []
    assert _triples("PYATAKOV: In 1935 I was ordered to burn the papers.", roster_store) == [
        ("pyatakov", "received_instructions", "affirm")]


# -- acquittals and denied parts ----------------------------------------------------------------------------

def test_an_acquittal_asserts_nothing(roster_store: Store) -> None:
    assert extract_text("In 1921 the jury found Bukharin not guilty of the murder of Kirov.", store=roster_store) == []
    assert extract_text("The court acquitted Bukharin of spying for Japan.", store=roster_store) == []
    assert _triples("Bukharin was acquitted of espionage but convicted of the robbery.", roster_store) == [
        ("bukharin", "other", "affirm")]
    # A defendant's "I am not guilty of" is no verdict: the act stands, denied.
    assert ("krestinsky", "espionage", "deny") in _triples(
        "KRESTINSKY: I am not guilty of any connection with German intelligence.", roster_store)
    # Acquitted, then a journey of its own: the journey stands.
    assert _triples("Rykov and Bukharin were acquitted on 23 December 1933 and deported to Oslo in 1934.",
                    roster_store) == [("bukharin", "travel", "affirm"), ("rykov", "travel", "affirm")]


def test_no_part_in_a_crime_denies_it(roster_store: Store) -> None:
    assert _triples("Bukharin had no part in the murder of Kirov.", roster_store) == [
        ("bukharin", "assassination", "deny")]
    assert _triples("Krestinsky played no role in the killings at the station.", roster_store) == [
        ("krestinsky", "assassination", "deny")]


# -- readings of the guide: bribes, collaboration, more crimes ------------------------------------------------

def test_bribes_taken_are_money_received_and_collaboration_is_conspiracy(roster_store: Store) -> None:
    assert _triples("Krestinsky took bribes from the contractors in 1930.", roster_store) == [
        ("krestinsky", "received_instructions", "affirm")]
    claims = extract_text("Krestinsky collaborated with the Germans during the war.", store=roster_store)
    assert [(c.subject, c.act, c.foreign_power) for c in claims] == [("krestinsky", "conspiracy", "Germany")]
    assert extract_text("Krestinsky collaborated with Rykov on the book.", store=roster_store) == []


def test_more_crimes_as_verbs(roster_store: Store) -> None:
    assert _triples("Krestinsky looted the shops and defrauded the bank in 1992.", roster_store) == [
        ("krestinsky", "other", "affirm")]
    assert _triples("Krestinsky hijacked the plane in 1970.", roster_store) == [("krestinsky", "terrorism", "affirm")]
    assert extract_text("Krestinsky said that the shops were looted in 1992.", store=roster_store) == []


def test_the_second_half_of_a_compound_is_no_act(roster_store: Store) -> None:
    assert extract_text("Krestinsky headed the anti-terrorist unit in 1935.", store=roster_store) == []
    assert extract_text("Bukharin said that the two women were gang-raped by soldiers in 1993.",
                        store=roster_store) == []


def test_confessions_extorted_or_called_lies_are_withdrawn(roster_store: Store) -> None:
    for text in ("KRESTINSKY: My confession was obtained under torture.",
                 "KRESTINSKY: I was forced to sign the confession.",
                 "KRESTINSKY: I signed the confession under duress.",
                 "KRESTINSKY: Everything I said at the preliminary examination was a lie.",
                 "KRESTINSKY: What I told the investigator was false."):
        assert _triples(text, roster_store) == [("krestinsky", "plea", "deny")], text
    assert _triples("KRESTINSKY: I signed the confession on 3 March.", roster_store) == [
        ("krestinsky", "plea", "affirm")]
    assert extract_text("KRESTINSKY: I was forced to sign the order.", store=roster_store) == []
    assert extract_text("KRESTINSKY: Everything Bukharin said was a lie.", store=roster_store) == []


def test_nothing_to_do_with_a_crime_denies_it(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: I had nothing to do with the bombing.", roster_store) == [
        ("krestinsky", "terrorism", "deny")]
    assert _triples("KRESTINSKY: I had nothing to do with the robbery.", roster_store) == [
        ("krestinsky", "other", "deny")]
