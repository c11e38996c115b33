"""Small text helpers shared by the format parsers: session dates, OCR line numbers."""

from __future__ import annotations

import re
from datetime import date

__all__ = ["find_date", "ocr_number", "MONTHS"]

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH = "(?P<month>" + "|".join(MONTHS) + ")"
_DMY = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>1[89]\d\d|20\d\d)\b", re.IGNORECASE)
_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>1[89]\d\d|20\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")


def find_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ``YYYY-MM-DD`` ("16 November 2012",
    "May 14, 2024", "4 AUGUST 2003", "2024-05-22"), or ``None``."""
    best: tuple[int, str] | None = None
    for rx in (_DMY, _MDY, _ISO):
        m = rx.search(text)
        if not m:
            continue
        month_text = m.group("month")
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
        try:
            value = date(int(m.group("year")), month, int(m.group("day"))).isoformat()
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), value)
    return best[1] if best else None


_OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"})
_OCR_NUMBER = re.compile(r"[0-9lI|Oo]{1,2}")


def ocr_number(token: str) -> int | None:
    """A line number as printed, forgiving OCR confusions (``l``→1, ``lO``→10, ``l8``→18);
    ``None`` if ``token`` is not one. A token must hold at least one real digit or start with ``l``."""
    if not _OCR_NUMBER.fullmatch(token):
        return None
    if not any(c.isdigit() for c in token) and not token.startswith(("l", "I", "|")):
        return None
    return int(token.translate(_OCR_DIGITS))
