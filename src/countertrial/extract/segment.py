"""Segments, sentences and clauses: what the rules extractor reads and how it cuts it up.

* a :class:`Segment` is one speaker's stretch of text with where it sits in its document;
* :func:`split_dialogue` cuts prose with quoted or transcript-style dialogue into segments;
* :func:`build_nlp` is the blank English pipeline (rule-based sentencizer, a blank line ends a
  sentence); :class:`Tokeniser` makes its docs for less; :func:`sentence_bounds` lists where
  their sentences start;
* a clause runs back from a word to the nearest :data:`CLAUSE_BREAK` (:func:`clause_start`);
* :func:`token_view` holds a doc's words as plain lists, for rules that read word after word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

import numpy as np
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Source

__all__ = ["Segment", "TokenView", "Tokeniser", "build_nlp", "sentence_bounds", "split_dialogue", "clause_start",
           "keep_text", "token_view", "doc_text", "span_text", "CLAUSE_BREAK"]

CLAUSE_BREAK = {",", ";", ":", "—", "–", "--", "but", "and", "whereas", "although", "though", "while", "(", ")"}


@dataclass(frozen=True)
class Segment:
    """One speaker's stretch of text to extract from, with where it sits in its document."""

    text: str
    speaker: str | None = None
    stated_on: date | None = None
    source: Source = field(default_factory=Source)
    offset: int | None = None  # char offset of ``text`` in the document when exact
    proceeding: str | None = None
    role: str | None = None
    author: str | None = None  # who reports this segment (the article's author for quoted dialogue)
    addressee: str | None = None  # who "you" is (the witness, when a question is read with its answer)
    accused: str | None = None  # who "the Accused" is: the one accused who speaks in the document


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence even without a full stop (headings, list items)."""
    if len(doc) > 1:
        # Only white-space tokens can hold a blank line: find them without making a Token each.
        for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
            if doc[i].text.count("\n") >= 2:
                doc[i + 1].is_sent_start = True
    return doc


_TOKEN_CACHE = 50_000


def build_nlp() -> Language:
    """The pipeline the rules run on: blank English, a rule-based sentencizer, blank lines as breaks."""
    if "countertrial_paragraphs" not in Language.factories:
        Language.component("countertrial_paragraphs", func=_paragraph_breaks)
    nlp = spacy.blank("en")
    # spaCy caches the tokens of 10,000 distinct space-separated strings, then stops: a transcript
    # has more. 50,000 tokenises a 6 MB single pass over the corpora ~20% faster (round 8).
    nlp.tokenizer.max_cache_size = _TOKEN_CACHE  # type: ignore[union-attr]
    # "... and neither did I. He left": the tokenizer keeps a capital and its full stop together
    # (an initial, "J. Smith"), which for "I" hid both the pronoun and the sentence's end.
    nlp.tokenizer.add_special_case("I.", [{ORTH: "I"}, {ORTH: "."}])  # type: ignore[union-attr]
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("countertrial_paragraphs")
    return nlp


def forget_phrases(nlp: Language) -> None:
    """Empty the tokenizer's cache of the phrases just tokenised to build matchers.

    spaCy's tokenizer caches the tokens of at most ``max_cache_size`` (10,000) distinct
    space-separated strings and then stops caching. Compiling the vocabulary tokenises some
    10,000 phrases (state names above all), which filled the cache: the transcript's own words were
    then split again on every reading, and the tokenizer ran at about half its speed
    (docs/benchmarks.md, round 8). Call this once the matchers are built; tokens are unchanged."""
    flush = getattr(nlp.tokenizer, "_flush_cache", None)
    if callable(flush):
        flush()


def sentence_bounds(doc: Doc) -> list[int]:
    """Token indices where sentences start, and ``len(doc)`` last (read from the doc's
    :class:`TokenView` when it has one: it notes them)."""
    view = doc.user_data.get(_VIEW)
    if isinstance(view, TokenView):
        return [0, *sorted(i for i in view.starts if i > 0), len(doc)]
    flags = doc.to_array([SENT_START])
    starts = [0, *(i for i in (flags == 1).nonzero()[0].tolist() if i > 0)]
    return [*starts, len(doc)]


_FIRST, _SECOND, _THIRD, _FOURTH = (itemgetter(k) for k in range(4))
# A word's text, lower-cased text, ``isalpha()`` and ``islower()`` by its ORTH hash (the hash of
# its text: the same in every vocabulary). It grows with the words read, as a vocabulary does.
_WORDS: dict[int, tuple[str, str, bool, bool]] = {}


class TokenView:
    """A doc's words as plain lists, built once per doc (:func:`token_view`): rules that read
    word after word index these instead of making a spaCy ``Token`` for every word read.

    ``text``, ``lower`` (``Token.text``, ``Token.lower_``), ``space`` (``Token.whitespace_`` is
    a space), ``alpha`` and ``is_lower`` (``Token.is_alpha``, ``Token.is_lower``: the blank
    English lexeme attributes are the ``str`` methods of the word), ``punct`` (``Token.is_punct``)
    and ``starts``, the words that start a sentence (``Token.is_sent_start`` is true); a word's
    ``Token.is_title`` is ``text[k].istitle()``.

    The four word lists are read from one table per distinct word (:data:`_WORDS`, keyed by the
    word's ``ORTH`` hash): a doc's words are mostly words seen before, and a lookup is cheaper
    than slicing, lower-casing and testing each word again."""

    __slots__ = ("text", "lower", "space", "alpha", "is_lower", "punct", "starts")

    def __init__(self, doc: Doc, final: frozenset[int] | None = None) -> None:
        # With ``final`` (see :class:`Tokeniser`) the doc is fresh from the tokenizer: its sentence
        # starts are found here, from its punctuation and white space, instead of read.
        cols = doc.to_array([ORTH, SPACY, SENT_START if final is None else IS_SPACE, IS_PUNCT])
        orths: list[int] = cols[:, 0].tolist()
        try:
            words = list(map(_WORDS.__getitem__, orths))
        except KeyError:
            strings = doc.vocab.strings
            for h in orths:
                if h not in _WORDS:
                    w = strings[h]
                    _WORDS[h] = (w, w.lower(), w.isalpha(), w.islower())
            words = list(map(_WORDS.__getitem__, orths))
        self.text: list[str] = list(map(_FIRST, words))  # (map and itemgetter: a third less than a comprehension)
        self.lower: list[str] = list(map(_SECOND, words))
        self.alpha: list[bool] = list(map(_THIRD, words))
        self.is_lower: list[bool] = list(map(_FOURTH, words))
        self.space: list[bool] = (cols[:, 1] != 0).tolist()
        self.punct: list[bool] = (cols[:, 3] != 0).tolist()
        if final is None:
            # SENT_START is 1 (a start), -1 (not) or 0 (unknown: ``is_sent_start`` is None).
            self.starts: frozenset[int] = frozenset((cols[:, 2] == 1).nonzero()[0].tolist())
        else:
            self.starts = _sentencizer_starts(orths, cols[:, 3].nonzero()[0].tolist(), self.punct,
                                              cols[:-1, 2].nonzero()[0].tolist(), self.text, final)
            if orths:
                flags = np.full((len(orths), 1), _NOT_START, dtype=np.uint64)
                flags[list(self.starts), 0] = 1
                # As the pipeline's components leave them (thinc types the array as its own Ints2d).
                doc.from_array([SENT_START], flags)  # type: ignore[arg-type]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``: the words with the spaces between them."""
        if end - start == 1:
            return self.text[start]
        text, space = self.text, self.space
        return "".join([*(text[k] + " " if space[k] else text[k] for k in range(start, end - 1)), text[end - 1]])


_NOT_START = np.uint64(2**64 - 1)  # SENT_START -1 (not a start) as ``Doc.to_array`` gives it


def _sentencizer_starts(orths: list[int], punct: list[int], is_punct: list[bool], spaces: list[int],
                        text: list[str], final: frozenset[int]) -> frozenset[int]:
    """The sentence starts that :func:`build_nlp`'s components set on a doc of the words ``orths``:
    the ``sentencizer`` starts a sentence at the first word and at the first word after a sentence-final
    character (``final``, the hashes of its ``punct_chars``) that is neither punctuation nor such a
    character; :func:`_paragraph_breaks` at the word after a blank line. ``punct`` are the indices of
    the punctuation words (``is_punct`` says it per word), ``spaces`` of the white-space words but the
    last. Every sentence-final character is punctuation (:class:`Tokeniser` checks it), so only the
    punctuation is read: a few words in ten instead of every word, as the sentencizer reads them."""
    n = len(orths)
    starts = {0} if n else set()
    for i in [i for i in punct if orths[i] in final]:
        j = i + 1
        while j < n and is_punct[j]:
            j += 1
        if j < n:
            starts.add(j)
    starts.update(i + 1 for i in spaces if text[i].count("\n") >= 2)
    return frozenset(starts)


_VIEW = "countertrial.token_view"
_TEXT = "countertrial.text"


def keep_text(doc: Doc, text: str) -> Doc:
    """Note on ``doc`` the text it was made from (``Doc.text`` rebuilds it word by word)."""
    doc.user_data[_TEXT] = text
    return doc


def doc_text(doc: Doc) -> str | None:
    """The text ``doc`` was made from, if :func:`keep_text` noted it (``None`` otherwise)."""
    text = doc.user_data.get(_TEXT)
    return text if isinstance(text, str) else None


def span_text(span: Span) -> str:
    """``span.text``, sliced from the text the doc was made from when :func:`keep_text` noted it
    (``Span.text`` rebuilds it word by word)."""
    text = span.doc.user_data.get(_TEXT)
    return text[span.start_char:span.end_char] if isinstance(text, str) else span.text


def token_view(doc: Doc) -> TokenView:
    """The :class:`TokenView` of ``doc``, kept in its ``user_data`` so it is built once."""
    view = doc.user_data.get(_VIEW)
    if view is None:
        view = doc.user_data[_VIEW] = TokenView(doc)
    assert isinstance(view, TokenView)
    return view


class Tokeniser:
    """The docs of :func:`build_nlp`'s ``nlp`` (``nlp(text)``, ``nlp.pipe(texts)``), each with its
    :class:`TokenView`, for less: the tokenizer alone makes the doc and the view finds its sentence
    starts from the words it reads anyway (:func:`_sentencizer_starts`), then sets them on the doc as
    the pipeline's sentencizer and blank-line component do. Those read every word through a spaCy
    ``Token`` and cost half as much again as the tokenizer; this costs a few per cent of it.

    The same starts (``tests/extract/test_focus.py`` holds them equal on corpora and gold): the
    starts are the sentencizer's rule for its own ``punct_chars``. A pipeline other than
    :func:`build_nlp`'s, or with characters that end a sentence but are not punctuation, is run as it
    is."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._final: frozenset[int] | None = None
        if nlp.pipe_names == ["sentencizer", "countertrial_paragraphs"]:
            sentencizer = nlp.get_pipe("sentencizer")
            chars = sentencizer.punct_chars  # type: ignore[attr-defined]
            if not sentencizer.overwrite and all(nlp.vocab[c].is_punct for c in chars):  # type: ignore[attr-defined]
                self._final = frozenset(nlp.vocab.strings.add(c) for c in chars)

    def __call__(self, text: str) -> Doc:
        """``nlp(text)``, with its view, and the text kept (:func:`keep_text`)."""
        final = self._final
        if final is None:
            return keep_text(self.nlp(text), text)
        doc = self.nlp.make_doc(text)
        doc.user_data[_VIEW] = TokenView(doc, final)
        return keep_text(doc, text)

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """``nlp.pipe(texts)``, each doc with its view and its text kept."""
        if self._final is None:
            texts = list(texts)
            for doc, text in zip(self.nlp.pipe(texts, batch_size=batch_size), texts):
                yield keep_text(doc, text)
            return
        for text in texts:
            yield self(text)


def clause_start(doc: Doc, i: int, sent_start: int) -> int:
    """Where the clause of token ``i`` starts: just after the nearest clause break before it."""
    lower = token_view(doc).lower
    k = i - 1
    while k >= sent_start and lower[k] not in CLAUSE_BREAK:
        k -= 1
    return k + 1


# Capitals with diacritics ("HORÁKOVÁ", "PÉTAIN", "MLADIĆ") count too: Latin-1 capitals and the
# mixed-case Latin Extended-A block, whose small letters a label then rules out (:func:`_upper`).
_CAP = "A-ZÀ-ÖØ-ÞĀ-ž"
# (a one-letter word only in a label of two words or more: "U SAW", "SOLDIER A", "WITNESS B")
_LABEL = re.compile(rf"^[\"“']?\s*(?P<label>(?:THE |MR\. |MRS\. |MS\. |DR\. )?(?:[{_CAP}][{_CAP}'’\-]+"
                    rf"(?: [{_CAP}][{_CAP}'’\-]*){{0,3}}|[{_CAP}](?: [{_CAP}][{_CAP}'’\-]*){{1,3}})):\s+",
                    re.MULTILINE)


def _upper(label: str) -> bool:
    return label.isascii() or label == label.upper()



def split_dialogue(text: str) -> list[tuple[int, int, str | None]]:
    """Split prose into ``(start, end, label)`` stretches: quoted or transcript-style dialogue
    ("GOLDMAN: ...", "TROTSKY: ...") gets its speaker label; the rest has ``None`` (the author).
    A labelled stretch runs to the next label or the end of its paragraph."""
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    labels = [m for m in _LABEL.finditer(text) if len(m["label"].replace("THE ", "")) >= 2 and _upper(m["label"])]
    for i, m in enumerate(labels):
        if m.start() > pos:
            out.append((pos, m.start(), None))
        body_start = m.end()
        nxt = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        para = text.find("\n\n", body_start)
        end = nxt if para == -1 or para > nxt else para
        out.append((body_start, end, m["label"]))
        pos = end
    if pos < len(text):
        out.append((pos, len(text), None))
    return [(s, e, lab) for s, e, lab in out if text[s:e].strip()]
