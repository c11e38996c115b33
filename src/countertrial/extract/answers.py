"""Question and answer: a bare answer takes over the question put just before it.

In an examination the proposition is often in the question and the witness only answers it:
"Did you meet Field in Geneva in 1949?" / "Yes." Read alone, the question asserts nothing (the
questioner asks) and the answer names no act. Read together, the witness testifies to the
question's proposition, affirmed or denied by the answer (``docs/annotation-guide.md``, Q/A):

* an answer is **bare** when its whole text, case, punctuation and "sir" aside, is one of the
  answers listed in ``vocab/stance.yaml`` (``answers: affirm / deny``): "Yes.", "That is
  correct.", "I did.", "No, I did not." An answer with words of its own ("Yes. I met him in
  Geneva") is read on those words, as any turn; so is one whose words after the bare answer are a
  short adverbial and no clause of their own ("Yes, through Silvermaster.", "No, never in Geneva.",
  "Yes, that evening, at the offices, with Deronjic.");
* the question is the **last sentence** of the turn just before, if it ends in "?", in the same
  document and by another speaker;
* in the question "you" is the witness (the answer's speaker) and "I" the questioner; its own
  negation is not read ("Didn't you meet him?" / "Yes." affirms the meeting): the answer decides
  the polarity - an affirming answer keeps it, a denying one flips it;
* the claim is the witness's: ``asserted_by`` the answer's speaker, modality ``testimony`` (a
  plea stays a plea), quote the question's sentence and the answer, source from the question's
  first character to the answer's last (``extra`` keeps ``question_turn`` and ``answer``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from ..model import Claim, Source, stable_id
from .segment import Segment

__all__ = ["Answer", "answer_reader", "pair_answers", "answered", "OPPOSITE_STANCE"]

_NOISE = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")
_MAX_ANSWER = 48  # characters: longer answers are never bare
_HEAD = re.compile(r"\s*([^,.;:!]+)[,.;:!]\s*(.*)$", re.DOTALL)
# Words that open a short adverbial after a bare answer ("Yes, through Silvermaster", "Yes, in 1944").
_QUALIFIERS = frozenset({"through", "in", "at", "from", "by", "with", "on", "once", "twice", "several", "many",
                         "only", "never", "always", "often", "sometimes", "via", "during", "before", "after",
                         "about", "around", "probably", "certainly", "indeed", "regularly",
                         # "I did, as an officer of the Army Air Forces.", "Yes, together with Petrov."
                         "as", "together", "alone", "personally", "myself", "again", "also",
                         # "Guilty, to desertion and to misbehavior before the enemy."
                         "to"})
_MAX_QUALIFIER = 6  # words
_MAX_ADVERBIALS = 100  # characters: "Yes, that evening, at the SDS offices, with Deronjic."
_TIME_NOUNS = frozenset({"day", "evening", "morning", "night", "afternoon", "week", "month", "year", "summer",
                         "winter", "spring", "autumn", "time", "same"})
_ADDRESS = (" sir", " your honor", " your honour", " my lord", " madam", " ma'am", " your excellency",
            # "No, Monsieur.", "Yes, citizen president.", "No, your lordship."
            " monsieur", " madame", " your lordship", " your worship", " my lady", " citizen", " comrade",
            " citizen president", " comrade president", " mr president", " madam president", " mr chairman",
            " herr president", " your majesty")
# An address between a bare answer and what qualifies it: "Guilty, Your Honor, to desertion ...".
_ADDRESSED = re.compile(r"\s*([^,.;:!]+)(,)\s*(?:" + "|".join(re.escape(a.strip()) for a in _ADDRESS)
                        + r")\s*,\s*(\S.*)$", re.DOTALL | re.IGNORECASE)
# The first sentence of a longer answer: "I did." before "But I never passed anything ...".
_FIRST = re.compile(r"\s*([^.!?]{1,90}[.!])\s+(\S.*)$", re.DOTALL)
_AND_MORE = re.compile(r"\s*([^.!?;]{1,60}?),\s+and\s+(\S.*)$", re.DOTALL)


@dataclass(frozen=True)
class Answer:
    """A bare answer: the segment that answers and how (``affirm`` / ``deny``)."""

    segment: Segment
    polarity: str
    # "I did. But I never passed anything to ...": only the first sentence is bare; the rest is read
    # as any turn, and an act it names itself is its own, not the question's.
    partial: bool = False
    # "When did you first meet Gubitchev?" / "In the spring of 1948, in New York.": the answer is a
    # time or a place alone; the question's act is affirmed, with the answer's time and place.
    fills: bool = False
    # "Who gave the order to arrest him?" / "I did.", "... who went with you?" / "Durcansky, and Dr.
    # Druffel, the German consul.": who did the question's act, as the answer names them ("I" for the
    # witness; names as written).
    who: tuple[str, ...] = ()
    # "Who ordered you to kill them?" / "No one.": no one did the question's act; an order so denied is
    # the witness's instructions received, denied (the other acts are left unsaid).
    nobody: bool = False


def _norm(text: str) -> str:
    low = text.lower().replace("’", "'")
    # "Yes, Your Honor, it is true.": a form of address adds nothing to the answer
    return _SPACES.sub(" ", _VOCATIVES.sub(" ", _NOISE.sub(" ", low))).strip()


_VOCATIVES = re.compile(r"\b(?:your (?:honou?r|lordship|excellency)|my lords?|monsieur le pr[ée]sident"
                        r"|mr president|madam president)\b")


def answer_reader(answers: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Normalised bare answer -> polarity (``vocab.answers`` inverted)."""
    out: dict[str, str] = {}
    for polarity, phrases in answers.items():
        for p in phrases:
            out[_norm(p)] = polarity
    return out


