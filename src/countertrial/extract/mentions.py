"""Mentions inside one spaCy ``Doc``: persons (names and pronouns), places and vocabulary matches.

Kept apart from the claim logic (:mod:`.participants`, :mod:`.claims`) so each can be read alone.
Everything works on a blank English tokenizer: capitalisation, a phrase matcher and the roster
stand in for a statistical tagger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from ..resolve.places import PlaceResolver, ResolvedPlace
from ..resolve.persons import PersonResolver
from .inflect import forms
from .segment import TokenView, token_view
from .timex import MONTHS

__all__ = ["Mention", "PlaceMention", "GOING_PARTICLES", "find_person_mentions", "find_place_mentions", "FIRST", "THIRD", "TITLE_ANAPHORS",
           "LOCATIVE", "OBJECT_PREPS", "FACILITY_HEADS"]

FIRST = {"i": "subj", "me": "obj", "my": "poss", "myself": "obj", "we": "subj", "us": "obj", "our": "poss"}
THIRD = {"he": "subj", "him": "obj", "his": "poss", "himself": "obj", "she": "subj", "her": "poss"}
PLURAL = {"they": "subj"}  # resolved to a list of names said before ("Zinoviev and Kamenev ... they")
PRONOUN_WORDS = frozenset(FIRST) | frozenset(THIRD) | frozenset(PLURAL) | {"you", "thou", "thee"}
LOCATIVE = {"in", "at", "to", "from", "near", "into", "via", "through", "towards", "toward", "outside", "inside", "between",
            "around", "of", "for", "reached", "visited", "left", "entered", "attended",
            # round 27: spatial prepositions ("on the Bergisel above Innsbruck", "a raid off Dover")
            "above", "below", "beyond", "across", "beside", "off", "opposite", "beneath"}
OBJECT_PREPS = {"with", "from", "by", "to", "of", "against", "about", "for", "at", "in", "on", "under", "toward",
                "towards", "like", "than", "as", "through", "via", "between", "among", "after", "before"}
FACILITY_HEADS = {"hotel", "cafe", "café", "restaurant", "airfield", "airport", "aerodrome", "station", "embassy",
                  "legation", "consulate", "kremlin", "prison", "farm", "tower", "school", "dam", "hospital",
                  "church", "bridge", "square", "street", "hall", "house", "building", "barracks", "camp",
                  "warehouse", "factory", "plant", "mine", "office", "club", "stadium", "palace", "bureau",
                  "island", "park", "bois", "forest", "gardens", "institute", "fortress", "castle", "villa", "shipyard", "harbour",
                  "harbor", "ministry", "academy", "complex", "ghetto", "room", "offices", "flat",
                  # "at the entrance to the Ardeatine caves", "at Tsanava's dacha", "Fredericksen's bakery"
                  "cave", "caves", "dacha", "bakery",
                  # "That evening I saw Hitler at the Reich Chancellery", "At the Museum of Modern Art"
                  "chancellery", "museum",
                  # more kinds of building and ground (round 14): "at the Brasserie Lipp", "in the
                  # Fosse Ardeatine quarry", "at the Moabit courthouse", "at the Ritz Bar"
                  "brasserie", "bar", "pub", "inn", "tavern", "cathedral", "mosque", "synagogue", "temple",
                  "monastery", "convent", "abbey", "chapel", "university", "college", "seminary", "theatre",
                  "theater", "cinema", "opera", "market", "bank", "port", "docks", "quay", "pier", "wharf",
                  "garrison", "depot", "arsenal", "armory", "armoury",
                  "courthouse", "residence", "mansion", "estate", "ranch", "plantation",
                  "cottage", "lodge", "compound", "bunker", "quarry", "airbase", "terminal", "cemetery",
                  "stockade", "laager", "kraal", "mill", "brickworks", "works", "refinery", "arena",
                  # round 15, kinds of named place that new proceedings bring: "Dealey Plaza", "Forward
                  # Operating Base Sharana", "Morningside Homes", "Frank Costello's apartment", "Banna Strand"
                  "plaza", "base", "homes", "apartment", "apartments", "strand", "motel", "casino", "garage",
                  "shop", "store", "cabin", "hut", "lighthouse", "checkpoint", "crossing",
                  # round 23: "in Sheikhupura jail"
                  "jail", "gaol"}
# The last word of an unknown capitalised name that makes it a place or an institution, never a
# person ("we crossed the Kagera River", "Murambi Technical School"): heads that are rarely a
# surname (not "Hall", "House", "Lodge", "Church", "Temple", "Mill", "Tower", "Park", "Bank", "Hill" --
# Paddy Hill of the Birmingham Six --, "Bay").
NAMED_PLACE_HEADS = frozenset({"river", "lake", "lakes", "sea", "ocean", "gulf", "strait", "straits", "valley",
                               "mountain", "mountains", "plateau", "peninsula", "island", "islands",
                               "forest", "desert", "canal", "school", "university", "college", "academy", "institute",
                               "hospital", "clinic", "stadium", "airport", "airfield", "station", "prison",
                               "penitentiary", "hotel", "motel", "embassy", "consulate", "ministry", "cathedral",
                               "mosque", "synagogue", "parish", "seminary", "barracks", "camp", "prefecture",
                               "commune", "province", "district", "county", "street", "avenue", "boulevard",
                               "square", "bridge", "harbour", "harbor", "courthouse", "headquarters"})
# The last word of an unknown capitalised name that makes it a body, a service or a vessel, never a
# person ("the Extraordinary African Chambers sentenced", "Pestel's Southern Society", "Air India
# Flight 182"); not "Court" (Margaret Court) or "Post" (Emily Post).
NAMED_BODY_HEADS = frozenset({"chambers", "tribunal", "commission", "committee", "council", "society", "societies",
                              "party", "army", "navy", "brigade", "battalion", "regiment", "division", "corps",
                              "police", "government", "agency", "bureau", "directorate", "ministry", "office",
                              "company", "corporation", "airlines", "airways", "railway", "railways", "flight",
                              "association", "federation", "league", "union", "movement", "organisation",
                              "organization", "congress", "assembly", "parliament", "senate", "cabinet", "guard",
                              "guards", "front", "group", "fund", "foundation", "institute", "bank", "newspaper",
                              "gazette", "tribune", "herald", "telegraph", "times", "inquiry", "department",
                              # round 23: "Hitler's Commissar Order", "the Night and Fog Decree"
                              "order", "decree", "directive",
                              # round 24: "Special Branch officers", "the Supreme Court of Justice", "the
                              # secret Société des Saisons", "the Security Service"
                              "branch", "court", "société", "societe", "service",
                              # "the Canadian Expeditionary Force", "the Military Collegium" (and, no body but
                              # no one's name either, "won the Military Medal")
                              "force", "forces", "collegium", "medal", "prize",
                              # round 27: a law or a treaty ("the new Treason Act required two witnesses")
                              "act", "acts", "statute", "treaty", "pact", "accords", "constitution", "convention"})
# Heads that name a facility only after a modifier: "the ESA interrogation centre", "a command post"
# (not "the Trotskyite Centre", an organisation).
MODIFIED_HEADS = frozenset({"centre", "center", "post"})
# Words that may stand between a name and its facility head: "the Moscow power station".
FACILITY_MODIFIERS = {"power", "railway", "railroad", "police", "army", "military", "concentration", "labour", "labor",
                      "prison", "detention", "fuel", "chemical", "steel", "coal", "gas", "water", "electric",
                      "electricity", "party", "naval", "air", "radio", "interrogation", "command", "trading",
                      "reception", "health", "brigade", "battalion", "division", "corps"}


@dataclass
class Mention:
    """A person mention: a name (``person`` from the roster, or ``None`` until created) or a
    pronoun (``pronoun`` is ``first``/``third``/``plural``/``you``; ``person`` filled when resolved)."""

    start: int
    end: int
    text: str
    person: str | None
    pronoun: str | None = None
    case: str = "subj"  # subj, obj or poss (pronouns); names: poss when followed by 's
    known: bool = False  # resolved through the roster
    group: tuple[str, ...] = ()  # "they": the other persons of the list it stands for (``person`` is the first)
    surname_words: int = 1  # how many last words of an unknown name make its surname ("Arellano Stark": 2)
    titled: bool = False  # a name opened by a title ("the Accused Sylvestre Gacumbitsi", "General Petrov")
    count: int = 0  # "all five", "the three men": how many persons the plural stands for (0: unsaid)

    @property
    def possessive(self) -> bool:
        return self.case == "poss"


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: ResolvedPlace
    prep: str | None
    facility: bool = False


def _is_cap(t: str, alpha: bool) -> bool:
    """A capitalised word (``t``; ``alpha``: all letters) that may be part of a name."""
    if not t or not t[0].isupper() or t == "I":
        return False
    if alpha:
        return True
    # Initials ("L.", "D.") and names with apostrophes (O'Brien).
    return (len(t) == 2 and t[1] == ".") or all(c.isalpha() or c in "'’" for c in t)


_NAME_PARTICLES = ("de", "von", "van", "der", "ter", "le", "la")
# Titles of peers named by a place after "of" (the guide: "the Countess of Somerset" is `somerset`).
NOBLE_TITLES = frozenset({"duke", "duchess", "earl", "countess", "count", "marquis", "marquess", "marquise",
                           "marchioness", "baron", "baroness", "viscount", "viscountess", "archduke", "archduchess"})
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})  # joined by a hyphen: "al-Tikriti"
# Words after a hyphen that make a capitalised word an adjective, not a given name's second syllable.
_HYPHEN_SUFFIXES = frozenset({"born", "based", "led", "run", "era", "type", "like", "made", "held", "style", "owned",
                              "backed", "bound", "wide", "proof", "free", "old", "new", "day", "time", "war"})


_RUNS = "countertrial.capitalised_runs"


def capitalised_runs(doc: Doc, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (joined across ``-`` without spaces: Ter-Vaganyan) among the
    tokens ``start:end``. A run never crosses a sentence boundary (a sentence ends in punctuation
    or a blank line), so runs of one sentence can be found alone. Found once per doc and range
    (places and persons both read them), kept in the doc's ``user_data``."""
    cache = doc.user_data.get(_RUNS)
    if not isinstance(cache, dict):
        cache = doc.user_data[_RUNS] = {}
    runs = cache.get((start, end))
    if runs is None:
        runs = cache[start, end] = _capitalised_runs(doc, start, end)
    return list(runs)


