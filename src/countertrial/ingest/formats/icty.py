"""ICTY trial-day transcripts: 25 numbered lines per printed page, speaker labels inline.

The printed page number was lost with the .doc page header, so pages are counted in the file:
a page starts wherever the line number resets (``25`` followed by `` 1``, blank line or not), and
``page`` is that count (1 = the first page of the day file); the absolute page numbers of the
index at the end of the file are not trusted (they jump). Unnumbered lines (the index, stray
headers) belong to no turn. Private-session pages of ``(redacted)`` lines become one stage turn.
"""

from __future__ import annotations

import re

from ...registry import parsers
from ..base import ParsedDocument, Parser
from ..textutil import find_date
from ..transcript import Style, TurnLineStream

__all__ = ["IctyTranscript"]

STYLE = Style(qa_period=True, qa_needs_break=False)
_NUMBERED = re.compile(r"[ \t]{0,14}(?P<n>\d{1,2})(?:[ \t]{2,}|\t|[ \t]*$)")
_NUMBERED_LINE = re.compile(r"^[ \t]{0,14}(?P<n>\d{1,2})(?:[ \t]{2,}|\t|[ \t]*(?=\r?$))(?P<rest>[^\n]*)", re.MULTILINE)
"""``_NUMBERED`` at the start of every line of the whole text (one C-level scan skips the rest)."""
_CASE = re.compile(r"\b(IT-\d\d-\d+(?:/\d)?-[A-Z]+)\b")


class IctyStream(TurnLineStream):
    """ICTY lines, block by block (see :class:`~countertrial.ingest.base.LineStream`)."""

    style = STYLE
    head_chars = 2000

    def __init__(self) -> None:
        super().__init__()
        self.page = 0
        self.last = 25
        self.case: str | None = None

    def read(self, text: str, base: int, local: int) -> None:
        builder = self.builder
        page, last = self.page, self.last
        for m in _NUMBERED_LINE.finditer(text, local):
            number = int(m.group("n"))
            if not 1 <= number <= 25:
                continue
            if number <= last:
                page += 1
            last = number
            end = m.end()
            if text[end - 1] == "\r":
                end -= 1
            builder.feed(base + m.start("rest"), base + end, page, number)
        self.page, self.last = page, last
        if self.case is None:
            case = _CASE.search(text, local)
            self.case = case.group(1) if case else None

    def result(self) -> ParsedDocument:
        return ParsedDocument(text="", turns=[], pages=self.page, session_date=find_date(self.head or ""),
                              title=self.case or "",
                              meta={"page_basis": "page count within the file (printed numbers lost)"})


@parsers.register("icty.v1")
class IctyTranscript(Parser):
    """ICTY day transcript (UTF-16LE/ASCII), 25 numbered lines per page."""

    name = "icty.v1"
    description = "ICTY trial-day transcript: 25 numbered lines per page, JUDGE X: / Q. / A."
    stream_class = IctyStream
    sniff_max = 0.9

    def sniff(self, head: str, filename: str) -> float:
        lines = [ln for ln in head.splitlines()[:120] if ln.strip()]
        numbered = sum(1 for ln in lines if _NUMBERED.match(ln) and len(ln) - len(ln.lstrip()) <= 14)
        spaced = sum(1 for ln in lines if re.match(r"[ \t]{0,14}\d{1,2}[ \t]{2,}\S", ln))
        if lines and numbered >= 0.7 * len(lines) and spaced >= 10:
            return 0.9
        return 0.0
