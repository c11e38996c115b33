"""Who does an act and with whom: pronouns, the subject, a passive's agent, counterparts and
coordinated subjects, over the mentions of one sentence (:mod:`.mentions`).

* **pronouns** - "I" is the speaker, "you" the addressee (when known), "he" the nearest person
  named before it in the sentence, else the one person named in the sentences before;
* **subject** - the nearest person before the trigger that is not the object of a preposition;
  a possessive right before a noun trigger ("Krestinsky's repudiation") is its subject; a
  coordinated act keeps the subject of the one before it;
* **passive agent** - the person after "by" does a passive or nominal act ("issued by Pelemis",
  "the organisation of terrorist acts by Bukharin") and the subject becomes a counterpart;
* **counterparts** - persons right after the trigger or after "with", "from", "by";
* **coordinated subjects** - "Zinoviev and Kamenev met ..." gives one claim each;
* **appositions and relative clauses** - "Ramzin, the head of the Thermal Engineering Institute,
  confessed that he ...", "Rajk, who had met Rankovic in 1947, was accused ...": a name inside
  such a parenthesis is neither the subject nor the antecedent of what comes after it;
* **attributive names** - "the Shakhty engineers": a name between "the" and a noun is not a person
  doing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..resolve.persons import SURNAME_MARK, PersonResolver
from .inflect import forms, is_adverb
from .matching import POSS_PRONOUNS, Match
from .mentions import NOBLE_TITLES, OBJECT_PREPS, VERDICT_PARTICIPLES, Mention
from .segment import CLAUSE_BREAK, TokenView, token_view

__all__ = ["resolve_pronouns", "named_key", "person_id", "antecedent", "find_roles", "find_subject",
           "passive_agent", "hailed", "find_counterparts", "coordinated", "PASSIVE_AUX", "parenthesis", "in_parenthesis",
           "attributive", "APPOSITION_OPENERS", "NOT_NOUN", "denied_agent_by"]

PASSIVE_AUX = {"be", "been", "being", "was", "were", "is", "are", "am"}
_NEW_SUBJECT = CLAUSE_BREAK | {"that", "there", "then"}  # a name after these starts a clause ("said that
# Pelemis had ordered", "I went to Berlin, and there Dan gave me ...")
# Words that open an apposition or a relative clause after a name and a comma ("Kostov, a veteran
# of the party,", "Rajk, who had met Rankovic,").
APPOSITION_OPENERS = frozenset({"a", "an", "the", "who", "whom", "whose", "which", "then", "now", "later", "formerly",
                                "once", "himself", "herself", "his", "her", "its", "their", "former", "another",
                                "one", "until", "since", "both", "two", "three", "four", "five", "six", "seven",
                               "eight", "nine", "ten"})
_REACH = 30  # tokens: how far back a parenthesis is looked for
NOT_NOUN = frozenset({"was", "were", "had", "has", "have", "is", "are", "did", "does", "do", "will", "would",
                       "could", "should", "may", "might", "must", "also", "then", "later", "never", "not", "and",
                       "or", "but", "who", "which", "himself", "themselves", "both", "all", "together", "alone"})


def parenthesis(doc: Doc, comma: int, limit: int) -> int | None:
    """Where the apposition or relative clause opened by the comma at ``comma`` closes (the index of
    its closing comma, before ``limit``), or ``None`` when that comma opens none: it must follow a
    capitalised word (a name) and be followed by an opener ("a", "the", "who" ...) or a possessor."""
    view = token_view(doc)  # words from plain lists, not spaCy tokens
    text, starts = view.text, view.starts
    if comma < 1 or comma + 1 >= limit or text[comma] != "," or not text[comma - 1][:1].isupper():
        return None
    # "Gotovina, held in the tribunal's detention unit since his arrest, and Markac were set free",
    # "Varga, born in Leeds, and Markac flew": a participle with its phrase, between two names joined by
    # "and" only (after an object it may be the subject's: "brought before a court under General
    # Dagawi, charged with leading ...")
    participle = comma + 3 < limit and view.is_lower[comma + 1] and view.lower[comma + 2] in _PARTICIPLE_PREPS \
        and (view.lower[comma + 1] in _PARTICIPLES or (view.lower[comma + 1].endswith("ed")
                                                       and len(view.lower[comma + 1]) > 4))
    if view.lower[comma + 1] not in APPOSITION_OPENERS and not participle and not (
            comma + 2 < limit and text[comma + 1].istitle() and text[comma + 2] in ("'s", "’s")) and not (
            # "John Dudley, Duke of Northumberland, ...": a peer's title
            comma + 3 < limit and text[comma + 1].istitle() and view.lower[comma + 1] in _PEERS
            and view.lower[comma + 2] == "of") and not (
            comma + 2 < limit and view.lower[comma + 2] in ("whom", "which", "whose")
            and view.lower[comma + 1] in OBJECT_PREPS):  # "Kovacs, with whom Petrov had quarrelled, ..."
        return None  # nor a possessive: "Vinogradov, Stalin's personal physician, ..."
    for k in range(comma + 2, min(limit, comma + 2 + _REACH)):
        word = text[k]
        if k in starts or word in (";", ":", "?", "!") or (word == "." and k + 1 < len(doc)):
            return None
        if word == ",":
            if k + 2 < limit and _place_and_state(doc, k):
                continue  # "who had lived in Cambridge, Massachusetts, as ...": a place and its state
            if _clause_inside(view, comma + 1, k) and _closes_fronted(view, comma):
                return None  # "At the Old Bailey, the jury found Khyam, ...": the main clause after a
                # fronted phrase, no apposition of "Old Bailey"
            if participle and view.lower[comma + 1] not in APPOSITION_OPENERS and not (
                    k + 2 < len(doc) and view.lower[k + 1] == "and" and text[k + 2][:1].isupper()):
                return None
            return k
    return None


_PARTICIPLES = frozenset({"born", "held", "taken", "kept", "sent", "brought", "caught", "seen", "known", "given",
                          "flown", "driven", "hidden", "shot", "hit", "left", "put", "led", "bred", "raised"})
_PARTICIPLE_PREPS = frozenset({"in", "at", "on", "by", "since", "from", "to", "for", "with", "during", "after", "under",
                               "near", "into", "as", "until", "before"})
_PEERS = NOBLE_TITLES | {"prince", "princess", "lord", "lady", "grand"}  # "Duke of Northumberland", "Prince of Wales"


def _clause_inside(view: TokenView, start: int, end: int) -> bool:
    """A verb in the past between ``start`` and ``end`` that no relative pronoun opens and that is
    no participle with its agent after it: "the jury found Khyam", not "a priest who had been in
    Paris" or "the court convened by the Allies"."""
    lower = view.lower
    for k in range(start, end):
        w = lower[k]
        if w in ("who", "whom", "whose", "which", "that"):
            return False
        if k > start and view.is_lower[k] and forms(w) is not None and lower[k - 1] not in ("the", "a", "an") \
                and not (k + 1 < end and lower[k + 1] == "by"):
            return True
    return False


# Words that open a phrase put before a sentence's subject ("At the Old Bailey, the jury ...", "On 30
# April 2007, after a trial, the court ...", "Yesterday, in Cologne, ...").
_FRONTED = frozenset({"at", "in", "on", "after", "before", "during", "following", "under", "within", "upon", "since",
                      "until", "from", "outside", "inside", "near", "yesterday", "today", "later", "then",
                      "meanwhile", "early", "late"})


def _closes_fronted(view: TokenView, comma: int) -> bool:
    """The comma at ``comma`` ends the phrases put before the sentence's subject: every stretch between
    the sentence's start and it, comma to comma, opens with a preposition or adverb of time or place."""
    lower, starts = view.lower, view.starts
    k = comma - 1
    while True:
        while k > 0 and k not in starts and lower[k] not in (",", ";", ":", ".", "?", "!"):
            k -= 1
        first = k if (k in starts or k == 0) and lower[k] not in (",", ";", ":") else k + 1
        if lower[first] not in _FRONTED or any(view.is_lower[j] and forms(lower[j]) is not None
                                               for j in range(first + 1, comma)):
            return False  # (not "On 17 April the court sentenced Kara-Murza, who ...": a clause, no phrase)
        if first == k:
            return True
        if lower[k] != ",":
            return False
        k -= 1


def _place_and_state(doc: Doc, comma: int) -> bool:
    """The comma at ``comma`` stands between two single capitalised words, the second followed by a
    comma ("in Cambridge, Massachusetts, as"): a place and its state or country, not a clause break."""
    view = token_view(doc)
    text = view.text
    return (0 < comma and comma + 2 < len(doc) and text[comma - 1].istitle() and text[comma + 1].istitle()
            and text[comma + 2] == "," and comma > 1 and view.lower[comma - 2] in ("in", "at", "of", "from", "near"))


def in_parenthesis(doc: Doc, i: int, limit: int) -> int | None:
    """When token ``i`` stands inside an apposition or relative clause that closes before ``limit``,
    the index of the comma that opens it."""
    view = token_view(doc)
    text, starts = view.text, view.starts
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        word = text[k]
        if word == ",":
            close = parenthesis(doc, k, limit)
            if close is None and _place_and_state(doc, k):
                continue  # "who had lived in Cambridge, Massachusetts, ...": look further back
            return k if close is not None and close >= i else None
        if k in starts or word in (";", ":"):
            return None
    return None


# Words said in passing between commas ("I flew, yes, with Ruiz"; "I went, sir, to Kiev").
_INTERJECTIONS = frozenset({"yes", "yeah", "indeed", "sir", "certainly", "madam"})


def same_clause(doc: Doc, a: int, b: int) -> bool:
    """No clause break between tokens ``a`` and ``b`` but the commas of an apposition or relative
    clause ("Ramzin, the head of the Institute, confessed": Ramzin and "confessed" are one clause)."""
    view = token_view(doc)
    text, lower = view.text, view.lower
    k = a
    while k < b:
        if text[k] == ",":
            close = parenthesis(doc, k, b)
            if close is not None:
                k = close + 1
                continue
            if k + 1 < b and lower[k + 1] in ("who", "whom", "which", "whose"):
                k += 2  # "TBI, who confessed to have killed": the relative clause is its head's
                continue
            if k + 2 < b and lower[k + 1] in _INTERJECTIONS and text[k + 2] == ",":
                k += 3  # "I flew, yes, with Ruiz": a word said in passing breaks no clause
                continue
        if lower[k] in CLAUSE_BREAK:
            return False
        k += 1
    return True


def clause_head(doc: Doc, mentions: list[Mention], pos: int, reach: int = 3) -> Mention | None:
    """The person who opens the clause of token ``pos``: the nearest name or pronoun before it, at most
    ``reach`` tokens before it or before an apposition or relative clause that stands between them."""
    for m in reversed(mentions):
        if m.end > pos or m.possessive or m.person is None or m.case == "obj":
            continue
        if in_parenthesis(doc, m.start, pos) is not None:
            continue
        gap = pos - m.end
        if gap <= reach or (doc[m.end].text == "," and parenthesis(doc, m.end, pos) is not None
                            and same_clause(doc, m.end, pos)):
            return m
        return None
    return None


_DOERS = frozenset({"organised", "organized", "arranged", "caused", "prepared", "staged", "committed", "planned",
                    "carried", "perpetrated"})


def later_doer(doc: Doc, trig: Match, mentions: list[Mention], sent_end: int,
               sent_start: int | None = None) -> Mention | None:
    """The doer named after an act said as a noun: "three explosions took place ..., and I organised
    them" (a person, then "organised", "arranged", "carried out" ... and "them" or "it"); or the
    subject of the main clause after a fronted participle: "Having met Petrov in Lyon, Kovacs flew to
    Rome", "After meeting Petrov in Lyon, Kovacs ...", "Arriving in Paris in 1936, Bukharin ..."."""
    if sent_start is not None and _fronted_participle(doc, trig, sent_start):
        comma = next((k for k in range(trig.end, sent_end) if doc[k].text == ","), None)
        after = next((m for m in mentions if comma is not None and m.start == comma + 1), None)
        if after is not None and after.person is not None and not after.possessive and after.case == "subj" \
                and after.end < sent_end and doc[after.end].is_lower and doc[after.end].is_alpha:
            return after
    for m in mentions:
        if m.start < trig.end or m.start >= sent_end or m.possessive or m.case == "obj" or m.person is None:
            continue
        k = m.end
        if k < sent_end and doc[k].lower_ in ("had", "also", "then", "personally", "myself", "himself"):
            k += 1
        if k + 1 < sent_end and doc[k].lower_ in _DOERS:
            obj = k + 2 if doc[k].lower_ == "carried" and doc[k + 1].lower_ == "out" else k + 1
            if obj < sent_end and doc[obj].lower_ in ("them", "it", "this", "these", "both", "all"):
                return m
        if k < sent_end and doc[k].lower_ in _DID_IT and (m.start == trig.end or (
                m.start == trig.end + 1 and doc[trig.end].lower_ in ("that", "which"))):
            return m  # "the meeting I attended was ...", "the killings that he committed": a relative clause
    return None


_DID_IT = frozenset({"attended", "held", "chaired", "committed", "organised", "organized", "perpetrated"})
# What opens a fronted participle or gerund clause: "Having met ...", "After meeting ...", "On arriving ...".
_PARTICIPLE_OPENERS = frozenset({"having", "after", "before", "on", "upon", "while", "when", "since"})



def _fronted_participle(doc: Doc, trig: Match, sent_start: int) -> bool:
    """``trig`` is the verb of a participle clause that opens the sentence ("Having met Petrov ...",
    "After meeting Petrov ...", "Arriving in Paris ...", "Once in Paris"), with no person before it."""
    k = sent_start
    while k < trig.start and not doc[k].is_alpha:
        k += 1  # a quote or a transcript's "A."
    first = doc[k].lower_ if k < len(doc) else ""
    if k == trig.start:
        return first.endswith("ing")  # "Arriving in Paris in 1936, Bukharin ..."
    if first in VERDICT_PARTICIPLES and trig.start - k <= 12 \
            and not any(doc[j].text in (",", ";", ":", ".") for j in range(k, trig.start)):
        return True  # "Convicted of treason and espionage in March 1988 ..., Vanunu spent ..."
    if first not in _PARTICIPLE_OPENERS or trig.start - k > 2:
        return False
    verb = doc[trig.start].lower_
    return verb.endswith("ing") or (first == "having" and trig.start == k + 1)
