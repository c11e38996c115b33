"""Round 10, persons and subjects: who the subject of a claim is on the trials of the r10 dev items
(Tiso, Horáková, Gillars, Chun and Roh, the Agrava board ...). The sentences here are our own, of
other trials; each test failed before the rule it names."""

from countertrial.extract import extract_text


def _subjects(text: str, stated_on: str = "1990-01-01") -> set[str | None]:
    return {c.subject for c in extract_text(text, stated_on=stated_on)}


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_a_list_member_after_a_label_and_a_comma_is_a_subject_too() -> None:
    """"Chun and his successor, Roh Tae-woo, ...": the label (with or without a comma, after a
    possessive or "the") stands between "and" and the name; the name before "and" is listed too."""
    assert _subjects("The court convicted Rosenberg and his brother-in-law, Greenglass, of espionage for the "
                     "Soviet Union.") == {"rosenberg", "greenglass"}
    assert _subjects("In 1936 Holtzman and the accused Smirnov met in Berlin.") == {"holtzman", "smirnov"}
    # (a wife named by her given name alone takes the family's id since round 26, as the gold sets do:
    # "his wife Ilona" is a Kovacs; with a family name of her own she keeps it)
    assert _subjects("The court convicted Kovacs, his wife Ilona Farkas, and Szabo of spying for Britain.") \
        == {"kovacs", "farkas", "szabo"}
    # a label after the object, not in the subject's list, adds no one
    assert _subjects("Petrov met Sedov and his wife, Natalia, in Paris.") == {"petrov"}


def test_an_alias_between_list_members_is_skipped() -> None:
    """"Michele Greco, known as the Pope, and the fugitives Riina and Provenzano were sentenced": the
    alias ("known as ...") closes before the ", and" of the list."""
    assert _subjects("Joaquin Guzman, known as El Chapo, and the brothers Ortiz and Ruiz were convicted of the "
                     "murders of 1994.") == {"guzman", "ortiz", "ruiz"}


def test_names_after_a_label_of_the_first_name_are_listed_with_it() -> None:
    """"sentenced Saddam Hussein, his half-brother Barzan al-Tikriti and Awad al-Bandar, ... to hang
    for the killing": "his" is the first person's, so the name after "his half-brother" is another
    person, and the list goes on; "al-" joins a name and is dropped from the id."""
    assert _subjects("The tribunal sentenced Ali Hassan, his cousin Hamid al-Majid and Tariq el-Masri, once "
                     "governor of the province, to death for the killing of the villagers.") \
        == {"hassan", "majid", "masri"}
    assert _subjects("Rajk, his old friend, met Rankovic in 1948.") == {"rajk"}


def test_a_person_seen_doing_an_act_after_an_emphatic_pronoun() -> None:
    """"I saw Barzan al-Tikriti himself kick the prisoners": a sight of an act, whose subject is the
    one seen, not a meeting of the witness."""
    assert _subjects("WITNESS: In the yard I saw Hamid Majid himself kick the prisoners.") == {"majid"}
    assert _subjects("WITNESS: In the yard I saw Hamid al-Majid himself kick the prisoners.") == {"majid"}


def test_a_korean_name_in_a_speaker_label_is_its_family_name() -> None:
    """"KIM DAE-JUNG:" is "Kim Dae-jung" for its person (not "Kim Dae-Jung"); the id is the family name,
    as for "Kim Dae-jung" in prose."""
    assert _subjects("PROSECUTOR: You told the students to riot, did you not?\n"
                     "PARK SUNG-HO: No. I told no one to riot in Gwangju.") == {"park"}
    # an English double surname in capitals stays whole
    assert _subjects("PROSECUTOR: Did you meet Sedov in Berlin?\nALAN ASH-SMITH: No. I never met Sedov.") \
        == {"ash_smith"}


def test_a_who_question_answered_i_did_is_the_witness_act() -> None:
    """"who gave the order to arrest ...?" / "I did.": the question's act, done by the witness."""
    got = _claims("PROSECUTOR: On the night of 3 May 1944, who gave the order to shoot the prisoners?\n"
                  "KOVAC: I did. It was my duty, as commander of the camp.")
    assert got == {("kovac", "gave_instructions", "affirm")}
    # a relative clause's "who" asks nothing of the kind, and "I do not know" names no one
    assert _claims("COUNSEL: Who gave the order to shoot the prisoners?\nHORVATH: I do not know. Nobody "
                   "told me.") == set()


def test_a_who_question_answered_with_names_is_their_act() -> None:
    """"who gave you the order?" / "Colonel Beara did.", "Beara and Popovic.": each one named did it."""
    # (round 28: and the witness received it, as the guide reads it since heldout20)
    assert _claims("PROSECUTOR: And who gave you the order to shoot them?\nERDEMOVIC: Colonel Beara did.") \
        == {("beara", "gave_instructions", "affirm"), ("erdemovic", "received_instructions", "affirm")}
    assert _subjects("PROSECUTOR: And who gave you the order to shoot them?\nERDEMOVIC: Beara and Popovic.") \
        == {"beara", "popovic", "erdemovic"}
    # "The Minister." is no name
    assert _claims("COUNSEL: Who gave the order to shoot the prisoners?\nHORVATH: The Minister.") == set()


