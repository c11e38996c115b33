"""Extract claims: who asserts what act, about whom, with whom, where and when, affirmed or denied.

Library API (see ``docs/CONTRACTS.md``)::

    extract_case(store, *, extractor="rules", progress=None, workers=None) -> ExtractReport
    extract_text(text, *, store=None, asserted_by=None, stated_on=None) -> list[Claim]
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from ..dates import InvalidDate, parse_partial_date
from ..model import Claim, Document, Person, Source, Turn
from .. import registry
from ..resolve.persons import PersonResolver, label_name
from ..store import Store
from .segment import Segment, split_dialogue
from .timex import find_timexes

__all__ = ["extract_case", "extract_text", "ExtractReport", "get_extractor", "turn_segments"]


@dataclass(frozen=True)
class ExtractReport:
    """What one run did: turns read, claims made (new ones among them), people met that the roster
    did not know, per-act counts, the extractor's versioned name and the time taken."""

    extractor: str
    turns: int = 0
    claims: int = 0
    new_claims: int = 0
    new_persons: int = 0
    by_act: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    failed: tuple[tuple[str, str], ...] = ()
    """(turn id, reason) for each turn the extractor failed on (the run went on without it)."""
    superseded: int = 0
    """Claims an earlier run of the same extractor made from the turns read and this run did not
    make again (its rules changed since): removed."""

    def to_dict(self) -> dict[str, Any]:
        return {"extractor": self.extractor, "turns": self.turns, "claims": self.claims,
                "new_claims": self.new_claims, "new_persons": self.new_persons, "by_act": self.by_act,
                "superseded": self.superseded, "failed": [{"turn": t, "reason": r} for t, r in self.failed],
                "seconds": round(self.seconds, 3)}


def get_extractor(name: str = "rules", store: Store | None = None, vocab_paths: Iterable[str | Path] = ()) -> Any:
    """Build the extractor registered as ``name`` (``rules`` picks the newest ``rules.vN``)."""
    factory = cast(Callable[..., Any], registry.extractors.get(name))
    return factory(store, vocab_paths)


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        iv = parse_partial_date(str(value)[:10])
    except InvalidDate:
        return None
    return iv.start


_PREDICTION_DATED = re.compile(r"\b(?:this|that|the|his|my)\s+(?:prediction|forecast|warning|statement|testimony|"
                               r"dialogue|exchange)s?\s*,?\s*(?:was\s+)?(?:made|given|uttered|delivered|written)\s+"
                               r"(?:in|on)\s+", re.IGNORECASE)


