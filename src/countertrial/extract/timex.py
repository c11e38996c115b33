"""Time expressions in testimony, normalised to :class:`~countertrial.dates.Interval`.

Rules, not a model: every pattern below names the interval it yields, so a historian can check
it. Precision follows :data:`countertrial.dates.PRECISIONS`:

* ``day``     "2 March 1938", "March 2, 1938", "1938-03-02", "yesterday" (with a session date)
* ``month``   "November 1932", "in November" (the latest November not after the session date)
* ``season``  "the winter of 1921" (Dec 1921 - Feb 1922), "in the autumn of 1932", "last summer",
              "the spring and summer of 1944" (Mar-Aug), "the summer months of 1942"
* ``part``    "the beginning of 1936" (Jan-Apr), "the middle of 1936" (May-Aug),
              "at the end of 1934" (Sep-Dec), "early 1936", "end 1993", "the first half of 1935",
              "the early (latter) part of 1936", "the end of November 1932" (21st-30th),
              "the first week of March 1938" (1st-7th), "the last week of May", "the first days of July"
* ``year``    "in 1934", "last year", "two years ago"
* ``decade``  "the 1920s", "the early 1930s" (1930-1933), "the late twenties"
* ``range``   "1932-1936", "from 1932 to 1936", "between 1932 and 1936", "last week",
              "3 and 4 June 1944", "between 5 and 9 June 1944", "June 5-6, 1944"
* ``unknown`` a time expression that cannot be pinned down ("at that time" with nothing to
              anchor it, "some years later"): its text is kept.

Expressions relative to the session (``anchor``) need the session date; without one they are
``unknown``. Anaphoric ones ("that night", "at that time", "then") are marked so a caller can
resolve them to the last time mentioned in the same turn (:attr:`Timex.anaphoric`): "that year" is
the year of that time, "that summer" and "the summer of that year" its summer, "the following
year" and "a year later" the year after it, "the following spring" the next spring, "early that
year" its first months, "the previous year" and "the day before" a year or a day before it. A
date, part of a month or season said without a year ("on 12 June", "early June", "that July", "in
the spring") is anaphoric too: it takes the year said before it in the turn (the next year when
its month comes before a month or day said), and the session's year only when none was said; a day
so read is counted on from like a full date ("On 27 February ... the next day").
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import Interval

__all__ = ["Timex", "find_timexes", "parse_timex", "resolve_anaphora", "times_in", "yearless", "MONTHS"]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

_MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A day written as an ordinal word too ("the fifteenth of April"), only before "of" and its month.
_DAY_W = (r"(?P<day>[0-3]?\d(?:st|nd|rd|th)?|(?:twenty[\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
          # "the four and twentieth of April": the older way of saying the days 21-29 (and 31).
          r"|ninth)|(?:one|two|three|four|five|six|seven|eight|nine)\s+and\s+twentieth|one\s+and\s+thirtieth"
          r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
          r"|nineteenth|twentieth|thirtieth|thirty[\s-]+first)")
_SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "a couple of": 2, "a few": 3, "several": 3,
            "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30}
_DECADE_WORDS = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990}


@dataclass(frozen=True)
class Timex:
    """A time expression found in text: character span, the words, the interval, and whether it
    points back at an earlier time in the discourse ("that night")."""

    start: int
    end: int
    text: str
    interval: Interval
    anaphoric: bool = False


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _iv(a: date, b: date, precision: str, text: str) -> Interval:
    return Interval(a, b, precision, text)


def _year(y: int, text: str) -> Interval:
    return _iv(date(y, 1, 1), date(y, 12, 31), "year", text)


def _season(name: str, y: int, text: str) -> Interval:
    first = _SEASONS[name]
    if name == "winter":
        # "the winter of 1921" is read as the winter that starts in December 1921 by some writers
        # and the one that ends in February 1921 by others: the interval covers both readings.
        return _iv(date(y, 1, 1), _month_end(y + 1, 2), "season", text)
    return _iv(date(y, first, 1), _month_end(y, first + 2), "season", text)


_PARTS_OF_YEAR = {"beginning": (1, 4), "start": (1, 4), "early": (1, 4), "first months": (1, 4),
                  "middle": (5, 8), "mid": (5, 8), "end": (9, 12), "late": (9, 12), "close": (9, 12),
                  "last months": (9, 12), "first half": (1, 6), "second half": (7, 12), "latter half": (7, 12),
                  "early part": (1, 4), "earlier part": (1, 4), "first part": (1, 4), "latter part": (9, 12),
                  "later part": (9, 12), "last part": (9, 12)}


def _part_of_year(part: str, y: int, text: str) -> Interval:
    a, b = _PARTS_OF_YEAR[part]
    return _iv(date(y, a, 1), _month_end(y, b), "part", text)


_WEEKS = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def _part_of_month(part: str, y: int, m: int, text: str) -> Interval:
    last = calendar.monthrange(y, m)[1]
    part = " ".join(part.split())
    if part.endswith("week"):
        # "the first week of March": days 1-7; "the last week of May": its last seven days.
        a = _WEEKS.get(part.split()[0], last - 6)
        return _iv(date(y, m, a), date(y, m, min(last, a + 6)), "part", text)
    if part.endswith("days"):
        part = "beginning" if part.startswith("first") else "end"  # "the first days of July 1941"
    if part in ("early part", "earlier part", "first part"):
        part = "beginning"
    elif part in ("latter part", "later part", "last part"):
        part = "end"
    if part in ("beginning", "start", "early", "first half"):
        a, b = 1, 10 if part != "first half" else 15
    elif part in ("middle", "mid"):
        a, b = 11, 20
    else:
        a, b = (21 if part != "second half" and part != "latter half" else 16), last
    return _iv(date(y, m, a), date(y, m, b), "part", text)


def _part_of_decade(part: str, decade: int, text: str) -> Interval:
    spans = {"early": (0, 3), "beginning": (0, 3), "mid": (3, 6), "middle": (3, 6), "late": (7, 9), "end": (7, 9)}
    a, b = spans.get(part, (0, 9))
    return _iv(date(decade + a, 1, 1), date(decade + b, 12, 31), "decade", text)


def _latest_month(m: int, anchor: date) -> int:
    """The year of the latest month ``m`` that is not after ``anchor``."""
    return anchor.year if m <= anchor.month else anchor.year - 1


Handler = Callable[["re.Match[str]", "date | None"], "Interval | None"]


_UNITS_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_WORD_ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(
    (*_UNITS_ORD, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth"))}
_WORD_ORDINALS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS_ORD)})
_WORD_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_WORD_ORDINALS.update({f"{w}-and-twentieth": 21 + i for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))})
_WORD_ORDINALS["one-and-thirtieth"] = 31


def _day_num(day: str) -> int:
    """The day of a date's day group: "12", "12th" or an ordinal word ("twenty-fifth")."""
    low = day.lower()
    digits = low.rstrip("stndrh")
    return int(digits) if digits.isdigit() else _WORD_ORDINALS[re.sub(r"[\s-]+", "-", low)]


