"""The rules extractor (``rules.v1``): phrase patterns over a blank English tokenizer.

For each sentence of a speaker's turn it finds act triggers (``vocab/acts.yaml``), stance cues
(``vocab/stance.yaml``), foreign powers, places, persons and time expressions, and builds one
claim per act:

* **subject** - the nearest person before the trigger that is not the object of a preposition
  ("I", "he" resolved within the turn, a roster name); a possessive right before a noun trigger
  ("Krestinsky's repudiation") is its subject;
* **reported speech** - "X confessed / testified / alleged that ..." makes X the asserter, the
  turn's speaker ``reported_by``, and the verb the modality;
* **counterparts** - persons right after the trigger or after "with", "from", "by";
* **polarity** - a negation ("not", "never", "denied that") in the trigger's clause denies it;
* **modality** - forecast cues ("it is possible", "will") make a forecast; a speaker about
  their own crime confesses; otherwise testimony (or statement for prose without a speaker);
* **questions** assert nothing: a sentence ending in "?" yields no claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc, Span

from ..dates import Interval
from ..model import Claim, Person, Source, stable_id
from ..resolve.persons import PersonResolver
from ..resolve.places import PlaceResolver, ResolvedPlace
from ..store import Store
from .answers import Answer, answer_reader, answered, pair_answers
from .mentions import OBJECT_PREPS, Mention, PlaceMention, find_person_mentions, find_place_mentions
from .timex import Timex, find_timexes, resolve_anaphora
from .vocab import Vocabulary, load_vocabulary

__all__ = ["RulesExtractor", "Segment", "NAME"]

NAME = "rules.v1"
_CLAUSE_BREAK = {",", ";", ":", "—", "–", "--", "but", "and", "whereas", "although", "though", "while", "(", ")"}
_WEAK_NEG = {"no", "nothing", "none", "nobody", "neither", "nor"}
_INSTRUCTION_ACTS = ("received_instructions", "gave_instructions")
_PURPOSE_LINKS = {"for", "to", "on", "about", "regarding", "concerning", "of", "organise", "organize", "commit",
                  "carry", "out", "prepare", "the", "a", "an", "acts", "act", "engage", "in", "conduct"}
_ANAPHORIC_PLACE = {"there", "abroad"}
_PASSIVE_AUX = {"be", "been", "being", "was", "were", "is", "are", "am"}
_CRIME_FIRST_PERSON = "confession"


@dataclass(frozen=True)
class Segment:
    """One speaker's stretch of text to extract from, with where it sits in its document."""

    text: str
    speaker: str | None = None
    stated_on: date | None = None
    source: Source = field(default_factory=Source)
    offset: int | None = None  # char offset of ``text`` in the document when exact
    proceeding: str | None = None
    role: str | None = None
    author: str | None = None  # who reports this segment (the article's author for quoted dialogue)
    addressee: str | None = None  # who "you" is (the witness, when a question is read with its answer)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence even without a full stop (headings, list items)."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def build_nlp() -> Language:
    """The pipeline the rules run on: blank English, a rule-based sentencizer, blank lines as breaks."""
    if "countertrial_paragraphs" not in Language.factories:
        Language.component("countertrial_paragraphs", func=_paragraph_breaks)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("countertrial_paragraphs")
    return nlp


_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class _Prefilter:
    """A cheap test on raw text that is true whenever the phrase matcher could find an act
    trigger, a power-dependent trigger or a stance cue (a superset: it may pass text with none).

    Each phrase is represented by its most selective token: the longest purely alphabetic one
    that the tokenizer never splits off a longer word ("cannot" -> "can" + "not"). Such a token
    stands between non-letters in the text, so it is one of the text's ``[a-z]+`` words. Phrases
    without such a token fall back to a substring test of all their tokens.
    """

    words: frozenset[str]
    fallback: tuple[tuple[str, ...], ...]

    def __call__(self, text: str) -> bool:
        low = text.lower()
        if not self.words.isdisjoint(_WORD.findall(low)):
            return True
        return any(all(tok in low for tok in toks) for toks in self.fallback)


def _build_prefilter(nlp: Language, phrases: Iterable[str]) -> _Prefilter:
    glued: set[str] = set()  # tokens the tokenizer's special cases split off a longer word
    for pieces in getattr(nlp.tokenizer, "rules", {}).values():
        if len(pieces) > 1:
            glued.update(str(p.get(ORTH, "")).lower() for p in pieces)
    words: set[str] = set()
    fallback: list[tuple[str, ...]] = []
    for phrase in phrases:
        toks = [t.lower_ for t in nlp.make_doc(phrase)]
        keys = [t for t in toks if t.isascii() and t.isalpha() and t not in glued]
        if keys:
            words.add(max(keys, key=len))
        else:
            fallback.append(tuple(toks))
    return _Prefilter(frozenset(words), tuple(fallback))


