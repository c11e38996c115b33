"""CLI commands for ingest: ``ingest``, ``turns`` and ``show`` (thin shells over
:mod:`countertrial.ingest`)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_DATA, EXIT_OK, NotFound
from ..model import Document, Turn
from .common import case_option, console, emit_jsonl, err_console, json_option, open_case, progress

__all__ = ["register"]

_TURN_FIELDS = ("id", "document", "seq", "speaker_label", "person", "role", "proceeding", "session_date", "page",
                "line_start", "line_end", "char_start", "char_end", "text")


def _turn_json(turn: Turn) -> dict[str, object]:
    out: dict[str, object] = {k: getattr(turn, k) for k in _TURN_FIELDS}
    out["meta"] = {k: v for k, v in turn.meta.items() if k != "segments"}
    return out


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default=None, help="Parser name (e.g. icty.v1); default: sniff each file.")
@click.option("--proceeding", default=None, help="Proceeding id to attach the documents and turns to.")
@click.option("--max-size", "max_mb", type=click.IntRange(min=1), default=64, show_default=True,
              help="Files over this many MiB are not read whole: line formats (ICTY, grand jury) are "
                   "streamed, other formats refused.")
@case_option
@json_option
def ingest_cmd(paths: tuple[str, ...], fmt: str | None, proceeding: str | None, max_mb: int, case: Path,
               as_json: bool) -> int:
    """Ingest transcripts (files, folders, globs, - for stdin) into speaker turns.

    Each file's format is sniffed unless --format is given; a document already ingested (same
    SHA-256) is skipped. A bad file is reported with file and line and the rest go on; the exit code
    is 1 if any file failed.
    """
    from ..ingest import expand_paths, ingest_paths

    store = open_case(case)
    try:
        files, _ = expand_paths(paths)
        with progress("ingest", total=len(files), enabled=not as_json) as ticker:
            report = ingest_paths(store, paths, format=fmt, proceeding=proceeding,
                                  progress=lambda name: ticker.advance(1, Path(name).name),
                                  max_bytes=max_mb << 20)
    finally:
        store.close()
    if as_json:
        emit_jsonl(f.__dict__ for f in report.files)
    else:
        for f in report.files:
            if f.status == "ingested":
                console.print(f"ingested {f.path}: {f.turns} turns, {f.pages} pages ({f.format})", markup=False)
            elif f.status == "skipped":
                console.print(f"skipped  {f.path}: already ingested", markup=False)
        console.print(f"{report.ingested} ingested, {report.skipped} skipped, {report.failed} failed, "
                      f"{report.turns} turns", markup=False)
    for err in report.errors:
        err_console.print(err.one_line(), markup=False)
    return EXIT_DATA if report.errors else EXIT_OK


@click.command("turns")
@click.option("--document", "document", default=None, help="Only turns of this document (id or id prefix).")
@click.option("--speaker", default=None, help="Only turns whose speaker label or person matches (case-insensitive).")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="Stop after this many turns (0: all).")
@case_option
@json_option
def turns_cmd(document: str | None, speaker: str | None, limit: int, case: Path, as_json: bool) -> int:
    """List ingested turns, in document order."""
    store = open_case(case)
    try:
        documents = store.list(Document, order_by="path")
        doc_ids = [_document_id(documents, document)] if document else [d.id for d in documents]
        wanted = speaker.casefold() if speaker else None
        rows: list[Turn] = []
        for doc_id in doc_ids:
            for turn in store.iter(Turn, order_by="seq", document=doc_id):
                if wanted and wanted not in turn.speaker_label.casefold() and wanted != (turn.person or "").casefold():
                    continue
                rows.append(turn)
                if limit and len(rows) >= limit:
                    break
            if limit and len(rows) >= limit:
                break
    finally:
        store.close()
    if as_json:
        emit_jsonl(_turn_json(t) for t in rows)
    else:
        for t in rows:
            where_ = f"p.{t.page}:{t.line_start}" if t.page is not None else f"l.{t.line_start}"
            first = t.text.split("\n", 1)[0]
            console.print(f"{t.id}  {t.document[:12]} {where_:>12}  {t.speaker_label or '-'}: {first[:80]}",
                          markup=False)
    return EXIT_OK


def _document_id(documents: list[Document], wanted: str) -> str:
    for d in documents:
        if d.id == wanted or d.id.startswith(wanted) or d.path == wanted or Path(d.path).name == wanted:
            return d.id
    raise NotFound("document", wanted, [f"{d.id[:12]} {Path(d.path).name}" for d in documents])


@click.command("show")
@click.argument("turn_id")
@click.option("--context", type=click.IntRange(min=0), default=0, help="Source lines of context around the turn.")
@case_option
@json_option
def show_cmd(turn_id: str, context: int, case: Path, as_json: bool) -> int:
    """Show a turn: its citation, its text and the source lines it came from."""
    from ..ingest import citation, source_lines

    store = open_case(case)
    try:
        turn = store.get(Turn, turn_id)
        if turn is None:
            raise NotFound("turn", turn_id, [])
        doc = store.get(Document, turn.document)
    finally:
        store.close()
    if doc is None:
        raise NotFound("document", turn.document, [])
    cite = citation(doc, turn)
    lines = source_lines(doc, turn, context)
    if as_json:
        emit_jsonl([{**_turn_json(turn), "citation": cite, "source_lines": lines}])
        return EXIT_OK
    console.print(cite, markup=False)
    console.print(f"{turn.speaker_label or '(' + (turn.role or 'text') + ')'}: {turn.text}", markup=False)
    if not lines and doc.extra.get("streamed"):
        console.print(f"--- source not available: {doc.path} was streamed (too big to store) and is gone or "
                      "changed ---", markup=False)
        return EXIT_OK
    console.print("--- source ---", markup=False)
    for line in lines:
        console.print(line.replace("\f", ""), markup=False)
    return EXIT_OK


def register(cli: click.Group) -> None:
    cli.add_command(ingest_cmd)
    cli.add_command(turns_cmd)
    cli.add_command(show_cmd)
