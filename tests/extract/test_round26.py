"""Round 26: structural fixes, each found on a seen item and written for the test with invented
names; none is a rule for one phrase. Each failed before the round, but the guards. heldout32 and
heldout33, written this round, stay unread to measure whether these fixes transfer."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def _facts(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str | None, str | None, str | None]]:
    out = set()
    for c in extract_text(text, stated_on=stated_on):
        t = c.time
        out.add((c.subject, c.act, c.foreign_power, c.place, t.start.isoformat() if t and t.start else None))
    return out


def test_an_adverb_inside_a_relative_clause_keeps_its_head() -> None:
    # before: no journey ("first" between "had" and "gone" hid the head of ", who")
    assert ("varga", "travel", "affirm") in _claims(
        "At the Central Court, the judges heard Pavel Varga, who had first gone to Vienna in 1931, for a day.")
    assert ("varga", "travel", "affirm") in _claims(
        "The police arrested Pavel Varga, who had secretly travelled to Vienna in 1931.")


def test_a_fronted_phrase_opens_no_apposition() -> None:
    # before: "the jury found Varga" was read as an apposition of "Old Bailey", so Varga, inside it,
    # could not be the subject of the journey told after him
    got = _claims("At the Old Bailey, the jury found Pavel Varga, a clerk from Leeds who had gone to "
                  "Vienna in 1931, guilty of murder.")
    assert ("varga", "travel", "affirm") in got
    assert ("varga", "assassination", "affirm") in got


def test_a_fronted_phrase_with_its_own_verb_is_the_main_clause() -> None:
    # guard: "On 17 April the court sentenced Varga, who ..." is a clause with its verb, and the
    # relative clause after Varga is still his
    got = _claims("On 17 April 2023 the City Court sentenced the politician Pavel Varga, who had twice "
                  "travelled to Vienna, to ten years for high treason.")
    assert ("varga", "treason", "affirm") in got


def test_the_partners_of_a_plot_share_it() -> None:
    # before: Kovacs's plot alone (the guide: "conspired with X and Y" is a conspiracy of each)
    got = _claims("In 1920 Kovacs conspired with Petrov and Orlov against the government.")
    assert {("kovacs", "conspiracy", "affirm"), ("petrov", "conspiracy", "affirm"),
            ("orlov", "conspiracy", "affirm")} <= got


def test_the_partners_of_a_plot_share_its_aim_across_a_list_and_a_time() -> None:
    # before: Kovacs's conspiracy and the last partner's bombing (the list's commas, or the time
    # before "with", hid the aim; the aim took the nearest name as its doer)
    got = _claims("The jury found Pavel Kovacs guilty of conspiring between January 2003 and March 2004 with "
                  "Ivan Petrov, Oleg Orlov, Boris Lind and Paul Abel to cause explosions in Britain.")
    assert {(name, "terrorism", "affirm") for name in ("kovacs", "petrov", "orlov", "lind", "abel")} == got
    got = _claims("Kovacs conspired with Petrov, Orlov and Lind to murder the governor.")
    assert {(name, "assassination", "affirm") for name in ("kovacs", "petrov", "orlov", "lind")} == got


def test_a_plot_named_as_a_noun_keeps_its_partner_out() -> None:
    # guard: "accused of a conspiracy with Rykov" is the accused's (hist-34)
    assert _claims("Kovacs was accused of a conspiracy in Ukraine with Petrov.") == {("kovacs", "conspiracy", "affirm")}


def test_a_counted_plural_stands_for_the_last_persons_named() -> None:
    # before: "all five" was no mention, so one plea went to a partner named last but one
    got = _claims("The jury found Kovacs guilty of conspiring with Petrov, Orlov, Lind and Abel to cause "
                  "explosions; all five, who had pleaded not guilty, were jailed for life.")
    assert {(name, "plea", "deny") for name in ("kovacs", "petrov", "orlov", "lind", "abel")} <= got
    # ... across a sentence, when the count fits the list before
    got = _claims("Kovacs, Petrov and Orlov were arrested in Paris. The three men had met Lind in Rome.")
    assert {(name, "meeting", "affirm") for name in ("kovacs", "petrov", "orlov")} <= got
    # guard: a count that fits no list stands for no one
    assert _claims("Kovacs and Petrov were arrested in Paris. All three had met Lind in Rome.") == set()


def test_a_counted_plural_after_a_verb_is_its_object() -> None:
    # guard: "sentenced all three to deportation" does not make the three the doers of a
    # deportation (it did while the counted plural was read as a subject)
    got = _claims("The Senate found Kovacs, Petrov and Orlov guilty of a plot against the State, and "
                  "Kovacs alone of having misused the funds of the War Ministry, and sentenced all three "
                  "to deportation.")
    assert ("petrov", "other", "affirm") not in got and ("orlov", "other", "affirm") not in got


def test_a_name_in_apposition_to_a_companion_is_no_new_subject() -> None:
    # before: the second journey was the companion's ("his wife, Anna Orlova, and later crossed"),
    # and a companion named after "his mistress," made no journey
    got = _facts("Petrov left Moscow for Berlin with his mistress, Anna Orlova, and later crossed to London.")
    assert ("petrov", "travel", None, "London", None) in got
    assert ("orlova", "travel", None, "Berlin", None) in got
    assert not any(subject == "orlova" and place == "London" for subject, _a, _p, place, _t in got)


def test_a_name_in_apposition_before_its_verb_is_its_subject() -> None:
    # guard: "a sub-lieutenant of the guard, Lembarek Boumaarafi, threw a grenade" (no ", and")
    got = _claims("Twenty years ago today a sub-lieutenant of the guard assigned to his protection, Pavel "
                  "Varga, threw a grenade at Governor Orlov and then shot him dead.")
    assert ("varga", "assassination", "affirm") in got


def test_each_leg_of_a_journey_is_a_journey_with_its_own_time() -> None:
    # before: one journey, to the second place, with the first time
    got = _facts("Petrov went to Vienna in 1931, to Prague in 1932 and to Berlin in 1933.")
    assert {("petrov", "travel", None, "Vienna", "1931-01-01"), ("petrov", "travel", None, "Prague", "1932-01-01"),
            ("petrov", "travel", None, "Berlin", "1933-01-01")} == got
    got = _facts("Petrov flew to Vienna in May 1931 and in June to Prague.")
    assert {("petrov", "travel", None, "Vienna", "1931-05-01"), ("petrov", "travel", None, "Prague", "1931-06-01")} == got


def test_a_companion_after_the_last_leg_goes_on_every_leg() -> None:
    # before: Petrov to Haifa alone
    got = _facts("Petrov had travelled to Haifa and on to Cairo with Orlov in the autumn of 1937.")
    assert {(who, "travel", None, where, "1937-09-01") for who in ("petrov", "orlov")
            for where in ("Haifa", "Cairo")} == got


def test_a_place_and_its_country_are_one_journey() -> None:
    # guard: "to Baghdad, Iraq, in 1990" is no list of places
    assert _facts("Petrov flew to Baghdad, Iraq, in 1990.") == {("petrov", "travel", None, "Baghdad", "1990-01-01")}


def test_an_act_after_and_is_not_done_by_the_object_of_the_clause_before() -> None:
    # before: Orlov fled (the object of "lured", its phrases and a "where" clause between)
    got = _claims("Yesterday Petrov lured Orlov to a flat in Vienna and then fled to Prague.")
    assert got == {("petrov", "travel", "affirm")}
    got = _claims("Ten months later Petrov lured Orlov to a flat in Vienna, where two of his comrades beat "
                  "him to death with crowbars, and then fled abroad.")
    assert ("petrov", "travel", "affirm") in got and ("orlov", "travel", "affirm") not in got


def test_a_new_subject_after_and_keeps_its_act() -> None:
    # guard: "and Orlov took it" names its own subject
    got = _claims("Yesterday Petrov gave the letter to Orlov in Vienna and Orlov took it to Prague.")
    assert ("orlov", "travel", "affirm") in got


def test_a_journey_with_no_one_named_is_made_by_those_named_with_it() -> None:
    # guard: "a crowd freed Varga ... and went down with him": the crowd went, and he with it (once
    # Varga, the object before "and", is no longer the doer, the one named after "with" makes the journey)
    got = _facts("On 19 October 1983 a crowd freed Pavel Varga from house arrest at his home on Mount "
                 "Wheldale and went down with him to Fort Rupert.")
    assert ("varga", "travel", None, "Fort Rupert", "1983-10-19") in got


def test_each_term_with_its_own_crime_is_its_own_defendants() -> None:
    # before: the later crimes went to every defendant listed before them
    got = _claims("The court sentenced Petrov to seven years for treason, Orlov to ten years for espionage "
                  "and Lind to life for murder.")
    assert got == {("petrov", "treason", "affirm"), ("orlov", "espionage", "affirm"), ("lind", "assassination", "affirm")}
    # guard: terms with no crime of their own share the one named last
    got = _claims("The court sentenced Kovacs to death, Petrov to ten years and Horvat to five for the murder.")
    assert got == {(name, "assassination", "affirm") for name in ("kovacs", "petrov", "horvat")}


def test_an_unknown_we_does_not_hand_the_journey_to_the_one_named_with_it() -> None:
    # guard: with no speaker known, "we went to Vrbas to stay with him" is no one's journey (the
    # one named after "with" goes only where the one who went is no person at all: "a crowd")
    assert _claims("So my wife and I, and this man Petrov who came to collect us, we went to Vrbas with Orlov.") \
        == set()


def test_a_gapped_term_after_a_passive_sentence_is_its_own_defendants() -> None:
    # before: Orlov's murder was Petrov's ("his deputy Orlov to twenty years for murder" was read as
    # the object of the act before)
    got = _claims("Petrov was sentenced to seven years for treason, his deputy Orlov to twenty years for "
                  "murder, and Lind to fifteen years for espionage.")
    assert got == {("petrov", "treason", "affirm"), ("orlov", "assassination", "affirm"),
                   ("lind", "espionage", "affirm")}


def test_a_relative_clause_after_an_alias_is_about_the_one_it_names() -> None:
    # before: the plea was the alias's ("Sankara")
    got = _claims("The accused Pavel Kovacs, known as Sankara, who pleaded guilty to the charges, is sentenced "
                  "to twenty years.")
    assert got == {("kovacs", "plea", "affirm")}


def test_a_wife_or_brother_named_by_a_given_name_takes_the_family_name() -> None:
    # before: "gwendolyn" (the gold sets give the family's id: myers, kett, toebbe, coard)
    got = _claims("Pavel Kovacs was sentenced yesterday to life, and his wife Gwendolyn to eighty-one months, "
                  "for spying for Cuba.")
    assert ("gwendolyn", "espionage", "affirm") not in got and ("kovacs", "espionage", "affirm") in got


def test_a_companion_after_a_kin_label_goes_too() -> None:
    # before: "with his wife Anna Orlova" named no companion (only "with" right before the name did)
    got = _facts("Petrov went to Paris with his wife Anna Orlova in 1931.")
    assert ("orlova", "travel", None, "Paris", "1931-01-01") in got
