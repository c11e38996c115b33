"""Regression tests for the eighth round of person rules: how an unknown person's id is formed (a
family name written first, hyphenated, double and apostrophised surnames), places and institutions
that are no persons, names that open a sentence before an ordinary verb, coordinated subjects,
pronouns, and transliteration variants of one unknown name. The sentences are invented for these
tests; none is a gold item."""

from __future__ import annotations

from pathlib import Path

from countertrial.extract import extract_text
from countertrial.resolve.persons import PersonResolver, family_name_first, person_slug
from countertrial.store import Store


def _triples(text: str, store: Store) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, store=store)}


# -- ids of unknown persons ----------------------------------------------------------------------------

def test_a_chinese_name_written_family_name_first_takes_the_family_name() -> None:
    assert person_slug("Zhang Chunqiao") == "zhang"
    assert person_slug("Yao Wenyuan") == "yao"
    assert person_slug("Chen Boda") == "chen"
    # ... not a western name, nor one of three words
    assert person_slug("Brian Chen") == "chen"
    assert person_slug("Klaus Fuchs") == "fuchs"
    assert not family_name_first(["Kim", "Philby"])
    assert person_slug("Maria Chen Fong") == "fong"


def test_family_name_first_in_labels_and_prose(roster_store: Store) -> None:
    assert ("zhang", "travel", "affirm") in _triples("ZHANG CHUNQIAO: In May 1975 I flew to Wuhan.", roster_store)
    assert ("chen", "conspiracy", "affirm") in _triples(
        "In 1970, according to the indictment, Chen Boda plotted with Sedov against the party.", roster_store)


def test_a_family_name_that_folds_like_a_pronoun_is_still_a_name(roster_store: Store) -> None:
    # "Zhou" folds to "you" under the transliteration rules; stop words are compared unfolded.
    persons = PersonResolver(roster_store, not_persons=["you", "the"])
    assert not persons.is_stopword("Zhou")
    assert persons.is_stopword("The")
    assert ("zhou", "conspiracy", "affirm") in _triples(
        "In 1971 Ma Dekang and Zhou Yuanchao drew up the plan of a coup in Hangzhou.", roster_store)


def test_a_roster_name_written_family_name_first_resolves_by_its_family_name(store: Store) -> None:
    persons = PersonResolver()
    persons.add("kang", "Kang Sheng")
    assert persons.resolve("Kang") == "kang"
    assert persons.resolve("Sheng") is None


def test_hyphenated_and_apostrophised_surnames_are_kept_whole() -> None:
    assert person_slug("Wilhelm Schulze-Boysen") == "schulze_boysen"
    assert person_slug("Abd al-Rahim") == "al_rahim"
    assert person_slug("Khalid Shu'aib") == "shuaib"


def test_a_double_surname_the_text_uses_alone_is_joined(roster_store: Store) -> None:
    text = ("Colonel Pedro Espinosa Bravo reached Valparaiso on 3 May 1974, and two days later "
            "Espinosa Bravo flew to Santiago.")
    assert {c.subject for c in extract_text(text, store=roster_store)} == {"espinosa_bravo"}
    # A middle name the text never uses with the surname alone stays a given name.
    text = "Harold Adrian Ramsay flew to Lisbon in 1942, and Ramsay met Sedov there."
    assert {c.subject for c in extract_text(text, store=roster_store)} == {"ramsay"}


def test_a_second_participle_of_a_passive_names_no_doer(roster_store: Store) -> None:
    text = ("General Oskar Tallmann flew into Kaunas on 3 July 1941; that night the prisoners were taken "
            "from the fort and shot.")
    assert _triples(text, roster_store) == {("tallmann", "travel", "affirm")}


# -- names that open a sentence; places and institutions that are no persons ---------------------------

def test_an_unknown_name_before_an_ordinary_verb_is_the_antecedent_of_he(roster_store: Store) -> None:
    text = "Varga stayed two weeks with his sister in Graz, and on 3 May 1951 he flew from Graz to Vienna."
    assert _triples(text, roster_store) == {("varga", "travel", "affirm")}
    text = "McGarrity rented a car in Leeds, and the next day he drove it to Glasgow."
    assert _triples(text, roster_store) == {("mcgarrity", "travel", "affirm")}
    # ... through an auxiliary, and before "had been among"
    text = "Horvath had been among the last to leave; the next morning he went to Budapest."
    assert _triples(text, roster_store) == {("horvath", "travel", "affirm")}
    # A town that opens a sentence is no one ("Moscow agreed ..."), nor is a plural role noun.
    assert _triples("Moscow agreed, and he flew to Riga.", roster_store) == set()
    assert _triples("Investigators believed it, and he flew to Riga.", roster_store) == set()
    # ... nor a body or a common noun ("Parliament refused", "Leadership decided").
    for opener in ("Parliament refused", "Security stayed outside", "Leadership decided", "Management agreed"):
        assert _triples(f"{opener}, and in 1935 he flew to Riga.", roster_store) == set(), opener


