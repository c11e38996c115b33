"""The turn segmenter shared by every line-oriented transcript format.

Format parsers strip what is theirs (line numbers, page headers, page-range notes) and feed the
remaining words of each line, as a character span of the decoded text, to :class:`TurnBuilder`.
The builder knows what court transcripts have in common: ``NAME:`` labels, ``Q``/``A`` exchanges,
examination headings (``CROSS-EXAMINATION``, ``BY MR. X:``), the witness on the stand, stage notes
in brackets or parentheses, and sealed or redacted lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resolve.speakers import role_for_label
from .base import Draft, LineStream

__all__ = ["Style", "TurnBuilder", "TurnLineStream", "LABEL_RE", "is_label"]

LABEL_RE = re.compile(r"(?P<label>[A-ZÀ-Þ][A-ZÀ-Þ0-9.'’\- ]{0,60}?)\s*:(?=\s|$)")
_SPACED_CAPS = re.compile(r"(?:[A-Z]\s+){3,}[A-Z]")
_EXAM = re.compile(
    r"(?P<kind>(?:(?:continued|resumed|further)\s+)?(?:re-?|further\s+)?(?:direct|cross|redirect|recross)?"
    r"[- ]?examination(?:[- ]in[- ]chief)?|examined|questioned|questions)"
    r"(?:\s+by\s+(?P<by>(?:the\s+court|(?:mr|ms|mrs|miss|dr|judge|madam)\.?\s+[^:\[]+?)))?\s*:?\s*(?:\[.*\])?",
    re.IGNORECASE)
_BY = re.compile(r"BY\s+(?P<by>(?:MR|MS|MRS|MISS|DR)\.?\s+[A-Z][A-Za-z'’\- ]+?)\s*:?")
_WITNESS_ICTY = re.compile(r"WITNESS:\s+(?P<name>[^\[]+?)\s*(?:\[.*\])?")
_WITNESS_ICTR = re.compile(r"WITNESS\s+(?P<name>[A-Z][A-Z0-9\- ]{1,40})")
_STARS = re.compile(r"[*\s]{3,}")
_REDACTED = re.compile(r"\((?:redacted|REDACTED)\)|\[?REDACTED\]?")
_DATE_LINE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2},?)\s+\d{4}"
    r"|\d{3,4}\s?H|\d{1,2}[.:]\d\d\s*[ap]\.?m\.?", re.IGNORECASE)
_SENTENCE_END = frozenset('.?!:;"\')]—-”’')
_STAR_SPACE = frozenset("* ")


def _named(pattern: re.Pattern[str], prefix: str) -> str:
    """``pattern``'s source with its named groups prefixed (to combine patterns in one regex)."""
    return re.sub(r"\(\?P<(\w+)>", lambda g: f"(?P<{prefix}_{g.group(1)}>", pattern.pattern)


_HEADING = re.compile(
    f"(?P<date>(?i:{_DATE_LINE.pattern}))|(?P<exam>(?i:{_named(_EXAM, 'exam')}))|(?P<by>{_named(_BY, 'by')})"
    f"|(?P<w_icty>{_named(_WITNESS_ICTY, 'w_icty')})|(?P<w_ictr>{_named(_WITNESS_ICTR, 'w_ictr')})"
    f"|(?P<spaced>{_SPACED_CAPS.pattern})")
"""The heading patterns above as one alternation, tried in the same order (one regex call a line)."""
_NOT_LABELS = frozenset({"BY", "WITNESS", "CASE NO.", "CASE NO", "B E F O R E", "A P P E A R A N C E S", "NOTE",
                         "CERTIFIED", "FOR THE PEOPLE", "FOR THE DEFENDANT", "PRESENT", "ALSO PRESENT"})