# Past participles after the one seen ("I saw him shot", "saw Kane taken away"): the one seen is the
# one it was done to, not its doer (the regular ones end in "-ed" or "-en").
_SEEN_PARTICIPLES = frozenset({"shot", "hit", "struck", "hung", "put", "cut", "slain", "led", "sent", "brought", "sold",
                               "thrown", "flown", "told", "caught", "held"})
# Irregular passive participles (the regular ones end in "-ed"; "-en" is read where it follows "be").
_PASSIVE_PARTICIPLES = _SEEN_PARTICIPLES | {"burnt", "set", "blown", "stolen", "given", "taken", "beaten", "driven",
                                            "stabbed", "bound", "found", "kept", "left"}
_BETWEEN_AUX = frozenset({"later", "then", "also", "subsequently", "allegedly", "reportedly", "never", "not",
                          "finally", "eventually", "summarily", "secretly", "publicly", "brutally"})


# Words that open an object right after a verb: "killed the guard", "shot him" (an active verb).
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "him", "them", "me", "us", "my", "our", "its",
                             "two", "three", "four", "five", "several", "many", "some", "all", "both", "eleven"})


# Plural nouns for those an act is done to, before a participle that reduces a passive relative
# clause ("the number of people killed during the attack", "the bodies of those killed at the church").
# (not "men" or "others": "Kamali and his men killed in the church" is active)
_DONE_TO_PLURALS = frozenset({"people", "persons", "those", "victims", "civilians", "refugees", "children", "tutsi",
                              "tutsis", "prisoners"})
_AFTER_REDUCED = frozenset({"in", "at", "on", "during", "by", "near", "inside", "outside", "there", "that", "when",
                            "while", "after", "before", "since", "from", "with", "was", "were", "is", "are", "and",
                            "or", ".", ",", ";", ":", ")", "?"})


def _reduced_relative(doc: Doc, trig: Match, sent_start: int) -> bool:
    """A one-word participle right after a plural noun for people and before a preposition or a
    break, not an object ("the people killed during the attack" but not "the people killed the
    soldiers"): a passive without its "be", done to those people."""
    k = trig.start - 1
    if trig.end - trig.start != 1 or k < sent_start or doc[k].lower_ not in _DONE_TO_PLURALS:
        return False
    if k > sent_start and doc[k - 1].lower_ in ("his", "her", "their", "our", "my", "its", "your"):
        return False  # "Kamali and his people killed in the church": his followers, who killed
    return trig.end >= len(doc) or doc[trig.end].lower_ in _AFTER_REDUCED


def bare_passive(doc: Doc, trig: Match, sent_start: int) -> bool:
    """A passive participle right after a form of "be" ("were executed", "was later shot"): its
    subject is the one it was done to."""
    first = doc[trig.start].lower_
    if not (first.endswith("ed") or first in _PASSIVE_PARTICIPLES):
        return False
    if _reduced_relative(doc, trig, sent_start):
        return True
    k = trig.start - 1
    if k - 1 >= sent_start and doc[k].text == "," and doc[k - 1].is_title and doc[k - 1].is_alpha \
            and trig.end - trig.start <= 2 and not _own_object(doc, trig.end):
        return True  # "the journalist Mino Pecorelli, shot dead in Rome on 20 March 1979, ...": done to him
    if k - 1 > sent_start and doc[k].lower_ in ("himself", "herself", "themselves") \
            and any(doc[j].text == "," for j in range(max(sent_start, k - 3), k)):
        return True  # "Ongwen, once himself abducted as a boy, ...": an apposition, done to him
    for _ in range(2):  # "was later shot", "was fatally shot", "was later summarily executed"
        if k > sent_start and (doc[k].lower_ in _BETWEEN_AUX or _manner_adverb(doc[k])):
            k -= 1
    if k > sent_start and doc[k].lower_ == "and":
        # "were taken from the jail and shot": the second participle of a coordinated passive; "were
        # flown to Elisabethville, beaten during the flight, and executed", "had been seized ... by
        # fighters, taken to his base and tortured to death": the last of a list of them, each after a
        # comma, an agent's "by" between them too.
        if _own_object(doc, trig.end):
            return False  # "was arrested in May, and killed the guard": an object of its own, active
        top = k - 2 if k - 1 > sent_start and doc[k - 1].text == "," else k - 1  # ", and executed"
        for j in range(top, max(sent_start, k - 30), -1):
            nxt = doc[j + 1].lower_
            participle = nxt.endswith(("ed", "en")) or nxt in _PASSIVE_PARTICIPLES
            if doc[j].text == "," and participle and doc[j + 1].is_lower:
                continue  # ", beaten during the flight, and executed"
            if doc[j].is_punct or doc[j].lower_ in ("who", "which", "that"):
                return False
            if doc[j].lower_ in PASSIVE_AUX and participle:
                return True
        return False
    return k >= sent_start and doc[k].lower_ in PASSIVE_AUX


def _manner_adverb(t: Token) -> bool:
    """An adverb in "-ly" between a passive's "be" and its participle ("was fatally shot")."""
    return t.is_alpha and t.is_lower and len(t.text) > 4 and t.text.endswith("ly") and t.lower_ not in ("family", "early")


# Words of time after an object's opener: "shot a year later", "executed the next morning" (no object).
_TIME_AFTER = frozenset({"year", "years", "day", "days", "week", "weeks", "month", "months", "morning", "night",
                         "evening", "afternoon", "hour", "hours", "minutes", "later", "next", "following", "same",
                         "previous", "day's", "moment", "time"})


def _own_object(doc: Doc, k: int) -> bool:
    """An object stands at token ``k``, right after a verb ("killed the guard", "shot Kirov"), not a
    time ("shot a year later", "executed the next morning")."""
    if k >= len(doc):
        return False
    if doc[k].text[:1].isupper():
        return True
    if doc[k].lower_ not in _OBJECT_OPENERS:
        return False
    return not any(t.lower_ in _TIME_AFTER for t in doc[k + 1:k + 3])


def _binds(doc: Doc, name: Mention, pronoun: Mention) -> bool:
    """``name`` is the subject of the clause whose object is ``pronoun``, so "him" is someone else (an
    aside between them aside: "Justice O'Connor, sitting at Nyeri with three assessors, convicted him")."""
    end = name.end
    if end + 2 <= pronoun.start <= end + 4 and doc[end].text == "," and doc[end + 1].lower_ in ("which", "who"):
        return True  # "the freighter Dolmatova, which carried him": the head is the relative's subject
    if end < pronoun.start and doc[end].text == ",":
        close = parenthesis(doc, end, pronoun.start)
        if close is None and end + 1 < pronoun.start and doc[end + 1].lower_.endswith("ing"):
            close = next((k for k in range(end + 2, min(pronoun.start, end + 14)) if doc[k].text == ","), None)
        if close is not None:
            end = close + 1
    return not (name.start > 0 and doc[name.start - 1].lower_ in OBJECT_PREPS) and pronoun.start - end <= 4 \
        and same_clause(doc, end, pronoun.start)


def attributive(doc: Doc, m: Mention) -> bool:
    """A name between "the" and a lower-case noun modifies the noun ("the Shakhty engineers", "the
    Kemerovo mine"): it names no one who acts."""
    if m.pronoun is not None or m.start == 0 or doc[m.start - 1].lower_ != "the" or m.end >= len(doc):
        return False
    if m.titled:
        return False  # "the Accused Sylvestre Gacumbitsi went", "the General Petrov said": a titled person
    nxt = doc[m.end]
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in NOT_NOUN and not nxt.lower_.endswith("ed")


def named_key(m: Mention, persons: PersonResolver) -> str:
    """The person id of a name, or ``?<name>`` for one the roster does not know (yet)."""
    pid = m.person or persons.resolve(m.text)
    if pid:
        return pid
    return f"?{m.text}{SURNAME_MARK}{m.surname_words}" if m.surname_words > 1 else f"?{m.text}"


def person_id(ref: str | None, persons: PersonResolver) -> str | None:
    """A mention's person id; an unknown name becomes an ``unresolved`` person now."""
    if ref is None:
        return None
    if ref.startswith("?"):
        name, _, words = ref[1:].partition(SURNAME_MARK)
        return persons.resolve_or_create(name, int(words) if words else 1)
    return ref


def resolve_pronouns(doc: Doc, mentions: list[Mention], persons: PersonResolver, speaker: str | None,
                     last: str | None = None, addressee: str | None = None,
                     last_group: Callable[[], tuple[str, ...] | None] | None = None,
                     accused: str | None = None,
                     with_me: Callable[[], tuple[str, ...]] | None = None) -> None:
    """"I" is the speaker (a "we" opening a sentence also those named with "I" just before: ``with_me``),
    "you" the addressee when known (a question read with its answer),
    "he" the nearest person named before it in the sentence (possessives aside: "Mladic's deputy
    ... him"), else ``last`` (from the sentences before, when unambiguous); "and that he" is who
    the "that he" before it was ("Radek said that he met Sedov ... and that he travelled")."""
    seen: list[tuple[Mention, str]] = []  # names before the pronoun in this sentence
    that_he: str | None = None  # who "that he" was: "X said that he met Y ... and that he travelled"
    chain: tuple[Mention, str] | None = None  # the last "he"/"she" resolved, and to whom
    # the last "she"/"her" (any case) resolved, and to whom: "admitted at her trial that Kroemer had paid
    # her, but she maintained ...": the woman of the sentence so far
    her: str | None = None
    sex = _sex_by_title(doc, mentions, persons) if any(m.pronoun == "third" for m in mentions) else {}
    for m in mentions:
        if m.pronoun == "first":
            m.person = speaker
            if m.text.lower() == "we" and m.case == "subj" and not seen and with_me is not None and speaker:
                # "Lingg and I made bombs in my house. That evening we carried them ...": "we" is the
                # speaker and those named with "I" in the sentence before (``with_me``)
                m.group = with_me()
        elif m.pronoun == "you":
            m.person = addressee
        elif m.pronoun == "accused":
            m.person = accused  # "the Accused": the one accused who speaks in this document, if known
        elif m.pronoun == "plural":
            # "Zinoviev and Kamenev were tried ...; they confessed": the list named before, in this
            # sentence or (with no name before it here) in the nearest sentence that names one.
            group = _last_named(seen, m.count) if m.count else None
            if m.count and group is None and not seen and last_group is not None:
                before = last_group()
                group = before if before is not None and len(before) == m.count else None
            if group is None and not m.count:
                group = list_before(doc, [n for n, _k in seen]) if seen else last_group() if last_group else None
            if group:
                m.person, m.group = group[0], tuple(group[1:])
        elif m.pronoun == "third":
            after_that = m.case == "subj" and m.start > 0 and doc[m.start - 1].lower_ == "that"
            if after_that and that_he is not None and m.start > 1 and doc[m.start - 2].lower_ in ("and", ","):
                m.person = that_he  # a second complement of the same reporting verb, same subject
            else:
                # In the same sentence: the nearest name, not one inside an apposition or relative
                # clause closed before the pronoun ("Ramzin, the head of the Institute, said he ...").
                want = "f" if m.text.lower() in ("she", "her", "herself") else "m"
                near = [(n, key) for n, key in seen if in_parenthesis(doc, n.start, m.start) is None
                        and sex.get(key, want) == want]  # "she" is not "Mr. Weichmann"
                if not m.text.lower().endswith(("self", "selves")):
                    # "Orlov was tried while Sakharov and Bonner waited outside, and he ...": one of
                    # two names joined by "and" is part of a plural, no "he" (when another is named)
                    single = [c for c in near if not _paired(doc, c[0], mentions)]
                    near = single if single else near
                judges = [(n, key) for n, key in near if _judge(doc, n)]
                if judges and len(judges) < len(near):
                    # "Judge Afanasyev sentenced Danilov after a jury had found that he had spied": not
                    # the judge, when another name may be meant
                    near = [c for c in near if c not in judges]
                if m.case == "subj" and m.start > 0 and doc[m.start - 1].lower_ in ("whom", "whose"):
                    # "the murder of two captains, Anlauf and Lenck, whom he had shot dead": "he" is not
                    # the one the "whom" clause is about
                    near = [(n, key) for n, key in near if not m.start - 7 < n.end <= m.start - 1]
                bound = None
                if m.case == "obj" and near and not m.text.lower().endswith(("self", "selves")) \
                        and _binds(doc, near[-1][0], m):
                    # "Greenglass said that Rosenberg had recruited him": not Rosenberg; "the judge
                    # convicted him of fraud": not the judge (the one before, or no one known)
                    bound, near = near[-1][1], near[:-1]
                if len(near) > 1 and m.start >= 2 and doc[m.start - 1].lower_ == "and" \
                        and near[-1][0].end == m.start - 1:
                    near = near[:-1]  # "Kovacs said that Petrov and he had met ...": not Petrov
                pick = near[-1] if near else None
                if pick is not None and not _subject_like(doc, pick[0]):
                    # "Kazan met Skouras in New York, and on 10 April he went back": the subject
                    # before an object; for "him" only past a clause break ("... his contact, Titov,
                    # and the court convicted him").
                    subjects = [c for c in near if _subject_like(doc, c[0])]
                    if subjects and (m.case == "subj" or not same_clause(doc, pick[0].end, m.start)):
                        pick = subjects[-1]
                if m.case == "subj" and chain is not None and (
                        pick is None or chain[0].start > pick[0].start or not _subject_like(doc, pick[0])):
                    # "but she insisted that she had never ...": the same person; and "he flew to the
                    # Crimea and confronted Gorbachev there, and the next morning he flew on": the
                    # subject before, not a name that stands only as an object since
                    m.person = chain[1]
                elif want == "f" and her is not None and pick is not None and pick[1] != her \
                        and sex.get(pick[1]) != "f" and any(key == her for _n, key in near):
                    m.person = her  # "... Kroemer had paid her, but she maintained": still her
                else:
                    m.person = pick[1] if pick is not None else _fitting(
                        [x for x in seen if x[1] != bound], last, sex, want)
                    if m.person is not None and m.person == bound:
                        m.person = None
                if m.case == "subj" and m.person is not None and _named_after_in_clause(doc, mentions, m, persons):
                    m.person = None  # "When he killed Murefu ...": "he" is not the one he killed
                if m.case == "subj" and m.person is not None:
                    chain = (m, m.person)
                if want == "f" and m.person is not None and not m.text.lower().endswith("self"):
                    her = m.person
            if after_that:
                that_he = m.person
        elif m.pronoun == "title":
            # "the Chancellor": a person named before it in the sentence (a possessor too: "Brandt's
            # aide"), not the one who last stood as subject ("he went with the Chancellor").
            subj = next((x.person for x in reversed(mentions[:mentions.index(m)]) if x.case == "subj"
                         and x.person is not None and x.pronoun in (None, "third", "first")), None)
            named = [x.person for x in mentions[:mentions.index(m)] if x.pronoun is None and x.person is not None
                     and x.person not in (subj, speaker)]
            m.person = named[-1] if named else None
        elif m.pronoun is None:
            key = named_key(m, persons)
            family = _family_member(doc, mentions, m) if key.startswith("?") else None
            if family is not None:
                key = family  # "Myers ... and his wife Gwendolyn": a Myers too (the gold sets' ids)
            if key != speaker and not m.possessive:
                seen.append((m, key))
            m.person = key


