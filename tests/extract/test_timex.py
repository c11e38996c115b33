"""Time expressions to intervals: examples from testimony plus Hypothesis properties."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countertrial.dates import PRECISIONS
from countertrial.extract.timex import find_timexes, parse_timex, resolve_anaphora

SESSION = date(1938, 3, 2)
DATES = st.dates(min_value=date(1700, 1, 1), max_value=date(2099, 12, 31))
YEARS = st.integers(min_value=1700, max_value=2098)


@pytest.mark.parametrize(("text", "iso", "precision"), [
    ("in 1934", "1934", "year"),
    ("in November 1932", "1932-11", "month"),
    ("on 2 March 1938", "1938-03-02", "day"),
    ("March 2, 1938", "1938-03-02", "day"),
    ("the 3rd of March, 1938", "1938-03-03", "day"),
    ("the winter of 1921", "1921-01-01/1922-02-28", "season"),
    ("the winter of 1921-22", "1921-12-01/1922-02-28", "season"),
    ("the beginning of 1936", "1936-01-01/1936-04-30", "part"),
    ("at the end of 1934", "1934-09-01/1934-12-31", "part"),
    ("mid-1932", "1932-05-01/1932-08-31", "part"),
    ("the end of November 1932", "1932-11-21/1932-11-30", "part"),
    ("the 1920s", "1920-01-01/1929-12-31", "decade"),
    ("the late twenties", "1927-01-01/1929-12-31", "decade"),
    ("from 1932 to 1936", "1932-01-01/1936-12-31", "range"),
    ("in the autumn", "1937-09-01/1937-11-30", "season"),
    ("yesterday", "1938-03-01", "day"),
    ("last year", "1937", "year"),
    ("two years ago", "1936", "year"),
    ("in December", "1937-12", "month"),
])
def test_examples(text: str, iso: str, precision: str) -> None:
    iv = parse_timex(text, SESSION)
    assert (iv.iso(), iv.precision) == (iso, precision)


def test_relative_time_without_a_session_date_is_unknown_with_its_text() -> None:
    iv = parse_timex("yesterday")
    assert iv.precision == "unknown" and iv.text == "yesterday"


def test_unparseable_keeps_text() -> None:
    iv = parse_timex("some years later")
    assert iv.precision == "unknown" and iv.text == "some years later" and not iv.known


def test_page_numbers_are_not_years() -> None:
    assert find_timexes("as can be read on pages 338-39 and page 1936") == []


def test_that_night_takes_the_time_mentioned_before_it() -> None:
    text = "On 5 November 1932 I arrived in Copenhagen, and that night I met Sedov."
    hits = resolve_anaphora(find_timexes(text, SESSION), SESSION)
    assert [h.interval.iso() for h in hits] == ["1932-11-05", "1932-11-05"]


def test_that_night_alone_is_the_session_night() -> None:
    hits = resolve_anaphora(find_timexes("What will he say after that night?", SESSION), SESSION)
    assert hits[0].interval.iso() == "1938-03-02"


@settings(max_examples=200, deadline=None)
@given(DATES, st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "the {d}th of {M} {y}", "{y}-{m:02d}-{d:02d}"]))
def test_exact_dates_round_trip(d: date, fmt: str) -> None:
    text = fmt.format(d=d.day, M=calendar.month_name[d.month], y=d.year, m=d.month)
    iv = parse_timex(text)
    assert (iv.start, iv.end, iv.precision) == (d, d, "day")


@settings(max_examples=200, deadline=None)
@given(YEARS, st.integers(1, 12))
def test_month_year_covers_the_whole_month(y: int, m: int) -> None:
    iv = parse_timex(f"in {calendar.month_name[m]} {y}")
    assert iv.precision == "month"
    assert iv.start == date(y, m, 1) and iv.end == date(y, m, calendar.monthrange(y, m)[1])


@settings(max_examples=200, deadline=None)
@given(YEARS, st.sampled_from(["the beginning of", "the middle of", "the end of", "early", "late", "mid-",
                               "the first half of", "the second half of"]))
def test_parts_of_a_year_lie_inside_that_year(y: int, part: str) -> None:
    iv = parse_timex(f"{part} {y}" if not part.endswith("-") else f"{part}{y}")
    assert iv.precision == "part"
    assert iv.start is not None and iv.end is not None
    assert date(y, 1, 1) <= iv.start < iv.end <= date(y, 12, 31)
    assert parse_timex(str(y)).contains(iv)


@settings(max_examples=200, deadline=None)
@given(YEARS, st.sampled_from(["spring", "summer", "autumn", "fall", "winter"]))
def test_seasons_are_about_three_months_and_touch_their_year(y: int, season: str) -> None:
    iv = parse_timex(f"the {season} of {y}")
    assert iv.precision == "season" and iv.start is not None and iv.end is not None
    assert iv.overlaps(parse_timex(str(y)))
    assert 88 <= (iv.days() or 0) <= 426


@settings(max_examples=200, deadline=None)
@given(DATES)
def test_relative_days_count_from_the_session(anchor: date) -> None:
    if anchor <= date(1700, 1, 3):
        return
    assert parse_timex("yesterday", anchor).start == anchor - timedelta(days=1)
    assert parse_timex("last year", anchor).start == date(anchor.year - 1, 1, 1)
    autumn = parse_timex("in the autumn", anchor)
    assert autumn.start is not None and autumn.start <= anchor


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), DATES))
def test_never_raises_and_intervals_are_well_formed(text: str, anchor: date | None) -> None:
    for t in find_timexes(text, anchor):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.interval.precision in PRECISIONS
        if t.interval.start and t.interval.end:
            assert t.interval.start <= t.interval.end
    iv = parse_timex(text, anchor)
    assert iv.precision in PRECISIONS
