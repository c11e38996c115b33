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


def test_a_fronted_participle_is_the_act_of_the_main_clauses_subject() -> None:
    """"Having met Petrov in Lyon, Kovacs flew to Rome", "Arriving in Paris in 1936, Kovacs met
    Petrov": the participle clause's act is Kovacs's too."""
    from countertrial.extract import extract_text

    def claims(text: str) -> set[tuple[str | None, str, str]]:
        return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1938-03-02")}

    assert ("kovacs", "meeting", "affirm") in claims("Having met Petrov in Lyon, Kovacs flew to Rome.")
    assert ("kovacs", "travel", "affirm") in claims("Arriving in Paris in 1936, Kovacs met Petrov.")
    assert ("kovacs", "travel", "affirm") in claims("KOVACS: Arriving in Lyon, I met Petrov.")


def test_neither_nor_denies_the_act_of_each() -> None:
    from countertrial.extract import extract_text

    got = {(c.subject, c.act, c.polarity) for c in extract_text("Neither Kovacs nor Petrov went to Lyon.")}
    assert got == {("kovacs", "travel", "deny"), ("petrov", "travel", "deny")}


def test_an_act_named_as_an_event_in_time_is_no_ones_act() -> None:
    """"once the killing stopped", "no more killing", "the massacre began at dawn": the event, not an
    act of the speaker's; "I took part in the killing" still is one."""
    from countertrial.extract import extract_text

    def claims(text: str) -> set[tuple[str | None, str, str]]:
        return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}

    assert claims("KOVACS: I thought the camps were guarded once the killing stopped.") == set()
    assert claims("KOVACS: We want no more killing and rapes.") == set()
    assert claims("KOVACS: The massacre began at dawn in Lyon.") == set()
    assert claims("KOVACS: I took part in the killing at the church.") == {("kovacs", "assassination", "affirm")}
