"""Round 25: rules read off heldout30, the session's fresh development set (written by two
annotators apart, scored once out of sample before any of its errors were read). Each sentence is
written for the test after a seen item of that class, with invented names; each failed before the
round, but the guards."""

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


def test_an_acquittal_across_an_apposition_asserts_nothing() -> None:
    # before: Varga's espionage and treason, affirmed (the verdict stood too far before its "of")
    assert _claims("The City Court yesterday acquitted Pavel Varga, a retired captain of the Baltic Fleet, "
                   "of high treason through espionage and of disclosing state secrets.") == set()
    assert _claims("The Senate acquitted Louis Varga, minister of the interior from June 1914 until August "
                   "of last year, of treason.") == set()


def test_a_conviction_across_an_apposition_stands() -> None:
    # guard: a verdict of guilt is no acquittal, however long the apposition
    assert ("varga", "treason", "affirm") in _claims(
        "The court convicted Louis Varga, minister of the interior, of treason.")
    assert ("varga", "espionage", "affirm") in _claims(
        "The jury acquitted Varga of murder but convicted Varga of theft and of disclosing state secrets.")


def test_a_suicide_is_no_killing() -> None:
    # before: Morel's own assassination, affirmed
    assert _claims("When the sentence was read, Morel stabbed himself to death in the dock.") == set()
    assert _claims("Peter Morel shot himself as the inspector came through the door.") == set()


def test_no_officer_gave_me_an_order_is_the_speakers_order_denied() -> None:
    # before: the order was the victim's ("Boudin gave_instructions, denied")
    got = _claims("KASSEM: I killed Boudin, and I did it alone: no officer gave me an order, no party sent me, "
                  "and nobody knew what I meant to do.")
    assert ("kassem", "received_instructions", "deny") in got
    assert not any(subject == "boudin" for subject, _act, _pol in got)
    got = _claims("OKADA: Men at the depot said that somebody ought to cut Tanba down, but none of them told me to do it.")
    assert got == {("okada", "received_instructions", "deny")}


def test_going_over_to_a_city_is_a_journey() -> None:
    # before: treason with France ("went over to" a power is a defection; Paris stood for France)
    assert _facts("FENTON: I went over to Paris several times in 1886 to bargain with them.", "1889-02-21") == {
        ("fenton", "travel", None, "Paris", "1886-01-01")}


def test_the_republic_is_no_town() -> None:
    # before: the place "Republic" (a town in Missouri)
    got = _facts("The jury found Marchal and Dufort guilty of conspiring against the unity of the Republic.")
    assert got == {("marchal", "conspiracy", None, None, None), ("dufort", "conspiracy", None, None, None)}


def test_the_state_whose_secret_was_handed_is_not_served() -> None:
    # before: espionage for Egypt ("a secret of Egypt" is the one spied on)
    got = _facts("SAMIR: I never spied for Iran, and I never handed a secret of Egypt to any foreign party.")
    assert ("samir", "espionage", "Egypt", None, None) not in got
    assert ("samir", "espionage", "Iran", None, None) in got


def test_you_is_the_one_a_turn_opens_by_addressing() -> None:
    # before: no espionage claim ("you" was no one outside a question read with its answer)
    got = _facts("JUDGE: Douglas Ronald Brent, you have pleaded guilty to charges under the Official Secrets "
                 "Act. For six years you sold to the Russians information that you had undertaken to keep "
                 "secret.", "1968-11-04")
    assert ("brent", "espionage", "Soviet Union", None, None) in got


def test_a_charge_read_to_the_one_addressed_accuses_no_one() -> None:
    # guard: the clerk's arraignment is no claim (the gold's convention, dev r10-17)
    assert ("jonas", "treason", "affirm") not in _claims(
        "THE CLERK: William Jonas, you stand charged with high treason. How say you, are you guilty or not guilty?")


def test_confessing_the_indictment_is_a_plea() -> None:
    # before: no plea
    assert ("dunmore", "plea", "affirm") in _claims(
        "DUNMORE: I will not stand upon it: I confess the indictment, and I submit myself to the Queen's mercy.")


def test_an_acts_own_part_after_a_semicolon_dates_it() -> None:
    # before: 1925 (the time of the part before the ";")
    assert _facts("Prestano led the column between 1925 and 1927; he came back to Brazil in April 1935.") == {
        ("prestano", "travel", None, "Brazil", "1935-04-01")}


def test_an_act_joined_to_a_journey_was_done_where_it_went() -> None:
    # before: the shooting had no place (an unknown town counts only right after its own trigger)
    got = _facts("HALE: I went to Alkozai and shot people in their compounds.")
    assert ("hale", "assassination", None, "Alkozai", None) in got


def test_a_plea_to_come_is_none_and_coming_to_light_is_no_journey() -> None:
    # before: Broadwin's plea (the subject of "came to light" nearest before it), then her journey
    assert _claims("David Petrov, who resigned in November 2012 when his affair with his biographer, Paula "
                   "Broadwin, came to light, has agreed to plead guilty to a misdemeanor charge, according to "
                   "papers filed yesterday in the federal court in Charlotte.", "2015-03-04") == set()


def test_never_anyones_agent_denies_espionage() -> None:
    # before: no claim ("agent" counts only with a power named)
    assert _claims("DRAGAN: I did not write it for any foreign government, and I have never been anyone's agent.") == {
        ("dragan", "espionage", "deny")}


# ---- read off heldout31 after its out-of-sample reading (0.380 at the start and at 309cfa3) ----

