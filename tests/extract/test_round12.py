"""Round 12, general fixes found while reading the misses of the held-out sets read after earlier
rounds (heldout8 to heldout10): not their wordings, the structures. The sentences are written for the
tests (other trials, other names); each positive case failed before its fix."""

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}


def test_every_name_of_a_list_of_companions_made_the_journey() -> None:
    """"with Petrov and Ivanov": the companion after "and" went too, not only the first."""
    assert _claims("KOVACS: I went to Harbin with Petrov and Ivanov.") == {
        ("kovacs", "travel", "affirm"), ("petrov", "travel", "affirm"), ("ivanov", "travel", "affirm")}
    assert ("orlov", "travel", "affirm") in _claims("KOVACS: I went to Harbin with Petrov, Ivanov and Dr. Orlov.")
    # a new clause is no list: Ivanov did not come with him
    assert ("ivanov", "travel", "affirm") not in _claims("KOVACS: I went to Harbin with Petrov and then Ivanov came.")
    assert ("ivanov", "travel", "affirm") not in _claims("KOVACS: I went to Harbin with Petrov and I met Ivanov there.")


def test_more_bare_answers_take_the_question_over() -> None:
    """"Yes, it was I.", "Of course not.", "I deny it.", "Yes, she did.": whole answers that affirm or
    deny the question's act, like "Yes." and "No, I did not."."""
    q = "PROSECUTOR: Was it you who met Petrov in Lyon?\nKOVACS: "
    assert _claims(q + "Yes, it was I.") == {("kovacs", "meeting", "affirm")}
    assert _claims(q + "It wasn't me.") == {("kovacs", "meeting", "deny")}
    q = "PROSECUTOR: Did you meet Petrov in Lyon in 1932?\nKOVACS: "
    assert _claims(q + "Of course not.") == {("kovacs", "meeting", "deny")}
    assert _claims(q + "I deny it.") == {("kovacs", "meeting", "deny")}
    assert _claims("PROSECUTOR: Did Anna meet Petrov in Lyon?\nKOVACS: Yes, she did.") == {("anna", "meeting", "affirm")}
    # an answer that goes on is read in its own words, not as a bare one
    assert _claims(q + "Of course not, I was in Paris then.") == set()


def test_an_answer_that_agrees_with_a_negative_statement_denies_the_act() -> None:
    """"So you never went back to Lyon?" / "That is correct.": the witness confirms that he did not
    go. The negation of an inverted question stays unread: "Didn't you meet him?" / "Yes." affirms."""
    q = "PROSECUTOR: So you never went back to Lyon in 1932?\nKOVACS: "
    assert _claims(q + "That is correct.") == {("kovacs", "travel", "deny")}
    assert _claims(q + "No.") == {("kovacs", "travel", "deny")}
    assert _claims("PROSECUTOR: Is it right that you did not meet Petrov in Lyon?\nKOVACS: Yes.") == {
        ("kovacs", "meeting", "deny")}
    assert _claims("PROSECUTOR: So on no occasion did you go back to Lyon?\nKOVACS: That is correct.") == {
        ("kovacs", "travel", "deny")}
    assert _claims("PROSECUTOR: Didn't you meet Petrov in Lyon?\nKOVACS: Yes.") == {("kovacs", "meeting", "affirm")}
    assert _claims("PROSECUTOR: Isn't it true that you met Petrov in Lyon?\nKOVACS: Yes.") == {
        ("kovacs", "meeting", "affirm")}


def test_a_name_that_opens_a_sentence_before_a_verb_of_giving_or_telling_is_its_subject() -> None:
    """"Petrov gave me a pistol and told me to kill the mayor": Petrov (an unknown word opening the
    sentence) was not read as a name before "gave", so the order had no subject."""
    assert _claims("KOVACS: Petrov gave me a pistol and told me to kill the mayor.") == {
        ("petrov", "gave_instructions", "affirm")}


def test_a_possessive_gives_its_owner_only_the_noun_of_its_own_phrase() -> None:
    """"came to my flat and told me to": "my" owns "flat", not the order after "and" (the speaker
    was given the order by Petrov); "Petrov's order to kill" still is Petrov's."""
    # (since round 23 the visit is a journey too, to the flat, as r10-41's gold reads "came to my house")
    assert _claims("KOVACS: Petrov came to my flat and told me to kill the mayor.") == {
        ("petrov", "gave_instructions", "affirm"), ("petrov", "travel", "affirm")}
    assert _claims("KOVACS: Petrov's order to kill the mayor came in May.") == {("petrov", "gave_instructions", "affirm")}
    assert _claims("KOVACS: I spoke of my intention to travel to Tanzania.") == set()


def test_a_pronoun_coordinated_with_a_name_is_a_subject_too() -> None:
    """"Kovacs confessed that he and Petrov had placed a bomb": both placed it; "Petrov and he" is
    not Petrov twice."""
    assert _claims("Kovacs confessed that he and Petrov had placed a bomb under the bridge.") == {
        ("kovacs", "terrorism", "affirm"), ("petrov", "terrorism", "affirm")}
    assert _claims("Kovacs said that Petrov and he had met Ivanov in Paris.") == {
        ("kovacs", "meeting", "affirm"), ("petrov", "meeting", "affirm")}


def test_an_act_that_only_names_a_time_or_a_scene_is_no_claim() -> None:
    """"on the night of the murder", "victims of the killing": when, where, to whom, not who did it."""
    assert _claims("Witnesses placed Kovacs in Lyon on the night of the murder.") == set()
    assert _claims("Simon, Ruiz and their children were cited as victims of the killing.") == set()
    assert _claims("Kovacs was convicted of the murder.") == {("kovacs", "assassination", "affirm")}


def test_standing_trial_facing_charges_or_being_punished_for_a_crime_names_it() -> None:
    """"stood trial for the bombing", "faced charges of sabotage", "was jailed for the bombing": the
    charge, like "was convicted of"; a crime after "after" or "before" is a time, and "the Trial
    Chamber found that those rapes ..." no trial for them."""
    assert _claims("Kovacs stood trial for the bombing of the embassy.") == {("kovacs", "terrorism", "affirm")}
    assert _claims("Kovacs faced charges of sabotage.") == {("kovacs", "sabotage", "affirm")}
    assert _claims("Kovacs was jailed for the bombing of the embassy.") == {("kovacs", "terrorism", "affirm")}
    assert _claims("Kovacs was executed after the bombing.") == set()
    assert _claims("Kovacs was convicted after the bombings.") == set()


def test_a_how_or_why_question_answered_with_the_means_or_the_aim_takes_the_act_as_done() -> None:
    """"How did you travel to Lyon?" / "By train.": the journey, like "When did you ...?" / "In May."."""
    assert _claims("PROSECUTOR: How did you travel to Lyon?\nKOVACS: By train, with Petrov.") == {
        ("kovacs", "travel", "affirm")}
    assert _claims("PROSECUTOR: Why did you go to Lyon in May 1931?\nKOVACS: To meet Petrov.") == {
        ("kovacs", "travel", "affirm")}
    assert _claims("PROSECUTOR: How did you kill the mayor?\nKOVACS: With a knife.") == {
        ("kovacs", "assassination", "affirm")}
    # a denial is a denial
    assert _claims("PROSECUTOR: Why did you kill the mayor?\nKOVACS: I did not kill him.") == {
        ("kovacs", "assassination", "deny")}
