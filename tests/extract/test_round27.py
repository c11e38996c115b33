"""Round 27: structural fixes, each found on a seen item and written for the test with invented
names; none is a rule for one phrase. Each failed before the round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_a_new_subject_with_an_apposition_opens_its_own_clause() -> None:
    # before: no claim (the name after "when ... opened the door" was taken for the object of the act
    # before ", and", because the apposition stood between it and its verb)
    assert ("varga", "assassination", "affirm") in _claims(
        "A group of them went to the house, and when Orlov opened the door Pavel Varga, a joiner "
        "with a long record, shot him in the face.")
    # ... and in a "where" clause: the one in apposition talks, not the last one named before it
    got = _claims("The journalist Orlov went to Petrov's flat in Leeds, where Petrov, a former clerk "
                  "in the ministry, talked with him for three hours.")
    assert ("petrov", "meeting", "affirm") in got


def test_an_object_with_an_apposition_is_still_the_object() -> None:
    # guard: the apposition of an object does not make it the subject of the verb after "and"
    got = _claims("Petrov met Sedov, a Trotskyist, in Paris and shot him.")
    assert ("petrov", "assassination", "affirm") in got
    assert ("sedov", "assassination", "affirm") not in got


def test_a_subject_pronoun_keeps_the_subject_before_over_an_object_named_since() -> None:
    # before: the second "he" was Rykov, the last name before it, though Rykov stands only as the
    # object of "confronted"
    got = _claims("The court acquitted General Pavel Varga. That on 18 August 1991 he flew to Riga with four "
                  "other men and confronted Alexei Rykov at his dacha, and that the next morning he flew on "
                  "to Kiev, was never in dispute.")
    assert ("varga", "travel", "affirm") in got
    assert ("rykov", "travel", "affirm") not in got


def test_a_subject_pronoun_after_a_named_subject_is_that_subject() -> None:
    # guard: a name that is a subject still wins over an earlier "he"
    got = _claims("He met Orlov in Paris, and then Pavel Varga went to Berlin.")
    assert ("varga", "travel", "affirm") in got


def test_a_companion_named_in_apposition_to_any_label_goes_too() -> None:
    # before: only labels of kin, friends or comrades ("with his brother, X") named a companion
    got = _claims("Pavel Varga came back to Johannesburg through Swaziland with another cadre, Ivan Orlov, "
                  "and a bag of rifles.")
    assert ("orlov", "travel", "affirm") in got
    got = _claims("Petrov flew to Paris with two officers, Ivan Orlov and Pavel Varga, in May.")
    assert {("orlov", "travel", "affirm"), ("varga", "travel", "affirm")} <= got


def test_a_name_after_a_thing_and_a_comma_is_no_companion() -> None:
    # guard: the name after the comma is the next clause's subject, no apposition of the label
    got = _claims("Petrov went to Paris with a forged passport, Orlov said.")
    assert ("orlov", "travel", "affirm") not in got


def test_the_region_after_a_town_is_no_person() -> None:
    # before: "Columbia" (after the demonym "British", read as a power) was a person, and made the journey
    got = _claims("Pavel Varga, born in Kamloops, British Columbia, in 1916, the son of a clerk, went to "
                  "Japan as a young man.")
    assert ("varga", "travel", "affirm") in got
    assert all(s != "columbia" for s, _a, _p in got)


def test_a_name_after_a_town_and_a_comma_is_still_a_person() -> None:
    # guards: an apposition, a list and a fronted place keep their names
    assert ("varga", "assassination", "affirm") in _claims(
        "In the parking lot of a shopping centre in Maryland, Pavel Varga, a busboy from Leeds, fired five "
        "shots into the governor and killed him.")
    got = _claims("A jury convicted Anna Orlova, a clerk from Harrow, Vera Petrova and Ivan Sokolov of "
                  "spying for Russia.")
    assert {("orlova", "espionage", "affirm"), ("petrova", "espionage", "affirm")} <= got


def test_one_of_two_names_joined_by_and_is_no_he() -> None:
    # before: "he" was Bonner, the last name before it, though "Sakharov and Bonner" is a plural
    got = _claims("Pavel Varga was tried while Ivan Orlov and Petr Sokolov waited outside, and he went to "
                  "Ithaca in 1986.")
    assert ("varga", "travel", "affirm") in got
    assert ("sokolov", "travel", "affirm") not in got


def test_a_plot_joined_is_the_joiners_not_only_its_owners() -> None:
    # before: "his conspiracy" gave the conspiracy to "his" (read as Sokolov, the last name before)
    got = _claims("Varga was accused of passing secrets to the German General Staff, and Orlov and Sokolov "
                  "of belonging to his conspiracy.")
    assert {("orlov", "conspiracy", "affirm"), ("sokolov", "conspiracy", "affirm")} <= got


def test_a_town_after_a_spatial_preposition_is_a_place() -> None:
    # before: "Innsbruck" after "above" was read as a person, and took the act of the clause it ends
    got = _claims("Pavel Varga, the innkeeper of the Sandwirt in the Passeier valley, who had led the Tyrolean "
                  "peasants to victory over the Bavarians and the French on the Bergisel above Innsbruck in "
                  "the spring and summer of 1809, was hiding in a hut when soldiers took him prisoner.")
    assert all(s != "innsbruck" for s, _a, _p in got)
    assert ("varga", "other", "affirm") in got


def test_a_name_in_apposition_to_a_companion_is_no_subject() -> None:
    # before: the journey after the apposition was the companion's
    got = _claims("General Pavel Varga slipped out of the house at ten o'clock with a royalist priest, the "
                  "abbé Orlov, went to the lodging of a friend in Lyon, and at three walked into the barracks.")
    assert ("varga", "travel", "affirm") in got
    assert ("orlov", "travel", "affirm") not in got
    # guard: a name after "and" opens a new clause
    assert ("orlov", "travel", "affirm") in _claims("The men set out with a guide, and Ivan Orlov went to Berlin.")


def test_who_after_a_name_s_apposition_is_about_the_name() -> None:
    # before: "an officer who had spied" was the sentence subject's act, or no one's
    got = _claims("Ivan Orlov flew home in exchange for Pavel Varga, an officer who had spied for the CIA.")
    assert ("varga", "espionage", "affirm") in got
    assert ("orlov", "espionage", "affirm") not in got
    got = _claims("The minister was shot dead by Pavel Varga, a young legionary who had come to Sinaia "
                  "from Bucharest with two comrades.")
    assert ("varga", "travel", "affirm") in got


def test_a_peer_s_title_after_a_name_is_an_apposition() -> None:
    # before: "Duke of Northumberland" was a second person, nearer the act than the name it titles
    got = _claims("John Varga, Duke of Northumberland, who had married his son to Lady Jane Orlova in May "
                  "1553, went to Cambridge on 14 July at the head of an army.")
    assert ("varga", "travel", "affirm") in got
    assert ("northumberland", "travel", "affirm") not in got
    got = _claims("Perkin Sokolov, who had passed for Richard, Duke of York, landed at Whitesand Bay.")
    assert ("sokolov", "travel", "affirm") in got


def test_a_regnal_number_is_no_surname() -> None:
    # before: "Richard IV" made the id "iv"
    from countertrial.resolve.persons import person_slug
    assert person_slug("Richard IV") == "richard"
    assert person_slug("Louis XVI") == "louis"
    assert person_slug("Witness X") == "witness_x"  # guard: a cipher keeps its letter


def test_a_name_with_its_own_verb_after_a_clause_break_is_that_clause_s_subject() -> None:
    # before: the journey went to the prisoner named in the act before (the name after the break,
    # three words from the act, was taken for that act's object)
    got = _claims("He took Ivan Orlov prisoner in Moroni; a week later Varga surrendered to them and was "
                  "flown to France.")
    assert ("varga", "travel", "affirm") in got
    assert ("orlov", "travel", "affirm") not in got


def test_an_unknown_word_opening_a_sentence_before_a_past_tense_is_a_name() -> None:
    # before: no mention ("Varga" alone at the start, with no act or report right after it)
    assert ("varga", "travel", "affirm") in _claims("Varga surrendered to them without a fight and was flown to France.")
    # guard: a plural noun is no name
    assert _claims("Soldiers fired on the crowd and went to Paris.") == set()


def test_a_law_is_no_person() -> None:
    # before: "Treason Act" was a person, the subject of the act of treason named after it
    got = _claims("Since the new Treason Act required two witnesses to an act of treason, the Whigs "
                  "proceeded against Pavel Varga by a bill of attainder.")
    assert all(s != "act" for s, _a, _p in got)


def test_a_younger_brother_named_by_a_given_name_takes_the_family_id() -> None:
    # before: "his younger brother Ivan" got the id "ivan" ("his brother Ivan" already got the family's)
    got = _claims("Pavel Varga was tried in Lyon, and his younger brother Ivan went to Paris.")
    assert ("varga", "travel", "affirm") in got
    assert ("ivan", "travel", "affirm") not in got


def test_a_numbered_part_of_a_text_is_no_person() -> None:
    # before: "Article" and "Rule" were persons, and "he" after them was each
    assert _claims("The Prosecutor then turned to Article 17 of the Statute. He ordered the killing of the "
                   "prisoners.") == set()
    assert _claims("The Chamber read Rule 47 again, and he ordered the killing of the prisoners.") == set()


def test_a_participle_aside_between_two_subjects_joined_by_and() -> None:
    # before: the aside ("held in ...", "born in ...") was no apposition, so only one of the two
    # names joined by ", and" made the journey
    got = _claims("Pavel Varga, held in the detention unit since his arrest in Lyon, and Ivan Markac were set "
                  "free and flown home to Zagreb.")
    assert {("varga", "travel", "affirm"), ("markac", "travel", "affirm")} <= got
    got = _claims("Pavel Varga, born in Leeds, and Ivan Markac flew to Zagreb.")
    assert {("varga", "travel", "affirm"), ("markac", "travel", "affirm")} <= got


def test_a_participle_after_an_object_is_no_apposition_of_it() -> None:
    # guard: "charged with ..." after the judge's name is the accused's, not the judge's
    got = _claims("Pavel Varga was arrested in August 1965 and brought before a military court in Cairo under "
                  "General Ivan Orlov, charged with leading a secret organisation that had plotted to blow up "
                  "the Delta Barrage.")
    assert all(s != "orlov" for s, _a, _p in got)


def test_names_between_a_verdict_and_its_crime_do_not_use_up_its_reach() -> None:
    # before: no claim ("the murders" stood too many words after "sentenced" once the co-defendants
    # were named between)
    got = _claims("Anna Orlova had been sentenced to life in 1989 with Nathalie Sokolova, Jean-Marc Varga and "
                  "Georges Petrov for the murders of General Ivan Markov and of Pavel Lind.")
    assert {("orlova", "assassination", "affirm"), ("varga", "assassination", "affirm"),
            ("petrov", "assassination", "affirm")} <= got


def test_a_verdict_far_from_a_crime_without_names_between_still_does_not_reach() -> None:
    # guard: the reach counts every word that is no name
    got = _claims("Anna Orlova was sentenced to life in 1989, and much later, after a long and bitter public "
                  "debate about the case in the newspapers of the whole country, the murders of the two "
                  "generals were solved.")
    assert ("orlova", "assassination", "affirm") not in got


def test_a_list_in_a_together_with_aside_shares_the_act_of_the_one_before() -> None:
    # before: the last name of the aside was the subject ("you" and the others were not)
    got = _claims("Pavel Varga, you stand indicted for that you, together with Ivan Orlov, Petr Sokolov and "
                  "others, did maliciously and traitorously compass and imagine the death of our lord the King.")
    assert {("varga", "assassination", "affirm"), ("orlov", "assassination", "affirm"),
            ("sokolov", "assassination", "affirm")} <= got
