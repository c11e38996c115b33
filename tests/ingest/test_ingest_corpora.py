"""Every shared corpus file ingests, with exact provenance; spot checks against the printed page.

Every file is parsed once per module; a subset goes through ``ingest_paths`` into a store."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import hashlib

from countertrial.ingest import expand_paths, ingest_paths, parse_bytes, turn_source_text
from countertrial.ingest.pipeline import build_document
from countertrial.ingest.provenance import decode_segments
from countertrial.model import Document, Person, Turn
from countertrial.resolve.speakers import SpeakerResolver
from countertrial.store import Store, open_store

pytestmark = pytest.mark.shared

EXPECTED_FORMATS = {
    "VOLUME II.an": "xml_speech.v1",
    "VOLUME II.txt": "grand_jury.v1",
    "RWA-Gacumbitsi-full-indented.xml": "xml_speech.v1",
    "ICTR-01-64-": "ictr.v1",
    "IT-": "icty.v1",
    "000": "us_court.v1",
    ".md": "us_court_md.v1",
    ".pdf": "us_court_pdf.v1",
    ".rst": "inquiry_rst.v1",
    "krestinskys": "dialogue.v1",
}


def _people(store: Store) -> None:
    store.put([Person(id="trotsky", name="Leon Trotsky"), Person(id="cohen", name="Michael D. Cohen"),
               Person(id="blanche", name="Todd Blanche")])
    store.set_aliases("person", "trotsky", ["Leon Trotsky", "Trotsky"])
    store.set_aliases("person", "cohen", ["Michael D. Cohen", "Michael Cohen"])
    store.set_aliases("person", "blanche", ["Todd Blanche"])


class Parsed:
    """Every corpus file parsed and built into a Document and its Turns (no store writes: that
    is exercised by ``ingest_paths`` on a subset below, and by bench/ingest.py on everything)."""

    def __init__(self, shared_dir: Path) -> None:
        self.store = open_store(":memory:")
        _people(self.store)
        resolver = SpeakerResolver(self.store)
        files, errors = expand_paths([shared_dir / "corpora", shared_dir / "seed"])
        assert errors == []
        self.docs: dict[str, Document] = {}
        self.turns: dict[str, list[Turn]] = {}
        for name in files:
            data = Path(name).read_bytes()
            parser, parsed, encoding = parse_bytes(data, name)
            doc, turns = build_document(parsed, parser, hashlib.sha256(data).hexdigest(), name, len(data), encoding,
                                        None, resolver)
            self.docs[Path(name).name] = doc
            self.turns[doc.id] = turns


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> Iterator[Parsed]:
    parsed = Parsed(shared_dir)
    yield parsed
    parsed.store.close()


def _find(corpus: Parsed, doc: Document, start: str) -> Turn:
    for t in corpus.turns[doc.id]:
        if t.text.startswith(start):
            return t
    raise AssertionError(f"no turn starting {start!r} in {doc.path}")


def test_every_corpus_file_ingests_with_its_format(corpus: Parsed, shared_dir: Path) -> None:
    docs = corpus.docs
    on_disk = [p for p in (shared_dir / "corpora").rglob("*") if p.is_file() and p.suffix not in (".csv",)
               and not p.name.startswith("README")]
    assert len(docs) == len(on_disk) + 1  # + the seed
    for name, doc in docs.items():
        fmt = next((f for key, f in EXPECTED_FORMATS.items() if key in name), None)
        assert doc.format == fmt, (name, doc.format)
        assert corpus.turns[doc.id], name


def test_stored_text_is_exactly_the_cleaned_source_span(corpus: Parsed) -> None:
    """For every turn of every file: text == the segments of the source joined (provenance.py), every
    segment lies in [char_start, char_end], and in line formats a segment is the rest of its source
    line after furniture only (line number, Q/A mark, speaker label, indentation)."""
    docs = corpus.docs
    furniture = re.compile(r"[\s\d|lIO]*(?:[QAR]\.?\s+|<v [^>]*>|[\"“‘']?\*{0,2}[^\n]{0,80}?\*{0,2}\s*:\s*)?")
    checked = 0
    for doc in docs.values():
        line_based = doc.format not in ("xml_speech.v1", "us_court_md.v1")
        for turn in corpus.turns[doc.id]:
            assert turn.text == turn_source_text(doc, turn), (doc.path, turn.seq)
            segments = decode_segments(turn.meta["segments"])
            assert min(a for a, _ in segments) == turn.char_start
            assert max(b for _, b in segments) == turn.char_end
            for a, b in segments:
                assert turn.char_start <= a < b <= turn.char_end
                if line_based:
                    line_start = doc.text.rfind("\n", 0, a) + 1
                    line_end = doc.text.find("\n", b)
                    assert doc.text[b:line_end if line_end >= 0 else len(doc.text)].strip() in ("", "</v>")
                    assert furniture.fullmatch(doc.text[line_start:a].replace("\f", "")), (doc.path, doc.text[line_start:a])
            checked += 1
    assert checked > 50_000


def test_pdf_page_and_line_match_the_printed_page(corpus: Parsed) -> None:
    docs = corpus.docs
    doc = docs["5-14-2024.pdf"]
    assert doc.session_date == "2024-05-14" and doc.pages == 241
    q = _find(corpus, doc, "Mr. Cohen, you have been following")
    assert (q.page, q.line_start, q.line_end, q.speaker_label, q.role) == (3653, 16, 17, "Q", "counsel")
    assert q.meta["examiner"] == "MR. BLANCHE" and q.person == "blanche"
    a = corpus.turns[doc.id][q.seq + 1]
    assert (a.speaker_label, a.page, a.line_start, a.text) == ("A", 3653, 18, "To some extent, yes.")
    assert a.person == "cohen"
    court = _find(corpus, doc, "Just don't make it about yourself.")
    assert (court.speaker_label, court.role, court.page, court.line_start, court.line_end) == ("THE COURT", "judge", 3653, 2, 5)
    assert "3653" not in court.text and "Kramsky" not in court.text


def test_ocr_page_with_noisy_line_numbers_matches_the_pdf(corpus: Parsed) -> None:
    docs = corpus.docs
    ocr = corpus.turns[docs["00050.txt"].id]
    assert [(t.page, t.line_start, t.line_end) for t in ocr] == [(867, 1, 25)]
    page = docs["4-22-2024.pdf"].text.split("\f")[50].splitlines()
    assert page[3] == "Page 867"
    pdf_words = [w for line in page[4:] for w in line.split()[1:]]
    assert ocr[0].text.split() == pdf_words
    assert "lO" not in ocr[0].text.split() and "Senior Court Reporter" not in ocr[0].text


def test_icty_pages_are_counted_by_line_number_resets(corpus: Parsed) -> None:
    docs = corpus.docs
    doc = docs["IT-09-92-100.txt"]
    assert doc.pages == 81 and doc.session_date == "2012-11-16" and doc.encoding == "utf-16-le"
    q = _find(corpus, doc, "Mr. Thomas, I would like to now ask you about some of the tactics")
    assert (q.page, q.line_start, q.line_end, q.meta["examiner"], q.meta["witness"]) == (
        2, 6, 10, "MR. IVETIC", "FRANCIS ROY THOMAS")
    judge = _find(corpus, doc, "In order to make life easier")
    assert (judge.speaker_label, judge.page, judge.line_start, judge.meta.get("page_end"), judge.line_end) == (
        "JUDGE ORIE", 2, 25, 3, 1)
    old = docs["IT-05-88-36.txt"]
    assert old.encoding == "utf-8" and old.session_date == "2000-05-22"
    labels = Counter(t.speaker_label for t in corpus.turns[old.id])
    assert labels["Q"] > 100 and labels["A"] > 100


def test_ictr_page_ranges_and_encodings(corpus: Parsed) -> None:
    docs = corpus.docs
    assert docs["ICTR-01-64-12.txt"].encoding == "utf-16-le"
    assert docs["ICTR-01-64-3.txt"].encoding == "cp1252"
    doc = docs["ICTR-01-64-3.txt"]
    assert doc.session_date == "2003-08-04"
    answer = _find(corpus, doc, "Yes.  His name was Sylvestre Gacumbitsi.")
    assert answer.speaker_label == "A" and answer.meta["pages"] == [9, 18] and answer.page is None
    assert answer.meta["witness"] == "WITNESS TAC"
    assert doc.text.splitlines()[answer.line_start - 1].endswith(answer.text)
    assert not any("I N D E X" in t.text or "hereby certify" in t.text for t in corpus.turns[doc.id])


def test_tei_turns_have_speakers_roles_and_session_dates(corpus: Parsed) -> None:
    docs = corpus.docs
    turns = corpus.turns[docs["RWA-Gacumbitsi-full-indented.xml"].id]
    speeches = [t for t in turns if t.role not in ("stage", "narrative")]
    assert len(speeches) > 9000
    assert {t.session_date for t in speeches} >= {"2003-08-04", "2003-08-26"}
    assert Counter(t.role for t in speeches)["judge"] > 500
    assert all(t.speaker_label for t in speeches)
    # The cast's roles: "lawyer prosecution" is the prosecutor, "lawyer defense" counsel, "registrar" a clerk.
    roles = {t.speaker_label: t.role for t in speeches}
    assert (roles["MR. KAREGYESA"], roles["MR. KOUENGOUA"], roles["MR. MUGWANYA"]) == ("prosecutor", "counsel", "clerk")
    # ... and role="accused" the accused, who "the Accused" is in the extraction
    assert {label for label, role in roles.items() if role == "accused"} == {"SYLVESTRE GACUMBITSI"}


def test_inquiry_turn_count_matches_the_rst_markup(corpus: Parsed, shared_dir: Path) -> None:
    docs = corpus.docs
    for name in ("2024-04-09.rst", "2024-05-22.rst", "2024-05-23.rst"):
        raw = (shared_dir / "corpora/uk-post-office-inquiry/phases-5-6" / name).read_text("utf-8")
        expected = len(re.findall(r"^\*\*[^*]+\*\*\s*:", raw, re.MULTILINE))
        labeled = [t for t in corpus.turns[docs[name].id] if t.speaker_label]
        assert len(labeled) == expected, name
    vennells = [t for t in corpus.turns[docs["2024-05-22.rst"].id] if t.speaker_label == "Paula Vennells"]
    assert len(vennells) > 300 and all(t.role == "witness" for t in vennells)
    assert docs["2024-05-22.rst"].session_date == "2024-05-22"


def test_grand_jury_pages_are_25_line_blocks(corpus: Parsed) -> None:
    docs = corpus.docs
    doc = docs["VOLUME II.txt"]
    assert 180 <= doc.pages <= 186 and doc.session_date == "2014-09-03"
    turns = corpus.turns[doc.id]
    assert all(1 <= (t.line_start or 0) <= 25 for t in turns if t.page is not None)
    labels = Counter(t.speaker_label for t in turns)
    assert labels["Q"] > 200 and labels["A"] > 200 and labels["MS. ALIZADEH"] > 10


def test_seed_article_keeps_prose_and_dialogue(corpus: Parsed) -> None:
    docs = corpus.docs
    doc = docs["krestinskys-repudiation-1938.txt"]
    turns = corpus.turns[doc.id]
    assert doc.kind == "article"
    speakers = [t.speaker_label for t in turns if t.speaker_label]
    assert speakers == ["GOLDMAN", "TROTSKY"]
    trotsky = next(t for t in turns if t.speaker_label == "TROTSKY")
    assert trotsky.person == "trotsky" and trotsky.text.startswith("Everything is possible.")
    assert any(t.role == "narrative" and "Krestinsky" in t.text for t in turns)


def test_ingest_paths_stores_what_the_parsers_built(corpus: Parsed, shared_dir: Path) -> None:
    """Through the store: same turns as built in memory, text still exact after the round trip,
    and a second run skips every document by content hash."""
    store = open_store(":memory:")
    _people(store)
    paths = [shared_dir / "seed", shared_dir / "corpora/genocor/transcripts/sources/RWA-Gacumbitsi/ICTR-01-64-12.txt",
             shared_dir / "corpora/ny-trump-trial/caughtlistening/transcripts/240422/text/00049.txt"]
    report = ingest_paths(store, paths)
    assert (report.ingested, report.failed) == (3, 0)
    for doc in store.iter(Document):
        stored = store.list(Turn, order_by="seq", document=doc.id)
        built = corpus.turns[doc.id]
        assert [t.to_dict() for t in stored] == [t.to_dict() for t in built]
        assert all(t.text == turn_source_text(doc, t) for t in stored)
    before = store.count(Turn)
    again = ingest_paths(store, paths)
    assert (again.skipped, again.ingested) == (3, 0) and store.count(Turn) == before
    store.close()


GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "corpus_turns.json"
"""Per corpus file: format, turn count and a SHA-256 over every turn's fields (speaker, person,
role, session date, page, lines, char span, text, meta). Regenerate with
``UPDATE_GOLDEN=1 pytest tests/ingest/test_ingest_corpora.py -k golden`` only for an intended
change of output, and say why in the commit message."""


def _turns_digest(turns: list[Turn]) -> str:
    digest = hashlib.sha256()
    for t in turns:
        row = [t.speaker_label, t.person, t.role, t.session_date, t.page, t.line_start, t.line_end, t.char_start,
               t.char_end, t.text, t.meta]
        digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def test_turns_are_unchanged_from_the_golden_digests(corpus: Parsed) -> None:
    """Speed work must not change a single turn: every corpus file's turns hash as recorded."""
    now = {name: {"format": doc.format, "turns": len(corpus.turns[doc.id]),
                  "sha256": _turns_digest(corpus.turns[doc.id])} for name, doc in sorted(corpus.docs.items())}
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = [name for name in recorded if recorded[name] != now.get(name)]
    assert not changed and set(now) == set(recorded), changed or sorted(set(now) ^ set(recorded))
