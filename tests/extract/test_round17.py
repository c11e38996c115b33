"""Round 17: whose act it is, from the seed-27 reading's classes of wrong person -- a river or a
school taken for a person, an event seen or happening taken for the act of the one who saw it, the
"I" of a quoted earlier answer taken for the counsel quoting it, a noun subject behind "not yet".
Each sentence is written for the test after a transcript turn of that class; each failed before."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str | None, str, str]]:
    return {(c.asserted_by, c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="2004-05-10")}


def test_a_named_river_or_school_is_no_person() -> None:
    # before: ("kamali", "river", "travel", "affirm") -- "River" made a new person
    assert _claims("KAMALI: We waded across the Akagera River and went on to Tanzania.") == {
        ("kamali", "kamali", "travel", "affirm")}
    # before: the killing was "school"'s
    assert not any(s == "school" for _b, s, _a, _p in _claims(
        "KAMALI: Murambi Technical School and other places were able to show evidence of killing."))


def test_a_surname_like_a_place_head_is_still_a_person() -> None:
    # the guard: "Hill", "Bay", "Church" are surnames as well as heads, and stay persons
    got = _claims("KAMALI: Paddy Hill planted the bomb in the pub.")
    assert ("kamali", "hill", "terrorism", "affirm") in got


def test_an_event_seen_or_shown_is_not_the_seers_act() -> None:
    # before: the speaker killed in the first, third and fourth; the second and fifth held already
    for text in ("KAMALI: I was a witness to the murder of my cousin.",
                 "KAMALI: At the roadblock I saw the massacre from a distance.",
                 "KAMALI: In every commune, Nyamata and Ntarama, we were able to find evidence of extensive killing.",
                 "KAMALI: I never went back to the house where the murder had occurred.",
                 "KAMALI: I heard about the killing of Murefu."):
        assert not any(a == "assassination" for _b, _s, a, _p in _claims(text)), text


def test_the_doer_of_a_named_event_still_does_it() -> None:
    # the guard: a subject who commits the murder, or orders the killings, keeps the act
    assert ("kamali", "petrov", "assassination", "affirm") in _claims("KAMALI: Petrov committed the murder in Butare.")
    assert ("kamali", "petrov", "gave_instructions", "affirm") in _claims("KAMALI: Petrov ordered the killings.")


def test_i_in_a_quoted_earlier_answer_is_the_witness_asked() -> None:
    # before: ("tas", "kouengoua", "meeting", "affirm") -- counsel met him, said the witness
    got = _claims('KOUENGOUA: Witness TAS, you testified, "I met the bourgmestre twice in 1994"; is that correct?\n'
                  "TAS: Yes, that is correct.")
    assert {(b, s, a) for b, s, a, _p in got} == {("tas", "tas", "meeting")}


def test_a_noun_subject_behind_not_yet_is_not_the_speakers() -> None:
    # before: ("kouengoua", "kouengoua", "travel", "deny") -- counsel had not arrived
    assert _claims("KOUENGOUA: When we filed the list, the witnesses had not yet arrived in Arusha.") == set()


def test_the_last_of_a_list_of_passive_participles_is_passive() -> None:
    # before: each of the three was the killer of the firing squad's execution, and Doe his own killer
    got = _claims("The inquiry found that on 2 March 1961 Kamali and his aides Petrov and Nemeth were driven from "
                  "Gisenyi to Butare, beaten on the road, and executed that night by a firing squad.")
    assert not any(a == "assassination" for _b, _s, a, _p in got)
    assert ("kamali", "travel", "affirm") in {(s, a, p) for _b, s, a, p in got}
    got = _claims("The report told how Kamali had been seized at the barracks on 9 May by fighters under Petrov, "
                  "taken to Petrov's camp at Gisenyi and tortured to death there that night.")
    assert not any(s == "kamali" and a == "assassination" for _b, s, a, _p in got)


def test_a_coordinated_verb_with_its_own_object_stays_active() -> None:
    # the guards: an object after the verb makes it active; a time after it does not
    assert ("kovacs", "petrov", "assassination", "affirm") in _claims(
        "KOVACS: Petrov was arrested in May, and killed the guard in June.")
    assert not any(a == "assassination" for _b, _s, a, _p in _claims(
        "KOVACS: Nemeth was arrested in October 1949 and shot a year later."))


def test_a_named_body_or_flight_is_no_person() -> None:
    # before: "Chambers", "Society" and "Flight" were new persons who sentenced, met and pleaded
    got = _claims("THE COURT: Kamali, to the charge that you caused the deaths of those aboard Air Kivu Flight 12, "
                  "how do you plead?\nKAMALI: Guilty, my lord.")
    # (round 21: "caused the deaths of" is a killing, and a guilty plea to it affirms it, as the gold reads)
    assert {(s, a, p) for _b, s, a, p in got} == {("kamali", "plea", "affirm"), ("kamali", "assassination", "affirm")}
    assert not any(s == "society" for _b, s, _a, _p in _claims(
        "The commission reported that Kamali, speaking for Petrov's Northern Society, had met envoys of the "
        "Polish Patriotic Society at Kiev in 1824."))


def test_evidence_of_his_meeting_is_still_his_meeting() -> None:
    # the guard: an owner before the event noun keeps the act his (an ICTY turn of this shape)
    assert ("kamali", "petrov", "meeting", "affirm") in _claims(
        "KAMALI: General Petrov also provides evidence of his meeting with General Nemeth on 15 July 1995.")


def test_a_town_listed_after_a_place_is_a_place() -> None:
    # before: Berlin and Damascus were persons (a counterpart met, a bomber)
    got = extract_text("KOVACS: I met Petrov in Paris and Berlin in 1934.")
    assert [(c.subject, c.place, c.counterparts) for c in got] == [("kovacs", "Paris", ("petrov",))]
    assert not any(c.subject == "damascus" for c in extract_text(
        "He shuttled between Budapest and Damascus; the court found him guilty of the bombings."))
    # the guard: a person after "and" is still one
    got = extract_text("KOVACS: I met Petrov in Lyon and Nemeth in Rome.")
    assert [(c.subject, c.counterparts) for c in got] == [("kovacs", ("petrov", "nemeth"))]


def test_a_noun_with_a_relative_clause_is_the_subject() -> None:
    # before: the one who met the officer shot Nemeth; the speaker flew the plane; counsel killed
    assert ("kovacs", "kovacs", "assassination", "affirm") not in _claims(
        "KOVACS: In Lyon I met the officer who shot Nemeth.")
    assert not any(a == "travel" for _b, _s, a, _p in _claims(
        "KOVACS: I would suspect that it was the UN plane that flew supplies back and forth between Nairobi "
        "and Kigali."))
    assert not any(a == "assassination" for _b, _s, a, _p in _claims(
        "KOUENGOUA: On the same day he tells the people who killed the Tutsi to spare the conseiller."))


def test_who_leads_the_unit_or_is_one_of_the_men_still_does_it() -> None:
    # the guards: command, a partitive, an apposition, a predicate, "with yourself", "all the people"
    assert any(s == "espinoza" and a == "assassination" for _b, s, a, _p in _claims(
        "The report found that Lieutenant Espinoza had led the unit that killed them."))
    assert any(s == "jatta" and a == "assassination" for _b, s, a, _p in _claims(
        "Malick Jatta admitted that he had been one of the men who shot the journalist in 2004."))
    assert any(s == "petrov" and a == "assassination" for _b, s, a, _p in _claims(
        "KOVACS: Petrov, the man who killed Kirov, fled to Paris."))
    assert ("kovacs", "kovacs", "travel", "affirm") in _claims("KOVACS: I was the one who drove to Kigali.")
    assert ("tas", "tas", "travel", "affirm") in _claims(
        "KOUENGOUA: You listed the families that fled with yourself to Tanzania, didn't you?\nTAS: That is right.")


def test_a_relative_clause_between_the_noun_and_its_verb() -> None:
    # before: the speaker fled to Tanzania, not the man who led the attack
    got = extract_text("KAMALI: We did this because the people of the commune had told us that the man who led "
                       "the attack against them had fled to Tanzania.")
    assert not any(c.subject == "kamali" and c.place == "Tanzania" for c in got)
    # the guard: who planted the bombs answers for what the bombs did
    got = _claims("The Crown's case was that Hill, Hunter and Walker planted the bombs that killed twenty-one "
                  "people in two pubs in Birmingham.")
    assert {("hill", "assassination"), ("hunter", "assassination"), ("walker", "assassination")} <= {
        (s, a) for _b, s, a, _p in got}


def test_an_act_asked_of_someone_is_not_the_askers() -> None:
    # before: ("kamali", "petrov", "assassination", "affirm") -- the one who asked did the killing
    assert not any(a == "assassination" for _b, _s, a, _p in _claims(
        "KAMALI: That evening Petrov asked me to get into the governor's residence at dawn and kill the governor, "
        "and I refused him."))
    assert not any(a == "assassination" for _b, _s, a, _p in _claims("KAMALI: Petrov asked me to kill Nemeth."))


def test_killing_oneself_is_no_killing() -> None:
    # before: ("fischer", "assassination") with Kern as the one killed
    assert not any(a == "assassination" for _b, _s, a, _p in _claims(
        "Kern was shot dead on 17 July 1922 and Fischer killed himself."))
    assert ("kamali", "petrov", "assassination", "affirm") in _claims("KAMALI: Petrov himself killed Nemeth.")


def test_a_second_relative_clause_joined_by_and() -> None:
    # before: ("tolkachev", "travel") -- the one betrayed fled, not the one who betrayed him
    got = extract_text("Tolkachev had been betrayed by Edward Lee Howard, a CIA officer dismissed in 1983, who met "
                       "KGB officers in Vienna in September 1984 and who fled to Moscow a year later.")
    assert ("howard", "travel", "Moscow") in {(c.subject, c.act, c.place) for c in got}
    assert not any(c.subject == "tolkachev" and c.act == "travel" for c in got)


def test_she_is_not_a_man_named_mister() -> None:
    # before: ("weichmann", "gave_instructions") -- "she" took the nearest name, a man's
    got = _claims("MR. BINGHAM: On the afternoon of 14 April, did you see Mrs. Surratt at Surrattsville?\n"
                  "LLOYD: I did, sir. She had driven down in a buggy with Mr. Weichmann, and she told me to have the "
                  "shooting irons ready that night.")
    assert ("lloyd", "surratt", "gave_instructions", "affirm") in got
    assert not any(s == "weichmann" and a == "gave_instructions" for _b, s, a, _p in got)
    # and "he" is not a woman named so
    got = _claims("KOVACS: I met Mrs. Nemeth and Mr. Petrov in Lyon, and he told me to go to Paris.")
    assert ("kovacs", "petrov", "gave_instructions", "affirm") in got


def test_a_body_or_the_accused_after_the_is_the_subject() -> None:
    # before: the one who reported it killed ("rukira", a commune taken for a person; Petrov)
    assert _claims("RUKIRA: After that the old man said that the RPF had killed Alfred's sister.") == set()
    assert not any(s == "petrov" for _b, s, _a, _p in _claims("KOVACS: Petrov said that the Accused had killed Nemeth."))
    # before: the lieutenant's order was the witness's
    assert _claims("NG2: Apart from the statement made by the lieutenant who ordered the people to come out, there "
                   "were no other discussions in the parish.") == set()
    # the guard: "accused" as a verb still reports
    assert ("nemeth", "espionage", "affirm") in {(c.subject, c.act, c.polarity) for c in extract_text(
        "Petrov accused Nemeth of spying for Japan.")}


def test_done_by_a_body_is_no_persons_act() -> None:
    # before: counsel ordered what the Trial Chamber ordered
    assert _claims("KOUENGOUA: I mean, the parties must execute the decision as ordered by the Trial Chamber.") == set()
    assert ("kovacs", "petrov", "gave_instructions", "affirm") in _claims("KOVACS: The order was signed by Petrov in May.")


def _said(text: str, speaker: str = "xw1") -> set[tuple[str | None, str, str]]:
    from countertrial.extract import get_extractor
    from countertrial.extract.segment import Segment

    ext = get_extractor("rules", None, ())
    return {(c.subject, c.act, c.polarity) for c in ext.extract([Segment(text, speaker=speaker, role="witness")])}


def test_seed_28_classes() -> None:
    # before: ("zhz", "gave_instructions", "deny") -- orders not given to them are orders not received
    assert _said("We were not given any orders to attack them.", "zhz") == {("zhz", "received_instructions", "deny")}
    # before: the second of the victims killed them ("had Mutunzi and Rukomeza killed")
    got = _claims("KAREGYESA: We allege that Gacumbitsi had Mutunzi and Rukomeza killed in Nyabitare in 1994.")
    assert {(s, a) for _b, s, a, _p in got} == {("gacumbitsi", "assassination")}
    # before: "Count" and "Genocide" were persons who killed
    assert not any(s in ("count", "genocide") for _b, s, _a, _p in _claims(
        "WESTON: The indictment alleges that the Accused is responsible for Count 3, extermination; Count 4, "
        "murder; and Count 5, rape."))
    # before: a decision to go was a journey
    assert _said("I saw people running on the hills and I decided to go to Nyarubuye.") == set()
    # the guards: a past tense after the plan and "and" was done; one of those who planned did it too
    assert _said("We decided to flee and went to Tanzania.") == {("xw1", "travel", "affirm")}
    assert ("mandela", "sabotage", "affirm") in {(s, a, p) for _b, s, a, p in _claims(
        "MANDELA: I do not deny that I was one of those who planned sabotage.")}
