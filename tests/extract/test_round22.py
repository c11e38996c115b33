"""Round 22: rules read off heldout20's remaining errors and off heldout21, the session's fresh
development set (written by two annotators apart, scored once out of sample before any of its errors
were read). Each sentence is written for the test after a seen item of that class; each failed
before the round, but the guards."""

from __future__ import annotations

from datetime import date

import pytest

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_a_jury_verdict_is_no_plea_and_its_acquittals_no_act() -> None:
    # before: the foreman's "not guilty" was his plea, and "the charge of kidnapping" his act
    got = _claims("FOREMAN: We have, Your Honor. On the charge of robbery we find the defendant not guilty; "
                  "on the charge of arson, not guilty; and on the charge of conspiracy, not guilty.")
    assert got == set()
    assert _claims("FOREMAN: We find the defendant, Marlow, not guilty.") == set()


def test_a_verdict_of_guilt_still_gives_the_act() -> None:
    # guard: the verdict names the act the defendant was found guilty of
    assert ("marlow", "assassination", "affirm") in _claims("FOREMAN: We find the defendant, Marlow, guilty of murder.")
    assert ("marlow", "plea", "deny") in _claims("MARLOW: I plead not guilty to the charge of murder.")


def _times(text: str) -> dict[tuple[str | None, str], str]:
    return {(c.subject, c.act): c.time.text for c in extract_text(text, stated_on="1990-01-01")}


def test_a_birth_year_does_not_date_the_act() -> None:
    # before: "born at Versailles in 1783" dated the journey of 1814
    assert _times("Marlow, born at Dover in 1783, had gone to Elba in 1814.")[("marlow", "travel")] == "1814"


def test_a_where_clause_after_the_place_does_not_date_the_journey() -> None:
    # before: the arrest in the "where" clause dated the move
    got = _times("In 1951 Marlow moved with his family to Brazil, where the police arrested him in Recife "
                 "on 28 February 1967.")
    assert got[("marlow", "travel")] == "1951"


def test_moved_with_others_to_a_place_is_travel() -> None:
    assert ("marlow", "travel", "affirm") in _claims("In 1951 Marlow moved with his family to Brazil.")
    assert _claims("Counsel moved to dismiss the indictment.") == set()


def test_a_conviction_set_aside_asserts_nothing() -> None:
    assert _claims("The Supreme Court set aside Kramer's treason conviction on 23 April 1945.") == set()
    assert ("kramer", "treason", "affirm") in _claims("The court convicted Kramer of treason in 1944.")


def test_neither_did_i_is_the_speakers_act_too() -> None:
    # before: "I." was one token (an initial), so the speaker was not found, nor the sentence's end
    got = _claims("PLEVA: Skoblov never worked for the Soviets, and neither did I.")
    assert {("skoblov", "espionage", "deny"), ("pleva", "espionage", "deny")} <= got
    got = _claims("PLEVA: Skoblov went to Paris, and so did I. Nobody sent us.")
    assert ("pleva", "travel", "affirm") in got


def test_sat_together_is_a_meeting() -> None:
    got = _claims("On 23 June 1942 Kramer and Thal sat together at the Twin Oaks Inn.")
    assert {("kramer", "meeting", "affirm"), ("thal", "meeting", "affirm")} <= got


def test_intelligence_with_the_enemy_is_treason() -> None:
    got = _claims("Robert Marchand came before the court on a charge of intelligence with the enemy.")
    assert ("marchand", "treason", "affirm") in got


def test_a_purpose_denied_beside_another_is_no_claim() -> None:
    # before: "not to kill anyone" was the killing denied
    got = _claims("LEBLANC: We came to Washington so that the world would hear us, not to kill anyone.")
    assert got == {("leblanc", "travel", "affirm")}


def test_a_sentence_passed_and_a_petition_signed_are_no_orders() -> None:
    assert _claims("Mr Justice Whitlock passed a whole-life order the same afternoon.") == set()
    assert _claims("De Gaulle declined to reprieve him despite a petition signed by Mauriac, Valery and "
                   "others.") == set()
    # guard: an order signed is one
    assert ("pelemis", "gave_instructions", "affirm") in _claims("The order was signed by Pelemis.")


def test_a_bomb_that_killed_named_far_after_is_the_killing_alone() -> None:
    got = _claims("JUDGE: Mr. Rudd, did you place the bomb outside the clinic in Birmingham on January 29, 1998, "
                  "that killed Officer Sanders?\nRUDD: I did, Your Honor.")
    assert got == {("rudd", "assassination", "affirm")}


