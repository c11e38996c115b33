"""Round 24: rules read off the development sets already read (heldout20-22, 24, 26), where the
same order-shaped sentences were missed in several sets, and off heldout27, the session's fresh
development set (written by two annotators apart, scored once out of sample before any of its
errors were read). Each sentence is written for the test after a seen item of that class; each
failed before the round, but the guards."""

from __future__ import annotations

from countertrial.extract import extract_text


def _claims(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on=stated_on)}


def test_nobody_sent_me_denies_an_order_received() -> None:
    # before: no claim ("sent" alone is a journey's sender, and "nobody" sent no one anywhere)
    assert _claims("KORVEN: Nobody sent me, no priest and no party; I answer for it alone.") == {
        ("korven", "received_instructions", "deny")}
    assert _claims("KORVEN: Nobody sent us; we went in on our own.") == {("korven", "received_instructions", "deny")}


def test_someone_sent_me_is_still_a_journey_only() -> None:
    # guard: a named sender is the sender's order, not a denial
    assert ("korven", "received_instructions", "deny") not in _claims("KORVEN: Balint sent me to Vienna in 1931.")


def test_an_order_from_someone_unnamed_is_received() -> None:
    # before: no claim (the order's giver, "an officer", is no one the text names)
    assert _claims("KORVEN: An officer from another battalion ordered me to shoot.") == {
        ("korven", "received_instructions", "affirm")}
    assert _claims("KORVEN: My commanders had told me to spare the civilians, and I obeyed them.") >= {
        ("korven", "received_instructions", "affirm")}


def test_an_order_from_an_unnamed_he_is_received() -> None:
    # before: no claim ("he" points at no one named)
    got = _claims("KORVEN: A man from another unit was in the car with us, and he ordered me to fire.")
    assert ("korven", "received_instructions", "affirm") in got


def test_an_order_from_someone_named_stays_the_givers() -> None:
    # guard: the gold's convention, "Himmler ordered me to ..." is Himmler's order only
    got = _claims("KORVEN: In 1941 Balint ordered me to destroy the bridge.")
    assert ("balint", "gave_instructions", "affirm") in got
    assert ("korven", "received_instructions", "affirm") not in got


def test_nobody_sent_me_a_letter_is_no_order() -> None:
    # guard: a thing sent, not the speaker sent on a mission
    assert _claims("KORVEN: I came back in June, but no one sent me a letter or a fax.") == set()


def test_told_me_to_be_patient_is_advice() -> None:
    # guard: "to be" after an unnamed giver's "told me" is advice, no order received
    assert _claims("KORVEN: A clerk told me to be patient and to come back the next day.") == set()


def _facts(text: str, stated_on: str = "1990-01-01") -> set[tuple[str | None, str, str, str | None, str | None]]:
    out = set()
    for c in extract_text(text, stated_on=stated_on):
        t = c.time
        out.add((c.subject, c.act, c.polarity, t.start.isoformat() if t and t.start else None,
                 t.end.isoformat() if t and t.end else None))
    return out


def test_a_passive_with_a_manner_adverb_names_its_victim() -> None:
    # before: "Kahane was fatally shot" made Kahane the killer
    assert _claims("Rabbi Korven was fatally shot last night in Manhattan.", "1990-11-06") == set()
    assert _claims("Korven was later summarily executed in Riga.") == set()


def test_an_anniversary_dates_the_act() -> None:
    # before: "Seventy years ago today" was read as the day of writing ("today"), and "Twenty-five
    # years ago" as five years ago
    got = _facts("Seventy years ago today Lieutenant Korven flew to Milan.", "2014-10-13")
    assert ("korven", "travel", "affirm", "1944-10-13", "1944-10-13") in got
    got = _facts("Two hundred years ago tonight General Korven walked into the Popincourt barracks.", "2012-10-22")
    assert ("korven", "travel", "affirm", "1812-10-22", "1812-10-22") in got


def test_a_list_of_years_is_their_range() -> None:
    # before: the first year alone
    got = _facts("KORVEN: I sold the papers to the Russians in 1965, 1966 and 1967.")
    assert ("korven", "espionage", "affirm", "1965-01-01", "1967-12-31") in got


def test_bodies_and_cars_are_no_persons() -> None:
    # before: "Special Branch" was a person "branch", "Société des Saisons" one "saisons", "a blue Ford
    # Cortina" one "cortina"
    assert _claims("On 15 March 1965 Special Branch officers walked into a room at the Ivanhoe Hotel.") == set()
    got = _claims("Korven called out the members of the secret Société des Saisons in an armed rising in Paris.")
    assert all(s == "korven" for s, _, _ in got)
    assert _claims("A car bomb in a blue Ford Cortina went off outside the Parade Hotel, killing three women.") == set()


