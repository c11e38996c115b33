"""The extraction vocabulary: act types, foreign powers, stance cues and name stop-words, kept as
YAML in ``countertrial/vocab/`` and extendable per case.

Loaded lazily on first use, validated once; a bad file raises
:class:`~countertrial.errors.InvalidVocabulary` naming the file, the entry and the key.
A case's extra files have the same shape as the built-in ones (any of the top-level keys
``acts``, ``powers``, ``cues``, ``reporting``, ``forecast``, ``forecast_stops``, ``negation``,
``plans``, ``titles``, ``not_persons``, ``services``, ``officials``, ``answers``, ``person_predicates``,
``person_verbs``, ``unasserted``,
``cue_modifiers``) and add to them: new acts, more triggers for an existing act, new powers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import InvalidVocabulary

__all__ = ["Act", "VerbObject", "Power", "Successor", "StanceCue", "Vocabulary", "load_vocabulary", "REQUIRED_ACTS"]

REQUIRED_ACTS = ("espionage", "terrorism", "assassination", "wrecking", "sabotage", "conspiracy", "treason",
                 "poisoning", "meeting", "received_instructions", "gave_instructions", "travel", "plea", "other")
_BUILTIN = ("acts.yaml", "powers.yaml", "stance.yaml", "persons.yaml")
_POLARITIES = ("affirm", "deny")


@dataclass(frozen=True)
class VerbObject:
    """A trigger made of a verb and its object with up to ``gap`` words between them: "passed on
    to me Trotsky's instructions", "had given him instructions", "received from Trotsky a letter"."""

    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    gap: int = 4
    power: bool = False
    """True when the trigger counts only with a foreign power inside it or within six words after it
    ("collected information ... for the British Intelligence Service", "gave Yugoslav agents information")."""
    qualifiers: tuple[str, ...] = ()
    """When given, one of these words must stand between the verb and the object ("passed State
    Department documents", "gave him classified papers"): "passed documents" alone is not espionage."""
    lists: bool = False
    """True when the words between may hold "and" (names listed: "followed Parmar and Reyat into the
    woods", "took Celik and me to"); otherwise "and" ends a gap, as "back", "or" and "that" do."""
    stop: tuple[str, ...] = ()
    """Words that end this entry's gap besides the shared ones ("told the jury of his plan to kill" is
    no order: "of" and "plan" stop "told ... to kill")."""
    min_gap: int = 0
    """The fewest words between the verb and the object: "had her arrested" is an order given, "had
    arrested her" (no word between) the arrest itself."""


@dataclass(frozen=True)
class Act:
    name: str
    description: str
    triggers: tuple[str, ...]
    purpose: bool = False
    """True for crimes: "instructions for <act>" makes it the purpose of the instructions."""
    power_triggers: tuple[str, ...] = ()
    """Phrases that trigger the act only when a foreign power follows ("worked for the Gestapo")."""
    passive_agent: bool = False
    """True when the agent of a passive ("the order had been issued by Pelemis", "killed by X") or
    of a nominal act ("the organisation of terrorist acts by X") is the act's subject."""
    with_service: str | None = None
    """Another act this one becomes when its foreign power is named by an intelligence service or
    general staff ("in contact with the Polish General Staff" is espionage, not conspiracy)."""
    verb_object: tuple[VerbObject, ...] = ()
    """Verb ... object triggers with words between (:class:`VerbObject`)."""
    object_subject: tuple[str, ...] = ()
    """Triggers whose subject is the person right after them ("Sedov sent me to Oslo": I travel)."""
    aim: bool = False
    """True when "<act> to <verb> <crime>" is annotated as the crime alone ("a plot to kill Kirov")."""
    owner_triggers: tuple[str, ...] = ()
    """Phrases that trigger the act only right after a possessor, its subject ("Trotsky's order")."""
    refines: tuple[str, ...] = ()
    """Acts this one replaces when it names their means ("killing Gorky with overdoses": poisoning)."""
    victim: bool = False
    """True when the act is done to someone or something, so that a bare passive ("Kirov was killed",
    "the Rosenbergs were executed", "the dining room was wrecked") names what it was done to and no
    one who did it: no claim."""
    person_triggers: tuple[str, ...] = ()
    """Phrases that trigger the act only with a person named right after them ("saw Hitler",
    "did you see Colonel Beara": a meeting; not "saw the document")."""
    charge_triggers: tuple[str, ...] = ()
    """Nouns that trigger the act only as what a verdict, a charge or someone's part names ("guilty
    of fraud", "convicted of the killings", "had taken part in the massacre"): alone ("after the
    massacre", "theft and fraud") they name no one's act."""
    noun_triggers: tuple[str, ...] = ()
    """Phrases that trigger the act only as a noun, after a possessive, an article or a preposition of
    time ("after his return to Lyon", "on their return to Kigali"; not "I will return to Lyon")."""


