"""Score an extractor against the hand-checked gold set (``eval/gold/claims.jsonl``).

``python -m countertrial.extract.evaluate [--split dev|test|heldout2|heldout3|...|all] [--extractor rules] [--json]``
prints precision, recall and F1 per field (subject, act, foreign_power, place, time, polarity)
and overall, where a claim counts as right when its subject, act and polarity all are.

Every ``heldoutN.jsonl`` beside the gold file (``eval/gold/heldout2.jsonl``, ``heldout3.jsonl``, ...)
adds a split of that name (a frozen held-out set), scored by default after ``dev`` and ``test``.
Each gold item is a text (a transcript turn "NAME: ..." or a sentence of prose) with the claims a
careful reader finds in it (see ``docs/annotation-guide.md``). Predicted and gold claims of an item
are paired greedily by agreement; a field scores a true positive when a pair agrees on a non-empty
value, a false positive for every other non-empty predicted value and a false negative for every
other non-empty gold value.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import InvalidDate, Interval, parse_date_or_range
from ..errors import CountertrialError
from ..model import Claim, Person
from ..names import fold
from ..resolve.gazetteer import lookup
from ..store import Store, open_store

__all__ = ["FIELDS", "Score", "evaluate", "main", "default_gold", "heldout_files"]

FIELDS = ("subject", "act", "foreign_power", "place", "time", "polarity")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    split: str
    items: int = 0
    gold: int = 0
    predicted: int = 0
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    overall: Score = field(default_factory=Score)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"split": self.split, "items": self.items, "gold_claims": self.gold, "predicted_claims": self.predicted,
                "fields": {k: v.to_dict() for k, v in self.fields.items()}, "overall": self.overall.to_dict()}


def default_gold() -> Path:
    """``eval/gold/claims.jsonl`` of the checkout (or of the current directory)."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        p = base / "eval" / "gold" / "claims.jsonl"
        if p.is_file():
            return p
    return Path("eval/gold/claims.jsonl")


def heldout_files(gold: Path | None = None) -> dict[str, Path]:
    """The held-out sets beside the gold file: split name (the file's stem, ``heldout2``...) to path,
    in the order of their numbers."""
    gold = gold or default_gold()

    def number(p: Path) -> tuple[int, str]:
        rest = p.stem.removeprefix("heldout")
        return (int(rest) if rest.isdigit() else 1 << 30, p.stem)

    found = [p for p in gold.parent.glob("heldout*.jsonl") if p.is_file() and p.resolve() != gold.resolve()]
    return {p.stem: p for p in sorted(found, key=number)}


def _gold_time(value: str | None) -> Interval | None:
    if not value:
        return None
    try:
        return parse_date_or_range(value)
    except InvalidDate:
        return None


def _pred_value(c: Claim, name: str, store: Store) -> Any:
    if name == "time":
        return c.time if c.time.known else None
    if name == "place" and c.place is not None:
        from ..model import Place

        p = store.get(Place, c.place)
        return p.name if p is not None else c.place
    return getattr(c, name)


def _same(name: str, pred: Any, gold: Any) -> bool:
    if pred is None or gold is None:
        return False
    if name == "time":
        g = _gold_time(gold)
        return g is not None and (pred.start, pred.end) == (g.start, g.end)
    if name == "place":
        a, b = fold(str(pred)).removeprefix("the "), fold(str(gold)).removeprefix("the ")
        if a == b or a in b or b in a:
            return True
        ga, gb = lookup(str(pred)), lookup(str(gold))
        return ga is not None and ga == gb
    return bool(pred == gold)


