"""Claim assembly: from the matches and mentions of one sentence to :class:`~countertrial.model.Claim`.

Each act trigger (and the first stance cue) of a sentence owns a window, from the trigger before
it to the trigger after it; the window gives the act's subject and counterparts
(:mod:`.participants`), its asserter, polarity and modality (:mod:`.polarity`), the foreign power,
the place (case places first, then facilities, cities, countries; "there" points back) and the
time (the first said, narrowed by a later one inside it; a time said before the act applies
onward). Coordinated subjects get a claim each; the same proposition said twice in one segment is
kept once (:func:`dedupe`).

What a sentence does not assert gives no claim: an act after "whether" or "doubtful that" in its
clause, an act named as the topic of another ("information about the trade negotiations"). The
details of an apposition or relative clause ("Brankov, who had served as a Yugoslav diplomat in
Budapest, testified ...") belong to it, not to the acts around it; an act said "later" does not
take the time or power said before it; a time right after a reporting verb ("what I said
yesterday") dates the saying. "X recruited Y into the spy ring" is Y's act too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..dates import Interval
from ..model import Claim, Source, stable_id
from ..resolve.persons import PersonResolver
from ..resolve.places import ResolvedPlace
from .answers import OPPOSITE_STANCE as _OPPOSITE_STANCE
from .context import points_back
from .inflect import derived_phrases, forms, with_forms
from .matching import BE_FORMS, GO_FORMS, INSTRUCTION_ACTS, RECRUIT_AUX, RECRUITING_VERBS, Match, drop_purposes, on_own_orders
from .matching import POSS_PRONOUNS, purpose_of
from .matching import aim_plot, plot_with, refine_means
from .mentions import FACILITY_HEADS, GOING_PARTICLES, Mention, PlaceMention
from .metonyms import metonym_powers
from .participants import coordinated, find_counterparts, find_roles, in_parenthesis, parenthesis, person_id, same_clause
from .participants import LABEL_DETERMINERS, after_kin, denied_agent_by, label_before, tried_with, verb_after_subject
from .polarity import counsel_turn, failed_to, modality_of, polarity_of, reported_speech
from .segment import CLAUSE_BREAK, Segment, TokenView, clause_start, span_text, token_view
from .timex import Timex, resolve_anaphora, yearless
from .vocab import Vocabulary

__all__ = ["NAME", "Sentence", "sentence_claims", "make_claim", "changed_claim", "dedupe", "planned", "false_testimony"]

NAME = "rules.v1"


@dataclass(frozen=True)
class Sentence:
    """One sentence of a segment with what was found in it (pronouns of ``mentions`` resolved)."""

    seg: Segment
    doc: Doc
    span: Span
    matches: list[Match]
    mentions: list[Mention]
    places: list[PlaceMention]
    times: Sequence[Timex]  # read only once an act has its subject (rules.py reads them on first use)
    last_place: PlaceMention | None  # what "there" points back to, when the sentence says it
    # The place and time a question just before an answer sets its act in ("On 11 November, in Divci,
    # you met them?" / "I did go to Divci ..."): an act of the answer's with none of its own has them.
    setting: tuple[PlaceMention | None, Timex | None] | None = None
    # A foreign power or service named in the segment up to this sentence ("I knew he was KGB. ...
    # he paid me for it": money from a power's man).
    powered: bool = False
    # Whether someone other than the speaker is named in the segment before this sentence (a "he"
    # may be that one): asked only of an order from an unnamed "he" or "they" (rules.py gives the
    # segment's reading; alone, a sentence assumes someone was).
    named_before: Callable[[], bool] = lambda: True


def sentence_claims(vocab: Vocabulary, persons: PersonResolver, s: Sentence) -> list[Claim]:
    """The claims of one sentence: one per act (repeated triggers of an act merge) and stance cue."""
    doc, mentions = s.doc, s.mentions
    acts = [m for m in s.matches if m.kind == "A"]
    cues = [m for m in s.matches if m.kind == "C"]
    if not acts and not cues:
        return []
    lower = token_view(doc).lower
    # "did you see Colonel Beara", "did he order the shooting?": the act of a person trigger, or of a
    # question's "did <subject> <verb>", is its last word (the words before it only say that it is
    # asked or denied, and hold its subject).
    acts = [Match(m.kind, m.label, m.end - 1, m.end, m.gapped, m.state) if m.end - m.start > 1 and not m.gapped
            and (doc[m.start:m.end].text.lower() in vocab.acts[m.label].person_triggers
                 or (m.end - m.start > 2 and doc[m.start].lower_ in ("did", "do", "does"))) else m for m in acts]
    if cues:
        # "I confirm the testimony of Bessonov", "denied Sedov's testimony": a stance on someone
        # else's words is no plea of the speaker's.
        cues = [c for c in cues if not _others_words(doc, c, mentions, s.seg.speaker) and not _confirms_that(doc, c, s.span.start)]
    unasserted = [m for m in s.matches if m.kind == "W"]
    if unasserted:
        acts = [m for m in acts if not _unasserted(doc, m, unasserted)]
        cues = [m for m in cues if not _unasserted(doc, m, unasserted)]
    if cues:
        # "has agreed to plead guilty", "is expected to plead guilty": a plea to come, none made.
        cues = [c for c in cues if not (c.start >= 2 and lower[c.start - 1] == "to" and lower[c.start - 2] in _PLEA_TO_COME)]
    if cues:
        # "the jury found Sacco not guilty", "FOREMAN: We find the defendant, Hardy, not guilty; on the
        # charge of kidnapping, not guilty": a verdict (and its elliptic repeats), not the defendant's plea.
        cues = [c for c in cues if not _verdict(lower, s.span.start, c.start)]
        # "could cause any reasonable trier of fact to come to the conclusion that the appellant was
        # not guilty", "the Chamber held that he was not guilty": a finding argued, not a plea.
        cues = [c for c in cues if not any(doc[k].lower_ in _FINDING_WORDS and doc[k + 1].lower_ == "that"
                                           for k in range(max(s.span.start, c.start - 9), c.start - 1))]
        # "the jury found on 28 July 1914 that Henriette Caillaux, who had emptied her pistol at
        # Calmette, was not guilty": a jury's or court's finding, however far before the "that"
        cues = [c for c in cues if not _found_that(lower, s.span.start, c.start)]
    # "was acquitted of the murder", "found him not guilty of spying": an acquittal asserts nothing.
    acts = [m for m in acts if not _acquitted(doc, m, s.span.start) and not _not_proved(lower, m)]
    acts = _bomb_went_off(lower, acts)
    acts = [m for m in acts if not _reduced_passive(doc, lower, m)]
    act_starts = {m.start for m in acts}
    acts = [m for m in acts if not _topic(doc, m, s.span.start) and not _as_told(doc, m) and not _words_by(doc, m)
            and not _met_a_thing(lower, m) and not _kept_from(lower, m)
            and not _unmet_condition(vocab, doc, m, mentions, act_starts)]
    # "the person for whom I had built the wall paid me", "his victims had paid him for the bullets":
    # being paid is money received from a power's people only with a power or service in the sentence
    # ("a Soviet intelligence officer ... paid me") or denied ("nobody paid me").
    if any(_payment(lower, m) for m in acts) and not s.powered and not any(x.kind in ("P", "S") for x in s.matches):
        acts = [m for m in acts if not (_payment(lower, m) and not _denied_payment(lower, m.start, s.span.start))]
    # "I pursued spies and fifth columnists", "arrested the saboteurs": those hunted, not the hunter's act.
    acts = [m for m in acts if not (doc[m.start:m.end].text.lower() in _DOER_NOUNS
                                    and _hunted(lower, m.start, s.span.start))]
    # "called on munitions workers to strike": a call to act, no visit paid.
    acts = [m for m in acts if not (m.label == "meeting" and _called_on_to(token_view(doc), m))]
    # "the next time you meet", "I would have difficulty meeting today": no meeting that took place.
    acts = [m for m in acts if not (m.label == "meeting" and _meeting_to_come(lower, m))]
    # "to get the money back": money recovered, not received from anyone.
    acts = [m for m in acts if not (m.label == "received_instructions" and m.end < len(doc)
                                    and doc[m.end].lower_ == "back" and doc[m.end - 1].lower_ in _MONEY)]
    # "rape as a crime against humanity": "crime" naming the legal class of a crime, no act.
    acts = [m for m in acts if not _crime_as_kind(lower, m)]
    # "We came to Washington so that the world would hear us, not to kill anyone": a purpose denied
    # beside the one pursued, no act done or denied.
    acts = [m for m in acts if not (m.start >= 3 and lower[m.start - 1] == "to" and lower[m.start - 2] == "not"
                                    and lower[m.start - 3] in (",", "and", "but"))]
    # "to me it was an act of war and not a murder", "this was no murder": a name denied to what was
    # done, not the deed.
    acts = [m for m in acts if not _label_denied(lower, m.start, s.span.start)]
    # "I did not mean to kill him", "he never intended to shoot anyone": an intent denied, not the act.
    acts = [m for m in acts if not _intent_denied(lower, m.start, s.span.start)]
    # "Mr Justice Wilkie passed a whole-life order", "a petition signed by Mauriac": a sentence passed
    # and a petition signed are no orders.
    acts = [m for m in acts if not (m.label == "gave_instructions" and _no_order(lower, m))]
    # "Your Honour, I'm instructed that those checks were made": counsel's idiom for what his
    # client or his side told him, no order given or received.
    acts = [m for m in acts if not _instructed_that(lower, m)]
    # "in the ESA interrogation centre": a word of a facility's name is no act ("centre" is one).
    facilities = [(p.start, p.end) for p in s.places if p.facility]
    if facilities:
        acts = [m for m in acts if not any(a <= m.start and m.end <= b for a, b in facilities)]
    if len({m.label for m in acts}) > 1:
        # "sentenced to life for, among other crimes, the murders of the Mafia war": "other crimes"
        # stands for crimes left unnamed beside the act the sentence names; it is no claim of its own.
        # Nor are "crimes" that the sentence names by their act after "for" ("guilty of genocide and
        # crimes against humanity for the killing of 1,771 Ixil Maya").
        acts = [m for m in acts if not (m.label == "other" and lower[m.end - 1] in ("crime", "crimes") and (
            (m.start > 0 and lower[m.start - 1] == "other")
            or any(a.label != "other" and 0 < a.start - m.end <= 10 and "for" in lower[m.end:a.start]
                   and not any(t in (".", ";", ":") for t in lower[m.end:a.start]) for a in acts)))]
    # "turned them into soldiers, to kill and to be killed": an infinitive of purpose after a comma
    # says what something was for, not what anyone did.
    acts = [m for m in acts if not (m.start >= 2 and doc[m.start - 1].lower_ == "to" and doc[m.start - 2].text == ",")]
    all_acts = acts
    plans = [m for m in s.matches if m.kind == "X"]
    acts = [m for m in drop_purposes(vocab, doc, refine_means(vocab, doc, acts)) if not planned(doc, m, plans)
            and not _wished_of(lower, m.start)]
    # One claim per act per sentence: repeated triggers of one act ("flew ... landing") merge.
    # ... unless a new subject comes between them ("I did not meet Radek, but I met Romm").
    triggers: list[Match] = []
    seen: dict[str, Match] = {}
    # ... a name after "of" is the first act's victim, no new subject ("the murder of Bloomquist, killed by ...")
    for m in acts:
        prev = seen.get(m.label)
        if prev is not None and not any(prev.end <= x.start < m.start and x.case == "subj" and x.pronoun != "you"
                                        and not (x.pronoun is None and lower[x.start - 1] == "of")
                                        for x in mentions) \
                and not _own_subject_aside(doc, prev, m, s.span.end, mentions) \
                and doc[m.start:m.end].text.lower() not in vocab.acts[m.label].object_subject \
                and not _next_leg(lower, prev, m, s.places):
            continue  # ... or the first has a subject of its own in a relative clause ("X, who said they had
            # come to Y, flew to Z"), or the second names its own subject after it ("it came from Hitler")
        seen[m.label] = m
        triggers.append(m)
    if cues:
        # "I accept my responsibility for the crimes committed at S-21", "pleaded guilty to all the
        # crimes": a crime the vocabulary does not name, said as what a plea is about, is the plea's.
        triggers = [m for m in triggers if m.label != "other" or not any(_pleaded_to(doc, c, m) for c in cues)]
        # Each stance cue is a claim ("retracted his confession on 13 April, but on 14 April he
        # pleaded guilty"); the same stance twice is kept once by :func:`dedupe`.
        triggers = [t for t in triggers if t.label not in ("plea",)]
        triggers.extend(cues)
    triggers.sort(key=lambda m: m.start)
    out: list[Claim] = []
    killing: set[str] = set()  # bombings that killed (see _bomb_killed)
    for idx, trig in enumerate(triggers):
        w_start = triggers[idx - 1].end if idx > 0 else s.span.start
        w_end = triggers[idx + 1].start if idx + 1 < len(triggers) else s.span.end
        new = _claims(vocab, persons, s, trig, (w_start, w_end), all_acts, len(triggers) == 1)
        if trig.label == "terrorism" and _bomb_killed(lower, trig.end, s.span.end):
            killing.update(c.id for c in new if c.act == "terrorism")
        out.extend(_power_carried(lower, new, out, w_start, w_end))
    if killing:
        # "planted the bombs that killed twenty-one people", "set the bomb ...; the blast killed four
        # men": a bombing that kills is `assassination` alone (the annotation guide); the killing's own
        # claim, where the sentence gives one, stands for it
        killers = {(c.subject, c.polarity) for c in out if c.act == "assassination"}
        out = [c if c.id not in killing else changed_claim(c, act="assassination") for c in out
               if c.id not in killing or (c.subject, c.polarity) not in killers]
    if out:
        out.extend(_so_did(persons, s, triggers, out))
        out = _not_him_but(persons, s, triggers, out)
        out.extend(_which_denied(persons, s, triggers, out))
    return _told_twice(out) if len(out) > 1 else out


# Words for a bomb or its blast, and for killing, that make a bombing a killing ("the bombs that
# killed", "the blast killed four men", "a bomb ..., killing eleven").
_REDUCED_KILLED = frozenset({"killed", "murdered", "shot", "slain", "executed", "massacred"})
_AFTER_REDUCED_KILLED = frozenset({"in", "at", "on", "during", "near", "outside", "inside", ",", ".", ";", "when",
                                   "while", "since", "before", "after", "that"})


def _reduced_passive(doc: Doc, lower: list[str], m: Match) -> bool:
    """"ten Italians to be shot for every German policeman killed in the Via Rasella": a participle
    right after a common noun, with no object and no "by" after it, tells whom a killing befell,
    not who did it."""
    if m.end - m.start != 1 or lower[m.start] not in _REDUCED_KILLED or m.start == 0 or m.end >= len(lower):
        return False
    before = doc[m.start - 1]
    if not (before.is_alpha and before.is_lower) or before.lower_ in STOP_WORDS:
        return False
    if lower[m.end] not in _AFTER_REDUCED_KILLED:
        return False
    if any(w in ("and", "his", "her", "their", "my", "our", "its") for w in lower[max(0, m.start - 4):m.start]):
        return False  # "Kamali and his people killed in the church": the doers, a subject of the clause
    return "by" not in lower[m.end:m.end + 4]


_BOMB_WORDS = frozenset({"bomb", "bombs", "blast", "blasts", "explosion", "explosions", "explosive", "explosives",
                         "device", "grenade", "grenades"})
_KILLED = frozenset({"killed", "killing", "kills"})


def _bomb_killed(lower: list[str], start: int, end: int) -> bool:
    """After a bombing at ``start``, in its sentence, a bomb word and then, at most four words on, a word
    of killing: "the bombs that killed", "; the blast killed four men", "a car bomb ..., killing"."""
    for k in range(start - 1, min(end, start + 25)):
        if lower[k] in _BOMB_WORDS and any(lower[j] in _KILLED for j in range(k + 1, min(end, k + 5))):
            return not any(lower[j] in ("not", "no", "nobody", "none") for j in range(k + 1, min(end, k + 5)))
        if lower[k] in _BOMB_WORDS:
            # "the bomb outside the clinic in Birmingham on January 29, 1998, that killed Officer Sanderson"
            for j in range(k + 1, min(end - 1, k + 24)):
                if lower[j] in (";", ".", "?"):
                    break
                if lower[j] in ("that", "which") and lower[j + 1] in _KILLED:
                    return True
    return False


# Acts that serve a power, and the acts before them in a sentence whose power they may take up.
_POWER_TAKERS = frozenset({"espionage", "received_instructions"})
_POWER_GIVERS = frozenset({"meeting", "espionage", "received_instructions", "conspiracy"})
# Pronouns that point back to the power's people: "met officers of the CIA and handed them films".
_POWER_PRONOUNS = frozenset({"him", "them", "her", "he", "they", "she"})


def _power_carried(lower: list[str], new: list[Claim], before: list[Claim], w_start: int, w_end: int) -> list[Claim]:
    """An act serving no power said, after an act of the same subject in the same sentence that named
    one, takes that power when its own words point back to that power's people with a pronoun: "met
    officers of the American Central Intelligence Agency ... and handed them films of secret
    documents", "had met Korotkov of the Soviet embassy ... and had handed him reports" (not "met the
    Japanese consul, and later passed information to Sedov": a name, not a pronoun)."""
    if not before or not any(lower[k] in _POWER_PRONOUNS for k in range(w_start, w_end)):
        return new
    out = []
    for c in new:
        if c.act in _POWER_TAKERS and c.foreign_power is None and c.subject is not None:
            prev = next((p for p in reversed(before) if p.subject == c.subject and p.foreign_power
                         and p.act in _POWER_GIVERS and p.polarity == c.polarity), None)
            if prev is not None:
                c = changed_claim(c, foreign_power=prev.foreign_power)
        out.append(c)
    return out


def _not_him_but(persons: PersonResolver, s: Sentence, triggers: list[Match], claims: list[Claim]) -> list[Claim]:
    """"it was he, not Prospero Gallinari, who had killed Moro": the act is the first one's, affirmed,
    and the one after "not" is denied it (a person, ", not", a person, "," and "who" or "that" right
    before the act's clause)."""
    doc, mentions = s.doc, s.mentions
    lower = token_view(doc).lower
    by_end = {m.end: m for m in mentions if m.person is not None and not m.possessive}
    out = list(claims)
    for y in mentions:
        k = y.start
        if y.person is None or y.possessive or k < 3 or lower[k - 1] != "not" or lower[k - 2] != ",":
            continue
        x = by_end.get(k - 2)
        if x is None or y.end + 1 >= len(lower) or lower[y.end] != "," or lower[y.end + 1] not in ("who", "that"):
            continue
        trig = next((t for t in triggers if y.end + 1 < t.start <= y.end + 5), None)
        xid, yid = person_id(x.person, persons), person_id(y.person, persons)
        if trig is None or xid is None or yid is None:
            continue
        for i, c in enumerate(out):
            if c.subject == yid and c.polarity == "affirm" and c.extra.get("trigger") == doc[trig.start:trig.end].text:
                out[i] = changed_claim(c, subject=xid)
                out.append(changed_claim(c, polarity="deny"))
    return out


_NO_ONE = (("nobody",), ("no-one",), ("noone",), ("no", "one"), ("none",), ("none", "of", "them"), ("none", "of", "us"),
           ("neither", "of", "them"))
_NO_ONE_AUX = frozenset({"had", "has", "ever", "then", "personally", "else"})


def _tells_me(doc: Doc, trig: Match) -> bool:
    """An order to the speaker: "told me to", "ordered me to" (the object in the trigger or right
    after it; not "us", which holds the speaker and others: "I ordered us to retreat")."""
    lower = token_view(doc).lower
    if lower[trig.end - 1] == "from":
        return False  # "the order came from me": the one it came from gave it
    return "me" in lower[trig.start + 1:trig.end] or (trig.end < len(lower) and lower[trig.end] == "me")


def _no_one_before(doc: Doc, trig: Match, sent_start: int) -> bool:
    """"No one" or "nobody" is the subject right before the trigger ("No one gave me orders",
    "Nobody had ever told me to", "no one else ordered me to"), or the trigger's own first words
    ("Nobody asked me to do what I did": "asked me to" alone is no order)."""
    lower = token_view(doc).lower
    if any(tuple(lower[trig.start:trig.start + len(w)]) == w for w in _NO_ONE):
        return True
    k = trig.start
    while k > sent_start and lower[k - 1] in _NO_ONE_AUX:
        k -= 1
    if k - 2 > sent_start and (lower[k - 2], lower[k - 1]) in _ABOVE_ME:
        k -= 2  # "nobody above me gave me any such order", "no one over him ordered it"
    j = k
    while j > sent_start and k - j < 8 and (lower[j - 1] in ("in", "or", "and", "from", ",")
                                            or (doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper())):
        j -= 1
    if j < k and j > sent_start and lower[j] in ("in", "from") \
            and any(j - len(w) >= sent_start and tuple(lower[j - len(w):j]) == w for w in _NO_ONE):
        return True  # "nobody in Vilnius or in Warsaw ever told us what to do"
    if k - 2 >= sent_start and lower[k - 2] == "no" and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].lower_ in _NATIONALS:
        return True  # "No Frenchman ever gave me an order", "No German ever told me to": none of them
    if k - 2 >= sent_start and lower[k - 2] == "no" and doc[k - 1].is_alpha and doc[k - 1].is_lower \
            and lower[k - 1] not in _NOT_GIVER and lower[k - 1] not in STOP_WORDS and lower[k - 1] not in _NO_IDIOMS:
        return True  # "no officer gave me an order, no party sent me": no one of them
    return any(k - len(w) >= sent_start and tuple(lower[k - len(w):k]) == w for w in _NO_ONE)


def _ordered_one(mentions: Sequence[Mention], trig: Match, *, you: bool = False,
                 first: bool = False) -> Mention | None:
    """The one an order is told to, named inside the trigger or right after it ("told me to",
    "ordered him to"; with ``you`` the one asked too, "did anyone ask you to"; with ``first`` only the
    speaker)."""
    return next((m for m in mentions if trig.start < m.start <= trig.end
                 and (m.case == "obj" or (you and m.pronoun == "you")) and (not first or m.pronoun == "first")
                 and m.person is not None and not m.possessive), None)


def _unnamed_giver(doc: Doc, trig: Match, subject_m: Mention | None, sent_start: int,
                   mentions: Sequence[Mention] = (), named_before: Callable[[], bool] = lambda: True) -> bool:
    """An order to the speaker ("ordered me to", "told us to") by someone the text does not name: a
    subject that is a common noun ("An officer ordered me to shoot", "My commanders had told me to")
    or a "he" or "they" that points at no one named (with a name before it, "he" may be that one's:
    "I met Sedov and Holtzman. He gave me instructions" gives no claim)."""
    lower = token_view(doc).lower
    if not any(w in ("me", "us") for w in lower[trig.start + 1:trig.end + 1]):
        return False
    if lower[trig.end - 1] == "to" and trig.end < len(lower) and lower[trig.end] == "be":
        return False  # "He told me to be patient": advice, not an order
    if subject_m is not None:
        return subject_m.pronoun in ("third", "plural") and subject_m.end <= trig.start \
            and not any(m.person is not None and m.pronoun is None and m.start < subject_m.start for m in mentions) \
            and not named_before()
    k = trig.start
    while k > sent_start and lower[k - 1] in _GIVER_AUX:
        k -= 1
    return k > sent_start and doc[k - 1].is_alpha and doc[k - 1].text.islower() and lower[k - 1] not in _NOT_GIVER


# What follows "sent me" when a thing is sent ("no one sent me a mail"), not the one sent.
_SENT_THINGS = frozenset({"a", "an", "the", "any", "anything", "money", "letters", "word", "his", "her", "their",
                          "my", "our", "some", "nothing", "one", "two", "copies", "papers", "documents"})
_GIVER_AUX = frozenset({"had", "has", "have", "then", "also", "personally", "himself", "themselves", "later",
                        "once", "again", "first", "even", "just"})
# Words before an order verb that are no one who gave it ("I ordered", "who ordered me to", "and told us").
_NOT_GIVER = frozenset({"i", "we", "you", "who", "that", "which", "and", "or", "but", "not", "never", "to",
                        "it", "what", "whoever", "n't", "did", "nobody", "one", "anyone", "anybody", "someone",
                        "somebody", "everyone", "everybody", "ever"})


# The people of a nation named by one word ("No Frenchman ever gave me an order").
_NATIONALS = frozenset({"german", "germans", "frenchman", "frenchmen", "englishman", "englishmen", "russian",
                        "russians", "american", "americans", "briton", "britons", "japanese", "italian", "italians",
                        "pole", "poles", "czech", "czechs", "austrian", "austrians", "soviet", "chinese", "cuban",
                        "cubans", "israeli", "israelis", "iranian", "iranians", "pakistani", "pakistanis",
                        "dutchman", "dutchmen", "spaniard", "spaniards", "turk", "turks", "hungarian", "hungarians"})