@dataclass(frozen=True)
class Successor:
    """The power that some of a power's phrases name for acts from ``year`` on ("the GRU" in 2018 is
    Russia's, in 1938 the Soviet Union's)."""

    power: str
    year: int
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Power:
    name: str
    country: str
    phrases: tuple[str, ...]
    successor: Successor | None = None
    capitals: tuple[str, ...] = ()  # seats that stand for the power where a state is meant ("East Berlin")
    demonyms: tuple[str, ...] = ()  # adjectives that name the power before one of its officials ("the Soviet consul")


@dataclass(frozen=True)
class StanceCue:
    phrases: tuple[str, ...]
    act: str
    polarity: str
    stance: str


@dataclass
class Vocabulary:
    """Everything the rules extractor matches, merged from the built-in files and a case's own."""

    acts: dict[str, Act] = field(default_factory=dict)
    powers: dict[str, Power] = field(default_factory=dict)
    cues: list[StanceCue] = field(default_factory=list)
    reporting: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forecast: tuple[str, ...] = ()
    forecast_stops: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()
    negation: tuple[str, ...] = ()
    question_starts: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    unnamed_powers: tuple[str, ...] = ()
    """Phrases that name a foreign power without saying which ("a foreign power"): a power-dependent
    trigger counts before them ("in the service of a foreign power"), and the claim names no power."""
    officials: tuple[str, ...] = ()
    """Nouns for a power's officials and services ("consul", "military attaché", "handlers"): after
    one of a power's ``demonyms`` they name it ("the Soviet consul", "his Russian handlers")."""
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    titles: tuple[str, ...] = ()
    not_persons: tuple[str, ...] = ()
    person_predicates: tuple[str, ...] = ()
    """Participles whose subject is a person ("was arrested", "were sentenced"): an unknown word
    at the start of a sentence before "was"/"were" and one of them is a name ("Rajk was arrested")."""
    person_verbs: tuple[str, ...] = ()
    """Past-tense verbs whose subject is a person ("stayed", "rented", "became"): an unknown word
    that opens a sentence before one of them is a name ("Kovtun stayed in Hamburg")."""
    unasserted: tuple[str, ...] = ()
    """Cues that open a clause whose act is not asserted ("it remains doubtful whether X met Y")."""
    cue_modifiers: tuple[str, ...] = ()
    """Words that may stand inside a stance cue before its noun ("confirmed his earlier testimony")."""
    files: tuple[str, ...] = ()


