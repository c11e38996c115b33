"""Round 16: a subject pronoun is never the person named as its own verb's object (binding)."""

from __future__ import annotations

from countertrial.extract import get_extractor
from countertrial.extract.segment import Segment


def _got(text: str) -> set[tuple[str | None, str, tuple[str, ...]]]:
    ext = get_extractor("rules", None, ())
    return {(c.subject, c.act, c.counterparts) for c in ext.extract([Segment(text, speaker="tas", role="witness")])}


def test_he_is_not_the_one_he_killed() -> None:
    # Before: "he" took the last name before it, the victim, and Murefu killed Murefu (an ICTR turn).
    got = _got("You referred to the killing of Murefu. When he killed Murefu he called upon the others.")
    assert not any(s == "murefu" for s, _a, _c in got)


def test_he_is_not_the_one_he_met() -> None:
    # Before: Sedov met (no one) -- "he" was Sedov, named in the sentence before.
    assert not any(s == "sedov" for s, _a, _c in _got("Sedov lived in Paris. He said that he met Sedov there in 1934."))


def test_he_still_resolves_when_the_name_is_someone_else() -> None:
    # the guard: a name after the pronoun that is not its person leaves the pronoun alone
    assert ("petrov", "meeting", ("kovacs",)) in _got("Petrov lived in Paris. He said that he met Kovacs there in 1934.")
    assert ("petrov", "meeting", ("kovacs",)) in _got("Petrov came to Lyon, and he met Kovacs there.")