def _capitalised_runs(doc: Doc, start: int, end: int | None) -> list[tuple[int, int]]:
    view = token_view(doc)
    text, alpha, lower, space = view.text, view.alpha, view.lower, view.space
    runs: list[tuple[int, int]] = []
    n = len(text)
    i, stop = start, n if end is None else end
    while i < stop:
        w = text[i]
        if not w or not w[0].isupper() or not _is_cap(w, alpha[i]):  # the first test rules out most words
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_cap(text[j], alpha[j]):
                j += 1
            elif (text[j] in ("-", "‐") and not space[j - 1] and j + 1 < n
                  and _is_cap(text[j + 1], alpha[j + 1])):
                j += 2
            elif (text[j] in ("-", "‐") and not space[j - 1] and not space[j] and j + 1 < n and j - i >= 2
                  and lower[j + 1].isalpha() and text[j + 1].islower() and len(text[j + 1]) <= 5
                  and lower[j + 1] not in _HYPHEN_SUFFIXES):
                # "Kim Dae-jung", "Chiang Kai-shek": a given name of two syllables, written after the
                # family name (not "German-born", "the Moscow-based")
                j += 2
            elif lower[j] in _NAME_PARTICLES and j + 1 < n and _is_cap(text[j + 1], alpha[j + 1]):
                j += 1
            elif (lower[j] == "of" and lower[j - 1] in NOBLE_TITLES and j + 1 < n
                  and _is_cap(text[j + 1], alpha[j + 1])):
                j += 1  # "the Countess of Somerset", "the Duke of Monmouth": a peer by the title's place
            elif (lower[j] in _ARTICLES and j + 2 < n and text[j + 1] in ("-", "‐") and not space[j]
                  and not space[j + 1] and _is_cap(text[j + 2], alpha[j + 2])):
                j += 3  # "Barzan Ibrahim al-Tikriti": the Arabic article inside a name (dropped from its id)
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _month_surname(view: TokenView, s: int, e: int, k: int) -> bool:
    """The month name that ends a name of two words or more, before a verb or a comma ("Nunn May
    admitted", "Alan Nunn May, a physicist"): a surname, not a date ("In May Petrov met" opens a
    run with the month)."""
    n = len(view.text)
    return k == e - 1 and k > s and view.lower[k] in MONTHS and not view.text[k - 1][:1].isdigit() \
        and e < n and (view.text[e] == "," or (view.alpha[e] and view.is_lower[e]))


def _sentence_initial(doc: Doc, i: int) -> bool:
    view = token_view(doc)
    if i == 0 or i in view.starts:
        return True
    prev = view.text[i - 1]
    if prev in ("Q.", "A.", "Q", "A") and view.text[i][:1].isupper() and (
            i == 1 or i - 1 in view.starts or view.text[i - 2][:1].isdigit()):
        return True  # "Q. Tell the Judges ...", "4 A. One of the drivers ...": a transcript's question or answer mark
    return prev in ('"', "'", "“", "‘", "(", "[", "—", "-", ":") and (i == 1 or i - 1 in view.starts)


def _joined(doc: Doc, e: int) -> bool:
    """"Popov and Tanev denied ...": a sentence-initial word joined by "and" to a name is one too."""
    view = token_view(doc)
    if e + 1 >= len(doc) or view.lower[e] != "and":
        return False
    text = view.text
    # ... or to a name after a label: "Boyce and his friend Lee sold ..."
    fellow = view.lower[e + 2] if e + 2 < len(doc) else ""
    if e + 4 < len(doc) and view.lower[e + 3] in ("-", "‐"):
        fellow = f"{fellow}-{view.lower[e + 4]}"  # "co-defendants"
    if e + 3 < len(doc) and view.lower[e + 1] in _COUNTED and fellow.rstrip("s") in _FELLOWS:
        return True  # "Beria and six co-defendants were convicted", "Kamali and his accomplices fled"
    return text[e + 1].istitle() or (e + 3 < len(doc) and view.lower[e + 1] in ("his", "her", "their")
                                     and text[e + 2].islower() and text[e + 3].istitle())


# ... or to others counted with him: "Beria and six co-defendants", "Sacco and two others".
_COUNTED = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                      "his", "her", "their", "several", "other", "the"})
_FELLOWS = frozenset({"co-defendant", "codefendant", "co-accused", "other", "accomplice", "companion",
                      "associate", "comrade", "confederate", "co-conspirator", "follower", "men", "friend"})


def _listed(doc: Doc, e: int) -> bool:
    """"Mandela, Sisulu, Mbeki and five others ...": a sentence-initial word that opens a list of
    three or more names (a comma, a name, a comma, a name)."""
    text = token_view(doc).text
    return e + 3 < len(doc) and text[e] == "," and text[e + 1].istitle() and text[e + 2] in (",", "and") \
        and text[e + 3].istitle()


def _apposed(doc: Doc, e: int, cue_next: set[int]) -> bool:
    """"Gordievsky, the KGB's resident in London, was recalled ...": a sentence-initial word whose
    apposition (commas, at most fifteen words) a trigger or reporting verb follows is a name."""
    text = token_view(doc).text
    if e + 1 >= len(doc) or text[e] != "," or not text[e + 1].islower():  # not "Nine, I believe, is ..."
        return False
    close = next((k for k in range(e + 1, min(len(doc), e + 16)) if text[k] in (",", ".", ";", ":")), None)
    if close is not None and text[close] == "," and text[e + 1].lower() in VERDICT_PARTICIPLES:
        return True  # "Vanunu, convicted of treason in 1988, spent ...": a verdict said of a name
    return close is not None and text[close] == "," and close + 1 in cue_next


# Participles of a verdict or of what follows it, said of a person before the crime: in an apposition
# after a name ("Vanunu, convicted of treason in 1988, ...") or opening a sentence ("Convicted of
# treason ..., Vanunu spent", participants._fronted_participle).
VERDICT_PARTICIPLES = frozenset({"convicted", "sentenced", "accused", "charged", "indicted", "tried", "found",
                                 "acquitted", "condemned", "jailed", "imprisoned", "hanged", "executed", "arrested"})


_POSSESSIVE = ("'s", "’s", "'")


# Auxiliaries and negation between a subject and its verb ("Kamali did not kill anyone").
_AUX_BEFORE_VERB = frozenset({"did", "does", "do", "had", "has", "have", "would", "could", "will", "not", "n't",
                              "never", "also", "then", "later", "personally", "himself", "herself"})


