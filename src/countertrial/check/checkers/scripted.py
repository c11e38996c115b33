"""scripted.v1: the same formulas, near-verbatim, in the mouths of different speakers.

Each sentence of a turn (procedural boilerplate and the court's own turns left out) becomes a
set of word shingles; MinHash signatures (datasketch's scheme: universal hashing modulo the
Mersenne prime 2^61-1, vectorised with NumPy over batches of sentences) are cut into bands;
sentences sharing a band bucket are candidates, and only candidates are compared exactly.
Only the band hashes stay in memory (a few bytes per sentence), never the texts.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import numpy as np

from ...model import Finding, Turn
from ...names import fold
from ...registry import checkers
from ...store import Store
from ..common import Checker, Evidence, People, Tick, make_finding, no_tick
from ..config import CheckConfig

__all__ = ["ScriptedChecker", "Unit", "turn_units", "jaccard", "cluster_findings", "TURN_FIELDS"]

CHECKER = "scripted.v1"
TURN_FIELDS = ("id", "person", "speaker_label", "role", "text")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


class Unit(NamedTuple):
    """One comparable sentence: where it is, who said it, its words and shingle hashes."""

    turn: str
    seq: int
    speaker: str
    text: str
    words: tuple[str, ...]
    shingles: frozenset[int]

    @property
    def key(self) -> str:
        return f"{self.turn}#{self.seq}"


def speaker_of(person: str | None, label: str | None) -> str:
    return person or f"label:{fold(label or '?')}"


def turn_units(turn_id: str, person: str | None, label: str | None, role: str | None, text: str,
               config: CheckConfig, boilerplate: re.Pattern[str]) -> list[Unit]:
    """The sentences of one turn worth comparing (none for the court's own turns)."""
    if role and role.lower() in config.excluded_roles:
        return []
    speaker = speaker_of(person, label)
    out: list[Unit] = []
    n = config.shingle_words
    for i, sentence in enumerate(_SENTENCE.split(text)):
        words = tuple(w.lower() for w in _WORD.findall(sentence))
        if len(words) < config.min_words or boilerplate.search(" ".join(words)):
            continue
        shingles = frozenset(zlib.crc32(" ".join(words[j:j + n]).encode("utf-8"))
                             for j in range(len(words) - n + 1))
        out.append(Unit(turn_id, i, speaker, sentence.strip(), words, shingles))
    return out


def boilerplate_pattern(config: CheckConfig) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in config.boilerplate_patterns) or r"(?!x)x")


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class Signer:
    """MinHash signatures and LSH band hashes for batches of shingle sets."""

    def __init__(self, config: CheckConfig) -> None:
        if config.num_perm % config.bands:
            raise ValueError(f"num_perm ({config.num_perm}) must be a multiple of bands ({config.bands})")
        rng = np.random.RandomState(config.seed)
        self.a = rng.randint(1, (1 << 61) - 1, size=config.num_perm, dtype=np.uint64)
        self.b = rng.randint(0, (1 << 61) - 1, size=config.num_perm, dtype=np.uint64)
        self.rows = config.num_perm // config.bands
        self.bands = config.bands
        self.mix = rng.randint(1, (1 << 63) - 1, size=self.rows, dtype=np.uint64) | np.uint64(1)

    def band_hashes(self, sets: list[frozenset[int]]) -> np.ndarray[Any, np.dtype[np.uint32]]:
        lengths = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
        flat = np.fromiter((h for s in sets for h in s), dtype=np.uint64, count=int(lengths.sum()))
        starts = np.zeros(len(sets), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        with np.errstate(over="ignore"):
            hv = (flat[:, None] * self.a[None, :] + self.b[None, :]) % _PRIME & _MAX_HASH
            sig = np.minimum.reduceat(hv, starts, axis=0)
            bands = sig.reshape(len(sets), self.bands, self.rows)
            mixed = (bands * self.mix[None, None, :]).sum(axis=2, dtype=np.uint64)
        out: np.ndarray[Any, np.dtype[np.uint32]] = (mixed >> np.uint64(32)).astype(np.uint32)
        return out


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_findings(edges: Iterable[tuple[Unit, Unit, float]], store: Store, config: CheckConfig,
                     people: People) -> Iterator[Finding]:
    """Group verified near-duplicate pairs into clusters (by union-find) and report each cluster
    that spans at least two speakers, with its shared phrases."""
    uf = UnionFind()
    units: dict[str, Unit] = {}
    sims: dict[str, list[float]] = {}
    for a, b, sim in edges:
        units[a.key], units[b.key] = a, b
        uf.union(a.key, b.key)
        sims.setdefault(a.key, []).append(sim)
    groups: dict[str, list[Unit]] = {}
    for key, unit in units.items():
        groups.setdefault(uf.find(key), []).append(unit)
    evidence = Evidence(store)
    for members in groups.values():
        members.sort(key=lambda u: u.key)
        speakers = sorted({u.speaker for u in members})
        if len(speakers) < 2:
            continue
        scores = [s for u in members for s in sims.get(u.key, ())]
        score = sum(scores) / len(scores)
        phrases = shared_phrases(members, config.shingle_words + 2)
        names = [people.name(s) if not s.startswith("label:") else s[6:] for s in speakers]
        shown = phrases[0] if phrases else members[0].text
        turns = {t.id: t for t in (store.get(Turn, u.turn) for u in members) if t is not None}
        sources = "; ".join(_cite(turns.get(u.turn)) for u in members[:4])
        explanation = (f"{len(speakers)} speakers ({', '.join(names)}) use the same formula near-verbatim: "
                       f"\"{_clip(shown)}\" ({sources}{'; ...' if len(members) > 4 else ''}).")
        ev = [evidence.turn(turns[u.turn], u.text, "passage") if u.turn in turns
              else {"type": "turn", "id": u.turn, "role": "passage", "quote": u.text} for u in members]
        persons = tuple(s for s in speakers if not s.startswith("label:"))
        yield make_finding(CHECKER, "scripted", tuple(u.key for u in members), explanation, score, persons, (),
                           ev, phrases=phrases, speakers=names)


def _clip(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 3].rstrip() + "..."


def _cite(t: Turn | None) -> str:
    if t is None:
        return "?"
    page = f" p. {t.page}" if t.page is not None else ""
    line = f" l. {t.line_start}" if t.line_start is not None else ""
    return f"{t.document[:12]}{page}{line}"


def shared_phrases(members: list[Unit], n: int) -> list[str]:
    """Maximal runs of words of the first member that other speakers' sentences also contain
    (as ``n``-word sequences), longest first."""
    first = members[0]
    others: set[tuple[str, ...]] = set()
    for u in members[1:]:
        if u.speaker != first.speaker:
            others.update(u.words[i:i + n] for i in range(len(u.words) - n + 1))
    covered = [False] * len(first.words)
    for i in range(len(first.words) - n + 1):
        if first.words[i:i + n] in others:
            for j in range(i, i + n):
                covered[j] = True
    phrases: list[str] = []
    run: list[str] = []
    for word, hit in zip((*first.words, ""), (*covered, False)):
        if hit:
            run.append(word)
        elif run:
            phrases.append(" ".join(run))
            run = []
    return sorted(phrases, key=lambda p: (-len(p), p))


@checkers.register(CHECKER)
class ScriptedChecker(Checker):
    """Scripted testimony: near-verbatim formulas in the mouths of different speakers.

    Compares sentences across all speakers' turns with MinHash/LSH over word shingles and
    reports each cluster of sentences that at least two different speakers share, with the
    shared phrases and every passage's source. Procedural boilerplate (oaths, greetings,
    "no further questions", rulings) and the turns of judges, prosecutors and clerks are left out.
    """

    name = CHECKER

    def run(self, store: Store, tick: Tick = no_tick) -> Iterator[Finding]:
        cfg = self.config
        people = People(store)
        signer = Signer(cfg)
        boiler = boilerplate_pattern(cfg)
        turn_ids: list[str] = []
        unit_turn: list[int] = []
        unit_index: list[int] = []
        unit_speaker: list[int] = []
        speakers: dict[str, int] = {}
        chunks: list[np.ndarray[Any, np.dtype[np.uint32]]] = []
        pending: list[Unit] = []

        def flush() -> None:
            if pending:
                chunks.append(signer.band_hashes([u.shingles for u in pending]))
                pending.clear()

        n = 0
        for tid, person, label, role, text in store.iter_values(Turn, TURN_FIELDS):
            n += 1
            units = turn_units(tid, person, label, role, text or "", cfg, boiler)
            if units:
                turn_ids.append(tid)
                for u in units:
                    unit_turn.append(len(turn_ids) - 1)
                    unit_index.append(u.seq)
                    unit_speaker.append(speakers.setdefault(u.speaker, len(speakers)))
                pending.extend(units)
                if len(pending) >= 2000:
                    flush()
            if n % 10_000 == 0:
                tick(10_000)
        flush()
        tick(n % 10_000)
        if not chunks:
            return
        hashes = np.concatenate(chunks)
        spk = np.asarray(unit_speaker, dtype=np.int64)
        candidates: set[tuple[int, int]] = set()
        for band in range(hashes.shape[1]):
            column = hashes[:, band]
            order = np.argsort(column, kind="stable")
            sorted_col = column[order]
            equal = sorted_col[1:] == sorted_col[:-1]
            if not equal.any():
                continue
            edges = np.diff(np.concatenate(([0], equal.astype(np.int8), [0])))
            for start, stop in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)):
                run = order[start:stop + 1]
                if len(set(spk[run].tolist())) < 2:
                    continue
                members = sorted(run.tolist())
                if len(members) <= 50:
                    pairs = [(x, y) for i, x in enumerate(members) for y in members[i + 1:]]
                else:  # a huge bucket: a chain and a star suffice to connect it
                    pairs = [(members[0], y) for y in members[1:]] + list(zip(members, members[1:]))
                candidates.update((x, y) for x, y in pairs if spk[x] != spk[y])
        loader = _UnitLoader(store, cfg, boiler)

        def verified() -> Iterator[tuple[Unit, Unit, float]]:
            for x, y in sorted(candidates):
                ux = loader.unit(turn_ids[unit_turn[x]], unit_index[x])
                uy = loader.unit(turn_ids[unit_turn[y]], unit_index[y])
                if ux is None or uy is None:
                    continue
                sim = jaccard(ux.shingles, uy.shingles)
                if sim >= cfg.jaccard_threshold:
                    yield ux, uy, sim

        yield from cluster_findings(verified(), store, cfg, people)


class _UnitLoader:
    """Re-reads the few candidate sentences from their turns (texts are not kept in memory)."""

    def __init__(self, store: Store, config: CheckConfig, boiler: re.Pattern[str]) -> None:
        self.store, self.config, self.boiler = store, config, boiler
        self.cache: dict[str, dict[int, Unit]] = {}

    def unit(self, turn_id: str, index: int) -> Unit | None:
        units = self.cache.get(turn_id)
        if units is None:
            t = self.store.get(Turn, turn_id)
            found = turn_units(t.id, t.person, t.speaker_label, t.role, t.text, self.config, self.boiler) if t else []
            units = {u.seq: u for u in found}
            if len(self.cache) > 50_000:
                self.cache.clear()
            self.cache[turn_id] = units
        return units.get(index)
