"""Polarity and modality: who asserts a claim, whether it is affirmed or denied, and how.

* **questions** assert nothing: a sentence ending in "?" yields no claim of the questioner's;
* **reported speech** - "X confessed / testified / alleged that ..." makes X the asserter, the
  turn's speaker (or the article's author) ``reported_by``, and the verb the modality; "X was
  accused" is passive: X is accused, not the one who accuses. The reported complement ends where
  a coordinated clause with a subject of its own begins ("Sedov told me that Trotsky wished to
  see me, and I travelled ...": the journey is the speaker's own statement; see :func:`new_clause`);
* **negation** - "not", "never", "denied that" in the trigger's clause denies it (a weak
  negation, "no", "nothing", only right before the trigger or inside it: "gave no order"); a
  stance cue carries its own polarity ("repudiated");
* **modality** - forecast cues ("it is possible", "will") make a forecast; a speaker about
  their own crime confesses; a prosecutor accuses; other counsel argue (counsel's speech, their
  opening, closing and the propositions they put to a witness, is not evidence: ``argument``, and
  never a confession of counsel's own); otherwise testimony (or statement for prose without a
  speaker).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..resolve.persons import PersonResolver
from .matching import INSTRUCTION_ACTS, Match
from .mentions import Mention
from .participants import PASSIVE_AUX, clause_head, person_id
from .segment import Segment, clause_start, span_text, token_view
from .vocab import StanceCue, Vocabulary

__all__ = ["Speech", "is_question", "new_clause", "reported_speech", "negated", "polarity_of", "modality_of",
           "failed_to", "counsel_turn"]

_WEAK_NEG = {"no", "nothing", "none", "nobody", "neither", "nor"}
_NO_OBJECT = {"no", "nothing", "none", "nobody", "no-one", "noone"}
_NO_PRONOUN = {"nothing", "nobody", "no-one", "noone", "none"}
_OBJECT_PREPS = {"to", "with", "on", "against", "at"}
_DENY_WORDS = {"deny", "denies", "denied"}
# Verbs of disputing a charge that are no verbs of denial of their own: negated, they concede it.
_DISPUTE_WORDS = {"contest", "contests", "contested", "dispute", "disputes", "disputed", "challenge", "challenged",
                  "challenges", "question", "questioned"}
_NO_SHARE = {"part", "role", "hand", "involvement", "share"}
# Words that open a clause of their own, which a negation before them does not reach ("I did not see
# him after he went to Kigali", "no one was left alive because Kabera had ordered the killing").
# (Not "that": a negated verb of saying's complement is dropped, see claims._denial_unsaid.)
_SUBORDINATE = {"because", "since", "when", "after", "before", "until", "unless", "who", "whom", "which", "where"}
_RELATIVES = {"who", "whom", "which"}
_NEW_REPORT = {"but", ";", "while", "whereas", "yet"}
_COORDINATORS = {"and", "but", "so", "then", "yet"}
_CRIME_FIRST_PERSON = "confession"


# A sentence that opens with an auxiliary and then its subject is a question even when the transcript
# ends it with a full stop ("Were these people killed inside or outside the house.", "Can we look,
# please, at the agenda for the meeting."); the words before it are line numbers and openers.
_INVERTED_AUX = frozenset({"did", "do", "does", "were", "was", "is", "are", "can", "could", "would", "will", "shall",
                           "should", "have", "has", "might", "must"})  # not "may", also the month
_INVERTED_SUBJECT = frozenset({"i", "we", "you", "he", "she", "they", "it", "these", "those", "this", "that", "there",
                               "the", "your", "any", "anyone", "anybody"})
_OPENERS = frozenset({"q.", "q", "and", "now", "well", "then", ","})  # not "so": "So did the others." asserts


def is_question(sent: Span) -> bool:
    if span_text(sent).rstrip().rstrip('"\'”’)]').endswith("?"):
        return True
    lower = token_view(sent.doc).lower
    k, end = sent.start, sent.end
    stop = min(end, k + 8)
    while k < stop and (lower[k] in _OPENERS or lower[k].isdigit()):
        k += 1
    if not (k + 1 < stop and lower[k] in _INVERTED_AUX and lower[k + 1] in _INVERTED_SUBJECT):
        return False
    # "Q. Did you go there? A. I went in May.": a question and its answer read as one sentence
    return not any(lower[j] in ("?", "a.", "a:") for j in range(sent.start, end))


_SUBORDINATORS = frozenset({"when", "whenever", "while", "because", "if", "although", "though", "after", "before",
                            "since", "until", "once", "as"})


def _subordinate_negation(doc: Doc, neg: Match, trig: Match, mentions: list[Mention], sent_start: int) -> bool:
    """Negation ``neg`` stands in a subordinate clause that opens the sentence, and the trigger's own
    clause has its subject after it ("when the door would not give way I shot the people I came
    across"): the negation is the subordinate clause's."""
    if neg.end >= trig.start:
        return False
    lower = token_view(doc).lower
    sub = next((k for k in range(neg.start - 1, max(sent_start, neg.start - 9) - 1, -1)
                if lower[k] in _SUBORDINATORS or not lower[k][:1].isalnum()), None)
    if sub is None or lower[sub] not in _SUBORDINATORS:
        return False  # (the subordinate clause opens at most eight words before the negation, no comma between)
    subject = next((m for m in mentions if neg.end < m.start < trig.start and not m.possessive
                    and m.case != "obj"), None)
    if subject is None:
        return False
    k = subject.end
    while k < trig.start and lower[k] in ("had", "have", "has", "then", "also", "just", "finally", "did"):
        k += 1
    return k == trig.start


def new_clause(doc: Doc, start: int, end: int, mentions: list[Mention]) -> bool:
    """True when a coordinated clause with a subject of its own begins between tokens ``start``
    and ``end``: a comma and a coordinator (", and I travelled", ", but then he left") or a
    semicolon ("; I travelled"), then a person who is not an object or a possessor. A list of
    names ("Trotsky, Sedov, and Pyatakov met") is one subject, not a new clause."""
    subjects = {m.start for m in mentions if start < m.start < end and not m.possessive and m.case != "obj"}
    if not subjects:
        return False
    by_end = {m.end: m for m in mentions}
    view = token_view(doc)
    text, lower = view.text, view.lower
    for k in range(start, end):
        if text[k] not in (",", ";"):
            continue
        j = k + 1
        while j < end and lower[j] in _COORDINATORS:
            j += 1
        if j not in subjects or (text[k] == "," and j == k + 1):
            continue
        before = by_end.get(k)
        if before is not None and before.pronoun is None and before.start > 0 and text[before.start - 1] == ",":
            continue  # the last item of a list of names
        return True
    return False


@dataclass(frozen=True)
class Speech:
    """Who asserts an act and who reports it: ``report`` is the reporting verb that governs it
    (if any), ``modality`` the one that verb gives, ``lo`` where the act's subject may start."""

    asserted_by: str | None
    reported_by: str | None
    modality: str | None
    report: Match | None
    lo: int


_ADVERBS_IN_PASSIVE = frozenset({"also", "later", "often", "widely", "once", "then", "repeatedly", "publicly", "even",
                                 "never", "already", "generally", "commonly", "wrongly", "falsely", "first"})


def reported_speech(doc: Doc, seg: Segment, sent: Span, trig: Match, w_start: int, reports: list[Match],
                    mentions: list[Mention], persons: PersonResolver) -> Speech:
    """Reported speech: "<person> confessed that ..." before ``trig`` in its sentence."""
    asserted_by = seg.speaker
    reported_by: str | None = None
    modality: str | None = None
    report = next((r for r in reversed(reports) if r.end <= trig.start and r.start >= sent.start), None)
    if report is not None and new_clause(doc, report.end, trig.start, mentions):
        report = None  # "X told me that ..., and I travelled": the complement has ended
    lo = w_start
    if report is not None:
        # "X was accused", "X will be accused": X is accused, not the one who accuses.
        # ("Beria was also said to have been an agent": an adverb between)
        k = report.start - 1
        while k > sent.start and doc[k].lower_ in _ADVERBS_IN_PASSIVE:
            k -= 1
        passive = doc[report.start].lower_ in PASSIVE_AUX or (k >= sent.start and doc[k].lower_ in PASSIVE_AUX)
        # "Ramzin, the head of the Thermal Engineering Institute, confessed": the head of the clause.
        reporter = clause_head(doc, mentions, report.start)
        modality = {"denial": "testimony"}.get(report.label, report.label)
        if reporter is not None and not passive and reporter.person != seg.speaker:
            asserted_by = person_id(reporter.person, persons)
            reported_by = seg.author or seg.speaker
        if not passive:
            lo = max(w_start, report.end) if trig.start > report.end else w_start
    return Speech(asserted_by, reported_by, modality, report, lo)


def negated(doc: Doc, trig: Match, negs: list[Match], sent_start: int) -> bool:
    """A negation in the clause of ``trig`` before it or inside it, or "deny" anywhere before it."""
    # "I gave no order to ...", "gave General Mladic no order", "told no one to", "did not order":
    # a negation between a verb ... object trigger's ends, or overlapping the trigger, denies it.
    if any(n.start < trig.end and n.end > trig.start for n in negs):
        return True
    # The clause: back from the trigger to the nearest clause break.
    start = clause_start(doc, trig.start, sent_start)
    for n in negs:
        if start <= n.start and n.end <= trig.start:
            between = {t.lower_ for t in doc[n.end:trig.start]}
            # (but "Kabera was not the one who killed him", "it was not Kabera who ...": a cleft denies)
            cleft = any(doc[k].lower_ in ("was", "is", "were", "are", "'s", "’s") for k in range(max(0, n.start - 1),
                                                                                           n.end))
            if between & _DISPUTE_WORDS:
                continue  # "did not contest the charge that she had poisoned Heywood", "do not dispute that
                # I met him": the negation is the disputing's, and the act is conceded
            if (between & _SUBORDINATE - _RELATIVES or (between & _RELATIVES and not cleft)) \
                    and not between & _DENY_WORDS:
                continue  # "there wouldn't be one Tutsi left because Kabera had given the order": its own clause
                # (but "I do not deny that I was one of those who planned sabotage" affirms it)
            word = doc[n.start].lower_
            if n.end - n.start == 1 and word in _WEAK_NEG and trig.start - n.end > 2 \
                    and not (n.end < len(doc) and doc[n.end].lower_ in _NO_SHARE) \
                    and not (word == "nothing" and [t.lower_ for t in doc[n.end:n.end + 3]] == ["to", "do", "with"]) \
                    and not (word == "neither" and "nor" in between) \
                    and not (word == "no" and n.start == start and trig.start - n.end <= 4):
                continue  # (but "had no part in the murders", "played no role in the killings", "had nothing to do
                # with that murder", "neither Francesca nor I had anything to do with the massacre", "No
                # American service ever paid me": denied)
            return True
    # "I met no one in Berlin", "saw nobody", "gave nothing to the Germans": a negated object right
    # after the trigger (not "met no one but Sedov").
    lower = [t.lower_ for t in doc[trig.end:min(len(doc), trig.end + 4)]]
    if lower and lower[0] in _NO_OBJECT and not any(w in ("but", "except", "other", "apart", "besides")
                                                     for w in lower[1:]):
        if any(n.start == trig.end for n in negs):
            return True
    # "I set fire to nothing", "spoke with nobody": the negated object after a preposition (a pronoun
    # only: "killed him for no reason", "shot with no warning" deny nothing).
    if len(lower) > 1 and lower[0] in _OBJECT_PREPS and (lower[1] in _NO_PRONOUN or lower[1:3] == ["no", "one"]) \
            and not any(w in ("but", "except", "other", "apart", "besides") for w in lower[2:]):
        if any(n.start == trig.end + 1 for n in negs):
            return True
    # "deny that ..." reaches over "that" to the clause it governs.
    for n in negs:
        if n.end <= trig.start and doc[n.start].lower_ in ("deny", "denies", "denied") and n.start >= sent_start:
            return True
    return False


_ABILITY = frozenset({"bring", "dare", "dared", "able", "courage", "strength", "bear", "manage", "managed"})


def failed_to(doc: Doc, trig: Match, negs: list[Match], sent_start: int) -> bool:
    """A stance not taken for want of nerve ("I could not bring myself to admit my guilt", "did not
    dare to confess"): a failure, neither the stance nor its opposite."""
    start = clause_start(doc, trig.start, sent_start)
    return any(start <= n.start and n.end <= trig.start and any(t.lower_ in _ABILITY for t in doc[n.end:trig.start])
               for n in negs)


def polarity_of(doc: Doc, trig: Match, cue: StanceCue | None, report: Match | None, negs: list[Match],
                sent_start: int, mentions: list[Mention]) -> str:
    """``affirm`` or ``deny``: a cue's own polarity (denied by a negation), or an act's, flipped by a
    negation outside the reporting verb and by a verb of denial ("denied that he met ..."); neither
    reaches over a coordinated clause with a new subject (:func:`new_clause`)."""
    # (nor over a semicolon: "I do not deny that we met; what I deny is that I conspired")
    negs = [n for n in negs if not new_clause(doc, n.end, trig.start, mentions)
            and not _subordinate_negation(doc, n, trig, mentions, sent_start)
            and not any(doc[k].text == ";" for k in range(n.end, trig.start))]
    if report is not None and report.label != "denial":
        # "Sedov denied that he had met Trotsky, but admitted that he had spied": the denial ends
        # where another reporting verb takes over after a coordinator.
        # (", and admitted" but not "denied that Trotsky and Radek told him": a list of names)
        negs = [n for n in negs if not (n.end <= report.start and doc[n.start].lower_ in _DENY_WORDS and any(
            doc[k].lower_ in _NEW_REPORT or (doc[k].lower_ == "and" and doc[k - 1].text == ",")
            for k in range(n.end, report.start)))]
    polarity = cue.polarity if cue is not None else "affirm"
    if cue is None:
        if report is not None and report.label == "denial":
            polarity = "deny"
            if any(n.end == report.start for n in negs):
                # "I do not deny that Ludin and I went to Munich": the denial is itself denied, over
                # the new subject of its clause as well
                polarity = "affirm"
                negs = [n for n in negs if n.end != report.start]
        if negated(doc, trig, [n for n in negs if report is None or n.end <= report.start
                               or n.start >= report.end], sent_start):
            polarity = "deny" if polarity == "affirm" else "affirm"
    elif negated(doc, trig, negs, sent_start):
        # "I never pleaded guilty"; "I do not deny my guilt", "I never retracted my confession".
        polarity = "deny" if cue.polarity == "affirm" else "affirm"
    return polarity


def counsel_turn(seg: Segment) -> bool:
    """``seg`` is counsel's: a prosecutor's or other counsel's turn (its role)."""
    role = (seg.role or "").lower()
    return "prosecut" in role or role == "counsel"


def modality_of(vocab: Vocabulary, seg: Segment, act: str, cue: StanceCue | None, reported: str | None,
                forecast: bool, asserted_by: str | None, subject: str, polarity: str) -> str:
    """How the claim is made; ``reported`` is the modality of its reporting verb, if any."""
    if forecast:
        return "forecast"
    if act == "plea":
        return "confession" if cue is not None and cue.stance == "confessed" else "plea"
    if reported is not None:
        return reported
    # Counsel's turn, also where its speaker is not known ("Q" with no examiner named).
    if "prosecut" in (seg.role or "").lower() and subject != asserted_by:
        return "accusation"
    if counsel_turn(seg):  # counsel's own doings ("I arrived in Arusha") too
        return "argument"
    if asserted_by is None:
        return "statement"
    if subject == asserted_by and (vocab.acts[act].purpose or act in INSTRUCTION_ACTS):
        return _CRIME_FIRST_PERSON if polarity == "affirm" else "testimony"
    return "testimony"
