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
