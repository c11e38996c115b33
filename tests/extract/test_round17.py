"""Round 17: whose act it is, from the seed-27 reading's classes of wrong person -- a river or a
school taken for a person, an event seen or happening taken for the act of the one who saw it, the
"I" of a quoted earlier answer taken for the counsel quoting it, a noun subject behind "not yet".
Each sentence is written for the test after a transcript turn of that class; each failed before."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str | None, str, str]]:
    return {(c.asserted_by, c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="2004-05-10")}


def test_a_named_river_or_school_is_no_person() -> None:
    # before: ("kamali", "river", "travel", "affirm") -- "River" made a new person
    assert _claims("KAMALI: We waded across the Akagera River and went on to Tanzania.") == {
        ("kamali", "kamali", "travel", "affirm")}
    # before: the killing was "school"'s
    assert not any(s == "school" for _b, s, _a, _p in _claims(
        "KAMALI: Murambi Technical School and other places were able to show evidence of killing."))


def test_a_surname_like_a_place_head_is_still_a_person() -> None:
    # the guard: "Hill", "Bay", "Church" are surnames as well as heads, and stay persons
    got = _claims("KAMALI: Paddy Hill planted the bomb in the pub.")
    assert ("kamali", "hill", "terrorism", "affirm") in got


def test_an_event_seen_or_shown_is_not_the_seers_act() -> None:
    # before: the speaker killed in the first, third and fourth; the second and fifth held already
    for text in ("KAMALI: I was a witness to the murder of my cousin.",
                 "KAMALI: At the roadblock I saw the massacre from a distance.",
                 "KAMALI: In every commune, Nyamata and Ntarama, we were able to find evidence of extensive killing.",
                 "KAMALI: I never went back to the house where the murder had occurred.",
                 "KAMALI: I heard about the killing of Murefu."):
        assert not any(a == "assassination" for _b, _s, a, _p in _claims(text)), text


def test_the_doer_of_a_named_event_still_does_it() -> None:
    # the guard: a subject who commits the murder, or orders the killings, keeps the act
    assert ("kamali", "petrov", "assassination", "affirm") in _claims("KAMALI: Petrov committed the murder in Butare.")
    assert ("kamali", "petrov", "gave_instructions", "affirm") in _claims("KAMALI: Petrov ordered the killings.")


def test_i_in_a_quoted_earlier_answer_is_the_witness_asked() -> None:
    # before: ("tas", "kouengoua", "meeting", "affirm") -- counsel met him, said the witness
    got = _claims('KOUENGOUA: Witness TAS, you testified, "I met the bourgmestre twice in 1994"; is that correct?\n'
                  "TAS: Yes, that is correct.")
    assert {(b, s, a) for b, s, a, _p in got} == {("tas", "tas", "meeting")}


def test_a_noun_subject_behind_not_yet_is_not_the_speakers() -> None:
    # before: ("kouengoua", "kouengoua", "travel", "deny") -- counsel had not arrived
    assert _claims("KOUENGOUA: When we filed the list, the witnesses had not yet arrived in Arusha.") == set()
