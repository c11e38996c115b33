"""Synthetic cases: reproducible workloads with planted conflicts among clean controls.

``synth_records(persons, claims, facts, seed)`` yields store records; the same arguments always
give the same records. Clean material is consistent by construction: every person lives in one
city, clean claims are set in the subject's city in even years, clean journeys happen in odd
years, nobody dies before 1950. Planted cases use their own people and places, and
:func:`synth_records` reports each in ``planted`` (the answer key):

* ``repudiation`` / ``reaffirmation``: pre-trial confession, plea of not guilty, re-confirmation;
* ``place_did_not_exist``: a meeting at a hotel closed years before;
* ``person_elsewhere``: a dated journey puts the subject far away on the claimed day (with a
  control claim dated only by year, which must *not* be flagged);
* ``dead_or_in_custody``: a meeting with a dead man, a claim during a prison term;
* ``impossible_travel``: a flight to an airfield where no aircraft landed that month;
* ``witness_conflict``: two witnesses put one meeting in two distant cities;
* ``scripted``: one formula in the mouths of three speakers (oaths said by everyone are controls).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import Interval, parse_partial_date
from ..model import Claim, Document, Fact, Person, Place, Proceeding, Record, Source, Turn, stable_id
from ..store import Store, open_store
from ..store.base import row_values

__all__ = ["SynthCase", "Row", "synth_records", "synth_rows", "write_synth", "load_synth"]

ACTS = ("met", "conspiracy", "espionage", "received", "sabotage")
OATH = "I swear to tell the whole truth and nothing but the truth before this court today."
_TYPES: dict[str, type[Record]] = {c.__name__: c for c in (Claim, Document, Fact, Person, Place, Proceeding, Turn)}
_BATCH = 20_000

Row = tuple[type[Record], tuple[Any, ...]]
"""A record already encoded for its table: ``(cls, (id, *typed columns, data JSON))``, see
:meth:`countertrial.store.Store.put_rows`. The bulk of a case (clean facts, claims, turns) is made
as rows: building a million dataclasses only to serialise them again took most of the time."""

_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # what Store.put stores as data


@dataclass
class SynthCase:
    """What :func:`synth_records` planted (filled while its records are consumed)."""

    planted: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def _day(y: int, m: int, d: int) -> Interval:
    return parse_partial_date(f"{y:04d}-{m:02d}-{d:02d}")


def synth_records(persons: int, claims: int, facts: int, seed: int = 0, *, turns: int | None = None,
                  case: SynthCase | None = None) -> Iterator[Record]:
    """Yield a synthetic case's records (places, people, proceedings, facts, claims, turns)."""
    for item in synth_rows(persons, claims, facts, seed, turns=turns, case=case):
        if isinstance(item, tuple):
            cls, row = item
            yield cls.from_dict(json.loads(row[-1]))
        else:
            yield item


