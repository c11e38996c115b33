"""Resolve place mentions: the case's own places first (``Place`` records and their aliases, e.g. a
hotel with the dates it existed), then the offline gazetteer (cities and countries)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Place
from ..names import fold
from ..store import Store
from .gazetteer import lookup

__all__ = ["PlaceResolver", "ResolvedPlace"]


@dataclass(frozen=True)
class ResolvedPlace:
    """``value`` is what a claim stores: the Place id for a case place, else the surface name."""

    value: str
    name: str
    country: str | None
    place_id: str | None = None
    kind: str = "city"


class PlaceResolver:
    def __init__(self, store: Store | None = None) -> None:
        self._places: dict[str, Place] = {}
        self._by_key: dict[str, str] = {}
        if store is not None:
            for p in store.iter(Place):
                self._places[p.id] = p
                for n in (p.name, *p.aliases):
                    self._by_key.setdefault(fold(n), p.id)
            for pid, alias, folded in store.alias_table("place"):
                if pid in self._places:
                    self._by_key.setdefault(folded, pid)

    def case_aliases(self) -> list[tuple[str, str]]:
        """``(place id, alias)`` pairs of the case's own places, for a phrase matcher."""
        out = []
        for pid, p in self._places.items():
            for n in {p.name, *p.aliases}:
                out.append((pid, n))
        return out

    def case_place(self, place_id: str) -> ResolvedPlace | None:
        p = self._places.get(place_id)
        if p is None:
            return None
        return ResolvedPlace(p.id, p.name, p.country, p.id, "case")

    def resolve(self, surface: str) -> ResolvedPlace | None:
        """A case place by name or alias, else a gazetteer city or country, else ``None``."""
        key = fold(surface)
        if key.startswith("the "):
            key = key[4:]
        pid = self._by_key.get(key)
        if pid is not None:
            return self.case_place(pid)
        geo = lookup(surface)
        if geo is None:
            return None
        return ResolvedPlace(surface, geo.name, geo.country, None, geo.kind)
