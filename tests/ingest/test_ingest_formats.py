"""Parsers on small fixtures, sniffing, and property tests of the shared machinery."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countertrial.errors import NotFound
from countertrial.ingest import parse_bytes, source_text
from countertrial.ingest.base import iter_lines
from countertrial.ingest.decode import decode
from countertrial.ingest.pipeline import _turn_id, build_document
from countertrial.ingest.textutil import find_date, ocr_number
from countertrial.ingest.transcript import Style, TurnBuilder
from countertrial.model import Person, stable_id
from countertrial.registry import parsers
from countertrial.resolve.speakers import SpeakerResolver
from countertrial.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def _texts(data: bytes, name: str, **kw: str) -> list[tuple[str, str, dict[str, object]]]:
    _, parsed, _ = parse_bytes(data, name, **kw)
    return [(d.speaker_label, source_text(parsed.text, d.segments), d.meta) for d in parsed.turns]


def test_every_format_is_registered_with_a_version() -> None:
    names = parsers.names()
    for expected in ("us_court.v1", "us_court_pdf.v1", "us_court_md.v1", "icty.v1", "ictr.v1", "xml_speech.v1",
                     "inquiry_rst.v1", "grand_jury.v1", "dialogue.v1", "article.v1", "captions.v1"):
        assert expected in names
    with pytest.raises(NotFound) as info:
        parsers.get("nope.v1")
    assert "icty.v1" in str(info.value)


def test_webvtt_voices_and_timestamps() -> None:
    turns = _texts((FIXTURES / "hearing.vtt").read_bytes(), "hearing.vtt")
    assert [t[0] for t in turns] == ["The Chair", "Jane Roe", "The Chair"]
    assert turns[1][1] == "I never met him in Copenhagen.\nI was in Oslo that week."
    assert turns[1][2]["start"] == 5.0 and turns[1][2]["end"] == 9.25


def test_srt_labels_and_continuation() -> None:
    turns = _texts((FIXTURES / "hearing.srt").read_bytes(), "hearing.srt")
    assert [(t[0], t[1]) for t in turns] == [
        ("THE CHAIR", "The committee will come to order."),
        ("MS. ROE", "I never met him in Copenhagen.\nI was in Oslo that week."),
        ("MS. ROE", "and I can prove it.")]
    assert turns[2][2]["continued"] is True


def test_colon_dialogue_with_title_case_labels_and_stage_directions() -> None:
    data = ("The President: Defendant Krestinsky, do you plead guilty?\n"
            "KRESTINSKY: I plead not guilty.\n[Commotion in court]\n"
            "The President: Sit down.\nhe continued after a pause.\n").encode()
    turns = _texts(data, "trial.txt")
    assert [(t[0], t[1]) for t in turns] == [
        ("The President", "Defendant Krestinsky, do you plead guilty?"),
        ("KRESTINSKY", "I plead not guilty."), ("", "[Commotion in court]"),
        ("The President", "Sit down.\nhe continued after a pause.")]


def test_article_format_reads_prose_without_labels() -> None:
    turns = _texts(b"First paragraph of prose.\n\nSecond paragraph.\n", "a.txt", format="article.v1")
    assert [(t[0], t[1]) for t in turns] == [("", "First paragraph of prose."), ("", "Second paragraph.")]


def test_us_court_page_with_ocr_line_numbers() -> None:
    page = ("J. Roe - Cross/Smith\nPage 412\nl Q And you told them that?\n2 A I did.\n3 MR. SMITH: Objection.\n"
            "4 THE COURT: Sustained.\n5 (Jury exits.)\n6 Q A lot of people\n7 heard it?\n8 A Yes.\n9 THE WITNESS: Sorry.\n"
            "lO Q Go on.\n").encode()
    _, parsed, _ = parse_bytes(page, "p.txt")
    got = [(d.speaker_label, d.page, d.line_start, d.line_end, source_text(parsed.text, d.segments),
            d.meta.get("examiner"), d.meta.get("witness")) for d in parsed.turns]
    assert got == [
        ("Q", 412, 1, 1, "And you told them that?", "SMITH", "J. Roe"),
        ("A", 412, 2, 2, "I did.", "SMITH", "J. Roe"),
        ("MR. SMITH", 412, 3, 3, "Objection.", None, None),
        ("THE COURT", 412, 4, 4, "Sustained.", None, None),
        ("", 412, 5, 5, "(Jury exits.)", None, None),
        ("Q", 412, 6, 7, "A lot of people\nheard it?", "SMITH", "J. Roe"),
        ("A", 412, 8, 8, "Yes.", "SMITH", "J. Roe"),
        ("THE WITNESS", 412, 9, 9, "Sorry.", None, "J. Roe"),
        ("Q", 412, 10, 10, "Go on.", "SMITH", "J. Roe"),
    ]


def test_find_date_forms() -> None:
    assert find_date("Friday, 16 November 2012") == "2012-11-16"
    assert find_date("New York, NY 10013 May 13, 2024 BEFORE") == "2024-05-13"
    assert find_date("26 AUGUST  2003") == "2003-08-26"
    assert find_date("no date here 1234") is None


def test_ocr_number() -> None:
    assert [ocr_number(t) for t in ("l", "lO", "ll", "l8", "25", "O", "ab")] == [1, 10, 11, 18, 25, None, None]


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=20),
       st.sampled_from(["\n", "\r\n"]))
def test_iter_lines_covers_the_text(lines: list[str], eol: str) -> None:
    lines = [ln.replace("\r", "").replace("\n", "") for ln in lines]
    text = eol.join(lines)
    spans = list(iter_lines(text))
    expected = text.split(eol) if text else []
    if text.endswith(eol):
        expected.pop()
    assert [text[s.start:s.end] for s in spans] == expected


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200).filter(str.strip),
       st.sampled_from(["utf-8", "utf-16"]))
def test_decode_round_trips_text(text: str, encoding: str) -> None:
    decoded, _ = decode(text.encode(encoding), "x")
    assert decoded == text


_LINE = st.one_of(
    st.from_regex(r"(MR\. [A-Z]{3,8}|THE COURT|THE WITNESS): [A-Za-z ,.?]{1,40}", fullmatch=True),
    st.from_regex(r"[QA] [A-Z][a-z][a-z ,.?]{0,40}", fullmatch=True),
    st.from_regex(r"[a-z][a-z ,.?]{0,40}", fullmatch=True),
    # a stage note with a word in it: an all-capital line before any label ("(A .)") is cover-page
    # furniture by design, not a stage note
    st.from_regex(r"\([A-Z][a-z][a-z ]{0,19}\.\)", fullmatch=True),
    st.just(""),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=40))
def test_turn_builder_segments_are_exact_and_ordered(lines: list[str]) -> None:
    """Whatever the lines, every turn's segments lie inside one source line, in order, never
    overlap, and together hold exactly the words that is not a label or Q/A mark."""
    text = "\n".join(lines)
    builder = TurnBuilder(text, Style())
    for ln in iter_lines(text):
        builder.feed(ln.start, ln.end, 1, ln.number)
    builder.close()
    last = -1
    words = 0
    for draft in builder.turns:
        for a, b in draft.segments:
            assert last <= a < b and "\n" not in text[a:b] and text[a:b] == text[a:b].strip()
            last = b
            words += len(text[a:b].split())
    expected = 0
    for line in lines:
        labeled = ": " in line and line.split(": ", 1)[0].isupper()
        body = line.split(": ", 1)[1] if labeled else line
        if body[:2] in ("Q ", "A ") and not labeled:  # after a label, "A" is a word ("THE COURT: A ")
            body = body[2:]
        expected += len(body.split())
    assert words == expected


_ICTR_DAY = (b"THE INTERNATIONAL CRIMINAL TRIBUNAL FOR RWANDA\n\nCASE NO.: ICTR-99-99-T\tTHE PROSECUTOR\n"
             b"3 MAY 2003\n0900H\nCONTINUED TRIAL\n\nI N D E X\n\nWITNESSES\nFor the Prosecution:\nWIDNES QQX\n"
             b"Cross-examination by Mr. Zulu\t2\n\nJANE ROE\nExamination-in-chief by Mr. Zulu\t9\n\n"
             b"P R O C E E D I N G S\nMR. ZULU:\nGood morning.\nBY MR. ZULU:\nQ.\tWhere were you?\nA.\tAt home.\n"
             b"MADAM PRESIDENT:\nCall the expert witness.\nJANE ROE,\nfirst having been duly sworn,\n"
             b"EXAMINATION-IN-CHIEF\nBY MR. ZULU:\nQ.\tYour name?\nA.\tJane Roe.\n(Pages 1 to 9 by Ann Doe)\n")


def test_ictr_witness_listed_without_prefix_is_resolved(store: Store) -> None:
    """Regression: index entries with a misspelt prefix (WIDNES QQX) or a full name and no prefix
    (JANE ROE) were not witnesses, so A. and THE WITNESS turns resolved to nobody."""
    store.put([Person(id="roe", name="Jane Roe")])
    store.set_aliases("person", "roe", ["Jane Roe"])
    parser, parsed, encoding = parse_bytes(_ICTR_DAY, "day.txt")
    _doc, turns = build_document(parsed, parser, "d" * 64, "day.txt", len(_ICTR_DAY), encoding, None,
                                 SpeakerResolver(store))
    answers = [(t.text, t.meta.get("witness"), t.person) for t in turns if t.speaker_label == "A"]
    assert answers == [("At home.", "WITNESS QQX", None), ("Jane Roe.", "JANE ROE", "roe")]


def test_fast_turn_ids_are_stable_ids() -> None:
    doc_id = hashlib.sha256(b"x").hexdigest()
    assert all(_turn_id(doc_id, seq) == stable_id(doc_id, seq) for seq in (0, 1, 17, 123456))


def test_markdown_line_number_that_skips_ahead_before_a_label_is_a_line_number() -> None:
    """Regression: in the scrambled Markdown extraction, lines 11-13 may be lost or moved, and
    '14 COURT OFFICER: ...' then stayed inside THE COURT's turn as text."""
    md = (b"911 1 THE COURT: Good morning. 2 People, please call your first witness. 14 COURT OFFICER: "
          b"Remain standing. 15 THE CLERK: Please raise your right hand. 16 Do you swear, all 30 of you?\n")
    _, parsed, _ = parse_bytes(md, "day.md", format="us_court_md.v1")
    got = [(d.speaker_label, d.line_start, source_text(parsed.text, d.segments)) for d in parsed.turns]
    assert got == [("THE COURT", 1, "Good morning.\nPeople, please call your first witness."),
                   ("COURT OFFICER", 14, "Remain standing."),
                   ("THE CLERK", 15, "Please raise your right hand.\nDo you swear, all 30 of you?")]