def _aux_then_cue(lower: list[str], e: int, cue_next: set[int]) -> bool:
    """One to three auxiliaries or negations after token ``e``, then an act trigger or a reporting
    verb: "Kamali did not kill anyone", "Novak had never met him" (a sentence-initial unknown word
    before them is a name, as it is right before the verb: "Kamali killed ...")."""
    k = e
    while k < len(lower) and k - e < 3 and lower[k] in _AUX_BEFORE_VERB:
        k += 1
    return k > e and k in cue_next


def find_person_mentions(doc: Doc, persons: PersonResolver, skip: set[int],
                         cue_next: set[int], start: int = 0, end: int | None = None) -> list[Mention]:
    """Names and pronouns in ``doc`` (or its tokens ``start:end``, whole sentences), in order.
    ``skip`` holds token indices already claimed by places and powers; ``cue_next`` the indices
    where a reporting verb or act trigger starts (a sentence-initial unknown word followed by one
    is taken as a name: "Sedov gave me ...", and so is one joined by "and" to another name)."""
    view = token_view(doc)
    words, lower, alpha, is_lower_ = view.text, view.lower, view.alpha, view.is_lower
    out: list[Mention] = []
    runs = capitalised_runs(doc, start, end)
    run_at = {s: e for s, e in runs}
    n = len(words)
    i, stop = start, n if end is None else end
    while i < stop:
        low = lower[i]
        if low not in _MENTION_WORDS and i not in run_at:
            i += 1  # most words: neither a pronoun nor the start of a capitalised run
            continue
        word = words[i]
        if i in run_at and word != "I" and word != "US" and (low in PRONOUN_WORDS or (
                low in ("all", "the") and i + 1 < n and lower[i + 1] in _COUNTS and run_at[i] == i + 1)):
            # A capitalised pronoun ("He met ...", "My espionage ...") is a pronoun, not a name.
            if run_at[i] > i + 1:
                run_at[i + 1] = run_at[i]
            del run_at[i]
        if low == "the" and i + 1 < n and lower[i + 1] in ACCUSED_WORDS and i + 1 not in skip \
                and run_at.get(i, i + 2) <= i + 2 and not (i + 2 < n and words[i + 2][:1].isupper() and alpha[i + 2]):
            # "the Accused met Major Nsabimana", "The Accused met ...": the proceeding's accused (see
            # resolve_pronouns); not "the Accused Sylvestre Gacumbitsi", whose name is the mention
            case = "obj" if i > 0 and lower[i - 1] in OBJECT_PREPS else "subj"
            out.append(Mention(i, i + 2, view.span_text(i, i + 2), None, pronoun="accused", case=case))
            i += 2
            continue
        if i in run_at and word != "I":
            s, e = i, run_at[i]
            if _names_no_one(words, lower, s, e):
                i = e
                continue
            # drop leading words that are not names ("The", "Poor") unless the whole run is known
            while s < e and persons.is_stopword(words[s]) and not persons.known(view.span_text(s, e)):
                if persons.is_stopword(view.span_text(s, e)):
                    break
                if s + 2 < e and lower[s] in NOBLE_TITLES and lower[s + 1] == "of":
                    break  # "Countess of Somerset": the peer's name is the whole run
                if s + 1 < e and persons.is_title(words[s]) and not persons.is_stopword(view.span_text(s + 1, e)):
                    break  # "of Witness TAO", "with Mr Smith": the title stays, so the preposition before it is read
                s += 1
            inner = [k for k in range(s, e) if k in skip]
            if inner and inner[-1] + 1 < e and (e in cue_next or persons.known(view.span_text(inner[-1] + 1, e))
                                                or (e < n and is_lower_[e] and lower[e].endswith("ed"))):
                # "In Berlin Pyatakov met Sedov", "In Paris Sedov gave me ...", "In Hamburg Kovtun
                # stayed ...": a fronted place with no comma, then a name that the roster knows or
                # that an act, a reporting verb or a past tense follows (not "Paris Commune veterans")
                s = inner[-1] + 1
            if e + 1 < n and words[e] in ("-", "‐") and not view.space[e - 1] and lower[e + 1] in _HYPHEN_SUFFIXES:
                s = e  # "a Paris-born translator", "the Moscow-based firm": a word of a compound, no name
            if s < e and not any(k in skip for k in range(s, e)):
                text = view.span_text(s, e)
                pid = persons.resolve(text)
                if pid is None and any(persons.is_stopword(words[k]) and not (k < e - 1 and persons.is_title(words[k]))
                                       and not (lower[k] == "of" and k > s and lower[k - 1] in NOBLE_TITLES)
                                       and not _month_surname(view, s, e, k)
                                       for k in range(s, e) if alpha[k]):
                    pid_ok = False
                else:
                    pid_ok = True
                titled = e - s > 1 and persons.is_title(words[s])
                if pid is not None:
                    out.append(Mention(s, e, text, pid, known=True, titled=titled,
                                       case="poss" if e < n and words[e] in _POSSESSIVE else "subj"))
                elif pid_ok and s > 0 and lower[s - 1] == "the" and (
                        e - s == 1 or (s > 1 and lower[s - 2] in OBJECT_PREPS) or (e < n and lower[e] in ("who", "which"))):
                    pass  # "set fire to the Reichstag", "the Cagoulard who", "the Inkotanyi were killing", "The
                    # Accused ... is charged": a single unknown word after "the" names a group, a body or a role
                elif pid_ok and all(persons.is_title(words[k]) for k in range(s, e)):
                    pass  # a title alone is no one's name ("signed by a Colonel", "Madam, ...")
                elif e - s == 1 and e < n and is_lower_[e] and lower[e] in _PEOPLE_NOUNS:
                    pass  # "seven other Ogoni men", "two Tutsi civilians": a people's name before its noun
                elif _place_unit_name(view, s, e, n) or _region_after_place(view, s, e, n, skip) \
                        or all(c in "IVX" for c in text) \
                        or (e - i > 1 and (lower[e - 1] in NAMED_PLACE_HEADS or lower[e - 1] in NAMED_BODY_HEADS)):
                    pass  # "Kibungo prefecture", "the commune of Mabanza": a place; "Chamber III": a number;
                    # "the Kagera River", "Murambi Technical School": a place by its head; "the
                    # Extraordinary African Chambers", "the Southern Society", "Air India Flight 182": a body
                elif pid_ok and (not _sentence_initial(doc, s) or e - s > 1 or e in cue_next
                                 or _aux_then_cue(lower, e, cue_next) or _joined(doc, e)
                                 or _apposed(doc, e, cue_next) or _listed(doc, e)):
                    if not all(len(words[k]) <= 2 for k in range(s, e)):  # bare initials are not names
                        out.append(Mention(s, e, text, None, titled=titled,
                                           case="poss" if e < n and words[e] in _POSSESSIVE else "subj"))
            i = run_at[i]
            continue
        if low in FIRST and (word != "US") and not _as_i_said(lower, i, n):
            out.append(Mention(i, i + 1, word, None, pronoun="first", case=FIRST[low]))
        elif low in THIRD:
            case = THIRD[low]
            if low == "her":
                case = "obj" if i + 1 >= n or not alpha[i + 1] or lower[i + 1] in OBJECT_PREPS else "poss"
            out.append(Mention(i, i + 1, word, None, pronoun="third", case=case))
        elif low in ("you", "thou"):  # (the old courts' "How sayest thou?")
            out.append(Mention(i, i + 1, word, None, pronoun="you"))
        elif low == "thee":
            out.append(Mention(i, i + 1, word, None, pronoun="you", case="obj"))
        elif low in PLURAL:
            out.append(Mention(i, i + 1, word, None, pronoun="plural", case=PLURAL[low]))
        elif low in ("all", "the") and i + 1 < n and lower[i + 1] in _COUNTS \
                and (k := _count_end(lower, i, n)) is not None:
            # "all five, who had pleaded not guilty", "the three defendants", "the two of them": the
            # last five (three, two) persons named (see resolve_pronouns)
            out.append(Mention(i, k + 1, view.span_text(i, k + 1), None, pronoun="plural",
                               case="obj" if i > 0 and (lower[i - 1] in OBJECT_PREPS or forms(lower[i - 1]) is not None)
                               else "subj", count=_COUNTS[lower[i + 1]]))  # ("sentenced all three")
            i = k
        elif low in _BOTH:
            # "both men": "they" for the two persons named before ("the two men" is a counted plural, above).
            if low == "both" and i + 1 < n and lower[i + 1] in ("men", "women"):
                out.append(Mention(i, i + 2, view.span_text(i, i + 2), None, pronoun="plural"))
                i += 1
            elif low == "both" and lower[i + 1:i + 3] == ["of", "them"]:
                # "and that both of them took their orders from Moscow": the two, as the subject
                out.append(Mention(i, i + 3, view.span_text(i, i + 3), None, pronoun="plural"))
                i += 2
            elif low == "the" and i + 1 < n and lower[i + 1] in TITLE_ANAPHORS and words[i + 1][:1].isupper() \
                    and (i + 2 >= n or lower[i + 2] != "of"):
                # "he went with the Chancellor": the person the title points back to (see resolve_pronouns).
                case = "obj" if i > 0 and lower[i - 1] in OBJECT_PREPS else "subj"
                out.append(Mention(i, i + 2, view.span_text(i, i + 2), None, pronoun="title", case=case))
                i += 1
        i += 1
    return out