@dataclass(frozen=True)
class _Compiled:
    vocab: Vocabulary
    nlp: Language
    matcher: PhraseMatcher
    labels: dict[int, tuple[str, str]]
    prefilter: _Prefilter
    answers: dict[str, str]


_COMPILED: dict[tuple[str, ...], _Compiled] = {}


def _compile(vocab_paths: tuple[str, ...]) -> _Compiled:
    """The pipeline and phrase matcher for a vocabulary, built once per process and list of files."""
    hit = _COMPILED.get(vocab_paths)
    if hit is not None:
        return hit
    vocab = load_vocabulary(vocab_paths)
    nlp = build_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    labels: dict[int, tuple[str, str]] = {}

    def add(kind: str, label: str, phrases: Iterable[str]) -> None:
        if kind == "P":  # "the Gestapo" and "worked for the Gestapo": the article belongs to neither
            phrases = [p[4:] if p.lower().startswith("the ") else p for p in phrases]
        docs = [nlp.make_doc(p) for p in phrases]
        if docs:
            key = f"{kind}|{label}"
            labels[nlp.vocab.strings.add(key)] = (kind, label)
            matcher.add(key, docs)

    for act in vocab.acts.values():
        add("A", act.name, act.triggers)
        add("Q", act.name, act.power_triggers)
    for power in vocab.powers.values():
        add("P", power.name, power.phrases)
    for i, cue in enumerate(vocab.cues):
        add("C", str(i), cue.phrases)
    for modality, verbs in vocab.reporting.items():
        add("R", modality, verbs)
    add("F", "forecast", vocab.forecast)
    add("S", "service", vocab.services)
    add("N", "negation", vocab.negation)
    # Only acts (with their power-dependent triggers) and stance cues can start a claim.
    claim_phrases = [p for act in vocab.acts.values() for p in (*act.triggers, *act.power_triggers)]
    claim_phrases += [p for cue in vocab.cues for p in cue.phrases]
    compiled = _Compiled(vocab, nlp, matcher, labels, _build_prefilter(nlp, claim_phrases),
                         answer_reader(vocab.answers))
    _COMPILED[vocab_paths] = compiled
    return compiled


@dataclass
class _Match:
    kind: str  # A act, P power, C cue, R report, F forecast, N negation, L case place
    label: str
    start: int
    end: int


