"""Registries for pluggable parts: parsers, extractors, checkers and forecasters.

Parts register on their definition under versioned names such as ``check.record_conflict.v1``::

    @checkers.register("record_conflict.v1")
    class RecordConflictChecker: ...

An unknown name raises :class:`~countertrial.errors.NotFound` listing the available names.
Registration happens when the defining module is imported; each registry knows which modules to
import (``modules``) so that nothing is loaded at package import time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from .errors import NotFound, UsageError

__all__ = ["Registry", "parsers", "extractors", "checkers", "forecasters"]

T = TypeVar("T")


class Registry(Generic[T]):
    """A named, versioned collection of one kind of part.

    Names are ``base.vN``; looking up ``base`` alone returns the highest version.
    """

    def __init__(self, kind: str, modules: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self._modules = modules
        self._items: dict[str, T] = {}
        self._loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register ``obj`` under ``name`` (which must end in ``.vN``)."""
        base, _, version = name.rpartition(".")
        if not base or not version.startswith("v") or not version[1:].isdigit():
            raise UsageError(f"{self.kind} name '{name}' must look like 'name.v1'")

        def decorate(obj: T) -> T:
            self._items[name] = obj
            return obj

        return decorate

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            for module in self._modules:
                importlib.import_module(module)

    def names(self) -> list[str]:
        """All registered names, sorted."""
        self._load()
        return sorted(self._items)

    def resolve(self, name: str) -> str:
        """The full versioned name for ``name`` (``base`` picks the newest version)."""
        self._load()
        if name in self._items:
            return name
        candidates = [n for n in self._items if n.rpartition(".")[0] == name]
        if candidates:
            return max(candidates, key=lambda n: int(n.rpartition(".")[2][1:]))
        raise NotFound(self.kind, name, self.names())

    def get(self, name: str) -> T:
        """The part registered under ``name``; unknown names list the available ones."""
        return self._items[self.resolve(name)]

    def __iter__(self) -> Iterator[tuple[str, T]]:
        self._load()
        return iter(sorted(self._items.items()))

    def __contains__(self, name: object) -> bool:
        self._load()
        return isinstance(name, str) and name in self._items


parsers: Registry[object] = Registry("parser", ("countertrial.ingest.formats",))
extractors: Registry[object] = Registry("extractor", ("countertrial.extract.extractors",))
checkers: Registry[object] = Registry("checker", ("countertrial.check.checkers",))
forecasters: Registry[object] = Registry("forecaster", ("countertrial.forecast.models",))