_BOTH = frozenset({"both", "the"})
# Counts of persons a plural stands for ("all five", "the three men") and the nouns after them.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}
_GROUP_OF_PERSONS = frozenset({"men", "women", "defendants", "accused", "conspirators", "brothers"})


def _count_end(lower: list[str], i: int, n: int) -> int | None:
    """The last word of a counted plural opened by "all" or "the" at ``i`` ("all five", "all three
    men", "the two of them", "the four defendants"), or None ("the three bombs")."""
    if i + 3 < n and lower[i + 2] == "of" and lower[i + 3] in ("them", "us"):
        return i + 3
    if i + 2 < n and lower[i + 2] in _GROUP_OF_PERSONS:
        return i + 2
    return i + 1 if lower[i] == "all" else None


# "the Accused", "the defendant": the proceeding's accused, when the document says who that is.
ACCUSED_WORDS = frozenset({"accused", "defendant", "appellant"})
# Titles of one office holder that point back to a person named before in the sentence ("Guillaume
# became Brandt's aide, and he went with the Chancellor ..."). Not "the President", in a courtroom
# usually the presiding judge.
TITLE_ANAPHORS = frozenset({"chancellor", "premier", "führer", "fuhrer", "tsar", "czar", "kaiser", "shah", "emperor",
                            "pope", "generalissimo", "duce", "caudillo"})
_MENTION_WORDS = frozenset(FIRST) | frozenset(THIRD) | frozenset(PLURAL) | {"you", "thou", "thee"} | _BOTH | {"all"}


# Units of administration and land that a name before them, or after "the <unit> of" or "<unit>, ",
# makes a place ("Kibungo prefecture", "the Gisenyi sector", "in our commune, Mabanza, ...").
_PLACE_UNITS = frozenset({"valley", "valleys", "river", "rivers", "mountains", "forest", "lake", "peninsula", "coast",
                          "commune", "communes", "prefecture", "prefectures", "préfecture", "sector", "sectors",
                          "secteur", "secteurs", "district", "districts", "cell", "cellule", "hill", "hills",
                          "province", "provinces", "county", "canton", "oblast", "region", "parish",
                          "municipality", "sous-préfecture", "subprefecture", "sub-prefecture"})
# ... and a people or a clan after its name ("the Bagogwe people", "the Kamali family"; not "the
# family of Kamali", who is a person)
_GROUP_NOUNS = frozenset({"people", "peoples", "tribe", "clan", "family"})
# Plural nouns of persons that an unknown capitalised word before them qualifies ("Ogoni men").
_PEOPLE_NOUNS = frozenset({"men", "women", "soldiers", "officers", "agents", "villagers", "civilians", "prisoners",
                           "fighters", "rebels", "students", "workers", "militiamen", "chiefs", "policemen",
                           "peasants", "refugees", "guerrillas", "troops", "nationalists", "communists",
                           "priests", "monks", "nuns", "elders", "youths", "boys", "girls", "children",
                           # "three African assessors", "the Dutch jurors", "Kenyan settlers"
                           "assessors", "judges", "jurors", "members", "officials", "delegates", "leaders",
                           "ministers", "diplomats", "settlers", "farmers", "traders", "merchants", "colonists",
                           "citizens", "nationals", "sailors", "pilots", "volunteers", "exiles", "emigres",
                           "émigrés", "detainees", "witnesses", "victims"})


def _place_unit_name(view: TokenView, s: int, e: int, n: int) -> bool:
    """The unknown name at ``s:e`` names a place (or a people) by the unit around it: a lower-case
    unit right after it ("Kibungo prefecture", "the Rugarama and Kayonza sectors") or right before it after
    "of" or, one word between commas, after one ("the commune of Mabanza", "in our commune, Mabanza,
    many were killed")."""
    lower, is_lower = view.lower, view.is_lower
    j = e
    if j < n and lower[j] == "(" and ")" in lower[j + 1:j + 4]:
        j = lower.index(")", j + 1) + 1  # "Revela (phonetic) secteur", "Gakobogo (sic) commune"
    if j < n and is_lower[j] and (lower[j] in _PLACE_UNITS or lower[j] in _GROUP_NOUNS):
        return True
    if not (s >= 2 and is_lower[s - 2] and lower[s - 2] in _PLACE_UNITS):
        return False
    # (an apposition is one word between commas: not "after the massacre at Kibeho parish, Jean
    # Kamali went ...", whose name opens the next clause)
    return lower[s - 1] == "of" or (lower[s - 1] == "," and e - s == 1 and e < n and lower[e] == ",")


_AFTER_REGION = frozenset({"in", "on", "at", "where", "when", "before", "after", "during"})
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "of", "to", "outside"})


def _region_after_place(view: TokenView, s: int, e: int, n: int, skip: set[int]) -> bool:
    """The unknown name at ``s:e`` follows a place set after a preposition and a comma, and a full
    stop, or a comma and a preposition, follows it: the place's region ("born in Kamloops, British
    Columbia, in 1916"). Not after a fronted place ("In Lyon, Petrov, a clerk, said ..."), whose
    comma ends the phrase; not a name in apposition ("in Maryland, Arthur Bremer, a busboy") nor
    one listed ("from Harrow, Vanya Gaberova and ...", "in Lyon, Orlov in Paris")."""
    c = s - 1
    while c > 0 and c in skip and view.text[c][:1].isupper():
        c -= 1  # (a demonym the run opens with is read as a power: "British Columbia")
    if c < 2 or view.lower[c] != "," or c - 1 not in skip or not (
            e >= n or view.lower[e] in (".", ";") or (
                e + 1 < n and view.lower[e] == "," and view.lower[e + 1] in _AFTER_REGION)):
        return False
    k = c - 1
    while k > 0 and k in skip:
        k -= 1
    return view.lower[k] in _PLACE_PREPS and k not in view.starts and k - 1 not in view.starts


_AS_SAID = frozenset({"said", "say", "told", "tell", "mentioned", "explained", "stated", "indicated", "testified",
                      "described", "noted", "recall", "recalled", "remember", "remembered", "understand",
                      "understood"})
_AS_SAID_AUX = frozenset({"have", "had", "'ve", "’ve", "already", "just", "earlier", "previously", "also", "did"})


def _as_i_said(lower: list[str], i: int, n: int) -> bool:
    """The first-person pronoun at ``i`` is in an aside that only refers to what the speaker said or
    remembers ("On the 13th, as I said, the militia killed ...", "as we have already explained"):
    no one who does the sentence's act."""
    if i == 0 or lower[i - 1] != "as":
        return False
    j = i + 1
    while j < n and j - i <= 3 and lower[j] in _AS_SAID_AUX:
        j += 1
    return j < n and lower[j] in _AS_SAID


def _prep_before(doc: Doc, s: int) -> tuple[str | None, int]:
    """The preposition before a place mention, skipping "the" and lower-case modifiers (2 tokens)."""
    view = token_view(doc)
    k = s - 1
    hops = 0
    while k >= 0 and hops < 3:
        low = view.lower[k]
        if low in LOCATIVE:
            return low, k
        if low == "as" and k >= 2 and view.lower[k - 1] == "far" and view.lower[k - 2] == "as":
            return "to", k - 2  # "got as far as Varennes": where the journey went
        if low in ("the", "a", "an") or (view.alpha[k] and view.is_lower[k] and hops < 2):
            k -= 1
            hops += 1
            continue
        if k == s - 1 and len(low) <= 2 and low.isdigit() and 0 < int(low) <= 25 and k > 0 \
                and view.lower[k - 1] in LOCATIVE:
            k -= 1  # "in 4 Branjevo": a transcript's line number between the preposition and the place
            continue
        break
    return None, -1


