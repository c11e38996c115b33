"""The parser interface and the intermediate shapes every format parser produces.

A parser turns one decoded document into a :class:`ParsedDocument`: a list of :class:`Draft`
turns whose words are given as *segments*, ``(start, end)`` character offsets into the decoded
document text. The turn text is always the segments' source text joined by newlines (see
:func:`countertrial.ingest.provenance.source_text`), so everything a parser drops (line numbers,
running headers, page numbers, speaker labels) lies *between* segments and is kept as provenance.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = ["Draft", "ParsedDocument", "Parser", "LineStream", "LineSpan", "iter_lines", "parse_whole", "Source"]


@dataclass
class Draft:
    """A turn being built: its label, role and the source segments of its words."""

    speaker_label: str
    role: str
    segments: list[tuple[int, int]] = field(default_factory=list)
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def add(self, start: int, end: int, page: int | None, line: int | None) -> None:
        """Append one segment (one source line's words) to the turn."""
        self.segments.append((start, end))
        if self.page is None:
            self.page = page
        if self.line_start is None:
            self.line_start = line
        if line is not None:
            if page is not None and self.page is not None and page != self.page:
                self.meta["page_end"] = page
            self.line_end = line


@dataclass
class ParsedDocument:
    """What a parser returns for one document."""

    text: str
    turns: list[Draft]
    pages: int = 0
    session_date: str | None = None
    title: str = ""
    kind: str = "transcript"
    unescape: bool = False
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Source:
    """The raw input handed to a parser: bytes, decoded text (``None`` for binary formats such as
    PDF) and the name to use in error messages."""

    name: str
    data: bytes
    text: str | None
    encoding: str


class Parser:
    """Base class for format parsers. Subclasses set ``name`` and implement :meth:`sniff` and
    :meth:`parse`. ``binary`` parsers receive ``Source.text = None`` and decode themselves."""

    name: ClassVar[str] = ""
    binary: ClassVar[bool] = False
    description: ClassVar[str] = ""
    sniff_max: ClassVar[float] = 1.0
    """The highest score :meth:`sniff` / :meth:`sniff_bytes` can return: sniffing tries parsers from
    the highest ``sniff_max`` down and skips those that can no longer win (keep it exact or leave
    it at 1.0)."""

    def sniff(self, head: str, filename: str) -> float:
        """How sure (0..1) this parser is that a document starting with ``head`` is its format."""
        return 0.0

    def sniff_bytes(self, head: bytes, filename: str) -> float:
        """Like :meth:`sniff`, for binary formats (given the raw first bytes)."""
        return 0.0

    stream_class: type[LineStream] | None = None
    """Set by line formats that parse block by block: :meth:`parse` and :meth:`stream` use it."""

    def parse(self, source: Source) -> ParsedDocument:
        if self.stream_class is None:
            raise NotImplementedError
        return parse_whole(self.stream_class(), source.text or "")

    def stream(self) -> LineStream | None:
        """A fresh incremental parser for files too big to read whole, or ``None`` when the format
        needs the whole document (PDF, XML, re-ordered Markdown...)."""
        return self.stream_class() if self.stream_class is not None else None


class LineStream:
    """Parses a line format block by block, so memory does not grow with the file.

    The caller decodes the file and calls :meth:`feed` with blocks of whole lines. ``text`` is the
    block, whose first character is at offset ``base`` of the decoded document; parsing resumes
    at ``parse_from`` (a line start; what lies between ``base`` and ``parse_from`` is text kept
    from earlier blocks for turns still open, see :meth:`keep_from`). :meth:`feed` returns the
    turns completed so far (segments in document offsets, all at or after ``base``).
    Parsing a whole document is one :meth:`feed` with ``base = parse_from = 0, final=True``,
    so the streamed and the whole-file paths are the same code.
    """

    def feed(self, text: str, base: int, parse_from: int, final: bool) -> list[Draft]:
        raise NotImplementedError

    def keep_from(self) -> int | None:
        """The first document offset a turn still open needs (``None``: nothing is open)."""
        return None

    def result(self) -> ParsedDocument:
        """What is known about the document so far (no text, no turns): pages, date, title, meta."""
        raise NotImplementedError


def parse_whole(stream: LineStream, text: str) -> ParsedDocument:
    """Parse a whole decoded document with ``stream`` in one block."""
    turns = stream.feed(text, 0, 0, True)
    parsed = stream.result()
    parsed.text = text
    parsed.turns = turns
    return parsed


@dataclass(frozen=True)
class LineSpan:
    """One physical line of the decoded text: 1-based number, start offset, end offset (without
    the line break)."""

    number: int
    start: int
    end: int


def iter_lines(text: str, start: int = 0, end: int | None = None, first_number: int = 1) -> Iterator[LineSpan]:
    """The lines of ``text[start:end]`` with their offsets; ``\\r\\n``, ``\\r`` and ``\\n`` all end a
    line and are not part of it."""
    stop = len(text) if end is None else end
    pos = start
    number = first_number
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        content_end = line_end
        if content_end > pos and text[content_end - 1] == "\r":
            content_end -= 1
        yield LineSpan(number, pos, content_end)
        number += 1
        pos = line_end + 1