def _opens_sentence(rest: str) -> bool:
    """Whether the words after a bare ``Q``/``A`` start like a new sentence (``A Yes``, ``Q And``),
    not like running text (``A lot of``)."""
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘(-")


@lru_cache(maxsize=4096)
def is_label(label: str) -> bool:
    """Whether ``label`` (without its colon) looks like a transcript speaker label."""
    label = label.strip()
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or label != label.upper() or label in _NOT_LABELS:
        return False
    if _SPACED_CAPS.fullmatch(label) or label.startswith("BY "):
        return False
    return len(label.split()) <= 6


@dataclass(frozen=True)
class Style:
    """What varies between transcript families.

    ``qa_period``: questions and answers are ``Q.``/``A.`` (tribunals; French ``R.``) rather than
    bare ``Q``/``A`` (US reporters). ``qa_needs_break``: a bare ``Q``/``A`` opens a turn only after a
    line that ends a sentence (US layouts where indentation was lost, so ``A lot of...`` is text).
    """

    qa_period: bool = False
    qa_needs_break: bool = True


class TurnBuilder:
    """Segments fed lines into :class:`Draft` turns."""

    def __init__(self, text: str, style: Style) -> None:
        self.text = text
        self.base = 0  # document offset of text[0] (streamed blocks)
        self.style = style
        self.turns: list[Draft] = []
        self.cur: Draft | None = None
        self.stage_open: Draft | None = None
        self.last_label = ""
        self.last_role = ""
        self.examiner: str | None = None
        self.witness: str | None = None
        self.examination: str | None = None
        self.prev_end = "."
        if style.qa_period:
            self._qa = re.compile(r"(?P<qa>[QAR])\.(?:[ \t]+|$)")
        else:
            self._qa = re.compile(r"(?P<qa>[QA])\.?(?:[ \t]+|$)")

    # -- context -----------------------------------------------------------------------------
    def set_witness(self, name: str | None) -> None:
        if name:
            self.witness = name.strip()

    def set_examiner(self, label: str | None) -> None:
        if label:
            self.examiner = " ".join(label.split()).upper()

    def header_examiner(self, surname: str) -> None:
        """A running header names the examiner by surname only: adopt it if it is a change."""
        surname = surname.strip().upper()
        if surname and (self.examiner is None or surname not in self.examiner):
            self.examiner = surname

    # -- building ----------------------------------------------------------------------------
    def close(self) -> None:
        for draft in (self.stage_open, self.cur):
            if draft is not None and draft.segments:
                self.turns.append(draft)
        self.stage_open = None
        self.cur = None

    def _new(self, label: str, role: str, **meta: object) -> Draft:
        self.close()
        self.cur = Draft(speaker_label=label, role=role, meta={k: v for k, v in meta.items() if v is not None})
        return self.cur

    def open_from(self) -> int | None:
        """The first document offset of a turn still open (for streamed blocks)."""
        firsts = [d.segments[0][0] for d in (self.stage_open, self.cur) if d is not None and d.segments]
        return min(firsts) if firsts else None

    def take(self) -> list[Draft]:
        """The turns completed so far; they are handed over and forgotten."""
        done, self.turns = self.turns, []
        return done

    def stage(self, start: int, end: int, page: int | None, line: int | None, **meta: object) -> None:
        """Emit a one-line stage note (a turn with role ``stage`` and no speaker)."""
        self._new("", "stage", **meta).add(start, end, page, line)
        self.close()

    def feed(self, start: int, end: int, page: int | None, line: int | None) -> None:
        """Feed the words of one line (``text[start:end]``, prefixes already removed)."""
        raw = self.text[start - self.base:end - self.base]
        content = raw.lstrip()
        if not content:
            return
        start += len(raw) - len(content)
        content = content.rstrip()
        end = start + len(content)
        prev_end, self.prev_end = self.prev_end, content[-1]
        if content[0].islower() and self.stage_open is None:
            # Fast path: a line opening in lower case can only be a date heading or running text
            # (every other line class starts with a capital, a digit or a bracket).
            if len(content) <= 90 and _DATE_LINE.fullmatch(content):
                self.close()
                return
            cur = self.cur
            if cur is not None and cur.role != "stage":
                cur.add(start, end, page, line)
                return
        self._feed(content, start, end, page, line, prev_end)

    def _feed(self, content: str, start: int, end: int, page: int | None, line: int | None, prev_end: str) -> None:
        if self.stage_open is not None:
            self.stage_open.add(start, end, page, line)
            if content.endswith((")", "]", ").", ")\"")) or len(self.stage_open.segments) >= 6:
                self.turns.append(self.stage_open)
                self.stage_open = None
            return
        if self._heading(content):
            self.close()
            return
        first = content[0]
        if first in "([R" and _REDACTED.fullmatch(content):
            if self.cur is not None and self.cur.meta.get("redacted"):
                self.cur.add(start, end, page, line)
            else:
                self._new("", "stage", redacted=True).add(start, end, page, line)
            return
        if first in "([" or (first == "-" and content.startswith("---")):
            closing = ")" if first == "(" else "]"
            self.close()
            draft = Draft(speaker_label="", role="stage")
            draft.add(start, end, page, line)
            if first in "([" and closing not in content:
                self.stage_open = draft
            else:
                self.turns.append(draft)
            return
        qa = self._qa.match(content) if first in "QAR" else None
        if qa and (not self.style.qa_needs_break or prev_end in _SENTENCE_END or self.cur is None
                   or self.cur.role == "stage" or _opens_sentence(content[qa.end():])):
            letter = qa.group("qa")
            if letter == "Q":
                if self.cur is not None and not self.cur.segments and self.cur.role in ("counsel", "prosecutor"):
                    self.examiner = self.cur.speaker_label
                self._new("Q", "counsel", qa="Q", examiner=self.examiner, witness=self.witness,
                          examination=self.examination)
            else:
                self._new(letter, "witness", qa=letter, examiner=self.examiner, witness=self.witness,
                          examination=self.examination)
            self.last_label, self.last_role = letter, self.cur.role if self.cur else ""
            if qa.end() < len(content):
                assert self.cur is not None
                self.cur.add(start + qa.end(), end, page, line)
            return
        m = LABEL_RE.match(content)
        if m and is_label(m.group("label")):
            label = " ".join(m.group("label").split())
            role = role_for_label(label)
            context = {"witness": self.witness} if label == "THE WITNESS" else {}
            draft = self._new(label, role, **context)
            self.last_label, self.last_role = label, role
            rest = m.end()
            while rest < len(content) and content[rest].isspace():
                rest += 1
            if rest < len(content):
                draft.add(start + rest, end, page, line)
            return
        if self.cur is None or self.cur.role == "stage":
            if self.last_label:
                extra: dict[str, object] = {"continued": True}
                if self.last_label in ("Q", "A", "R"):
                    extra.update(examiner=self.examiner, witness=self.witness, qa=self.last_label)
                self._new(self.last_label, self.last_role, **extra)
            else:
                self._new("", "unlabeled")
        assert self.cur is not None
        self.cur.add(start, end, page, line)

    def _heading(self, content: str) -> bool:
        """Examination headings, witness headings, spaced capitals and rows of stars: they set
        context and end the current turn but belong to no turn."""
        if len(content) > 90:
            return False
        if not self.last_label and len(content) <= 60 and content.isupper() and ":" not in content:
            return True
        m = _HEADING.fullmatch(content)
        kind = m.lastgroup if m else None
        if kind == "date":
            return True
        if kind == "exam" and content[0].isupper():
            assert m is not None
            exam_kind = m.group("exam_kind")
            if exam_kind.lower() in ("examined", "questioned", "questions") and not m.group("exam_by"):
                return False
            self.examination = " ".join(exam_kind.split()).lower()
            by = m.group("exam_by")
            if by:
                self.set_examiner("THE COURT" if by.lower() == "the court" else by)
            return True
        if kind == "by":
            assert m is not None
            self.set_examiner(m.group("by_by"))
            return True
        if kind == "w_icty" or kind == "w_ictr":
            assert m is not None
            self.set_witness(m.group("w_icty_name") or m.group("w_ictr_name"))
            return True
        if kind == "spaced":
            return True
        if content[0] != "*":
            return False
        return set(content) <= _STAR_SPACE or bool(_STARS.fullmatch(content))


class TurnLineStream(LineStream):
    """A :class:`~countertrial.ingest.base.LineStream` whose lines go to one :class:`TurnBuilder`:
    a format says in :meth:`read` which lines of a block are transcript lines and on which page
    and line they stand; feeding the builder, keeping the head, closing the last turn and
    reporting what must be kept open are the same for every such format."""

    style: Style
    head_chars = 3000
    """How much of the first block is kept to find the date in (:meth:`result`)."""

    def __init__(self) -> None:
        self.builder = TurnBuilder("", self.style)
        self.head: str | None = None

    def feed(self, text: str, base: int, parse_from: int, final: bool) -> list[Draft]:
        builder = self.builder
        builder.text, builder.base = text, base
        if self.head is None:
            self.head = text[:self.head_chars]
        self.read(text, base, parse_from - base)
        if final:
            builder.close()
        return builder.take()

    def read(self, text: str, base: int, local: int) -> None:
        """Feed the builder the transcript lines of ``text`` from its offset ``local`` on."""
        raise NotImplementedError

    def keep_from(self) -> int | None:
        return self.builder.open_from()
