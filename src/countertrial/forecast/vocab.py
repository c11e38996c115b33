"""The forecasting vocabulary (``vocab.yaml`` beside this module), loaded once on first use.

Acts and their families, country names and the polities they fold into, how each record-fact
kind places a person in a country, and the words that mark a sector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import InvalidVocabulary
from ..names import fold

__all__ = ["Vocab", "vocab", "canonical_country", "country_in_text", "sectors_in_text"]

FILE = "countertrial/forecast/vocab.yaml"
PLACEMENTS = ("post", "travel", "lived", "status")


@dataclass(frozen=True)
class Vocab:
    acts: dict[str, str]
    countries: dict[str, str]
    """folded name -> canonical country name"""
    fact_kinds: dict[str, str]
    sectors: dict[str, tuple[bool, tuple[re.Pattern[str], ...]]]

    def family(self, act: str) -> str:
        """The family of ``act`` (``other`` for an act this vocabulary does not know)."""
        return self.acts.get(act, "other")

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.acts.values()) | {"other"}))


def _need(cond: bool, entry: str, key: str, problem: str) -> None:
    if not cond:
        raise InvalidVocabulary(f"{FILE}: entry '{entry}', key '{key}': {problem}",
                                hint="fix the vocabulary file")


def _build(raw: Any) -> Vocab:
    _need(isinstance(raw, dict), "(top)", "(file)", "expected a mapping with acts, countries, fact_kinds, sectors")
    acts = raw.get("acts") or {}
    _need(isinstance(acts, dict), "acts", "acts", "expected a mapping act -> family")
    countries: dict[str, str] = {}
    for name, aliases in (raw.get("countries") or {}).items():
        _need(isinstance(aliases, list), str(name), "countries", "expected a list of names")
        for alias in [name, *aliases]:
            countries[fold(str(alias))] = str(name)
    kinds = raw.get("fact_kinds") or {}
    for kind, placement in kinds.items():
        _need(placement in PLACEMENTS, str(kind), "fact_kinds", f"'{placement}' is not one of {', '.join(PLACEMENTS)}")
    sectors: dict[str, tuple[bool, tuple[re.Pattern[str], ...]]] = {}
    for name, spec in (raw.get("sectors") or {}).items():
        _need(isinstance(spec, dict) and isinstance(spec.get("words"), list), str(name), "words",
              "expected {economic: bool, words: [...]}")
        patterns = tuple(re.compile(r"\b" + re.escape(str(w)) + r"\b", re.IGNORECASE) for w in spec["words"])
        sectors[str(name)] = (bool(spec.get("economic")), patterns)
    return Vocab(acts={str(k): str(v) for k, v in acts.items()}, countries=countries,
                 fact_kinds={str(k): str(v) for k, v in kinds.items()}, sectors=sectors)


@cache
def vocab() -> Vocab:
    """The vocabulary, parsed and validated on first call."""
    text = resources.files("countertrial.forecast").joinpath("vocab.yaml").read_text("utf-8")
    return _build(yaml.safe_load(text))


_PAREN = re.compile(r"\([^)]*\)")


@cache
def canonical_country(name: str | None) -> str | None:
    """The canonical name of a country or power as records write it (``Britain`` -> ``United Kingdom``).

    Unknown names stay as written (trimmed), so powers a model never saw still compare equal.
    """
    if name is None or not str(name).strip():
        return None
    text = str(name).strip()
    v = vocab()
    for candidate in (text, _PAREN.sub("", text).strip()):
        hit = v.countries.get(fold(candidate))
        if hit:
            return hit
    try:
        import pycountry

        return str(pycountry.countries.lookup(_PAREN.sub("", text).strip()).name)
    except (LookupError, ImportError):
        return text


def country_in_text(text: str | None) -> str | None:
    """The country a place description names (``Moscow, USSR (Military Collegium)`` -> Soviet Union)."""
    if not text:
        return None
    parts = [p.strip() for p in _PAREN.sub("", text).split(",") if p.strip()]
    v = vocab()
    for part in reversed(parts):
        hit = v.countries.get(fold(part))
        if hit:
            return hit
        try:
            import pycountry

            return str(pycountry.countries.lookup(part).name)
        except (LookupError, ImportError):
            continue
    for part in reversed(parts):  # a city: ask the offline gazetteer for its country
        try:
            from ..resolve.gazetteer import lookup
        except ImportError:  # pragma: no cover - the gazetteer ships with the package
            return None
        place = lookup(part)
        if place is not None and place.country:
            return canonical_country(place.country)
    if len(parts) >= 2:  # "City, Country" with a country no table knows (an invented or rare polity)
        return canonical_country(parts[-1])
    return None


def sectors_in_text(*texts: str | None) -> set[str]:
    """The sectors whose words occur in any of ``texts``."""
    blob = " ".join(t for t in texts if t)
    if not blob:
        return set()
    return {name for name, (_, patterns) in vocab().sectors.items() if any(p.search(blob) for p in patterns)}
