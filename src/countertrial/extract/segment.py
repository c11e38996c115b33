"""Segments, sentences and clauses: what the rules extractor reads and how it cuts it up.

* a :class:`Segment` is one speaker's stretch of text with where it sits in its document;
* :func:`split_dialogue` cuts prose with quoted or transcript-style dialogue into segments;
* :func:`build_nlp` is the blank English pipeline (rule-based sentencizer, a blank line ends a
  sentence); :func:`sentence_bounds` lists where its sentences start;
* a clause runs back from a word to the nearest :data:`CLAUSE_BREAK` (:func:`clause_start`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..model import Source

__all__ = ["Segment", "build_nlp", "sentence_bounds", "split_dialogue", "clause_start", "CLAUSE_BREAK"]

CLAUSE_BREAK = {",", ";", ":", "—", "–", "--", "but", "and", "whereas", "although", "though", "while", "(", ")"}


@dataclass(frozen=True)
class Segment:
    """One speaker's stretch of text to extract from, with where it sits in its document."""

    text: str
    speaker: str | None = None
    stated_on: date | None = None
    source: Source = field(default_factory=Source)
    offset: int | None = None  # char offset of ``text`` in the document when exact
    proceeding: str | None = None
    role: str | None = None
    author: str | None = None  # who reports this segment (the article's author for quoted dialogue)
    addressee: str | None = None  # who "you" is (the witness, when a question is read with its answer)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence even without a full stop (headings, list items)."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def build_nlp() -> Language:
    """The pipeline the rules run on: blank English, a rule-based sentencizer, blank lines as breaks."""
    if "countertrial_paragraphs" not in Language.factories:
        Language.component("countertrial_paragraphs", func=_paragraph_breaks)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("countertrial_paragraphs")
    return nlp


def sentence_bounds(doc: Doc) -> list[int]:
    """Token indices where sentences start, and ``len(doc)`` last."""
    flags = doc.to_array([SENT_START])
    starts = [0, *(int(i) for i in (flags == 1).nonzero()[0] if i > 0)]
    return [*starts, len(doc)]


def clause_start(doc: Doc, i: int, sent_start: int) -> int:
    """Where the clause of token ``i`` starts: just after the nearest clause break before it."""
    k = i - 1
    while k >= sent_start and doc[k].lower_ not in CLAUSE_BREAK:
        k -= 1
    return k + 1


_LABEL = re.compile(r"^[\"“']?\s*(?P<label>(?:THE |MR\. |MRS\. |MS\. |DR\. )?[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3}):\s+",
                    re.MULTILINE)


def split_dialogue(text: str) -> list[tuple[int, int, str | None]]:
    """Split prose into ``(start, end, label)`` stretches: quoted or transcript-style dialogue
    ("GOLDMAN: ...", "TROTSKY: ...") gets its speaker label; the rest has ``None`` (the author).
    A labelled stretch runs to the next label or the end of its paragraph."""
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    labels = [m for m in _LABEL.finditer(text) if len(m["label"].replace("THE ", "")) >= 2]
    for i, m in enumerate(labels):
        if m.start() > pos:
            out.append((pos, m.start(), None))
        body_start = m.end()
        nxt = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        para = text.find("\n\n", body_start)
        end = nxt if para == -1 or para > nxt else para
        out.append((body_start, end, m["label"]))
        pos = end
    if pos < len(text):
        out.append((pos, len(text), None))
    return [(s, e, lab) for s, e, lab in out if text[s:e].strip()]