# Kin who as a rule share the family name of the one whose kin they are.
_SAME_NAME_KIN = frozenset({"wife", "son", "daughter", "brother", "sister", "sons", "brothers", "daughters"})


def _family_member(doc: Doc, mentions: list[Mention], m: Mention) -> str | None:
    """The person id of the one whose wife, son, brother ... an unknown single given name ``m`` is
    ("his wife Gwendolyn", "his brother William"): their family name is his (the id the gold sets
    give), when "his" or "her" stands for a person named before."""
    if m.end - m.start != 1 or m.start < 2 or doc[m.start - 1].lower_ not in _SAME_NAME_KIN \
            or (m.end < len(doc) and doc[m.end].text[:1].isupper()):
        return None
    at = m.start - 2
    if at >= 1 and doc[at].lower_ in _KIN_AGES:
        at -= 1  # "his younger brother Balkrishna"
    owner = next((x for x in mentions if x.start == at and x.pronoun == "third" and x.possessive), None)
    if owner is None or owner.person is None or owner.person.startswith("?") and SURNAME_MARK in owner.person:
        return None
    return owner.person


_KIN_AGES = frozenset({"younger", "elder", "older", "eldest", "youngest", "twin", "little", "big"})


_JUDGE_TITLES = frozenset({"judge", "justice", "magistrate"})


def _judge(doc: Doc, n: Mention) -> bool:
    """The name ``n`` is a judge's ("Judge Andrei Afanasyev", "Mr Justice Hilbery")."""
    first = n.text.split()[0].lower() if n.text.split() else ""
    return first in _JUDGE_TITLES or (n.start > 0 and doc[n.start - 1].lower_ in _JUDGE_TITLES)


_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "lady", "queen",
                            "princess", "duchess", "countess", "empress", "mademoiselle", "mlle", "mlle."})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "duke", "count", "emperor", "monsieur",
                          "tsar", "czar"})


_MEMBERSHIP = frozenset({("belonging", "to"), ("belonged", "to"), ("belong", "to"), ("member", "of"),
                         ("members", "of"), ("part", "in"), ("part", "of"), ("joined", ""), ("joining", ""),
                         ("join", "")})


def _joined_owner(doc: Doc, m: Mention) -> bool:
    """The possessor ``m`` owns what another joins or belongs to ("Yakir and Uborevich of belonging
    to his conspiracy", "had joined Orlov's plot"): the plot is the members' too, so its subject
    is found as a verb's, not as the possessor."""
    k = m.start - 1
    if k < 0:
        return False
    low = doc[k].lower_
    if (low, "") in _MEMBERSHIP:
        return True
    return k >= 1 and (doc[k - 1].lower_, low) in _MEMBERSHIP


# Words that open the label of one or more persons after "with" ("with another cadre, X,", "with two
# officers, X and Y,", "with a royalist priest, the abbé Lafon,").
LABEL_DETERMINERS = frozenset({"a", "an", "the", "another", "his", "her", "their", "some", "one", "two", "three", "four",
                               "five"})


def _apposed_to_with(doc: Doc, m: Mention, lo: int) -> bool:
    """The name ``m`` stands in apposition to the object of "with" ("with a royalist priest, the abbé
    Lafon,", "with another cadre, Mondy Motloung,"): one who went along, no subject."""
    view = token_view(doc)
    lower, alpha, is_lower = view.lower, view.alpha, view.is_lower
    j = m.start - 1
    while j > lo and alpha[j] and is_lower[j] and m.start - j <= 2 and lower[j] not in _NOT_VERB_BEFORE:
        j -= 1  # "the abbé", "the priest": the name's own label (not "and", "then": a new clause)
    if j <= lo or lower[j] != ",":
        return False
    for k in range(j - 1, max(lo, j - 9) - 1, -1):
        if lower[k] == "with":
            return k + 1 < j - 1 and lower[k + 1] in LABEL_DETERMINERS
        if not (alpha[k] and is_lower[k]) or lower[k] in ("and", "or", "but", "who", "which", "that"):
            return False
    return False


def _in_with_aside(doc: Doc, m: Mention, trig: Match, lo: int) -> bool:
    """The name ``m`` is listed in an aside opened by ", together with" (", along with", ", with") and
    closed by a comma before ``trig``: one who shared the act, not its subject."""
    view = token_view(doc)
    lower, text = view.lower, view.text
    k = m.start - 1
    while k > lo and (text[k][:1].isupper() or lower[k] in (",", "and", "-")):
        k -= 1
    if lower[k] != "with":
        return False
    k -= 1 if lower[k - 1] in ("together", "along") else 0
    if k - 1 < lo or lower[k - 1] != ",":
        return False
    j = m.end
    while j < trig.start and (text[j][:1].isupper() or lower[j] in (",", "and", "-", "others", "other")):
        if lower[j] == "," and all(view.alpha[t] and view.is_lower[t] for t in range(j + 1, trig.start)):
            return True
        j += 1
    return False


def _paired(doc: Doc, n: Mention, mentions: list[Mention]) -> bool:
    """The name ``n`` is joined by "and" to another name right before or after it ("Sakharov and
    Bonner"): one of a plural subject or object."""
    return any(x.pronoun is None and x is not n and (
        (x.start == n.end + 1 and doc[n.end].lower_ == "and") or (x.end + 1 == n.start and doc[x.end].lower_ == "and"))
        for x in mentions)


def _fitting(seen: list[tuple[Mention, str]], last: str | None, sex: dict[str, str], want: str) -> str | None:
    """A third-person pronoun's person when no name near it is a subject: the last name of the
    sentence of its sex, none when the sentence names only the other sex, else ``last`` if it fits."""
    fits = [key for _n, key in seen if sex.get(key, want) == want]
    if fits:
        return fits[-1]
    if seen:
        return None
    return last if sex.get(last or "", want) == want else None


def _sex_by_title(doc: Doc, mentions: list[Mention], persons: PersonResolver) -> dict[str, str]:
    """``"f"`` or ``"m"`` for the persons a title names among ``mentions`` (one sentence's: "Mrs.
    Surratt", "Mr. Weichmann"), so that "she" is never given to a man so named there, nor "he" to a
    woman; a person titled both ways (two namesakes) is left out."""
    out: dict[str, str] = {}
    mixed: set[str] = set()
    for m in mentions:
        if m.pronoun is not None:
            continue
        first = m.text.split()[0].lower() if m.text.split() else ""
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        words = {first, before, before + "."}
        sex = "f" if words & _FEMALE_TITLES else "m" if words & _MALE_TITLES else None
        if sex is None:
            continue
        key = named_key(m, persons)
        if out.get(key, sex) != sex:
            mixed.add(key)
        out[key] = sex
    for key in mixed:
        del out[key]
    return out


def _named_after_in_clause(doc: Doc, mentions: list[Mention], m: Mention, persons: PersonResolver) -> bool:
    """Subject pronoun ``m``'s person is named again after it in its own clause ("when he killed
    Murefu", "he met Sedov"): a pronoun is never the object of its own verb (that takes "himself"),
    so the person it was given is wrong -- usually the victim or the one met, named last before."""
    for n in mentions:
        if n.start <= m.start or n.pronoun is not None or n.possessive:
            continue
        if not same_clause(doc, m.end, n.start):
            return False
        if named_key(n, persons) == m.person:
            return True
    return False


_SUBJECT_BEFORE = frozenset({"that", "then", "there", "when", "while", "after", "before", "because", "since", "if",
                             "what", "how", "why", "where", "whether", "who",
                             "as", "although", "though", "whereas", "but", "and", "so", "later", "afterwards",
                             "subsequently", "meanwhile", "also", "finally", "eventually", "soon", "now", "night",
                             "day", "morning", "evening", "afternoon", "week", "month", "year", "summer", "winter",
                             "spring", "autumn"})


_VERB_AFTER_SUBJECT = frozenset({"was", "were", "had", "has", "is", "are", "would", "could", "did", "does", "said",
                                 "told", "met", "went", "gave", "took", "saw", "made", "sent", "then", "later", "also",
                                 "never", "himself", "herself", "says", "tells", "states", "claims", "admits",
                                 "denies", "knows", "thinks", "believes"})


def past_in_ed(w: str) -> bool:
    """The lower-case word ``w`` reads as a past tense in "-ed" of five letters or more ("surrendered";
    not "red", "bed", "shed")."""
    return w.endswith("ed") and len(w) > 4


def verb_after_subject(w: str, more: frozenset[str] = frozenset()) -> bool:
    """The lower-case word ``w`` reads as a clause's verb right after its subject ("was", "told", a past
    tense in "-ed"), or is one of ``more``."""
    return w in _VERB_AFTER_SUBJECT or (w.endswith("ed") and len(w) > 3) or w in more


def _subject_like(doc: Doc, m: Mention) -> bool:
    """Whether the name ``m`` stands where a clause's subject stands: at the start, after a number or
    a clause opener ("In 1952 Kazan met", "and then Kazan"), not right after a verb, a preposition or
    a common noun and a comma ("met Skouras", "from Kroemer", "his contact, Titov")."""
    return _subject_like_at(doc, m.start, m.end)


def _subject_like_at(doc: Doc, start: int, end: int) -> bool:
    """:func:`_subject_like` for the name at ``doc[start:end]``."""
    k = start - 1
    if k < 0 or k in token_view(doc).starts:
        return True
    if end < len(doc):
        nxt = doc[end]
        if nxt.is_lower and verb_after_subject(nxt.lower_):
            return True  # "After Yagoda was arrested, Bulanov testified that he ...": before its verb
    prev = doc[k]
    low = prev.lower_
    if low == "and" and k > 0 and doc[k - 1].is_title:
        # "fallen in with Mary Stuart's agents Thomas Morgan and Charles Paget": a name listed after
        # another stands where the list's first name stands
        j = k - 1
        while j > 0 and (doc[j - 1].is_title or doc[j - 1].lower_ in (",", "and")) and k - j < 12:
            j -= 1
        while j < k and not doc[j].is_title:
            j += 1  # the list opens with a name, not its commas
        if j < k:
            e = j
            while e < k and doc[e].is_title:
                e += 1
            return _subject_like_at(doc, j, e)
    if prev.is_punct:
        return not (low == "," and k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_lower)
    if low in OBJECT_PREPS and (low not in ("after", "before") or end >= len(doc)
                                or doc[end].is_punct or doc[end].lower_ in OBJECT_PREPS):
        return False  # "after Smith left" opens a clause; "two years before Bandera, in October" does not
    return prev.like_num or low in _SUBJECT_BEFORE or (prev.is_title and k - 1 in token_view(doc).starts)


def _relative_between(between: list[str]) -> bool:
    """The words between two listed names are a relative clause on the first and the list's "and"
    ("Spratt, who had landed in Bombay in 1926, and Bradley, ... both of them"): no sentence break
    inside it."""
    return len(between) > 4 and between[:2] in ([",", "who"], [",", "whom"]) and between[-2:] == [",", "and"] \
        and not any(w in (";", ".", ":") for w in between)


def _last_named(seen: list[tuple[Mention, str]], count: int) -> tuple[str, ...] | None:
    """The last ``count`` different persons named before a counted plural ("convicted Khyam of
    conspiring with Mahmood, Akbar, Amin and Garcia ...; all five"), when as many were named."""
    keys: list[str] = []
    for n, key in reversed(seen):
        if not n.possessive and n.pronoun is None and key not in keys:
            keys.insert(0, key)
            if len(keys) == count:
                return tuple(keys)
    return None


def list_before(doc: Doc, names: list[Mention]) -> tuple[str, ...] | None:
    """The persons of the list that the last of ``names`` closes ("Rajk, Szonyi and Szalai"), when it
    names two or more (names joined by "and", "," or ", and"; no possessives)."""
    if not names or names[-1].possessive:
        return None
    group = [names[-1]]
    for prev in reversed(names[:-1]):
        between = [t.lower_ for t in doc[prev.end:group[0].start]]
        if prev.possessive or not between or not (set(between) <= {"and", ","} or _relative_between(between)):
            break
        group.insert(0, prev)
    if group[0].start > 0 and doc[group[0].start - 1].lower_ in OBJECT_PREPS:
        return None  # "the Rules of Evidence and Procedure": not a list of persons who act
    keys = tuple(dict.fromkeys(m.person for m in group if m.person is not None))
    return keys if len(keys) > 1 else None


def antecedent(doc: Doc, cands: list[tuple[Mention, str]], opener: Mention | None) -> str | None:
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


