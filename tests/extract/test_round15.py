"""Round 15: the shapes of place names new proceedings bring (a word that opens a place's name, an
Arabic article, particles inside the name, more kinds of named place), journeys of being taken
somewhere ("took me to", "drove Celik and me to"), having been somewhere, coming ashore. The
sentences are written for the test, with invented names where a name is not the point. Each test
failed before its change but the last two, which passed before and guard the exceptions of the new
"took ... to" rule."""

from countertrial.extract import extract_text


def _claims(text: str) -> set[tuple[str | None, str, str]]:
    return {(c.subject, c.act, c.polarity) for c in extract_text(text, stated_on="1990-01-01")}


def _places(text: str) -> set[str]:
    from countertrial.extract.evaluate import _pred_value
    from countertrial.store import open_store

    store = open_store(":memory:")
    try:
        return {str(_pred_value(c, "place", store)) for c in extract_text(text, store=store, stated_on="1990-01-01")}
    finally:
        store.close()


def test_a_word_that_opens_a_place_name_makes_it_a_place_unknown_to_the_gazetteer() -> None:
    assert _places("Kovacs went to Fort Varnell.") == {"Fort Varnell"}
    assert _places("Kovacs drove to Lake Oriskan in May 1961.") == {"Lake Oriskan"}
    # and not someone's name: no claim for "Fort" or "Lake" as persons
    assert {c.subject for c in extract_text("Kovacs went to Fort Varnell.")} == {"kovacs"}


def test_particles_inside_an_opened_name() -> None:
    assert _places("Kovacs went to the Piazza di Sorvano.") == {"Piazza di Sorvano"}
    assert _places("Kovacs went to Place de la Marnière.") == {"Place de la Marnière"}
    assert _places("Kovacs drove to the Via della Ragnola.") == {"Via della Ragnola"}


def test_an_arabic_article_in_lower_case_opens_the_name() -> None:
    assert _places("Kovacs flew to al-Mazrak in 1984.") == {"al-Mazrak"}


def test_more_kinds_of_named_place() -> None:
    assert _places("Kovacs went to Dorrance Plaza.") == {"Dorrance Plaza"}
    assert _places("Kovacs went to Forward Operating Base Tarnak.") == {"Forward Operating Base Tarnak"}
    assert _places("Kovacs went to Frank Dellano's apartment.") == {"Frank Dellano's apartment"}


def test_a_hyphenated_town_of_the_gazetteer_is_not_its_first_word() -> None:
    # "port" is a kind of facility ("the port of Gdansk"); Port-au-Prince is a town
    assert _places("Kovacs went to Port-au-Prince.") == {"Port-au-Prince"}


def test_the_persons_taken_make_the_journey_with_the_one_who_takes_them() -> None:
    got = {(s, a) for s, a, _ in _claims("Ivanov took Petrov to Paris.")}
    assert got == {("ivanov", "travel"), ("petrov", "travel")}
    got = {(s, a) for s, a, _ in _claims("KOVACS: Antonov drove Celik and me to the Via della Ragnola.")}
    assert got == {("antonov", "travel"), ("celik", "travel"), ("kovacs", "travel")}
    got = {(s, a) for s, a, _ in _claims("Wintour brought Fawkes over from Flanders to London.")}
    assert got == {("wintour", "travel"), ("fawkes", "travel")}


def test_taken_by_someone_not_named_is_still_a_journey() -> None:
    assert _claims("MUKAR: In 2011 they took me from Douma to al-Mazrak in a bus.") == {("mukar", "travel", "affirm")}
    assert _places("MUKAR: In 2011 they took me from Douma to al-Mazrak in a bus.") == {"al-Mazrak"}


def test_taking_with_no_one_taken_or_with_an_aim_is_no_journey() -> None:
    """(A guard: the new "took ... to" trigger would make each of these a journey without its exceptions.)"""
    assert not _claims("Etinger died in Lefortovo prison before any charge could be brought to court.")
    assert not [c for c in extract_text("Dubinsky ordered that the launcher be taken from Donetsk to Pervomaiskyi.")
                if c.act == "travel"]
    assert not [c for c in extract_text("KOVACS: We took the decision to seek refuge in Kigina.") if c.act == "travel"]
    assert not [c for c in extract_text("KOVACS: They led us to believe that Petrov was in Arusha.")
                if c.act == "travel"]
    # a gap too long to be one object: an order given on the way, no journey ("led attacks by giving
    # clear instructions to the assailants", a Rwanda witness)
    assert ("murefu", "gave_instructions", "affirm") in _claims(
        "WITNESS: On 15 April Murefu led attacks by giving clear instructions to the assailants to attack Tutsi.")
    # taken to a person: the origin is no destination (the reference case's Holtzman)
    assert not [c for c in extract_text("HOLTZMAN: Sedov took me from the Hotel Bristol to Trotsky.")
                if c.act == "travel"]


def test_having_been_somewhere_and_coming_ashore() -> None:
    assert _claims("CONLAN: I had never been to Guildford in my life.") == {("conlan", "travel", "deny")}
    assert _claims("KOVACS: I came ashore at Dover in the night.") == {("kovacs", "travel", "affirm")}


def test_a_passive_be_before_instructed_still_reads_as_before() -> None:
    """The new passive filter must not change how "I'm instructed that ..." (counsel's formula)
    reads: nothing is claimed."""
    assert not _claims("MR WESTON: I'm instructed that those checks were made.")
