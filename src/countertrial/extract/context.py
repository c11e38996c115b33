"""The persons, places and times of one segment, found sentence by sentence on demand.

Only sentences with an act trigger or a stance cue can make a claim; what they need from the
sentences before (who "he" is, where "there" is) is found by walking back, and time expressions
are read in a window of the sentence and its neighbours (see :class:`DocContext`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..resolve.persons import PersonResolver
from ..resolve.places import PlaceResolver
from .matching import Match
from .mentions import Mention, PlaceMention, find_person_mentions, find_place_mentions
from .participants import antecedent, named_key
from .segment import Segment
from .timex import Timex, find_timexes, resolve_anaphora

__all__ = ["DocContext", "ANAPHORIC_PLACE"]

ANAPHORIC_PLACE = {"there", "abroad"}
_AUX = {"was", "were", "had", "has", "is", "then", "also", "later", "never", "himself", "once", "first"}


def _leads_to_verb(tok: Token) -> bool:
    """An auxiliary or adverb that may stand between a subject and its verb ("was", "allegedly")."""
    return tok.is_lower and (tok.lower_ in _AUX or (tok.lower_.endswith("ly") and len(tok) > 4))


class DocContext:
    """Persons, places and times of one segment, found sentence by sentence on demand."""

    def __init__(self, persons: PersonResolver, places: PlaceResolver, seg: Segment, doc: Doc,
                 matches: list[Match]) -> None:
        self.persons = persons
        self.places = places
        self.seg = seg
        self.doc = doc
        self.power_tokens = {k for m in matches if m.kind == "P" for k in range(m.start, m.end)}
        self.case_spans = [(m.start, m.end, m.label) for m in matches if m.kind == "L"]
        self.cue_next = {m.start for m in matches if m.kind in ("A", "R", "C")}
        # "Field was an American agent", "Rajk allegedly met": an auxiliary or adverb a few words
        # before an act trigger or reporting verb also marks the unknown word before it as a name.
        self.cue_next |= {k for m in matches if m.kind in ("A", "R") for k in range(max(0, m.start - 4), m.start)
                          if _leads_to_verb(doc[k]) and not any(t.is_punct for t in doc[k:m.start])}
        self._local: dict[int, tuple[list[PlaceMention], list[Mention]]] = {}

    def local(self, k: int, bounds: list[int]) -> tuple[list[PlaceMention], list[Mention]]:
        """Place and person mentions of sentence ``k`` (pronouns unresolved)."""
        hit = self._local.get(k)
        if hit is None:
            s, e = bounds[k], bounds[k + 1]
            places = find_place_mentions(self.doc, self.places, self.case_spans, self.power_tokens, s, e)
            place_tokens = {i for p in places for i in range(p.start, p.end)}
            people = find_person_mentions(self.doc, self.persons, place_tokens | self.power_tokens,
                                          self.cue_next, s, e)
            hit = (places, people)
            self._local[k] = hit
        return hit

    def last_person(self, k: int, bounds: list[int]) -> str | None:
        """Who "he" at the start of sentence ``k`` is: the person named in the nearest sentence
        before it that names someone other than the speaker, if that is unambiguous (see
        :func:`.participants.antecedent`)."""
        for j in range(k - 1, -1, -1):
            named = self.local(j, bounds)[1]
            cands = [(m, key) for m in named if m.pronoun is None and not m.possessive
                     for key in (named_key(m, self.persons),) if key != self.seg.speaker]
            if cands:
                return antecedent(self.doc, cands, named[0])
        return None

    def last_place(self, k: int, bounds: list[int]) -> PlaceMention | None:
        """The last place mentioned before sentence ``k`` (what "there" points back to)."""
        for j in range(k - 1, -1, -1):
            places = self.local(j, bounds)[0]
            if places:
                return places[-1]
        return None

    def timexes(self, sents: list[int], bounds: list[int], whole: bool) -> list[Timex]:
        """Time expressions of ``sents``, each read with the sentences either side of it (an
        expression may run over a sentence end: "in March. 1932"). Anaphoric ones ("that day")
        need every earlier time of the segment: then the whole text is read."""
        text, anchor = self.seg.text, self.seg.stated_on  # the doc's text (Doc.text would rebuild it)
        if whole or not sents:
            return resolve_anaphora(find_timexes(text, anchor), anchor) if whole else []
        doc = self.doc
        last = len(bounds) - 2
        windows: list[list[int]] = []
        for k in sents:
            lo = doc[bounds[k - 1]].idx if k > 0 else 0
            if k + 1 < last:
                end_tok = doc[bounds[k + 2] - 1]
                hi = end_tok.idx + len(end_tok)
            else:
                hi = len(text)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        out: list[Timex] = []
        for lo, hi in windows:
            for t in find_timexes(text[lo:hi], anchor):
                if t.anaphoric:
                    return resolve_anaphora(find_timexes(text, anchor), anchor)
                out.append(Timex(t.start + lo, t.end + lo, t.text, t.interval, t.anaphoric))
        return out

