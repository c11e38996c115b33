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
from itertools import compress
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .answers import answer_reader
from .inflect import DO_FORMS, HAVE_FORMS, PARTICIPLE_IS_BASE, derived_phrases, forms, gate_holds
from .metonyms import STATE_VERBS, metonym_powers
from .segment import build_nlp, forget_phrases, token_view
from .vocab import Vocabulary, load_vocabulary

__all__ = ["Match", "Prefilter", "Gapped", "Compiled", "GO_FORMS", "compile_vocabulary", "find_matches", "drop_purposes", "purpose_of",
           "refine_means",
           "INSTRUCTION_ACTS", "RECRUIT_AUX"]

INSTRUCTION_ACTS = ("received_instructions", "gave_instructions")
_WORD = re.compile(r"[a-z]+")
# Every byte but a-z as a space: an ASCII text's ``[a-z]+`` words are then its ``bytes.split()``.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "to", "on", "by", "for", "at", "and", "with", "was",
                             "is", "his", "her", "him", "its"})
_PREPS = frozenset({"with", "to", "from", "by", "for", "of", "against", "met", "meet", "meeting", "and", "contacted"})
# Demonyms that are also the people's plural ("the French", "the Chinese"): alone they name the power
# only after "the" ("spied for the French"), not as a language ("answered in French").
_THE_DEMONYMS = frozenset({"french", "chinese"})
_DEMONYMS = frozenset({"german", "british", "american", "japanese", "polish", "yugoslav", "french", "italian",
                       "chinese",
                       "russian", "english", "romanian", "finnish", "czech", "latvian", "estonian"})
# Nouns after a demonym that still name the power: its agents, officials, services and forces.
_POWER_NOUNS = frozenset({"agent", "agents", "spy", "spies", "officer", "officers", "official", "officials", "diplomat",
                          "diplomats", "authorities", "consul", "consulate", "embassy", "legation", "envoy", "envoys",
                          "representative", "representatives", "emissary", "emissaries", "attache", "attaché",
                          "military", "army", "navy", "command", "general", "generals", "staff", "side", "secret",
                          "intelligence", "government", "circles", "state", "services", "service", "resident",
                          "residents", "minister", "ministry", "ambassador", "counter-intelligence",
                          "counterintelligence", "police", "masters", "handler", "handlers", "contacts", "contact",
                          "informer", "informers", "informant", "informants", "fascists", "imperialists",
                          "militarists", "interventionists", "capitalists", "trotskyites", "bourgeoisie", "and", "or"})
_AGENT_WORDS = frozenset({"agent", "agents", "spy", "spies", "mole", "moles", "payroll", "courier", "couriers"})
_AGENT_ADJECTIVES = {"soviet": "Soviet Union", "czech": "Czechoslovakia", "czechoslovak": "Czechoslovakia",
                     "israeli": "Israel", "pakistani": "Pakistan", "chinese": "China", "cuban": "Cuba",
                     "hungarian": "Hungary", "bulgarian": "Bulgaria", "italian": "Italy", "french": "France",
                     # "a Russian spy" is the Soviet Union's before 1992 and Russia's after (the successor).
                     "russian": "Soviet Union", "romanian": "Romania", "rumanian": "Romania", "albanian": "Albania",
                     "iranian": "Iran", "iraqi": "Iraq", "libyan": "Libya", "syrian": "Syria", "saudi": "Saudi Arabia",
                     "ukrainian": "Ukraine", "finnish": "Finland", "latvian": "Latvia", "estonian": "Estonia"}
# Verbs whose subject may be a service and whose object is the person it takes into its service.
RECRUITING_VERBS = frozenset({"recruited", "recruit", "recruits", "recruiting", "enlisted", "enlist"})
# Prefixes before a hyphen that make the word after it no act of the subject's.
_NOT_THE_ACT = frozenset({"anti", "counter", "gang", "non", "ex", "pro", "pseudo", "quasi", "mock"})
# Forms of "be" before a passive participle ("was sent", "been recruited").
BE_FORMS = frozenset({"was", "were", "been", "is", "are", "be", "being"})


def _passive_before(lower: list[str], k: int) -> bool:
    """A form of "be" right before token ``k``, or before a pronoun or "then"/"later" right before it
    ("was handed over", "were you handed over", "was later handed over")."""
    return k > 0 and (lower[k - 1] in BE_FORMS or (k > 1 and lower[k - 2] in BE_FORMS and lower[k - 1] in (
        "you", "he", "she", "they", "we", "i", "then", "later", "subsequently", "finally")))


# Words right before "sold to" that leave a seller as its subject ("which I sold to the Russians").
_SELLERS = frozenset({"i", "he", "she", "we", "they", "who", "had", "has", "have", "then", "later", "also", "never",
                      "allegedly", "secretly"})
# Words between a service and its recruiting verb ("the KGB had never recruited Oswald").
RECRUIT_AUX = frozenset({"had", "has", "have", "never", "not", "also", "then", "later", "first", "allegedly", "did",
                         "once"})
# "was said to have recruited": hearsay between a service and its recruiting verb.
_SAID_TO_HAVE = frozenset({"was", "is", "were", "are", "said", "alleged", "reported", "believed", "thought",
                           "known", "to", "have"})
_PLACE_CENTRES = frozenset({"catholic", "trading", "commercial", "shopping", "health", "medical", "detention",
                            "city", "town", "village", "cultural", "community", "training", "research", "business",
                            "sports", "youth", "refugee", "distribution", "reception", "press", "information",
                            "call", "conference", "parish", "pastoral", "day", "care", "rehabilitation", "service",
                            "data", "computer", "operations", "communications", "control", "command"})
_SHOT_NOUN = frozenset({"a", "one", "single", "first", "warning", "any", "no", "fire", "fired", "firing", "the",
                        "another", "last", "second", "pistol", "rifle"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "my", "our", "their", "its", "this", "that", "these",
                          "those", "some", "all"})


@dataclass(frozen=True)
class Prefilter:
    """A cheap test on raw text that is true whenever the phrase matcher could find an act
    trigger, a power-dependent trigger or a stance cue (a superset: it may pass text with none).

    Each phrase is represented by its most selective token: the longest purely alphabetic one
    that the tokenizer never splits off a longer word ("cannot" -> "can" + "not"), a content word
    before a function word of the same length ("in the pay of" -> "pay"). Such a token
    stands between non-letters in the text, so it is one of the text's ``[a-z]+`` words. Phrases
    without such a token fall back to a substring test of all their tokens.

    A text with a phrase's token must also hold the whole phrase (``phrases``: per token, a
    pattern of its phrases' tokens in order, each joined to the next by one space or none, as the
    tokenizer leaves them), so that "given" alone does not pass "given instructions". Tokens the
    phrase matcher compares lower-cased are lower-cased substrings of the text, in the same order.
    A token mapped to ``None`` (the object of a verb ... object trigger) passes on its own.

    A token in ``powered`` stands only for triggers that count with a foreign power alone ("worked
    for", "passed documents": power-dependent triggers, verb ... object triggers with ``power``):
    a text whose only phrases are such must also pass ``powers``, the prefilter of the phrases
    that name a power, an unnamed power or a service (a power-dependent trigger counts only near
    one of them, see :func:`find_matches`).
    """

    words: frozenset[str]
    fallback: tuple[tuple[str, ...], ...]
    phrases: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    near: dict[str, tuple[re.Pattern[str], int]] = field(default_factory=dict)
    """Objects of verb ... object triggers: their verbs, and how many characters before the object
    one of them must start."""
    powered: frozenset[str] = frozenset()
    powers: Prefilter | None = None
    widths: dict[str, int] = field(default_factory=dict)
    """Per token of ``phrases``, the most characters a match of its pattern spans (its longest phrase)."""
    _bytes: frozenset[bytes] | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The words as bytes, to find them in an ASCII text without making a str per word.
        ascii_words = all(_WORD.fullmatch(w) for w in self.words)
        object.__setattr__(self, "_bytes", frozenset(w.encode("ascii") for w in self.words) if ascii_words else None)

    def __call__(self, text: str) -> bool:
        low = text.lower()
        as_bytes = self._bytes
        if as_bytes is not None and low.isascii():
            found = [w.decode("ascii") for w in as_bytes.intersection(low.encode("ascii").translate(_LETTERS_ONLY).split())]
        else:
            found = list(self.words.intersection(_WORD.findall(low)))
        need_power = False  # a phrase that counts only with a power is found
        for word in found:
            if word in self.phrases:
                pattern = self.phrases[word]
                if pattern is None or self._holds(pattern, word, low):
                    if word not in self.powered:
                        return True
                    need_power = True
                    continue
            verbs = self.near.get(word)
            if verbs is not None:
                at = low.find(word)
                while at >= 0:
                    if verbs[0].search(low, max(0, at - verbs[1]), at):
                        if word not in self.powered:
                            return True
                        need_power = True
                        break
                    at = low.find(word, at + 1)
        if any(all(tok in low for tok in toks) for toks in self.fallback):
            return True
        return need_power and (self.powers is None or self.powers(text))

    def _holds(self, pattern: re.Pattern[str], word: str, low: str) -> bool:
        """``pattern.search(low)`` for the phrases of ``word``, searched only around where ``word``
        stands. Each match of the pattern holds ``word`` (every phrase of ``word`` has it as a token,
        the tokens joined by a space or none) and spans at most ``width`` characters, so it lies
        in the window of ``width`` characters either side of one of ``word``'s occurrences
        (``word`` as a substring: the pattern reads no word boundaries); and the pattern has no
        anchor or lookaround, so a match inside a window is one in the text. A word of a few
        occurrences costs a few short searches instead of a search of the whole text (most texts
        hold several key words: the prefilter searched ~4 times its length per text)."""
        width = self.widths.get(word)
        if width is None:
            return pattern.search(low) is not None
        at = low.find(word)
        while at >= 0:
            if pattern.search(low, max(0, at + len(word) - width), at + width):
                return True
            at = low.find(word, at + 1)
        return False