# "no doubt", "no longer" before a verb: an adverb, not "no <one of them>".
_NO_IDIOMS = frozenset({"doubt", "longer", "sooner", "matter", "wonder"})


_ABOVE_ME = frozenset((prep, who) for prep in ("above", "over") for who in ("me", "us", "him", "her", "them"))


# Indefinite pronouns that a relative "who" can hang on ("no one from our village who looted").
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "nobody", "no-one", "noone", "everyone",
                      "everybody", "those"})  # "it is those who told me to read this paragraph"
_IS = frozenset({"am", "is", "are", "was", "were", "be", "been", "'m", "’m"})


def _someone_who(lower: list[str], lo: int, trig: int) -> bool:
    """A relative "who" at most four words before the trigger and after ``lo`` (where the subject
    starts), hung on an indefinite pronoun at most seven words before it: "I know of no one from our
    village who looted a house", "I met someone who had killed a priest", "we never found anybody
    who saw them": the act is that unnamed one's, not the subject's. Not when the subject is that
    one ("I was someone who spied for them": a "be" before the pronoun), nor when a name says who
    the someone is ("someone named Kovac who")."""
    who = next((k for k in range(trig - 1, max(lo, trig - 5) - 1, -1) if lower[k] == "who"), None)
    if who is None:
        return False
    for k in range(max(1, who - 7), who):
        if lower[k] in _SOMEONE or (lower[k] == "one" and lower[k - 1] == "no"):
            if lower[k] == "those" and lower[k - 1] in ("of", "among", "amongst"):
                return False  # "I was one of those who planned sabotage": he too
            j = k - 2 if lower[k] == "one" else k - 1
            # ("looking for someone named Kovac who had killed a woman": Kovac is that someone)
            return lower[j] not in _IS and lower[k + 1] not in ("named", "called")
    return False


_OWN_WORDS = frozenset({"testimony", "evidence", "statement", "statements", "confession", "confessions",
                        "deposition", "depositions", "affidavit"})
_OWN_WORDS_OWNERS = frozenset({"the", "my", "his", "her", "their", "our", "that", "this"})
_FALSE = frozenset({"false", "untrue", "lies", "fabricated", "invented", "lie"})
_TELLERS = frozenset({"i", "he", "she", "we", "they"})
_SAID = frozenset({"said", "told", "wrote", "testified", "confessed", "stated", "signed", "had"})


def false_testimony(vocab: Vocabulary, doc: Doc, matches: list[Match]) -> list[Match]:
    """"swore an affidavit that the evidence he had given against Kenyatta at Kapenguria was false":
    one's own words, said with what they were about and then called false (the noun after "the",
    "my", "his" ..., then "he"/"I" ... and at most ten words before "was false", no punctuation
    between), withdraw them like "my testimony was false": the stance cue of that phrase, spread
    over the words between (added to ``matches`` where no cue stands)."""
    lower = token_view(doc).lower
    if _FALSE.isdisjoint(lower):  # ("lie" in "was a lie"); most docs stop here, before the cue is looked up
        return matches
    cue = next((str(i) for i, c in enumerate(vocab.cues) if "testimony was false" in c.phrases), None)
    if cue is None:
        return matches
    cued = {k for m in matches if m.kind == "C" for k in range(m.start, m.end)}
    out = list(matches)
    for k in range(2, len(doc)):
        # "... was false", "... were lies", "... was a lie"
        be = k - 2 if lower[k] == "lie" and lower[k - 1] == "a" else k - 1
        if (lower[k] not in _FALSE and be == k - 1) or lower[be] not in ("was", "were") or k in cued:
            continue
        for j in range(be - 1, max(-1, be - 13), -1):
            if not (doc[j].is_alpha or doc[j].like_num):
                break
            if lower[j] in ("everything", "all", "what") and j + 2 < be and lower[j + 1] in _TELLERS \
                    and lower[j + 2] in _SAID:
                out.append(Match("C", cue, j, k + 1))  # "Everything I said at the examination was a lie"
                break
            if lower[j] in _OWN_WORDS and j > 0 and lower[j - 1] in _OWN_WORDS_OWNERS:
                if j + 1 < k - 1 and lower[j + 1] not in ("he", "she", "i", "they", "we"):
                    break  # "the evidence of the police was false": no words of one's own given
                out.append(Match("C", cue, j, k + 1))
                break
    return sorted(out, key=lambda m: (m.start, -(m.end - m.start)))


def changed_claim(c: Claim, **changes: Any) -> Claim:
    """``c`` with ``changes``, its id made from its new content as :func:`make_claim` makes it."""
    c = replace(c, **changes)
    return replace(c, id=_claim_id(c.source, c.quote, c.asserted_by, c.subject, c.act, c.polarity, c.modality,
                                   c.counterparts, c.foreign_power, c.place, c.time, c.reported_by))


def _claim_id(source: Source, quote: str, asserted_by: str | None, subject: str | None, act: str, polarity: str,
              modality: str, counterparts: tuple[str, ...], power: str | None, place: str | None, time: Interval,
              reported_by: str | None) -> str:
    """A claim's id: where it is cited and what it says (the quote only where no offsets cite it)."""
    return stable_id(NAME, source.document, source.turn, source.char_start, source.char_end,
                     quote if source.char_start is None else None, asserted_by, subject, act, polarity,
                     modality, counterparts, power, place, time.to_dict(), reported_by)


_SO_DID = frozenset({("so", "did"), ("as", "did"), ("so", "had"), ("as", "had"), ("nor", "did"), ("neither", "did")})


def _so_did(persons: PersonResolver, s: Sentence, triggers: list[Match], claims: list[Claim]) -> list[Claim]:
    """"Admiral Poindexter approved it, and so did Director Casey", "Zinoviev confessed, as did
    Kamenev": the one named after "so did" / "as did" did the act just before, as it was said
    ("nor did X": denied as it was)."""
    doc = s.doc
    lower = token_view(doc).lower
    out: list[Claim] = []
    for x in s.mentions:
        k = x.start
        if (x.pronoun is not None and x.pronoun != "first") or x.possessive or k < s.span.start + 2 \
                or (lower[k - 2], lower[k - 1]) not in _SO_DID:  # ("..., and neither did I": the speaker)
            continue
        subject = person_id(x.person, persons)
        before = [t for t in triggers if t.end <= k - 2]
        if subject is None or not before:
            continue
        quote = span_text(s.span).strip()
        for c in claims:
            if c.subject == subject or c.quote != quote or c.extra.get("trigger") != doc[before[-1].start:before[-1].end].text:
                continue
            out.append(changed_claim(c, subject=subject))
    return out


_DENIAL_ADVERBS = frozenset({"has", "had", "have", "always", "later", "strongly", "consistently", "flatly", "firmly",
                             "then", "since", "vehemently", "also"})


# Nouns for what one is accused of, before a relative clause of denial: "..., a charge he rejected".
_CHARGE_NOUNS = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim"})
# What a denial after a new clause denies: "...; he denied it to the end".
_DENIED_OBJECTS = frozenset({"it", "this", "them", "everything"})


def _which_denied(persons: PersonResolver, s: Sentence, triggers: list[Match], claims: list[Claim]) -> list[Claim]:
    """"the prosecutor claimed that Horakova had met the agent Kiska in Prague, which she denied": an
    accusation and the accused's denial of it are two claims (the guide): the act told before ",
    which" is also the denier's, denied, when its subject is the one who denies."""
    doc = s.doc
    lower = token_view(doc).lower
    denials = {m.start for m in s.matches if m.kind == "R" and m.label == "denial"}  # (stance.yaml's verbs)
    out: list[Claim] = []
    for x in s.mentions:
        k = x.start
        if x.possessive or k < s.span.start + 2:
            continue
        j = x.end
        while j < s.span.end and lower[j] in _DENIAL_ADVERBS:
            j += 1
        if lower[k - 1] == "which" and lower[k - 2] == ",":
            opened = k - 2
        elif lower[k - 1] in _CHARGE_NOUNS and k >= s.span.start + 3 and lower[k - 2] in ("a", "an", "the") \
                and lower[k - 3] == ",":
            opened = k - 3  # "..., a charge he rejected to the end"
        elif lower[k - 1] in (";", "but") or lower[k - 2:k] in ([",", "but"], [",", "and"]):
            # "...; he denied it to the end", "..., but she denied it": the denial needs its object
            if j + 1 >= s.span.end or not (lower[j + 1] in _DENIED_OBJECTS or (
                    lower[j + 1] == "the" and j + 2 < s.span.end and lower[j + 2] in _CHARGE_NOUNS)):
                continue
            opened = k - 1 if lower[k - 1] in (";", "but") else k - 2
        else:
            continue
        denier = person_id(x.person, persons)
        if j not in denials or denier is None:
            continue
        told = {doc[t.start:t.end].text for t in triggers if t.end <= opened}
        for c in claims:
            if c.subject == denier and c.polarity == "affirm" and c.extra.get("trigger") in told:
                out.append(changed_claim(c, polarity="deny", asserted_by=denier))
    return out


def _own_subject_aside(doc: Doc, prev: Match, m: Match, sent_end: int, mentions: list[Mention]) -> bool:
    """``prev`` stands in an apposition or relative clause without ``m``, with a subject of its own
    before it there ("Petrov and Boshirov, who said they had come to Salisbury, flew to Gatwick")."""
    if not _aside(doc, prev.start, m, sent_end):
        return False
    opener = in_parenthesis(doc, prev.start, sent_end)
    return opener is not None and any(opener < x.start < prev.start and x.case == "subj" and x.pronoun != "you"
                                      for x in mentions)


_PLEA_OBJECT = frozenset({"for", "to", "of", "the", "all", "these", "those", "my", "his", "her", "their", "our",
                          "any", "every", "each", "charge", "charges", "count", "counts", "accusation", "accusations"})


def _pleaded_to(doc: Doc, cue: Match, m: Match) -> bool:
    """Act ``m`` is what stance cue ``cue`` is about: right after it, only "for", "to", "the",
    "all", "charge of" ... between ("responsibility for the crimes", "not guilty to the charge of
    espionage")."""
    lower = token_view(doc).lower
    return 0 <= m.start - cue.end <= 5 and all(lower[k] in _PLEA_OBJECT or doc[k].like_num
                                               for k in range(cue.end, m.start))


def _payment(lower: list[str], m: Match) -> bool:
    """``m`` is being paid ("paid", "had paid": acts.yaml's money received)."""
    return m.label == "received_instructions" and not m.gapped and "paid" in lower[m.start:m.end]


_NO_PAYER = frozenset({"nobody", "no", "never", "none", "not", "n't"})


def _denied_payment(lower: list[str], k: int, lo: int) -> bool:
    """"nobody paid me", "no one ever paid me", "never paid me": a payment denied (a negation at most
    four words before the "paid" at ``k``)."""
    return any(w in _NO_PAYER for w in lower[max(lo, k - 4):k])


def _next_leg(lower: list[str], prev: Match, m: Match, places: list[PlaceMention]) -> bool:
    """A second journey in a sentence, not the first told again: "flew to Moscow and went on to
    Dagestan", "had flown to London and ... had gone to the Syrian embassy", "sailed to Saint-Malo;
    from there both made their way to Moscow" -- a place after the first trigger, "and", ";" or
    "then" after that place, a place after the second trigger, and a second trigger that
    is a verb of its own (not "flew to Paris, landing at Le Bourget")."""
    if m.label != "travel" or lower[m.start].endswith("ing") or lower[m.start] in ("trip", "journey", "flight") \
            or lower[m.start] in _PASSIVE_BE or (m.start > 0 and lower[m.start - 1] in _PASSIVE_BE):
        return False  # (nor a passive: "and ... 437,000 Jews were deported from Hungary to Auschwitz")
    first = next((p for p in places if prev.end <= p.start < m.start), None)
    return first is not None and any(w in ("and", ";", "then") for w in lower[first.end:m.start]) \
        and any(m.end <= p.start <= m.end + 3 for p in places)


def _told_twice(claims: list[Claim]) -> list[Claim]:
    """One act told twice in a sentence, its details split between the tellings ("charged with the
    murder of Colonel Bloomquist, killed by their bomb at the IG Farben building on 11 May 1972"):
    one claim, the one with more details, with the counterparts of both. Claims whose details
    differ (two places, two times, other counterparts) stay apart: two acts."""
    out: list[Claim] = []
    for c in claims:
        for i, d in enumerate(out):
            if (d.asserted_by, d.subject, d.act, d.polarity, d.modality) != (
                    c.asserted_by, c.subject, c.act, c.polarity, c.modality):
                continue
            dd, cd = _details(d), _details(c)
            if any(x is not None and y is not None and x != y for x, y in zip(dd, cd)):
                continue  # "met Sedov in Berlin, and in Oslo met Trotsky": two meetings
            if sum(x is not None for x in dd) == sum(x is not None for x in cd) and dd != cd:
                continue
            keep, other = (d, c) if sum(x is not None for x in dd) >= sum(x is not None for x in cd) else (c, d)
            merged = tuple(dict.fromkeys((*keep.counterparts, *other.counterparts)))
            out[i] = keep if merged == keep.counterparts else changed_claim(keep, counterparts=merged)
            break
        else:
            out.append(c)
    return out


_WORDS_NOUNS = frozenset({"testimony", "testimonies", "evidence", "statement", "statements", "deposition",
                          "depositions", "confession", "confessions", "account", "answer", "answers", "speech",
                          "interview", "explanation", "explanations", "information", "lecture", "report"})


_VERDICT_VERBS = frozenset({"found", "find", "finds", "adjudged", "pronounced"})


def _verdict(lower: list[str], start: int, cue: int) -> bool:
    """The plea cue at ``cue`` ("guilty", "not guilty") is a verdict: "found" / "find" at most seven
    words before it with no clause break between ("the jury found Sacco not guilty", "we find the
    defendant, Hardy, not guilty"), or a bare "guilty" / "not guilty" after "on the charge of X," that
    repeats an earlier verdict of the sentence ("...; on the charge of kidnapping, not guilty")."""
    for k in range(cue - 1, max(start, cue - 8) - 1, -1):
        if lower[k] in (";", ":", "."):
            break
        if lower[k] in _VERDICT_VERBS:
            return True
    if cue > start and lower[cue - 1] == ",":
        # an elliptic verdict: the sentence said "find/found ... guilty" before it
        before = lower[start:cue]
        return any(w in _VERDICT_VERBS for w in before) and "guilty" in before
    return False


def _found_that(lower: list[str], start: int, cue: int) -> bool:
    """A finding verb (:data:`_FINDING_VERBS`: "found", "held", "declared" ...) and, at most six words
    on, the "that" of its clause, before the plea cue at ``cue`` in the same sentence, no ";" between."""
    for k in range(start, cue):
        if lower[k] in (";", ":"):
            return False
        if lower[k] in _FINDING_VERBS \
                and "that" in lower[k + 1:min(cue, k + 8)] \
                and not any(w in ("i", "we") for w in lower[max(start, k - 3):k]):
            return True  # (not "I found that I could lie no longer, and I plead guilty": one's own plea)
    return False


_FINDING_WORDS = frozenset({"conclusion", "conclude", "concluded", "concludes", "finding", "find", "finds", "held",
                            "hold", "holds", "decided", "decide", "ruled", "rule", "verdict", "satisfied",
                            "submission", "submit", "submits"})


def _confirms_that(doc: Doc, cue: Match, sent_start: int) -> bool:
    """"Yes, I confirm that.": a sentence that is only a bare "confirm" of "that", "it" or "this"
    (a "yes" before it) agrees with what was just put, which an answer to a question of fact does
    not make a plea; the question, if it asked about a statement, gives the plea itself
    (:mod:`.answers`). ("Yesterday I said that I met Field, and I confirm it" confirms the
    sentence's own statement: a plea.)"""
    lower = token_view(doc).lower
    if any(w not in ("yes", ",", "sir", "well", "indeed", "madam") for w in lower[sent_start:cue.start]):
        return False
    k = cue.end
    if doc[cue.start:cue.end].text.lower() not in ("i confirm", "confirm", "i can confirm") or k + 1 >= len(doc):
        return False
    return lower[k] in ("that", "it", "this") and lower[k + 1] in (".", "!", ";")


def _others_words(doc: Doc, cue: Match, mentions: list[Mention], speaker: str | None) -> bool:
    """Stance cue ``cue`` is about someone else's words: "the testimony of Bessonov", "the
    evidence given by Sedov", "Sedov's testimony" right after it (or ending it)."""
    lower = token_view(doc).lower
    nouns = [k for k in range(max(cue.start, cue.end - 1), min(len(lower), cue.end + 4)) if lower[k] in _WORDS_NOUNS]
    for x in mentions:
        if x.person is None or x.person == speaker or x.pronoun is not None:
            continue
        if x.possessive and cue.end - 1 <= x.start <= cue.end + 1:
            return True  # "I confirm Sedov's testimony"
        for k in nouns:
            j = k + 1
            if j < len(lower) and lower[j] in ("given", "made"):
                j += 1
            if j < len(lower) and lower[j] in ("of", "by") and j < x.start <= j + 2:
                return True
    return False


def _words_by(doc: Doc, m: Match) -> bool:
    """"the testimony given by Bessonov", "a statement signed by Sedov": words given, not an order."""
    lower = token_view(doc).lower
    if m.label != "gave_instructions" or lower[m.end - 1] != "by":
        return False
    k = m.start - 1
    while k >= 0 and lower[k] in ("was", "were", "been", "had", "has", "have", "is", "are"):
        k -= 1
    return k >= 0 and lower[k] in _WORDS_NOUNS


# Passives of sending whose subject is sent somewhere ("we were sent to the school"), unless a thing
# sent to them follows ("were sent an email", "was sent a copy").
_SENT_PASSIVE = frozenset({"was sent", "were sent", "been sent"})
_ARTICLES = frozenset({"a", "an", "the", "copies", "letters", "documents"})


@lru_cache(maxsize=64)
def _person_words(person_triggers: tuple[str, ...]) -> frozenset[str]:
    """The phrases that need a person right after them besides the person triggers themselves: their
    last words, and the triggers in the base form the matcher also finds after "do" ("I did not
    encounter any difficulties" is no meeting, "did you encounter Sedov" one)."""
    base, _ = derived_phrases(person_triggers, (), False)
    return frozenset({p.split()[-1] for p in person_triggers} | {p.lower() for p in base})


_SOME_AMOUNT = frozenset({"nothing", "anything", "something", "much", "little", "everything"})
_HAVE_FORMS = frozenset({"had", "has", "have", "having"})
_THINGS = frozenset({"that", "it", "this", "which", "what", "these", "those"})


def _thing_unconnected(lower: list[str], k: int) -> bool:
    """"<that|it|this> had nothing to do with" at the "do" at ``k``: a thing, not a person, is
    (un)connected to the crime."""
    if k < 4 or lower[k] != "do" or lower[k - 1] != "to" or lower[k - 2] not in _SOME_AMOUNT:
        return False
    j = k - 3
    while j > 0 and lower[j] in ("not", "n't", "never", "did", "does", "do", "ever", "really"):
        j -= 1
    if lower[j] not in _HAVE_FORMS:
        return False
    return j > 0 and lower[j - 1] in _THINGS


def _unmet_condition(vocab: Vocabulary, doc: Doc, m: Match, mentions: list[Mention], act_starts: set[int]) -> bool:
    """Act trigger ``m`` lacks what it needs to be an act here:

    * a meeting only wished, planned or possible ("wished to see me", "will meet him");
    * an order that "came from" someone with no order said before it ("the letter came from X");
    * an object-subject trigger ("sent") with no one right after it to do the act;
    * a person trigger (``person_triggers``: "saw Hitler", "did you see Colonel Beara") with no
      person right after it, a title aside ("saw the documents", "saw Sedov's letter"), or with
      one seen doing something ("saw Boger beat a prisoner", "saw him leaving": a sight, not a
      meeting);
    * taking ("took ... to") with no one taken between, or in the passive;
    * having "nothing to do with" a crime said of a thing ("what I knew, but that had nothing to do
      with the massacre"), not of a person."""
    if m.gapped and _thing_unconnected(token_view(doc).lower, m.start):
        return True
    if m.gapped and m.label == "travel" and doc[m.start].lower_ not in _TAKING:
        # "came under pressure to resign", "came into contact with": "to" opens an aim, "into" a state,
        # not a place.
        return doc[m.end - 1].lower_ in ("to", "into") and _no_place_after(doc, m.end)
    if m.gapped and m.label == "travel" and doc[m.start].lower_ in _TAKING:
        view = token_view(doc)
        if m.end - m.start <= 2 or (m.start > 0 and view.lower[m.start - 1] in _PASSIVE_BE):
            # "before any charge could be brought to court", "ordered that the launcher be taken from
            # Donetsk to a farm field": taking with no one taken, or a passive (the passive journeys
            # are phrases of their own: "was taken to", "were brought to").
            return True
        if _no_place_after(doc, m.end):
            # "took the decision to seek refuge", "led us to believe", "took another exam to enter":
            # "to" opens an aim (a verb), not a place.
            return True
        if any(x.start == m.end and x.person is not None for x in mentions):
            # "Sedov took me from the Hotel Bristol to Trotsky": taken to a person, whose place is not
            # said (nor is the place left a destination).
            return True
    if m.gapped and m.label == "received_instructions" and doc[m.start].lower_ in _DID_FORMS \
            and doc[m.end - 1].lower_ in _ORDER_WORDS and doc[m.end - 2].lower_ in ("the", "on", "at"):
        # "I did this on the instructions of Jiang Qing": a person's orders; "I did it on the orders of
        # the KGB" is the act done in that power's service, with no order of its own (the guide).
        if m.end + 2 < len(doc) and doc[m.end].lower_ == "of" and doc[m.end + 1].lower_ in _SUPERIORS_OPENERS \
                and any(doc[k].lower_ in _SUPERIORS and all(doc[j].is_lower for j in range(m.end + 2, k + 1))
                        for k in range(m.end + 2, min(len(doc), m.end + 4))):
            # "I did on the orders of my superiors", "did as an interpreter on the orders of the camp
            # staff": orders received from those over one
            return False
        return m.end >= len(doc) or doc[m.end].lower_ != "of" or not any(
            m.end + 1 <= x.start <= m.end + 2 and x.person is not None and x.pronoun is None for x in mentions)
    if m.gapped:
        return False
    phrase = doc[m.start:m.end].text.lower()
    act = vocab.acts[m.label]
    person_words = _person_words(act.person_triggers)
    view = token_view(doc)
    texts, lower = view.text, view.lower
    if m.label == "meeting" and _intended(lower, m.start):
        return True  # "Trotsky wished to see me", "you will meet Sedov", "I couldn't see him": no meeting
    if m.label == "meeting" and m.end - m.start == 1 and lower[m.start] in ("meeting", "meetings") \
            and _meeting_spoken_of(lower, texts, m.start):
        return True  # "the agenda for the meeting", "after the meeting of 7 June": no one's meeting
    if _counterfactual(lower, m.start):
        return True  # "I could have reached Nyarubuye by six", "I would most likely have seen him": not done
    if m.label == "travel" and _message_went(lower, m.start):
        return True  # "the letter about the Crimea went to Stalin": a letter, no one, went
    if m.label == "travel" and (tuple(lower[m.end:m.end + 3]) in _TO_DEATH
                                or tuple(lower[m.end - 1:m.end + 2]) in _TO_DEATH):
        return True  # "Horakova went to the gallows": an execution, no journey
    if m.label == "travel" and (lower[m.end - 1:m.end + 1] in (["to", "war"], ["to", "trial"])
                                or lower[m.end:m.end + 2] in (["to", "war"], ["to", "trial"])):
        return True  # "when Italy went to war with Austria", "the case went to trial": no journey
    if m.label == "travel" and (lower[m.end - 1:m.end + 1] in (["to", "power"], ["to", "light"])
                                or lower[m.end:m.end + 2] in (["to", "power"], ["to", "light"])):
        return True  # "until Hitler came to power", "when his affair came to light": no journey
    if m.label == "travel" and lower[m.start] in GO_FORMS \
            and ((lower[m.end:m.end + 2] == ["on", "to"] and _no_place_after(doc, m.end + 2))
                 or (lower[m.end - 2:m.end] == ["on", "to"] and _no_place_after(doc, m.end))):
        return True  # "who went on to serve the occupiers": what came next, no journey
    if m.label == "conspiracy" and phrase in ("privy to", "been privy to") and m.end < len(lower) \
            and lower[m.end] in _PRIVY_THINGS:
        return True  # "a man who would be privy to orders": knowing what was said, no plot
    if m.label == "received_instructions" and phrase in _TOLD_BY and _told_that(lower, m.end):
        return True  # "I was told by people I trusted that help was coming": news, not an order
    if m.label == "travel" and phrase in _SENT_PASSIVE and m.end < len(lower) and lower[m.end] in _ARTICLES:
        return True  # "the Core Participants were sent an email": a thing sent to them, no journey
    if phrase in _CAME_FROM and not any(lower[k] in _ORDER_NOUNS for k in range(max(0, m.start - 10), m.start)):
        return True  # "the letter came from Trotsky": no order came
    if phrase in act.object_subject and phrase not in act.triggers:
        # "Sedov sent me to Oslo" (I travel), not "sent a parcel bomb to kill": without the one it is
        # done to (a title aside: "came from General Pinochet"), such a trigger is no act (nor a
        # journey whose aim would be the killing).
        if any(lower[k] == "whom" for k in range(max(0, m.start - 4), m.start)):
            return False  # "Leuchter, whom Zündel had sent to Auschwitz": the one before "whom" went
        sent = next((x for x in mentions if m.end <= x.start <= m.end + 2
                     and (x.person is not None or x.pronoun == "first")
                     and not x.possessive  # ("did not come from me": the speaker)
                     and (all(texts[k][:1].isupper() for k in range(m.end, x.start))
                          or x.start == after_kin(lower, m.end))), None)  # "sent my son Juan Almonte to"
        if sent is None:
            return True
        # "I sent Kappler a list of fifty men": a thing sent to him (a dative), not he sent anywhere
        # (not "sent me the next day to Oslo").
        return m.label == "travel" and sent.end + 1 < len(lower) and (
            lower[sent.end] in ("a", "an", "copies", "letters", "documents", "word", "money")
            or (lower[sent.end] == "the" and lower[sent.end + 1] not in _DATIVE_TIME))
    if phrase not in act.person_triggers and phrase not in person_words:
        return False
    for x in mentions:
        # ("her" may be read as a possessive: "have not seen her since")
        if (x.person is None and x.pronoun is None) or (x.possessive and lower[x.start] != "her") \
                or not m.end <= x.start <= m.end + 3:
            continue
        if x.pronoun is not None and lower[x.start] not in _OBJECT_PRONOUNS:
            continue  # "what I saw they were in a hurry": a clause seen, not a person met
        if all(texts[k][:1].isupper() or texts[k] == "." for k in range(m.end, x.start)):
            after = x.end + (x.end + 1 < len(lower) and lower[x.end] in ("himself", "herself", "themselves"))
            nxt = lower[after] if after < len(lower) else ""
            # "saw Gacumbitsi question those men", "saw him leaving": a bare verb after the person
            # ("saw Barzan al-Tikriti himself kick the prisoners": after the emphatic pronoun).
            doing = view.alpha[after] and view.is_lower[after] and not nxt.endswith("ly") and (
                nxt not in STOP_WORDS or nxt in _BARE_VERBS) and nxt not in _NOT_DOING if nxt else False
            return nxt in ("'s", "’s") or x.end in act_starts or after in act_starts or doing
    return True


