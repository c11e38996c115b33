"""Round 12, precision on real transcripts read the way a user reads them (ingested turns of five
tribunal, inquiry and court transcripts, then ``extract``), second pass: in a fresh random sample of
sixty claims, twenty-six were wrong. Each test failed before the rule it names; the sentences are
written for the test (other trials, other names), never taken from the transcripts."""

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}


def test_named_witnesses_who_heard_explosions_set_none_off() -> None:
    """"Both witnesses, Ruiz and Lara, later heard gunfire and explosions": heard, not done, whoever
    hears them (before only "I" and "you" were perceivers), and two things heard are one complement."""
    assert _claims("KARIMI: Both witnesses Ruiz and Lara subsequently heard gunfire and explosions.") == set()
    assert _claims("KARIMI: Ruiz heard shots and explosions coming from the quarry.") == set()
    assert _claims("KARIMI: I heard gunfire and explosions near the depot.") == set()
    # a new verb after "and" is the hearer's own act again
    assert ("ruiz", "sabotage", "affirm") in _claims("KARIMI: Ruiz heard the order and organised the explosions.")
    assert ("ruiz", "assassination", "affirm") in _claims("KARIMI: Ruiz heard the order and killed the guard.")


def test_an_act_in_a_relative_clause_on_someone_or_no_one_is_not_the_subjects() -> None:
    """"I know of no one from our village who looted a house", "I met someone who had killed a
    priest": the act is that unnamed one's, not the speaker's."""
    assert _claims("KARIMI: I know of no one from our village who looted a house or killed anyone.") == set()
    assert ("karimi", "assassination", "affirm") not in _claims("KARIMI: I met someone who had killed a priest.")
    assert ("petrov", "espionage", "affirm") not in _claims(
        "KARIMI: Petrov met somebody in Paris who had spied for the Germans.")
    # the subject who is that someone, or a someone named, still does it
    assert ("karimi", "espionage", "affirm") in _claims("KARIMI: I was someone who spied for the Germans.")
    assert ("kovac", "assassination", "affirm") in _claims(
        "KARIMI: They were looking for someone named Kovac who had killed a woman.")
    assert ("karimi", "assassination", "affirm") in _claims("KARIMI: I killed anyone who resisted.")


def test_an_act_done_to_me_or_us_is_not_the_speakers() -> None:
    """"I was afraid that the soldiers would kill me", "what was told to me by my brother": the
    speaker is the one the act is done to; an unnamed doer does not make the speaker its subject."""
    assert _claims("KARIMI: I was afraid that these soldiers would come back and kill me.") == set()
    assert _claims("KARIMI: I thought the militiamen had come to kill us.") == set()
    assert _claims("KARIMI: I can only tell you what was told to me by my brother.") == set()
    # a meeting is two-sided, and the speaker's own acts stay
    assert ("karimi", "meeting", "affirm") in _claims("KARIMI: Two officers came to my office and met me there.")
    assert ("karimi", "assassination", "affirm") in _claims("KARIMI: I killed him before he could kill me.")


def test_killings_to_be_avoided_or_not_walked_away_from_are_no_acts() -> None:
    """"He exhorted us to avoid participating in killings", "told them to avoid taking part in the
    attacks": an act to be avoided is not done; "did not walk away from that killing" denies none."""
    assert ("karimi", "assassination", "affirm") not in _claims(
        "KARIMI: I attended a meeting where the mayor exhorted us to avoid participating in killings.")
    assert ("karimi", "assassination", "affirm") not in _claims(
        "KARIMI: The meeting I attended was the one held by the mayor in which he exhorted us to avoid participating "
        "in killings.")
    assert _claims("KARIMI: Kamali did not walk away from that killing.") == set()
    assert _claims("KARIMI: Kamali avoided the meeting with Petrov.") == set()
    # taking part, and the bare gerund after "stop", stay acts
    assert ("kamali", "assassination", "affirm") in _claims("KARIMI: Kamali took part in the killings.")
    assert ("karimi", "assassination", "deny") in _claims("KARIMI: I did not take part in the killings.")


