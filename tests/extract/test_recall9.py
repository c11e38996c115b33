"""Round 9, after the merge: the lead's own probe sentences that still made no claim."""

from countertrial.extract import extract_text


def _got(text: str) -> set[tuple[str | None, str]]:
    return {(c.subject, c.act) for c in extract_text(text)}


def test_leading_or_running_an_act_said_as_a_noun_is_that_act() -> None:
    """"Brown headed the plot": an unknown name before "headed", "organised", "led" ... is a person
    (these verbs join `person_verbs`), and the noun after the verb is that person's act."""
    assert ("brown", "conspiracy") in _got("Brown headed the plot in 1932.")
    assert ("zinoviev", "conspiracy") in _got("Zinoviev organised the plot in 1932.")
    assert ("zinoviev", "conspiracy") in _got("Zinoviev led the conspiracy in 1932.")
    assert ("brown", "other") in _got("Brown committed the robbery in Boston in 1920.")


def test_an_article_opening_an_unknown_towns_name() -> None:
    """"at El Mozote", "at La Cantuta": a two-letter first word was taken for an initial, so the
    town the gazetteer lacks was no place."""
    got = {(c.subject, c.act, c.place) for c in extract_text("Ruiz killed the villagers at El Mozote in December 1981.")}
    assert ("ruiz", "assassination", "El Mozote") in got
    got = {(c.subject, c.place) for c in extract_text("Ruiz killed the students at La Cantuta in 1992.")}
    assert ("ruiz", "La Cantuta") in got


def test_a_hyphenated_given_name_after_the_family_name() -> None:
    """"Kim Dae-jung" was read as "Kim Dae" and given the id ``dae``; the family name comes first."""
    got = _got("The court-martial found that Kim Dae-jung had plotted an insurrection in Gwangju in May 1980.")
    assert ("kim", "conspiracy") in got
    assert ("chiang", "meeting") in _got("Chiang Kai-shek met Stalin in Moscow in 1923.")
    # a hyphenated surname keeps both halves
    assert ("fischer_schweder", "meeting") in _got("Fischer-Schweder met Kovtun in Hamburg.")


def test_a_hyphenated_demonym_names_no_power() -> None:
    """"a German-born engineer": the guide's trap; the power is the one the secrets went to."""
    got = {(c.subject, c.foreign_power) for c in extract_text("A German-born engineer, Fuchs, passed secrets to the Russians.")}
    assert len(got) == 1 and got <= {("fuchs", "Soviet Union"), ("fuchs", "Russia")}  # (dated by the session)


def test_signing_an_order_with_a_modifier_is_giving_it() -> None:
    """"signed the deportation order": only "signed the order" / "signed an order" were triggers."""
    assert ("antonescu", "gave_instructions") in _got("Antonescu signed the deportation order for the Jews of Bessarabia in October 1941.")
    text = "PROSECUTOR: You signed the deportation order in Bessarabia in 1941, did you not?\nANTONESCU: I did."
    assert ("antonescu", "gave_instructions") in _got(text)


def test_a_year_between_a_verdict_and_its_charge_dates_the_verdict() -> None:
    """"was convicted in 1926 of the murder": the year of the verdict, not of the murder (the guide);
    only a day or a month there was dropped before."""
    got = [(c.subject, c.time.text if c.time and c.time.text else None) for c in extract_text("Dumini was convicted in 1926 of the murder of Matteotti.")]
    assert got == [("dumini", None)]
    got = [(c.subject, c.time.text if c.time and c.time.text else None) for c in extract_text("Dumini was convicted of the murder of Matteotti in 1924.")]
    assert got == [("dumini", "1924")]


def test_an_accusation_then_which_he_denied_is_also_his_denial() -> None:
    """The guide: an accusation and the accused's denial of it are two claims, affirm and deny."""
    text = ("At the trial the prosecutor claimed that Horáková had met the American agent Kiska in Prague in 1948, "
            "which she denied.")
    got = {(c.subject, c.act, c.polarity) for c in extract_text(text)}
    assert got == {("horakova", "meeting", "affirm"), ("horakova", "meeting", "deny")}
    # someone else's denial is not the subject's
    got = {(c.subject, c.polarity) for c in extract_text("Sedov met Holtzman in Copenhagen, which Trotsky denied.")}
    assert got == {("sedov", "affirm")}