def test_a_name_between_an_article_and_a_noun_is_no_antecedent(roster_store: Store) -> None:
    text = "Maria Tolstaya told the Brandon commission in 2003 that she had met Sedov in Paris in 1936."
    assert _triples(text, roster_store) == {("tolstaya", "meeting", "affirm")}
    text = "Hans Weber told the Kassel court in 1961 that he had flown to Oslo in 1944."
    assert _triples(text, roster_store) == {("weber", "travel", "affirm")}


def test_a_state_after_a_town_and_a_comma_is_no_person(roster_store: Store) -> None:
    text = "Dolan bought a rifle in Springfield, Illinois, on 2 March 1970; a week later he flew to Chicago."
    assert _triples(text, roster_store) == {("dolan", "travel", "affirm")}


def test_a_word_after_a_question_or_answer_mark_opens_the_sentence(roster_store: Store) -> None:
    # "A. Every ...", "Q. Tell ...": not names in the middle of a sentence.
    assert _triples("4 A. Every one of them was killed by Sedov's men, and he met Radek.", roster_store) == set()
    assert _triples("12 Q. Tell the Judges what happened when he arrived at the farm.", roster_store) == set()
    assert _triples("A. One of the drivers met Sedov in Oslo.", roster_store) == set()


# -- pronouns ---------------------------------------------------------------------------------------------

def test_he_after_a_clause_break_is_the_subject_not_the_object_before_it(roster_store: Store) -> None:
    text = "In 1935 Radek met Sedov in Oslo to ask what he should do, and in May he went back to Moscow."
    assert ("radek", "travel", "affirm") in _triples(text, roster_store)
    text = ("Anna Brun admitted that she had taken money from Sedov in Paris, but she insisted that she had "
            "never met Trotsky.")
    assert ("brun", "meeting", "deny") in _triples(text, roster_store)
    # The nearest name still, when it is a subject itself.
    text = "Radek said that Sedov went to Oslo, and there he met Trotsky."
    assert ("sedov", "meeting", "affirm") in _triples(text, roster_store)


def test_him_of_a_conviction_past_a_clause_break_is_the_sentence_subject(roster_store: Store) -> None:
    text = ("Radek was arrested in Moscow as he was about to see his contact, Karl Bauer, and in 1937 the court "
            "convicted him of espionage for the Germans.")
    triples = _triples(text, roster_store)
    assert ("radek", "espionage", "affirm") in triples and not any(s == "bauer" for s, _a, _p in triples)


# -- coordinated subjects -----------------------------------------------------------------------------------

def test_a_person_together_with_the_subjects_shares_their_act(roster_store: Store) -> None:
    text = "Radek and Sedov, together with Bauer, the party secretary, were charged in 1937 with espionage."
    assert {s for s, _a, _p in _triples(text, roster_store)} == {"radek", "sedov", "bauer"}


def test_both_men_are_the_two_persons_named_before(roster_store: Store) -> None:
    text = "Radek and Sedov flew from Paris to Oslo in May 1935; from there both men travelled to Riga."
    claims = extract_text(text, store=roster_store)
    assert {(c.subject, c.place) for c in claims} == {("radek", "Oslo"), ("sedov", "Oslo"), ("radek", "Riga"),
                                                      ("sedov", "Riga")}


def test_a_name_that_opens_a_later_clause_is_its_subject(roster_store: Store) -> None:
    text = ("Radek and Sedov flew from Paris to Oslo in May 1935, and in June of that year Sedov went back "
            "to Berlin, leaving Radek in Oslo.")
    claims = extract_text(text, store=roster_store)
    assert sorted((c.subject, c.place) for c in claims if c.time.iso().startswith("1935-06")) == [
        ("sedov", "Berlin")]


def test_an_act_in_a_relative_clause_with_its_own_subject_is_not_merged_with_the_main_one(
        roster_store: Store) -> None:
    text = "Radek and Sedov, who said they had gone to Bergen to see the fjords, flew to Oslo on 2 May 1936."
    claims = extract_text(text, store=roster_store)
    assert {(c.subject, c.place) for c in claims} == {("radek", "Bergen"), ("sedov", "Bergen"),
                                                      ("radek", "Oslo"), ("sedov", "Oslo")}


# -- transliteration variants of one unknown name --------------------------------------------------------

def test_variants_of_an_unknown_name_in_one_text_are_one_person(store: Store) -> None:
    text = "Muraviev met Sedov in Oslo in 1934, and in 1935 Muravyev flew to Berlin."
    people: dict[str, dict[str, object]] = {}
    claims = extract_text(text, store=store, people=people)
    assert {c.subject for c in claims} == {"muraviev"}
    assert "muravyev" not in people
    # ... a speaker label and a name in the text too
    claims = extract_text("KHODZHAYEV: Khodjayev never met Sedov. I flew to Tashkent in 1936.", store=store)
    assert {c.subject for c in claims} == {"khodzhayev"}
    # Names that differ beyond transliteration stay apart.
    claims = extract_text("Muraviev met Sedov in Oslo in 1934, and in 1935 Muratov flew to Berlin.", store=store)
    assert {c.subject for c in claims} == {"muraviev", "muratov"}


