"""The ingest stage: files, folders, globs or stdin → documents and speaker turns in the store.

Per document: streamed SHA-256 (the document id; a known hash is skipped), format chosen by
``format`` or by sniffing, parse, speaker resolution, then one transaction that writes the
document and all its turns, so an interrupted run leaves no half document and re-running resumes.
A file over ``max_bytes`` is never read whole: a line format is streamed block by block (memory
does not grow with the file; :mod:`countertrial.ingest.stream`), any other format is refused.
A bad file becomes an :class:`~countertrial.errors.InvalidDocument` in the report; the batch goes on.
"""

from __future__ import annotations

import glob
import hashlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import CountertrialError, InvalidDocument
from ..model import Document, Turn, stable_id
from ..registry import parsers
from ..resolve.speakers import SpeakerResolver
from ..store import Store
from ..store.base import now_iso
from .base import Draft, ParsedDocument, Parser, Source
from .decode import decode, looks_binary
from .provenance import encode_segments, source_text
from .stream import ingest_stream, stream_parser

__all__ = ["ingest_paths", "ingest_bytes", "IngestReport", "FileResult", "expand_paths", "choose_parser",
           "parse_bytes", "build_document", "DEFAULT_MAX_BYTES", "IGNORED_IN_FOLDERS"]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are not read whole: line formats are streamed
