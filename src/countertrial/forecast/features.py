"""Candidate accusations and their relational features.

A candidate is a person and either an *act* (``espionage``: accused of it, with or without a
foreign power) or a *power* (``serving Germany``: accused of any act naming that power). Every
feature is computed from a :class:`~countertrial.forecast.data.Snapshot` — the case as known
before the cut-off — and is relational: it says "was posted in the country named", never "the
country is Germany", so powers never seen in training are handled like any other.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Fact, Proceeding
from .data import Snapshot, describe_fact
from .vocab import canonical_country, canonical_powers, sectors_in_text, vocab

__all__ = ["Candidate", "FeatureBuilder", "FEATURES", "SERVING", "describe_feature"]

SERVING = "serving"
"""The act name of a power-level candidate: accused of serving the foreign power (any act)."""

FEATURES: dict[str, str] = {
    "power_level": "the candidate is a foreign power (serving C) rather than an act",
    "named_before": "log(1 + times the person was named in earlier claims)",
    "act_rate_all": "share of earlier defendants accused of the act",
    "act_rate_last": "share of the last proceeding's defendants accused of the act",
    "act_named_for": "the person was named in an earlier claim of the act",
    "act_associates": "someone linked to the person by a claim was accused of the act earlier",
    "opposition_x_political": "opposition history, and the act is political (conspiracy)",
    "opposition_x_violent": "opposition history, and the act is violent (terror, assassination, poisoning)",
    "opposition_x_foreign": "opposition history, and the act is serving abroad (espionage, treason)",
    "abroad_x_foreign": "the person was posted or travelled abroad, and the act is espionage or treason",
    "econ_post_x_econ_act": "the person held an economic post, and the act is wrecking, sabotage or diversion",
    "sector_precedent": "the person held a post in a sector where the act was alleged before",
    "posted_in": "the person held a post in the country",
    "travelled_to": "the person travelled to the country",
    "lived_in": "the person lived, was exiled, served or was arrested in the country",
    "sent_after_capitulation": "the person was sent to the country after capitulating (Trotsky's rule)",
    "power_share_all": "share of earlier foreign-power accusations that named the country",
    "power_share_last": "share of the last proceeding's foreign-power accusations that named the country",
    "foreign_rate_last": "share of the last proceeding's defendants accused of serving any power",
    "power_associates": "someone linked to the person by a claim was accused of serving the country",
    "power_named_for": "the person was named in an earlier claim involving the country",
}
"""Feature name -> one plain sentence (the model's coefficients are reported under these names)."""


def describe_feature(name: str) -> str:
    return FEATURES.get(name, name)


@dataclass(frozen=True)
class Candidate:
    """One (person, accusation) pair with its features and the evidence behind each feature."""

    person: str
    act: str
    power: str | None
    features: dict[str, float]
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sector: str | None = None

    @property
    def level(self) -> str:
        return "power" if self.power is not None else "act"

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.person, self.act, self.power)

    @property
    def label_text(self) -> str:
        return f"serving {self.power}" if self.power is not None else self.act


@dataclass
class _Tally:
    """Accusation counts over a set of earlier defendants: how many, per act, per power, and how
    many were accused of serving some power."""

    defendants: int = 0
    acts: Counter[str] = field(default_factory=Counter)
    powers: Counter[str] = field(default_factory=Counter)
    foreign: int = 0