def find_roles(doc: Doc, trig: Match, mentions: list[Mention], *, lo: int, window: tuple[int, int], sent: Span,
               report: Match | None, first_person_cue: bool, by_agent: bool,
               object_subject: bool = False, victim: bool = False) -> tuple[Mention | None, Mention | None]:
    """The subject mention of the act ``trig`` and, when a passive's agent displaced it, the
    patient (``by_agent``: the act's vocabulary says its "by" agent is the subject). Without a
    subject of its own, the act under a reporting verb takes the reporter ("X confessed to
    espionage"), and a stance cue (``first_person_cue``) the sentence's first "I". For an
    ``object_subject`` trigger the person right after it does the act and the one before it
    is the patient ("Sedov sent me to Oslo"); without such a person there is no subject. For a
    ``victim`` act a bare passive ("the Rosenbergs were executed") names the one it was done to, and
    no one who did it."""
    w_start, w_end = window
    blamed = _blamed(doc, trig, mentions, w_end)
    if blamed is not None:
        return blamed, None
    subject_m = find_subject(doc, trig, mentions, lo, w_start, sent.start)
    if object_subject:
        # "I sent my son Juan Nepomuceno Almonte to New Orleans": the one named after the kin word
        at = after_kin(token_view(doc).lower, trig.end)
        obj = next((m for m in mentions if m.start in (trig.end, at) and not m.possessive and m.person is not None
                    and m.pronoun != "you"), None)
        if obj is None:
            obj = _whom_head(doc, trig, mentions, sent.start)  # "Leuchter, whom Zündel had sent to Auschwitz"
        return obj, (subject_m if obj is not None else None)
    if subject_m is None and report is not None and report.end <= trig.start \
            and not _noun_subject_between(doc, report.end, trig) and not _there_was(doc, report.end, trig.start) \
            and not _act_as_clause_subject(doc, report.end, trig) \
            and not any(m.case == "obj" and report.start <= m.start < trig.start and _convicted(doc, m)
                        for m in mentions):
        # "X confessed to espionage": the reporter, when it opens the reporting verb's clause (not
        # "X said that the soldiers had killed ...": the soldiers' act; nor "the judge convicted him
        # of fraud": his, whoever he is).
        subject_m = next((m for m in reversed(mentions) if m.end <= report.start and m.person
                          and not (m.possessive and report.start - m.end <= 2 and any(
                              doc[k].lower_ in KIN for k in range(m.end, report.start)))
                          and not attributive(doc, m) and in_parenthesis(doc, m.start, report.start) is None
                          and same_clause(doc, m.end, report.start)), None)
    if subject_m is None and first_person_cue:
        first = [m for m in mentions if m.pronoun == "first" and sent.start <= m.start < sent.end]
        subject_m = first[0] if first else None
    # Passive and nominal acts: "the order had been issued by Pelemis", "the organisation of
    # terrorist acts by Bukharin": the agent after "by" does the act (acts with passive: agent).
    patient_m: Mention | None = None
    if by_agent:
        agent = passive_agent(doc, trig, mentions, w_end, sent.start, nominal=subject_m is None)
        if agent is not None and agent is not subject_m:
            patient_m, subject_m = subject_m, agent
        elif agent is None and victim and bare_passive(doc, trig, sent.start):
            return None, None  # "The Rosenbergs were executed": no one is said to have done it
        elif agent is None and _by_no_person(doc, trig, mentions):
            return None, None  # "as ordered by the Trial Chamber", "signed by the witness": the one after
            # "by" did it, and no person is named there
    if subject_m is None:
        subject_m = later_doer(doc, trig, mentions, sent.end, sent.start)
    if subject_m is not None and subject_m.end < trig.start:
        # the alias, or the one who names it ("Major Tito, whom he named as President Otto Pérez
        # Molina, had ordered": "he" is the reporter of "named"), stands for the person named
        for alias in mentions:
            real = _named_as(doc, alias, mentions, trig.start) if alias.start <= subject_m.start else None
            if real is not None and (subject_m is alias or alias.end <= subject_m.start < real.start):
                subject_m = real
                break
    return subject_m, patient_m


def _whom_head(doc: Doc, trig: Match, mentions: list[Mention], sent_start: int) -> Mention | None:
    """The person a "whom" clause is about when the verb sending someone stands in it with its own
    subject: "Fred Leuchter, a consultant from Massachusetts whom Zündel had sent to Auschwitz" (he
    went), "Leuchter, whom Zündel had sent to Auschwitz, testified": the nearest name before "whom",
    past an apposition, in the same sentence."""
    whom = next((k for k in range(trig.start - 1, max(sent_start, trig.start - 5) - 1, -1)
                 if doc[k].lower_ == "whom"), None)
    if whom is None or whom == sent_start:
        return None
    return next((m for m in reversed(mentions) if m.end <= whom and whom - m.end <= 10 and m.person is not None
                 and not m.possessive and m.pronoun is None and not any(
                     doc[j].text in (";", ":", ".") for j in range(m.end, whom))), None)


# Verbs that unmask an alias: "Major Tito, whom he named as President Otto Pérez Molina, had ordered".
_NAMING = frozenset({"named", "identified", "recognised", "recognized", "unmasked", "exposed"})


def _named_as(doc: Doc, alias: Mention, mentions: list[Mention], limit: int) -> Mention | None:
    """The person an alias is identified as in a relative clause right after it ("the officer the
    soldiers knew as Major Tito, whom he named as President Otto Pérez Molina, had ordered troops":
    Pérez Molina ordered), before ``limit``."""
    k = alias.end
    if k + 3 >= limit or doc[k].text != "," or doc[k + 1].lower_ not in ("whom", "who"):
        return None
    verb = next((j for j in range(k + 2, min(limit - 1, k + 6)) if doc[j].lower_ in _NAMING
                 and doc[j + 1].lower_ == "as"), None)
    if verb is None:
        return None
    return next((m for m in mentions if m.start == verb + 2 and m.person is not None and not m.possessive
                 and m.pronoun in (None, "title") and m.end < limit), None)


# Verbs that lay an act said as a noun on someone ("laid the killing on Custodio", "blamed the murder
# on Galman", "attributed the killing to the soldiers"): the one it is laid on did it, not the verb's
# subject (who finds, reports or accuses).
_BLAMING = frozenset({"laid", "lay", "lays", "laying", "put", "puts", "putting", "placed", "places", "placing",
                      "pinned", "pins", "pinning", "blamed", "blames", "blaming", "attributed", "attributes",
                      "attributing", "ascribed", "ascribes", "ascribing", "traced", "traces", "tracing"})
_BLAME_NOUNS = frozenset({"blame", "responsibility", "guilt"})
_ACT_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its"})


def _blamed(doc: Doc, trig: Match, mentions: list[Mention], w_end: int) -> Mention | None:
    """The person an act said as a noun is laid on: "she laid the killing on Custodio and six of the
    soldiers" (Custodio killed), "blamed the murder on Galman", "put the blame for the bombing on
    Ortiz", "attributed the killing to Colonel Rey": after "on" / "upon" (or "to"), at most eight
    words after the act with no punctuation between."""
    k = trig.start - 1
    if k < 1 or doc[k].lower_ not in _ACT_DETERMINERS:
        return None
    k -= 1
    if k >= 3 and doc[k].lower_ == "for" and doc[k - 1].lower_ in _BLAME_NOUNS and doc[k - 2].lower_ == "the":
        k -= 3  # "put the blame for the bombing on Ortiz"
    if doc[k].lower_ not in _BLAMING:
        return None
    for j in range(trig.end, min(w_end, trig.end + 8, len(doc) - 1)):
        word = doc[j].lower_
        if doc[j].is_punct:
            return None
        if word in ("on", "upon", "to"):
            at = j + 1
            if at + 2 < len(doc) and doc[at].lower_ == "the" and doc[at + 1].lower_ in _COMMANDED \
                    and doc[at + 2].lower_ == "of":
                at += 3  # "on the patrol of Second Lieutenant Telmo Hurtado": the commander (the guide)
            return next((m for m in mentions if at <= m.start <= at + 2 and m.person is not None and not m.possessive
                         and m.pronoun is None and all(doc[k].text[:1].isupper() for k in range(at, m.start))),
                        None)
    return None


_HELPED = frozenset({"helped", "help", "helping", "helps", "assisted", "assisting", "aided", "aiding"})
_PARTICLES = frozenset({"van", "der", "de", "von", "den", "del", "della", "la", "le", "du", "da", "di", "ter", "ten"})


def _helped(doc: Doc, start: int) -> bool:
    """The name at ``start`` is the object of "helped" ("helped van der Lubbe")."""
    k = start - 1
    while k > 0 and doc[k].lower_ in _PARTICLES:
        k -= 1
    return k >= 0 and doc[k].lower_ in _HELPED


_CONVICTING = frozenset({"convicted", "accused", "charged", "suspected", "acquitted", "cleared", "found", "sentenced",
                         "indicted", "condemned", "tried"})


def _convicted(doc: Doc, m: Mention) -> bool:
    """``m`` ("him", "her") is the one a verdict or charge is about: "convicted him of", "charged her
    with", "found him guilty of"."""
    if m.start == 0 or doc[m.start - 1].lower_ not in _CONVICTING or m.end >= len(doc):
        return False
    nxt = doc[m.end].lower_
    return nxt in ("of", "with", "for") or (nxt == "guilty" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "of")


def _own_term(doc: Doc, m: Mention, trig: Match) -> bool:
    """``m`` opens a sentence's own "NAME to TERM for CRIME" after a comma or "and", a label between
    at most ("Petrov was sentenced to seven years for treason, his deputy Orlov to twenty years for
    murder"): the crime ``trig`` after it is that name's."""
    end = _term_end(doc, m)
    if end is None or end >= trig.start or doc[end].lower_ != "for" or trig.start - end > 4:
        return False
    k = m.start - 1
    label = label_before(doc, k)
    k = label if label is not None else k
    return k >= 0 and doc[k].lower_ in (",", "and")


def _names_a_noun(doc: Doc, m: Mention) -> bool:
    """The name ``m`` stands between commas right after a common noun, naming it, and ", and" follows
    ("with his wife, Anna Orlova, and later crossed to London"): an apposition before a verb phrase
    joined to the clause, not a new clause's subject (not "a sub-lieutenant ..., Lembarek Boumaarafi,
    threw a grenade")."""
    if m.start < 2 or m.end + 1 >= len(doc) or doc[m.start - 1].text != "," or doc[m.end].text != "," \
            or doc[m.end + 1].lower_ != "and":
        return False
    noun = doc[m.start - 2]
    return noun.is_alpha and noun.is_lower and not is_adverb(noun.text) and noun.lower_ not in NOT_NOUN \
        and forms(noun.lower_) is None


def _opens_clause(doc: Doc, m: Mention, trig: Match, w_start: int) -> bool:
    """The name ``m`` right before ``trig`` (an auxiliary or adverb between at most) opens a clause of its
    own after the previous act: "flew to Los Angeles, and in June of that year Mihdhar went home";
    an apposition between is no gap ("and when Wessel opened the door Hohler, a joiner, shot him")."""
    end = m.end
    if end < trig.start and doc[end].text == ",":
        close = parenthesis(doc, end, trig.start)
        end = close + 1 if close is not None else end
    gap = [t.lower_ for t in doc[end:trig.start]]
    if len(gap) > 2 or not all(w in _BETWEEN_AUX or w in ("had", "has", "was", "were", "then") for w in gap):
        # "took Djohar prisoner in Moroni; a week later Denard surrendered to them and was flown to
        # France": a name after a clause break with a past tense of its own right after it is that
        # clause's subject, however far the act (not "one Cyasa was authorised", "the Directors were
        # active": "was", "were" may open a passive or a state)
        # (not the last word of a longer name: "the Castello del Buonconsiglio condemned", "the new
        # Treason Act required")
        before = doc[m.start - 1]
        return bool(gap) and doc[end].is_lower and past_in_ed(gap[0]) \
            and (before.is_punct or (before.is_lower and before.lower_ not in _NAME_LINKS)) \
            and any(doc[k].lower_ in CLAUSE_BREAK for k in range(w_start, m.start))
    if m.start == w_start and w_start >= 2 and doc[w_start - 2].lower_ in _NOUN_DETERMINERS:
        return True  # the previous act is a noun in a fronted phrase: "At that meeting Sedov gave me ..."
    # ... or a noun with its own place and time, fronted by a preposition: "After his return to Lyon in
    # 1931 Kovacs met Petrov", "On her arrival in Kigali Uwera saw ..."
    owner = next((k for k in range(w_start - 1, max(-1, w_start - 5), -1)
                  if doc[k].lower_ in _NOUN_DETERMINERS or doc[k].lower_ in _FRONT_OWNERS), None)
    if owner is not None and owner >= 1 and doc[owner - 1].lower_ in _FRONTING and (
            owner == 1 or doc[owner - 2].is_punct or doc[owner - 2].is_sent_start
            # round 28: "and that on his instructions Kolchenko ... set fire": after a clause's opener
            or doc[owner - 2].lower_ in _FRONT_AFTER):
        return not any(t.is_punct and t.text not in ("-",) for t in doc[w_start:m.start])
    return any(doc[k].lower_ in CLAUSE_BREAK for k in range(w_start, m.start))


# Lower-case words inside a place's or a person's name ("Castello del Buonconsiglio", "Arco auf Valley").
_NAME_LINKS = frozenset({"de", "del", "della", "di", "da", "du", "des", "la", "le", "von", "van", "der", "den", "auf",
                         "of", "the", "y", "e", "al", "el", "bin", "ibn"})


_FRONTING = frozenset({"after", "before", "on", "upon", "at", "during", "following", "since", "in"})
_FRONT_AFTER = frozenset({"that", "and", "but", "then", "when", "where"})  # clause openers before a fronted phrase