def _pair(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    scored = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if p["subject"] != g["subject"] and p["act"] != g["act"]:
                continue
            s = 2 * (p["subject"] == g["subject"]) + 2 * (p["act"] == g["act"]) + (p["polarity"] == g["polarity"])
            s += sum(_same(f, p[f], g[f]) for f in ("foreign_power", "place", "time")) * 0.5
            scored.append((s, i, j))
    pairs, used_p, used_g = [], set(), set()
    for s, i, j in sorted(scored, key=lambda t: -t[0]):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return pairs


def _roster_store(gold: Path) -> Store:
    store = open_store(":memory:")
    roster = gold.parent / "roster.json"
    if roster.is_file():
        data = json.loads(roster.read_text(encoding="utf-8"))
        people = [Person(p["id"], p["name"], aliases=tuple(p.get("aliases") or ())) for p in data["persons"]]
        store.put(people)
        for p in people:
            store.set_aliases("person", p.id, [p.name, *p.aliases])
    return store


def evaluate(gold: Path | None = None, *, split: str = "all", extractor: str = "rules") -> Report:
    """Run ``extractor`` over the gold items of ``split`` and score it field by field."""
    from . import extract_text

    gold = gold or default_gold()
    files = [gold]
    held = heldout_files(gold)
    if split in held:
        files.append(held[split])  # the held-out sets live beside the main gold file
    items = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split == "all":
        items = [it for it in items if it.get("split") in ("dev", "test")]
    else:
        items = [it for it in items if it.get("split") == split]
    store = _roster_store(gold)
    report = Report(split)
    for it in items:
        claims = extract_text(it["text"], store=store, asserted_by=it.get("asserted_by"),
                              stated_on=it.get("stated_on"), extractor=extractor)
        preds = [{f: _pred_value(c, f, store) for f in FIELDS} for c in claims]
        golds = it["claims"]
        report.items += 1
        report.gold += len(golds)
        report.predicted += len(preds)
        pairs = _pair(preds, golds)
        paired_p = {i: j for i, j in pairs}
        paired_g = {j: i for i, j in pairs}
        for f in FIELDS:
            sc = report.fields[f]
            for i, p in enumerate(preds):
                if p[f] is None:
                    continue
                j = paired_p.get(i)
                if j is not None and _same(f, p[f], golds[j][f]):
                    sc.tp += 1
                else:
                    sc.fp += 1
            for j, g in enumerate(golds):
                if g[f] is None:
                    continue
                i2 = paired_g.get(j)
                if i2 is None or not _same(f, preds[i2][f], g[f]):
                    sc.fn += 1
        right = [i for i, j in pairs if all(preds[i][f] == golds[j][f] for f in ("subject", "act", "polarity"))]
        report.overall.tp += len(right)
        report.overall.fp += len(preds) - len(right)
        report.overall.fn += len(golds) - len(right)
        if len(right) != len(preds) or len(right) != len(golds):
            report.errors.append({"id": it["id"], "gold": [(g["subject"], g["act"], g["polarity"]) for g in golds],
                                  "predicted": [(p["subject"], p["act"], p["polarity"]) for p in preds]})
    store.close()
    return report


def _table(r: Report) -> str:
    lines = [f"split {r.split}: {r.items} items, {r.gold} gold claims, {r.predicted} predicted",
             f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, sc in [*r.fields.items(), ("overall", r.overall)]:
        lines.append(f"{name:<14}{sc.precision:>7.3f}{sc.recall:>7.3f}{sc.f1:>7.3f}{sc.tp:>6}{sc.fp:>6}{sc.fn:>6}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m countertrial.extract.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=None, help="gold JSONL (default: eval/gold/claims.jsonl)")
    ap.add_argument("--split", default=None, metavar="SPLIT",
                    help="score one split: dev, test, all (= dev + test) or a held-out set beside the gold "
                         "file (heldout2, heldout3, ...); default: dev, test and every held-out set")
    ap.add_argument("--extractor", default="rules")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--errors", action="store_true", help="list the items with wrong claims")
    args = ap.parse_args(argv)
    held = list(heldout_files(args.gold))
    if args.split is not None and args.split not in ("dev", "test", "all", *held):
        ap.error(f"argument --split: invalid choice: {args.split!r} (choose from "
                 + ", ".join(repr(c) for c in ("dev", "test", *held, "all")) + ")")
    splits = [args.split] if args.split else ["dev", "test", *held]
    try:
        reports = [evaluate(args.gold, split=s, extractor=args.extractor) for s in splits]
    except CountertrialError as exc:  # an unknown extractor, one whose model is not installed, bad gold
        print(exc.one_line(), file=sys.stderr)
        return exc.exit_code
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=1))
    else:
        print("\n\n".join(_table(r) for r in reports))
        if args.errors:
            if reports[-1].split != "dev":
                print("(errors are listed for --split dev only: the other splits are held out)")
                return 0
            for e in reports[-1].errors:
                print(json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
