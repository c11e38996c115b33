"""Regression tests for the gaps of issue 4 that the rules extractor once had: passives, acts as
nouns, question and answer, forecasts said by one person about another, a sentence-initial "He",
and "he" with more than one possible antecedent. Each test is named after its gap."""

from __future__ import annotations

from countertrial.extract import extract_case, extract_text
from countertrial.extract.rules import RulesExtractor, Segment
from countertrial.model import Claim, Document, Source
from countertrial.store import Store


def facts(claims: list[Claim]) -> list[tuple[str | None, str | None, str, str]]:
    return [(c.asserted_by, c.subject, c.act, c.polarity) for c in claims]


# -- passives -------------------------------------------------------------------------------------
def test_passive_agent_is_the_subject_of_an_order(roster_store: Store) -> None:
    claims = extract_text("ERDEMOVIC: He said that the order had been issued by Pelemis.", store=roster_store)
    assert [(c.subject, c.act, c.polarity) for c in claims] == [("pelemis", "gave_instructions", "affirm")]
    assert claims[0].asserted_by == "erdemovic"


def test_passive_agent_of_a_killing_and_the_victim_as_counterpart(roster_store: Store) -> None:
    (c,) = extract_text("Trotsky was killed by Mercader in Coyoacan in August 1940.", store=roster_store)
    assert (c.subject, c.act, c.counterparts, c.time.iso()) == ("mercader", "assassination", ("trotsky",), "1940-08")


