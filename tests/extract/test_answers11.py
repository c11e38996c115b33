"""Answers to questions, session 8: a denial said twice (the bare "No." and the answer's own
words) is one claim, not two; the test sentences are written for the test."""

from countertrial.extract import extract_text


def _claims(text: str) -> list[tuple[str | None, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1950-06-03"))


def test_a_denial_in_the_answers_own_words_is_not_counted_twice() -> None:
    """"... you met a courier in the Café Slavia and took a letter from him?" / "No. I met nobody in
    the Slavia, and I carried no letters": each act denied once."""
    got = extract_text("PROSECUTOR: In the spring of 1949 you met a courier from Germany in the Café Slavia and took "
                       "a letter from him for Horakova?\nKLEINEROVA: No. I met nobody in the Slavia, and I carried "
                       "no letters for anyone.", stated_on="1950-06-03")
    assert sorted((c.subject, c.act, c.polarity) for c in got) == [
        ("kleinerova", "meeting", "deny"), ("kleinerova", "received_instructions", "deny")]
    # the claim kept is set where the question sets it
    assert {c.place for c in got} == {"Café Slavia"}


def test_a_no_that_then_tells_another_version_keeps_both() -> None:
    """"No. I met him in Geneva": the question's meeting denied, the answer's affirmed."""
    assert _claims("PROSECUTOR: You met Novak in Vienna in 1948?\nKOLAR: No. I met him in Geneva, in 1947.") == [
        ("kolar", "meeting", "affirm"), ("kolar", "meeting", "deny")]