def test_the_variant_merge_of_a_case_is_the_same_whatever_the_batches(tmp_path: Path) -> None:
    from countertrial.extract import extract_case
    from countertrial.model import Claim, Document, Person, Turn
    from countertrial.store import open_store

    scene = [("1937-01-24", "PIATAKOV", "In 1935 I flew to Oslo."),
             ("1937-01-24", "RADEK", "Pyatakov met Sedov in Berlin. Then Piatakov flew to Oslo."),
             ("1937-01-24", "PYATAKOV", "I met Trotsky in Oslo in December 1935."),
             ("1937-01-24", "RADEK", "Muraviev met Sedov in Paris, and Muravyev flew to Riga.")]
    snapshots = []
    for batch in (1, 2, 3, 40):
        st = open_store(tmp_path / f"b{batch}.sqlite")
        st.put([Document("doc1", "scene.txt", "colon", kind="transcript", proceeding="p",
                         text="".join(f"{a}: {b}\n" for _d, a, b in scene))])
        st.put([Turn(f"doc1:{i}", "doc1", i, label, body, proceeding="p", session_date=day)
                for i, (day, label, body) in enumerate(scene)])
        extract_case(st, batch=batch, workers=1)
        snapshots.append((sorted((c.id, c.subject) for c in st.iter(Claim)), sorted(p.id for p in st.iter(Person))))
        st.close()
    assert all(s == snapshots[0] for s in snapshots)
    claims, persons = snapshots[0]
    # Within a turn the spelling met first names the person ("Pyatakov ... Piatakov"); turns apart keep
    # their own spellings, so that no split of the case into batches changes them.
    assert "muravyev" not in persons and "muraviev" in persons
    assert {"piatakov", "pyatakov"} <= set(persons)


def test_a_title_points_back_to_the_person_named_before_it(roster_store: Store) -> None:
    text = "Sedov became Hitler's adviser, and in 1934 he flew with the Führer to Rome."
    assert {(c.subject, c.place) for c in extract_text(text, store=roster_store)} == {("sedov", "Rome"),
                                                                                  ("hitler", "Rome")}
    # Not the subject itself, and nobody when no one else is named.
    assert _triples("In 1933 Sedov met the Chancellor in Berlin.", roster_store) == {("sedov", "meeting", "affirm")}


def test_the_victim_of_an_act_does_not_split_it_from_its_second_trigger(roster_store: Store) -> None:
    text = ("Radek and Sedov were charged with the murder of Colonel Ivan Petrenko, killed by their bomb at the "
            "Hotel Metropol in Kiev on 3 May 1935.")
    claims = extract_text(text, store=roster_store)
    assert sorted((c.subject, c.time.iso()) for c in claims) == [("radek", "1935-05-03"), ("sedov", "1935-05-03")]


def test_an_act_said_as_a_noun_has_no_subject_before_a_semicolon(roster_store: Store) -> None:
    text = ("Ivan Petrenko was pricked with a needle on the Moskvoretsky Bridge on 3 May 1935 and died two days later; "
            "the killing is generally put down to the Gestapo.")
    assert _triples(text, roster_store) == set()
    # ... while one in its own clause still has its subject.
    assert ("sedov", "assassination", "affirm") in _triples("In 1935 Sedov organised the killing of Petrenko.",
                                                            roster_store)


def test_a_title_before_a_name_keeps_the_preposition_before_it_readable(roster_store: Store) -> None:
    # "of Witness TAB", "for Mr Davies": the name is the object of the preposition, not a subject.
    text = "You heard the evidence of Witness TAB, who saw the murder of his brother by the militia."
    assert _triples(text, roster_store) == set()
    text = "The board had a note for Mr Davies for the purposes of his attendance at that meeting with you."
    assert _triples(text, roster_store) == set()
    assert ("davies", "meeting", "affirm") in _triples("In 1935 Mr Davies met Sedov in Oslo.", roster_store)


def test_a_name_right_before_its_verb_is_a_subject_for_he(roster_store: Store) -> None:
    # After a fronted clause the comma does not make the name an apposition's: "..., Bulanov testified
    # that he ..." is Bulanov.
    text = "After Yagoda was arrested, Bulanov testified that he had poisoned Gorky on Yagoda's orders."
    assert ("bulanov", "poisoning", "affirm") in _triples(text, roster_store)
    text = "There is a gap between what Radek says and what Sedov says he was told by Trotsky in Oslo."
    assert all(s != "radek" for s, _a, _p in _triples(text, roster_store))