def test_a_month_of_last_year() -> None:
    got = {(c.subject, c.act): (c.time.start, c.time.end) for c in extract_text(
        "KOUFOS: On 5 September of last year I went to police headquarters on Alexandras Avenue, and in "
        "March last year I went to Patras.", stated_on="2003-10-07")}
    assert got[("koufos", "travel")] in {(date(2002, 9, 5), date(2002, 9, 5)), (date(2002, 3, 1), date(2002, 3, 31))}
    times = sorted(c.time.start for c in extract_text("KOUFOS: In March of last year I went to Patras.",
                                                        stated_on="2003-10-07"))
    assert times == [date(2002, 3, 1)]


def test_a_name_after_and_with_its_own_verb_is_no_agent() -> None:
    # before: "by Planetta, and Dollfuss died" listed Dollfuss with the agent
    got = _claims("Engelbert Dollfuss was shot twice at close range by Planetta, and Dollfuss bled to death on "
                  "a sofa.")
    assert got == {("planetta", "assassination", "affirm")}


def test_an_order_given_to_a_titled_name_with_a_particle() -> None:
    got = _claims("CHALON: On 21 April I gave Commandant de Saint Marc the order to bring his regiment into the "
                  "city that night.")
    assert ("chalon", "gave_instructions", "affirm") in got


def test_directed_the_clearing_of_a_ghetto_is_an_order() -> None:
    got = _claims("On 13 and 14 March 1943 Gerth directed the clearing of the Kraków ghetto.")
    assert ("gerth", "gave_instructions", "affirm") in got


def test_an_order_that_did_not_come_from_me() -> None:
    got = _claims("GERTH: The order did not come from me. It came from Scherner.")
    assert {("gerth", "gave_instructions", "deny"), ("scherner", "gave_instructions", "affirm")} <= got
    assert ("gerth", "gave_instructions", "affirm") in _claims("GERTH: The order came from me.")
    assert _claims("GERTH: The letter came from me.") == set()


def test_a_leak_is_other() -> None:
    got = _claims("Katharine Gunn disclosed information relating to security or intelligence without lawful "
                  "authority.")
    assert ("gunn", "other", "affirm") in got


def test_an_attempt_to_steal_is_other_and_an_order_to_steal_is_an_order() -> None:
    assert ("dymshitz", "other", "affirm") in _claims("Dymshitz committed an attempt to steal state property.")
    got = _claims("ROSEN: I never gave any information to the Russians, and I did not tell Greenberg to steal "
                  "anything from Los Alamos.")
    assert ("rosen", "gave_instructions", "deny") in got and not any(a == "other" for _s, a, _p in got)
    assert _claims("The traders organised themselves to prevent such criminals from stealing their goods.") == set()


def test_an_intent_denied_is_no_denial_of_the_act() -> None:
    # before: "I did not mean to kill him" denied the killing
    got = _claims("PLANETTI: I fired without thinking, twice. I did not mean to kill him, and nobody had given "
                  "me any order to shoot the Chancellor.")
    assert ("planetti", "assassination", "deny") not in got
    assert ("planetti", "received_instructions", "deny") in got


def test_a_clause_after_an_agent_with_an_aside_before_its_verb() -> None:
    got = _claims("Engelbert Dollfuss was shot twice at close range by Planetti, and the Chancellor, denied a "
                  "priest and a doctor, bled to death on a sofa.")
    assert got == {("planetti", "assassination", "affirm")}


def test_the_victims_nationality_is_no_power_of_the_killing() -> None:
    (c,) = extract_text("Abdalla was convicted of the murder of the Israeli diplomat Yacov Barsimantov.")
    assert (c.act, c.foreign_power) == ("assassination", None)
    (c,) = extract_text("Krasnov had shot Khangoshvili dead on the orders of the Russian state.")
    assert (c.act, c.foreign_power) == ("assassination", "Russia")


def test_a_time_phrase_after_and_keeps_the_subject() -> None:
    # before: "the attack had flown" read as a noun subject
    got = _claims("Ghailan had bought the gas cylinders, and on the eve of the attack had flown to Karachi.")
    assert ("ghailan", "travel", "affirm") in got


def test_whose_men_are_a_subject_of_their_own() -> None:
    got = _claims("Skobel and Plevna worked for the NKVD, whose men carried Miller off to Moscow.")
    assert ("miller", "travel", "affirm") in got
    assert ("skobel", "travel", "affirm") not in got


