"""Resolve person mentions ("Piatakov", "L. D. Trotsky", "Accused Krestinsky") to roster ids.

The roster is the store's alias index (``store.alias_table("person")``), compared with
:func:`countertrial.names.fold_loose` so transliterations meet (Pyatakov/Piatakov,
Rosengolts/Rosenholtz, Krestinski/Krestinsky). A surname alone resolves when exactly one person
bears it. A name the roster does not know becomes a new :class:`~countertrial.model.Person` with
the flag ``unresolved`` (never silence); its id is the folded surname, as the annotation guide
forms ids: a hyphenated or double surname joined (``fischer_schweder``, ``arellano_stark``), an
apostrophe dropped (``Mas'ud`` -> ``masud``), and a family name written first taken as the surname
(``Wang Hongwen`` -> ``wang``: a romanised Chinese name, recognised by its syllables).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..model import Person
from ..names import fold, fold_loose
from ..store import Store

__all__ = ["PersonResolver", "person_slug", "family_name_first", "label_name", "SURNAME_MARK"]

_SLUG = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ](?=\w)")
_HYPHENS = re.compile(r"(?<=\w)[-‐‑](?=\w)")
# A name key (``named_key``) may carry how many of its last words make the surname: "?Sergio Arellano
# Stark|2" when the text also calls him "Arellano Stark" alone.
SURNAME_MARK = "|"

# Romanised (pinyin) Chinese syllables: an initial and a final. A two-word name whose first word is
# one syllable and whose second is one to three ("Wang Hongwen", "Deng Xiaoping", "Jiang Qing") is
# written family name first. "er" takes no initial ("Dan Shemer" is no "Dan She-m-er").
_PINYIN = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|"
                     r"ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)|er")


# Letters that carry no combining accent, so NFKD leaves them whole: "Wałęsa" became "wa_esa" and
# "Đurišić" "urisic" as ids.
_UNDECOMPOSED = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "AE",
                               "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h"})


def _no_accents(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c))


# How German, Dutch, Polish and Hungarian street and square names end (after folding: "ß" is "ss").
_STREET_ENDINGS = ("strasse", "straat", "gasse", "platz", "plein", "ulica", "utca", "allee", "damm")


def _plain(name: str) -> str:
    """Lower case, accents and punctuation gone (no transliteration folding: "Zhou" is not "you")."""
    return " ".join(re.sub(r"[^\w\s]|_", " ", _no_accents(name).lower()).split())


def _syllables(word: str, most: int) -> bool:
    """``word`` (lower case) is ``most`` or fewer pinyin syllables."""
    if not word or most <= 0:
        return False
    for m in range(min(len(word), 6), 0, -1):
        if _PINYIN.fullmatch(word[:m]) and (m == len(word) or _syllables(word[m:], most - 1)):
            return True
    return False


# Common Japanese given names: a two-word name whose second word is one of them, and whose first is
# not, is written family name first ("Mitomo Kazuo", "Kanno Suga", "Kotoku Shusui"); "Shoko Asahara"
# and "Tomoyuki Yamashita" keep the Western order. Written for this list from general knowledge
# (the defendants of the Tokyo and Khabarovsk trials and the High Treason Incident among them).
_JAPANESE_GIVEN = frozenset("""
akihiko akihito akio akira atsushi daisuke denjiro eiji fumio fumimaro goro hachiro hajime haruki hayato heitaro
hideki hideo hiroshi hirohito hiroyuki hisashi ichiro iwane isamu isao isoroku jiro junichi junichiro kakuei
kazuhiro kazuki kazuo keiichi keiji keisuke kenichi kenji kenryo kentaro kiichiro kingoro kiyoshi koichi koji koki
kunio kuniaki makoto mamoru masaaki masaharu masahiro masanobu masao masaru masashi masato masayuki michio minoru
mitsuo naoki naoto noboru nobuo nobusuke nobuyuki okinori osamu otoji ryoichi ryuichi saburo sadao satoru satoshi
seishiro shigenori shigeru shigetaro shinichi shinji shinzo shiro shoji shoko shozo shunroku shusui susumu
tadashi takashi takasumi takeo takeshi takichi taro tatsuo teiichi teruo tetsuo tetsuya tokuji tomoyuki toru
toshio toshiro tsutomu unokichi yasuhiro yasuo yoichi yoji yoshiaki yoshihiro yoshijiro yoshio yoshiro yoshito
yukio yuji yutaka yusuke zenzo
akiko ayako emiko fumiko hanako haruko kazuko keiko kiyoko kyoko michiko mieko naoko noriko reiko sachiko sadako
setsuko suga sugako tomoko yoko yoshiko yukiko
""".split())


# Vietnamese family names and the middle names that follow them ("Doan Thi Huong", "Nguyen Huu Dang",
# "Ho Chi Minh"), and Khmer family names ("Khieu Samphan", "Nuon Chea", "Kaing Guek Eav"): written
# family name first. Lists written for this from general knowledge of the commonest names.
_VIETNAMESE_FAMILY = frozenset("""nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly doan dinh
truong lam mai trinh cao luong""".split())
_VIETNAMESE_MIDDLE = frozenset("thi van huu duc minh quang thanh ngoc xuan dinh cong kim hong chi trong tan".split())
_KHMER_FAMILY = frozenset("khieu nuon ieng kaing keo meas yim chhim".split())


def family_name_first(words: list[str]) -> bool:
    """A romanised Chinese name, family name first: two words, the first one pinyin syllable, the
    second one to three, each written capitalised and otherwise lower case ("Zhou Enlai"); a
    Japanese name whose second word is a common given name and whose first is not ("Mitomo Kazuo");
    a Vietnamese name of three words, a common family name then a common middle name ("Doan Thi
    Huong"); or a Khmer name of two or three words after a Khmer family name ("Khieu Samphan")."""
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    plain = [_plain(w) for w in words]
    if len(words) == 3 and plain[0] in _VIETNAMESE_FAMILY and plain[1] in _VIETNAMESE_MIDDLE:
        return True
    if len(words) in (2, 3) and plain[0] in _KHMER_FAMILY:
        return True
    if len(words) != 2:
        return False
    first, given = plain
    if given in _JAPANESE_GIVEN and first not in _JAPANESE_GIVEN:
        return True
    return len(first) > 1 and _PINYIN.fullmatch(first) is not None and _syllables(given, 3)


# The Arabic article joined to a surname by a hyphen ("al-Tikriti", "el-Masri", "ad-Douri"): a
# particle, dropped as "de" and "von" are (the guide's ``tikriti``, ``bandar``, ``guardia``). Its
# assimilated forms only in lower case: "Ash-Smith" is an English double surname.
_ARTICLE = re.compile(r"^(?:[Aa]l|AL|[Ee]l|EL|ad|ar|as|ash|at|az|an)_(?=[^\W\d_]{3})")
# Letters of Spanish spelling that plain English lacks: a name that has them (and none of another
# language: "László", "Husák" have Hungarian or Slovak letters or are two words) is written the
# Spanish way, given names then paternal and maternal surnames ("Efraín Ríos Montt").
_SPANISH_MARKS = frozenset("áéíóúñÁÉÍÓÚÑ")
# Accented given names that may stand before the surname in a Spanish, Portuguese or French name of
# three words ("Carlos Andrés Pérez", "Luiz Inácio Lula", "Henri Honoré Giraud"); those ending in
# "é" (José, René, André) are recognised by that ending.
_ACCENTED_GIVEN = frozenset({
    "maría", "jesús", "ramón", "andrés", "tomás", "nicolás", "joaquín", "agustín", "martín", "sebastián", "julián",
    "germán", "rubén", "efraín", "héctor", "óscar", "víctor", "raúl", "iván", "ángel", "álvaro", "inés", "sofía",
    "lucía", "mónica", "verónica", "fermín", "simón", "adrián", "damián", "hernán", "benjamín", "saúl", "elías",
    "matías", "tobías", "moisés", "cristóbal", "ángela", "rocío", "inácio", "antónio", "márcio",
    "sérgio", "cláudio", "júlio", "flávio", "fábio", "vinícius", "lúcio", "aurélio", "emílio", "rogério", "frédéric",
    "émile", "gérard", "léon", "hélène", "stéphane", "jérôme", "théodore", "félix", "léopold", "édouard", "élie"})


def _spanish_double(words: list[str]) -> bool:
    """The last two of ``words`` (a name as written, accents kept) are a Spanish double surname:
    the one before the last is a patronymic in "-ez" ("Otto Pérez Molina", "Rodríguez Sánchez"),
    or, in a name of three words or more written the Spanish way, a word with Spanish accents that
    is no given name ("Efraín Ríos Montt"; not "Carlos Andrés Pérez", "Juan José Torres")."""
    if len(words) < 2:
        return False
    second = words[-2]
    low = second.lower()
    if not second.isalpha() or not second[:1].isupper() or low in _ACCENTED_GIVEN or low.endswith("é"):
        return False
    if len(low) >= 5 and _no_accents(low).endswith("ez"):
        return True
    if len(words) < 3:
        return False
    letters = {c for w in words for c in w if not c.isascii()}
    return bool(letters) and letters <= _SPANISH_MARKS and any(c in _SPANISH_MARKS for c in second)


# "Dae-jung", and in a transcript's capitals "KIM DAE-JUNG" (a family name of at most five letters first).
_SYLLABLE_GIVEN = re.compile(r"^[A-Z][a-z]+[-‐][a-z]{1,5}$")
_SYLLABLE_GIVEN_CAPS = re.compile(r"^[A-Z]{2,4}[-‐][A-Z]{2,4}$")


# A regnal number of two letters or more ("Richard IV", "Henry VIII"; not a cipher such as "Witness X").
_REGNAL = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII)$")