(:mod:`countertrial.ingest.stream`), other formats are refused (``max_bytes`` changes it)."""

IGNORED_IN_FOLDERS = ("README*", "LICENSE*", "*.csv", "*.json", "*.yaml", "*.yml", "*.py", "*.sh", ".*")
"""Name patterns skipped when a *folder* is expanded (metadata, not proceedings). Files named
explicitly are always tried."""

_CHUNK = 1 << 20


@dataclass
class FileResult:
    """What happened to one input: ``ingested``, ``skipped`` (hash known) or ``failed``."""

    path: str
    status: str
    document: str | None = None
    format: str | None = None
    turns: int = 0
    pages: int = 0
    size: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    """The outcome of :func:`ingest_paths`."""

    files: list[FileResult] = field(default_factory=list)
    errors: list[CountertrialError] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        return sum(1 for f in self.files if f.status == "ingested")

    @property
    def skipped(self) -> int:
        return sum(1 for f in self.files if f.status == "skipped")

    @property
    def failed(self) -> int:
        return sum(1 for f in self.files if f.status == "failed")

    @property
    def turns(self) -> int:
        return sum(f.turns for f in self.files)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "skipped": self.skipped, "failed": self.failed, "turns": self.turns,
                "files": [f.__dict__ for f in self.files], "errors": [e.one_line() for e in self.errors]}


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[str], list[InvalidDocument]]:
    """Files named by ``paths`` (files, folders walked recursively, globs, ``-`` for stdin), in a
    stable order, and an error for each path that names nothing."""
    out: list[str] = []
    errors: list[InvalidDocument] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        if p not in seen:
            seen.add(p)
            out.append(p)

    for raw in paths:
        text = str(raw)
        if text == "-":
            add("-")
            continue
        path = Path(text)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts) \
                        and not any(child.match(pat) for pat in IGNORED_IN_FOLDERS):
                    add(str(child))
        elif path.is_file():
            add(text)
        elif any(c in text for c in "*?["):
            matches = sorted(glob.glob(text, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                errors.append(InvalidDocument(text, "the pattern matches no file"))
            for m in files:
                add(m)
        else:
            errors.append(InvalidDocument(text, "no such file or folder", fix="check the path"))
    return out, errors


def _hash_file(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def choose_parser(data: bytes, name: str, text: str | None) -> Parser:
    """The parser whose sniffer is surest about this document (on a tie, the first by name).

    Parsers are tried from the highest :attr:`Parser.sniff_max` down; one that can no longer beat
    the best score so far is not run (the costly sniffers of weak formats are skipped)."""
    ranked = sorted(((index, _instance(cls)) for index, (_reg, cls) in enumerate(parsers)),
                    key=lambda item: -item[1].sniff_max)
    names = [reg for reg, _cls in parsers]
    best_score, best_index = 0.0, -1
    head = text[:65536] if text is not None else None
    for index, parser in ranked:
        top = parser.sniff_max
        if top < best_score or (top == best_score and index > best_index):
            continue
        if parser.binary:
            score = parser.sniff_bytes(data[:4096], name)
        elif head is not None:
            score = parser.sniff(head, name)
        else:
            score = 0.0
        if score > best_score or (score == best_score and score > 0 and index < best_index):
            best_score, best_index = score, index
    if best_index < 0:
        raise InvalidDocument(name, "format not recognised: no speaker labels, Q/A lines or numbered transcript lines "
                              "at the start", line=1,
                              fix="name the format with --format (see docs/formats.md), e.g. --format article.v1 for prose")
    return _instance(parsers.get(names[best_index]))


def _instance(obj: object) -> Parser:
    if isinstance(obj, type) and issubclass(obj, Parser):
        return obj()
    if isinstance(obj, Parser):
        return obj
    raise TypeError(f"registered parser {obj!r} is not a Parser")


def parse_bytes(data: bytes, name: str, *, format: str | None = None) -> tuple[Parser, ParsedDocument, str]:
    """Decode (when the format is text), choose the parser and parse; returns the parser, the parsed
    document and the encoding. Raises :class:`InvalidDocument` for bad input."""
    parser = _instance(parsers.get(format)) if format else None
    text: str | None = None
    encoding = "binary"
    is_pdf = data.lstrip()[:5] == b"%PDF-"
    if parser is None or not parser.binary:
        if is_pdf and parser is None:
            pass
        else:
            if not data.strip():
                raise InvalidDocument(name, "the file is empty", fix="nothing to ingest")
            text, encoding = decode(data, name)
    if not data.strip():
        raise InvalidDocument(name, "the file is empty", fix="nothing to ingest")
    if parser is None:
        if text is None and not is_pdf and looks_binary(data[:65536]):
            raise InvalidDocument(name, "this is a binary file, not a text transcript")
        parser = choose_parser(data, name, text)
    if parser.binary:
        text = None
    parsed = parser.parse(Source(name=name, data=data, text=text, encoding=encoding))
    if not parsed.turns:
        raise InvalidDocument(name, f"no speaker turns found by {parser.name}", line=1,
                              fix="check the format (--format) or the file's content")
    return parser, parsed, encoding


def build_document(parsed: ParsedDocument, parser: Parser, doc_id: str, path: str, size: int, encoding: str,
           proceeding: str | None, resolver: SpeakerResolver) -> tuple[Document, list[Turn]]:
    document = Document(id=doc_id, path=path, format=parser.name, kind=parsed.kind, proceeding=proceeding,
                        title=parsed.title, session_date=parsed.session_date, encoding=encoding, size=size,
                        pages=parsed.pages, text=parsed.text, ingested_at=now_iso(),
                        extra={"unescape": parsed.unescape, "parser": parsed.meta})
    turns = make_turns(parsed.turns, parsed.text, 0, doc_id, 0, parsed.session_date, parsed.unescape, proceeding,
                       resolver)
    return document, turns


def make_turns(drafts: Iterable[Draft], text: str, base: int, doc_id: str, first_seq: int, session_date: str | None,
               unescape: bool, proceeding: str | None, resolver: SpeakerResolver) -> list[Turn]:
    """Turns from parsed drafts; ``text`` is the decoded document from offset ``base`` on (a
    streamed block) and ``first_seq`` the sequence number of the first turn made here."""
    turns: list[Turn] = []
    fast_ids = doc_id.isascii() and doc_id.isalnum()
    resolve = resolver.resolve
    for draft in drafts:
        segments = draft.segments
        if not segments:
            continue
        meta = dict(draft.meta)
        session = meta.pop("session_date", None) or session_date
        if len(segments) == 1 and not unescape:
            a, b = segments[0]
            words = text[a - base:b - base]
        elif base:
            words = source_text(text, [(a - base, b - base) for a, b in segments], unescape=unescape)
        else:
            words = source_text(text, segments, unescape=unescape)
        if not words.strip():
            continue
        seq = first_seq + len(turns)
        person = resolve(draft.speaker_label, meta) if draft.speaker_label else None
        meta["segments"] = encode_segments(segments)
        turn_id = _turn_id(doc_id, seq) if fast_ids else stable_id(doc_id, seq)
        turns.append(Turn(id=turn_id, document=doc_id, seq=seq, speaker_label=draft.speaker_label,
                          text=words, proceeding=proceeding, person=person, role=draft.role, session_date=session,
                          page=draft.page, line_start=draft.line_start, line_end=draft.line_end,
                          char_start=min(segments)[0], char_end=max(segments, key=_second)[1],
                          meta=meta))
    return turns


def _second(pair: tuple[int, int]) -> int:
    return pair[1]


def _turn_id(doc_id: str, seq: int) -> str:
    """``stable_id(doc_id, seq)`` without its JSON encoder, for an alphanumeric ``doc_id`` (a
    SHA-256): the same bytes are hashed (``["<doc_id>", <seq>]``), so the ids are the same."""
    return hashlib.sha256(f'["{doc_id}", {seq}]'.encode()).hexdigest()[:16]


def ingest_bytes(store: Store, data: bytes, name: str, *, format: str | None = None, proceeding: str | None = None,
                 resolver: SpeakerResolver | None = None) -> FileResult:
    """Ingest one document given as bytes (used for stdin and by :func:`ingest_paths`)."""
    doc_id = hashlib.sha256(data).hexdigest()
    if _known(store, doc_id):
        return FileResult(path=name, status="skipped", document=doc_id, size=len(data))
    parser, parsed, encoding = parse_bytes(data, name, format=format)
    document, turns = build_document(parsed, parser, doc_id, name, len(data), encoding, proceeding,
                             resolver or SpeakerResolver(store))
    if not turns:
        raise InvalidDocument(name, f"no speaker turns found by {parser.name}", line=1)
    with store.transaction():
        store.put([document])
        store.put(turns)
    return FileResult(path=name, status="ingested", document=doc_id, format=parser.name, turns=len(turns),
                      pages=parsed.pages, size=len(data))


def ingest_paths(store: Store, paths: Iterable[str | Path], *, format: str | None = None,
                 proceeding: str | None = None, progress: Callable[[str], None] | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> IngestReport:
    """Ingest files, folders, globs and ``-`` (stdin) into ``store``; see the module docstring."""
    if format:
        format = parsers.resolve(format)
    files, path_errors = expand_paths(paths)
    report = IngestReport()
    for err in path_errors:
        report.errors.append(err)
        report.files.append(FileResult(path=err.where, status="failed", error=err.one_line()))
    resolver = SpeakerResolver(store)
    for name in files:
        try:
            report.files.append(_ingest_one(store, name, format, proceeding, resolver, max_bytes))
        except InvalidDocument as exc:
            report.errors.append(exc)
            report.files.append(FileResult(path=name, status="failed", error=exc.one_line()))
        except CountertrialError:
            raise
        except Exception as exc:  # a parser bug must not stop the batch
            err = InvalidDocument(name, f"could not be parsed ({type(exc).__name__}: {exc})",
                                  fix="please report this file as a bug")
            report.errors.append(err)
            report.files.append(FileResult(path=name, status="failed", error=err.one_line()))
        if progress is not None:
            progress(name)
    store.record_run("ingest", format or "sniff", {"ingested": report.ingested, "skipped": report.skipped,
                                                   "failed": report.failed, "turns": report.turns})
    return report


def _ingest_one(store: Store, name: str, format: str | None, proceeding: str | None,
                resolver: SpeakerResolver, max_bytes: int) -> FileResult:
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InvalidDocument("<stdin>", f"input is over the {max_bytes // (1 << 20)} MiB limit",
                                  fix="split it, or raise the limit with --max-size")
        return ingest_bytes(store, data, "<stdin>", format=format, proceeding=proceeding, resolver=resolver)
    path = Path(name)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            parser = None
            if size > max_bytes:  # checked from the head before the file is read at all
                note = (f"the file is {size / (1 << 20):.0f} MiB, over the {max_bytes / (1 << 20):.0f} MiB limit "
                        "for reading a file whole")
                parser = stream_parser(handle, name, format, note)
                handle.seek(0)
            doc_id = _hash_file(handle)
            if _known(store, doc_id):
                return FileResult(path=name, status="skipped", document=doc_id, size=size)
            if parser is not None:
                count, pages = ingest_stream(store, handle, name, size, doc_id, parser, proceeding=proceeding,
                                             resolver=resolver)
                return FileResult(path=name, status="ingested", document=doc_id, format=parser.name, turns=count,
                                  pages=pages, size=size)
            handle.seek(0)
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InvalidDocument(name, f"cannot be read: {exc.strerror or exc}") from None
    return ingest_bytes(store, data, name, format=format, proceeding=proceeding, resolver=resolver)


def _known(store: Store, doc_id: str) -> bool:
    """Whether a document is stored (a count, so the stored text is never loaded)."""
    return store.count(Document, id=doc_id) > 0
