"""A trigger's verb in its other forms (extract/inflect.py): acts.yaml lists "planted the bomb",
"arrived in", "stabbed"; a denial says "I did not plant the bomb", a question "Did you arrive in
Harbin?", a narrative "we were planting the bombs". Each positive case below gave no claim before the
derived forms; the sentences are written for the test."""

from pathlib import Path

import pytest

from countertrial.extract import extract_text
from countertrial.extract.inflect import derived_phrases, forms, gate_holds, main


def _claims(text: str, **kw: object) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20", **kw)}


def test_the_base_form_after_do_denies_or_asks() -> None:
    assert _claims("KOVACS: I did not plant the bomb.") == {("kovacs", "terrorism", "deny")}
    assert _claims("KOVACS: I didn't stab him.") == {("kovacs", "assassination", "deny")}
    assert _claims("KOVACS: I did not sign the order.") == {("kovacs", "gave_instructions", "deny")}
    # a verb ... object trigger too: "planted ... explosives"
    assert _claims("KOVACS: I did not plant any explosives under the bridge.") == {("kovacs", "terrorism", "deny")}
    # a question answered: the question's act is the witness's
    claims = extract_text("PROSECUTOR: Did you arrive in Harbin on 22 October 1909?\nKOVACS: Yes.")
    assert [(c.subject, c.act, c.polarity, c.place) for c in claims] == [("kovacs", "travel", "affirm", "Harbin")]
    # a name between "did" and the verb
    assert ("bemba", "travel", "affirm") in _claims(
        "PROSECUTOR: Did Mr Bemba himself cross into Cameroon?\nKOVACS: Yes, he did.")


def test_the_gerund_after_be_or_a_preposition_is_the_act() -> None:
    assert _claims("KOVACS: We were planting the bombs when the police came.") == {("kovacs", "terrorism", "affirm")}
    assert ("kovacs", "travel", "affirm") in _claims("KOVACS: After arriving in Harbin I went to the station.")


def test_the_derived_forms_count_nowhere_else() -> None:
    """A bare "plant", "order" or "planting" is a noun as often as a verb: only the contexts count."""
    assert _claims("KOVACS: The plant was closed in 1936.") == set()
    assert _claims("KOVACS: It was the planting season in the valley.") == set()
    # "do" as a main verb, not an auxiliary
    assert _claims("KOVACS: I will see what I can do in order to finish today.") == set()
    # "was going to" is a future; "way of seeing things" no meeting; "carry" no journey
    assert _claims("KOVACS: I was going to tell you about it.") == set()
    assert _claims("KOVACS: We never considered that way of seeing things.") == set()
    assert _claims("KOVACS: I do not carry all of those details in my head.") == set()
    # "I don't recall seeing it" denies no meeting
    assert _claims("KOVACS: I don't recall seeing him at the camp.") == set()
    # modals and "to" are no "do": an intention is no act
    assert _claims("KOVACS: He wanted me to plant the bomb.") == set()


def test_gates() -> None:
    lower = "i did not personally plant the bomb".split()
    assert gate_holds("b", lower, 4, lower)
    assert not gate_holds("b", "he wanted me to plant it".split(), 4, None)
    assert gate_holds("i", "accused of spying".split(), 2, None)
    assert not gate_holds("i", "the spying season".split(), 1, None)


def test_derived_phrases_leave_out_what_is_there() -> None:
    base, ing = derived_phrases(["planted the bomb", "plant the bomb", "espionage", "went to"])
    assert base == ["go to"] and ing == ["planting the bomb"]  # "going to": a future, never derived
    assert forms("stabbed") == ("stab", "stabbing") and forms("espionage") is None


def test_a_case_vocabulary_gets_the_forms_of_its_own_verbs(tmp_path: Path) -> None:
    """A verb the shipped table lacks is looked up in lemminflect."""
    vocab = tmp_path / "vocab.yaml"
    vocab.write_text("acts:\n  smuggling:\n    description: moving goods across a border in secret\n"
                     "    triggers: [smuggled rifles]\n", encoding="utf-8")
    assert ("kovacs", "smuggling", "deny") in _claims("KOVACS: I did not smuggle rifles.", vocab_paths=[vocab])


def test_the_shipped_table_covers_the_built_in_vocabulary() -> None:
    """vocab/verb_forms.tsv is generated from acts.yaml: a trigger added without regenerating it fails
    here (`python -m countertrial.extract.inflect --write`)."""
    assert main([]) == 0



_LUKIC = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "genocor" / "transcripts" / "sources" \
    / "YUG-Lukic" / "IT-98-32_1-29.txt"


def _lemminflect_loaded(code: str) -> bool:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "import sys\n" + code + "\nprint('lemminflect' in sys.modules)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1] == "True"


def test_extracting_with_the_built_in_vocabulary_never_loads_lemminflect() -> None:
    """Every past form of lemminflect's lexicon is in the shipped table, so extracting never loads
    lemminflect (about a second of every process) for the built-in vocabulary, even where the
    extractor asks about a word that is no trigger's (a coordinated clause's first word: "laid")."""
    text = ("KOVACS: The soldiers killed anyone they found. I testify that Nemeth was flying to Vienna.\n"
            "KOVACS: We were driving to the school and conferring with him, visiting the massacres' sites.\n"
            "KOVACS: He committed rape and murders against my country, nor did I see him earlier.\n")
    assert not _lemminflect_loaded(
        f"from countertrial.extract import extract_text\nassert extract_text({text!r})")
    assert not _lemminflect_loaded(
        "from countertrial.extract.inflect import forms\n"
        "assert forms('laid') == ('lay', 'laying') and forms('fled') == ('flee', 'fleeing')\n"
        "assert forms('people') is None and forms('tutsis') is None and forms('against') is None")


@pytest.mark.skipif(not _LUKIC.is_file(), reason="needs ../shared/corpora (the ICTY Lukic transcript)")
def test_a_real_transcript_never_loads_lemminflect() -> None:
    """A day of the ICTY Lukic trial loaded it before (the walk back from "people", "here", "as")."""
    assert not _lemminflect_loaded(
        "from countertrial.extract import extract_text\n"
        f"assert extract_text(open({str(_LUKIC)!r}, encoding='utf-8', errors='replace').read())")


def test_an_unknown_regular_past_is_still_asked_of_lemminflect() -> None:
    """A verb the lexicon lacks (a case's own, "genocided") is still read by lemminflect's rules."""
    assert forms("genocided") == ("genocide", "genociding")