def extract_text(text: str, *, store: Store | None = None, asserted_by: str | None = None,
                 stated_on: str | date | None = None, extractor: str = "rules",
                 vocab_paths: Iterable[str | Path] = (), people: dict[str, dict[str, Any]] | None = None) -> list[Claim]:
    """Claims from ad-hoc text (an article, a pasted exchange). ``asserted_by`` is the author;
    quoted dialogue with speaker labels ("TROTSKY: ...") is attributed to its speakers and
    ``reported_by`` the author. A following "This prediction, made in April 1937" dates the
    quoted statements. Unknown people are created in ``store`` (when given) as unresolved.
    ``people``, when given, is filled with every person id the claims name -> ``{"name": ...,
    "unresolved": bool}`` (unresolved: not in the roster, a new person)."""
    ext = get_extractor(extractor, store, vocab_paths)
    anchor = _as_date(stated_on)
    segments: list[Segment] = []
    for start, end, label in split_dialogue(text):
        speaker = asserted_by
        role = None
        if label is not None:
            if ext.persons.is_stopword(label):
                speaker, role = None, label.lower()
            else:
                speaker = ext.persons.resolve_or_create(label_name(label))
        segments.append(Segment(text[start:end], speaker=speaker, stated_on=anchor,
                                source=Source(char_start=start, char_end=end), offset=start, role=role,
                                author=asserted_by if label is not None else None))
    claims: list[Claim] = []
    # One segment at a time (their claims are dated below), each with the one before it: a bare
    # answer ("Yes.") takes over the question just before it.
    per_segment: list[list[Claim]] = [list(ext.extract([s], context=segments[i - 1] if i else None))
                                      for i, s in enumerate(segments)]
    # "This prediction, made in April 1937": the quoted statements just before are dated by it.
    for i, seg in enumerate(segments):
        if seg.author is not None:
            continue
        m = _PREDICTION_DATED.search(seg.text)
        if m is None:
            continue
        hits = find_timexes(seg.text[m.end():m.end() + 40], anchor)
        if not hits or not hits[0].interval.known:
            continue
        when = hits[0].interval.iso()
        j = i - 1
        while j >= 0 and segments[j].author is not None:
            per_segment[j] = [c.replace(stated_on=when, id=c.id + "") for c in per_segment[j]]
            j -= 1
    for batch in per_segment:
        claims.extend(batch)
    if store is not None:
        _store_results(store, claims, ext.new_persons)
    if people is not None:
        for c in claims:
            for pid in (c.subject, c.asserted_by, c.reported_by, *c.counterparts):
                if pid and pid not in people:
                    people[pid] = {"name": ext.persons.name_of(pid), "unresolved": pid in ext.new_persons}
    return claims


def _store_results(store: Store, claims: list[Claim], new_persons: dict[str, Person]) -> tuple[int, int]:
    with store.transaction():
        fresh = [p for pid, p in new_persons.items() if store.get(Person, pid) is None]
        store.put(fresh)
        for p in fresh:
            store.set_aliases("person", p.id, [p.name])
        before = store.count(Claim)
        store.put(claims)
        after = store.count(Claim)
    return after - before, len(fresh)


def speaker_of(t: Turn, persons: PersonResolver) -> str | None:
    """The person who speaks turn ``t``: its person, else the one its label names (created if new)."""
    speaker = t.person
    if speaker is None and t.speaker_label and not persons.is_stopword(t.speaker_label):
        label = t.speaker_label.strip().rstrip(":")
        if not re.fullmatch(r"[QA]\.?", label):
            persons.new_text()  # each turn's label alone: no variant merging across turns
            speaker = persons.resolve_or_create(label_name(label) if label.isupper() else label)
    return speaker


def turn_segments(turns: Iterable[Turn], persons: PersonResolver,
                  accused: dict[str, str] | None = None) -> Iterator[Segment]:
    """One :class:`Segment` per turn, citing document, turn, page, lines and characters; ``accused``
    (document id -> person) says who "the Accused" is in each document's turns."""
    for t in turns:
        speaker = speaker_of(t, persons)
        exact = (t.char_end - t.char_start) == len(t.text)
        yield Segment(t.text, speaker=speaker, stated_on=_as_date(t.session_date),
                      source=Source(t.document, t.id, t.page, t.line_start, t.line_end, t.char_start, t.char_end),
                      offset=t.char_start if exact else None, proceeding=t.proceeding,
                      role=t.role or (t.speaker_label.lower() if speaker is None and t.speaker_label else None),
                      accused=(accused or {}).get(t.document))


