"""Inquiry hearings converted to reStructuredText speaker turns (the Post Office Horizon IT Inquiry
mirror): ``**Speaker**: text``, one paragraph per line, ``.. rst-class:: indented`` before the
witness's answers, sections for the day (``===``), the witness (``---``) and "Questioned by"
(``^^^``), italic events ``*(11.03 am)*``.

The converter dropped the official page and line numbers, so provenance is by line in the file:
``page`` is ``None`` and ``line_start``/``line_end`` are file lines.
"""

from __future__ import annotations

import re

from ...registry import parsers
from ...resolve.speakers import role_for_label
from ..base import Draft, ParsedDocument, Parser, Source, iter_lines
from ..textutil import find_date

__all__ = ["InquiryRst"]

_TURN = re.compile(r"\*\*(?P<label>[^*]{1,80})\*\*\s*:\s*")
_UNDERLINE = re.compile(r"([=\-^~\"'`#*+])\1{2,}\s*")
_QUESTIONED = re.compile(r"(?:Questioned|Examined|Further questioned|Re-examined)\s+by\s+(?P<by>.+)", re.IGNORECASE)
_EVENT = re.compile(r"\*\(.*\)\*|\*[^*].*[^*]\*")


@parsers.register("inquiry_rst.v1")
class InquiryRst(Parser):
    """Inquiry turns in reStructuredText (provenance by file line)."""

    name = "inquiry_rst.v1"
    description = "Inquiry hearing as reStructuredText turns (**Speaker**: text); provenance by file line"
    sniff_max = 0.9

    def sniff(self, head: str, filename: str) -> float:
        turns = len(re.findall(r"^\*\*[^*\n]{1,80}\*\*\s*:", head, re.MULTILINE))
        if turns >= 2 and (filename.endswith(".rst") or ".. " in head or re.search(r"^={3,}\s*$", head, re.MULTILINE)):
            return 0.9
        return 0.4 if turns >= 3 else 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        lines = list(iter_lines(text))
        turns: list[Draft] = []
        cur: Draft | None = None
        witness: str | None = None
        examiner: str | None = None
        indented = False
        in_directive = False
        title = ""
        for i, ln in enumerate(lines):
            raw = text[ln.start:ln.end]
            stripped = raw.strip()
            nxt = text[lines[i + 1].start:lines[i + 1].end] if i + 1 < len(lines) else ""
            if in_directive:
                if not stripped or raw[:1].isspace():
                    continue
                in_directive = False
            if not stripped:
                continue
            if stripped.startswith(".. "):
                if "rst-class:: indented" in stripped:
                    indented = True
                else:
                    in_directive = stripped.endswith("::") or "::" in stripped
                cur = None
                continue
            if _UNDERLINE.fullmatch(stripped):
                continue
            if _UNDERLINE.fullmatch(nxt.strip()) and len(nxt.strip()) >= len(stripped) - 2:
                cur = None
                mark = nxt.strip()[0]
                if mark == "=":
                    title = stripped
                elif mark == "-":
                    witness = stripped
                elif mark == "^":
                    q = _QUESTIONED.fullmatch(stripped)
                    if q:
                        examiner = q.group("by")
                continue
            m = _TURN.match(raw)
            if m:
                label = " ".join(m.group("label").split())
                role = "witness" if indented or (witness and label == witness) else role_for_label(label)
                meta: dict[str, object] = {}
                if role == "witness":
                    meta["witness"] = witness or label
                elif examiner and label == examiner:
                    meta["examiner"] = examiner
                if label == "The Witness" and witness:
                    meta["witness"] = witness
                cur = Draft(speaker_label=label, role=role, meta=meta)
                turns.append(cur)
                indented = False
                if m.end() < len(raw):
                    cur.add(ln.start + m.end(), ln.end, None, ln.number)
                continue
            if _EVENT.fullmatch(stripped):
                cur = None
                offset = raw.index(stripped)
                stage = Draft(speaker_label="", role="stage")
                stage.add(ln.start + offset, ln.start + offset + len(stripped), None, ln.number)
                turns.append(stage)
                continue
            if cur is None:
                cur = Draft(speaker_label="", role="unlabeled")
                turns.append(cur)
            offset = raw.index(stripped)
            cur.add(ln.start + offset, ln.start + offset + len(stripped), None, ln.number)
        turns = [t for t in turns if t.segments]
        return ParsedDocument(text=text, turns=turns, pages=0, session_date=find_date(title or text[:2000]),
                              title=title, meta={"page_basis": "none: lines are lines of the file"})
