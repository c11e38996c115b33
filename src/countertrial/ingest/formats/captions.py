"""WebVTT and SRT captions: one turn per cue, the cue's timestamps as provenance.

The speaker comes from a WebVTT voice tag (``<v Jane Roe>``) or a ``NAME:`` prefix; the cue's
start and end times go to ``meta["start"]``/``meta["end"]`` (seconds), lines are lines of the file.
"""

from __future__ import annotations

import re

from ...registry import parsers
from ...resolve.speakers import role_for_label
from ..base import Draft, ParsedDocument, Parser, Source, iter_lines
from ..transcript import LABEL_RE, is_label

__all__ = ["Captions"]

_TIMING = re.compile(r"(?P<a>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<b>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})")
_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+(?P<name>[^>]+)>")
_TAGS = re.compile(r"</?[a-z][^>]*>")


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return round(total, 3)


@parsers.register("captions.v1")
class Captions(Parser):
    """WebVTT / SRT caption cues."""

    name = "captions.v1"
    description = "WebVTT or SRT captions: a turn per cue, timestamps as provenance"
    sniff_max = 1.0

    def sniff(self, head: str, filename: str) -> float:
        if head.lstrip("\ufeff").startswith("WEBVTT"):
            return 1.0
        if re.match(r"\s*\d+\s*\r?\n" + _TIMING.pattern, head.lstrip("\ufeff")):
            return 0.95
        return 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        turns: list[Draft] = []
        cur: Draft | None = None
        last_label = ""
        for ln in iter_lines(text):
            raw = text[ln.start:ln.end]
            if not raw.strip():
                cur = None
                continue
            timing = _TIMING.search(raw)
            if timing:
                cur = Draft(speaker_label="", role="speaker",
                            meta={"start": _seconds(timing.group("a")), "end": _seconds(timing.group("b"))})
                turns.append(cur)
                continue
            if cur is None:
                continue
            start, end = ln.start, ln.end
            voice = _VOICE.match(raw)
            if voice and not cur.segments:
                cur.speaker_label = " ".join(voice.group("name").split())
                start = ln.start + voice.end()
                if raw.endswith("</v>"):
                    end -= 4
            else:
                m = LABEL_RE.match(raw)
                if m and not cur.segments and is_label(m.group("label")):
                    cur.speaker_label = " ".join(m.group("label").split())
                    start = ln.start + m.end()
            while start < end and text[start].isspace():
                start += 1
            if start < end:
                cur.add(start, end, None, ln.number)
        for t in turns:
            if t.speaker_label:
                last_label = t.speaker_label
                t.role = role_for_label(t.speaker_label)
            elif last_label:
                t.speaker_label, t.meta["continued"] = last_label, True
                t.role = role_for_label(last_label)
        return ParsedDocument(text=text, turns=[t for t in turns if t.segments], pages=0,
                              meta={"page_basis": "none: cue timestamps and file lines"})
