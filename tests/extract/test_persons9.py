"""Round 9, persons and subjects: who the subject of a claim is on the trials of the r9 dev items
(Dujail, Ríos Montt, Moro, Hauptmann, the Warren Commission ...). The sentences here are our own,
of other trials; each test failed before the rule it names."""

from countertrial.extract import extract_text
from countertrial.resolve.persons import person_slug


def _subjects(text: str, stated_on: str = "1990-01-01") -> set[str | None]:
    return {c.subject for c in extract_text(text, stated_on=stated_on)}


def test_the_arabic_article_is_a_particle_dropped_from_the_id() -> None:
    """The guide drops particles (``guardia``, ``witzleben``); "al-" and its assimilated forms are
    the Arabic article, in a speaker label as in prose."""
    assert person_slug("Khaled El-Masri") == "masri"
    assert person_slug("Izzat Ibrahim ad-Douri") == "douri"
    assert "majid" in _subjects("ALI HASSAN AL-MAJID: I gave no order to use chemical weapons in Halabja.")
    # a hyphenated surname that does not start with the article stays whole
    assert person_slug("Vagarshak Ter-Vaganyan") == "ter_vaganyan"
    assert person_slug("Alan Ash-Smith") == "ash_smith"
    assert person_slug("Abd al-Rahim") == "al_rahim"  # the article inside a compound name (test_persons8)


def test_a_spanish_double_surname_is_joined() -> None:
    """Given names, then the paternal and the maternal surname: "Pérez Molina", "Ríos Montt"."""
    assert person_slug("Gabriel García Márquez") == "garcia_marquez"
    assert person_slug("Rodrigo Sánchez Cerén") == "sanchez_ceren"
    assert person_slug("Fernández Larios") == "fernandez_larios"
    assert "gonzalez_macchi" in _subjects("President Luis Ángel González Macchi ordered the troops into Asunción in "
                                          "March 1999.")
    assert "gomez_ruiz" in _subjects("GÓMEZ RUIZ: I never gave an order to fire on the students.")
    # given names that carry accents stay given names; other languages' accents make no double surname
    assert person_slug("Carlos Andrés Pérez") == "perez"
    assert person_slug("Juan José Torres") == "torres"
    assert person_slug("Luiz Inácio Lula") == "lula"
    assert person_slug("Gustáv Husák") == "husak"
    assert person_slug("László Rajk") == "rajk"
    assert person_slug("Inez Milholland") == "milholland"


def test_a_street_named_in_another_language_is_no_one() -> None:
    """"Via Stresa", "Rue Caulaincourt": the name after a street word is the street's."""
    assert "arenula" not in _subjects("On 12 May 1977 a police unit opened fire on the marchers at the corner of "
                                      "Viale Trastevere and Via Arenula in Rome and killed Giorgiana Masi.")
    assert "caulaincourt" not in _subjects("In 1944 a partisan squad attacked the column in Rue Lepic and Rue "
                                           "Caulaincourt in Paris and killed three officers.")
    # a name alone is still a name
    assert "corso" in _subjects("Corso met Ginsberg in Paris in 1957.")


def test_the_object_of_i_before_and_i_is_no_co_subject() -> None:
    """"I never knew Oswald and I never met him": Oswald is what was not known, not a co-subject of
    "met" ("Oswald and I never met")."""
    assert _subjects("SMITH: I hated Jones and I never met him.") == {"smith"}
    assert _subjects("HARRIS: I had known Boyd for years, and I never met him in Leeds.") == {"harris"}
    # a name that opens the clause stays a co-subject
    assert _subjects("SMITH: I think Jones and I met in 1990 in Leeds.") == {"smith", "jones"}
    assert _subjects("SMITH: Jones and I met in 1990 in Leeds.") == {"smith", "jones"}


def test_a_list_after_a_subordinating_after_is_the_clause_subject() -> None:
    """"Three days after Godse and Apte had flown into Delhi": both flew (r9-53's kind of sentence)."""
    assert _subjects("Two days after Smith and Jones had flown into Madrid from Paris on 3 May 1975, the police "
                     "raided the flat.") == {"smith", "jones"}
    assert _subjects("He was arrested after Smith and Jones met in Leeds in 1975.") == {"smith", "jones"}
    # a list that is an object stays out
    assert "jones" not in _subjects("Brown met Smith in Leeds after Smith and Jones in 1975.")
