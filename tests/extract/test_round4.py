"""Regression tests for the fourth round of extract rules (issue 4): how transcripts and historians
of other trials write acts the rules did not read - derailings and damaged machines, approvals and
authorisations, orders received in the passive, journeys across borders and deportations, "what I
said is true", lists of names that open a sentence, "X's meeting with", an agent met (a counterpart,
not a spy), a journey ordered by "told me to go", "plotted the murder" as the murder, and the Soviet
Union as a destination. The sentences differ from the ``r4-*`` dev items in ``eval/gold/claims.jsonl``
that were written before these rules."""

from __future__ import annotations

from datetime import date

from countertrial.extract import extract_text
from countertrial.extract.timex import find_timexes, resolve_anaphora
from countertrial.model import Claim
from countertrial.store import Store


def facts(claims: list[Claim]) -> list[tuple[str | None, str, str]]:
    return sorted((c.subject, c.act, c.polarity) for c in claims)


# -- vocabulary ------------------------------------------------------------------------------------

def test_derailing_and_damaging_machines_are_sabotage(roster_store: Store) -> None:
    (c,) = extract_text("The prosecution said that Lebedev had derailed an express near Kharkov in 1929.",
                        store=roster_store)
    assert (c.subject, c.act) == ("lebedev", "sabotage")
    (c,) = extract_text("BOGDANOV: In 1931 I damaged two generators at the Shatura station.", store=roster_store)
    assert (c.subject, c.act, c.time.iso()) == ("bogdanov", "sabotage", "1931")


def test_approved_or_authorised_by_is_the_approvers_order(roster_store: Store) -> None:
    (c,) = extract_text("The report found that the raid on the consulate had been approved by Vlasik.",
                        store=roster_store)
    assert (c.subject, c.act) == ("vlasik", "gave_instructions")
    (c,) = extract_text("The kidnapping was authorized by Serov in May 1956.", store=roster_store)
    assert (c.subject, c.act) == ("serov", "gave_instructions")


def test_ordered_by_in_the_passive_is_about_the_one_ordered(roster_store: Store) -> None:
    (c,) = extract_text("Abakumov was ordered by Beria in 1948 to fabricate the Leningrad case.", store=roster_store)
    assert (c.subject, c.act, c.counterparts) == ("abakumov", "received_instructions", ("beria",))
    (c,) = extract_text("The arrests were ordered by Yezhov.", store=roster_store)  # a thing ordered: the orderer
    assert (c.subject, c.act) == ("yezhov", "gave_instructions")


