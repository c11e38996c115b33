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

__all__ = ["Vocab", "vocab", "canonical_country", "canonical_powers", "country_in_text", "sectors_in_text"]

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
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\band\b|\bor\b)\s*", re.IGNORECASE)


@cache
def _service_countries() -> dict[str, str]:
    """Folded demonyms and services the extraction vocabulary knows (``Yugoslav intelligence``,
    ``the Gestapo``, ``the Americans``) -> the country they stand for."""
    from ..extract.vocab import load_vocabulary

    out: dict[str, str] = {}
    for power in load_vocabulary().powers.values():
        for phrase in power.phrases:
            out.setdefault(fold(phrase), power.country)
    return out


def _resolve(text: str) -> str | None:
    """The canonical country one name stands for, or None when no vocabulary knows it."""
    v = vocab()
    bare = _PAREN.sub("", text).strip()
    candidates = dict.fromkeys((text, bare, _ARTICLE.sub("", bare)))
    for candidate in candidates:
        hit = v.countries.get(fold(candidate))
        if hit:
            return hit
    try:
        import pycountry

        return str(pycountry.countries.lookup(_ARTICLE.sub("", bare)).name)
    except (LookupError, ImportError):
        pass
    services = _service_countries()
    for candidate in candidates:
        country = services.get(fold(candidate))
        if country:
            return v.countries.get(fold(country), country)
    return None


@cache
def canonical_country(name: str | None) -> str | None:
    """The canonical name of a country or power as records write it (``Britain`` -> ``United Kingdom``;
    a demonym or service the extraction vocabulary knows -> its country: ``Yugoslav intelligence``
    -> ``Yugoslavia``).

    Unknown names stay as written (trimmed, without a leading "the"), so powers a model never saw
    still compare equal.
    """
    if name is None or not str(name).strip():
        return None
    text = str(name).strip()
    return _resolve(text) or _ARTICLE.sub("", text)


@cache
def canonical_powers(name: str | None) -> tuple[str, ...]:
    """Every power a record's ``foreign_power`` names, canonical: ``Britain and the United States``
    -> (United Kingdom, United States). A name is split on commas, semicolons, slashes, "and" and
    "or" only when every part is a known country or service (so "Trinidad and Tobago" or an
    unknown "Kingdom of Ruritania and Borduria" stays one power, as written)."""
    whole = canonical_country(name)
    if whole is None:
        return ()
    text = str(name).strip()
    if _resolve(text) is None:
        parts = [p for p in _SEPARATORS.split(text) if p.strip()]
        if len(parts) > 1:
            resolved = [_resolve(p.strip()) for p in parts]
            if all(resolved):
                return tuple(dict.fromkeys(r for r in resolved if r))
    return (whole,)


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
