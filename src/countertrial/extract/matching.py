"""Vocabulary matches in a tokenised segment: act triggers, stance cues, powers, reporting verbs,
forecast and negation cues, case places.

The vocabulary (:mod:`.vocab`) is compiled once per process and list of files into a phrase
matcher (:func:`compile_vocabulary`), with a cheap test on raw text (:class:`Prefilter`) that
skips segments which cannot hold a claim. :func:`find_matches` keeps the longest match of each
kind and resolves overlaps; :func:`drop_purposes` reads "instructions for terrorist acts" as one
act with a purpose, not two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .answers import answer_reader
from .segment import build_nlp
from .vocab import Vocabulary, load_vocabulary

__all__ = ["Match", "Prefilter", "Compiled", "compile_vocabulary", "find_matches", "drop_purposes", "purpose_of",
           "INSTRUCTION_ACTS"]

INSTRUCTION_ACTS = ("received_instructions", "gave_instructions")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Prefilter:
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


def _build_prefilter(nlp: Language, phrases: Iterable[str]) -> Prefilter:
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
    return Prefilter(frozenset(words), tuple(fallback))


@dataclass(frozen=True)
class Compiled:
    """A vocabulary with its pipeline, phrase matcher, match labels, prefilter and bare answers."""

    vocab: Vocabulary
    nlp: Language
    matcher: PhraseMatcher
    labels: dict[int, tuple[str, str]]
    prefilter: Prefilter
    answers: dict[str, str]


_COMPILED: dict[tuple[str, ...], Compiled] = {}


def compile_vocabulary(vocab_paths: tuple[str, ...]) -> Compiled:
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
    compiled = Compiled(vocab, nlp, matcher, labels, _build_prefilter(nlp, claim_phrases),
                        answer_reader(vocab.answers))
    _COMPILED[vocab_paths] = compiled
    return compiled


@dataclass
class Match:
    kind: str  # A act, P power, C cue, R report, F forecast, N negation, L case place, S service
    label: str
    start: int
    end: int


def find_matches(doc: Doc, matcher: PhraseMatcher, place_matcher: PhraseMatcher | None,
                 labels: dict[int, tuple[str, str]]) -> list[Match]:
    """The vocabulary's matches in ``doc``, in order. A power-dependent trigger counts as an act
    only with a power at most six tokens after it; the longest match wins within each kind; an act
    never overlaps a cue, a power or a case place, nor sits inside a capitalised name."""
    raw = [(_m, s, e) for _m, s, e in matcher(doc)]
    if place_matcher is not None:
        raw += [(_m, s, e) for _m, s, e in place_matcher(doc)]
    out = [Match(*labels[m], s, e) for m, s, e in raw]
    power_starts = [m.start for m in out if m.kind == "P"]
    out = [(Match("A", m.label, m.start, m.end) if m.kind == "Q" else m) for m in out
           if m.kind != "Q" or any(0 <= p - m.end <= 6 for p in power_starts)]
    # Longest match wins within each kind; acts never overlap cues, powers or case places.
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Match] = []
    last_end: dict[str, int] = {}
    for m in out:
        if m.start < last_end.get(m.kind, -1):
            continue
        kept.append(m)
        last_end[m.kind] = m.end
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


def drop_purposes(vocab: Vocabulary, doc: Doc, acts: list[Match]) -> list[Match]:
    """"instructions (from Sedov) for terrorist acts": the crime is the purpose of the
    instructions, not a claim of its own (no punctuation between them, at most 8 tokens)."""
    instr = [m for m in acts if m.label in INSTRUCTION_ACTS]
    return [m for m in acts if not _is_purpose(vocab, doc, m, instr)]


def _is_purpose(vocab: Vocabulary, doc: Doc, m: Match, instr: list[Match]) -> bool:
    if m.label in INSTRUCTION_ACTS or not vocab.acts[m.label].purpose:
        return False
    return any(0 <= m.start - i.end <= 8 and not any(t.is_punct for t in doc[i.end:m.start]) for i in instr)


def purpose_of(vocab: Vocabulary, doc: Doc, trig: Match, acts: list[Match]) -> str | None:
    """The crime that instructions ``trig`` are for, if one follows them."""
    for m in acts:
        if _is_purpose(vocab, doc, m, [trig]):
            return m.label
    return None
