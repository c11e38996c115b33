"""Resolve raw speaker labels (``MR. BLANCHE``, ``THE WITNESS``, ``Q``) to persons of the case.

Titles are stripped (``MR.``, ``MS.``, ``JUDGE``, ``THE``...) and the rest is looked up, folded, in
the store's alias index; when the full name is unknown, a unique surname match in the index is
accepted. ``THE WITNESS`` and ``A``/``R`` resolve to the witness being examined, ``Q`` to the
examining lawyer, both taken from the examination headings or running headers the parser saw.

>>> strip_titles("MR. BLANCHE")
'BLANCHE'
>>> role_for_label("THE COURT")
'judge'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ..names import fold
from ..store import Store

__all__ = ["SpeakerResolver", "strip_titles", "role_for_label", "candidate_names"]

_TITLES = re.compile(
    r"^(?:(?:THE|MR|MS|MRS|MISS|MADAM|MADAME|MME|M|DR|JUDGE|JUSTICE|SIR|DAME|LORD|LADY|PROF|PROFESSOR|"
    r"GENERAL|GEN|COLONEL|COL|PRESIDING|HON|HONOURABLE|HONORABLE|COMRADE|CITIZEN|WITNESS|ACCUSED|DEFENDANT|"
    r"PROSECUTOR)\.?\s+)+", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]\s*")

_ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("INTERPRETER", "interpreter"),
    ("REGISTRAR", "clerk"), ("CLERK", "clerk"), ("OFFICER", "clerk"), ("USHER", "clerk"), ("REPORTER", "clerk"),
    ("THE COURT", "judge"), ("JUDGE", "judge"), ("PRESIDENT", "judge"), ("PRESIDING", "judge"),
    ("JUSTICE", "judge"), ("CHAIR", "judge"), ("SIR WYN", "judge"),
    ("THE WITNESS", "witness"), ("WITNESS ", "witness"),
    ("PROSECUTOR", "prosecutor"), ("PROSECUTION", "prosecutor"),
    ("THE ACCUSED", "accused"), ("THE DEFENDANT", "accused"), ("JUROR", "juror"), ("GRAND JURY", "juror"),
)
_COUNSEL = re.compile(r"^(?:MR|MS|MRS|MISS|DR|MESSRS)\.?\s", re.IGNORECASE)


def strip_titles(label: str) -> str:
    """The name in a speaker label: brackets, colons and leading titles removed."""
    text = _BRACKETS.sub(" ", label).replace(":", " ").strip()
    stripped = _TITLES.sub("", text).strip()
    return stripped or text


@lru_cache(maxsize=4096)
def role_for_label(label: str) -> str:
    """The procedural role a label implies: ``judge``, ``witness``, ``prosecutor``, ``counsel``,
    ``clerk``, ``interpreter``, ``accused``, ``juror`` or plain ``speaker``."""
    upper = " ".join(label.upper().split())
    for word, role in _ROLE_WORDS:
        if word in upper + " ":
            return role
    if _COUNSEL.match(upper):
        return "counsel"
    return "speaker"


def candidate_names(label: str, context: Mapping[str, Any] | None = None) -> list[str]:
    """The names to look up for a label, most specific first. ``Q`` means the examiner,
    ``A``/``R``/``THE WITNESS`` the witness (both from ``context``)."""
    ctx = context or {}
    upper = " ".join(label.upper().split())
    if upper in ("Q", "Q."):
        target = ctx.get("examiner")
    elif upper in ("A", "A.", "R", "R.", "THE WITNESS"):
        target = ctx.get("witness")
    else:
        target = label
    if not target:
        return []
    name = strip_titles(str(target))
    out = [name]
    if name != str(target).strip():
        out.append(str(target).strip())
    return out


class SpeakerResolver:
    """Label → person id, through the alias index of ``store``. Caches per label and context."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[tuple[str, str, str], str | None] = {}
        self._surnames: dict[str, set[str]] | None = None

    def _surname_index(self) -> dict[str, set[str]]:
        if self._surnames is None:
            index: dict[str, set[str]] = {}
            for entity_id, _alias, folded in self.store.alias_table("person"):
                parts = folded.split()
                if parts:
                    index.setdefault(parts[-1], set()).add(entity_id)
            self._surnames = index
        return self._surnames

    def resolve(self, label: str, context: Mapping[str, Any] | None = None) -> str | None:
        """The person id a label names in this context, or ``None`` when unknown or ambiguous."""
        ctx = context or {}
        key = (label, str(ctx.get("examiner") or ""), str(ctx.get("witness") or ""))
        if key in self._cache:
            return self._cache[key]
        found: str | None = None
        for name in candidate_names(label, ctx):
            folded = fold(name)
            if not folded:
                continue
            ids = self.store.lookup_alias(folded, "person")
            if len(ids) == 1:
                found = ids[0]
                break
            if ids:
                continue
            surname = folded.split()[-1]
            by_surname = self._surname_index().get(surname, set())
            if len(by_surname) == 1 and len(surname) > 2:
                found = next(iter(by_surname))
                break
        self._cache[key] = found
        return found
