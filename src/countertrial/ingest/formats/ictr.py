"""ICTR trial-day transcripts: labels on a line of their own, ``Q.``/``A.`` lines, no line numbers.

The only page provenance is the reporter's note at the end of each stint, ``(Pages 8 to 17 by X)``:
every turn before such a note (and after the previous one) gets ``meta["pages"] = [8, 17]``,
``page`` stays ``None``, and ``line_start``/``line_end`` are lines of the file. The cover page,
appearances and index (everything before ``P R O C E E D I N G S``) and the reporters'
certificate (from ``C E R T I F I C A T E``) belong to no turn.
"""

from __future__ import annotations

import bisect
import re

from ...registry import parsers
from ..base import ParsedDocument, Parser, Source, iter_lines
from ..textutil import find_date
from ..transcript import Style, TurnBuilder

__all__ = ["IctrTranscript"]

STYLE = Style(qa_period=True, qa_needs_break=False)
_PAGES_NOTE = re.compile(r"\(\s*Pages?\s+(?P<a>\d+)(?:\s*(?:to|-|–)\s*(?P<b>\d+))?\s+by\s+[^)]*\)", re.IGNORECASE)
_START = re.compile(r"\s*P\s*R\s*O\s*C\s*E\s*E\s*D\s*I\s*N\s*G\s*S\s*")
_END = re.compile(r"\s*C\s*E\s*R\s*T\s*I\s*F\s*I\s*C\s*A\s*T\s*E\s*")
_INDEX_WITNESS = re.compile(r"^WITNESS\s+([A-Z][A-Z0-9]{1,5}|[A-Z][A-Za-z' -]{2,40}?)\s*$", re.MULTILINE)
_INDEX_TYPO = re.compile(r"W[A-Z]{3,6}\s+(?P<code>[A-Z][A-Z0-9]{1,5})")
_INDEX_NAME = re.compile(r"[A-Z][A-Z.'’\- ]{3,50}[A-Z]")
_INDEX_EXAM = re.compile(r".*\bexamination\b.*", re.IGNORECASE)
_QA = re.compile(r"\s*[QAR]\.\s")
_CASE = re.compile(r"CASE\s+NO\.?:?\s*(?P<case>ICTR-[\w-]+)", re.IGNORECASE)


def _index_witnesses(front: str) -> list[tuple[str, str]]:
    """The witnesses of the cover's index, in order, as ``(name to look for in the text, witness
    label)``: ``WITNESS TAC`` lines anywhere before the proceedings, and, in the index, any other
    line followed by an examination line: a misspelt prefix (``WIDNES TBH`` → ``WITNESS TBH``) or a
    witness named in full with no prefix (``ALISON DES FORGES``)."""
    found: list[tuple[int, str, str]] = [(m.start(), m.group(1), "WITNESS " + m.group(1))
                                         for m in _INDEX_WITNESS.finditer(front)]
    start = front.find("I N D E X")
    if start >= 0:
        lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", front[start:])]
        for (pos, line), (_, nxt) in zip(lines, lines[1:]):
            if not _INDEX_EXAM.fullmatch(nxt) or _INDEX_WITNESS.fullmatch(line) or _INDEX_EXAM.fullmatch(line):
                continue
            typo = _INDEX_TYPO.fullmatch(line)
            if typo and not line.startswith(("WITNESS", "EXHIBIT")):
                found.append((start + pos, typo.group("code"), "WITNESS " + typo.group("code")))
            elif _INDEX_NAME.fullmatch(line) and not line.startswith(("WITNESS", "EXHIBIT", "FOR THE")):
                found.append((start + pos, line.title(), line))
    return [(key, label) for _, key, label in sorted(found)]


@parsers.register("ictr.v1")
class IctrTranscript(Parser):
    """ICTR day transcript (cp1252/UTF-16LE/ASCII)."""

    name = "ictr.v1"
    description = "ICTR trial-day transcript: own-line NAME: labels, Q./A., (Pages X to Y by ...) notes"
    sniff_max = 0.95

    def sniff(self, head: str, filename: str) -> float:
        if head.lstrip("\ufeff \r\n\t").startswith("<"):
            return 0.0
        top = head[:3000].upper()
        if "CRIMINAL TRIBUNAL FOR RWANDA" in top or re.search(r"CASE\s+NO\.?:?\s*ICTR", top):
            return 0.95
        return 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        lines = list(iter_lines(text))
        begin = next((i + 1 for i, ln in enumerate(lines) if _START.fullmatch(text, ln.start, ln.end)), 0)
        builder = TurnBuilder(text, STYLE)
        front = text[:lines[begin - 1].start] if begin else ""
        index = _index_witnesses(front)
        labels = {key.upper(): label for key, label in index}
        names = sorted({key for key, _ in index}, key=len, reverse=True)
        mention = re.compile(r"\bwitness\s+(" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE) if names else None
        if index:
            builder.set_witness(index[0][1])
        sworn = {label for key, label in index if label == key.upper() and " " in key}
        notes: list[tuple[int, int, int]] = []
        for ln in lines[begin:]:
            if _END.fullmatch(text, ln.start, ln.end):
                break
            note = _PAGES_NOTE.search(text, ln.start, ln.end)
            if note:
                a = int(note.group("a"))
                b = int(note.group("b") or a)
                notes.append((note.start(), a, b))
            if mention is not None and not _QA.match(text, ln.start, ln.end):
                named = mention.findall(text, ln.start, ln.end)
                if named:
                    builder.set_witness(labels.get(named[-1].upper(), "WITNESS " + named[-1].upper()))
                elif sworn:  # "ALISON DES FORGES," before "first having been duly sworn"
                    heading = text[ln.start:ln.end].strip().rstrip(",").upper()
                    if heading in sworn:
                        builder.set_witness(heading)
            builder.feed(ln.start, ln.end, None, ln.number)
        builder.close()
        starts = [n[0] for n in notes]
        for draft in builder.turns:
            i = bisect.bisect_left(starts, draft.segments[0][0])
            if i < len(notes):
                draft.meta["pages"] = [notes[i][1], notes[i][2]]
        case = _CASE.search(text[:3000])
        pages = max((n[2] for n in notes), default=0)
        return ParsedDocument(text=text, turns=builder.turns, pages=pages, session_date=find_date(text[:3000]),
                              title=case.group("case") if case else "",
                              meta={"page_basis": "reporters' (Pages X to Y) notes; lines are lines of the file"})