def _build_prefilter(nlp: Language, phrases: Iterable[str], alone: Iterable[str] = (),
                     verb_objects: dict[str, set[str]] | None = None, reach: int = 0,
                     owned: Iterable[str] = (), powered: Iterable[str] = (), powered_objects: Iterable[str] = (),
                     powers: Prefilter | None = None) -> Prefilter:
    """The prefilter of the matcher's ``phrases``; a key token of ``alone`` passes a text by itself.
    An object of ``verb_objects`` (object -> its verbs) passes a text only with one of its verbs at most
    ``reach`` words (15 characters a word) before it, as :class:`Gapped` looks for it. An owner
    trigger of ``owned`` passes a text only between a possessor and what was ordered, the only place
    where it counts (:func:`_owned`: "Trotsky's order to", not "in order to"). The phrases of
    ``powered`` and the objects of ``powered_objects`` count only with a power: a token that stands
    for nothing else is one of :attr:`Prefilter.powered`, and passes a text only with ``powers``."""
    glued: set[str] = set()  # tokens the tokenizer's special cases split off a longer word
    for pieces in getattr(nlp.tokenizer, "rules", {}).values():
        if len(pieces) > 1:
            glued.update(str(p.get(ORTH, "")).lower() for p in pieces)
    words: set[str] = set()
    fallback: list[tuple[str, ...]] = []
    by_key: dict[str, set[tuple[str, ...]] | None] = {}
    near_verbs: dict[str, set[str]] = {}
    near_width: dict[str, int] = {}
    power_only = frozenset(powered)
    unpowered: set[str] = set()  # key tokens of a phrase or object that counts without a power
    token_lists = [([t.lower_ for t in nlp.make_doc(p)], solo, p in power_only)
                   for p, solo in [*((p, False) for p in phrases), *((p, True) for p in alone)]]
    for phrase in owned:
        toks = [t.lower_ for t in nlp.make_doc(phrase)]
        token_lists += [([poss, *toks, nxt], False, False) for poss in sorted(_POSSESSORS)
                        for nxt in (*_OWNED_NEXT, *_OWNED_BE)]
        unders = _ON_OWNED | ({"with"} if phrase in _WITH_OWNED else set())  # see _under
        token_lists += [([on, poss, *toks], False, False) for on in sorted(unders) for poss in sorted(POSS_PRONOUNS)]
    for toks, solo, needs_power in token_lists:
        keys = [t for t in toks if t.isascii() and t.isalpha() and t not in glued]
        if not keys:
            fallback.append(tuple(toks))
            continue
        key = max(keys, key=lambda t: (len(t), t not in _FUNCTION_WORDS))  # "pay", not "the"
        words.add(key)
        if not needs_power:
            unpowered.add(key)
        seqs = by_key.setdefault(key, set())
        # Only tokens of ASCII characters and characters without case ("’s"): their lower-cased
        # form in the text is the text's own lower-casing.
        if solo or len(toks) == 1 or not all(c.isascii() or c.lower() == c.upper() for t in toks for c in t) \
                or seqs is None:
            by_key[key] = None
        else:
            seqs.add(tuple(toks))
    objects_powered = frozenset(powered_objects)
    for obj, verbs in (verb_objects or {}).items():
        # "passed State Department documents": the object with one of its verbs shortly before it.
        toks = [t.lower_ for t in nlp.make_doc(obj)]
        keys = [t for t in toks if t.isascii() and t.isalpha() and t not in glued]
        if not keys or not all(t.isascii() for t in toks) or not all(v.isascii() for v in verbs):
            fallback.append(tuple(toks))
            continue
        key = max(keys, key=lambda t: (len(t), t not in _FUNCTION_WORDS))
        words.add(key)
        if obj not in objects_powered:
            unpowered.add(key)
        if key in by_key and by_key[key] is None:
            continue  # the word passes a text alone already
        # A verb starting at most 15 characters a word before the object's word, as Gapped looks.
        near_verbs.setdefault(key, set()).update(v.lower() for v in verbs)
        width = 15 * reach + sum(len(t) + 1 for t in toks[:toks.index(key)])
        near_width[key] = max(near_width.get(key, 0), width)
    patterns = {k: None if v is None else phrase_search(v) for k, v in by_key.items()}
    widths = {k: max(sum(map(len, toks)) + len(toks) - 1 for toks in v) for k, v in by_key.items() if v}
    near = {k: (word_alternatives(vs), near_width[k]) for k, vs in near_verbs.items()}
    return Prefilter(frozenset(words), tuple(fallback), patterns, near, frozenset(words - unpowered), powers, widths)