def _unaddressed(text: str) -> str:
    """``text`` without a form of address right after its first word or words: "Guilty, Your Honor,
    to desertion." is read as "Guilty, to desertion."."""
    m = _ADDRESSED.match(text)
    return f"{m.group(1)}{m.group(2)} {m.group(3)}" if m and m.group(3) else text


def _bare(text: str, reader: dict[str, str]) -> str | None:
    text = _unaddressed(text)
    if len(text) > _MAX_ANSWER:
        return _qualified(text, reader)
    norm = _norm(text)
    hit = reader.get(norm)
    if hit is None:
        # "Yes, sir.", "Yes, Your Honor.", "No, my lord."
        addressed = next((norm[:-len(a)] for a in _ADDRESS if norm.endswith(a)), None)
        hit = reader.get(addressed) if addressed else None
    if hit is None:
        m = _HEAD.match(text)
        rest = _norm(m.group(2)).split() if m else []
        if m and rest and rest[0] in _QUALIFIERS and len(rest) <= _MAX_QUALIFIER \
                and not any(w in _SUBJECT_OR_VERB for w in rest):
            hit = reader.get(_norm(m.group(1)))
    return hit


_MAX_QUALIFIED = 90  # characters
_MAX_QUALIFIED_WORDS = 10


def _qualified(text: str, reader: dict[str, str]) -> str | None:
    """A longer bare answer with one qualifying phrase and no clause of its own: "I did, as an officer
    of the Army Air Forces." (at most ten words after the comma, opening as :data:`_QUALIFIERS`, with
    no subject or verb of :data:`_SUBJECT_OR_VERB`)."""
    if len(text) > _MAX_QUALIFIED:
        return None
    m = _HEAD.match(text)
    if m is None or "," not in text[:m.end(1) + 1]:
        return None
    rest = _norm(m.group(2)).split()
    if not rest or rest[0] not in _QUALIFIERS or len(rest) > _MAX_QUALIFIED_WORDS \
            or any(w in _SUBJECT_OR_VERB for w in rest):
        return None
    return reader.get(_norm(m.group(1)))