def test_a_when_or_where_question_answered_by_a_time_or_place_alone() -> None:
    """"When did you first meet Gubitchev?" / "In the spring of 1948, in New York.": the witness
    affirms the meeting, with the answer's time and place (no claim before)."""
    text = "PROSECUTOR: When did you first meet Gubitchev?\nCOPLON: In the spring of 1948, in New York."
    got = [(c.subject, c.act, c.polarity, c.place, c.time.start.year if c.time.start else None)
           for c in extract_text(text)]
    assert got == [("coplon", "meeting", "affirm", "New York", 1948)]
    got = [(c.subject, c.place) for c in extract_text("PROSECUTOR: Where did you meet Sedov?\nHOLTZMAN: At the Hotel Bristol in Copenhagen.")]
    assert got == [("holtzman", "Hotel Bristol")]
    # an answer that does not give the time affirms nothing
    assert extract_text("PROSECUTOR: When did you meet Sedov?\nHOLTZMAN: I do not remember.") == []


def test_letters_that_carry_no_accent_fold_in_ids() -> None:
    """"Wałęsa" had the id ``wa_esa`` and "Đurišić" ``urisic``: Ł, Đ, Ø, ß do not decompose."""
    from countertrial.resolve.persons import person_slug

    assert person_slug("Lech Wałęsa") == "walesa"
    assert person_slug("Pavle Đurišić") == "durisic"
    assert person_slug("Hans Müßig") == "mussig"
    # a transcript's capitals: "KIM DAE-JUNG:" is kim; a short hyphenated surname stays whole
    assert person_slug("KIM DAE-JUNG") == "kim"
    assert person_slug("JOHN SMITH-JONES") == "smith_jones"


def test_guilty_or_not_guilty_answered() -> None:
    """"How say you, are you guilty or not guilty?" / "Not guilty.": the question offers both, the
    answer's words decide (it was read as a plea of guilty, turned round by "not", and affirmed)."""
    text = ("CLERK: William Joyce, you stand charged with high treason. How say you, are you guilty or not guilty?\n"
            "JOYCE: Not guilty.")
    assert [(c.subject, c.act, c.polarity) for c in extract_text(text)] == [("joyce", "plea", "deny")]
    text = "CLERK: How say you, are you guilty or not guilty?\nJOYCE: Guilty."
    assert [(c.subject, c.act, c.polarity) for c in extract_text(text)] == [("joyce", "plea", "affirm")]


def test_going_to_the_gallows_is_no_journey() -> None:
    assert extract_text("Early on 27 June 1950 Horáková went to the gallows in the yard of Pankrác prison.") == []
    assert extract_text("Mata Hari went to her death at Vincennes in October 1917.") == []
    assert ("horakova", "travel") in _got("Horáková went to Prague in 1950.")


def test_not_accepting_that_one_did_it_denies_it() -> None:
    """"does not accept, and has never accepted, that he ordered the torture": a denial (the act was
    read as affirmed)."""
    text = "NICHOLLS: Senator Pinochet does not accept, and has never accepted, that he ordered the torture of anyone."
    assert [(c.subject, c.act, c.polarity) for c in extract_text(text)] == [("pinochet", "gave_instructions", "deny")]
    got = [(c.subject, c.polarity) for c in extract_text("Pinochet never accepted that he ordered the killings in Santiago.")]
    assert got == [("pinochet", "deny")]


def test_a_fragment_answer_in_a_longer_answer() -> None:
    """The first sentence gives the time and place, the rest goes on ("Mr." in the question is no
    sentence end)."""
    text = ("PALMER: Where did you first meet Mr. Gubitchev?\nCOPLON: At the Museum of Modern Art in New York, "
            "in September 1948. We were standing in front of the same painting, and he spoke to me first.")
    got = [(c.subject, c.act, c.polarity, c.time.start.month if c.time.start else None) for c in extract_text(text)]
    assert got == [("coplon", "meeting", "affirm", 9)]
    assert extract_text("PROSECUTOR: When did you meet Sedov?\nHOLTZMAN: I do not remember. It was in Paris.") == []
