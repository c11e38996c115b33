"""Round 20: journeys the rules missed whole -- going by a route or a means before saying where to
("came down out of the hills to Szeged"), getting as far as a place, getting off at a stop, being
put ashore, being followed somewhere -- a stolen thing, and an answer that echoes the question's
verb before its "yes". Each sentence is written for the test after a seen item of that class
(heldout5-11) or after seed 33's wrong claims; each failed before the round, but the guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from countertrial.errors import InvalidVocabulary
from countertrial.extract import extract_text
from countertrial.extract.vocab import load_vocabulary


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1990-01-01")}


def _places(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.place) for c in extract_text(text)}


def _powers(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.foreign_power) for c in extract_text(text)}


def test_going_by_a_route_before_saying_where_to() -> None:
    # before: "came" alone is no trigger, and "came down to" was one only with nothing between
    assert ("kovacs", "travel", "Szeged") in _places(
        "In March 1921 Kovacs came down out of the hills to Szeged with two of his men.")
    assert ("clark", "travel", "Jersey") in _places("CLARK: I came over by boat to Jersey.")
    assert ("holt", "travel", "Harpers Ferry") in _places("Holt rode with his men to Harpers Ferry that night.")


def test_to_before_a_verb_is_an_aim_not_a_place() -> None:
    # guards: "to" opening an aim, and "came to <place> to <aim>" keeps its place
    assert not any(a == "travel" for _s, a, _p in _claims("Kovacs came under pressure to resign in Berlin."))
    assert ("rubin", "travel", "Chicago") in _places(
        "RUBIN: We came to Chicago in August 1968 to hold a festival, not to start a riot.")


def test_as_far_as_a_place() -> None:
    assert ("laval", "travel", "Sedan") in _places(
        "Marie Laval fled the palace in secret on the night of 4 May and got as far as Sedan.")
    got = extract_text("HERMAN: On the night of 4 May you fled the palace with your children, and got as far as "
                       "Sedan before you were recognised?\nLAVAL: Yes.")
    assert any(c.subject == "laval" and c.act == "travel" and c.place == "Sedan" and c.asserted_by == "laval"
               for c in got)


def test_getting_off_at_a_stop() -> None:
    assert ("lewis", "travel", "Minsk") in _places("LEWIS: I got off the train at Minsk with the others.")
    got = extract_text("PROSECUTOR: Did you get off the plane at Abu Dhabi?\nKIM: Yes. We got off with the others.")
    assert any(c.subject == "kim" and c.act == "travel" and c.place == "Abu Dhabi" for c in got)


def test_put_ashore_the_persons_put_ashore_travel() -> None:
    got = _places("In the small hours of 21 April 1916 a German submarine put Casement ashore at Banna Strand "
                  "with Robert Monteith and Daniel Bailey.")
    assert {("casement", "travel", "Banna Strand"), ("monteith", "travel", "Banna Strand"),
            ("bailey", "travel", "Banna Strand")} <= got
    # a thing put somewhere is no journey
    assert not any(a == "travel" for _s, a, _p in _claims("They put the proposal to Moscow in 1936."))


def test_followed_somewhere_both_go() -> None:
    got = _places("On 4 June 1985 two detectives followed Parmar and Reyat to Nanaimo.")
    assert {("parmar", "travel", "Nanaimo"), ("reyat", "travel", "Nanaimo")} <= got
    assert ("cooper", "travel", "Nanaimo") in _places("Detective Cooper followed them to Nanaimo on 3 November 1979.")


def test_a_list_of_persons_taken_somewhere() -> None:
    # before: "and" ended the words between "took" and "to"
    got = _places("In 1942 the Abwehr took Kerling and Haupt to Lorient.")
    assert {("kerling", "travel", "Lorient"), ("haupt", "travel", "Lorient")} <= got


def test_stolen_is_a_crime() -> None:
    assert ("markov", "other", "affirm") in _claims("Markov had stolen timber worth two million roubles from the company.")


def test_an_echoed_verb_with_its_object_then_yes() -> None:
    # before: only one word ("I went, yes") could stand between the pronoun and "yes"
    got = extract_text("ROEDER: Did you pass the figures to the Russians?\nBRANDT: I passed them on, yes, "
                       "through Hahn's transmitter.")
    assert any(c.subject == "brandt" and c.act == "espionage" and c.polarity == "affirm"
               and c.foreign_power == "Soviet Union" for c in got)
    # "I passed them on, yes, but ..." is no plain yes
    got = extract_text("ROEDER: Did you pass the figures to the Russians?\nBRANDT: I passed them on, yes, but not "
                       "to the Russians.")
    assert not any(c.act == "espionage" and c.polarity == "affirm" and c.asserted_by == "brandt"
                   and c.foreign_power == "Soviet Union" for c in got)


def test_into_a_state_is_no_journey() -> None:
    assert _claims("KOVACS: We came into contact with Petrov in Lyon.") == set()
    assert not any(a == "travel" for _s, a, _p in _claims("KOVACS: In 1937 we came quickly into power in Lyon."))


def test_an_act_done_on_a_persons_instructions() -> None:
    # before: only "acted on the orders of" was read
    assert ("wang", "received_instructions", "affirm") in _claims(
        "WANG: In October 1974 I flew to Changsha and saw Mao. I did this on the instructions of Jiang Qing.")
    # guard: on a service's orders the act carries the power, with no order of its own (the guide)
    got = _powers("KOVACS: I shot Petrov in Vienna, and I did it on the orders of the KGB.")
    assert ("kovacs", "assassination", "Soviet Union") in got
    assert not any(a == "received_instructions" for _s, a, _p in got)
    # guard: "did ... under X's orders" keeps its reading
    assert ("wirz", "received_instructions", "affirm") in _claims(
        "WIRZ: What I did there I did under General Winder's orders.")


def test_a_nerve_agent_released_is_poisoning() -> None:
    assert ("hayashi", "poisoning", "affirm") in _claims(
        "HAYASHI: On 20 March 1995 I pierced two bags of sarin with my umbrella on a train at Shin-Ochanomizu.")


def test_the_reported_act_ordered_by_someone_is_not_the_reporters() -> None:
    # before: the reporter killed and was ordered
    got = _claims("Buscetta said that the killing of Pecorelli was ordered by Badalamenti.")
    assert got == {("badalamenti", "gave_instructions", "affirm")}
    got = _claims("Buscetta told prosecutors in April 1993 that the murder of the journalist Mino Pecorelli had "
                  "been ordered by Gaetano Badalamenti and Stefano Bontate.")
    assert got == {("badalamenti", "gave_instructions", "affirm"), ("bontate", "gave_instructions", "affirm")}
    # guard: the one ordered, after "that", is still the one ordered
    assert ("kovacs", "received_instructions", "affirm") in _claims(
        "Buscetta said that Kovacs was ordered by Petrov to kill the guard.")
    # guard: the reporter's own act named as a noun is still his
    assert ("buscetta", "assassination", "affirm") in _claims("Buscetta admitted the killing of Pecorelli in Rome.")


def test_the_one_who_threw_the_bomb_that_killed() -> None:
    # before: the bomb was the subject, so no one's act
    assert ("hryniewiecki", "assassination", "affirm") in _claims(
        "The second bomb, thrown by Ignacy Hryniewiecki, killed Alexander II.")
    assert ("hryniewiecki", "assassination", "affirm") in _claims(
        "The bomb thrown by Hryniewiecki killed the Tsar on 13 March 1881.")
    # guard: a bomb with no thrower named is no one's
    assert _claims("The second bomb killed Alexander II on 13 March 1881.") == set()


def test_she_after_her_is_still_the_same_woman() -> None:
    # before: "she" was the nearest name, the man who had paid her
    got = _claims("Anna Weber admitted that Kroemer had paid her, but she denied that she had ever spied for Germany.")
    assert ("weber", "espionage", "deny") in got and ("kroemer", "espionage", "deny") not in got
    # guard: with no "her" before it, "she" is still the nearest name
    got = _claims("Anna Weber said that Maria Kovacs had paid Petrov, and she went to Vienna in May.")
    assert ("kovacs", "travel", "affirm") in got


def test_carrying_something_somewhere_is_a_journey() -> None:
    # before: "carried" counted only with a person carried right after it
    got = _places("SELIGER: That evening Lingg and I carried the bombs in a trunk to Neff's Hall.")
    assert {("seliger", "travel", "Neff's Hall"), ("lingg", "travel", "Neff's Hall")} <= got
    assert ("kovacs", "travel", "Los Angeles") in _places(
        "Kovacs carried the dynamite to Los Angeles in a suitcase in September 1910.")
    # guard: a ship that carried him: he travels, the ship does not
    got = _places("On 23 January 1963 Philby slipped aboard the Soviet freighter Dolmatova, which carried him to "
                  "Odessa.")
    assert ("philby", "travel", "Odessa") in got and not any(s == "dolmatova" for s, _a, _p in got)


def test_no_one_ordered_me_denies_the_order_received() -> None:
    # before: "No one." named no one, so the question's order was nobody's
    got = extract_text("LATIMER: Who ordered you to kill the people at the ditch?\nCALLEY: No one.")
    assert {(c.subject, c.act, c.polarity, c.asserted_by) for c in got} == {
        ("calley", "received_instructions", "deny", "calley")}
    got = extract_text("MONTANE: Who were the persons who put you up to this murder?\nCORDAY: No one. I made the "
                       "plan by myself.")
    assert ("corday", "received_instructions", "deny") in {(c.subject, c.act, c.polarity) for c in got}
    # guard: no one who killed him is no one's act; "Who sent you?" / "Nobody." keeps the journey
    assert extract_text("LATIMER: Who killed Petrov?\nCALLEY: Nobody did, sir.") == []
    got = extract_text("LATIMER: Who sent you to Lyon?\nCALLEY: Nobody. I went of my own accord.")
    assert ("calley", "travel", "affirm") in {(c.subject, c.act, c.polarity) for c in got}


def test_put_up_to_is_an_order() -> None:
    got = extract_text("MONTANE: Who put you up to this murder?\nCORDAY: Barbaroux.")
    assert ("barbaroux", "gave_instructions", "affirm") in {(c.subject, c.act, c.polarity) for c in got}


def test_a_military_attache_is_the_service() -> None:
    # the guide: a military attaché counts as the service, so contact with one is espionage
    got = _powers("Esterhazy was in contact with the German military attache in 1894.")
    assert ("esterhazy", "espionage", "Germany") in got
    got = _powers("PICQUART: In March 1896 the petit bleu showed me that Esterhazy was in correspondence with "
                  "Schwartzkoppen, the German military attache.")
    assert ("esterhazy", "espionage", "Germany") in got
    # guard: a consul is no service
    assert ("esterhazy", "conspiracy", "Germany") in _powers("Esterhazy was in contact with the German consul in 1894.")


def test_a_commander_takes_his_troops_killings() -> None:
    got = _claims("The committee found that Dyer's troops, firing into a crowd in Amritsar on 13 April 1919, had "
                  "killed at least 379 people.")
    assert ("dyer", "assassination", "affirm") in got
    # guard: "Kamali's driver fled" is the driver's
    assert not any(s == "kamali" for s, _a, _p in _claims("In 1994 Kamali's driver fled to Goma."))


def test_a_surname_that_ends_in_a_month() -> None:
    # before: "May" was read as the month, and the name was lost
    got = _claims("Alan Nunn May admitted in February 1946 that he had handed samples of uranium to a Soviet officer "
                  "in Montreal.")
    assert ("nunn_may", "espionage", "affirm") in got
    assert ("nunn_may", "plea", "affirm") in _claims("Nunn May pleaded guilty at the Old Bailey on 1 May 1946.")
    # guard: a month opening a run is still a month
    assert ("petrov", "meeting", "affirm") in _claims("In early May Petrov met Sedov in Berlin.")


def test_a_noun_subject_before_started_to() -> None:
    # before: "the people ... started to shoot" was the speaker's, the last person named before it
    got = _claims("ZHZ: I heard him shout, and the people who were in the front started to shoot at the refugees.")
    assert not any(s == "zhz" for s, _a, _p in got)
    # guard: a named subject keeps the act
    assert ("kovacs", "assassination", "affirm") in _claims("ZHZ: Then Kovacs started to shoot the refugees dead.")


def test_a_journey_refused_is_none() -> None:
    assert not any(a == "travel" for _s, a, _p in _claims("TAN has refused to travel to Arusha to testify."))


def test_your_trip_is_the_one_addressed() -> None:
    # before: "your trip" was the speaker's ("we were talking of ...")
    got = _claims("KOUENGOUA: Before this interruption we were talking of your trip to Rwanda in August 1994.")
    assert not any(s == "kouengoua" for s, _a, _p in got)
    # guard: in a question read with its answer, "your" is the witness
    got = extract_text("MORRIS: Did you make your trip to Rwanda in August 1994?\nFORGES: Yes.")
    assert ("forges", "travel", "affirm") in {(c.subject, c.act, c.polarity) for c in got}


def test_one_of_the_bombs_placed() -> None:
    assert ("zougam", "terrorism", "affirm") in _claims(
        "The court held that Jamal Zougam had placed one of the rucksack bombs on the train at Santa Eugenia.")


def test_on_a_named_persons_orders_is_that_persons_order() -> None:
    # the gold sets give the one named the order five times in eight ("on Yagoda's orders")
    got = _claims("The prosecution alleged that Levin and Pletnev had poisoned Gorky in 1936 on Yagoda's orders.")
    assert {("yagoda", "gave_instructions", "affirm"), ("levin", "poisoning", "affirm"),
            ("pletnev", "poisoning", "affirm")} <= got
    # guard: a service's orders give no one an order; "on his orders" is left alone
    assert not any(a == "gave_instructions" for _s, a, _p in _claims("They poisoned Petrov on the KGB's orders."))
    assert not any(a == "gave_instructions" for _s, a, _p in _claims("Petrov was shot on his orders."))


def test_sold_the_power_something() -> None:
    assert ("pelton", "espionage", "Soviet Union") in _powers(
        "Between 1980 and 1985 Ronald Pelton sold the KGB what he remembered of Operation Ivy Bells.")
    # guard: selling a thing is no espionage, nor a demonym naming no power
    assert _claims("Kovacs sold the farm in 1936.") == set()
    assert _claims("Kovacs sold the British engineers a tour.") == set()


def test_a_long_first_sentence_of_a_plea_answer() -> None:
    # before: a bare first sentence was read only up to 40 characters
    got = extract_text("JUDGE: Sergeant Kovacs, how do you plead?\nKOVACS: Guilty, Your Honor, to desertion and to "
                       "misbehavior before the enemy. I walked away from the post on my own.")
    assert ("kovacs", "plea", "affirm") in {(c.subject, c.act, c.polarity) for c in got}
    # guard: a long first sentence with a clause of its own is no bare answer
    got = extract_text("JUDGE: Did you meet Petrov in Lyon in 1936?\nKOVACS: Yes, but it was my brother who met him "
                       "there and not me at all. I stayed in Paris.")
    assert ("kovacs", "meeting", "affirm") not in {(c.subject, c.act, c.polarity) for c in got}


def test_a_massacre_laid_on_a_commanders_patrol() -> None:
    # before: "the massacre" counted only as what a verdict or a charge named
    assert ("hurtado", "assassination", "affirm") in _claims(
        "The commission laid the massacre of 14 August 1985 at Accomarca on the patrol of Second Lieutenant "
        "Telmo Hurtado.")
    assert ("ortiz", "terrorism", "affirm") in _claims("The report blamed the bombing on Ortiz.")
    # guard: a massacre spoken of is no one's
    assert _claims("After the massacre at Accomarca, Hurtado went to Lima.") == {("hurtado", "travel", "affirm")}


def test_a_bad_lists_key_names_file_entry_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "case-acts.yaml"
    bad.write_text("acts:\n  travel:\n    description: a journey\n    triggers: [went]\n    verb_object:\n"
                   "      - verbs: [hauled]\n        objects: [to]\n        lists: often\n")
    with pytest.raises(InvalidVocabulary) as err:
        load_vocabulary([bad])
    assert "case-acts.yaml" in str(err.value) and "lists" in str(err.value) and "verb_object[0]" in str(err.value)


def test_an_act_asked_of_a_group_is_not_the_askers() -> None:
    # before: "asked the policemen to kill" was the asker's killing ("asked them to" was already a plan)
    assert _claims("Gacumbitsi asked the policemen to kill the Tutsi.") == set()
    got = _claims("ZIZ: I said that the lieutenant of the gendarmes asked their group to shoot at them.")
    assert not any(s == "ziz" for s, _a, _p in got)
    # guard: urging the crowd to kill stays the urger's order
    assert ("gacumbitsi", "gave_instructions", "affirm") in _claims("Gacumbitsi urged the crowd to kill the Tutsi.")


def test_nothing_to_do_with_them_points_back_to_the_crime() -> None:
    # before: "them" named no crime, and the text passed no prefilter
    assert ("osman", "terrorism", "deny") in _claims("OSMAN: I condemn these attacks, and I had nothing to do with them.")
    assert ("osman", "assassination", "deny") in _claims(
        "OSMAN: I condemn the murder of Petrov, but I had nothing to do with it.")
    # guard: no crime named before it, no claim
    assert _claims("OSMAN: I had nothing to do with them.") == set()


def test_we_after_a_name_joined_with_i() -> None:
    # before: "we" was the speaker alone
    got = _claims("SELIGER: That afternoon Lingg and I made bombs in my house. That evening we carried them in a "
                  "trunk to Neff's Hall.")
    assert {("seliger", "travel", "affirm"), ("lingg", "travel", "affirm")} <= got
    # guard: a person met is not one of "we"
    got = _claims("KOVACS: I met Petrov in Lyon. Then we went to Vienna.")
    assert ("kovacs", "travel", "affirm") in got and ("petrov", "travel", "affirm") not in got
