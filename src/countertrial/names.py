"""Name folding for matching people and places across transliterations and spellings.

:func:`fold` is the key of the store's alias index; its output for a given name never changes
between versions (stored keys stay valid). :func:`fold_loose` adds equivalences that are only safe
for comparing person names in memory (Krestinski/Krestinsky, Holtzman/Goltsman).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_loose"]

_VARIANTS = (("iev", "yev"), ("ia", "ya"), ("iu", "yu"), ("kh", "h"), ("tz", "ts"), ("ij", "y"), ("yy", "y"),
             ("iy", "y"), ("ii", "y"), ("ai", "ay"), ("ei", "ey"), ("oi", "oy"), ("w", "v"),
             ("ff", "v"), ("sch", "sh"), ("zh", "j"), ("j", "y"), ("x", "ks"))
# Everything that is neither alphanumeric nor white space (as str.isalnum / str.isspace see it).
_NOT_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
_OPENING_ZH = re.compile(r"\bzh")


def fold(name: str, *, keep_zh: bool = False) -> str:
    """Fold a name for matching: strip accents, lower-case, unify common transliteration
    variants (Piatakov/Pyatakov, Rosenholtz/Rosengolts), drop punctuation.

    With ``keep_zh`` a "zh" that opens a word stays as written: the stored keys fold it to "j" and
    then, with every "j", to "y" (Jezhov/Yezhov), which makes Zhang and Yang, Zhou and You one key;
    person names compared in memory (:func:`fold_loose`) keep them apart. Inside a word "zh" still
    meets "j" (Khodzhayev/Khodjayev)."""
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NOT_WORD.sub(" ", text.lower())
    kept = keep_zh and "zh" in text
    if kept:
        text = _OPENING_ZH.sub("\x00", text)
    for a, b in _VARIANTS:
        if a in text:
            text = text.replace(a, b)
    if kept:
        text = text.replace("\x00", "zh")
    # Russian "g" is often rendered "h" through German/Yiddish spellings (Rosengolts/Rosenholtz).
    text = text.replace("engol", "enhol").replace("goltz", "holts")
    return _SPACES.sub(" ", text).strip()


_LOOSE = ((re.compile(r"ski\b"), "sky"), (re.compile(r"\bh"), "g"), (re.compile(r"([a-z])\1"), r"\1"),
          (re.compile(r"ye"), "e"), (re.compile(r"yo"), "e"))


def fold_loose(name: str) -> str:
    """:func:`fold` plus looser equivalences for person names compared in memory: ``-ski``/``-sky``,
    an initial ``H``/``G`` (Holtzman/Goltsman), doubled letters, ``ye``/``yo``/``e``; and a "zh"
    kept apart from "y" (Zhang is not Yang). Not for stored keys."""
    text = fold(name, keep_zh=True)
    for pattern, repl in _LOOSE:
        text = pattern.sub(repl, text)
    return text