def test_those_named_as_going_with_the_witness_travel_too() -> None:
    """"When you flew to Berlin ..., who went with you?" / "Durcansky, and Dr. Druffel, the German
    consul": each companion named made the witness's journey (an apposition names no one more)."""
    got = {(c.subject, c.act, c.place) for c in extract_text(
        "COUNSEL: When you drove to Vienna in June 1950, who went with you?\n"
        "HORVATH: Kiss, and Major Nagy, the head of the section. We stayed at the Hotel Sacher.",
        stated_on="1951-01-01") if c.act == "travel"}
    assert got == {("horvath", "travel", "Vienna"), ("kiss", "travel", "Vienna"), ("nagy", "travel", "Vienna")}


def test_an_act_laid_on_someone_is_theirs() -> None:
    """"she laid the killing on Custodio and six of the soldiers": the one the act is laid on, blamed
    or attributed to did it, not the one who lays it on them."""
    assert _subjects("Judge Marsh laid the killing on Custodio.") == {"custodio"}
    assert _subjects("In his report the judge blamed the murder on Ortega, the captain of the guard.") \
        == {"ortega"}
    assert _subjects("The commission put the blame for the killing on Colonel Ruiz.") == {"ruiz"}
    assert _subjects("The prosecutor attributed the killing of the journalist to Major Lopez.") == {"lopez"}


def test_the_last_of_a_list_after_a_preposition_is_no_subject() -> None:
    """"Horáková had directed ... on the instructions of Zenkl and Ripka, the exiled leaders, and
    through them had served American and British intelligence": Ripka closes the object of "of"; the
    coordinated act keeps the clause's subject."""
    got = _claims("The court heard that Petrov had sabotaged the mines on the orders of Smirnov and Pyatakov, "
                  "and through them had served German intelligence.")
    assert got == {("petrov", "sabotage", "affirm"), ("petrov", "espionage", "affirm")}
    # a list after "after" that a verb follows opens a clause of its own (test_recall9)
    assert _subjects("After Godse and Apte had flown into Delhi, they met Karkare.") == {"godse", "apte"}


def test_an_alias_identified_as_a_person_is_that_person() -> None:
    """"the officer the soldiers knew as Major Tito, whom he named as President Otto Pérez Molina, had
    ordered troops ...": the person named did it, not the alias nor the one who names him."""
    assert _subjects("The witness said that the commander the villagers called El Tigre, whom he identified as "
                     "Colonel Juan Ortega, had ordered the soldiers to burn the village.") == {"ortega"}
    assert _subjects("A former guard told the court that the officer known as Major Lobo, whom he named as "
                     "General Castro, had ordered the prisoners shot.") == {"castro"}
    # a relative clause that names no one else leaves its head the subject
    assert "sedov" in _subjects("Sedov, whom I met in Paris, gave me the instructions.")


def test_a_companion_after_a_title_travels_too() -> None:
    """"went round the camps in Germany with Dr. Koischwitz": the title between "with" and the name
    leaves the name a companion of the journey."""
    got = _claims("In 1944 Horvath flew to Lisbon with Dr. Ruiz.")
    assert ("ruiz", "travel", "affirm") in got
    assert ("ruiz", "travel", "affirm") in _claims("In May 1950 Horvath drove to Vienna with Professor Ruiz.")


def test_an_answer_echoing_the_verb_then_yes_affirms_the_question() -> None:
    """"you went round the camps with Dr. Koischwitz ...?" / "I went, yes, with Professor Koischwitz and
    an engineer ...": the question's journey is affirmed, with its companion; "but" is no plain yes to the
    companion."""
    got = _claims("COUNSEL: In 1944 you flew to Lisbon with Colonel Ruiz?\n"
                  "HORVATH: I flew, yes, with Ruiz and a clerk from the legation. We stayed two days.")
    assert got == {("horvath", "travel", "affirm"), ("ruiz", "travel", "affirm")}
    # the flight itself is affirmed in the answer's own words (and set where the question sets it);
    # the companion is not
    assert _claims("COUNSEL: In 1944 you flew to Lisbon with Colonel Ruiz?\nHORVATH: I flew, yes, but not with "
                   "Ruiz.") == {("horvath", "travel", "affirm")}


def test_an_agent_denied_before_the_true_one_is_denied_the_act() -> None:
    """"Aquino had been shot dead on the stairs ..., not by Rolando Galman but by one of the soldiers":
    the one after "not by" is denied the act."""
    assert _claims("The inquiry found that the journalist had been killed in his car in Lima in May 1990, not by "
                   "Ortega but by two officers of the guard.") == {("ortega", "assassination", "deny")}
    assert _claims("The bridge was blown up, not by Petrov but by the partisans.") == {("petrov", "sabotage", "deny")}


def test_a_relative_clause_after_a_name_is_about_that_name() -> None:
    """"the gold notes ... had been left with him by Isidor Fisch, his partner in the fur trade, who had
    sailed for Germany": the one the ", who" clause follows (past an apposition) sailed, not the teller."""
    assert _subjects("Brown told the police that the money had come from Karl Weber, who had flown to Paris in "
                     "May 1934.") == {"weber"}
    assert _subjects("Brown told the police that the money had come from Karl Weber, his partner in the shop, "
                     "who had flown to Paris in May 1934.") == {"weber"}
    # after "of" the clause may be about the head noun ("the wife"), not the name
    assert "weber" not in _subjects("Brown told the police that the money had come from the wife of Weber, who "
                                    "had flown to Paris in May 1934.")