def _phrases(value: Any, file: str, entry: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InvalidVocabulary(f"{file}: entry '{entry}', key '{key}' must be a list of non-empty phrases",
                                hint=f"got {type(value).__name__}: {str(value)[:60]}")
    return tuple(" ".join(v.split()) for v in value)


def _verb_objects(value: Any, file: str, entry: str) -> tuple[VerbObject, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InvalidVocabulary(f"{file}: entry '{entry}', key 'verb_object' must be a list of mappings",
                                hint="e.g. [{verbs: [passed on], objects: [instructions], gap: 4}]")
    out = []
    for i, spec in enumerate(value):
        where = f"{entry}.verb_object[{i}]"
        if not isinstance(spec, dict) or "verbs" not in spec or "objects" not in spec:
            raise InvalidVocabulary(f"{file}: entry '{entry}', key 'verb_object[{i}]' needs verbs and objects",
                                    hint="e.g. {verbs: [passed on], objects: [instructions]}")
        gap = spec.get("gap", 4)
        if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= 8:
            raise InvalidVocabulary(f"{file}: entry '{where}', key 'gap' must be a whole number from 0 to 8")
        power = spec.get("power", False)
        if not isinstance(power, bool):
            raise InvalidVocabulary(f"{file}: entry '{where}', key 'power' must be true or false")
        qualifiers = _phrases(spec["qualifiers"], file, where, "qualifiers") if "qualifiers" in spec else ()
        if qualifiers and gap < 1:
            raise InvalidVocabulary(f"{file}: entry '{where}', key 'gap' must leave room for a qualifier (at least 1)")
        lists = spec.get("lists", False)
        if not isinstance(lists, bool):
            raise InvalidVocabulary(f"{file}: entry '{where}', key 'lists' must be true or false")
        stop = _phrases(spec["stop"], file, where, "stop") if "stop" in spec else ()
        if any(" " in w for w in stop):
            raise InvalidVocabulary(f"{file}: entry '{where}', key 'stop' must be a list of single words")
        min_gap = spec.get("min_gap", 0)
        if not isinstance(min_gap, int) or isinstance(min_gap, bool) or not 0 <= min_gap <= gap:
            raise InvalidVocabulary(f"{file}: entry '{where}', key 'min_gap' must be a whole number from 0 to its gap "
                                    f"({gap})")
        if min_gap and qualifiers:
            raise InvalidVocabulary(f"{file}: entry '{where}' has both 'min_gap' and 'qualifiers'; a qualifier "
                                    "already needs a word between: keep one of them")
        out.append(VerbObject(_phrases(spec["verbs"], file, where, "verbs"),
                              _phrases(spec["objects"], file, where, "objects"), gap, power, qualifiers, lists,
                              tuple(w.lower() for w in stop), min_gap))
    return tuple(out)


def _merge(vocab: Vocabulary, data: Any, file: str) -> None:
    if not isinstance(data, dict):
        raise InvalidVocabulary(f"{file}: the file must be a mapping of top-level keys",
                                hint="e.g. 'acts:', 'powers:', 'cues:'")
    known = {"acts", "powers", "cues", "reporting", "forecast", "forecast_stops", "plans", "negation", "question_starts", "titles",
             "not_persons", "places", "services", "unnamed_powers", "officials", "answers", "person_predicates",
             "person_verbs", "unasserted", "cue_modifiers"}
    for key in data:
        if key not in known:
            raise InvalidVocabulary(f"{file}: unknown top-level key '{key}'", hint=f"known: {', '.join(sorted(known))}")
    for name, spec in (data.get("acts") or {}).items():
        if not isinstance(spec, dict):
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}' must be a mapping with 'description' and 'triggers'")
        old = vocab.acts.get(name)
        desc = spec.get("description", old.description if old else None)
        if not isinstance(desc, str) or not desc.strip():
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'description' is missing or empty")
        if "triggers" not in spec and old is None:
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'triggers' is missing")
        triggers = _phrases(spec.get("triggers"), file, f"acts.{name}", "triggers")
        purpose = spec.get("purpose", old.purpose if old else False)
        if not isinstance(purpose, bool):
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'purpose' must be true or false")
        ptrig = _phrases(spec.get("power_triggers"), file, f"acts.{name}", "power_triggers")
        passive = spec.get("passive", "agent" if old and old.passive_agent else "patient")
        if passive not in ("agent", "patient"):
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'passive' is '{passive}'",
                                    hint="use agent (the 'by' person is the subject) or patient")
        service = spec.get("with_service", old.with_service if old else None)
        if service is not None and not isinstance(service, str):
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'with_service' must name an act")
        aim = spec.get("aim", old.aim if old else False)
        if not isinstance(aim, bool):
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'aim' must be true or false")
        vos = _verb_objects(spec.get("verb_object"), file, f"acts.{name}")
        owner = _phrases(spec.get("owner_triggers"), file, f"acts.{name}", "owner_triggers")
        refines = _phrases(spec.get("refines"), file, f"acts.{name}", "refines")
        osubj = _phrases(spec.get("object_subject"), file, f"acts.{name}", "object_subject")
        ptrig_person = _phrases(spec.get("person_triggers"), file, f"acts.{name}", "person_triggers")
        charge = _phrases(spec.get("charge_triggers"), file, f"acts.{name}", "charge_triggers")
        nouns = _phrases(spec.get("noun_triggers"), file, f"acts.{name}", "noun_triggers")
        victim = spec.get("victim", old.victim if old else False)
        if not isinstance(victim, bool):
            raise InvalidVocabulary(f"{file}: entry 'acts.{name}', key 'victim' must be true or false")
        vocab.acts[name] = Act(name, desc, (old.triggers if old else ()) + triggers, purpose,
                               (old.power_triggers if old else ()) + ptrig, passive == "agent", service,
                               (old.verb_object if old else ()) + vos, (old.object_subject if old else ()) + osubj,
                               aim, (old.owner_triggers if old else ()) + owner,
                               (old.refines if old else ()) + refines, victim,
                               (old.person_triggers if old else ()) + ptrig_person,
                               (old.charge_triggers if old else ()) + charge,
                               (old.noun_triggers if old else ()) + nouns)
    for name, spec in (data.get("powers") or {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("country"), str):
            raise InvalidVocabulary(f"{file}: entry 'powers.{name}', key 'country' is missing or not text")
        old_p = vocab.powers.get(name)
        phrases = _phrases(spec.get("phrases"), file, f"powers.{name}", "phrases")
        if not phrases and old_p is None:
            raise InvalidVocabulary(f"{file}: entry 'powers.{name}', key 'phrases' is missing or empty")
        successor = old_p.successor if old_p else None
        if "successor" in spec:
            succ = spec["successor"]
            if not isinstance(succ, dict) or not isinstance(succ.get("power"), str) \
                    or not isinstance(succ.get("from"), int):
                raise InvalidVocabulary(f"{file}: entry 'powers.{name}', key 'successor' must be a mapping with "
                                        f"'power' (a power's name), 'from' (a year) and 'phrases'")
            successor = Successor(succ["power"], succ["from"],
                                  _phrases(succ.get("phrases"), file, f"powers.{name}.successor", "phrases"))
        capitals = _phrases(spec.get("capitals"), file, f"powers.{name}", "capitals")
        demonyms = _phrases(spec.get("demonyms"), file, f"powers.{name}", "demonyms")
        vocab.powers[name] = Power(name, spec["country"], (old_p.phrases if old_p else ()) + phrases, successor,
                                   (old_p.capitals if old_p else ()) + capitals,
                                   (old_p.demonyms if old_p else ()) + demonyms)
    for i, spec in enumerate(data.get("cues") or []):
        entry = f"cues[{i}]"
        if not isinstance(spec, dict):
            raise InvalidVocabulary(f"{file}: entry '{entry}' must be a mapping")
        for key in ("act", "polarity", "stance"):
            if not isinstance(spec.get(key), str):
                raise InvalidVocabulary(f"{file}: entry '{entry}', key '{key}' is missing or not text")
        if spec["polarity"] not in _POLARITIES:
            raise InvalidVocabulary(f"{file}: entry '{entry}', key 'polarity' is '{spec['polarity']}'",
                                    hint="use affirm or deny")
        vocab.cues.append(StanceCue(_phrases(spec.get("phrases"), file, entry, "phrases"), spec["act"],
                                    spec["polarity"], spec["stance"]))
    for modality, verbs in (data.get("reporting") or {}).items():
        vocab.reporting[modality] = vocab.reporting.get(modality, ()) + _phrases(verbs, file, "reporting", modality)
    answers = data.get("answers") or {}
    if not isinstance(answers, dict):
        raise InvalidVocabulary(f"{file}: 'answers' must map affirm and deny to lists of bare answers")
    for polarity, phrases in answers.items():
        if polarity not in _POLARITIES:
            raise InvalidVocabulary(f"{file}: entry 'answers', key '{polarity}' is not a polarity",
                                    hint="use affirm or deny")
        vocab.answers[polarity] = vocab.answers.get(polarity, ()) + _phrases(phrases, file, "answers", polarity)
    for key in ("forecast", "forecast_stops", "plans", "negation", "question_starts", "titles", "not_persons", "services",
                "unnamed_powers", "officials", "person_predicates", "person_verbs", "unasserted", "cue_modifiers"):
        if key in data:
            setattr(vocab, key, getattr(vocab, key) + _phrases(data[key], file, key, key))


def _validate(vocab: Vocabulary) -> None:
    missing = [a for a in REQUIRED_ACTS if a not in vocab.acts]
    if missing:
        raise InvalidVocabulary(f"vocabulary: acts {', '.join(missing)} are missing", hint=f"files: {vocab.files}")
    for act in vocab.acts.values():
        if act.with_service is not None and act.with_service not in vocab.acts:
            raise InvalidVocabulary(f"vocabulary: entry 'acts.{act.name}', key 'with_service' names unknown act "
                                    f"'{act.with_service}'", hint=f"known acts: {', '.join(sorted(vocab.acts))}")
        for other in act.refines:
            if other not in vocab.acts:
                raise InvalidVocabulary(f"vocabulary: entry 'acts.{act.name}', key 'refines' names unknown act "
                                        f"'{other}'", hint=f"known acts: {', '.join(sorted(vocab.acts))}")
    for power in vocab.powers.values():
        if power.successor is not None and power.successor.power not in vocab.powers:
            raise InvalidVocabulary(f"vocabulary: entry 'powers.{power.name}', key 'successor' names unknown power "
                                    f"'{power.successor.power}'", hint=f"known powers: {', '.join(sorted(vocab.powers))}")
    for i, cue in enumerate(vocab.cues):
        if cue.act not in vocab.acts:
            raise InvalidVocabulary(f"vocabulary: entry 'cues[{i}]', key 'act' names unknown act '{cue.act}'",
                                    hint=f"known acts: {', '.join(sorted(vocab.acts))}")


def _with_officials(vocab: Vocabulary) -> None:
    """Each power's demonyms before each official ("Soviet" + "consul": "Soviet consul") become
    phrases of the power, unless a power already has the phrase; a demonym among the successor's
    phrases ("Russian") makes its phrases the successor's too ("his Russian handlers" in 2005)."""
    taken = {p.lower() for power in vocab.powers.values() for p in power.phrases}
    for name, power in list(vocab.powers.items()):
        if not power.demonyms or not vocab.officials:
            continue
        new: list[str] = []
        succ_new: list[str] = []
        succ_demonyms = {p.lower() for p in power.successor.phrases} if power.successor is not None else set()
        for d in power.demonyms:
            for o in vocab.officials:
                phrase = f"{d} {o}"
                if phrase.lower() in taken:
                    continue
                taken.add(phrase.lower())
                new.append(phrase)
                if d.lower() in succ_demonyms:
                    succ_new.append(phrase)
        succ = power.successor
        if succ is not None and succ_new:
            succ = replace(succ, phrases=succ.phrases + tuple(succ_new))
        vocab.powers[name] = replace(power, phrases=power.phrases + tuple(new), successor=succ)


_LOCK = threading.Lock()
_CACHE: dict[tuple[str, ...], Vocabulary] = {}


def _read(path: Path | None, builtin: str | None) -> tuple[Any, str]:
    if builtin is not None:
        name = f"countertrial/vocab/{builtin}"
        text = resources.files("countertrial").joinpath("vocab", builtin).read_text(encoding="utf-8")
    else:
        assert path is not None
        name = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidVocabulary(f"{name}: cannot be read ({exc.strerror})", hint="check the path") from None
    try:
        return yaml.safe_load(text), name
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise InvalidVocabulary(f"{name}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None


def load_vocabulary(extra: Iterable[str | Path] = ()) -> Vocabulary:
    """The built-in vocabulary extended by the ``extra`` files (cached per list of files)."""
    extra_paths: Sequence[Path] = [Path(p) for p in extra]
    key = tuple(str(p.resolve()) for p in extra_paths)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        vocab = Vocabulary()
        names: list[str] = []
        for builtin in _BUILTIN:
            data, name = _read(None, builtin)
            _merge(vocab, data, name)
            names.append(name)
        for p in extra_paths:
            data, name = _read(p, None)
            _merge(vocab, data, name)
            names.append(name)
        vocab.files = tuple(names)
        _with_officials(vocab)
        _validate(vocab)
        _CACHE[key] = vocab
        return vocab