def test_a_coup_is_treason_and_a_planned_one_a_plot() -> None:
    # before: both conspiracy; the gold sets since heldout12 read a coup as treason
    assert ("korven", "treason", "affirm") in _claims("Korven led the coup of 12 December 1979 in Seoul.")
    assert ("korven", "conspiracy", "affirm") in _claims("In 1971 Korven drew up the outline of a coup in Shanghai.")


def test_something_sent_to_someone_is_no_journey() -> None:
    # before: "I sent Kappler a list" made Kappler travel
    assert _claims("KORVEN: The next morning I sent Balint a list of fifty names from the prisoners in Riga.") == set()
    assert ("korven", "travel", "affirm") in _claims("KORVEN: Balint sent me the next day to Oslo.")


def test_orders_told_received_and_refused() -> None:
    # before: no claim for any of these
    got = _claims("KORVEN: I went to the hotel where Minister Balint was staying, and he told me that I had to give them.")
    assert ("balint", "gave_instructions", "affirm") in got
    assert ("korven", "received_instructions", "affirm") in _claims("KORVEN: Those were the orders we had from above.")
    assert ("korven", "received_instructions", "deny") in _claims(
        "KORVEN: I went over to them of my own free will; nobody forced me to do any of it.")
    assert ("korven", "received_instructions", "affirm") in _claims(
        "KORVEN: Everything I did there I did on the orders of my superiors.")



def test_leaving_for_a_place_with_a_time_between() -> None:
    # before: no claim ("left Paris ... for Brussels" with eight words between)
    got = _claims("General Korven left Paris on the evening of 1 April 1889 for Brussels with his mistress.", "2009-08-14")
    assert ("korven", "travel", "affirm") in got


def test_a_confession_wrung_from_one_is_withdrawn() -> None:
    # before: no claim
    assert ("korven", "plea", "deny") in _claims("Korven told the court that her confession had been wrung from her "
                                                 "by the paratroopers.")


def test_slipping_back_into_a_country_is_a_journey() -> None:
    # before: no claim
    assert ("korven", "travel", "affirm") in _claims("Korven had slipped back into Cameroon from exile in 1961.")


def test_coming_to_power_or_going_on_to_serve_is_no_journey() -> None:
    # before: "until Hitler came to power" and "who went on to serve" were journeys
    assert _claims("He lived in Berlin until Balint came to power.") == set()
    assert _claims("Korven, who went on to serve the occupiers as prime minister, was tried in Athens in 1945.") == set()
    assert ("korven", "travel", "affirm") in _claims("KORVEN: I went on to Vienna.")


def test_news_told_by_someone_is_no_order() -> None:
    # before: "I was told by people I trusted that ..." was an order received
    assert _claims("KORVEN: I was told by people I trusted that help was coming, and I believed them.") == set()
    assert ("korven", "received_instructions", "affirm") in _claims("KORVEN: I was told by Balint to burn the papers.")


def test_not_taking_back_a_word_confirms() -> None:
    # before: no claim
    assert ("korven", "plea", "affirm") in _claims("KORVEN: I said it on my channel in April, and I do not take back "
                                                   "a word of it.")


def test_riding_out_making_for_a_town_and_a_route() -> None:
    # before: no claim; and the route ("by way of Shanghai") was the journey's place
    got = {(c.subject, c.act, c.place) for c in extract_text(
        "On the evening of 29 December 1895 Korven rode out of Pitsani at the head of five hundred men, making for "
        "Johannesburg.", stated_on="1995-12-29")}
    assert ("korven", "travel", "Johannesburg") in got
    got = {(c.subject, c.act, c.place) for c in extract_text("KORVEN: I left for Singapore by way of Shanghai.")}
    assert got == {("korven", "travel", "Singapore")}


def test_privy_to_a_plot_is_conspiracy() -> None:
    # before: no claim
    got = _claims("KORVEN: Sir Peter Carew and Sir James Croft were privy to it before ever I stirred in Kent.")
    assert {("carew", "conspiracy", "affirm"), ("croft", "conspiracy", "affirm")} <= got


