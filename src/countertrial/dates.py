"""Dates as intervals with a precision.

A historian's "1934" is not the first of January 1934: it is the interval 1934-01-01..1934-12-31
with precision ``year``. Every date in countertrial is an :class:`Interval`; comparisons respect
precision (``1932`` and ``1932-11`` overlap, they do not conflict).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = ["Interval", "PRECISIONS", "parse_partial_date", "parse_interval", "parse_date_or_range", "InvalidDate"]

PRECISIONS = ("day", "month", "season", "part", "year", "decade", "range", "unknown")
"""From finest to coarsest. ``part`` is a part of a year (beginning / middle / end),
``range`` an explicit start..end, ``unknown`` a time expression that could not be normalised."""


class InvalidDate(ValueError):
    """A date string that is not a valid (partial) ISO date."""


@dataclass(frozen=True, order=True)
class Interval:
    """A closed interval of days ``start..end`` with the precision of the source expression.

    ``start``/``end`` are ``None`` only for precision ``unknown`` (or an open side of a range).
    """

    start: date | None
    end: date | None
    precision: str = "day"
    text: str = ""

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise InvalidDate(f"unknown precision '{self.precision}'")
        if self.start and self.end and self.start > self.end:
            raise InvalidDate(f"interval starts after it ends: {self.start} > {self.end}")

    @property
    def known(self) -> bool:
        return self.start is not None or self.end is not None

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals could share a day (open sides count as unbounded)."""
        if not self.known or not other.known:
            return True
        lo_a, hi_a = self.start or date.min, self.end or date.max
        lo_b, hi_b = other.start or date.min, other.end or date.max
        return lo_a <= hi_b and lo_b <= hi_a

    def contains(self, other: Interval) -> bool:
        """True when every day of ``other`` lies inside this interval."""
        if not self.known or not other.known:
            return False
        lo, hi = self.start or date.min, self.end or date.max
        return lo <= (other.start or date.min) and (other.end or date.max) <= hi

    def days(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def gap_days(self, other: Interval) -> int:
        """Days between the two intervals (0 when they overlap or touch)."""
        if self.overlaps(other):
            return 0
        assert self.start or self.end
        if (self.end or date.max) < (other.start or date.min):
            return ((other.start or date.min) - (self.end or date.max)).days
        return ((self.start or date.min) - (other.end or date.max)).days

    def iso(self) -> str:
        """The shortest ISO form: ``1934``, ``1934-11``, ``1934-11-05`` or ``start/end``."""
        if not self.known:
            return self.text or "?"
        s, e = self.start, self.end
        if s and e:
            if self.precision == "year" and s == date(s.year, 1, 1) and e == date(s.year, 12, 31):
                return f"{s.year:04d}"
            if self.precision == "month" and s.day == 1 and e == _month_end(s.year, s.month):
                return f"{s.year:04d}-{s.month:02d}"
            if s == e:
                return s.isoformat()
        return f"{s.isoformat() if s else '..'}/{e.isoformat() if e else '..'}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Interval:
        if not data:
            return cls(None, None, "unknown", "")
        start = date.fromisoformat(data["start"]) if data.get("start") else None
        end = date.fromisoformat(data["end"]) if data.get("end") else None
        return cls(start, end, data.get("precision") or "day", data.get("text") or "")

    @classmethod
    def unknown(cls, text: str = "") -> Interval:
        return cls(None, None, "unknown", text)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def parse_partial_date(text: str) -> Interval:
    """Parse ``1934``, ``1934-11`` or ``1934-11-05`` into an interval with its precision.

    Raises :class:`InvalidDate` for anything else, including impossible days (``1938-02-30``).
    """
    m = _PARTIAL.match(text)
    if not m:
        raise InvalidDate(f"'{text}' is not a date like 1934, 1934-11 or 1934-11-05")
    year = int(m.group(1))
    if m.group(2) is None:
        return Interval(date(year, 1, 1), date(year, 12, 31), "year", text)
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise InvalidDate(f"'{text}' has month {month}; months run 1-12")
    if m.group(3) is None:
        return Interval(date(year, month, 1), _month_end(year, month), "month", text)
    day = int(m.group(3))
    try:
        d = date(year, month, day)
    except ValueError:
        raise InvalidDate(f"'{text}' is not a real day ({calendar.month_name[month]} {year} has "
                          f"{calendar.monthrange(year, month)[1]} days)") from None
    return Interval(d, d, "day", text)


def parse_interval(start: str | None, end: str | None = None) -> Interval:
    """An interval from a record's ``start``/``end`` partial dates (either may be missing)."""
    if not start and not end:
        return Interval.unknown()
    a = parse_partial_date(start) if start else None
    b = parse_partial_date(end) if end else None
    if a and not b:
        return a
    if b and not a:
        return Interval(None, b.end, "range", f"../{end}")
    assert a and b
    if a.start and b.end and a.start > b.end:
        raise InvalidDate(f"start {start} is after end {end}")
    if (start == end):
        return a
    return Interval(a.start, b.end, "range", f"{start}/{end}")


_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$")


def parse_date_or_range(text: str | None) -> Interval:
    """A record's free ``time`` field: a partial date, ``1932-1936`` or ``1934-11/1935-02``.

    ``None`` or empty gives an unknown interval; anything else invalid raises :class:`InvalidDate`.
    """
    if text is None or not str(text).strip():
        return Interval.unknown()
    text = str(text).strip()
    m = _YEAR_RANGE.match(text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a > b:
            raise InvalidDate(f"'{text}' runs backwards")
        return Interval(date(a, 1, 1), date(b, 12, 31), "range", text)
    if "/" in text:
        left, _, right = text.partition("/")
        iv = parse_interval(left or None, right or None)
        return Interval(iv.start, iv.end, iv.precision, text)
    return parse_partial_date(text)
