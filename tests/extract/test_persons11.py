"""Regression tests for the eleventh round of subject and act rules: killing named as seeking a
death, treason in the wordings of the common-law courts. The sentences are invented for these
tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text


def _triples(text: str, **kw: str) -> list[tuple[str, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in extract_text(text, **kw))


# -- seeking someone's death is assassination --------------------------------------------------------

def test_seeking_the_death_of_someone_is_assassination() -> None:
    assert _triples("HARDING: I never sought the death of the Governor.") == [("harding", "assassination", "deny")]
    assert _triples("OWENS: I will not deny that I sought the lives of those officers; they had earned it.") == [
        ("owens", "assassination", "affirm")]
    assert _triples("Marlowe had sought the death of his rival, the prosecutor said.") == [
        ("marlowe", "assassination", "affirm")]


def test_seeking_a_new_life_is_no_killing() -> None:
    assert _triples("Marek sought a new life of freedom in Canada.") == []


# -- treason in the wordings of the common-law courts ------------------------------------------------

def test_waging_war_against_the_sovereign_is_treason() -> None:
    assert _triples("The court held that Lyon and Baxter had conspired to levy war against the King.") == [
        ("baxter", "treason", "affirm"), ("lyon", "treason", "affirm")]
    assert _triples("The tribunal found that Okoro and Bello had conspired to wage war against the "
                    "King-Emperor.") == [("bello", "treason", "affirm"), ("okoro", "treason", "affirm")]


def test_depriving_the_king_of_sovereignty_is_treason() -> None:
    assert _triples("DUTT: I never conspired with anyone to deprive the King of his sovereignty over Burma.") == [
        ("dutt", "treason", "deny")]


def test_war_between_states_is_no_treason() -> None:
    assert _triples("Hitler waged war against Poland in 1939.") == []


# -- acting under someone's orders is received_instructions ------------------------------------------

def test_acting_under_someones_orders_is_received_instructions() -> None:
    assert _triples("GRAY: What I did at the camp I did under Colonel Ross's orders.") == [
        ("gray", "received_instructions", "affirm")]
    assert _triples("HOLT: I acted under the orders of General Kane.") == [("holt", "received_instructions", "affirm")]


def test_men_under_someones_orders_receive_nothing_said() -> None:
    assert _triples("Kane said that the men under his orders had burned the village.") == []


# -- the one seen doing the act is its subject -------------------------------------------------------

def test_the_one_seen_giving_the_order_gave_it() -> None:
    assert _triples("Q. Where was Colonel Weiss that morning?\nA. At the gate. I saw him give the order to fire.") \
        == [("weiss", "gave_instructions", "affirm")]


def test_an_unresolved_one_seen_leaves_no_claim_by_the_witness() -> None:
    assert _triples("MILLS: I was standing near the gate and saw him give the order, and the man fell.") == []


def test_not_seeing_someone_kill_denies_nothing() -> None:
    assert _triples("MILLS: I never saw Kessler beat the prisoners.") == []
    assert _triples("A. Personally I did not see Kessler kill anybody.") == []


# -- a deadly dose is poisoning -----------------------------------------------------------------------

def test_killing_with_lethal_injections_is_poisoning() -> None:
    assert _triples("The inquiry found that Dr Hale had killed at least forty of his patients with lethal "
                    "injections of morphine.") == [("hale", "poisoning", "affirm")]


def test_the_one_who_injects_a_lethal_dose_poisons() -> None:
    assert _triples("The jury found that Dr Hale had injected Mrs Moss with a lethal dose of insulin at her "
                    "home.") == [("hale", "poisoning", "affirm")]
    assert _triples("NURSE ROSS: I never gave any patient a fatal dose of anything.") == [("ross", "poisoning", "deny")]


# -- a negated object after a preposition denies the act ----------------------------------------------

def test_setting_fire_to_nothing_is_a_denial() -> None:
    assert _triples("BURGER: I never placed a charge anywhere, and I set fire to nothing.") == [
        ("burger", "sabotage", "deny")]


def test_no_warning_after_a_preposition_denies_nothing() -> None:
    assert _triples("HALE: Kane killed him with no warning.") == [("kane", "assassination", "affirm")]


# -- journeys: more than one sent, a journey continued -----------------------------------------------

def test_those_who_were_sent_somewhere_travelled() -> None:
    assert _triples("MOSS: In 1940 we were sent to Berlin.") == [("moss", "travel", "affirm")]
    assert _triples("In 1940 Karl and Otto were sent to Berlin.") == [("karl", "travel", "affirm"),
                                                                     ("otto", "travel", "affirm")]


def test_those_who_were_sent_a_letter_did_not_travel() -> None:
    assert _triples("In Berlin Karl and Otto were sent a copy of the order.") == []


def test_a_journey_driven_on_to_a_place_is_travel() -> None:
    assert _triples("PEIPER: I had already driven on to Berlin.") == [("peiper", "travel", "affirm")]


# -- a unit named by a letter is no one ---------------------------------------------------------------

def test_a_battery_named_by_a_letter_is_no_person() -> None:
    assert _triples("Survivors of Battery B told the court that SS men had killed eighty prisoners.") == []
    assert _triples("Men of Squadron C told the court that their sergeant had killed two prisoners.") == []


# -- a titled name after "at" is a person, not a place ------------------------------------------------

def test_a_titled_name_after_at_is_the_antecedent_of_he() -> None:
    assert _triples("VERA: I fired at General Trepov. Last summer he had ordered the prisoners to be flogged.") == [
        ("trepov", "gave_instructions", "affirm")]


# -- an unresolved "he" before the verb is its subject, not the speaker -----------------------------------

def test_an_unresolved_pronoun_subject_is_not_replaced_by_the_speaker() -> None:
    assert _triples("VERA: I admit that I fired at him. I did it because last summer he had ordered the prisoners "
                    "to be flogged.") == []
    assert _triples("HOLT: I stayed in the car, and later he met the colonel in Paris.") == []


# -- not disputing the facts charged is a plea of guilty ---------------------------------------------------

def test_not_disputing_the_facts_is_a_guilty_plea() -> None:
    assert _triples("ORLOV: I do not dispute any of the facts laid against me.") == [("orlov", "plea", "affirm")]
    assert _triples("Orlov did not contest the charges, the court heard.") == [("orlov", "plea", "affirm")]


def test_not_disputing_a_fact_of_the_testimony_is_no_plea() -> None:
    assert _triples("ORLOV: I do not dispute that he was there.") == []


# -- details passed to a power are espionage -------------------------------------------------------------

def test_passing_a_power_the_details_is_espionage() -> None:
    assert _triples("From 1952 to 1957 Lindqvist passed the Russians the details of American aircraft.") == [
        ("lindqvist", "espionage", "affirm")]
    assert _triples("Hale sold the Chinese the specifications of the new missile.") == [("hale", "espionage", "affirm")]


# -- "both of them" after a list with relative clauses -------------------------------------------------

def test_both_of_them_is_the_list_before_it() -> None:
    assert _triples("Hale and Marsh were arrested in 1929, and both of them had spied for the Germans.") == [
        ("hale", "espionage", "affirm"), ("marsh", "espionage", "affirm")]


def test_a_list_with_relative_clauses_is_one_list() -> None:
    assert ("hale", "received_instructions", "affirm") in _triples(
        "The Crown said that Philip Hale, who had landed in Bombay in 1926, and Ben Marsh, who reached India in "
        "1927, had been sent out by the Comintern, and that both of them took their orders from Moscow.")


def test_the_communist_international_is_no_person() -> None:
    assert ("hale", "received_instructions", "affirm") in _triples(
        "The Crown said that Philip Hale, who had landed in Bombay in 1926, and Ben Marsh, who reached India in "
        "1927, had been sent out by the Communist International, and that both of them took their orders from "
        "Moscow.")


# -- someone's orders "were to" do something ---------------------------------------------------------------

def test_someones_orders_were_to_kill() -> None:
    assert _triples("HALE: Captain Hunt told me that Lord Kitchener's orders were to shoot the prisoners.") == [
        ("kitchener", "gave_instructions", "affirm")]


def test_someones_orders_ignored_are_no_order_given() -> None:
    assert _triples("HALE: Lord Kitchener's orders were ignored by the men.") == []


# -- putting to death, and having someone put to death ---------------------------------------------------

def test_putting_prisoners_to_death_is_assassination() -> None:
    assert _triples("HALE: Colonel Ross put the prisoners to death at dawn.") == [("ross", "assassination", "affirm")]


def test_the_one_who_had_them_put_to_death_killed_them() -> None:
    assert _triples("MORANT: I had the eight Boers put to death near the hospital on 23 August.") == [
        ("morant", "assassination", "affirm")]
    # round 28: "had Kessler shot" is the order to shoot him (the guide since heldout16: judges who "had
    # him shot" give gave_instructions, as "had him arrested" does); "put to death" keeps dev's reading
    assert _triples("HALE: Ross had Kessler shot in the yard.") == [("ross", "gave_instructions", "affirm")]


def test_the_one_had_to_kill_does_the_killing() -> None:
    assert _triples("HALE: Ross had Kessler put the prisoners to death.") == [("kessler", "assassination", "affirm")]


# -- perjury and forgery as charges -------------------------------------------------------------------

def test_a_conviction_for_perjury_is_a_crime_of_other_law() -> None:
    assert _triples("In May 1685 the court convicted Daniel Hale of perjury.") == [("hale", "other", "affirm")]
    assert _triples("Hale was charged with forgery in 1921.") == [("hale", "other", "affirm")]


# -- the second verb of a plan is planned too ---------------------------------------------------------------

def test_the_second_verb_of_a_plan_is_no_act() -> None:
    assert _triples("BENNETT: He told me we were to rise and kill the whites.") == []
    assert _triples("HALE: We were to rise at midnight and kill the guards.") == []


def test_an_act_in_a_new_clause_after_a_plan_is_done() -> None:
    assert _triples("HALE: I was to wait in Berlin and then I met Sedov.") == [("hale", "meeting", "affirm")]


def test_a_charge_only_threatened_is_no_claim() -> None:
    assert _triples("HALE: The police threatened to have Marsh tried for treason.") == []
    assert _triples("HALE: The police threatened to charge Marsh with espionage.") == []
    assert _triples("HALE: Marsh was convicted of treason in 1950.") == [("marsh", "treason", "affirm")]


def test_having_taken_orders_from_someone_is_received_instructions() -> None:
    assert _triples("Hale insisted that he had never taken orders from the German secret service.") == [
        ("hale", "received_instructions", "deny")]
    assert _triples("Hale admitted that he had taken his orders from Moscow since 1934.") == [
        ("hale", "received_instructions", "affirm")]


def test_an_unresolved_they_right_before_the_verb_is_its_subject() -> None:
    """"I told you that before then, they had killed people in the north of the commune": "they" is
    no one named, so the act is no one's, not the last person's (the lead, session 8)."""
    def acts(text: str) -> set[tuple[str | None, str]]:
        return {(c.subject, c.act) for c in extract_text(text, stated_on="1994-06-20")}

    # not the speaker's, nor the last-named person's
    assert acts("KARIMI: Kamali was not there. But I told you that before then, they had killed people in the "
                "north of the commune.") == set()
    assert acts("KARIMI: The gendarme called Kamali and he answered, and they ordered him to untie the man.") \
        == set()
    # a "they" that stands for the names before it still makes their claims
    assert ("kamali", "meeting") in {(c.subject, c.act) for c in extract_text(
        "KARIMI: Kamali and Petrov came to Butare, and there they met the prefect.", stated_on="1994-06-20")}


def test_an_unknown_name_opening_a_sentence_before_did_not_is_the_subject() -> None:
    """"Kamali did not kill anyone": an unknown sentence-initial word before auxiliaries and the verb
    is a name, as it is right before the verb ("Kamali killed ..."); the denial was lost (the lead,
    session 8)."""
    def acts(text: str) -> set[tuple[str | None, str, str]]:
        return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}

    assert ("kamali", "assassination", "deny") in acts("KARIMI: Kamali did not kill anyone.")
    assert ("novak", "meeting", "deny") in acts("KARIMI: Novak had never met him.")
    assert ("kamali", "assassination", "affirm") in acts("KARIMI: Kamali did kill Murefu.")