def phrase_search(phrases: Iterable[tuple[str, ...]]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of ``phrases`` (token sequences) is, each token
    joined to the next by one space or none: the phrases as a trie of characters, without those
    that go on from a shorter one (a text that holds the longer holds the shorter). Where the flat
    alternation of every phrase made one test per phrase at each position, the trie makes one per
    distinct first letter. Only for ``search(...) is None``: a match's span may differ."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        atoms = [atom for i, tok in enumerate(phrase) for atom in [*([" ?"] if i else []), *map(re.escape, tok)]]
        node = trie
        for atom in atoms:
            if "" in node:
                break  # a shorter phrase ends here
            node = node.setdefault(atom, {})
        else:
            node.clear()  # the longer phrases that go on from this one
            node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alts = [atom + branch(sub) for atom, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(branch(trie))


@dataclass(frozen=True)
class Compiled:
    """A vocabulary with its pipeline, phrase matcher, match labels, prefilter and bare answers."""

    vocab: Vocabulary
    nlp: Language
    matcher: PhraseMatcher
    labels: dict[int, tuple[str, str]]
    prefilter: Prefilter
    answers: dict[str, str]
    gapped: Gapped | None = None  # verb ... object triggers (``verb_object`` in acts.yaml)


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

    # Every phrase that is someone's trigger already: a derived form equal to one is not added.
    taken = {p.lower() for act in vocab.acts.values()
             for p in (*act.triggers, *act.object_subject, *act.person_triggers, *act.power_triggers,
                       *act.charge_triggers, *act.owner_triggers)}
    derived_claim_phrases: list[str] = []
    derived_base_phrases: list[str] = []  # the prefilter passes them only after "do" (see below)
    derived_unpowered: set[str] = set()  # the derived forms of triggers that count alone ...
    derived_powered: set[str] = set()  # ... and of those that count only with a power
    passive_phrases: list[str] = []
    adverb_phrases: list[str] = []
    power_adverb_phrases: list[str] = []  # count only with a power, as their triggers do
    # (not with a verb that is a power-dependent trigger alone, "recruited": the prefilter would pass
    # every text with it, where it now waits for a power)
    power_words = {p.lower() for a in vocab.acts.values() for p in a.power_triggers if " " not in p}
    for act in vocab.acts.values():
        add("A", act.name, (*act.triggers, *act.object_subject, *act.person_triggers))
        add("Q", act.name, act.power_triggers)
        # "negotiated secretly with", "flew back to": an adverb between a trigger's verb and its
        # preposition (a verb and a preposition: "met with", "worked for", "flew to")
        plain = [v for p in act.triggers for v in _with_adverb(p) if v.lower() not in taken]
        powered_adverb = [v for p in act.power_triggers for v in _with_adverb(p) if v.lower() not in taken]
        add("A", act.name, plain)
        add("Q", act.name, powered_adverb)
        adverb_phrases += plain
        power_adverb_phrases += powered_adverb
        add("A:n", act.name, act.noun_triggers)  # "after his return to Lyon" (inflect.gate_holds)
        # "Our bombs were made by Dutt", "the instructions were given by Pelemis": a verb ... object
        # trigger in the passive, its object first and "by" after it (the one after "by" does it).
        passive = [p for p in _passive_phrases(act, taken) if p.split()[-2] not in power_words]
        add("A:p", act.name, passive)
        passive_phrases += passive
        # "did not plant the bomb", "was planting the bomb" for "planted the bomb" (inflect.py): counted
        # only after "do" (base) or "be" and the like (-ing), see find_matches.
        # Not the object-subject triggers ("orders came from", "carried": read only where they
        # stand), nor the -ing of a person trigger ("way of seeing things").
        for kind, phrases, gerunds in (("A", act.triggers, True), ("A", act.person_triggers, False),
                                       ("Q", act.power_triggers, True)):
            base, ing = derived_phrases(phrases, taken, gerunds)
            add(f"{kind}:b", act.name, base)
            add(f"{kind}:i", act.name, ing)
            derived_base_phrases += base
            derived_claim_phrases += ing
            (derived_powered if kind == "Q" else derived_unpowered).update((*base, *ing))
        add("O", act.name, act.owner_triggers)
        add("G", act.name, act.charge_triggers)
    for power in vocab.powers.values():
        add("P", power.name, power.phrases)
    # Capitals and countries: a power only where they stand for the state (see :func:`_state_names`).
    metonyms = metonym_powers(vocab)
    by_power: dict[str, list[str]] = {}
    for name, power_name in metonyms.items():
        by_power.setdefault(power_name, []).append(name)
    for power_name, names in by_power.items():
        add("K", power_name, names)
    for i, cue in enumerate(vocab.cues):
        add("C", str(i), _with_modifiers(cue.phrases, vocab.cue_modifiers))
    for modality, verbs in vocab.reporting.items():
        add("R", modality, verbs)
    add("F", "forecast", vocab.forecast)
    add("S", "service", vocab.services)
    add("U", "unnamed", vocab.unnamed_powers)
    add("N", "negation", vocab.negation)
    add("X", "plan", vocab.plans)
    add("B", "forecast_stop", vocab.forecast_stops)
    add("W", "unasserted", vocab.unasserted)
    add("V", "person", [f"{aux} {p}" for p in vocab.person_predicates for aux in _PASSIVE_AUX])
    add("V", "verb", vocab.person_verbs)  # "Kovtun stayed": read only after a sentence's first word
    gapped = _gapped_matcher(nlp, vocab, labels)
    # Only acts (with their power-dependent triggers) and stance cues can start a claim.
    claim_phrases = [p for act in vocab.acts.values() for p in (*act.triggers, *act.power_triggers,
                                                                *act.object_subject, *act.person_triggers,
                                                                *act.charge_triggers)]
    claim_phrases += [*derived_claim_phrases, *passive_phrases, *adverb_phrases, *power_adverb_phrases,
                      *(p for act in vocab.acts.values() for p in act.noun_triggers)]
    cue_phrases = _with_modifiers((p for cue in vocab.cues for p in cue.phrases), vocab.cue_modifiers)
    # ... and "the evidence he had given ... was false" (claims.false_testimony): the prefilter only.
    claim_phrases += [*cue_phrases, "was false", "were false", "was a lie", "were lies", "was untrue"]
    # A verb ... object trigger needs its object, the rarer word ("instructions", not "gave"), with one
    # of its verbs shortly before it.
    verb_objects: dict[str, set[str]] = {}
    for act in vocab.acts.values():
        for vo in act.verb_object:
            for o in vo.objects:
                verb_objects.setdefault(o, set()).update(vo.verbs)
                verb_objects[o].update(q for half in derived_phrases(vo.verbs) for q in half)
    # Power-dependent triggers count only near a power, an unnamed power or a service (or a
    # "Soviet" before "agent"): a text with no other trigger must name one of them too.
    owned = [p for act in vocab.acts.values() for p in act.owner_triggers]
    unpowered = {p for act in vocab.acts.values() for p in (*act.triggers, *act.object_subject,
                                                            *act.person_triggers, *act.charge_triggers)} | set(cue_phrases)
    unpowered |= derived_unpowered
    powered = ({p for act in vocab.acts.values() for p in act.power_triggers} | set(power_adverb_phrases)
               | derived_powered) - unpowered
    powered_objects = ({o for act in vocab.acts.values() for vo in act.verb_object if vo.power for o in vo.objects}
                       - {o for act in vocab.acts.values() for vo in act.verb_object if not vo.power for o in vo.objects})
    power_phrases = [p[4:] if p.lower().startswith("the ") else p for power in vocab.powers.values()
                     for p in power.phrases]
    powers = _build_prefilter(nlp, [*power_phrases, *vocab.unnamed_powers, *vocab.services, *metonyms],
                              alone=_AGENT_ADJECTIVES)
    # A derived base form ("go", "order", "visit") counts only after "do": the prefilter passes a text
    # for it only with a form of "do" shortly before it, as for a verb ... object trigger's object.
    # ... or, where the participle is the base form, after "have" ("had come back to").
    for phrase in derived_base_phrases:
        verb_objects.setdefault(phrase, set()).update(DO_FORMS)
        if phrase.split()[0].lower() in PARTICIPLE_IS_BASE:
            verb_objects[phrase].update(HAVE_FORMS)
    if gapped is not None and gapped.done_with:
        # "I condemn these attacks, and I had nothing to do with them" (_done_with_it)
        claim_phrases = [*claim_phrases, *(f"{some} to do with {it}" for some in _SOME_THING
                                           for it in ("it", "them", "that", "those", "these"))]
    prefilter = _build_prefilter(nlp, claim_phrases, _CRIME_VERDICTS, verb_objects, gapped.reach if gapped is not None else 0,
                                 owned=owned, powered=powered, powered_objects=powered_objects, powers=powers)
    compiled = Compiled(vocab, nlp, matcher, labels, prefilter, answer_reader(vocab.answers), gapped)
    forget_phrases(nlp)
    _COMPILED[vocab_paths] = compiled
    return compiled


# Adverbs that stand between a verb and its preposition: "met secretly with", "flew back to".
_VERB_ADVERBS = ("secretly", "directly", "personally", "regularly", "repeatedly", "also", "then", "later", "again",
                 "once", "twice", "back", "together", "alone", "illegally", "openly", "frequently", "often")
_TRIGGER_PREPS = frozenset({"with", "for", "to", "into", "from", "on", "against"})


def _with_adverb(phrase: str) -> list[str]:
    """"negotiated secretly with", "worked secretly for" for a trigger that is a past verb and a
    preposition ("negotiated with", "worked for")."""
    words = phrase.split()
    if len(words) != 2 or words[1].lower() not in _TRIGGER_PREPS or forms(words[0].lower()) is None:
        return []
    return [f"{words[0]} {adverb} {words[1]}" for adverb in _VERB_ADVERBS]


_PASSIVE_BE = ("was", "were", "had been", "has been", "have been")
# Objects that end in a preposition ("train to") have no passive.
_NO_PASSIVE_OBJECT_END = frozenset({"to", "for", "from", "with", "of", "in", "on", "at", "into"})


def _passive_phrases(act: Any, taken: set[str]) -> list[str]:
    """"<object> was|were|had been <participle> by" for the act's verb ... object triggers that count
    without a power: "bombs were made by", "the order was given by" (no article: the matcher
    finds the phrase inside "the bombs were made by")."""
    out: list[str] = []
    for vo in act.verb_object:
        if vo.power or vo.qualifiers:
            continue
        verbs = [v.lower() for v in vo.verbs if " " not in v and forms(v.lower()) is not None]
        objects = [o.lower() for o in vo.objects if o.split()[-1].lower() not in _NO_PASSIVE_OBJECT_END]
        out += [f"{o} {be} {v} by" for o in objects for be in _PASSIVE_BE for v in verbs
                if f"{o} {be} {v} by" not in taken]
    # ... and the triggers that are a verb and its object ("made bombs", "planted the bomb")
    for trigger in act.triggers:
        words = trigger.lower().split()
        if len(words) in (2, 3) and forms(words[0]) is not None and words[-1].isalpha() \
                and words[-1] not in _NO_PASSIVE_OBJECT_END and (len(words) == 2 or words[1] in ("the", "a", "an")):
            out += [f"{words[-1]} {be} {words[0]} by" for be in _PASSIVE_BE]
    return sorted(set(out) - taken)


POSS_PRONOUNS = frozenset({"my", "his", "her", "our", "their"})  # the possessive pronouns of persons
_POSSESSORS = frozenset({"'s", "’s"}) | POSS_PRONOUNS
_ON_OWNED = frozenset({"on", "upon", "by"})  # "on his orders", "by my order": the act done under them
_WITH_OWNED = frozenset({"approval"})  # ... and after "with" these only: "with his approval"
_OWNED_NEXT = ("to", "for", "on", "that")  # what follows an owner trigger that counts ("order to")
_OWNED_BE = ("was", "were")  # ... and "was to", "were to": "Lord Kitchener's orders were to take no prisoners"
_PASSIVE_AUX = ("was", "were", "had been", "has been", "have been", "is", "are", "was later", "were later")
_CUE_OWNERS = frozenset({"my", "your", "his", "her", "their", "the"})
_CUE_NOUNS = frozenset({"testimony", "testimonies", "confession", "confessions", "statement", "statements", "evidence",
                        "depositions", "deposition"})


def _with_modifiers(phrases: Iterable[str], modifiers: Iterable[str]) -> list[str]:
    """Cue phrases, and each one whose noun follows a possessive ("confirmed his testimony") again
    with a modifier between them ("confirmed his earlier testimony", "his pre-trial confession")."""
    mods = list(modifiers)
    out: list[str] = []
    # "Do you confirm your testimony?", "Do you withdraw your statement?": the question's form of a
    # first-person cue ("you" is the one answering).
    phrases = [q for p in phrases for q in ([p, " ".join("your" if w == "my" else w for w in p.split())]
                                            if "my" in p.split() else [p])]
    for phrase in phrases:
        out.append(phrase)
        words = phrase.split()
        for k in range(len(words) - 1):
            if words[k].lower() in _CUE_OWNERS and words[k + 1].lower() in _CUE_NOUNS:
                out.extend(" ".join([*words[:k + 1], m, *words[k + 1:]]) for m in mods)
    return out


# Words that make a crime noun someone's act: a verdict or charge ("guilty of fraud", "convicted of
# the killings", "sentenced to life for, among other crimes, the murders"), a plea or admission, or a
# part in it ("had taken part in the massacre", "a role in the massacres", "committed the robbery").
_CHARGE_GOVERNORS = frozenset({"guilty", "convicted", "conviction", "convictions", "accused", "charged", "charge",
                               "charges", "count", "counts", "sentenced", "indicted", "indictment", "tried",
                               "responsible", "responsibility", "part", "role", "participated", "participating",
                               "involved", "involvement", "committed", "committing", "commit", "perpetrated",
                               "organised", "organized", "led", "headed", "admitted", "confessed", "denied",
                               # "joined the robbery", "masterminded the bombing", "carried out the killings"
                               "joined", "masterminded", "carried", "planned", "directed", "staged", "behind",
                               "organising", "organizing", "leading", "heading", "planning", "directing",
                               # "stood trial for the bombing", "faced charges of sabotage", "was hanged for
                               # the murder", "wanted for the killings", "extradited for the bombing"
                               "trial", "faced", "facing", "jailed", "imprisoned", "hanged", "executed",
                               "wanted", "extradited", "punished",
                               # round 20: "laid the massacre ... on the patrol of Hurtado", "blamed the
                               # bombing on Ortiz" (participants.py: _blamed)
                               "laid", "blamed", "attributed", "ascribed", "pinned",
                               # "I did not participate in the killings", "did he organise the massacre?"
                               "participate", "organise", "organize", "mastermind",
                               # "a co-perpetrator of all ten murders", "an accessory to the bombing"
                               "perpetrator", "perpetrators", "accessory", "accomplice", "accomplices",
                               "instigator", "instigators", "organiser", "organizer", "organisers", "organizers"})
# Governors that name a person's role in the crime: they count only said of someone ("a", "an", a
# hyphen: "co-perpetrator"; "was the instigator").
_ROLE_GOVERNORS = frozenset({"perpetrator", "perpetrators", "accessory", "accomplice", "accomplices", "instigator",
                             "instigators", "organiser", "organizer", "organisers", "organizers"})
_BE_FORMS_THE = frozenset({"was", "were", "is", "are", "be", "been", "as"})
_CHARGE_REACH = 10  # tokens back from the noun ("for, among other crimes, the murders of")
# A verdict reaches further when "of" or "for" opens the crime's noun phrase: "convicted at the Old
# Bailey in October 1975 of the Guildford pub bombings".
_VERDICTS = frozenset({"guilty", "convicted", "sentenced", "tried", "indicted", "charged", "accused", "hanged",
                       "executed", "jailed", "imprisoned"})
_VERDICT_REACH = 16


# Verdicts that name a crime after "of" or "for" ("convicted of", "sentenced ... for"), and what
# after them is no crime: a term, a time, a count ("sentenced for life", "guilty of eight of the
# ten counts" names its crimes after).
_CRIME_VERDICTS = frozenset({"guilty", "convicted", "sentenced", "condemned"})
_NO_CRIME = frozenset({"life", "the", "a", "an", "years", "months", "days", "death", "having", "being", "one", "two",
                       "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "each", "both",
                       "which", "what", "whom", "this", "that", "these", "those", "it", "them", "him", "her",
                       "his", "their", "its", "my", "our", "your", "some", "any", "no", "several", "many",
                       "more", "less", "nothing", "anything", "crimes", "crime", "charges", "charge", "counts",
                       "count", "offences", "offenses", "offence", "offense", "acts", "first", "second", "third",
                       "same", "similar", "statute", "article", "articles", "law", "laws", "code", "act",
                       "paragraph", "section", "rule", "rules", "regulations"})
_ACT_KINDS = ("A", "G", "Q", "O")
_NOT_A_VERDICT = frozenset({"not", "never", "plead", "pleads", "pleaded", "pled", "pleading"})


def _unnamed_crimes(view: Any, out: list[Match]) -> list[Match]:
    """A verdict word ("guilty", "convicted", "sentenced") and, at most :data:`_VERDICT_REACH` words
    on in the same clause, "of" or "for" opening a crime no act of ``out`` names in that clause part:
    a charge noun ``other`` at the crime's first word ("found Bemba guilty of corruptly influencing
    fourteen defence witnesses", "sentenced to five years in a labour camp for compiling the White
    Book"), gated like any charge noun (:func:`_charged_noun`)."""
    lower, n = view.lower, len(view.lower)
    if _CRIME_VERDICTS.isdisjoint(lower):
        return []  # (most texts: no verdict at all)
    acts = [m for m in out if m.kind in _ACT_KINDS]
    found: list[Match] = []
    for v in range(n):
        if lower[v] not in _CRIME_VERDICTS or (v > 0 and lower[v - 1] in _NOT_A_VERDICT):
            continue  # (a plea is the plea alone, as the guide has it: "I plead guilty to genocide")
        prep = next((k for k in range(v + 1, min(n - 1, v + _VERDICT_REACH))
                     if lower[k] in ("of", "for")), None)
        if prep is None or any(lower[k] in (".", ";", ":", "?", "!", ",") for k in range(v + 1, prep)):
            continue
        head = prep + 1
        while head < n and lower[head] in ("the", "a", "an", "his", "her", "their", "its", "corruptly", "unlawfully", "illegally", "wilfully",
                                           "willfully", "knowingly", "deliberately", "having"):
            head += 1  # ("guilty of having failed in the duties of his office")
        if head >= n or not view.alpha[head] or lower[head] in _NO_CRIME or lower[head] in STOP_WORDS:
            continue
        end = next((k for k in range(head, n) if lower[k] in (".", ";", ":", "?", "!")), n)
        if any(v <= m.start < end for m in acts):
            # a crime the vocabulary names: "guilty of treason", "sentenced ... for the bombing"; a crime
            # noun it does not name listed after it is one `other` ("for conspiracy, incitement to
            # civil war and instigation to class hatred")
            listed = _listed_crime(lower, view, prep, end, acts)
            if listed is not None:
                found.append(Match("G", "other", listed, listed + 1))
            continue
        found.append(Match("G", "other", head, head + 1))
    return found


# The endings of crime nouns ("incitement", "instigation", "subversion", "forgery", "perjury", "terrorism").
_CRIME_NOUN_ENDINGS = ("ment", "tion", "sion", "ery", "ury", "ism")


def _listed_crime(lower: list[str], view: Any, prep: int, end: int, acts: list[Match]) -> int | None:
    """The first crime noun the vocabulary does not name in the list a verdict's "of"/"for" opens at
    ``prep`` (up to ``end``), after a named one: a noun with a crime noun's ending right after "," or
    "and", no act of ``acts`` starting in its item."""
    for k in range(prep + 2, min(end, prep + 25)):
        if lower[k - 1] not in (",", "and") or not view.alpha[k] or not view.is_lower[k]:
            continue
        if not lower[k].endswith(_CRIME_NOUN_ENDINGS) or lower[k] in STOP_WORDS:
            continue
        item_end = next((j for j in range(k + 1, end) if lower[j] in (",", "and")), end)
        if not any(k <= m.start < item_end for m in acts) and any(m.start < k for m in acts if prep < m.start):
            return k
    return None


def _charged_noun(lower: list[str], start: int, words: list[str]) -> bool:
    """A governor of :data:`_CHARGE_GOVERNORS` at most :data:`_CHARGE_REACH` tokens before the crime
    noun at ``start``, in the same sentence part (no ".", ";", ":" or "?" between). The co-defendants
    a verdict names "with" right before its crime (read in ``words``, the doc's words) do not count
    against the reach: "had been sentenced to life in 1989 with Nathalie Ménigon, Jean-Marc Rouillan
    and Georges Cipriani for the murders of ..." """
    opened = next((k for k in range(start - 1, max(-1, start - 5), -1) if lower[k] in ("of", "for")), None)
    reach = _VERDICT_REACH if opened is not None else _CHARGE_REACH
    skip, listed_from = 0, -1  # the names after "with" right before the crime's "for"/"of", and where they start
    if opened is not None:
        j = opened - 1
        while j > 0 and (words[j][:1].isupper() or lower[j] in ("-", "‐", ",", "and")):
            j -= 1
        if lower[j] == "with" and j < opened - 1:
            skip, listed_from = opened - 1 - j, j
    for k in range(start - 1, max(-1, start - 1 - reach - skip), -1):
        if lower[k] in (".", ";", ":", "?", "!"):
            return False
        if start - k - (skip if k <= listed_from else 0) > _CHARGE_REACH and lower[k] not in _VERDICTS:
            continue  # (beyond the usual reach only a verdict, before the "of" that opens the crime)
        if lower[k] in ("after", "before", "since", "during", "following", "until", "despite"):
            return False  # "was executed after the bombing": a time, not what he was executed for
        if lower[k] in _ROLE_GOVERNORS and not (k > 0 and lower[k - 1] in ("a", "an", "-", "‐")) \
                and not (k > 1 and lower[k - 1] == "the" and lower[k - 2] in _BE_FORMS_THE):
            continue  # "a co-perpetrator of", "was the instigator of" (not "the perpetrators of the
            # massacres were delinquents": no one named is one)
        if lower[k] in _CHARGE_GOVERNORS and not (lower[k] == "charge" and k > 0 and lower[k - 1] == "in") \
                and not (lower[k] == "trial" and lower[k + 1] not in ("for", "of")):
            return True  # (not "the men in charge of the secteur before they began the massacres", not
            # "the Trial Chamber found that those rapes": a trial "for" or "of" the crime)
    return False


def _owned(doc: Doc, start: int, end: int, powers: frozenset[int] | set[int] = frozenset()) -> bool:
    """A possessor right before token ``start`` and what was ordered right after ``end``:
    "Trotsky's order to kill", "his instructions for terror", "Kitchener's orders were to take no
    prisoners", "on Yagoda's orders" (not "his orders were ignored")."""
    lower = token_view(doc).lower
    if _on_named_orders(doc, start) and start - 2 not in powers:
        return True  # (not "on Moscow's orders": a power's, carried by the act done)
    if on_own_orders(doc, start):
        return True
    return start > 0 and lower[start - 1] in _POSSESSORS and end < len(doc) and (
        lower[end] in _OWNED_NEXT or (lower[end] in _OWNED_BE and end + 1 < len(doc) and lower[end + 1] == "to"))


def on_own_orders(doc: Doc, start: int) -> bool:
    """"on his orders the second watch officer ... fired", "deported to Auschwitz on his orders", "It
    was by my order that ...": the owner gave the order, under which the act was done (round 28: the
    gold sets give the owner the order four times in four)."""
    lower = token_view(doc).lower
    return start >= 2 and lower[start - 1] in POSS_PRONOUNS and _under(lower, start - 2, start)


def _under(lower: list[str], k: int, start: int) -> bool:
    """The word at ``k`` puts what follows under the owned noun at ``start``: "on" / "by" his orders,
    and "with" only his approval (not "comply with their instructions": the instructions are received)."""
    return lower[k] in _ON_OWNED or (lower[k] == "with" and lower[start] in _WITH_OWNED)


def _on_named_orders(doc: Doc, start: int) -> bool:
    """"on Yagoda's orders", "on Krestinsky's instructions": a named person's orders, under which
    the act was done (the gold sets give the one named the order five times in eight; "on the orders
    of X" is read as the doer's instructions received; "on his orders" is :func:`_owned`'s)."""
    view = token_view(doc)
    if start < 3 or view.lower[start - 1] not in ("'s", "’s", "'", "’"):
        return False
    k = start - 2
    while k > 0 and view.text[k][:1].isupper() and view.alpha[k]:
        k -= 1
    return k < start - 2 and _under(view.lower, k, start)


def refine_means(vocab: Vocabulary, doc: Doc, acts: list[Match]) -> list[Match]:
    """"killing Gorky with overdoses of digitalis": an act that names the means of another
    (``refines`` in the vocabulary; "with", "by" or "through" right before it, at most 8 words
    after the other, no punctuation between) replaces that act's label and is not a claim itself."""
    out = list(acts)
    for r in acts:
        refined = vocab.acts[r.label].refines
        if not refined or r.start == 0 or doc[r.start - 1].lower_ not in ("with", "by", "through"):
            continue
        for i, m in enumerate(out):
            if m.label in refined and 0 <= r.start - m.end <= 8 and not any(t.is_punct for t in doc[m.end:r.start]):
                out[i] = Match("A", r.label, m.start, m.end)
                out = [x for x in out if x is not r]
                break
    return out


# Words a verb ... object gap never holds: a new clause's ("told reporters he planned to kill").
_GAP_STOP = ["back", "and", "but", "or", "that", "which", "who", "i", "he", "she", "we", "they"]
# The punctuation a verb ... object gap never holds (a hyphen inside a word it may: "Heung-ju").
_GAP_PUNCT_SET = frozenset({",", ".", ";", ":", "?", "!", "(", ")", "[", "]", "{", "}", '"', "'", "“", "”", "‘", "’",
                            "—", "–", "--", "…", "/", "*", "&"})


@dataclass(frozen=True)
class _VerbObject:
    """One ``verb_object`` entry as :class:`Gapped` reads it: its verbs (lower-cased), the words its
    gap may not hold, the qualifiers one of which it must hold (none: no such need)."""

    key: int  # the match key, f"{kind}|{act}"
    verbs: frozenset[str]  # the verbs of one word
    long_verbs: tuple[tuple[str, ...], ...]  # the verbs of several words, word by word
    gap: int
    stop: frozenset[str]
    qualifiers: frozenset[str]
    firsts: frozenset[str]  # the first word of every verb
    reach: int  # the most words a verb and the gap span
    min_gap: int = 0  # the fewest words the gap holds


@dataclass(frozen=True)
class Gapped:
    """The ``verb_object`` triggers: a verb, at most ``gap`` words that are neither punctuation (a
    word's hyphen aside) nor one of the entry's stop words, and the object ("passed on to me
    Trotsky's instructions"); with qualifiers, one of the words between is one of them ("passed State
    Department documents"). Every such span is a match, as spaCy's ``Matcher`` finds them with the
    patterns "verb, the gap's words each optional, object" (``tests/extract/test_focus.py`` holds
    them to it). Read by hand from each object's last word back, which costs a fifth of running
    those patterns on the words before each object."""

    entries: dict[str, tuple[frozenset[str], int, tuple[tuple[_VerbObject, tuple[str, ...]], ...]]]
    """Per last word of an object (as the entry writes it for an object of one word, lower-cased for
    one of several): the first words of their verbs, how many words before it the first of a verb
    may stand, and the entries it ends with the object's words."""
    reach: int  # the most tokens a match can span before its object
    firsts: frozenset[str] | None = None
    """The lower-cased first word of every verb (``None``: unknown)."""
    last: frozenset[str] = frozenset()
    """The objects' last words, lower-cased."""
    gates: dict[tuple[str, str], dict[tuple[str, str], str]] = field(default_factory=dict)
    """Per (kind, act), (first word of a derived verb form, last word of its object) -> its gate
    (inflect.py): such a match counts only where :func:`.inflect.gate_holds` (its patterns share the
    original verbs' head, so the derived forms cost no patterns of their own)."""
    done_with: dict[str, tuple[int, str]] = field(default_factory=dict)
    """The one-word objects of the "do with" entries ("bombing", "murder", "robbery") -> (match key,
    act): "I condemn these attacks, and I had nothing to do with them" points back to one."""

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(key, start, end) of every match in ``doc``, by start and end."""
        view = token_view(doc)
        lower = view.lower
        # No match without a word that opens a verb and a word that ends an object: most docs lack one.
        if (self.firsts is not None and self.firsts.isdisjoint(lower)) or self.last.isdisjoint(lower):
            return []
        words = view.text
        entries = self.entries
        found: set[tuple[int, int, int]] = set()
        # Only the words that end an object (compress walks the rest in C).
        for j in compress(range(len(lower)), map(entries.__contains__, lower)):
            openers, span, ends = entries[lower[j]]
            if openers.isdisjoint(lower[max(0, j - span):j]):
                continue  # no verb's first word near enough: most hits on "to", "from", "for"
            for vo, obj in ends:
                o = j + 1 - len(obj)  # the object's first word
                if o <= 0 or (len(obj) > 1 and tuple(lower[o:j + 1]) != obj):
                    continue
                if len(ends) > 1 and vo.firsts.isdisjoint(lower[max(0, o - vo.reach):o]):
                    continue  # ... nor of this entry's
                for g in _verb_ends(vo, lower, words, o):
                    if lower[g - 1] in vo.verbs:
                        found.add((vo.key, g - 1, j + 1))
                    for verb in vo.long_verbs:
                        if g >= len(verb) and tuple(lower[g - len(verb):g]) == verb:
                            found.add((vo.key, g - len(verb), j + 1))
        return sorted(found, key=lambda x: (x[1], x[2]))


def _verb_ends(vo: _VerbObject, lower: list[str], words: list[str], o: int) -> list[int]:
    """Where a verb of ``vo`` may end (exclusive) for its object to start at ``o``: the words between
    are its gap."""
    out: list[int] = []
    g = o
    if not vo.qualifiers:
        while True:
            if o - g >= vo.min_gap:
                out.append(g)
            if o - g == vo.gap or g == 1:
                return out
            g -= 1
            if words[g] in _GAP_PUNCT_SET or lower[g] in vo.stop:
                return out
    # One word of the gap is a qualifier; every other word is a gap's word (the qualifier need not be).
    failed = 0
    qualified = False
    while o - g < vo.gap and g > 1:
        g -= 1
        qualifier = lower[g] in vo.qualifiers
        qualified = qualified or qualifier
        if words[g] in _GAP_PUNCT_SET or lower[g] in vo.stop:
            failed += 1
            if failed > 1 or not qualifier:
                return out
        if failed or qualified:
            out.append(g)
    return out


def _gapped_matcher(nlp: Language, vocab: Vocabulary, labels: dict[int, tuple[str, str]]) -> Gapped | None:
    """The ``verb_object`` triggers (:class:`Gapped`): the verb, at most ``gap`` words that are not
    punctuation, the object ("passed on to me Trotsky's instructions")."""
    entries: dict[str, list[tuple[_VerbObject, tuple[str, ...]]]] = {}
    firsts: set[str] = set()
    last: set[str] = set()
    reach = 0
    gates: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
    originals: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for act in vocab.acts.values():
        # kind "A": the verb ... object triggers, "Q": those that count only with a power; their
        # verbs' base and -ing forms count as the verbs do (only after "do", "be": ``gates``)
        for vo in act.verb_object:
            stop = [w for w in _GAP_STOP if w != "and"] if vo.lists else list(_GAP_STOP)
            # The object's own word ends the gap at its first showing: "came to Chicago to hold a
            # festival" is "came to" Chicago, not "came ... to" an aim.
            stop += [o.lower() for o in vo.objects if " " not in o] + list(vo.stop)
            # An object of one token is compared as written (a capitalised one is never a word's
            # lower case); one of several ("power station", "break-in", "cipher keys") token by token.
            objs = [(o,) if len(nlp.make_doc(o)) == 1 else tuple(t.lower_ for t in nlp.make_doc(o)) for o in vo.objects]
            last.update(o[0].lower() if len(o) == 1 else o[-1] for o in objs)
            base, ing = derived_phrases(vo.verbs)
            kind = "Q" if vo.power else "A"
            gate = gates.setdefault((kind, act.name), {})
            ends = {o.split()[-1].lower() for o in vo.objects}
            for gate_kind, derived in (("b", base), ("i", ing)):
                for v in derived:
                    for end in ends:
                        gate.setdefault((v.split()[0].lower(), end), gate_kind)
            originals.setdefault((kind, act.name), set()).update(
                (v.split()[0].lower(), end) for v in vo.verbs for end in ends)
            verbs = [*vo.verbs, *base, *ing]  # the derived forms count as the verbs; gated after the match
            one = {v.lower() for v in verbs if len(nlp.make_doc(v)) == 1}
            long_verbs = tuple(dict.fromkeys(tuple(t.lower_ for t in nlp.make_doc(v)) for v in verbs
                                             if v.lower() not in one))
            firsts.update(one)
            firsts.update(v[0] for v in long_verbs)
            key = f"{kind}|{act.name}"
            if vo.qualifiers and not vo.gap:
                continue  # a qualifier needs a word between
            entry = _VerbObject(nlp.vocab.strings.add(key), frozenset(one), long_verbs, vo.gap, frozenset(stop),
                                frozenset(q.lower() for q in vo.qualifiers), frozenset(one | {v[0] for v in long_verbs}),
                                vo.gap + max([1, *map(len, long_verbs)]), vo.min_gap)
            reach = max(reach, entry.reach)
            labels[entry.key] = (kind, act.name)
            for obj in objs:
                entries.setdefault(obj[-1], []).append((entry, obj))
    if not entries:
        return None
    # A verb that is an original one of the act's triggers with the same object needs no gate ("pass
    # ... secrets", though "pass" is also the base of "passed ... information", which it needs).
    gates = {key: {w: g for w, g in gate.items() if w not in originals.get(key, set())} for key, gate in gates.items()}
    done_with = {o.lower(): (nlp.vocab.strings[f"A|{act.name}"], act.name) for act in vocab.acts.values()
                 for vo in act.verb_object if "do with" in vo.verbs and not vo.power
                 for o in vo.objects if " " not in o and f"A|{act.name}" in nlp.vocab.strings}
    return Gapped({w: (frozenset().union(*(vo.firsts for vo, _o in es)), max(vo.reach + len(o) - 1 for vo, o in es),
                       tuple(es)) for w, es in entries.items()}, reach,
                  None if "" in firsts else frozenset(firsts), frozenset(last),
                  {key: gate for key, gate in gates.items() if gate}, done_with)


def word_alternatives(words: Iterable[str]) -> re.Pattern[str]:
    """``\\b(?:w1|w2|...)\\b`` with the longest words first: at each position, the longest of
    ``words`` that stands there as a whole word. Written as a trie ("p(?:o(?:wer station(?:s)?|lice)
    |apers)"), which finds the same: the words that start at a position lie on one path of the trie
    and the greedy ``(?:...)?`` tries the longer before the shorter; but a position is rejected after
    one test per distinct first letter instead of one per word (twice as fast over the bench text)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return re.compile(r"\b" + branch(trie) + r"\b")


@dataclass
class Match:
    kind: str  # A act, P power, C cue, R report, F forecast, N negation, L case place, S service, X plan,
    # B forecast stop, W unasserted ("whether"), V person predicate ("was arrested")
    label: str
    start: int
    end: int
    gapped: bool = False  # a verb ... object trigger: the words between are not part of the act's name
    state: bool = False  # a capital or country standing for its state ("spied for Beijing"): no place
    by_agent: bool = False  # a verb ... object trigger in the passive ("the bombs were made by"): the
    # person after "by" does it, whatever the act's ``passive``, and without one there is no claim


_SOME_THING = frozenset({"nothing", "anything", "something", "much", "everything"})


def _done_with_it(lower: list[str], starts: frozenset[int] | set[int], done_with: dict[str, tuple[int, str]]
                  ) -> list[Match]:
    """"I condemn these attacks, and I had nothing to do with them": "do with" a pronoun that points
    back to a crime named earlier in the sentence (one of the "do with" entries' objects, at most
    twenty words before) is that crime's "do with" (round 20)."""
    out: list[Match] = []
    if not done_with or "with" not in lower:  # (run on every doc matched: the list test is C's)
        return out
    for k in (i for i, w in enumerate(lower) if w == "with"):
        if k < 3 or k + 1 >= len(lower) or lower[k - 1] != "do" or lower[k - 2] != "to" \
                or lower[k - 3] not in _SOME_THING or lower[k + 1] not in ("it", "them", "that", "those", "these"):
            continue
        for j in range(k - 4, max(-1, k - 24), -1):
            if j + 1 in starts:
                break  # (the sentence starts after j)
            hit = done_with.get(lower[j])
            if hit is not None:
                out.append(Match("A", hit[1], k - 1, k + 2, gapped=True))
                break
    return out


def find_matches(doc: Doc, matcher: PhraseMatcher, place_matcher: PhraseMatcher | None,
                 labels: dict[int, tuple[str, str]], gapped: Gapped | None = None) -> list[Match]:
    """The vocabulary's matches in ``doc``, in order. A power-dependent trigger counts as an act
    only with a power at most six tokens after it or right before it ("a Gestapo agent"), an
    owner trigger only right after a possessor and before what was ordered ("Trotsky's order to"); the longest match wins within each kind; an act
    never overlaps a cue, a power or a case place, nor sits inside a capitalised name."""
    raw = [(_m, s, e) for _m, s, e in matcher(doc)]
    if place_matcher is not None:
        raw += [(_m, s, e) for _m, s, e in place_matcher(doc)]
    out = [Match(*labels[m], s, e) for m, s, e in raw]
    # The filters below read words from plain lists, not spaCy tokens (see :class:`.segment.TokenView`).
    view = token_view(doc)
    words, lower, starts, n = view.text, view.lower, view.starts, len(doc)
    if gapped is not None:
        for key, s, e in gapped(doc):
            kind, label = labels[key]
            gate = gapped.gates.get((kind, label), {}).get((lower[s], lower[e - 1]))  # a derived verb form
            out.append(Match(kind if gate is None else f"{kind}:{gate}", label, s, e, gapped=True))
        out += _done_with_it(lower, starts, gapped.done_with)
    # A trigger's base or -ing form (kind "A:b", "A:i", ...) counts as the trigger only after "do" or
    # "be" and the like: "did not plant the bomb", "was planting" (not "a plant", "the planting season").
    if any(":" in m.kind for m in out):
        out = [Match(m.kind[0], m.label, m.start, m.end, m.gapped, by_agent=m.kind[2] == "p") if ":" in m.kind else m
               for m in out if ":" not in m.kind or m.kind[2] == "p" or gate_holds(m.kind[2], lower, m.start, words)]
    # "the German firm", "the British engineers": a demonym before a noun other than an agent, an
    # official or a service describes the noun; like "a foreign power" it lets a power-dependent
    # trigger count ("handed over documents to the German firm") but names no power served.
    out = [Match("U", "unnamed", m.start, m.end) if (
        m.kind == "P" and m.end - m.start == 1 and lower[m.start] in _DEMONYMS and m.end < n
        and view.alpha[m.end] and view.is_lower[m.end] and lower[m.end] not in STOP_WORDS
        and not lower[m.end].endswith("ly") and lower[m.end] not in _POWER_NOUNS) else m for m in out]
    # "a German-born engineer", "a Soviet-trained officer": a demonym made an adjective by a hyphen and
    # a lower-case word names no power (the guide's trap).
    out = [m for m in out if not (m.kind == "P" and m.end + 1 < n and words[m.end] in ("-", "‐")
                                  and not view.space[m.end - 1] and view.is_lower[m.end + 1])]
    # "the French" alone names France; "in French", "the French Revolution", "the Chinese Communist
    # Party" do not.
    out = [m for m in out if not (m.kind == "P" and m.end - m.start == 1 and lower[m.start] in _THE_DEMONYMS
                                  and not (m.end < n and lower[m.end] in _POWER_NOUNS)
                                  and (m.start == 0 or lower[m.start - 1] != "the"
                                       or (m.end < n and words[m.end].istitle())))]
    # "a Soviet agent": "Soviet" names a power only before an agent or spy (not "Soviet power").
    out += [Match("P", _AGENT_ADJECTIVES[lower[m.start - 1]], m.start - 1, m.start) for m in out
            if m.kind in ("A", "Q") and m.end - m.start == 1 and lower[m.start] in _AGENT_WORDS
            and m.start > 0 and lower[m.start - 1] in _AGENT_ADJECTIVES]
    if any(m.kind == "K" for m in out):
        out = _state_names(view, out)
    power_starts = [m.start for m in out if m.kind in ("P", "U")]
    # "been a Gestapo agent", "as German spies": the power right before, itself after "a", "an", "as"
    # (not "communications with German agents", where the agents are counterparts).
    # "a meeting with a British agent": after a preposition the agent is a counterpart, not the subject.
    power_ends = {m.end for m in out if m.kind == "P" and m.start > 0 and lower[m.start - 1] in ("a", "an", "as")
                  and not (m.start > 1 and lower[m.start - 1] != "as" and lower[m.start - 2] in _PREPS)}
    # "The Abwehr recruited Popov", "MI6 paid him": a service as the subject of a recruiting verb.
    power_ends |= {m.end for m in out if m.kind == "S" and m.end < n and lower[m.end] in RECRUITING_VERBS}
    # ... with an auxiliary or a negation between: "the KGB had never recruited Oswald", "the Gestapo
    # was said to have recruited Olberg".
    for m in out:
        if m.kind == "S":
            k = m.end
            while k < n and k - m.end < 5 and (lower[k] in RECRUIT_AUX or lower[k] in _SAID_TO_HAVE):
                k += 1
            if k > m.end and k < n and lower[k] in RECRUITING_VERBS:
                power_ends.add(k)
    # "found guilty of corruptly influencing witnesses", "sentenced to five years for compiling the
    # White Book": a verdict for a crime the vocabulary does not name is `other` (not nothing).
    out += _unnamed_crimes(view, out)
    # "guilty of fraud", "had taken part in the massacre": a crime noun counts only as what a verdict,
    # a charge or someone's part names (not "after the massacre", "cover up theft and fraud").
    out = [Match("A", m.label, m.start, m.end) if m.kind == "G" else m for m in out
           if m.kind != "G" or _charged_noun(lower, m.start, words)]
    # A power inside a verb ... object trigger counts too ("gave Yugoslav agents information"); a
    # trigger right before "as" names a role, not a service ("served as a Yugoslav diplomat").
    service_starts = [m.start for m in out if m.kind == "S"]
    # "handed the KGB ...", "gave the Israelis ...": a trigger ending in "the" wants the power right
    # after it, named (not "gave the British engineers a tour": a demonym naming no power).
    named_starts = {m.start for m in out if m.kind in ("P", "S")}
    named_tokens = {k for m in out if m.kind in ("P", "S") for k in range(m.start, m.end)}
    out = [m for m in out if m.kind != "Q" or lower[m.end - 1] != "the" or m.end in named_starts]
    powered = {(m.label, m.start, m.end) for m in out if m.kind == "Q"}
    out = [(Match("A", m.label, m.start, m.end, m.gapped) if m.kind in ("Q", "O") else m) for m in out
           if (m.kind != "Q" or ((m.start in power_ends or any(m.start < p and p - m.end <= 6
                                                                and "," not in words[m.end:p] for p in power_starts)
                                  or _service_in_apposition(doc, m.end, power_starts, service_starts))
                                 and not (m.end < n and lower[m.end] == "as")))
           and (m.kind != "O" or _owned(doc, m.start, m.end, named_tokens))]
    # Longest match wins within each kind; acts never overlap cues, powers or case places (an act
    # that would is dropped before the longest act is chosen, so a shorter one still counts: "passed
    # atomic secrets" in "passed atomic secrets to Soviet intelligence"). A verb ... object trigger
    # may hold a power or a name between its ends ("handed over to the Germans the plans"); only
    # its verb and object must be free.
    # Of two acts on the same words, the one that counts only with a power, which is there, wins:
    # "leaked the documents to the KGB" is espionage, "leaked the documents to a reporter" a leak.
    out.sort(key=lambda m: (m.start, -(m.end - m.start), (m.label, m.start, m.end) not in powered))
    others = _longest([m for m in out if m.kind != "A"])
    blocked = {k for m in others if m.kind in ("C", "P", "L", "U") for k in range(m.start, m.end)}
    acts = _longest([m for m in out if m.kind == "A" and not any(
        k in blocked for k in ((m.start, m.end - 1) if m.gapped else range(m.start, m.end)))])
    kept = sorted([*others, *acts], key=lambda m: (m.start, -(m.end - m.start)))
    cue_tokens = {k for m in kept if m.kind == "C" for k in range(m.start, m.end)}
    forecast_tokens = {k for m in kept if m.kind == "F" for k in range(m.start, m.end)}
    result = []
    for m in kept:
        if m.kind == "N" and any(k in cue_tokens for k in range(m.start, m.end)):
            continue
        if m.kind == "W" and any(k in forecast_tokens for k in range(m.start, m.end)):
            continue  # "I ask myself whether ...": a forecast, read as one
        if m.kind == "R" and m.end - m.start == 1 and lower[m.start] in ("accused", "charged") and m.start > 0 \
                and lower[m.start - 1] in ("the", "an", "this", "each", "every", "both", "co"):
            continue  # "the Accused had killed": the defendant, a noun, reports nothing
        if m.kind == "R" and m.end - m.start == 1 and lower[m.start] in ("charges", "charge") and m.start > 0 \
                and lower[m.start - 1] in _NOUN_BEFORE_CHARGES:
            continue  # "to the charges of espionage, how do you plead?": the noun, no one charging
        if m.kind != "A":
            result.append(m)
            continue
        title = words[m.start].istitle()
        if title and m.start > 0 and m.start - 1 not in starts and words[m.start - 1].istitle():
            continue  # part of a proper name: "the 10th Sabotage Detachment"
        if title and m.end < n and words[m.end].istitle() and m.start not in starts:
            continue
        if title and m.start > 1 and words[m.start - 1] in ("'", "’", "'s", "’s") and words[m.start - 2].istitle():
            continue  # a name with a possessive: "the Doctors' Plot", "the Gunpowder Plot"
        if m.end - m.start == 1 and lower[m.start] in ("centre", "center") and m.start > 0 \
                and lower[m.start - 1] in _PLACE_CENTRES:
            continue  # "the Catholic centre", "the trading centre": a place, not a conspiracy's centre
        if m.start >= 3 and lower[m.start - 1] in ("the", "that", "this") and lower[m.start - 2] == "of" \
                and lower[m.start - 3] in _WHEN_OF:
            continue  # "on the night of the murder", "at the scene of the killing": when or where, no act
        if any(k >= 1 and lower[k] in _INQUIRY_PREPS and lower[k - 1] in _INQUIRY_NOUNS
               for k in range(max(0, m.start - 3), m.start)):
            continue  # "his inquiry into Soviet espionage", "the investigation into the killings": a topic
        if m.end - m.start > 2 and lower[m.end - 1] in _INQUIRY_PREPS and lower[m.end - 2] in _INQUIRY_NOUNS:
            continue  # "led the investigation into": no one led into a place
        if (m.end - m.start == 1 or lower[m.start] in ("attempt", "attempts")) and lower[m.start] in _EVENT_NOUNS \
                and _no_ones_event(view, m.start):
            continue  # "once the killing stopped", "I was a witness to the murder", "after the attempt on
            # Saddam's life": an event, no one's act
        if m.end - m.start == 1 and lower[m.start] == "shot" and m.start > 0 \
                and lower[m.start - 1] in _SHOT_NOUN:
            continue  # "I did not fire a shot", "a single shot": a shot, not a killing
        if m.start > 1 and words[m.start - 1] == "-" and lower[m.start - 2] in _NOT_THE_ACT \
                and not view.space[m.start - 1] and not view.space[m.start - 2]:
            continue  # "were gang-raped by", "the anti-terrorist unit", "counter-espionage" (not "type-signed by")
        if lower[m.start] == "handed" and lower[m.end - 1] == "to" and _passive_before(lower, m.start) \
                and "by" in lower[m.end:m.end + 8] and not any(not w.isalpha() for w in lower[m.end:m.end + 8]
                                                               [:lower[m.end:m.end + 8].index("by")]):
            # "were you handed over to the Gestapo by the NKVD?": a prisoner one state hands to another
            # (not "I was handed over to German intelligence": an agent passed on to a new service).
            continue
        if lower[m.start:m.end] == ["sold", "to"] and m.start > 0 and lower[m.start - 1] not in _SELLERS:
            continue  # "pieces of French origin, sold to some Croat units": goods sold, no seller
        result.append(m)
    return result


_NOUN_BEFORE_CHARGES = frozenset({"the", "these", "those", "his", "her", "their", "all", "two", "three", "several",
                                  "both", "new", "further", "other", "such", "criminal", "serious", "same"})


# Nouns that name a time, a place or an aftermath of an act after "of the": "on the night of the murder",
# "the scene of the bombing", "the victims of the massacre" say when or where, not who did it.
_WHEN_OF = frozenset({"night", "day", "morning", "evening", "afternoon", "eve", "time", "date", "hour", "hours",
                      "week", "weeks", "month", "months", "year", "anniversary", "aftermath", "moment", "scene",
                      "site", "victims", "victim", "wake", "days", "investigation", "news"})


# Nouns of looking into an act, before "into", "of", "on" ...: the act is what is looked into, no claim.
_INQUIRY_NOUNS = frozenset({"inquiry", "inquiries", "enquiry", "enquiries", "investigation", "investigations", "probe",
                            "probes", "report", "reports", "study", "studies", "research", "book", "article",
                            "documentary", "film"})
_INQUIRY_PREPS = frozenset({"into", "of", "on", "about", "concerning", "regarding"})


# Nouns of an act that can stand for the event itself ("once the killing stopped").
_EVENT_NOUNS = frozenset({"attempt", "attempts",
                          "killing", "killings", "massacre", "massacres", "murder", "murders", "bombing", "bombings",
                          "shooting", "shootings", "meeting", "meetings", "attack", "attacks", "looting", "fighting"})
# Conjunctions that open a clause of time whose subject the event is: "once the killing stopped".
_TEMPORAL_CONJ = frozenset({"once", "when", "until", "till", "while", "before", "after", "since", "as"})
# Verbs of an event happening, after it as their subject: "the massacre began".
_HAPPENED = frozenset({"stopped", "ended", "began", "started", "continued", "resumed", "happened", "occurred",
                       "took", "broke", "lasted", "spread", "intensified"})


# Be and have, and adverbs, between an event noun and its verb of happening: "the murder had
# occurred", "killings were already taking place".
_HAPPENED_GAP = frozenset({"had", "has", "have", "was", "were", "is", "are", "been", "already", "still", "then",
                           "just", "also", "actually"})
# Verbs of an event going on, after a form of "be": "the killings were taking place", "was going on".
_HAPPENING = frozenset({"taking", "happening", "going", "continuing", "ongoing", "underway", "spreading"})
# What perceives, reports or shows an event (with its preposition, or a verb right before the
# event's article): "a witness to the murder", "evidence of extensive killing", "saw the massacre",
# "heard about the killings".
_PERCEIVED_OF = frozenset({"witness", "witnesses", "evidence", "proof", "signs", "traces", "reports", "report",
                           "rumours", "rumors", "rumour", "rumor", "aware", "heard", "learned", "learnt", "knew",
                           "know", "known", "knowledge", "talk", "spoke", "spoken", "testified", "testimony",
                           "information", "photographs", "pictures", "footage", "images", "accounts", "account"})
_PERCEIVING = frozenset({"witnessed", "saw", "seen", "see", "watched", "observed", "filmed", "photographed",
                         "documented", "investigated", "described", "heard", "survived"})
_EVENT_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any", "such"})


def _no_ones_event(view: Any, k: int) -> bool:
    """The event noun at ``k`` ("killing", "massacre") names an event, not someone's act: in a clause
    of time ("once the killing stopped"), after "no more", happening ("the massacre began", "where
    the murder had occurred", "killings were already taking place"), or seen, heard or shown ("I was
    a witness to the murder", "evidence of extensive killing")."""
    lower = view.lower
    before = lower[k - 1] if k > 0 else ""
    if k >= 2 and ((before == "the" and lower[k - 2] in _TEMPORAL_CONJ) or lower[k - 2:k] == ["no", "more"]):
        return True
    if (k == 0 or not view.alpha[k - 1] or before in ("the", "these", "those")) and _happened_after(lower, k + 1):
        return True
    return _perceived(lower, k)


def _happened_after(lower: list[str], end: int) -> bool:
    """A verb of an event happening follows token ``end`` ("the massacre began", "the murder had
    occurred", "killings were already taking place")."""
    n = len(lower)
    k = end
    while k < n and k - end < 3 and lower[k] in _HAPPENED_GAP:
        k += 1
    if k >= n:
        return False
    if lower[k] in _HAPPENED:
        return True
    return k > end and lower[k] in _HAPPENING and any(w in ("was", "were", "is", "are", "been")
                                                      for w in lower[end:k])


def _perceived(lower: list[str], start: int) -> bool:
    """The event noun at ``start`` is what someone saw, heard, knew of or shows evidence of, after a
    determiner and at most one adjective ("a witness to the murder", "evidence of extensive killing",
    "I saw the massacre"): its perceiver is not its doer."""
    k = start - 1
    if k >= 0 and lower[k] in ("his", "her", "their", "my", "our", "its", "your", "'s", "’s"):
        return False  # "evidence of his meeting with Mladic": his act, whoever shows it
    if k >= 0 and lower[k].isalpha() and lower[k] not in _EVENT_DETERMINERS and lower[k] not in _PERCEIVING \
            and lower[k] not in ("of", "about", "to", "on"):
        k -= 1  # one adjective: "extensive", "mass"
    if k >= 0 and lower[k] in _EVENT_DETERMINERS:
        k -= 1
    if k < 0:
        return False
    if lower[k] in _PERCEIVING:
        return True
    return k >= 1 and lower[k] in ("of", "about", "to", "on") and lower[k - 1] in _PERCEIVED_OF


# Acts a state's name after the trigger's preposition serves, with those prepositions.
_STATE_PREPS = {"espionage": ("for", "to", "of", "by"), "conspiracy": ("with", "to"), "treason": ("to",),
                "received_instructions": ("from", "of")}
# Words before a name that make it the state: "on behalf of Warsaw", "orders from Moscow".
_STATE_LEADS = frozenset({("behalf", "of"), ("behest", "of"), ("orders", "of"), ("orders", "from"), ("order", "of"),
                          ("order", "from"), ("instructions", "from"), ("instructions", "of"), ("directives", "from"),
                          ("pay", "of"), ("payroll", "of"), ("service", "of"), ("agent", "of"), ("agents", "of"),
                          ("spy", "for"), ("spies", "for"), ("money", "from"), ("funds", "from"),
                          ("payments", "from"),
                          # round 23: "to deliver classified information ... to the government of Cuba"
                          ("government", "of"), ("services", "of")})
_AGAINST_STATE = frozenset({"overthrow", "overthrowing", "against", "topple", "toppling", "subvert", "subverting",
                            "undermine", "undermining", "destabilise", "destabilize"})
# Nouns after "<state>'s" that make it the state: "on Moscow's orders", "Beijing's spies".
_STATE_OWNED = frozenset({"orders", "order", "instructions", "instruction", "behest", "bidding", "directive",
                          "directives", "command", "agent", "agents", "spy", "spies", "man", "men", "money", "pay",
                          "payroll", "service", "services", "handler", "handlers", "controller", "controllers",
                          "spymaster", "spymasters", "intelligence", "envoy", "emissary", "emissaries", "secret"})
# Words that open another clause: "a spy because he was sent to Tokyo" (the journey's place).
_CLAUSE_OPENERS = frozenset({"because", "that", "which", "who", "when", "where", "after", "before", "while", "since",
                             "until", "although", "though", "if", "was", "were", "is", "are", "been"})
_CLAUSE_HEADS = frozenset({"that", ",", ";", "and", "but", "then", ":"})
_STATE_AUX = frozenset({"had", "has", "then", "later", "also", "allegedly", "personally", "itself"})


def _least_of_all(lower: list[str], b: int) -> bool:
    """"least of all" (and a preposition) stands right before token ``b`` ("..., least of all Moscow",
    "least of all from Moscow")."""
    k = b - 1 if b >= 1 and lower[b - 1] in ("from", "for", "to", "with", "by") else b
    return k >= 3 and lower[k - 3] == "least" and lower[k - 2] == "of" and lower[k - 1] == "all"


# The forms of "go" ("went over to Paris", "went on to serve").
GO_FORMS = frozenset({"went", "gone", "going", "go", "goes"})


def _state_names(view: Any, out: list[Match]) -> list[Match]:
    """Capitals and countries (kind ``K``) that stand for the state become powers, the others are
    dropped (they stay places): after an act's trigger and its preposition ("spied for Beijing",
    "passed secrets to Moscow and to Baghdad", "took orders from Moscow"), after "on behalf of",
    "orders from", "in the pay of"; before a possessive and an order or an agent ("on Moscow's
    orders"); at the head of a clause before a verb of ordering, sending or paying ("Moscow
    ordered Ivanov to ..."). A name inside a longer name or before a noun it modifies ("the
    Washington Post", "the Moscow office") is none."""
    words, lower, n = view.text, view.lower, len(view.text)
    # A name that is also a power's phrase ("Japan", "Germany") is read as a state here too: "passed
    # the plans to Germany" names the power, "went to Germany" a place.
    powers = {(m.start, m.end) for m in out if m.kind == "P"}
    both = powers & {(m.start, m.end) for m in out if m.kind == "K"}
    taken = {k for m in out if m.kind in ("P", "S", "U", "L") and (m.kind != "P" or not any(
        a <= m.start and m.end <= b for a, b in both)) for k in range(m.start, m.end)}
    anchors = [m for m in out if m.kind in ("A", "Q") and m.label in _STATE_PREPS]
    result = []
    states: set[tuple[int, int]] = set()
    for m in out:
        if m.kind != "K":
            result.append(m)
            continue
        s, e = m.start, m.end
        if any(k in taken for k in range(s, e)) or not words[s][:1].isupper():
            continue
        nxt = lower[e] if e < n else ""
        owned = nxt in ("'s", "’s")
        # "spied for the United States", "passed secrets to the GDR": the article stands before the name.
        b = s - 1 if s >= 1 and lower[s - 1] == "the" else s
        if not owned and e < n and view.alpha[e] and (words[e].istitle() or (
                view.is_lower[e] and nxt not in STOP_WORDS and not nxt.endswith(("ly", "ed"))
                and nxt not in STATE_VERBS and nxt not in _STATE_AUX)):
            continue  # "the Washington Post", "the Moscow office", "Moscow radio"
        state = False
        if owned:
            k = e + 1
            if k + 1 < n and view.is_lower[k] and lower[k] not in _STATE_OWNED and lower[k + 1] in _STATE_OWNED:
                k += 1  # "Moscow's secret orders"
            state = k < n and lower[k] in _STATE_OWNED
        elif b >= 2 and (lower[b - 2], lower[b - 1]) in _STATE_LEADS and not (
                lower[b - 2] == "government" and b >= 4 and lower[b - 4] in _AGAINST_STATE):
            state = True  # (not "to overthrow the government of the United States": the state attacked)
        elif _least_of_all(lower, b) and any(a.kind == "A" and a.label != "travel" and a.end <= b - 3 for a in out):
            state = True  # "No one gave me orders, least of all Moscow": the one who might have given them
        elif b >= 1:
            prep = lower[b - 1]
            for a in anchors:
                preps = _STATE_PREPS[a.label]
                if a.end == b and a.kind == "Q" and lower[a.start] in GO_FORMS and lower[a.start + 1] == "over":
                    continue  # "went over to Paris several times": a journey there, not a defection
                if a.end == b and a.kind == "Q" or (a.end == b and prep in preps):
                    state = True  # "radioed Moscow", "spied for Beijing" (the preposition in the trigger)
                elif prep in preps and a.end == b - 1:
                    state = True  # "conspired with Washington", "passed secrets to Moscow"
                elif prep in ("to", "for") and a.label == "espionage" and a.end < b - 1 and b - 1 - a.end <= 6 \
                        and not any(view.punct[a.end:b - 1]) and not any(lower[k] in _CLAUSE_OPENERS
                                                                         for k in range(a.end, b - 1)) \
                        and not any(o.kind == "A" and a.end <= o.start < b - 1 for o in out):
                    state = True  # "passed copies of the plans to East Berlin", "... to Moscow and to Baghdad"
                if state:
                    break
        if not state and (b == 0 or lower[b - 1] in _CLAUSE_HEADS or b in view.starts):
            k = e
            while k < n and lower[k] in _STATE_AUX:
                k += 1
            state = k < n and lower[k] in STATE_VERBS  # "Moscow ordered Ivanov to ..."
        if state:
            result.append(Match("P", m.label, s, e, state=True))
            states.add((s, e))
    if states & powers:
        result = [m for m in result if m.kind != "P" or m.state or (m.start, m.end) not in states]
    return result


def _service_in_apposition(doc: Doc, end: int, power_starts: list[int], service_starts: list[int]) -> bool:
    """"recruited by Allen Dulles, the head of the American intelligence service": a power's service
    named in an apposition of the person right after the trigger (one comma, then "the" or "a")."""
    for p in power_starts:
        if not end < p <= end + 14 or not any(p <= s <= p + 3 for s in service_starts):
            continue
        view = token_view(doc)
        punct = [k for k in range(end, p) if view.punct[k]]
        if len(punct) == 1 and view.text[punct[0]] == "," and view.lower[punct[0] + 1] in ("the", "a", "an") \
                and punct[0] - end <= 4:
            return True
    return False


def _longest(matches: list[Match]) -> list[Match]:
    """Within each kind, the longest of overlapping matches (``matches`` sorted by start, longest first)."""
    kept: list[Match] = []
    last_end: dict[str, int] = {}
    for m in matches:
        if m.start < last_end.get(m.kind, -1):
            continue
        kept.append(m)
        last_end[m.kind] = m.end
    return kept


def drop_purposes(vocab: Vocabulary, doc: Doc, acts: list[Match]) -> list[Match]:
    """"instructions (from Sedov) for terrorist acts": the crime is the purpose of the
    instructions, not a claim of its own (no punctuation between them, at most 8 tokens); so is
    the journey ordered ("gave the order to go to Pilica"). The aim of a journey is an intention,
    not a claim ("sent me to the Soviet Union in 1935 to organise the assassination of Stalin",
    at most 12 tokens). An act with ``aim`` in the vocabulary is annotated as its aim alone: "a
    plot to kill Lenin" is the killing; the means of a killing ("by blowing up his train") is no
    act either."""
    # ("On Trotsky's orders I poisoned him": the act was done under the order, not only ordered.)
    instr = [m for m in acts if m.label in INSTRUCTION_ACTS and not _on_named_orders(doc, m.start)
             and not on_own_orders(doc, m.start)]
    trips = [m for m in acts if m.label == "travel"]
    kills = [m for m in acts if vocab.acts[m.label].victim]
    return [m for m in acts if not _is_purpose(vocab, doc, m, instr) and not _is_aim_of(vocab, doc, m, trips)
            and not _names_its_aim(vocab, doc, m, acts) and not _means_of_killing(vocab, doc, m, kills)]


def _means_of_killing(vocab: Vocabulary, doc: Doc, m: Match, kills: list[Match]) -> bool:
    """"plotted to kill Mao by blowing up his train", "killed him by setting fire to the house": the
    means of a killing ("by" right before it, at most eight words after the killing, no punctuation
    between) is no act of its own: a bombing that kills is the killing alone."""
    if vocab.acts[m.label].victim or m.label in INSTRUCTION_ACTS or m.start == 0 or doc[m.start - 1].lower_ != "by":
        return False
    return any(0 < m.start - k.end <= 8 and not any(t.is_punct for t in doc[k.end:m.start]) for k in kills)


def _infinitive_before(doc: Doc, lo: int, hi: int) -> bool:
    """"to <verb>" between tokens ``lo`` and ``hi``, at most three words before ``hi``
    ("to kill", "to organise the assassination"; not "to the Soviet Union")."""
    for k in range(max(lo, hi - 4), hi):
        if doc[k].lower_ == "to":
            nxt = doc[k + 1]
            if k + 1 == hi or (nxt.is_alpha and nxt.is_lower and nxt.lower_ not in _DETERMINERS):
                return True
    return False


def _is_aim_of(vocab: Vocabulary, doc: Doc, m: Match, trips: list[Match]) -> bool:
    if not vocab.acts[m.label].purpose or m.label in INSTRUCTION_ACTS:
        return False
    return any(0 <= m.start - t.end <= 12 and not any(x.is_punct for x in doc[t.end:m.start])
               and _infinitive_before(doc, t.end, m.start) for t in trips)


def plot_with(doc: Doc, m: Match) -> int | None:
    """The "with" that names a plot's partners, right after the plot ``m`` or after its time
    ("conspired with Sedov", "conspiring between January 2003 and March 2004 with Mahmood"): its
    index, at most eight words on, with no punctuation before it."""
    for k in range(m.end, min(m.end + 9, len(doc))):
        if doc[k].lower_ == "with":
            return k
        if not doc[k].is_alpha and not doc[k].is_digit:
            return None
    return None


def aim_plot(doc: Doc, trig: Match, acts: list[Match]) -> Match | None:
    """The plot with named partners whose aim ``trig`` is ("conspired with X and Y to murder ...":
    the murder's plot), where the aim's "to" follows the partners."""
    if trig.label == "conspiracy" or "to" not in (doc[trig.start].lower_, doc[max(0, trig.start - 1)].lower_):
        return None
    for m in acts:
        if m.label == "conspiracy" and m.end < trig.start and trig.start - m.end <= 30:
            at = plot_with(doc, m)
            if at is not None and at < trig.start and not any(
                    doc[k].lower_ in (";", ":", ".", "who", "which", "that", "whom") for k in range(at, trig.start)):
                return m
    return None


def _between_names(doc: Doc, k: int) -> bool:
    """The comma at ``k`` separates two names of a list ("Mahmood, Jawad Akbar")."""
    return doc[k].text == "," and 0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper() \
        and doc[k + 1].text[:1].isupper()


def _names_listed(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are a list of names: capitalised words, commas between them, and
    one "and" before the last ("Waheed Mahmood, Jawad Akbar and Anthony Garcia")."""
    words = doc[start:end]
    return len(words) > 0 and all(t.text[:1].isupper() or t.text == "," or t.lower_ == "and" for t in words) \
        and words[0].text[:1].isupper() and words[-1].text[:1].isupper()


def _names_its_aim(vocab: Vocabulary, doc: Doc, m: Match, acts: list[Match]) -> bool:
    """"a plot to kill Lenin", "plotted the murder of Rakosi": the aim right after "to" (at most three
    words on), after "with" the partners and "to" ("plotted with Sedov to kill Kirov"), or right
    after an article."""
    if not vocab.acts[m.label].aim or m.end >= len(doc):
        return False
    nxt = doc[m.end].lower_
    at = plot_with(doc, m)
    if at is not None:
        # "plotting with Tito's agents to annex Albania", "conspired with Sedov to kill Kirov": the aim
        # after the partners (at most eight words, no punctuation but a possessive).
        # A list of partners may hold commas between its names ("conspiring with Waheed Mahmood,
        # Jawad Akbar, Salahuddin Amin and Anthony Garcia to cause explosions": up to 24 words).
        to = next((k for k in range(at + 2, min(len(doc), at + 25)) if doc[k].lower_ == "to"), None)
        if to is None or to - at > 9 and not _names_listed(doc, at + 1, to) \
                or any(t.is_punct and t.lower_ not in ("'s", "’s") and not _between_names(doc, t.i)
                       for t in doc[at:to]):
            return False
        return any(a is not m and vocab.acts[a.label].purpose and 0 <= a.start - to <= 3 for a in acts)
    if nxt == "to":
        return any(a is not m and vocab.acts[a.label].purpose and 0 < a.start - m.end <= 3 for a in acts)
    return nxt in ("the", "a", "an") and any(a is not m and vocab.acts[a.label].purpose and a.start == m.end + 1
                                             for a in acts)


def _is_purpose(vocab: Vocabulary, doc: Doc, m: Match, instr: list[Match]) -> bool:
    if m.label == "travel":
        # "told me to go to the legation": the trigger's own "to" opens the journey ordered.
        return any(0 <= m.start - i.end <= 8 and not any(t.is_punct for t in doc[i.end:m.start])
                   and (_infinitive_before(doc, i.end, m.start) or (m.start == i.end and doc[i.end - 1].lower_ == "to"))
                   for i in instr)
    if m.label in INSTRUCTION_ACTS or not vocab.acts[m.label].purpose:
        return False
    return any(0 <= m.start - i.end <= 8 and (not any(t.is_punct for t in doc[i.end:m.start])
                                              or _closes_list(doc, i.end, m.start)) for i in instr)


def _closes_list(doc: Doc, lo: int, hi: int) -> bool:
    """The act at ``hi`` closes a list of what was ordered: "ordered the abductions, torture and
    killings" (only commas between ``lo`` and ``hi``, and "and" or "or" right before ``hi``)."""
    return hi - lo >= 3 and doc[hi - 1].lower_ in ("and", "or") \
        and all(t.text == "," for t in doc[lo:hi] if t.is_punct)


def purpose_of(vocab: Vocabulary, doc: Doc, trig: Match, acts: list[Match]) -> str | None:
    """The crime that instructions ``trig`` are for, if one follows them."""
    for m in acts:
        if _is_purpose(vocab, doc, m, [trig]):
            return m.label
    return None