def person_slug(name: str, surname_words: int = 1) -> str:
    """The id an unresolved person gets: the folded surname (``Leon Sedov`` -> ``sedov``), joined
    when hyphenated (``Fischer-Schweder`` -> ``fischer_schweder``), when its last
    ``surname_words`` words make it (``arellano_stark``) or when they are a Spanish double surname
    (``Otto Pérez Molina`` -> ``perez_molina``), the family name of a name written family name first
    (``Wang Hongwen`` -> ``wang``); the Arabic article is dropped (``al-Tikriti`` -> ``tikriti``); a
    cipher keeps the word before its letter (``Soldier A`` -> ``soldier_a``)."""
    parts = name.split()
    if len(parts) >= 2 and (_SYLLABLE_GIVEN.match(parts[-1]) or (
            _SYLLABLE_GIVEN_CAPS.match(parts[-1]) and parts[0].isupper() and len(parts[0]) <= 5)):
        # "Kim Dae-jung" -> kim, "Chiang Kai-shek" -> chiang: a hyphenated given name of two syllables
        # after the family name (a hyphenated surname capitalises both halves: "Fischer-Schweder").
        name = parts[0]
    name = _HYPHENS.sub("_", _APOSTROPHES.sub("", name))
    if surname_words <= 1 and _spanish_double(re.sub(r"[^\w\s]", " ", name).split()):
        surname_words = 2
    words = re.sub(r"[^\w\s]", " ", _no_accents(name)).split()
    if len(words) >= 2 and _REGNAL.match(words[-1]):
        words = words[:-1]  # "Richard IV" -> richard, as the gold sets name monarchs ("henry", "louis")
    if not words:
        return "unknown"
    if len(words) >= 2 and len(words[-1]) == 1 and words[-1].isalpha() and words[-2].isalpha() and len(words[-2]) > 1:
        surname_words = max(surname_words, 2)  # a cipher: "Soldier A" -> soldier_a, "Witness B" -> witness_b
    if family_name_first(words):
        surname = words[0]
    else:
        surname = "_".join(words[-max(1, surname_words):])
    if len(words) < 2 or words[-2].lower() != "abd":  # "Abd al-Rahim": the article inside one compound name
        surname = _ARTICLE.sub("", surname)
    return _SLUG.sub("_", surname.lower()).strip("_") or "unknown"


