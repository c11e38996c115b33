"""Streamed ingest of files too big to read whole (over ``max_bytes``), for line formats.

The file is decoded in blocks of whole lines (an incremental decoder after a chunked encoding
pass, :func:`~countertrial.ingest.decode.stream_encoding`) and fed to the format's
:class:`~countertrial.ingest.base.LineStream`; turns are built from each block and written in
batches, all inside the document's one transaction (an interrupted run leaves nothing and
re-running completes it). Memory is bounded by the block size plus the longest open turn, never
by the file: a line or a turn over ``MAX_HELD`` characters is an error.

The decoded text is **not** stored: the document keeps ``text = ""`` and, in
``extra["streamed"]``, the codec and checkpoints ``[char offset, byte offset]`` at block
starts, so :func:`countertrial.ingest.provenance.document_window` can re-read the source lines of
a turn from the file (``countertrial show`` does), as long as the file is where it was ingested
from and has the same size.
"""

from __future__ import annotations

import codecs
from dataclasses import replace
from typing import BinaryIO

from ..errors import InvalidDocument
from ..model import Document, Turn
from ..registry import parsers
from ..resolve.speakers import SpeakerResolver
from ..store import Store
from ..store.base import now_iso
from .base import Parser

__all__ = ["ingest_stream", "stream_parser", "BLOCK_BYTES", "TURN_BATCH", "MAX_HELD"]

BLOCK_BYTES = 1 << 20
"""Bytes read and decoded per block."""
TURN_BATCH = 2000
"""Turns written per ``store.put`` (inside the document's transaction)."""
MAX_HELD = 32 << 20
"""Most characters held for one line or one open turn; beyond it the file is refused."""


def stream_parser(handle: BinaryIO, name: str, format: str | None, limit_note: str) -> Parser:
    """The parser for a file too big to read whole, from its first 64 KiB; raises
    :class:`InvalidDocument` (``limit_note`` says why the file is not read whole) when the format
    needs the whole file, or the file is binary. Nothing more of the file is read."""
    from .decode import head_encoding
    from .pipeline import _instance, choose_parser

    handle.seek(0)
    head = handle.read(65536)
    codec, bom = head_encoding(head, name)
    head_text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head[bom:], final=False)
    parser = _instance(parsers.get(format)) if format else choose_parser(head, name, head_text)
    if parser.stream() is None:
        raise InvalidDocument(name, f"{limit_note}; {parser.name} needs the whole file, so it was not read",
                              fix="split it into days or volumes, or raise the limit with --max-size")
    return parser


def ingest_stream(store: Store, handle: BinaryIO, name: str, size: int, doc_id: str, parser: Parser, *,
                  proceeding: str | None, resolver: SpeakerResolver, block_bytes: int | None = None) -> tuple[int, int]:
    """Ingest the open file ``handle`` block by block with ``parser`` (see :func:`stream_parser`);
    returns ``(turns, pages)``. Raises :class:`InvalidDocument` for bad content; nothing is then
    written."""
    from .decode import stream_encoding
    from .pipeline import make_turns

    block_bytes = block_bytes or BLOCK_BYTES
    codec, bom = stream_encoding(handle, name)
    stream = parser.stream()
    assert stream is not None
    label = "utf-8-sig" if codec == "utf-8" and bom else codec
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    checkpoints: list[list[int]] = [[0, bom]]
    document = Document(id=doc_id, path=name, format=parser.name, kind="transcript", proceeding=proceeding,
                        encoding=label, size=size, text="", ingested_at=now_iso(),
                        extra={"unescape": False, "streamed": {"codec": codec, "checkpoints": checkpoints}})
    written = 0
    with store.transaction():
        store.put([document])
        handle.seek(bom)
        consumed = bom  # bytes given to the decoder
        carry, carry_base = "", 0  # text kept for turns still open, and its document offset
        pending = ""  # the part line after the last line break
        char_pos = 0  # document offset of ``pending``
        batch: list[Turn] = []
        while True:
            chunk = handle.read(block_bytes)
            final = not chunk
            try:
                data = pending + decoder.decode(chunk, final=final)
            except UnicodeDecodeError as exc:
                raise InvalidDocument(name, f"invalid {codec} near byte {consumed + exc.start}",
                                      fix=f"re-save the file as {codec} or UTF-8") from None
            consumed += len(chunk)
            cut = len(data) if final else data.rfind("\n") + 1
            lines, pending = data[:cut], data[cut:]
            if len(pending) > MAX_HELD:
                raise InvalidDocument(name, f"a line of over {MAX_HELD >> 20} M characters: not a line-based transcript",
                                      fix="check the format (--format)")
            if lines or final:
                block = carry + lines
                drafts = stream.feed(block, carry_base, char_pos, final)
                info = stream.result()
                batch.extend(make_turns(drafts, block, carry_base, doc_id, written + len(batch), info.session_date,
                                        False, proceeding, resolver))
                if len(batch) >= TURN_BATCH:
                    store.put(batch)
                    written += len(batch)
                    batch = []
                char_pos += len(lines)
                keep = stream.keep_from()
                if keep is None:
                    carry, carry_base = "", char_pos
                else:
                    carry, carry_base = block[keep - carry_base:], keep
                if len(carry) > MAX_HELD:
                    raise InvalidDocument(name, f"one turn runs over {MAX_HELD >> 20} M characters",
                                          fix="check the format (--format)")
                held = len(decoder.getstate()[0]) + len(pending.encode(codec))
                checkpoints.append([char_pos, consumed - held])
            if final:
                break
        if batch:
            store.put(batch)
            written += len(batch)
        if not written:
            raise InvalidDocument(name, f"no speaker turns found by {parser.name}", line=1,
                                  fix="check the format (--format) or the file's content")
        info = stream.result()
        if checkpoints[-1][0] == char_pos and len(checkpoints) > 1 and checkpoints[-1] == checkpoints[-2]:
            checkpoints.pop()
        store.put([replace(document, kind=info.kind, title=info.title, session_date=info.session_date,
                           pages=info.pages,
                           extra={"unescape": False, "parser": info.meta,
                                  "streamed": {"codec": codec, "checkpoints": checkpoints, "chars": char_pos}})])
    return written, info.pages