# Offices whose holder one goes to see ("went to the British ambassador"): a meeting.
_ROLES_SEEN = frozenset({"ambassador", "consul", "minister", "president", "king", "queen", "emperor", "governor",
                         "chancellor", "envoy", "attaché", "attache", "bishop", "archbishop", "pope", "prefect",
                         "viceroy", "commissar", "sultan", "shah", "tsar", "kaiser", "premier"})
_ROLE_ADJECTIVES = frozenset({"british", "german", "french", "american", "soviet", "russian", "japanese", "italian",
                              "polish", "chinese", "prime", "foreign", "interior", "war", "home", "us", "u.s.",
                              "austrian", "spanish", "swiss", "swedish", "turkish", "dutch", "belgian", "czech",
                              "hungarian", "israeli", "iranian", "cuban", "mexican", "local"})


def _to_someone(lower: list[str], trig: Match) -> bool:
    """A journey's "to" opens an office holder ("went to the British ambassador in Tokyo", "came to
    the minister"): the one seen, not a place."""
    k = trig.end if lower[trig.end - 1] == "to" else (trig.end + 1 if trig.end < len(lower) and lower[trig.end] == "to"
                                                      else None)
    if k is None or k >= len(lower) or lower[k] != "the":
        return False
    k += 1
    while k < len(lower) and lower[k] in _ROLE_ADJECTIVES:
        k += 1
    return k < len(lower) and lower[k] in _ROLES_SEEN and not (k + 1 < len(lower) and lower[k + 1] in ("'s", "’s"))


_PRIVY_THINGS = frozenset({"orders", "order", "information", "instructions", "secrets", "discussions",
                           "conversations", "decisions", "documents", "details"})
_TOLD_BY = frozenset({"was told by", "were told by", "been told by"})


def _told_that(lower: list[str], k: int) -> bool:
    """A "that" opens what was told within eight words after ``k`` ("was told by people I trusted
    that ..."), with no "to" of an order before it."""
    for j in range(k, min(len(lower), k + 8)):
        if lower[j] == "to":
            return False
        if lower[j] == "that":
            return True
    return False


# Words after "the" that open a time, not a thing sent ("sent me the next day to Oslo").
_DATIVE_TIME = frozenset({"next", "following", "same", "day", "morning", "evening", "night", "week", "month", "year",
                          "previous", "first", "last"})


_TO_DEATH = frozenset((*(("to", "the", w) for w in ("gallows", "scaffold", "guillotine", "block", "stake")),
                       ("to", "his", "death"), ("to", "her", "death"), ("to", "their", "deaths"),
                       ("to", "their", "death")))


# Things sent, not people: as the subject of "went to", "came to" they make no journey.
_MESSAGES = frozenset({"letter", "letters", "instruction", "instructions", "order", "orders", "message", "messages",
                       "report", "reports", "note", "notes", "telegram", "telegrams", "cable", "cables", "money",
                       "payment", "payments", "directive", "directives", "documents", "information", "parcel",
                       "package", "memorandum", "memo", "request", "complaint", "petition", "file", "files"})
_MESSAGE_DETERMINERS = frozenset({"the", "every", "each", "all", "this", "that", "these", "those", "a", "an", "his",
                                  "her", "my", "our", "their", "its", "no", "any"})


def _message_went(lower: list[str], k: int) -> bool:
    """A journey trigger at ``k`` whose subject is a thing sent: a determiner and a noun of
    :data:`_MESSAGES`, then at most five words of its own with no punctuation or clause word before
    the trigger ("the letter about the Crimea went to Stalin", "every instruction on the Leningrad
    case came to me from Stalin")."""
    for j in range(k - 1, max(-1, k - 8), -1):
        w = lower[j]
        if not w.isalpha() or w in ("and", "but", "then", "who", "which", "that", "i", "he", "she", "we", "they"):
            return False
        if w in _MESSAGES and j > 0 and lower[j - 1] in _MESSAGE_DETERMINERS:
            # (not "the courier with the letters went to Tokyo": the letters go with someone)
            return j < 2 or lower[j - 2] not in _CARRIED_BY
    return False


_CARRIED_BY = frozenset({"with", "of", "carrying", "bearing", "about", "for", "from", "on", "and"})


_CAME_FROM = frozenset({"came from", "had come from", "came directly from", "all came from", "not come from",
                        "n't come from", "never came from"})
_ORDER_NOUNS = frozenset({"order", "orders", "instruction", "instructions", "directive", "directives", "command",
                          "commands"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot", "'ll",
                     "’ll", "let", "wo", "ca"})
# "went to meet the branch", "came to meet him": a journey to a meeting that took place.
_TO_MEET = frozenset({"went", "came", "gone", "come", "go", "goes", "comes", "travelled", "traveled", "flew", "drove",
                      "arrived", "returned", "used"})


def _intended(lower: list[str], k: int) -> bool:
    """Token ``k`` opens a meeting only wished, planned or possible: after "to" ("wanted to meet",
    not "used to meet" or "came to meet him") or a modal, negated or not ("will see", "couldn't
    see", "would not meet")."""
    j = k - 1
    if j >= 0 and lower[j] == "have":
        j -= 1  # "could not have seen me"
    if j >= 0 and lower[j] in ("not", "n't", "never"):
        j -= 1
    if j < 0:
        return False
    return lower[j] in _MODALS or (lower[j] == "to" and j == k - 1 and (j == 0 or lower[j - 1] not in _TO_MEET))


# Words before the noun "meeting" that make it a thing spoken of, not one someone is said to have had
# or been at ("the agenda for the meeting", "the date of the first meeting", "before this meeting",
# "I do remember that second meeting", "I never heard of such a meeting").
_SPOKEN_OF = frozenset({"of", "for", "about", "before", "after", "from", "since", "until", "remember", "recall",
                        "remembered", "recalled", "forget", "forgot", "forgotten",
                        # "the minutes concerning the meeting", "an audio cassette relating to that meeting"
                        # ("to" only after relating, related, regard, reference: not "went to the meeting")
                        "to", "concerning", "regarding"})
_ABOUT_TO = frozenset({"relating", "related", "regard", "respect", "reference", "pertaining", "referring"})
_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                     "some", "twenty", "dozen", "fifty", "hundred"})
# Words of the noun phrase itself, walked over back to such a word.
_MEETING_NP = frozenset({"the", "a", "an", "that", "this", "these", "those", "such", "any", "one", "two", "three",
                         "several", "some", "many", "first", "second", "third", "last", "next", "same", "said",
                         "whole", "entire", "other", "another", "further"})


def _meeting_spoken_of(lower: list[str], texts: list[str], k: int) -> bool:
    """The bare noun "meeting(s)" at ``k`` names a meeting only spoken of: no "with"/"between" after
    it that gives its participants ("the meeting with Rankovic's envoy"), and one of
    :data:`_SPOKEN_OF` right before its noun phrase (determiners, numbers, capitalised words and at
    most one other modifier between: "the decisions of the security meeting", "on the morning of
    the Board meeting"). The Post Office Inquiry's counsel and witnesses say "meeting" hundreds of
    times so; "chaired the meeting", "at a meeting in Key Biscayne", "his meeting" stay."""
    for j in range(k + 1, min(len(lower), k + 5)):
        if lower[j] in ("with", "between"):
            return False
        if not lower[j].isalpha():
            break
    other = 0
    for j in range(k - 1, max(-1, k - 6), -1):
        w = lower[j]
        if w == "to" and (j == 0 or lower[j - 1] not in _ABOUT_TO):
            return False
        if w in _SPOKEN_OF:
            # ("he held about two meetings": "about" before a number counts them)
            return not (w == "about" and j + 1 < k and (texts[j + 1][:1].isdigit() or lower[j + 1] in _COUNTS))
        if w in _MEETING_NP or texts[j][:1].isdigit() or texts[j][:1].isupper():
            continue
        if w.isalpha() and other == 0 and j == k - 1:
            other = 1  # "security meeting", "préfectural meeting"
            continue
        return False
    return False


# Verbs of seeing, hearing and learning, and the words that may stand between "I" and them.
_PERCEIVE = frozenset({"saw", "see", "seen", "sees", "heard", "hear", "hears", "noticed", "watched", "witnessed",
                       "observed", "learned", "learnt", "understood", "realised", "realized", "knew", "know"})
# Verbs of coming upon someone in the middle of an act ("found soldiers killing the survivors").
_FOUND = frozenset({"found", "find", "finds", "discovered", "caught", "surprised"})
_PERCEIVE_AUX = frozenset({"could", "can", "would", "did", "do", "had", "have", "has", "not", "n't", "never", "also",
                           "only", "then", "just", "quite", "clearly", "actually", "personally", "myself", "ourselves",
                           "all", "both", "'d", "’d", "'ve", "’ve", "later", "first"})


def _perceived(doc: Doc, subject_m: Mention, trig: Match) -> bool:
    """``subject_m`` ("I", "he", a name) is the one who saw or heard the act at ``trig``, not its doer:
    a verb of :data:`_PERCEIVE` right after it (auxiliaries and adverbs between) and the trigger in
    that verb's complement ("I saw them killing people", "I could see people killing them", "we heard
    the first explosions", "I had heard that people were going to kill us"). An "and", "but" or
    ";" between ends the complement ("I saw people running and I decided to go", "I heard the
    order and went to Tokyo"), except inside a that-clause ("I heard that they came at night and
    killed them"); so does "I" or "we" ("I understood who they were, and so I left")."""
    lower = token_view(doc).lower
    j = subject_m.end
    while j < trig.start and j - subject_m.end < 4 and (lower[j] in _PERCEIVE_AUX or lower[j].endswith("ly")):
        j += 1  # ("I subsequently learned that ...")
    if j < trig.start and lower[j] in _FOUND and lower[trig.start].endswith("ing") and trig.start - j <= 8:
        return True  # "he found soldiers killing off any survivors": came upon them doing it
    if j >= trig.start or lower[j] not in _PERCEIVE:
        return False
    if lower[j + 1:j + 3] == ["to", "be"]:
        return False  # "given information to anyone I knew to be a Soviet agent": what he was, not a sight
    clause = False
    for k in range(j + 1, trig.start):
        w = lower[k]
        if w in ("that", "how", "what", "when"):
            clause = True
        elif w in ("and", "or", ",") and k == trig.start - 1 and lower[trig.start].endswith(("ion", "ions", "ings")):
            continue  # "heard gunfire and explosions": two things heard, not a new clause
        elif w in (";", ":", "i", "we") or (w in ("and", "but", "then") and not clause):
            return False  # (" ... and so I turned around and left": the speaker's own act again)
    return True


# Passive verbs of being told, and what may stand between them and the one told.
_TOLD_OF = frozenset({"told", "informed", "briefed", "advised", "notified", "warned", "assured", "reminded"})
_TOLD_AUX = frozenset({"was", "were", "been", "being", "is", "are", "am", "had", "has", "have", "later", "then",
                       "also", "subsequently", "first", "never", "not", "n't", "only", "just", "'d", "’d", "'ve"})
_TOLD_CLAUSE = frozenset({"that", "about", "what", "how", "who", "of"})


def _told_of(lower: list[str], subject_m: Mention, trig: Match) -> bool:
    """The subject is the one who was told of the act at ``trig``, not its doer: a passive verb of
    being told right after it and the trigger in what was told ("I was told that the soldiers had
    killed the priest", "Lind was briefed by Petrov about what had happened at the meeting; namely,
    that the mayor had ..."). Not an order ("I was told to kill him": no "that" or "about" between),
    and an "and", "but" or ";" outside a that-clause, or a new "I", ends what was told."""
    j = subject_m.end
    while j < trig.start and lower[j] in _TOLD_AUX:
        j += 1
    if j >= trig.start or lower[j] not in _TOLD_OF or j == subject_m.end:
        return False  # ("Petrov told me that ...": active, Petrov is the teller)
    clause = False
    for k in range(j + 1, trig.start):
        w = lower[k]
        if w in _TOLD_CLAUSE:
            clause = True
        elif w == ";" and lower[k + 1:k + 2] == ["namely"]:
            continue
        elif w in (";", ":", "i", "we") or (w in ("and", "but", "then") and not clause):
            return False
    return clause


# Verbs of saying and knowing whose negation says nothing of the act in their complement ("I can't
# tell you who took part in the massacre", "he never said that he saw Kovac", "I was not aware that
# they had met"). Not "think" or "believe": "I don't think he met them" denies, by neg-raising.
_UNSAID = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "know", "knows", "knew", "remember",
                     "remembers", "remembered", "recall", "recalls", "recalled", "recollect", "mention", "mentioned",
                     "state", "stated", "testify", "testified", "claim", "claimed", "aware", "sure", "certain"})
_COMPLEMENT = frozenset({"that", "who", "whom", "whose", "whether", "if", "what", "which", "where", "when", "how",
                         "why"})


def _denial_unsaid(doc: Doc, trig: Match, negs: list[Match], sent_start: int) -> bool:
    """The negation that denies ``trig`` negates something else: a verb of saying or knowing whose
    complement holds the act ("I can't tell you who took part in that massacre", "at no point did he
    say that he met Kovac": neither affirmed nor denied), or a negative imperative ("Don't kill any
    of them", he said; "do not shoot": an order not to, no denial that anyone did)."""
    lower = token_view(doc).lower
    start = clause_start(doc, trig.start, sent_start)
    before = [n for n in negs if start <= n.start and n.end <= trig.start]
    if not before:
        return False
    n = max(before, key=lambda x: x.start)
    # "Don't kill any Tutsis": "do" opens the clause, no subject, the act right after.
    k = n.start - 1 if lower[n.start] == "n't" else n.start
    if lower[k] == "do" and (k == start or lower[k - 1] in ('"', "“", "'", "‘")) and trig.start - n.end <= 1:
        return True
    for v in range(n.end, min(trig.start, n.end + 6)):
        if lower[v] not in _UNSAID:
            continue
        rest = lower[v + 1:trig.start]
        if any(w in _COMPLEMENT for w in rest):
            return True
        # "he never said he saw Kovac", "I never told them I met him": the complement's own subject.
        j = v + 2 if rest and rest[0] in _OBJECT_PRONOUNS else v + 1
        return j < trig.start and lower[j] in _SUBJECT_PRONOUNS
    return False


_CARRYING = frozenset({"carrying", "transporting", "bearing", "conveying", "aboard"})


def _carried(doc: Doc, subject_m: Mention) -> bool:
    """``subject_m`` is the one a vehicle carried, right after "carrying" or "aboard" (a title
    between): a passenger, not the one who did what the vehicle's crash or blast did."""
    lower = token_view(doc).lower
    k = subject_m.start - 1
    if k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k -= 1  # "carrying President Kamali" (when the title is not part of the mention)
    return k >= 0 and lower[k] in _CARRYING


_DESCRIBE = frozenset({"described", "describe", "addressed", "address", "mentioned", "mention", "listed", "list",
                       "cited", "cite", "referred", "spoke", "spoken", "talked", "counted", "enumerated", "outlined",
                       "recounted", "summarised", "summarized", "quoted"})


def _described(doc: Doc, subject_m: Mention, trig: Match) -> bool:
    """The first-person ``subject_m`` only speaks of the act: a verb of describing right after it
    (auxiliaries and adverbs between) that is no part of the trigger ("the murders I have just
    addressed you on", "the killings we have spoken of", "I described how they were killed")."""
    lower = token_view(doc).lower
    j = subject_m.end
    while j < len(lower) and j - subject_m.end < 4 and (lower[j] in _PERCEIVE_AUX or lower[j].endswith("ly")):
        j += 1
    return j < len(lower) and lower[j] in _DESCRIBE and not trig.start <= j < trig.end


_HEDGES = frozenset({"not", "n't", "never", "also", "most", "more", "likely", "probably", "certainly", "surely",
                     "easily", "well", "then"})


def _counterfactual(lower: list[str], k: int) -> bool:
    """Token ``k`` opens an act said only as what could, would, might or should have happened: a
    modal, at most two hedges ("not", "most likely") and "have" right before it ("I could have
    reached Nyarubuye at six", "if he had come, I would most likely have seen him"). Real
    transcripts use the shape for what did not happen; historians' "must have met" is a guess."""
    if k < 2 or lower[k - 1] != "have":
        return False
    j = k - 2
    while j >= 0 and k - 2 - j < 2 and lower[j] in _HEDGES:
        j -= 1
    return j >= 0 and lower[j] in _MODALS


# Words that may follow the person seen without making it a sight of an act ("saw Sedov twice").
_NOT_DOING = frozenset({"twice", "alive", "yesterday", "today", "tonight", "personally", "later", "earlier", "daily",
                        "weekly", "there", "again", "once"})
# Stop words that are bare verbs ("saw him do it", "saw him go", "saw Sedov give the order").
_BARE_VERBS = frozenset({"do", "make", "go", "give", "take", "get", "put", "show", "move", "keep", "say", "call",
                         "become", "see", "come", "leave", "enter", "fall", "run"})


_ACQUITTED = frozenset({"acquitted", "acquittal", "acquit", "acquitting", "cleared", "exonerated", "absolved"})
_CONVICTED = frozenset({"convicted", "conviction", "guilty", "sentenced", "charged", "accused", "indicted",
                        "admitted", "confessed", "but"})


_INTENT = frozenset({"mean", "meant", "intend", "intended", "intending", "wish", "wished", "want", "wanted"})


# Words after "to" that make it a destination's, not an aim's ("to the hotel", "to him").
_NOT_PURPOSE = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "these",
                          "those", "him", "them", "me", "us", "you", "it", "there", "here", "work", "school", "church",
                          "court", "prison", "bed", "town", "sea", "war", "some", "any", "every", "each"})


def _label_denied(lower: list[str], k: int, start: int) -> bool:
    """The act noun at ``k`` is a predicate denied of "it"/"this"/"that" ("it was an act of war and
    not a murder", "this was no murder", "it is not a killing")."""
    j = k - 1
    if j - 1 >= start and lower[j] in ("a", "an") and lower[j - 1] == "not":
        j -= 1
    elif j < start or lower[j] != "no":
        return False  # (not "That is correct, I did not see him": a verb denied)
    window = lower[max(start, j - 10):j]
    return any(window[i] in ("it", "this", "that") and window[i + 1] in ("was", "is", "'s", "’s")
               for i in range(len(window) - 1))


_HUNTING = frozenset({"pursued", "pursue", "pursuing", "hunted", "hunt", "hunting", "arrested", "arrest", "arresting",
                      "caught", "catch", "catching", "exposed", "expose", "exposing", "unmasked", "unmask", "tracked",
                      "chased", "captured", "capture", "fought", "fight", "fighting", "denounced", "denounce", "shot",
                      "executed", "interrogated", "questioned", "rounded", "watched"})


_DOER_NOUNS = frozenset({"spy", "spies", "saboteur", "saboteurs", "terrorist", "terrorists", "wrecker", "wreckers",
                         "traitor", "traitors", "conspirator", "conspirators", "plotters", "assassin", "assassins",
                         "agent", "agents", "informer", "informers", "fifth columnists", "poisoners"})


def _hunted(lower: list[str], k: int, start: int) -> bool:
    """A person word of an act at ``k`` ("spies", "saboteurs") is the object of a verb of hunting
    them ("I pursued spies", "they arrested the saboteurs"), at most two words between."""
    for j in range(k - 1, max(start, k - 4) - 1, -1):
        if lower[j] in _HUNTING:
            return True
        if not (lower[j].isalpha() and lower[j] in ("the", "a", "an", "all", "some", "foreign", "enemy", "german",
                                                     "soviet", "british", "american", "these", "those", "many",
                                                     "several", "two", "three", "suspected", "alleged")):
            return False
    return False


def _called_on_to(view: TokenView, m: Match) -> bool:
    """A "called on/upon" meeting trigger followed, within five words, by "to" and a verb ("called on
    munitions workers to strike", "called upon the population to rise"): an appeal, not a visit."""
    lower = view.lower
    if lower[m.end - 1] not in ("on", "upon"):
        return False
    for k in range(m.end, min(len(lower) - 1, m.end + 6)):
        if not lower[k][:1].isalnum() or lower[k] in _OBJECT_PRONOUNS or view.text[k][:1].isupper():
            return False  # (not "called on him / on Bizimana to discuss": a visit with its aim)
        if k > m.end and _aim_at(view, k):
            return True
    return False


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})


def _aim_at(view: TokenView, k: int) -> bool:
    """Token ``k`` is the "to" of an aim: a lower-case word after it that is no article, pronoun or
    place word ("to kill", "to join"; not "to the hotel", "to him", "to Paris", "to work")."""
    return view.lower[k] == "to" and k + 1 < len(view.lower) and view.alpha[k + 1] and view.is_lower[k + 1] \
        and view.lower[k + 1] not in _NOT_PURPOSE


def _purpose_denied(doc: Doc, trig: Match, w_end: int) -> bool:
    """A denied journey's trigger is followed, in its clause, by "to" and a verb ("did not go there to
    kill anybody", "I did not come to Paris to meet Sedov"): what the negation denies is the aim."""
    view = token_view(doc)
    for k in range(trig.end, min(w_end, len(view.lower) - 1, trig.end + 6)):
        if not view.lower[k][:1].isalnum():
            return False
        if _aim_at(view, k):
            return True
    return False


def _intent_denied(lower: list[str], k: int, start: int) -> bool:
    """The act at ``k`` is what someone denies having meant ("I did not mean to kill him", "never
    intended to shoot anyone", "had no intention of killing"): a negation, then an intent verb and
    "to" (or "no intention of") right before it."""
    if k >= 3 and lower[k - 1] == "to" and lower[k - 2] in _INTENT:
        return any(w in ("not", "n't", "never", "no") for w in lower[max(start, k - 5):k - 2])
    return k >= 3 and lower[k - 1] == "of" and lower[k - 2] in ("intention", "intent") and lower[k - 3] == "no"


_SIGNED_THINGS = frozenset({"petition", "petitions", "letter", "letters", "appeal", "appeals", "declaration", "manifesto",
                            "statement", "open", "plea", "treaty", "agreement", "pact", "armistice", "protest"})