def _day_month_year(m: re.Match[str], anchor: date | None) -> Interval | None:
    try:
        d = date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], _day_num(m["day"] or m.groupdict().get("dayw") or ""))
    except ValueError:
        return Interval.unknown(m.group(0))
    groups = m.groupdict()
    if groups.get("day0") or groups.get("day2"):
        # "3 and 4 June 1944", "June 5-6, 1944": the days from the first to the last.
        other = int(groups.get("day0") or groups.get("day2") or 0)
        if not 0 < other <= calendar.monthrange(d.year, d.month)[1] or other == d.day:
            return Interval.unknown(m.group(0)) if other != d.day else _iv(d, d, "day", m.group(0))
        a, b = sorted((d, d.replace(day=other)))
        return _iv(a, b, "range", m.group(0))
    return _iv(d, d, "day", m.group(0))


def _iso(m: re.Match[str], anchor: date | None) -> Interval | None:
    try:
        d = date(int(m["year"]), int(m["mon"]), int(m["day"]))
    except ValueError:
        return Interval.unknown(m.group(0))
    return _iv(d, d, "day", m.group(0))


def _day_month(m: re.Match[str], anchor: date | None) -> Interval | None:
    mon = MONTHS[m["month"].lower().rstrip(".")]
    if anchor is None:
        return Interval.unknown(m.group(0))
    rel = m.groupdict().get("rel")
    # "on the twenty-fifth of May last year": that day of the session's year before.
    y = anchor.year + {"last": -1, "this": 0, "next": 1}[rel.lower()] if rel else _latest_month(mon, anchor)
    try:
        d = date(y, mon, _day_num(m["day"] or m.groupdict().get("dayw") or ""))
    except ValueError:
        return Interval.unknown(m.group(0))
    return _iv(d, d, "day", m.group(0))


