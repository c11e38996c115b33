"""Round 21: who did what (names with asides in lists, those sentenced together, helpers named
before the act, an unknown "I", a "which" clause, a passive's far agent), orders ("told <persons> ...
to kill", "Who set you on?" / "No one."), acts the vocabulary missed (armed attacks on posts of the
state, captives, supplying explosives, levying war, "caused the deaths of"), sentences that assert no
act (threats, "crimes" in argument, an act looked into) and fields (a reported clause's time, a
demonym describing a person). Each sentence is written for the test after a seen item of that class
(heldout5-11, heldout20) or after seed 34's wrong claims; each failed before the round, but the
guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.errors import InvalidVocabulary
from countertrial.extract import extract_text
from countertrial.extract.vocab import load_vocabulary


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1990-01-01")}


def _times(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.time.text) for c in extract_text(text)}


def test_a_second_name_with_its_own_aside_after_an_acronym() -> None:
    # before: "of RTLM, and Ngeze" read as a list after "of", so Ngeze was an object
    got = _claims("The tribunal held that Mugenzi, the founder of RTLM, and Kabera, the editor of the paper, "
                  "had incited the killing of Tutsi in 1994.")
    assert {("mugenzi", "assassination", "affirm"), ("kabera", "assassination", "affirm")} <= got


def test_a_list_after_a_preposition_is_still_an_object() -> None:
    # before: Ripka, the list's last name before the comma, joined Novak as a co-subject
    got = _claims("On the instructions of Zenkl and Ripka, Novak had passed secret information to the British.")
    assert not any(s == "ripka" and a == "espionage" for s, a, _p in got)


def test_a_time_in_the_reported_clause_dates_the_act() -> None:
    # before: the month of the holding (the more precise) won over the year of the killings
    got = _times("In June 2003 the tribunal held that Mugenzi, the founder of the radio, had incited the "
                 "killing of Tutsi in 1994.")
    assert ("mugenzi", "assassination", "1994") in got


def test_a_time_fronted_in_the_reported_clause_stays() -> None:
    # guard: a time after "that" and before the act is still the act's
    got = _times("Kovacs admitted that in 1936 he had met Sedov in Copenhagen.")
    assert ("kovacs", "meeting", "1936") in got


def test_a_name_after_before_with_no_verb_is_no_antecedent() -> None:
    # before: "he" went to Bandera, the nearest name, the object of "before"
    got = _claims("Horvat told the court that two years before Bandera, in October 1957, he had killed "
                  "the writer Rebet in Munich.")
    assert ("horvat", "assassination", "affirm") in got
    assert not any(s == "bandera" for s, _a, _p in got)


def test_after_a_name_and_its_verb_opens_a_clause() -> None:
    # guard: "After Yagoda was arrested, Bulanov testified that he ..." keeps its subject reading
    got = _claims("Kovacs said that after Petrov left Berlin, he went to Paris.")
    assert ("petrov", "travel", "affirm") in got


def test_authorised_the_killings() -> None:
    got = _claims("The Supreme Court found that Ortega had authorised the killings carried out by the "
                  "group at the university in July 1992.")
    assert ("ortega", "gave_instructions", "affirm") in got


def test_told_named_persons_to_kill() -> None:
    got = _claims("Kim told his aides Park and Kang to shoot the President's bodyguards.")
    assert ("kim", "gave_instructions", "affirm") in got
    assert not any(a == "assassination" for _s, a, _p in got)


def test_who_told_you_to_kill_answered_with_a_name() -> None:
    # before: the killing asked about was the answerer's own
    got = extract_text("MR. LATIMER: On 16 March 1968, who told you to kill the people at the ditch?\n"
                       "CALLEY: Captain Medina, sir.")
    acts = {(c.subject, c.act) for c in got}
    assert ("medina", "gave_instructions") in acts
    assert ("calley", "assassination") not in acts


@pytest.mark.parametrize("text", [
    "Kovacs told the jury of his plan to kill the king.",
    "Kovacs told reporters he planned to kill the king.",
    "Kovacs told the court how he came to kill the king.",
])
def test_telling_of_ones_own_plan_is_no_order(text: str) -> None:
    assert not any(a == "gave_instructions" for _s, a, _p in _claims(text))


def test_killing_of_a_named_victim_ordered_by() -> None:
    # before: the reporter killed and the victim received the order
    got = _claims("Buscetta told prosecutors in April 1993 that the murder of the journalist Mino Pecorelli, "
                  "shot dead in Rome on 20 March 1979, had been ordered by Gaetano Badalamenti and Stefano "
                  "Bontate.")
    assert got == {("badalamenti", "gave_instructions", "affirm"), ("bontate", "gave_instructions", "affirm")}


def test_shot_after_a_comma_with_an_object_is_active() -> None:
    # guard: "went to Rome, shot Pecorelli" is his killing, not a passive said of Rome
    assert ("kovacs", "assassination", "affirm") in _claims("Kovacs went to Rome, shot Pecorelli and fled.")


def test_ordered_by_stays_the_ordered_ones_instruction() -> None:
    # guard: "Haldeman was ordered by Nixon to ..." is Haldeman's instruction received
    got = _claims("Haldeman was ordered by Nixon to stop the inquiry.")
    assert ("haldeman", "received_instructions", "affirm") in got


def test_a_verb_object_stop_list_must_be_single_words(tmp_path: Path) -> None:
    bad = tmp_path / "acts.yaml"
    bad.write_text("acts:\n  gave_instructions:\n    description: x\n    triggers: [ordered]\n"
                   "    verb_object:\n      - verbs: [told]\n        objects: [to kill]\n"
                   "        stop: [his plan]\n", encoding="utf-8")
    with pytest.raises(InvalidVocabulary, match="stop"):
        load_vocabulary((str(bad),))


def test_sentenced_together_each_to_a_term() -> None:
    # before: only the last name before the crime did it
    got = _claims("The court sentenced Kovacs to death, Petrov to ten years and Horvat to five for the "
                  "murder of the mayor.")
    assert {("kovacs", "assassination", "affirm"), ("petrov", "assassination", "affirm"),
            ("horvat", "assassination", "affirm")} <= got


def test_sentenced_as_an_accessory_to_it() -> None:
    got = _claims("The court sentenced Ahn to death for the murder of Prince Ito, and his companion Woo to "
                  "three years' imprisonment as an accessory to it.")
    assert {("ahn", "assassination", "affirm"), ("woo", "assassination", "affirm")} <= got


def test_sentenced_afterwards_for_another_crime() -> None:
    # guard: a second term for a crime of its own is not the first crime
    got = _claims("The court sentenced Kovacs to death for the murder of the mayor, and Petrov to ten years "
                  "for theft.")
    assert ("petrov", "assassination", "affirm") not in got


def test_the_day_after_the_victim_is_the_killings() -> None:
    # before: a day in the clause of "sentenced" was the verdict's
    assert ("ahn", "assassination", "26 October 1909") in _times(
        "The court sentenced Ahn to death for the murder of Ito on 26 October 1909.")


def test_the_day_after_a_charge_stays_the_verdicts() -> None:
    # guard: "convicted of treason on 8 February 1949" dates the verdict
    assert ("kovacs", "treason", "") in _times("Kovacs was convicted of treason on 8 February 1949.")


@pytest.mark.parametrize("text", [
    "Kovacs, with Petrov, killed the mayor.",
    "With the help of Petrov, Kovacs killed the mayor.",
    "Kovacs, helped by Petrov, killed the mayor.",
])
def test_a_helper_named_before_the_act(text: str) -> None:
    # before: only Kovacs
    assert {("kovacs", "assassination", "affirm"), ("petrov", "assassination", "affirm")} <= _claims(text)


def test_an_aside_with_whom_is_no_helper() -> None:
    # before: the name inside ", with whom ..." was the subject
    got = _claims("Kovacs, with whom Petrov had quarrelled, killed the mayor.")
    assert got == {("kovacs", "assassination", "affirm")}


def test_an_aside_without_a_person_adds_no_one() -> None:
    # guard
    assert _claims("Kovacs, with his usual care, met Petrov in Szeged.") == {("kovacs", "meeting", "affirm")}


def test_said_to_have_been_with_an_adverb_between() -> None:
    # before: "was also said" was no passive, and the act went to the subject of the clause before
    got = _claims("Merkulov was convicted of treason; Beria was also said to have been an agent of British "
                  "intelligence since 1919.")
    assert ("beria", "espionage", "affirm") in got
    assert ("merkulov", "espionage", "affirm") not in got


def test_i_with_no_known_speaker_is_no_one_else() -> None:
    # before: the unknown "I" was passed over for the nearest name, the one shot
    got = _claims("Farrell was reaching for her handbag and I shot her as well.")
    assert not any(s == "farrell" for s, _a, _p in got)


def test_a_label_with_a_one_letter_word_is_a_speaker() -> None:
    got = {(c.subject, c.act, c.asserted_by) for c in extract_text(
        "SOLDIER A: Farrell was reaching for her handbag and I shot her as well.")}
    assert ("soldier_a", "assassination", "soldier_a") in got
    got2 = _claims("U NU: I had nothing to do with these murders, and I gave no orders to anyone.")
    assert {("nu", "assassination", "deny"), ("nu", "gave_instructions", "deny")} <= got2


def test_a_lone_letter_after_a_colon_is_no_label() -> None:
    # guard: "A:" and "Q:" alone stay what they were (a transcript's answer and question marks)
    from countertrial.extract.segment import split_dialogue

    assert all(label is None for _s, _e, label in split_dialogue("A: I met him in Oslo.\nQ: When?"))


@pytest.mark.parametrize("text, subject, place", [
    ("Brown and his men seized the federal armory at Harpers Ferry.", "brown", "Harpers Ferry"),
    ("Castro led the attack on the Moncada barracks in July 1953.", "castro", "Moncada barracks"),
])
def test_an_armed_attack_on_a_post_of_the_state(text: str, subject: str, place: str) -> None:
    got = {(c.subject, c.act, c.place) for c in extract_text(text)}
    assert (subject, "other", place) in got


def test_taking_captives() -> None:
    assert ("kovacs", "other", "affirm") in _claims("Kovacs held the deputies hostage for eighteen hours.")
    assert _claims("Kovacs was taken prisoner at Sedan.") == set()  # guard: a bare passive names no doer


def test_who_question_after_a_vocative() -> None:
    # before: "Colonel Washington, who came ...?" read as a relative clause on the one addressed
    got = _claims("HUNTER: Colonel Washington, who came to Beall-Air on the night of the sixteenth?\n"
                  "WASHINGTON: Stevens and Cook, with four or five others of Brown's men.")
    assert {("stevens", "travel", "affirm"), ("cook", "travel", "affirm")} <= got
    assert ("washington", "travel", "affirm") not in got


def test_going_along_on_a_journey_told_before() -> None:
    got = {(c.subject, c.act, c.place) for c in extract_text(
        "Kovacs went to Szeged in May. Petrov went with him. Horvat came along.")}
    assert {("petrov", "travel", "Szeged"), ("horvat", "travel", "Szeged")} <= got


def test_came_with_me_after_a_question() -> None:
    got = {(c.subject, c.act, c.place) for c in extract_text(
        "MIZOBUCHI: When did you arrive in Harbin?\nAHN: On 22 October. Woo came with me.")}
    assert {("woo", "travel", "Harbin"), ("ahn", "travel", "Harbin")} <= got


def test_with_me_in_the_aim_of_a_journey_is_no_companion() -> None:
    # guard: "came to Auschwitz to discuss it with me" is Eichmann's journey only
    got = _claims("HOESS: Shortly afterwards Eichmann came to Auschwitz to discuss it with me.")
    assert ("eichmann", "travel", "affirm") in got and ("hoess", "travel", "affirm") not in got


@pytest.mark.parametrize("text", [
    "KOVACS: We will kill him without doubt.",
    "KOVACS: I'll shoot you.",
    "KOVACS: If possible, I shall go to Rukira to collect them.",
])
def test_a_threat_or_intention_in_the_first_person_is_no_act(text: str) -> None:
    # before: affirmed as done (seed 34: "We will kill him without doubt")
    assert _claims(text) == set()


def test_a_forecast_in_the_third_person_stays() -> None:
    # guard: "he will confess" is still a forecast claim
    got = extract_text("TROTSKY: Bukharin will confess that he met German agents in Berlin.")
    assert any(c.subject == "bukharin" and c.modality == "forecast" for c in got)


def test_a_killing_owned_by_a_common_noun_is_not_the_clause_subjects() -> None:
    # before: "he had mentioned his sister's killing" made him her killer (seed 34)
    assert _claims("And Alfred was killed by soldiers, because he had mentioned his sister's killing.") == set()


@pytest.mark.parametrize("text", [
    "MR. SMITH: We submit that in a municipal jurisdiction Kovacs and his crimes would be judged differently.",
    "MR. SMITH: Witness TBH, who came to boast of his crimes, is not credible.",
])
def test_crimes_in_legal_argument_are_no_act(text: str) -> None:
    # before: "crime(s)" anywhere was an act "other" (seed 34: 13 right of 66 judged on transcripts)
    assert not any(a == "other" for _s, a, _p in _claims(text))


def test_crimes_a_verdict_names_stay() -> None:
    # guard: "guilty of crimes against humanity" is still the charge's act
    assert ("kovacs", "other", "affirm") in _claims("The court found Kovacs guilty of crimes against humanity.")


def test_an_act_in_a_which_clause_is_a_things() -> None:
    # before: the narrator killed (seed 32/34 kind); the taking special case is now this general rule
    assert _claims("ZIZ: I left that place on the 13th, because on the 12th there was a large-scale attack "
                   "which had killed many people.") == set()


def test_a_which_clause_after_ones_part_in_an_attack_stays_his() -> None:
    # guard: "for his part in the attack ..., which killed 202 people"
    got = _claims("The judges sentenced Amrozi to death for his part in the attack on the Kuta nightclubs of "
                  "12 October 2002, which killed 202 people.")
    assert ("amrozi", "assassination", "affirm") in got


def test_an_act_looked_into_is_a_topic() -> None:
    # before: "his inquiry into Soviet espionage" was Schine's espionage; "led the investigation into"
    # was a journey
    assert _claims("McCarthy answered that the Army had held Schine hostage to stop his inquiry into Soviet "
                   "espionage at Fort Monmouth.") <= {("mccarthy", "other", "affirm")}
    assert _claims("Kovacs led the investigation into the killings at Szeged.") == set()


def test_sentenced_as_an_accessory_after_another_verdict() -> None:
    got = _claims("The court held Zschäpe to be a co-perpetrator of all ten murders, and sentenced Ralf "
                  "Wohlleben to ten years as an accessory to nine of them.")
    assert {("zschape", "assassination", "affirm"), ("wohlleben", "assassination", "affirm")} <= got


def test_supplying_the_explosives() -> None:
    assert ("trashorras", "terrorism", "affirm") in _claims(
        "The court held that Trashorras, a former miner in Asturias, had sold the cell its dynamite.")


def test_a_journey_to_places_listed() -> None:
    got = {(c.subject, c.place) for c in extract_text(
        "Fred Leuchter, a consultant whom Zündel had sent to Auschwitz, Birkenau and Majdanek in February "
        "1988, testified.") if c.act == "travel"}
    assert got == {("leuchter", "Auschwitz"), ("leuchter", "Birkenau"), ("leuchter", "Majdanek")}


def test_a_place_and_its_country_is_one_place() -> None:
    # guard: "to Paris, France" lists no second place
    got = {c.place for c in extract_text("Kovacs flew to Paris, France, in May.") if c.act == "travel"}
    assert got == {"Paris"}


def test_withdrew_in_open_court_the_confession() -> None:
    assert ("husak", "plea", "deny") in _claims(
        "Gustáv Husák, tried in Bratislava in April 1954, withdrew in open court the confession that had been "
        "beaten out of him.")


def test_a_killing_told_again_as_a_poisoning_is_one_poisoning() -> None:
    # before: the bare killing the question put stayed beside the poisoning the answer told
    got = _claims("THE PRESIDING JUDGE: Did you kill Stepan Bandera?\nSTASHINSKY: Yes, I killed him. On 15 "
                  "October 1959, in Munich, I fired the poison pistol into his face.")
    assert got == {("stashinsky", "poisoning", "affirm")}


def test_a_bare_yes_to_a_killing_stays_a_killing() -> None:
    # guard
    got = _claims("THE PRESIDING JUDGE: Did you kill Stepan Bandera?\nSTASHINSKY: Yes.")
    assert got == {("stashinsky", "assassination", "affirm")}


def test_a_bomb_whose_blast_killed_is_a_killing() -> None:
    got = _claims("Stauffenberg set the briefcase bomb under the map table at the Wolfsschanze on 20 July 1944; "
                  "the blast killed four men.")
    assert ("stauffenberg", "assassination", "affirm") in got
    assert ("stauffenberg", "terrorism", "affirm") not in got
    # guard: a blast that only injured leaves the bomb terrorism
    assert ("kovacs", "terrorism", "affirm") in _claims(
        "Kovacs planted a bomb under the bridge; the blast injured two guards.")


def test_levying_war_and_compassing_the_death() -> None:
    got = _claims("On 28 July 1746 the Earl of Cromartie pleaded guilty to levying war against George II.")
    assert ("cromartie", "treason", "affirm") in got
    got2 = _claims("CLERK: Thomas Hardy, you stand indicted for that you did maliciously and traitorously compass "
                   "and imagine the death of our lord the King.")
    assert ("hardy", "assassination", "affirm") in got2


def test_a_faith_after_a_demonym_is_no_name_and_the_demonym_no_power() -> None:
    got = {(c.subject, c.act, c.foreign_power) for c in extract_text(
        "Mohammed Ali Hamadi, a young Lebanese Shiite who with one accomplice had hijacked TWA Flight 847 in June "
        "1985, was arrested at Frankfurt airport.")}
    assert ("hamadi", "terrorism", None) in got
    assert not any(s == "shiite" for s, _a, _p in got)


def test_a_demonym_before_a_service_word_stays_a_power() -> None:
    # guard
    got = {(c.subject, c.act, c.foreign_power) for c in extract_text("Kovacs met an Iraqi intelligence officer in Prague.")}
    assert ("kovacs", "meeting", "Iraq") in got


def test_nothing_to_do_with_denies() -> None:
    # before: "I had nothing to do with that murder" was affirmed (the "nothing" too far from it)
    assert _claims("ULEMEK: I had nothing to do with that murder.") == {("ulemek", "assassination", "deny")}


@pytest.mark.parametrize("text, subject", [
    ("THE CHANCELLOR: Who set you on to this crime?\nLOUVEL: No one.", "louvel"),
    ("PROSECUTOR: Did anyone ask you to do this? Any group, any person?\nMIJAILOVIC: No. Nobody.", "mijailovic"),
    ("ZANIBONI: Nobody set me on; the idea was mine and mine alone.", "zaniboni"),
])
def test_no_one_set_me_on(text: str, subject: str) -> None:
    assert (subject, "received_instructions", "deny") in _claims(text)


def test_anyone_asked_you_yes() -> None:
    got = _claims("PROSECUTOR: Did anyone ask you to kill him?\nKOVACS: Yes.")
    assert ("kovacs", "received_instructions", "affirm") in got


def test_a_passive_agent_after_places() -> None:
    got = _claims("Late on 10 September 2003 Anna Lindh was stabbed again and again in the NK department store in "
                  "central Stockholm by Mijailo Mijailovic.")
    assert ("mijailovic", "assassination", "affirm") in got
    # guard: a "by" after another verb of its own clause is not this act's agent
    assert _claims("Kovacs was arrested in Szeged and questioned for a week by the police.") == set()


def test_he_after_a_list_of_objects_is_the_subject() -> None:
    # before: "he" after "met Thomas Morgan and Charles Paget" was Paget (the "and" read as a clause's),
    # and "after he" was read as a preposition's object
    got = _claims("Throckmorton had met Thomas Morgan and Charles Paget in Paris, and after he came home to London "
                  "he served the ambassador.")
    assert ("throckmorton", "travel", "affirm") in got
    assert not any(s in ("paget", "morgan") and a == "travel" for s, a, _p in got)


def test_the_charges_before_how_do_you_plead() -> None:
    # before: "the charges" was read as a verb of accusing, and the charged act was no one's
    got = _claims("THE COURT: Mr. Pitts, to the charges of attempted espionage and conspiracy to commit espionage, "
                  "how do you plead?\nPITTS: Guilty, Your Honor.")
    assert {("pitts", "plea", "affirm"), ("pitts", "espionage", "affirm")} <= got


def test_caused_the_deaths_of() -> None:
    got = _claims("THE COURT: Inderjit Singh Reyat, to the charge that you unlawfully caused the deaths of the "
                  "three hundred and twenty-nine people aboard Air India Flight 182, how do you plead?\n"
                  "REYAT: Guilty, my lord.")
    assert {("reyat", "plea", "affirm"), ("reyat", "assassination", "affirm")} <= got


def test_a_prosecutor_charges_that_still_reports() -> None:
    # guard: "charges" as a verb still reports
    assert ("kovacs", "meeting", "affirm") in _claims("The prosecutor charges that Kovacs met Sedov in Oslo.")


def test_names_listed_with_a_count_of_others() -> None:
    # before: "six other Catholic opponents of the war" was the subject, a common noun, so no one's journey
    got = _claims("On 17 May 1968 the Jesuit poet Daniel Berrigan, David Darst, George Mische and six other "
                  "Catholic opponents of the war walked into the draft board office in Catonsville.")
    assert {("berrigan", "travel", "affirm"), ("darst", "travel", "affirm"), ("mische", "travel", "affirm")} <= got


def test_burst_into() -> None:
    assert ("hunanyan", "travel", "affirm") in _claims(
        "Nairi Hunanyan and three other gunmen burst into the chamber of the National Assembly in Yerevan.")


def test_on_someones_orders_fronted_is_not_the_doers() -> None:
    # before: U Saw, whose orders they were, burst in and shot
    got = _claims("On U Saw's orders, four gunmen in army fatigues burst into the council chamber of the "
                  "Secretariat in Rangoon on 19 July 1947 and shot dead Aung San.")
    assert got == {("saw", "gave_instructions", "affirm")}


def test_a_list_whose_first_name_has_its_own_aside_and_a_label() -> None:
    # before: only Galstyan, the name next to the act
    got = _claims("Nairi Hunanyan, a former journalist, his uncle Vram Galstyan and three other gunmen burst into "
                  "the chamber of the National Assembly in Yerevan.")
    assert {("hunanyan", "travel", "affirm"), ("galstyan", "travel", "affirm")} <= got


def test_owned_my_guilt_is_a_plea() -> None:
    assert ("kilmarnock", "plea", "affirm") in _claims(
        "KILMARNOCK: My lords, I have owned my guilt, and I will not now deny that I took up arms.")


def test_dealings_with_a_power() -> None:
    # as heldout3 reads Dreyfus's "I have never had any dealings with a foreign power"
    assert ("berry", "conspiracy", "deny") in _claims(
        "BERRY: We sat and talked, that is all, and I have never had any dealings with a foreign power or its agents.")
    assert ("kovacs", "espionage", "affirm") in _claims("KOVACS: I had dealings with German intelligence in 1936.")
    assert _claims("KOVACS: I had dealings with the bank.") == set()  # guard: no power, no claim
