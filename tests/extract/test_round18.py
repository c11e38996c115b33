"""Round 18: everyone a sentence names for an act, not only the first -- the persons sent together,
the ones convicted "together with" the subject, a list before a verdict put far from its crime,
"neither X nor I" -- and two guards. Each sentence is written for the test after a seen item of
that class (heldout8-11); each failed before the round."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.extract.rules import RulesExtractor
from countertrial.extract.segment import Segment
from countertrial.resolve.persons import person_slug


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1990-01-01")}


def test_everyone_sent_makes_the_journey() -> None:
    # before: only Bose travelled
    got = _claims("GHOSE: In April 1908 I sent Khudiram Bose and Prafulla Chaki to Muzaffarpur.")
    assert {("bose", "travel", "affirm"), ("chaki", "travel", "affirm")} <= got
    assert not any(s == "ghose" and a == "travel" for s, a, _p in got)


def test_convicted_together_with_makes_each_a_doer() -> None:
    # before: Shemer and Menkes were only counterparts of Eckstein's murder
    got = _claims("Ze'ev Eckstein was convicted of the murder in January 1958 together with Dan Shemer and "
                  "Yosef Menkes.")
    assert {("eckstein", "assassination", "affirm"), ("shemer", "assassination", "affirm"),
            ("menkes", "assassination", "affirm")} <= got
    # a meeting "together with" someone stays one person's meeting with two others
    assert {s for s, a, _p in _claims("Smith met Jones in Paris in 1934 together with Brown.") if a == "meeting"} \
        == {"smith"}


def test_a_verdict_reaches_its_crime_past_the_court_and_the_date() -> None:
    # before: "at the Old Bailey in October 1975" put the crime beyond the verdict's reach: no claim
    got = _claims("Gerard Conlon, Paul Hill, Patrick Armstrong and Carole Richardson, convicted at the Old Bailey "
                  "in October 1975 of the Guildford pub bombings, walked free on 19 October 1989.")
    assert {(s, "terrorism", "affirm") for s in ("conlon", "hill", "armstrong", "richardson")} <= got


def test_the_long_reach_is_for_verdicts_only() -> None:
    # "involved" is a governor within ten words only: a bombing twelve words after it is not the act
    got = _claims("Smith was involved in the talks with the minister in the capital for many of the months of the "
                  "bombing campaign.")
    assert not any(a == "terrorism" for _s, a, _p in got)


def test_neither_x_nor_i_had_anything_to_do_with_it_denies_for_both() -> None:
    # before: nothing (massacre was no object of "do with"), then both affirmed
    got = _claims("FIORAVANTI: Neither Francesca Mambro nor I had anything to do with the massacre at Bologna "
                  "station on 2 August 1980.")
    assert got == {("fioravanti", "assassination", "deny"), ("mambro", "assassination", "deny")}
    assert _claims("OSMAN: I had nothing to do with the attacks in Madrid.") == {("osman", "terrorism", "deny")}


def test_a_thing_that_had_nothing_to_do_with_it_denies_nothing() -> None:
    # a transcript's turn: what the witness told a journalist, not the witness, is unconnected
    assert _claims("GACUMBITSI: I explained to Fergal Keane what I knew, but that had nothing to do with the "
                   "Nyarubuye massacre.") == set()


def test_a_western_given_name_is_not_a_chinese_family_name() -> None:
    # before: "Dan Shemer" read as pinyin ("Dan She-m-er") and got the id "dan"
    assert person_slug("Dan Shemer") == "shemer"
    assert person_slug("Zhou Enlai") == "zhou"
    assert person_slug("Deng Xiaoping") == "deng"


def test_a_second_journey_in_a_sentence_is_its_own_claim() -> None:
    # before: one journey, to London
    got = [(c.subject, c.place) for c in extract_text("In 1934 Smith flew to London and later went to Paris.")
           if c.act == "travel"]
    assert len(got) == 2 and {s for s, _p in got} == {"smith"} and got[0][1] != got[1][1], got
    # the same journey told on: one claim
    assert len([c for c in extract_text("Smith flew to Paris, landing at Le Bourget.") if c.act == "travel"]) == 1


def test_a_passive_agent_heads_the_list_after_it() -> None:
    # before: only Dutt made the bombs
    got = _claims("GHOSE: Our bombs were made by Ullaskar Dutt and Hem Chandra Das in the garden at Manicktolla.")
    assert {("dutt", "terrorism", "affirm"), ("das", "terrorism", "affirm")} <= got


def test_with_the_help_of_someone_makes_a_co_doer() -> None:
    # before: Jones only a counterpart, or not named at all
    assert ("jones", "poisoning", "affirm") in _claims("Smith poisoned the King in 1666 with the help of Jones.")
    got = _claims("Smith killed the King in 1934, aided by Jones and Brown.")
    assert {("jones", "assassination", "affirm"), ("brown", "assassination", "affirm")} <= got
    # help with something else, after another verb, is no share in the act
    assert ("jones", "assassination", "affirm") not in _claims(
        "Smith killed the King in 1934, and was later aided by Jones in his escape.")


def test_a_name_with_an_aside_still_heads_a_list_of_subjects() -> None:
    # before: only Jayawardena was found guilty
    got = _claims("Mapitigama Buddharakkhita, the chief monk of the temple, and H. P. Jayawardena, a businessman "
                  "close to him, were found guilty in May 1961 of conspiring to murder the Prime Minister.")
    assert {("buddharakkhita", "assassination", "affirm"), ("jayawardena", "assassination", "affirm")} <= got


def test_taking_back_every_word_repudiates_the_statement() -> None:
    # before: nothing -- the Birmingham Six and Guildford Four's way of withdrawing a statement
    for text in ("POWER: The statement I signed at Queen's Road police station is not true, and I take back every "
                 "word of it.",
                 "CONLON: I signed that statement because they told me my mother would be hurt, and every word of "
                 "it is false.",
                 "SMITH: My earlier statement is not true."):
        got = [c for c in extract_text(text) if c.act == "plea"]
        assert [(c.polarity, c.extra.get("stance")) for c in got] == [("deny", "repudiated")], text
    # someone else's statement called untrue is no repudiation of theirs
    assert not [c for c in extract_text("SMITH: Jones's statement is not true.") if c.act == "plea"]


def test_being_paid_by_a_powers_man_is_money_received() -> None:
    # before: nothing
    got = extract_text("KAMPILES: Early in March I handed it to a Soviet intelligence officer who called himself "
                       "Michael, and he paid me three thousand dollars in cash.")
    # (the power goes to the handing over before it, espionage, since round 18e)
    assert [(c.subject, c.act, c.polarity) for c in got if c.act == "received_instructions"] == [
        ("kampiles", "received_instructions", "affirm")]
    assert [(c.act, c.foreign_power) for c in got if c.act == "espionage"] == [("espionage", "Soviet Union")]
    # the power said in an earlier sentence of the turn
    assert ("lonetree", "received_instructions", "affirm") in _claims(
        "LONETREE: By the second time I knew he was KGB. Later, in Vienna, he paid me for it.")
    # denied, with or without a power
    assert ("villain", "received_instructions", "deny") in _claims("VILLAIN: Nobody sent me and nobody paid me.")
    assert ("kravchenko", "received_instructions", "deny") in _claims(
        "KRAVCHENKO: No American service ever paid me a cent.")
    # wages and a victim's money are no one's instructions
    assert not any(a == "received_instructions" for _s, a, _p in _claims(
        "ZIZ: The person for whom I had built the supporting wall paid me, and we went to the camp."))
    assert not any(a == "received_instructions" for _s, a, _p in _claims(
        "Gacumbitsi shot two civilians only after his victims had paid him for the bullets."))


def test_nobody_above_me_gave_me_orders_denies_orders_received() -> None:
    # before: the speaker denied giving the order
    assert _claims("HURTADO: I took that decision myself; nobody above me gave me any such order.") == {
        ("hurtado", "received_instructions", "deny")}


def test_a_passive_journey_or_a_relative_clause_is_no_second_leg_of_the_subject() -> None:
    # the deportation is of others, not a second journey of Eichmann's
    got = [c for c in extract_text("In March 1944 Eichmann went to Budapest with a small staff, and between May and "
                                   "July some 437,000 Jews were deported from Hungary to Auschwitz on his orders.")
           if c.act == "travel"]
    assert [(c.subject, c.place) for c in got] == [("eichmann", "Budapest")]
    # Bradley's own relative clause is Bradley's journey, not Spratt's too
    got = [c for c in extract_text("The Crown's case was that Philip Spratt, who had landed in Bombay at the end of "
                                   "1926, and Ben Bradley, who reached India in September 1927, had been sent out by "
                                   "the Communist International.") if c.act == "travel"]
    assert sorted((c.subject, c.place) for c in got) == [("bradley", "India"), ("spratt", "Bombay")]


def test_a_japanese_name_written_family_name_first_takes_its_family_name() -> None:
    # before: "kazuo", "takichi", "shusui" -- the given names
    assert person_slug("Mitomo Kazuo") == "mitomo"
    assert person_slug("Miyashita Takichi") == "miyashita"
    assert person_slug("Kōtoku Shūsui") == "kotoku"
    # the Western order stays as it was
    assert person_slug("Shoko Asahara") == "asahara"
    assert person_slug("Tomoyuki Yamashita") == "yamashita"
    got = _claims("Mitomo Kazuo, a sergeant of Detachment 100 near Changchun, confessed that in August 1944 he had "
                  "mixed poisons into the food of the prisoners.")
    assert got == {("mitomo", "poisoning", "affirm")}


def test_a_peoples_name_before_its_noun_is_no_person() -> None:
    # before: "Ogoni" was the one found guilty
    got = _claims("On 31 October 1995 the tribunal found Ken Saro-Wiwa, Barinem Kiobel and seven other Ogoni men "
                  "guilty of murdering four chiefs, who had been beaten to death by a mob at Giokoo in May 1994.")
    assert got == {("saro_wiwa", "assassination", "affirm"), ("kiobel", "assassination", "affirm")}


def test_a_bare_answer_with_a_qualifying_phrase_takes_the_question_over() -> None:
    # before: "as an officer ..." (and the answer's length) kept the answer from being bare
    got = _claims("MR. HALLEY: In 1942 you went to Frank Costello's apartment on Central Park West and met him "
                  "there, did you not?\nO'DWYER: I did, as an officer of the Army Air Forces.")
    assert got == {("odwyer", "travel", "affirm"), ("odwyer", "meeting", "affirm")}
    # an answer with a clause of its own takes nothing over
    got = _claims("MR. SMITH: You did not report the killing because you took part in it?\n"
                  "WITNESS ZEZ: No, there was nothing unusual. We are here because killings took place.")
    assert not any(a == "assassination" for _s, a, _p in got)


def test_a_thing_given_to_a_power_is_espionage() -> None:
    # before: nothing -- "the study", "it" were no secrets
    got = extract_text("MR. BOUDIN: Dr. Ellsberg, did you ever give any part of the study to the Soviet Union or to "
                       "any other foreign government?\nELLSBERG: Never. Not one page.")
    assert [(c.subject, c.act, c.polarity, c.foreign_power) for c in got] == [
        ("ellsberg", "espionage", "deny", "Soviet Union")]
    assert ("kampiles", "espionage", "affirm") in _claims(
        "KAMPILES: I sold it. Early in March I handed it to a Soviet intelligence officer who called himself Michael.")
    # to no power, nothing
    assert _claims("SMITH: I gave it to my wife in Paris.") == set()


def test_putting_or_leaving_a_bomb_is_a_bombing() -> None:
    # before: nothing
    assert ("smith", "terrorism", "affirm") in _claims(
        "On 15 April 2013 Smith left a backpack bomb outside the Forum restaurant on Boylston Street.")
    assert ("kim", "terrorism", "affirm") in _claims(
        "PROSECUTOR: Did you put the bomb in the rack above your seat?\nKIM: Yes.")
    assert _claims("SMITH: He put the question of the bombs to the committee.") == set()


def test_the_one_who_told_me_is_not_i() -> None:
    # before: the "I" of "asked why I was holding up the company" gave Calley's orders to himself
    assert _claims("CALLEY: Captain Medina came on the radio, asked why I was holding up the company, and told me "
                   "to waste them.") == {("medina", "gave_instructions", "affirm")}
    # with no one else named, no claim; my orders to others stay mine; no one telling me denies orders received
    assert _claims("CALLEY: Because I was told, I think, that I told me to go.") == set()
    assert ("smith", "gave_instructions", "affirm") in _claims("SMITH: In 1943 I told them to burn the village.")
    assert ("smith", "received_instructions", "deny") in _claims("SMITH: No one told me to do it.")


def test_what_was_received_from_a_power_is_money_received() -> None:
    # before: nothing
    got = extract_text("HEMART: Did you receive money from the English government?\n"
                       "CADOUDAL: I received from England what I needed to keep my men, yes.")
    assert [(c.subject, c.act, c.polarity, c.foreign_power) for c in got] == [
        ("cadoudal", "received_instructions", "affirm", "Britain")]


def test_a_middle_name_is_no_double_surname() -> None:
    # before: "Fergal Keane" after "Patrick Fergal Keane" read as a double surname, fergal_keane
    got = _claims("Patrick Fergal Keane went to Rwanda in 1994. Fergal Keane met Gacumbitsi at the camp. Later "
                  "Mr. Keane flew to London.")
    assert {s for s, _a, _p in got} == {"keane"}
    # a double surname said alone stays one
    got = _claims("General Sergio Arellano Stark flew into Antofagasta on 18 October 1973; Arellano Stark then "
                  "flew on to Calama.")
    assert {s for s, _a, _p in got} == {"arellano_stark"}


def test_calling_on_others_to_kill_is_an_order_not_a_killing() -> None:
    # before: the one who called on the assailants killed (the seed-30 reading)
    assert _claims("KAREGYESA: On 13th April, 1993 in Karama commune Gacumbitsi called upon assailants to kill "
                   "Tutsis.") == {("gacumbitsi", "gave_instructions", "affirm")}
    assert _claims("SMITH: Jones urged the crowd to attack the church in 1994.") == {
        ("jones", "gave_instructions", "affirm")}
    assert _claims("SMITH: Jones called me on the telephone to ask about the killing.") == set()


def test_incapable_of_killing_denies_it() -> None:
    # before: affirmed
    assert _claims("GACUMBITSI: My wife and children know that I am even incapable of killing a chicken.") == {
        ("gacumbitsi", "assassination", "deny")}


def test_the_speakers_noun_before_a_verb_is_not_the_speaker() -> None:
    # before: the speaker went, the speaker never incited
    assert _claims("UMT: Our leader went to Kigali in 1994.") == set()
    assert _claims("UMT: The conseiller of our secteur never incited Hutu to kill Tutsi.") == set()
    # a noun act after the possessive stays the possessor's; a third person's men stay with him
    assert ("krestinsky", "travel", "affirm") in _claims("Krestinsky's secret trip to Berlin in 1933 was arranged "
                                                          "by Trotsky.")


def test_the_judges_town_is_not_the_acts_place() -> None:
    # before: Denpasar, where the judges sat, was the bombing's place
    got = extract_text("On 7 August 2003 the five judges in Denpasar sentenced Amrozi to death for the bombing.")
    assert [(c.subject, c.act, c.place) for c in got] == [("amrozi", "terrorism", None)]


def test_going_to_a_village_the_gazetteer_lacks_is_a_journey() -> None:
    # before: no claim -- "went to" and "came to" may lead to a person, so an unknown name after them
    # was no place (the villages of the ICTR testimony: Nyamugali, Gatore, Nyakarambi)
    got = extract_text("KAYIRANGA: On 11 April I went to Nyamugali.", stated_on="2003-06-01")
    assert [(c.subject, c.act, c.polarity, c.place) for c in got] == [("kayiranga", "travel", "affirm", "Nyamugali")]
    assert _claims("YEW: I was afraid and I didn't go back to Nyakarambi after that date.") == {
        ("yew", "travel", "deny")}
    # a person after "came to", with an apposition or an alias, is no place
    assert not any(a == "travel" for _s, a, _p in _claims("In 1994 the Accused came to Murefu, a Tutsi, and "
                                                           "killed him."))
    assert _claims("GACUMBITSI: We went to Karanganwa, alias Kiki, and we carried out an investigation.") == set()


def test_the_meeting_a_cassette_relates_to_is_no_ones_meeting() -> None:
    # before: counsel attended the meeting whose cassette he tendered
    assert _claims("KOUENGOUA: Madam President, we have received from the Prosecutor disclosure of an audio "
                   "cassette relating to that meeting of the 8th of April 1994.") == set()
    # going to the meeting is still attending it
    assert ("smith", "meeting", "affirm") in _claims("SMITH: In 1994 I went to the meeting in Kibungo.")


def test_what_you_did_is_the_addressees_not_the_last_name_before_you() -> None:
    # before: Sebijojo met himself -- "you" skipped for the name before it
    assert _claims("MBATTANG: At best you only assumed that Sebijojo was at home prior to 3 p.m. when you saw "
                   "him.") == set()
    # the one hailed at the sentence's start is "you"
    assert ("erdemovic", "travel", "affirm") in _claims(
        "MCCLOSKEY: Mr. Erdemovic, when all this was over in Branjevo and Pilica, you returned to Vlasenica.")


def test_what_one_never_heard_or_could_not_do_asserts_nothing() -> None:
    # before: an order denied (or affirmed) by a witness who only never heard of it; a journey denied
    # by one who was not in a position to make it; an aim as a journey
    assert _claims("XW10: I never heard that Gacumbitsi had given such orders.") == set()
    assert _claims("MBATTANG: Professor Ndengejeho informed the section that he will not be in a position to "
                   "undertake a trip to Arusha before 21 November.") == set()
    assert _claims("KOUENGOUA: I sent a work program in October in order to travel to Kigali.") == set()
    assert _claims("KAREGYESA: However, the Trial Chamber declined to convict the appellant of murder.") == set()


def test_an_act_with_no_one_for_its_subject_is_not_the_reporters() -> None:
    # before: Des Forges made the coup she spoke of; the witness asked who did it did it
    assert _claims("MR. MOBBERLEY: Did you say that on the 6th of April there was something like a coup d'etat?\n"
                   "DES FORGES: Yes, I did.") == set()
    assert ("kamali", "meeting", "affirm") in _claims(
        "MR. MOBBERLEY: Did you say that you met Gacumbitsi at the commune office?\nKAMALI: Yes, I did.")
    assert _claims("SMITH: I do not know who killed him.") == set()
    # a cleft names the doer: "was it you who threw the first bomb?" / "Yes, it was I."
    assert ("rysakov", "terrorism", "affirm") in _claims(
        "FUKS: Accused Rysakov, was it you who threw the first bomb at the Emperor's carriage?\nRYSAKOV: Yes, it was I.")


def test_the_owner_of_what_was_burnt_did_not_burn_it() -> None:
    # before: Mabugo burnt his own house
    text = ("GACUMBITSI: Very close to the Nyankuraje cellule, bandits attacked the house of a certain Kirushya "
            "Mabugo. His house was burnt down and two people died in the house.")
    assert not any(s == "mabugo" for s, _a, _p in _claims(text))


def test_who_did_a_crime_said_as_a_noun_is_asked_about() -> None:
    # before: the witness asked whether she was told who did it did it
    assert _claims("MR. MOBBERLEY: Did he tell you the names -- or tell you who had perpetrated these "
                   "massacres?\nDES FORGES: Yes.") == set()


def test_counsel_reading_out_a_document_does_not_say_its_i() -> None:
    # before: counsel met, went, gave instructions -- the words of the email or statement he read out
    def counsel(text: str) -> set[tuple[str | None, str, str]]:
        seg = Segment(text, speaker="beer", role="counsel")
        return {(c.subject, c.act, c.polarity) for c in RulesExtractor().extract([seg])}
    assert counsel('"It has been a while since we met at James Arbuthnot\'s office, but you did say so.') == set()
    assert counsel('And then, reading on, I went to Rutunga, to the house of a neighbour."') == set()
    # counsel's own words, and a quotation opened by a verb of saying, are read as before
    assert ("beer", "travel", "affirm") in counsel("In 2013 I went to London for the Board meeting.")
    assert ("jones", "meeting", "affirm") in counsel('Mr Jones told us, "I met him in Paris in 2012."')


def test_a_group_noun_opening_a_sentence_is_no_person() -> None:
    # before: "bandits", "assailants" killed (new persons)
    assert _claims("ZIZ: Bandits came to Mabugo's place and killed two people.") == set()
    assert _claims("ZIZ: Assailants killed two people at the church.") == set()
    # a surname that is also a plural noun stays a person
    assert ("spies", "terrorism", "deny") in _claims("SPIES: I had nothing to do with the bombing.")