def _month_rel(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"in March last year", "in March of this year": that month of the session's year, or the one
    before or after it."""
    if anchor is None:
        return Interval.unknown(m.group(0))
    y = anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    mon = MONTHS[m["month"].lower().rstrip(".")]
    return _iv(date(y, mon, 1), _month_end(y, mon), "month", m.group(0))


def _month_year(m: re.Match[str], anchor: date | None) -> Interval | None:
    y, mon = int(m["year"]), MONTHS[m["month"].lower().rstrip(".")]
    return _iv(date(y, mon, 1), _month_end(y, mon), "month", m.group(0))


def _bare_month(m: re.Match[str], anchor: date | None) -> Interval | None:
    if anchor is None:
        return Interval.unknown(m.group(0))
    mon = MONTHS[m["month"].lower().rstrip(".")]
    y = _latest_month(mon, anchor)
    return _iv(date(y, mon, 1), _month_end(y, mon), "month", m.group(0))


def _part_month_year(m: re.Match[str], anchor: date | None) -> Interval | None:
    mon = MONTHS[m["month"].lower().rstrip(".")]
    if m["year"]:
        y = int(m["year"])
    elif anchor is not None:
        y = _latest_month(mon, anchor)
    else:
        return Interval.unknown(m.group(0))
    return _part_of_month(m["part"].lower(), y, mon, m.group(0))


def _season_year(m: re.Match[str], anchor: date | None) -> Interval | None:
    second = _season(m["season"].lower(), int(m["year"]), m.group(0))
    if m["season1"]:
        # "the spring and summer of 1944", "the autumn and winter of 1941": both seasons of the year.
        y = int(m["year"])
        first = _season(m["season1"].lower(), y, m.group(0))
        end = _month_end(y + 1, 2) if m["season"].lower() == "winter" else second.end
        if first.start is not None and end is not None and first.start < end and m["season1"].lower() != m["season"].lower():
            return _iv(first.start, end, "season", m.group(0))
    return second


def _season_split(m: re.Match[str], anchor: date | None) -> Interval | None:
    y = int(m["year"])
    y2 = int(m["y2"])
    y2 = y2 if y2 > 100 else (y // 100) * 100 + y2
    if y2 != y + 1:
        return Interval.unknown(m.group(0))
    return _iv(date(y, 12, 1), _month_end(y2, 2), "season", m.group(0))


def _bare_season(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"in the autumn", "last summer": the latest such season that began on or before the session."""
    if m["season"][:1].isupper() and m.string[m.end():m.end() + 2][1:2].isupper() and m.string[m.end():m.end() + 1] == " ":
        return None  # "the Winter Palace", "the Summer Palace", "the Winter War": a name, no season
    if anchor is None:
        return Interval.unknown(m.group(0))
    name = m["season"].lower()
    first = _SEASONS[name]
    if name == "winter":
        y = anchor.year if anchor.month == 12 else anchor.year - 1
        return _iv(date(y, 12, 1), _month_end(y + 1, 2), "season", m.group(0))
    y = anchor.year if first <= anchor.month else anchor.year - 1
    return _iv(date(y, first, 1), _month_end(y, first + 2), "season", m.group(0))


_ANAPHORIC_SEASON = re.compile(r"winter|spring|summer|autumn|fall", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"following|next|later", re.IGNORECASE)


def _month_span(m1: str, m2: str, y: int, text: str) -> Interval | None:
    a, b = MONTHS[m1.lower().rstrip(".")], MONTHS[m2.lower().rstrip(".")]
    return _iv(date(y, a, 1), _month_end(y, b), "range", text) if a < b else None


def _month_range(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"between May and July 1944", "from March to June 1937": the months of a year; "between June
    1984 and November 1985": from the first month to the end of the second; "between 18 September
    1939 and 2 July 1940": from the first day to the second."""
    if m["d1"] or m["d2"]:
        # "between 18 September 1939 and 2 July 1940": from the first day (or month) said to the last.
        y2 = int(m["year"])
        y1 = int(m["year1"]) if m["year1"] else y2
        m1, m2 = MONTHS[m["month"].lower().rstrip(".")], MONTHS[m["month2"].lower().rstrip(".")]
        try:
            first = date(y1, m1, int(m["d1"])) if m["d1"] else date(y1, m1, 1)
            last = date(y2, m2, int(m["d2"])) if m["d2"] else _month_end(y2, m2)
        except ValueError:
            return None
        return _iv(first, last, "range", m.group(0)) if first < last else None
    if m["year1"] is None:
        return _month_span(m["month"], m["month2"], int(m["year"]), m.group(0))
    a = (int(m["year1"]), MONTHS[m["month"].lower().rstrip(".")])
    b = (int(m["year"]), MONTHS[m["month2"].lower().rstrip(".")])
    return _iv(date(a[0], a[1], 1), _month_end(*b), "range", m.group(0)) if a < b else None


def _year_to_month(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"from 1979 until June 2009", "from 1979 until their arrest in June 2009": from the first
    year's start to the end of the month (or the day) said last."""
    y1, y2 = int(m["year1"]), int(m["year"])
    m2 = MONTHS[m["month2"].lower().rstrip(".")]
    try:
        last = date(y2, m2, int(m["d2"])) if m["d2"] else _month_end(y2, m2)
    except ValueError:
        return None
    first = date(y1, 1, 1)
    return _iv(first, last, "range", m.group(0)) if first < last else None


def _month_pair(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"March and April 2017", "in June or July 1937": from the first month to the end of the second."""
    return _month_span(m["month"], m["month2"], int(m["year"]), m.group(0))


_MONTH_SPAN = re.compile(r"(?:between|from)\s+([a-z]+)\.?\s+(?:and|to|until|till)\s+([a-z]+)")


def _from_previous(previous: Interval, text: str) -> Interval:
    """The interval an anaphoric expression names, from the time mentioned before it."""
    assert previous.start is not None
    y = previous.start.year
    od = _ORDINAL_DAY.fullmatch(text)
    if od is not None:
        # "On 15 July 1995 ...? - I saw him only on the 16th": that day of the month said before (of
        # the next month when it comes before the day said).
        if previous.precision not in ("day", "month"):
            return Interval.unknown(text)
        day, m = int(od["day"]), previous.start.month
        if previous.precision == "day" and day < previous.start.day:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        try:
            d = date(y, m, day)
        except ValueError:
            return Interval.unknown(text)
        return _iv(d, d, "day", text)
    if _IN_THE_MONTH.search(text.lower()) and previous.precision in ("day", "month", "part"):
        # "on 1 September 1898 ... before the end of the month", "later that month": the month said.
        m = previous.start.month
        return _iv(date(y, m, 1), _month_end(y, m), "month", text)
    span = _MONTH_SPAN.match(text.lower())
    if span is not None and span.group(1) in MONTHS and span.group(2) in MONTHS:
        # "between May and July of that year": those months of the year said before.
        months = _month_span(span.group(1), span.group(2), y, text)
        if months is not None:
            return months
    season = _ANAPHORIC_SEASON.search(text)
    low = text.lower()
    if _YEAR_OUT.search(low):
        return _year(y, text)
    later = _LATER.search(low)
    if later is not None:
        return _after(previous, later, text)
    if season and "year" in low and _SEASON_OF_YEAR.search(low):
        # "the spring of the following year", "the autumn of the previous year": that season of the
        # year after (or before) the one said before.
        shift = 1 if _NEXT_YEAR.search(low) else -1 if _BACK.search(low) else 0
        return _season(season.group(0).lower(), y + shift, text)
    if _BACK.search(low):
        return _before(previous, low, text)
    part = _YEAR_PART.match(low)
    if part is not None:
        return _part_of_year(part.group(1), y + 1 if _NEXT_YEAR.search(low) else y, text)
    part = _MONTH_PART_ANAPH.match(low)
    if part is not None and previous.precision in ("day", "month", "part"):
        # "On 16 August 1945 ... late that month": that part of the month said before.
        word = {"early": "beginning", "start": "beginning", "close": "end", "late": "end", "mid": "middle"}
        return _part_of_month(word.get(part.group(1), part.group(1)), y, previous.start.month, text)

    said = previous.start.month

    def year_of(month: int) -> int:
        # That month's year: the year said before, or the next when the month comes before the
        # month said ("November 1932 ... on 3 March").
        return y + 1 if previous.precision in ("day", "month") and month < said else y

    dm = _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    if dm is not None:
        # "In 1944 ... on 12 June": that day of the year said before.
        m = MONTHS[dm["month"].lower().rstrip(".")]
        try:
            d = date(year_of(m), m, _day_num(dm["day"] or dm.groupdict().get("dayw") or ""))
        except ValueError:
            return Interval.unknown(text)
        return _iv(d, d, "day", text)
    pm = _PART_MONTH.fullmatch(text) or _EARLY_MONTH.fullmatch(text)
    if pm is not None and not pm["year"]:
        # "In 1944 ... early June", "the last week of May": that part of the month of that year.
        m = MONTHS[pm["month"].lower().rstrip(".")]
        return _part_of_month(pm["part"].lower(), year_of(m), m, text)
    following = _FOLLOWING_SEASON.search(low)
    if following is not None:
        # "In 1936 ... the following spring": the first such season after the time said before.
        name = following.group(1)
        first = _SEASONS[name]
        if name == "winter":
            y2 = y if previous.precision == "year" or previous.start.month < 12 else y + 1
            return _iv(date(y2, 12, 1), _month_end(y2 + 1, 2), "season", text)
        y2 = y + 1 if previous.precision == "year" or first <= previous.start.month else y
        return _season(name, y2, text)
    bs = _BARE_SEASON.fullmatch(text)
    if bs is not None and not bs["rel"]:
        # "In 1936 ... in the spring": that season of the year said before.
        name = bs["season"].lower()
        return _season(name, year_of(_SEASONS[name]) if name != "winter" else y, text)
    bare = _BARE_MONTH.match(low)
    if bare is not None and bare.group(1).rstrip(".") in MONTHS:
        # "In the spring of 1918 ... In June": that month of the year said before, or of the next
        # year when it comes before the month said ("November 1932 ... in March").
        m = MONTHS[bare.group(1).rstrip(".")]
        y2 = y + 1 if previous.precision in ("day", "month") and m < previous.start.month else y
        return _iv(date(y2, m, 1), _month_end(y2, m), "month", text)
    month = _FOLLOWING_MONTH.search(low)
    if month is not None:
        # "August 1944 ... the following February": the first such month after the time before.
        m = MONTHS[month.group(1).rstrip(".")]
        y2 = y + 1 if m <= previous.start.month else y
        return _iv(date(y2, m, 1), _month_end(y2, m), "month", text)
    if re.search(r"(?:following|next)\s+(?:day|morning|evening|night|afternoon)", low) and previous.precision == "day":
        d = previous.start + timedelta(days=1)
        return _iv(d, d, "day", text)
    if season:
        return _season(season.group(0).lower(), y, text)
    if "year" in low:
        return _year(y + 1 if _NEXT_YEAR.search(low) else y, text)
    if "month" in low and previous.precision in ("day", "month", "part"):
        m = previous.start.month
        return _iv(date(y, m, 1), _month_end(y, m), "month", text)
    return Interval(previous.start, previous.end, previous.precision, text)


_LATER = re.compile(r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a\s+few|several)\s+"
                    r"(?P<unit>day|week|fortnight|month|year)s?\s+later")
_MONTH_PART_ANAPH = re.compile(r"(?:the\s+)?(beginning|start|middle|end|close|early|late|mid)\b.*\b(?:that(?:\s+same)?"
                               r"|the\s+same)\s+month$")
_YEAR_PART = re.compile(r"(?:the\s+)?(beginning|start|middle|end|close|early|late|mid)\b.*\byear$")
_IN_THE_MONTH = re.compile(r"end\s+of\s+(?:the|that)\s+month|later\s+(?:that|in\s+the)\s+month"
                           r"|before\s+the\s+month\s+(?:was|is)\s+out")
# "he sailed for Odessa before the year was out": the rest of the year said before, that year.
_YEAR_OUT = re.compile(r"before\s+the\s+year\s+(?:was|is)\s+out")
_SEASON_OF_YEAR = re.compile(r"(?:winter|spring|summer|autumn|fall)\s+of\s+the\s+(?:following|next|previous"
                             r"|preceding)\s+year")
_BACK = re.compile(r"\b(?:previous|preceding|before)\b")
_FOLLOWING_SEASON = re.compile(r"(?:following|next)\s+(winter|spring|summer|autumn|fall)\b")


def _before(previous: Interval, low: str, text: str) -> Interval:
    """"the previous day", "the year before": the time said before, moved back by the unit."""
    assert previous.start is not None
    if "year" in low:
        return _year(previous.start.year - 1, text)
    if "month" in low:
        if previous.precision not in ("day", "month", "part"):
            return Interval.unknown(text)
        last = previous.start.replace(day=1) - timedelta(days=1)
        return _iv(last.replace(day=1), last, "month", text)
    if previous.precision != "day":
        return Interval.unknown(text)  # "In 1944 ... the previous day": no day to count from
    d = previous.start - timedelta(days=1)
    return _iv(d, d, "day", text)
_BARE_MONTH = re.compile(r"(?:(?:in|of|since|during|until|till|by|before|after|from|as\s+of)\s+)?([a-z]+\.?)$")
_FOLLOWING_MONTH = re.compile(r"(?:following|next)\s+(january|february|march|april|may|june|july|august|september"
                              r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b")


def _after(previous: Interval, m: re.Match[str], text: str) -> Interval:
    """"two months later", "a year later": the time before moved on, as precise as the unit."""
    assert previous.start is not None
    n_word = " ".join(m["n"].split())
    n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 1)
    unit = m["unit"]
    start = previous.start
    if unit == "year":
        return _year(start.year + n, text)
    if unit == "month":
        k = start.year * 12 + start.month - 1 + n
        y, mo = divmod(k, 12)
        return _iv(date(y, mo + 1, 1), _month_end(y, mo + 1), "month", text)
    d = start + timedelta(days=n * {"week": 7, "fortnight": 14}.get(unit, 1))
    if unit == "day" and previous.precision == "day" and n == 1 and n_word not in ("a few", "several"):
        return _iv(d, d, "day", text)  # "a day later": the next day
    # "two days later", "eighteen days later", "a week later": that day, three days either side
    # (the annotation guide's count of days or weeks).
    return _iv(d - timedelta(days=3), d + timedelta(days=3), "range", text)


def resolve_anaphora(timexes: list[Timex], anchor: date | None) -> list[Timex]:
    """Give anaphoric expressions ("that night", "at that time") the interval of the time mentioned
    just before them (its year, month or season for "that year", "that month", "that summer"; the
    next year for "the following year"); with none before, "that night"/"that day"/"during the
    night" fall back to the session date and the rest stay ``unknown``."""
    out: list[Timex] = []
    previous: Interval | None = None
    for t in timexes:
        if t.anaphoric:
            if previous is not None and previous.known:
                t = Timex(t.start, t.end, t.text, _from_previous(previous, t.text), True)
            elif anchor is not None and not t.interval.known and _BACK.search(t.text.lower()) \
                    and not t.text.lower().endswith(" out"):  # "before the month was out": after, not before
                # "the previous year" with no time said before: the session's year before (a day
                # before nothing said stays unknown).
                low = t.text.lower()
                if "year" in low:
                    t = Timex(t.start, t.end, t.text, _year(anchor.year - 1, t.text), True)
                elif "month" in low:
                    last = anchor.replace(day=1) - timedelta(days=1)
                    t = Timex(t.start, t.end, t.text, _iv(last.replace(day=1), last, "month", t.text), True)
            elif anchor is not None and not t.interval.known and re.search(r"night|day|evening|morning", t.text,
                                                                            re.IGNORECASE) \
                    and not re.search(r"next|following|later|after", t.text, re.IGNORECASE):
                # ("The next day I went to the Luxembourg", with no day said before: the day after an
                # event not dated, not the session's day)
                t = Timex(t.start, t.end, t.text, Interval(anchor, anchor, "day", t.text), True)
        if _reference(t):
            previous = t.interval
        out.append(t)
    return out


def yearless(t: Timex) -> bool:
    """Whether ``t`` is a day, part of a month or season said without its year ("on 12 June",
    "early June", "in the spring"), which takes the year from the time said before it."""
    return t.anaphoric and any(p.fullmatch(t.text) is not None for p in (_DAY_MONTH, _MONTH_DAY, _PART_MONTH,
                                                                          _EARLY_MONTH, _BARE_SEASON))


def _reference(t: Timex) -> bool:
    """Whether later anaphoric times count from ``t``: a known time that is not anaphoric, or a
    day said without its year once read ("On 27 February I was in Munich ... the next day")."""
    if not t.interval.known:
        return False
    return not t.anaphoric or _DAY_MONTH.fullmatch(t.text) is not None or _MONTH_DAY.fullmatch(t.text) is not None


# Days named by a fixed feast: month and day.
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "may day": (5, 1), "boxing day": (12, 26), "bastille day": (7, 14)}


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the computus's own letter)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


# Days named by a feast that moves with Easter: days from Easter Sunday.
_MOVEABLE = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
             "whitsun": 49, "whit sunday": 49, "whitsunday": 49, "pentecost": 49, "whit monday": 50}


def _holiday(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"Christmas 2010", "on New Year's Eve 1936", "at Easter 1937": that day; "two days before
    Christmas 2010", "a week after May Day 1937": that day counted on or back, three days either side."""
    name = " ".join(m["hol"].lower().replace("’", "'").split())
    if name in _MOVEABLE:
        d = easter(int(m["year"])) + timedelta(days=_MOVEABLE[name])
    else:
        month, day = _HOLIDAYS[name]
        d = date(int(m["year"]), month, day)
    if not m["n"]:
        return _iv(d, d, "day", m.group(0))
    n_word = " ".join(m["n"].lower().split())
    n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 1)
    step = timedelta(days=n * (7 if m["unit"].lower().startswith("week") else 1))
    d = d - step if m["dir"].lower() == "before" else d + step
    return _iv(d - timedelta(days=3), d + timedelta(days=3), "range", m.group(0))


def _part_year(m: re.Match[str], anchor: date | None) -> Interval | None:
    part = m["part"] or m.groupdict().get("part2") or ""
    return _part_of_year(" ".join(part.lower().split()), int(m["year"]), m.group(0))


def _decade(m: re.Match[str], anchor: date | None) -> Interval | None:
    if m["dec"]:
        dec = int(m["dec"])
    else:
        dec = _DECADE_WORDS[m["word"].lower()]
    if dec % 10:
        return Interval.unknown(m.group(0))
    part = (m["part"] or "").lower()
    if part:
        return _part_of_decade(part, dec, m.group(0))
    return _iv(date(dec, 1, 1), date(dec + 9, 12, 31), "decade", m.group(0))


def _year_range(m: re.Match[str], anchor: date | None) -> Interval | None:
    a = int(m["year"])
    b_text = m["y2"]
    b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
    if b < a:
        return Interval.unknown(m.group(0))
    return _iv(date(a, 1, 1), date(b, 12, 31), "range", m.group(0))


def _bare_year(m: re.Match[str], anchor: date | None) -> Interval | None:
    return _year(int(m["year"]), m.group(0))


def _relative(m: re.Match[str], anchor: date | None) -> Interval | None:
    text = m.group(0)
    if anchor is None:
        return Interval.unknown(text)
    word = " ".join(text.lower().split())
    day_offsets = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
                   "yesterday": -1, "last night": -1, "yesterday evening": -1, "yesterday morning": -1,
                   "the day before yesterday": -2, "tomorrow": 1}
    if word in day_offsets:
        d = anchor + timedelta(days=day_offsets[word])
        return _iv(d, d, "day", text)
    if word in ("last year", "the previous year", "the year before"):
        return _year(anchor.year - 1, text)
    if word == "this year":
        return _year(anchor.year, text)
    if word == "next year":
        return _year(anchor.year + 1, text)
    if word in ("last month", "the previous month"):
        first = anchor.replace(day=1) - timedelta(days=1)
        return _iv(first.replace(day=1), first, "month", text)
    if word == "this month":
        return _iv(anchor.replace(day=1), _month_end(anchor.year, anchor.month), "month", text)
    if word == "last week":
        return _iv(anchor - timedelta(days=13), anchor - timedelta(days=1), "range", text)
    return Interval.unknown(text)


def _ago(m: re.Match[str], anchor: date | None) -> Interval | None:
    if anchor is None:
        return Interval.unknown(m.group(0))
    n_word = " ".join(m["n"].lower().split())
    n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 0)
    unit = m["unit"].lower().rstrip("s")
    approx = n_word in ("a few", "several", "a couple of")
    if unit == "year":
        if approx:
            return _iv(date(anchor.year - n - 2, 1, 1), date(anchor.year - 1, 12, 31), "range", m.group(0))
        return _year(anchor.year - n, m.group(0))
    days = {"day": 1, "week": 7, "month": 30}[unit] * n
    d = anchor - timedelta(days=days)
    if unit == "day" and not approx:
        return _iv(d, d, "day", m.group(0))
    return _iv(d - timedelta(days=days // 2 + 1), min(anchor, d + timedelta(days=days // 2 + 1)), "range",
               m.group(0))


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
# A count in words up to the hundreds ("twenty-five", "a hundred and fifty", "two hundred") or digits.
_COUNT = (r"(?P<n>\d{1,3}|(?:(?:a|one|two|three|four|five)\s+hundred(?:\s+and\s+)?)?"
          r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six"
          r"|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
          r"|one|two|three|four|five|six|seven|eight|nine)?)")


def _count(words: str) -> int:
    """The number a count in words or digits says ("twenty-five" 25, "two hundred" 200)."""
    words = " ".join(words.lower().replace("-", " ").split())
    if words.isdigit():
        return int(words)
    n = 0
    for w in words.split():
        if w == "hundred":
            n = max(n, 1) * 100
        elif w in _TENS:
            n += _TENS[w]
        elif w != "and":
            n += _NUMBERS.get(w, 0)
    return n


def _years_ago_today(m: re.Match[str], anchor: date | None) -> Interval | None:
    """"Seventy years ago today", "twenty-five years ago tonight": an anniversary piece's day, so
    many years before the day it was written."""
    if anchor is None:
        return Interval.unknown(m.group(0))
    n = _count(m["n"])
    if n <= 0:
        return None
    year = anchor.year - n
    day = anchor.day if not (anchor.month == 2 and anchor.day == 29) else 28
    d = date(year, anchor.month, day)
    return _iv(d, d, "day", m.group(0))


def _anaphoric(m: re.Match[str], anchor: date | None) -> Interval | None:
    return Interval.unknown(m.group(0))


_PART_WORDS = (r"(?P<part>beginning|start|middle|end|close|first\s+half|second\s+half|latter\s+half|first\s+months"
               r"|last\s+months|(?:early|earlier|first|latter|later|last)\s+part)")
# Parts of a month: those of a year, its weeks and its first or last days ("the last week of May 1944").
_MONTH_PART_WORDS = _PART_WORDS.replace("(?P<part>", r"(?P<part>(?:first|second|third|fourth|last)\s+week|(?:first|last)"
                                        r"(?:\s+few)?\s+days|")
_F = re.IGNORECASE
# Rules whose expressions, without a year, take the year of the time said before them when there is
# one (see :func:`_from_previous`): "In 1944 ... on 12 June", "early June", "in the spring".
_PART_MONTH = re.compile(rf"\b(?:the\s+)?{_MONTH_PART_WORDS}\s+of\s+{_MONTH_RE}(?:,?\s+{_YEAR})?\b", _F)
# ("late in December 1912", as "late in 1937")
_EARLY_MONTH = re.compile(rf"\b(?P<part>early|mid|late)(?:[\s-]+|\s+in\s+){_MONTH_RE}(?:,?\s+{_YEAR})?\b", _F)
_DAY_MONTH = re.compile(rf"\b(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?|{_DAY_W.replace('?P<day>', '?P<dayw>')}\s+of\s+)"
                        rf"{_MONTH_RE}(?:\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?(?![\s,]+\d)", _F)
_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+{_DAY}\b(?![\s,]+\d)", _F)
# "on the 16th": a day of the month said before (not "on the 3rd floor", "the 16th of ...").
_ORDINAL_DAY = re.compile(r"(?:(?:on|of)\s+)?the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*(?:-|–|/)|\s+(?:and|to|or|until|till"
                          r"|through|of|floor|battalion|brigade"
                          r"|division|regiment|army|corps|century|congress|company|street|avenue|anniversary|day"
                          r"|district|precinct|ward|row|amendment|article|paragraph|session|meeting|time|jan|feb|mar|apr|may|jun|jul|aug|sep"
                          r"|oct|nov|dec))", _F)
_G_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", _F)
_BARE_SEASON = re.compile(r"\b(?:(?P<rel>last|this)\s+|the\s+)(?P<season>winter|spring|summer|autumn|fall)\b(?!\s+of)", _F)
# Each rule's gates: cheap searches for words every match of the rule contains. A text without
# them is not searched with the rule (most testimony has no year or month in a given sentence).
_G_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_G_MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", _F)
_G_SEASON = re.compile(r"winter|spring|summer|autumn|fall", _F)
_G_DECADE = re.compile(r"\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties", _F)
_G_RELATIVE = re.compile(r"yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|year|month|week", _F)
_G_AGO = re.compile(r"ago", _F)
_G_LATER = re.compile(r"(?:day|week|fortnight|month|year)s? later|following|next", _F)
_G_ANAPHORIC = re.compile(r"night|day|evening|morning|year|month|week|time|winter|spring|summer|autumn|fall", _F)
# Second gates of the rules that need two things (a year and a month, a part of the year and a year
# ...): a rule is searched only where all its gates hit. Most texts with a year name no season
# and no "beginning of"; "mar", "end" and "mid" are common substrings, but only with a year too.
_G_PART = re.compile(r"beginning|start|middle|end|close|first|second|third|fourth|latter|later|last|early", _F)
_G_EARLY = re.compile(r"early|mid|late|end|beginning", _F)
_G_DIGIT = re.compile(r"\d")
# A day in digits or in words ("the fifteenth of April": "th of", "first of", "second of" ...).
_G_DAY = re.compile(r"\d|th\s+of|st\s+of|nd\s+of|rd\s+of", _F)
_G_HOLIDAY = re.compile(r"christmas|new year|may day|boxing day|bastille day|easter|good friday|whit|pentecost", _F)
_G_DASH = re.compile(r"-")
# The same gates as plain substrings of the lower-cased text (a superset of each gate's hits:
# "0s" for "\\d0'?s"): ``in`` on lower-cased text is ~10x faster than an IGNORECASE search. The
# only characters that IGNORECASE matches to an ASCII letter but ``str.lower`` does not map to it
# are "İ", "ı" and "ſ"; a text with one of them is searched with the gates themselves.
_GATE_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _G_MONTH: tuple(_G_MONTH.pattern.split("|")),
    _G_SEASON: tuple(_G_SEASON.pattern.split("|")),
    _G_DECADE: ("0s", "0's", *_G_DECADE.pattern.split("|")[1:]),
    _G_RELATIVE: tuple(_G_RELATIVE.pattern.split("|")),
    _G_AGO: ("ago",),
    _G_LATER: ("day later", "days later", "week later", "weeks later", "fortnight later", "fortnights later",
               "month later", "months later", "year later", "years later", "following", "next"),
    _G_ANAPHORIC: tuple(_G_ANAPHORIC.pattern.split("|")),
    _G_PART: tuple(_G_PART.pattern.split("|")),
    _G_EARLY: tuple(_G_EARLY.pattern.split("|")),
    _G_DASH: ("-",),
    _G_HOLIDAY: tuple(_G_HOLIDAY.pattern.split("|")),
}
_ODD_CASE = ("\u0130", "\u0131", "\u017f")
_MONTH2_RE = _MONTH_RE.replace("?P<month>", "?P<month2>")
_RULES: list[tuple[re.Pattern[str], Handler, bool, tuple[re.Pattern[str], ...]]] = [
    # "between 18 September 1939 and 2 July 1940", "from May 1961 until his arrest in April 1962": the
    # ends may be days, and the end may be told as the event that closed the range.
    (re.compile(rf"\b(?:between|from)\s+(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+)?{_MONTH_RE}"
                r"(?:,?\s+(?:of\s+)?(?P<year1>1[5-9]\d\d|20\d\d))?\s+(?:and|to|until|till)\s+"
                r"(?:(?:his|her|their|the)\s+[a-z]+\s+(?:in|on)\s+)?"
                rf"(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+)?{_MONTH2_RE},?\s+(?:of\s+)?{_YEAR}\b", _F),
     _month_range, False, (_G_YEAR, _G_MONTH)),
    (re.compile(r"\b(?:between|from)\s+(?P<year1>1[5-9]\d\d|20\d\d)\s+(?:and|to|until|till)\s+"
                r"(?:(?:his|her|their|the)\s+[a-z]+\s+(?:in|on)\s+)?"
                rf"(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+)?{_MONTH2_RE},?\s+(?:of\s+)?{_YEAR}\b", _F),
     _year_to_month, False, (_G_YEAR, _G_MONTH)),
    (re.compile(rf"\b{_MONTH_RE}\s+(?:and|or)\s+{_MONTH2_RE},?\s+(?:of\s+)?{_YEAR}\b", _F), _month_pair, False,
     (_G_YEAR, _G_MONTH)),
    (re.compile(rf"\b(?:between|from)\s+{_MONTH_RE}\s+(?:and|to|until|till)\s+{_MONTH2_RE}\s+of\s+(?:that|the\s+same)"
                r"\s+year\b", _F), _anaphoric, True, (_G_ANAPHORIC, _G_MONTH)),
    (re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"), _iso, False, (_G_YEAR, _G_DASH)),
    # "3 and 4 June 1944", "between 5 and 9 June 1944", "the night of 5/6 June 1944": the days between.
    (re.compile(rf"\b(?:(?:between|from)\s+)?(?:(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|/|and|or|to|until|till)\s*)?"
                rf"(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?|{_DAY_W.replace('?P<day>', '?P<dayw>')}\s+of\s+){_MONTH_RE},?\s+{_YEAR}\b",
     _F), _day_month_year, False,
     (_G_YEAR, _G_MONTH)),
    (re.compile(rf"\b{_MONTH_RE}\s+{_DAY}(?:\s*(?:-|–|and|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+{_YEAR}\b", _F),
     _day_month_year, False, (_G_YEAR, _G_MONTH)),
    # "Christmas 2010", "two days before Christmas 2010", "New Year's Eve 1936".
    (re.compile(r"\b(?:(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
                r"(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+)?"
                r"(?P<hol>christmas(?:\s+(?:day|eve))?|new\s+year(?:'|’)s\s+(?:day|eve)|may\s+day|boxing\s+day"
                r"|bastille\s+day|easter(?:\s+(?:sunday|day|monday))?|good\s+friday|whit\s*(?:sunday|monday)|whitsun"
                r"|pentecost),?\s+(?:of\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b", _F), _holiday, False,
     (_G_YEAR, _G_HOLIDAY)),
    (re.compile(rf"\b{_MONTH_RE}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", _F), _month_rel, False,
     (_G_MONTH, _G_RELATIVE)),
    (_PART_MONTH, _part_month_year, False, (_G_MONTH, _G_PART)),
    (_EARLY_MONTH, _part_month_year, False, (_G_MONTH, _G_EARLY)),
    (_DAY_MONTH, _day_month, False, (_G_MONTH, _G_DAY)),
    # "on the 16th", and "on the night of the 12th" (of the month said before).
    (re.compile(r"\b(?:on|of)\s+" + _ORDINAL_DAY.pattern.removeprefix("(?:(?:on|of)\\s+)?"), _F), _anaphoric, True,
     (_G_ORDINAL,)),
    (_MONTH_DAY, _day_month, False, (_G_MONTH, _G_DIGIT)),
    (re.compile(rf"\b{_MONTH_RE},?\s+(?:of\s+)?{_YEAR}\b", _F), _month_year, False, (_G_YEAR, _G_MONTH)),
    (re.compile(r"\b(?:the\s+)?(?P<season>winter)\s+of\s+(?P<year>1[5-9]\d\d|20\d\d)\s*[-/–]\s*(?P<y2>\d{2}|\d{4})\b", _F),
     _season_split, False, (_G_YEAR, _G_SEASON)),
    # "the spring and summer of 1944": from the first season to the end of the second.
    (re.compile(r"\b(?:the\s+)?(?:(?P<season1>winter|spring|summer|autumn|fall)\s+and\s+(?:the\s+)?)?"
                r"(?P<season>winter|spring|summer|autumn|fall)\s+(?:months\s+)?(?:of\s+)?"
                r"(?P<year>1[5-9]\d\d|20\d\d)\b", _F), _season_year, False, (_G_YEAR, _G_SEASON)),
    (_BARE_SEASON, _bare_season, False, (_G_SEASON,)),
    (re.compile(rf"\b(?:the\s+)?{_PART_WORDS}\s+of\s+(?:the\s+year\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b", _F),
     _part_year, False, (_G_YEAR, _G_PART)),
    # "early 1936", "late in 1937", and "end 1993", "beginning 1994" (as ICTY translations write them).
    (re.compile(r"\b(?:(?P<part>early|mid|late)(?:[\s-]+|\s+in\s+)|(?P<part2>end|beginning)[\s-]+)"
                r"(?P<year>1[5-9]\d\d|20\d\d)\b(?!s)", _F), _part_year, False, (_G_YEAR, _G_EARLY)),
    (re.compile(r"\b(?:the\s+)?(?:(?P<part>early|mid|middle|late|end\s+of\s+the|beginning\s+of\s+the)[\s-]+)?"
                r"(?:(?P<dec>1[6-9]\d0|20\d0)'?s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
                r"|eighties|nineties))\b", _F), _decade, False, (_G_DECADE,)),
    # "in 1965, 1966 and 1967": a list of years, from the first to the last.
    (re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)(?:\s*,\s*(?:1[6-9]\d\d|20\d\d))+,?\s+(?:and|or)\s+"
                r"(?P<y2>1[6-9]\d\d|20\d\d)\b(?!-)", _F), _year_range, False, (_G_YEAR,)),
    # "in 1982 or 1983": a witness unsure of the year gives both, and the range covers them.
    (re.compile(r"\b(?:from\s+|between\s+)?(?P<year>1[6-9]\d\d|20\d\d)\s*(?:-|–|—|/|to|until|till|and|or)\s*"
                r"(?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b(?!-)", _F), _year_range, False, (_G_YEAR,)),
    # "Seventy years ago today", "two hundred years ago tonight": an anniversary's day.
    (re.compile(r"\b" + _COUNT + r"\s+years\s+ago\s+(?:today|tonight|this\s+(?:day|morning|evening|afternoon))\b",
                _F), _years_ago_today, False, (_G_AGO,)),
    (re.compile(r"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|evening))?|today|tonight|tomorrow"
                r"|last\s+night|this\s+(?:morning|afternoon|evening|year|month)|last\s+(?:year|month|week)"
                r"|next\s+year)\b", _F), _relative, False, (_G_RELATIVE,)),
    (re.compile(r"(?<!-)\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few|several)"
                r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _F), _ago, False, (_G_AGO,)),
    (re.compile(r"\b(?:that(?:\s+same)?|the\s+same)\s+(?:night|day|evening|morning|year|month|week|time"
                r"|winter|spring|summer|autumn|fall)\b"
                r"|\b(?:the\s+)?(?:winter|spring|summer|autumn|fall)\s+of\s+(?:that(?:\s+same)?|the\s+same"
                r"|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year\b"
                # "early that year", "the end of the following year": a part of the year said before.
                r"|\b(?:(?:the\s+)?(?:beginning|start|middle|end|close)\s+of\s+|(?:early|late|mid)[\s-]+(?:in\s+)?)"
                r"(?:that(?:\s+same)?|the\s+same|the\s+following|the\s+next)\s+year\b"
                # "late that month", "early in that same month": a part of the month said before.
                r"|\b(?:early|late|mid)[\s-]+(?:in\s+)?(?:that(?:\s+same)?|the\s+same)\s+month\b"
                # "the previous day", "the year before": the time said before, moved back.
                r"|\bthe\s+(?:previous|preceding)\s+(?:night|day|evening|morning|year|month)\b"
                r"|(?<!of\s)\bthe\s+(?:year|day|night|evening)\s+before\b(?!\s*[a-z\d])"
                r"|\bthe\s+(?:following|next)\s+year\b|\ba\s+year\s+later\b"
                r"|\bat\s+(?:that|the\s+same)\s+time\b|\bduring\s+the\s+night\b"
                # "before the end of the month", "later that month": the month said before.
                r"|\b(?:before|by|until|till|at)\s+the\s+end\s+of\s+(?:the|that)\s+month\b"
                r"|\blater\s+(?:that|in\s+the)\s+month\b"
                # "and he sailed for the Soviet Union before the month was out": that month.
                r"|\bbefore\s+the\s+(?:month|year)\s+(?:was|is)\s+out\b", _F), _anaphoric, True, (_G_ANAPHORIC,)),
    (re.compile(rf"\bthe\s+(?:following|next)\s+(?:{_MONTH_RE}|day|morning|evening|night|afternoon|week|month"
                r"|winter|spring|summer|autumn|fall)\b"
                r"|\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a\s+few|several)\s+"
                r"(?P<unit>days?|weeks?|fortnights?|months?|years?) later\b", _F), _anaphoric, True, (_G_LATER,)),
    (re.compile(rf"\b(?:in|of|since|during|until|till|by|before|after|from|as\s+of|that(?:\s+same)?|the\s+same)\s+"
                rf"{_MONTH_RE}\b(?!\s+\d)", _F), _bare_month, True, (_G_MONTH,)),
    (re.compile(r"(?<![\d/.-])\b(?P<year>1[6-9]\d\d|20\d\d)\b(?![\d/.-]\d)"), _bare_year, False, (_G_YEAR,)),
]


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, its letters lower-cased, for lower-cased ASCII text. On an
    ASCII text ``t`` it matches ``t.lower()`` exactly where ``pattern`` matches ``t`` (same spans,
    same backtracking: the only change is how a letter is compared, and IGNORECASE on ASCII is
    lower-case equality; the sources hold no upper-case escape such as ``\\S`` that lowering
    would change), and it is scanned about twice as fast: IGNORECASE folds the case of every
    character tried at every position."""
    if not pattern.flags & re.IGNORECASE:
        return pattern
    if re.search(r"\\[A-Z]", pattern.pattern):
        raise ValueError(f"an upper-case escape would change when lowered: {pattern.pattern}")
    return re.compile(pattern.pattern.lower().replace("(?p<", "(?P<"), pattern.flags & ~re.IGNORECASE)


# Each rule's lowered pattern (see :func:`_lowered`): on ASCII text the rules scan the lower-cased
# text with these and take each match from the rule's own pattern at the same start.
_LOWERED: dict[re.Pattern[str], re.Pattern[str]] = {pattern: _lowered(pattern) for pattern, *_rest in _RULES}
_PAGE_CONTEXT = re.compile(r"(?:pages?|pp?\.|no\.|nos\.|number|exhibit|paragraph|para\.|§|#)\s*$", re.IGNORECASE)


# A law, treaty or charter named by its year ("the restoration of the Constitution of 1793", "under
# the Act of 1911"): the year names the text, it does not date the act.
_NAMED_TEXT = re.compile(r"\b(?:Constitution|Treaty|Act|Code|Charter|Pact|Convention|Statute|Decree|Accords?"
                         r"|Concordat|Covenant)\s+of\s*$")


def _named_text(text: str, m: re.Match[str]) -> bool:
    """Whether the bare year ``m`` ("of 1793") names a law or a treaty just before it."""
    pre = text[max(0, m.start() - 40):m.start()]
    if m.group(0)[:3].lower() == "of ":
        pre += "of "
    return _NAMED_TEXT.search(pre) is not None


def _page_context(text: str, pos: int) -> bool:
    """Whether "page", "No.", "exhibit" ... (and white space) stand right before ``pos``."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return _PAGE_CONTEXT.search(text, max(0, k - 12), pos) is not None