def test_orders_of_the_camp_staff_and_bodies_no_person() -> None:
    # before: no claim ("as an interpreter" between), and "St Martin", "the Canadian Expeditionary Force"
    # were persons
    assert ("korven", "received_instructions", "affirm") in _claims(
        "KORVEN: Whatever I did at the camp I did as an interpreter on the orders of the camp staff.")
    got = _claims("Korven, the son of a man who had won the Military Medal with the Canadian Expeditionary Force, "
                  "went to Japan as a young man.")
    assert got == {("korven", "travel", "affirm")}
    assert all(s != "martin" for s, _, _ in _claims(
        "Korven was hiding in an alpine hut above St Martin in Passeier when soldiers took him prisoner."))


def test_going_to_an_office_holder_is_a_meeting() -> None:
    # before: a journey to Tokyo (the guide: going to someone is meeting him)
    got = {(c.subject, c.act, c.foreign_power, c.place) for c in extract_text(
        "KORVEN: I went to the British ambassador in Tokyo and asked to be taken into the British army.")}
    assert ("korven", "meeting", "Britain", "Tokyo") in got
    assert ("korven", "travel", None, "Tokyo") not in got


def test_orders_received_from_me_are_mine() -> None:
    # before: the one who received them, or no claim
    assert ("korven", "gave_instructions", "deny") in _claims("KORVEN: Not one of the men sitting beside me ever "
                                                              "received an order from me.")
    assert ("korven", "gave_instructions", "affirm") in _claims("KORVEN: Balint received orders from me in 1937.")


def test_conspiring_to_cause_explosions_is_terrorism() -> None:
    # before: the plotters' sabotage (the British charge; the gold sets read it as terrorism)
    got = _claims("In 1973 an Old Bailey jury convicted Korven and Balint of conspiring to cause explosions.")
    assert {("korven", "terrorism", "affirm"), ("balint", "terrorism", "affirm")} <= got
    # guard: a boiler's explosion caused at a power station stays sabotage
    assert ("korven", "sabotage", "affirm") in _claims("KORVEN: In March 1932 I caused the explosion of the boiler "
                                                       "at the Moscow power station.")


def test_a_statement_then_a_tag_question_is_answered() -> None:
    # before: no claim (the answer was read against the tag "Do you deny that?", which names no act)
    text = ("PROSECUTOR: On the evening of 14 June you drove to the Marine Parade. Do you deny that?\n"
            "KORVEN: No, I do not deny it.")
    assert ("korven", "travel", "affirm") in _claims(text)
    text = ("PROSECUTOR: On 17 June 1944 you issued an order to your commanders that the partisans were to be "
            "fought with every means. Is that correct?\nKORVEN: That is correct.")
    assert ("korven", "gave_instructions", "affirm") in _claims(text)


def test_a_bare_answer_to_do_you_deny_is_turned_round() -> None:
    # before: no claim; "No." to "Do you deny it?" affirms, "Yes." denies
    q = "PROSECUTOR: On the evening of 14 June you drove to the Marine Parade. Do you deny it?\n"
    assert ("korven", "travel", "affirm") in _claims(q + "KORVEN: No.")
    assert ("korven", "travel", "deny") in _claims(q + "KORVEN: Yes.")
    # guard: an ordinary question keeps the answer's polarity
    assert ("korven", "travel", "deny") in _claims("PROSECUTOR: Did you drive to the Marine Parade?\nKORVEN: No.")


def test_committing_no_crime_pleads_not_guilty() -> None:
    # before: a crime (`other`) denied
    assert _claims("KORVEN: I refused the amnesty because I have committed no crime, and I want a verdict.") == {
        ("korven", "plea", "deny")}


def test_discussing_arguing_confronting_someone_is_a_meeting() -> None:
    # before: no claim
    assert ("korven", "meeting", "affirm") in _claims("KORVEN: I discussed it with Chief Minister Balint himself in April.")
    assert ("korven", "meeting", "affirm") in _claims("KORVEN: I flew there with the others, and I argued with Balint there.")
    assert ("korven", "meeting", "affirm") in _claims("Korven flew to the Crimea and confronted Mikhail Balint at his dacha.")
    # guard: only with a person named right after
    assert _claims("KORVEN: I confronted the evidence.") == set()


def test_sending_ones_son_somewhere_is_his_journey() -> None:
    # before: no claim (a kin word between "sent" and the name)
    got = _claims("KORVEN: This year I sent my son Juan Balint to New Orleans with Licenciado Herrera.")
    assert {("balint", "travel", "affirm"), ("herrera", "travel", "affirm")} <= got