def _middle_of_list(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` stands between a comma and "and" with a name after it ("with Menigon, Rouillan and
    Cipriani"): a list's middle name."""
    return doc[m.start - 1].text == "," and m.end + 1 < len(doc) and doc[m.end].lower_ == "and" \
        and any(x.start == m.end + 1 and x.pronoun is None and not x.possessive for x in mentions)


def _listed_after_prep(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` closes a list of names ("Zenkl and Ripka", "Zenkl, Ripka and Drtina") whose first name
    stands after a preposition ("on the instructions of Zenkl and Ripka"): an object, no subject."""
    if m.start < 2 or (doc[m.start - 1].lower_ != "and" and not _middle_of_list(doc, m, mentions)):
        return False  # a list ends in "and": "after conferring with Ndekezi, Gacumbitsi ordered" is none
    by_end = {x.end: x for x in mentions if x.pronoun is None and not x.possessive}
    first = m
    while first.start >= 2 and doc[first.start - 1].lower_ in ("and", ","):
        k = first.start - 1
        if doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k -= 1
        if doc[k].text == "," and _aside_before(doc, k) is not None:
            break  # "Nahimana, the founder of RTLM, and Ngeze": the name before closes an aside, no list
        prev = by_end.get(k)
        if prev is None:
            break
        first = prev
    return first is not m and first.start > 0 and doc[first.start - 1].lower_ in OBJECT_PREPS \
        and not _clause_after(doc, doc[first.start - 1].lower_, m.end)


_RELATIVE_AUX = _BETWEEN_AUX | {"had", "has", "have", "was", "were", "is", "then", "later", "also", "once", "been"}


def _relative_head(doc: Doc, trig: Match, mentions: list[Mention], lo: int) -> Mention | None:
    """The name a non-restrictive relative clause opened by ", who" right before ``trig`` is about
    (an auxiliary or adverb or two between): "Smith met Fisch, who had sailed for Germany" (Fisch
    sailed), past an apposition of the name ("Isidor Fisch, his partner in the fur trade, who had
    sailed ..."); not a name after "of" ("the wife of Smirnov, who ..." may be the wife's)."""
    k = trig.start - 1
    while k > lo and trig.start - k <= 4 and (doc[k].lower_ in _RELATIVE_AUX or is_adverb(doc[k].text)):
        k -= 1  # (adverbs too: "who had first gone to Pakistan", "who has since fled")
    if k - 2 >= lo and doc[k].lower_ == "who" and doc[k - 1].lower_ == "and":
        # "Howard, ..., who met KGB officers in Vienna and who fled to Moscow": the second relative
        # clause is about the head of the first
        j = k - 2
        while j > 0 and doc[j].text not in _CLAUSE_ENDS and not (doc[j].lower_ == "who" and doc[j - 1].text == ","):
            j -= 1
        if j < 2 or doc[j].lower_ != "who":
            return None
        k = j
        while j > 0 and doc[j - 1].text not in _CLAUSE_ENDS:
            j -= 1
        lo = j  # the head may stand before the walk's window, in the same sentence
    elif k - 2 < lo:
        return None
    if doc[k].lower_ == "who" and doc[k - 1].text != ",":
        return _apposition_relative_head(doc, k, mentions, lo)
    if doc[k].lower_ != "who" or doc[k - 1].text != "," or any(m.start == k for m in mentions):
        return None  # (not a question's "who" after a vocative, answered: "Colonel Washington, who came ...?")
    by_end = {m.end: m for m in mentions}
    head = by_end.get(k - 1)
    if head is None:
        opener = _aside_before(doc, k - 1)
        head = by_end.get(opener) if opener is not None and opener >= lo else None
    if head is None or head.person is None or head.possessive or head.pronoun is not None \
            or (head.start > 0 and doc[head.start - 1].lower_ == "of"):
        return None
    # "Callixte Nsabimana, known as Sankara, who pleaded guilty": the one the alias names
    c = head.start - (3 if doc[head.start - 1].lower_ == "as" else 2)  # ", known as" / ", alias"
    real = by_end.get(c) if c >= 0 and doc[c].text == "," and doc[c + 1].lower_ in _ALIAS_OPENERS else None
    if real is not None and real.person is not None and not real.possessive and real.pronoun is None:
        return real
    return head


_CLAUSE_ENDS = frozenset({";", ":", ".", "?", "!"})


def _apposition_relative_head(doc: Doc, who: int, mentions: list[Mention], lo: int) -> Mention | None:
    """The name whose apposition ends in the relative clause opened by "who" at ``who``: "in exchange
    for Pavel Varga, an officer who had spied for the CIA" (Varga spied), when no other name stands
    in the apposition."""
    j = who - 1
    while j > lo and who - j <= 8 and doc[j].text not in (",", ";", ":", "(", ")"):
        j -= 1
    if j <= lo or doc[j].text != "," or doc[j + 1].lower_ not in APPOSITION_OPENERS \
            or any(j < m.end and m.start < who for m in mentions):
        return None
    head = next((m for m in mentions if m.end == j), None)
    if head is None or head.person is None or head.possessive or head.pronoun is not None \
            or (head.start > 0 and doc[head.start - 1].lower_ == "of"):
        return None
    return head


# Words before an act said as a noun ("that meeting", "the conspiracy"): a name right after such a
# noun and right before a verb trigger is that verb's subject, not the noun's object.
_NOUN_DETERMINERS = frozenset({"the", "that", "this", "a", "an", "our", "their", "his", "her", "my", "one"})


_VICTIM_NOUNS = frozenset({"murder", "killing", "assassination", "execution", "poisoning", "shooting", "abduction",
                           "kidnapping", "disappearance", "torture", "beating"})


# People named by their tie to someone ("my sister", "Kamali's driver", "his men"): the possessor
# does not do what they do ("My sister told me that she had been to the meeting").
def after_kin(lower: list[str], k: int) -> int:
    """Where the name after a kin word at ``k`` starts ("sent my son Juan Almonte": the "Juan"), or
    ``-1`` when no possessive and kin word stand at ``k``."""
    if k + 2 < len(lower) and lower[k] in ("my", "his", "her", "our", "their") and lower[k + 1] in KIN:
        return k + 2
    return -1


KIN = frozenset({"sister", "brother", "wife", "husband", "mother", "father", "son", "daughter", "uncle", "aunt",
                 "cousin", "nephew", "niece", "grandfather", "grandmother", "parents", "children", "child",
                 "neighbour", "neighbor", "friend", "friends", "colleague", "colleagues", "driver", "bodyguard",
                 "bodyguards", "servant", "maid", "secretary", "relative", "relatives", "family", "fiancée",
                 "fiancee", "girlfriend", "boyfriend", "sister-in-law", "brother-in-law", "son-in-law"})


# Verbs of perception whose object does the act of the bare infinitive or -ing form after it.
_PERCEPTION = frozenset({"saw", "see", "seen", "sees", "seeing", "heard", "hear", "hears", "watched", "watch",
                         "witnessed", "noticed", "observed"})
def _seen_doing(doc: Doc, trig: Match, mentions: list[Mention]) -> Mention | None:
    """The person seen or heard doing the act at ``trig``: the object of a verb of perception right
    before it ("I was standing near the gate and saw him give the order", "I heard Colonel Brandt
    order the guards to shoot", "we watched them beating the prisoners") does the act, not the one
    who saw it, even when he stays unresolved (no claim then, rather than one by the witness). Not
    a past participle ("I saw him shot": he was shot)."""
    verb = doc[trig.start].lower_
    if verb in _SEEN_PARTICIPLES or verb in _PERCEPTION or verb.endswith(("ed", "en")):
        return None  # (not "the convicts who saw him saw him only once": a sight, said twice)
    for m in mentions:
        if m.end != trig.start or m.possessive or m.start == 0:
            continue
        k = m.start - 1
        while k > 0 and doc[k].text[:1].isupper() and doc[k].lower_ not in _PERCEPTION:
            k -= 1  # a title before the name ("heard Colonel Brandt order")
        if doc[k].lower_ not in _PERCEPTION:
            continue
        if any(t.lower_ in ("not", "n't", "never") for t in doc[max(0, k - 3):k]):
            # "I did not see him kill them": what the witness did not see, not a denial that he did it
            return replace(m, person=None)
        return m
    return None


_CAUSATIVES = frozenset({"had", "have", "has", "having", "got", "get"})


def _caused(doc: Doc, m: Mention, trig: Match) -> bool:
    """``m`` is the one an act was had done to: "had" (a causative), at most two lower-case words,
    ``m``, and the act's past participle right after it ("I had the eight Boers put to death", "he
    had Kessler shot"; not "had Kessler put the prisoners to death", where Kessler does it)."""
    if m.pronoun is not None or m.start < 1 or m.end > trig.start \
            or not all(_in_a_list(t) for t in doc[m.end:trig.start]):
        return False  # (the one had done to, or one of a list of them: "had Mutunzi and Rukomeza killed")
    verb = doc[trig.start].lower_
    nxt = doc[trig.start + 1].lower_ if trig.start + 1 < len(doc) else ""
    if not ((verb in _SEEN_PARTICIPLES and (verb != "put" or nxt == "to")) or verb.endswith(("ed", "en"))):
        return False
    k = m.start - 1
    while k > 0 and m.start - k <= 8 and doc[k].lower_ not in _CAUSATIVES and (
            _in_a_list(doc[k]) or (m.start - k <= 2 and doc[k].is_lower)):
        k -= 1
    return doc[k].lower_ in _CAUSATIVES


def _in_a_list(t: Token) -> bool:
    """A token of a list of names: "and", a comma or a capitalised word."""
    return t.lower_ in ("and", ",", "&") or t.text[:1].isupper()


_NOT_IN_VERB_GROUP = frozenset({"that", "who", "whom", "which", "and", "or", "but", "because", "when", "if"})


_WHO_ASKERS = frozenset({"know", "knew", "known", "tell", "told", "ask", "asked", "wonder", "wondered", "remember",
                         "recall", "learn", "learned", "learnt", "say", "said", "find", "found", "out", "idea"})
_WHO_TOLD = frozenset({"you", "me", "him", "her", "us", "them"})  # "tell you who", not "was it you who"


def _asked_who(doc: Doc, trig: int, lo: int) -> bool:
    """The act at ``trig`` follows an indirect "who" ("tell you who had perpetrated", "I do not know
    who killed him", "find out who ordered it"): its doer is asked about, not named."""
    view = token_view(doc)
    lower = view.lower
    k = trig - 1
    # (over auxiliaries and the verb of a crime said as a noun: "who had perpetrated these massacres")
    while k > lo and k >= trig - 5 and lower[k] not in ("who", "whom") and view.alpha[k] and view.is_lower[k]:
        k -= 1
    if k <= lo or lower[k] not in ("who", "whom"):
        return False
    return lower[k - 1] in _WHO_ASKERS or (k - 1 > lo and lower[k - 1] in _WHO_TOLD and lower[k - 2] in _WHO_ASKERS)


def _there_was(doc: Doc, a: int, b: int) -> bool:
    """"there was", "there were" between ``a`` and ``b``: the act after it has no one for its subject
    ("Did you say that on the 6th of April there was something like a coup d'état?")."""
    lower = token_view(doc).lower
    return any(lower[k] == "there" and lower[k + 1] in ("was", "were", "had", "is", "are") for k in range(a, b - 1))


def hailed(doc: Doc, mentions: Sequence[Mention], sent_start: int) -> Mention | None:
    """The name hailed at the start of the sentence, a comma after it ("Mr. Erdemovic, when all this
    was over ...", "Witness YCW, after the death of the bourgmestre ...", "Douglas Ronald Britten, you
    have pleaded guilty"), known to the roster or not."""
    first = next((m for m in mentions if m.start >= sent_start), None)
    if first is None or first.pronoun is not None or first.possessive \
            or first.end >= len(doc) or doc[first.end].text != ",":
        return None
    # (only a title, a line number or "Q." before the name: "3 Q. Mr. Erdemovic, ...")
    return first if all(t.text[:1].isupper() or t.text[:1].isdigit() or t.is_punct
                        for t in doc[sent_start:first.start]) else None


def _vocative(doc: Doc, mentions: list[Mention], sent_start: int) -> Mention | None:
    """The person hailed at the start of the sentence (:func:`hailed`), when already resolved."""
    m = hailed(doc, mentions, sent_start)
    return m if m is not None and m.person is not None else None


def _verb_group(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``a:b`` are at most three lower-case words (auxiliaries, adverbs) that open no new
    clause: a pronoun right before them is the subject of the verb at ``b`` ("he had ordered")."""
    return b - a <= 3 and all(t.is_alpha and t.is_lower and t.lower_ not in _NOT_IN_VERB_GROUP for t in doc[a:b])


# What may stand between a clause's subject and its verb: "the soldiers had then killed", "the
# court later ordered".
_SUBJECT_VERB_GAP = frozenset({"had", "has", "have", "was", "were", "is", "are", "had been", "then", "later", "also",
                               "never", "not", "n't", "allegedly", "themselves", "itself", "all", "both", "first",
                               "finally", "soon", "subsequently", "immediately", "apparently", "yet", "already",
                               "just", "still", "ever", "only", "eventually", "actually"})
# Words that open a common noun phrase that can be a clause's subject: "the court", "his men".
_NOUN_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "some", "many",
                           "whose", "several", "two", "three", "four", "five", "other", "armed", "local"})


def _act_as_clause_subject(doc: Doc, lo: int, trig: Match) -> bool:
    """The act, named as a noun, is the subject of the reported clause ("Buscetta said that the
    murder of Pecorelli had been ordered by Badalamenti"): the clause tells something of the act, not
    that the reporter did it. The trigger opens the clause after "that" and an article, and a form of
    "be" or "have" follows it within its phrase."""
    k = trig.start - 1
    if k - 1 < lo or doc[k].lower_ not in ("the", "a", "an") or doc[k - 1].lower_ != "that":
        return False
    be = ("was", "were", "had", "has", "is", "are")
    for j in range(trig.end, min(len(doc), trig.end + 10)):
        w = doc[j].lower_
        if w in be:
            return True
        if w == ",":
            # "the murder of the journalist Mino Pecorelli, shot dead in Rome on 20 March 1979, had
            # been ordered by ...": an aside on the victim, then the clause's verb
            close = next((c for c in range(j + 1, min(len(doc), j + 16)) if doc[c].text in (",", ";", ".", ":")), None)
            return close is not None and doc[close].text == "," and close + 1 < len(doc) \
                and doc[close + 1].lower_ in be
        if doc[j].is_punct or w in ("and", "but", "by", "that", "which", "who"):
            return False
    return False


# Verbs that open a verb group before an act's infinitive or gerund ("started to shoot", "began shooting").
_PHASE_VERBS = frozenset({"started", "began", "begun", "continued", "kept", "went"})


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "several", "many", "some", "dozens", "hundreds", "scores"})


def _and_others(doc: Doc, k: int) -> bool:
    """The names before ``k`` are listed with a count of others ("Berrigan, Darst, Mische and six other
    Catholic opponents of the war walked into ..."): the common noun after them is not a subject of
    its own, the names are."""
    lower = token_view(doc).lower
    return k + 2 < len(doc) and lower[k] == "and" and lower[k + 1] in _COUNTS and "other" in lower[k + 2:k + 4]


def _noun_subject_between(doc: Doc, lo: int, trig: Match) -> bool:
    """A common noun phrase stands right before the verb ``trig`` as its subject, after ``lo`` (the
    person the walk back reached): "Kovacs was arrested; the soldiers killed his brother", "the jury
    acquitted Kovacs, and the court ordered the widow to pay" -- the act is the noun's, not the
    person's before it; also with a relative clause, as the clause's verb ("I met the officer who
    shot Nemeth") or before the verb ("told us that the man who led the massacre had fled"). Only
    for a verb in the past (a noun trigger, "the court's order", is not one)."""
    v = trig.start
    if v - 2 >= lo and doc[v - 1].lower_ == "to" and doc[v - 2].lower_ in _PHASE_VERBS:
        v -= 2  # "the people who were in the front started to shoot": the verb group opens at "started"
    elif v - 1 >= lo and doc[v].lower_.endswith("ing") and doc[v - 1].lower_ in _PHASE_VERBS:
        v -= 1  # "the soldiers began shooting"
    if forms(doc[v].lower_) is None:
        return False
    k = v - 1
    while k >= lo and doc[k].lower_ in _SUBJECT_VERB_GAP:
        k -= 1
    relative = k - 1 >= lo and doc[k].lower_ in ("who", "that", "which")
    if relative:
        # "the UN plane that flew supplies between Nairobi and Kigali": the plane flew
        if any(doc[j].lower_ == "with" and doc[j + 1].lower_ in _WITH_THE_SUBJECT
               for j in range(trig.end, min(len(doc) - 1, trig.end + 2))):
            return False  # "the families that fled with yourself to Tanzania": you fled too
        return _subject_noun(doc, lo, k - 1, True)
    if _subject_noun(doc, lo, k, False):
        return True
    # "the man who led the massacre against them had fled": a relative clause between the noun and
    # the verb, with no break and no subject of its own in it
    for r in range(k, max(lo, k - 12) - 1, -1):
        w = doc[r].lower_
        if doc[r].is_punct or w in _RELATIVE_CLAUSE_STOPS:
            return False
        if w in ("who", "which") or (w == "that" and r > lo and doc[r - 1].is_lower and doc[r - 1].is_alpha
                                      and doc[r - 1].lower_ not in _NOT_SUBJECT_NOUNS):
            return r - 1 >= lo and r < k and _subject_noun(doc, lo, r - 1, True)
    return False


def _subject_noun(doc: Doc, lo: int, k: int, relative: bool) -> bool:
    """Token ``k`` (after ``lo``) ends a common noun phrase that is a clause's subject ("the court",
    "the local militia"); with ``relative``, one a relative clause after it is about, and neither
    the person before it (an apposition, a predicate: "Petrov, the man who killed Kirov", "I was
    the one who drove"), nor one of several with him ("one of the men who shot", "all the people
    who came"), nor those he led ("Espinoza had led the unit that killed them")."""
    if k < lo or not doc[k].is_alpha or doc[k].lower_ in _NOT_SUBJECT_NOUNS:
        return False
    if not doc[k].is_lower:
        # a body or a title after "the" that no name stands for ("the RPF had killed", "the Accused
        # had killed"): its act, not that of a person named before it
        if not (k > lo and doc[k - 1].lower_ in ("the", "these", "those")):
            return False
        opener: int | None = k - 1
    else:
        # the noun's opener at most two words before it ("the court", "the local militia", "his own
        # men"), not after a person and "and" ("I and the sous-préfet attended", "Kovacs and his men
        # killed": one of the subjects is the person; "..., and those delinquents killed" is a new clause)
        opener = next((j for j in range(k - 1, max(lo, k - 3) - 1, -1) if doc[j].lower_ in _NOUN_OPENERS), None)
    if opener is None:
        return False
    before = doc[opener - 1].lower_ if opener > 0 else ""
    if before == "of" and not relative and opener > 1 and doc[opener - 2].lower_ in _WHEN_WHERE_OF:
        return False  # "..., and on the eve of the attack had flown to Karachi": when, no subject
    if before in _PREP_OBJECT and not relative:
        return False  # "Sedov with the letters went to Oslo": the noun is a preposition's (not "some
        # of the men killed", "the difference between a cannon shot and ..."); but "the statement made
        # by the lieutenant who ordered them out": the lieutenant ordered
    if relative and (before in (",", "(", "-", "--", "—", "of", "among", "amongst", "all") or before in _COMMANDING
                     or (before in _BE_BEFORE_PREDICATE
                         and not (opener > 1 and doc[opener - 2].lower_ in ("it", "this", "that", "there")))):
        return False  # (but "it was the UN plane that flew ...": the plane)
    return not (opener > 1 and before in ("and", "&") and (
        doc[opener - 2].lower_ in ("i", "he", "she", "we", "they") or doc[opener - 2].text[:1].isupper()))


# Nouns of a time or a place whose "of" phrase is no subject ("on the eve of the attack had flown",
# "at the end of the war fled"), unlike "some of the men killed".
_WHEN_WHERE_OF = frozenset({"eve", "day", "night", "morning", "evening", "afternoon", "end", "beginning", "start",
                            "middle", "course", "time", "outskirts", "edge", "centre", "center", "heart",
                            "side", "top", "foot", "height", "wake", "aftermath", "run-up", "close", "dawn"})


# Words that end a walk back through a relative clause: a subject of its own, a new clause.
_RELATIVE_CLAUSE_STOPS = frozenset({"i", "he", "she", "we", "they", "you", "and", "but", "or", "because", "when",
                                    "while", "if", "since", "although", "though", "where", "whom", "whose"})


# Pronouns after "with" right after a relative clause's verb that bring the subject along.
_WITH_THE_SUBJECT = frozenset({"yourself", "myself", "himself", "herself", "ourselves", "themselves", "me", "us",
                               "you", "him", "her"})
# Verbs whose subject answers for what the unit, the men or the squad they lead does, or the bomb
# they plant: "led the unit that killed them", "planted the bombs that killed twenty-one people".
_COMMANDING = frozenset({"led", "commanded", "headed", "ran", "organised", "organized", "sent", "directed",
                         "dispatched", "formed", "assembled", "recruited", "armed", "trained", "lead", "command",
                         "head", "leading", "commanding", "heading", "planted", "placed", "threw", "thrown",
                         "detonated", "fired", "laid", "hid", "built", "made", "set", "mailed", "posted",
                         "plant", "place", "throw", "detonate", "fire", "poisoned", "spiked", "laced"})
# Forms of "be" before a predicate noun: "I was the one who drove", "he is the man who met Sedov".
_BE_BEFORE_PREDICATE = frozenset({"was", "were", "is", "are", "am", "'m", "’m", "be", "been", "became", "remained"})
_PREP_OBJECT = frozenset({"with", "by", "from", "to", "for", "against", "about", "without", "like", "than", "at", "in",
                          "on", "under"})


# Lower-case words right before a verb that are no noun subject: pronouns, relatives, conjunctions.
_NOT_SUBJECT_NOUNS = frozenset({"who", "which", "that", "and", "or", "but", "he", "she", "they", "we", "i", "you",
                                "it", "then", "there", "where", "when", "whom", "whose", "to", "not", "also", "him",
                                "her", "them", "me", "us", "one", "himself", "herself", "as", "so", "if", "because"})


# Words that end the noun phrase a possessive opens: "came to my flat and told me to" is no "my ...
# order" (the possessor of a noun trigger stands in the trigger's own noun phrase).
_NOT_A_NOUN_PHRASE = frozenset({"and", "or", "but", ",", ";", ":", "then", "to", "."})


# A weapon that is the subject of a killing, and how its user sent it ("the bomb thrown by X killed").
_WEAPONS = frozenset({"bomb", "bombs", "bullet", "bullets", "shot", "shots", "grenade", "grenades", "shell", "shells",
                      "device", "explosives", "charge", "missile", "rocket", "parcel", "letter"})
_WEAPON_SENT = frozenset({"thrown", "fired", "planted", "placed", "set", "detonated", "laid", "hurled", "triggered",
                          "sent", "mailed", "posted", "made", "built", "left", "launched"})


# Men under a commander: "Dyer's troops", "Hurtado's patrol" (the guide: a commander takes his troops' killings).
_COMMANDED = frozenset({"troops", "soldiers", "men", "forces", "unit", "units", "patrol", "squad", "platoon", "company",
                        "battalion", "regiment", "gunmen", "militia", "militiamen", "policemen", "guards", "police"})
_COMMANDED_AUX = frozenset({"had", "have", "has", "then", "also", "all", "later", "once", "again"})


def _commanders_men(doc: Doc, trig: Match, mentions: list[Mention], lo: int) -> Mention | None:
    """The possessor of the men who did the act ``trig``: "Dyer's troops, firing into a crowd ..., had
    killed at least 379 people". The noun stands right after the possessive (one lower-case word
    between at most: "Hurtado's own patrol"), and only an aside in commas or "had" stands between the
    noun and the act. Only for a verb in the past (an act's noun is no one's such act)."""
    if forms(doc[trig.start].lower_) is None:
        return None
    for m in mentions:
        if not m.possessive or m.person is None or m.pronoun is not None or m.start < lo or m.end >= trig.start:
            continue
        k = m.end
        if k < trig.start and doc[k].is_lower and doc[k].lower_ not in _COMMANDED:
            k += 1
        if k >= trig.start or doc[k].lower_ not in _COMMANDED:
            continue
        j = k + 1
        if j < trig.start and doc[j].text == ",":
            close = next((c for c in range(j + 1, trig.start) if doc[c].text == ","), None)
            if close is None:
                continue
            j = close + 1
        if all(doc[x].lower_ in _COMMANDED_AUX for x in range(j, trig.start)):
            return m
    return None


def _weapon_agent(doc: Doc, trig: Match, mentions: list[Mention], lo: int) -> Mention | None:
    """The person who threw, fired or planted the weapon that is the subject of the act ``trig``:
    "the second bomb, thrown by Ignacy Hryniewiecki, killed Alexander II", "the bomb planted by Kovacs
    killed four men". Only a participle and "by" between the weapon and the person, and only a comma
    between the person and the act."""
    for m in mentions:
        if m.person is None or m.possessive or m.end > trig.start or m.start < lo + 3:
            continue
        if any(not (t.is_punct and t.text == ",") for t in doc[m.end:trig.start]):
            continue
        if doc[m.start - 1].lower_ != "by" or doc[m.start - 2].lower_ not in _WEAPON_SENT:
            continue
        k = m.start - 3
        if doc[k].text == ",":
            k -= 1
        if k >= lo and doc[k].lower_ in _WEAPONS:
            return m
    return None


def find_subject(doc: Doc, trig: Match, mentions: list[Mention], lo: int, w_start: int,
                 sent_start: int) -> Mention | None:
    """The nearest person before ``trig`` (from ``lo``) that can be its subject."""
    head = _relative_head(doc, trig, mentions, max(lo, sent_start))
    if head is not None:
        return head  # "left with him by Isidor Fisch, his partner in the fur trade, who had sailed for Germany"
    seen = _seen_doing(doc, trig, mentions)
    if seen is not None and seen.start >= max(lo, sent_start):
        return seen  # "saw him give the order": he gave it
    thrower = _weapon_agent(doc, trig, mentions, max(lo, sent_start))
    if thrower is not None:
        return thrower  # "the second bomb, thrown by Hryniewiecki, killed the Tsar"
    commander = _commanders_men(doc, trig, mentions, max(lo, sent_start))
    if commander is not None:
        return commander  # "Dyer's troops ... had killed at least 379 people": the commander's (the guide)
    # "Krestinsky's repudiation": a possessive right before a noun trigger.
    # ... but "Murefu's killing", "Kirov's murder": one killed, not the killer (the singular noun of a
    # killing with no "of" or "by" after it; "Nikolayev's murder of Kirov", "Pinochet's killings" name him).
    victim = doc[trig.end - 1].lower_ in _VICTIM_NOUNS and (trig.end >= len(doc) or doc[trig.end].lower_
                                                             not in ("of", "by"))
    k = trig.start - 1
    while k > max(lo, sent_start) and doc[k].lower_ in _SUBJECT_VERB_GAP:
        k -= 1
    verb = forms(doc[trig.start].lower_) is not None  # (a noun trigger needs a word between: "which attack")
    if k >= max(lo, sent_start) and doc[k].lower_ == "which" and k < trig.start - 1 + verb \
            and not any(doc[j].lower_ in ("part", "role", "share") and doc[j + 1].lower_ == "in"
                        for j in range(max(sent_start, k - 16), k)):
        return None  # "a large-scale attack which had killed many people": a thing's act, no person's (but
        # "for his part in the attack on the Kuta nightclubs ..., which killed 202 people" is his)
    if trig.start >= 2 and doc[trig.start - 1].text in ("'s", "’s", "'") and doc[trig.start - 2].is_lower \
            and doc[trig.start - 2].is_alpha and forms(doc[trig.start].lower_) is None:
        return None  # "he had mentioned his sister's killing": the noun's act is the sister's matter, not his
    if _asked_who(doc, trig.start, max(lo, sent_start)):
        return None  # "did he tell you who had perpetrated these massacres?": the one asked about
    if trig.start > 0 and doc[trig.start - 1].lower_ == "your" and forms(doc[trig.start].lower_) is None:
        # "we were talking of your trip to Rwanda": the act of the one addressed, when known (a question
        # read with its answer: "Did you make your trip ...?" / "Yes."), else no one's -- not "we"
        return next((m for m in mentions if m.pronoun == "you" and m.person is not None), None)
    for m in mentions:
        if m.possessive and 0 <= trig.start - m.end <= 2 and m.person and not victim \
                and not any(doc[k].lower_ in PASSIVE_AUX for k in range(m.end, trig.start)) \
                and not any(m.end <= x.start < trig.start for x in mentions) \
                and not any(doc[k].lower_ in _NOT_A_NOUN_PHRASE for k in range(m.end, trig.start)) \
                and not any(doc[k].lower_ in KIN for k in range(m.end, trig.start)) \
                and not _joined_owner(doc, m) \
                and not (m.pronoun == "first" and m.end < trig.start and forms(doc[trig.start].lower_) is not None):
            return m  # (not "our man Sergeev killed"; not "my sister went", "Kamali's driver fled": theirs;
            # not "His house was burnt down": the owner's;
            # nor "our leader went", "the conseiller of our secteur never incited": the speaker's noun, then
            # a verb -- "Brown and eighteen of his men came down" stays Brown's)
    # "Markov was jabbed ... and died; the killing is put down to ...": an act said as a noun after an
    # article has no subject in a clause before a ";".
    nominal = trig.start > 0 and doc[trig.start - 1].lower_ in ("the", "this", "that", "a")
    for m in reversed(mentions):
        if m.end > trig.start or m.start < lo:
            continue
        if nominal and any(t.text == ";" for t in doc[m.end:trig.start]):
            break
        if m.possessive:
            continue
        if m.case == "obj":
            if _convicted(doc, m):
                # "the court convicted him of having passed secrets": he passed them (and no one
                # before him, if he is no one known)
                return m if m.person is not None else None
            continue
        if m.start > 0 and doc[m.start - 1].lower_ in OBJECT_PREPS and not (
                m.pronoun in ("first", "third") and m.case == "subj"):
            continue  # (but "after he came home": "he" opens a clause, no preposition's object)
        if _caused(doc, m, trig):
            continue  # "I had the eight Boers put to death": the ones it was done to
        if m.person is None:
            if (m.pronoun == "third" or m.text.lower() == "they") and m.case == "subj" \
                    and _verb_group(doc, m.end, trig.start):
                return m  # "I did it because last summer he had ordered ...": his act, even unresolved;
                # "they had killed people": no one named, so no one's act (not the speaker's)
            if m.pronoun == "first" and m.case == "subj" and _verb_group(doc, m.end, trig.start):
                return None  # "Farrell was reaching for her handbag and I shot her": the unknown speaker's
            if m.pronoun == "you" and m.case == "subj" and _verb_group(doc, m.end, trig.start):
                # "you only assumed that Sebijojo was at home when you saw him": the one addressed saw
                # him -- the one hailed at the sentence's start ("Mr. Erdemovic, ... you returned to
                # Vlasenica"), else no one known here, and not Sebijojo
                return _vocative(doc, mentions, sent_start)
            continue
        if _listed_after_prep(doc, m, mentions):
            continue  # "on the instructions of Zenkl and Ripka, ..., and through them had served": not Ripka
        if _object_before_and(doc, m, trig, sent_start):
            continue  # "Zhelvakov came up behind Strelnikov and shot him": the first verb's subject shot
        if _helped(doc, m.start):
            continue  # "they had helped van der Lubbe to set fire to it": the helpers did it
        if _apposed_to_with(doc, m, max(lo, sent_start)):
            continue  # "slipped out with a royalist priest, the abbé Lafon, went to ...": a companion
        if _in_with_aside(doc, m, trig, max(lo, sent_start)):
            continue  # "that you, together with John Horne Tooke, John Thelwall and others, did ...": a companion
        if attributive(doc, m) or in_parenthesis(doc, m.start, trig.start) is not None:
            continue  # "the Shakhty engineers"; "Rajk, who had met Rankovic, was accused"
        if w_start > sent_start and m.start >= w_start and m.pronoun is None and lo <= w_start and not (
                m.start > 0 and doc[m.start - 1].lower_ in _NEW_SUBJECT and not _names_a_noun(doc, m)) \
                and not _opens_clause(doc, m, trig, w_start) and not _own_term(doc, m, trig):
            continue  # the object of the previous act ("met Sedov ... and passed"), not a new subject
        if _noun_subject_between(doc, m.end, trig) and not _and_others(doc, m.end):
            return None  # "the jury acquitted Kovacs, and the court ordered ...": the court's act, no one's
        return m
    if w_start > sent_start and lo >= w_start:
        # A coordinated act keeps the subject of the one before it ... unless that act stands in a
        # relative clause or apposition closed before this one ("Popov, whom Canaris had recruited,
        # fled to London": Popov fled), whose head is the subject.
        opener = in_parenthesis(doc, w_start - 1, trig.start)
        head = next((m for m in mentions if opener is not None and m.end == opener and m.person is not None
                     and not m.possessive), None)
        if head is not None:
            return head
        if _noun_subject_between(doc, sent_start, trig):
            return None  # "I met the officer who shot Nemeth", "told us that the man who led the massacre
            # had fled": the noun's act, not that of the one before
        if w_start < len(doc) and doc[w_start].text == "," and doc[sent_start].lower_ in ("on", "upon", "under"):
            return None  # "On U Saw's orders, four gunmen in army fatigues burst into ...": the order's
            # giver, fronted, is not the subject of what was done on it
        # ... and when the act before stands in a "where" or "when" clause set off by commas, the act
        # after ", and" is joined to the clause that clause hangs on ("Degayev lured Sudeikin to a flat,
        # where two of his comrades beat him to death, and then fled abroad": Degayev fled)
        at = _aside_clause_start(doc, w_start, trig.start)
        if at is not None and at > sent_start:
            return _clause_subject(doc, mentions, sent_start, at)
        return find_subject(doc, Match("A", "", w_start, w_start), mentions, sent_start, sent_start, sent_start)
    return None


# Words before a name that make it no object of a verb ("and Strelnikov", "that Strelnikov").
_NOT_VERB_BEFORE = frozenset({"and", "or", "but", "then", "that", "when", "while", "whom", "who", "where", "after",
                              "before", "because", "since", "until", "as", "if", "so", "named", "called"})


def _object_before_and(doc: Doc, m: Mention, trig: Match, sent_start: int) -> bool:
    """Name ``m`` is the object of a verb or preposition whose clause goes on with "and" and the
    trigger, no subject of its own between ("came up behind Strelnikov and shot him", "approached
    Kirov and fired"): the trigger's subject is the one before that verb."""
    if m.pronoun is not None or m.start - 1 <= sent_start or m.end >= trig.start:
        return False
    after = m.end
    if doc[after].text == ",":
        # "came up behind General Strelnikov, the military prosecutor who ..., and shot him"
        close = parenthesis(doc, after, trig.start)
        after = close + 1 if close is not None else after
    else:
        # "lured Sudeikin to a flat in St Petersburg, where two of his comrades beat him to death, and
        # then fled abroad": the object's phrases, and a "where" clause set off by commas, before "and"
        after = _object_phrases_end(doc, after, trig.start)
    if after >= trig.start or doc[after].lower_ != "and" \
            or not all(doc[k].lower_ in _SUBJECT_VERB_GAP for k in range(after + 1, trig.start)):
        return False
    before = doc[m.start - 1]
    return before.is_alpha and before.is_lower and before.lower_ not in _NOT_VERB_BEFORE \
        and before.lower_ not in PASSIVE_AUX


_SUBORDINATORS = frozenset({"when", "after", "as", "while", "if", "because", "since", "before", "until", "once",
                            "though", "although", "whereas"})


def _clause_subject(doc: Doc, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The subject of the main clause between ``start`` and ``end``: its first person named outside
    a preposition's phrase, with a verb in the past at most three words after it, none of it after
    a word that opens a subordinate clause ("Ten months later Degayev lured Sudeikin ...": Degayev)."""
    view = token_view(doc)
    lower = view.lower
    clause = max((k + 1 for k in range(start, end) if lower[k] in (";", ":")), default=start)
    for m in mentions:
        if m.start < clause or m.start >= end or m.possessive or m.person is None or m.pronoun not in (None, "third"):
            continue
        if any(lower[k] in _SUBORDINATORS for k in range(clause, m.start)):
            return None
        if m.start > clause and lower[m.start - 1] in OBJECT_PREPS:
            continue
        if any(view.is_lower[k] and forms(lower[k]) is not None for k in range(m.end, min(end, m.end + 3))):
            return m
        return None
    return None


def _aside_clause_start(doc: Doc, inside: int, trig: int) -> int | None:
    """The comma opening a ", where ..." or ", when ..." clause that holds token ``inside`` and closes
    with the comma of the ", and" right before ``trig`` (adverbs between): that comma's index."""
    lower = token_view(doc).lower
    k = trig - 1
    while k > inside and lower[k] in _SUBJECT_VERB_GAP:
        k -= 1
    if k - 1 <= inside or lower[k] != "and" or lower[k - 1] != ",":
        return None
    for j in range(inside - 1, max(-1, inside - 30), -1):
        if lower[j] in (";", ".", ":"):
            return None
        if lower[j] == "," and j + 1 < len(lower) and lower[j + 1] in ("where", "when"):
            return j if "," not in lower[j + 1:k - 1] else None
    return None


def _object_phrases_end(doc: Doc, k: int, limit: int) -> int:
    """Where the phrases after an object (from token ``k``) end: prepositional phrases of place and
    time ("to a flat in St Petersburg"), then a "where" or "when" clause set off by commas; the index
    of the word after them (``k`` when none). A verb, a relative pronoun or another person ends them."""
    view = token_view(doc)
    lower, text = view.lower, view.text
    j = k
    if j < limit and lower[j] not in OBJECT_PREPS:
        return k
    while j < limit and j - k <= 12 and lower[j] not in ("and", ",", "who", "whom", "which", "that", ";", ".") \
            and (not view.is_lower[j] or forms(lower[j]) is None):
        j += 1
    if j + 1 < limit and text[j] == "," and lower[j + 1] in ("where", "when"):
        close = next((c for c in range(j + 2, limit) if text[c] in (",", ";", ".")), None)
        if close is None or text[close] != ",":
            return k
        j = close + 1
    return j if j < limit and lower[j] == "and" else k


# Words that open another clause or act between a passive and a far "by" (its agent is then another's).
_NOT_IN_AGENT_GAP = frozenset({"and", "but", "or", "who", "whom", "which", "that", "when", "where", "while", "after",
                               "before", "because", "since", "until", "then", "was", "were", "had", "is", "are"})


def passive_agent(doc: Doc, trig: Match, mentions: list[Mention], w_end: int, sent_start: int,
                  nominal: bool) -> Mention | None:
    """The person after "by" who does a passive act ("had been issued by Pelemis", "was killed
    by Nikolaev": a form of "be" at most two words before the trigger, or a trigger ending in
    "by") or a nominal one with no subject before it ("the organisation of terrorist acts by
    Bukharin": "by" at most four words after the trigger, no punctuation between)."""
    if doc[trig.end - 1].lower_ == "by":
        by = trig.end - 1
    elif (denied := denied_agent_by(doc, trig, w_end, sent_start)) is not None:
        by = denied  # "had been shot dead on the stairs ..., not by Galman but by one of the soldiers"
    else:
        aux = any(t.lower_ in PASSIVE_AUX for t in doc[max(sent_start, trig.start - 2):trig.start])
        # ("was executed that night by ...": a time between a passive and its agent)
        # ("was stabbed again and again in the NK department store in central Stockholm by ...": a
        # passive's agent after its places and times, in its own clause)
        by = next((k for k in range(trig.end, min(w_end, trig.end + (14 if aux else 5 if nominal else 1)))
                   if doc[k].lower_ == "by"), -1)
        if by < 0 or any(t.is_punct for t in doc[trig.end:by]) or (by - trig.end > 4 and any(
                doc[k].lower_ in _NOT_IN_AGENT_GAP
                and not (doc[k].lower_ == "and" and doc[k - 1].lower_ == doc[k + 1].lower_)  # "again and again"
                for k in range(trig.end, by))):
            return None
        # ("Vera Figner was arrested in Kharkov, betrayed by Sergei Degayev": a participle after a
        # comma with "by" right after it is a passive without its "be")
        reduced = by == trig.end and trig.start > sent_start and doc[trig.start - 1].text == ","
        if not (aux or nominal or reduced):
            return None
    for m in mentions:
        if by < m.start <= by + 2 and m.start < w_end and m.person is not None and m.pronoun != "you" \
                and not m.possessive:
            return m
    # "executed by a firing squad under the command of Julien Gat", "burned by soldiers led by
    # Medina": the one who commands the body that did it
    view = token_view(doc)
    lower = view.lower
    for k in range(by + 1, min(w_end, by + 9)):
        if view.text[k] == "," and k > by + 1 and all(view.is_lower[j] for j in range(by + 1, k)):
            # "shot dead ... by one of his own bodyguards, Malik Mumtaz Qadri": the name in apposition
            return next((m for m in mentions if m.start == k + 1 and m.start < w_end and m.person is not None
                         and not m.possessive and m.pronoun is None), None)
        if view.text[k] in (",", ";", ":", ".") or not view.alpha[k]:
            break
        head = k + 3 if lower[k:k + 3] == ["under", "the", "command"] and k + 3 < len(lower) \
            and lower[k + 3] == "of" else k + 1 if lower[k] in ("commanded", "led", "headed") \
            and k + 1 < len(lower) and lower[k + 1] == "by" else None
        if head is not None:
            return next((m for m in mentions if head < m.start <= head + 8 and m.start < w_end
                         and m.person is not None and not m.possessive and m.pronoun is None), None)
    return None


def _by_no_person(doc: Doc, trig: Match, mentions: list[Mention]) -> bool:
    """The trigger names its doer after "by" -- its own last word ("signed by") or, for a verb in the
    past, right after it before "the" and a capitalised word ("as ordered by the Trial Chamber"; not
    "a plot by the Military Union", which someone else may have led) -- and no person mention starts
    within two tokens after that "by"."""
    n = len(doc)
    if doc[trig.end - 1].lower_ == "by":
        k = trig.end
    elif trig.end + 2 < n and doc[trig.end].lower_ == "by" and doc[trig.end + 1].lower_ == "the" \
            and doc[trig.end + 2].text[:1].isupper() and forms(doc[trig.end - 1].lower_) is not None:
        k = trig.end + 1
    else:
        return False
    return not any(k <= m.start <= k + 2 for m in mentions)


def denied_agent_by(doc: Doc, trig: Match, w_end: int, sent_start: int) -> int | None:
    """The "by" of a passive act's agent denied before the true one: "Aquino had been shot dead on the
    stairs of the plane ..., not by Rolando Galman but by one of the soldiers" (", not by X but by"
    after the trigger, a form of "be" right before it)."""
    if not any(t.lower_ in PASSIVE_AUX for t in doc[max(sent_start, trig.start - 2):trig.start]):
        return None
    for k in range(trig.end, min(w_end, len(doc)) - 2):
        if doc[k].text in (";", ":"):
            return None
        if doc[k].text == "," and doc[k + 1].lower_ == "not" and doc[k + 2].lower_ == "by":
            if any(doc[j].lower_ == "but" and j + 1 < len(doc) and doc[j + 1].lower_ == "by"
                   for j in range(k + 3, min(len(doc) - 1, k + 12))):
                return k + 2
            return None
    return None


def find_counterparts(doc: Doc, trig: Match, mentions: list[Mention], subject_m: Mention | None, w_end: int,
                      persons: PersonResolver) -> tuple[str, ...]:
    """Persons right after the trigger (at most three tokens) or linked to it by "with", "from",
    "by", "and", "," or "to", other than the subject."""
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
        pid = person_id(m.person, persons)
        subj = person_id(subject_m.person, persons) if subject_m is not None else None
        if pid is not None and pid != subj and pid not in out:
            out.append(pid)
            prev_end = m.end
    return tuple(out)


_FRONT_OWNERS = POSS_PRONOUNS | {"its"}  # the owner of a fronted noun act: "After his trip to Lyon"


def coordinated(doc: Doc, subject_m: Mention, mentions: list[Mention], act_at: int | None = None) -> list[Mention]:
    """Subjects joined to ``subject_m`` before it: "Zinoviev and Kamenev met ...",
    "Frejka, Fischl and Margolius wrecked ...", "Trotsky, Sedov, and Pyatakov met ..." (names or
    "I", each right before "and", "," or ", and"). A name set off by an aside of its own joins the
    list too ("Buddharakkhita, the chief monk of the temple, and Jayawardena were found guilty"),
    but not for an act, at ``act_at``, inside ``subject_m``'s own relative clause ("Spratt, who
    had landed in Bombay, and Bradley, who reached India in 1927": Bradley's journey only)."""
    out: list[Mention] = []
    current = subject_m
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    k = subject_m.end + (subject_m.end < len(doc) and doc[subject_m.end].text == ",")
    if k + 2 < len(doc) and doc[k].lower_ in ("together", "along") and doc[k + 1].lower_ == "with":
        # "Kuznetsov and Voznesensky, together with Popkov, were charged ...": Popkov too.
        joined = by_start.get(k + 2)
        if joined is not None and joined.person is not None and not joined.possessive and joined.pronoun is None:
            out.append(joined)
    out.extend(_kin_after(doc, subject_m, by_start))
    while current.text.lower() != "who":  # (a question's "who", answered, joins no name before it)
        k = current.start - 1
        before_label = label_before(doc, k)
        if before_label is not None:
            k = before_label  # "Boyce and his friend Lee sold ...": the name's label between "and" and it
            if doc[k].lower_ not in ("and", ","):
                break
        if k < 1 or doc[k].lower_ not in ("and", ",", "nor"):  # "Neither Kovacs nor Petrov went"
            break
        oxford = doc[k].lower_ == "and" and doc[k - 1].text == ","
        if oxford:
            k -= 1  # the Oxford comma: "Trotsky, Sedov, and Pyatakov met"
        # (an aside also before a comma and a label: "Nairi Hunanyan, a former journalist, his uncle Vram
        # Galstyan and three other gunmen burst into ...")
        # ("convicted Katrin Ivanova, a laboratory assistant from Harrow, Vanya Gaberova and Tihomir
        # Ivanchev": an aside that ends in a capitalised word)
        opener = _aside_before(doc, k) if oxford or (doc[k].text == "," and k not in by_end and (
            before_label is not None or (doc[k - 1].text[:1].isupper() and current.pronoun is None
                                         and current.end < len(doc) and doc[current.end].lower_ == "and"))) \
            else None
        if opener is not None and act_at is not None and _in_own_relative(doc, subject_m, act_at):
            break
        prev = by_end.get(k if opener is None else opener)
        if oxford and opener is None and prev is not None and not (
                out or (prev.start > 0 and doc[prev.start - 1].text == ",")
                or ((lb := label_before(doc, prev.start - 1)) is not None and doc[lb].text == ",")):
            break  # ", and" after one name joins clauses: "I did not poison Shcherbakov, and I never ..."
            # (not after an aside: "Buddharakkhita, the chief monk of the temple, and Jayawardena")
        if prev is None or prev.possessive or prev.person is None or prev.pronoun not in (None, "first", "third") \
                or (prev.pronoun == "third" and (prev.case != "subj" or prev.person == current.person)):
            break  # "he and Petrov had placed a bomb": "he" (resolved, a subject) too
        if prev.start > 0 and doc[prev.start - 1].lower_ in OBJECT_PREPS \
                and not _clause_after(doc, doc[prev.start - 1].lower_, subject_m.end):
            break
        if not out and doc[k].text == "," and _listed_after_prep(doc, prev, mentions):
            break  # "On the instructions of Zenkl and Ripka, Novak had passed": the list is the preposition's
        if current.pronoun == "first" and prev.pronoun is None and _object_of_first(doc, mentions, prev):
            break  # "I never knew Oswald and I never met him": Oswald is the object of "knew", no co-subject
        out.append(prev)
        current = prev
    out.extend(m for m in _sentenced_with(doc, current, subject_m, mentions) if m not in out)
    return out


_SENTENCING = frozenset({"sentenced", "condemned"})
_ACCESSORY_AFTER = (("as", "an", "accessory"), ("as", "accessories"), ("as", "an", "accomplice"), ("as", "accomplices"))


def _term_start(doc: Doc, end: int, by_end: dict[int, Mention]) -> Mention | None:
    """The person sentenced in the "NAME to TERM" that ends at token ``end`` (exclusive): "Petrov to
    ten years", "Woo to three years' imprisonment", "Rangell to six" -- the name before "to"."""
    for t in range(end - 1, max(0, end - 12), -1):
        w = doc[t]
        if w.lower_ == "for":
            return None  # "Orlov to ten years for espionage, and Lind to life for murder": his own crime
        if w.lower_ == "to":
            m = by_end.get(t)
            return m if m is not None and t < end - 1 and m.person is not None and not m.possessive \
                and m.pronoun is None else None
        if not (w.is_alpha or w.like_num or w.text in ("'", "’", "-")):
            return None
    return None


def _term_end(doc: Doc, m: Mention) -> int | None:
    """Where the "to TERM" right after the name ``m`` ends (the token after it), or ``None``."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "to":
        return None
    k = m.end + 1
    while k < min(len(doc), m.end + 10) and (doc[k].is_alpha or doc[k].like_num or doc[k].text in ("'", "’", "-")):
        if doc[k].lower_ in ("for", "as", "and") and not (doc[k].lower_ == "and" and k + 1 < len(doc)
                                                          and doc[k + 1].lower_ == "a"):
            break  # the term ends before its crime, its role or the next name ("and a half" is the term's)
        k += 1
    return k if k > m.end + 1 else None


# Verdict words before those tried "with" the subject (an arrest, an accusation or a "found" are none).
_TRIED_WORDS = (VERDICT_PARTICIPLES - {"arrested", "accused", "found"}) | {"guilty"}


def tried_with(doc: Doc, subject_m: Mention, trig_start: int, mentions: list[Mention]) -> list[Mention]:
    """Those tried or sentenced "with" the subject for the act at ``trig_start``: "Aubron had been
    sentenced to life in 1989 with Menigon, Rouillan and Cipriani for the murders of ..." (a verdict
    word, then "with" and a list of names, all before the act, in one clause)."""
    lower = token_view(doc).lower
    if subject_m.end >= trig_start or any(w in (";", ".", ":") for w in lower[subject_m.end:trig_start]):
        return []
    verdict = next((k for k in range(subject_m.end, trig_start) if lower[k] in _TRIED_WORDS), None)
    if verdict is None:
        return []
    with_at = next((k for k in range(verdict + 1, trig_start) if lower[k] == "with"), None)
    if with_at is None:
        return []
    if lower[verdict] == "charged" and with_at == verdict + 1:
        return []  # "charged with the murder": the charge, not a co-defendant
    out: list[Mention] = []
    by_start = {m.start: m for m in mentions if m.person is not None and not m.possessive and m.pronoun is None}
    k = with_at + 1
    while k < trig_start:
        m = by_start.get(k)
        if m is None:
            break
        out.append(m)
        k = m.end
        if k < trig_start and lower[k] == ",":
            k += 1
        if k < trig_start and lower[k] == "and":
            k += 1
    return out


def _sentenced_with(doc: Doc, first: Mention, subject_m: Mention, mentions: list[Mention]) -> list[Mention]:
    """Those sentenced together with the subject for the same act, each with a term of their own:
    "sentenced Kovacs to death, Petrov to ten years and Horvat to five for the murder" (back from
    ``first``, the list's first name, to "sentenced"), and "sentenced Ahn to death for the murder of
    Prince Ito, and his companion Woo to three years' imprisonment as an accessory to it" (forward
    from the subject, an accomplice's term)."""
    by_end = {m.end: m for m in mentions}
    chain: list[Mention] = []
    cur = first
    while True:
        k = cur.start - 1
        if k >= 1 and doc[k].lower_ == "and":
            k -= 1
        if k >= 1 and doc[k].text == ",":
            k -= 1
        if k == cur.start - 1:
            break
        prev = _term_start(doc, k + 1, by_end)
        if prev is None:
            break
        chain.append(prev)
        cur = prev
    sentenced = cur.start > 0 and doc[cur.start - 1].lower_ in _SENTENCING
    if not sentenced:
        chain = []
    # forward: ", and [his companion] Woo to three years' imprisonment as an accessory", "and sentenced
    # Ralf Wohlleben to ten years as an accessory to nine of them"
    for m in mentions:
        if m.start <= subject_m.end or m.person is None or m.possessive or m.pronoun is not None:
            continue
        end = _term_end(doc, m)
        if end is None:
            continue
        before = [t.lower_ for t in doc[max(subject_m.end, m.start - 5):m.start]]
        words = tuple(t.lower_ for t in doc[end:end + 3])
        if "and" in before and (sentenced or (m.start > 0 and doc[m.start - 1].lower_ in _SENTENCING)) \
                and any(words[:len(a)] == a for a in _ACCESSORY_AFTER):
            chain.append(m)
    return chain


# Words that open a label before a name in a list: "and his successor, Roh Tae-woo", "and the
# fugitives Riina and Provenzano".
_LABEL_OPENERS = POSS_PRONOUNS | {"the"}
# Words that open an alias after a name: "Michele Greco, known as the Pope, and ...".
_ALIAS_OPENERS = frozenset({"known", "nicknamed", "alias", "called"})


def label_before(doc: Doc, k: int) -> int | None:
    """Token ``k`` ends the label of the name after it, one to five lower-case words after a
    possessive or "the", with or without a comma ("and his friend Lee", "and his successor, Roh
    Tae-woo", "and the fugitives Riina"): the index of the word before the label, else ``None``."""
    if k >= 1 and doc[k].text == ",":
        k -= 1
    j = k
    while j > k - 5 and j >= 1 and (doc[j].text in ("-", "‐") or doc[j].is_lower and doc[j].is_alpha and (
            doc[j - 1].text in ("-", "‐") or doc[j + 1].text in ("-", "‐")  # "his brother-in-law"
            or (doc[j].lower_ not in OBJECT_PREPS and doc[j].lower_ not in NOT_NOUN
                and doc[j].lower_ not in _LABEL_OPENERS))):
        j -= 1
    if j == k or j < 1 or doc[j].lower_ not in _LABEL_OPENERS or not doc[k].is_alpha:
        return None
    return j - 1


def _kin_after(doc: Doc, first: Mention, by_start: dict[int, Mention]) -> list[Mention]:
    """Names listed after ``first`` behind a label that is its own ("sentenced Saddam Hussein, his
    half-brother Barzan al-Tikriti and Awad al-Bandar, ... to hang"): "his" is the first person's,
    so "his half-brother X" is another person, not an apposition, and the list goes on to the names
    joined to X by "," or "and"."""
    k = first.end
    poss = by_start.get(k + 1)
    if k + 2 >= len(doc) or doc[k].text != "," or poss is None or not poss.possessive \
            or poss.pronoun is None or poss.person != first.person:
        return []
    j = k + 2
    while j < min(len(doc), k + 7) and (doc[j].is_lower and doc[j].is_alpha or doc[j].text in ("-", "‐")):
        j += 1
    out: list[Mention] = []
    nxt = by_start.get(j) if j > k + 2 else None
    while nxt is not None and nxt.person is not None and not nxt.possessive and nxt.pronoun is None:
        out.append(nxt)
        a = nxt.end
        if a + 1 < len(doc) and doc[a].text == "," and doc[a + 1].lower_ == "and":
            a += 1
        if a + 1 >= len(doc) or doc[a].lower_ not in ("and", ","):
            break
        nxt = by_start.get(a + 1)
    return out


def _in_own_relative(doc: Doc, m: Mention, at: int) -> bool:
    """Token ``at`` lies in the relative clause set off right after ``m`` (", who reached India")."""
    return m.end + 1 < at and doc[m.end].text == "," and doc[m.end + 1].lower_ in ("who", "whom", "whose", "which") \
        and not any(t.text in (",", ";", ".") for t in doc[m.end + 1:at])


def _aside_before(doc: Doc, close: int) -> int | None:
    """The comma at ``close`` closes an apposition, relative clause or alias of the name before it
    ("Michele Greco, known as the Pope, and the fugitives Riina ..."): the index of the comma that
    opens it (the name's end), else ``None``."""
    for c in range(close - 1, max(0, close - _REACH), -1):
        if doc[c].text in (";", ":", ".") or c in token_view(doc).starts:
            return None
        if doc[c].text == ",":
            if doc[c + 1].lower_ in POSS_PRONOUNS and doc[close - 1].text[:1].isupper():
                return None  # "Kovacs, his wife Ilona, and Szabo": a name of its own, no aside
            if c + 1 < close and (parenthesis(doc, c, close + 1) == close or (
                    doc[c + 1].lower_ in _ALIAS_OPENERS and doc[c - 1].text[:1].isupper())):
                return c
            return None
    return None


def _clause_after(doc: Doc, prep: str, end: int) -> bool:
    """"after Godse and Apte had flown into Delhi": "after", "before", "since" or "until" opens a
    clause whose subjects are the list, when a verb (a lower-case word that is no preposition or
    article) follows the list's last name (not "he left after Smith and Jones in the queue")."""
    if prep not in ("after", "before", "since", "until") or end >= len(doc):
        return False
    t = doc[end]
    return t.is_alpha and t.is_lower and t.lower_ not in OBJECT_PREPS and t.lower_ not in ("and", "or", "the", "a", "an")


# Words between "I" and a name that leave the name a subject: "I think Zinoviev and I met", "I said
# that Pyatakov and I ...", "I remember how Sedov and I ...".
_NAME_MAY_OPEN = frozenset({"think", "thought", "believe", "believed", "say", "said", "suppose", "guess", "know",
                            "remember", "recall", "recalled", "remembered", "that", "when", "then", "how", "where",
                            "after", "before", "while", "because", "since", "as", "if", "and", "but", "so",
                            "until", "once", "whether", "also", "both", "later", "soon"})


def _object_of_first(doc: Doc, mentions: list[Mention], name: Mention) -> bool:
    """``name`` stands after "I" (or "we") and one or two lower-case words, none of which opens a
    clause: the object of that person's verb ("I never knew Oswald and I ..."), not a subject."""
    first = [m for m in mentions if m.pronoun == "first" and m.case == "subj" and name.start - 4 <= m.end < name.start]
    if not first:
        return False
    between = [doc[k] for k in range(first[-1].end, name.start)]
    return bool(between) and all(t.is_alpha and t.is_lower and t.lower_ not in _NAME_MAY_OPEN for t in between)
