"""US court reporter transcripts as text: printed pages with a running header, a page number and
25 numbered lines (the text layer of the reporters' PDFs, or OCR of the page images).

Each page is: header lines (running header naming the witness and examination, reporter footer,
``Page 867`` or ``3504``), then lines ``N text`` with N from 1 to 25, then footer lines. OCR damage in
the line numbers is forgiven (``l``→1, ``lO``→10). Pages are separated by form feeds when several
are in one file.
"""

from __future__ import annotations

import re

from ...registry import parsers
from ..base import ParsedDocument, Parser, Source, iter_lines
from ..textutil import find_date, ocr_number
from ..transcript import Style, TurnBuilder

__all__ = ["UsCourtText", "parse_pages", "STYLE"]

STYLE = Style(qa_period=False, qa_needs_break=True)
_NUMBERED = re.compile(r"[ \t]*(?P<n>[0-9lI|Oo]{1,2})(?:[ \t]+|$)")
_PAGE = re.compile(r"(?:Page\s+)?(?P<page>\d{1,5})")
_HEADER = re.compile(
    r"(?P<witness>[^-—–]+?)\s+[-—–]\s+(?P<exam>(?:Re-?)?(?:Direct|Cross|Redirect|Recross)|Voir Dire)\s*/\s*"
    r"(?P<by>[A-Za-z'’\-]+)", re.IGNORECASE)


def parse_pages(text: str, pages: list[tuple[int, int]], builder: TurnBuilder) -> tuple[int, dict[int, str]]:
    """Feed the numbered lines of each page span to ``builder``; returns the number of pages with
    numbered lines and the running header of each printed page."""
    printed = 0
    headers: dict[int, str] = {}
    last_page: int | None = None
    for index, (start, end) in enumerate(pages, start=1):
        header: list[str] = []
        page_no: int | None = None
        last_line = 0
        current_line: int | None = None
        for line in iter_lines(text, start, end):
            raw = text[line.start:line.end]
            m = _NUMBERED.match(raw)
            number = ocr_number(m.group("n")) if m else None
            if m and number is not None and last_line < number <= 25 and (number == last_line + 1 or number <= 25):
                if last_line == 0:
                    page_no = _page_number(header, last_page, index)
                    _use_header(header, builder)
                    if header:
                        headers[page_no] = header[0]
                last_line = number
                current_line = number
                builder.feed(line.start + m.end(), line.end, page_no, number)
            elif last_line == 0:
                if raw.strip():
                    header.append(raw.strip())
            elif last_line < 25 and raw.strip() and current_line is not None:
                builder.feed(line.start, line.end, page_no, current_line)
        if last_line:
            printed += 1
            last_page = page_no
    return printed, headers


def _page_number(header: list[str], last_page: int | None, index: int) -> int:
    for line in reversed(header):
        m = _PAGE.fullmatch(line)
        if m:
            return int(m.group("page"))
    return last_page + 1 if last_page is not None else index


def _use_header(header: list[str], builder: TurnBuilder) -> None:
    if not header:
        return
    m = _HEADER.match(header[0])
    if m:
        builder.set_witness(m.group("witness"))
        builder.header_examiner(m.group("by"))
        builder.examination = m.group("exam").lower()


def split_pages(text: str) -> list[tuple[int, int]]:
    """Page spans of ``text``: split at form feeds (the whole text when there are none)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        ff = text.find("\f", pos)
        if ff < 0:
            spans.append((pos, len(text)))
            return spans
        spans.append((pos, ff))
        pos = ff + 1


@parsers.register("us_court.v1")
class UsCourtText(Parser):
    """US court reporter pages as text (OCR or a PDF text layer saved as text)."""

    name = "us_court.v1"
    description = "US court reporter transcript as text: page header, page number, lines 1-25 (OCR-tolerant)"
    sniff_max = 0.9

    def sniff(self, head: str, filename: str) -> float:
        lines = head.splitlines()[:80]
        numbered = sum(1 for ln in lines if re.match(r"[0-9lO]{1,2} \S", ln))
        page = any(re.fullmatch(r"(?:Page\s+)?\d{2,5}", ln.strip()) for ln in lines[:6])
        if numbered >= 10 and page:
            return 0.9
        return 0.3 if numbered >= 20 else 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        builder = TurnBuilder(text, STYLE)
        pages = split_pages(text)
        printed, headers = parse_pages(text, pages, builder)
        builder.close()
        title = next(iter(headers.values()), "")
        return ParsedDocument(text=text, turns=builder.turns, pages=printed, session_date=find_date(text[:3000]),
                              title=title, meta={"running_headers": headers})
