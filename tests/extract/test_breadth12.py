"""Round 12, breadth: the act vocabulary widened by semantic field (the common ways transcripts,
judgments and historians tell each act), not from particular gold sentences. Each positive failed
before its entry in acts.yaml; the negatives are near-miss wordings that must still give nothing.
The sentences are written for the tests (other trials, other names)."""

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1994-06-20")}


def test_journeys_told_by_their_means() -> None:
    assert ("halvorsen", "travel", "affirm") in _claims("In May 1941 Halvorsen set sail for Lisbon.")
    assert ("halvorsen", "travel", "affirm") in _claims("Halvorsen boarded a train to Warsaw in March 1939.")
    assert ("halvorsen", "travel", "affirm") in _claims("Halvorsen took the plane to Zurich the next morning.")
    assert ("halvorsen", "travel", "affirm") in _claims("Halvorsen made the journey to Sofia alone in 1936.")
    assert ("halvorsen", "travel", "affirm") in _claims("In 1940 Halvorsen was smuggled into Finland.")
    assert ("halvorsen", "travel", "affirm") in _claims("Halvorsen journeyed to Kiev in 1923.")
    assert ("halvorsen", "travel", "affirm") in _claims("Halvorsen relocated to Madrid in 1950.")
    # who goes with the traveller travels too
    assert ("lindqvist", "travel", "affirm") in _claims("In 1936 Lindqvist accompanied Halvorsen to Vienna.")
    assert ("halvorsen", "travel", "deny") in _claims("HALVORSEN: I did not board a train to Warsaw.")
    # a train, a plane or a journey with no destination after it is no journey
    assert _claims("Halvorsen took the train timetable from the desk.") == set()
    assert _claims("HALVORSEN: My mother could not make the journey.") == set()


def test_killings_told_by_their_manner() -> None:
    assert ("brenner", "assassination", "affirm") in _claims("The court found that Brenner had hacked the farmer to death.")
    assert ("brenner", "assassination", "affirm") in _claims("Brenner bludgeoned the watchman to death in 1944.")
    assert ("brenner", "assassination", "affirm") in _claims("Brenner slit the throat of the sentry.")
    assert ("brenner", "assassination", "affirm") in _claims("Brenner burned the prisoners alive.")
    assert ("brenner", "assassination", "affirm") in _claims("Brenner lynched the two men near the bridge.")
    assert ("brenner", "assassination", "affirm") in _claims("Brenner was convicted of manslaughter in 1951.")
    assert ("brenner", "assassination", "deny") in _claims("BRENNER: I never slaughtered anyone.")
    # a bare passive names only the victims; a shooting with no death said is nothing; one's own throat
    assert _claims("The villagers of Lidice were slaughtered in June 1942.") == set()
    assert _claims("Brenner opened fire on the crowd.") == set()
    assert ("brenner", "assassination", "affirm") not in _claims("Brenner cut his throat in his cell.")


def test_bombs_thrown_built_or_charged() -> None:
    assert ("ferenczi", "terrorism", "affirm") in _claims("Ferenczi threw a grenade into the café.")
    assert ("ferenczi", "terrorism", "affirm") in _claims("Ferenczi hurled petrol bombs at the police station.")
    assert ("ferenczi", "terrorism", "affirm") in _claims("Ferenczi built the bomb in his kitchen in 1972.")
    assert ("ferenczi", "terrorism", "affirm") in _claims("Ferenczi was convicted of the bomb attack on the station.")
    assert ("ferenczi", "terrorism", "deny") in _claims("FERENCZI: I did not throw any grenade.")
    assert _claims("Ferenczi threw the letter into the fire.") == set()
    assert _claims("Ferenczi built a shed in his garden.") == set()


def test_sabotage_of_works_and_lines() -> None:
    assert ("kral", "sabotage", "affirm") in _claims("Kral dynamited the bridge at Remagen.")
    assert ("kral", "sabotage", "affirm") in _claims("Kral cut the telephone wires before the raid.")
    assert ("kral", "sabotage", "affirm") in _claims("Kral tampered with the machinery of the plant.")
    assert ("kral", "sabotage", "affirm") in _claims("Kral damaged the pipeline in 1952.")
    assert _claims("Kral cut the bread.") == set()
    assert _claims("Kral tampered with nothing.") == set()