_TITLES_OF = frozenset({"duke", "duchess", "earl", "prince", "princess", "king", "queen", "archbishop", "bishop",
                        "lord", "lady", "mayor", "governor", "marquess", "marquis", "count", "countess", "baron",
                        "emperor", "empress", "tsar", "shah", "sultan", "emir", "viceroy", "cardinal", "metropolitan",
                        "patriarch", "primate", "grand duke", "elector"})


# Nouns of acts done to a person: "the assassination of Kirov" names a victim, not the city of Kirov.
_DONE_TO = frozenset({"assassination", "murder", "killing", "execution", "death", "poisoning", "removal", "arrest",
                      "kidnapping", "abduction", "liquidation"})
GEO_MODIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "greater", "upper", "lower", "lake", "mount", "old", "new"})


_OPENING_PREPS = frozenset({"in", "at", "near", "from", "to"})
# Words that open the name of a place, of any language, whatever follows them ("Fort Sumter", "Lake
# Tahoe", "Piazza di Spagna", "Place de la Concorde"): such a name is a place (never a person's)
# after a preposition of place or of going, though the gazetteer lacks it.
PLACE_OPENERS = frozenset({"fort", "lake", "cape", "mount", "mt", "camp", "port", "piazza", "plaza", "place", "via",
                           "viale", "corso", "largo", "rue", "calle", "avenida", "paseo", "rua", "ulitsa", "strada",
                           "isla", "isle", "loch", "glen", "wadi", "jebel", "djebel", "kibbutz", "kampong"})
_VESSELS = frozenset({"steamer", "steamship", "ship", "liner", "freighter", "vessel", "tanker", "trawler", "yacht",
                      "schooner", "frigate", "destroyer", "cruiser", "battleship", "corvette", "submarine", "u-boat",
                      "ferry", "dhow", "barque", "brig", "sloop", "gunboat", "warship", "airship", "airliner"})
_COMPASS = frozenset({"north", "south", "east", "west", "centre", "center", "northwest", "northeast", "southwest",
                      "southeast"})
# Nouns whose "of" names an owner, not a place: "classified information of the United States", "the
# interests of France", "the citizens of Cuba".
_OWNED_OF = frozenset({"information", "secrets", "documents", "data", "interests", "security", "property",
                        "citizens", "citizen", "nationals", "sovereignty", "enemies", "enemy",
                        "people", "peoples"})
# Of those, the words that never open a person's name ("Glen", "Isla" and "Place" may).
_BODY_OF = frozenset({"for", "of", "des", "de", "du", "della", "der"})
_NO_PERSON_OPENERS = (PLACE_OPENERS - {"glen", "isla", "isle", "place", "largo", "corso"}) | {
    # round 24: a place named for a saint ("an alpine hut above St Martin in Passeier")
    "st", "saint", "sankt", "san", "santa", "são", "sao", "ste", "sainte",
    # round 24: a car by its make ("a blue Ford Cortina"): no person
    "ford", "renault", "fiat", "volkswagen", "peugeot", "citroen", "citroën", "opel", "toyota", "chevrolet",
    "cadillac", "buick", "mercedes", "skoda", "volvo", "datsun", "nissan", "packard", "oldsmobile", "pontiac",
    # round 25: a state ("whom the United States deported", "the United Kingdom", "the United Nations"),
    # a feast ("on Christmas Day")
    "united", "christmas", "easter", "whit"}
# Lower-case words inside such a name ("Via della Conciliazione", "Place de la Concorde").
_PLACE_PARTICLES = frozenset({"de", "di", "da", "del", "della", "delle", "dei", "degli", "la", "le", "les", "du", "des",
                              "do", "dos", "das", "al", "el", "y", "of", "the"})
# Prepositions (and verbs) after which a name so shaped is a place.
_SHAPED_PREPS = frozenset({"in", "at", "near", "to", "into", "from", "towards", "toward", "outside", "inside", "via",
                           "through", "around", "reached", "visited", "left", "entered"})
# The Arabic article, written lower-case before a town's name ("to al-Mazzeh", "in el-Arish").
_LOWER_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath"})
# An unknown name right after one of these is a place the gazetteer lacks ("met Hitler at Montoire",
# "the Tutsi in Taba"), unless the word before makes it someone looked or shouted at, or believed in.
UNKNOWN_PLACE_PREPS = frozenset({"in", "at", "near"})
# Verbs that say a journey (not "went to Angela", "go to Gacumbitsi", "came to Board level": a person
# or a body may follow those).
_GOING = frozenset({"flew", "fly", "flown", "flying", "travelled", "traveled", "travelling", "traveling", "drove",
                    "sailed", "fled", "escaped", "returned", "crossed", "journeyed", "deported", "evacuated",
                    "smuggled", "emigrated", "defected", "went", "came", "gone", "come", "go"})
# ... of which these may also go to a person ("went to Angela", "came to Murefu, a Tutsi"): the name
# after them is a place only when no apposition or alias follows it, and it is no known person's.
_WEAK_GOING = frozenset({"went", "came", "gone", "come", "go"})
GOING_PARTICLES = frozenset({"back", "on", "out", "up", "down", "over", "again", "off", "away", "straight",
                              "directly", "then", "later", "once", ","})
_PERSON_APPOSITION = frozenset({"a", "an", "the", "alias", "who", "whom", "whose", "his", "her", "my", "our", "their"})
_AT_SOMEONE = frozenset({"look", "looked", "looking", "shout", "shouted", "shouting", "fire", "fired", "firing", "shoot",
                         "shot", "shooting", "aim", "aimed", "point", "pointed", "pointing", "stare", "stared", "glance",
                         "glanced", "laugh", "laughed", "yell", "yelled", "wave", "waved", "smile", "smiled", "angry",
                         "furious", "swore", "directed", "believe", "believed", "faith", "trust", "confidence",
                         "interest", "interested", "role", "part", "participate", "participated", "involved",
                         "expert", "fluent", "written", "spoke", "speak", "say", "said", "published", "reported",
                         "quoted", "translated", "testified", "appeared", "represented", "name", "named"})
# Capitalised words after "in" or "at" that are no town: procedure, institutions, languages, feasts, titles.
_NOT_PLACES = frozenset({
    "court", "courts", "chamber", "chambers", "session", "sessions", "camera", "exhibit", "exhibits", "annex",
    "tab", "page", "pages", "paragraph", "paragraphs", "count", "counts", "article", "articles", "section",
    "sections", "chapter", "chapters", "volume", "volumes", "part", "parts", "rule", "rules", "schedule",
    "appendix", "item", "transcript", "evidence", "trial", "tribunal", "hearing", "parliament", "congress",
    "senate", "cabinet", "council", "committee", "commission", "government", "headquarters", "command", "staff",
    "general", "operation", "plan", "case", "order", "orders", "directive", "decree", "law", "act", "code",
    "statute", "report", "christmas", "easter", "pentecost", "ramadan", "lent", "advent", "god", "christ", "heaven",
    "hell", "paradise", "english", "french", "german", "russian", "latin", "greek", "hebrew", "yiddish", "arabic",
    "dutch", "czech", "swahili", "kinyarwanda", "cyrillic", "esperanto", "farsi", "urdu", "hindi", "khmer", "thai",
    "mandarin", "cantonese", "creole", "serbo", "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mister", "lord",
    "lady", "king", "queen", "prince", "princess", "duke", "duchess", "baron", "colonel", "major", "captain",
    "lieutenant", "sergeant", "corporal", "private", "admiral", "commander", "marshal", "judge", "justice",
    "president", "prime", "minister", "secretary", "ambassador", "comrade", "citizen", "professor", "prof",
    "father", "brother", "sister", "mother", "uncle", "aunt", "bishop", "cardinal", "pope", "senator", "governor",
    "mayor", "chief", "deputy", "officer", "agent", "witness", "accused", "defendant", "prosecutor", "counsel",
    "mp", "question", "answer", "yes", "no", "okay", "ok", "well", "now", "then", "there", "here", "also", "internet", "web", "twitter", "facebook", "email", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "assembly", "the", "this", "that", "history", "figure", "table",
    "map", "photo", "photograph", "document", "documents", "video", "tape", "film", "book", "books", "letter",
    "archive", "archives", "file", "files", "statement", "interview", "group", "company", "ltd", "plc", "inc", "limited",
    "corporation"
})
_NATIONALITY_ENDINGS = ("ian", "ians", "ish", "ese")
# A state's common nouns, capitalised after "the", which the gazetteer also knows as towns (Republic,
# Missouri; Union, New Jersey).
_THE_STATES = frozenset({"republic", "union", "empire", "commonwealth", "reich", "kingdom", "confederacy", "crown"})