def extract_case(store: Store, *, extractor: str = "rules", progress: Any = None,
                 vocab_paths: Iterable[str | Path] = (), batch: int = 500, workers: int | None = None) -> ExtractReport:
    """Extract claims from every ingested turn of the case. Claims are content-addressed, so
    running again adds nothing new; claims that an earlier run of the same extractor (same
    versioned name) made from these turns and this run does not make again are removed at the
    end, in one transaction (after an upgrade of the rules the case holds this version's claims,
    not the union of both; turns this run failed on keep theirs, other extractors' claims are
    untouched, and findings that rested on a removed claim turn stale at the next ``check``, with
    their quotes kept). ``progress`` (a :class:`countertrial.cli.common.Ticker`) advances per batch
    of ``batch`` turns.

    ``workers`` processes extract batches side by side (default: one per core, at most
    :data:`.workers.MAX_WORKERS`, and none when the case fits in one batch); ``1`` runs in this
    process. The extractor is built once, here; only this process writes to the store, batch
    by batch in order, so any number of workers gives the same claims with the same ids."""
    from .workers import Batch, default_workers, run_batches

    t0 = time.perf_counter()
    ext = get_extractor(extractor, store, vocab_paths)
    total = store.count(Turn)
    if progress is not None:
        progress.total(total)
    n_workers = default_workers() if workers is None else max(1, workers)
    if total <= batch:
        n_workers = 1  # one batch: nothing to share out
    if n_workers > 1:
        _warm_up()
    n_turns = n_claims = new_claims = new_persons = 0
    acts: Counter[str] = Counter()
    met: dict[str, Person] = {}  # the people met so far that the roster did not know, first name first
    made: set[str] = set()  # the ids of the claims this run made
    read: set[str] = set()  # the turns it read

    def batches() -> Iterator[Batch]:
        pending: list[Turn] = []
        previous: Turn | None = None  # the last turn of the batch before: a question its next turn may answer
        accused: dict[str, Turn] = {}
        for doc_id in [d.id for d in store.iter(Document)]:
            turns = list(store.iter(Turn, order_by="seq", document=doc_id))
            # "the Accused" is the one accused who speaks in the document (none when several do):
            # one of his turns goes with each batch, read where the batch is read (workers.py)
            speaking = {(t.person, t.speaker_label): t for t in turns if t.role == "accused"}
            if len(speaking) == 1:
                accused[doc_id] = next(iter(speaking.values()))
            for t in turns:
                pending.append(t)
                read.add(t.id)
                if len(pending) >= batch:
                    yield Batch(pending, previous, _accused_of(accused, pending, previous))
                    previous, pending = pending[-1], []
        if pending:
            yield Batch(pending, previous, _accused_of(accused, pending, previous))

    failed: list[tuple[str, str]] = []
    for result in run_batches(ext, batches(), n_workers):
        failed += result.failed
        made.update(c.id for c in result.claims)
        for p in result.new_persons:
            met.setdefault(p.id, p)
        added, people = _store_results(store, result.claims, met)
        n_turns += result.turns
        n_claims += len(result.claims)
        new_claims += added
        new_persons += people
        acts.update(c.act for c in result.claims)
        if progress is not None:
            progress.advance(result.turns)
    read.difference_update(t for t, _reason in failed)
    superseded = _remove_superseded(store, ext.name, read, made)
    report = ExtractReport(ext.name, n_turns, n_claims, new_claims, new_persons,
                           dict(sorted(acts.items())), time.perf_counter() - t0, tuple(failed), superseded)
    store.record_run("extract", ext.name, report.to_dict())
    return report


def _accused_of(accused: dict[str, Turn], turns: list[Turn], previous: Turn | None) -> dict[str, Turn]:
    """The accused's turn of each document the batch reads (its turns, and the turn before them)."""
    docs = {t.document for t in turns} | ({previous.document} if previous is not None else set())
    return {d: accused[d] for d in docs if d in accused}


def _remove_superseded(store: Store, extractor: str, read: set[str], made: set[str]) -> int:
    """Delete the claims of ``extractor`` from the turns in ``read`` that are not in ``made``."""
    gone = [cid for cid, turn in store.iter_values(Claim, ["id", "turn"], extractor=extractor)
            if turn in read and cid not in made]
    if gone:
        store.retire_claims(gone)
    return len(gone)


def _warm_up() -> None:
    """Build what the rules load lazily (the gazetteer) before worker processes are forked, so
    that they share it instead of each building its own."""
    from ..resolve.gazetteer import lookup

    lookup("Oslo")
