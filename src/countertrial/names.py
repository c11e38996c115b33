"""Name folding for matching people and places across transliterations and spellings."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]

_VARIANTS = (("iev", "yev"), ("ia", "ya"), ("iu", "yu"), ("kh", "h"), ("tz", "ts"), ("ij", "y"), ("yy", "y"),
             ("iy", "y"), ("ii", "y"), ("ai", "ay"), ("ei", "ey"), ("oi", "oy"), ("w", "v"),
             ("ff", "v"), ("sch", "sh"), ("zh", "j"), ("j", "y"), ("x", "ks"))


def fold(name: str) -> str:
    """Fold a name for matching: strip accents, lower-case, unify common transliteration
    variants (Piatakov/Pyatakov, Rosenholtz/Rosengolts), drop punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = "".join(c if c.isalnum() or c.isspace() else " " for c in text)
    for a, b in _VARIANTS:
        text = text.replace(a, b)
    # Russian "g" is often rendered "h" through German/Yiddish spellings (Rosengolts/Rosenholtz).
    text = text.replace("engol", "enhol").replace("goltz", "holts")
    return " ".join(text.split())