def _particle_end(view: TokenView, e: int, n: int) -> int:
    """The end of a place name whose capitalised run ends at ``e``, across lower-case particles
    joined by hyphens without spaces ("Rillieux-la-Pape", "Bagnoles-de-l'Orne", "Villers-le-Lac")."""
    text, space = view.text, view.space
    while e + 3 < n and text[e] == "-" and text[e + 2] == "-" and not any(space[e - 1:e + 3]) \
            and text[e + 1].isalpha() and text[e + 1].islower() and len(text[e + 1]) <= 4 \
            and any(c.isupper() for c in text[e + 3]):
        e += 4
    return e


# Lower-case words inside a town's name written with spaces ("Dar es Salaam", "Frankfurt am Main",
# "Aix en Provence"): the run goes on across them only when the gazetteer knows the whole name.
_SPACED_PARTICLES = frozenset({"es", "de", "di", "da", "do", "dos", "das", "del", "al", "el", "en", "am", "an", "sur",
                               "upon", "la", "le", "les", "du", "des"})


def _after_particles(view: TokenView, e: int, n: int, taken: set[int], particles: frozenset[str], most: int,
                     spaced: bool = False, not_places: frozenset[str] = frozenset()) -> int:
    """The end of a capitalised run ending at ``e`` that goes on across at most ``most`` lower-case
    ``particles`` (each after a space, with ``spaced``) and the capitalised words after them (the
    first not one of ``not_places``); ``e`` when none follows."""
    k = e
    while k < n and k - e < most and view.is_lower[k] and view.lower[k] in particles and (not spaced or view.space[k - 1]):
        k += 1
    if k == e or k >= n or k in taken or not _is_cap(view.text[k], view.alpha[k]) or view.lower[k] in not_places:
        return e
    while k < n and k not in taken and _is_cap(view.text[k], view.alpha[k]):
        k += 1
    return k


# Words that number a part of a text, before their number ("Article 6 (1)", "Rule 47", "Exhibit 12").
_DOCUMENT_PARTS = frozenset({"article", "articles", "rule", "rules", "paragraph", "paragraphs", "section", "sections",
                             "clause", "exhibit", "annex", "chapter", "page", "pages", "line", "lines", "volume",
                             "schedule", "item", "tab"})


def _names_no_one(words: list[str], lower: list[str], s: int, e: int) -> bool:
    """The capitalised run ``s:e`` is the name of a body, a ship or a place, never a person's: after a
    body's "for" or "of" ("the Movement for Democratic Change"), after a ship's kind ("the Greek steamer
    Peleus"), opened by a place word ("Fort Rupert", "Mount Wheldale"), or a compass word after a body
    ("Army Group South")."""
    if s >= 2 and lower[s - 1] in _BODY_OF and lower[s - 2] in NAMED_BODY_HEADS \
            and words[s - 2][:1].isupper():
        return True
    if s > 0 and lower[s - 1] in _VESSELS:
        return True
    if lower[e - 1] in _DOCUMENT_PARTS and e < len(words) and words[e][:1].isdigit():
        return True  # "Article 17 of the Statute", "Rule 47", "Paragraph 59": a part of a text
    if e - s == 1 and lower[s] in NAMED_BODY_HEADS and e + 1 < len(words) and lower[e] in _BODY_OF \
            and words[e + 1][:1].isupper():
        return True  # "the secret Société des Saisons": a body's head word alone is no one's name
    return e - s > 1 and (lower[s] in _NO_PERSON_OPENERS or (
        lower[e - 1] in _COMPASS and any(lower[k] in NAMED_BODY_HEADS for k in range(s, e - 1))))


def _spaced_particle_end(view: TokenView, e: int, n: int, taken: set[int]) -> int:
    """The end of a run that goes on after one or two lower-case particles and a capitalised word
    ("Dar es Salaam"); ``e`` when none follows. The caller keeps it only if the whole is a known place."""
    return _after_particles(view, e, n, taken, _SPACED_PARTICLES, 2, spaced=True)


def _opened_name_end(view: TokenView, e: int, n: int, taken: set[int]) -> int:
    """The end of a place name opened by a word of :data:`PLACE_OPENERS` whose capitalised run ends at
    ``e``, across lower-case particles and the capitalised words after them ("Piazza di Spagna",
    "Place de la Concorde", "Via della Conciliazione"); ``e`` when no particle follows."""
    return _after_particles(view, e, n, taken, _PLACE_PARTICLES, 3, not_places=_NOT_PLACES)


def _unknown_place_end(view: TokenView, s: int, e: int, n: int) -> int | None:
    """The end of an unknown town's name, the capitalised run ``s:e`` right after "in", "at" or
    "near"; ``None`` when the run is not such a name (a title, a language, an exhibit)."""
    text, lower = view.text, view.lower
    # "flew into Gatwick", "fled back to Valbrenne": after a verb of journeying and "to" or "into"
    # (not "wrote to Ivanov", "went to Angela").
    # (a particle, an adverb or a comma may stand between: "went back to", "went out again, to Najiban")
    k = s - 2
    while k >= max(0, s - 5) and lower[k] in GOING_PARTICLES:
        k -= 1
    verb = k if k >= 0 and lower[k] in _GOING else None
    journey = lower[s - 1] in ("to", "into") and verb is not None and not (
        lower[verb] in _WEAK_GOING and e + 1 < n and text[e] == "," and lower[e + 1] in _PERSON_APPOSITION)
    # "in the village of Divci", "the town of Pilica": a settlement named after its kind and "of"
    # (not one of two, "the village of Cernica and Hamzici", where the second would be read as a person).
    settlement = lower[s - 1] == "of" and s > 1 and lower[s - 2] in _SETTLEMENTS \
        and not (e + 1 < n and lower[e] == "and" and view.text[e + 1][:1].isupper())
    if (lower[s - 1] not in UNKNOWN_PLACE_PREPS and not journey and not settlement) \
            or (s > 1 and lower[s - 2] in _AT_SOMEONE):
        return None
    if e - s == 1 and lower[s] in GEO_MODIFIERS:
        return None  # "in North", "at West": a direction, not a town
    if e < n and (text[e] in _POSSESSIVE or text[e][:1].isdigit()):
        return None  # "at Ivanov's", "in Exhibit 12", "in Count 3"
    for k in range(s, e):
        w = text[k]
        if w == "-" or (k > s and lower[k] in _NAME_PARTICLES):
            continue
        if k == s and e - s > 1 and lower[k] in _PLACE_ARTICLES:
            continue  # "at El Mozote", "at La Cantuta": an article opening a town's name, not an initial
        if lower[k] in _NOT_PLACES or lower[k] in MONTHS or (w.isupper() and len(w) > 1) or len(w) <= 2 \
                or lower[k].endswith(_NATIONALITY_ENDINGS):
            return None
    return e


_PLACE_ARTICLES = frozenset({"el", "la", "le", "al"})
_SETTLEMENTS = frozenset({"village", "town", "city", "hamlet", "port", "township", "municipality", "commune"})
# Nouns that a place name before them modifies ("the Berlin tunnel", "the Moscow trials", "a Toyota
# car"): the name is then no place where an act was done. A list of such nouns rather than every
# lower-case word: "Nyarubuye parish", "the Kemerovo mines", "the Munich conference" keep the place.
_MODIFIED_NOUNS = frozenset({"trial", "trials", "tunnel", "affair", "scandal", "case", "agreement", "pact", "treaty",
                             "accords", "protocol", "newspaper", "newspapers", "papers", "radio", "correspondent",
                             "correspondents", "process", "plot", "group", "programme", "program", "fire", "putsch",
                             "car", "cars", "dialect", "accent", "speech", "declaration", "communique", "memorandum",
                             "letter", "letters", "line", "route", "leadership",
                             "organisation", "organization", "network", "ring", "cell", "faction", "opposition"})


def _modifies_noun(view: TokenView, e: int, n: int) -> bool:
    """A place name right before a noun it modifies ("the Berlin tunnel", "the Moscow trials") is no
    place where an act was done."""
    return e < n and view.is_lower[e] and view.lower[e] in _MODIFIED_NOUNS


_STREETS = frozenset({"street", "road", "drive", "avenue", "lane", "boulevard", "place", "strasse", "straße"})
# Facility heads said after "on" ("on the Charles Bridge", "on Red Square", "on Robben Island").
_STOOD_ON = frozenset({"bridge", "square", "island"})
_STREETS_BEFORE = frozenset({"rue", "via", "calle", "avenida", "boulevard", "avenue", "quai", "place"})


