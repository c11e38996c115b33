"""Round 23: rules read off the five transcripts' places (compared field by field for the first
time, places and countries included) and off heldout24, the session's fresh development set
(written by two annotators apart, scored once out of sample before any of its errors were read).
Each sentence is written for the test after a seen item of that class; each failed before the
round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text
from countertrial.resolve.gazetteer import lookup


def _places(text: str, stated_on: str = "1990-01-01") -> dict[tuple[str | None, str], tuple[str | None, str | None]]:
    return {(c.subject, c.act): (c.place, c.country) for c in extract_text(text, stated_on=stated_on)}


def test_a_town_written_with_spaced_particles_is_whole() -> None:
    # before: "Dar" alone, a town in Cambodia, and "Salaam" a person met there
    got = _places("Karenzi said that he met the colonel in Dar es Salaam.")
    assert got[("karenzi", "meeting")] == ("Dar es Salaam", "Tanzania")
    assert _places("Weber met Muller in Frankfurt am Main in 1999.")[("weber", "meeting")][0] == "Frankfurt am Main"


def test_a_person_with_a_particle_is_no_town() -> None:
    # guard: the whole run must be a town the gazetteer knows
    got = _places("Karenzi met Pedro de Souza in Lisbon.")
    assert got[("karenzi", "meeting")] == ("Lisbon", "Portugal")


def test_an_acronym_is_no_town() -> None:
    # before: "MRND" was Marand in Iran (an alternate name), "AMI" the Japanese town Ami
    assert lookup("MRND") is None and lookup("AMI") is None
    got = _places("Karenzi attended a meeting of the MRND in Kigali.")
    assert got[("karenzi", "meeting")] == ("Kigali", "Rwanda")


def test_a_town_in_capitals_is_still_a_town() -> None:
    # guard: capitals alone do not make an acronym
    rome, usa = lookup("ROME"), lookup("USA")
    assert rome is not None and rome.country == "Italy"
    assert usa is not None and usa.kind == "country"
    assert lookup("Marand") is not None


def _acts(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.foreign_power) for c in extract_text(text, stated_on="1990-01-01")}


def test_a_leak_to_a_power_is_espionage() -> None:
    # before: a leak (`other`) to the Soviet Union; the trigger that counts only with a power now
    # wins over the plain one on the same words
    assert _acts("Marlow leaked the documents to the KGB in 1985.") == {("marlow", "espionage", "Soviet Union")}


def test_a_leak_to_a_reporter_is_a_leak() -> None:
    # guard
    assert _acts("Marlow leaked the cables to a reporter in 2010.") == {("marlow", "other", None)}


def test_a_journey_to_a_building_named_by_a_common_noun() -> None:
    # before: no claim (a journey needs a place, and "the arsenal" was none)
    assert _places("Dorr went to the arsenal in May 1842.")[("dorr", "travel")] == ("arsenal", None)
    got = _places("Diakite took Diallo and the others to a clinic.")
    assert got[("diakite", "travel")][0] == "clinic" and got[("diallo", "travel")][0] == "clinic"
    assert _places("DIAKITE: I went alone to the stadium that morning.")[("diakite", "travel")][0] == "stadium"


def test_going_to_prison_or_to_school_is_no_journey() -> None:
    # guards: an institution, not a place reached
    assert _places("Dorr went to prison for it.") == {}
    assert _places("ERDEMOVIC: I went to a school for mechanical technicians.") == {}
    assert _places("Karenzi went to the police.") == {}


def test_a_jail_is_a_facility() -> None:
    # before: "Sheikhupura", the town alone
    got = _places("In November Taseer had visited Bibi in Sheikhupura jail.", stated_on="2011-01-05")
    assert got[("taseer", "travel")][0] == "Sheikhupura jail"


def _facts(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str, str | None]]:
    return {(c.subject, c.act, c.polarity, c.time.iso() if c.time.known else None)
            for c in extract_text(text, stated_on=stated_on)}


def test_an_acquittal_with_a_long_list_before_its_of() -> None:
    # before: the murder was affirmed for both ("of" came more than four words after "acquitted")
    assert _facts("In May 1999 a Paris court had acquitted Denard and his former lieutenant Dominique Malacrino "
                  "of the murder of President Ahmed Abdallah.", "2007-10-15") == set()


def test_a_negation_does_not_reach_over_a_semicolon() -> None:
    # before: "do not deny" of the first clause flipped the denial of the second
    got = _facts("BABEUF: I do not deny that we met; what I deny is that I ever conspired against the Directory.")
    assert got == {("babeuf", "meeting", "affirm", None), ("babeuf", "conspiracy", "deny", None)}
    assert ("kovacs", "meeting", "affirm", None) in _facts("KOVACS: I never spied for Hungary; I met Petrov once.")


def test_going_to_war_is_no_journey() -> None:
    # before: a journey to Austria
    got = [c.place for c in extract_text("BATTISTI: When the war broke out in August 1914 I crossed into Italy, and "
                                         "when Italy went to war with Austria I put on the uniform of her Alpini.",
                                         stated_on="1916-07-12")]
    assert got == ["Italy"]


def test_made_his_own_way_back_into_is_a_journey() -> None:
    got = _places("Malinovsky, who had made his own way back into Soviet Russia a few weeks earlier, admitted it.")
    assert got[("malinovsky", "travel")] == ("Soviet Russia", "Russia")
    assert ("bazaine", "travel", "affirm", "1874-08-09") in _facts(
        "On the night of 9 August 1874 Bazaine escaped from the fort and made his way into exile, ending his days "
        "in Madrid.")


def test_from_a_year_until_a_month() -> None:
    # before: 1979 alone
    assert _facts("Myers spied for Cuba from 1979 until their arrest in June 2009.") == {
        ("myers", "espionage", "affirm", "1979-01-01/2009-06-30")}


def test_late_in_a_month() -> None:
    # before: the whole month
    assert _facts("Late in December 1912 Malinovsky travelled to Kraków.") == {
        ("malinovsky", "travel", "affirm", "1912-12-21/1912-12-31")}


def _acts3(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str, str | None]]:
    return {(c.subject, c.act, c.polarity, c.foreign_power) for c in extract_text(text, stated_on=stated_on)}


def test_a_passive_agent_named_in_apposition() -> None:
    # before: no claim ("by one of his own bodyguards" named no one)
    assert _acts3("Taseer was shot dead outside a café in Islamabad by one of his own bodyguards, Malik Mumtaz "
                  "Qadri.") == {("qadri", "assassination", "affirm", None)}
    # guard: a name after ", and" is another clause's
    assert _acts3("Taseer was shot dead by his bodyguard, and Qadri fled.") == set()


def test_no_person_is_named_fort_or_south() -> None:
    # before: "Rupert" killed Bishop, "South" ordered the deportation
    assert _acts3("The soldiers retook Fort Rupert, and soldiers sent from Fort Frederick shot Bishop.") == set()
    assert _acts3("As commander of Army Group South, Manstein ordered the deportation of civilians in 1943.") == {
        ("manstein", "gave_instructions", "affirm", None)}
    assert ("north", "meeting", "affirm", None) in _acts3("Oliver North met Kovacs in Vienna.")


def test_no_national_ever_gave_me_an_order() -> None:
    # before: "Frenchman" gave the order, and the one addressed received none from France
    assert _acts3("MIRAMON: No Frenchman ever paid me a peso or gave me an order.") == {
        ("miramon", "received_instructions", "deny", "France")}
    assert _acts3("MIRAMON: No German ever gave me an order.") == {("miramon", "received_instructions", "deny", "Germany")}


def test_a_courts_nationality_is_no_power() -> None:
    # before: Britain was the power of Manstein's crimes
    assert _acts3("A British military court in Hamburg convicted Manstein of war crimes in 1949.") == {
        ("manstein", "other", "affirm", None)}


def test_never_ceased_to_deny_is_a_denial() -> None:
    # before: "never" and "deny" cancelled out
    assert _acts3("Coard, who never ceased to deny that he had ordered anyone to be shot, was released.") == {
        ("coard", "gave_instructions", "deny", None)}


def test_an_act_not_proved_and_a_call_for_overthrow() -> None:
    # before: a conspiracy affirmed for both
    assert _acts3("The jurors found that no conspiracy against the Directory had been proved, but they held Babeuf "
                  "and Darthe guilty of having called for the overthrow of the government.") == {
        ("babeuf", "other", "affirm", None), ("darthe", "other", "affirm", None)}
    # (round 28: a plot to overthrow the government is treason, the guide since heldout20)
    assert _acts3("Kovacs plotted the overthrow of the government.") == {("kovacs", "treason", "affirm", None)}


def test_a_bomb_that_blew_up_is_a_bombing() -> None:
    # before: sabotage (a thing blown up)
    assert {(c.act, c.place) for c in extract_text("Rahami set a pressure-cooker bomb that blew up on West 23rd "
                                                    "Street in Chelsea.")} == {("terrorism", "West 23rd Street")}


def test_material_support_and_weapons_of_mass_destruction() -> None:
    assert _acts3("A jury found Padilla guilty of providing material support to terrorists.") == {
        ("padilla", "terrorism", "affirm", None)}
    assert _acts3("A jury found Fox guilty of conspiring to use weapons of mass destruction.") == {
        ("fox", "terrorism", "affirm", None)}


def test_left_one_place_for_another() -> None:
    # before: no claim ("left Bombay for Dubai"), and the package left for the SVR stays espionage
    assert _places("MEMON: I left Bombay for Dubai with my family.")[("memon", "travel")][0] == "Dubai"
    assert _places("Kovacs left Moscow for good in 1950.") == {}
    assert {c.act for c in extract_text("Hanssen left his last package for the SVR under a footbridge in Foxstone "
                                        "Park on 18 February 2001.")} == {"espionage"}


def test_crossed_from_one_place_to_another_and_took_them_back() -> None:
    # before: no claim
    assert _places("Paine had crossed from Dover to Calais in September.")[("paine", "travel")][0] == "Calais"
    assert _places("Byng took the squadron back to Gibraltar.")[("byng", "travel")][0] == "Gibraltar"


def test_fled_the_state_is_a_journey_with_no_place() -> None:
    assert _places("By dawn his men had melted away and Dorr had fled the state.") == {("dorr", "travel"): (None, None)}
    assert _places("Kovacs fled the scene.") == {}


def test_the_next_day_with_no_day_before_is_unknown() -> None:
    # before: the session's own day
    assert _facts("GRISEL: The next day I went to the Luxembourg.", "1797-03-13") == {
        ("grisel", "travel", "affirm", None)}
    assert ("grisel", "travel", "affirm", "1797-03-03") in _facts(
        "GRISEL: On 2 March I met Babeuf in Paris. The next day I went to the Luxembourg.", "1797-03-13")


def test_he_goes_on_with_the_he_before_not_with_a_name_he_spoke_of() -> None:
    # before: bin Laden came home to Elizabeth
    assert _facts("PROSECUTOR: In it he praised bin Laden and prayed that God would take him as a martyr. He had come "
                  "home to Elizabeth in March 2014.") == set()
    assert ("kovacs", "travel", "affirm", None) in _facts(
        "Kovacs met Petrov in Vienna. He told him about the plan. He then left for Budapest.")


def test_a_plot_to_kidnap_is_the_kidnapping() -> None:
    # before: conspiracy (a plot is annotated as its aim, as "conspired to kill" is the killing)
    assert _acts3("Fox was convicted of conspiring to kidnap the governor.") == {("fox", "other", "affirm", None)}


def test_a_law_named_by_its_year_does_not_date_the_act() -> None:
    # before: 1793 dated the call for the constitution's restoration
    assert _facts("Babeuf conspired against the Directory to restore the Constitution of 1793.") == {
        ("babeuf", "conspiracy", "affirm", None)}


def test_a_state_named_as_an_owner_is_no_place_nor_the_power_served() -> None:
    # before: the United States was the place of the espionage, and before that its power
    got = [(c.act, c.foreign_power, c.place) for c in extract_text(
        "Myers conspired to deliver classified information of the United States to the government of Cuba.")]
    assert got == [("conspiracy", "Cuba", None)]
    assert [c.place for c in extract_text("RIOS MONTT: At no time did I give an order to attack the Ixil or any "
                                          "other people of Guatemala.")] == [None]
    # guard: the interests served name the power
    assert [c.foreign_power for c in extract_text("Kovacs served the interests of Germany.")] == ["Germany"]


def test_a_ship_and_a_jubilee_are_no_persons() -> None:
    # before: "Peleus" betrayed a boat (treason), "Jubilee" killed Rand
    assert _acts3("The Greek steamer Peleus was torpedoed in the South Atlantic, so that no wreckage should "
                  "betray the boat.") == set()
    assert _acts3("Chapekar shot Rand as the carriages came down from the reception for the Queen's Diamond "
                  "Jubilee.") == {("chapekar", "assassination", "affirm", None)}


def test_nobody_in_a_place_ever_told_us() -> None:
    # before: the speaker gave the order
    assert _acts3("KALESNIKAVA: We never planned to seize power, and nobody in Vilnius or in Warsaw ever told us "
                  "what to do.") == {("kalesnikava", "received_instructions", "deny", None)}


def test_a_killing_told_by_a_participle_after_its_victims() -> None:
    # before: Hitler killed the policemen of the Via Rasella
    got = _acts3("PROSECUTOR: On the evening of 23 March 1944 word came from Hitler's headquarters that the Führer had "
                 "ordered ten Italians to be shot for every German policeman killed in the Via Rasella.")
    assert {a for _s, a, _p, _f in got} == {"gave_instructions"}
    # guard: an active verb with its object
    assert _acts3("Kovacs killed the guard in Vienna.") == {("kovacs", "assassination", "affirm", None)}


def test_men_raised_to_fight_for_a_power_name_no_power_of_their_own() -> None:
    # guard on the 'Frenchman' phrase: the plural stays a people raised for another power
    # (before: France, while 'Frenchmen' named the power)
    assert [c.foreign_power for c in extract_text("Darnand was condemned to death for treason: for having raised "
                                                  "Frenchmen to fight for Germany.")] == ["Germany"]


def test_a_denial_denied_over_a_new_subject() -> None:
    # before: "I do not deny that Ludin and I went" denied the journey
    assert _acts3("SCHERINGER: I do not deny that Ludin and I went to Munich in 1929.") == {
        ("scheringer", "travel", "affirm", None), ("ludin", "travel", "affirm", None)}
    assert _acts3("Kovacs denied that he had met Petrov.") == {("kovacs", "meeting", "deny", None)}


def test_a_party_named_for_its_aim_is_no_person() -> None:
    # before: "Change" pleaded not guilty
    assert _acts3("Morgan Tsvangirai, the leader of the Movement for Democratic Change, who had pleaded not guilty "
                  "when his trial opened in February 2003, was acquitted of treason.") == {
        ("tsvangirai", "plea", "deny", None)}


def test_he_is_not_the_judge_when_the_defendant_is_named() -> None:
    # before: the judge had spied for China
    assert _acts3("Judge Afanasyev sentenced Danilov after a jury had found that he had spied for China.") == {
        ("danilov", "espionage", "affirm", "China")}
    # guard: the judge alone before the "he"
    assert ("afanasyev", "meeting", "affirm", None) in _acts3("Judge Afanasyev said that he had met Danilov in Moscow.")


def test_late_that_month() -> None:
    # before: the whole month
    assert ("chen", "travel", "affirm", "1945-08-21/1945-08-31") in _facts(
        "On 16 August 1945 Chen dissolved the regime, and late that month he flew to Japan.")
