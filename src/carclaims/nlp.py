"""The spaCy pipeline, built once: a blank English tokenizer, sentence boundaries that respect
line breaks (headings, bullets and table rows are their own sentences), and a PhraseMatcher for
CAR-T product names. No model weights are loaded."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .attribute import PRODUCTS

# A line that ends on one of these words was wrapped mid-sentence, not ended.
_CONTINUES = frozenset(
    "a an the of in on at to for with by from and or but than as is are was were be been has have"
    " had that which who whose its their this these those".split()
)


@Language.component("carclaims_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break (headings, bullets and table rows stand alone),
    unless the text was hard-wrapped mid-sentence: a single break followed by a lower-case
    word, or a line ending on a word like "the" or "of". The sentencizer fills in the rest.

    The starts are written in one array operation: setting `Token.is_sent_start` one token at a
    time re-checks the whole document on every call.
    """
    if len(doc) < 2:
        return doc
    starts = numpy.zeros((len(doc), 1), dtype="int64")  # 0: let the sentencizer decide
    starts[0, 0] = 1
    # only white-space tokens can hold a line break: find them in an array instead of making a
    # Python Token object for every token of the document
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
    for i in spaces.tolist():
        if i >= len(doc) - 1:
            continue
        text = doc[i].text
        if "\n" not in text and "\r" not in text:
            continue
        following = doc[i + 1].text
        previous = doc[i - 1] if i > 0 else None
        single_break = text.count("\n") + text.count("\r") - text.count("\r\n") == 1
        wrapped = (
            single_break
            and previous is not None
            and (following[:1].islower() or previous.lower_ in _CONTINUES)
            and "|" not in previous.text + following
        )
        starts[i + 1, 0] = -1 if wrapped else 1
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy stores -1 wrapped as uint64
    return doc


MAX_TEXT_CHARS = 200_000_000


@lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = spacy.blank("en")
    # spaCy guards its parser and NER against long texts; a tokenizer and rules need no such cap
    nlp.max_length = MAX_TEXT_CHARS
    nlp.add_pipe("carclaims_line_breaks")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def product_matcher() -> PhraseMatcher:
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for product in PRODUCTS:
        names = [product.inn, *product.aliases]
        matcher.add(product.inn, [nlp.make_doc(name) for name in names])
    return matcher


# Runs of this many characters without white space are junk (base64, minified code, "a:a:a:…");
# spaCy's affix rules take quadratic time on them, so they are masked before tokenizing.
MAX_TOKEN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS},}}")


def _mask_long_runs(text: str) -> str:
    """The same text with junk runs replaced by "x" of the same length: offsets do not move
    (a letter: spaCy splits runs of punctuation such as "_" with the same quadratic cost)."""
    return _LONG_RUN.sub(lambda m: "x" * len(m.group(0)), text)


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Docs for many texts at once (nlp.pipe batches the work). Character offsets in the docs
    are offsets in the texts; only junk runs are masked (see MAX_TOKEN_CHARS)."""
    yield from pipeline().pipe((_mask_long_runs(t) for t in texts), batch_size=batch_size)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of sentences, trimmed of surrounding whitespace, empty ones dropped."""
    text = doc.text
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def product_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, INN) of every known product name in the doc."""
    nlp_vocab = doc.vocab
    found = []
    for match_id, start, end in product_matcher()(doc):
        span = doc[start:end]
        found.append((span.start_char, span.end_char, nlp_vocab.strings[match_id]))
    return sorted(found)
