"""Round 14, times: feasts that move with Easter, and "3 or 4 May". Written for the test; each failed
before its change."""

from datetime import date

from countertrial.extract.timex import easter, find_timexes


def _interval(text: str) -> tuple[str, str, str]:
    (t,) = find_timexes(text)
    return str(t.interval.start), str(t.interval.end), t.interval.precision


def test_easter_is_computed_for_the_year() -> None:
    # Easter Sunday: 28 March 1937, 23 April 1916 (the Rising began on Easter Monday, 24 April), 31 March 2024
    assert [easter(y) for y in (1937, 1916, 2024, 2000)] == [date(1937, 3, 28), date(1916, 4, 23), date(2024, 3, 31),
                                                           date(2000, 4, 23)]


def test_feasts_that_move_with_easter_are_days() -> None:
    assert _interval("at Easter 1937") == ("1937-03-28", "1937-03-28", "day")
    assert _interval("on Easter Monday 1916") == ("1916-04-24", "1916-04-24", "day")
    assert _interval("on Good Friday 1916") == ("1916-04-21", "1916-04-21", "day")
    assert _interval("at Whitsun 1936") == ("1936-05-31", "1936-05-31", "day")


def test_one_day_or_the_next_is_both() -> None:
    assert _interval("on 3 or 4 May 1931") == ("1931-05-03", "1931-05-04", "range")