def test_crime_as_the_legal_class_of_a_crime_is_no_act() -> None:
    """"Mr. Okafor will now address the ground of rape as a crime against humanity": "crime" names a
    legal class; counsel arguing a ground did nothing."""
    assert _claims("KARIMI: My colleague, Mr. Okafor, will now address the ground of rape as a crime "
                   "against humanity.") == set()
    assert _claims("KARIMI: Next, Ms. Lind will raise the ground of rape, as crimes against humanity.") == set()
    # a crime still is one
    assert ("brandt", "other", "affirm") in _claims("KARIMI: Officer Brandt committed a crime.")
    assert ("brandt", "other", "affirm") in _claims("KARIMI: Brandt was found guilty of crimes against humanity.")


def test_the_i_of_a_quotation_is_the_one_quoted() -> None:
    """'the Accused says, "I didn't kill anybody"', 'Petrov told me, "I killed the guard"': the "I"
    of direct speech is the one quoted, not the speaker who repeats it; when no one is named the
    claim is dropped rather than given to the speaker."""
    assert _claims('KARIMI: The Prosecutor listed names, and the Accused says, "I didn\'t kill anybody," '
                   'and then the Judges say, "No."') == set()
    assert _claims('KARIMI: The witness has just said, "Yes, but before that I had met Sedov".') == set()
    assert _claims('KARIMI: And she answered me, "Rather, I met Mr. Ivanov and his children."') == set()
    assert _claims('KARIMI: Then Petrov told me, "I killed the guard."') == {("petrov", "assassination", "affirm")}
    assert ("petrov", "meeting", "affirm") in _claims('KARIMI: Petrov said: "I met Sedov in Paris."')
    # the speaker's own words, quoted by himself, and a quotation closed before the act stay his
    assert ("karimi", "meeting", "affirm") in _claims('KARIMI: I said, "I met Sedov in Paris."')
    assert ("karimi", "meeting", "affirm") in _claims('KARIMI: He said "go", and then I met Sedov in Paris.')


def test_the_one_told_or_briefed_of_an_act_did_not_do_it() -> None:
    """"I was told that the soldiers had killed the priest", "Lind was briefed by Petrov about what
    had happened at the meeting; namely, that the mayor had ...": told, not done."""
    assert _claims("KARIMI: I was told that the soldiers had killed the priest.") == set()
    assert _claims("KARIMI: On the evening of 9 April, Lind was briefed by Petrov about what had happened at the "
                   "meeting earlier on; namely, that the mayor had elaborated the plan to kill the refugees.") == set()
    # an order received, and the listener's own later act, stay
    assert ("karimi", "received_instructions", "affirm") in _claims("KARIMI: I was told to kill the priest.")
    assert ("karimi", "assassination", "affirm") in _claims("KARIMI: I was told about the plan and I killed the priest.")
    assert ("karimi", "meeting", "affirm") in _claims(
        "KARIMI: I was told that I would meet Sedov in Paris, and I met him there.")


def test_he_who_saw_or_found_others_at_an_act_did_not_do_it() -> None:
    """"When Petrov came back, he found soldiers killing the survivors": "he" came upon the act, as
    "I" and a named witness do; "he saw them killing" is seen, not done."""
    assert _claims("KARIMI: When Petrov came back, he found soldiers killing the survivors.") == set()
    assert _claims("KARIMI: When Petrov came back, he saw soldiers killing the survivors.") == set()
    # his own act after "and" stays his
    assert ("petrov", "assassination", "affirm") in _claims(
        "KARIMI: When Petrov came back, he heard the order and killed the guard.")