def _adverbials(text: str, reader: dict[str, str]) -> str | None:
    """A bare answer followed by short adverbials alone, each after a comma: "Yes, that evening,
    at the SDS offices, with Deronjic." (when, where, with whom: no clause of its own)."""
    if len(text) > _MAX_ADVERBIALS:
        return None
    m = _HEAD.match(text)
    if m is None or "," not in text[:m.end(1) + 1]:
        return None
    hit = reader.get(_norm(m.group(1)))
    if hit is None:
        return None
    chunks = [_norm(c).split() for c in m.group(2).split(",")]
    chunks = [c for c in chunks if c]
    if not chunks or not all(len(c) <= _MAX_QUALIFIER and (c[0] in _QUALIFIERS or (
            c[0] in ("that", "the", "this") and len(c) == 2 and c[1] in _TIME_NOUNS)) for c in chunks):
        return None
    return hit


# The rest of a question to its "?" (a title's full stop, "Dr.", does not end it): shared by _WH and _WHO.
_TO_QUESTION_MARK = r"(?:[^.?!]|\b(?:Mr|Mrs|Ms|Dr|St)\.)*\?\s*$"
# "When did you ...", "Where were you when ...", "How did you travel ...", "Why did you go ...": a
# question after the time, place, means or aim of an act, which it takes as done.
_WH = re.compile(r"(?:^|[.?!]\s+)(?:\d+\s+)*(?:Q\s*[.:]\s*)?(?:(?:and|so|now)\s*,?\s+)?(?:when|where|how|why)\s+"
                 r"(?:did|do|does|had|have|were|was)\s+(?:you|he|she|they)\b" + _TO_QUESTION_MARK,
                 re.IGNORECASE)
# How a fragment answer giving a time or a place opens ("In the spring of 1948", "At the Hotel
# Bristol", "On 12 May", "That evening", "Early in 1937", "1936").
_FRAGMENT_OPENERS = frozenset({"in", "at", "on", "during", "that", "the", "early", "late", "around", "about",
                               # how and why: "By train.", "With a knife.", "To meet Petrov.", "For money."
                               "by", "with", "to", "for",
                               "towards", "toward", "near", "outside", "inside", "some", "sometime", "shortly",
                               "january", "february", "march", "april", "may", "june", "july", "august",
                               "september", "october", "november", "december"})
# A fragment that opens with a time: "On the fifth of July", "In the spring of 1948", "Early in 1937".
_TIME_OPENING = re.compile(r"\s*(?:(?:on|in|during|early|late|towards?|around|about)\s+(?:the\s+)?"
                           r"(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                           r"|\w+teenth|twent|thirt|spring|summer|autumn|fall|winter|beginning|end|middle|morning"
                           r"|evening|night|afternoon|january|february|march|april|may|june|july|august|september"
                           r"|october|november|december|\d))", re.IGNORECASE)


def opens_with_time(text: str) -> bool:
    """``text`` opens with a time phrase ("On the night of 20 April, with General Challe.")."""
    return _TIME_OPENING.match(text) is not None


_CLAUSE_WORDS = frozenset({"i", "we", "he", "she", "they", "it", "was", "were", "did", "had", "met", "went", "not",
                           "no", "never", "don't", "didn't", "remember", "think", "know", "believe"})
# ... of which a qualifier after a bare answer may hold the negations ("No, never in Geneva."), not a
# subject or a verb ("No, there was nothing unusual.": a clause of its own).
_SUBJECT_OR_VERB = _CLAUSE_WORDS - {"not", "no", "never", "don't", "didn't"}


def _fills(question: str, answer: str, wh: bool = True) -> bool:
    """``answer`` gives only the time or place a when/where ``question`` asks for: at most twelve
    words, opening as a time or place phrase does, with no clause, hedge or denial of its own.
    With ``wh=False`` any question will do: "You sailed for Japan in July 1941?" / "On the fifth of
    July, from San Pedro." affirms the question's act by telling its time more precisely."""
    if (wh and not _WH.search(question.strip())) or len(answer) > 90:
        return False
    words = _norm(answer).split()
    if not words or len(words) > 12 or any(w in _CLAUSE_WORDS for w in words):
        return False
    return words[0] in _FRAGMENT_OPENERS or words[0].isdigit()


_SENTENCE = re.compile(r"\s*([^.!?]{1,90}[.!])\s+\S")

