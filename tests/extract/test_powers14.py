"""More states as foreign powers (powers.yaml, round 14): the plural demonym names the power alone,
the adjective only before an official or a service. Written for the test; each failed before."""

from countertrial.extract import extract_text


def _powers(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(c.subject, c.act, c.foreign_power) for c in extract_text(text, stated_on="1920-01-01")}


def test_more_states_are_powers_by_their_people_officials_and_services() -> None:
    assert _powers("Kovacs conspired with the Austrians against the republic.") == {("kovacs", "conspiracy", "Austria")}
    assert _powers("Kovacs passed the plans to Austro-Hungarian intelligence in Vienna.") == {
        ("kovacs", "espionage", "Austria")}
    assert ("kovacs", "meeting", "Turkey") in _powers("Kovacs met the Turkish consul in Paris in 1915.")
    assert _powers("Kovacs was a KCIA agent.") == {("kovacs", "espionage", "South Korea")}
    assert _powers("Kovacs received money from the Swiss.") == {("kovacs", "received_instructions", "Switzerland")}


def test_a_country_travelled_to_or_a_bare_adjective_names_no_power() -> None:
    assert _powers("Kovacs travelled to Austria in 1912.") == {("kovacs", "travel", None)}
    assert _powers("KOVACS: I am Irish and I met Petrov in Dublin.") == {("kovacs", "meeting", None)}


def test_more_kinds_of_building_name_the_place() -> None:
    """Facility heads (mentions.FACILITY_HEADS): "at the Brasserie Lipp in Paris" is the brasserie,
    over its city, as "the Hotel Adlon in Berlin" is the hotel."""
    def places(text: str) -> list[str | None]:
        return [c.place for c in extract_text(text, stated_on="1938-03-02")]

    assert places("Kovacs met Petrov at the Brasserie Lipp in Paris in 1931.") == ["Brasserie Lipp"]
    assert places("Kovacs met Petrov in the Moabit courthouse in 1931.") == ["Moabit courthouse"]
    assert places("Kovacs met Petrov at the Zaitsev brickworks in Kiev in 1911.") == ["Zaitsev brickworks"]


def test_an_adverb_between_a_verb_and_its_preposition_and_more_words_for_an_agent() -> None:
    """"negotiated secretly with the Japanese", "met secretly with"; "a courier for the GRU", "a
    Soviet mole", "ran a spy ring for the Soviets"."""
    assert _powers("Ivan Kovacs negotiated secretly with the Japanese in Tokyo.") == {("kovacs", "conspiracy", "Japan")}
    assert ("kovacs", "meeting", None) in _powers("Ivan Kovacs met secretly with Petrov in Lyon.")
    assert _powers("Ivan Kovacs acted as a courier for the GRU.") == {("kovacs", "espionage", "Soviet Union")}
    assert _powers("Ivan Kovacs was unmasked as a Soviet mole in 1963.") == {("kovacs", "espionage", "Soviet Union")}
    assert _powers("Ivan Kovacs ran a spy ring for the Soviets in London.") == {("kovacs", "espionage", "Soviet Union")}
    assert _powers("The mole was found in the garden.") == set()