def test_money_got_back_is_no_money_received() -> None:
    """"He was putting pressure on me to speak to Mr. Lowe and to get the money back": money
    recovered is not money received from anyone (and not Lowe's)."""
    assert _claims("KARIMI: So he was putting pressure on me to speak to Mr. Lowe and to get the money back.") == set()
    assert _claims("KARIMI: Lowe finally got the money back from the bank.") == set()
    # money received stays
    assert ("lowe", "received_instructions", "affirm") in _claims("KARIMI: Lowe got the money from Sedov in Paris.")


def test_a_meeting_hard_to_arrange_is_no_meeting() -> None:
    """"I would have difficulty meeting today": no meeting took place."""
    assert _claims("KARIMI: I would have difficulty meeting today.") == set()
    assert _claims("KARIMI: We had some trouble meeting that week.") == set()
    # a meeting that took place stays
    assert ("karimi", "meeting", "affirm") in _claims("KARIMI: When we met, he gave me instructions.")
    assert ("karimi", "meeting", "affirm") in _claims("KARIMI: I attended the meeting in Paris.")


def test_crime_before_a_noun_it_modifies_is_no_act() -> None:
    """"a crime scene investigator", "provided by our crime lab": "crime" modifies a noun; no one
    did anything (the Ferguson grand jury's "secure a crime scene" made officers criminals)."""
    assert _claims("KARIMI: The first witness, Detective Hollis, is a crime scene investigator.") == set()
    assert _claims("KARIMI: The swabs were sent to our crime lab by Officer Brandt.") == set()
    # a crime still is one
    assert ("brandt", "other", "affirm") in _claims("KARIMI: Officer Brandt committed a crime.")


def test_a_present_meet_in_a_clause_of_time_or_condition_is_no_meeting() -> None:
    """"the next time you meet", "if we meet again", "each day when we meet": English puts a meeting
    that took place in "met"; this one is to come, or a habit of the court."""
    assert _claims("KARIMI: Be here at nine for the next time we meet.") == set()
    assert _claims("KARIMI: If we meet again, I will tell you more.") == set()
    assert _claims("KARIMI: We have problems meeting this week.") == set()
    assert ("karimi", "meeting", "affirm") in _claims("KARIMI: When I met Kamali in Butare, he was armed.")


def test_a_transcribers_note_and_counsels_i_am_instructed_are_no_acts() -> None:
    """"(Declaration given by Witness TAK in Kinyarwanda)" is the transcriber's note; "Your Honour,
    I'm instructed that those checks were made" is counsel reporting what he was told (the lead,
    from the seed-24 judged sample)."""
    assert _claims("WITNESS KAYA: (Declaration given by Witness Kaya in Kinyarwanda)") == set()
    assert _claims("MR. OKAFOR: Your Honour, I'm instructed that those checks were made.") == set()
    assert _claims("MR. OKAFOR: We have been instructed that the witness is ill.") == set()
    # orders stay orders; a parenthetical aside in prose is the author's
    assert ("novak", "gave_instructions", "affirm") in _claims("KARIMI: Novak instructed me to kill the guard.")
    assert ("kolar", "received_instructions", "affirm") in _claims("KOLAR: I was instructed by Novak to kill him.")
    assert ("holtzman", "meeting", "affirm") in {(c.subject, c.act, c.polarity) for c in extract_text(
        "Holtzman lied. (Holtzman met Sedov in Copenhagen in 1932.)", stated_on="1994-06-20")}


def test_instructed_that_after_an_s_may_be_has_so_stays_an_order() -> None:
    """"he's instructed that the prisoners be shot" may be "he has instructed", an order: only a
    form of "be" makes the counsel's idiom ("I'm instructed that", "they're instructed that")."""
    from countertrial.extract.claims import _instructed_that
    from countertrial.extract.matching import Match

    def idiom(words: str) -> bool:
        lower = words.split()
        k = lower.index("instructed")
        return _instructed_that(lower, Match("A", "gave_instructions", k, k + 1))

    assert idiom("i 'm instructed that the checks were made")
    assert idiom("they ’re instructed that the witness is ill")
    assert not idiom("he 's instructed that the prisoners be shot")
    assert not idiom("he instructed that the prisoners be shot")