def synth_rows(persons: int, claims: int, facts: int, seed: int = 0, *, turns: int | None = None,
               case: SynthCase | None = None) -> Iterator[Record | Row]:
    """The records of :func:`synth_records`, in the same order, the bulk of them as encoded
    :data:`Row` s (the few planted and reference records stay records)."""
    rng = random.Random(seed)
    out = case if case is not None else SynthCase()
    n_turns = max(30, claims // 10) if turns is None else turns
    n_planted = max(1, persons // 100)
    clean = max(4, persons - 12 * n_planted)

    def sid(*parts: object) -> str:
        return stable_id("synth", seed, *parts)

    # -- places: cities far apart on a grid, so that no two cities count as one place -------
    n_cities = max(8, clean // 40) + 8 * n_planted
    cities: list[Place] = []
    for i in range(n_cities):
        lat = 30.0 + (i % 30) + rng.random() * 0.2  # 1 degree apart in latitude (111 km) and
        lon = -10.0 + (i // 30) * 1.5 + rng.random() * 0.2  # 1.5 in longitude: never one place
        cities.append(Place(id=f"city{i}", name=f"City {_word(rng).title()} {i}", country=f"Country {i % 9}",
                            lat=round(lat, 4), lon=round(lon, 4)))
    yield from cities
    proceedings = [Proceeding(id=f"proc{i}", name=f"Trial {i}", time=parse_partial_date(f"{1936 + i}"))
                   for i in range(3)]
    yield from proceedings
    people = [Person(id=f"p{i}", name=f"{_word(rng).title()} {_word(rng).title()}", died="1955")
              for i in range(clean + 12 * n_planted)]
    yield from people[:clean]
    home = {p.id: cities[i % max(1, n_cities - 8 * n_planted)] for i, p in enumerate(people[:clean])}
    by_city: dict[str, list[str]] = {}
    for pid, city in home.items():
        by_city.setdefault(city.id, []).append(pid)

    # -- clean record: a residence per person, journeys in odd years --------------------------
    # (made as rows: see Row; every id, person and city id here is plain ASCII, so '"%s"' is its JSON)
    fact_base = Fact(id="", subject=None, kind="").to_dict()
    lived = _range(1920, 1, 1, 1939, 12, 31)
    residence = _template({**fact_base, "id": _slot("id"), "subject": _slot("subject"), "kind": "residence",
                           "place": _slot("place"), "time": lived[0], "confidence": "high"},
                          ("id", "place", "subject"))
    n_facts = 0
    for pid in list(home)[:facts]:
        fid, place = sid("res", pid), home[pid].id
        data = residence(f'"{fid}"', f'"{place}"', f'"{pid}"')
        yield Fact, (fid, pid, "residence", place, None, lived[1], lived[2], "range", None, data)
        n_facts += 1
    travel = _template({**fact_base, "id": _slot("id"), "subject": _slot("subject"), "kind": "travel",
                        "place": _slot("place"), "time": _slot("time"), "confidence": "high",
                        "detail": _slot("detail")}, ("detail", "id", "place", "subject", "time"))
    trip_id = _fast_sid(seed, "trip")
    trips: dict[tuple[int, int, int], tuple[str, str, str]] = {}
    while n_facts < facts:
        pid = f"p{rng.randrange(clean)}"
        y, m, d = 1921 + 2 * rng.randrange(9), rng.randint(1, 12), rng.randint(1, 15)
        dest = cities[rng.randrange(len(cities) - 8 * n_planted)]
        when = trips.get((y, m, d))
        if when is None:
            iv, t0, t1 = _range(y, m, d, y, m, d + 10)
            when = trips[y, m, d] = (_encode(iv), t0, t1)
        fid = trip_id(n_facts)
        data = travel(_js(f"Journey to {dest.name}."), f'"{fid}"', f'"{dest.id}"', f'"{pid}"', when[0])
        yield Fact, (fid, pid, "travel", dest.id, None, when[1], when[2], "range", None, data)
        n_facts += 1

    # -- clean claims: at the subject's city, even years, about people of the same city --------
    claim_base = Claim(id="", asserted_by=None, subject=None, act="").to_dict()
    extractor, confidence = claim_base["extractor"], claim_base["confidence"]
    claim = _template({**claim_base, **{k: _slot(k) for k in ("id", "asserted_by", "subject", "act", "counterparts",
                                                              "place", "time", "modality", "proceeding", "quote")},
                       "stated_on": "1937-01-23",
                       "source": {**Source().to_dict(), "document": "synth", "page": _slot("page"),
                                  "line_start": _slot("line_start")}},
                      ("act", "asserted_by", "counterparts", "id", "modality", "place", "proceeding", "quote",
                       "line_start", "page", "subject", "time"))
    plea_day = _partial(1937, 1, 23)
    plea = _template({**claim_base, "id": _slot("id"), "asserted_by": _slot("asserted_by"), "subject": _slot("subject"),
                      "act": "plea", "modality": "plea", "time": plea_day[0], "stated_on": "1937-01-23",
                      "proceeding": "proc1", "quote": "Yes, I plead guilty.", "extra": {"stance": "pleaded_guilty"}},
                     ("asserted_by", "id", "subject"))
    claim_id, plea_id = _fast_sid(seed, "claim"), _fast_sid(seed, "plea")
    dates: dict[tuple[int, int, int], tuple[str, str, str, str]] = {}
    for i in range(claims):
        pid = f"p{rng.randrange(clean)}"
        city = home[pid]
        mates = by_city[city.id]
        cps = sorted({rng.choice(mates) for _ in range(rng.randint(0, 2))} - {pid})
        y, m = 1920 + 2 * rng.randrange(10), rng.randint(1, 12)
        key = (y, m, rng.randint(1, 28) if i % 3 == 0 else 0)
        when_ = dates.get(key)
        if when_ is None:
            iv_, t0, t1, precision = _partial(*key)
            when_ = dates[key] = (_encode(iv_), t0, t1, precision)
        act = ACTS[i % len(ACTS)]
        teller = rng.choice(mates) if i % 4 else None
        modality = "testimony" if teller else "accusation"
        cid, proc = claim_id(i), f"proc{i % 3}"
        data = claim(f'"{act}"', f'"{teller}"' if teller else "null", "[" + ", ".join(f'"{c}"' for c in cps) + "]",
                     f'"{cid}"', f'"{modality}"', f'"{city.id}"', f'"{proc}"', _js(f"{pid} {act} in {city.name}."),
                     1 + i % 50, 1 + i // 50, f'"{pid}"', when_[0])
        yield Claim, (cid, teller, pid, act, "affirm", modality, None, city.id, None, when_[1], when_[2], when_[3],
                      proc, "1937-01-23", "synth", None, extractor, confidence, data)
        if i < clean:  # pleas that never change stance: controls for stance.v1
            pl = plea_id(i)
            data = plea(f'"{pid}"', f'"{pl}"', f'"{pid}"')
            yield Claim, (pl, pid, pid, "plea", "affirm", "plea", None, None, None, plea_day[1], plea_day[2],
                          plea_day[3], "proc1", "1937-01-23", None, None, extractor, confidence, data)

    # -- planted cases, each with its own people and cities ------------------------------------
    spare_people = people[clean:]
    spare_cities = cities[n_cities - 8 * n_planted:]
    yield from spare_people
    for k in range(n_planted):
        pp = [p.id for p in spare_people[12 * k:12 * k + 12]]
        cc = spare_cities[8 * k:8 * k + 8]
        for j, pid in enumerate(pp):
            yield Fact(id=sid("pres", k, j), subject=pid, kind="residence", place=cc[0].id,
                       time=Interval(_day(1920, 1, 1).start, _day(1939, 12, 31).end, "range"))
        yield from _planted(k, pp, cc, sid, out, rng)
    yield from _turns(n_turns, clean, n_planted, [p.id for p in spare_people], sid, _fast_sid(seed, "turn"), rng, out)
    out.counts = {"persons": len(people), "claims": claims, "facts": facts, "turns": n_turns}


def _planted(k: int, pp: list[str], cc: list[Place], sid: Any, out: SynthCase, rng: random.Random) -> Iterator[Record]:
    a, b, c, d, e, f, g, h, w1, w2, dead, jailed = pp
    src = Source(document="synth-planted", page=k + 1)
    # repudiation, then reaffirmation
    stances = [("confessed_pretrial", "confession", "affirm", "1937-12-02"),
               ("pleaded_not_guilty", "plea", "deny", "1938-03-02"), ("reaffirmed", "plea", "affirm", "1938-03-03")]
    for i, (stance, modality, pol, day) in enumerate(stances):
        yield Claim(id=sid("stance", k, i), asserted_by=a, subject=a, act="plea", polarity=pol, modality=modality,
                    time=parse_partial_date(day), stated_on=day, proceeding="proc2", source=src,
                    quote=f"({stance.replace('_', ' ')})", extra={"stance": stance})
    out.planted.append({"kind": "repudiation", "persons": [a], "claims": [sid("stance", k, 0), sid("stance", k, 1)]})
    out.planted.append({"kind": "reaffirmation", "persons": [a], "claims": [sid("stance", k, 1), sid("stance", k, 2)]})
    # a hotel that closed in 1917
    hotel = Place(id=f"hotel{k}", name=f"Hotel Bristol {k}", country=cc[1].country, lat=cc[1].lat, lon=cc[1].lon,
                  exists_from="1890", exists_to="1917")
    yield hotel
    yield Claim(id=sid("hotel", k), asserted_by=b, subject=b, act="met", counterparts=(), place=hotel.id,
                time=parse_partial_date("1932-11"), proceeding="proc0", source=src,
                quote="I met him in the lounge of the Hotel Bristol.")
    out.planted.append({"kind": "place_did_not_exist", "persons": [b], "claims": [sid("hotel", k)]})
    # an alibi: a dated journey far away; the year-only control must stay clean
    yield Fact(id=sid("alibi", k), subject=c, kind="travel", place=cc[7].id,
               time=Interval(_day(1933, 7, 1).start, _day(1933, 7, 31).end, "range"), detail="Passport stamps.")
    yield Claim(id=sid("alibi-claim", k), asserted_by=d, subject=c, act="met", counterparts=(d,), place=cc[0].id,
                time=_day(1933, 7, 15), proceeding="proc1", source=src, quote="We met in town on 15 July 1933.")
    yield Claim(id=sid("alibi-control", k), asserted_by=d, subject=c, act="received", place=cc[0].id,
                time=parse_partial_date("1933"), proceeding="proc1", source=src, quote="Some time in 1933.")
    out.planted.append({"kind": "person_elsewhere", "persons": [c], "claims": [sid("alibi-claim", k)]})
    # a dead counterpart and a prison term
    yield Person(id=f"dead{k}", name=f"Dead Man {k}", died="1930-05-02")
    yield Claim(id=sid("dead", k), asserted_by=e, subject=e, act="met", counterparts=(f"dead{k}",), place=cc[0].id,
                time=parse_partial_date("1934-02"), proceeding="proc1", source=src, quote="He gave me instructions.")
    out.planted.append({"kind": "dead_or_in_custody", "persons": [f"dead{k}"], "claims": [sid("dead", k)]})
    yield Fact(id=sid("prison", k), subject=jailed, kind="prison", place=cc[2].id,
               time=Interval(_day(1931, 1, 1).start, _day(1935, 12, 31).end, "range"))
    yield Claim(id=sid("jail-claim", k), asserted_by=f, subject=jailed, act="sabotage", place=cc[0].id,
                time=parse_partial_date("1934-06"), proceeding="proc1", source=src, quote="He organised it.")
    out.planted.append({"kind": "dead_or_in_custody", "persons": [jailed], "claims": [sid("jail-claim", k)]})
    # a flight to an airfield where nothing landed
    field_ = Place(id=f"airfield{k}", name=f"Kjeller {k}", country=cc[3].country, lat=cc[3].lat, lon=cc[3].lon)
    yield field_
    yield Fact(id=sid("no-landing", k), subject=None, kind="no_arrival", place=field_.id,
               time=Interval(_day(1935, 12, 1).start, _day(1935, 12, 31).end, "range"), extra={"mode": "air"},
               detail=f"No aircraft landed at {field_.name} in December 1935 (airfield log).", confidence="high")
    yield Claim(id=sid("flight", k), asserted_by=g, subject=g, act="flew", place=field_.id,
                time=parse_partial_date("1935-12"), proceeding="proc1", source=src, quote="I flew there.")
    out.planted.append({"kind": "impossible_travel", "persons": [g], "claims": [sid("flight", k)]})
    # two witnesses, one meeting, two distant cities
    for i, (wit, city) in enumerate(((w1, cc[0]), (w2, cc[5]))):
        yield Claim(id=sid("wit", k, i), asserted_by=wit, subject=h, act="met", counterparts=(a,), place=city.id,
                    time=parse_partial_date("1936-04"), proceeding="proc2", source=src,
                    quote=f"They met in {city.name} in April 1936.")
    out.planted.append({"kind": "witness_conflict", "persons": [h, a], "claims": [sid("wit", k, 0), sid("wit", k, 1)]})


def _turns(n: int, clean: int, n_planted: int, spare: list[str], sid: Any, turn_id: Callable[[int], str],
           rng: random.Random, out: SynthCase) -> Iterator[Record | Row]:
    vocab = [_word(rng) for _ in range(4000)]
    doc = sid("doc")
    yield Document(id=doc, path="synth.txt", format="synthetic", proceeding="proc1")
    formulas = [" ".join(rng.choice(vocab) for _ in range(16)) for _ in range(n_planted)]
    placed: dict[int, list[str]] = {}
    turn = _template({**Turn(id="", document=doc, seq=0, speaker_label="", text="").to_dict(),
                      **{k: _slot(k) for k in ("id", "seq", "speaker_label", "person", "text", "page", "line_start",
                                               "line_end")}, "proceeding": "proc1", "role": "defendant"},
                     ("id", "line_end", "line_start", "page", "person", "seq", "speaker_label", "text"))
    for i in range(n):
        speaker = f"p{rng.randrange(clean)}"
        sentences = [" ".join(rng.choice(vocab) for _ in range(rng.randint(10, 18))) + "." for _ in range(2)]
        if i % 7 == 0:
            sentences.insert(0, OATH)
        tid = turn_id(i)
        k, slot = divmod(i, 5)
        if k < n_planted and slot < 3 and i < n:  # the formula, with a varied ending, said by three people
            speaker = spare[12 * k + 8 + slot] if slot < 2 else spare[12 * k + slot]
            words = formulas[k].split()
            words[-1] = rng.choice(vocab)
            sentences.insert(1, " ".join(words) + ".")
            placed.setdefault(k, []).append(tid)
        label, text, page, line = speaker.upper(), " ".join(sentences), 1 + i // 40, 1 + i % 40
        data = turn(f'"{tid}"', line, line, page, f'"{speaker}"', i, f'"{label}"', _js(text))
        yield Turn, (tid, doc, i, "proc1", label, speaker, None, page, line, line, 0, 0, text, data)
    for k, tids in placed.items():
        if len(tids) == 3:
            out.planted.append({"kind": "scripted", "persons": [], "turns": tids})


def _template(data: dict[str, Any], slots: Sequence[str]) -> Callable[..., str]:
    """A filler for the stored JSON of ``data`` (see :data:`Row`) whose values named in ``slots``
    (each given in ``data`` as :func:`_slot`) stay open: ``fill(*fragments)`` is that JSON with
    each slot replaced by its JSON fragment, in the order of ``slots``. The fixed fields and the key
    order come from one real encoding, so the result is byte-identical to encoding the full dict;
    what is filled in must already be JSON (see :func:`_js`)."""
    text = _encode(data).replace("{", "{{").replace("}", "}}")
    found = sorted((text.index(_encode(_slot(name))), name) for name in slots)
    if [name for _, name in found] != list(slots):
        raise ValueError(f"slots {list(slots)} must be in the order they are encoded: {[n for _, n in found]}")
    for name in slots:
        text = text.replace(_encode(_slot(name)), "{}", 1)
    return text.format


def _slot(name: str) -> str:
    return f"\x00{name}\x00"


def _js(value: str | None) -> str:
    """A string as JSON (``null`` for None), as :data:`_encode` writes it."""
    return "null" if value is None else _encode(value)


def _fast_sid(seed: int, kind: str) -> Callable[[int], str]:
    """``i -> stable_id("synth", seed, kind, i)`` without re-encoding the constant parts."""
    head = json.dumps(["synth", seed, kind], ensure_ascii=False)[:-1] + ", "
    sha = hashlib.sha256
    return lambda i: sha(f"{head}{i:d}]".encode("utf-8")).hexdigest()[:16]


def _partial(y: int, m: int, d: int = 0) -> tuple[dict[str, Any], str, str, str]:
    """The partial date ``y-m`` (or ``y-m-d``) as a record's ``time`` dict, ``t_start``, ``t_end``
    and ``precision``."""
    iv = parse_partial_date(f"{y}-{m:02d}-{d:02d}" if d else f"{y}-{m:02d}")
    return iv.to_dict(), _iso(iv.start), _iso(iv.end), iv.precision


def _range(y0: int, m0: int, d0: int, y1: int, m1: int, d1: int) -> tuple[dict[str, Any], str, str]:
    """The day range ``y0-m0-d0 .. y1-m1-d1`` as a ``time`` dict, ``t_start`` and ``t_end``."""
    iv = Interval(_day(y0, m0, d0).start, _day(y1, m1, d1).end, "range")
    return iv.to_dict(), _iso(iv.start), _iso(iv.end)


def _iso(day: Any) -> str:
    return str(day.isoformat())


def write_synth(persons: int, claims: int, facts: int, seed: int, out: str | Path, *,
                turns: int | None = None, progress: Callable[[int], None] | None = None) -> SynthCase:
    """Write a synthetic case: a case folder (its store plus ``planted.json``), or a ``.jsonl``
    file of records (one ``{"type": ..., "record": ...}`` per line, answer key last).

    A case folder is written in batches inside one transaction (memory stays bounded);
    ``progress(n)`` is told of each batch of ``n`` records written."""
    case = SynthCase()
    path = Path(out)
    if path.suffix == ".jsonl":
        records = synth_records(persons, claims, facts, seed, turns=turns, case=case)
        with path.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps({"type": type(r).__name__, "record": r.to_dict()}, ensure_ascii=False) + "\n")
            fh.write(json.dumps({"type": "planted", "record": case.planted}) + "\n")
        return case
    path.mkdir(parents=True, exist_ok=True)
    store = open_store(path)
    try:
        batch: list[Row] = []
        with store.transaction():
            for item in synth_rows(persons, claims, facts, seed, turns=turns, case=case):
                batch.append(item if isinstance(item, tuple) else (type(item), tuple(row_values(item)[2])))
                if len(batch) >= _BATCH:
                    _put_rows(store, batch, progress)
                    batch = []
            _put_rows(store, batch, progress)
    finally:
        store.close()
    (path / "planted.json").write_text(json.dumps(case.planted, indent=1), encoding="utf-8")
    return case


def _put_rows(store: Store, batch: Sequence[Row], progress: Callable[[int], None] | None) -> None:
    """Write a batch table by table, tables in order of first appearance (as :meth:`Store.put`
    does: a turn's document is written before the turn)."""
    groups: dict[type[Record], list[tuple[Any, ...]]] = {}
    for cls, row in batch:
        groups.setdefault(cls, []).append(row)
    for cls, rows in groups.items():
        store.put_rows(cls, rows)
    if progress is not None:
        progress(len(batch))


def load_synth(store: Store, path: str | Path) -> list[dict[str, Any]]:
    """Load a ``.jsonl`` synthetic case into ``store``; return its answer key."""
    planted: list[dict[str, Any]] = []
    batch: list[Record] = []
    with store.transaction(), Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["type"] == "planted":
                planted = item["record"]
                continue
            batch.append(_TYPES[item["type"]].from_dict(item["record"]))
            if len(batch) >= 20_000:
                store.put(batch)
                batch = []
        store.put(batch)
    return planted
