"""What "the turn's text equals its source span" means, as one function, and citations.

A turn keeps the character span ``char_start:char_end`` of the decoded document text it came from,
and in ``meta["segments"]`` the ``[start, end]`` pieces of that span that hold its words: one per
source line, after the parser removed line numbers, page headers and footers, page numbers and
the speaker label (those lie between segments). **Invariant, for every turn:**

    turn.text == source_text(document.text, decode_segments(turn.meta["segments"]),
                             unescape=document.extra["unescape"])

that is, the stored text is exactly the source span with only the line/page furniture between
segments removed and the lines joined by ``\\n`` (and, for XML, character references unescaped).
Every segment lies inside ``[char_start, char_end]``, and the span's first and last characters are
the first and last characters of the turn's words.
"""

from __future__ import annotations

import bisect
import codecs
import html
from collections.abc import Sequence
from pathlib import Path

from ..model import Document, Turn

__all__ = ["source_text", "turn_source_text", "citation", "source_lines", "encode_segments", "decode_segments",
           "document_window"]


def encode_segments(segments: Sequence[Sequence[int]]) -> str:
    """Segments as stored in ``Turn.meta["segments"]``: ``"120-175 181-230"`` (compact, cheap to
    serialise)."""
    return " ".join([f"{a}-{b}" for a, b in segments])


def decode_segments(value: object) -> list[tuple[int, int]]:
    """The ``(start, end)`` pairs of a stored ``meta["segments"]`` value."""
    if isinstance(value, str):
        out: list[tuple[int, int]] = []
        for part in value.split():
            a, _, b = part.partition("-")
            out.append((int(a), int(b)))
        return out
    if isinstance(value, (list, tuple)):
        return [(int(p[0]), int(p[1])) for p in value]
    return []


def source_text(document_text: str, segments: Sequence[Sequence[int]], *, unescape: bool = False) -> str:
    """The cleaned text of ``segments`` of ``document_text``: the pieces joined by newlines."""
    if unescape:
        return "\n".join([html.unescape(document_text[a:b]) for a, b in segments])
    return "\n".join([document_text[a:b] for a, b in segments])


def turn_source_text(document: Document, turn: Turn) -> str:
    """The text ``turn`` must hold, recomputed from its document (see the module docstring)."""
    segments = decode_segments(turn.meta.get("segments")) or [(turn.char_start, turn.char_end)]
    text, base = document_window(document, turn.char_start, turn.char_end)
    if base:
        segments = [(a - base, b - base) for a, b in segments]
    return source_text(text, segments, unescape=bool(document.extra.get("unescape")))


def document_window(document: Document, start: int, end: int, lines_before: int = 0) -> tuple[str, int]:
    """Decoded text of ``document`` covering ``start:end`` (whole lines, and ``lines_before`` more
    lines before where the text allows) and the document offset of its first character.

    For a document read whole that is ``(document.text, 0)``. A streamed document (over the
    size limit, ``extra["streamed"]``) keeps no text: the window is re-read from the file at
    ``document.path``, from the checkpoint before ``start``, and is empty when the file is gone
    or its size changed."""
    info = document.extra.get("streamed")
    if not isinstance(info, dict):
        return document.text, 0
    checkpoints = info.get("checkpoints") or [[0, 0]]
    index = max(bisect.bisect_right([c for c, _ in checkpoints], start) - 1, 0)
    char0, byte0 = checkpoints[max(index - (1 if lines_before else 0), 0)]
    path = Path(document.path)
    try:
        if path.stat().st_size != document.size:
            return "", start
        handle = path.open("rb")
    except OSError:
        return "", start
    decoder = codecs.getincrementaldecoder(str(info.get("codec", "utf-8")))(errors="replace")
    parts: list[str] = []
    have = 0
    with handle:
        handle.seek(byte0)
        while True:
            chunk = handle.read(1 << 20)
            piece = decoder.decode(chunk, final=not chunk)
            parts.append(piece)
            have += len(piece)
            if not chunk or (char0 + have > end and "\n" in piece[max(0, end - char0 - have + len(piece)):]):
                break
    return "".join(parts), char0


def citation(document: Document, turn: Turn) -> str:
    """A human citation: ``file, p. 3581, lines 5-12`` (or pages/lines of the file as known)."""
    name = document.path.replace("\\", "/").rsplit("/", 1)[-1]
    parts = [name]
    if document.session_date or turn.session_date:
        parts.append(str(turn.session_date or document.session_date))
    page_end = turn.meta.get("page_end")
    if turn.page is not None:
        if page_end and page_end != turn.page:
            parts.append(f"pp. {turn.page}:{turn.line_start}-{page_end}:{turn.line_end}")
        else:
            parts.append(f"p. {turn.page}, lines {turn.line_start}-{turn.line_end}")
    else:
        pages = turn.meta.get("pages")
        if pages:
            parts.append(f"pp. {pages[0]}-{pages[1]} (reporter's range)")
        if turn.line_start is not None:
            parts.append(f"file lines {turn.line_start}-{turn.line_end}")
    if "start" in turn.meta:
        parts.append(f"{turn.meta['start']}s-{turn.meta.get('end')}s")
    return ", ".join(parts)


def source_lines(document: Document, turn: Turn, context: int = 0) -> list[str]:
    """The raw lines of the decoded document that the turn's span covers (plus ``context``)."""
    text, base = document_window(document, turn.char_start, turn.char_end, context)
    if not text:
        return []
    char_start, char_end = turn.char_start - base, turn.char_end - base
    start = text.rfind("\n", 0, char_start) + 1
    end = text.find("\n", char_end)
    end = len(text) if end < 0 else end
    for _ in range(context):
        if start > 0:
            start = text.rfind("\n", 0, start - 1) + 1
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return [line.rstrip("\r") for line in text[start:end].split("\n")]