# A question asking who did its act: "who" opens the question or its clause after a comma ("On the
# night of 12 December, who gave the order ...?", "When you flew to Berlin, who went with you?"), not
# a relative clause ("Did you meet the man who gave the order?").
_WHO = re.compile(r"(?:^|[.?!]\s+|,\s+)(?:\d+\s+)*(?:Q\s*[.:]\s*)?(?:and\s+|so\s+|then\s+)?who\s+[a-z]"
                  + _TO_QUESTION_MARK, re.IGNORECASE)
# "I did.", "I.", "It was I.", "Me.": the witness did it.
_ME = re.compile(r"^\s*(?:I|I did|I myself|I myself did|It was I|It was me|Me)\s*[.!]?\s*$", re.IGNORECASE)
# The first sentence of an answer (abbreviated titles do not end it: "Dr. Druffel").
_FIRST_SENTENCE = re.compile(r"\s*((?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Capt|Lt)\.|[^.!?])+[.!]?)(?:\s+(\S.*))?$",
                             re.DOTALL)
# Capitalised words that open no name: "The Minister.", "My commander.", "Nobody.", "He did."
_NOT_NAME_OPENERS = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your", "nobody", "no", "none",
                               "everybody", "everyone", "all", "both", "we", "they", "he", "she", "it", "you",
                               "someone", "somebody", "one", "some", "yes", "not", "i", "that", "this"})
# "No one.", "Nobody did.", "No one, sir.": no one did it.
_NOBODY = re.compile(r"^\s*(?:no\s*one|nobody|no-one|none|nobody at all|no one at all)(?:\s+did)?(?:,\s*sir)?"
                     r"\s*[.!]?\s*$", re.IGNORECASE)
_NO_ONE: tuple[str, ...] = ("",)  # what _named gives for "No one."
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_MAX_WHO = 120  # characters of the answer's first sentence


_WITH_YOU_ASKED = re.compile(r"\bwho\s+(?:\w+\s+){0,2}with\s+you\b", re.IGNORECASE)


def _named(question: str, answer: str) -> tuple[tuple[str, ...], bool] | None:
    """Who the answer names for a who-``question``, and whether it says more than that: "I did."
    (``("I",)``), or a list of names, each maybe with an apposition ("Durcansky, and Dr. Druffel, the
    German consul in Bratislava.", "Colonel Beara did."). ``None`` when the answer is no such list."""
    if not _WHO.search(question.strip()):
        return None
    m = _FIRST_SENTENCE.match(answer)
    if m is None or len(m.group(1)) > _MAX_WHO:
        return None
    first, more = m.group(1), bool(m.group(2))
    if _ME.match(first):
        return ("I",), more
    if _NOBODY.match(first):
        return _NO_ONE, more
    body = re.sub(r"\s+(?:did|had|was)\s*[.!]?$", "", first.strip().rstrip(".!").strip())
    if _WITH_YOU_ASKED.search(question):
        # "... and who went with you?" / "On the night of 20 April, Monsieur le Président, with General
        # Challe.": the companions after the answer's "with", its time and vocative aside
        tail = re.search(r"(?:^|,\s*)with\s+(.+)$", body, re.IGNORECASE)
        if tail is not None:
            body = tail.group(1)
    names: list[str] = []
    for chunk in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", body):
        if not chunk:
            continue
        if chunk[:1].islower():
            if not names:
                return None  # an apposition needs a name before it
            continue  # "the German consul in Bratislava"
        words = chunk.split()
        if len(words) > 4 or words[0].lower() in _NOT_NAME_OPENERS \
                or not all(w[:1].isupper() and _NAME_WORD.match(w) for w in words):
            return None
        names.append(chunk)
    return (tuple(names), more) if names else None


# A question that asks whether the witness denies what was just put ("Do you deny that?"): a bare
# "No." to it affirms the proposition, a bare "Yes." denies it.
_DENY_TAG = re.compile(r"\b(?:do|did|would|will)\s+you\s+(?:still\s+)?deny\s+(?:that|it|this)\s*\?\s*$", re.IGNORECASE)