def test_the_winter_palace_is_no_season() -> None:
    # before: the winter of 1880 (1880-01-01 to 1881-02-28) over the day the sentence names
    got = _facts("On 17 February 1880 a charge of dynamite that Stepan Kalinin had smuggled into the Winter "
                 "Palace went off, killing eleven soldiers.", "2020-02-17")
    assert ("kalinin", "assassination", None, "Winter Palace", "1880-02-17") in got


def test_a_thing_wrecked_is_no_wrecking() -> None:
    # before: Kalinin's wrecking (the dining room "was wrecked")
    got = _claims("On 17 February 1880 a charge of dynamite that Stepan Kalinin had smuggled into the palace went "
                  "off, killing eleven soldiers; the dining room on the floor above was wrecked.", "2020-02-17")
    assert got == {("kalinin", "assassination", "affirm")}
    # guard: the economy wrecked by someone named
    assert _claims("The indictment said that Frolov had wrecked the economy.") == {("frolov", "wrecking", "affirm")}


def test_the_united_states_and_christmas_day_are_no_persons() -> None:
    # before: the journeys of a person "states" and of a person "day"
    assert _claims("Feodor Fedko, the former guard whom the United States deported to the Soviet Union in "
                   "December 1984, has been executed.", "1987-07-29") == {("fedko", "travel", "affirm")}
    assert {s for s, _a, _p in _claims("When Chang was let go on Christmas Day, Zhao flew back with him to Nanjing.")} \
        == {"zhao", "chang"}


def test_betrayed_by_after_a_comma_is_the_betrayers_act() -> None:
    # before: Fignerova's own treason (the one betrayed)
    got = _claims("Vera Fignerova was arrested in Kharkov on 10 February 1883, betrayed by Sergei Degtyar, a "
                  "retired artillery captain.", "2013-02-22")
    assert ("fignerova", "treason", "affirm") not in got
    assert ("degtyar", "treason", "affirm") in got


def test_a_relative_clause_with_its_own_time_dates_its_act() -> None:
    # before: the journey to Jena dated by "Two hundred years ago today" (1819), not 1817
    got = _facts("Two hundred years ago today Karl Sandor, a theology student from Wunsiedel who had moved to "
                 "Jena in 1817 and was among the most zealous members of its Burschenschaft, called at the house "
                 "of Kotzebue in Mannheim and stabbed the playwright to death with a dagger.", "2019-03-23")
    assert ("sandor", "travel", None, "Jena", "1817-01-01") in got
    assert ("sandor", "assassination", None, "Mannheim", "1819-03-23") in got


def test_a_coordinated_clause_with_its_own_time_dates_its_act() -> None:
    # before: 13 January 1932 (the sentences' day, before ", and")
    got = _facts("The sentences passed on 13 January 1932 were upheld on appeal, and Wicek crossed into "
                 "Czechoslovakia in 1933.", "1995-10-31")
    assert got == {("wicek", "travel", None, "Czechoslovakia", "1933-01-01")}


def test_unnamed_crimes_listed_after_a_named_one_are_one_other() -> None:
    # before: the conspiracy alone
    assert _claims("The tribunal sentenced Gramaldi to twenty years for conspiracy, incitement to civil war and "
                   "instigation to class hatred.") == {("gramaldi", "conspiracy", "affirm"), ("gramaldi", "other", "affirm")}
    # guard: named acts listed are themselves
    assert _claims("The court convicted Lenz of espionage and sabotage.") == {
        ("lenz", "espionage", "affirm"), ("lenz", "sabotage", "affirm")}


def test_guilty_of_having_failed_is_an_unnamed_crime() -> None:
    # before: no claim ("having" stood where the crime's word was looked for)
    assert _claims("The Senate found Malvern guilty of having failed in the duties of his office.") == {
        ("malvern", "other", "affirm")}


def test_a_passive_journey_back_or_up_and_a_return_are_journeys() -> None:
    # before: no journey ("was carried up to", "my return to" were no triggers)
    assert _facts("Robert Kettle was carried up to London with his brother William and kept in the Tower.") == {
        ("kettle", "travel", None, "London", None)}
    assert _facts("GRAMOLA: Everything I did after my return to Italy in 1924 I did in the open.", "1928-05-30") == {
        ("gramola", "travel", None, "Italy", "1924-01-01")}


def test_the_subject_of_a_verb_before_and_does_the_act_after_it() -> None:
    # before: Strelkov's own killing (the object of "came up behind", nearest before "shot")
    got = _claims("A young man named Nikolai Zhelvin came up behind General Vasily Strelkov, the military "
                  "prosecutor who had sent a string of revolutionaries to the gallows, and shot him in the head.")
    assert got == {("zhelvin", "assassination", "affirm")}
    # guard: a list of subjects is no object
    assert _claims("Zhelvin and Strelkov shot him.") == {("zhelvin", "assassination", "affirm"),
                                                         ("strelkov", "assassination", "affirm")}


def test_a_journey_with_a_particle_before_its_to_reaches_an_unknown_town() -> None:
    # before: no journey ("Najiban", which the gazetteer lacks, counted only right after "went to")
    got = _facts("BALDWIN: I went to Alkozai and shot people in their compounds, and then I went back to the "
                 "VSP, and after that I went out again, to Najiban, and I did the same thing there.")
    assert ("baldwin", "travel", None, "Najiban", None) in got
    assert ("baldwin", "travel", None, "Alkozai", None) in got