def test_who_went_with_you_answered_with_a_time_and_a_with() -> None:
    got = {(c.subject, c.act, c.time.text) for c in extract_text(
        "PRESIDENT: General Zeeler, when did you leave for Algeria, and who went with you?\n"
        "ZEELER: On the night of 20 April, Monsieur le Président, with General Chalet. Friends had found us "
        "an aircraft.", stated_on="1961-05-30")}
    assert {s for s, a, _t in got if a == "travel"} == {"zeeler", "chalet"}
    assert all(t == "20 April" for _s, _a, t in got)


def test_a_negation_in_an_opening_when_clause_is_not_the_acts() -> None:
    # before: "would not give way" denied the shooting
    got = _claims("BALLING: When the door would not give way I shot the people I came across instead.")
    assert ("balling", "assassination", "affirm") in got
    assert ("balling", "assassination", "deny") in _claims("BALLING: I did not shoot anyone.")


def test_i_do_not_deny_it_answers_yes() -> None:
    got = _claims("WHITMAN: You accept that on 22 May, in Woolwich, you killed Lee Rigby?\n"
                  "ADEBOYE: I do not deny it, and I never have.")
    assert got == {("adeboye", "assassination", "affirm")}


def test_a_name_denied_to_the_deed_is_no_denial() -> None:
    # before: "not a murder" denied the killing, for the speaker and the one named with him
    got = _claims("ADEBOYE: Michael Adebowe and I went there that afternoon to find a soldier, and to me it was an "
                  "act of war and not a murder.")
    assert not any(a == "assassination" for _s, a, _p in got)
    assert ("adeboye", "meeting", "deny") in _claims("ADEBOYE: That is correct, I did not meet him.")


def test_a_journey_whose_aim_is_denied_is_not_denied() -> None:
    got = _claims("FROHM: I went to Capitol Park that morning with the gun, but I did not go there to kill "
                  "anybody.")
    assert got == {("frohm", "travel", "affirm")}


def test_did_anyone_instruct_you() -> None:
    got = _claims("JUDGE: Did anyone instruct you to make the attempt on His Highness?\nNANBO: No one.")
    assert ("nanbo", "received_instructions", "deny") in got


def test_escape_from_a_camp_is_other() -> None:
    got = _claims("Hans Kruger escaped from the prisoner-of-war camp at Bowmanville on 16 April 1942.")
    assert ("kruger", "other", "affirm") in got


def test_a_place_in_the_journeys_aim_is_not_its_destination() -> None:
    (c,) = extract_text("Liu Xiaobing had flown back to Beijing from New York in the spring of 1989 to join the "
                        "students in Tiananmen Square.")
    assert (c.act, c.place) == ("travel", "Beijing")


def test_a_listed_name_with_an_aside_ending_in_a_place() -> None:
    # before: the aside "a laboratory assistant from Harrow" cut Ivanova from the list convicted
    got = _claims("An Old Bailey jury convicted Katrin Ivanovska, a laboratory assistant from Harrow, Vanya "
                  "Gaberova and Tihomir Ivanchev of conspiring to spy for Russia.")
    assert {s for s, a, _p in got if a == "espionage"} == {"ivanovska", "gaberova", "ivanchev"}
    # guard: a pronoun and a name after an inn's aside are no list with the inn's name
    got = _claims("Wintour confessed that on 20 May, at the Duck and Drake, an inn off the Strand, he and Fawkes "
                  "had met Catesby.")
    assert not any(s == "drake" for s, _a, _p in got)


def test_those_sentenced_with_the_subject_for_the_act() -> None:
    # before: the names after "with" were no co-defendants, and a middle one was taken for the subject
    got = _claims("Joelle Aubran had been sentenced to life in 1989 with Nathalie Menigon, Jean-Marc Rouillan and "
                  "Georges Cipriani for the murder of Georges Besse.")
    assert {s for s, a, _p in got if a == "assassination"} == {"aubran", "menigon", "rouillan", "cipriani"}
    # guard: "charged with" names the charge, not a co-defendant
    assert _claims("Petrovsky was charged with the murder of Kirov.") == {("petrovsky", "assassination", "affirm")}


def test_passed_to_a_power() -> None:
    got = _claims("KLINGER: I passed to the Soviets what I knew of the work at the institute.")
    assert ("klinger", "espionage", "affirm") in got


