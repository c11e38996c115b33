"""US court transcripts extracted to Markdown by a poor PDF-to-text pass (the ``kewklw`` ``.md``
files): page and line numbers come inline mid-paragraph (``... Reporters 3504 6 Colangelo, ...``),
running headers are gone and, within a page, the reading order is scrambled.

The parser cuts the text at line-number tokens (a standalone 1-25 that continues the count, restarts
it, or opens a paragraph) and page-number tokens (a 3-5 digit number a little above the last page),
then **restores the order** by sorting each page's pieces by line number before segmenting turns.
A turn's segments may therefore not be in file order; its ``char_start``/``char_end`` cover them
all. Pages whose number was lost are counted on from the last one and flagged in
``meta["inferred_pages"]``. This is a robustness path, not ground truth: prefer the PDF.
"""

from __future__ import annotations

import re

from ...registry import parsers
from ..base import ParsedDocument, Parser, Source
from ..textutil import find_date
from ..transcript import TurnBuilder
from .us_court import STYLE

__all__ = ["UsCourtMarkdown"]

_TOKEN = re.compile(r"\S+")
_OPENS_TURN = re.compile(r"[ \t]+(?:[QA][ \t]+[A-Z0-9\"'“(]|[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]*){0,3}:[ \t])")
"""After a number that skips ahead: a Q/A mark or a speaker label, so the number is a line number
(the extraction lost or moved the lines in between)."""
_NUMBER = re.compile(r"(?<!\S)\d+(?!\S)")


def _para_start(text: str, at: int) -> bool:
    """Whether the token at ``at`` opens a paragraph: nothing but whitespace before it, or a line
    break in the whitespace just before it."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        if text[k] == "\n":
            return True
        k -= 1
    return k < 0


@parsers.register("us_court_md.v1")
class UsCourtMarkdown(Parser):
    """Degraded text extraction of US court transcripts (inline numbers, scrambled order)."""

    name = "us_court_md.v1"
    description = "US court transcript text with inline page/line numbers and scrambled order (.md extractions)"
    sniff_max = 0.7

    def sniff(self, head: str, filename: str) -> float:
        inline = len(re.findall(r"\s\d{1,2} [A-Z][A-Z.]+ ?[A-Z.]*: ", head))
        pages = len(re.findall(r"\b\d{3,5} 1 [A-Z]", head))
        if inline >= 5 and pages >= 1:
            return 0.7 if filename.endswith(".md") else 0.6
        return 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        pieces: list[tuple[int, int, int, int]] = []  # page, line, start, end
        page: int | None = None
        last = 0
        used: set[int] = set()
        inferred: list[int] = []
        cur: tuple[int, int] | None = None  # (page, line) of the piece being read
        cur_from = 0  # where its words start: just after its line number

        def piece(at: int) -> None:
            """Close the current piece: its words are the stripped text before ``at``."""
            assert cur is not None
            raw = text[cur_from:at]
            words = raw.strip()
            if words:
                first = cur_from + len(raw) - len(raw.lstrip())
                pieces.append((cur[0], cur[1], first, first + len(words)))
            else:
                pieces.append((cur[0], cur[1], -1, -1))

        # Only numbers can be page or line numbers: the words between them are read as spans.
        for m in _NUMBER.finditer(text):
            token = m.group()
            value = int(token)
            if 3 <= len(token) <= 5 and (page is None and value >= 100 or page is not None and page < value <= page + 8):
                nxt = _TOKEN.match(text, m.end() + 1) if m.end() + 1 < len(text) else None
                if nxt is not None and nxt.group().isdigit() and 1 <= int(nxt.group()) <= 25:
                    if cur:
                        piece(m.start())
                    cur, page, last, used = None, value, 0, set()
                    continue
            if page is not None and 1 <= value <= 25 and len(token) <= 2:
                fresh = value not in used
                if fresh:
                    take = (value == last + 1 or value == 1 or _para_start(text, m.start())
                            or (value > last and _OPENS_TURN.match(text, m.end()) is not None))
                else:
                    take = value == 1 and _para_start(text, m.start())
                if take:
                    if not fresh:
                        page += 1
                        inferred.append(page)
                        used = set()
                    if cur:
                        piece(m.start())
                    used.add(value)
                    last = value
                    cur = (page, value)
                    cur_from = m.end()
                    continue
        if cur:
            piece(len(text))
        order: dict[int, int] = {}
        for p, *_ in pieces:
            order.setdefault(p, len(order))
        pieces.sort(key=lambda x: (order[x[0]], x[1]))
        builder = TurnBuilder(text, STYLE)
        for p, line, start, end in pieces:
            if start >= 0:
                builder.feed(start, end, p, line)
        builder.close()
        return ParsedDocument(text=text, turns=builder.turns, pages=len(order), session_date=find_date(text[:3000]),
                              meta={"inferred_pages": inferred, "order": "restored by line number within each page"})