def test_crossing_a_border_and_deportation_are_journeys(roster_store: Store) -> None:
    (c,) = extract_text("NAGY: In the spring of 1947 I crossed into Austria near Sopron.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("nagy", "travel", "Austria")
    (c,) = extract_text("Okulicki was deported to Moscow in March 1945.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("okulicki", "travel", "Moscow")


def test_what_i_said_is_true_confirms_earlier_testimony(roster_store: Store) -> None:
    claims = extract_text("SZALAI: What I said earlier is true, and I met Brankov in Vienna.", store=roster_store,
                          stated_on="1949-09-20")
    assert facts(claims) == [("szalai", "meeting", "affirm"), ("szalai", "plea", "affirm")]


# -- names, subjects and counterparts ----------------------------------------------------------------

def test_a_list_of_names_opening_a_sentence_keeps_its_first_name(roster_store: Store) -> None:
    claims = extract_text("Pavlov, Tanasov and Voinov were accused of having spied for Britain.", store=roster_store)
    assert facts(claims) == [("pavlov", "espionage", "affirm"), ("tanasov", "espionage", "affirm"),
                             ("voinov", "espionage", "affirm")]


def test_a_possessor_opening_a_sentence_does_the_nominal_act(roster_store: Store) -> None:
    (c,) = extract_text("Slansky's secret meeting with Field in Geneva in 1947 was never proved.", store=roster_store)
    assert (c.subject, c.act, c.place, c.time.iso()) == ("slansky", "meeting", "Geneva", "1947")


def test_an_agent_after_with_is_the_counterpart_not_a_spy(roster_store: Store) -> None:
    (c,) = extract_text("Field had a meeting with an American agent in Berlin.", store=roster_store)
    assert (c.subject, c.act) == ("field", "meeting")
    (c,) = extract_text("Field was an American agent.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("field", "espionage", "United States")


# -- purposes, aims and places ---------------------------------------------------------------------------

def test_a_journey_ordered_with_told_me_to_go_is_the_order_alone(roster_store: Store) -> None:
    (c,) = extract_text("GRUBER: Ordass told me to go to the British legation in March 1948.", store=roster_store)
    assert (c.subject, c.act, c.place) == ("ordass", "gave_instructions", "British legation")


def test_plotted_the_murder_is_the_murder(roster_store: Store) -> None:
    (c,) = extract_text("Kostov was accused of having plotted the assassination of Dimitrov.", store=roster_store)
    assert (c.subject, c.act) == ("kostov", "assassination")


def test_the_soviet_union_is_a_destination_not_a_town_called_union(roster_store: Store) -> None:
    (c,) = extract_text("Pilsudski's envoy Lipski was sent back to the Soviet Union in 1921.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Soviet Union")


def test_a_name_before_a_progressive_is_the_antecedent_of_he(roster_store: Store) -> None:
    (c,) = extract_text("KOSTOV: Chervenkov was sitting in his office. He told me to keep silent about the talks.",
                        store=roster_store)
    assert (c.subject, c.act) == ("chervenkov", "gave_instructions")


def test_a_possessive_apposition_keeps_the_name_that_opens_the_sentence(roster_store: Store) -> None:
    # "Vinogradov" is also a town in the gazetteer: a town does not confess.
    (c,) = extract_text("Vinogradov, the Kremlin's chief physician, admitted that he had spied for Britain.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("vinogradov", "espionage", "Britain")
    (c,) = extract_text("Kogan, Zhdanov's doctor, admitted that he had poisoned him.", store=roster_store)
    assert (c.subject, c.act) == ("kogan", "poisoning")


def test_your_honours_is_no_antecedent(roster_store: Store) -> None:
    claims = extract_text("WITNESS: Yes, Your Honours. He went to Zambia after the massacre.", store=roster_store)
    assert all(c.subject != "honours" for c in claims)


# -- times and places counted on from what was said before ----------------------------------------------

def test_times_counted_on_from_the_time_before() -> None:
    def iso(text: str) -> list[str]:
        return [t.interval.iso() for t in resolve_anaphora(find_timexes(text), date(1950, 1, 1)) if t.interval.known]

    assert iso("He was arrested on 2 October 1938 and released three weeks later.")[1] == "1938-10-20/1938-10-26"
    assert iso("He was arrested on 30 November 1938 and shot two months later.") == ["1938-11-30", "1939-01"]
    assert iso("They met in October 1931 and again the following March.") == ["1931-10", "1932-03"]
    assert iso("They met in March 1931 and again the following October.") == ["1931-03", "1931-10"]
    assert iso("He landed on 4 June 1944 and reached Bayeux the next day.") == ["1944-06-04", "1944-06-05"]
    assert iso("He left Moscow late in 1936.") == ["1936-09-01/1936-12-31"]


def test_a_time_counted_on_after_the_act_is_its_own(roster_store: Store) -> None:
    (c,) = extract_text("Okulicki was tried in June 1945 and deported to Moscow a year later.", store=roster_store)
    assert (c.act, c.time.iso()) == ("travel", "1946")


def test_a_later_act_takes_the_place_of_its_own_clause(roster_store: Store) -> None:
    claims = extract_text("Gold travelled to Santa Fe in June 1945, and in September he met Fuchs in Albuquerque.",
                          store=roster_store)
    meeting = next(c for c in claims if c.act == "meeting")
    assert meeting.place == "Albuquerque"


def test_scotland_is_a_place_and_a_dukes_title_is_not(roster_store: Store) -> None:
    (c,) = extract_text("Maclean fled to Scotland in May 1951.", store=roster_store)
    assert (c.act, c.place) == ("travel", "Scotland")
    (c,) = extract_text("Ribbentrop met the Duke of Windsor in 1937.", store=roster_store)
    assert (c.act, c.place) == ("meeting", None)


def test_hess_and_hitler_are_persons_not_powers(roster_store: Store) -> None:
    claims = extract_text("Hess met Hitler at Landsberg in 1924.", store=roster_store)
    assert [(c.subject, c.act, c.foreign_power) for c in claims] == [("hess", "meeting", None)]


def test_there_was_going_to_be_a_meeting_is_a_plan(roster_store: Store) -> None:
    assert extract_text("WITNESS: Kajuga told us that there was going to be a meeting at the school.",
                        store=roster_store) == []


# -- more vocabulary: sabotage, orders passed on, shots -------------------------------------------------

def test_blown_up_is_sabotage_and_a_shot_fired_is_no_killing(roster_store: Store) -> None:
    (c,) = extract_text("The indictment said that Sisulu had blown up a pylon outside Durban.", store=roster_store)
    assert (c.subject, c.act) == ("sisulu", "sabotage")
    assert extract_text("SOLDIER F: I fired a single shot at the barricade.", store=roster_store) == []
    assert [c.act for c in extract_text("SOLDIER F: I shot the man with the rifle.", store=roster_store)] == [
        "assassination"]


def test_passing_someones_instructions_on_is_the_passers_order(roster_store: Store) -> None:
    claims = extract_text("Szonyi had been a member of the Swiss group. He admitted that he had passed Field's "
                          "instructions to Szalai.", store=roster_store)
    assert facts(claims) == [("szonyi", "gave_instructions", "affirm")]


def test_a_numbered_apposition_after_a_list_of_names(roster_store: Store) -> None:
    claims = extract_text("Vitkovsky and Oleinik, two engineers of the station, confessed that they had damaged "
                          "the boilers.", store=roster_store)
    assert facts(claims) == [("oleinik", "sabotage", "affirm"), ("vitkovsky", "sabotage", "affirm")]


# -- powers ------------------------------------------------------------------------------------------------

def test_each_power_of_a_list_is_a_claim(roster_store: Store) -> None:
    claims = extract_text("KATZ: I worked for the American and the British intelligence services after 1945.",
                          store=roster_store)
    assert sorted((c.act, c.foreign_power) for c in claims) == [("espionage", "Britain"),
                                                                ("espionage", "United States")]


def test_an_unnamed_foreign_power_lets_the_trigger_count_and_names_none(roster_store: Store) -> None:
    (c,) = extract_text("MINDSZENTY: I was never an agent of a foreign power.", store=roster_store)
    assert (c.act, c.polarity, c.foreign_power) == ("espionage", "deny", None)


def test_the_gru_after_1991_is_russia(roster_store: Store) -> None:
    claims = extract_text("Petrov and Boshirov worked for the GRU in 2018.", store=roster_store)
    assert [c.foreign_power for c in claims] == ["Russia", "Russia"]
    (c,) = extract_text("Sorge worked for the GRU in 1935.", store=roster_store)
    assert c.foreign_power == "Soviet Union"
    (c,) = extract_text("Chapman received instructions from Moscow Centre.", store=roster_store, stated_on="2010-07-01")
    assert (c.act, c.foreign_power) == ("received_instructions", "Russia")


def test_a_service_named_like_a_facility_is_a_power(roster_store: Store) -> None:
    (c,) = extract_text("Dreyfus was accused of working for the German General Staff.", store=roster_store)
    assert (c.foreign_power, c.place) == ("Germany", None)
    (c,) = extract_text("Esterhazy had worked for the Deuxieme Bureau since 1890.", store=roster_store)
    assert (c.foreign_power, c.place) == ("France", None)


def test_a_country_served_is_a_power_and_a_soviet_agent_names_the_soviet_union(roster_store: Store) -> None:
    (c,) = extract_text("The court found that Kostov had spied for Yugoslavia.", store=roster_store)
    assert c.foreign_power == "Yugoslavia"
    (c,) = extract_text("Bentley told the committee that Remington was a Soviet spy.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("remington", "espionage", "Soviet Union")
    assert extract_text("Soviet power was never stronger than in 1937.", store=roster_store) == []


def test_a_time_before_a_reporting_verb_dates_the_saying(roster_store: Store) -> None:
    (c,) = extract_text("In 1948 Bentley told the committee that Perlo had spied for the Russians.",
                        store=roster_store)
    assert (c.subject, c.foreign_power, c.time.known) == ("perlo", "Soviet Union", False)


# -- helpers, approvals, verdict days, companions, facilities, victims ----------------------------------------

def test_the_one_helped_is_not_the_doer(roster_store: Store) -> None:
    claims = extract_text("Popov admitted that he had helped van Dam to blow up the bridge.", store=roster_store)
    assert facts(claims) == [("popov", "sabotage", "affirm")]


def test_approving_a_plan_is_an_order(roster_store: Store) -> None:
    (c,) = extract_text("Colson said that Ehrlichman approved the burglary of the psychiatrist's office.",
                        store=roster_store)
    assert (c.subject, c.act) == ("ehrlichman", "gave_instructions")
    assert extract_text("Ehrlichman approved the budget in 1971.", store=roster_store) == []


def test_the_day_of_a_verdict_or_indictment_is_not_the_acts(roster_store: Store) -> None:
    (c,) = extract_text("Petkov was convicted of espionage on 15 August 1947.", store=roster_store)
    assert (c.act, c.time.known) == ("espionage", False)
    (c,) = extract_text("Sisulu was convicted of sabotage committed between 1961 and 1963.", store=roster_store)
    assert c.time.iso() == "1961-01-01/1963-12-31"


def test_a_companion_travels_too_and_there_is_the_place_said_before(roster_store: Store) -> None:
    claims = extract_text("OKULICKI: I was summoned to Pruszkow on 27 March 1945, and I drove there with Stypulkowski.",
                          store=roster_store)
    assert sorted((c.subject, c.act, c.place) for c in claims) == [("okulicki", "travel", "Pruszkow"),
                                                                   ("stypulkowski", "travel", "Pruszkow")]


def test_facilities_after_a_possessive_or_a_modifier(roster_store: Store) -> None:
    (c,) = extract_text("HUNT: In May 1972 I met Liddy in the Attorney General's office.", store=roster_store)
    assert c.place == "Attorney General's office"
    (c,) = extract_text("RAMZIN: In 1929 I organised an explosion at the Shatura power station.", store=roster_store)
    assert c.place == "Shatura power station"
    (c,) = extract_text("Esterhazy was sent to Devil's Island in 1896.", store=roster_store)
    assert c.place == "Devil's Island"


def test_a_victim_or_a_given_name_is_no_place(roster_store: Store) -> None:
    (c,) = extract_text("Nikolaev was accused of the murder of Kirov in Leningrad.", store=roster_store)
    assert c.place == "Leningrad"
    (c,) = extract_text("The commission found that Pinochet had ordered the killing of Orlando Letelier in "
                        "Washington.", store=roster_store)
    assert c.place == "Washington"


def test_a_journey_keeps_the_destination_of_its_own_clause(roster_store: Store) -> None:
    (c,) = extract_text("Dan was said to have gone to Kiev in 1928, although he was seen in Berlin that summer.",
                        store=roster_store)
    assert c.place == "Kiev"


def test_passing_classified_or_department_documents_is_espionage(roster_store: Store) -> None:
    (c,) = extract_text("Remington was accused of having given Bentley secret War Department papers.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("remington", "espionage", None)
    assert extract_text("WITNESS: I gave the documents to the Prosecutor in 1996.", store=roster_store) == []


def test_a_service_in_an_apposition_after_the_recruiter(roster_store: Store) -> None:
    (c,) = extract_text("NOEL: I was recruited by Dulles, the chief of the American intelligence service, in 1943.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("noel", "espionage", "United States")
    assert extract_text("HARRIS: I worked for Harriman, the American ambassador, in 1944.", store=roster_store) == []


def test_the_month_of_an_arrest_is_not_the_acts(roster_store: Store) -> None:
    (c,) = extract_text("Field was arrested in May 1949 for having spied for the Americans.", store=roster_store)
    assert (c.act, c.time.known) == ("espionage", False)


def test_a_bare_answer_with_a_short_adverbial_takes_over_the_question(roster_store: Store) -> None:
    text = "MR. SAYPOL: Did Greenglass meet Gold in Albuquerque?\nMRS. GREENGLASS: Yes, in June 1945."
    (c,) = extract_text(text, store=roster_store)
    assert (c.subject, c.act, c.polarity, c.place) == ("greenglass", "meeting", "affirm", "Albuquerque")
    text = "MR. SAYPOL: Did Greenglass meet Gold in Albuquerque?\nMRS. GREENGLASS: Yes, and then he left for Santa Fe."
    assert all(c.act != "meeting" for c in extract_text(text, store=roster_store))


def test_a_demonym_before_a_common_noun_names_no_power(roster_store: Store) -> None:
    (c,) = extract_text("VITKOVSKY: I damaged the turbines on the instructions of the British engineers.",
                        store=roster_store)
    assert (c.act, c.foreign_power) == ("sabotage", None)
    (c,) = extract_text("LARICHEV: In 1928 I handed over plans of the power stations to a German company.",
                        store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", None)
    (c,) = extract_text("LARICHEV: In 1928 I handed over plans of the power stations to German officers.",
                        store=roster_store)
    assert (c.act, c.foreign_power) == ("espionage", "Germany")


def test_a_town_named_like_the_person_who_recants(roster_store: Store) -> None:
    (c,) = extract_text("Field later retracted his testimony in a letter to the court.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("field", "plea", "deny")
    (c,) = extract_text("London subsequently repudiated his confession.", store=roster_store)
    assert (c.subject, c.act, c.polarity) == ("london", "plea", "deny")


def test_they_stands_for_the_list_of_names_before_it(roster_store: Store) -> None:
    claims = extract_text("Radek and Sokolnikov were tried in January 1937. They admitted that they had spied "
                          "for Germany.", store=roster_store)
    assert sorted((c.subject, c.act, c.foreign_power) for c in claims) == [
        ("radek", "espionage", "Germany"), ("sokolnikov", "espionage", "Germany")]
    claims = extract_text("Frejka and Fischl were arrested in 1951, and they confessed that they had wrecked the "
                          "economy.", store=roster_store)
    assert facts(claims) == [("fischl", "wrecking", "affirm"), ("frejka", "wrecking", "affirm")]
    # a list after a preposition is no one who acts; a single name before "they" is no list
    assert extract_text("The Rules of Evidence and Procedure were cited. They usually refer to conspiracy.",
                        store=roster_store) == []
    assert extract_text("Radek was tried in 1937. They said that they had met Sedov.", store=roster_store) == []


def test_a_centre_named_as_a_place_is_no_conspiracy(roster_store: Store) -> None:
    assert extract_text("Kajuga arrived at the Catholic centre in the afternoon.", store=roster_store) == []
    (c,) = extract_text("Pyatakov admitted that he had belonged to the parallel centre.", store=roster_store)
    assert c.act == "conspiracy"