class RulesExtractor:
    """Deterministic claim extraction. Build once per run (it compiles the vocabulary)."""

    name = NAME

    def __init__(self, store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> None:
        compiled = _compile(tuple(str(p) for p in vocab_paths))
        self.vocab: Vocabulary = compiled.vocab
        self.nlp = compiled.nlp
        self.matcher = compiled.matcher
        self._labels = dict(compiled.labels)
        self.prefilter = compiled.prefilter
        self._answers = compiled.answers
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

    # -- public ---------------------------------------------------------------------------------
    def extract(self, segments: Sequence[Segment], batch_size: int = 64, prefilter: bool = True,
                *, context: Segment | None = None) -> Iterator[Claim]:
        """Claims from ``segments``, in order (tokenised in batches). Segments whose text holds no
        act trigger and no stance cue (see :class:`_Prefilter`) cannot yield a claim of their own
        and are not tokenised; ``prefilter=False`` tokenises and matches everything (same claims,
        slower). A question answered bare by the next segment ("Did you meet him?" / "Yes.") also
        gives the witness's claims (:mod:`.answers`); ``context`` is the segment just before
        ``segments[0]`` (the end of the previous batch), read only as such a question."""
        segs = list(segments)
        asked = pair_answers(segs, self._answers, context)
        if context is not None and -1 in asked and (not prefilter or self.prefilter(context.text)):
            yield from self._answered(context, self.nlp(context.text), asked[-1], prefilter)
        todo = [(i, s) for i, s in enumerate(segs) if not prefilter or self.prefilter(s.text)]
        for (i, seg), doc in zip(todo, self.nlp.pipe((s.text for _i, s in todo), batch_size=batch_size)):
            yield from self.extract_doc(seg, doc, focus=prefilter)
            answer = asked.get(i)
            if answer is not None:
                yield from self._answered(seg, doc, answer, prefilter)

    def _answered(self, question: Segment, doc: Doc, answer: Answer, focus: bool) -> list[Claim]:
        """The claims of the last sentence of ``question`` (it asks), as the answer's speaker's."""
        matches = self._matches(doc)
        if not any(m.kind in ("A", "C") for m in matches):
            return []
        bounds = _sentence_bounds(doc)
        k = len(bounds) - 2
        while k > 0 and not doc[bounds[k]:bounds[k + 1]].text.strip():
            k -= 1
        sent = doc[bounds[k]:bounds[k + 1]]
        if k < 0 or not _is_question(sent):
            return []
        seg = replace(question, addressee=answer.segment.speaker)
        ctx = _DocContext(self, seg, doc, matches)
        times = [t for t in ctx.timexes([k], bounds, whole=not focus) if sent.start_char <= t.start < sent.end_char]
        places, mentions = ctx.local(k, bounds)
        self._resolve_pronouns(doc, mentions, seg.speaker, ctx.last_person(k, bounds)
                               if any(m.pronoun == "third" for m in mentions) else None, seg.addressee)
        last_place = ctx.last_place(k, bounds) if any(t.lower_ in _ANAPHORIC_PLACE for t in sent) else None
        # The question's own negation is not read: the answer says yes or no to the proposition.
        s_matches = [m for m in matches if sent.start <= m.start < sent.end and m.kind != "N"]
        claims = self._sentence(seg, doc, sent, s_matches, mentions, places, times, last_place)
        return answered(_dedupe(claims), question, answer, NAME)

    @property
    def new_persons(self) -> dict[str, Person]:
        return self.persons.new_persons

    # -- one segment ------------------------------------------------------------------------------
    def _matches(self, doc: Doc) -> list[_Match]:
        raw = [(_m, s, e) for _m, s, e in self.matcher(doc)]
        if self.place_matcher is not None:
            raw += [(_m, s, e) for _m, s, e in self.place_matcher(doc)]
        out = [_Match(*self._labels[m], s, e) for m, s, e in raw]
        power_starts = [m.start for m in out if m.kind == "P"]
        out = [(_Match("A", m.label, m.start, m.end) if m.kind == "Q" else m) for m in out
               if m.kind != "Q" or any(0 <= p - m.end <= 6 for p in power_starts)]
        # Longest match wins within each kind; acts never overlap cues, powers or case places.
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[_Match] = []
        last_end: dict[str, int] = {}
        for m in out:
            group = "A" if m.kind in ("A",) else m.kind
            if m.start < last_end.get(group, -1):
                continue
            kept.append(m)
            last_end[group] = m.end
        blocked = {k for m in kept if m.kind in ("C", "P", "L") for k in range(m.start, m.end)}
        cue_tokens = {k for m in kept if m.kind == "C" for k in range(m.start, m.end)}
        result = []
        for m in kept:
            if m.kind == "A" and any(k in blocked for k in range(m.start, m.end)):
                continue
            if m.kind == "N" and any(k in cue_tokens for k in range(m.start, m.end)):
                continue
            if m.kind == "A" and m.start > 0 and not doc[m.start - 1].is_sent_start and doc[m.start].is_title \
                    and (m.start > 0 and doc[m.start - 1].is_title and not doc[m.start - 1].is_sent_start):
                continue  # part of a proper name: "the 10th Sabotage Detachment"
            if m.kind == "A" and doc[m.start].is_title and m.end < len(doc) and doc[m.end].is_title \
                    and not doc[m.start].is_sent_start:
                continue
            result.append(m)
        return result

    def extract_doc(self, seg: Segment, doc: Doc, focus: bool = True) -> list[Claim]:
        """Claims of one tokenised segment.

        Only sentences with an act trigger or a stance cue can make a claim, so with ``focus``
        (the default) persons, places and times are looked for in those sentences alone; the
        context they need from earlier sentences (who "he" is, where "there" is) is found by
        walking back sentence by sentence, and time expressions are read in a window of the
        sentence and its neighbours. ``focus=False`` reads every sentence (the same claims).
        """
        matches = self._matches(doc)
        if not any(m.kind in ("A", "C") for m in matches):
            return []  # nothing to claim: skip mentions, places and time expressions altogether
        ctx = _DocContext(self, seg, doc, matches)
        bounds = _sentence_bounds(doc)
        if focus:
            starts = [m.start for m in matches if m.kind in ("A", "C")]
            wanted = sorted({bisect_right(bounds, k) - 1 for k in starts})
        else:
            wanted = list(range(len(bounds) - 1))
        spans = {k: doc[bounds[k]:bounds[k + 1]] for k in wanted}
        claim_sents = [k for k in wanted if not _is_question(spans[k])]
        timexes = ctx.timexes(claim_sents, bounds, whole=not focus)
        claims: list[Claim] = []
        for k in claim_sents:
            sent = spans[k]
            s_places, s_mentions = ctx.local(k, bounds)
            self._resolve_pronouns(doc, s_mentions, seg.speaker, ctx.last_person(k, bounds)
                                   if any(m.pronoun == "third" for m in s_mentions) else None)
            # What "there" points back to: only looked for where a sentence says "there"/"abroad".
            last_place = ctx.last_place(k, bounds) if any(
                t.lower_ in _ANAPHORIC_PLACE for t in sent) else None
            s_matches = [m for m in matches if sent.start <= m.start < sent.end]
            s_times = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
            claims.extend(self._sentence(seg, doc, sent, s_matches, s_mentions, s_places, s_times, last_place))
        return _dedupe(claims)

    def _resolve_pronouns(self, doc: Doc, mentions: list[Mention], speaker: str | None, last: str | None = None,
                          addressee: str | None = None) -> None:
        """"I" is the speaker, "you" the addressee when known (a question read with its answer),
        "he" the nearest person named before it in the sentence (possessives aside: "Mladic's deputy
        ... him"), else ``last`` (from the sentences before, when unambiguous)."""
        seen: list[tuple[Mention, str]] = []  # names before the pronoun in this sentence
        for m in mentions:
            if m.pronoun == "first":
                m.person = speaker
            elif m.pronoun == "you":
                m.person = addressee
            elif m.pronoun == "third":
                m.person = seen[-1][1] if seen else last  # in the same sentence: the nearest name
            elif m.pronoun is None:
                key = self._named_key(m)
                if key != speaker and not m.possessive:
                    seen.append((m, key))
                m.person = key

    def _named_key(self, m: Mention) -> str:
        pid = m.person or self.persons.resolve(m.text)
        return pid or f"?{m.text}"

    def _person(self, ref: str | None) -> str | None:
        """A mention's person id; an unknown name becomes an ``unresolved`` person now."""
        if ref is None:
            return None
        if ref.startswith("?"):
            return self.persons.resolve_or_create(ref[1:])
        return ref

    # -- one sentence -----------------------------------------------------------------------------
    def _sentence(self, seg: Segment, doc: Doc, sent: Span, matches: list[_Match], mentions: list[Mention],
                  places: list[PlaceMention], times: list[Timex], last_place: PlaceMention | None) -> list[Claim]:
        acts = [m for m in matches if m.kind == "A"]
        cues = [m for m in matches if m.kind == "C"]
        if not acts and not cues:
            return []
        all_acts = acts
        acts = self._drop_purposes(doc, acts)
        # One claim per act per sentence: repeated triggers of one act ("flew ... landing") merge.
        # ... unless a new subject comes between them ("I did not meet Radek, but I met Romm").
        triggers: list[_Match] = []
        seen: dict[str, _Match] = {}
        for m in acts:
            prev = seen.get(m.label)
            if prev is not None and not any(prev.end <= x.start < m.start and x.case == "subj"
                                            and x.pronoun != "you" for x in mentions):
                continue
            seen[m.label] = m
            triggers.append(m)
        if cues:
            triggers = [t for t in triggers if t.label not in ("plea",)]
            triggers.append(cues[0])
        triggers.sort(key=lambda m: m.start)
        reports = [m for m in matches if m.kind == "R"]
        forecast = any(m.kind == "F" for m in matches)
        negs = [m for m in matches if m.kind == "N"]
        powers = [m for m in matches if m.kind in ("P", "S")]  # powers, and the services that name them

        out: list[Claim] = []
        for idx, trig in enumerate(triggers):
            w_start = triggers[idx - 1].end if idx > 0 else sent.start
            w_end = triggers[idx + 1].start if idx + 1 < len(triggers) else sent.end
            out.extend(self._claim(seg, doc, sent, trig, (w_start, w_end), reports, forecast, negs, powers,
                                   mentions, places, times, last_place, all_acts, len(triggers) == 1))
        return out

    def _coordinated(self, doc: Doc, subject_m: Mention, mentions: list[Mention]) -> list[Mention]:
        """Subjects joined to ``subject_m`` before it: "Zinoviev and Kamenev met ...",
        "Frejka, Fischl and Margolius wrecked ..." (names or "I", each right before "and" or ",")."""
        out: list[Mention] = []
        current = subject_m
        by_end = {m.end: m for m in mentions}
        while current.start >= 2 and doc[current.start - 1].lower_ in ("and", ","):
            prev = by_end.get(current.start - 1)
            if prev is None or prev.possessive or prev.person is None or prev.pronoun not in (None, "first"):
                break
            if prev.start > 0 and doc[prev.start - 1].lower_ in OBJECT_PREPS:
                break
            out.append(prev)
            current = prev
        return out

    def _drop_purposes(self, doc: Doc, acts: list[_Match]) -> list[_Match]:
        """"instructions (from Sedov) for terrorist acts": the crime is the purpose of the
        instructions, not a claim of its own (no punctuation between them, at most 8 tokens)."""
        instr = [m for m in acts if m.label in _INSTRUCTION_ACTS]
        return [m for m in acts if not self._is_purpose(doc, m, instr)]

    def _is_purpose(self, doc: Doc, m: _Match, instr: list[_Match]) -> bool:
        if m.label in _INSTRUCTION_ACTS or not self.vocab.acts[m.label].purpose:
            return False
        return any(0 <= m.start - i.end <= 8 and not any(t.is_punct for t in doc[i.end:m.start]) for i in instr)

    def _purpose(self, doc: Doc, trig: _Match, acts: list[_Match]) -> str | None:
        for m in acts:
            if self._is_purpose(doc, m, [trig]):
                return m.label
        return None

    def _claim(self, seg: Segment, doc: Doc, sent: Span, trig: _Match, window: tuple[int, int],
               reports: list[_Match], forecast: bool, negs: list[_Match], powers: list[_Match],
               mentions: list[Mention], places: list[PlaceMention], times: list[Timex],
               last_place: PlaceMention | None, acts: list[_Match], single: bool) -> list[Claim]:
        w_start, w_end = window
        is_cue = trig.kind == "C"
        cue = self.vocab.cues[int(trig.label)] if is_cue else None
        act = cue.act if cue is not None else trig.label

        # Reported speech: "<person> confessed that ...".
        asserted_by = seg.speaker
        reported_by: str | None = None
        modality: str | None = None
        report = next((r for r in reversed(reports) if r.end <= trig.start and r.start >= sent.start), None)
        lo = w_start
        if report is not None:
            # "X was accused", "X will be accused": X is accused, not the one who accuses.
            passive = doc[report.start].lower_ in _PASSIVE_AUX or (
                report.start > sent.start and doc[report.start - 1].lower_ in _PASSIVE_AUX)
            reporter = next((m for m in reversed(mentions) if m.end <= report.start and report.start - m.end <= 3
                             and not m.possessive and m.person is not None), None)
            modality = {"denial": "testimony"}.get(report.label, report.label)
            if reporter is not None and not passive and reporter.person != seg.speaker:
                asserted_by = self._person(reporter.person)
                reported_by = seg.author or seg.speaker
            if not passive:
                lo = max(w_start, report.end) if trig.start > report.end else w_start
        # Subject.
        subject_m = self._subject(doc, trig, mentions, lo, w_start, sent.start)
        if subject_m is None and report is not None and report.end <= trig.start:
            subject_m = next((m for m in reversed(mentions) if m.end <= report.start and m.person), None)
        if subject_m is None and is_cue and seg.speaker is not None:
            first = [m for m in mentions if m.pronoun == "first" and sent.start <= m.start < sent.end]
            subject_m = first[0] if first else None
        # Passive and nominal acts: "the order had been issued by Pelemis", "the organisation of
        # terrorist acts by Bukharin": the agent after "by" does the act (acts with passive: agent).
        patient_m: Mention | None = None
        if self.vocab.acts[act].passive_agent and not is_cue:
            agent = self._passive_agent(doc, trig, mentions, w_end, sent.start, nominal=subject_m is None)
            if agent is not None and agent is not subject_m:
                patient_m, subject_m = subject_m, agent
        subject = self._person(subject_m.person) if subject_m is not None else None
        if subject is None:
            return []
        # "in contact with the Polish General Staff": contact with a service is espionage.
        service_act = self.vocab.acts[act].with_service
        if service_act is not None and any(m.kind == "S" and trig.start <= m.start < min(w_end, trig.end + 9)
                                           for m in powers):
            act = service_act
        if is_cue and reported_by is None and subject != asserted_by:
            # A plea is made by the person pleading; the speaker reports it.
            reported_by = seg.author or seg.speaker
            asserted_by = subject
        # Counterparts.
        counterparts = () if act == "plea" else self._counterparts(doc, trig, mentions, subject_m, w_end,
                                                                    seg.speaker)
        if patient_m is not None:
            patient = self._person(patient_m.person)
            if patient is not None and patient != subject and patient not in counterparts:
                counterparts = (patient, *counterparts)
        # Polarity.
        polarity = cue.polarity if cue is not None else "affirm"
        if cue is None:
            if report is not None and report.label == "denial":
                polarity = "deny"
            if self._negated(doc, trig, [n for n in negs if report is None or n.end <= report.start
                                         or n.start >= report.end], sent.start):
                polarity = "deny" if polarity == "affirm" else "affirm"
        elif self._negated(doc, trig, negs, sent.start) and cue.polarity == "affirm":
            polarity = "deny"
        # Foreign power (not for pleas).
        power: str | None = None
        if act != "plea":
            place_toks = {k for p in places for k in range(p.start, p.end)}
            in_window = [p for p in powers if p.kind == "P" and w_start <= p.start < w_end
                         and p.start not in place_toks]
            if in_window:
                power = in_window[0].label
        # Place.
        place: ResolvedPlace | None = None
        extra: dict[str, Any] = {}
        if act != "plea":
            pm = self._place(act, [p for p in places if w_start <= p.start < w_end], extra)
            if pm is None:
                pm = self._place(act, [p for p in places if sent.start <= p.start < w_start], extra)
            if pm is None and last_place is not None and any(
                    t.lower_ in _ANAPHORIC_PLACE for t in doc[w_start:w_end]):
                pm = last_place
            if pm is not None:
                place = pm.place
        if act == "travel" and place is None and not any(t.lower_ == "abroad" for t in doc[w_start:w_end]):
            return []
        # Time.
        in_win = [t for t in times if doc[w_start].idx <= t.start < (doc[w_end - 1].idx + len(doc[w_end - 1]))]
        known = [t for t in in_win if t.interval.known]
        if not known and act != "plea":
            # "In 1935 I met Sedov and passed information ...": a time said before applies onward.
            known = [t for t in times if t.interval.known and (single or t.start < doc[w_start].idx)]
        tx = _most_precise(known) if known else (in_win[0] if in_win and act != "plea" else None)
        if tx is not None:
            time = tx.interval
        elif act == "plea" and seg.stated_on is not None:
            time = Interval(seg.stated_on, seg.stated_on, "day", "")
        else:
            time = Interval.unknown()
        # Modality.
        if forecast:
            modality = "forecast"
        elif act == "plea":
            modality = "confession" if cue is not None and cue.stance == "confessed" else "plea"
        elif modality is None:
            if asserted_by is None:
                modality = "statement"
            elif subject == asserted_by and (self.vocab.acts[act].purpose or act in _INSTRUCTION_ACTS):
                modality = _CRIME_FIRST_PERSON if polarity == "affirm" else "testimony"
            elif seg.role and "prosecut" in seg.role.lower():
                modality = "accusation"
            else:
                modality = "testimony"
        if cue is not None:
            extra["stance"] = cue.stance
        if act in _INSTRUCTION_ACTS:
            purpose = self._purpose(doc, trig, acts)
            if purpose:
                extra["purpose"] = purpose
        extra["trigger"] = doc[trig.start:trig.end].text
        claims = [self._make(seg, sent, subject, asserted_by, reported_by, act, polarity, modality, counterparts,
                             power, place, time, extra, subject_m, tx is not None)]
        if subject_m is not None:
            for co in self._coordinated(doc, subject_m, mentions):
                co_subject = self._person(co.person)
                if co_subject is None or co_subject == subject:
                    continue
                co_by = co_subject if asserted_by == subject and is_cue else asserted_by
                claims.append(self._make(seg, sent, co_subject, co_by, reported_by, act, polarity, modality,
                                         tuple(p for p in counterparts if p != co_subject), power, place, time,
                                         dict(extra), co, tx is not None))
        return claims

    def _subject(self, doc: Doc, trig: _Match, mentions: list[Mention], lo: int, w_start: int,
                 sent_start: int) -> Mention | None:
        # "Krestinsky's repudiation": a possessive right before a noun trigger.
        for m in mentions:
            if m.possessive and 0 <= trig.start - m.end <= 2 and m.person:
                return m
        for m in reversed(mentions):
            if m.end > trig.start or m.start < lo:
                continue
            if m.possessive or m.case == "obj":
                continue
            if m.start > 0 and doc[m.start - 1].lower_ in OBJECT_PREPS:
                continue
            if m.person is None:
                continue
            if w_start > sent_start and m.start >= w_start and m.pronoun is None and not (
                    m.start > 0 and doc[m.start - 1].lower_ in _CLAUSE_BREAK):
                continue  # the object of the previous act ("met Sedov ... and passed"), not a new subject
            return m
        if w_start > sent_start and lo >= w_start:
            # A coordinated act keeps the subject of the one before it.
            return self._subject(doc, _Match("A", "", w_start, w_start), mentions, sent_start, sent_start,
                                 sent_start)
        return None

    def _passive_agent(self, doc: Doc, trig: _Match, mentions: list[Mention], w_end: int, sent_start: int,
                       nominal: bool) -> Mention | None:
        """The person after "by" who does a passive act ("had been issued by Pelemis", "was killed
        by Nikolaev": a form of "be" at most two words before the trigger, or a trigger ending in
        "by") or a nominal one with no subject before it ("the organisation of terrorist acts by
        Bukharin": "by" at most four words after the trigger, no punctuation between)."""
        if doc[trig.end - 1].lower_ == "by":
            by = trig.end - 1
        else:
            by = next((k for k in range(trig.end, min(w_end, trig.end + (5 if nominal else 1)))
                       if doc[k].lower_ == "by"), -1)
            if by < 0 or any(t.is_punct for t in doc[trig.end:by]):
                return None
            aux = any(t.lower_ in _PASSIVE_AUX for t in doc[max(sent_start, trig.start - 2):trig.start])
            if not (aux or nominal):
                return None
        for m in mentions:
            if by < m.start <= by + 2 and m.start < w_end and m.person is not None and m.pronoun != "you" \
                    and not m.possessive:
                return m
        return None

    def _counterparts(self, doc: Doc, trig: _Match, mentions: list[Mention], subject_m: Mention | None,
                      w_end: int, speaker: str | None) -> tuple[str, ...]:
        out: list[str] = []
        prev_end = trig.end
        for m in mentions:
            if m is subject_m or m.start < trig.end or m.start >= w_end or (m.pronoun == "you" and m.person is None):
                continue
            if m.start - trig.end > 14:
                break
            before = doc[m.start - 1].lower_ if m.start > 0 else ""
            near = m.start - trig.end <= 3
            linked = before in ("with", "from", "by", "and", ",", "to") and (m.start - prev_end <= 3 or before in (
                "with", "from", "by"))
            if not (near or linked) or m.possessive:
                continue
            pid = self._person(m.person)
            subj = self._person(subject_m.person) if subject_m is not None else None
            if pid is not None and pid != subj and pid not in out:
                out.append(pid)
                prev_end = m.end
        return tuple(out)

    def _negated(self, doc: Doc, trig: _Match, negs: list[_Match], sent_start: int) -> bool:
        # The clause: back from the trigger to the nearest clause break.
        k = trig.start - 1
        while k >= sent_start and doc[k].lower_ not in _CLAUSE_BREAK:
            k -= 1
        clause_start = k + 1
        for n in negs:
            if clause_start <= n.start and n.end <= trig.start:
                word = doc[n.start].lower_
                if n.end - n.start == 1 and word in _WEAK_NEG and trig.start - n.end > 2:
                    continue
                return True
        # "deny that ..." reaches over "that" to the clause it governs.
        for n in negs:
            if n.end <= trig.start and doc[n.start].lower_ in ("deny", "denies", "denied") and n.start >= sent_start:
                return True
        return False

    def _place(self, act: str, cands: list[PlaceMention], extra: dict[str, Any]) -> PlaceMention | None:
        if not cands:
            return None
        rank = {"case": 0, "facility": 1, "place": 2, "city": 2, "country": 3}
        if act == "travel":
            origins = [p for p in cands if p.prep == "from"]
            dests = [p for p in cands if p.prep != "from"] or cands
            if origins and dests is not cands:
                extra["origin"] = origins[0].place.value
            best = min(dests, key=lambda p: (rank.get(p.place.kind, 2), -p.start))
        else:
            best = min(cands, key=lambda p: (rank.get(p.place.kind, 2), p.start))
        if best.place.country is None:
            # "the Hotel Bristol in Copenhagen": the facility takes the city's country.
            others = [p for p in cands if p is not best and p.place.country]
            if others:
                rp = best.place
                best = PlaceMention(best.start, best.end, best.text,
                                    ResolvedPlace(rp.value, rp.name, others[0].place.country, rp.place_id, rp.kind),
                                    best.prep, best.facility)
        if len(cands) > 1:
            extra["places"] = [p.place.value for p in cands]
        return best

    def _make(self, seg: Segment, sent: Span, subject: str, asserted_by: str | None, reported_by: str | None,
              act: str, polarity: str, modality: str, counterparts: tuple[str, ...], power: str | None,
              place: ResolvedPlace | None, time: Interval, extra: dict[str, Any], subject_m: Mention | None,
              has_time: bool) -> Claim:
        text = sent.text.strip()
        lead = len(sent.text) - len(sent.text.lstrip())
        src = seg.source
        if seg.offset is not None:
            cs = seg.offset + sent.start_char + lead
            ce = cs + len(text)
            line_start: int | None = src.line_start
            line_end: int | None = src.line_end
            if src.line_start is not None:
                line_start = src.line_start + seg.text.count("\n", 0, sent.start_char + lead)
                line_end = line_start + text.count("\n")
            source = Source(src.document, src.turn, src.page, line_start, line_end, cs, ce, src.citation)
        else:
            source = src
        confidence = 0.55
        if subject_m is not None and (subject_m.known or subject_m.pronoun == "first"):
            confidence += 0.15
        confidence += 0.05 * sum(x is not None and x != () for x in (power, place, counterparts or None))
        confidence += 0.05 if has_time else 0.0
        confidence = round(min(confidence, 0.95), 2)
        place_value = place.value if place is not None else None
        country = place.country if place is not None else None
        cid = stable_id(NAME, source.document, source.turn, source.char_start, source.char_end,
                        text if source.char_start is None else None, asserted_by, subject, act, polarity,
                        modality, counterparts, power, place_value, time.to_dict(), reported_by)
        return Claim(id=cid, asserted_by=asserted_by, subject=subject, act=act, polarity=polarity,
                     modality=modality, counterparts=counterparts, foreign_power=power, place=place_value,
                     country=country, time=time, reported_by=reported_by, quote=text, source=source,
                     proceeding=seg.proceeding, stated_on=seg.stated_on.isoformat() if seg.stated_on else None,
                     extractor=NAME, confidence=confidence, extra=extra)


def _sentence_bounds(doc: Doc) -> list[int]:
    """Token indices where sentences start, and ``len(doc)`` last."""
    flags = doc.to_array([SENT_START])
    starts = [0, *(int(i) for i in (flags == 1).nonzero()[0] if i > 0)]
    return [*starts, len(doc)]


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip('"\'”’)]').endswith("?")


class _DocContext:
    """Persons, places and times of one segment, found sentence by sentence on demand."""

    def __init__(self, ext: RulesExtractor, seg: Segment, doc: Doc, matches: list[_Match]) -> None:
        self.ext = ext
        self.seg = seg
        self.doc = doc
        self.power_tokens = {k for m in matches if m.kind == "P" for k in range(m.start, m.end)}
        self.case_spans = [(m.start, m.end, m.label) for m in matches if m.kind == "L"]
        self.cue_next = {m.start for m in matches if m.kind in ("A", "R", "C")}
        self._local: dict[int, tuple[list[PlaceMention], list[Mention]]] = {}

    def local(self, k: int, bounds: list[int]) -> tuple[list[PlaceMention], list[Mention]]:
        """Place and person mentions of sentence ``k`` (pronouns unresolved)."""
        hit = self._local.get(k)
        if hit is None:
            s, e = bounds[k], bounds[k + 1]
            places = find_place_mentions(self.doc, self.ext.places, self.case_spans, self.power_tokens, s, e)
            place_tokens = {i for p in places for i in range(p.start, p.end)}
            persons = find_person_mentions(self.doc, self.ext.persons, place_tokens | self.power_tokens,
                                           self.cue_next, s, e)
            hit = (places, persons)
            self._local[k] = hit
        return hit

    def last_person(self, k: int, bounds: list[int]) -> str | None:
        """Who "he" at the start of sentence ``k`` is: the person named in the nearest sentence
        before it that names someone other than the speaker, if that is unambiguous (see
        :func:`_antecedent`)."""
        for j in range(k - 1, -1, -1):
            named = self.local(j, bounds)[1]
            cands = [(m, key) for m in named if m.pronoun is None and not m.possessive
                     for key in (self.ext._named_key(m),) if key != self.seg.speaker]
            if cands:
                return _antecedent(self.doc, cands, named[0])
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


def _antecedent(doc: Doc, cands: list[tuple[Mention, str]], opener: Mention | None) -> str | None:
    """The person a third-person pronoun points back to among the names of one sentence (possessives
    left out: in "Mladic's deputy ... him" the deputy is meant): the only one named, or, when several
    are, the one in subject position (``opener``, the sentence's first person mention, not after a
    preposition); otherwise ambiguous."""
    keys = {key for _m, key in cands}
    if len(keys) == 1:
        return cands[0][1]
    first, key = cands[0]
    if first is opener and not (first.start > 0 and doc[first.start - 1].lower_ in OBJECT_PREPS):
        return key
    return None


def _most_precise(timexes: list[Timex]) -> Timex:
    """The first time mentioned, narrowed by any later one inside it ("in 1936, the beginning of 1936")."""
    first = timexes[0]
    best = first
    for t in timexes[1:]:
        if first.interval.contains(t.interval) and (t.interval.days() or 0) < (best.interval.days() or 0):
            best = t
    return best


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Within one segment the same proposition said twice is kept once (the most complete)."""
    best: dict[tuple[Any, ...], Claim] = {}
    order: list[tuple[Any, ...]] = []
    for c in claims:
        key = (c.asserted_by, c.subject, c.act, c.polarity, c.modality, c.foreign_power, c.counterparts,
               c.time.iso() if c.time.known else None, c.place)
        if key not in best:
            best[key] = c
            order.append(key)
        elif (c.confidence, len(c.quote)) > (best[key].confidence, len(best[key].quote)):
            best[key] = c
    return [best[k] for k in order]


_LABEL = re.compile(r"^[\"“']?\s*(?P<label>(?:THE |MR\. |MRS\. |MS\. |DR\. )?[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3}):\s+",
                    re.MULTILINE)


def split_dialogue(text: str) -> list[tuple[int, int, str | None]]:
    """Split prose into ``(start, end, label)`` stretches: quoted or transcript-style dialogue
    ("GOLDMAN: ...", "TROTSKY: ...") gets its speaker label; the rest has ``None`` (the author).
    A labelled stretch runs to the next label or the end of its paragraph."""
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    labels = [m for m in _LABEL.finditer(text) if len(m["label"].replace("THE ", "")) >= 2]
    for i, m in enumerate(labels):
        if m.start() > pos:
            out.append((pos, m.start(), None))
        body_start = m.end()
        nxt = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        para = text.find("\n\n", body_start)
        end = nxt if para == -1 or para > nxt else para
        out.append((body_start, end, m["label"]))
        pos = end
    if pos < len(text):
        out.append((pos, len(text), None))
    return [(s, e, lab) for s, e, lab in out if text[s:e].strip()]
