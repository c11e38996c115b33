"""CLI commands for claim extraction: ``extract`` (over a case's turns, or ad-hoc text) and
``claims`` (list what was extracted). Thin shells over :mod:`countertrial.extract`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import EXIT_DATA, UsageError
from .common import case_option, console, emit_json, emit_jsonl, err_console, json_option, open_case, progress

__all__ = ["register", "claim_json"]

_FIELDS = ("id", "asserted_by", "subject", "act", "counterparts", "foreign_power", "place", "country", "time",
           "polarity", "modality", "reported_by", "quote", "source", "extractor", "confidence")


def claim_json(claim: Any) -> dict[str, Any]:
    """A claim as the JSON object the CLI prints (the issue's field names, plus the rest)."""
    d: dict[str, Any] = claim.to_dict()
    out = {k: d[k] for k in _FIELDS}
    out["source"] = {k: v for k, v in d["source"].items() if v is not None}
    for k in ("stated_on", "proceeding", "extra"):
        if d.get(k):
            out[k] = d[k]
    return out


def _ids(c: Any) -> list[str]:
    """The person ids a claim names, each once: subject, asserter, reporter, counterparts."""
    return list(dict.fromkeys(p for p in (c.subject, c.asserted_by, c.reported_by, *c.counterparts) if p))


def _line(c: Any) -> str:
    who = c.subject or "?"
    neg = "" if c.polarity == "affirm" else "NOT "
    bits = [f"{who} {neg}{c.act}"]
    if c.counterparts:
        bits.append("with " + ", ".join(c.counterparts))
    if c.foreign_power:
        bits.append(f"power {c.foreign_power}")
    if c.place:
        bits.append(f"at {c.place}" + (f" ({c.country})" if c.country else ""))
    if c.time.known:
        bits.append(f"in {c.time.iso()} [{c.time.precision}]")
    by = c.asserted_by or "-"
    rep = f", reported by {c.reported_by}" if c.reported_by else ""
    return f"{' '.join(bits)}  <- {by} ({c.modality}{rep})  [{c.id}]"


@click.command("extract")
@case_option
@click.option("--extractor", "extractor", default=None,
              help="Registered extractor: rules (rules.v1, fast), hybrid (hybrid.v1: rules plus a statistical parse "
                   "of the sentences they found nothing in; needs countertrial[parse]) or llm (llm.v1, needs "
                   "COUNTERTRIAL_LLM_URL) [default: the case.yaml's `extractor:`, else rules].")
@click.option("--text", "text", help="Extract from this text instead of the case's turns (prints claims).")
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path),
              help="Extract from this text file ('-' for stdin) instead of the case's turns.")
