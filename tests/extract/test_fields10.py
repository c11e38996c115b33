"""Regression tests for the tenth round of extract rules on the fields of a claim: journeys, their
places and times, and the occasion a question puts to the witness. The sentences are invented for
these tests; none is a gold item."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.store import Store


def _span(c: object) -> str | None:
    t = c.time  # type: ignore[attr-defined]
    return f"{t.start}/{t.end}" if t.known else None


def _by_act(claims: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {c.act: c for c in claims}


# -- journeys "for" a country that is also a power ------------------------------------------------------

def test_sailed_for_a_country_that_is_a_power(roster_store: Store) -> None:
    (c,) = extract_text("Lindqvist sailed for Japan in July 1938.", store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("lindqvist", "travel", "Japan", "1938-07-01/1938-07-31")
    (c,) = extract_text("Lindqvist left for Germany in 1936.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Germany")
    # ... but working "for" a power is no journey there.
    (c,) = extract_text("Lindqvist worked for Japan in 1935.", store=roster_store)
    assert (c.act, c.foreign_power, c.place) == ("espionage", "Japan", None)


# -- "before the month was out" -----------------------------------------------------------------------

def test_before_the_month_or_the_year_was_out(roster_store: Store) -> None:
    claims = extract_text("Lindqvist was released from prison on 4 June 1936, and he sailed for Odessa before the "
                          "month was out.", store=roster_store)
    (c,) = [c for c in claims if c.act == "travel"]
    assert (c.place, _span(c)) == ("Odessa", "1936-06-01/1936-06-30")
    claims = extract_text("Freed on 2 March 1951, Lindqvist flew to Prague before the year was out.",
                          store=roster_store)
    (c,) = [c for c in claims if c.act == "travel"]
    assert (c.place, _span(c)) == ("Prague", "1951-01-01/1951-12-31")


# -- the occasion a question puts to the witness ------------------------------------------------------

def test_an_answer_told_on_the_questions_occasion(roster_store: Store) -> None:
    claims = extract_text("COUNSEL: On 3 May 1937, in the village of Zelenka, you sat down with the German "
                          "officers, did you not?\nLINDQVIST: I did go to Zelenka, and I did speak with them, but I "
                          "came to no agreement with the Germans.", store=roster_store, stated_on="1946-06-12")
    acts = _by_act(claims)
    assert set(acts) >= {"travel", "meeting"}
    for act in ("travel", "meeting"):
        c = acts[act]
        assert (c.subject, c.place, _span(c)) == ("lindqvist", "Zelenka", "1937-05-03/1937-05-03")  # type: ignore[attr-defined]
    # "I came to no agreement" is no journey.
    assert [c.polarity for c in claims if c.act == "travel"] == ["affirm"]


def test_a_journey_answered_without_its_place(roster_store: Store) -> None:
    claims = extract_text("COUNSEL: In 1943 you went round the factories in Germany with Dr. Halloran?\n"
                          "LINDQVIST: I went, and an engineer from the ministry came too.", store=roster_store,
                          stated_on="1949-02-25")
    (c,) = [c for c in claims if c.act == "travel"]
    assert (c.subject, c.place, _span(c)) == ("lindqvist", "Germany", "1943-01-01/1943-12-31")


def test_that_evening_is_the_day_the_question_names(roster_store: Store) -> None:
    claims = extract_text("COUNSEL: When you flew to Rome on 9 April 1940, who went with you?\nLINDQVIST: My "
                          "secretary and two clerks. That evening I met Ciano at the Hotel Excelsior.",
                          store=roster_store, stated_on="1947-01-15")
    (c,) = [c for c in claims if c.act == "meeting"]
    assert (c.place, _span(c)) == ("Hotel Excelsior", "1940-04-09/1940-04-09")


def test_a_denial_after_but_is_not_on_the_occasion(roster_store: Store) -> None:
    claims = extract_text("COUNSEL: In the autumn of 1948 you met Halloran in Vienna, did you not?\n"
                          "LINDQVIST: I did. But I never passed anything to American intelligence.",
                          store=roster_store, stated_on="1950-06-01")
    (c,) = [c for c in claims if c.act == "espionage"]
    assert (c.polarity, c.place, _span(c)) == ("deny", None, None)


# -- places --------------------------------------------------------------------------------------------

def test_the_village_of(roster_store: Store) -> None:
    (c,) = extract_text("In the village of Zelenka, Lindqvist met Halloran in 1936.", store=roster_store)
    assert (c.act, c.place) == ("meeting", "Zelenka")
    # ... not one of two villages ("of Cernica and Hamzici"), where the second, left alone, reads as
    # the person "he" is.
    claims = extract_text("We were woken by shots fired at the village of Borova and Kalnik. I saw a man coming "
                          "out of a barn. He then told me to go to Milan's door, to Milan's house.",
                          store=roster_store)
    assert [c.subject for c in claims] == []


def test_a_chancellery_is_a_place(roster_store: Store) -> None:
    (c,) = extract_text("In March 1939 Lindqvist met Hitler at the Reich Chancellery.", store=roster_store)
    assert c.place == "Reich Chancellery"


def test_no_occasion_from_an_opinion_or_from_words_said(roster_store: Store) -> None:
    # "do you expect ...?" asks for an opinion: the trial's town is no place of the journey abroad.
    claims = extract_text("COUNSEL: Do you expect another trial in Warsaw?\nLINDQVIST: I think it possible. "
                          "Halloran was sent abroad in 1936.", store=roster_store, stated_on="1937-04-12")
    (c,) = [c for c in claims if c.act == "travel"]
    assert (c.subject, c.place) == ("halloran", None)
    # "your statement of yesterday" dates the words, not the act the answer tells.
    claims = extract_text("COUNSEL: So your statement of yesterday, that you never met Halloran, was untrue?\n"
                          "LINDQVIST: It was untrue. I met Halloran in Vienna.", store=roster_store,
                          stated_on="1938-03-03")
    (c,) = [c for c in claims if c.act == "meeting"]
    assert (c.place, _span(c)) == ("Vienna", None)


# -- a journey's destination ends its clause --------------------------------------------------------------

def test_the_place_gone_to_ends_the_journey(roster_store: Store) -> None:
    (c,) = [c for c in extract_text("Lindqvist, who had fled to Portugal in June 1944 and was tried in his absence, "
                                    "was sentenced by the court in Stockholm.", store=roster_store)
            if c.act == "travel"]
    assert (c.place, _span(c)) == ("Portugal", "1944-06-01/1944-06-30")
    (c,) = [c for c in extract_text("Lindqvist was recalled to Helsinki in May 1950 and questioned at the Hotel "
                                    "Torni.", store=roster_store) if c.act == "travel"]
    assert c.place == "Helsinki"
    (c,) = [c for c in extract_text("In June Lindqvist went home to Sweden, leaving Halloran in Hamburg.",
                                    store=roster_store) if c.act == "travel"]
    assert c.place == "Sweden"
    (c,) = [c for c in extract_text("Lindqvist, who had sailed for Germany in March 1934 and died in Leipzig the "
                                    "following spring, had left the notes with Halloran.", store=roster_store)
            if c.act == "travel"]
    assert c.place == "Germany"
    # ... but a comma may go on to say where the journey ended.
    (c,) = [c for c in extract_text("In May 1936 Lindqvist flew from Hamburg to Oslo, landing at the Fornebu "
                                    "airfield.", store=roster_store) if c.act == "travel"]
    assert c.place == "Fornebu airfield"


# -- a question answered by its time alone --------------------------------------------------------------

def test_a_question_answered_by_when(roster_store: Store) -> None:
    (c,) = extract_text("COUNSEL: You sailed for Norway in May 1936?\nLINDQVIST: On the twelfth of May, from "
                        "Hamburg, on a cargo boat. My brother was ill, so I went in his place.",
                        store=roster_store, stated_on="1949-09-06")
    assert (c.subject, c.act, c.polarity, c.place, _span(c)) == (
        "lindqvist", "travel", "affirm", "Norway", "1936-05-12/1936-05-12")
    (c,) = extract_text("COUNSEL: You met Halloran in Vienna in 1936?\nLINDQVIST: In the autumn, at the Hotel "
                        "Sacher.", store=roster_store, stated_on="1949-09-06")
    assert (c.act, c.polarity, _span(c)) == ("meeting", "affirm", "1936-09-01/1936-11-30")
    # ... a time outside the question's is the witness's correction.
    (c,) = extract_text("COUNSEL: Did you meet Halloran in Vienna in 1936?\nLINDQVIST: In 1937.",
                        store=roster_store, stated_on="1949-09-06")
    assert (c.act, c.polarity, _span(c)) == ("meeting", "affirm", "1937-01-01/1937-12-31")


def test_a_yes_with_the_building_says_where(roster_store: Store) -> None:
    (c,) = extract_text("COUNSEL: On 3 May 1941, did you see Halloran in Bergen?\nLINDQVIST: Yes, that evening, "
                        "at the Hotel Norge, with Olsen.", store=roster_store, stated_on="1950-01-10")
    assert (c.act, c.polarity, c.place, _span(c)) == ("meeting", "affirm", "Hotel Norge",
                                                      "1941-05-03/1941-05-03")


def test_a_facility_named_on_after_of(roster_store: Store) -> None:
    (c,) = extract_text("In 1936 Lindqvist met Halloran at the Palace of Culture in Kiev.", store=roster_store)
    assert c.place == "Palace of Culture"
    (c,) = extract_text("LINDQVIST: At the Museum of Modern Art in New York, in 1948, I met Halloran.",
                        store=roster_store)
    assert c.place == "Museum of Modern Art"


def test_a_journey_to_the_town_named_before(roster_store: Store) -> None:
    (c,) = extract_text("A week after the strike had broken out in Gdynia, on 20 May 1951, Lindqvist came to the "
                        "shaken town himself.", store=roster_store)
    assert (c.act, c.place, _span(c)) == ("travel", "Gdynia", "1951-05-20/1951-05-20")
    # ... not "the town of X", whose name follows.
    (c,) = extract_text("Lindqvist lived in Lyon; in 1940 he went to the town of Vichy.", store=roster_store)
    assert c.place == "Vichy"


def test_the_one_carried_travels(roster_store: Store) -> None:
    (c,) = extract_text("On the night of 2 March 1960 Lindqvist boarded the freighter Aurora, which carried him "
                        "to Leningrad.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("lindqvist", "travel", "Leningrad")
    # ... not "carried out" an act; things carried somewhere are the carrier's journey (round 20, as the
    # gold reads "she had carried documents from Washington to New York", r4-36).
    claims = extract_text("Lindqvist carried out the plan in Moscow in 1937.", store=roster_store)
    assert [c.act for c in claims if c.act == "travel"] == []
    claims = extract_text("Lindqvist carried the documents to Moscow in 1937.", store=roster_store)
    assert [(c.subject, c.act, c.place) for c in claims] == [("lindqvist", "travel", "Moscow")]


def test_korea_is_a_place(roster_store: Store) -> None:
    (c,) = extract_text("On 8 August 1973 agents carried Lindqvist by boat across the strait to Korea.",
                        store=roster_store)
    assert (c.subject, c.act, c.place, _span(c)) == ("lindqvist", "travel", "Korea", "1973-08-08/1973-08-08")
