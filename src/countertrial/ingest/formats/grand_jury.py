"""OCR'd grand-jury volumes whose line numbers were stripped but whose printed pages survive as
blocks of (mostly) 25 lines separated by one blank line (the Ferguson grand jury, 2014).

Page and line are re-derived by position: ``page`` is the block's number in the file and the line
is the position in the block. ``Q``/``A`` (no period) open questions and answers; jurors' questions
and redacted names leave text with no label, which continues the last speaker and is flagged
``meta["continued"]``.
"""

from __future__ import annotations

import re

from ...registry import parsers
from ..base import ParsedDocument, Parser, iter_lines
from ..textutil import find_date
from ..transcript import Style, TurnLineStream

__all__ = ["GrandJuryVolume"]

STYLE = Style(qa_period=False, qa_needs_break=True)


def _blocks(head: str) -> list[int]:
    sizes: list[int] = []
    n = 0
    for line in head.splitlines():
        if line.strip():
            n += 1
        elif n:
            sizes.append(n)
            n = 0
    return sizes


class GrandJuryStream(TurnLineStream):
    """Grand-jury lines, block by block (see :class:`~countertrial.ingest.base.LineStream`)."""

    style = STYLE

    def __init__(self) -> None:
        super().__init__()
        self.page = 1
        self.line_no = 0
        self.title: str | None = None

    def read(self, text: str, base: int, local: int) -> None:
        builder = self.builder
        if self.title is None and text[local:].strip():
            self.title = text[local:].strip().splitlines()[0].strip()
        page, line_no = self.page, self.line_no
        for ln in iter_lines(text, local):
            if ln.start == ln.end or not text[ln.start:ln.end].strip():
                if line_no >= 3 or (line_no and page > 1):
                    page += 1
                    line_no = 0
                continue
            line_no += 1
            builder.feed(base + ln.start, base + ln.end, page, line_no)
        self.page, self.line_no = page, line_no

    def result(self) -> ParsedDocument:
        return ParsedDocument(text="", turns=[], pages=self.page if self.line_no else self.page - 1,
                              session_date=find_date(self.head or ""), title=self.title or "",
                              meta={"page_basis": "blank-line-separated 25-line blocks, counted in the file"})


@parsers.register("grand_jury.v1")
class GrandJuryVolume(Parser):
    """Grand-jury volume: 25-line page blocks, Q / A without periods, NAME: labels."""

    name = "grand_jury.v1"
    description = "OCR'd grand-jury volume: blank-line-separated 25-line page blocks, unnumbered"
    stream_class = GrandJuryStream
    sniff_max = 0.8

    def sniff(self, head: str, filename: str) -> float:
        sizes = _blocks(head)[:-1]
        full = sum(1 for s in sizes if 22 <= s <= 25)
        qa = len(re.findall(r"^[QA] \S", head, re.MULTILINE))
        labels = len(re.findall(r"^[A-Z][A-Z. ]{2,30}: ", head, re.MULTILINE))
        if sizes and full >= 0.6 * len(sizes) and full >= 2 and (qa + labels) >= 3:
            return 0.8
        return 0.0
