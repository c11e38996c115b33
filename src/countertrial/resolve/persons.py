"""Resolve person mentions ("Piatakov", "L. D. Trotsky", "Accused Krestinsky") to roster ids.

The roster is the store's alias index (``store.alias_table("person")``), compared with
:func:`countertrial.names.fold_loose` so transliterations meet (Pyatakov/Piatakov,
Rosengolts/Rosenholtz, Krestinski/Krestinsky). A surname alone resolves when exactly one person
bears it. A name the roster does not know becomes a new :class:`~countertrial.model.Person` with
the flag ``unresolved`` (never silence); its id is the folded surname.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..model import Person
from ..names import fold, fold_loose
from ..store import Store

__all__ = ["PersonResolver", "person_slug"]

_SLUG = re.compile(r"[^a-z0-9]+")


def person_slug(name: str) -> str:
    """The id an unresolved person gets: the folded surname (``Leon Sedov`` -> ``sedov``)."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^\w\s]", " ", plain).split()
    return _SLUG.sub("_", words[-1] if words else "unknown").strip("_") or "unknown"


class PersonResolver:
    """Mentions to person ids for one extraction run. ``new_persons`` collects the unresolved ones."""

    def __init__(self, store: Store | None = None, *, titles: Iterable[str] = (),
                 not_persons: Iterable[str] = ()) -> None:
        self._full: dict[str, set[str]] = {}
        self._surname: dict[str, set[str]] = {}
        self._names: dict[str, str] = {}
        self._titles = sorted({fold(t) for t in titles}, key=len, reverse=True)
        self._stop = {fold(w) for w in not_persons}
        self.new_persons: dict[str, Person] = {}
        self._cache: dict[str, str | None] = {}
        self._stop_cache: dict[str, bool] = {}
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
        if len(words) > 1 and len(words[-1]) > 2:
            self._surname.setdefault(words[-1], set()).add(person_id)
        self._cache.clear()

    def _strip_titles(self, name: str) -> str:
        text = fold(name)
        changed = True
        while changed:
            changed = False
            for t in self._titles:
                if text.startswith(t + " "):
                    text = text[len(t) + 1:]
                    changed = True
        return text

    def is_stopword(self, mention: str) -> bool:
        hit = self._stop_cache.get(mention)
        if hit is None:
            f = fold(mention)
            hit = not f or f in self._stop or self._strip_titles(mention) in self._stop
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
        result = next(iter(ids)) if len(ids) == 1 else None
        self._cache[mention] = result
        return result

    def known(self, mention: str) -> bool:
        return self.resolve(mention) is not None

    def resolve_or_create(self, mention: str) -> str:
        """The roster id, or the id of a new ``unresolved`` person (collected in ``new_persons``)."""
        found = self.resolve(mention)
        if found is not None:
            return found
        words = mention.split()
        while len(words) > 1 and fold(words[0]) in self._titles:
            words = words[1:]
        clean = " ".join(words)
        pid = person_slug(clean)
        if pid not in self.new_persons:
            self.new_persons[pid] = Person(id=pid, name=clean, aliases=(clean,), flags=("unresolved",))
        return pid

    def name_of(self, person_id: str) -> str:
        if person_id in self._names:
            return self._names[person_id]
        p = self.new_persons.get(person_id)
        return p.name if p else person_id
