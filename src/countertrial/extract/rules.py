"""The rules extractor (``rules.v1``): phrase patterns over a blank English tokenizer.

For each sentence of a speaker's turn it finds act triggers (``vocab/acts.yaml``), stance cues
(``vocab/stance.yaml``), foreign powers, places, persons and time expressions, and builds one
claim per act. The stages live in their own modules:

* :mod:`.segment` - segments, sentences, clauses and dialogue labels;
* :mod:`.matching` - the compiled vocabulary, the prefilter and the matches of a segment;
* :mod:`.context` - persons, places and times of a segment, sentence by sentence on demand;
* :mod:`.participants` - pronouns, subject, passive agent, counterparts, coordinated subjects;
* :mod:`.polarity` - questions, reported speech, negation, modality (forecasts, confessions);
* :mod:`.claims` - one claim per act from all of the above, and de-duplication.

This module drives them over segments in batches; a bare answer takes over the question before
it (:mod:`.answers`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, overload
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..dates import Interval
from ..model import Claim, Person
from ..resolve.persons import PersonResolver
from ..resolve.places import PlaceResolver
from ..store import Store
from .answers import Answer, answered, opens_with_time, pair_answers
from .claims import (NAME, Sentence, changed_claim, dedupe, false_testimony, goes_along, most_precise, refined,
                     refinements, sentence_claims)
from .context import ANAPHORIC_PLACE, DocContext, points_back
from .matching import Match, compile_vocabulary, find_matches
from .mentions import Mention, PlaceMention
from .participants import hailed, named_key, person_id, resolve_pronouns
from .polarity import is_question
from .segment import Segment, Tokeniser, forget_phrases, sentence_bounds, split_dialogue, token_view
from .timex import Timex, resolve_anaphora
from .vocab import Vocabulary

__all__ = ["RulesExtractor", "Segment", "NAME", "split_dialogue"]


_GOING = frozenset({"came", "went", "come", "gone", "go", "goes", "comes", "going", "coming"})


def _needs_last_place(doc: Doc, sent: Span) -> bool:
    """Whether ``sent`` says "there" or "abroad" (a place that points back), or goes along on a
    journey told before ("Petrov went with him", "Yu came along")."""
    lower = token_view(doc).lower
    if any(lower[k] in _GOING and goes_along(lower, k + 1, sent.end) for k in range(sent.start, sent.end - 1)):
        return True
    return not ANAPHORIC_PLACE.isdisjoint(lower[sent.start:sent.end]) and any(
        points_back(lower, k) for k in range(sent.start, sent.end))


class _DocTimes:
    """``ctx.timexes(sents, bounds, whole)``, read on the first call and kept."""

    def __init__(self, ctx: DocContext, sents: list[int], bounds: list[int], whole: bool) -> None:
        self._read = partial(ctx.timexes, sents, bounds, whole)
        self._times: list[Timex] | None = None

    def __call__(self) -> list[Timex]:
        if self._times is None:
            self._times = self._read()
        return self._times


class _SentenceTimes(Sequence[Timex]):
    """The time expressions of the doc (:class:`_DocTimes`) that start in one sentence's characters
    ``start:end``, read when first looked at."""

    def __init__(self, doc_times: _DocTimes, start: int, end: int) -> None:
        self._doc_times, self._start, self._end = doc_times, start, end
        self._times: list[Timex] | None = None

    def _get(self) -> list[Timex]:
        if self._times is None:
            self._times = [t for t in self._doc_times() if self._start <= t.start < self._end]
        return self._times

    @overload
    def __getitem__(self, i: int) -> Timex: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Timex]: ...

    def __getitem__(self, i: int | slice) -> Timex | Sequence[Timex]:
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._get())


_CHARGE_WORDS = frozenset({"charged", "charge", "charges", "indicted", "indictment", "arraigned"})


class RulesExtractor:
    """Deterministic claim extraction. Build once per run (it compiles the vocabulary)."""

    name = NAME

    def __init__(self, store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> None:
        compiled = compile_vocabulary(tuple(str(p) for p in vocab_paths))
        self.vocab: Vocabulary = compiled.vocab
        self._finer = refinements(self.vocab)  # the acts that refine others (claims.refined)
        self.nlp = compiled.nlp
        self.tokenise = Tokeniser(self.nlp)  # ``nlp(text)`` and ``nlp.pipe``, for less
        self.matcher = compiled.matcher
        self._labels = dict(compiled.labels)
        # The last question read for an answer, with what was read of it (see _question_context).
        self._question_read: tuple[Segment, tuple[Doc, list[int], int, DocContext]] | None = None
        self.prefilter = compiled.prefilter
        self._answers = compiled.answers
        self._gapped = compiled.gapped
        self.persons = PersonResolver(store, titles=self.vocab.titles, not_persons=self.vocab.not_persons)
        self.places = PlaceResolver(store)
        self.place_matcher: PhraseMatcher | None = None
        aliases = self.places.case_aliases()
        if aliases:
            self.place_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
            for pid, alias in aliases:
                key = f"L|{pid}"
                self._labels[self.nlp.vocab.strings.add(key)] = ("L", pid)
                self.place_matcher.add(key, [self.nlp.make_doc(alias)])
            forget_phrases(self.nlp)

    # -- public ---------------------------------------------------------------------------------
    def extract(self, segments: Sequence[Segment], batch_size: int = 64, prefilter: bool = True,
                *, context: Segment | None = None) -> Iterator[Claim]:
        """Claims from ``segments``, in order (tokenised in batches). Segments whose text holds no
        act trigger and no stance cue (see :class:`.matching.Prefilter`) cannot yield a claim of
        their own and are not tokenised; ``prefilter=False`` tokenises and matches everything (same
        claims, slower). A question answered bare by the next segment ("Did you meet him?" /
        "Yes.") also gives the witness's claims (:mod:`.answers`); ``context`` is the segment just
        before ``segments[0]`` (the end of the previous batch), read only as such a question."""
        segs = list(segments)
        asked = pair_answers(segs, self._answers, context)
        # The claims a question gives with its answer wait for the answer's own, which may refine them
        # ("Did you kill Bandera?" / "Yes, I killed him. ... I fired the poison pistol into his face").
        pending: list[Claim] = []
        pending_for = -1
        if context is not None and -1 in asked and (not prefilter or self.prefilter(context.text)):
            pending, pending_for = self._answered(context, self.tokenise(context.text), asked[-1], prefilter), 0
        todo = [(i, s) for i, s in enumerate(segs) if not prefilter or self.prefilter(s.text)]
        for (i, seg), doc in zip(todo, self.tokenise.pipe((s.text for _i, s in todo), batch_size=batch_size)):
            asker = segs[i - 1] if i else context
            question = asker if asker is not None and _answers_question(asker, seg) else None
            own = self.extract_doc(seg, doc, focus=prefilter, question=question)
            if pending and pending_for == i and own:
                yield from refined([*pending, *own], self._finer)
            else:
                yield from pending
                yield from own
            pending = []
            answer = asked.get(i)
            if answer is not None:
                pending, pending_for = self._answered(seg, doc, answer, prefilter), i + 1
        yield from pending

    @property
    def new_persons(self) -> dict[str, Person]:
        return self.persons.new_persons

    def extract_doc(self, seg: Segment, doc: Doc, focus: bool = True, question: Segment | None = None) -> list[Claim]:
        """Claims of one tokenised segment.

        Only sentences with an act trigger or a stance cue can make a claim, so with ``focus``
        (the default) persons, places and times are looked for in those sentences alone; the
        context they need from earlier sentences (who "he" is, where "there" is) is found by
        walking back sentence by sentence, and time expressions are read in a window of the
        sentence and its neighbours. ``focus=False`` reads every sentence (the same claims).
        ``question`` is the turn ``seg`` answers: an act of the answer's first telling sentence with no
        place or time of its own takes the question's (:meth:`_setting`, read only then).
        """
        matches = self._matches(doc)
        if not any(m.kind in ("A", "C") for m in matches):
            return []  # nothing to claim: skip mentions, places and time expressions altogether
        if seg.source.turn is not None:
            self.persons.new_text(seg.speaker)  # a case's turn is one text (see PersonResolver.new_text)
        ctx = DocContext(self.persons, self.places, seg, doc, matches)
        bounds = sentence_bounds(doc)
        if focus:
            starts = [m.start for m in matches if m.kind in ("A", "C")]
            wanted = sorted({bisect_right(bounds, k) - 1 for k in starts})
        else:
            wanted = list(range(len(bounds) - 1))
        spans = {k: doc[bounds[k]:bounds[k + 1]] for k in wanted}
        claim_sents = [k for k in wanted if not is_question(spans[k])
                       and not ((seg.speaker is not None or seg.role == "stage") and _transcriber_note(spans[k].text))]
        # Time expressions are read only when a claim needs them (most acts find no subject and
        # make none); then for every claim sentence at once, as always (:class:`_SentenceTimes`).
        timexes = _DocTimes(ctx, claim_sents, bounds, whole=not focus)
        claims: list[Claim] = []
        # The question's setting is that of the answer's first sentence that tells an act ("No. He
        # came to my house once"), unless it turns away with "But" ("I did. But I never passed
        # anything to anyone": any time, anywhere).
        told = next((k for k in claim_sents if any(m.kind in ("A", "C") and bounds[k] <= m.start < bounds[k + 1]
                                                   for m in matches)), None) if question is not None else None
        if told is not None and doc[bounds[told]].lower_ == "but":
            told = None
        setting = self._setting(question) if told is not None and question is not None else None
        asked_about: list[str | None] = []  # the one person the question names, read once if needed
        # where the segment first names a power or a service (``Sentence.powered`` of each sentence after it)
        first_power = min((m.start for m in matches if m.kind in ("P", "S")), default=None)
        # who "you" is in a turn that opens by naming the one it speaks to ("Douglas Ronald Britten,
        # you have pleaded guilty ... For six years you sold to the Russians information ..."): read
        # only when a claim sentence says "you"
        addressee, vocative_read = seg.addressee, seg.addressee is not None or seg.speaker is None
        for k in claim_sents:
            sent = spans[k]
            s_places, s_mentions = ctx.local(k, bounds)
            if not vocative_read and any(m.pronoun == "you" for m in s_mentions):
                addressee, vocative_read = self._vocative(doc, bounds, ctx), True
            # (not in a charge read out to the one addressed: "William Joyce, you stand charged with
            # high treason" accuses no one of it)
            you = addressee
            if you is not None and seg.addressee is None \
                    and not _CHARGE_WORDS.isdisjoint(token_view(doc).lower[sent.start:sent.end]):
                you = None
            last = ctx.last_person(k, bounds) if any(m.pronoun == "third" for m in s_mentions) else None
            if last is None and question is not None and any(
                    m.pronoun == "third" and m.case == "subj"
                    and not any(t.lower_ in _NOUN_ANTECEDENTS for t in doc[sent.start:m.start]) for m in s_mentions):
                # "What did Petrov do in Lyon?" / "He met Sedov at the station.": with no one named
                # before it in the answer, "he" is the one person the question names.
                if not asked_about:
                    asked_about.append(self._asked_about(question, seg))
                last = asked_about[0]
            resolve_pronouns(doc, s_mentions, self.persons, seg.speaker, last, you,
                             last_group=partial(ctx.last_group, k, bounds), accused=seg.accused,
                             with_me=partial(ctx.with_me, k, bounds))
            # What "there" points back to: only looked for where a sentence says "there"/"abroad" or goes along.
            last_place = ctx.last_place(k, bounds) if _needs_last_place(doc, sent) else None
            s_matches = [m for m in matches if sent.start <= m.start < sent.end]
            s_times = _SentenceTimes(timexes, sent.start_char, sent.end_char)
            # read only if an unnamed "he" gives an order (see claims._unnamed_giver)
            named_before = _someone_named if last is not None else partial(ctx.named_before, k, bounds)
            claims.extend(sentence_claims(self.vocab, self.persons, Sentence(
                seg, doc, sent, s_matches, s_mentions, s_places, s_times, last_place,
                setting if k == told else None, first_power is not None and first_power < sent.end,
                named_before)))
        self._question_read = None  # read for this answer only (and no Doc kept in the extractor)
        return refined(dedupe(claims), self._finer)

    # -- internals --------------------------------------------------------------------------------
    def _setting(self, question: Segment) -> tuple[PlaceMention | None, Timex | None] | None:
        """The place and time the question ``question`` sets its act in ("On 11 November 1941, in
        Divci, you sat down with the Germans?"): the first place of its last sentence and its most
        precise time. An answer's act that names neither ("I did speak with them") was done there
        and then: the witness answers about the occasion put to him."""
        doc, bounds, k, ctx = self._question_context(question)
        if k < 0 or not is_question(doc[bounds[k]:bounds[k + 1]]):
            return None
        sent = doc[bounds[k]:bounds[k + 1]]
        if any(t.lower_ in _OPINION and t.i > sent.start and doc[t.i - 1].lower_ == "you" for t in sent):
            return None  # "do you expect another trial in Moscow?": an opinion asked for, no occasion
        places, _mentions = ctx.local(k, bounds)
        times = [t for t in ctx.timexes([k], bounds, whole=True)
                 if sent.start_char <= t.start < sent.end_char and t.interval.known and not _of_words(doc, t)]
        # (else a place after "of": "in the village of Divci", "the streets of Gwangju")
        place = next((p for p in places if p.prep in _SETTING_PREPS), None) or next(
            (p for p in places if p.prep == "of"), None)
        if place is None and not times:
            return None
        return place, most_precise(times) if times else None

    def _vocative(self, doc: Doc, bounds: list[int], ctx: DocContext) -> str | None:
        """The person a turn's first sentence opens by addressing (:func:`.participants.hailed`:
        "Staff Sergeant Bales,", "Accused Djilas,"), with "you" within the next two words ("Douglas
        Ronald Britten, you have pleaded guilty")."""
        _places, mentions = ctx.local(0, bounds)
        m = hailed(doc, mentions, bounds[0])
        if m is None or "you" not in [t.lower_ for t in doc[m.end + 1:m.end + 3]]:
            return None
        return person_id(named_key(m, self.persons), self.persons)

    def _asked_about(self, question: Segment, answer: Segment) -> str | None:
        """The one person the last sentence of ``question`` names (the witness and the asker aside),
        or None when it names no one or more than one."""
        _doc, bounds, k, ctx = self._question_context(question)
        if k < 0:
            return None
        _places, mentions = ctx.local(k, bounds)
        keys = {named_key(m, self.persons) for m in mentions if m.pronoun is None and not m.possessive}
        # not the witness the question is put to ("Witness ZIZ, ..."), nor the one who asks
        others = {key for key in keys if person_id(key, self.persons) not in (answer.speaker, question.speaker, None)}
        return others.pop() if len(others) == 1 else None

    def _question_context(self, question: Segment) -> tuple[Doc, list[int], int, DocContext]:
        """The tokenised question, its sentence bounds, its last sentence and its context: read once
        for an answer (its setting and the person it asks about both need them)."""
        if self._question_read is not None and self._question_read[0] is question:
            return self._question_read[1]
        doc = self.tokenise(question.text)
        bounds = sentence_bounds(doc)
        read = (doc, bounds, _last_sentence(doc, bounds),
                DocContext(self.persons, self.places, question, doc, self._matches(doc)))
        self._question_read = (question, read)
        return read

    def _matches(self, doc: Doc) -> list[Match]:
        matches = find_matches(doc, self.matcher, self.place_matcher, self._labels, self._gapped)
        return false_testimony(self.vocab, doc, matches)  # "the evidence he had given ... was false"

    def _filled(self, claims: list[Claim], answer: Segment) -> list[Claim]:
        """The question's claims with the time and the place the fragment ``answer`` gives ("In the
        spring of 1948, in New York."): the first time expression and place of its first sentence."""
        a_doc = self.tokenise(answer.text)
        ctx = DocContext(self.persons, self.places, answer, a_doc, self._matches(a_doc))
        bounds = sentence_bounds(a_doc)
        if len(bounds) < 2:
            return claims
        first_end = a_doc[bounds[0]:bounds[1]].end_char
        times = [t for t in ctx.timexes([0], bounds, whole=True) if t.start < first_end]
        places = ctx.places_of(0, bounds)
        place = places[0].place if places else None
        out = []
        for c in claims:
            changes: dict[str, Any] = {}
            if times and not c.time.text:
                changes["time"] = times[0].interval
            elif times and not times[0].anaphoric and times[0].interval.known and c.time.known \
                    and not _overlap(times[0].interval, c.time):
                changes["time"] = times[0].interval  # "... in 1936?" / "In 1937.": the witness's time
            elif times and times[0].anaphoric and c.time.known:
                # "You sailed for Japan in July 1941?" / "On the fifth of July": the day of the
                # question's month, when it lies inside the question's time and says more.
                said = resolve_anaphora([Timex(-1, -1, c.time.text, c.time, False), times[0]], None)[1].interval
                if said.known and said.start is not None and said.end is not None and c.time.start is not None \
                        and c.time.end is not None and c.time.start <= said.start <= said.end <= c.time.end \
                        and (said.start, said.end) != (c.time.start, c.time.end):
                    changes["time"] = said
            if place is not None and (c.place is None or (place.kind == "facility" and place.value != c.place)):
                # "... see Beara in Bratunac?" / "Yes, that evening, at the SDS offices": the building
                # the answer names is more precise than the question's town.
                changes["place"], changes["country"] = place.value, place.country or c.country
            out.append(changed_claim(c, **changes) if changes else c)
        return out

    def _answered(self, question: Segment, doc: Doc, answer: Answer, focus: bool) -> list[Claim]:
        """The claims of the last sentence of ``question`` (it asks), as the answer's speaker's."""
        matches = self._matches(doc)
        if not any(m.kind in ("A", "C") for m in matches):
            return []
        bounds = sentence_bounds(doc)
        k = _last_sentence(doc, bounds)
        sent = doc[bounds[k]:bounds[k + 1]]
        if k < 0 or not is_question(sent):
            return []
        if k > 0 and len(sent) <= 8 and not any(m.kind in ("A", "C") and sent.start <= m.start < sent.end
                                                 for m in matches):
            # "Did anyone ask you to do this? Any group, any person?": a short question that only
            # presses the one before it; the answer answers that one.
            prev = doc[bounds[k - 1]:bounds[k]]
            if (is_question(prev) or _TAG_QUESTION.match(sent.text)) \
                    and any(m.kind in ("A", "C") and prev.start <= m.start < prev.end for m in matches):
                # (round 24: "you drove the Cortina to the Marine Parade ... Do you deny that?", "you
                # issued an order to your commanders ... Is that correct?": a tag put after a statement
                # asks about the statement)
                k, sent = k - 1, prev
        seg = replace(question, addressee=answer.segment.speaker)
        if seg.source.turn is not None:
            self.persons.new_text(seg.speaker)
        ctx = DocContext(self.persons, self.places, seg, doc, matches)
        times = [t for t in ctx.timexes([k], bounds, whole=not focus) if sent.start_char <= t.start < sent.end_char]
        places, mentions = ctx.local(k, bounds)
        resolve_pronouns(doc, mentions, self.persons, seg.speaker, ctx.last_person(k, bounds)
                         if any(m.pronoun == "third" for m in mentions) else None, seg.addressee,
                         accused=seg.accused)
        if answer.who:
            mentions = _who_answered(sent, mentions, answer.who, seg.addressee, self.persons)
        last_place = ctx.last_place(k, bounds) if _needs_last_place(doc, sent) else None
        # The question's own negation is not read: the answer says yes or no to the proposition
        # ("Didn't you meet him?" / "Yes."). But one inside the proposition of a question put as a
        # statement ("So you never went back to Lyon?", "Is it right that you did not meet him?")
        # is what an answer that agrees confirms: "That is correct." denies the journey.
        lower = token_view(doc).lower
        kept_negation = answer.polarity == "affirm" and any(
            m.kind == "N" and sent.start <= m.start < sent.end and not _asked_negation(lower, sent.start, m.start)
            for m in matches)
        s_matches = [m for m in matches if sent.start <= m.start < sent.end and (m.kind != "N" or (
            kept_negation and not _asked_negation(lower, sent.start, m.start)))]
        claims = sentence_claims(self.vocab, self.persons,
                                 Sentence(seg, doc, sent, s_matches, mentions, places, times, last_place))
        if answer.nobody:
            # "Who ordered you to kill them?" / "No one.": read with "who" as the witness, the order is
            # the witness's own; no one gave it, so the witness denies having received it.
            claims = [changed_claim(c, act="received_instructions", polarity="deny") for c in claims
                      if c.act == "gave_instructions" and c.subject == seg.addressee]
        if answer.fills and claims:
            claims = self._filled(claims, answer.segment)
        if answer.who and not answer.nobody and seg.addressee and _ORDERED_YOU.search(sent.text):
            # round 28: "Who told you to do it?" / "Delic.": the one named gave the order and the witness
            # received it (the guide since heldout20: "Who gave you the order ...?" / "General X" gives his
            # order and the order received)
            witness = seg.addressee
            claims = [*claims, *(changed_claim(c, subject=witness, act="received_instructions", counterparts=(c.subject,))
                                 for c in claims if c.act == "gave_instructions" and c.polarity == "affirm"
                                 and c.subject and c.subject != witness)]
        if answer.who and _WITH_YOU.search(sent.text):
            # "When you flew to Berlin, who went with you?" / "Durcansky, and Dr. Druffel": those named
            # made the witness's journey too.
            names = [pid for m in mentions if m.text == "who" for key in (m.person, *m.group)
                     if (pid := person_id(key, self.persons)) is not None]
            claims = [*claims, *(changed_claim(c, subject=pid, counterparts=(c.subject,))
                                 for c in claims if c.act == "travel" and c.subject == seg.addressee
                                 for pid in names if pid != c.subject)]
            if opens_with_time(answer.segment.text):
                # "... and who went with you?" / "On the night of 20 April, with General Challe.": the
                # answer's time is the journey's
                claims = self._filled(claims, answer.segment)
        if answer.partial and claims:
            # "Yes. I met him in Geneva": an act the answer claims in its own words is read there (a
            # denial is the question's version denied, whatever the answer then says it was:
            # "No. I met him in Geneva" keeps both). "No. I met nobody in the Slavia": the answer's
            # own denial of the same act by the same person says it again; it is kept once.
            a_text = answer.segment.text
            if self.prefilter(a_text):  # without a trigger the answer claims nothing of its own
                own = self.extract_doc(answer.segment, self.tokenise(a_text), question=question)
                if answer.polarity == "affirm":
                    claims = [c for c in claims if c.act not in {o.act for o in own}]
                else:
                    said = {(o.subject, o.act) for o in own if o.polarity == "deny"}
                    claims = [c for c in claims if (c.subject, c.act) not in said]
        return refined(answered(dedupe(claims), question, answer, NAME), self._finer)


# "who gave you the order ...?", "who told you to ...?": the one asked received the order.
_ORDERED_YOU = re.compile(r"\bwho\s+(?:\w+\s+){0,2}?(?:gave|give|told|tell|ordered|order|sent|asked|instructed|commanded|"
                          r"directed|authori[sz]ed)\s+you\b", re.IGNORECASE)
# "who went with you?", "who accompanied you?", "who was with you?": those named shared the journey.
_WITH_YOU = re.compile(r"\bwho\s+(?:(?:went|came|travelled|traveled|flew|drove|was|were)\s+with|accompanied)\s+you\b",
                       re.IGNORECASE)


def _who_answered(sent: Span, mentions: list[Mention], who: tuple[str, ...], witness: str | None,
                  persons: PersonResolver) -> list[Mention]:
    """The mentions of a who-question with its "who" standing for the persons the answer names:
    "who gave the order to arrest him?" / "I did." (the witness), "who went with you?" / "Durcansky,
    and Dr. Druffel, the German consul" (each of them). The "who" is the one that opens the question
    or its clause after a comma (:data:`.answers._WHO`)."""
    at = next((t.i for t in sent if t.lower_ == "who" and (t.i == sent.start or sent.doc[t.i - 1].lower_ in (
        ",", "and", "so", "then"))), None)
    if at is None:
        return mentions
    keys = [witness if name == "I" else persons.resolve(name) or f"?{name}" for name in who]
    people = [key for key in dict.fromkeys(keys) if key is not None]
    if not people:
        return mentions
    stand_in = Mention(at, at + 1, "who", people[0], group=tuple(people[1:]))
    return sorted([*mentions, stand_in], key=lambda m: m.start)


# Prepositions of a question's setting: where the act put to the witness was done or went.
_SETTING_PREPS = frozenset({"in", "at", "on", "near", "to", "into", "inside"})
# Verbs of opinion: "do you expect ...?", "do you think ...?" ask for no occasion.
_OPINION = frozenset({"expect", "think", "believe", "suppose", "consider", "agree", "mean", "imagine", "hope", "fear"})
# Words said: "your statement of yesterday" dates the words, not an act.
_WORDS_SAID = frozenset({"statement", "statements", "testimony", "evidence", "confession", "deposition", "declaration",
                         "words", "answer", "answers", "letter", "speech", "interview"})


def _transcriber_note(text: str) -> bool:
    """A sentence of a speaker's turn wholly in parentheses or brackets is the transcriber's, not the
    speaker's ("(Declaration given by Witness TAK in Kinyarwanda)", "[The witness confers with
    counsel]"); in prose an aside in parentheses is the author's own and is read."""
    t = text.strip()
    return len(t) > 2 and ((t[0] == "(" and t[-1] == ")") or (t[0] == "[" and t[-1] == "]")) \
        and t.count("(") + t.count("[") == 1


def _of_words(doc: Doc, t: Timex) -> bool:
    """``t`` dates words said ("So your statement of yesterday ... was untrue?"), not an act."""
    k = next((tok.i for tok in doc if tok.idx == t.start), None)
    return k is not None and k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in _WORDS_SAID


def _last_sentence(doc: Doc, bounds: list[int]) -> int:
    """The index of the last sentence of ``doc`` with any text (-1 when it has no sentence)."""
    k = len(bounds) - 2
    while k > 0 and not doc[bounds[k]:bounds[k + 1]].text.strip():
        k -= 1
    return k


# Nouns a "he" may stand for instead of the one the question names: "The witness earlier said he did
# not see Gacumbitsi".
_NOUN_ANTECEDENTS = frozenset({"witness", "accused", "defendant", "prisoner", "man", "woman", "boy", "girl",
                               "soldier", "officer", "policeman", "driver", "husband", "wife", "son", "daughter",
                               "father", "mother", "brother", "sister", "doctor", "priest", "judge", "counsel"})


def _answers_question(question: Segment, answer: Segment) -> bool:
    """``answer`` is another speaker's reply to ``question``, a turn ending in "?" just before it."""
    return (answer.speaker is not None and question.speaker != answer.speaker
            and question.source.document == answer.source.document
            and question.text.rstrip().rstrip('"\'”’)]').endswith("?"))


def _overlap(a: Interval, b: Interval) -> bool:
    """Two known intervals share a day."""
    return a.start is not None and a.end is not None and b.start is not None and b.end is not None \
        and a.start <= b.end and b.start <= a.end


# Words that open a question by inversion ("Didn't you ...", "Were you not ...", "Isn't it true ...").
_INVERTING = frozenset({"did", "do", "does", "was", "were", "is", "are", "have", "has", "had", "would", "could", "can",
                        "will", "should"})
_LEADS = frozenset({"so", "and", "but", "now", ",", "well", "then"})


def _asked_negation(lower: list[str], start: int, neg: int) -> bool:
    """The negation at ``neg`` belongs to the question's inverted auxiliary ("Didn't you meet him?",
    "And did you not go there?", "Isn't it true that ..."), not to the proposition asked about."""
    k = start
    while k < neg and lower[k] in _LEADS:
        k += 1
    if k >= neg or lower[k].removesuffix("n't") not in _INVERTING:
        return False
    return neg - k <= 2 and all(w in ("you", "he", "she", "it", "they", "we", "i") for w in lower[k + 1:neg])


# A short question put after a statement, asking whether it is so ("Do you deny that?", "Is that
# correct?", "Is that not so?"): the answer answers the statement.
_TAG_QUESTION = re.compile(r"\s*(?:do|did|would|will)\s+you\s+(?:deny|admit|dispute|accept|confirm|agree)\b"
                           r"|\s*(?:is|was|isn't|wasn't)\s+(?:that|this|it)\s+(?:not\s+)?(?:correct|true|right|so)\b",
                           re.IGNORECASE)


def _someone_named() -> bool:
    """A "he" of the sentence points at someone named before it (``Sentence.named_before``)."""
    return True