def test_orders_given_and_obeyed() -> None:
    assert ("ferreira", "gave_instructions", "affirm") in _claims("Ferreira commanded his men to fire on the crowd.")
    assert ("ferreira", "gave_instructions", "affirm") in _claims("Ferreira gave the command to open fire.")
    assert ("ferreira", "gave_instructions", "affirm") in _claims("Ferreira gave the green light for the raid.")
    assert ("ferreira", "gave_instructions", "affirm") in _claims("Ferreira relayed the order to the battalion.")
    assert ("ferreira", "gave_instructions", "affirm") in _claims("Ferreira decreed that the prisoners be shot.")
    assert ("moreau", "received_instructions", "affirm") in _claims("MOREAU: I was only following orders.")
    assert ("moreau", "received_instructions", "affirm") in _claims("Moreau obeyed the order without a word.")
    assert ("moreau", "received_instructions", "affirm") in _claims("Moreau acted at the behest of the minister.")
    # command of a unit is no order; the following orders are no one's
    assert _claims("Ferreira gave the command of the division to Moreau.") == set()
    assert _claims("The following orders were issued on 3 May.") == set()
    assert _claims("MOREAU: I obeyed my conscience.") == set()


def test_meetings_by_chance_or_appointment() -> None:
    assert ("moreau", "meeting", "affirm") in _claims("Moreau encountered Sedov in Paris in 1937.")
    assert ("moreau", "meeting", "affirm") in _claims("Moreau ran into Sedov at the station.")
    assert ("moreau", "meeting", "affirm") in _claims("Moreau had a rendezvous with Sedov in Oslo.")
    assert _claims("Moreau ran into difficulties in Oslo.") == set()
    assert _claims("Moreau encountered resistance at the border.") == set()
    # the base form after "do" needs the person too (claims._person_words)
    assert ("moreau", "meeting", "deny") in _claims("MOREAU: I did not encounter Sedov in Oslo.")
    assert _claims("MOREAU: No, I did not encounter any difficulties in crossing the river.") == set()


def test_secrets_divulged_and_plots_and_betrayals() -> None:
    assert ("moreau", "espionage", "affirm") in _claims("Moreau divulged military secrets.")
    assert ("moreau", "espionage", "affirm") in _claims("Moreau conveyed information to the Germans.")
    assert ("moreau", "espionage", "affirm") in _claims("Moreau was a double agent.")
    assert _claims("Moreau conveyed information to the court.") == set()
    assert ("moreau", "conspiracy", "affirm") in _claims("Moreau was in league with the Japanese.")
    # round 28: an overthrow of the government is treason (the guide since heldout20)
    assert ("moreau", "treason", "affirm") in _claims("Moreau organised the overthrow of the government.")
    assert ("moreau", "conspiracy", "affirm") in _claims("Moreau schemed with Sedov to seize power.")
    assert ("moreau", "treason", "affirm") in _claims("Moreau was found guilty of treachery.")
    assert ("moreau", "treason", "affirm") in _claims("Moreau deserted to the Germans in 1942.")
    assert _claims("Moreau deserted to the hills.") == set()


def test_poisons_named() -> None:
    assert ("moreau", "poisoning", "affirm") in _claims("Moreau laced the wine with cyanide.")
    assert ("moreau", "poisoning", "affirm") in _claims("Moreau put polonium in the teapot.")
    assert ("moreau", "poisoning", "affirm") in _claims("Moreau gassed the prisoners.")
    assert _claims("The prisoners were gassed in 1943.") == set()
    assert _claims("Moreau laced his boots.") == set()


def test_other_crimes_as_verbs_and_charges() -> None:
    for text in ("Moreau abducted the journalist.", "Moreau forged the passports.", "Moreau harboured fugitives.",
                 "Moreau broke into the office.", "Moreau blackmailed the minister.", "Moreau torched the houses.",
                 "Moreau assaulted the guard.", "Moreau shredded the documents.", "Moreau lied under oath.",
                 "Moreau escaped from prison.", "Moreau was convicted of burglary.",
                 "Moreau was convicted of hostage-taking.", "Moreau was convicted of obstruction of justice."):
        assert ("moreau", "other", "affirm") in _claims(text), text
    for text in ("Moreau forged a friendship with Sedov.", "Moreau harboured doubts.",
                 "The courtroom broke into cheers.", "The troops assaulted the town.",
                 "Moreau was abducted in 1978.", "The burglary was never solved."):
        assert _claims(text) == set(), text


def test_a_participle_in_an_apposition_is_done_to_the_one_named() -> None:
    """"Ongwen, once himself kidnapped as a boy, ordered ...": the kidnapping was done to him."""
    claims = _claims("Okello, once himself kidnapped as a boy, was found to have ordered the attack on the camp.")
    assert ("okello", "other", "affirm") not in claims
    assert ("okello", "gave_instructions", "affirm") in claims
    assert ("okello", "assassination", "affirm") in _claims("Okello, himself wounded, killed the driver.")
