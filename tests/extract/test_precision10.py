"""Round 10, precision on real transcripts read the way a user reads them (ingested turns of the
Gacumbitsi, Popović, Post Office, Ferguson and New York transcripts, then ``extract``): in a random
sample of sixty claims, twenty-seven were right. Witnesses' wishes, threats and might-have-beens
were taken for acts ("people who wanted to kill me", "I could have reached Nyarubuye at six").
Each test failed before the rule it names; the sentences are written for the test."""

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}


def test_wishes_threats_and_attempts_are_no_acts() -> None:
    assert _claims("MUGABO: I was hunted by men who wanted to kill me.") == set()
    assert _claims("MUGABO: That is why I wanted to go to Butare, because I had heard the news.") == set()
    assert _claims("MUGABO: I fled from hill to hill to escape from the people trying to kill me.") == set()
    assert _claims("MUGABO: Then the soldiers also wanted to start killing the refugees.") == set()
    assert _claims("Kolar threatened to kill the guard.") == set()
    assert _claims("Kolar tried to kill the guard in 1951.") == set()
    # the act itself stays
    assert ("kolar", "assassination", "affirm") in _claims("Kolar killed the guard in 1951.")
    assert ("mugabo", "travel", "affirm") in _claims("MUGABO: That is why I went to Butare.")


def test_what_could_or_would_have_happened_is_no_act() -> None:
    assert _claims("MUGABO: Had I left at noon, I could have reached Butare at six.") == set()
    assert _claims("MUGABO: If Kayumba had come to the camp, then I would most likely have seen him.") == set()
    assert ("mugabo", "travel", "affirm") in _claims("MUGABO: I left at noon and reached Butare at six.")
    assert ("mugabo", "meeting", "affirm") in _claims("MUGABO: Kayumba came to the camp, and I saw him there.")


def test_a_meeting_only_spoken_of_is_no_ones_meeting() -> None:
    """The Post Office Inquiry's counsel and the ICTR's witnesses speak of meetings no one is said to
    have had or been at."""
    assert _claims("BAXTER: Can we look at the agenda for the meeting on 3 March 2012.") == set()
    assert _claims("BAXTER: I had raised it with the Chairman before this meeting.") == set()
    assert _claims("MUGABO: I do not recall the date of the first meeting.") == set()
    assert _claims("MUGABO: I never heard of a meeting in which the killings were planned.") == set()
    assert "meeting" not in {a for _s, a, _p in _claims("MUGABO: We kept to the resolutions of the security meeting.")}
    # a meeting someone had, held or was at stays
    assert ("kayumba", "meeting", "affirm") in _claims("MUGABO: I believe Kayumba held about two meetings only.")
    assert ("mugabo", "meeting", "affirm") in _claims("MUGABO: I had two meetings with Mr. Kayumba.")
    assert ("mitchell", "meeting", "affirm") in _claims("Mitchell approved the plan at a meeting in Key Biscayne.")


def test_what_the_witness_saw_or_heard_others_do_is_not_the_witness_act() -> None:
    assert _claims("MUGABO: From our hideout we saw them killing people.") == set()
    assert _claims("MUGABO: Yes, I could see people killing them.") == set()
    assert _claims("MUGABO: When I heard the first explosions, I ran.") == set()
    assert _claims("MUGABO: I had heard that bandits had come at night and killed them.") == set()
    assert _claims("MUGABO: Personally I did not see him kill them.") == set()
    assert _claims("MUGABO: I do not know the name of the man who killed her.") == set()
    # the witness's own act after the sight stays, and so does the one seen doing it
    assert ("mugabo", "travel", "affirm") in _claims("MUGABO: I saw men running on the hills and I went to Butare.")
    assert ("kayumba", "assassination", "affirm") in _claims("MUGABO: I saw Kayumba kill the guard.")


def test_the_one_whose_killing_it_was_is_not_the_killer() -> None:
    assert _claims("The Chamber linked the genocide count to Kamali's killing.") == set()
    assert _claims("Counsel argued that Mr. Kamali's murder was not in the indictment.") == set()
    assert ("nikolayev", "assassination", "affirm") in _claims("Nikolayev's murder of Kirov was planned in Leningrad.")
    assert ("krestinsky", "plea", "deny") in _claims("Krestinsky's repudiation came on the first day.")


def test_forms_of_address_and_plain_nouns_for_people_are_no_names() -> None:
    assert "lordships" not in {s for s, _a, _p in _claims("You told Their Lordships that you went to Kigali.")}
    assert _claims("People had taken refuge in Butare from every commune of the préfecture.") == set()
    assert _claims('The judgment said: "Having mentioned the killing, the Chamber finds that he is guilty."') == set()


def test_prepositions_and_sentence_adverbs_opening_an_answer_are_no_names() -> None:
    assert "oftentimes" not in {s for s, _a, _p in _claims("Oftentimes the detectives met the families at the scene.")}
    assert "rather" not in {s for s, _a, _p in _claims('She answered me, "Rather, I met Mr. Kayumba and his children."')}
    assert _claims("MUGABO: I subsequently learned that bandits had come and killed them.") == set()