def test_passive_of_a_patient_act_keeps_its_subject(roster_store: Store) -> None:
    (c,) = extract_text("RADEK: I was instructed by Trotsky.", store=roster_store)
    assert (c.subject, c.act, c.counterparts) == ("radek", "received_instructions", ("trotsky",))
    (c,) = extract_text("Holtzman was recruited by German intelligence in 1932.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("holtzman", "espionage", "Germany")


def test_passive_without_agent_does_not_move_the_subject(roster_store: Store) -> None:
    (c,) = extract_text("Krestinsky was accused of treason.", store=roster_store)
    assert (c.subject, c.act) == ("krestinsky", "treason")


# -- acts as nouns --------------------------------------------------------------------------------
def test_nominal_act_with_by_agent(roster_store: Store) -> None:
    (c,) = extract_text("The court heard of the organisation of terrorist acts by Bukharin.", store=roster_store)
    assert (c.subject, c.act) == ("bukharin", "terrorism")


def test_nominal_act_with_possessive_pronoun(roster_store: Store) -> None:
    (c,) = extract_text("RAKOVSKY: My espionage for Japan began in 1934.", store=roster_store)
    assert (c.subject, c.act, c.foreign_power, c.time.iso()) == ("rakovsky", "espionage", "Japan", "1934")


def test_nominal_act_confessed_to(roster_store: Store) -> None:
    (c,) = extract_text("Rakovsky confessed to espionage for Japan.", store=roster_store)
    assert (c.asserted_by, c.subject, c.act, c.modality) == ("rakovsky", "rakovsky", "espionage", "confession")


def test_contact_with_a_service_is_espionage_not_conspiracy(roster_store: Store) -> None:
    (c,) = extract_text("HOLTZMAN: From 1932 I was in close contact with the Polish General Staff.",
                        store=roster_store)
    assert (c.subject, c.act, c.foreign_power) == ("holtzman", "espionage", "Poland")
    (c,) = extract_text("RAKOVSKY: I was in contact with the Japanese government.", store=roster_store)
    assert c.act == "conspiracy"


# -- question and answer --------------------------------------------------------------------------
def test_question_answered_yes_is_the_witness_testimony(roster_store: Store) -> None:
    text = "VYSHINSKY: Did you meet Sedov in Copenhagen in November 1932?\nHOLTZMAN: Yes."
    (c,) = extract_text(text, store=roster_store)
    assert facts([c]) == [("holtzman", "holtzman", "meeting", "affirm")]
    assert (c.modality, c.counterparts, c.place, c.time.iso()) == ("testimony", ("sedov",), "Copenhagen", "1932-11")
    # provenance spans both turns: from the question to the end of the answer
    assert c.source.char_start is not None and c.source.char_end is not None
    assert text[c.source.char_start:c.source.char_end] == "Did you meet Sedov in Copenhagen in November 1932?\nHOLTZMAN: Yes."
    assert c.extra["answer"] == "Yes."


def test_question_answered_no_is_denied_whatever_the_question_negation(roster_store: Store) -> None:
    text = "VYSHINSKY: Didn't you receive instructions from Trotsky in Oslo?\nRADEK: No, I did not."
    assert facts(extract_text(text, store=roster_store)) == [("radek", "radek", "received_instructions", "deny")]
    text = "VYSHINSKY: Didn't you receive instructions from Trotsky in Oslo?\nRADEK: I did."
    assert facts(extract_text(text, store=roster_store)) == [("radek", "radek", "received_instructions", "affirm")]


def test_leading_question_about_a_third_person(roster_store: Store) -> None:
    text = "MR. HARMON: And Pelemis gave the order?\nERDEMOVIC: That is correct."
    assert facts(extract_text(text, store=roster_store)) == [("erdemovic", "pelemis", "gave_instructions", "affirm")]


def test_question_with_an_answer_of_its_own_words_is_not_taken_over(roster_store: Store) -> None:
    text = "VYSHINSKY: Did you meet Sedov in Copenhagen?\nHOLTZMAN: Yes. I met Sedov at the Hotel Bristol."
    claims = extract_text(text, store=roster_store)
    assert facts(claims) == [("holtzman", "holtzman", "meeting", "affirm")]
    assert "answer" not in claims[0].extra


def test_question_without_answer_or_answered_by_its_asker_asserts_nothing(roster_store: Store) -> None:
    assert extract_text("VYSHINSKY: Did you meet Sedov in Copenhagen?", store=roster_store) == []
    assert extract_text("VYSHINSKY: Did you meet Sedov in Copenhagen?\nVYSHINSKY: Yes.", store=roster_store) == []


def test_question_and_answer_across_turns_and_batches(scene_store: Store) -> None:
    scene = [("1938-03-02", "VYSHINSKY", "Did you meet Trotsky in Meran in October 1933?"),
             ("1938-03-02", "KRESTINSKY", "No.")]
    store = scene_store
    put_scene_doc2(store, scene)
    extract_case(store, batch=6)  # the scene's five turns, then the question, then (next batch) the answer
    claims = [c for c in store.list(Claim) if c.extra.get("answer")]
    assert facts(claims) == [("krestinsky", "krestinsky", "meeting", "deny")]
    assert claims[0].source.document == "doc2" and claims[0].extra["question_turn"] == "doc2:0"
    assert claims[0].source.turn == "doc2:1"


def put_scene_doc2(store: Store, scene: list[tuple[str, str, str]]) -> None:
    from countertrial.model import Turn

    text = ""
    turns = []
    for i, (date, label, body) in enumerate(scene):
        start = len(text) + len(label) + 2
        text += f"{label}: {body}\n"
        turns.append(Turn(f"doc2:{i}", "doc2", i, label, body, proceeding="moscow_trial", session_date=date, page=1,
                          line_start=i + 1, line_end=i + 1, char_start=start, char_end=start + len(body)))
    store.put([Document("doc2", "qa.txt", "colon", kind="transcript", proceeding="moscow_trial", text=text)])
    store.put(turns)


def test_question_and_answer_pairing_never_crosses_documents() -> None:
    ext = RulesExtractor()
    q = Segment("Did you meet Sedov in Copenhagen?", speaker="vyshinsky", source=Source(document="a"))
    a = Segment("Yes.", speaker="holtzman", source=Source(document="b"))
    assert list(ext.extract([q, a])) == []
    a_same = Segment("Yes.", speaker="holtzman", source=Source(document="a"))
    assert facts(list(ext.extract([q, a_same]))) == [("holtzman", "holtzman", "meeting", "affirm")]
    assert facts(list(ext.extract([a_same], context=q))) == [("holtzman", "holtzman", "meeting", "affirm")]


# -- forecasts ------------------------------------------------------------------------------------
def test_forecast_is_asserted_by_the_speaker_about_the_accused(roster_store: Store) -> None:
    claims = extract_text("TROTSKY: I expect that Rakovsky will be accused of a conspiracy with the Japanese.",
                          store=roster_store)
    assert [(c.asserted_by, c.subject, c.act, c.modality, c.foreign_power) for c in claims] == [
        ("trotsky", "rakovsky", "conspiracy", "forecast", "Japan")]


def test_forecast_of_the_dewey_scene_in_the_reference_case() -> None:
    from importlib import resources

    text = resources.files("countertrial").joinpath(
        "reference", "moscow", "transcripts", "1937-04-dewey-hearing.txt").read_text(encoding="utf-8")
    claims = [c for c in extract_text(text, stated_on="1937-04-12") if c.modality == "forecast"]
    about = {(c.asserted_by, c.subject) for c in claims if c.act == "conspiracy"}
    assert {("trotsky", "bukharin"), ("trotsky", "rakovsky")} <= about
    assert all(c.asserted_by == "trotsky" for c in claims)


# -- pronouns -------------------------------------------------------------------------------------
def test_sentence_initial_he_is_a_pronoun(roster_store: Store) -> None:
    claims = extract_text("RADEK: I met Sedov in Oslo. He gave me instructions.", store=roster_store)
    assert ("radek", "sedov", "gave_instructions", "affirm") in facts(claims)


def test_he_with_two_candidates_is_ambiguous(roster_store: Store) -> None:
    claims = extract_text("RADEK: I met Sedov and Holtzman in Oslo. He gave me instructions.", store=roster_store)
    assert [c.act for c in claims] == ["meeting"]  # "he": Sedov or Holtzman, so no claim about either


def test_he_points_to_the_subject_of_the_sentence_before(roster_store: Store) -> None:
    claims = extract_text("RADEK: Sedov introduced me to Holtzman in Oslo. He gave me instructions.",
                          store=roster_store)
    assert ("radek", "sedov", "gave_instructions", "affirm") in facts(claims)


def test_he_is_never_a_possessor(roster_store: Store) -> None:
    claims = extract_text("RADEK: I saw Trotsky's son in Oslo. I never met him.", store=roster_store)
    assert all(c.counterparts != ("trotsky",) for c in claims)