def _asks(text: str) -> bool:
    return text.rstrip().rstrip('"\'”’)]').endswith("?")


def pair_answers(segments: Sequence[Segment], reader: dict[str, str],
                 context: Segment | None = None) -> dict[int, Answer]:
    """Which segments are questions answered bare by the next one: index -> answer (``-1`` is
    ``context``, the segment just before ``segments[0]``)."""
    out: dict[int, Answer] = {}
    prev = context
    for i, seg in enumerate(segments):
        q = prev
        prev = seg
        if q is None or seg.speaker is None or q.speaker == seg.speaker:
            continue
        if q.source.document != seg.source.document or not _asks(q.text):
            continue
        named = _named(q.text, seg.text)
        if named is not None:
            # ("No one." names no one: read with "who" as the witness, see Answer.nobody)
            nobody = named[0] == _NO_ONE
            out[i - 1] = Answer(seg, "affirm", partial=named[1], who=("I",) if nobody else named[0], nobody=nobody)
            continue
        polarity = _bare(seg.text, reader)
        if polarity is not None:
            if _DENY_TAG.search(q.text) and "deny" not in seg.text.lower():
                polarity = _flip(polarity)  # "... Do you deny that?" / "No.": not denied, so affirmed
            out[i - 1] = Answer(seg, polarity)
            continue
        polarity = _adverbials(seg.text, reader)
        if polarity is not None:
            # "Yes, that evening, at the SDS offices, with Deronjic.": the time and place it adds are
            # the act's (an affirmed one's: "No, never in Geneva" fills no place).
            out[i - 1] = Answer(seg, polarity, fills=polarity == "affirm")
            continue
        if _fills(q.text, seg.text):
            out[i - 1] = Answer(seg, "affirm", fills=True)
            continue
        head = _SENTENCE.match(seg.text)
        if head is not None and _fills(q.text, head.group(1)):
            # "At the Museum of Modern Art in New York, in September 1948. We were standing ...": the
            # first sentence gives the time and place; the rest is read as any turn.
            out[i - 1] = Answer(seg, "affirm", partial=True, fills=True)
            continue
        if _fills(q.text, seg.text, wh=False) and _TIME_OPENING.match(seg.text):
            out[i - 1] = Answer(seg, "affirm", fills=True)  # "You met him in 1936?" / "In the autumn."
            continue
        if head is not None and _fills(q.text, head.group(1), wh=False) \
                and _TIME_OPENING.match(head.group(1)):
            # "You sailed for Japan in July 1941?" / "On the fifth of July, from San Pedro, on the
            # Arabia Maru. My aunt was very ill ...": the witness affirms by saying when.
            out[i - 1] = Answer(seg, "affirm", partial=True, fills=True)
            continue
        first = _FIRST.match(seg.text)
        polarity = _bare(first.group(1), reader) if first is not None else None
        if polarity is None and (joined := _AND_MORE.match(seg.text)) is not None \
                and len(_norm(joined.group(1)).split()) > 1:
            # "Yes, Your Honor, it is true, and I plead guilty.", "I did, and I did it with my eyes
            # open": a bare answer of its own words, then a clause (not a bare "Yes, and then he left
            # for Santa Fe", which may only go on with the story)
            polarity = _bare(joined.group(1), reader)
        if polarity is None and (_yes_and_echo(seg.text, reader) or _ECHO_AND_YES.match(seg.text)):
            polarity = "affirm"
        if polarity is not None:
            out[i - 1] = Answer(seg, polarity, partial=True)
    return out


# Words in the first part of a "Yes, ..." answer that make it no plain yes ("Yes, I think so", "Yes,
# but not in Geneva", "Yes, I don't remember").
_HEDGES = frozenset({"not", "n't", "never", "no", "but", "think", "believe", "remember", "recall", "know", "suppose",
                     "perhaps", "maybe", "if", "although", "though", "nothing"})
_I_WE = frozenset({"i", "we"})


