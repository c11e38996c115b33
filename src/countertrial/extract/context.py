"""The persons, places and times of one segment, found sentence by sentence on demand.

Only sentences with an act trigger or a stance cue can make a claim; what they need from the
sentences before (who "he" is, where "there" is) is found by walking back, and time expressions
are read in a window of the sentence and its neighbours (see :class:`DocContext`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..resolve.persons import PersonResolver
from ..resolve.places import PlaceResolver
from .matching import Match
from .mentions import Mention, PlaceMention, find_person_mentions, find_place_mentions
from .participants import (APPOSITION_OPENERS, NOT_NOUN, antecedent, in_parenthesis, list_before, named_key,
                           parenthesis, past_in_ed)
from .segment import Segment, TokenView, token_view
from .timex import Timex, find_timexes, resolve_anaphora, times_in

__all__ = ["DocContext", "ANAPHORIC_PLACE", "points_back"]

ANAPHORIC_PLACE = {"there", "abroad"}
# "there was a meeting", "there had been secret meetings", "there wouldn't be one left": "there"
# before a form of "be" or an auxiliary is existential and points back to no place.
_EXISTENTIAL_NEXT = frozenset({"is", "was", "were", "are", "'s", "’s", "be", "been", "being", "has", "had", "have",
                               "would", "will", "wo", "could", "can", "might", "may", "must", "should", "seemed",
                               "seems", "appeared", "appears", "exists", "existed", "remained", "remains"})


def points_back(lower: list[str], k: int) -> bool:
    """Whether word ``k`` (lower-case words ``lower``) is a place that points back: "there" (not
    existential: "there was a meeting") or "abroad"."""
    if lower[k] not in ANAPHORIC_PLACE:
        return False
    return lower[k] != "there" or k + 1 >= len(lower) or lower[k + 1] not in _EXISTENTIAL_NEXT


_AUX = {"was", "were", "had", "has", "is", "then", "also", "later", "never", "himself", "once", "first"}
# "Tukhachevsky and seven other commanders were ...": words after "and" that make the word before it a name.
_COMPANIONS = {"his", "her", "their", "several", "other", "others", "two", "three", "four", "five", "six", "seven",
               "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "some", "many", "most", "all",
               "fellow", "co", "the"}
_AT_PLACE = {"in", "at", "near"}  # an unknown name right after these is a place ("met Rankovic at Abbazia")
# Ranks and honorifics that make the name after them a person even right after "at" ("I fired at
# General Trepov", "shouted at Mr Hale"), where a bare unknown name would be a place.
_PERSON_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "doctor", "professor", "general", "colonel",
                  "major", "captain", "lieutenant", "sergeant", "corporal", "comrade", "citizen", "judge", "admiral"}
_NOT_NAMES = {"yesterday", "today", "tomorrow", "later", "earlier", "afterwards", "instead", "nonetheless", "still",
              "again", "next", "meanwhile", "indeed", "also", "thereafter", "hence", "thus", "first", "second",
              "third", "finally", "soon", "now", "then"}


# Endings of common nouns, not of surnames: a capitalised "Security", "Management", "Intelligence" or
# "Leadership" opening a sentence before "stayed", "decided" is no person.
_NOUN_ENDINGS = ("ity", "ment", "tion", "sion", "ness", "ship", "ism", "ogy")  # not "McGarrity", "Vance", "Davies"
# Nouns of a group that take a plural verb without an "s" ("the crowd gathered"), beyond those the
# persons vocabulary already lists as no names ("People", "Police", "Nobody": read before these).
_GROUP_WORDS = frozenset({"crowd", "folk", "personnel", "youth", "clergy"})
_BETWEEN = {"later", "also", "then", "now", "himself", "herself", "had", "has", "subsequently", "finally", "once"}


def _leads_to_verb(view: TokenView, k: int) -> bool:
    """An auxiliary or adverb that may stand between a subject and its verb ("was", "allegedly")."""
    low = view.lower[k]
    return view.is_lower[k] and (low in _AUX or (low.endswith("ly") and len(view.text[k]) > 4))


# Countries and regions that are also given names ("Chad", "Georgia", "Jordan"): a name alone may be a person.
_GIVEN_LIKE_PLACES = frozenset({"chad", "georgia", "jordan", "israel", "india", "virginia", "montana", "dakota",
                                "florida", "carolina", "victoria", "kent"})
# Words that open the name of a street or a square in other languages ("Via Stresa", "Rue Lauriston",
# "Calle Serrano"): the name after them is the street's, no one's surname.
_STREET_OPENERS = frozenset({"via", "viale", "piazza", "corso", "largo", "rue", "calle", "avenida", "plaza",
                             "paseo", "rua", "ulitsa", "strada"})


class DocContext:
    """Persons, places and times of one segment, found sentence by sentence on demand."""

    def __init__(self, persons: PersonResolver, places: PlaceResolver, seg: Segment, doc: Doc,
                 matches: list[Match]) -> None:
        self.persons = persons
        self.places = places
        self.seg = seg
        self.doc = doc
        self.power_tokens = {k for m in matches if m.kind == "P" for k in range(m.start, m.end)}
        # "spied for Beijing": a capital or country standing for its state is no place at all.
        self.state_tokens = {k for m in matches if m.kind == "P" and m.state for k in range(m.start, m.end)}
        self.case_spans = [(m.start, m.end, m.label) for m in matches if m.kind == "L"]
        self.cue_next = {m.start for m in matches if m.kind in ("A", "R", "C")}
        # "Field was an American agent", "Rajk allegedly met": an auxiliary or adverb a few words
        # before an act trigger or reporting verb also marks the unknown word before it as a name.
        view = token_view(doc)
        self.cue_next |= {k for m in matches if m.kind in ("A", "R") for k in range(max(0, m.start - 4), m.start)
                          if _leads_to_verb(view, k) and not any(view.punct[k:m.start])}
        # "Rajk was arrested": a form of "be" before a participle whose subject is a person.
        self.cue_next |= {m.start for m in matches if m.kind == "V" and m.label == "person"}
        # "Kovtun stayed in Hamburg": a verb whose subject is a person (only after a sentence's first
        # word, and not a town's: see :meth:`_name_openers`).
        self._person_verbs = {m.start for m in matches if m.kind == "V" and m.label == "verb"}
        self._says = {m.start for m in matches if m.kind in ("C", "R")}
        self.cue_next |= self._name_openers(doc)
        self._local: dict[int, tuple[list[PlaceMention], list[Mention]]] = {}
        self._surnames: dict[str, int] = {}  # unknown name -> how many of its last words make its surname
        self._places: dict[int, list[PlaceMention]] = {}

    def _name_openers(self, doc: Doc) -> set[int]:
        """Where a single unknown capitalised word that opens a sentence is a name: before an
        apposition or relative clause ("Kostov, a veteran of the party, ...", "Brankov, who had
        served ...") or before "and" and a companion ("Tukhachevsky and seven other commanders"),
        before a possessive and a noun ("Kostov's alleged meeting"), before an apposition with a possessive
        ("Vinogradov, Stalin's physician, ..."), before a progressive ("Rankovic was waiting for me"), a role ("Brankov had been the counsellor") or
        as the first of a list of names ("Rajk, Szonyi and Szalai were ...")."""
        out: set[int] = set()
        n = len(doc)
        view = token_view(doc)
        text, lower, is_lower, alpha = view.text, view.lower, view.is_lower, view.alpha
        starts = [0, *sorted(i for i in view.starts if i > 0)]
        for i in starts:  # sentence starts only: no per-token Python over the whole segment
            if i + 2 >= n or not text[i][:1].isupper() or text[i].isupper() or not alpha[i]:  # "McVeigh" too
                continue
            low = lower[i]
            if low in STOP_WORDS or low in _NOT_NAMES or low.endswith("ly"):
                continue
            nxt, after = text[i + 1], text[i + 2]
            nxt_low, after_low = lower[i + 1], lower[i + 2]
            # "London later recanted his confession", "Field subsequently retracted ...": before a stance
            # cue or a reporting verb (towns do not recant, confess or testify).
            k = i + 1
            while k < n and k <= i + 3 and (lower[k] in _BETWEEN or lower[k].endswith("ly")):
                k += 1
            if k in self._says:
                out.add(i + 1)
                continue
            if self.places.resolve(text[i]) or self.persons.is_stopword(text[i]):
                # A town's name is a person's only before an apposition and a reporting verb or act
                # ("Vinogradov, Stalin's personal physician, confessed ...": towns do not confess).
                close = parenthesis(doc, i + 1, n) if nxt == "," else None
                if close is not None and close + 1 in self.cue_next:
                    out.add(i + 1)
                continue
            if nxt == "," and after_low in APPOSITION_OPENERS:
                out.add(i + 1)
            elif nxt_low == "and" and after_low in _COMPANIONS:
                out.add(i + 1)
            elif nxt in ("'s", "’s") and i + 3 < n and is_lower[i + 2]:
                out.add(i + 1)  # "Kostov's alleged meeting with ...": a possessor before a noun
            elif nxt == "," and after.istitle() and i + 3 < n and text[i + 3] in ("'s", "’s"):
                out.add(i + 1)  # "Vinogradov, Stalin's personal physician, ...": a possessive apposition
            elif nxt_low in ("was", "were") and is_lower[i + 2] and alpha[i + 2] and after_low.endswith("ing"):
                out.add(i + 1)  # "Rankovic was waiting for me": the subject of a progressive
            elif nxt_low in ("was", "had") and after_low in ("been", "a", "an") and i + 3 < n \
                    and (after_low != "been" or lower[i + 3] in ("a", "an", "the")):
                out.add(i + 1)  # "Brankov had been the counsellor of ...", "Field was a diplomat"
            elif nxt == "," and after.istitle() and alpha[i + 2] and self._listed(doc, i + 2):
                out.add(i + 1)  # "Rajk, Szonyi and Szalai were ...": the first of a list of names
            elif (k in self._person_verbs or (nxt_low in ("had", "was") and k in (i + 1, i + 2)
                                              and lower[k] in ("been", "among"))) \
                    and not (text[i].istitle() and low.endswith(_NOUN_ENDINGS)):
                out.add(i + 1)  # "Kovtun stayed ...", "Torgler had been among the last ..." (not "Security stayed")
            elif is_lower[i + 1] and past_in_ed(nxt_low) and len(low) > 3 \
                    and not low.endswith("s") and low not in _GROUP_WORDS \
                    and not (text[i].istitle() and low.endswith(_NOUN_ENDINGS)):
                # round 27: "Denard surrendered to them ... and was flown to France": before a past tense
                # (not a plural, "Investigators believed", "Soldiers fired", nor "People arrived")
                out.add(i + 1)
        return out

    def _listed(self, doc: Doc, k: int) -> bool:
        """Token ``k`` opens a capitalised name that a list goes on from: "Szonyi and Szalai",
        "Tanev, Dimitrov" (the name is not a place)."""
        n = len(doc)
        view = token_view(doc)
        text, lower, alpha = view.text, view.lower, view.alpha
        e = k
        while e < n and text[e].istitle() and alpha[e]:
            e += 1
        if e - k > 2 or e + 1 >= n or self.places.resolve(view.span_text(k, e) if e > k else ""):
            return False
        return lower[e] in ("and", ",") and text[e + 1].istitle() and lower[e + 1] not in STOP_WORDS

    def _may_be_place(self, name: str) -> bool:
        """An unknown name after "in", "at" or "near" may be a place unless it is someone's (a roster
        name) or holds a word that is never a name ("in Court", "at Trial")."""
        return self.persons.resolve(name) is None and not any(self.persons.is_stopword(w) for w in name.split())

    def _no_person(self, m: Mention, places: list[PlaceMention]) -> bool:
        """An unknown name that names no one: one between an article and a common noun ("the
        Leveson inquiry", "the Düsseldorf court", "a Ryder truck"), a country, a region or a
        historical place alone ("Rwanda", "California", "Srebrenica"), or a state or country after a
        place and a comma ("in Junction City, Kansas, on ...")."""
        view = token_view(self.doc)
        lower, text = view.lower, view.text
        s, e = m.start, m.end
        if e - s > 1 and lower[s] in _STREET_OPENERS:
            return True  # "at the corner of Via Fani and Via Stresa in Rome"
        if s > 0 and lower[s - 1] in ("the", "a", "an") and e < len(text) and view.alpha[e] and view.is_lower[e] \
                and lower[e] not in NOT_NOUN and not lower[e].endswith("ed") and not m.titled:
            return True  # (not "the Accused Sylvestre Gacumbitsi went", "the General Petrov said": a title)
        rp = self.places.resolve(m.text) if e - s == 1 else None
        if rp is not None and rp.kind in ("country", "region", "place") and lower[s] not in _GIVEN_LIKE_PLACES:
            # "Branjevo and Pilica", "that country, Rwanda,", "Howard flew to California, he met ...": a
            # country, a region or a place of the case's history is no one's surname (towns may be).
            return True
        return s > 1 and text[s - 1] == "," and any(p.end == s - 1 for p in places) \
            and (e == len(text) or not view.alpha[e]) and (rp if e - s == 1 else self.places.resolve(m.text)) is not None

    def _surname_words(self, name: str) -> int:
        """2 when the last two words of the unknown name ``name`` are a double surname: the text
        also names the person by them alone ("General Sergio Arellano Stark ... Arellano Stark
        went on") or, for a two-word name, with a given name before them; else 1."""
        words = name.split()
        while len(words) > 2 and self.persons.is_title(words[0]):
            words = words[1:]
        if len(words) == 2 and self.persons.is_title(words[0]):
            return 1
        if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
            return 1
        if self.persons.is_stopword(words[-1]) and not self.persons.is_stopword(words[-2]):
            return 2  # "Nunn May": a last word that is no name alone (a month) takes the one before it
        text = self.seg.text
        if text.count(words[-1]) < 2:
            return 1  # the surname said once: in this name alone
        if self.persons.resolve(words[-1]) is not None:
            return 1  # the last word alone is someone the case knows ("Patrick Fergal Keane ... Fergal
            # Keane", Witness Keane of the cast list): a middle name, not a double surname
        alone = r"(?<![\w'’-])" + re.escape(words[-1]) + r"(?![\w'’-])"
        if any(not text[max(0, hit.start() - len(words[-2]) - 1):hit.start()].startswith(words[-2])
               for hit in re.finditer(alone, text)):
            return 1  # ... or the text names the person by the last word alone too ("Mr. Keane")
        tail = r"\s+".join(re.escape(w) for w in words[-2:])
        before: list[str | None] = []
        for hit in re.finditer(r"(?<![\w'’-])" + tail + r"(?![\w'’-])", text):
            # the word before the two, if only white space separates them
            lead = text[max(0, hit.start() - 40):hit.start()]
            prev = lead.split()[-1] if lead.strip() and lead[-1:].isspace() else None
            before.append(prev)
        if len(words) > 2:
            # ... "Arellano Stark" once without the given name before it.
            return 2 if any(b != words[-3] for b in before) else 1
        # "Arellano Stark", and elsewhere "Sergio Arellano Stark" (a given name, not a title or "Then").
        return 2 if any(b is not None and b[:1].isupper() and b.isalpha() and not self.persons.is_title(b)
                        and not self.persons.is_stopword(b) and b.lower() not in STOP_WORDS for b in before) else 1

    def places_of(self, k: int, bounds: list[int]) -> list[PlaceMention]:
        """Place mentions of sentence ``k`` (they need no person mentions: :meth:`last_place` walks
        back over sentences reading places alone)."""
        hit = self._places.get(k)
        if hit is None:
            hit = self._places[k] = find_place_mentions(self.doc, self.places, self.case_spans, self.power_tokens,
                                                        bounds[k], bounds[k + 1], unknown=self._may_be_place,
                                                        state_tokens=self.state_tokens)
        return hit

    def local(self, k: int, bounds: list[int]) -> tuple[list[PlaceMention], list[Mention]]:
        """Place and person mentions of sentence ``k`` (pronouns unresolved)."""
        hit = self._local.get(k)
        if hit is None:
            s, e = bounds[k], bounds[k + 1]
            places = self.places_of(k, bounds)
            place_tokens = {i for p in places for i in range(p.start, p.end)}
            people = find_person_mentions(self.doc, self.persons, place_tokens | self.power_tokens,
                                          self.cue_next, s, e)
            # An unknown name right after "in", "at" or "near" is a place the gazetteer lacks
            # ("met Rankovic at Abbazia"), not a person.
            people = [m for m in people if m.known or m.pronoun is not None or m.start == 0
                      or token_view(self.doc).lower[m.start - 1] not in _AT_PLACE
                      or (m.end - m.start > 1 and token_view(self.doc).lower[m.start] in _PERSON_TITLES)]
            people = [m for m in people if m.known or m.pronoun is not None or not self._no_person(m, places)]
            for m in people:
                if m.person is None and m.pronoun is None and " " in m.text:
                    n = self._surnames.get(m.text)
                    if n is None:
                        n = self._surnames[m.text] = self._surname_words(m.text)
                    m.surname_words = n
            hit = (places, people)
            self._local[k] = hit
        return hit

    def last_group(self, k: int, bounds: list[int]) -> tuple[str, ...] | None:
        """Who "they" at the start of sentence ``k`` are: the list of names ("Zinoviev and Kamenev")
        in the nearest of the two sentences before it that names someone, if its names end with one."""
        for j in range(k - 1, max(-1, k - 3), -1):
            named = [m for m in self.local(j, bounds)[1] if m.pronoun is None and not m.possessive
                     and in_parenthesis(self.doc, m.start, bounds[j + 1]) is None]
            if named:
                return list_before(self.doc, [replace(m, person=named_key(m, self.persons)) for m in named])
        return None

    def with_me(self, k: int, bounds: list[int]) -> tuple[str, ...]:
        """Those named with "I" in the sentence before sentence ``k`` ("Lingg and I", "I and
        Petrov"): who "we" at the start of sentence ``k`` are, besides the speaker."""
        if k < 1:
            return ()
        people = self.local(k - 1, bounds)[1]
        out: list[str] = []
        for me in (m for m in people if m.pronoun == "first" and m.text == "I"):
            for n in people:
                if n.pronoun is not None or n.possessive:
                    continue
                joined = (n.end + 1 == me.start and self.doc[n.end].lower_ == "and") or (
                    me.end + 1 == n.start and self.doc[me.end].lower_ == "and")
                if joined:
                    out.append(named_key(n, self.persons))
        return tuple(dict.fromkeys(out))

    def last_person(self, k: int, bounds: list[int]) -> str | None:
        """Who "he" at the start of sentence ``k`` is: the person named in the nearest sentence
        before it that names someone other than the speaker, if that is unambiguous (see
        :func:`.participants.antecedent`)."""
        for j in range(k - 1, -1, -1):
            named = [m for m in self.local(j, bounds)[1] if in_parenthesis(self.doc, m.start, bounds[j + 1]) is None]
            cands = [(m, key) for m in named if m.pronoun is None and not m.possessive
                     for key in (named_key(m, self.persons),) if key != self.seg.speaker]
            if cands and any(m.pronoun == "third" and m.case == "subj" and m.start < cands[0][0].start for m in named):
                # "In it he praised bin Laden ... He had come home to Elizabeth": that sentence's
                # subject is a "he" before its names, and the "he" after goes on with him, not with a
                # name he spoke of: look further back
                continue
            if cands:
                return antecedent(self.doc, cands, named[0])
        return None

    def named_before(self, k: int, bounds: list[int]) -> bool:
        """Whether a sentence before sentence ``k`` names someone other than the speaker (a "he"
        of sentence ``k`` may be that one, even where :meth:`last_person` finds no one alone)."""
        return any(m.pronoun is None and not m.possessive and m.person is not None
                   and named_key(m, self.persons) != self.seg.speaker
                   for j in range(k - 1, -1, -1) for m in self.local(j, bounds)[1])  # nearest first

    def last_place(self, k: int, bounds: list[int]) -> PlaceMention | None:
        """The last place mentioned before sentence ``k`` (what "there" points back to)."""
        for j in range(k - 1, -1, -1):
            places = self.places_of(j, bounds)
            if places:
                return places[-1]
        return None

    def timexes(self, sents: list[int], bounds: list[int], whole: bool) -> list[Timex]:
        """Time expressions of ``sents``, each read with the sentences either side of it (an
        expression may run over a sentence end: "in March. 1932"). Anaphoric ones ("that day")
        need every earlier time of the segment: then they are read as in the whole text (the whole
        text is read with ``whole``)."""
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
                    # Those of the whole text, with every earlier time: read around the sentences
                    # wanted, and before them only as far as needed (:func:`.timex.times_in`).
                    spans = []
                    for k in sents:
                        last_tok = doc[bounds[k + 1] - 1]
                        spans.append((doc[bounds[k]].idx, last_tok.idx + len(last_tok)))
                    return times_in(text, spans, anchor)
                out.append(Timex(t.start + lo, t.end + lo, t.text, t.interval, t.anaphoric))
        return out

