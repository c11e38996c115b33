"""Precision on real transcripts, read the way a user reads them, against hand judgments.

The gold sets (``make eval``) are written turns and prose; this bench reads five real transcripts
of ``../shared/corpora`` through the user's own path (``ingest`` with the format parsers, then
``extract`` over the turns) and compares the claims with ``eval/corpus/judged.jsonl``: claims a
person sampled at random from an earlier run and judged right or wrong (subject, act and polarity,
by the annotation guide). It prints, for the judged claims, how many the extractor still makes
(right and wrong) and the precision among those it still makes; claims nobody has judged yet are
counted, and ``--sample N`` prints N of them at random (``--seed``) to judge and append.

    python bench/corpus_judged.py [--extractor rules] [--sample 40 --seed 7] [--per-document 10]

Nine claims in ten come from the ICTR transcript, so a plain sample says little about the others:
``--per-document K`` prints K unjudged claims of each transcript instead (a stratified sample; weigh
each transcript's precision by its share of the claims to estimate the whole).

Precision here is a sample estimate: sixty judged claims give about +-0.13 at 95 %.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
JUDGED = ROOT / "eval" / "corpus" / "judged.jsonl"
# One document of each kind of proceeding: an ICTR trial (TEI), an ICTY day, a UK inquiry day, a US
# grand jury volume and a New York trial day.
DOCUMENTS = [
    "genocor/tei/RWA-Gacumbitsi-full-indented.xml",
    "genocor/transcripts/sources/YUG-Popovic/IT-05-88-36.txt",
    "uk-post-office-inquiry/phases-5-6/2024-05-23.rst",
    "ferguson-grand-jury/files/VOLUME II.txt",
    "ny-trump-trial/kewklw/mark_down/5-13-2024.md",
]


def _key(c: dict) -> tuple[str, str, str, str, str, str]:
    """A claim as judged: where it is and what it says (not its modality, which a judge did not see)."""
    return (c["document"], c["turn"] or "", c["quote"], c["subject"] or "", c["act"], c["polarity"])


def _cli(*args: str) -> str:
    """Run ``countertrial ARGS`` with this Python, as a user would; its output, or exit on failure."""
    run = subprocess.run([sys.executable, "-c", "from countertrial.cli import entry; entry()", *args],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"corpus_judged: countertrial {args[0]} failed: {run.stderr.strip()[-500:]}")
    return run.stdout


def extract_claims(extractor: str) -> list[dict]:
    """Ingest the documents into a new case in a temporary folder, extract, and return the claims."""
    with tempfile.TemporaryDirectory() as tmp:
        case = str(Path(tmp) / "case")
        _cli("init", case)
        _cli("ingest", "--case", case, *(str(CORPORA / d) for d in DOCUMENTS))
        _cli("extract", "--case", case, "--extractor", extractor)
        out = []
        for line in _cli("claims", "--case", case, "--json").splitlines():
            c = json.loads(line)
            out.append({"document": c["source"]["document"], "turn": c["source"]["turn"], "quote": c["quote"],
                        "subject": c["subject"], "act": c["act"], "polarity": c["polarity"],
                        "modality": c["modality"]})
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extractor", default="rules")
    ap.add_argument("--sample", type=int, default=0, help="print N unjudged claims at random, to judge")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-document", type=int, default=0, metavar="K",
                    help="print K unjudged claims of each transcript at random, to judge (stratified)")
    args = ap.parse_args(argv)
    missing = [d for d in DOCUMENTS if not (CORPORA / d).is_file()]
    if missing:
        print(f"corpus_judged: skipped: {CORPORA / missing[0]} is missing (the shared corpora are not here)")
        return 0
    claims = extract_claims(args.extractor)
    judged = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines() if line.strip()]
    made = {_key(c) for c in claims}
    tally: Counter[str] = Counter()
    for j in judged:
        tally[("kept " if _key(j) in made else "dropped ") + ("right" if j["right"] else "wrong")] += 1
    kept = tally["kept right"] + tally["kept wrong"]
    known = {_key(j) for j in judged}
    fresh = [c for c in claims if _key(c) not in known]
    print(f"{len(claims)} claims from {len(DOCUMENTS)} transcripts ({args.extractor}); "
          f"{len(judged)} judged claims: kept {tally['kept right']} right and {tally['kept wrong']} wrong, "
          f"dropped {tally['dropped right']} right and {tally['dropped wrong']} wrong")
    if kept:
        print(f"precision of the judged claims still made: {tally['kept right'] / kept:.3f} "
              f"({tally['kept right']}/{kept}); before any drop: "
              f"{(tally['kept right'] + tally['dropped right']) / len(judged):.3f}")
    # Each sample was drawn at random from one version's claims: its precision "when drawn" is that
    # version's unbiased estimate; a later version's rules were often written after reading it.
    for name in sorted({j.get("sample", "") for j in judged}):
        part = [j for j in judged if j.get("sample", "") == name]
        right = sum(1 for j in part if j["right"])
        still = [j for j in part if _key(j) in made]
        still_right = sum(1 for j in still if j["right"])
        print(f"  sample {name or '(unnamed)'}: {right}/{len(part)} right when drawn ({right / len(part):.3f}); "
              f"still made {len(still)}, of them right {still_right}")
    print(f"{len(fresh)} claims not judged yet")
    by_act = Counter(c["act"] for c in claims)
    print("acts: " + ", ".join(f"{a} {n}" for a, n in by_act.most_common()))
    # A document's id is the SHA-256 of its file: each transcript's share and its judged claims.
    names = {hashlib.sha256((CORPORA / d).read_bytes()).hexdigest(): d for d in DOCUMENTS}
    for doc_id, name in names.items():
        mine = [c for c in claims if c["document"] == doc_id]
        still = [j for j in judged if j["document"] == doc_id and _key(j) in made]
        right = sum(1 for j in still if j["right"])
        print(f"  {name}: {len(mine)} claims; judged and still made {len(still)}, of them right {right}"
              + (f" ({right / len(still):.2f})" if still else ""))
    # By modality: a witness's testimony against counsel's argument and the prosecutor's accusation
    # (a user who wants evidence filters on it).
    modality = {_key(c): c["modality"] for c in claims}
    for name in sorted(set(modality.values())):
        n = sum(1 for m in modality.values() if m == name)
        still = [j for j in judged if modality.get(_key(j)) == name]
        right = sum(1 for j in still if j["right"])
        print(f"  modality {name}: {n} claims; judged and still made {len(still)}, of them right {right}"
              + (f" ({right / len(still):.2f})" if still else ""))
    if args.per_document:
        rng = random.Random(args.seed)
        fresh.sort(key=_key)
        for doc_id, name in names.items():
            mine = [c for c in fresh if c["document"] == doc_id]
            for c in rng.sample(mine, min(args.per_document, len(mine))):
                print(json.dumps({**c, "path": name}, ensure_ascii=False))
    if args.sample:
        rng = random.Random(args.seed)
        fresh.sort(key=_key)
        for c in rng.sample(fresh, min(args.sample, len(fresh))):
            print(json.dumps(c, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