def _no_order(lower: list[str], m: Match) -> bool:
    """A `gave_instructions` trigger that is no order: "order" after "passed" (a court's order passed
    with its sentence: "passed a whole-life order"), or "signed by" after a petition, a letter, a
    treaty ("a petition signed by Mauriac, Valery and others")."""
    words = lower[m.start:m.end]
    if words[-1] in ("order", "orders") and (
            "passed" in lower[max(0, m.start - 6):m.start] or (words[0] == "passed" and words[1:2] in (["a"], ["an"]))):
        return True  # (not "passed the order on to the battalion": an order relayed)
    return words[:1] == ["signed"] and any(w in _SIGNED_THINGS for w in lower[max(0, m.start - 3):m.start])


_BOMB_WORDS = frozenset({"bomb", "bombs", "device", "devices", "grenade", "grenades", "explosive", "explosives",
                         "charge", "charges", "mine", "mines"})
# The first words of sabotage's "blew up" triggers.
_BLEW = frozenset({"blew", "blow", "blows", "blowing", "blown"})


def _bomb_went_off(lower: list[str], acts: list[Match]) -> list[Match]:
    """"the pressure-cooker bomb that blew up on West 23rd Street": a bomb that blew up, its subject,
    is a bombing (`terrorism`), not the sabotage of a thing blown up; the bombing told by the one
    who set it just before ("Rahami set a bomb that blew up ...") is that same act, told once, where
    it went off."""
    out = list(acts)
    for i, m in enumerate(acts):
        if m.label != "sabotage" or lower[m.start] not in _BLEW:
            continue
        k = m.start - 1
        while k > 0 and lower[k] in ("that", "which", "had", "has", "then", "later"):
            k -= 1
        if k >= 0 and lower[k] in _BOMB_WORDS:
            out[i] = Match(m.kind, "terrorism", m.start, m.end, m.gapped)
            out = [a for a in out if not (a.label == "terrorism" and a is not out[i] and a.end == k + 1)]
    return out


_PROVED = frozenset({"proved", "proven", "established", "shown", "demonstrated", "substantiated"})


def _not_proved(lower: list[str], m: Match) -> bool:
    """"the jurors found that no conspiracy against the Directory had been proved": an act that "no"
    opens and a verb of proof ends, in its clause, is no one's (it was not shown to exist)."""
    if m.start == 0 or lower[m.start - 1] != "no":
        return False
    for k in range(m.end, min(len(lower), m.end + 9)):
        if lower[k] in (",", ";", ".", ":", "but", "and"):
            return False
        if lower[k] in _PROVED:
            return True
    return False


_PLEA_TO_COME = frozenset({"agreed", "agrees", "agree", "expected", "likely", "due", "set", "prepared", "ready"})


def _acquitted(doc: Doc, m: Match, sent_start: int) -> bool:
    """Act ``m`` is what someone was acquitted or cleared of, or found not guilty of (the verdict word
    at most twelve words before it, no verdict of guilt, "but" or sentence break between): "was
    acquitted of espionage but convicted of the robbery" keeps the robbery."""
    lower = token_view(doc).lower
    for c in range(m.start - 1, max(sent_start, m.start - 6), -1):
        if lower[c] == "of" and lower[c - 1] in (",", "and"):
            # "acquitted Aleksandr Nikitin, a retired captain of the Northern Fleet, of high treason
            # ... and of disclosing state secrets": the acquitted one's apposition, or an earlier
            # charge, between the verdict and this "of"
            for k in range(c - 2, max(sent_start, c - 24) - 1, -1):
                if lower[k] in (".", ";", ":", "?") or lower[k] in _CONVICTED:
                    break
                if lower[k] in _ACQUITTED:
                    return True
            break
    if m.start - 2 >= sent_start and lower[m.start - 1] == "of" and lower[m.start - 2] in ("charge", "charges", "count"):
        # "On the charge of murder we find the defendant not guilty; on the charge of kidnapping, not
        # guilty": the verdict on the charge named comes after it
        for k in range(m.end, min(len(lower), m.end + 9)):
            if lower[k] in (";", ".", ":"):
                break
            if lower[k] == "guilty" and lower[k - 1] == "not" \
                    and any(v in _VERDICT_VERBS for v in lower[sent_start:k]):
                return True
    for k in range(m.start - 1, max(sent_start, m.start - 13) - 1, -1):
        w = lower[k]
        if w in (".", ";", ":", "?"):
            return False
        if m.start - k <= 6 and (w in _QUASHED or (w == "aside" and lower[k - 1] == "set")) \
                and not any(lower[j] in (",", "and") for j in range(k + 1, m.start)):
            return True  # "the Supreme Court set aside Cramer's treason conviction": a verdict undone
        if w in _ACQUITTED and ("of" in lower[k + 1:min(m.start, k + 5)] or "of" in lower[max(k + 1, m.start - 3):m.start]):
            # ("were acquitted on 23 December and deported ...": no "of", the journey stands; "acquitted
            # Denard and his former lieutenant Dominique Malacrino of the murder": the "of" right before it)
            return True
        if w == "convict" and k > 1 and lower[k - 1] == "to" and lower[k - 2] in _DECLINED \
                and "of" in lower[k + 1:min(m.start, k + 5)]:
            return True  # "the Trial Chamber declined to convict the appellant of murder"
        if w == "guilty" and k > 0 and lower[k - 1] == "not" and k + 1 < m.start and lower[k + 1] == "of" \
                and any(v in ("found", "declared", "pronounced", "judged") for v in lower[max(0, k - 6):k - 1]):
            return True  # "found him not guilty of" (not "I am not guilty of any connection with ...")
        if w in _CONVICTED:
            return False
    return False


_QUASHED = frozenset({"quashed", "overturned", "reversed", "vacated", "annulled", "quash", "overturn", "reverse",
                      "vacate", "annul"})
_DECLINED = frozenset({"declined", "refused", "failed", "declines", "refuses", "fails", "decline", "refuse"})
_AS_QUANTIFIERS = frozenset({"every", "each", "all", "any", "other", "many"})


def _as_told(doc: Doc, m: Match) -> bool:
    """"did you go to the command post, as ordered?": "as ordered" names no one who ordered; "I killed
    two men myself, as every officer had been ordered to do": a comparison with others ("as" and a
    quantified noun), not an order to the speaker."""
    lower = token_view(doc).lower
    j = m.start - 1
    while j >= 0 and lower[j] in ("had", "have", "has", "was", "were"):
        j -= 1
    if j >= 2 and lower[j].isalpha() and lower[j - 1] in _AS_QUANTIFIERS and lower[j - 2] == "as":
        return True
    return m.end - m.start == 1 and m.start > 0 and lower[m.start - 1] == "as" \
        and lower[m.start] in ("ordered", "instructed", "directed", "told") \
        and (m.end >= len(lower) or lower[m.end] != "by")  # "as ordered by Pelemis" names him


def _unasserted(doc: Doc, m: Match, cues: list[Match]) -> bool:
    """``m`` stands after "whether", "doubtful that" ... in the same clause (no comma between)."""
    return any(w.end <= m.start and not any(t.text in (",", ";") for t in doc[w.end:m.start]) for w in cues)


# What one meets or reaches that is no person and no place ("we didn't meet much resistance", "to
# meet the deadline", "the plan met with opposition", "an agreement was reached", "reached the
# conclusion that ...").
_NOT_MET = frozenset({"resistance", "opposition", "deadline", "deadlines", "requirement", "requirements", "demand",
                      "demands", "standard", "standards", "criteria", "criterion", "target", "targets", "expectation",
                      "expectations", "need", "needs", "cost", "costs", "condition", "conditions", "obligation",
                      "obligations", "threshold", "approval", "disapproval", "success", "failure", "objection",
                      "objections", "criticism", "hostility", "fire", "challenge", "challenges", "difficulty",
                      "difficulties", "problem", "problems", "refusal", "silence", "fate", "death", "deaths",
                      "payment", "payments", "request", "requests", "test", "burden", "case", "charge", "charges"})
_NOT_REACHED = frozenset({"agreement", "agreements", "conclusion", "conclusions", "decision", "decisions", "verdict",
                          "age", "stage", "point", "settlement", "understanding", "compromise", "consensus", "deal",
                          "figure", "total", "limit", "level", "peak", "climax", "majority", "result", "results",
                          "view", "finding", "findings"})
_THING_WORDS = frozenset({"the", "a", "an", "any", "much", "little", "some", "no", "stiff", "fierce", "strong", "heavy",
                          "considerable", "serious", "its", "their", "his", "her", "our", "my", "your", "all", "with",
                          "this", "that", "these", "those", "such", "same", "final", "firm", "tough", "growing",
                          "fresh", "new", "armed", "open", "same", "general", "unanimous"})


def _met_a_thing(lower: list[str], m: Match) -> bool:
    """A one-word "meet" or "reach" trigger whose object is a thing, not a person or a place ("we did
    not meet much resistance", "the proposal met with opposition", "a settlement was reached"): no
    meeting, no journey. A passive "reached" ("the conclusions that were being reached") is never
    a journey: a place reached is said with the traveller as subject."""
    if m.end - m.start != 1:
        return False
    w = lower[m.start]
    if w in ("meet", "meets", "met", "meeting"):
        nouns = _NOT_MET
    elif w == "reached":
        if m.start > 0 and lower[m.start - 1] in BE_FORMS:
            return True
        nouns = _NOT_REACHED
    else:
        return False
    words = [w for w in lower[m.end:m.end + 8] if not w.isspace()]  # (line breaks of a transcript)
    j = 0
    while j < len(words) and j < 3 and words[j] in _THING_WORDS:
        j += 1
    return j < len(words) and words[j] in nouns


# Verbs whose object is an act someone else did or would have done ("failed to prevent the massacre",
# "tried to stop the killings", "denounced the killings", "survived the massacre").
_KEEP_FROM = frozenset({"prevent", "prevented", "preventing", "stop", "stopped", "stopping", "halt", "halted",
                        "avert", "averted", "punish", "punished", "punishing", "condemn", "condemned", "denounce",
                        "denounced", "denouncing", "oppose", "opposed", "investigate", "investigated", "survive",
                        "survived", "surviving", "escape", "escaped", "escaping", "witness", "witnessed", "mourn",
                        "mourned", "commemorate", "document", "documented", "avoid", "avoided", "avoiding"})
# Between such a verb and the act: "avoid participating in killings", "to avoid taking part in the attacks".
_TAKING_PART = (("participating", "in"), ("participate", "in"), ("participation", "in"), ("taking", "part", "in"),
                ("take", "part", "in"), ("engaging", "in"), ("engage", "in"))
_WALK_AWAY = frozenset({"walk", "walked", "walks", "walking"})
_KEEP_FROM_DET = frozenset({"the", "these", "those", "this", "that", "such", "any", "a", "an", "further", "all",
                            "their", "his", "her", "its"})


_PREVENTING = frozenset({"prevent", "prevented", "preventing", "stop", "stopped", "stopping", "keep", "kept",
                         "keeping", "deter", "deterred", "prohibit", "prohibited", "forbid", "forbade", "bar", "barred",
                         "discourage", "discouraged", "dissuade", "dissuaded", "restrain", "restrained"})


def _kept_from(lower: list[str], m: Match) -> bool:
    """An act said as the object of a verb of preventing, punishing, denouncing or surviving it, with
    a determiner between ("was accused of having failed to prevent the massacre", "tried to stop
    the killings at the school", "she survived the massacre", "exhorted us to avoid participating in
    killings"): whoever prevents it does not do it; nor does "he did not walk away from that killing"
    deny it. (Not a bare gerund: "they did not stop killing" says they went on.)"""
    k = m.start - 1
    if k >= 3 and lower[k] in _KEEP_FROM_DET and lower[k - 2:k] == ["away", "from"] and lower[k - 3] in _WALK_AWAY:
        return True  # "he did not walk away from that killing": no denial that he did it, nor an act
    if k >= 1 and lower[k] == "from" and any(w in _PREVENTING for w in lower[max(0, k - 5):k]):
        return True  # "to prevent such criminals from stealing their property": kept from doing it
    j = k - 1 if k >= 0 and lower[k] in _KEEP_FROM_DET else k
    # "exhorted us to avoid participating in killings": the act after "taking part in" is the object
    part = next((len(w) for w in _TAKING_PART if j + 1 - len(w) >= 1 and tuple(lower[j + 1 - len(w):j + 1]) == w), 0)
    if j == k and not part:
        return False
    return j - part >= 0 and lower[j - part] in _KEEP_FROM


_HARD = frozenset({"difficulty", "difficulties", "trouble", "problems", "problem"})
_MEET_SUBJECTS = frozenset({"i", "we", "you", "they"})
_TIME_CLAUSE = frozenset({"when", "whenever", "if", "before", "after", "until", "till", "once", "time", "often",
                          "unless"})


def _meeting_to_come(lower: list[str], m: Match) -> bool:
    """A meeting still to come or only hard to arrange: the present "meet" in a clause of time or
    condition ("be here at eight for the next time you meet", "the more often we meet, the quicker
    this will go", "each day when we meet", "if we meet again"): English puts a past meeting in
    "met", so this one is to come or a habit of the court. Or "meeting" after "difficulty" or
    "trouble" ("I would have difficulty meeting today")."""
    word = lower[m.start]
    if word == "meeting":
        k = m.start - 1 if m.start >= 1 and lower[m.start - 1] == "in" else m.start
        return k >= 1 and lower[k - 1] in _HARD
    return word == "meet" and m.start >= 2 and lower[m.start - 1] in _MEET_SUBJECTS \
        and lower[m.start - 2] in _TIME_CLAUSE


_MONEY = frozenset({"money", "funds", "cash", "payment", "payments", "deposit", "deposits"})


# ("'s" is left out: "he's instructed that ..." may be "he has", an order given)
_BE_FORMS = _IS | {"'re", "’re"}


def _instructed_that(lower: list[str], m: Match) -> bool:
    """A passive "instructed" right before "that" ("I am instructed that the checks were made", "we
    have been instructed that the witness is ill"): the idiom of counsel reporting what he was
    told; not "he instructed that the prisoners be shot", an order."""
    if lower[m.end - 1] != "instructed" or m.end >= len(lower) or lower[m.end] != "that":
        return False
    before = lower[m.end - 2] if m.end - m.start > 1 else (lower[m.start - 1] if m.start >= 1 else "")
    return before in _BE_FORMS


# Nouns that "crime" only modifies ("a crime scene investigator", "provided by our crime lab").
_CRIME_KINDS = frozenset({"scene", "scenes", "lab", "labs", "laboratory", "laboratories", "tape", "unit", "units",
                          "squad", "squads", "investigator", "investigators", "detective", "detectives", "novel",
                          "novels", "rate", "rates", "statistics", "figures", "prevention", "reporter", "reporters",
                          "writer", "writers", "boss", "bosses", "family", "families", "syndicate", "syndicates"})


def _crime_as_kind(lower: list[str], m: Match) -> bool:
    """The trigger "crime" or "crimes" only names a kind, no act: before a noun it modifies ("the
    crime scene", "our crime lab", "crime scene detectives"), or as the legal class of a crime named
    before it ("the ground of rape as a crime against humanity", "murder as crimes against
    humanity"), where what is argued is a ground of appeal or a count, not an act of anyone's (the
    crime named is its own trigger where it is one)."""
    if m.end - m.start != 1 or lower[m.start] not in ("crime", "crimes"):
        return False
    if m.end < len(lower) and lower[m.end] in _CRIME_KINDS:
        return True
    k = m.start - 1 if m.start >= 1 and lower[m.start - 1] in ("a", "an") else m.start
    return k >= 1 and lower[k - 1] == "as" and lower[m.end:m.end + 2] == ["against", "humanity"]


_QUOTE_MARKS = frozenset({'"', "“", "”"})
_SAYING = frozenset({"said", "says", "say", "told", "tells", "tell", "replied", "replies", "answered", "answers",
                     "shouted", "wrote", "writes", "declared", "declares", "added", "adds", "asked", "asks",
                     "testified", "testifies", "stated", "states"})
_SAID_TO = frozenset({"me", "us", "him", "her", "them", "you", "then", "again", "to", "the", "crowd"})


def _quoted_sayer(doc: Doc, first: Mention, mentions: list[Mention], spoken: bool, lo: int,
                  reading: bool = False, hi: int | None = None) -> Mention | None:
    """The one whose direct speech holds the first-person ``first`` ('Petrov said: "I met Sedov in
    Paris"', 'the Accused says, "I didn't kill anybody"', 'he told me, "I have to kill you"'): the
    mention right before the verb of saying that opens the quotation, when that is not the speaker
    himself ('I said, "I will go"'), or a mention with no person when no one is named (so that the
    claim is dropped rather than given to the one who repeats the words). ``None`` when ``first``
    is not inside a quotation opened by a verb of saying in its own sentence (from ``lo``: a mark
    left open earlier in a long turn says nothing). Only for a turn's speaker (``spoken``). Counsel
    (``reading``) reading out a document's words ('"It has been a while since we met at James
    Arbuthnot's office ...', '... wants the meeting to be cancelled."', its sentence up to ``hi``)
    does not say its "I": with no verb of saying, no one known does."""
    if not spoken:
        return None
    texts = token_view(doc).text
    marks = [k for k in range(lo, first.start) if texts[k] in _QUOTE_MARKS]
    if len(marks) % 2 == 0:
        if reading and hi is not None and not marks \
                and sum(texts[k] in _QUOTE_MARKS for k in range(first.end, hi)) % 2 == 1:
            return Mention(first.start, first.end, texts[first.start], None)  # a quotation opened before
        return None  # not inside a quotation
    q = marks[-1]
    k = q - 1
    while k >= 0 and texts[k] in (",", ":"):
        k -= 1
    lower = token_view(doc).lower
    j = k
    while j >= lo and j > k - 3 and lower[j] in _SAID_TO:
        j -= 1  # ("he told me, ...", "he said to the crowd: ...")
    if j < lo or lower[j] not in _SAYING:
        return Mention(first.start, first.end, texts[first.start], None) if reading else None
    sayer = next((m for m in reversed(mentions) if m.end <= j and j - m.end <= 2 and not m.possessive), None)
    if sayer is None:
        # ("the Accused says, ...": someone the roster does not name)
        return Mention(j, j + 1, texts[j], None)
    if sayer.pronoun == "first":
        return None  # ('I said, "I will go"': the speaker's own words)
    return sayer


_TOPIC = frozenset({"about", "concerning", "regarding"})


def _topic(doc: Doc, m: Match, sent_start: int) -> bool:
    """An act named as what something was about ("information about the trade negotiations with
    ...", "we talked about the sabotage"): "about" at most three words before it, only "the", "a"
    or lower-case words between."""
    view = token_view(doc)
    lower = view.lower
    for k in range(m.start - 1, max(sent_start, m.start - 4) - 1, -1):
        if lower[k] in _TOPIC:
            # "about forty train wrecks" counts them: "about" before a number is not a topic.
            return not (doc[k + 1].like_num or lower[k + 1] in ("a", "an", "one", "some", "several", "dozen"))
        if not (view.alpha[k] and view.is_lower[k]):
            return False
    return False


def _aside(doc: Doc, k: int, trig: Match, sent_end: int) -> bool:
    """Token ``k`` stands in an apposition or relative clause that does not hold ``trig``."""
    opener = in_parenthesis(doc, k, sent_end)
    if opener is None:
        return False
    close = parenthesis(doc, opener, sent_end)
    return close is None or not opener < trig.start < close


# Participles that tell again how the victims of a killing died ("the murder of all 298 people on
# board, shot down over eastern Ukraine on 17 July 2014", "the guard, who was shot down ... on 15 April").
_KILLED = frozenset({"shot", "killed", "murdered", "gunned", "stabbed", "strangled", "slain", "bombed"})


def _restated_killing(doc: Doc, trig: Match, k: int) -> bool:
    """Token ``k`` stands in a participle or relative clause after the victims of a killing that
    tells how they were killed (", shot down ...", ", who were shot down ..."): its place and time
    are the killing's, though a relative clause's are otherwise not the act's, and a time after
    a conviction's charge otherwise dates the verdict."""
    lower = token_view(doc).lower
    for c in range(trig.end, min(k, trig.end + 20)):
        if lower[c] in (";", "."):
            return False
        if lower[c] != ",":
            continue
        j = c + 1
        if j < k and lower[j] in ("who", "which"):
            j += 1
            if j < k and lower[j] in ("was", "were", "had", "have", "has"):
                j += 1
            if j < k and lower[j] == "been":
                j += 1
        if j < k and lower[j] in _KILLED:
            return not any(lower[x] in (";", ".") or (lower[x] == "," and lower[x + 1] in ("and", "but"))
                           for x in range(j, k))
    return False


# An official of a power named in an apposition of the person right after the trigger ("met
# Ivanov, the Soviet naval attaché"): the act is done with that power.
_OFFICIAL_HEADS = frozenset({"attaché", "attache", "consul", "consul-general", "vice-consul", "ambassador", "diplomat",
                             "envoy", "emissary", "minister", "handler", "controller"})
_LATER = frozenset({"later", "afterwards", "subsequently", "thereafter"})
# Words after a demonym that make it a power's own people or bodies, not a person's nationality.
_POWERS_OWN = _OFFICIAL_HEADS | {"intelligence", "agent", "agents", "officer", "officers", "official", "officials",
                                 "spy", "spies", "service", "services", "government", "embassy", "legation",
                                 "military", "army", "general", "staff", "police", "secret", "security", "state",
                                 "authorities", "navy", "air", "consulate", "mission", "counterintelligence"}


_KILLINGS = frozenset({"assassination", "terrorism", "poisoning"})
# Words between a killing and a power that make the power the one the killing served ("on the orders
# of the GRU", "for the Italian military intelligence service", "with the Yugoslavs").
_SERVED_WORDS = frozenset({"orders", "order", "instructions", "behalf", "for", "by", "with", "service", "pay",
                           "employ", "command", "directions", "direction", "request"})


def _victims_power(lower: list[str], trig: Match, p: Match) -> bool:
    """Power ``p`` after a killing describes its victim ("the murder of the Israeli diplomat Yacov
    Barsimantov", "killed the American attaché", "the murders of Charles Ray, the American assistant
    military attaché"): an article right before it, at most twelve words after the trigger, and
    nothing between that says whom the killing served."""
    if p.start <= trig.end or p.start - trig.end > 12 or lower[p.start - 1] not in ("the", "a", "an"):
        return False
    return not any(w in _SERVED_WORDS or w in (";", ".") for w in lower[trig.end:p.start])


# Bodies that judge: a demonym before one names the court's country, not a power the act served.
_JUDGING = frozenset({"court", "courts", "court-martial", "tribunal", "jury", "judge", "judges", "prosecutor",
                      "prosecutors", "prosecution", "magistrate", "magistrates", "commission"})


# Things a state owns that another spies on ("classified information of the United States").
_SPIED_ON = frozenset({"information", "secret", "secrets", "documents", "data", "security", "property", "citizens", "citizen",
                       "nationals"})


def _owner_of(lower: list[str], p: Match) -> bool:
    """Power ``p`` owns the thing named before its "of" ("classified information of the United
    States to the government of Cuba"): the one spied on, not the one served."""
    k = p.start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    return k >= 1 and lower[k] == "of" and lower[k - 1] in _SPIED_ON


def _judging_body(lower: list[str], p: Match) -> bool:
    """Demonym ``p`` opens the name of a court ("a British military court in Hamburg convicted
    Manstein", "the French prosecutors"): at most two words between it and the judging noun."""
    return any(w in _JUDGING for w in lower[p.end:p.end + 3]) \
        and not any(w in ("of", "for", "to", ",") for w in lower[p.end:p.end + 2])


def _nationality(doc: Doc, p: Match, powers: list[Match]) -> bool:
    """A demonym describing a person, after "a" and at most two adjectives ("a young Lebanese Shiite
    who had hijacked", "a Hungarian engineer"): the person's nationality, not a power the act served
    (not "an Iraqi intelligence officer", "a German agent", nor the act's own noun: "a Soviet mole")."""
    lower = token_view(doc).lower
    k = p.start - 1
    adjectives = 0
    while k >= 0 and adjectives < 2 and doc[k].is_lower and doc[k].is_alpha and lower[k] not in ("a", "an"):
        k -= 1
        adjectives += 1
    if k < 0 or lower[k] not in ("a", "an") or p.end >= len(doc):
        return False
    return lower[p.end] not in _POWERS_OWN and not any(q.kind == "S" and q.start == p.start for q in powers)
_RECRUITING = frozenset({"recruited", "recruit", "recruiting", "enlisted", "drew", "drawn", "brought", "involved",
                         "attracted"})