def label_name(label: str) -> str:
    """The name a speaker label in capitals stands for, title-cased ("TROTSKY" -> "Trotsky"), a
    given name of two syllables after the family name written as in prose ("KIM DAE-JUNG" -> "Kim
    Dae-jung", not "Kim Dae-Jung", whose id would be its last word)."""
    parts = label.split()
    name = label.title()
    if len(parts) >= 2 and _SYLLABLE_GIVEN_CAPS.match(parts[-1]) and parts[0].isupper() and len(parts[0]) <= 5:
        head, _, given = name.rpartition(" ")
        name = f"{head} {given[:1]}{given[1:].lower()}"
    return name


class PersonResolver:
    """Mentions to person ids for one extraction run. ``new_persons`` collects the unresolved ones."""

    def __init__(self, store: Store | None = None, *, titles: Iterable[str] = (),
                 not_persons: Iterable[str] = ()) -> None:
        self._full: dict[str, set[str]] = {}
        self._surname: dict[str, set[str]] = {}
        self._names: dict[str, str] = {}
        self._titles = sorted({fold(t) for t in titles}, key=len, reverse=True)
        self._plain_titles = sorted({_plain(t) for t in titles}, key=len, reverse=True)
        self._stop = {_plain(w) for w in not_persons}
        self.new_persons: dict[str, Person] = {}
        self._variants: dict[str, Person] = {}  # loose key of an unknown surname -> the person, in this text
        self._cache: dict[str, str | None] = {}
        self._stop_cache: dict[str, bool] = {}
        self._title_cache: dict[str, bool] = {}
        self._slugs: dict[tuple[str, int], tuple[str, str, str]] = {}  # (mention, words) -> name, id, loose key
        if store is not None:
            # Persons an earlier run created as ``unresolved`` are not roster: each run derives them
            # again from the text, the same way, so extracting twice gives the same claims. A
            # person the user has resolved (flag removed, or merged into the record) is roster.
            people = list(store.iter(Person))
            invented = {p.id for p in people if "unresolved" in p.flags}
            rows = [r for r in store.alias_table("person") if r[0] not in invented]
            rows += [(p.id, p.name, fold(p.name)) for p in people if p.id not in invented]
            for pid, alias, _folded in rows:
                self.add(pid, alias)

    def add(self, person_id: str, alias: str) -> None:
        """Teach the resolver one more name for a person."""
        key = fold_loose(self._strip_titles(alias))
        if not key:
            return
        self._full.setdefault(key, set()).add(person_id)
        self._names.setdefault(person_id, alias)
        words = key.split()
        plain = self._strip_titles(alias, plain=True).split()
        if family_name_first([w.title() for w in plain]):
            # "Wang Hongwen": "Wang" alone is he, not "Hongwen".
            self._surname.setdefault(fold_loose(plain[0]), set()).add(person_id)
        elif len(words) > 1 and len(words[-1]) > 2:
            self._surname.setdefault(words[-1], set()).add(person_id)
        self._cache.clear()

    def _strip_titles(self, name: str, plain: bool = False) -> str:
        text = _plain(name) if plain else fold(name, keep_zh=True)
        titles = self._plain_titles if plain else self._titles
        changed = True
        while changed:
            changed = False
            for t in titles:
                if text.startswith(t + " "):
                    text = text[len(t) + 1:]
                    changed = True
        return text

    def is_title(self, word: str) -> bool:
        """``word`` is a title stripped from names ("General", "Mr.")."""
        hit = self._title_cache.get(word)
        if hit is None:
            if len(self._title_cache) > 100_000:
                self._title_cache.clear()
            hit = self._title_cache[word] = fold(word) in self._titles
        return hit

    def is_stopword(self, mention: str) -> bool:
        """``mention`` is no person's name: a word of ``not_persons`` (or the whole mention, titles
        aside), a plural doctrine word ("Nationalists"), a street or square ("Humboldtstraße")."""
        hit = self._stop_cache.get(mention)
        if hit is None:
            f = _plain(mention)
            # a word of a doctrine's followers in the plural ("Puerto Rican Nationalists", "Separatists")
            # is no one's name
            hit = not f or f in self._stop or self._strip_titles(mention, plain=True) in self._stop \
                or (" " not in f and len(f) > 5 and f.endswith("ists")) \
                or (len(f) > 6 and f.endswith(_STREET_ENDINGS))  # "Humboldtstraße", "Ballhausplatz"
            if len(self._stop_cache) > 100_000:
                self._stop_cache.clear()
            self._stop_cache[mention] = hit
        return hit

    def resolve(self, mention: str) -> str | None:
        """The roster id for ``mention``, or ``None`` when unknown or ambiguous."""
        if mention in self._cache:
            return self._cache[mention]
        key = fold_loose(self._strip_titles(mention))
        ids = self._full.get(key) or set()
        if not ids:
            words = key.split()
            if words:
                # "Leon Sedov" -> "sedov"; a surname alone -> the one person bearing it.
                ids = self._full.get(words[-1]) or self._surname.get(words[-1]) or set()
                if not ids and len(words) > 1:
                    ids = self._full.get(" ".join(words[1:])) or set()
                if not ids and len(words) == 2 and family_name_first(
                        [w.title() for w in self._strip_titles(mention, plain=True).split()]):
                    ids = self._full.get(words[0]) or self._surname.get(words[0]) or set()  # "Wang Hongwen"
        result = next(iter(ids)) if len(ids) == 1 else None
        self._cache[mention] = result
        return result

    def known(self, mention: str) -> bool:
        return self.resolve(mention) is not None

    def resolve_or_create(self, mention: str, surname_words: int = 1) -> str:
        """The roster id, or the id of a new ``unresolved`` person (collected in ``new_persons``);
        ``surname_words``: how many of the name's last words make the surname ("Arellano Stark")."""
        found = self.resolve(mention)
        if found is not None:
            return found
        made = self._slugs.get((mention, surname_words))
        if made is None:
            words = mention.split()
            while len(words) > 1 and fold(words[0]) in self._titles:
                words = words[1:]
            clean = " ".join(words)
            pid = person_slug(clean, min(surname_words, len(words)))
            if len(self._slugs) > 100_000:
                self._slugs.clear()
            made = self._slugs[mention, surname_words] = (clean, pid, fold_loose(pid.replace("_", " ")))
        clean, pid, key = made
        variant = self._variants.get(key) if len(key) > 3 else None
        if variant is not None and variant.id != pid:
            # "Piatakov ... Pyatakov" in one text: the spelling met first names the person.
            self.new_persons.setdefault(variant.id, variant)
            return variant.id
        if pid not in self.new_persons:
            self.new_persons[pid] = Person(id=pid, name=clean, aliases=(clean,), flags=("unresolved",))
        self._variants.setdefault(key, self.new_persons[pid])
        return pid

    def new_text(self, *persons: str | None) -> None:
        """Start a new text: transliteration variants of an unknown name (Piatakov/Pyatakov) are one
        person within a text, the spelling met first naming it. A case's turn is a text (its speaker,
        one of ``persons``, met first), so that any split of a case into batches gives the same
        persons; ad-hoc text (``extract_text``) is one text throughout."""
        self._variants.clear()
        for pid in persons:
            p = self.new_persons.get(pid) if pid is not None else None
            if p is not None:
                self._variants.setdefault(fold_loose(p.id.replace("_", " ")), p)

    def name_of(self, person_id: str) -> str:
        if person_id in self._names:
            return self._names[person_id]
        p = self.new_persons.get(person_id)
        return p.name if p else person_id
