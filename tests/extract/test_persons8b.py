"""Words that are never a person's name: indefinite pronouns and sentence adverbs that a quotation
mark or a transcript's line number leaves capitalised mid-sentence (round 8, found in the shared
corpus after the merge: "he" took "Everything" as its antecedent)."""

from countertrial.extract import extract_text


def test_a_quoted_indefinite_pronoun_is_no_antecedent_for_he() -> None:
    text = ('Q. And to whom did he say, "Everything is finished," then? A. He said it. '
            "Q. What was the major doing? A. Nothing. He was sitting there and talking with Kostic and the others.")
    claims = extract_text(text)
    assert "everything" not in {c.subject for c in claims}
    assert [c.act for c in claims] in ([], ["meeting"])  # no other reading appears instead


def test_a_sentence_adverb_after_a_quotation_mark_is_no_person() -> None:
    text = 'The board wrote that "However it ends, Kostic will sign." He pleaded guilty the next year.'
    assert "however" not in {c.subject for c in extract_text(text)}


def test_a_name_after_a_fronted_act_noun_is_the_next_verbs_subject() -> None:
    """"At that meeting Sedov gave me instructions": the name after the noun "meeting" (its own act)
    and right before the verb is the verb's subject, not the object of a meeting (no claim before)."""
    for text in ("At that meeting Sedov gave me instructions.", "During the meeting Sedov gave me instructions.",
                 "At the meeting Sedov told me to kill Kirov."):
        assert ("sedov", "gave_instructions", "affirm") in {(c.subject, c.act, c.polarity) for c in extract_text(text)}
    # still the object where a clause goes on from the noun: "a meeting Sedov had organised" is no order
    assert not any(c.act == "gave_instructions" for c in extract_text("I attended a meeting Sedov had organised."))


def test_a_fronted_place_with_no_comma_leaves_the_name_after_it_a_person() -> None:
    """"In Berlin Pyatakov met Sedov": the run "Berlin Pyatakov" was read as one unknown place, so the
    act had no subject; the known town opening the sentence is the place, the name after it the
    subject. Only at a sentence's start: "from the Main Staff" stays as it was."""
    got = {(c.subject, c.act, c.place) for c in extract_text("In Berlin Pyatakov met Sedov in 1931.")}
    assert ("pyatakov", "meeting", "Berlin") in got
    got = {(c.subject, c.act, c.place) for c in extract_text("In Paris Sedov gave me instructions for terrorist acts.")}
    assert ("sedov", "gave_instructions", "Paris") in got


def test_an_unknown_name_after_a_fronted_place_before_a_past_tense_is_a_person() -> None:
    """"In Hamburg Kovtun stayed ..., and he flew to London": the unknown name after the fronted town
    is a person before a past tense too, so "he" has an antecedent; "In Paris Commune veterans met
    Sedov" makes no person of "Commune"."""
    text = "In Hamburg Kovtun stayed with his former wife, and he flew to London on 1 November."
    assert ("kovtun", "travel", "London") in {(c.subject, c.act, c.place) for c in extract_text(text)}
    assert "commune" not in {c.subject for c in extract_text("In Paris Commune veterans met Sedov in 1936.")}
