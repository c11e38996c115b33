"""Round 9, precision on real transcripts: words that opened a sentence or followed "the" in the
shared corpus (ICTR, ICTY and Post Office Inquiry answers) were made into people ("Can", "Were",
"Dealing", "the Accused", "the Inkotanyi", "a Colonel") and "centre" made conspiracies of buildings
and pictures. Each test failed before the rule it names."""

from countertrial.extract import extract_text
from countertrial.extract.rules import RulesExtractor, Segment


def _subjects(text: str) -> set[str | None]:
    return {c.subject for c in extract_text(text, stated_on="1995-07-20")}


def _read(text: str) -> set[tuple[str | None, str]]:
    """(subject, act) of a paragraph read as the corpus benchmark reads it: one segment, no speaker."""
    return {(c.subject, c.act) for c in RulesExtractor().extract([Segment(text)])}


def test_auxiliaries_conjunctions_and_openers_are_no_names() -> None:
    """The shared corpus's own sentences (ICTR closing arguments, the Post Office Inquiry)."""
    text = ("KAREGYESA: Unlike municipal jurisdictions, where there is normally only one murder count in any "
            "single charge in an indictment, this is different.")
    assert "unlike" not in {s for s, _ in _read(text)}
    assert "dealing" not in {s for s, _ in _read("JUDGE REDDY: Dealing with the killing of Kanyogote.")}
    text = ("**Paula Vennells**: Because the inference that I may have drawn in that meeting is not the same as "
            "that which I learned in 2012.")
    assert "because" not in {s for s, _ in _read(text)}
    # a real name after such a word keeps its surname ("Can Dündar": Can is a Turkish given name)
    got = {(c.subject, c.act, c.place, c.asserted_by) for c in extract_text("Can Dündar said that Erdogan met Putin in Sochi.")}
    assert ("erdogan", "meeting", "Sochi", "dundar") in got


def test_a_single_unknown_word_after_the_names_a_group_or_a_role() -> None:
    assert _subjects("The Accused, Your Honours, is also charged with murder as a crime against humanity.") == set()
    text = ("A. Indeed, in the month of May I realised that the Inkotanyi were killing people arbitrarily, and I "
            "decided that it was better to flee, and I went to Tanzania.")
    assert "inkotanyi" not in {s for s, _ in _read(text)}
    # a name after "the" and a lower-case word stays a name
    assert "kovtun" in _subjects("The young Kovtun flew to Hamburg in October 2006.")


def test_a_title_alone_is_no_name() -> None:
    assert "colonel" not in {s for s, _ in _read("1 Colonel had said that we ought to attend a meeting at a 2 cafe in that place.")}
    text = ("Q. No, I am saying, Madam, before this interlude or interruption, we were talking of your trip to "
            "Rwanda in August 1994.")
    assert "madam" not in {s for s, _ in _read(text)}


def test_an_inverted_auxiliary_opens_a_question_without_a_question_mark() -> None:
    """Transcripts often end a question with a full stop: it still asserts nothing."""
    assert extract_text("EGOROV: Were these people killed inside or outside the house.") == []
    assert extract_text("BEER: Can we look, please, at the agenda for the meeting of 16 July.") == []
    assert extract_text("GROOME: Did you meet Mladic in Pale on 5 April 1995.") == []
    # declaratives that open with an auxiliary word are not questions
    got = {(c.subject, c.act) for c in extract_text("Radek confessed to treason. So did the others, and Pyatakov admitted that he had met Sedov in Berlin.")}
    assert ("pyatakov", "meeting") in got
    got = {(c.subject, c.act) for c in extract_text("May the 5th was the day Erdemovic shot the prisoners at Pilica.")}
    assert ("erdemovic", "assassination") in got


def test_centre_is_a_conspiracy_only_as_a_plotting_body() -> None:
    assert extract_text("HARMON: Indicating two buildings that appear in the centre of Exhibit 4/4.") == []
    acts = {c.act for c in extract_text("When Erdemovic and the others reached the centre of Srebrenica town, a man surrendered.")}
    assert "conspiracy" not in acts and "travel" in acts
    got = {(c.subject, c.act) for c in extract_text("Zinoviev was a member of the Trotskyite-Zinovievite centre in 1932.")}
    assert ("zinoviev", "conspiracy") in got


def test_a_country_region_or_historical_place_alone_is_no_person() -> None:
    text = "22 And at David Pecker's direction, Howard flew to 23 California, he met with Karen McDougal in person."
    got = _read(text)
    assert ("howard", "meeting") in got and "california" not in {s for s, _ in got}
    text = "However, Madam President, as I said earlier on, that country, Rwanda, experienced the most hideous crime."
    assert "rwanda" not in {s for s, _ in _read(text)}
    # a country that is also a given name may still be one
    assert "chad" in _subjects("Chad met Sedov in Paris in 1932.")


def test_a_line_number_between_a_preposition_and_a_place() -> None:
    """"when all this was over in 4 Branjevo and Pilica": the places, not two people returning."""
    got = _read("3 Q. Mr. Erdemovic, when all this was over in 4 Branjevo and Pilica, you returned to Vlasenica.")
    assert got == {("erdemovic", "travel")}
