"""Regression tests for the seventh round of extract rules: places the gazetteer lacks ("at
Montoire"), existential "there", and the time expressions of round 7. The sentences are invented
for these tests; none is a gold item."""

from __future__ import annotations

from datetime import date

from countertrial.extract import extract_text
from countertrial.extract.timex import find_timexes, resolve_anaphora
from countertrial.store import Store


# -- places ------------------------------------------------------------------------------------------

def test_existential_there_points_back_to_no_place(roster_store: Store) -> None:
    text = "WITNESS: We stayed two nights in Vlasenica. Bukharin said that there was no doubt that Sedov met Pyatakov."
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "meeting", None)
    # ... while a "there" that is a place still points back.
    (c,) = extract_text("WITNESS: We stayed two nights in Vlasenica. Sedov met me there.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "meeting", "Vlasenica")


def test_an_unknown_town_after_in_at_near_is_a_place_flagged_unknown(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: In May 1933 I met Sedov at Valbrenne, and nothing came of it.",
                        store=roster_store)
    assert (c.subject, c.act, c.place, c.extra.get("place_unknown")) == ("krestinsky", "meeting", "Valbrenne", True)
    # A town joined by lower-case particles is one name; a known city beats an unknown town.
    (c,) = extract_text("In 1944 Sedov ordered his men to burn the farms near Villers-le-Lac.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "gave_instructions", "Villers-le-Lac")
    (c,) = extract_text("PYATAKOV: I met Sedov at Grunewald in Berlin.", store=roster_store)
    assert c.place == "Berlin" and "place_unknown" not in c.extra


def test_an_unknown_name_after_in_or_at_that_is_no_town_is_no_place(roster_store: Store) -> None:
    for text in ("KRESTINSKY: I met Sedov, as I said in Court.",  # procedure
                 "KRESTINSKY: I met Sedov and we spoke in Russian.",  # a language
                 "KRESTINSKY: I met Sedov, as stated in Exhibit 14.",  # a number follows
                 "KRESTINSKY: I met Sedov at Petrenko's.",  # someone's home, not a town
                 "KRESTINSKY: I met Sedov, and he shouted at Petrenko.",  # someone shouted at
                 "KRESTINSKY: I met Sedov at General Petrenko's request."):  # a title
        (c,) = extract_text(text, store=roster_store)
        assert (c.subject, c.act, c.place) == ("krestinsky", "meeting", None), text


def test_an_unknown_town_is_the_acts_only_in_its_own_clause(roster_store: Store) -> None:
    # The town after another clause opener ("that", "which") or past a clause break is not the act's.
    (c,) = extract_text("KRESTINSKY: I met Sedov, who told me that the letters were kept at Valbrenne.",
                        store=roster_store)
    assert c.place is None
    (c,) = extract_text("KRESTINSKY: I stayed at Valbrenne, and in 1933 I met Sedov.", store=roster_store)
    assert c.place is None
    # ... while a known city is read there as before.
    (c,) = extract_text("KRESTINSKY: I stayed in Lyon, and in 1933 I met Sedov.", store=roster_store)
    assert c.place == "Lyon"


def test_a_transcript_answer_mark_before_an_opening_preposition(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: A. In Vienna I met Sedov.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("krestinsky", "meeting", "Vienna")


def test_regions_provinces_and_us_states_are_places_with_their_country(roster_store: Store) -> None:
    (c,) = extract_text("In 1937 Sedov met Pyatakov in Bavaria.", store=roster_store)
    assert (c.place, c.country) == ("Bavaria", "Germany")
    (c,) = extract_text("In 1948 Sedov met Pyatakov in Maryland.", store=roster_store)
    assert (c.place, c.country) == ("Maryland", "United States")  # not the town of Maryland City
    (c,) = extract_text("In 1936 Sedov met Pyatakov in Florida.", store=roster_store)
    assert (c.place, c.country) == ("Florida", "United States")  # not Florida in Cuba
    # A city in the region is the more specific place; a historical state has its country.
    (c,) = extract_text("In 1937 Sedov met Pyatakov in Bavaria, in Munich.", store=roster_store)
    assert c.place == "Munich"
    (c,) = extract_text("In 1947 Sedov met Pyatakov in Czechoslovakia.", store=roster_store)
    assert (c.place, c.country) == ("Czechoslovakia", "Czechia")


# -- times -------------------------------------------------------------------------------------------

def _iso(text: str, anchor: date | None = date(1960, 6, 1)) -> list[str]:
    return [t.interval.iso() for t in resolve_anaphora(find_timexes(text, anchor), anchor)]


def test_times_said_without_a_year_take_the_year_said_before() -> None:
    assert _iso("In 1941 he joined the group. That July he left for Lisbon.") == ["1941", "1941-07"]
    assert _iso("In 1941 he joined the group. On 12 August he left.") == ["1941", "1941-08-12"]
    assert _iso("In 1941 he joined the group. In early August he left.") == ["1941", "1941-08-01/1941-08-10"]
    assert _iso("In 1941 he joined the group. In the autumn he left.") == ["1941", "1941-09-01/1941-11-30"]
    assert _iso("In October 1941 he joined. On 3 February he left.") == ["1941-10", "1942-02-03"]
    # ... and the session's year when none was said (as before).
    assert _iso("On 12 August he left.") == ["1959-08-12"]
    # A day said without its year is counted on from: "the next day".
    assert _iso("On 27 May I was in Lyon, and I came back only the next day.", date(1961, 9, 1)) == [
        "1961-05-27", "1961-05-28"]


def test_seasons_and_parts_of_the_year_said_before() -> None:
    assert _iso("In 1941 he joined. The following spring he left.") == ["1941", "1942-03-01/1942-05-31"]
    assert _iso("In March 1941 he joined. The next summer he left.") == ["1941-03", "1941-06-01/1941-08-31"]
    assert _iso("In 1941 he joined. That same year he left.") == ["1941", "1941"]
    assert _iso("In 1941 he joined. Early that year he had left.") == ["1941", "1941-01-01/1941-04-30"]
    assert _iso("In 1941 he joined. At the end of the following year he left.") == ["1941", "1942-09-01/1942-12-31"]
    assert _iso("In 1941 he was tried; the previous year he had met Kroll.") == ["1941", "1940"]
    assert _iso("On 5 May 1941 he was tried; the previous day he had met Kroll.") == ["1941-05-05", "1941-05-04"]
    assert _iso("On 5 May 1941 he was tried. He had met Kroll the day before.") == ["1941-05-05", "1941-05-04"]
    assert _iso("On 5 May 1941 he was tried for the murder of the day before the raid.") == ["1941-05-05"]
    assert _iso("On 5 May 1941 he met Kroll, and a fortnight later he left.") == ["1941-05-05",
                                                                                  "1941-05-16/1941-05-22"]


def test_ranges_of_days_seasons_weeks_and_parts() -> None:
    assert _iso("on 3 and 4 June 1944") == ["1944-06-03/1944-06-04"]
    assert _iso("between 5 and 9 June 1944") == ["1944-06-05/1944-06-09"]
    assert _iso("on June 5-6, 1944") == ["1944-06-05/1944-06-06"]
    assert _iso("in the spring and summer of 1944") == ["1944-03-01/1944-08-31"]
    assert _iso("in the autumn and winter of 1941") == ["1941-09-01/1942-02-28"]
    assert _iso("in the summer months of 1942") == ["1942-06-01/1942-08-31"]
    assert _iso("in the first week of March 1938") == ["1938-03-01/1938-03-07"]
    assert _iso("in the last week of May 1944") == ["1944-05-25/1944-05-31"]  # not "last week" before the session
    assert _iso("in the first days of July 1941") == ["1941-07-01/1941-07-10"]
    assert _iso("in the early part of 1936") == ["1936-01-01/1936-04-30"]
    assert _iso("in the latter part of 1936") == ["1936-09-01/1936-12-31"]
    assert _iso("End 1993, I moved to Pale.") == ["1993-09-01/1993-12-31"]


def test_a_claim_takes_a_day_said_without_its_year_from_the_year_before(roster_store: Store) -> None:
    text = "KRESTINSKY: In 1933 I went to Berlin on business. On 14 September I met Sedov there."
    meeting = next(c for c in extract_text(text, store=roster_store, stated_on="1938-03-02") if c.act == "meeting")
    assert (meeting.subject, meeting.time.iso()) == ("krestinsky", "1933-09-14")


def test_a_day_without_its_year_in_a_later_clause_does_not_narrow_the_fronted_time(roster_store: Store) -> None:
    text = "Early in 1941 Sedov met Pyatakov in Oslo, and on 10 April he went back to Berlin."
    claims = {c.act: c for c in extract_text(text, store=roster_store, stated_on="1960-01-01")}
    assert claims["meeting"].time.iso() == "1941-01-01/1941-04-30"
    assert claims["travel"].time.iso() == "1941-04-10"


# -- places and times of the telling, the trial and the sentence ---------------------------------------

def test_the_place_and_time_between_a_reporting_verb_and_its_that_are_the_tellings(roster_store: Store) -> None:
    (c,) = extract_text("Bukharin told the commission in Geneva in 1951 that Sedov had met Pyatakov in Oslo "
                        "in May 1935.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("sedov", "meeting", "Oslo", "1935-05")
    (c,) = extract_text("Bukharin testified in Geneva in 1951 that Sedov had met Pyatakov.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.known) == ("sedov", "meeting", None, False)


def test_a_courts_town_is_no_place_of_the_act(roster_store: Store) -> None:
    (c,) = extract_text("In 1952 the court in Lyon found that Sedov had met Pyatakov.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("sedov", "meeting", None)


def test_the_place_and_time_of_a_sentence_are_not_the_charged_acts(roster_store: Store) -> None:
    (c,) = extract_text("Sedov was sentenced in Lyon in March 1952 for the murder of Pyatakov in Oslo in 1937.",
                        store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("sedov", "assassination", "Oslo", "1937")
    # ... nor those said before the verdict in another clause ("charged ... with", "sentenced ... for").
    (c,) = extract_text("On 3 May 1952, in a courtroom at Lyon, Sedov was sentenced to death for the murder of "
                        "Pyatakov.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.known) == ("sedov", "assassination", None, False)


def test_facilities_named_by_their_kind_and_more_heads(roster_store: Store) -> None:
    (c,) = extract_text("In 1937 Sedov met Pyatakov at police headquarters in Lyon.", store=roster_store)
    assert (c.place, c.country) == ("police headquarters", "France")
    (c,) = extract_text("In 1943 Sedov met Pyatakov in the Warsaw ghetto.", store=roster_store)
    assert c.place == "Warsaw ghetto"
    claims = extract_text("In 1943 Sedov met Pyatakov at the Kharkov interrogation centre.", store=roster_store)
    assert next(c for c in claims if c.act == "meeting").place == "Kharkov interrogation centre"
    (c,) = extract_text("In 1943 Sedov met Pyatakov at Bukharin's flat in Lyon.", store=roster_store)
    assert c.place == "Bukharin's flat"
    # A capitalised "Centre" alone is an organisation, not a place.
    claims = extract_text("In 1932 Sedov conspired with Pyatakov in the Trotskyite Centre.", store=roster_store)
    assert {c.subject for c in claims} == {"sedov", "pyatakov"}  # the partner shares the plot
    assert all(c.place is None for c in claims)


def test_a_journeys_place_gone_to_beats_a_place_as_specific_after_it(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: In 1933 I went to the Hotel Metropole at the Central station.",
                        store=roster_store)
    assert (c.act, c.place) == ("travel", "Hotel Metropole")


def test_a_landmark_near_the_place_said_is_not_the_acts_place(roster_store: Store) -> None:
    (c,) = extract_text("In 1942 Sedov shot Pyatakov at Valbrenne, near the Lyon airfield.", store=roster_store)
    assert c.place == "Valbrenne"
    # An unknown town after a phrase joined by "and" is still in the act's clause.
    (c,) = extract_text("In 1942 Sedov killed Polish and Czech prisoners at Valbrenne.", store=roster_store)
    assert c.place == "Valbrenne"


def test_a_plea_takes_the_place_it_was_made_in(roster_store: Store) -> None:
    claims = extract_text("On 1 May 1952 Sedov pleaded guilty in Lyon to spying for the Japanese.",
                          store=roster_store)
    plea = next(c for c in claims if c.act == "plea")
    assert (plea.subject, plea.place, plea.time.iso()) == ("sedov", "Lyon", "1952-05-01")


def test_an_act_told_in_a_that_clause_takes_no_place_or_time_said_before_the_telling(roster_store: Store) -> None:
    text = "KRESTINSKY: On 3 May 1936 I flew to Oslo and met Bukharin, and I told him that Sedov was spying for the Japanese."
    claims = {c.act: c for c in extract_text(text, store=roster_store)}
    assert (claims["travel"].place, claims["travel"].time.iso()) == ("Oslo", "1936-05-03")
    spying = claims["espionage"]
    assert (spying.subject, spying.place, spying.time.known) == ("sedov", None, False)


def test_a_word_of_a_facilitys_name_is_no_act(roster_store: Store) -> None:
    claims = extract_text("KRESTINSKY: In 1936 I was held in the Lyon interrogation centre.", store=roster_store)
    assert claims == []  # "centre" (as in "the Trotskyite centre") names no plot here


def test_a_journeys_clause_ends_at_and_before_a_new_subject(roster_store: Store) -> None:
    (c,) = extract_text("KRESTINSKY: In 1935 I drove from Lyon to Bavaria, and on the way he showed me a house in "
                        "Munich.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Bavaria")
