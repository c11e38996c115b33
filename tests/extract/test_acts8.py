"""Regression tests for the eighth round of act rules: meetings by sight ("saw Hitler"), pleas
across turns ("How do you plead?" / "Guilty."), negations inside a trigger ("gave no order"),
stance phrases ("I do not accept this indictment", "I stand by the statement"), and journeys and
handovers the vocabulary lacked. The sentences are invented for these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _triples(text: str, store: Store, **kw: str) -> list[tuple[str, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in extract_text(text, store=store, **kw))


# -- meetings ----------------------------------------------------------------------------------------

def test_saw_a_person_is_a_meeting(roster_store: Store) -> None:
    (c,) = [c for c in extract_text("RAKOVSKY: In May 1934 I went to Tokyo and saw Sedov twice.", store=roster_store)
            if c.act == "meeting"]
    assert (c.subject, c.polarity, c.counterparts, c.time.iso()) == ("rakovsky", "affirm", ("sedov",), "1934-05")
    # A title between the verb and the name is still the person.
    (c,) = extract_text("RAKOVSKY: In 1934 I saw General Sedov at the embassy.", store=roster_store)
    assert (c.subject, c.act) == ("rakovsky", "meeting")


def test_see_and_seen_in_questions_denials_and_perfects(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: I have not seen Sedov since 1933.", roster_store) == [
        ("krestinsky", "meeting", "deny")]
    assert _triples("KRESTINSKY: I had seen Sedov twice in Berlin.", roster_store) == [
        ("krestinsky", "meeting", "affirm")]
    assert _triples("KRESTINSKY: I didn't see Sedov in Berlin.", roster_store) == [("krestinsky", "meeting", "deny")]
    assert extract_text("KRESTINSKY: As we have seen, Sedov was in Berlin.", store=roster_store) == []


def test_saw_without_a_person_or_seeing_someone_act_is_no_meeting(roster_store: Store) -> None:
    for text in ("RAKOVSKY: In 1934 I saw the documents in Tokyo.",
                 "RAKOVSKY: In 1934 I saw Sedov's letter in Tokyo.",
                 "RAKOVSKY: I saw that the plan had failed.",
                 "RAKOVSKY: In 1934 I saw Sedov leaving the embassy."):
        assert extract_text(text, store=roster_store) == [], text
    # "I saw X beat a prisoner to death": X's act, not the witness's meeting.
    assert _triples("WITNESS: In 1942 I saw Sedov beat a prisoner to death.", roster_store) == [
        ("sedov", "assassination", "affirm")]


def test_did_you_see_with_a_bare_answer_is_a_meeting(roster_store: Store) -> None:
    text = "MR. HALL: Did you see Colonel Sedov at the station in Oslo in June 1936?\nKRESTINSKY: That is correct."
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.polarity, c.place, c.time.iso()) == ("krestinsky", "meeting", "affirm", "Oslo",
                                                                      "1936-06")


def test_speak_with_and_received_by_are_meetings(roster_store: Store) -> None:
    text = "MR. HALL: On 3 May 1936, did you speak with Sedov in Oslo?\nKRESTINSKY: I did not. I met him in Bergen."
    assert _triples(text, roster_store) == [("krestinsky", "meeting", "affirm"), ("krestinsky", "meeting", "deny")]
    (c,) = extract_text("PYATAKOV: In December 1935 I was received by Trotsky in Oslo.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("pyatakov", "meeting", "Oslo")


def test_nor_before_an_auxiliary_denies_a_meeting(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: I had never heard of Sedov, nor did I ever see him.", roster_store) == [
        ("krestinsky", "meeting", "deny")]


# -- pleas and stances ---------------------------------------------------------------------------------

def test_how_do_you_plead_answered_guilty_or_not_guilty(roster_store: Store) -> None:
    text = ("THE JUDGE: Mr. Holtzman, how do you plead to count two, that in March 1932 you passed secret "
            "information to the German general staff?\nHOLTZMAN: Guilty, Your Honor.")
    claims = {c.act: c for c in extract_text(text, store=roster_store, stated_on="1936-08-20")}
    assert set(claims) == {"plea", "espionage"}
    plea = claims["plea"]
    assert (plea.subject, plea.polarity, plea.extra["stance"]) == ("holtzman", "affirm", "pleaded_guilty")
    assert plea.time.iso() == "1936-08-20"  # the day it is said: the charge's date is the charged act's
    assert (claims["espionage"].polarity, claims["espionage"].foreign_power) == ("affirm", "Germany")
    text = "THE JUDGE: Mr. Holtzman, how do you plead to count one, persecution?\nHOLTZMAN: Not guilty."
    (c,) = extract_text(text, store=roster_store, stated_on="1936-08-20")
    assert (c.subject, c.act, c.polarity, c.extra["stance"]) == ("holtzman", "plea", "deny", "pleaded_not_guilty")
    # The question alone asserts nothing.
    assert extract_text("THE JUDGE: Mr. Holtzman, how do you plead?", store=roster_store) == []


def test_a_plea_is_not_dated_by_the_charge_pleaded_to(roster_store: Store) -> None:
    (c, *_) = extract_text("Sedov pleaded guilty to spying for Japan in 1934.", store=roster_store,
                           stated_on="1937-01-30")
    assert (c.act, c.time.iso()) == ("plea", "1937-01-30")
    (c, *_) = extract_text("Sedov pleaded guilty on 12 March 1937 to spying for Japan.", store=roster_store,
                           stated_on="1937-01-30")
    assert (c.act, c.time.iso()) == ("plea", "1937-03-12")


def test_accepting_the_indictment_and_standing_by_a_statement(roster_store: Store) -> None:
    (c,) = extract_text("BUKHARIN: I do not accept this indictment.", store=roster_store, stated_on="1938-03-02")
    assert (c.subject, c.act, c.polarity, c.extra["stance"]) == ("bukharin", "plea", "deny", "pleaded_not_guilty")
    (c,) = extract_text("BUKHARIN: I accept the charges.", store=roster_store, stated_on="1938-03-02")
    assert (c.act, c.polarity, c.extra["stance"]) == ("plea", "affirm", "pleaded_guilty")
    (c,) = extract_text("BUKHARIN: I stand by the statement I made in December, every word of it.",
                        store=roster_store, stated_on="1938-03-02")
    assert (c.subject, c.act, c.polarity, c.extra["stance"]) == ("bukharin", "plea", "affirm", "reaffirmed")


def test_a_negated_stance_cue_takes_the_opposite_stance(roster_store: Store) -> None:
    (c,) = extract_text("BUKHARIN: I never pleaded guilty.", store=roster_store, stated_on="1938-03-02")
    assert (c.act, c.polarity, c.extra["stance"]) == ("plea", "deny", "pleaded_not_guilty")


def test_withdrew_that_confession_with_the_confessed_murder(roster_store: Store) -> None:
    text = "Sedov, who had confessed to the murder of Petrenko, withdrew that confession in March 1937."
    assert _triples(text, roster_store) == [("sedov", "assassination", "affirm"), ("sedov", "plea", "deny")]
    (plea,) = [c for c in extract_text(text, store=roster_store) if c.act == "plea"]
    assert (plea.time.iso(), plea.extra["stance"]) == ("1937-03", "repudiated")


# -- negation inside a trigger ---------------------------------------------------------------------------

def test_a_negation_inside_the_trigger_denies_it(roster_store: Store) -> None:
    for text in ("KRESTINSKY: I gave no order to fire on the crowd.",
                 "KRESTINSKY: That day I gave General Sedov no order about the prisoners.",
                 "KRESTINSKY: I told no one to burn the files.",
                 "KRESTINSKY: I did not order the bridge to be blown up.",
                 "KRESTINSKY: I didn't order the bridge to be blown up."):
        (c,) = [c for c in extract_text(text, store=roster_store) if c.act == "gave_instructions"]
        assert (c.subject, c.polarity) == ("krestinsky", "deny"), text
    (c,) = extract_text("KRESTINSKY: I gave the order to open the gate.", store=roster_store)
    assert (c.act, c.polarity) == ("gave_instructions", "affirm")


def test_approved_it_and_authorised_an_operation(roster_store: Store) -> None:
    (c,) = extract_text("PYATAKOV: Sedov proposed the scheme, and Trotsky approved it.", store=roster_store)
    assert (c.subject, c.act) == ("trotsky", "gave_instructions")
    (c,) = extract_text("Sedov had authorised only an arrest operation at the bridge.", store=roster_store)
    assert (c.subject, c.act) == ("sedov", "gave_instructions")


# -- journeys and handovers -------------------------------------------------------------------------------

def test_taken_crossed_reached(roster_store: Store) -> None:
    (c,) = extract_text("From Paris Sedov crossed to London in May 1936.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "travel", "London")
    (c,) = extract_text("Sedov reached Oslo on 2 December 1935.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("sedov", "travel", "Oslo", "1935-12-02")
    text = "MR. HALL: Were you taken by car from Oslo to Bergen in May 1936?\nKRESTINSKY: Yes."
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("krestinsky", "travel", "affirm")


def test_sent_with_no_one_sent_is_no_journey(roster_store: Store) -> None:
    # "sent a parcel to kill ...": no one sent, no journey, so the killing is not its aim.
    assert _triples("BUKHARIN: I deny that Sedov sent a parcel bomb to kill Trotsky in 1918.", roster_store) == [
        ("sedov", "assassination", "deny")]


def test_handed_a_power_something_is_espionage(roster_store: Store) -> None:
    (c,) = extract_text("In June 1938 Sedov handed the Japanese general staff the Soviet order of battle.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.time.iso()) == ("sedov", "espionage", "Japan", "1938-06")
    assert extract_text("In June 1938 Sedov handed the letter to his wife.", store=roster_store) == []
    (c,) = extract_text("SEDOV: I gave the Japanese only what bore on the war in China.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("sedov", "espionage", "Japan")
    # A demonym that names no power ("the British engineers") is no recipient power.
    assert extract_text("SEDOV: In 1933 I gave the British engineers a tour of the plant.", store=roster_store) == []


def test_see_as_an_intention_is_no_meeting(roster_store: Store) -> None:
    for text in ("RAKOVSKY: Sedov told me that Trotsky wished to see me.",
                 "RAKOVSKY: In Oslo you will see Sedov.",
                 "RAKOVSKY: I could see Sedov from the window.",
                 "RAKOVSKY: I couldn't see him in the grass.",
                 "RAKOVSKY: I wanted to meet Sedov in Oslo.",
                 "RAKOVSKY: I would not talk with Sedov about that.",
                 "RAKOVSKY: When they were outside I saw Sedov question those young men."):
        assert [c.act for c in extract_text(text, store=roster_store)] == [], text


def test_used_to_meet_is_a_meeting(roster_store: Store) -> None:
    (c,) = extract_text("RAKOVSKY: In 1934 I used to meet Sedov in Oslo.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("rakovsky", "meeting", "affirm")


def test_one_act_told_twice_in_a_sentence_is_one_claim(roster_store: Store) -> None:
    text = ("In 1937 Sedov and Holtzman were charged with the murder of Colonel Petrenko, killed by their bomb "
            "at the station in Oslo on 11 May 1936.")
    claims = extract_text(text, store=roster_store)
    assert sorted((c.subject, c.act) for c in claims) == [("holtzman", "assassination"), ("sedov", "assassination")]
    assert all((c.place, c.time.iso(), c.counterparts) == ("Oslo", "1936-05-11", ("petrenko",)) for c in claims)
    # Two meetings with other people or places stay two.
    text = "KRESTINSKY: In 1933 I met Sedov in Berlin, and in 1934 I met Trotsky in Oslo."
    assert len(extract_text(text, store=roster_store)) == 2


# -- act labels ---------------------------------------------------------------------------------------------

def test_nothing_to_do_with_a_death_denies_the_killing(roster_store: Store) -> None:
    assert _triples("SEDOV: I had nothing to do with Trotsky's death.", roster_store) == [
        ("sedov", "assassination", "deny")]


def test_plotting_with_someone_to_annex_is_treason_alone(roster_store: Store) -> None:
    text = "Sedov was accused of plotting with Trotsky's agents in 1936 to annex Karelia to Finland."
    assert _triples(text, roster_store) == [("sedov", "treason", "affirm")]
    assert extract_text("SEDOV: As we shall see when we look at annex 1 itself.", store=roster_store) == []
    # "conspired with X to kill Y" is the aim alone, as "a plot to kill Y" is, and the partner
    # shares it (the guide, since heldout19: "conspired with X and Y" is a plot of each).
    assert sorted(_triples("KRESTINSKY: In 1934 I conspired with Sedov to kill Rakovsky.", roster_store)) == [
        ("krestinsky", "assassination", "affirm"), ("sedov", "assassination", "affirm")]


def test_the_crimes_a_plea_is_about_are_no_claim_of_their_own(roster_store: Store) -> None:
    text = "KRESTINSKY: I accept my responsibility for the crimes committed at the camp."
    assert _triples(text, roster_store) == [("krestinsky", "plea", "affirm")]
    # ... while a named act pleaded to is one ("pleaded guilty to espionage").
    assert _triples("KRESTINSKY: I pleaded guilty to espionage.", roster_store) == [
        ("krestinsky", "espionage", "affirm"), ("krestinsky", "plea", "affirm")]


def test_relations_with_a_foreign_agent_is_espionage(roster_store: Store) -> None:
    assert _triples("SEDOV: I have never had any relations with a foreign agent.", roster_store) == [
        ("sedov", "espionage", "deny")]
    # ... while meeting one is a meeting.
    assert _triples("SEDOV: I never met any foreign agent in Kharkov.", roster_store) == [("sedov", "meeting", "deny")]


def test_a_bare_answer_with_adverbials_after_commas_takes_the_question(roster_store: Store) -> None:
    text = ("MR. HALL: On 13 July 1936, did you see Colonel Sedov in Oslo?\n"
            "KRESTINSKY: Yes, that evening, at the hotel, with Trotsky.")
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.polarity, c.time.iso()) == ("krestinsky", "meeting", "affirm", "1936-07-13")
    # A clause of its own after the comma is read as the answer's own words.
    text = "MR. HALL: Did you see Sedov in Oslo?\nKRESTINSKY: Yes, and afterwards Sedov flew to Berlin."
    assert [(c.subject, c.act) for c in extract_text(text, store=roster_store)] == [("sedov", "travel")]


def test_the_means_of_a_killing_is_no_act_of_its_own(roster_store: Store) -> None:
    text = "That September Sedov plotted to kill Trotsky by blowing up his train near Oslo."
    assert _triples(text, roster_store) == [("sedov", "assassination", "affirm")]
    # ... while a bombing and a killing told apart are two acts.
    assert _triples("Sedov blew up the bridge and killed Trotsky.", roster_store) == [
        ("sedov", "assassination", "affirm"), ("sedov", "sabotage", "affirm")]


def test_fellow_conspirators(roster_store: Store) -> None:
    assert _triples("Sedov and Trotsky were co-conspirators.", roster_store) == [
        ("sedov", "conspiracy", "affirm"), ("trotsky", "conspiracy", "affirm")]


def test_charges_admitted_denied_and_confessions_disowned(roster_store: Store) -> None:
    cases = [("BUKHARIN: I deny the charges.", "deny", "pleaded_not_guilty"),
             ("BUKHARIN: I reject the indictment.", "deny", "pleaded_not_guilty"),
             ("BUKHARIN: I admit the charges.", "affirm", "pleaded_guilty"),
             ("BUKHARIN: I admit everything.", "affirm", "pleaded_guilty"),
             ("BUKHARIN: I take back my earlier statement.", "deny", "repudiated"),
             ("BUKHARIN: My confession was extracted under torture.", "deny", "repudiated"),
             ("Bukharin later wrote that his confession had been dictated to him.", "deny", "repudiated")]
    for text, polarity, stance in cases:
        (c,) = extract_text(text, store=roster_store, stated_on="1938-03-02")
        assert (c.subject, c.act, c.polarity, c.extra["stance"]) == ("bukharin", "plea", polarity, stance), text
    # "most of them denied the charges": no one named pleads.
    assert extract_text("Most of them denied the charges of wrecking.", store=roster_store) == []


def test_a_negated_denial_cue_affirms(roster_store: Store) -> None:
    for text, stance in (("BUKHARIN: I do not deny my guilt.", "pleaded_guilty"),
                         ("BUKHARIN: I never retracted my confession.", "reaffirmed")):
        (c,) = extract_text(text, store=roster_store, stated_on="1938-03-02")
        assert (c.act, c.polarity, c.extra["stance"]) == ("plea", "affirm", stance), text


def test_the_act_pleaded_to_takes_the_pleas_polarity(roster_store: Store) -> None:
    assert _triples("BUKHARIN: I plead not guilty to the charge of espionage.", roster_store) == [
        ("bukharin", "espionage", "deny"), ("bukharin", "plea", "deny")]
    assert _triples("Bukharin pleaded guilty to treason.", roster_store) == [
        ("bukharin", "plea", "affirm"), ("bukharin", "treason", "affirm")]
    assert _triples("BUKHARIN: I deny the charges of wrecking.", roster_store) == [
        ("bukharin", "plea", "deny"), ("bukharin", "wrecking", "deny")]


def test_saw_before_a_clause_or_a_possibility_is_no_meeting(roster_store: Store) -> None:
    for text in ("KRESTINSKY: According to what I saw they were in a hurry.",
                 "KRESTINSKY: She could not have seen me on the 17th.",
                 "KRESTINSKY: Sedov said that he saw me do it."):
        assert [c.act for c in extract_text(text, store=roster_store) if c.act == "meeting"] == [], text


def test_an_act_after_if_is_not_asserted(roster_store: Store) -> None:
    for text in ("KRESTINSKY: If she saw me on the 17th, she would have said so.",
                 "KRESTINSKY: I have no way of knowing if he had already killed Sedov."):
        assert extract_text(text, store=roster_store) == [], text


def test_calling_in_an_invasion_or_an_intervention(roster_store: Store) -> None:
    text = "RAKOVSKY: I met Sedov in Oslo, but I never asked him to invade the Ukraine."
    assert ("rakovsky", "treason", "deny") in _triples(text, roster_store)
    text = "RAKOVSKY: In 1934 I wrote to the Japanese ambassador, asking Japan to intervene in the Far East."
    assert _triples(text, roster_store) == [("rakovsky", "conspiracy", "affirm")]


def test_so_did_and_as_did_copy_the_act_to_the_one_named(roster_store: Store) -> None:
    assert _triples("Sedov approved the plan in 1936, and so did Trotsky.", roster_store) == [
        ("sedov", "gave_instructions", "affirm"), ("trotsky", "gave_instructions", "affirm")]
    assert _triples("Sedov confessed to espionage in 1937, as did Rakovsky.", roster_store) == [
        ("rakovsky", "espionage", "affirm"), ("sedov", "espionage", "affirm")]
    assert _triples("Sedov never met Trotsky, nor did Rakovsky.", roster_store) == [
        ("rakovsky", "meeting", "deny"), ("sedov", "meeting", "deny")]


def test_an_order_that_came_from_someone_is_his(roster_store: Store) -> None:
    text = "KRESTINSKY: Every order that the centre carried out came from General Sedov."
    assert ("sedov", "gave_instructions", "affirm") in _triples(text, roster_store)
    text = "KRESTINSKY: I passed on the order to the group in 1934; it came from Trotsky."
    assert _triples(text, roster_store) == [("krestinsky", "gave_instructions", "affirm"),
                                            ("trotsky", "gave_instructions", "affirm")]
    for text in ("KRESTINSKY: The letter came from Sedov.", "KRESTINSKY: Sedov came from Berlin."):
        assert extract_text(text, store=roster_store) == [], text


def test_a_fronted_negation_denies(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: At no time did I meet Sedov.", roster_store) == [("krestinsky", "meeting", "deny")]
    assert _triples("KRESTINSKY: On no occasion did Sedov give me instructions.", roster_store) == [
        ("sedov", "gave_instructions", "deny")]


def test_how_do_you_plead_without_a_name(roster_store: Store) -> None:
    text = "THE PRESIDENT: How do you plead?\nHOLTZMAN: Not guilty."
    (c,) = extract_text(text, store=roster_store, stated_on="1936-08-19")
    assert (c.subject, c.act, c.polarity, c.asserted_by) == ("holtzman", "plea", "deny", "holtzman")
    text = "THE PRESIDENT: Accused Holtzman, how do you plead?\nHOLTZMAN: Guilty."
    (c,) = extract_text(text, store=roster_store, stated_on="1936-08-19")
    assert (c.subject, c.act, c.polarity) == ("holtzman", "plea", "affirm")


def test_a_stance_on_someone_elses_testimony_is_no_plea(roster_store: Store) -> None:
    for text in ("RAKOVSKY: I confirm the testimony of Bukharin.",
                 "RAKOVSKY: I fully confirm the testimony given by Bukharin.",
                 "RAKOVSKY: I confirm Bukharin's testimony.",
                 "Rakovsky denied the testimony of Krestinsky."):
        assert extract_text(text, store=roster_store) == [], text
    (c,) = extract_text("Rakovsky confirmed his testimony of 1937.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("rakovsky", "plea", "affirm")
    # ... and testimony "given by" someone is not an order given.
    (c,) = extract_text("The order to fire was given by Sedov.", store=roster_store)
    assert (c.subject, c.act) == ("sedov", "gave_instructions")


def test_a_negated_object_right_after_the_trigger_denies(roster_store: Store) -> None:
    assert _triples("KRESTINSKY: I met no one in Berlin.", roster_store) == [("krestinsky", "meeting", "deny")]
    assert _triples("KRESTINSKY: I met no one but Sedov in Berlin.", roster_store) == [
        ("krestinsky", "meeting", "affirm")]


def test_a_denial_ends_where_a_coordinated_admission_begins(roster_store: Store) -> None:
    claims = {c.act: c for c in extract_text(
        "Rakovsky denied that he had ever met Sedov, but admitted that he had spied for Japan.", store=roster_store)}
    assert claims["meeting"].polarity == "deny"
    assert claims["espionage"].polarity == "affirm"
    # ... while what the denied words report stays denied.
    (c,) = extract_text("Rakovsky denied that Trotsky told him to kill Kirov.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("trotsky", "gave_instructions", "deny")


def test_held_talks_audience_conferred_are_meetings(roster_store: Store) -> None:
    for text in ("KRESTINSKY: In 1933 I held talks with Sedov in Berlin.",
                 "KRESTINSKY: In 1933 I had an audience with Trotsky in Berlin.",
                 "KRESTINSKY: In 1933 I conferred with Sedov in Berlin."):
        (c,) = extract_text(text, store=roster_store)
        assert (c.subject, c.act, c.place) == ("krestinsky", "meeting", "Berlin"), text


def test_promising_territory_to_a_power_is_treason(roster_store: Store) -> None:
    assert _triples("RAKOVSKY: In 1934 Sedov promised the Maritime Province to Japan.", roster_store) == [
        ("sedov", "treason", "affirm")]
    assert extract_text("RAKOVSKY: The governor offered the province a new school.", store=roster_store) == []


def test_counts_pleaded_to(roster_store: Store) -> None:
    assert _triples("Sedov pleaded not guilty to two counts of espionage.", roster_store) == [
        ("sedov", "espionage", "deny"), ("sedov", "plea", "deny")]


def test_a_denial_reaches_over_a_list_of_names(roster_store: Store) -> None:
    claims = extract_text("Rakovsky denied that Trotsky and Sedov told him to kill Kirov.", store=roster_store)
    assert claims and all(c.polarity == "deny" for c in claims)


def test_did_you_order_answered(roster_store: Store) -> None:
    text = "MR. HALL: Did you order the shooting of the prisoners?\nKRESTINSKY: No, I did not."
    assert _triples(text, roster_store) == [("krestinsky", "gave_instructions", "deny")]
    text = "MR. HALL: Sedov was there. Did he order the shooting of the prisoners?\nKRESTINSKY: Yes."
    assert _triples(text, roster_store) == [("sedov", "gave_instructions", "affirm")]


def test_do_you_confirm_or_withdraw_your_testimony(roster_store: Store) -> None:
    for question, answer, polarity, stance in (
            ("Do you confirm your testimony?", "I do.", "affirm", "reaffirmed"),
            ("Do you withdraw your earlier testimony?", "Yes.", "deny", "repudiated"),
            ("Do you stand by your statement?", "No.", "deny", "repudiated")):
        text = f"THE PRESIDENT: {question}\nKRESTINSKY: {answer}"
        (c,) = extract_text(text, store=roster_store, stated_on="1938-03-03")
        assert (c.subject, c.act, c.polarity, c.extra["stance"]) == ("krestinsky", "plea", polarity, stance), text