def _matches(pattern: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; with ``low``, the lower-cased ``text`` of an ASCII text, found by
    scanning ``low`` with the lowered pattern (:func:`_lowered`): each of its matches starts where
    one of ``pattern`` on ``text`` does, and ``pattern.match`` there (which sees the text before
    ``pos``, as ``finditer`` does) gives that match with the text's own case."""
    fast = _LOWERED[pattern]
    if low is None or fast is pattern:
        yield from pattern.finditer(text)
        return
    for hit in fast.finditer(low):
        m = pattern.match(text, hit.start())
        assert m is not None and m.end() == hit.end()
        yield m


def find_timexes(text: str, anchor: date | None = None) -> list[Timex]:
    """All time expressions in ``text``, left to right, never overlapping (the longest wins).

    ``anchor`` is the session date that relative expressions ("yesterday", "last year") count from.
    Years preceded by "page", "No." or "exhibit" are numbers, not years.
    """
    found: list[Timex] = []
    gate_hits: dict[re.Pattern[str], bool] = {}
    ascii = text.isascii()
    low = text.lower() if ascii or not any(c in text for c in _ODD_CASE) else None
    for pattern, handler, anaphoric, gates in _RULES:
        for gate in gates:
            hit = gate_hits.get(gate)
            if hit is None:
                if low is None or (words := _GATE_WORDS.get(gate)) is None:
                    hit = gate.search(text) is not None
                else:
                    hit = any(w in low for w in words)
                gate_hits[gate] = hit
            if not hit:
                break
        if not hit:
            continue
        for m in _matches(pattern, text, low if ascii else None):
            if handler is _bare_year and (_page_context(text, m.start()) or _named_text(text, m)):
                continue
            iv = handler(m, anchor)
            if iv is None:
                continue
            s, e = m.span()
            # A date, part of a month or season said without a year ("on 12 June", "early June", "in
            # the spring") takes the year of the time said before it, when there is one.
            anaph = anaphoric or ((handler is _day_month and not m.groupdict().get("rel")) or (handler is _part_month_year and not m["year"])
                                  or (handler is _bare_season and not m["rel"]))
            # Leading "in"/"of" of the bare-month rule belongs to the sentence, not the time.
            if handler is _bare_month:
                s = m.start("month")
            found.append(Timex(s, e, text[s:e], Interval(iv.start, iv.end, iv.precision, text[s:e]), anaph))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Timex] = []
    last_end = -1
    for t in found:
        if t.start >= last_end:
            out.append(t)
            last_end = t.end
    return out


