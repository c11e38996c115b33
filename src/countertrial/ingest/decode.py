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

from ..errors import InvalidDocument

__all__ = ["decode", "looks_binary"]

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
