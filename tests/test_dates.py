from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from countertrial.dates import Interval, InvalidDate, parse_date_or_range, parse_interval, parse_partial_date


@pytest.mark.parametrize("text,start,end,precision", [
    ("1934", date(1934, 1, 1), date(1934, 12, 31), "year"),
    ("1934-11", date(1934, 11, 1), date(1934, 11, 30), "month"),
    ("1936-02", date(1936, 2, 1), date(1936, 2, 29), "month"),
    ("1938-03-02", date(1938, 3, 2), date(1938, 3, 2), "day"),
])
def test_partial_dates_become_intervals(text: str, start: date, end: date, precision: str) -> None:
    iv = parse_partial_date(text)
    assert (iv.start, iv.end, iv.precision) == (start, end, precision)
    assert iv.iso() == text


@pytest.mark.parametrize("bad", ["1938-02-30", "1938-13", "March 1938", "", "19388"])
def test_invalid_dates_are_refused_with_reason(bad: str) -> None:
    with pytest.raises(InvalidDate):
        parse_partial_date(bad)


def test_year_overlaps_month_inside_it_not_a_conflict() -> None:
    assert parse_partial_date("1932").overlaps(parse_partial_date("1932-11"))
    assert not parse_partial_date("1917").overlaps(parse_partial_date("1932-11"))
    assert parse_partial_date("1932").contains(parse_partial_date("1932-11"))


def test_ranges_and_open_ends() -> None:
    assert parse_date_or_range("1932-1936") == Interval(date(1932, 1, 1), date(1936, 12, 31), "range", "1932-1936")
    open_end = parse_interval(None, "1927")
    assert open_end.start is None and open_end.end == date(1927, 12, 31)
    assert open_end.overlaps(parse_partial_date("1900"))
    with pytest.raises(InvalidDate):
        parse_interval("1930", "1920")
    assert parse_date_or_range(None).precision == "unknown"


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31)),
       st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31)))
def test_overlap_is_symmetric_and_gap_is_zero_iff_overlap(a: date, b: date) -> None:
    x = Interval(min(a, b), max(a, b))
    y = parse_partial_date(str(a.year))
    assert x.overlaps(y) == y.overlaps(x)
    assert (x.gap_days(y) == 0) == x.overlaps(y)
    assert Interval.from_dict(x.to_dict()) == x