# Verbs after which "for" names where one goes ("sailed for the Hook of Holland", "left for the Hotel Lux").
_FOR_JOURNEY = frozenset({"left", "leave", "leaving", "leaves", "sailed", "sail", "departed", "depart", "headed",
                          "bound", "set", "made", "making", "started", "embarked"})


def _for_journey(view: TokenView, s: int) -> bool:
    """The "for" before the name at ``s`` follows a verb of leaving ("left for", "set out for")."""
    k = next((j for j in range(s - 1, max(-1, s - 5), -1) if view.lower[j] == "for"), None)
    if k is None:
        return False
    before = view.lower[k - 1] if k >= 1 else ""
    if before in ("out", "off") and k >= 2:
        before = view.lower[k - 2]
    return before in _FOR_JOURNEY


def find_place_mentions(doc: Doc, places: PlaceResolver, case_spans: list[tuple[int, int, str]],
                        power_tokens: set[int], start: int = 0, end: int | None = None,
                        unknown: Callable[[str], bool] | None = None,
                        state_tokens: set[int] | frozenset[int] = frozenset()) -> list[PlaceMention]:
    """Case places (matched by alias), named facilities ("the Hotel Bristol", "the Kjeller
    airfield") and gazetteer cities or countries after a locative preposition, in ``doc`` (or its
    tokens ``start:end``, whole sentences: ``case_spans`` outside them are ignored). With
    ``unknown`` (which says whether a name may be a place: not a person's), a name the gazetteer
    lacks right after "in", "at" or "near" is a place of kind ``unknown`` ("at Montoire"). A name in
    ``state_tokens`` stands for its state ("spied for Beijing") and is no place."""
    view = token_view(doc)
    n = len(view.text)
    out: list[PlaceMention] = []
    taken: set[int] = set()
    stop = n if end is None else end
    for s, e, pid in case_spans:
        if not start <= s < stop:
            continue
        rp = places.case_place(pid)
        if rp is None:
            continue
        prep, _ = _prep_before(doc, s)
        out.append(PlaceMention(s, e, view.span_text(s, e), rp, prep, facility=True))
        taken.update(range(s, e))
    for s, e in capitalised_runs(doc, start, end):
        if any(k in taken for k in range(s, e)):
            continue
        if e - s == 1 and view.lower[s] in _THE_STATES and s > 0 and view.lower[s - 1] == "the":
            continue  # "against the unity of the Republic", "the Union": the state, no town of that name
        if e - s > 2 and view.text[s] in ("A.", "Q.") and view.lower[s + 1] in _OPENING_PREPS:
            s += 1  # "A. At Nyakarambi ...": a transcript's answer mark before the opening preposition
        fronted = e - s > 1 and view.lower[s] in _OPENING_PREPS
        if fronted:
            s += 1  # "In Vienna in 1947 I met ...": the capitalised preposition opening a sentence
            prep = view.lower[s - 1]
        else:
            prep, _ = _prep_before(doc, s)
        listed = False
        if prep is None and s >= 2 and view.lower[s - 1] in ("and", "or", ",") and not fronted:
            # "to Paris and Berlin", "between Budapest and Damascus", "in Lyon, Paris or Rome": a town of
            # the gazetteer listed after a place takes its preposition (not a person met there)
            before = next((p for p in out if p.end == s - 1 and p.prep is not None), None)
            if before is not None:
                prep, listed = before.prep, True
        article = s >= 2 and view.text[s - 1] in ("-", "‐") and not view.space[s - 2] and not view.space[s - 1] \
            and view.lower[s - 2] in _LOWER_ARTICLES and view.is_lower[s - 2] and (s - 2) not in taken
        if article:
            prep, _ = _prep_before(doc, s - 2)  # "to al-Mazzeh": the article opens the name
        if view.lower[s] in PLACE_OPENERS and not fronted:
            e = _opened_name_end(view, e, n, taken)  # "Place de la Concorde", "the Via della Conciliazione"
        e_part = _particle_end(view, e, n)
        if e_part == e:
            e_part = _spaced_particle_end(view, e, n, taken)
        known_whole = e_part > e and not any(k in taken for k in range(e, e_part)) \
            and places.resolve(view.span_text(s, e_part)) is not None
        if known_whole:
            e = e_part  # "to Port-au-Prince": a town of the gazetteer, not the port of a town "Port"
        words = view.lower[s:e]
        # The head after the name, itself after a possessive or a modifier: "the Attorney General's
        # office", "the Moscow power station".
        head_at = next((k for k in (e, e + 1) if k < n and (view.lower[k] in FACILITY_HEADS or (
                            k == e + 1 and view.lower[k] in MODIFIED_HEADS and view.lower[e] in FACILITY_MODIFIERS))
                        and (k == e or view.lower[e] in ("'s", "’s") or view.lower[e] in FACILITY_MODIFIERS)), None)
        head_after = head_at is not None
        # "on Monroe Street", "at his house on Volta Place": a street named after "on".
        street = e - s > 1 and words[-1] in _STREETS
        if s >= 2 and view.lower[s - 1] in _STREETS_BEFORE and view.is_lower[s - 1] \
                and view.lower[s - 2] in ("the", "on", "in", "at"):
            # "on the rue Racine", "in the via Appia": a street whose lower-case word comes first.
            s -= 1
            words = view.lower[s:e]
            street = True
            if prep is None and view.lower[s - 1] in ("on", "the") and view.lower[s - 2 if view.lower[s - 1] == "the"
                                                                                 else s - 1] == "on":
                prep = "on"
        if street and prep is None and s > 0 and view.lower[s - 1] == "on":
            prep = "on"
        if prep is None and not head_after and e - s > 1 and words[-1] in _STOOD_ON and s >= 2 \
                and (view.lower[s - 1] == "on" or view.lower[s - 2:s] == ["on", "the"]):
            # "shot him dead on the Bolshoy Moskvoretsky Bridge", "met him on Robben Island": a named
            # bridge, square or island is a place one is "on".
            prep = "on"
        if not street and not head_after and words and words[-1] in FACILITY_HEADS and e + 1 < n \
                and view.lower[e] == "of" and view.text[e + 1][:1].isupper() and (e + 1) not in taken:
            # "At the Museum of Modern Art in New York", "the Palace of Culture": the name goes on
            # after the head's "of".
            k = e + 1
            while k < n and view.text[k][:1].isupper() and view.lower[k] not in ("i",) and k not in taken:
                k += 1
            e = k
            words = view.lower[s:e]
        if not known_whole and (street or any(w in FACILITY_HEADS for w in words) or head_after):
            if (prep is None and not head_after) or all(k in power_tokens for k in range(s, e + head_after)):
                continue  # "worked for the Deuxieme Bureau": a power's service, not a place
            if prep == "for" and not _for_journey(view, s):
                continue  # "on a mission for the Soviet Information Bureau": a body worked for, not a place
            end = head_at + 1 if head_at is not None else e
            text = view.span_text(s, end)
            core = [view.text[k] for k in range(s, e) if view.lower[k] not in FACILITY_HEADS and view.lower[k] != "the"]
            geo = places.resolve(" ".join(core)) if core else None
            rp_case = places.resolve(text)
            if rp_case is not None and rp_case.place_id is not None:
                out.append(PlaceMention(s, end, text, rp_case, prep, facility=True))
            else:
                country = geo.country if geo is not None else None
                out.append(PlaceMention(s, end, text, ResolvedPlace(text, text, country, None, "facility"), prep,
                                        facility=True))
            taken.update(range(s, end))
            continue
        if prep is None:
            continue
        if prep == "of" and s >= 2 and view.lower[s - 1] == "of" and view.lower[s - 2] in _TITLES_OF | _DONE_TO:
            continue  # "the Duke of Hamilton", "the murder of Kirov": a person, not a place
        if prep == "of" and s >= 3 and view.lower[s - 2 if view.lower[s - 1] == "of" else s - 3] in _OWNED_OF:
            continue  # "classified information of the United States": what a state owns, not where the act was
        if e - s == 1 and view.lower[s] in MONTHS:
            continue  # "in March 1945", "in May": a date, not the town of March or May
        if state_tokens and any(k in state_tokens for k in range(s, e)):
            continue
        if any(k in power_tokens for k in range(s, e)):
            # "in Japan" is a place; "for the Japanese" is a foreign power.
            if prep not in ("in", "to", "from", "into", "at", "near", "via", "through", "visited", "reached", "left") \
                    and not (prep == "for" and _for_journey(view, s)):
                continue  # (but "sailed for Japan", "left for the Soviet Union": where one went)
        e_full = _particle_end(view, e, n)
        if e_full > e:
            # "near Villers-le-Lac": the whole name or none (not the town called "Villers").
            e = e_full
            if any(k in taken for k in range(s, e)):
                continue
        rp = places.resolve(view.span_text(s, e))
        # The last word of an unknown run is a place after a geographic modifier ("Central Moscow",
        # "East Prussia"), not after a given name ("Carmelo Soria") or in a title ("Duke of Hamilton").
        if rp is None and e - s > 1 and not any(k in power_tokens for k in range(s, e)) \
                and all(w in GEO_MODIFIERS for w in view.lower[s:e - 1]):
            rp = places.resolve(view.text[e - 1])
            if rp is not None:
                s = e - 1
        if rp is None and fronted and e - s > 1 and e < n and view.alpha[e] and view.is_lower[e]:
            # "In Berlin Pyatakov met Sedov": a place opening the sentence with no comma, then a name
            # that is no place and opens the clause (a lower-case word follows): the place is the
            # known town before the name (not "from the Main Staff", which opens no sentence).
            for cut in range(e - 1, s, -1):
                head = places.resolve(view.span_text(s, cut))
                if head is not None and places.resolve(view.span_text(cut, e)) is None:
                    rp, e = head, cut
                    break
        if rp is None and listed:
            continue  # only a town the gazetteer knows continues a list of places
        if rp is None and prep in _SHAPED_PREPS and not any(k in power_tokens for k in range(s, e)) \
                and ((e - s > 1 and words[0] in PLACE_OPENERS and words[1] not in _NOT_PLACES) or article):
            # "went to Fort Sumter", "at Lake Tahoe", "taken to al-Khatib": a place by the shape of its
            # name, known or not.
            if article:
                s -= 2
            rp = ResolvedPlace(view.span_text(s, e), view.span_text(s, e), None, None, "unknown")
        if rp is None and unknown is not None and s > 0 and not any(k in power_tokens for k in range(s, e)):
            e2 = _unknown_place_end(view, s, e, n)
            if e2 is not None and unknown(view.span_text(s, e2)):
                e = e2
                rp = ResolvedPlace(view.span_text(s, e), view.span_text(s, e), None, None, "unknown")
        if rp is None:
            continue
        if _modifies_noun(view, e, n):
            continue  # "the plans for the Berlin tunnel", "during the Moscow trials": a noun's modifier
        out.append(PlaceMention(s, e, view.span_text(s, e), rp, prep))
        taken.update(range(s, e))
    if not _UNNAMED_HEADS.isdisjoint(view.lower[start:stop]):
        out.extend(_unnamed_facilities(view, start, stop, taken))
    out.extend(_facilities_within(view, out, taken))
    out.sort(key=lambda p: p.start)
    return out


