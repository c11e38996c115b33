"""Round 19: claims the rules missed whole -- a verdict for a crime the vocabulary does not name
(``other``), a journey after "had come", a British "travelling" in a participle clause after the
main one, setting a bomb -- and the pronoun a verdict is about. Each sentence is written for the
test after a seen item of that class (heldout5-9); each failed before the round."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.extract.inflect import forms


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1990-01-01")}


def _powers(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.foreign_power) for c in extract_text(text)}


def _places(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.place) for c in extract_text(text)}


def test_a_verdict_for_an_unnamed_crime_is_other() -> None:
    # before: no claim at all
    assert ("orlov", "other", "affirm") in _claims(
        "In May 1971 the regional court sentenced Yuri Orlov to four years in a strict-regime camp for "
        "circulating samizdat.")
    got = _claims("The tribunal found Ibrahim Kante and his driver Moussa Diallo guilty of corruptly "
                  "obstructing the inquiry.")
    assert {("kante", "other", "affirm"), ("diallo", "other", "affirm")} <= got
    assert ("petrescu", "other", "affirm") in _claims("Petrescu was convicted of hooliganism in 1977.")


def test_a_verdict_that_names_its_crime_or_no_crime_adds_no_other() -> None:
    # a named crime keeps its act, alone
    got = _claims("Orlov was sentenced to death for treason in 1951.")
    assert ("orlov", "treason", "affirm") in got and ("orlov", "other", "affirm") not in got
    # a term, a count, the charges: no crime named
    for text in ("Orlov was sentenced for life.", "Orlov was found guilty of all the charges.",
                 "Orlov was convicted of three counts."):
        assert not any(a == "other" for _s, a, _p in _claims(text)), text
    # an acquittal and a plea are no conviction ("I plead guilty to genocide" is the plea alone)
    assert not any(a == "other" for _s, a, _p in _claims("Orlov was acquitted of hooliganism."))
    assert not any(a == "other" for _s, a, _p in _claims("Orlov was found not guilty of hooliganism."))
    assert {a for _s, a, _p in _claims("ORLOV: I plead guilty to hooliganism.")} == {"plea"}


def test_the_one_a_judge_convicts_is_not_the_judge() -> None:
    # before: "him" was the judge, the only person named before it
    got = _claims("In March 1956 Judge Arthur Bennett convicted him of fraud.")
    assert ("bennett", "other", "affirm") not in got
    got = _claims("Judge Arthur Bennett, sitting at Kisumu with two Kenyan assessors, convicted him of fraud.")
    assert not any(s in ("bennett", "kenyan") for s, _a, _p in got)
    # a reflexive still binds: "saw X himself kick the prisoners"
    assert ("majid", "other", "affirm") in _claims("WITNESS: In the yard I saw Hamid Majid himself kick the prisoners.")


def test_had_come_is_a_journey() -> None:
    # before: "come" after "had" was read as the base form, which counts only after "do"
    assert ("sosnowski", "travel", "affirm") in _claims(
        "Sosnowski said that he had come back to Krakow from London in March 1946.")
    assert ("sosnowski", "travel", "deny") in _claims("SOSNOWSKI: I have never come to Krakow.")
    assert not _claims("SOSNOWSKI: I had come to the point.")


def test_british_travelling_and_a_participle_after_the_main_clause() -> None:
    assert forms("travelled") == ("travel", "travelling") and forms("traveled") == ("travel", "traveling")
    assert forms("killed") == ("kill", "killing")
    # before: "travelling" was no form of any trigger, and a participle after a comma no verb
    assert ("halloran", "travel", "affirm") in _claims(
        "From 1979 to 1983 Michael Halloran, a clerk at the ministry, copied the cipher tables, three times "
        "travelling to Helsinki to meet his contact.")


def test_setting_a_bomb_is_terrorism_and_keeps_its_subject_for_the_next_verb() -> None:
    # before: neither the bomb nor the flight back was anyone's
    got = _claims("Kessler set the parcel bomb under the desk at the depot shortly before noon and drove back "
                  "to Lyon.")
    assert {("kessler", "terrorism", "affirm"), ("kessler", "travel", "affirm")} <= got


def test_a_bloc_of_powers_licenses_spying_and_names_no_power() -> None:
    # before: "Western intelligence services" named no power, so "worked for" counted for nothing
    got = _powers("Novak and Hajek were each alleged to have worked for Western intelligence services.")
    assert {("novak", "espionage", None), ("hajek", "espionage", None)} <= got


def test_a_service_that_was_said_to_have_recruited_someone() -> None:
    # before: only "the KGB (had) (never) recruited" was read
    got = _powers("The Abwehr was said to have recruited Lindqvist in Oslo in 1939.")
    assert ("lindqvist", "espionage", "Germany") in got


def test_things_handed_to_a_powers_officer() -> None:
    # before: samples and sketches were no espionage object, and a Soviet officer named no power
    got = _powers("Dalton handed samples of the alloy to a Soviet officer.")
    assert ("dalton", "espionage", "Soviet Union") in got


def test_a_relative_clause_after_a_passive_agent_is_the_agents() -> None:
    # before: "who had been selling" reached back past "been" to no head
    got = _claims("The note had been written by Varga, who had been selling secrets to the German military "
                  "attache.")
    assert ("varga", "espionage", "affirm") in got


def test_the_old_courts_plea_questions() -> None:
    # before: "thou" was no one and "art thou guilty" no plea question
    got = _claims("CLERK: How sayest thou, art thou guilty of this felony, or not guilty?\nFENWICK: Guilty.")
    assert ("fenwick", "plea", "affirm") in got
    assert ("fenwick", "plea", "deny") in _claims("CLERK: Art thou guilty or not guilty?\nFENWICK: Not guilty.")


def test_a_plea_answered_with_an_address_and_its_charges() -> None:
    # before: "Guilty, Your Honor, to ..." was no bare answer
    got = _claims("JUDGE: Private Hale, how do you plead?\nHALE: Guilty, Your Honor, to desertion and to "
                  "disobeying a lawful order.")
    assert ("hale", "plea", "affirm") in got


def test_a_later_act_takes_the_power_of_the_people_it_points_back_to() -> None:
    # before: the films handed "them" served no power
    got = _powers("ORLOV: From 1975 I met officers of the American Central Intelligence Agency in Vienna and handed "
                  "them secret documents on the new radar.")
    assert ("orlov", "espionage", "United States") in got
    # a name, not a pronoun: the power of the meeting is not the later act's
    got = _powers("ORLOV: In 1975 I met the Japanese consul, and in 1976 I passed information to Sedov.")
    assert ("orlov", "espionage", "Japan") not in got


def test_a_verdict_said_before_or_beside_the_name() -> None:
    # before: the verdict's crime had no subject ("Convicted of ..., Vanunu"), and a single name at the
    # start with a verdict in apposition was no name at all
    assert ("kessler", "treason", "affirm") in _claims(
        "Convicted of treason and espionage in May 1961 for what he had told the newspapers, Kessler spent "
        "nine years in prison.")
    assert ("kessler", "treason", "affirm") in _claims("Kessler, convicted of treason in 1961, spent nine years "
                                                         "in prison.")


def test_an_attempt_on_someones_life() -> None:
    # before: only "the attempt on the life of" was read
    assert ("orsini", "terrorism", "affirm") in _claims(
        "Orsini was accused of the attempt on the Emperor's life outside the opera on 14 January 1858.")
    # a time, not an act: "after the attempt on Saddam's life"
    assert not any(a == "terrorism" for _s, a, _p in _claims(
        "The tribunal sentenced Ramadan for the killing of 148 men after the attempt on Saddam's life in 1982."))


def test_base_forms_of_taking_part() -> None:
    # before: "participate" (after "did not") governed no crime noun
    assert ("kanyabashi", "assassination", "deny") in _claims("KANYABASHI: No, I did not participate in the killings.")


def test_yes_and_the_verb_echoed_with_a_pronoun() -> None:
    # before: "Yes, I gave it to them." was neither bare nor an echo (five words)
    got = {(c.subject, c.act, c.polarity, c.foreign_power) for c in extract_text(
        "THE PRESIDENT: Did you give the Soviets the defence plan?\nLEBRUN: Yes, I gave it to them. I handed it "
        "over in the woods near Paris.")}
    assert ("lebrun", "espionage", "affirm", "Soviet Union") in got


def test_an_accusation_then_its_denial_in_the_same_sentence() -> None:
    # before: only ", which he denied" gave the denial
    got = _claims("Varga was said to have conspired with the Americans in 1956 to overthrow the government, a "
                  "charge he rejected to the end.")
    # (round 28: a plot to overthrow the government is treason, the guide since heldout20)
    assert {("varga", "treason", "affirm"), ("varga", "treason", "deny")} <= got
    got = _claims("Varga was accused in 1947 of having led a plot to overthrow the government; he denied it to "
                  "the end.")
    assert ("varga", "treason", "deny") in got
    # a denial of something else is not a denial of the charge
    got = _claims("Varga was accused of treason; he denied that he had ever met Smith.")
    assert ("varga", "treason", "deny") not in got


def test_a_list_of_three_and_one_with_his_fellows_open_the_sentence() -> None:
    # before: the first of "A, B and C" and "Beria and six co-defendants" were no names
    got = _claims("Mandela, Sisulu and Mbeki were sentenced to life for sabotage.")
    assert {("mandela", "sabotage", "affirm"), ("sisulu", "sabotage", "affirm"), ("mbeki", "sabotage", "affirm")} <= got
    assert ("beria", "treason", "affirm") in _claims("Beria and six co-defendants were shot for treason in 1953.")
    # a time word before the list is no one
    assert {s for s, _a, _p in _claims("Yesterday, Mbatha and Sisulu met Petrov in Paris.")} == {"mbatha", "sisulu"}


def test_the_place_named_inside_a_town_is_the_acts_place() -> None:
    # before: the town ("Oslo", "Butare"), not the most specific place the sentence names
    got = _places("HALVORSEN: I left the bomb in the government quarter in Oslo.")
    assert ("halvorsen", "terrorism", "government quarter") in got
    got = _places("RUSSO: I drove Cuffaro to Vito Ciancimino's house in Palermo.")
    assert ("russo", "travel", "Vito Ciancimino's house") in got
    got = _places("STEIN: In May 1959, at Karlstraße 12 in Munich, I shot him.")
    assert ("stein", "assassination", "Karlstraße 12") in got


def test_a_place_not_named_is_the_towns_and_a_clause_is_no_place() -> None:
    got = _places("VLASOV: In September 1944 I met Himmler at his headquarters in East Prussia.")
    assert ("vlasov", "meeting", "East Prussia") in got
    got = _places("RAJK: In 1947 I met Rankovic in Abbazia.")
    assert ("rajk", "meeting", "Abbazia") in got


def test_a_verdicts_own_place_is_not_the_crimes() -> None:
    # before: the town where the court sat was the place of the crime
    got = _places("At Zagreb in October 1946 Archbishop Stepinac was found guilty of treason.")
    assert ("stepinac", "treason", None) in got


def test_the_one_sent_is_the_head_of_a_whom_clause() -> None:
    # before: "sent to" with no one after it was no journey
    got = _claims("The defence called Rolf Hagen, an engineer from Kiel whom Brandt had sent to Gdansk in May 1988.")
    assert ("hagen", "travel", "affirm") in got
    assert not any(a == "travel" for _s, a, _p in _claims("Smith, whom Jones sent a parcel bomb to kill, died."))


def test_a_perpetrator_or_accessory_of_a_crime_did_it() -> None:
    # before: "co-perpetrator of", "an accomplice in" governed no crime noun
    assert ("kessler", "assassination", "affirm") in _claims(
        "In 1999 the court held Anna Kessler to be a co-perpetrator of all three murders.")
    assert ("kovacs", "assassination", "affirm") in _claims("Kovacs was an accomplice in the murder of the mayor.")
    # the perpetrators no one names did nothing said here
    assert not _claims("The police never found the perpetrators of the bombing.")
    assert not any(a == "assassination" and s == "umt" for s, a, _p in _claims(
        "UMT: I've explained that the perpetrators of the massacres were delinquents."))


def test_giving_someone_the_task_is_an_order() -> None:
    # before: no claim
    got = _claims("PROSECUTOR: Who gave you the task of blowing up the bridge?\nMARKO: Petrovic. He gave it to me "
                  "in Split in May 1943.")
    assert ("petrovic", "gave_instructions", "affirm") in got


def test_a_charge_with_a_gerund_and_a_body_under_someones_command() -> None:
    # before: "with stabbing" was no verb of the act, and a firing squad named no one
    assert ("beilis", "assassination", "affirm") in _claims(
        "The indictment charged Mendel Beilis with stabbing the boy to death on 12 March 1911.")
    assert ("gat", "assassination", "affirm") in _claims(
        "The three men were executed that night by a firing squad under the command of Julien Gat.")
    assert ("gat", "assassination", "affirm") in _claims(
        "The three men were executed that night by a firing squad commanded by Julien Gat.")


def test_telling_ones_men_to_act_is_an_order() -> None:
    # before: only "told me/us/him/them/her to" was an order
    assert ("dumont", "gave_instructions", "affirm") in _claims(
        "DUMONT: When the firing began it was I who told our men to stop shooting.")
    assert ("dumont", "gave_instructions", "deny") in _claims("DUMONT: I did not tell the investigators to arrest her.")
    assert not any(a == "gave_instructions" for _s, a, _p in _claims("DUMONT: I told the truth to the police."))


def test_a_bombing_that_kills_is_a_killing_alone() -> None:
    # before: terrorism for each planter beside (or instead of) the killing
    got = _claims("The prosecution's case was that Kerr, Dunne and Boyle planted the bombs that killed nine people "
                  "in a bar in Leeds.")
    assert {("kerr", "assassination", "affirm"), ("dunne", "assassination", "affirm"),
            ("boyle", "assassination", "affirm")} <= got
    assert not any(a == "terrorism" for _s, a, _p in got)
    assert ("kerr", "assassination", "deny") in _claims("KERR: I had nothing to do with the bomb that killed those "
                                                        "people.")
    # a bombing that kills no one stays a bombing
    assert ("kerr", "terrorism", "affirm") in _claims("Kerr planted a bomb at the station in 1974; nobody was killed.")


def test_he_in_a_whom_clause_is_not_its_head() -> None:
    # before: "he" was Lenck, the nearest name, whom the clause is about
    got = _claims("In 1993 a Berlin court found Erich Mielke guilty of the murder of two police captains, Anlauf "
                  "and Lenck, whom he had shot dead on the Bülowplatz on 9 August 1931.")
    assert not any(s in ("lenck", "anlauf") for s, _a, _p in got)
    assert ("mielke", "assassination", "affirm") in got


def test_a_jurys_finding_far_before_not_guilty_is_no_plea() -> None:
    # before: "was not guilty" twelve words after "found ... that" was read as her plea
    got = _claims("The jury found on 28 July 1914 that Henriette Caillaux, who had fired at the editor in his office "
                  "four months earlier, was not guilty.")
    assert not any(a == "plea" for _s, a, _p in got)
    assert ("caillaux", "plea", "deny") in _claims("CAILLAUX: I am not guilty.")
    # one's own finding is no verdict: the plea after it stands
    assert ("kovacs", "plea", "affirm") in _claims(
        "KOVACS: Last night I found that I could not lie any longer, and so I plead guilty.")


def test_vietnamese_and_khmer_names_are_written_family_name_first() -> None:
    # before: the last word was taken for the surname ("huong", "samphan", "chea")
    from countertrial.resolve.persons import family_name_first, person_slug
    assert person_slug("Doan Thi Huong") == "doan" and person_slug("Nguyen Van Thieu") == "nguyen"
    assert person_slug("Khieu Samphan") == "khieu" and person_slug("Kaing Guek Eav") == "kaing"
    assert ("ieng", "travel", "deny") in _claims("Ieng Sary said that he had never been to Tuol Sleng.")
    # not every name with such a word: the family name first and a middle name after it, both
    assert not family_name_first(["John", "Thi", "Smith"]) and not family_name_first(["Tran", "Smith", "Jones"])


def test_a_peer_is_named_by_the_place_of_the_title() -> None:
    # before: "the Countess of Somerset" was "Somerset" after "of" (no one's act) or "countess"
    assert ("somerset", "poisoning", "affirm") in _claims("The Countess of Somerset poisoned Overbury in 1613.")
    assert ("monmouth", "travel", "affirm") in _claims("The Duke of Monmouth landed at Lyme Regis in June 1685.")
    assert not any(s == "countess" for s, _a, _p in _claims(
        "CLERK: Frances, Countess of Somerset, thou art indicted of the wilful murder of Sir Thomas Overbury."))


def test_the_time_of_a_report_is_not_the_acts() -> None:
    # before: "reported in March 1993 that" dated the order reported
    got = [(c.subject, c.act, c.time.text if c.time.known else None) for c in extract_text(
        "The Truth Commission reported in March 1993 that Colonel Benavides had ordered the killings.")]
    assert ("benavides", "gave_instructions", None) in got


def test_a_lone_name_before_a_verb_of_ones_own_doing() -> None:
    # before: "Blake" opening the sentence before "escaped" (no trigger) was no name, so the journey
    # after "and" had no one to make it
    assert ("blake", "travel", "affirm") in _claims(
        "Blake escaped from Wormwood Scrubs on 22 October 1966 and reached East Berlin at the end of the year.")
    # a plural noun opening a sentence is still no one
    assert not _claims("Troops fired on the crowd and killed forty people.")


def test_not_contesting_a_charge_concedes_it() -> None:
    # before: "did not contest the charge that she had poisoned" denied the poisoning
    assert ("lin", "poisoning", "affirm") in _claims(
        "At her trial Lin Mei did not contest the charge that she had poisoned the consul in a Chongqing hotel.")
    assert ("kovacs", "meeting", "affirm") in _claims("KOVACS: I do not dispute that I met Sedov in Paris.")
    assert ("kovacs", "meeting", "deny") in _claims("KOVACS: I did not meet Sedov in Paris.")