def _recruited(doc: Doc, trig: Match, mentions: list[Mention]) -> Mention | None:
    """"Rosenberg had recruited him into the spy ring": the one recruited into the act (a person
    between a verb of recruiting and "into", the act at most three words after "into")."""
    k = trig.start - 1
    while k > trig.start - 4 and k > 0 and doc[k].is_lower and doc[k].lower_ != "into":
        k -= 1
    if k < 2 or doc[k].lower_ != "into":
        return None
    m = next((x for x in mentions if x.end == k and x.person is not None and not x.possessive), None)
    if m is None or m.start == 0 or doc[m.start - 1].lower_ not in _RECRUITING:
        return None
    return m


_BE = frozenset({"was", "were", "been", "is", "are", "be", "being"})


def _taken_into_service(doc: Doc, trig: Match, mentions: list[Mention], subject_m: Mention | None,
                        w_end: int) -> list[Mention]:
    """The others a recruiting act makes spies of: the one an active verb recruits ("the Abwehr
    recruited Popov", "Philby, whom Deutsch had recruited"), and the recruiters after "by" of a
    passive ("I was drawn into the Intelligence Service by Armstrong and Lee")."""
    first = doc[trig.start].lower_
    last = doc[trig.end - 1].lower_
    passive = trig.start > 0 and doc[trig.start - 1].lower_ in _BE
    out: list[Mention] = []
    if first in RECRUITING_VERBS and last not in ("by", "into") and not passive:
        obj = next((m for m in mentions if m.start == trig.end and m.person is not None and not m.possessive
                    and m.pronoun != "you"), None)
        if obj is not None:
            out.append(obj)
        elif subject_m is not None and subject_m.start >= 2 and doc[subject_m.start - 1].lower_ == "whom" \
                and doc[subject_m.start - 2].text == ",":
            head = next((m for m in reversed(mentions) if m.end == subject_m.start - 2 and m.person is not None
                         and not m.possessive), None)
            if head is not None:
                out.append(head)
    elif (first in RECRUITING_VERBS or first == "drawn") and passive and last != "by":
        by = next((k for k in range(trig.end, min(w_end, trig.end + 8)) if doc[k].lower_ == "by"), None)
        if by is not None and not any(t.is_punct for t in doc[trig.end:by]):
            agent = next((m for m in mentions if m.start == by + 1 and m.person is not None and not m.possessive
                          and m.pronoun is None), None)
            by_start = {m.start: m for m in mentions if m.person is not None and not m.possessive}
            while agent is not None:
                out.append(agent)  # "by Armstrong and Lee", "by Canaris, Piekenbrock and Lahousen"
                k = agent.end
                if k < len(doc) and doc[k].lower_ in ("and", ","):
                    k += 2 if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and" else 1
                    agent = by_start.get(k)
                else:
                    agent = None
    return out




def _recruiting_service(doc: Doc, trig: Match, matches: list[Match]) -> Match | None:
    """The service right before a recruiting verb, an auxiliary or negation aside, that recruits
    ("the KGB recruited", "the KGB had never recruited")."""
    if doc[trig.start].lower_ not in RECRUITING_VERBS:
        return None
    k = trig.start
    while k > 0 and trig.start - k < 2 and doc[k - 1].lower_ in RECRUIT_AUX:
        k -= 1
    return next((m for m in matches if m.kind == "S" and m.end == k), None)


def _claims(vocab: Vocabulary, persons: PersonResolver, s: Sentence, trig: Match, window: tuple[int, int],
            acts: list[Match], single: bool) -> list[Claim]:
    seg, doc, sent, mentions = s.seg, s.doc, s.span, s.mentions
    w_start, w_end = window
    # "went over to the Germans; he was hanged in Moscow in 1946": a clause after ";" keeps its own
    # place, time and persons.
    texts = token_view(doc).text
    w_end = next((k for k in range(trig.end, w_end) if texts[k] == ";"), w_end)
    window = (w_start, w_end)
    reports = [m for m in s.matches if m.kind == "R"]
    # A forecast cue reaches the act unless a stop comes between ("... because he was sent to Tokyo").
    stops = [m.start for m in s.matches if m.kind == "B"]
    forecast = any(m.kind == "F" and not any(m.end <= b < trig.start for b in stops) for m in s.matches)
    negs = [m for m in s.matches if m.kind == "N"]
    powers = [m for m in s.matches if m.kind in ("P", "S")]  # powers, and the services that name them
    is_cue = trig.kind == "C"
    cue = vocab.cues[int(trig.label)] if is_cue else None
    act = cue.act if cue is not None else trig.label
    if act == "terrorism" and trig.gapped and _blast_killed(token_view(doc).lower, trig.end, sent.end):
        act = "assassination"  # "set the briefcase bomb under the map table ...; the blast killed four men"

    # Reported speech: "<person> confessed that ...".
    speech = reported_speech(doc, seg, sent, trig, w_start, reports, mentions, persons)
    asserted_by, reported_by, report = speech.asserted_by, speech.reported_by, speech.report
    # Subject.
    subject_m, patient_m = find_roles(doc, trig, mentions, lo=speech.lo, window=window, sent=sent, report=report,
                                      first_person_cue=is_cue and seg.speaker is not None,
                                      by_agent=(vocab.acts[act].passive_agent or trig.by_agent) and not is_cue,
                                      object_subject=not is_cue and doc[trig.start:trig.end].text.lower()
                                      in vocab.acts[act].object_subject, victim=vocab.acts[act].victim)
    plot = aim_plot(doc, trig, acts) if not is_cue else None
    if plot is not None and subject_m is not None and plot.end <= subject_m.start < trig.start:
        # "found Khyam guilty of conspiring with Mahmood, Akbar and Garcia to cause explosions": the
        # aim's doer is the plot's, not the last partner named before it (the partners join below)
        subject_m, patient_m = find_roles(doc, plot, mentions, lo=speech.lo, window=(w_start, plot.end), sent=sent,
                                          report=report, first_person_cue=False, by_agent=False)
    if act == "gave_instructions" and not is_cue and _on_orders_of(vocab, doc[trig.start:trig.end].text.lower()) \
            and any(m.person is not None and not m.possessive and sent.start <= m.start < trig.start for m in mentions):
        # "On the orders of Camara" and "on an order from General Fieldorf, a dozen soldiers shot him"
        # are the giver's order; after a named doer ("Pilecki had come back ... on the orders of General
        # Anders") it is told as the doer's act.
        return []
    if act == "gave_instructions" and not is_cue and subject_m is not None and subject_m.pronoun == "third" \
            and on_own_orders(doc, trig.start) and any(
                m is not subject_m and m.pronoun is None and m.person == subject_m.person
                and sent.start <= m.start < trig.start and same_clause(doc, m.end, trig.start) for m in mentions):
        return []  # "Petrov was shot on his orders": not his own; the owner is one named in a clause before
    if trig.by_agent and (subject_m is None or subject_m.start < trig.end):
        return []  # "the bombs were made by hand": a passive with no one after "by" names no doer
    # (the pronoun right after the trigger's verb: after its object for "stabbed himself to death")
    if not is_cue and vocab.acts[act].victim and (trig.start + 1 if trig.gapped else trig.end) < len(doc) \
            and doc[trig.start + 1 if trig.gapped else trig.end].lower_ in _REFLEXIVES:
        return []  # "Fischer killed himself", "he shot himself": a suicide, no one's killing of another
    if act == "gave_instructions" and patient_m is not None and patient_m.person is not None \
            and doc[trig.start].lower_ in _ORDER_VERBS \
            and not any(doc[k].lower_ == "that" for k in range(patient_m.end, trig.start)) \
            and not (patient_m.start >= 1 and doc[patient_m.start - 1].lower_ == "of") \
            and not (patient_m.start >= 3 and doc[patient_m.start - 3].lower_ == "of"):
        # (not "the murder of the journalist Mino Pecorelli, ..., had been ordered by": the victim)
        # "Haldeman was ordered by Nixon": like "he was instructed by", about the one ordered (not
        # the one who told that "the killing of Pecorelli was ordered by Badalamenti").
        act, subject_m, patient_m = "received_instructions", patient_m, subject_m
    if act == "gave_instructions" and not is_cue and doc[trig.start].lower_ == "given" \
            and _passive_given(token_view(doc).lower, trig.start, sent.start) \
            and doc[trig.end - 1].lower_ != "by" and not (trig.end < len(doc) and doc[trig.end].lower_ == "by"):
        # "we were not given any orders to attack them", "I was given instructions": the one given
        # them received them (with "by" after it, the giver is named: "given by Pelemis")
        act = "received_instructions"
    if act == "gave_instructions" and not is_cue and _state_orders(doc, trig, s.matches):
        # "Moscow ordered Ivanov to kill ...", "the KGB instructed Popov to ...": a state or a service
        # gives the order; the one ordered received it, in that power's service.
        ordered = next((m for m in mentions if m.start == trig.end and m.person is not None and not m.possessive
                        and m.pronoun != "you"), None)
        if ordered is None:
            return []
        act, subject_m, patient_m = "received_instructions", ordered, None
    no_one = act == "gave_instructions" and not is_cue and _no_one_before(doc, trig, sent.start)
    if no_one and token_view(doc).lower[trig.end - 2] == "sent" and trig.end < len(doc) \
            and token_view(doc).lower[trig.end] in _SENT_THINGS:
        return []  # "no one sent me a mail or a fax": something sent, not the one sent on a mission
    # "Did anyone ask you to do this?": asked of the one addressed, whether he received an order (his
    # answer says yes or no)
    anyone = act == "gave_instructions" and not is_cue and token_view(doc).lower[trig.start] in ("anyone", "anybody")
    if no_one or anyone:
        # "No one gave me orders", "Nobody told me to do it": no one gave them, so the one addressed
        # denies having received them.
        addressed = _ordered_one(mentions, trig, you=True)
        if addressed is None:
            return []
        act, subject_m, patient_m = "received_instructions", addressed, None
    if act == "gave_instructions" and not is_cue and not no_one and not anyone \
            and (subject_m is None or subject_m.person is None) \
            and _unnamed_giver(doc, trig, subject_m, sent.start, mentions, s.named_before):
        # "An officer who was in the car with us ... ordered me to shoot", "My commanders had told me to
        # spare civilians": with no one named who gave it, the order is the one ordered's, received.
        ordered = _ordered_one(mentions, trig)
        if ordered is None:
            return []
        act, subject_m, patient_m = "received_instructions", ordered, None
    if act == "gave_instructions" and not is_cue and not no_one and subject_m is not None \
            and subject_m.pronoun == "first" and _tells_me(doc, trig):
        # "Captain Medina came on the radio, asked why I was holding up the company, and told me to
        # waste them": the one who told me is not I; the person named before the "I" of a clause
        # inside; with no one named there ("When I arrived, the guard told me to wait"), the order is
        # received by the "me" (the giver looked for between the "I" and the order).
        first_m = subject_m
        subject_m = next((x for x in reversed(mentions) if x.start < subject_m.start and x.person is not None
                          and x.pronoun is None and not x.possessive and x.start >= sent.start), None)
        if subject_m is None:
            ordered = _ordered_one(mentions, trig, first=True)
            if ordered is None or not _unnamed_giver(doc, trig, None, first_m.start):
                return []
            act, subject_m, patient_m = "received_instructions", ordered, None
    if is_cue and subject_m is None:
        # "How do you plead?": the one who pleads is named inside the cue.
        subject_m = next((x for x in mentions if trig.start <= x.start < trig.end and not x.possessive
                          and x.person is not None), None)
    if act == "meeting" and (subject_m is None or subject_m.person is None) and trig.end < len(doc) \
            and doc[trig.end].lower_ in ("me", "us"):
        # "Two officers came to my office and met me there": a meeting is two-sided; with no one named
        # who met the speaker, it is the speaker's.
        subject_m = next((x for x in mentions if x.start == trig.end and x.person is not None), subject_m)
    if not is_cue and act != "meeting" and subject_m is not None \
            and subject_m.pronoun in ("first", "you", "third", None) and _perceived(doc, subject_m, trig):
        # "I saw them killing people", "we heard the explosions", "Both witnesses, Ruiz and Lara, later
        # heard gunfire and explosions": seen or heard, not done
        return []
    if not is_cue and act != "meeting" and subject_m is not None and subject_m.pronoun == "first" \
            and subject_m.end <= trig.start and trig.end < len(doc) and doc[trig.end].lower_ in ("me", "us"):
        # "I was afraid that the soldiers would kill me", "what was told to me": the speaker is the one
        # it is done to (a meeting is two-sided: "they came and met me there" is the speaker's too)
        return []
    if subject_m is not None and subject_m.pronoun == "first":
        sayer = _quoted_sayer(doc, subject_m, mentions, seg.speaker is not None or bool(seg.role), sent.start,
                              reading=counsel_turn(seg), hi=sent.end)
        if sayer is not None:
            # 'Petrov said: "I met Sedov in Paris"': the "I" of a quotation is the one quoted
            if sayer.pronoun == "you":
                subject_m = sayer  # 'you testified, "I saw him twice"': the one asked, as in "did you see him?"
            elif sayer.person is None or sayer.pronoun is not None:
                return []
            else:
                subject_m = sayer
    if not is_cue and subject_m is not None and subject_m.end <= trig.start \
            and _someone_who(token_view(doc).lower, subject_m.start, trig.start):
        return []  # "I met someone who had killed a priest": the someone did it, not the one who met him
    if not is_cue and subject_m is not None and _told_of(token_view(doc).lower, subject_m, trig):
        return []  # "I was told that the soldiers had killed the priest": told, not done
    if not is_cue and subject_m is not None and subject_m.start < trig.start and _carried(doc, subject_m):
        return []  # "the plane carrying President Kamali crashed, killing all on board": a passenger
    if not is_cue and subject_m is not None and subject_m.pronoun == "first" and _described(doc, subject_m, trig):
        return []  # "the murders I have just described", "the killings we have spoken of": told, not done
    recruits: list[Mention] = []
    recruiter: Match | None = None
    if act == "espionage" and not is_cue:
        recruits = _taken_into_service(doc, trig, mentions, subject_m, w_end)
        recruiter = _recruiting_service(doc, trig, s.matches)
        if recruits and (subject_m is None or person_id(subject_m.person, persons) is None
                         or recruiter is not None):
            # "The Abwehr recruited Popov": a service recruits; the one recruited is the spy ("told
            # the CIA that the KGB had never recruited Oswald": Oswald, not the teller).
            subject_m, recruits = recruits[0], recruits[1:]
    if act == "travel" and not is_cue and (subject_m is None or person_id(subject_m.person, persons) is None):
        # "They took me from Douma to al-Khatib": with no one named who took them, the persons taken
        # still made the journey.
        taken = _conveyed(doc, trig, mentions, persons)
        # ... and so did those named with the one who went, when that one is no person named ("a
        # crowd freed Bishop and went down with him to Fort Rupert")
        # (not when the one who went is a pronoun no one is known for: "we went there with him")
        taken = taken or ([] if subject_m is not None or any(
            m.pronoun in ("first", "you", "plural") and sent.start <= m.start < trig.start for m in mentions)
            else _companions(doc, trig, mentions, w_end, persons))
        subject_m = taken[0] if taken else subject_m
    if act == "received_instructions" and not is_cue and (subject_m is None or subject_m.pronoun != "first"):
        # "not one of the men sitting beside me ever received an order from me": the speaker's order
        giver = next((x for x in mentions if trig.end <= x.start <= trig.end + 3 and x.pronoun == "first"
                      and x.case == "obj" and token_view(doc).lower[x.start - 1] == "from"), None)
        if giver is not None:
            act, subject_m = "gave_instructions", giver
    if act == "travel" and not is_cue and _to_someone(token_view(doc).lower, trig):
        act = "meeting"  # "I went to the British ambassador in Tokyo": a meeting, not a journey (the guide)
    subject = person_id(subject_m.person, persons) if subject_m is not None else None
    if subject is None:
        return []
    # "in contact with the Polish General Staff": contact with a service is espionage.
    # The service may come after another trigger ("in contact with agents of American intelligence").
    service_act = vocab.acts[act].with_service
    if service_act is not None and any(m.kind == "S" and trig.start <= m.start < trig.end + 9
                                       and _no_break_but_apposition(doc, trig.end, m.start) for m in powers):
        act = service_act
    if is_cue and reported_by is None and subject != asserted_by:
        # A plea is made by the person pleading; the speaker reports it.
        reported_by = seg.author or seg.speaker
        asserted_by = subject
    # Counterparts.
    counterparts = () if act == "plea" else find_counterparts(doc, trig, mentions, subject_m, w_end, persons)
    if patient_m is not None:
        patient = person_id(patient_m.person, persons)
        if patient is not None and patient != subject and patient not in counterparts:
            counterparts = (patient, *counterparts)
    polarity = "deny" if no_one else polarity_of(doc, trig, cue, report, negs, sent.start, mentions)
    if act == "travel" and polarity == "deny" and _purpose_denied(doc, trig, w_end):
        return []  # "I did not go there to kill anybody": the aim denied, not the journey
    if subject_m is not None and subject_m.start >= 2 and denied_agent_by(doc, trig, w_end, sent.start) \
            == subject_m.start - 1:
        polarity = "deny"  # "had been shot dead ..., not by Galman but by one of the soldiers": Galman denied
    if cue is not None and failed_to(doc, trig, negs, sent.start):
        return []
    # (affirmed or denied: a negation kept from the act by a subordinate clause, "not in a position
    # to tell you who killed them", still says nothing of it)
    if cue is None and not no_one and (report is None or report.label != "denial") \
            and _denial_unsaid(doc, trig, negs, sent.start):
        return []
    if cue is None:
        # "I plead not guilty to the charge of espionage": the act pleaded to is affirmed or denied
        # as the plea is (it was read as affirmed).
        about = next((c for c in s.matches if c.kind == "C" and _pleaded_to(doc, c, trig)), None)
        if about is not None:
            polarity = polarity_of(doc, about, vocab.cues[int(about.label)], None, negs, sent.start, mentions)
    # Foreign power (not for pleas).
    power: str | None = None
    also: list[Match] = []
    # "... in 1942 and later acted on the orders of Tito": what was said before belongs to the act before.
    lower = token_view(doc).lower
    later = any(lower[k] in _LATER for k in range(max(w_start, trig.start - 3), trig.start))
    # A journey serves no power itself ("crossed into Manchukuo ... and handed the Japanese general
    # staff ...": the power is the other act's); a country travelled to is its place.
    if act not in ("plea", "travel"):
        place_toks = {k for p in s.places for k in range(p.start, p.end)}
        in_window = [p for p in powers if p.kind == "P" and w_start <= p.start < w_end
                     and not any(k in place_toks for k in range(p.start, p.end))
                     and (not _aside(doc, p.start, trig, sent.end) or (_of_object(doc, p.start, trig, sent.end) and (any(
                         q.kind == "S" and p.start <= q.start <= p.end + 2 for q in powers) or any(
                         lower[k] in _OFFICIAL_HEADS for k in range(p.start, min(p.end + 3, sent.end))))))
                     and not _against(doc, p.start)
                     and not (p.start < trig.start and _someones_service(doc, p.start))
                     and not (p.end < trig.start and _nationality(doc, p, powers))
                     and not _judging_body(lower, p)
                     and not _owner_of(lower, p)
                     and not (act in _KILLINGS and _victims_power(lower, trig, p))
                     # "met Binalshibh in Spain, but no evidence that he met an Iraqi intelligence
                     # officer": a power past ", but" after the trigger is another clause's.
                     and not any(lower[k] == "," and lower[k + 1] == "but" for k in range(trig.end, p.start - 1))
                     # A later act takes a power said before it only in its own clause ("I was never in
                     # the service of British intelligence, and I never worked for the Yugoslavs").
                     and (p.start > trig.start or w_start == sent.start
                          or (not later and same_clause(doc, p.end, trig.start)))]
        if len(in_window) > 1:
            # "Ames passed the names of CIA sources to the KGB": the power handed to, after "to",
            # over a service said before it that only modifies a noun ("CIA sources", "FBI files").
            first = in_window[0]
            recipient = next((p for p in in_window[1:] if p.start > trig.end and p.start >= 2
                              and (lower[p.start - 1] == "to" or lower[p.start - 2:p.start] == ["to", "the"])), None)
            view = token_view(doc)
            if recipient is not None and first.end < sent.end and view.alpha[first.end] \
                    and view.is_lower[first.end] and lower[first.end] not in STOP_WORDS:
                in_window = [p for p in in_window if p is not first]
                in_window.remove(recipient)
                in_window.insert(0, recipient)
        if in_window:
            power = in_window[0].label
            if recruiter is not None:
                # The service that recruits is the one served, over a power named before it.
                power = next((p.label for p in in_window if p.start <= recruiter.start < p.end), power)
            also = _listed_powers(doc, in_window)
    # Place.
    place: ResolvedPlace | None = None
    # a journey's further places: "sent to Auschwitz, Birkenau and Majdanek", "went to Vienna in 1931, to
    # Prague in 1932 and on to Berlin" (each with the span its own time may stand in)
    listed_places: list[tuple[PlaceMention, int, int]] = []
    extra: dict[str, Any] = {}
    # A name right after the trigger of an act done to someone is its object, not a place ("kill
    # Voroshilov", "killing Gorky"); only a journey's trigger takes a place there ("visited Oslo").
    objects = {m.end for m in acts if m.label != "travel"}
    # "testified in Coyoacan that he had never met ...": the place of the telling is not the act's.
    telling = telling_spans(doc, s, trig)
    # "at Kalevi-Liiva, near the Jägala camp": a landmark near the place said is not the act's place.
    landmarks = {p.start for p in s.places if p.prep == "near" for q in s.places
                 if q.end + 1 < len(texts) and texts[q.end] == "," and lower[q.end + 1] == "near"
                 and q.end + 2 <= p.start <= q.end + 3}
    s_places = [p for p in s.places if p.start not in objects and not _aside(doc, p.start, trig, sent.end)
                and (p.place.kind != "unknown" or _near(doc, p, trig))
                and not any(a <= p.start < b for a, b in telling) and p.start not in landmarks]
    if act == "travel":
        # A journey's place is its destination: after the trigger, or before it in its own clause
        # ("to Oslo I flew"), never a place of an earlier act or clause; "abroad" is not "there".
        lo = clause_start(doc, trig.start, w_start)
        # "crossed into Austria at Hegyeshalom": the country entered, not the crossing point.
        entered = [p for p in s_places if doc[trig.end - 1].lower_ == "into" and trig.end <= p.start <= trig.end + 1]
        # "drove from Kingman to Kansas, and on the way he showed me the Murrah Building in Oklahoma
        # City": an "and" before a new subject ends the journey's clause.
        j_end = next((k for k in range(trig.end, w_end) if lower[k] == "and"
                      and any(lower[j] in _SUBJECT_PRONOUNS for j in range(k + 1, min(w_end, k + 5)))), w_end)
        cands = [p for p in s_places if lo <= p.start < j_end]
        # "left for Singapore by way of Shanghai": a route is not where the journey went (the guide)
        routed = [p for p in cands if p.prep == "via" or (p.start >= 3 and lower[p.start - 3:p.start] == ["by", "way", "of"])]
        if routed and len(routed) < len(cands):
            cands = [p for p in cands if p not in routed]
        if trig.gapped and lower[trig.end - 1] == "for":
            # "left Bombay for Dubai": the place left is no destination ("left Moscow for good": none)
            cands = [p for p in cands if p.start >= trig.end]
        dest = next((p for p in cands if p.start >= trig.end and (p.prep in _TOWARDS or p.prep == "for")), None)
        if dest is not None:
            # "fled to Zimbabwe in May 1991 and was tried ... in Addis Ababa", "who had sailed for
            # Germany in December 1933 and died ... in Leipzig", "drove it to Oklahoma
            # City and set it off outside the Murrah Building": the place gone to ends the journey; a
            # place after the next "and", or a comma that opens no other "to"/"in" place, is another act's.
            dest_end = next((k for k in range(dest.end, j_end) if lower[k] in ("and", ";") or (
                lower[k] == "," and (k + 1 >= j_end or lower[k + 1] not in _DESTINATION_WORDS))
                # "flown back to Beijing from New York ... to join the students in Tiananmen Square":
                # a place in the journey's aim is not where it went
                or (k + 1 < j_end and _aim_at(token_view(doc), k))), j_end)
            cands = [p for p in cands if p.start < dest_end]
        if doc[trig.start:trig.end].text.lower() in _PLACE_RIGHT_AFTER:
            # "entered Srebrenica", "came back to Berlin": the place right after, or none ("came back
            # to us and told us ... from Srebrenica", "when we entered the town").
            cands = entered = [p for p in s_places if trig.end <= p.start <= trig.end + 1]
        # "travelled to Moscow ..., although he was photographed in Brussels": its own clause first.
        own = [p for p in cands if p.start < trig.start
               or not any(t.lower_ in _CONTRAST for t in doc[trig.end:p.start])]
        # "refugees had fled from Rwanda": a journey said only by where it started has no destination.
        pm = None if not entered and own and all(p.prep == "from" for p in own) and _only_origin(doc, trig) \
            else choose_place(act, entered or own or cands, extra)
        if pm is None and any(points_back(lower, k) and lower[k] != "abroad" for k in range(trig.start, w_end)):
            # "I was invited to Pruszkow ..., and I went there": "there" is the last place said before.
            before = [p for p in s_places if p.start < trig.start]
            pm = before[-1] if before else s.last_place
        if pm is None and lower[trig.end - 1] in ("to", "into") and _the_town(lower, trig.end, w_end):
            # "after the rising had broken out in Banska Bystrica, ... Tiso came to the battered town
            # himself": "the town" is the town named before it in the sentence.
            before = [p for p in s_places if p.start < trig.start and p.place.kind in ("city", "unknown", "place")]
            pm = before[-1] if before else None
        if pm is None and s.setting is not None and s.setting[0] is not None \
                and _restates_setting(lower, trig.end, w_end, s.setting[0]):
            # "In June you went to Cobham's house at Blackfriars?" / "I went to his house, as I had a
            # hundred times before": the house the question named, pointed back to.
            pm = s.setting[0]
        if pm is None and not cands and s.setting is not None and not (
                lower[trig.end - 1] in ("to", "into") and trig.end < w_end and doc[trig.end].is_lower) \
                and "abroad" not in lower[trig.start:w_end]:
            # "In 1943 you went round the camps in Germany?" / "I went, yes, with ...", "I did go to
            # Divci" (not "I came to no agreement": no journey).
            pm = s.setting[0]
        if pm is not None and dest is not None and pm is not dest:
            legs = _journey_legs(doc, dest, s.places, s.times, w_end)
            if any(leg is pm for leg, _lo, _hi in legs):
                pm, listed_places = dest, legs  # "went to Vienna in 1931, to Prague in 1932": Vienna first,
                # Prague a leg of its own
        if pm is not None:
            place = pm.place
            listed_places = listed_places or _journey_legs(doc, pm, s.places, s.times, w_end)
    elif act != "plea":
        # "in touch with the Gestapo, but only through Weber": a channel, not where the act was done.
        # "because our policy towards Cuba is cruel": a direction is no place where an act was done
        # (but an order to move "towards Vlasenica" has the place of the move it orders).
        s_places = [p for p in s_places if p.prep != "through"
                    and (p.prep not in ("towards", "toward") or act in INSTRUCTION_ACTS)
                    # "met the airman there, and on the 19th put him on a bus for Chicago": a place
                    # after "for" is a journey's goal, not where another act was done
                    and (p.prep != "for" or act in INSTRUCTION_ACTS)]
        but = _after_but(doc, w_start, trig.start)
        if but is not None:
            # "in 1926 I set up the Union in Kyiv, but we never had any contact with ...": the place of
            # the clause before ", but" is not the contrasted act's.
            s_places = [p for p in s_places if p.start >= but]
        charge = _charged(doc, trig, sent.start)
        if charge is not None:
            # "hanged at Pankrác prison, the court having found them guilty of espionage": the
            # execution's place, not the charged act's; nor is the sentence's ("was sentenced in
            # Buenos Aires in October 2011 for the murder of ...": between the verdict and its "for").
            charged_by = next(k for k in range(charge + 1, trig.start) if lower[k] in _CHARGE_PREPS)
            # Nor the place said before the verdict in its own clause: "At Zagreb in October 1946
            # Stepinac was found guilty of ...", "sitting at Bruchsal, the commission sentenced ...".
            s_places = [p for p in s_places if p.start > charge and not charge < p.start < charged_by]
        # "the court in Oslo convicted him of ...", "the Federal Court in Buenos Aires sentenced ...":
        # the court's town is no act's place.
        s_places = [p for p in s_places if (p.start < 2 or lower[p.start - 2] not in _COURTS
                    or lower[p.start - 1] not in ("in", "at")) and not _court_sitting(doc, sent, p.start)]
        # "went to Los Alamos, and he met Gold in Cambridge": a later act's own clause first.
        # "while he was stationed in Rome, ..., and in October 1992 he met his handler in Caracas",
        # "Kostov was in Moscow ...; that autumn, the indictment says, he met X in Sofia": the act's own
        # clause first, then its part after a semicolon.
        pm = None
        for cut in (clause_start(doc, trig.start, w_start), _after_semicolon(doc, w_start, trig.start)):
            if cut is not None and cut > w_start:
                pm = choose_place(act, [p for p in s_places if cut <= p.start < w_end], extra)
                if pm is not None:
                    break
        if pm is None:
            pm = choose_place(act, [p for p in s_places if w_start <= p.start < w_end], extra)
        if pm is None:
            pm = choose_place(act, [p for p in s_places if sent.start <= p.start < w_start], extra)
        if pm is None:
            pm = _gone_to_first(lower, s, trig)
        if pm is None and s.last_place is not None and any(
                points_back(lower, k) for k in range(w_start, w_end)):
            pm = s.last_place
        if pm is None and s.setting is not None and not any(sent.start <= p.start < w_end for p in s_places):
            pm = s.setting[0]  # "In April, at your house, you told him ...?" / "He came, and we spoke"
        if pm is not None:
            place = pm.place
    else:
        # "pleaded guilty in Alexandria on 1 May 2019": a plea takes the place it was made in, said
        # right after it.
        pm = next((p for p in s_places if trig.end < p.start <= trig.end + 2 and p.prep in ("in", "at")), None)
        if pm is None and lower[sent.start] in _TRIAL_OPENERS:
            # "Tried at the courthouse in Jerusalem on 5 November 1831, Turner pleaded not guilty": the
            # plea was made where the fronted trial was held.
            comma = next((k for k in range(sent.start, trig.start) if lower[k] == ","), None)
            if comma is not None:
                pm = choose_place(act, [p for p in s_places if p.start < comma], extra)
        if pm is not None:
            place = pm.place
    if act == "travel" and place is None and s.last_place is not None and _went_along(lower, trig) \
            and not any(p.start >= sent.start for p in s.places):
        # "Kovacs went to Szeged in May. Petrov went with him.": along on the journey just told
        place = s.last_place.place
    if act == "travel" and place is None:
        place = _common_destination(doc, trig, w_end)
    if act == "travel" and place is None and not any(lower[k] == "abroad" for k in range(w_start, w_end)) \
            and not _fled_the_country(lower, trig):
        return []
    if act == "assassination" and place is None:
        # "guilty of murdering Parmenter, who was shot on Pearl Street ...": where the victims were
        # killed, told again after them (past the window the participle's own trigger ends).
        pm = choose_place(act, [p for p in s.places if p.start >= trig.end and p.prep not in ("from", "through")
                                and _restated_killing(doc, trig, p.start)
                                and (p.place.kind != "unknown" or p.prep in ("in", "at", "on"))], extra)
        if pm is not None:
            place = pm.place
    # Time.
    s_times = _own_times(doc, s, trig)
    but = _after_but(doc, w_start, trig.start)
    if but is not None and act != "travel":
        s_times = [t for t in s_times if t.start >= doc[but].idx]  # nor its time
    # A later act's window starts at its own clause: "withdrew his confession on 7 December, but on
    # 14 December he pleaded guilty" (the first date is the withdrawal's).
    lo = clause_start(doc, trig.start, w_start) if w_start > sent.start else w_start
    in_win = [t for t in s_times if doc[lo].idx <= t.start < (doc[w_end - 1].idx + len(doc[w_end - 1]))
              and not _opens_next_clause(doc, sent, trig, t)]
    if act == "plea":
        # "how do you plead to count one, that in October 1985 you delivered ...", "pleaded guilty to
        # spying in 2010": a time in the charge pleaded to dates the charged act, not the plea.
        # ("of" only right after the plea, "guilty of treason": "withdrew that confession before the
        # gacaca court of his home sector in Nyaruguru in March 2007" dates the withdrawal.)
        charge_at = next((k for k in range(trig.end, w_end) if lower[k] in _PLEA_CHARGE
                          and (lower[k] != "of" or k == trig.end)), None)
        if charge_at is not None:
            in_win = [t for t in in_win if t.start < doc[charge_at].idx]
        # "I confirm everything I told Judge Falcone in 1984": a time in what the plea confirms
        # dates the earlier words, not the plea.
        told_at = next((k for k in range(trig.end, min(w_end, trig.end + 5)) if lower[k] in _EARLIER_WORDS), None)
        if told_at is not None:
            in_win = [t for t in in_win if t.start < doc[told_at].idx]
    if (w_start > sent.start or later) and any(t.start >= doc[trig.start].idx for t in in_win):
        # "I did not meet him in 1947; I met him in 1948": a later act's own time is after it.
        in_win = [t for t in in_win if t.start >= doc[trig.start].idx]
    elif later:
        in_win = []
    if listed_places:
        # "went to Vienna in 1931, to Prague in 1932": the first journey's time stands before the next leg
        in_win = [t for t in in_win if t.start < doc[listed_places[0][1]].idx] or in_win
    known = [t for t in in_win if t.interval.known]
    # "while he was in Rome, between 1986 and 1989, ..., and in October 1992 he met his handler",
    # "In 1970 the fleet was set up; that spring, the court found, they planned ...": a time fronted
    # in the act's own clause, or else in its part after a semicolon, is the act's, not one said before.
    # So is one after the "that" of the clause the act is told in ("Venona messages released in 1995
    # indicate that in the spring of 1945 White talked with ...").
    clause, semi, that = (clause_start(doc, trig.start, w_start), _after_semicolon(doc, w_start, trig.start),
                          _after_that(doc, w_start, trig.start))
    for cut in (clause, semi, that):
        if cut is not None and cut > w_start and any(doc[cut].idx <= t.start < doc[trig.start].idx for t in known):
            known = [t for t in known if t.start >= doc[cut].idx]
            break
    else:
        # A time said before a cut, when the act's side of it has its own: "In December 2003 the
        # tribunal held that Nahimana, the founder of RTLM, had incited the killing of Tutsi in 1994"
        # (the "that" of the clause the act is told in), "had led the column between 1925 and 1927; he
        # came back to Brazil in April 1935" (a ";"), "... Lieberman, Kiernik and Pragier left the
        # country, and Witos crossed into Czechoslovakia in 1933" (a coordinated clause, ", and").
        and_clause = clause if clause is not None and clause > w_start and clause >= 2 \
            and lower[clause - 1] == "and" and lower[clause - 2] == "," else None
        for cut in (that, semi, and_clause):
            if cut is not None and any(t.start >= doc[cut].idx for t in known):
                known = [t for t in known if t.start >= doc[cut].idx]
    opener = in_parenthesis(doc, trig.start, sent.end) if len(known) > 1 else None
    if opener is not None:
        # "Sand, a student who had moved to Jena in 1817 and ..., called at Kotzebue's house": an act
        # told in an apposition or relative clause with a time of its own takes that time.
        close = parenthesis(doc, opener, sent.end) or sent.end
        inside = [t for t in known if opener <= _token_at(sent, t.start) < close]
        if inside:
            known = inside
    if not known and act != "plea" and not later:
        # "In 1935 I met Sedov and passed information ...": a time said before applies onward, the
        # last one said ("in 1927 I met X, and in 1928 I travelled to Paris, where I received ...").
        w_stop = doc[w_end - 1].idx + len(doc[w_end - 1])  # not past a ";" that ends the window
        known = _last_said([t for t in s_times if t.interval.known and (single or t.start < doc[lo].idx)
                            and t.start < w_stop and not _new_clause_after(doc, sent, w_start, t, trig)
                            and not _opens_next_clause(doc, sent, trig, t)])
    # "acquitted on 23 December 1933 and deported two months later": a time counted on from the one
    # before, said after the act, is the act's.
    onward = [t for t in known if t.anaphoric and t.start >= doc[trig.start].idx
              and same_clause(doc, trig.end, _token_at(sent, t.start))]
    def same_clause_as(a: Timex, b: Timex) -> bool:
        return same_clause(doc, _token_at(sent, a.start), _token_at(sent, b.start))

    tx = onward[0] if onward else most_precise(known, same_clause_as) if known else (
        in_win[0] if in_win and act != "plea" else None)
    if tx is None and act != "plea" and s.setting is not None and not known:
        tx = s.setting[1]  # "On 11 November 1941 you sat down with them?" / "I did speak with them"
    elif tx is not None and tx.anaphoric and s.setting is not None and s.setting[1] is not None \
            and not any(not t.anaphoric and t.interval.known and t.start < tx.start for t in s_times):
        # "When you flew to Berlin on 13 March 1939, who went with you?" / "... That evening I saw
        # Hitler": "that evening" of the day the question names.
        tx = resolve_anaphora([s.setting[1], tx], None)[1]
    if tx is None and act == "assassination":
        # "... of the murder of all 298 people on board, shot down on 17 July 2014": the day the
        # victims were killed, told again after them.
        told = [t for t in s_times if t.interval.known and t.start >= doc[trig.end - 1].idx
                and _restated_killing(doc, trig, _token_at(sent, t.start))]
        tx = told[0] if told else None
    if tx is not None:
        time = tx.interval
    elif act == "plea" and seg.stated_on is not None:
        time = Interval(seg.stated_on, seg.stated_on, "day", "")
    else:
        time = Interval.unknown()
    modality = modality_of(vocab, seg, act, cue, speech.modality, forecast, asserted_by, subject, polarity)
    if cue is not None:
        # "I do not accept this indictment": a stance cue turned round by a negation is the opposite
        # stance (or none, where the cue has no opposite).
        stance = cue.stance if polarity == cue.polarity else _OPPOSITE_STANCE.get(cue.stance)
        if stance is not None:
            extra["stance"] = stance
    if act in INSTRUCTION_ACTS:
        purpose = purpose_of(vocab, doc, trig, acts)
        if purpose:
            extra["purpose"] = purpose
    extra["trigger"] = doc[trig.start:trig.end].text
    if power is not None:
        year = time.start.year if time.start is not None else seg.stated_on.year if seg.stated_on else None
        power = _successor(vocab, power, doc[in_window[0].start:in_window[0].end].text, year)
    claims = [make_claim(seg, sent, subject, asserted_by, reported_by, act, polarity, modality, counterparts,
                         power, place, time, extra, subject_m, tx is not None)]
    recruit = _recruited(doc, trig, mentions) if not is_cue else None
    if recruit is not None:
        recruited = person_id(recruit.person, persons)
        if recruited is not None and recruited != subject:
            claims.append(make_claim(seg, sent, recruited, asserted_by, reported_by, act, polarity, modality,
                                     (subject,), power, place, time, dict(extra), recruit, tx is not None))
    for rm in recruits:
        # "Deutsch recruited Philby for the NKVD", "drawn into the Intelligence Service by Armstrong":
        # the recruiter and the one recruited are both in the service's espionage.
        r_subject = person_id(rm.person, persons)
        if r_subject is not None and r_subject not in {c.subject for c in claims}:
            claims.append(make_claim(seg, sent, r_subject, asserted_by, reported_by, act, polarity, modality,
                                     (subject,), power, place, time, dict(extra), rm, tx is not None))
    if subject_m is not None:
        joined = [*coordinated(doc, subject_m, mentions, trig.start), *tried_with(doc, subject_m, trig.start, mentions)]
        for co in joined:
            co_subject = person_id(co.person, persons)
            if co_subject is None or co_subject == subject:
                continue
            co_by = co_subject if asserted_by == subject and is_cue else asserted_by
            claims.append(make_claim(seg, sent, co_subject, co_by, reported_by, act, polarity, modality,
                                     tuple(p for p in counterparts if p != co_subject), power, place, time,
                                     dict(extra), co, tx is not None))
    if subject_m is not None and subject_m.start >= trig.end and subject_m.pronoun is None:
        # "Our bombs were made by Ullaskar Dutt and Hem Chandra Das", "the orders came from X and Y":
        # a subject named after its act heads the list that follows it.
        for co in _list_after(doc, subject_m, mentions, persons):
            co_subject = person_id(co.person, persons)
            if co_subject is not None and co_subject not in {c.subject for c in claims}:
                claims.append(make_claim(seg, sent, co_subject, asserted_by, reported_by, act, polarity, modality,
                                         tuple(p for p in counterparts if p != co_subject), power, place, time,
                                         dict(extra), co, tx is not None))
    if subject_m is not None:
        # "they confessed": each of the persons of the list they stand for.
        for key in subject_m.group:
            g_subject = person_id(key, persons)
            if g_subject is not None and g_subject not in {c.subject for c in claims}:
                g_by = g_subject if asserted_by == subject and is_cue else asserted_by
                claims.append(make_claim(seg, sent, g_subject, g_by, reported_by, act, polarity, modality,
                                         tuple(p for p in counterparts if p != g_subject), power, place, time,
                                         dict(extra), subject_m, tx is not None))
    if act == "travel" or (act not in ("meeting", "plea") and not is_cue):
        # "I went there with Jankowski": the companion made the journey too; "convicted of the murder
        # together with Shemer and Menkes": they did the act too.
        together = act != "travel"
        for co in [*(() if together else _conveyed(doc, trig, mentions, persons)),
                   *_companions(doc, trig, mentions, w_end, persons, together),
                   # "travelled to Haifa and on to Cairo with Eichmann": with him on every leg
                   *(_companions(doc, Match("A", act, listed_places[-1][0].start, listed_places[-1][0].end),
                                 mentions, w_end, persons) if listed_places and not together else ()),
                   *_companions_before(doc, trig, mentions, subject_m, sent.start, persons)]:
            co_subject = person_id(co.person, persons)
            if co_subject is not None and co_subject not in {c.subject for c in claims}:
                claims.append(make_claim(seg, sent, co_subject, asserted_by, reported_by, act, polarity, modality,
                                         (subject,), power, place, time, dict(extra), co, tx is not None))
    if polarity == "affirm" and act not in ("travel", "meeting", "plea") and not is_cue:
        # "conspired with Winder to murder prisoners", "plotted with Charnock, Porter and the other
        # Jacobites": the partners of a plot share it, or its aim (the annotation guide).
        for co in _plot_partners(doc, trig, plot, mentions, w_end, persons):
            co_subject = person_id(co.person, persons)
            if co_subject is not None and co_subject not in {c.subject for c in claims}:
                claims.append(make_claim(seg, sent, co_subject, asserted_by, reported_by, act, polarity, modality,
                                         (subject,), power, place, time, dict(extra), co, tx is not None))
    # "whom Zündel had sent to Auschwitz, Birkenau and Majdanek": one journey per place listed.
    leg_bases = list(claims)
    for lp, lo_k, hi_k in listed_places:
        leg_end = doc[hi_k - 1].idx + len(doc[hi_k - 1])  # "..., to Prague in 1932": the leg's own time
        leg_time = next((t for t in s_times if t.interval.known and doc[lo_k].idx <= t.start < leg_end), None)
        claims.extend(make_claim(seg, sent, c.subject or subject, c.asserted_by, c.reported_by, act, polarity,
                                 modality, c.counterparts, c.foreign_power, lp.place,
                                 leg_time.interval if leg_time is not None else time, dict(extra), subject_m,
                                 leg_time is not None or tx is not None)
                      for c in leg_bases if c.place == (place.value if place else None))
    # "an agent of the British and the French intelligence services": one claim per power named.
    for p in also:
        claims.extend(make_claim(seg, sent, c.subject or subject, c.asserted_by, c.reported_by, act, polarity,
                                 modality, c.counterparts, p.label, place, time, dict(extra), subject_m,
                                 tx is not None) for c in list(claims) if c.foreign_power == power)
    return claims


