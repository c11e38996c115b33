"""Speech-encoded XML: TEI (``<sp who><speaker/><p/></sp>``, DraCor profile) and Akoma Ntoso
debates (``<speech by><p/></speech>``, ``<narrative>``).

The document is first parsed with :mod:`defusedxml` (entity declarations and external entities
refused, so an XML bomb is one clear error, never an expansion); only a well-formed document is
then scanned tag by tag to keep exact character offsets in the decoded text. A turn's segments
are the raw character runs of its ``<p>`` elements; its text is those runs with XML character
references unescaped (``ParsedDocument.unescape``). Lines are lines of the file; a TEI act or
scene ``<head>`` that starts with a date ("4 AUGUST 20030847H...") gives the turns' session date.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ...errors import InvalidDocument
from ...registry import parsers
from ...resolve.speakers import role_for_label
from ..base import Draft, ParsedDocument, Parser, Source
from ..textutil import MONTHS

__all__ = ["XmlSpeech", "check_xml"]

_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>|<(?P<close>/?)(?P<name>[A-Za-z_][\w:.-]*)"
                  r"(?P<attrs>[^>]*?)(?P<empty>/?)>", re.DOTALL)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_HEAD_DATE = re.compile(r"\s*(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]+)\s+(?P<y>\d{4})")
_PERSON = re.compile(r"<person\b[^>]*xml:id=\"(?P<id>[^\"]+)\"[^>]*?(?:role=\"(?P<role>[^\"]*)\")?[^>]*>"
                     r"\s*<persName>(?P<name>[^<]*)</persName>", re.DOTALL)
_TLC = re.compile(r"<TLCPerson\b[^>]*\bid=\"(?P<id>[^\"]+)\"[^>]*\bshowAs=\"(?P<name>[^\"]*)\"")


def check_xml(data: bytes, name: str) -> None:
    """Parse ``data`` safely; raise :class:`InvalidDocument` for bombs, entities or bad XML."""
    try:
        SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise InvalidDocument(name, f"XML with entity declarations or external references refused ({type(exc).__name__})",
                              fix="remove the DTD/entities; countertrial never expands XML entities") from None
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise InvalidDocument(name, f"not well-formed XML: {exc}", line=line,
                              fix="repair the XML (a truncated file?)") from None


def _role(tei_role: str | None, label: str) -> str:
    r = (tei_role or "").lower()
    if "judge" in r:
        return "judge"
    if "lawyer" in r or "counsel" in r:
        return "counsel"
    if r == "witness":
        return "witness"
    if "interpreter" in r:
        return "interpreter"
    if "regist" in r:
        return "clerk"
    return role_for_label(label)


def _head_date(text: str) -> str | None:
    m = _HEAD_DATE.match(text)
    if not m or m.group("m").lower() not in MONTHS:
        return None
    try:
        return date(int(m.group("y")), MONTHS[m.group("m").lower()], int(m.group("d"))).isoformat()
    except ValueError:
        return None


@parsers.register("xml_speech.v1")
class XmlSpeech(Parser):
    """TEI or Akoma Ntoso speeches, parsed with entity expansion off."""

    name = "xml_speech.v1"
    description = "TEI <sp who> / Akoma Ntoso <speech by> XML (entity expansion off)"

    def sniff(self, head: str, filename: str) -> float:
        top = head.lstrip()[:4000]
        if top.startswith("<") and ("<TEI" in top or "tei-c.org" in top):
            return 0.95
        if top.startswith("<") and "<akomaNtoso" in top:
            return 0.95
        return 0.2 if top.startswith("<?xml") else 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        check_xml(source.data, source.name)
        people: dict[str, tuple[str, str | None]] = {}
        for m in _PERSON.finditer(text):
            people[m.group("id")] = (m.group("name").strip(), m.group("role"))
        for m in _TLC.finditer(text):
            people[m.group("id")] = (m.group("name").strip(), None)
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

        def line_of(offset: int) -> int:
            return bisect.bisect_right(line_starts, offset)

        turns: list[Draft] = []
        cur: Draft | None = None
        stack: list[str] = []
        collect: str | None = None  # "p" (speech words), "speaker", "head", "stage"
        label_buf: list[str] = []
        session: str | None = None
        first_session: str | None = None
        title = ""
        pos = 0
        for m in _TAG.finditer(text):
            if collect is not None and m.start() > pos:
                run_start, run_end = pos, m.start()
                while run_start < run_end and text[run_start].isspace():
                    run_start += 1
                while run_end > run_start and text[run_end - 1].isspace():
                    run_end -= 1
                if run_end > run_start:
                    if collect in ("speaker", "head", "title"):
                        label_buf.append(text[run_start:run_end])
                    elif cur is not None:
                        cur.add(run_start, run_end, None, line_of(run_start))
            pos = m.end()
            name = m.group("name")
            if name is None:
                continue
            local = name.split(":")[-1]
            if m.group("empty"):
                continue
            if not m.group("close"):
                stack.append(local)
                attrs = {k: a or b for k, a, b in _ATTR.findall(m.group("attrs"))}
                if local in ("sp", "speech"):
                    who = (attrs.get("who") or attrs.get("by") or "").lstrip("#").split()[0:1]
                    ref = who[0] if who else ""
                    label, role = people.get(ref, (ref, None))
                    cur = Draft(speaker_label=label, role=_role(role, label), meta={"who": ref} if ref else {})
                    if session:
                        cur.meta["session_date"] = session
                elif local in ("p", "l", "ab") and cur is not None and "stage" not in stack:
                    collect = "p"
                elif local in ("speaker", "from") and cur is not None:
                    collect, label_buf = "speaker", []
                elif local in ("head", "heading"):
                    collect, label_buf = "head", []
                elif local == "title" and "titleStmt" in stack and not title:
                    collect, label_buf = "title", []
                elif local in ("stage", "narrative") and "teiHeader" not in stack:
                    if cur is not None and cur.segments and local == "stage":
                        turns.append(cur)
                        cur = Draft(speaker_label=cur.speaker_label, role=cur.role, meta=dict(cur.meta, continued=True))
                    saved = cur
                    cur = Draft(speaker_label="", role="stage" if local == "stage" else "narrative")
                    if session:
                        cur.meta["session_date"] = session
                    cur.meta["_resume"] = saved
                    collect = "p"
            else:
                while stack and stack[-1] != local:
                    stack.pop()
                if stack:
                    stack.pop()
                if local in ("sp", "speech"):
                    if cur is not None and cur.segments:
                        turns.append(cur)
                    cur, collect = None, None
                elif local in ("p", "l", "ab") and collect == "p" and cur is not None and cur.role not in ("stage", "narrative"):
                    collect = None
                elif local in ("speaker", "from") and collect == "speaker" and cur is not None:
                    spoken = " ".join(" ".join(label_buf).split()).rstrip(":").strip()
                    if spoken:
                        cur.speaker_label = spoken
                        cur.role = _role(people.get(cur.meta.get("who", ""), ("", None))[1], spoken)
                    collect = None
                elif local in ("head", "heading") and collect == "head":
                    found = _head_date(" ".join(label_buf))
                    if found:
                        session = found
                        first_session = first_session or found
                    collect = None
                elif local == "title" and collect == "title":
                    title = " ".join(label_buf)
                    collect = None
                elif local in ("stage", "narrative") and cur is not None and "_resume" in cur.meta:
                    resume = cur.meta.pop("_resume")
                    if cur.segments:
                        turns.append(cur)
                    cur = resume if isinstance(resume, Draft) else None
                    collect = None
        for t in turns:
            t.meta.pop("_resume", None)
        return ParsedDocument(text=text, turns=turns, pages=0, session_date=first_session, title=title,
                              unescape=True, kind="transcript",
                              meta={"page_basis": "none: lines are lines of the file"})