def _yes_and_echo(text: str, reader: dict[str, str]) -> bool:
    """"Yes, I went, as a friend, to bring him news ...", "Yes, with the other members of the
    union, and ...": an affirming answer whose first part after the comma is the question's verb
    echoed ("I went", "we did", at most three words) or a phrase of manner or company ("with the
    other members of the union", at most twelve words), before words of its own. The question's
    proposition is affirmed; the rest is read as any turn (a partial answer)."""
    m = _HEAD.match(text)
    if m is None or reader.get(_norm(m.group(1))) != "affirm" or "," not in text[:m.end(1) + 1]:
        return False
    chunk = _norm(re.split(r"[,;.]", m.group(2), maxsplit=1)[0]).split()
    if not chunk or any(w in _HEDGES or w.endswith("n't") for w in chunk):
        return False
    return (chunk[0] in _I_WE and (len(chunk) <= 3 or (len(chunk) <= 5 and any(w in _BACK for w in chunk[2:])))) \
        or (chunk[0] in _QUALIFIERS and len(chunk) <= 12)


# Pronouns by which an echoed verb points back to the question's object: "Yes, I gave it to them."
_BACK = frozenset({"it", "them", "him", "her", "that", "so"})


# "I went, yes, with Professor Koischwitz and ...", "We did, yes.": the question's verb echoed, then "yes".
# "I passed them on, yes": the echoed verb may take back the question's object and a particle.
_ECHO_AND_YES = re.compile(r"\s*(?:I|We)\s+(?!not\b|never\b)[a-z]+"
                           r"(?:\s+(?:it|them|him|her|that|on|over|up|out|back|off)){0,2}"
                           r",\s+yes\b(?!\s*,?\s*but\b)", re.IGNORECASE)


def _flip(polarity: str) -> str:
    return "deny" if polarity == "affirm" else "affirm"


OPPOSITE_STANCE = {"pleaded_guilty": "pleaded_not_guilty", "pleaded_not_guilty": "pleaded_guilty",
                    "reaffirmed": "repudiated", "repudiated": "reaffirmed"}
"""The stance a question's cue names, turned round by a "no": "Do you plead guilty?" / "I plead not
guilty." is a plea of not guilty, not a plea of guilty denied."""


def _span(claim: Claim, answer: Segment) -> Source:
    """The claim's source stretched from the question's sentence to the end of the answer."""
    q, a = claim.source, answer.source
    if answer.offset is not None:
        a_end: int | None = answer.offset + len(answer.text.rstrip())
    else:
        a_end = a.char_end
    line_end = a.line_end if a.line_end is not None else q.line_end
    return Source(q.document, a.turn or q.turn, q.page, q.line_start, line_end,
                  q.char_start, a_end if q.char_start is not None else None, q.citation)


def answered(claims: Sequence[Claim], question: Segment, answer: Answer, extractor: str) -> list[Claim]:
    """The question's claims (read with "you" = the witness) turned into the witness's testimony."""
    out: list[Claim] = []
    seg = answer.segment
    for c in claims:
        polarity = c.polarity if answer.polarity == "affirm" else _flip(c.polarity)
        modality = c.modality if c.act == "plea" else "testimony"
        source = _span(c, seg)
        quote = f"{c.quote} {seg.text.strip()}"
        extra = dict(c.extra)
        extra["answer"] = seg.text.strip()
        if polarity != c.polarity and "stance" in extra:
            stance = OPPOSITE_STANCE.get(str(extra["stance"]))
            if stance is None:
                del extra["stance"]  # "Did you confess?" / "No.": no confession, and no other stance either
            else:
                extra["stance"] = stance
        if question.source.turn is not None:
            extra["question_turn"] = question.source.turn
        cid = stable_id(extractor, "answered", source.document, source.turn, source.char_start, source.char_end,
                        quote if source.char_start is None else None, seg.speaker, c.subject, c.act, polarity,
                        modality, c.counterparts, c.foreign_power, c.place, c.time.to_dict())
        out.append(replace(c, id=cid, asserted_by=seg.speaker, reported_by=seg.author, polarity=polarity,
                           modality=modality, quote=quote, source=source, extra=extra,
                           stated_on=seg.stated_on.isoformat() if seg.stated_on else c.stated_on))
    return out