class FeatureBuilder:
    """Builds candidates for persons of one target, from one snapshot."""

    def __init__(self, snap: Snapshot, target: Proceeding | None = None) -> None:
        self.snap = snap
        self.home = snap.home(target)
        self.v = vocab()

    # -- history summaries ------------------------------------------------------------------
    def _tally(self, last_only: bool) -> _Tally:
        """How often each act and each power was alleged against the defendants of every earlier
        trial, or of the last one only."""
        t = _Tally()
        last = self.snap.trials[-1].id if self.snap.trials else None
        for (proc, _), claims in self.snap.accusations_by.items():
            if last_only and proc != last:
                continue
            t.defendants += 1
            t.acts.update({c.act for c in claims})
            ps = {p for c in claims for p in canonical_powers(c.foreign_power)}
            t.powers.update(ps)
            t.foreign += 1 if ps else 0
        return t

    @cached_property
    def _all(self) -> _Tally:
        return self._tally(last_only=False)

    @cached_property
    def _last(self) -> _Tally:
        return self._tally(last_only=True)

    @cached_property
    def known_acts(self) -> list[str]:
        """The vocabulary's acts and every act alleged before the cut-off."""
        return sorted(set(self.v.acts) | {c.act for c in self.snap.accusations})

    @cached_property
    def known_powers(self) -> list[str]:
        return sorted({p for c in self.snap.accusations for p in canonical_powers(c.foreign_power)})

    @cached_property
    def _sector_acts(self) -> dict[str, dict[str, list[str]]]:
        """sector -> act -> descriptions of earlier accusations of that act set in the sector."""
        out: dict[str, dict[str, list[str]]] = {}
        for c in self.snap.accusations:
            for s in sectors_in_text(c.place, c.quote):
                if s in ("diplomacy", "press"):
                    continue
                out.setdefault(s, {}).setdefault(c.act, []).append(
                    f"{self._name(c.subject)} accused of {c.act} in {s} ({c.proceeding})")
        return out

    def _name(self, pid: str | None) -> str:
        if pid is None:
            return "?"
        p = self.snap.persons.get(pid)
        return p.name if p else pid

    # -- per person -------------------------------------------------------------------------
    def _abroad(self, person: str) -> list[tuple[str, str, Fact]]:
        """(placement, country, fact) for the person's facts that place them in a foreign country."""
        out = []
        for f in self.snap.facts_by_person.get(person, []):
            placement = self.v.fact_kinds.get(f.kind)
            country = canonical_country(f.country)
            if placement in ("post", "travel", "lived") and country and country != self.home:
                out.append((placement, country, f))
        return out

    def _status(self, person: str, kind: str) -> list[Fact]:
        return [f for f in self.snap.facts_by_person.get(person, []) if f.kind == kind]

    def _posts_sectors(self, person: str) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = {}
        for f in self.snap.facts_by_person.get(person, []):
            if f.kind == "post":
                for s in sectors_in_text(f.place, f.detail):
                    out.setdefault(s, []).append(f)
        return out

    def candidates(self, person: str, extra: set[tuple[str, str | None]] | None = None) -> list[Candidate]:
        """Every act, and every power the person or the case history connects them with (plus
        ``extra`` (act, power) keys to score, e.g. the accusations a backtest checks)."""
        acts = set(self.known_acts)
        powers = set(self.known_powers) | {c for _, c, _ in self._abroad(person)}
        for other in self.snap.associates.get(person, set()):
            for (_, d), claims in self.snap.accusations_by.items():
                if d == other:
                    powers |= {p for c in claims for p in canonical_powers(c.foreign_power)}
        for act, power in extra or set():
            if power is None:
                acts.add(act)
            else:
                powers.add(power)
        powers.discard(self.home or "")
        out = [self.features(person, a, None) for a in sorted(acts)]
        out += [self.features(person, SERVING, p) for p in sorted(powers)]
        return out

    def features(self, person: str, act: str, power: str | None) -> Candidate:
        snap, v = self.snap, self.v
        f: dict[str, float] = {}
        ev: dict[str, tuple[str, ...]] = {}
        as_of = snap.as_of
        mentions = snap.mentions.get(person, [])
        if mentions:
            f["named_before"] = math.log1p(len(mentions))
            ev["named_before"] = tuple(sorted({f"named by {self._name(m.by)} ({m.claim.proceeding or m.claim.stated_on})"
                                               for m in mentions}))[:5]
        opposition = self._status(person, "opposition")
        associates = snap.associates.get(person, set())
        sector = None
        if power is None:
            every, last = self._all, self._last
            f["act_rate_all"] = every.acts[act] / every.defendants if every.defendants else 0.0
            f["act_rate_last"] = last.acts[act] / last.defendants if last.defendants else 0.0
            named = [m for m in mentions if m.claim.act == act]
            if named:
                f["act_named_for"] = 1.0
                ev["act_named_for"] = tuple(sorted({f"named by {self._name(m.by)} in a claim of {act}" for m in named}))
            assoc = sorted({a for (_, a), cs in snap.accusations_by.items() if a in associates and any(c.act == act for c in cs)})
            if assoc:
                f["act_associates"] = 1.0
                ev["act_associates"] = tuple(f"{self._name(a)} was accused of {act}" for a in assoc)
            family = v.family(act)
            if opposition and family in ("political", "violent", "foreign"):
                f[f"opposition_x_{family}"] = 1.0
                ev[f"opposition_x_{family}"] = tuple(describe_fact(x, as_of) for x in opposition)
            abroad = [x for pl, _, x in self._abroad(person) if pl in ("post", "travel")]
            if abroad and family == "foreign":
                f["abroad_x_foreign"] = 1.0
                ev["abroad_x_foreign"] = tuple(describe_fact(x, as_of) for x in abroad)
            posts = self._posts_sectors(person)
            econ = {s: fs for s, fs in posts.items() if v.sectors[s][0]}
            if econ and family == "economic":
                f["econ_post_x_econ_act"] = 1.0
                ev["econ_post_x_econ_act"] = tuple(sorted({describe_fact(x, as_of) for fs in econ.values() for x in fs}))
                sector = sorted(econ)[0]
            precedent = [(s, d) for s in posts for d in self._sector_acts.get(s, {}).get(act, [])]
            if precedent:
                f["sector_precedent"] = 1.0
                ev["sector_precedent"] = tuple(sorted({f"{s} post; {d}" for s, d in precedent}))[:5]
                sector = precedent[0][0]
        else:
            f["power_level"] = 1.0
            for placement, feat in (("post", "posted_in"), ("travel", "travelled_to"), ("lived", "lived_in")):
                hits = [x for pl, c, x in self._abroad(person) if pl == placement and c == power]
                if hits:
                    f[feat] = 1.0
                    ev[feat] = tuple(describe_fact(x, as_of) for x in hits)
            caps = [x.time.start for x in self._status(person, "capitulation") if x.time.start]
            if caps:
                first = min(caps)
                sent = [x for pl, c, x in self._abroad(person)
                        if pl in ("post", "travel") and c == power and x.time.start and x.time.start >= first]
                if sent:
                    f["sent_after_capitulation"] = 1.0
                    ev["sent_after_capitulation"] = (f"capitulated {first.year}",
                                                     *(describe_fact(x, as_of) for x in sent))
            every, last = self._all, self._last
            f["power_share_all"] = every.powers[power] / every.foreign if every.foreign else 0.0
            if every.powers[power]:
                ev["power_share_all"] = (f"{power} named against {every.powers[power]} of {every.foreign} earlier "
                                         "defendants accused of serving a power",)
            f["power_share_last"] = last.powers[power] / last.foreign if last.foreign else 0.0
            if last.powers[power]:
                ev["power_share_last"] = (f"{power} named against {last.powers[power]} of {last.foreign} such "
                                          "defendants of the last trial",)
            f["foreign_rate_last"] = last.foreign / last.defendants if last.defendants else 0.0
            assoc = sorted({a for (_, a), cs in snap.accusations_by.items() if a in associates
                            and any(power in canonical_powers(c.foreign_power) for c in cs)})
            if assoc:
                f["power_associates"] = 1.0
                ev["power_associates"] = tuple(f"{self._name(a)} was accused of serving {power}" for a in assoc)
            named = [m for m in mentions if power in canonical_powers(m.claim.foreign_power)]
            if named:
                f["power_named_for"] = 1.0
                ev["power_named_for"] = tuple(sorted({f"named by {self._name(m.by)} in a claim involving {power}"
                                                      for m in named}))
        return Candidate(person, act, power, {k: val for k, val in f.items() if val}, ev, sector)
