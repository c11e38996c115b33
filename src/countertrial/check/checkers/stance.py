"""stance.v1: repudiations and reaffirmations from each person's stance timeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from ...model import Finding
from ...registry import checkers
from ...store import Store
from ..common import BIG, ClaimRow, Evidence, People, describe_span, make_finding, partial_span
from ..config import CheckConfig
from ..scan import ClaimChecker

__all__ = ["StanceChecker", "StanceEvent", "stance_event", "find_flips"]

CHECKER = "stance.v1"

_VERBS = {
    "confessed_pretrial": "confessed during the pre-trial examination",
    "pleaded_guilty": "pleaded guilty",
    "pleaded_not_guilty": "pleaded not guilty",
    "repudiated": "repudiated the earlier testimony",
    "reaffirmed": "re-confirmed the earlier testimony",
    "withdrew": "withdrew the earlier testimony",
    "confirmed": "confirmed the earlier testimony",
}


class StanceEvent(NamedTuple):
    """One stated stance: ``admit`` or ``deny`` on a charge, when, and in what order."""

    person: str
    charge: str
    value: str
    day: int
    rank: int
    claim_id: str
    stance: str | None
    stated: str | None
    confidence: float

    def order(self) -> tuple[int, int, str]:
        return (self.day, self.rank, self.claim_id)


def stance_event(row: ClaimRow, config: CheckConfig) -> StanceEvent | None:
    """The stance a claim states, or ``None`` when it states none.

    A stance is an imported plea (``extra.stance``), a claim whose act is a stance act (a plea,
    a confirmation or withdrawal of earlier testimony), or a confession a person makes about
    themself. Pleas are timelines per proceeding (or ``extra.charge``); self-confessions per act.
    """
    if row.subject is None:
        return None
    value: str | None = None
    if row.stance in config.admit_stances:
        value = "admit"
    elif row.stance in config.deny_stances:
        value = "deny"
    mapped = config.stance_acts.get(row.act)
    if value is None and mapped is not None:
        value = mapped if mapped != "polarity" else ("admit" if row.polarity == "affirm" else "deny")
    plea_like = value is not None
    if value is None and row.modality == "confession" and row.asserted_by in (None, row.subject):
        value = "admit" if row.polarity == "affirm" else "deny"
    if value is None:
        return None
    charge = row.charge or ((row.proceeding or "") if plea_like else f"act:{row.act}")
    when = row.stated_on or row.t_start
    s = partial_span(when)
    day = s.lo if s is not None else BIG
    rank = config.stance_rank.get(row.stance or "", 1)
    return StanceEvent(row.subject, charge, value, day, rank, row.id, row.stance, when,
                       row.confidence if row.confidence is not None else 1.0)


def find_flips(events: Iterable[StanceEvent]) -> Iterator[tuple[StanceEvent, StanceEvent, str]]:
    """Each change of stance in one (person, charge) timeline: the stance before, the one after,
    and its kind: ``repudiation`` (admit to deny), ``reaffirmation`` (deny to admit after an
    earlier admission: the withdrawal taken back) or ``admission_after_denial`` (deny to admit
    with no admission before the denial: a first confession, not a return to one)."""
    previous: StanceEvent | None = None
    admitted = False  # an admission before ``previous``
    for event in sorted(events, key=StanceEvent.order):
        if previous is not None and event.value != previous.value:
            if event.value == "deny":
                kind = "repudiation"
            else:
                kind = "reaffirmation" if admitted else "admission_after_denial"
            yield previous, event, kind
        if previous is not None and previous.value == "admit":
            admitted = True
        previous = event


_KIND_WORDS = {"repudiation": "a repudiation", "reaffirmation": "a reaffirmation",
               "admission_after_denial": "an admission after a denial, with no earlier admission"}


def _verb(e: StanceEvent) -> str:
    if e.stance and e.stance in _VERBS:
        return _VERBS[e.stance]
    return "admitted the charge" if e.value == "admit" else "denied the charge"


def flip_finding(before: StanceEvent, after: StanceEvent, kind: str, people: People,
                 evidence: Evidence) -> Finding:
    name = people.name(before.person)
    charge = before.charge[4:] if before.charge.startswith("act:") else before.charge
    on = f" ({charge})" if charge else ""
    explanation = (f"{name} {_verb(before)} on {_when(before)} and {_verb(after)} on {_when(after)}{on}: "
                   f"{_KIND_WORDS.get(kind, kind)}.")
    return make_finding(
        CHECKER, kind, (before.claim_id, after.claim_id), explanation, min(before.confidence, after.confidence),
        (before.person,), (), [evidence.claim(before.claim_id, "before"), evidence.claim(after.claim_id, "after")],
        charge=charge, before=before.value, after=after.value)


def _when(e: StanceEvent) -> str:
    if not e.stated:
        return "an unknown date"
    s = partial_span(e.stated)
    return describe_span(s) if s is not None else e.stated


@checkers.register(CHECKER)
class StanceChecker(ClaimChecker):
    """Stance timelines: repudiations and reaffirmations.

    For each person and charge (a proceeding's charges for pleas, an act for self-confessions),
    orders the person's stated stances in time: pre-trial confession, plea, denial, withdrawal
    or re-confirmation of earlier testimony. A change from admitting to denying is a
    *repudiation*; from denying back to admitting, after an earlier admission, a
    *reaffirmation*; from denying to admitting with no admission before the denial, an
    *admission after denial*. Each finding quotes both statements with their dates and sources.
    """

    name = CHECKER

    def prepare(self, store: Store, workdir: str) -> None:
        # Only stance claims are kept (pleas and confessions: a small share of all claims).
        self.events: list[StanceEvent] = []

    def feed(self, row: ClaimRow) -> None:
        event = stance_event(row, self.config)
        if event is not None:
            self.events.append(event)

    def collect(self, part: int) -> Any:
        events, self.events = self.events, []
        return events

    def finish(self, store: Store, results: list[Any], worked: list[Finding]) -> Iterator[Finding]:
        people = People(store)
        evidence = Evidence(store)
        timelines: dict[tuple[str, str], list[StanceEvent]] = {}
        for events in results:
            for event in events:
                timelines.setdefault((event.person, event.charge), []).append(event)
        for key in sorted(timelines):
            for before, after, kind in find_flips(timelines[key]):
                yield flip_finding(before, after, kind, people, evidence)
