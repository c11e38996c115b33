"""Round 28: vocabulary for acts the rules had no words for, each class found on seen items' missed
claims and written for the test with invented names; the classes follow docs/annotation-guide.md.
Each failed before the round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01", asserted_by: str | None = None
            ) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity)
            for c in extract_text(text, stated_on=stated_on, asserted_by=asserted_by)}


def test_keeping_to_a_statement_named_before_is_a_plea() -> None:
    # before: no plea ("stand by it", "maintain them", "adhere to every word" were no cue)
    got = _claims("JUDGE: You made a statement to the magistrate on 8 May. Do you stand by it?\n"
                  "VARGA: I stand by it. I went to Riga for that and for nothing else.")
    assert ("varga", "plea", "affirm") in got
    got = _claims("PRESIDENT: Accused Orlov, do you maintain the statements you made to the examining "
                  "magistrate?\nORLOV: I maintain them. I shot Petrov, and I did it alone.")
    assert ("orlov", "plea", "affirm") in got
    got = _claims("JUDGE: Do you adhere to it?\nPETROV: I adhere to every word of it.")
    assert ("petrov", "plea", "affirm") in got


def test_a_no_to_keeping_a_statement_denies_the_plea() -> None:
    got = _claims("JUDGE: The prosecution relies on the confession you signed in March. Do you stand by it?\n"
                  "VARGA: No, sir. I did not make that statement of my own will.")
    assert ("varga", "plea", "deny") in got


def test_maintaining_that_something_is_so_is_no_plea() -> None:
    # guard: "maintain that" reports a claim, it keeps to no statement
    got = _claims("VARGA: I maintain that Orlov was in Paris that week.")
    assert not any(act == "plea" for _s, act, _p in got)


def test_having_someone_arrested_is_an_order() -> None:
    # before: no claim ("had her arrested" named no act), or the killing itself for "had him shot"
    assert ("varga", "gave_instructions", "affirm") in _claims(
        "In August Judge Varga had her arrested in the courtroom for contempt.")
    assert ("orlov", "gave_instructions", "affirm") in _claims(
        "Before dawn on 12 May 1936 General Orlov had Petrov seized at the hot springs outside Tiflis.")
    assert ("varga", "gave_instructions", "affirm") in _claims(
        "The judge found that Varga had had the survivors taken to the barracks.")


def test_the_pluperfect_is_no_order() -> None:
    # guards: "had arrested", "had already arrested", "had been arrested", "had fired the shot"
    assert ("orlov", "gave_instructions", "affirm") not in _claims("Orlov had arrested the men at dawn.")
    assert ("orlov", "gave_instructions", "affirm") not in _claims("Orlov had already arrested the men.")
    assert not _claims("Orlov had been arrested in May.")
    assert ("orlov", "gave_instructions", "affirm") not in _claims(
        "The court convicted Orlov, the guard who had fired the shot that killed Petrov.")
    # ... nor having a thing done
    assert not _claims("ORLOV: We asked the court to have it removed from the list.")


def test_zhang_is_not_yang() -> None:
    # before: a name opening with "Zh" folded to the same key as one opening with "Y" (zh -> j -> y),
    # so "Zhang" after "Yang Hucheng" was Yang
    got = _claims("Zhang Xueliang and Yang Hucheng met Chiang Kai-shek at Lintong; when Chiang was let go, "
                  "Zhang flew back with him to Nanjing.")
    assert ("zhang", "travel", "affirm") in got
    assert ("yang", "travel", "affirm") not in got


def test_zh_inside_a_name_still_meets_j() -> None:
    # guard: Khodzhayev and Khodjayev are one man, as before
    got = _claims("Khodzhayev met Ikramov in Tashkent. Khodjayev went to Moscow in 1937.")
    assert ("khodzhayev", "travel", "affirm") in got


def test_a_plot_to_overthrow_the_government_is_treason() -> None:
    # before: conspiracy (the guide since heldout20 reads a plot to overthrow as treason; the older
    # sets read it as conspiracy, so heldout4 and heldout7 lose claims)
    got = _claims("A military tribunal convicted Pavel Varga of plotting to overthrow Orlov's government.")
    assert ("varga", "treason", "affirm") in got
    assert ("varga", "conspiracy", "affirm") not in got
    got = _claims("Varga and Petrov were convicted of seditious conspiracy to overthrow the government by force.")
    assert {("varga", "treason", "affirm"), ("petrov", "treason", "affirm")} <= got


def test_a_rebellion_and_a_rising_against_the_sovereign_are_treason() -> None:
    assert ("varga", "treason", "affirm") in _claims("Then Varga raised rebellion against the Empress.")
    assert ("varga", "treason", "affirm") in _claims(
        "Then Varga called on his comrades to turn out and rise against their officers.")
    assert ("varga", "treason", "deny") in _claims("VARGA: I have never plotted a rising against the King.")


def test_rising_against_a_people_is_no_treason() -> None:
    # guard: "rise up against" counts only against a ruler, a government or officers
    got = _claims("Did you hear Varga incite the militiamen to rise up against the refugees? No.")
    assert not any(act == "treason" for _s, act, _p in got)


def test_sitting_and_talking_and_an_audience_are_meetings() -> None:
    got = _claims("LEONARD: Mr Varga, did you hand Mr Orlov any document that evening?\n"
                  "VARGA: No. We sat and talked, that is all.")
    assert ("varga", "meeting", "affirm") in got
    assert ("petrov", "meeting", "affirm") in _claims(
        "Petrov, who had just come from an audience with the King at the castle, was shot dead on the platform.")


def test_crimes_of_speech_and_desertion_are_other() -> None:
    # before: no claim (sedition, subversion, agitation and desertion were no act's words)
    assert ("varga", "other", "affirm") in _claims(
        "In 1977 Pavel Varga was sentenced to seven years in a camp for anti-Soviet agitation and propaganda.")
    assert ("varga", "other", "affirm") in _claims(
        "The court sentenced Pavel Varga to eleven years for inciting subversion of state power.")
    assert ("varga", "other", "deny") in _claims(
        "VARGA: I carried on no agitation against the state and spread no slander about it.")
    assert ("varga", "other", "affirm") in _claims("Pavel Varga, who in 1967 had deserted from the army, fled to Cyprus.")


def test_deserting_to_a_power_is_still_treason() -> None:
    # guard
    got = _claims("In 1943 Pavel Varga deserted to the Germans.")
    assert ("varga", "treason", "affirm") in got
    assert ("varga", "other", "affirm") not in got


def test_on_his_orders_gives_the_owner_the_order() -> None:
    # before: no claim ("on his orders" was left alone; only "on Yagoda's orders" counted)
    assert ("petrov", "gave_instructions", "affirm") in _claims(
        "Ivan Petrov was the camp's commandant, and between May and July some four hundred prisoners were "
        "deported from Lvov to the east on his orders.")
    got = _claims("The court found that Pavel Varga founded the group in April, and that on his instructions "
                  "Orlov set fire to two party offices in Minsk.")
    assert ("varga", "gave_instructions", "affirm") in got
    # ... and the act done under them is the doer's, not the owner's
    assert ("orlov", "sabotage", "affirm") in got
    assert ("varga", "sabotage", "affirm") not in got


def test_a_preposition_opening_a_sentence_is_no_name() -> None:
    # before: "Between May" was a person who was deported
    got = _claims("Between May and July some 437,000 Jews were deported from Hungary to Auschwitz.")
    assert not any(s and s.startswith("between") for s, _a, _p in got)


def test_who_told_you_named_in_the_answer_gives_both_sides_of_the_order() -> None:
    # before: no claim ("told you to" was no trigger), or the giver's order alone
    got = _claims("COUNSEL: Mr Varga, the prisoners you beat in the hangar, who told you to do it?\n"
                  "VARGA: Orlov. At night he would point at a man, and I did what he said.")
    assert {("orlov", "gave_instructions", "affirm"), ("varga", "received_instructions", "affirm")} <= got
    got = _claims("PRESIDENT: Who gave you the order to kill Petrov?\nVARGA: Orlov.")
    assert {("orlov", "gave_instructions", "affirm"), ("varga", "received_instructions", "affirm")} <= got


def test_who_gave_the_order_answered_i_did_is_no_order_received() -> None:
    # guard: the witness who gave it received none
    got = _claims("PRESIDENT: Who gave the order to arrest him?\nVARGA: I did.")
    assert ("varga", "gave_instructions", "affirm") in got
    assert not any(act == "received_instructions" for _s, act, _p in got)


def test_more_words_of_going() -> None:
    # before: no journey ("visits to", "trips to", "ran to", "gone out to", "gone abroad" were no trigger)
    assert ("varga", "travel", "affirm") in _claims(
        "Pavel Varga admitted that the GRU recruited him on one of his visits to Russia in the mid-1990s.")
    assert ("varga", "travel", "affirm") in _claims(
        "The judge said that Pavel Varga had made reconnaissance trips to New York in 2000 and 2001.")
    assert ("varga", "travel", "affirm") in _claims("VARGA: When I heard the shots I ran to the President's office.")
    assert ("varga", "travel", "affirm") in _claims(
        "Pavel Varga, who had gone out to Seoul as minister in September 1895, resolved to act.")


def test_money_in_old_and_other_currencies_from_someone() -> None:
    # before: no claim (the sou, the rial and the leu were no currency of the money entry)
    assert ("varga", "received_instructions", "deny") in _claims(
        "VARGA: I have never received a sou from Pitt or from any Englishman.")
    assert ("varga", "received_instructions", "deny") in _claims(
        "VARGA: I never took a rial from any foreign government.")


def test_that_it_is_a_lie_answers_a_charge_no() -> None:
    # before: no claim ("That it is a lie." and "That it is absurd." were no bare answer)
    assert ("varga", "treason", "deny") in _claims(
        "PRESIDENT: What do you answer to the charge of intelligence with the enemy?\n"
        "VARGA: That it is absurd, and that those who drew it up know it.")
    assert ("varga", "meeting", "deny") in _claims(
        "PRESIDENT: Varga, what do you answer to the charge that you met Sedov in Paris in 1936?\n"
        "VARGA: That it is a lie. I was in Prague the whole year.")


def test_founding_a_clandestine_or_armed_body_is_conspiracy() -> None:
    # before: terrorism for "set up a terrorist group", nothing for "founded there an underground group"
    got = _claims("The investigation has established that in April 2014 Pavel Varga set up a terrorist group in Crimea.")
    assert ("varga", "conspiracy", "affirm") in got
    assert ("varga", "conspiracy", "affirm") in _claims(
        "Pavel Varga made his way to Cyprus and founded there an underground group he called National Resistance.")


def test_founding_a_party_is_no_conspiracy() -> None:
    # guard
    assert not _claims("Pavel Varga founded the Progressive Union in August 1963.")


def test_sending_armed_men_is_an_order() -> None:
    # before: no claim
    assert ("varga", "gave_instructions", "affirm") in _claims(
        "The prosecution will prove that the accused Pavel Varga sent the soldiers down to retake the fort.")
    assert ("varga", "gave_instructions", "affirm") in _claims(
        "Pavel Varga was condemned for having sent the militia against the partisans of the plateau early in 1944.")
    assert ("varga", "gave_instructions", "deny") in _claims(
        "VARGA: I never sent a single soldier to the stadium that day.")


def test_approval_given_is_an_order() -> None:
    # before: no claim, or the plot itself for the one who approved it
    assert ("orlov", "gave_instructions", "affirm") in _claims(
        "Varga said that he had seen General Pavel Orlov, who had given the plot his approval.")
    assert ("petrov", "gave_instructions", "affirm") in _claims(
        "VARGA: I took that oath in 1943 because there was no other way to get arms, and I bear the consequences. "
        "But everything I did, I did with Marshal Petrov's approval.")


def test_complying_with_instructions_gives_no_order() -> None:
    # guard: "with" counts before "approval" only
    got = _claims("VARGA: I had to comply with their instructions in order to preserve my life.")
    assert not any(act == "gave_instructions" for _s, act, _p in got)
