"""Round 13, general fixes found from the classes of heldout11's misses (read after round 12): an
address after a bare answer in other languages' courts, a verb of going with a particle, and a
common noun as the subject of a verb (not the person named before it). The sentences are written for
the tests (other trials, other names); each positive case failed before its fix."""

from pathlib import Path

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}


def test_a_bare_answer_with_an_address_takes_the_question_over() -> None:
    """"No, Monsieur.", "Yes, citizen president.": the address as "sir" or "Your Honour" is."""
    q = "PROSECUTOR: Did you poison your uncle at Tulle in 1840?\nKOVACS: "
    assert _claims(q + "No, Monsieur. I loved my uncle.") == {("kovacs", "poisoning", "deny")}
    assert _claims(q + "Yes, citizen president.") == {("kovacs", "poisoning", "affirm")}


def test_a_verb_of_going_with_a_particle_is_a_journey() -> None:
    """"came down from Paris to Tulle", "went over to Lyon": the journey, to the place after it; "the
    question came up", "came into contact" are none."""
    assert _claims("Kovacs came down from Paris to Tulle in 1840.") == {("kovacs", "travel", "affirm")}
    assert _claims("KOVACS: In May we flew back to Lyon.") == {("kovacs", "travel", "affirm")}
    assert _claims("KOVACS: The question came up in Lyon.") == set()
    assert _claims("KOVACS: We came into contact with Petrov in Lyon.") == set()


def test_a_common_noun_before_a_verb_is_its_subject_not_the_person_before_it() -> None:
    """"the soldiers killed his brother", "the court ordered the widow to pay": the act is the noun's,
    not the act of the person named earlier in the sentence, nor of one who reports it."""
    assert _claims("Kovacs was arrested in May; the soldiers killed his brother in June.") == set()
    assert _claims("On 29 March the jury acquitted Kovacs, and the court ordered the widow to pay the costs.") == set()
    assert _claims("Kovacs said that the soldiers had killed the mayor.") == set()
    assert _claims("KOVACS: I explained that those delinquents killed Hutu as well as Tutsi.") == set()
    # the person is still the subject of his own verb, and a subject with "and"
    assert _claims("Kovacs and his men killed the mayor.") == {("kovacs", "assassination", "affirm")}
    assert _claims("KOVACS: I and the sous-prefect attended a security meeting in Lyon.") == {
        ("kovacs", "meeting", "affirm")}
    assert _claims("Kovacs confessed that he had killed the mayor.") == {("kovacs", "assassination", "affirm")}


def test_a_noun_after_a_preposition_is_no_subject() -> None:
    """"Sedov with the letters went to Oslo": "the letters" is the object of "with", not the subject
    the common-noun rule above looks for (a guard of that rule's exception: it passed before it)."""
    assert _claims("KOVACS: Lev Sedov with the letters went to Oslo in 1934.") == {("sedov", "travel", "affirm")}


def test_he_in_an_answer_is_the_one_person_the_question_names() -> None:
    """"What did Petrov do in Lyon?" / "He met Sedov at the station.": with no one named before it in
    the answer, "he" is Petrov; not when the question names two, nor the witness it is put to, nor
    after a noun "he" may stand for ("The witness said he ...")."""
    assert _claims("PROSECUTOR: What did Petrov do in Lyon?\nMENG: He met Sedov at the station.") == {
        ("petrov", "meeting", "affirm")}
    assert _claims("PROSECUTOR: What did Petrov and Ivanov do in Lyon?\nMENG: He met Sedov at the station.") == set()
    assert _claims("PROSECUTOR: Witness Meng, what happened in Lyon?\nMENG: He met Sedov at the station.") == set()
    assert _claims("PROSECUTOR: What did Petrov do?\nMENG: The witness said he met Sedov in Lyon.") == set()


def test_a_verb_and_object_trigger_in_the_passive_is_the_act_of_the_one_after_by() -> None:
    """"Our bombs were made by Petrov", "the instructions were given by Petrov", "the secrets were
    passed by Petrov": the object first, the doer after "by"; "by hand" names no doer."""
    assert _claims("KOVACS: Our bombs were made by Petrov in the garden at Lyon.") == {("petrov", "terrorism", "affirm")}
    assert _claims("KOVACS: The instructions were given by Petrov in May.") == {("petrov", "gave_instructions", "affirm")}
    assert _claims("The secrets were passed by Petrov to the Soviets.") == {("petrov", "espionage", "affirm")}
    assert _claims("KOVACS: The bombs were made by hand in Lyon.") == set()


def test_a_name_after_a_fronted_noun_act_is_the_next_verbs_subject() -> None:
    """"After his trip to Lyon in 1931 Kovacs met Petrov": the fronted trip (a noun with its own place
    and time) does not make Kovacs its object; he met Petrov."""
    assert ("kovacs", "meeting", "affirm") in _claims("After his trip to Lyon in 1931 Kovacs met Petrov.")
    assert ("kovacs", "meeting", "affirm") in _claims("KOVACS: On my journey to Lyon I met Petrov.")


def test_a_case_vocabulary_may_add_triggers_that_count_only_as_nouns(tmp_path: Path) -> None:
    """acts.yaml ``noun_triggers``: "return to" counts after a possessive, an article or "after"/"on"
    ("after his return to Lyon"), not as a verb ("I will return to Lyon")."""
    vocab = tmp_path / "vocab.yaml"
    vocab.write_text("acts:\n  travel:\n    description: a journey\n    triggers: []\n"
                     "    noun_triggers: [return to]\n", encoding="utf-8")
    got = {(c.subject, c.act, c.polarity) for c in extract_text(
        "KOVACS: On my return to Lyon I met Petrov.", stated_on="1994-06-20", vocab_paths=[vocab])}
    assert ("kovacs", "travel", "affirm") in got
    assert not [c for c in extract_text("KOVACS: I will return to Lyon tomorrow.", stated_on="1994-06-20",
                                        vocab_paths=[vocab]) if c.act == "travel"]
