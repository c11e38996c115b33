"""The fast path (prefilter, sentence focus, gated time rules) makes exactly the claims of the
full path that reads every segment and every sentence: checked on real transcripts and the
gold set, so a speed-up can never silently change what is extracted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from countertrial.extract.evaluate import _roster_store, default_gold
from countertrial.extract.rules import RulesExtractor, Segment
from countertrial.extract.timex import _RULES, find_timexes

_FILES = ("genocor/transcripts/sources/YUG-Mladic/IT-09-92-100.txt",
          "genocor/transcripts/sources/RWA-Gacumbitsi/ICTR-01-64-12.txt",
          "uk-post-office-inquiry/phases-5-6")


def _paragraphs(shared_dir: Path, limit: int = 120) -> list[str]:
    out: list[str] = []
    for name in _FILES:
        base = shared_dir / "corpora" / name
        files = sorted(base.rglob("*.txt")) if base.is_dir() else [base]
        for f in files[:2]:
            raw = f.read_bytes()
            utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
            text = raw.decode("utf-16" if utf16 else "utf-8", errors="replace").replace("\r\n", "\n")
            out += [p for p in text.split("\n\n") if len(p) > 20][:limit]
    return out


def _dump(ext: RulesExtractor, segs: list[Segment], fast: bool) -> list[str]:
    return [json.dumps(c.to_dict(), sort_keys=True, default=str) for c in ext.extract(segs, prefilter=fast)]


@pytest.mark.shared
def test_fast_path_makes_the_same_claims_on_corpora(shared_dir: Path) -> None:
    texts = _paragraphs(shared_dir)
    assert len(texts) > 80
    ext = RulesExtractor()
    segs = [Segment(t, speaker=None) for t in texts]
    full = _dump(ext, segs, fast=False)
    assert full, "the sample should hold claims"
    assert _dump(ext, segs, fast=True) == full


def test_fast_path_makes_the_same_claims_on_gold() -> None:
    gold = default_gold()
    items = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    store = _roster_store(gold)
    ext = RulesExtractor(store)
    segs = [Segment(it["text"], speaker=it.get("asserted_by")) for it in items]
    full = _dump(ext, segs, fast=False)
    assert len(full) > 100
    assert _dump(ext, segs, fast=True) == full


@pytest.mark.shared
def test_prefilter_passes_every_text_with_a_trigger_or_cue(shared_dir: Path) -> None:
    ext = RulesExtractor()
    texts = _paragraphs(shared_dir) + ["He cannot meet them.", "They didn't plead guilty.", "SPIED for them"]
    for doc, text in zip(ext.nlp.pipe(texts), texts):
        kinds = {ext._labels[m][0] for m, _s, _e in ext.matcher(doc)}
        # A power-dependent trigger (Q) needs a power, an unnamed power or a service too.
        if kinds & {"A", "C"} or ("Q" in kinds and kinds & {"P", "U", "S"}):
            assert ext.prefilter(text), text[:200]


def test_prefilter_skips_text_without_triggers() -> None:
    ext = RulesExtractor()
    assert not ext.prefilter("The witness was shown exhibit P123 and asked about the map.")
    assert ext.prefilter("I MET him in Oslo.")


def test_time_rule_gates_never_hide_a_match() -> None:
    text = ("In 1935, on 12 March 1936, in March, early 1934, the 1930s, the winter of 1921, yesterday, "
            "two years ago, that night, last week, 1932-1936, page 1934, the end of November 1932, "
            "1938-03-02, March 2, 1938, mid-March, 5 May, May 5, November 1932, the winter of 1921-22, "
            "the spring of 1936, last summer, the end of 1934, late in 1937, the following year, two days later, "
            "between May and July 1944, from March to June of that year, two days before Christmas 2010, on the 16th, June or July 1937, "
            "in March of last year, from 1979 until June 2009, late in December 1912, in 1965, 1966 and 1967, "
            "seventy years ago today.")
    hits = 0
    for i, (pattern, _handler, _anaphoric, gates) in enumerate(_RULES):
        found = list(pattern.finditer(text))
        assert found, f"rule {i} should match the sample"
        for m in found:
            for gate in gates:
                assert gate.search(m.group(0)), (pattern.pattern, gate.pattern)
            hits += 1
    assert hits > 20 and len(find_timexes(text)) > 20


def test_fast_path_makes_the_same_claims_on_dialogue_with_questions_and_answers() -> None:
    """Gold items cut into speaker turns (as ``extract_text`` does), so that bare answers take over
    the question before them: the pairing runs before the prefilter, and the question's claims
    are the same whether its segment was read fast or in full."""
    from countertrial.extract.rules import split_dialogue

    gold = default_gold()
    items = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    store = _roster_store(gold)
    ext = RulesExtractor(store)
    segs: list[Segment] = []
    for it in items:
        for start, end, label in split_dialogue(it["text"]):
            speaker = ext.persons.resolve_or_create(label.title()) if label else it.get("asserted_by")
            segs.append(Segment(it["text"][start:end], speaker=speaker, offset=start))
    full = _dump(ext, segs, fast=False)
    answered = [c for c in full if '"answer"' in c]
    assert len(answered) >= 3, "the gold set holds bare answers"
    assert _dump(ext, segs, fast=True) == full


def _token_view_matches_spacy(ext: RulesExtractor, texts: list[str]) -> int:
    from countertrial.extract.segment import keep_text, sentence_bounds, token_view

    checked = 0
    for doc, text in zip(ext.nlp.pipe(texts), texts):
        bounds = sentence_bounds(doc)
        assert bounds == [0, *(s.start for s in doc.sents if s.start > 0), len(doc)]
        view = token_view(keep_text(doc, text))
        assert sentence_bounds(doc) == bounds  # now read from the view
        assert view.text == [t.text for t in doc]
        assert view.lower == [t.lower_ for t in doc]
        assert view.space == [t.whitespace_ == " " for t in doc]
        assert view.alpha == [t.is_alpha for t in doc]
        assert view.is_lower == [t.is_lower for t in doc]
        assert view.starts == {t.i for t in doc if t.is_sent_start}
        assert view.punct == [t.is_punct for t in doc]
        assert [w.istitle() for w in view.text] == [t.is_title for t in doc]
        for sent in doc.sents:
            assert view.span_text(sent.start, sent.end) == sent.text
        checked += len(doc)
    return checked


@pytest.mark.shared
def test_token_view_holds_what_spacy_tokens_say_on_corpora(shared_dir: Path) -> None:
    """Mention finding reads words from plain lists (:class:`TokenView`), not spaCy tokens: the
    lists must say what the tokens say, on real transcripts (odd spacing, tabs, accents, quotes)."""
    texts = _paragraphs(shared_dir, limit=60) + ["CAN'T  stop\tÉcole  --  Ter-Vaganyan's \n\n x ", "", " a",
                                                 "İstanbul ſ ǅemal Ǆ ΣΑΣ 1935 x²", "  \n  a . B"]
    assert _token_view_matches_spacy(RulesExtractor(), texts) > 5000


def test_token_view_holds_what_spacy_tokens_say_on_gold() -> None:
    gold = default_gold()
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert _token_view_matches_spacy(RulesExtractor(), texts) > 1000


_SENTENCE_EDGES = ["", " ", "\n\n", "x.", ".", "..", "Hello.\n\nNext", "A.\n\n\nB", "a \n\n b \n c\n\n",
                   "Hi?! Yes. \"Go.\" Then (he did.) ...And so", "Mr. Smith went. 'Ok!' — then… Q. A. 1.2.",
                   "It ended。Next one！ Then？ ¿Sí? ‼ wow ‽ ok", "end.\" \n\n\"Start", "  \n  a . B"]


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_tokeniser_makes_the_docs_the_pipeline_makes(with_corpora: bool, request: pytest.FixtureRequest) -> None:
    """:class:`.segment.Tokeniser` runs the tokenizer alone and finds the sentence starts itself: the
    same words, the same sentence starts on the doc (as ``nlp`` sets them) and the same view."""
    from spacy.attrs import ORTH, SENT_START, SPACY

    from countertrial.extract.segment import TokenView, doc_text, token_view

    shared = request.getfixturevalue("shared_dir") if with_corpora else None
    texts = _SENTENCE_EDGES + _gold_and_corpus_texts(shared)
    ext = RulesExtractor()
    piped = list(ext.tokenise.pipe(texts))
    starts = 0
    for text, doc, fast in zip(texts, ext.nlp.pipe(texts), piped):
        for made in (fast, ext.tokenise(text)):
            assert doc_text(made) == text
            assert (made.to_array([ORTH, SPACY, SENT_START]) == doc.to_array([ORTH, SPACY, SENT_START])).all(), text
            assert [s.start for s in made.sents] == [s.start for s in doc.sents]
            want, view = TokenView(doc), token_view(made)
            assert all(getattr(view, a) == getattr(want, a) for a in TokenView.__slots__), text
        starts += len(want.starts)
    assert starts > (1500 if with_corpora else 500)


def test_tokeniser_runs_another_pipeline_as_it_is() -> None:
    """A sentencizer whose characters are not all punctuation, or other components, are not imitated."""
    import spacy

    from countertrial.extract.segment import Tokeniser, build_nlp

    nlp = build_nlp()
    assert Tokeniser(nlp)._final is not None
    other = spacy.blank("en")
    other.add_pipe("sentencizer", config={"punct_chars": [".", "x"]})
    text = "One. Two x three"
    assert Tokeniser(other)._final is None
    assert [s.text for s in Tokeniser(other)(text).sents] == [s.text for s in other(text).sents] == \
        ["One.", "Two x", "three"]


_CASED_TIMES = [
    "On MARCH 3, 1938 he came; in the Winter of 1921-22, Mid-March 1936 and THE FOLLOWING YEAR.",
    "Two Years Ago, That Night, the same DAY, at That Time, During The Night, page 1936, No. 1935.",
    "the 3rd Of march, 1938; SEPT. 5; early-Jan 1940; the Late Thirties; From 1932 To 1936; Yesterday Evening.",
    "Mayor Maybe marched in Decembers; Sept5 x1935 1935-03-04 a Few Days Later, the Next Morning.",
    "in Dec. 1941 the Beginning Of The Year 1937, the end of the 1920's; Last Summer; 12 Nov.",
]


def _gold_and_corpus_texts(shared_dir: Path | None) -> list[str]:
    gold = default_gold()
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return _CASED_TIMES + texts + (_paragraphs(shared_dir, limit=60) if shared_dir is not None else [])


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_lowered_time_rules_match_exactly_what_the_rules_match(with_corpora: bool, request: pytest.FixtureRequest) -> None:
    """On ASCII text the time rules scan the lower-cased text without IGNORECASE (:func:`.timex._lowered`,
    faster) and take each match from the rule's own pattern: the same matches, groups and case as
    ``finditer`` on the text, and the same time expressions as a finder that only uses ``finditer``."""
    from countertrial.extract import timex

    texts = _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    texts += [t.upper() for t in texts[:50]] + [t.title() for t in texts[:50]]
    found = 0
    for text in texts:
        low = text.lower() if text.isascii() else None
        for pattern, *_rest in _RULES:
            fast = [(m.span(), m.groupdict()) for m in timex._matches(pattern, text, low)]
            assert fast == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], (pattern.pattern, text)
            found += len(fast)
    assert found > 100
    # Gates only skip rules that cannot match: a finder whose gates always hit finds the same.
    ungated = [(p, h, a, (re.compile(""),)) for p, h, a, _gates in _RULES]
    saved_rules, timex._RULES = timex._RULES, ungated
    try:
        ungated_times = [find_timexes(t) for t in texts]
    finally:
        timex._RULES = saved_rules
    assert ungated_times == [find_timexes(t) for t in texts]
    plain = {p: p for p in timex._LOWERED}
    fast_times = [find_timexes(t) for t in texts]
    saved, timex._LOWERED = timex._LOWERED, plain
    try:
        assert [find_timexes(t) for t in texts] == fast_times
    finally:
        timex._LOWERED = saved


def _reads(node: object) -> list[object]:
    """The elements of a parsed pattern that read characters forwards (lookbehinds read back)."""
    import re._constants as c

    out: list[object] = []
    for op, av in node:  # type: ignore[attr-defined]
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.GROUPREF, c.CATEGORY):
            out.append((op, av))
        elif op is c.SUBPATTERN:
            out += _reads(av[3])
        elif op is c.BRANCH:
            for alt in av[1]:
                out += _reads(alt)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            out += _reads(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if av[0] > 0:
                out += _reads(av[1])
        elif op is not c.AT:
            out.append((op, av))  # anything else: unknown, the test below fails on it
    return out


def test_no_time_rule_reads_past_a_stop_character() -> None:
    """:func:`.timex.times_in` reads the text in pieces cut after characters that no element of
    any time rule (nor of the page test) matches: checked here on the parsed patterns, so that a
    new rule cannot silently break the cut."""
    import re._constants as c
    import re._parser as parser

    from countertrial.extract import timex

    stops = [chr(i) for i in range(0x10000) if timex._STOPS.fullmatch(chr(i))]
    assert "?" in stops and ";" in stops
    for pattern in [p for p, *_rest in _RULES] + [timex._PAGE_CONTEXT]:
        for op, av in _reads(parser.parse(pattern.pattern, pattern.flags)):
            if op is c.LITERAL:
                assert chr(av).lower() not in stops, pattern.pattern
            elif op is c.IN:
                for item_op, item in av:
                    if item_op is c.LITERAL:
                        assert chr(item) not in stops
                    elif item_op is c.RANGE:
                        assert not any(item[0] <= ord(ch) <= item[1] for ch in stops)
                    else:
                        assert item_op is c.CATEGORY and item in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE), pattern.pattern
            else:
                raise AssertionError(f"{op} may read a stop character: {pattern.pattern}")


_STOPPED_TIMES = [
    "He came in March; 1936 was the year. That day (1937) he left? In 1938: that night.",
    'On "2 March" 1938 he spoke. The following year [1939] the winter of 1921-22! At that time?',
    "I saw him in 1935. I met him that day; the same day in Oslo? Two days later: he came (in May 1936).",
    "He came in March. 1936 was hard for him. That day he left, in the winter of 1921 - 22. He came.",
]


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_times_in_sentences_read_around_them_are_those_of_the_whole_text(
        with_corpora: bool, request: pytest.FixtureRequest) -> None:
    """Anaphoric times ("that day") make the time expressions of the sentences wanted be read as in
    the whole text, with every earlier time; :func:`.timex.times_in` reads only the pieces of text
    around them (and before them as far as needed). Checked for single sentences, pairs and runs of
    sentences of gold items and corpus paragraphs."""
    import random
    from datetime import date

    from countertrial.extract.timex import resolve_anaphora, times_in

    session = date(1938, 3, 2)
    texts = _STOPPED_TIMES + _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    nlp = RulesExtractor().nlp
    rng = random.Random(4)
    checked = anaphoric = 0
    for doc, text in zip(nlp.pipe(texts), texts):
        every = resolve_anaphora(find_timexes(text, session), session)
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        choices = [[s] for s in sents] + [sorted(rng.sample(sents, min(len(sents), n))) for n in (2, 3, 5)]
        for spans in choices:
            got = times_in(text, spans, session)
            for a, b in spans:
                want = [t for t in every if a <= t.start < b]
                assert [t for t in got if a <= t.start < b] == want, (text, a, b)
                checked += bool(want)
                anaphoric += any(t.anaphoric for t in want)
    assert checked > 100 and anaphoric > 5



def test_last_place_reads_places_alone_and_finds_what_a_full_read_finds() -> None:
    """:meth:`.DocContext.last_place` walks back reading place mentions alone (no person mentions):
    a context that reads places first finds the same places, persons and last places as one that
    reads every sentence in full first (mention finding keeps no state between sentences)."""
    from countertrial.extract.context import DocContext
    from countertrial.extract.segment import keep_text, sentence_bounds

    gold = default_gold()
    items = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    ext = RulesExtractor(_roster_store(gold))
    texts = [it["text"] for it in items] + _STOPPED_TIMES
    found = 0
    for doc, text in zip(ext.nlp.pipe(texts), texts):
        keep_text(doc, text)
        seg = Segment(text)
        matches = ext._matches(doc)
        bounds = sentence_bounds(doc)
        n = len(bounds) - 1
        lazy = DocContext(ext.persons, ext.places, seg, doc, matches)
        last = [lazy.last_place(k, bounds) for k in range(n)]
        full = DocContext(ext.persons, ext.places, seg, doc, matches)
        local = [full.local(k, bounds) for k in range(n)]
        assert [full.last_place(k, bounds) for k in range(n)] == last
        assert [lazy.local(k, bounds) for k in range(n)] == local
        found += sum(p is not None for p in last)
    assert found > 20



@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_word_trie_finds_what_the_plain_alternation_finds(with_corpora: bool, request: pytest.FixtureRequest) -> None:
    """The verb ... object triggers' objects and verbs are found with a trie-shaped pattern
    (:func:`.matching.word_alternatives`): the same matches as ``\\b(?:longest|...|shortest)\\b``."""
    from countertrial.extract.inflect import derived_phrases
    from countertrial.extract.matching import word_alternatives

    ext = RulesExtractor()
    assert ext._gapped is not None
    objects = {o.lower() for act in ext.vocab.acts.values() for vo in act.verb_object for o in vo.objects}
    verbs = {v.lower() for act in ext.vocab.acts.values() for vo in act.verb_object for v in vo.verbs}
    # ... and their base and -ing forms (inflect.py: "did not plant", "was planting")
    verbs |= {v.lower() for act in ext.vocab.acts.values() for vo in act.verb_object
              for half in derived_phrases(vo.verbs) for v in half}
    odd = {"a", "xy", "power", "plan", "plans", "planned", "power station", "power stations", "pit", "pits", "a-b", "a.b", "x", "xy z"}
    texts = [t.lower() for t in _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)]
    texts += ["plans planned plan-s power stations, power station's pits a-b a.b x xx plannedx xy z xy", "planne plan"]
    found = 0
    for words in (objects, verbs, odd):
        trie = word_alternatives(words)
        plain = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + r")\b")
        for text in texts:
            got = [m.span() for m in trie.finditer(text)]
            assert got == [m.span() for m in plain.finditer(text)], (sorted(words)[:5], text[:80])
            found += len(got)
    assert found > 100


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_prefilter_with_phrase_tries_passes_what_flat_alternations_pass(
        with_corpora: bool, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The prefilter's phrase and verb patterns are tries (:func:`.matching.phrase_search`,
    :func:`.matching.word_alternatives`): a prefilter built with flat alternations of every phrase
    passes exactly the same texts, and each phrase pattern is found in exactly the same texts."""
    from countertrial.extract import matching

    texts = _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    fast = matching.compile_vocabulary(()).prefilter
    monkeypatch.setattr(matching, "_COMPILED", {})
    monkeypatch.setattr(matching, "phrase_search", lambda seqs: re.compile(
        "|".join(sorted(" ?".join(re.escape(t) for t in toks) for toks in seqs))))
    monkeypatch.setattr(matching, "word_alternatives", lambda words: re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"))
    flat = matching.compile_vocabulary(()).prefilter
    assert fast.phrases.keys() == flat.phrases.keys() and fast.near.keys() == flat.near.keys()
    phrases = [p.pattern.replace(" ?", " ").replace("\\", "") for p in flat.phrases.values() if p is not None]
    texts += [alt for p in phrases for alt in p.split("|")][:400]  # every phrase, and texts with none
    lows = [t.lower() for t in texts]
    assert [fast(t) for t in texts] == [flat(t) for t in texts]
    for key, pattern in fast.phrases.items():
        other = flat.phrases[key]
        assert (pattern is None) == (other is None)
        if pattern is not None and other is not None:
            assert [pattern.search(low) is None for low in lows] == [other.search(low) is None for low in lows], key
    assert sum(fast(t) for t in texts) > 100


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_prefilter_phrases_searched_around_their_word_are_found_as_in_the_whole_text(
        with_corpora: bool, request: pytest.FixtureRequest) -> None:
    """The prefilter searches a key word's phrases only around the word's occurrences
    (:meth:`.matching.Prefilter._holds`): found in exactly the texts where a search of the whole
    text finds them, for every key word, on every phrase itself and on gold and corpus texts."""
    pf = RulesExtractor().prefilter
    texts = _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    phrases = [alt.replace(" ?", " ").replace("\\", "") for p in pf.phrases.values() if p is not None
               for alt in p.pattern.split("|")]
    texts += [f"{a}{b}" for a in ("", "x", "to ", "and then ") for b in phrases[:300]]
    texts += [f"{p}{p[:3]}" for p in phrases[:100]] + [p.replace(" ", "") for p in phrases[:100]]
    checked = found = 0
    for text in texts:
        low = text.lower()
        for word, pattern in pf.phrases.items():
            if pattern is None or word not in low:
                continue
            whole = pattern.search(low) is not None
            assert pf._holds(pattern, word, low) == whole, (word, text[:80])
            checked += 1
            found += whole
    assert checked > 1000 and found > 300


_OWNED = ["Trotsky's order to kill Kirov was given.", "His instructions for terror came in 1934.",
          "On Yagoda's orders I went there.", "I did it in order to live.", "It was MY DIRECT ORDER TO him.",
          "Trotsky’s directive that we act.", "Their   instructions to us.", "their\ninstructions to us",
          "Sedov's instruction on sabotage.", "the orders to fire", "Her directives, for"]


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_prefilter_passes_every_text_with_an_act_or_cue_match(with_corpora: bool,
                                                               request: pytest.FixtureRequest) -> None:
    """Every text where :func:`.matching.find_matches` keeps an act or a stance cue passes the
    prefilter; owner triggers ("Trotsky's order to") count only after a possessor and before
    what was ordered, and the prefilter passes them only there."""
    texts = _OWNED + _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    ext = RulesExtractor(_roster_store(default_gold()))
    owned = 0
    for doc, text in zip(ext.nlp.pipe(texts), texts):
        matches = ext._matches(doc)
        if any(m.kind in ("A", "C") for m in matches):
            assert ext.prefilter(text), text[:200]
        owned += any(ext._labels[m][0] == "O" for m, _s, _e in ext.matcher(doc)) and ext.prefilter(text)
    assert owned >= 4
    assert not ext.prefilter("I stayed in order to live.") and not ext.prefilter("On Yagoda's orders, nothing.")
    # ("I did it in order to live." passes now: "order" after "did" may be the base form of "ordered",
    # which find_matches reads only right after "do" and its subject, inflect.gate_holds)


def _spacy_parenthesis(doc, comma, limit):  # type: ignore[no-untyped-def]
    """:func:`.participants.parenthesis` as it read spaCy tokens (the reference)."""
    from countertrial.extract.mentions import OBJECT_PREPS
    from countertrial.extract.participants import _REACH, APPOSITION_OPENERS

    if comma < 1 or comma + 1 >= limit or doc[comma].text != "," or not doc[comma - 1].text[:1].isupper():
        return None
    if doc[comma + 1].lower_ not in APPOSITION_OPENERS and not (
            comma + 2 < limit and doc[comma + 1].is_title and doc[comma + 2].text in ("'s", "’s")) and not (
            comma + 2 < limit and doc[comma + 2].lower_ in ("whom", "which", "whose")
            and doc[comma + 1].lower_ in OBJECT_PREPS):
        return None
    for k in range(comma + 2, min(limit, comma + 2 + _REACH)):
        tok = doc[k]
        if tok.is_sent_start or tok.text in (";", ":", "?", "!") or (tok.text == "." and k + 1 < len(doc)):
            return None
        if tok.text == ",":
            if k + 2 < limit and _spacy_place_and_state(doc, k):
                continue
            return k
    return None


def _spacy_place_and_state(doc, comma):  # type: ignore[no-untyped-def]
    return (0 < comma and comma + 2 < len(doc) and doc[comma - 1].is_title and doc[comma + 1].is_title
            and doc[comma + 2].text == "," and comma > 1 and doc[comma - 2].lower_ in ("in", "at", "of", "from", "near"))


def _spacy_in_parenthesis(doc, i, limit):  # type: ignore[no-untyped-def]
    from countertrial.extract.participants import _REACH

    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        tok = doc[k]
        if tok.text == ",":
            close = _spacy_parenthesis(doc, k, limit)
            if close is None and _spacy_place_and_state(doc, k):
                continue
            return k if close is not None and close >= i else None
        if tok.is_sent_start or tok.text in (";", ":"):
            return None
    return None


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_parentheses_read_from_the_token_view_are_those_spacy_tokens_give(with_corpora: bool,
                                                                          request: pytest.FixtureRequest) -> None:
    """Appositions and relative clauses (:func:`.participants.parenthesis`, :func:`.in_parenthesis`,
    :func:`.same_clause`) and sentence-initial words (:func:`.mentions._sentence_initial`) are read
    from the :class:`.segment.TokenView`: the same answers as from spaCy's tokens, at every word."""
    from countertrial.extract import mentions, participants

    texts = _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    texts += ["Rajk, who had lived in Cambridge, Massachusetts, as a boy, met Kostov, Stalin's man, in Sofia.",
              "Kostov, a veteran. Of the party, he said; Field, the American, who, later, met \"Noel\", Rajk."]
    ext = RulesExtractor()
    found = 0
    for doc in ext.nlp.pipe(texts):
        n = len(doc)
        sents = [(s.start, s.end) for s in doc.sents]
        for i in range(n):
            limit = next(e for s, e in sents if s <= i < e)
            assert participants.parenthesis(doc, i, limit) == _spacy_parenthesis(doc, i, limit)
            assert participants.parenthesis(doc, i, n) == _spacy_parenthesis(doc, i, n)
            assert participants._place_and_state(doc, i) == _spacy_place_and_state(doc, i)
            got = participants.in_parenthesis(doc, i, limit)
            assert got == _spacy_in_parenthesis(doc, i, limit)
            found += got is not None
            initial = i == 0 or bool(doc[i].is_sent_start) or (
                doc[i - 1].text in ('"', "'", "“", "‘", "(", "[", "—", "-", ":") and (i == 1 or doc[i - 1].is_sent_start is True)) or (
                doc[i - 1].text in ("Q.", "A.", "Q", "A") and doc[i].text[:1].isupper()  # "4 A. One of ...": after a Q/A mark
                and (i == 1 or doc[i - 1].is_sent_start is True or doc[i - 2].text[:1].isdigit()))
            assert mentions._sentence_initial(doc, i) == initial
            if i + 1 < n:
                fellow = doc[i + 2].lower_ if i + 2 < n else ""
                if i + 4 < n and doc[i + 3].text in ("-", "‐"):
                    fellow = f"{fellow}-{doc[i + 4].lower_}"
                counted = i + 3 < n and doc[i + 1].lower_ in mentions._COUNTED \
                    and fellow.rstrip("s") in mentions._FELLOWS
                assert mentions._joined(doc, i) == (doc[i].lower_ == "and" and (counted or doc[i + 1].is_title or (
                    i + 3 < n and doc[i + 1].lower_ in ("his", "her", "their") and doc[i + 2].is_lower
                    and doc[i + 3].is_title)))
            if i + 3 < n:
                assert mentions._listed(doc, i) == (doc[i].text == "," and doc[i + 1].is_title
                                                    and doc[i + 2].text in (",", "and") and doc[i + 3].is_title)
        for a in range(0, n, 7):
            for b in range(a, min(n, a + 40), 5):
                ref = True
                k = a
                while k < b:  # same_clause as it read spaCy tokens
                    if doc[k].text == ",":
                        close = _spacy_parenthesis(doc, k, b)
                        if close is not None:
                            k = close + 1
                            continue
                        if k + 1 < b and doc[k + 1].lower_ in ("who", "whom", "which", "whose"):
                            k += 2
                            continue
                        if k + 2 < b and doc[k + 1].lower_ in participants._INTERJECTIONS and doc[k + 2].text == ",":
                            k += 3
                            continue
                    if doc[k].lower_ in participants.CLAUSE_BREAK:
                        ref = False
                        break
                    k += 1
                assert participants.same_clause(doc, a, b) == ref
    assert found > 20


_POWERED = ["He worked for them for years.", "He worked for the Gestapo.", "He was a Soviet agent.", "He was an agent.",
            "The Abwehr recruited Popov.", "He was recruited by a foreign power.", "He recruited him.",
            "He handed over documents to the Germans.", "I handed over the papers, and later the Czech agent came.",
            "He had been in contact with the Polish General Staff.", "He had contacts with Yugoslav agents."]


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_prefilter_passes_power_dependent_triggers_only_with_a_power(with_corpora: bool,
                                                                     request: pytest.FixtureRequest) -> None:
    """A text whose only triggers count with a foreign power alone (:attr:`.matching.Prefilter.powered`)
    passes the prefilter only when it names a power, an unnamed power or a service; every text
    where :func:`.matching.find_matches` keeps an act or a cue still passes."""
    texts = _POWERED + _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    ext = RulesExtractor(_roster_store(default_gold()))
    assert ext.prefilter.powered and ext.prefilter.powers is not None
    skipped = 0
    for doc, text in zip(ext.nlp.pipe(texts), texts):
        if any(m.kind in ("A", "C") for m in ext._matches(doc)):
            assert ext.prefilter(text), text[:200]
        elif not ext.prefilter(text) and any(ext._labels[m][0] == "Q" for m, _s, _e in ext.matcher(doc)):
            skipped += 1
    assert skipped >= 3
    assert not ext.prefilter("He worked for them for years.") and not ext.prefilter("He recruited him.")


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_times_read_only_when_a_claim_needs_them_give_the_same_claims(
        with_corpora: bool, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A segment's time expressions are read only once one of its acts has a subject
    (``rules._SentenceTimes``): the same claims as reading them for every claim sentence first,
    and segments whose acts make no claim never read them."""
    from countertrial.extract import context, rules

    texts = _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    ext = RulesExtractor(_roster_store(default_gold()))
    segs = [Segment(t, speaker="krestinsky") for t in ("Yesterday I met Sedov in Oslo.",
                                                      "He slept. 1935 saw me meet Sedov.")]
    segs += [Segment(t, speaker=None) for t in texts]
    reads: list[int] = []
    timexes = context.DocContext.timexes
    monkeypatch.setattr(context.DocContext, "timexes", lambda self, *a, **k: reads.append(1) or timexes(self, *a, **k))
    lazy = _dump(ext, segs, fast=True)
    lazy_reads = len(reads)
    monkeypatch.setattr(rules, "_SentenceTimes", lambda doc_times, start, end: [
        t for t in doc_times() if start <= t.start < end])  # eager, as before
    reads.clear()
    assert _dump(ext, segs, fast=True) == lazy
    assert len(lazy) > 100 and lazy_reads < len(reads)


def _verb_object_patterns(ext: RulesExtractor) -> dict[str, list[list[dict[str, object]]]]:
    """The ``verb_object`` triggers as spaCy ``Matcher`` patterns, written from the vocabulary alone:
    the verb (a base or -ing form too), each word of the gap optional (no punctuation, no stop word),
    a qualifier somewhere in the gap where the entry has them, the object."""
    from countertrial.extract.inflect import derived_phrases
    from countertrial.extract.matching import _GAP_PUNCT_SET, _GAP_STOP

    nlp = ext.nlp
    out: dict[str, list[list[dict[str, object]]]] = {}
    for act in ext.vocab.acts.values():
        for vo in act.verb_object:
            stop = [w for w in _GAP_STOP if not (vo.lists and w == "and")]
            stop += [o.lower() for o in vo.objects if " " not in o] + list(vo.stop)
            word = {"ORTH": {"NOT_IN": sorted(_GAP_PUNCT_SET)}, "LOWER": {"NOT_IN": stop}}
            # the first ``min_gap`` words of the gap are needed ("had her arrested"), the rest optional
            gap = [word] * vo.min_gap + [{"OP": "?", **word}] * (vo.gap - vo.min_gap)
            base, ing = derived_phrases(vo.verbs)
            heads = [[{"LOWER": t.lower_} for t in nlp.make_doc(v)] for v in (*vo.verbs, *base, *ing)]
            objs = [[{"LOWER": o}] if len(nlp.make_doc(o)) == 1 else [{"LOWER": t.lower_} for t in nlp.make_doc(o)]
                    for o in vo.objects]
            pats = out.setdefault(f"{'Q' if vo.power else 'A'}|{act.name}", [])
            for head in heads:
                for obj in objs:
                    if not vo.qualifiers:
                        pats.append([*head, *gap, *obj])
                        continue
                    qual = {"LOWER": {"IN": [q.lower() for q in vo.qualifiers]}}
                    pats += [[*head, *gap[:a], qual, *gap[:vo.gap - 1 - a], *obj] for a in range(vo.gap)]
    return out


@pytest.mark.parametrize("with_corpora", [False, pytest.param(True, marks=pytest.mark.shared)])
def test_gapped_finds_what_spacy_matcher_finds_with_the_same_patterns(
        with_corpora: bool, request: pytest.FixtureRequest) -> None:
    """The verb ... object triggers are read by hand, back from each object's last word
    (:class:`.matching.Gapped`): exactly the matches of spaCy's ``Matcher`` holding the same triggers
    as token patterns, run over the whole text."""
    from spacy.matcher import Matcher

    ext = RulesExtractor()
    gapped = ext._gapped
    assert gapped is not None
    nlp = ext.nlp
    whole = Matcher(nlp.vocab)
    for key, pats in _verb_object_patterns(ext).items():
        whole.add(key, pats)
    texts = _gold_and_corpus_texts(request.getfixturevalue("shared_dir") if with_corpora else None)
    texts += [
        "He gave me, on behalf of them all, the documents and passed on to me Trotsky's instructions.",
        "passed documents documents passed passed the plans of the plant to him and handed over plans",
        "Instructions passed. gave instructions gave gave gave him his own written instructions instructions",
        "handed over to the Japanese the secret plans of the power station and handed - over plans",
        "passed State Department documents; passed them classified classified papers; gave him - secret papers",
        "went to Berlin and to Paris, came back to Moscow, sent Kappler a list, followed Parmar and Reyat into the woods",
        "had arrested him; had him arrested; had the two men of the guard arrested; had already arrested them",
    ]
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        want = {(m, s, e) for m, s, e in whole(doc)}
        got = gapped(doc)
        assert set(got) == want, text[:120]
        assert got == sorted(got, key=lambda x: (x[1], x[2]))
        found += len(got)
    assert found > 50
