"""The optional LLM extractor (``llm.v1``): any OpenAI-compatible chat-completions endpoint.

Off by default: it runs only when the user configures an endpoint with
``COUNTERTRIAL_LLM_URL`` (e.g. ``http://127.0.0.1:8080/v1``), ``COUNTERTRIAL_LLM_MODEL`` and,
if the server needs one, ``COUNTERTRIAL_LLM_KEY``. The model is asked for JSON claims with the
same fields the rules produce; its answers go through the same person and place resolution and
the same time normalisation, and every claim is marked ``llm.v1`` with the model's name in
``extra``. Standard library only (``urllib``).
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..dates import Interval
from ..errors import UsageError
from ..model import Claim, Person, Source, stable_id
from ..resolve.persons import PersonResolver
from ..resolve.places import PlaceResolver
from ..store import Store
from .segment import Segment
from .timex import parse_timex
from .vocab import Vocabulary, load_vocabulary

__all__ = ["LLMExtractor", "NAME"]

NAME = "llm.v1"
_PROMPT = """You extract claims from testimony. Reply with JSON only: {{"claims": [...]}}.
Each claim: subject (person name), act (one of: {acts}), counterparts (names), foreign_power
(one of: {powers}, or null), place (or null), time (the words used, or null), polarity
("affirm" or "deny"), modality (confession, accusation, plea, testimony, forecast, statement),
quote (the exact words). Questions assert nothing. The speaker is {speaker}."""


class LLMExtractor:
    name = NAME

    def __init__(self, url: str, model: str, key: str | None = None, store: Store | None = None,
                 vocab_paths: Iterable[str | Path] = (), timeout: float = 60.0) -> None:
        self.url = url.rstrip("/") + "/chat/completions"
        self.model = model
        self.key = key
        self.timeout = timeout
        self.vocab: Vocabulary = load_vocabulary(vocab_paths)
        self.persons = PersonResolver(store, titles=self.vocab.titles, not_persons=self.vocab.not_persons)
        self.places = PlaceResolver(store)

    @classmethod
    def from_env(cls, store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> LLMExtractor:
        url = os.environ.get("COUNTERTRIAL_LLM_URL")
        if not url:
            raise UsageError("the llm extractor is off: no endpoint is configured",
                             hint="set COUNTERTRIAL_LLM_URL (an OpenAI-compatible /v1 URL) and COUNTERTRIAL_LLM_MODEL")
        return cls(url, os.environ.get("COUNTERTRIAL_LLM_MODEL", "default"), os.environ.get("COUNTERTRIAL_LLM_KEY"),
                   store, vocab_paths)

    @property
    def new_persons(self) -> dict[str, Person]:
        return self.persons.new_persons

    def _ask(self, text: str, speaker: str | None) -> list[dict[str, Any]]:
        prompt = _PROMPT.format(acts=", ".join(sorted(self.vocab.acts)), powers=", ".join(sorted(self.vocab.powers)),
                                speaker=speaker or "unknown")
        body = json.dumps({"model": self.model, "temperature": 0,
                           "messages": [{"role": "system", "content": prompt}, {"role": "user", "content": text}]})
        req = urllib.request.Request(self.url, data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": f"Bearer {self.key}"} if self.key else {})})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                reply = json.loads(resp.read().decode("utf-8"))
        except (urllib.error.URLError, TimeoutError, json.JSONDecodeError) as exc:
            raise UsageError(f"the llm endpoint {self.url} did not answer usably ({exc})",
                             hint="check COUNTERTRIAL_LLM_URL and that the server is running") from None
        content = reply["choices"][0]["message"]["content"]
        start, end = content.find("{"), content.rfind("}")
        try:
            data = json.loads(content[start:end + 1]) if start >= 0 else {}
        except json.JSONDecodeError:
            return []
        claims = data.get("claims") if isinstance(data, dict) else None
        return [c for c in claims or [] if isinstance(c, dict)]

    def extract(self, segments: Sequence[Segment], batch_size: int = 64,
                *, context: Segment | None = None) -> Iterator[Claim]:
        # ``context`` (the segment before, for question and answer) is not used: each text is sent alone.
        for seg in segments:
            for raw in self._ask(seg.text, seg.speaker):
                claim = self._claim(seg, raw)
                if claim is not None:
                    yield claim

    def _claim(self, seg: Segment, raw: dict[str, Any]) -> Claim | None:
        act = str(raw.get("act") or "other")
        if act not in self.vocab.acts:
            act = "other"
        subj_name = raw.get("subject")
        if not isinstance(subj_name, str) or not subj_name.strip():
            return None
        subject = seg.speaker if subj_name.strip().lower() in ("i", "me", "the speaker") else \
            self.persons.resolve_or_create(subj_name.strip())
        counterparts = tuple(self.persons.resolve_or_create(str(n)) for n in raw.get("counterparts") or ()
                             if isinstance(n, str) and n.strip())
        power = raw.get("foreign_power") if raw.get("foreign_power") in self.vocab.powers else None
        place = country = None
        if isinstance(raw.get("place"), str) and raw["place"].strip():
            rp = self.places.resolve(raw["place"])
            place, country = (rp.value, rp.country) if rp else (raw["place"].strip(), None)
        time = parse_timex(raw["time"], seg.stated_on) if isinstance(raw.get("time"), str) else Interval.unknown()
        polarity = "deny" if raw.get("polarity") == "deny" else "affirm"
        modality = str(raw.get("modality") or "testimony")
        quote = str(raw.get("quote") or "")
        src = seg.source
        where = seg.text.find(quote) if quote else -1
        if where >= 0 and seg.offset is not None:
            cs = seg.offset + where
            src = Source(src.document, src.turn, src.page, src.line_start, src.line_end, cs, cs + len(quote),
                         src.citation)
        cid = stable_id(NAME, self.model, src.document, src.turn, src.char_start, quote, subject, act, polarity,
                        counterparts, power, place, time.to_dict())
        return Claim(id=cid, asserted_by=seg.speaker, subject=subject, act=act, polarity=polarity, modality=modality,
                     counterparts=counterparts, foreign_power=power, place=place, country=country, time=time,
                     quote=quote, source=src, proceeding=seg.proceeding,
                     stated_on=seg.stated_on.isoformat() if seg.stated_on else None, extractor=NAME,
                     confidence=0.5, extra={"model": self.model})
