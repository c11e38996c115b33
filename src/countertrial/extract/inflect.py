"""The other forms of a trigger's verb: "planted the bomb" also as "did not plant the bomb" and
"was planting the bomb".

``acts.yaml`` lists triggers as they are usually written, in the past ("planted the bomb",
"arrived in", "stabbed"). A denial or a question uses the base form after "do" ("I did not plant
the bomb", "Did you arrive in Harbin?") and a narrative the gerund after "be" or a preposition
("we were planting the bombs", "accused of stabbing"). For each trigger whose first word is the past
or past participle of a verb, :func:`derived_phrases` gives the same phrase with that word in its
base form and in its ``-ing`` form; the matcher counts them only in those contexts (see
:func:`gate_holds`), so a bare "plant" or "order" (nouns as often as verbs) still counts for nothing.

The forms come from ``vocab/verb_forms.tsv`` (word, base, ``-ing``), generated from
`lemminflect <https://github.com/bjascob/LemmInflect>`_ for the first word of every trigger of the
built-in vocabulary and every past form in lemminflect's lexicon (``python -m
countertrial.extract.inflect --write``; a test keeps it complete). The extractor also asks about
words that are no trigger's (the first word of a coordinated clause: "the crimes laid at their
door"); a word the table lacks is a past form only as the regular ``-ed`` form of a verb the lexicon
does not know, and only such a word loads lemminflect itself (about a second): a case's own
vocabulary may bring one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

TABLE = "verb_forms.tsv"
# Verbs whose derived forms say something else: "was going to tell you" (a future), "coming to the
# point", "the notion of ordering" (a mode of liability), "way of seeing things", "I do not carry those
# details in my head"; and auxiliaries ("had", "been") that open a trigger but are not its verb.
_NO_GERUND = frozenset({"go", "come", "order", "see", "carry", "shoot", "have", "be", "do", "get"})
_NO_BASE = frozenset({"carry", "have", "be", "do", "get"})

# Words that may stand between "do" and the base form: "did you ever arrive", "did Mr Bemba himself
# cross", "I did not personally plant" (a capitalised word too: a name).
_BETWEEN_DO = frozenset({"not", "n't", "never", "ever", "you", "he", "she", "it", "we", "they", "i", "also",
                         "really", "actually", "personally", "himself", "herself", "yourself", "themselves",
                         "myself", "yourselves", "ourselves", "then", "mr", "mrs", "ms", "dr", "."})
# "do" as the tokenizer gives it ("didn't" is "did" and "n't").
_DO = frozenset({"did", "do", "does"})
# ... and as the prefilter finds words in the raw text ("didn't": "didn").
DO_FORMS = _DO | {"didn", "don", "doesn"}
# What makes an ``-ing`` form a verb of the act: a form of "be" ("was planting"; not "be": "would be
# arriving" is a future), a preposition or
# conjunction of time or charge ("accused of stabbing", "after arriving", "while crossing"), or a
# verb that takes it ("admitted planting", "denied spying"); not "remember" or "recall" ("I don't
# recall seeing it" denies no meeting).
_BEFORE_GERUND = frozenset({"was", "were", "am", "is", "are", "been", "being", "'m", "'re", "’m", "’re",
                            "of", "after", "before", "while", "for", "by", "since", "about", "upon", "on", "when",
                            "admitted", "admits", "admit", "admitting", "denied", "denies", "deny", "denying",
                            "started", "began", "begun", "stopped", "finished", "continued", "kept"})
# Verbs of a charge whose "with" opens the act charged: "charged Beilis with stabbing the boy".
_CHARGED_WITH = frozenset({"charged", "charge", "charges", "charging", "indicted", "tasked", "credited"})
_BETWEEN_GERUND = frozenset({"not", "never", "also", "personally", "actually", "then", "already", "ever", "still",
                             "later", "just", "himself", "herself", "myself", "themselves", "ourselves", "yourself",
                             "secretly", "openly", "repeatedly", "once", "twice"})
_REACH = 5  # tokens back from the form to "do"
# How often, between a comma and a participle after the main clause: ", three times travelling to".
_HOW_OFTEN = frozenset({"times", "again", "often", "frequently", "regularly", "two", "three", "four", "several",
                        "many"})
# What makes a noun trigger ("return to") a noun: a possessive, an article, a preposition of time.
_BEFORE_NOUN = frozenset({"his", "her", "my", "their", "our", "its", "your", "'s", "’s", "the", "a", "upon", "on",
                          "after", "before", "since", "during", "following"})


# Adverbs that are not "-ly" words and stand between an auxiliary and its verb ("who had first
# gone", "who has since fled", "had long lived"); "-ly" words are read by their ending.
_PLAIN_ADVERBS = frozenset({"first", "already", "just", "since", "long", "once", "twice", "never", "ever", "also",
                            "then", "later", "soon", "still", "even", "only", "again", "thereafter", "afterwards",
                            "meanwhile", "always", "often", "sometimes", "not", "n't", "allegedly"})
# Lower-case "-ly" words that are nouns or adjectives, not adverbs.
_LY_NOT_ADVERBS = frozenset({"family", "ally", "rally", "assembly", "supply", "reply", "belly", "bully", "jelly",
                             "monopoly", "anomaly", "homily", "folly", "tally", "silly", "ugly", "friendly", "lonely",
                             "elderly", "holy", "lowly", "orderly", "deadly", "costly", "likely", "unlikely",
                             "burly", "curly", "surly", "comply", "apply", "imply", "multiply", "fly", "july"})


def is_adverb(word: str) -> bool:
    """Whether ``word`` (as written) is an adverb that may stand inside a verb group: "first",
    "already", or a lower-case "-ly" word ("secretly", "reportedly"; not "family" or "Italy")."""
    if word in _PLAIN_ADVERBS:
        return True
    return len(word) >= 5 and word.endswith("ly") and word.isalpha() and word.islower() and word not in _LY_NOT_ADVERBS


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    text = resources.files("countertrial.vocab").joinpath(TABLE).read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, base, ing = line.split("\t")
            out[word] = (base, ing)  # "-": not a past verb form (a noun, a base), nothing to derive
    return out


def _lemminflect_forms(word: str) -> tuple[str, str] | None:
    """``(base, -ing)`` of ``word`` when it is the past or past participle of a verb, from lemminflect."""
    import lemminflect  # a second to load: only for words the shipped table lacks

    lemmas = lemminflect.getLemma(word, upos="VERB")
    if not lemmas:
        return None
    base = lemmas[0]
    pasts = set(lemminflect.getInflection(base, "VBD")) | set(lemminflect.getInflection(base, "VBN"))
    if word not in pasts or base == word:
        return None  # "hit", "put": past and base alike, nothing to derive; a base or a noun: none
    ing = lemminflect.getInflection(base, "VBG")
    return (base, ing[0]) if ing else None


_CHECKED: dict[str, tuple[str, str] | None] = {}


def forms(word: str) -> tuple[str, str] | None:
    """``(base, -ing)`` of a past-tense or past-participle verb ``word`` (lower case), else None.

    The shipped table holds every past form in lemminflect's lexicon (the irregular ones included), so
    a word it lacks is a past form only as a regular ``-ed`` form of a verb the lexicon does not know:
    only then is lemminflect itself asked (its rules for unknown words)."""
    table = _table()
    if word in table:
        base, ing = table[word]
        if base != "-" and word.endswith("lled") and ing == word[:-3] + "ing":
            ing = word[:-2] + "ing"  # British spelling keeps the doubled l: "travelled", "travelling"
        return None if base == "-" else (base, ing)
    if not word.isalpha() or not word.endswith("ed"):
        return None
    if word not in _CHECKED:
        try:
            _CHECKED[word] = _lemminflect_forms(word)
        except ImportError:  # pragma: no cover - lemminflect is a dependency
            _CHECKED[word] = None
    return _CHECKED[word]


def derived_phrases(phrases: Iterable[str], taken: Iterable[str] = (),
                    gerunds: bool = True) -> tuple[list[str], list[str]]:
    """The base-form and ``-ing`` variants of ``phrases`` whose first word is a past verb form, leaving
    out any that is already a phrase of ``taken`` (or of ``phrases``); no ``-ing`` ones unless
    ``gerunds``."""
    have = {p.lower() for p in phrases} | {p.lower() for p in taken}
    base_out: list[str] = []
    ing_out: list[str] = []
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        f = forms(words[0].lower())
        if f is None:
            continue
        base, ing = f
        for form, out in ((base, base_out), (ing, ing_out)):
            if base in (_NO_GERUND if out is ing_out else _NO_BASE) or (out is ing_out and not gerunds):
                continue
            variant = " ".join([form, *words[1:]])
            if variant.lower() not in have:
                have.add(variant.lower())
                out.append(variant)
    return base_out, ing_out


def with_forms(phrases: Iterable[str]) -> frozenset[str]:
    """``phrases`` and the base and ``-ing`` forms the matcher also finds them in (for code that reads a
    trigger's words: "fled" and "did you flee", "were fleeing")."""
    base, ing = derived_phrases(phrases)
    return frozenset((*phrases, *base, *ing))


# Verbs whose past participle is their base form: "had come back to Warsaw", "had run off to Paris".
PARTICIPLE_IS_BASE = frozenset({"come", "become", "run", "overcome", "overrun"})
_HAVE = frozenset({"had", "has", "have", "'d", "'ve", "’d", "’ve", "having"})
# ... and as the prefilter finds them in the raw text.
HAVE_FORMS = frozenset({"had", "has", "have", "having", "d", "ve"})


def _after_have(lower: list[str], start: int) -> bool:
    """A form of "have" right before ``start``, or before a few adverbs ("had not yet come", "has
    never come")."""
    k = start - 1
    while k >= 0 and start - k <= 3:
        if lower[k] in _HAVE:
            return True
        if lower[k] not in _BETWEEN_GERUND and lower[k] not in ("yet", "n't"):
            return False
        k -= 1
    return False


def gate_holds(gate: str, lower: list[str], start: int, words: list[str] | None = None) -> bool:
    """Whether a derived form at token ``start`` stands where it is a verb of the act: ``"b"`` (base)
    after "do" ("did not plant", "did you ever arrive", "did Mr Bemba cross"); ``"i"`` (``-ing``)
    after "be", a preposition or "admitted"/"denied" ("was planting", "accused of spying"); ``"n"``
    (a noun trigger, acts.yaml ``noun_triggers``) after a possessive, an article or "after"/"on"."""
    if gate == "b":
        if lower[start] in PARTICIPLE_IS_BASE and _after_have(lower, start):
            return True  # "he had come back to Warsaw": the participle is the base form
        k = start - 1
        while k >= 0 and start - k <= _REACH:
            w = lower[k]
            if w in _DO:
                return True
            title = words is not None and words[k][:1].isupper()
            if w not in _BETWEEN_DO and not title:
                return False
            k -= 1
        return False
    if gate == "n":
        return start > 0 and lower[start - 1] in _BEFORE_NOUN
    if gate == "i":
        if start == 0 or lower[start - 1] in (".", ":", ";", '"', "“", "\n"):
            return True  # a participle opening the sentence: "Arriving in Paris in 1936, Bukharin met ..."
        k = start - 1
        while k > 0 and start - k <= 3 and (lower[k] in _BETWEEN_GERUND or lower[k] in _HOW_OFTEN):
            k -= 1
        if lower[k] == "," and k > 0 and not lower[k - 1].endswith("ing") and start + 1 < len(lower) \
                and lower[start + 1] not in (",", ".", ";", ":", "and", "or", "?", "!"):
            return True  # a participle clause after the main one: "sold the KGB what he knew, twice
            # travelling to Vienna to be questioned" (its subject is the main clause's; not a list of
            # nouns, "the looting, pillaging, burning")
        k = start - 1
        while k >= 0 and start - k <= 3:
            w = lower[k]
            if w in _BEFORE_GERUND:
                return True
            if w == "with" and any(x in _CHARGED_WITH for x in lower[max(0, k - 8):k]):
                return True  # "charged Mendel Beilis with stabbing", "accused him with ..."
            if w not in _BETWEEN_GERUND:
                return False
            k -= 1
        return False
    raise ValueError(f"unknown gate {gate!r}")


def builtin_words() -> list[str]:
    """The first words of every trigger and ``verb_object`` verb of the built-in vocabulary."""
    from .vocab import load_vocabulary

    vocab = load_vocabulary(())
    out: set[str] = set()
    for act in vocab.acts.values():
        for p in (*act.triggers, *act.power_triggers, *act.object_subject, *act.person_triggers):
            if p.split():
                out.add(p.split()[0].lower())
        for vo in act.verb_object:
            out.update(v.split()[0].lower() for v in vo.verbs if v.split())
    return sorted(out)


def lexicon_pasts() -> list[str]:
    """Every past-tense and past-participle form of a verb in lemminflect's lexicon (about 7,000, 487
    of them irregular: "laid", "fled", "met"), lower case, one word."""
    from lemminflect import Inflections

    out: set[str] = set()
    for forms_of in Inflections()._getInflDict().values():
        for tag in ("VBD", "VBN"):
            out.update(f.lower() for f in forms_of.get(tag, ()) if f.isalpha())
    return sorted(out)


def table_lines(words: Iterable[str]) -> list[str]:
    """The table's lines for ``words``, computed with lemminflect (no shipped table)."""
    lines = []
    for w in sorted(set(words)):
        if not w.isalpha():
            continue
        f = _lemminflect_forms(w)
        lines.append(f"{w}\t{f[0]}\t{f[1]}" if f is not None else f"{w}\t-\t-")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write or check vocab/verb_forms.tsv from lemminflect.")
    ap.add_argument("--write", action="store_true", help="rewrite the table for the built-in vocabulary")
    args = ap.parse_args(argv)
    lines = table_lines([*builtin_words(), *lexicon_pasts()])
    path = Path(str(resources.files("countertrial.vocab").joinpath(TABLE)))
    text = ("# the first word of every trigger of the built-in vocabulary and every past form in\n"
            "# lemminflect's lexicon; when it is the past or past participle of a verb, its base and\n"
            "# -ing forms, else - and -\n"
            "# generated by `python -m countertrial.extract.inflect --write` from lemminflect; do not edit\n"
            + "\n".join(lines) + "\n")
    if args.write:
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {len(lines)} words")
        return 0
    same = path.is_file() and path.read_text(encoding="utf-8") == text
    print(f"{path}: {'up to date' if same else 'out of date: run with --write'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
