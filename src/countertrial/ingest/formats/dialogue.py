"""Colon dialogue (``VYSHINSKY: ...``, ``The President: ...``) and articles with a dialogue embedded
in prose (the seed: Trotsky quoting the Dewey Commission's GOLDMAN / TROTSKY exchange).

A line that starts with a speaker label (optionally after an opening quotation mark) opens a turn;
following lines up to a blank line continue it. Capitalised labels (``GOLDMAN``) always count;
title-case labels (``The President``) count when the document uses them at least twice, so that a
by-line such as ``Leon Trotsky: Krestinsky's Repudiation`` stays prose. A paragraph entirely in
brackets is a stage direction. When most paragraphs are unlabeled the document is an *article*:
its prose paragraphs become turns with an empty label and role ``narrative`` so that extractors
read them too. ``article.v1`` reads any prose that way, even with no labels at all.
"""

from __future__ import annotations

import re
from collections import Counter

from ...errors import InvalidDocument
from ...registry import parsers
from ...resolve.speakers import role_for_label
from ..base import Draft, ParsedDocument, Parser, Source, iter_lines
from ..textutil import find_date
from ..transcript import is_label

__all__ = ["ColonDialogue", "Article"]

_LABEL = re.compile(r"(?P<quote>[\"“‘']?)(?P<label>[A-ZÀ-Þ][\w.'’\- ]{0,50}?)\s*:[ \t]+(?=\S)")
_LABEL_AT_LINE = re.compile(r"^" + _LABEL.pattern, re.MULTILINE)
_SMALL = frozenset({"of", "the", "de", "von", "van", "der", "du", "la", "le", "and"})
_KNOWN = frozenset({"The President", "The Chairman", "The Court", "The Witness", "The Judge", "The Prosecutor",
                    "The Commissar", "The Accused", "The Defendant", "The Interpreter", "Chairman", "President"})


def _title_case(label: str) -> bool:
    words = label.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() or w in _SMALL for w in words)


class ColonDialogue(Parser):
    name = "dialogue.v1"
    description = "Colon dialogue (NAME: text), also embedded in an article's prose"
    sniff_max = 0.5
    require_labels = True

    def sniff(self, head: str, filename: str) -> float:
        labels = Counter(m.group("label").strip() for m in _LABEL_AT_LINE.finditer(head))
        good = sum(n for lab, n in labels.items() if is_label(lab) or (_title_case(lab) and n >= 2) or lab in _KNOWN)
        return 0.5 if good >= 2 else 0.0

    def parse(self, source: Source) -> ParsedDocument:
        text = source.text or ""
        lines = list(iter_lines(text))
        found = [(_LABEL.match(text, ln.start, ln.end), ln) for ln in lines]
        counts = Counter(m.group("label").strip() for m, _ in found if m)

        def accepted(label: str) -> bool:
            return is_label(label) or label in _KNOWN or (_title_case(label) and counts[label] >= 2)

        paragraphs = 0
        labeled = 0
        prev_blank = True
        for m, ln in found:
            blank = ln.start == ln.end or not text[ln.start:ln.end].strip()
            if not blank and prev_blank:
                paragraphs += 1
                if m and accepted(m.group("label").strip()):
                    labeled += 1
            prev_blank = blank
        if labeled == 0 and self.require_labels:
            raise InvalidDocument(source.name, "no speaker turns found: no NAME: labels, Q/A lines or numbered lines",
                                  line=1, fix="pass --format article.v1 to ingest it as narrative prose")
        article = labeled * 2 < paragraphs or not self.require_labels
        turns: list[Draft] = []
        cur: Draft | None = None
        last: Draft | None = None
        for m, ln in found:
            raw = text[ln.start:ln.end]
            stripped = raw.strip()
            if not stripped:
                cur = None
                continue
            offset = ln.start + raw.index(stripped)
            end = offset + len(stripped)
            if m and accepted(m.group("label").strip()):
                label = " ".join(m.group("label").split())
                cur = Draft(speaker_label=label, role=role_for_label(label))
                if m.group("quote"):
                    cur.meta["quoted"] = True
                turns.append(cur)
                last = cur
                cur.add(m.end(), end, None, ln.number)
                continue
            if (stripped[0] in "[(" and stripped[-1] in "])") and len(stripped) < 300:
                cur = None
                stage = Draft(speaker_label="", role="stage")
                stage.add(offset, end, None, ln.number)
                turns.append(stage)
                continue
            if cur is None:
                if article or last is None:
                    cur = Draft(speaker_label="", role="narrative")
                else:
                    cur = Draft(speaker_label=last.speaker_label, role=last.role, meta={"continued": True})
                turns.append(cur)
            cur.add(offset, end, None, ln.number)
        return ParsedDocument(text=text, turns=turns, pages=0, session_date=find_date(text[:2000]),
                              title=text.strip().splitlines()[0].strip()[:200],
                              kind="article" if article else "transcript",
                              meta={"page_basis": "none: lines are lines of the file"})


parsers.register("dialogue.v1")(ColonDialogue)


@parsers.register("article.v1")
class Article(ColonDialogue):
    """Prose (with or without embedded dialogue): every paragraph becomes a turn."""

    name = "article.v1"
    description = "An article: prose paragraphs become narrative turns; embedded NAME: dialogue is kept"
    require_labels = False

    def sniff(self, head: str, filename: str) -> float:
        return 0.0