# Words that open another clause: a town the gazetteer lacks is not read past one.
_SUBORDINATE = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "because", "if", "after", "before",
                          "since", "until", "while", "whether", "although", "though"})


def _near(doc: Doc, p: PlaceMention, trig: Match) -> bool:
    """A town the gazetteer lacks is read from its preposition alone: it is the act's only in the
    act's own clause and near it ("I met Hitler at Montoire, but ...", "ordered them to kill the
    Tutsi in Taba"; not "... in which she told you that there were bugs in Horizon")."""
    a, b = (p.end, trig.start) if p.start < trig.start else (trig.end, p.start)
    if b - a > 15:
        return False
    lower = token_view(doc).lower
    if trig.label == "travel" and p.start >= trig.end and b > a and lower[b - 1] in ("to", "into") \
            and all(lower[k] in GOING_PARTICLES for k in range(a, b - 1)):
        return True  # "I went out again, to Najiban": the journey's own destination
    if any(lower[k] in _SUBORDINATE for k in range(a, b)):
        return False
    # "killed Jewish and Roma prisoners at Kalevi-Liiva": an "and" between two words of one phrase
    # (no comma, no pronoun after it) does not open another clause.
    joins = [k for k in range(a, b) if lower[k] == "and"]
    if joins and all(k + 1 < b and lower[k + 1] not in _CLAUSE_OPENERS for k in joins) and not any(
            lower[k] in CLAUSE_BREAK and lower[k] != "and" for k in range(a, b)):
        return True
    if p.start > trig.start and p.start >= 2 and lower[p.start - 2] == "," and p.end + 1 < len(lower) \
            and lower[p.end] == "or" and lower[p.end + 1] in _ANY_PLACE and same_clause(doc, a, p.start - 2):
        # "I gave no order to shoot prisoners, at Baugnez or anywhere else": the place the act is
        # denied at, set off by a comma, with any other place besides.
        return True
    return same_clause(doc, a, b)


_ANY_PLACE = frozenset({"anywhere", "elsewhere", "somewhere", "any", "nowhere"})


_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
# Words after a plea that open the charge pleaded to ("guilty to count one", "to conspiring").
_PLEA_CHARGE = frozenset({"to", "that", "of", "for"})
_EARLIER_WORDS = frozenset({"told", "said", "gave", "made", "wrote", "signed"})
_CLAUSE_OPENERS = frozenset({"i", "we", "he", "she", "they", "it", "then", "there", "later"})
_TOWARDS = frozenset({"to", "into", "reached", "visited", "entered"})
_TOWN_WORDS = frozenset({"town", "city", "village", "capital"})


def _restates_setting(lower: list[str], start: int, end: int, setting: PlaceMention) -> bool:
    """Words ``start``... (the first four after a journey's trigger, within ``end``) are a possessive and
    the facility head of the question's place ("to his house" for "Cobham's house", "to their flat"
    for "the Fischers' flat in Vienna")."""
    heads = {w for w in setting.text.lower().split() if w in FACILITY_HEADS}
    return bool(heads) and any(lower[k] in _POSSESSIVES and lower[k + 1] in heads
                               for k in range(start, min(end - 1, start + 3)))


_POSSESSIVES = frozenset({"his", "her", "their", "your", "my", "our"})


def _the_town(lower: list[str], k: int, end: int) -> bool:
    """Words ``k``... are "the town", "the battered town", "the little village": a settlement named
    before, pointed back to (at most two words between "the" and the noun, none a preposition)."""
    if k >= end or lower[k] != "the":
        return False
    for j in range(k + 1, min(end, k + 4)):
        if lower[j] in _TOWN_WORDS:
            return j + 1 >= end or lower[j + 1] != "of"  # not "the town of Vukovar": its name follows
        if lower[j] in ("of", "in", "at", ",", "and"):
            return False
    return False


# Words after a comma that go on naming where a journey went ("to Berlin, to the Hotel Adlon", "flew
# to Oslo, landing at the Kjeller airfield"; not "went home to Yemen, leaving Hazmi in San Diego").
_DESTINATION_WORDS = frozenset({"to", "into", "in", "at", "near", "the", "landing", "arriving", "reaching"})
# (with the forms after "do" and "be", inflect.py: "did you enter", "did you flee", "were sailing")
_PLACE_RIGHT_AFTER = with_forms(("entered", "came back to", "went back to", "got back to", "took refuge in",
                                 "taken refuge in"))
_BARE_DEPARTURES = with_forms(("fled", "went", "drove", "sailed", "flew", "travelled", "traveled", "departed"))


# Buildings and grounds named by a common noun that a journey may end at ("went to the arsenal",
# "took them to a clinic", "drove to the stadium"), beside the facility heads of named places.
_COMMON_DESTINATIONS = frozenset(FACILITY_HEADS - {"street", "square", "island", "park", "complex", "works", "base",
                                                   "homes", "strand", "tower", "bridge", "room", "bar",
                                                   # "I went to a school for mechanical technicians": studies
                                                   "school", "college", "university", "academy", "seminary",
                                                   "institute"}
                                 | {"clinic", "penitentiary", "headquarters"})
_DESTINATION_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "its", "your"})


def _fled_the_country(lower: list[str], trig: Match) -> bool:
    """"Dorr had fled the state", "he fled the country": a journey out, with no place to name."""
    return lower[trig.end - 1] in ("fled", "flee", "flees", "fleeing") \
        and lower[trig.end:trig.end + 2] in (["the", "country"], ["the", "state"], ["his", "country"],
                                             ["her", "country"], ["their", "country"])


