"""The registered extractors. The registry (``countertrial.registry.extractors``) imports this
module on first use; each extractor registers on its definition.

An extractor is a factory ``(store, vocab_paths) -> object`` whose result has ``name`` and
``extract(segments) -> Iterator[Claim]`` plus ``new_persons`` (people it met that the roster
did not know).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from ..model import Claim, Person
from ..registry import extractors
from ..store import Store
from .rules import RulesExtractor, Segment

__all__ = ["Extractor", "make_rules", "make_llm", "make_hybrid"]


class Extractor(Protocol):
    name: str

    def extract(self, segments: Sequence[Segment], batch_size: int = 64,
                *, context: Segment | None = None) -> Iterator[Claim]: ...

    @property
    def new_persons(self) -> dict[str, Person]: ...


@extractors.register("rules.v1")
def make_rules(store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> Extractor:
    """Rules over a blank English tokenizer: act triggers, stance cues, powers, places, persons
    and time expressions from the vocabulary YAML (deterministic, no model)."""
    return RulesExtractor(store, vocab_paths)


@extractors.register("llm.v1")
def make_llm(store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> Extractor:
    """Any OpenAI-compatible chat endpoint, configured by the user (``COUNTERTRIAL_LLM_URL``,
    ``COUNTERTRIAL_LLM_MODEL``, optional ``COUNTERTRIAL_LLM_KEY``); off unless configured."""
    from .llm import LLMExtractor

    return LLMExtractor.from_env(store, vocab_paths)


@extractors.register("hybrid.v1")
def make_hybrid(store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> Extractor:
    """rules.v1, then a dependency parse (the statistical English model, ``countertrial[parse]``) of
    the sentences with an act word that the rules made no claim of; off without the model."""
    from .parse import HybridExtractor

    return HybridExtractor(store, vocab_paths)