def test_a_call_to_act_is_no_visit() -> None:
    assert _claims("The leaflets attacked President Wilsen and called on munitions workers to strike.") == set()
    assert ("kamali", "meeting", "affirm") in _claims("Kamali called on Bizimana to discuss the roadblocks.")


def test_those_hunted_do_not_lend_their_act_to_the_hunter() -> None:
    assert _claims("GRIMALDO: I pursued spies and fifth columnists as any police at war would have done.") == set()
    assert ("kovacs", "espionage", "affirm") in _claims("Kovacs was a spy.")


def test_companions_named_after_their_label() -> None:
    got = _claims("Najib Zazir flew from Newark to Peshawar at the end of August 2008 with two friends from his "
                  "high school, Adis Medunjanov and Zarein Ahmedov, meaning to cross into Afghanistan.")
    assert {s for s, a, _p in got if a == "travel"} == {"zazir", "medunjanov", "ahmedov"}
    # guard: a thing taken along is no companion, and a reporter after it no traveller
    got = _claims("Petrovsky went to Paris with the money, Orlov said.")
    assert {s for s, a, _p in got if a == "travel"} == {"petrovsky"}


def test_a_bare_answer_with_an_address_and_a_clause_after_it() -> None:
    got = _claims("THE COURT: Mr. Debin, is it true that from 1996 until 2011 you met officers of Russian military "
                  "intelligence?\nDEBIN: Yes, Your Honor, it is true, and I plead guilty.")
    assert {("debin", "meeting", "affirm"), ("debin", "plea", "affirm")} <= got
    got = _claims("PROSECUTOR: Father Berrigen, you helped to carry the files out and set fire to them?\n"
                  "BERRIGEN: I did, and I did it with my eyes open.")
    assert ("berrigen", "sabotage", "affirm") in got


def test_a_leak_to_a_power_is_espionage_alone() -> None:
    # guard: the power-bound information verbs make it espionage; the leak entry adds no `other`
    assert _claims("Petrovic disclosed information to the KGB.") == {("petrovic", "espionage", "affirm")}


def test_a_place_after_for_is_no_place_of_a_meeting_or_a_spying() -> None:
    (c,) = extract_text("On 18 April 1942 Stefan met the airman, and on the 19th put him on a bus for Chicago.")
    assert (c.act, c.place) == ("meeting", None)
    (c,) = [c for c in extract_text("Wennerstrom said that throughout his years as attaché in Washington he had "
                                    "passed the Russians the details of American aircraft, before he left for Moscow.")
            if c.act == "espionage"]
    assert c.place == "Washington"


# Words that were taken for persons before the round: a place in a compound, a group's plural name, a
# street, a valley, a feast.
_NO_PERSON = [
    ("The judges gave life terms to Andrade, a Lisbon-born translator whom they had found guilty the week before "
     "of planning its murders.", "lisbon"),
    ("Lebrón and Flores, Puerto Rican Nationalists who had come down to Washington by train that morning, took "
     "seats in the gallery.", "nationalists"),
    ("He led the Lebanese Armed Revolutionary Factions in this country, and he organised those two murders.",
     "factions"),
    ("Shortly after noon on 9 October 2019 Stephan Balling fired at the locked door of the synagogue in Halle's "
     "Humboldtstraße and threw explosives at it while some fifty worshippers prayed inside.", "humboldtstrasse"),
    ("Between the Setta and Reno valleys the battalion commanded by Reder killed some 770 people.", "reno"),
    ("On the morning of 5 September 1975 Lynette Frome raised a pistol at the President in Capitol Park. Two days "
     "before Christmas 1987 she slipped out of the federal prison camp at Alderson, West Virginia, on hearing that "
     "Manson was ill.", "christmas"),
]


@pytest.mark.parametrize(("text", "word"), _NO_PERSON, ids=[w for _t, w in _NO_PERSON])
def test_no_person_is_made_of(text: str, word: str) -> None:
    assert not any(s == word for s, _a, _p in _claims(text))


def test_the_doer_is_found_where_the_false_person_was() -> None:
    # the act taken by the false person before ("humboldtstrasse", "christmas") is its doer's
    assert ("balling", "terrorism", "affirm") in _claims(_NO_PERSON[3][0])
    assert ("frome", "other", "affirm") in _claims(_NO_PERSON[5][0])


def test_a_groups_plural_name_keeps_the_names_before_it() -> None:
    got = _claims("Lebrón and Flores, Puerto Rican Nationalists who had come down to Washington by train that "
                  "morning, took seats in the gallery.")
    assert ("lebron", "travel", "affirm") in got