def _common_destination(doc: Doc, trig: Match, w_end: int) -> ResolvedPlace | None:
    """A journey's end named by a common noun right after its "to" or "into": "went to the arsenal",
    "took Diallo to a clinic", "went alone to the state arsenal" (a determiner first, at most two
    words between it and the noun, none capitalised; not "went to prison", "went to church": an
    institution, not a place reached)."""
    view = token_view(doc)
    lower, texts = view.lower, view.text
    k = trig.end - 1 if lower[trig.end - 1] in ("to", "into") else trig.end
    stop = min(w_end, len(lower))
    if k < stop and lower[k] not in ("to", "into"):
        if lower[k] in ("alone", "together", "straight", "directly", "back", "himself", "herself", "themselves") \
                and k + 1 < stop and lower[k + 1] in ("to", "into"):
            k += 1
        else:
            return None
    if k + 1 >= stop or lower[k + 1] not in _DESTINATION_DETERMINERS:
        return None
    for j in range(k + 2, min(k + 5, stop)):
        w = lower[j]
        if not texts[j].isalpha() or texts[j][:1].isupper():
            return None
        if w in _COMMON_DESTINATIONS and not (j + 1 < stop and lower[j + 1] in ("'s", "’s")):
            name = span_text(doc[k + 2:j + 1])
            return ResolvedPlace(name, name, None, None, "facility")
    return None


def _only_origin(doc: Doc, trig: Match) -> bool:
    """A bare verb of leaving ("fled", "sailed"), whose place after "from" is where the journey began."""
    return trig.end - trig.start == 1 and doc[trig.start].lower_ in _BARE_DEPARTURES


_NEW_VERB_WORDS = frozenset({"and", "but", "was", "were", "had", "who", "which", "after", "before", "when", "then"})
_HELP_NOUNS = frozenset({"help", "assistance", "aid", "complicity"})
_HELP_VERBS = frozenset({"helped", "aided", "assisted", "abetted"})


def _helped_by(lower: list[str], k: int, lo: int) -> bool:
    """Token ``k`` ends "with the help of", "with the assistance of", "aided by", "helped by" (not
    before ``lo``): the person after it shared the act."""
    if k - 3 >= lo and lower[k] == "of" and lower[k - 1] in _HELP_NOUNS \
            and lower[k - 2] in ("the", "his", "her", "their") and lower[k - 3] == "with":
        return True
    return k - 1 >= lo and lower[k] == "by" and lower[k - 1] in _HELP_VERBS


def _companions(doc: Doc, trig: Match, mentions: list[Mention], w_end: int, persons: PersonResolver,
                together: bool = False) -> list[Mention]:
    """Persons named right after "with" (or "together with") in the clause of a journey, titles
    aside ("went round the camps with Dr. Koischwitz", "with Professor Koischwitz and an engineer");
    with ``together``, only after "together with", "along with" or a helper's words ("with the help
    of", "aided by"), in the clause of any act ("was convicted of the murder in January 1958 together
    with Dan Shemer and Yosef Menkes", "poisoned the King with the help of Jones")."""
    out = []
    lower = token_view(doc).lower
    for m in mentions:
        k = m.start - 1
        while k > trig.end and doc[k].text[:1].isupper() and persons.is_title(doc[k].text.rstrip(".")):
            k -= 1
        if k > trig.end and doc[k].lower_ != "with" and doc[k].is_lower:
            label = label_before(doc, k)  # "with his wife Anna Orlova", "with his friend Lee"
            k = label if label is not None and label > trig.end and doc[label].lower_ == "with" else k
        # (a helper's words set off by a comma still belong to the act: "killed the King, aided by
        # Jones"; not after another verb: "and was later aided by Jones in his escape")
        helped = together and _helped_by(lower, k, trig.end) and not any(
            w in _NEW_VERB_WORDS for w in lower[trig.end:k])
        inside = not together and trig.start < m.start < trig.end and m.pronoun == "first"  # "came with me"
        if (trig.end <= m.start < w_end or inside) and k >= 0 and (doc[k].lower_ == "with" or helped) \
                and m.person is not None \
                and (not together or helped or (k > trig.end and doc[k - 1].lower_ in ("together", "along"))) \
                and not m.possessive and (m.pronoun in (None, "third", "title") or (
                    m.pronoun == "first" and not together and m.case == "obj"
                    and not any(lower[j] == "to" and _no_place_after(doc, j + 1) for j in range(trig.end, k)))) \
                and (helped or inside or same_clause(doc, trig.end, m.start)):
            out.append(m)
        elif out and m.start >= out[-1].end and m.person is not None and not m.possessive and m.pronoun is None \
                and _listed_after(doc, out[-1].end, k + 1, persons):
            # "with Monteith and Bailey", "with Petrov, Ivanov and Orlov": the list goes on.
            out.append(m)
        elif not out and not together and trig.end <= m.start < w_end and m.person is not None \
                and not m.possessive and m.pronoun is None and _labelled_after_with(lower, trig.end, m.start, m.end):
            # "flew from Newark to Peshawar ... with two friends from his high school, Adis Medunjanin
            # and Zarein Ahmedzay": the companions named after their label
            out.append(m)
    return out


def _plot_partners(doc: Doc, trig: Match, aimed: Match | None, mentions: list[Mention], w_end: int,
                   persons: PersonResolver) -> list[Mention]:
    """The persons named after a plot's "with" ("conspired with X", "plotting with X, Y and Z"): of
    ``trig`` when it is the plot, or of the plot ``aimed`` whose aim ``trig`` is (:func:`aim_plot`;
    "conspiring with X and Y to cause explosions": the partners end where the aim's "to" begins)."""
    # (a plot said with its verb: "conspired with X"; not "accused of a conspiracy with Rykov")
    verbal = forms(doc[trig.start].lower_) is not None or doc[trig.start].lower_.endswith("ing")
    plot = (trig if verbal else None) if trig.label == "conspiracy" else aimed
    at = plot_with(doc, plot) if plot is not None else None
    if plot is None or at is None:
        return []
    # the partners end at the aim's "to", or at a relative clause after the plot's own list
    end = trig.start if plot is not trig else next(
        (k for k in range(at, w_end) if doc[k].lower_ in ("who", "which", "that", "whom")), w_end)
    return _companions(doc, Match(plot.kind, plot.label, plot.start, at), mentions, end, persons)


def _labelled_after_with(lower: list[str], lo: int, k: int, end: int) -> bool:
    """The name at ``k`` (ending at ``end``) follows "with", a label of at most eight lower-case words
    and a comma ("with two friends from his high school, Adis Medunjanin")."""
    if k < 3 or lower[k - 1] != ",":
        return False
    for j in range(k - 2, max(lo, k - 10) - 1, -1):
        if lower[j] == "with":
            # (a label opened by a possessive names a person: "with his mistress, Marguerite de Bonnemains";
            # and any label that opens with an article or a number does, when the name closes an
            # apposition: "with another cadre, Mondy Motloung, and a bag of rifles")
            return any(w in _COMPANION_NOUNS for w in lower[j + 1:k - 1]) or (
                j + 2 < k - 1 and lower[j + 1] in POSS_PRONOUNS) or (
                j + 2 < k - 1 and lower[j + 1] in LABEL_DETERMINERS and end < len(lower) and lower[end] in (",", "and"))
        if not lower[j].isalpha() or lower[j] in ("and", "or", "but", "who", "which", "that"):
            return False
    return False


# Nouns of a companions' label ("with two friends from his high school, X and Y", "with his brother, X").
_COMPANION_NOUNS = frozenset({"friend", "friends", "brother", "brothers", "sister", "sisters", "wife", "husband", "son",
                              "sons", "daughter", "daughters", "cousin", "cousins", "colleague", "colleagues",
                              "comrade", "comrades", "companion", "companions", "associate", "associates",
                              "accomplice", "accomplices", "partner", "father", "mother", "uncle", "nephew"})


def _companions_before(doc: Doc, trig: Match, mentions: list[Mention], subject_m: Mention | None, sent_start: int,
                       persons: PersonResolver) -> list[Mention]:
    """Persons named as sharing the act before it: in an aside right after its subject ("Kovacs, with
    Petrov, killed the mayor", "Kovacs, helped by Petrov, killed ..."), or in a helper's phrase that
    opens the sentence ("With the help of Petrov, Kovacs killed ..."), and those listed with them."""
    if subject_m is None or subject_m.end > trig.start:
        return []
    lower = token_view(doc).lower
    if subject_m.end < trig.start and lower[subject_m.end] == ",":
        lo, hi = subject_m.end + 1, trig.start  # the aside after the subject, closed before the act
        close = next((k for k in range(lo, hi) if doc[k].is_punct), None)
        # (a list inside the aside: "you, together with John Horne Tooke, John Thelwall and others, did
        # maliciously and traitorously compass ...": its last comma closes it)
        while close is not None and doc[close].text == "," and any(doc[k].is_punct for k in range(close + 1, hi)) \
                and doc[close + 1].text[:1].isupper():
            close = next((k for k in range(close + 1, hi) if doc[k].is_punct), None)
        if close is None or doc[close].text != "," or any(doc[k].is_punct for k in range(close + 1, hi)) \
                or trig.start - close > 6:
            return []
        opener_ok = lower[lo] == "with" or (lower[lo] == "together" and lower[lo + 1] == "with") \
            or _helped_by(lower, min(lo + 3, close - 1), lo) or _helped_by(lower, lo + 1, lo)
    elif subject_m.start >= sent_start + 5 and lower[subject_m.start - 1] == ",":
        lo, close = sent_start, subject_m.start - 1  # "With the help of Petrov, Kovacs killed ..."
        opener_ok = lower[lo] == "with" and lower[lo + 1] in ("the", "his", "her", "their") \
            and lower[lo + 2] in _HELP_NOUNS and lower[lo + 3] == "of"
    else:
        return []
    if not opener_ok:
        return []
    out: list[Mention] = []
    for m in mentions:
        if lo < m.start < close and m.person is not None and not m.possessive and m.pronoun is None:
            k = m.start - 1
            while k > lo and doc[k].text[:1].isupper() and persons.is_title(doc[k].text.rstrip(".")):
                k -= 1
            if lower[k] in ("with", "of", "by") or (out and lower[k] in ("and", ",")):
                out.append(m)
    return out


_ALONG_WITH = frozenset({"me", "him", "her", "us", "them"})


def goes_along(lower: list[str], k: int, end: int) -> bool:
    """"along" or "with me" (him, her, us, them) at token ``k`` (before ``end``): the words that make
    a verb of going a going along on a journey told before ("Petrov went with him", "Yu came along")."""
    return k < end and (lower[k] == "along" or (lower[k] == "with" and k + 1 < end and lower[k + 1] in _ALONG_WITH))


def _went_along(lower: list[str], trig: Match) -> bool:
    """The journey ``trig`` goes along ("Petrov came with me", "Yu came along to interpret"): its
    own last words ("came with me", "came along") or the words right after it."""
    return goes_along(lower, trig.start + 1, trig.end) or goes_along(lower, trig.end, len(lower))


# Words between a journey's legs ("and then to", "and on to", "and from there to").
_LEG_WORDS = frozenset({"then", "on", "later", "finally", "thence", "from", "there", "back", "again"})
_TIME_PREPS = frozenset({"in", "on", "at", "during", "by", "early", "late", "the", "of"})


def _journey_legs(doc: Doc, pm: PlaceMention, places: list[PlaceMention], timexes: Sequence[Timex],
                  w_end: int) -> list[tuple[PlaceMention, int, int]]:
    """The further places of a journey to ``pm``, each a leg of its own: a list with no preposition
    of its own ("to Auschwitz, Birkenau and Majdanek"; not "to Baghdad, via Amman"), or places each
    after its own "to" ("to Vienna in 1931, to Prague in 1932 and to Berlin", "to Haifa and on to
    Cairo"), a time between them allowed. Each leg comes with the token span its own time may stand
    in (from the words that join it to the one before, to the next such words)."""
    by_start = {p.start: p for p in places}
    n = min(len(doc), w_end)

    def timed(k: int) -> bool:
        return any(t.start <= doc[k].idx < t.end for t in timexes)

    def skip_time(k: int) -> int:
        j = k
        while j < n and doc[j].lower_ in _TIME_PREPS and not timed(j):
            j += 1
        if j < n and timed(j):
            while j < n and timed(j):
                j += 1
            return j
        return k

    legs: list[tuple[PlaceMention, int, bool]] = []  # place, where its joining words start, own "to"
    end = pm.end
    while True:
        joint = skip_time(end)
        k = joint
        if k < n and doc[k].text == ",":
            k += 1
        if k < n and doc[k].lower_ == "and":
            k += 1
        if k == joint:
            break
        while k < n and doc[k].lower_ in _LEG_WORDS:
            k += 1
        k = skip_time(k)
        own_to = k < n and doc[k].lower_ in ("to", "into")
        nxt = by_start.get(k + own_to)
        if nxt is None or (not own_to and nxt.prep not in (None, pm.prep)):
            break
        legs.append((nxt, joint, own_to))
        end = nxt.end
    # a bare list ends in "and" ("to Auschwitz, Birkenau and Majdanek"; not "to Baghdad, Iraq")
    while legs and not legs[-1][2] and doc[legs[-1][0].start - 1].lower_ != "and":
        legs.pop()
    if not legs:
        return []
    bounds = [joint for _p, joint, _t in legs[1:]] + [skip_time(legs[-1][0].end)]
    return [(p, joint, max(hi, p.end)) for (p, joint, _t), hi in zip(legs, bounds)]


_BLASTS = frozenset({"blast", "blasts", "explosion", "explosions", "bomb", "bombs", "device", "detonation"})


def _blast_killed(lower: list[str], start: int, end: int) -> bool:
    """After a bomb set or thrown (from ``start`` to the sentence's ``end``), "the blast killed ..."
    or "the explosion, which killed ...": the bomb killed, so setting it was a killing (the guide)."""
    for k in range(start, end - 2):
        if lower[k] in ("the", "its", "that", "which") and lower[k + 1] in _BLASTS:
            j = k + 2
            if j < end and lower[j] == ",":
                j += 1
            if j < end and lower[j] == "which":
                j += 1
            if j < end and lower[j] in ("killed", "kills", "had"):
                return lower[j] != "had" or (j + 1 < end and lower[j + 1] == "killed")
    return False


def _no_place_after(doc: Doc, k: int) -> bool:
    """A lower-case word at ``k`` that opens no place (not an article, a possessive or a facility's
    head): after a journey's "to" it is an aim ("to resign", "to believe"), after "into" a state."""
    view = token_view(doc)
    return k < len(doc) and view.alpha[k] and view.is_lower[k] and view.lower[k] not in _TO_WHERE \
        and view.lower[k] not in FACILITY_HEADS


def _no_break_but_apposition(doc: Doc, lo: int, hi: int) -> bool:
    """No punctuation in ``doc[lo:hi]`` but the comma of an apposition ("with Schwartzkoppen, the
    German military attaché")."""
    puncts = [k for k in range(lo, hi) if doc[k].is_punct]
    return not puncts or (len(puncts) == 1 and doc[puncts[0]].text == "," and puncts[0] + 1 < hi
                           and doc[puncts[0] + 1].lower_ in ("the", "a", "an"))


# The verb and the last words of acts.yaml's received_instructions group "did ... on the orders" (of X).
_DID_FORMS = frozenset({"did", "done", "do", "doing"})
_SUPERIORS_OPENERS = frozenset({"my", "his", "her", "our", "their", "the"})
_SUPERIORS = frozenset({"superiors", "superior", "commanders", "commander", "chiefs", "chief", "officers",
                        "masters", "staff", "command", "authorities", "leadership"})
_ORDER_WORDS = frozenset({"orders", "instructions", "order", "instruction", "behest"})
# The verbs of acts.yaml's travel group "took ... to" (a verb ... object trigger), and the forms of "be"
# that make them passive.
_TAKING = frozenset({"took", "taken", "brought", "led", "escorted", "guided", "ferried", "rowed", "walked", "marched",
                     "carried"})
_PASSIVE_BE = frozenset({"be", "been", "being", "was", "were", "is", "are", "am", "'s", "’s"})
# Lower-case words that may open the place after such a "to" ("took me to the farm", "to his house").
_TO_WHERE = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "one",
                       "another", "some", "hospital", "prison", "jail", "church", "school", "court",
                       "al", "el"})  # (the Arabic article of a town's name: "took me to al-Khatib")
# Verbs of taking someone somewhere: the persons taken make the journey with the one who takes them.
_CONVEYING = frozenset({"took", "taken", "brought", "led", "escorted", "guided", "ferried", "rowed", "walked",
                        "marched", "drove", "driven", "flew", "flown", "accompanied", "carried",
                        # "put Casement ashore", "followed Parmar and Reyat into the woods" (round 20)
                        "put", "landed", "set", "followed", "trailed", "tailed", "shadowed", "chased", "pursued"})


def _conveyed(doc: Doc, trig: Match, mentions: list[Mention], persons: PersonResolver) -> list[Mention]:
    """The persons a journey's verb of taking has for its object ("Antonov drove Celik and me ... to
    the Via della Conciliazione", "they took me from Douma to al-Khatib", "Wintour had brought Guy
    Fawkes over from Flanders to London"): right after the verb, titles aside, and the list they open."""
    if doc[trig.start].lower_ not in _CONVEYING:
        return []
    k = trig.start + 1
    while k < len(doc) and doc[k].text[:1].isupper() and persons.is_title(doc[k].text.rstrip(".")):
        k += 1
    first = next((m for m in mentions if m.start == k and m.person is not None and not m.possessive
                  and m.pronoun not in ("you", "plural") and (m.pronoun is None or m.case == "obj")), None)
    if first is None:
        return []
    return [first, *_list_after(doc, first, mentions, persons)]


def _list_after(doc: Doc, first: Mention, mentions: list[Mention], persons: PersonResolver) -> list[Mention]:
    """The persons listed after ``first`` ("Celik and me", "Dutt and Hem Chandra Das", "Petrov, Ivanov
    and Orlov"), each joined to the one before by "and" or commas alone."""
    out = [first]
    view = token_view(doc)
    for m in mentions:
        if m.start >= out[-1].end and m.person is not None and not m.possessive and m.pronoun != "you" \
                and _listed_after(doc, out[-1].end, m.start, persons):
            if m.end < len(doc) and view.lower[m.start - 1] == "and" and view.text[m.start - 2] == "," \
                    and _verb_next(view, m.end):
                break  # "was shot by Planetta, and Dollfuss died on a sofa": a new clause, its own subject
            out.append(m)
    return out[1:]


def _verb_next(view: TokenView, k: int) -> bool:
    """A clause's verb at token ``k``, or right after a short aside that opens there (", denied a priest
    and a doctor, bled to death")."""
    n = len(view.lower)
    if k < n and view.text[k] == ",":
        close = next((j for j in range(k + 1, min(n, k + 12)) if view.text[j] in (",", ";", ".")), None)
        if close is None or view.text[close] != ",":
            return False
        k = close + 1
    return k < n and view.alpha[k] and view.is_lower[k] and verb_after_subject(view.lower[k], _MORE_VERBS_AFTER_NAME)


# Past tenses without "-ed" that open a new clause after a name ("and Dollfuss bled to death").
_MORE_VERBS_AFTER_NAME = frozenset({"fell", "ran", "fled", "came", "left", "got", "bled", "lay", "hid"})


def _listed_after(doc: Doc, lo: int, hi: int, persons: PersonResolver) -> bool:
    """Only "and" or commas (and the titles of the next name) stand in ``doc[lo:hi]``, with "and" or a
    comma among them: one name of a list follows another."""
    between = [t.text for t in doc[lo:hi]]
    return bool(between) and any(w in (",", "and") for w in between) and all(
        w in (",", "and") or (w[:1].isupper() and persons.is_title(w.rstrip("."))) for w in between)


def _listed_powers(doc: Doc, powers: list[Match]) -> list[Match]:
    """The powers listed after the first of ``powers`` with "and" or "or" ("the British and the French
    intelligence services", "for Britain, France and Poland", "to the Pakistanis or to the South
    Africans": the preposition may be said again)."""
    out: list[Match] = []
    prev = powers[0]
    for p in powers[1:]:
        between = [t.lower_ for t in doc[prev.end:p.start]]
        if not between or not set(between) <= _LIST_WORDS or p.label == powers[0].label \
                or any(p.label == q.label for q in out):
            break
        out.append(p)
        prev = p
    return out if out and any(t.lower_ in ("and", "or") for t in doc[powers[0].end:out[-1].start]) else []


_LIST_WORDS = frozenset({"and", "or", "the", ",", "to", "for", "with"})


def _successor(vocab: Vocabulary, power: str, phrase: str, year: int | None) -> str:
    """The power a phrase names in ``year``: "the GRU" is the Soviet Union's until 1991, Russia's
    after; so is a capital or a country that stands for it ("Moscow", "Russia")."""
    succ = vocab.powers[power].successor if power in vocab.powers else None
    if succ is None or year is None or year < succ.year:
        return power
    if metonym_powers(vocab).get(phrase) == power:
        return succ.power
    low = phrase.lower().removeprefix("the ")
    return succ.power if any(low == p.lower().removeprefix("the ") for p in succ.phrases) else power


def _state_orders(doc: Doc, trig: Match, matches: list[Match]) -> bool:
    """An order verb whose subject is a state or a service right before it ("Moscow ordered",
    "the KGB had instructed"), with nothing but an auxiliary between."""
    lower = token_view(doc).lower
    if trig.end - trig.start != 1 or lower[trig.start] not in _ORDER_VERBS | {"told"}:
        return False
    k = trig.start
    while k > 0 and lower[k - 1] in ("had", "has", "then", "later", "also", "allegedly", "personally"):
        k -= 1
    return any(m.kind in ("P", "S") and m.end == k for m in matches)


_ORDER_VERBS = frozenset({"ordered", "instructed", "directed", "commanded"})


def _on_orders_of(vocab: Vocabulary, phrase: str) -> bool:
    """``phrase`` is one of gave_instructions' object-subject phrases that open with a preposition
    ("on the orders of", "by order of", "under orders from"): the giver is named right after it."""
    return phrase.split(" ", 1)[0] in ("on", "at", "by", "under") \
        and phrase in vocab.acts["gave_instructions"].object_subject


def _passive_given(lower: list[str], k: int, sent_start: int) -> bool:
    """A form of "be" before "given" at ``k``, with at most two of "not", "never", "also", "then"
    between ("were not given", "was never given", "had been given")."""
    j = k - 1
    while j >= sent_start and k - j <= 3 and lower[j] in ("not", "n't", "never", "also", "then", "later", "just"):
        j -= 1
    return j >= sent_start and lower[j] in BE_FORMS


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "yourself"})


def _of_object(doc: Doc, k: int, trig: Match, sent_end: int) -> bool:
    """Token ``k`` is in an apposition of the person right after ``trig`` ("recruited by Dulles, the
    chief of the American intelligence service, in 1943")."""
    opener = in_parenthesis(doc, k, sent_end)
    return opener is not None and trig.end < opener <= trig.end + 4


def _someones_service(doc: Doc, k: int) -> bool:
    """A service right after a name and "of": that person's ("Arthur Martin of MI5"). Before the act
    ("Questioned by Arthur Martin of MI5, Cairncross admitted that he had handed papers to the
    NKVD") it is not the power served; after it, the one met or paid is of it ("met General
    Raikhman of the NKVD")."""
    view = token_view(doc)
    j = k - 1
    if j >= 0 and view.lower[j] == "the":
        j -= 1
    return j >= 1 and view.lower[j] == "of" and view.alpha[j - 1] and view.text[j - 1].istitle() \
        and j - 1 not in view.starts


def _against(doc: Doc, k: int) -> bool:
    """A power right after "against" (or "against the") is the target, not the one served; so is one
    harmed ("did harm to the United States", "damage to Britain")."""
    j = k - 1
    if j >= 0 and doc[j].lower_ in ("the", "a"):
        j -= 1
    return j >= 0 and (doc[j].lower_ == "against" or (doc[j].lower_ == "to" and j > 0 and doc[j - 1].lower_ in _HARM))


_HARM = frozenset({"harm", "damage", "injury", "danger", "threat", "disloyalty", "hostile"})


_PROCESS = frozenset({"convicted", "sentenced", "indicted", "acquitted", "arrested", "captured", "condemned", "executed",
                      "hanged", "tried", "impeached", "guilty"})


_CONTRAST = frozenset({"although", "though", "whereas", "while", "but", ";", "yet"})


