"""Bytes to text: encoding detection and the checks that turn bad bytes into one clear error.

Order of decisions: a byte-order mark (UTF-8, UTF-16LE/BE) wins; UTF-16 without a BOM is
recognised by its NUL pattern; otherwise NUL or control bytes mean a binary file; strict UTF-8 is
tried next. Bytes that are not UTF-8 are read as cp1252 (then latin-1) **only** when no valid
UTF-8 multi-byte sequence came before the first bad byte: a file that was UTF-8 up to some line
and then breaks is corrupt ("invalid UTF-8 mid-file"), and the error names that line.
"""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

from ..errors import InvalidDocument

__all__ = ["decode", "looks_binary", "head_encoding", "stream_encoding"]

_UTF8_MULTI = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_CONTROL = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"").replace(b"\x0c", b"")


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file look like a binary (not text) file."""
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return False
    if _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > max(2, len(head) // 100)


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.4 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.4 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` (the bytes of file ``name``); returns ``(text, encoding)``.

    Raises :class:`InvalidDocument` for empty, binary or corrupt input.
    """
    if not data.strip():
        raise InvalidDocument(name, "the file is empty", fix="nothing to ingest")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[2:], enc, name), enc
    guessed = _utf16_without_bom(data)
    if guessed:
        return _strict(data, guessed, name), guessed
    if looks_binary(data[:65536]):
        raise InvalidDocument(name, "this is a binary file, not a text transcript",
                              fix="give a text, PDF, XML or caption file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        before = data[:exc.start]
        if _UTF8_MULTI.search(before):
            line = before.count(b"\n") + 1
            raise InvalidDocument(name, f"invalid UTF-8 at byte {exc.start} (the file is UTF-8 up to here)",
                                  line=line, fix="re-save the file as UTF-8 or repair the damaged bytes") from None
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].decode(encoding, errors="replace").count("\n") + 1
        raise InvalidDocument(name, f"invalid {encoding} at byte {exc.start}", line=line,
                              fix=f"re-save the file as {encoding} or UTF-8") from None
    if not text.strip():
        raise InvalidDocument(name, "the file is empty", fix="nothing to ingest")
    return text


_CP1252_UNDEFINED = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D])


def head_encoding(head: bytes, name: str) -> tuple[str, int]:
    """The codec and BOM length that the first bytes of a file show (``utf-8`` when undecided
    between UTF-8 and an 8-bit code page); raises :class:`InvalidDocument` for a binary file."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return enc, 2
    guessed = _utf16_without_bom(head)
    if guessed:
        return guessed, 0
    if looks_binary(head):
        raise InvalidDocument(name, "this is a binary file, not a text transcript",
                              fix="give a text, PDF, XML or caption file")
    return "utf-8", 0


def stream_encoding(handle: BinaryIO, name: str, chunk_size: int = 1 << 20) -> tuple[str, int]:
    """The encoding of a file too big to read whole, by the same rules as :func:`decode`, reading
    it in chunks; returns ``(codec, bytes of BOM to skip)``. Raises :class:`InvalidDocument` for
    binary files and invalid UTF-8 mid-file (naming the line)."""
    handle.seek(0)
    codec, bom = head_encoding(handle.read(65536), name)
    if codec != "utf-8" or bom:
        return codec, bom
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = newlines = 0
    multi = False
    while chunk := handle.read(chunk_size):
        pending = decoder.getstate()[0]
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            bad = max(exc.start - len(pending), 0)
            before = chunk[:bad]
            if multi or _UTF8_MULTI.search(pending + before):
                raise InvalidDocument(name, f"invalid UTF-8 at byte {offset + bad} (the file is UTF-8 up to here)",
                                      line=newlines + before.count(b"\n") + 1,
                                      fix="re-save the file as UTF-8 or repair the damaged bytes") from None
            return _cp1252_or_latin1(handle, chunk, chunk_size), 0
        multi = multi or bool(_UTF8_MULTI.search(chunk))
        offset += len(chunk)
        newlines += chunk.count(b"\n")
    return "utf-8", 0


def _cp1252_or_latin1(handle: BinaryIO, chunk: bytes, chunk_size: int) -> str:
    """cp1252 unless a byte it leaves undefined occurs anywhere (then latin-1), as in :func:`decode`."""
    handle.seek(0)
    while chunk := handle.read(chunk_size):
        if len(chunk.translate(None, _CP1252_UNDEFINED)) != len(chunk):
            return "latin-1"
    return "cp1252"
