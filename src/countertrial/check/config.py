"""The one typed config of the check stage: every checker's defaults live here.

Vocabulary the checkers rely on (which record-fact kinds put a person somewhere, which acts
need the counterpart in the room, which stance words admit or deny, which sentences are
procedural boilerplate) is data in this config, so a case can override it without code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CheckConfig", "TravelMode", "DEFAULT_TRAVEL_MODES"]


@dataclass(frozen=True)
class TravelMode:
    """A way to travel, usable from ``from_year`` to ``to_year`` (inclusive), covering
    ``km_per_day`` door to door (connections, waiting and borders included)."""

    name: str
    km_per_day: float
    from_year: int = 0
    to_year: int = 9999


DEFAULT_TRAVEL_MODES: tuple[TravelMode, ...] = (
    TravelMode("coach", 80.0, 0, 1850),
    TravelMode("rail", 600.0, 1850, 1945),
    TravelMode("air", 1500.0, 1925, 1950),
    TravelMode("rail", 900.0, 1946, 9999),
    TravelMode("air", 8000.0, 1951, 9999),
)
"""Deliberately fast estimates for Europe: a conflict is only reported when even the fastest
mode of the era could not have made the journey in the time the record leaves."""


@dataclass(frozen=True)
class CheckConfig:
    """Defaults for all checkers (``countertrial check`` and :func:`run_checks`)."""

    # -- shared ------------------------------------------------------------------------------
    min_score: float = 0.3
    """Findings scoring below this are not reported."""
    same_place_km: float = 40.0
    """Two places closer than this count as the same place (Kjeller is part of Oslo)."""
    confidence_weights: dict[str, float] = field(default_factory=lambda: {
        "high": 1.0, "medium": 0.85, "low": 0.6})
    """How a record fact's stated confidence scales a finding's score."""

    workers: int = 0
    """Processes for the shared claim pass (0: one per core, at most 4; 1: no worker processes)."""
    parallel_min_claims: int = 50_000
    """Cases with fewer claims than this are checked in one process (forking costs more)."""

    # -- record_conflict ---------------------------------------------------------------------
    travel_modes: tuple[TravelMode, ...] = DEFAULT_TRAVEL_MODES
    presence_kinds: dict[str, float] = field(default_factory=lambda: {
        "whereabouts": 1.0, "travel": 0.9, "exile": 0.8, "residence": 0.7, "internment": 0.95})
    """Record-fact kinds that put their subject at their place for their whole interval, with
    how strongly (a residence does not rule out a short trip as firmly as a dated whereabouts)."""
    habitual_kinds: tuple[str, ...] = ("residence",)
    habitual_max_days: int = 92
    """A residence longer than this says where someone lived, not where they were each day: it
    contradicts nothing (a three-week stay at Bagneres does)."""
    event_kinds: tuple[str, ...] = ("travel", "whereabouts")
    """Presence kinds that, given as one coarse date ("1931-05"), mean "at some time in that
    month", not "all month": they then cannot contradict anything."""
    custody_kinds: tuple[str, ...] = ("arrest", "prison", "imprisonment", "custody", "detention", "internment",
                                      "camp")
    """Kinds that put their subject in custody: from the arrest (the latest day the record allows)
    until a release or death, or for the stated range."""
    release_kinds: tuple[str, ...] = ("release", "freed", "escape")
    copresence_acts: tuple[str, ...] = ("met", "meet", "meeting", "visited", "visit", "travelled", "travel",
                                        "flew", "conversation", "talked", "handed", "brought", "received")
    """Acts that need every counterpart at the claim's place (a letter does not; a meeting does)."""
    travel_acts: tuple[str, ...] = ("travelled", "travel", "flew", "flight", "arrived", "journey", "visited",
                                    "visit", "met", "meeting")
    """Acts that imply arriving at the claim's place (checked against ``no_arrival`` facts)."""
    no_arrival_kinds: tuple[str, ...] = ("no_arrival",)
    """Place facts saying nobody arrived there (by ``extra.mode``, e.g. ``air``) in an interval."""
    cross_border_days: float = 1.0
    """Travel days assumed between two places in different countries when coordinates are unknown."""
    unknown_distance_factor: float = 0.6
    """Score factor when a distance had to be guessed from countries."""
    refutation_scores: dict[str, float] = field(default_factory=lambda: {
        "high": 0.9, "medium": 0.7, "low": 0.4})

    # -- witness_conflict --------------------------------------------------------------------
    witness_max_interval_days: int = 92
    """Claims whose time is vaguer than this cannot be said to be about the same event."""
    witness_time_gap_days: int = 45
    """For claims tied to one event (``extra.event``), dates further apart than this conflict."""
    witness_excluded_modalities: tuple[str, ...] = ("argument",)
    """Claims of these modalities are no witness's account: counsel's argument is not compared."""
    witness_partition_claims: int = 50_000
    """Event keys are hashed into one partition per this many claims; each partition is sorted
    in memory on its own, so memory stays bounded however large the case."""

    # -- stance ------------------------------------------------------------------------------
    admit_stances: tuple[str, ...] = ("confessed_pretrial", "pleaded_guilty", "reaffirmed", "confirmed",
                                      "confessed", "admitted")
    deny_stances: tuple[str, ...] = ("pleaded_not_guilty", "repudiated", "withdrew", "withdrawn", "retracted",
                                     "denied", "recanted")
    stance_acts: dict[str, str] = field(default_factory=lambda: {
        "plea": "polarity", "confess": "admit", "confession": "admit", "confirm": "admit",
        "confirm_testimony": "admit", "reaffirm": "admit", "withdraw": "deny", "withdraw_testimony": "deny",
        "repudiate": "deny", "retract": "deny", "recant": "deny", "deny_testimony": "deny"})
    """Acts that state a stance: ``admit``, ``deny``, or ``polarity`` (affirm admits, deny denies)."""
    stance_rank: dict[str, int] = field(default_factory=lambda: {
        "confessed_pretrial": 0, "pleaded_guilty": 1, "pleaded_not_guilty": 1, "repudiated": 2, "reaffirmed": 3})
    """Order of stances stated on the same day (a pre-trial confession precedes a plea)."""

    # -- scripted ----------------------------------------------------------------------------
    shingle_words: int = 3
    min_words: int = 8
    """Sentences shorter than this are never compared (too little to be a formula)."""
    num_perm: int = 96
    bands: int = 24
    jaccard_threshold: float = 0.6
    seed: int = 1
    excluded_roles: tuple[str, ...] = ("judge", "president", "prosecutor", "clerk", "court", "counsel",
                                       "chair", "commissioner", "interpreter")
    boilerplate_patterns: tuple[str, ...] = (
        r"\b(swear|affirm)\b.*\btruth\b",
        r"\bnothing but the truth\b",
        r"\bno further questions\b",
        r"\b(good|this) (morning|afternoon|evening)\b",
        r"\bplease be seated\b",
        r"\blet the record (show|reflect)\b",
        r"\b(objection|sustained|overruled)\b",
        r"\bthe (court|session) is (adjourned|resumed|in recess)\b",
        r"\bthank you,? (your honou?r|mr|madam|sir)\b",
        r"\bcall (your|the) next witness\b",
        r"\bstate your (full )?name\b",
    )
    """Procedural sentences (oaths, greetings, rulings) that are the same everywhere by design."""