def telling_spans(doc: Doc, s: Sentence, trig: Match) -> list[tuple[int, int]]:
    """Where the place and time are the telling's, not the act's, when ``trig`` is in what a
    reporting verb reports: the words between the verb and its "that" ("testified before the Dewey
    Commission in Coyoacan in April 1937 that ...", "told the Düsseldorf court in 1993 that ..."),
    and everything before the verb ("On 18 October 1974 I flew to Changsha ..., and I told him that
    Deng was plotting ...": the date of the telling, not of the plot). A court's finding is such a
    telling too ("the tribunal that sat in Poonch House from May 1930 held that ...", "the jury
    decided that ...", "concluded in October 1984 that ...")."""
    view = token_view(doc)
    lower, texts = view.lower, view.text
    tellers = [(m.start, m.end, m.kind) for m in s.matches if m.kind in ("R", "F")]
    tellers += [(k, k + 1, "V") for k in range(s.span.start, trig.start) if lower[k] in _FINDING_VERBS]
    out = []
    for m_start, m_end, kind in tellers:
        if not s.span.start <= m_end < trig.start:
            continue
        that = next((k for k in range(m_end, min(trig.start, m_end + 16)) if lower[k] == "that"), None)
        if that is None or not same_clause(doc, m_end, that):
            continue
        out.append((m_end, that))
        # ... and before the verb, when the act is in what it reports: in the clause of its "that",
        # or of a later "and that" ("... that she was not in the army and still Pelemis ordered ..."
        # is not).
        breaks = [k for k in range(that + 1, trig.start) if lower[k] in CLAUSE_BREAK and not _in_subjects(texts, lower, k)]
        if kind in ("R", "V") and (not breaks or "that" in lower[breaks[-1] + 1:trig.start]):
            # A finding's words start after a ";" ("were convicted of seditious conspiracy in Washington
            # on 29 November 2022; the jury found that they had plotted ...": the conviction's place
            # stays with the conviction, told again by the finding).
            semi = s.span.start if kind == "R" else next(
                (k + 1 for k in range(m_start - 1, s.span.start - 1, -1) if texts[k] == ";"), s.span.start)
            out.append((semi, m_start))
    return out


# Verbs of a court's or a board's finding, which report what it found as a reporting verb does
# (only with a "that" after them: "found him guilty" reports nothing).
_FINDING_VERBS = frozenset({"found", "held", "ruled", "concluded", "decided", "determined",
                            # "the Truth Commission reported in March 1993 that ...", "established in 1946 that"
                            "reported", "established", "announced", "declared"})
# Words after a comma or "and" that go on with a list of subjects, or close it before its verb.
_SUBJECTS_GO_ON = frozenset({"together", "along", "other", "others", "had", "has", "have", "was", "were", "is", "are"})


def _in_subjects(texts: list[str], lower: list[str], k: int) -> bool:
    """The comma or "and" at ``k`` joins or closes the subjects of a reported clause ("that Bhagat
    Singh, Sukhdev Thapar and Rajguru, together with Azad and other members of the party, had
    conspired", "that in the summer of that year Raleigh and Lord Cobham had plotted"): it opens no
    clause of its own."""
    if lower[k] not in (",", "and") or k + 1 >= len(texts):
        return False
    return (texts[k - 1][:1].isupper() and texts[k + 1][:1].isupper()) or lower[k + 1] in _SUBJECTS_GO_ON


def _token_at(sent: Span, char: int) -> int:
    """The index of the token of ``sent`` in which character ``char`` of the text falls."""
    starts = [t.idx for t in sent]
    return sent.start + max(0, bisect_right(starts, char) - 1)


def _own_times(doc: Doc, s: Sentence, trig: Match) -> list[Timex]:
    """The sentence's times less those of an apposition or relative clause without ``trig`` and those
    right after a reporting verb ("I take back what I said yesterday": the day of saying) or in its
    clause before it when the act follows it ("yesterday I said that I met ...")."""
    if not s.times:
        return []
    starts = [t.idx for t in s.span]
    # The day of a conviction, indictment or arrest whose charge the act is ("convicted of treason on
    # 8 February 1949", "on 1 March 1974 a grand jury indicted Mitchell for conspiracy") is not the act's.
    process = next((k for k in range(trig.start - 1, s.span.start - 1, -1) if doc[k].lower_ in _PROCESS), None)
    report_ends = {m.end for m in s.matches if m.kind == "R"}
    # "Yesterday I said that I met Field", "the following year he told Berle that Hiss was ...": a
    # time in the clause of a reporting verb, before it, dates the saying of what follows it.
    reports = [m for m in s.matches if m.kind == "R" and m.end <= trig.start and m.start > s.span.start
               and any(t.lower_ == "that" for t in doc[m.end:m.end + 4])]
    # "According to the indictment published in December 1953, Beria had ...": the opener's times
    # are the source's.
    opener = _according_to(doc, s.span)
    charge = _charged(doc, trig, s.span.start)
    lower = token_view(doc).lower
    # "was convicted in 1926 of the murder", "sentenced in absentia in 1967 for organising ...": a
    # time between the verdict and its "of"/"for"/"with" is the verdict's, whatever its precision.
    charged_by = None if charge is None else next((k for k in range(charge + 1, trig.start)
                                                   if lower[k] in _CHARGE_PREPS), None)
    telling = telling_spans(doc, s, trig)
    out: list[Timex] = []
    for t in s.times:
        k = s.span.start + max(0, bisect_right(starts, t.start) - 1)
        restated = trig.label == "assassination" and _restated_killing(doc, trig, k)
        if _court_sitting(doc, s.span, k):
            continue
        if k in report_ends or (_aside(doc, k, trig, s.span.end) and not restated) or k < opener:
            continue
        if any(a <= k < b for a, b in telling):
            continue  # "told the court in 1993 that he had met ...": the year of the telling
        if _in_where_clause(lower, k, trig):
            continue  # "moved to Brazil, where the police arrested him on 28 February 1967": the arrest's day
        if _born(lower, k, s.span.start):
            continue  # "Louvel, born at Versailles in 1783, had gone to Elba": the year of a birth
        if charge is not None and charged_by is not None and charge < k < charged_by:
            continue
        if charge is not None and k < charge and not same_clause(doc, k, charge):
            continue  # "was shot on 4 February 1940, a day after the court had convicted him of spying"
        if any(k < r.start and r.start - k <= 8 and same_clause(doc, k, r.start) for r in reports):
            out = []  # nor does a time said before it apply onward to what is reported
            continue
        victim_of = trig.end < k <= trig.end + 10 and lower[trig.end] == "of" and doc[trig.start - 1].lower_ == "the" \
            and not any(doc[j].is_punct for j in range(trig.end, k))
        if t.interval.precision in ("day", "month") and process is not None and not restated and not victim_of \
                and not (trig.kind == "C" and lower[process] == "tried") \
                and (same_clause(doc, min(k, process), max(k, process)) or _place_between(doc, process, k)):
            continue  # "was convicted of treason on 8 February 1949": the day of the verdict
        out.append(t)
    return out


def _in_where_clause(lower: list[str], k: int, trig: Match) -> bool:
    """Token ``k`` stands in a ", where ..." clause opened after the trigger ("he moved to Brazil, where
    the police arrested him in 1967"): what happened at the place later, not the act's time."""
    if k <= trig.end:
        return False
    for j in range(k - 1, trig.end, -1):
        if lower[j] in (";", ".", ":"):
            return False
        if lower[j] == "where" and lower[j - 1] == ",":
            return True
    return False


def _born(lower: list[str], k: int, start: int) -> bool:
    """Token ``k`` (a time) dates a birth: "born" at most five words before it, no punctuation between
    ("born at Versailles in 1783", "Born in 1783, Louvel went ...")."""
    for j in range(k - 1, max(start, k - 6) - 1, -1):
        if lower[j] == "born":
            return True
        if not lower[j][:1].isalnum():
            return False
    return False


def _court_sitting(doc: Doc, sent: Span, k: int) -> bool:
    """Token ``k`` stands in a court's "sitting in/at ..." phrase of a verdict's sentence ("Sitting
    in the Red Fort on 10 February 1949, Judge Charan sentenced ...", "the District Court, sitting at
    the Schiphol Judicial Complex, convicted ..."): where and when the court sat, not the act."""
    lower = token_view(doc).lower
    for j in range(k - 1, max(sent.start, k - 12) - 1, -1):
        if lower[j] in (",", ";"):
            return False
        if lower[j] == "sitting" and j + 1 < sent.end and lower[j + 1] in ("in", "at"):
            return any(lower[x] in _PROCESS for x in range(sent.start, sent.end))
    return False


def _after_but(doc: Doc, start: int, trig: int) -> int | None:
    """The token after the last ", but" between ``start`` and the trigger, if there is one."""
    lower = token_view(doc).lower
    return next((k + 1 for k in range(trig - 1, start, -1) if lower[k] == "but" and lower[k - 1] == ","), None)


def _place_between(doc: Doc, a: int, b: int) -> bool:
    """Only a place stands between tokens ``a`` and ``b`` ("convicted in Alexandria, Virginia, in
    February 1986"): capitalised words, commas and "in" or "at"."""
    view = token_view(doc)
    return a < b <= a + 8 and all(view.lower[k] in (",", "in", "at") or view.text[k].istitle()
                                  for k in range(a + 1, b))


def _after_that(doc: Doc, start: int, trig: int) -> int | None:
    """The token after the last "that" between ``start`` and the trigger, if there is one (not the
    "that" of "in the summer of that year", "that same night": a time, not a clause)."""
    lower = token_view(doc).lower
    return next((k + 1 for k in range(trig - 1, start - 1, -1) if lower[k] == "that"
                 and (k + 1 >= len(lower) or lower[k + 1] not in _THAT_TIME)), None)


# Words after a "that" that make it a time's ("that year", "that same spring"), not a clause's.
_THAT_TIME = frozenset({"year", "month", "week", "day", "night", "morning", "afternoon", "evening", "time", "same",
                        "spring", "summer", "autumn", "fall", "winter"})


def _after_semicolon(doc: Doc, start: int, trig: int) -> int | None:
    """The token after the last ";" between ``start`` and the trigger, if there is one."""
    texts = token_view(doc).text
    return next((k + 1 for k in range(trig - 1, start - 1, -1) if texts[k] == ";"), None)


def _according_to(doc: Doc, sent: Span) -> int:
    """The comma that ends a sentence-opening "According to ..." (``sent.start`` if there is none)."""
    if sent.end - sent.start < 4 or doc[sent.start].lower_ != "according" or doc[sent.start + 1].lower_ != "to":
        return sent.start
    texts = token_view(doc).text
    return next((k for k in range(sent.start + 2, sent.end) if texts[k] == ","), sent.start)


def _charged(doc: Doc, trig: Match, sent_start: int) -> int | None:
    """The verdict word of an act charged in a conviction ("convicted him of spying", "found them
    guilty of high treason and of espionage", "sentenced in Buenos Aires in October 2011 for the
    murder"): at most eleven words before the trigger, "of", "for" or "with" between."""
    view = token_view(doc)
    lower = view.lower
    # "convicted Igor Girkin, Sergey Dubinsky and Leonid Kharchenko in their absence of the murder":
    # the names of those convicted do not count towards the eleven words.
    budget = 12
    for k in range(trig.start - 1, sent_start - 1, -1):
        if not (lower[k] in (",", "and") or view.text[k].istitle()):
            budget -= 1
        if budget < 0 or k < trig.start - 24:
            return None
        if lower[k] in _VERDICT:
            # "guilty of espionage", "sentenced to death for high treason", "charged with the murder"
            return k if not _CHARGE_PREPS.isdisjoint(lower[k + 1:trig.start]) else None
        if lower[k] in (";", "."):
            return None
    return None


# Participles of a trial that open a sentence whose plea was made at it ("Tried at ..., he pleaded").
_TRIAL_OPENERS = frozenset({"tried", "arraigned"})
_VERDICT = frozenset({"convicted", "guilty", "condemned", "sentenced", "indicted", "accused", "charged"})
_CHARGE_PREPS = frozenset({"of", "for", "with"})
_COURTS = frozenset({"court", "courts", "tribunal", "trial", "inquiry", "hearing", "jury", "chamber", "chambers",
                     # "the five judges in Denpasar sentenced Amrozi", "the court-martial at Quantico"
                     "judges", "judge", "court-martial", "commission", "magistrates", "assizes"})


def _new_clause_after(doc: Doc, sent: Span, w_start: int, t: Timex, trig: Match) -> bool:
    """Time ``t``, said after the act before (not fronted), is followed by ", and" and a subject
    of its own before ``trig`` ("I gave no order to stop the train in April 1960, and I gave no
    order to fire ...": the second order is not dated by the first's time)."""
    if w_start <= sent.start or t.start < doc[w_start - 1].idx:
        return False
    lower = token_view(doc).lower
    k = _token_at(sent, t.start)
    return any(lower[j] == "," and lower[j + 1] == "and" and lower[j + 2] in _SUBJECT_PRONOUNS
               for j in range(k, trig.start - 2))


def _opens_next_clause(doc: Doc, sent: Span, trig: Match, t: Timex) -> bool:
    """Time ``t``, after the act, opens a clause of its own: ", and" before it and a subject pronoun
    and its verb after it ("had conspired to wage war, and on 7 October 1930 it sentenced the first
    three to hang": the day of the sentence, not of the conspiracy)."""
    if t.start < doc[trig.end - 1].idx:
        return False
    k = _token_at(sent, t.start)
    e = _token_at(sent, t.end - 1) + 1
    lower = token_view(doc).lower
    before = k - 1 if k > 0 and lower[k - 1] in ("on", "in", "at", "by") else k
    if any(lower[j] == "," and lower[j + 1] == "and" and lower[j + 2] == "that" for j in range(trig.end, k - 2)):
        # "..., before he left for Moscow as air attaché, and that throughout his years in Washington,
        # from 1952 to 1957, he had passed ...": the time of the next thing reported.
        return True
    return before >= 2 and lower[before - 1] == "and" and lower[before - 2] == "," \
        and e < sent.end and lower[e] in _CLAUSE_SUBJECTS


# Subject pronouns that open a clause after a fronted time (", and on 7 October it sentenced").
_CLAUSE_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it"})


def _last_said(times: list[Timex]) -> list[Timex]:
    """The last time said, with the one it narrows when it does ("in 1936, the beginning of 1936")."""
    k = len(times) - 1
    while k > 0 and times[k - 1].interval.contains(times[k].interval):
        k -= 1
    return times[k:]


_WISH_VERBS = frozenset({"want", "wants", "wanted", "wish", "wishes", "wished", "prefer", "prefers", "preferred"})
_WISH_TO = frozenset({"get", "be", "being", "been", "have", "go", "start"})
# Verbs that ask an act of someone named after them ("asked their group to shoot at them", "urged the
# crowd to attack"): stance.yaml's plans hold them before a pronoun ("asked me to"); this is their
# form with any object of one to three words (round 20; the guide: an act asked of someone is not
# done by the one who asks it, nor, by that alone, by the one asked).
_ASKING_VERBS = frozenset({"asked", "begged", "urged", "persuaded", "pressed", "invited", "encouraged", "implored"})


def _wished_of(lower: list[str], k: int) -> bool:
    """Token ``k`` opens an act only wished of someone else: "I wouldn't like you to get killed",
    "he wanted them to go to Kigali", "I would prefer him to meet the minister", "asked their group to
    shoot" (a wish or asking verb, its
    object of one to three words, "to" and at most one of "get", "be" ... before the act). The
    wish's own "wanted to kill" is a plan cue (``plans`` in stance.yaml); this is its form with an
    object between, which no fixed phrase can list; "the men he wanted killed" likewise."""
    j = k - 1
    # "the men he wanted killed", "wanted them dead": the wish verb right before (or its pronoun)
    if k >= 1 and (lower[k - 1] in _WISH_VERBS or (k >= 2 and lower[k - 1] in ("him", "her", "them", "us", "me")
                                                  and lower[k - 2] in _WISH_VERBS)):
        return True
    if j >= 0 and lower[j] in _WISH_TO:
        j -= 1
    if j < 2 or lower[j] != "to":
        return False
    for v in range(j - 2, max(-1, j - 5), -1):
        if any(not w.isalpha() for w in lower[v + 1:j]):
            return False
        w = lower[v]
        if w in _WISH_VERBS or w in _ASKING_VERBS \
                or (w == "like" and v > 0 and lower[v - 1] in ("would", "'d", "’d", "n't", "not")):
            return True
    return False


_PLAN_FILLERS = {"have", "hold", "make", "carry", "a", "an", "the", "out", "be", "start", "begin", "undertake", "take"}


def planned(doc: Doc, trig: Match, plans: list[Match]) -> bool:
    """An act planned, not done: right after a plan cue, or with "have", "hold", "a" ... between
    ("I was to meet Sedov", "we were to have a meeting")."""
    for p in plans:
        if p.end <= trig.start <= p.end + 2 and all(t.lower_ in _PLAN_FILLERS for t in doc[p.end:trig.start]):
            return True
        # "told me we were to rise and kill the whites", "I was to go to Berlin and meet Sedov", "asked
        # me to get into the Winter Palace at dawn and kill the Emperor": the second verb of the plan,
        # joined by "and" (no comma, no new subject between); "had threatened to have them tried for
        # treason": the plan's own verb phrase.
        between = doc[p.end:trig.start]
        if between and between[-1].lower_ == "and" and forms(doc[trig.start].lower_) is not None:
            continue  # "we decided to flee and went to Tanzania": a past tense after "and" was done
        if 2 <= len(between) <= 9 and all((t.is_alpha or t.lower_ in ("'s", "’s"))
                                          and t.lower_ not in _NEW_SUBJECT_WORDS for t in between[:-1]) \
                and (between[-1].lower_ == "and" or (len(between) <= 4 and between[-1].lower_ in ("for", "with", "of")
                                                     and between[-1].is_alpha)):
            return True
    return False


_NEW_SUBJECT_WORDS = frozenset({"i", "we", "he", "she", "they", "then", "later", "afterwards", "and", "but", "where",
                                "when", "who", "which", "that", "because", "after", "before"})


# What may stand between a journey's destination and the act done there ("went to Alkozai and shot
# people", "went to Alkozai, and then I shot ...").
_THEN_WORDS = frozenset({"and", ",", "then", "there", "i", "he", "she", "we", "they"})


def _gone_to_first(lower: list[str], s: Sentence, trig: Match) -> PlaceMention | None:
    """The destination of a journey told right before the act, which it joins with "and" ("I went to
    Alkozai and shot people in their compounds"): the act was done there."""
    dest = next((p for p in reversed(s.places) if p.end < trig.start and p.prep in _TOWARDS), None)
    if dest is None or trig.start - dest.end > 4 or "and" not in lower[dest.end:trig.start] \
            or not all(w in _THEN_WORDS for w in lower[dest.end:trig.start]):
        return None
    went = any(m.kind == "A" and m.label == "travel" and m.end <= dest.start <= m.end + 1 for m in s.matches)
    return dest if went else None


def choose_place(act: str, cands: list[PlaceMention], extra: dict[str, Any]) -> PlaceMention | None:
    """The place of an act among ``cands``: the most specific (case place, facility, city, country),
    for travel the last destination (its origin, after "from", goes to ``extra``)."""
    if not cands:
        return None
    # A town the gazetteer lacks ("at Montoire") after a city it knows, before a region ("Bavaria")
    # and a country.
    rank = {"case": 0, "facility": 1, "place": 2, "city": 2, "unknown": 2.5, "region": 2.7, "country": 3}
    if act == "travel":
        origins = [p for p in cands if p.prep == "from"]
        dests = [p for p in cands if p.prep != "from"] or cands
        if origins and dests is not cands:
            extra["origin"] = origins[0].place.value
        # Of two places as specific, the one gone "to" ("went to the Aschinger restaurant at the
        # Friedrichstrasse station"), then the last.
        best = min(dests, key=lambda p: (rank.get(p.place.kind, 2), p.prep not in _TOWARDS, -p.start))
    else:
        # "ordered that the launcher be taken from Donetsk to a field near Pervomaiskyi": where a
        # thing came from is not where the act was, when another place is said.
        best = min([p for p in cands if p.prep != "from"] or cands, key=lambda p: (rank.get(p.place.kind, 2), p.start))
    if best.place.country is None:
        # "the Hotel Bristol in Copenhagen": the facility takes the city's country.
        # (not from a journey's origin: "flew into Gatwick from Moscow")
        others = [p for p in cands if p is not best and p.place.country and not (act == "travel" and p.prep == "from")]
        if others:
            rp = best.place
            best = PlaceMention(best.start, best.end, best.text,
                                ResolvedPlace(rp.value, rp.name, others[0].place.country, rp.place_id, rp.kind),
                                best.prep, best.facility)
    if len(cands) > 1:
        extra["places"] = [p.place.value for p in cands]
    if best.place.kind == "unknown":
        extra["place_unknown"] = True  # not in the gazetteer: a town read from "in", "at" or "near" alone
    return best


def most_precise(timexes: list[Timex], same_clause_as: Callable[[Timex, Timex], bool] | None = None) -> Timex:
    """The first time mentioned, narrowed by any later one inside it ("in 1936, the beginning of 1936").
    A time that took its year from the one before ("Early in 1952 ... , and on 10 April") narrows it
    only in its clause (``same_clause_as``)."""
    first = timexes[0]
    best = first
    for t in timexes[1:]:
        if same_clause_as is not None and yearless(t) and not same_clause_as(first, t):
            continue
        if first.interval.contains(t.interval) and (t.interval.days() or 0) < (best.interval.days() or 0):
            best = t
    return best


def make_claim(seg: Segment, sent: Span, subject: str, asserted_by: str | None, reported_by: str | None,
               act: str, polarity: str, modality: str, counterparts: tuple[str, ...], power: str | None,
               place: ResolvedPlace | None, time: Interval, extra: dict[str, Any], subject_m: Mention | None,
               has_time: bool) -> Claim:
    """A claim quoting ``sent``, cited to its lines and characters in the document, with an id made
    from its content and a confidence from what was found (a known subject, power, place, time)."""
    words = span_text(sent)
    text = words.strip()
    lead = len(words) - len(words.lstrip())
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
    cid = _claim_id(source, text, asserted_by, subject, act, polarity, modality, counterparts, power, place_value,
                    time, reported_by)
    return Claim(id=cid, asserted_by=asserted_by, subject=subject, act=act, polarity=polarity,
                 modality=modality, counterparts=counterparts, foreign_power=power, place=place_value,
                 country=country, time=time, reported_by=reported_by, quote=text, source=source,
                 proceeding=seg.proceeding, stated_on=seg.stated_on.isoformat() if seg.stated_on else None,
                 extractor=NAME, confidence=confidence, extra=extra)


def dedupe(claims: list[Claim]) -> list[Claim]:
    """Within one segment the same proposition said twice is kept once (the most complete), and a
    claim whose every detail (power, place, time, counterparts) another claim of the same person,
    act and polarity repeats, with more, is dropped for that one."""
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
    kept = [best[k] for k in order]
    return [c for c in kept if not any(_subsumes(d, c) for d in kept if d is not c)]


def refinements(vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """Each act to the coarser acts it refines (``refines`` in the vocabulary: poisoning ->
    assassination), for :func:`refined`; read once per extractor."""
    return {a: frozenset(v.refines) for a, v in vocab.acts.items() if v.refines}


def _refines(d: Claim, c: Claim, finer: dict[str, frozenset[str]]) -> bool:
    """``d`` says ``c``'s act more finely: same person, polarity and speaker, and ``c``'s power, place
    and time, those it has, the same."""
    return c.act in finer.get(d.act, ()) and (d.asserted_by, d.subject, d.polarity) == (
        c.asserted_by, c.subject, c.polarity) and all(x is None or x == y for x, y in zip(_details(c)[:3],
                                                                                          _details(d)[:3]))


def refined(claims: list[Claim], finer: dict[str, frozenset[str]]) -> list[Claim]:
    """Drop a claim that a claim of a refining act (:func:`refinements`) in the same segment says
    with more: "Yes, I killed him. ... I fired the poison pistol into his face" is one poisoning, not
    a killing beside it."""
    if not any(c.act in finer for c in claims):
        return claims
    return [c for c in claims if not any(_refines(d, c, finer) for d in claims)]


def _details(c: Claim) -> tuple[Any, ...]:
    return (c.foreign_power, c.place, c.time.iso() if c.time.known else None, c.counterparts or None)


def _subsumes(d: Claim, c: Claim) -> bool:
    """``d`` says all that ``c`` says about the same person's act and more: "he was sent to Japan
    ... the government sent him abroad" is one journey, told twice."""
    if (d.asserted_by, d.subject, d.act, d.polarity) != (c.asserted_by, c.subject, c.act, c.polarity):
        return False
    dd, cd = _details(d), _details(c)
    return all(x is None or x == y for x, y in zip(cd, dd)) and sum(x is not None for x in dd) > sum(
        x is not None for x in cd)