# Characters no time rule reads past: no element of any rule's pattern or lookahead matches one
# (the rules hold no wildcard and no negated class; their classes are digits, white space and
# ",.-/'–—"), nor of the page test. tests/extract/test_focus.py checks this on the parsed patterns.
_STOPS = re.compile(r'[?!;:"()\[\]“”]')


def times_in(text: str, spans: list[tuple[int, int]], anchor: date | None = None) -> list[Timex]:
    """The time expressions of ``text`` that start in ``spans`` (character ranges, in order), and
    some near them, exactly as ``resolve_anaphora(find_timexes(text, anchor), anchor)`` gives
    them, read from the stretches of text around the spans alone.

    The characters no rule reads past (``_STOPS``: "?", ";", quotes, brackets ...) cut the text
    into pieces that the rules read independently: a rule tried at a position reads forwards from
    there (in its lookaheads and at ``\\b`` too) and stops at the first character it cannot match,
    so no match holds a stop character and a try before one reads nothing after it; the rules
    that look back (``\\b``, the year's lookbehind, the page test) find the same at a piece's
    start as after the stop character before it; and a rule's gate words, in each of its matches,
    are in the piece of the match. So :func:`find_timexes` of a run of
    whole pieces gives the expressions of the whole text in it. Each span is read with the pieces
    it touches; an anaphoric time ("that day") with no known time before it there takes the last
    known time of the text before that stretch, read only then."""
    stops = [m.start() for m in _STOPS.finditer(text)]
    regions: list[list[int]] = []
    for a, b in spans:
        j = bisect_left(stops, a)  # the piece holding ``a`` starts after the stop before it
        lo = stops[j - 1] + 1 if j > 0 else 0
        k = bisect_left(stops, max(a, b - 1))  # ... and the one holding ``b - 1`` ends with a stop
        hi = stops[k] + 1 if k < len(stops) else len(text)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    out: list[Timex] = []
    last_known: Timex | None = None  # the last time of ``text[:unread]`` later ones count from (:func:`_reference`)
    unread = 0
    for lo, hi in regions:
        found = [Timex(t.start + lo, t.end + lo, t.text, t.interval, t.anaphoric) for t in find_timexes(text[lo:hi], anchor)]
        known = [i for i, t in enumerate(found) if not t.anaphoric and t.interval.known]
        first = known[0] if known else len(found)
        if unread < lo and any(t.anaphoric for t in found[:first]):
            head = [last_known] if last_known is not None else []
            before = [t for t in resolve_anaphora(head + find_timexes(text[unread:lo], anchor), anchor)[len(head):]
                      if _reference(t)]
            last_known = before[-1] if before else last_known
            unread = lo
        head = [last_known] if last_known is not None else []
        resolved = resolve_anaphora(head + found, anchor)[len(head):]
        out += resolved
        refs = [t for t in resolved if _reference(t)]
        if known:
            last_known, unread = refs[-1], hi
        elif unread == lo:
            unread = hi
            if refs:
                last_known = refs[-1]
    return out


def parse_timex(text: str, anchor: date | None = None) -> Interval:
    """Normalise one time expression. Text that holds no recognisable time, or one that cannot be
    pinned down, gives precision ``unknown`` with the text kept."""
    stripped = text.strip()
    for t in find_timexes(stripped, anchor):
        if t.start <= 3 and len(stripped) - t.end <= 1:
            return t.interval
    hits = find_timexes(stripped, anchor)
    if len(hits) == 1 and not hits[0].anaphoric:
        iv = hits[0].interval
        return Interval(iv.start, iv.end, iv.precision, stripped)
    return Interval.unknown(stripped)