@click.option("--by", "asserted_by", help="With --text/--file: who asserts the text (its author or speaker).")
@click.option("--date", "stated_on", help="With --text/--file: when it was said (ISO date), for 'yesterday'.")
@click.option("--vocab", "vocab", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra vocabulary YAML (acts, powers, stance cues) to add for this run; repeatable.")
@click.option("--workers", "workers", type=click.IntRange(min=1),
              help="Processes that extract from the case's turns side by side [default: one per core, at most 8]; "
                   "1 runs in this process. Any number gives the same claims.")
@json_option
def extract_cmd(case: Path, extractor: str | None, text: str | None, file: Path | None, asserted_by: str | None,
                stated_on: str | None, vocab: tuple[Path, ...], workers: int | None, as_json: bool) -> int:
    """Extract claims: who asserts what act, with whom, where and when, affirmed or denied.

    With --text or --file the claims are printed (JSON Lines with --json) and nothing is stored;
    otherwise every ingested turn of the case is read and its claims stored (re-running adds
    nothing new: claims are content-addressed; claims an earlier run of the same extractor made
    and this one no longer makes, after an upgrade, are removed).
    """
    from ..case import CASE_FILE, load_case
    from ..extract import extract_case, extract_text

    if (case / CASE_FILE).is_file():  # the case's own extractor and vocabulary, then --vocab's
        config = load_case(case)
        extractor = extractor or config.extractor
        vocab = (*config.vocab, *vocab)
    extractor = extractor or "rules"
    if text is not None and file is not None:
        raise UsageError("give --text or --file, not both")
    if text is not None or file is not None:
        if file is not None:
            content = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8", errors="replace")
        else:
            content = text or ""
        people: dict[str, dict[str, Any]] = {}
        claims = extract_text(content, asserted_by=asserted_by, stated_on=stated_on, extractor=extractor,
                              vocab_paths=vocab, people=people)
        if as_json:
            emit_jsonl({**claim_json(c), "people": {pid: people[pid] for pid in _ids(c) if pid in people}}
                       for c in claims)
        else:
            for c in claims:
                console.print(_line(c), markup=False)
            if not claims:
                console.print("no claims found", markup=False)
        return 0
    with open_case(case) as store, progress("extracting claims") as ticker:
        report = extract_case(store, extractor=extractor, progress=ticker, vocab_paths=vocab, workers=workers)
    if as_json:
        emit_json(report.to_dict())
    else:
        acts = ", ".join(f"{k} {v}" for k, v in report.by_act.items()) or "none"
        console.print(f"{report.extractor}: {report.turns} turns, {report.claims} claims "
                      f"({report.new_claims} new, {report.superseded} no longer made removed), "
                      f"{report.new_persons} new unresolved persons "
                      f"in {report.seconds:.1f}s; acts: {acts}", markup=False)
    for turn_id, reason in report.failed:
        err_console.print(f"error CT220: turn {turn_id}: extraction failed, the turn was skipped ({reason}; "
                          f"`countertrial show {turn_id}` prints it — please report it)", markup=False)
    return EXIT_DATA if report.failed else 0


@click.command("claims")
@case_option
@click.option("--person", "person", help="Only claims whose subject (or asserter) is this person id.")
@click.option("--act", "act", help="Only claims of this act (espionage, meeting, plea, ...).")
@click.option("--extractor", "extractor", help="Only claims made by this extractor (rules.v1, record.v1, ...).")
@click.option("--modality", "modality", metavar="LIST",
              help="Only claims of these modalities, comma-separated (testimony, confession, plea, accusation, "
                   "argument, statement, forecast, question): e.g. 'testimony,confession,plea' for what "
                   "witnesses and the accused said, without counsel's argument.")
@json_option
def claims_cmd(case: Path, person: str | None, act: str | None, extractor: str | None, modality: str | None,
               as_json: bool) -> int:
    """List the case's claims (JSON Lines with --json)."""
    from ..model import MODALITIES, Claim

    wanted: set[str] | None = None
    if modality:
        wanted = {m.strip().lower() for m in modality.split(",") if m.strip()}
        unknown = sorted(wanted - set(MODALITIES))
        if unknown or not wanted:
            raise UsageError(f"--modality: unknown modality {', '.join(unknown) or repr(modality)}; "
                             f"give some of {', '.join(MODALITIES)}, comma-separated")
    where: dict[str, Any] = {}
    if act:
        where["act"] = act
    if extractor:
        where["extractor"] = extractor
    with open_case(case) as store:
        if person:
            seen: dict[str, Claim] = {}
            for field in ("subject", "asserted_by"):
                for c in store.iter(Claim, order_by="t_start", **where, **{field: person}):
                    seen.setdefault(c.id, c)
            claims = sorted(seen.values(), key=lambda c: (c.time.start or c.time.end or _MIN, c.id))
        else:
            claims = list(store.iter(Claim, order_by="t_start", **where))
    if wanted is not None:
        claims = [c for c in claims if c.modality in wanted]
    if as_json:
        emit_jsonl(claim_json(c) for c in claims)
    else:
        for c in claims:
            console.print(_line(c), markup=False)
        console.print(f"{len(claims)} claims", markup=False)
    return 0


def _min_date() -> Any:
    from datetime import date

    return date.min


_MIN = _min_date()


def register(cli: click.Group) -> None:
    cli.add_command(extract_cmd)
    cli.add_command(claims_cmd)
