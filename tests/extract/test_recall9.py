"""Round 9, after the merge: the lead's own probe sentences that still made no claim."""

from countertrial.extract import extract_text


def _got(text: str) -> set[tuple[str | None, str]]:
    return {(c.subject, c.act) for c in extract_text(text)}


def test_leading_or_running_an_act_said_as_a_noun_is_that_act() -> None:
    """"Brown headed the plot": an unknown name before "headed", "organised", "led" ... is a person
    (these verbs join `person_verbs`), and the noun after the verb is that person's act."""
    assert ("brown", "conspiracy") in _got("Brown headed the plot in 1932.")
    assert ("zinoviev", "conspiracy") in _got("Zinoviev organised the plot in 1932.")
    assert ("zinoviev", "conspiracy") in _got("Zinoviev led the conspiracy in 1932.")
    assert ("brown", "other") in _got("Brown committed the robbery in Boston in 1920.")


def test_an_article_opening_an_unknown_towns_name() -> None:
    """"at El Mozote", "at La Cantuta": a two-letter first word was taken for an initial, so the
    town the gazetteer lacks was no place."""
    got = {(c.subject, c.act, c.place) for c in extract_text("Ruiz killed the villagers at El Mozote in December 1981.")}
    assert ("ruiz", "assassination", "El Mozote") in got
    got = {(c.subject, c.place) for c in extract_text("Ruiz killed the students at La Cantuta in 1992.")}
    assert ("ruiz", "La Cantuta") in got