# Heads of a place inside a town ("the prefecture office in Butare", "the government quarter in Oslo",
# "Ignazio Salvo's house in Palermo", "the Hotel Bristol in Oslo", "a small park off Tsvetnoy
# Boulevard in Moscow"), first or last word of the phrase.
_WITHIN_HEADS = frozenset({"office", "offices", "quarter", "house", "home", "building", "hotel", "flat", "apartment",
                           "square", "street", "park", "bridge", "market", "palace", "embassy", "consulate", "church",
                           "cathedral", "school", "university", "mosque", "café", "cafe", "restaurant", "pub", "inn",
                           "tavern", "club", "bar", "farm", "hall", "factory", "plant", "works", "mine", "warehouse",
                           "garage", "airport", "airfield", "station", "barracks", "camp", "prison", "headquarters",
                           "compound", "villa", "residence", "cellar", "courtyard", "stadium", "stade", "hospital",
                           "shop", "bank", "harbour", "harbor", "dock", "docks", "boulevard", "avenue", "road", "lane",
                           "platz", "strasse", "straße", "gasse", "rue", "via", "piazza", "plaza", "arena", "theatre",
                           "theater", "cinema", "museum", "library", "ministry", "parliament", "terminal", "depot",
                           "jail", "gaol", "fortress", "castle", "tower", "synagogue", "temple", "monastery",
                           "convent", "parish", "seminary", "academy", "institute"})
_NOT_IN_A_PLACE_NAME = frozenset({"i", "he", "she", "we", "they", "you", "me", "him", "them", "us", "was", "were",
                                  "is", "are", "had", "has", "have", "did", "met", "went", "said"})
_WITHIN_PREPS = frozenset({"in", "at", "to", "into", "inside", "outside", "near", "off", "on", "from", "towards"})
_WITHIN_BREAKS = frozenset({",", ".", ";", ":", "?", "!", "(", ")", '"', "“", "”", "and", "or", "with", "by", "for",
                            "of", "who", "which", "that", "when", "where"})


def _facilities_within(view: TokenView, found: list[PlaceMention], taken: set[int]) -> list[PlaceMention]:
    """The place named right before "in <town>" after a locative preposition, when its first or last
    word is a place's head (:data:`_WITHIN_HEADS`) or it holds a number: a facility in that town, the
    most specific place said ("came to the prefecture office in Butare", "to Ignazio Salvo's house in
    Palermo", "at Kreittmayrstraße 7 in Munich"); it takes the town's country."""
    lower, text = view.lower, view.text
    out: list[PlaceMention] = []
    for p in found:
        k_in = p.start - 1
        if p.facility or p.place.kind not in ("city", "place", "unknown", "region") or k_in < 2 \
                or lower[k_in] != "in":
            continue
        j = k_in - 1
        while j >= 0 and k_in - j <= 6 and lower[j] not in _WITHIN_PREPS and lower[j] not in _WITHIN_BREAKS \
                and j not in taken:
            j -= 1
        if j < 0 or lower[j] not in _WITHIN_PREPS or k_in - j < 2:
            continue
        s = j + 1
        while s < k_in and lower[s] in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your"):
            s += 1
        if s >= k_in or any(k in taken for k in range(s, k_in)):
            continue
        first, last = lower[s], lower[k_in - 1]
        if any(w in _NOT_IN_A_PLACE_NAME or (w.isdigit() and len(w) == 4) for w in lower[s:k_in]):
            continue  # "In 1947 I met Rankovic in Abbazia": a clause, not a place's name
        named = text[s][:1].isupper()
        if not named and (lower[j + 1] != "the" or k_in - s < 2):
            continue  # a place not named is the town's ("his headquarters in East Prussia", "a welfare
            # office in Neukölln"), but "the government quarter in Oslo" is itself a place
        if not (last in _WITHIN_HEADS or (named and first in _WITHIN_HEADS)
                or (named and last.endswith(("straße", "strasse")))
                or (named and k_in - s <= 3 and last.isdigit())):
            continue
        name = view.span_text(s, k_in)
        rp = ResolvedPlace(name, name, p.place.country, None, "facility")
        out.append(PlaceMention(s, k_in, name, rp, lower[j], facility=True))
        taken.update(range(s, k_in))
    return out


# "went to police headquarters", "at army headquarters in Kigali", "to the police station at Arana":
# a facility named by its kind alone, after a locative preposition and a modifier that says which.
_UNNAMED_HEADS = frozenset({"headquarters", "station", "barracks", "camp", "prison", "post", "centre", "center"})
_UNNAMED_PREPS = frozenset({"in", "at", "to", "into", "near", "outside", "inside"})


def _unnamed_facilities(view: TokenView, start: int, stop: int, taken: set[int]) -> list[PlaceMention]:
    lower, is_lower = view.lower, view.is_lower
    out = []
    for k in range(max(start, 2), stop):  # only sentences that hold such a head get here
        if lower[k] not in _UNNAMED_HEADS or k in taken or lower[k - 1] not in FACILITY_MODIFIERS \
                or not is_lower[k - 1] or k - 1 in taken:
            continue
        s = k - 1
        while s > start and lower[s - 1] in FACILITY_MODIFIERS and is_lower[s - 1]:
            s -= 1  # "the army command post"
        det = s - 1 if lower[s - 1] in ("the", "a", "an") else s
        if det < 1 or lower[det - 1] not in _UNNAMED_PREPS:
            continue
        text = view.span_text(s, k + 1)
        out.append(PlaceMention(s, k + 1, text, ResolvedPlace(text, text, None, None, "facility"),
                                lower[det - 1], facility=True))
    return out
