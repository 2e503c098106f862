"""The spaCy pipeline: a blank English tokenizer, sentence boundaries that respect line breaks
(headings, bullets and table rows are their own sentences), and a PhraseMatcher for CAR-T
product names. Built once per process (and rebuilt now and then by long-running workers); no
model weights are loaded."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

# isort: off
from . import spacyload  # noqa: F401  first: spaCy without its CLI, numpy without a BLAS pool
import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.lang.en import English, EnglishDefaults
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# isort: on

from . import fastre, patterncache
from .attribute import PRODUCTS

# A line that ends on one of these words was wrapped mid-sentence, not ended.
_CONTINUES = frozenset(
    "a an the of in on at to for with by from and or but than as is are was were be been has have"
    " had that which who whose its their this these those".split()
)


# The sentencizer's sentence-final characters ("." "!" "?" and their Unicode kin), as ORTH hashes.
_SENTENCE_FINAL = numpy.array(
    sorted(get_string_id(c) for c in Sentencizer.default_punct_chars), dtype="uint64"
)


@Language.component("carclaims_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts in one array pass: after a line break (headings, bullets and table rows
    stand alone) unless the text was hard-wrapped mid-sentence (a single break followed by a
    lower-case word, or a line ending on a word like "the" or "of"), and after sentence-final
    punctuation as spaCy's sentencizer has it (the first token after "." that is not itself
    punctuation).

    Everything is read and written as arrays: a Python Token object per token (what the
    sentencizer and `Token.is_sent_start` use) cost a third of the run time.
    """
    if len(doc) < 2:
        return doc
    orth, is_punct, is_space = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).T
    # numpy.isin, by a bisection into the sorted hashes: isin's set-up costs more on short pieces
    at = numpy.minimum(numpy.searchsorted(_SENTENCE_FINAL, orth), len(_SENTENCE_FINAL) - 1)
    final = _SENTENCE_FINAL[at] == orth
    openers = numpy.flatnonzero(~final & (is_punct == 0))  # tokens that can begin a sentence
    after_final = numpy.searchsorted(openers, numpy.flatnonzero(final), side="right")
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[openers[after_final[after_final < len(openers)]]] = 1
    starts[0] = 1
    # white space tokens other than the last, read by their hash (a Token object each cost more
    # than the rest of this function)
    spaces = numpy.flatnonzero(is_space[:-1])
    strings = doc.vocab.strings
    for i, space in zip(spaces.tolist(), orth[spaces].tolist(), strict=True):
        text = strings[space]
        if "\n" not in text and "\r" not in text:
            continue
        following = strings[int(orth[i + 1])]
        single_break = text.count("\n") + text.count("\r") - text.count("\r\n") == 1
        wrapped = (
            single_break
            and i > 0
            and (following[:1].islower() or doc[i - 1].lower_ in _CONTINUES)
            and "|" not in strings[int(orth[i - 1])] + following
        )
        starts[i + 1] = -1 if wrapped else 1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # -1 is stored wrapped
    return doc


MAX_TEXT_CHARS = 200_000_000


def _inert(orth: str, tokens: list[dict]) -> bool:
    """Whether a tokenizer special case keeps one character as itself ("\\n", "—", "’"). Such a
    case cannot change a tokenization (one character is never split further), but it costs
    the cache: once any special case has matched, spaCy's tokenizer caches no new chunk for the
    rest of that Doc (`has_special` in `Tokenizer._save_cached` is kept per Doc, not per chunk),
    and "\\n" matches at the first single line break of nearly every page. Without them the
    tokenizer reads the real articles in half the time, token for token the same
    (tests/test_nlp.py)."""
    return len(orth) == 1 and tokens == [{ORTH: orth}]


_WORD_LIKE = re.compile(r"[^\W_][\w'’]*\Z")


def _word_like(orth: str, tokens: list[dict]) -> bool:
    """Whether a special case only cuts a word of letters, digits and apostrophes that begins
    with a letter or digit ("don't" into "do" and "n't", "cannot", "2pm"): 1,033 of spaCy's
    English cases, whose loading was 0.06 s of every run's start. No such cut can move what
    the pipeline gives. Sentences start after sentence-final punctuation and at line breaks,
    neither of which such a word holds, and at the first token after them that is not
    punctuation, which begins where the word begins however it is cut; a product name holds
    no such word (tests/test_nlp.py checks both for every case dropped). Kept: the few whose
    last piece is a word a wrapped line may end on ("c'mon" ends on "on"), which `sentences`
    reads before a line break."""
    return _WORD_LIKE.match(orth) is not None and tokens[-1][ORTH].lower() not in _CONTINUES


# Abbreviations that clinical and price pages write before a figure and that spaCy's English
# cases lack: as one token their full stop ends no sentence ("The cost is approx. $400,000" was cut
# after "approx." and its figure lost with the hedge).
ABBREVIATIONS = (
    "approx.",
    "Approx.",
    "ca.",
    "est.",
    "Est.",
    "avg.",
    "incl.",
    "excl.",
    "resp.",
    "pts.",
    "Fig.",
    "fig.",
    # units of time abstracts shorten ("median OS 12 mo. vs. 6 mo.", "OS at 2 yrs. was 60%"),
    # a comparison ("cf. 60% with chemotherapy") and a count's label ("No. of patients: 40")
    "mo.",
    "mos.",
    "yr.",
    "yrs.",
    "wk.",
    "wks.",
    "cf.",
    "No.",
    "Nos.",
    # rupees and German sums: "costs Rs. 25 lakhs", "320.000 Euro (0,3 Mio.)"
    "Rs.",
    "Mio.",
    "Mrd.",
)


class _EnglishDefaults(EnglishDefaults):
    tokenizer_exceptions = {
        **{
            orth: tokens
            for orth, tokens in EnglishDefaults.tokenizer_exceptions.items()
            if not _inert(orth, tokens) and not _word_like(orth, tokens)
        },
        **{abbreviation: [{ORTH: abbreviation}] for abbreviation in ABBREVIATIONS},
    }


class _English(English):
    """spaCy's blank English pipeline, less the special cases that only slow its tokenizer or
    its start and change no sentence or product name."""

    Defaults = _EnglishDefaults


# How spaCy joins each list of affix rules into one pattern (spacy.util's compile_prefix_regex,
# compile_suffix_regex and compile_infix_regex; tests/test_nlp.py compares the two)
_AFFIX_JOINS = (("prefixes", "^{}"), ("suffixes", "{}$"), ("infixes", "{}"))


def affix_patterns(defaults: type[EnglishDefaults]) -> tuple[str, ...]:
    """The prefix, suffix and infix patterns spaCy's tokenizer is made with for `defaults`."""
    return tuple(
        "|".join(form.format(piece) for piece in getattr(defaults, name) if piece.strip())
        for name, form in _AFFIX_JOINS
    )


def _tokenizer(nlp: Language) -> Tokenizer:
    """The tokenizer spaCy makes for the pipeline's defaults (`spacy.Tokenizer.v1`), with its
    three affix patterns read from the pattern cache: compiling them was 0.025 s of the
    start of every run (and of every pipeline a worker rebuilds)."""
    defaults = nlp.Defaults
    prefixes, suffixes, infixes = (
        patterncache.compile(pattern, 0, patterncache.as_written) for pattern in affix_patterns(defaults)
    )
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=prefixes.search,
        suffix_search=suffixes.search,
        infix_finditer=infixes.finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


# spaCy's tokenizer caches how it cut each chunk (a run without white space) up to 10,000
# chunks, then stops adding: the 64 real articles alone hold 6,288, so in a crawl the cache is
# full within a hundred pages and every later new word is cut by the affix regexes again (the
# real articles tokenize 2.7x slower after 8,000 other words than with room for them). A
# worker rebuilds its pipeline every DOCS_PER_PIPELINE documents, which bounds the cache.
TOKENIZER_CACHE_CHUNKS = 200_000


@lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = _English(create_tokenizer=_tokenizer)
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    # spaCy guards its parser and NER against long texts; a tokenizer and rules need no such cap
    nlp.max_length = MAX_TEXT_CHARS
    nlp.add_pipe("carclaims_sentences")
    return nlp


@lru_cache(maxsize=1)
def product_matcher() -> PhraseMatcher:
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for product in PRODUCTS:
        names = [product.inn, *product.aliases]
        matcher.add(product.inn, [nlp.make_doc(name) for name in names])
    return matcher


def reset_pipeline() -> None:
    """Drop the pipeline and matcher; the next call builds fresh ones. A long-running worker
    does this now and then: spaCy's vocabulary and tokenizer cache only ever grow."""
    pipeline.cache_clear()
    _cached_words.clear()
    product_matcher.cache_clear()


# Runs of this many characters without white space are junk (base64, minified code, "a:a:a:…");
# spaCy's affix rules take quadratic time on them, so they are masked before tokenizing.
MAX_TOKEN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS},}}")


def _mask_long_runs(text: str) -> str:
    """The same text with junk runs replaced by "x" of the same length: offsets do not move
    (a letter: spaCy splits runs of punctuation such as "_" with the same quadratic cost).
    Most texts have no such run, which `str.split` (the white space of `\\s`) tells in half
    the time the pattern takes to find none."""
    if max(map(len, text.split()), default=0) < MAX_TOKEN_CHARS:
        return text
    return _LONG_RUN.sub(lambda m: "x" * len(m.group(0)), text)


# Longer texts are parsed in pieces cut at paragraph or line breaks (sentence boundaries
# anyway): a spaCy Doc costs ~30 times its text in memory.
CHUNK_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Parsed:
    """What the rules need from spaCy for one text: sentence spans (trimmed of white space)
    and known product names (start, end, INN), as character offsets into the text."""

    sentences: list[tuple[int, int]]
    products: list[tuple[int, int, str]]


def masked_chunks(text: str) -> list[tuple[int, str]]:
    """(offset, chunk) for the pieces of `text` spaCy is given: cut at `chunk_starts`, junk runs
    masked (offsets do not move)."""
    starts = chunk_starts(text, CHUNK_CHARS)
    ends = [*starts[1:], len(text)]
    return [(start, _mask_long_runs(text[start:end])) for start, end in zip(starts, ends, strict=True)]


def chunk_starts(text: str, size: int = CHUNK_CHARS) -> list[int]:
    """Where the pieces of a long text begin: at the last blank line before `size` characters,
    else the last line break, else the last space; a piece with none of them is cut hard."""
    starts = [0]
    while len(text) - starts[-1] > size:
        lo, hi = starts[-1], starts[-1] + size
        for separator in ("\n\n", "\n", " "):
            cut = text.rfind(separator, lo + 1, hi)
            if cut > lo:
                starts.append(cut + len(separator))
                break
        else:
            starts.append(hi)
    return starts


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Parsed]:
    """A Parsed for each text, in order; nlp.pipe batches the work. Only junk runs are masked
    before tokenizing (see MAX_TOKEN_CHARS), so offsets are offsets in the texts."""
    nlp = pipeline()
    matcher = product_matcher()

    def pieces() -> Iterator[tuple[str, tuple[str, int, bool]]]:  # text, (text, offset, last?)
        for text in texts:
            chunks = masked_chunks(text)
            for i, (start, piece) in enumerate(chunks):
                yield piece, (piece, start, i + 1 == len(chunks))

    sentences: list[tuple[int, int]] = []
    products: list[tuple[int, int, str]] = []
    for doc, (piece, offset, last) in nlp.pipe(pieces(), batch_size=batch_size, as_tuples=True):
        sentences.extend((offset + s, offset + e) for s, e in sentence_spans(doc, piece))
        products.extend((offset + s, offset + e, inn) for s, e, inn in product_spans(doc, matcher))
        if last:
            yield Parsed(sentences, sorted(products))
            sentences, products = [], []


# --- Parsing only what the rules read -------------------------------------------------------------


def hard_breaks(text: str) -> list[tuple[int, int]]:
    """The runs of white space, each holding a line break, after which `sentences` always
    starts a sentence whatever the tokens around them: a blank line, or a single break that
    cannot be a hard wrap (the next line does not begin in lower case, and the line does not
    end on a word that could be one of _CONTINUES, whichever way the tokenizer cuts it).

    The text on either side of such a run tokenizes and splits into sentences the same alone
    as together (spaCy cuts at white space first), so stretches between them can be parsed
    one by one, and the stretches without a number left out."""
    runs = []
    length = len(text)
    with_cr = "\r" in text
    at = _next_break(text, 0, with_cr)
    while at >= 0:
        start = at
        while start > 0 and text[start - 1].isspace():
            start -= 1
        end = at
        while end < length and text[end].isspace():
            end += 1
        run = text[start:end]
        breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
        if breaks >= 2 or (
            0 < start and end < length and not text[end].islower() and not _may_continue(text, start)
        ):
            runs.append((start, end))
        at = _next_break(text, end, with_cr)
    return runs


def _next_break(text: str, start: int, with_cr: bool) -> int:
    """Where the next line break (LF, or CR when the text holds one) at or after `start` is,
    or -1."""
    lf = text.find("\n", start)
    cr = text.find("\r", start) if with_cr else -1
    if lf < 0 or 0 <= cr < lf:
        return cr
    return lf


_LONGEST_CONTINUES = max(map(len, _CONTINUES))
_CONTINUES_ENDINGS = tuple(sorted(_CONTINUES))  # str.endswith takes a tuple: one call, in C


def _may_continue(text: str, end: int) -> bool:
    """Whether the line ending at `end` may end on a token of _CONTINUES: the letters before
    `end` end with one of them (the tokenizer's last token is a suffix of the line)."""
    start = end
    while start > 0 and end - start < _LONGEST_CONTINUES and text[start - 1].isalpha():
        start -= 1
    letters = text[start:end].lower()
    return letters.endswith(_CONTINUES_ENDINGS)


def parse_around(
    text: str, positions: list[int], batch_size: int = 16, special_starts: Sequence[int] = ()
) -> Parsed:
    """What `parse` gives for `text`, for the stretches between hard breaks that hold one of
    `positions` (sorted offsets: numbers, product names); nothing for the other stretches,
    which are not tokenized at all. `special_starts` (sorted offsets where a match of
    one of `special_case_patterns` begins) changes only how fast (see _words_after_special_case)."""
    runs = hard_breaks(text)
    bounds = [0, *itertools.chain.from_iterable(runs), len(text)]
    pieces: list[tuple[int, int]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        i = bisect.bisect_left(positions, start)
        if i == len(positions) or positions[i] >= end:
            continue
        if pieces and _only_space(text, pieces[-1][1], start):
            pieces[-1] = (pieces[-1][0], end)  # neighbours parse as one piece, and alike
        else:
            pieces.append((start, end))
    nlp = pipeline()
    matcher = product_matcher()
    _cache_words(nlp, _words_after_special_case(text, pieces, special_starts))
    sentences: list[tuple[int, int]] = []
    products: list[tuple[int, int, str]] = []
    for doc, (joined, at, origin) in nlp.pipe(_joined(text, pieces), batch_size=batch_size, as_tuples=True):
        for start, end in sentence_spans(doc, joined):
            shift = _shift(at, origin, start)
            sentences.append((start + shift, end + shift))
        for start, end, inn in product_spans(doc, matcher):
            shift = _shift(at, origin, start)
            products.append((start + shift, end + shift, inn))
    return Parsed(sentences, sorted(products))


# Joins the stretches parsed together: a blank line is a hard break, so every stretch tokenizes
# and splits into sentences as it would alone, and no sentence or name spans two stretches.
STRETCH_GLUE = "\n\n"


def _joined(
    text: str, pieces: list[tuple[int, int]]
) -> Iterator[tuple[str, tuple[str, list[int], list[int]]]]:
    """The pieces of `text` (masked, long ones cut as `parse` cuts them) joined by STRETCH_GLUE
    into texts of about CHUNK_CHARS: one Doc for a page's stretches rather than one each (a
    Doc, its arrays and the sentence component cost the same for a line as for a page). With
    each text: where each stretch begins in it (`at`) and in `text` (`origin`)."""
    parts: list[str] = []
    at: list[int] = []
    origin: list[int] = []
    size = 0
    for start, end in pieces:
        for cut, chunk in masked_chunks(text[start:end]):
            if parts and size + len(STRETCH_GLUE) + len(chunk) > CHUNK_CHARS:
                joined = STRETCH_GLUE.join(parts)
                yield joined, (joined, at, origin)
                parts, at, origin, size = [], [], [], 0
            if parts:
                size += len(STRETCH_GLUE)
            parts.append(chunk)
            at.append(size)
            origin.append(start + cut)
            size += len(chunk)
    if parts:
        joined = STRETCH_GLUE.join(parts)
        yield joined, (joined, at, origin)


@lru_cache(maxsize=1)
def special_case_patterns() -> tuple[re.Pattern[str], ...]:
    """Where a word may be one of the tokenizer's special cases ("e.g.", "isn't", "vs.", "Dr."),
    or hold one inside its leading and trailing punctuation: each case as a whole word (`\\b`
    beside a word character, `\\B` beside another; white space as it is), SPECIAL_CASES_PER_PATTERN
    cases to a pattern (Hyperscan limits a pattern's length). Close to where spaCy finds one:
    a place missed or found in excess changes only how fast the tokenizer runs."""
    cases = sorted(pipeline().tokenizer.rules, key=lambda case: (-len(case), case))
    # through the pattern cache: parsing these 1,341 alternatives took 0.014-0.018 s per worker
    return tuple(
        fastre.compile("|".join(map(_as_whole_word, cases[i : i + SPECIAL_CASES_PER_PATTERN])))
        for i in range(0, len(cases), SPECIAL_CASES_PER_PATTERN)
    )


SPECIAL_CASES_PER_PATTERN = 100


def _as_whole_word(case: str) -> str:
    if any(char.isspace() for char in case):
        return re.escape(case)
    before = r"\b" if _WORD_CHAR.match(case[0]) else r"\B"
    after = r"\b" if _WORD_CHAR.match(case[-1]) else r"\B"
    return before + re.escape(case) + after


_WORD_CHAR = re.compile(r"\w")


def _words_after_special_case(
    text: str, pieces: list[tuple[int, int]], special_starts: Sequence[int]
) -> list[str]:
    """The words of `pieces` after the first one that holds a special case, less those that
    hold one: the words spaCy's tokenizer will not cache when it reads the page.

    The tokenizer caches how it cut each word, but once a special case has matched in a Doc it
    caches no word for the rest of that Doc (`has_special` is kept per Doc, not per word:
    upstream explosion/spaCy#13950, fix #13951 not released), and "isn't", "vs." or "Ltd."
    comes early in most pages: 29 % of the text parsed in the 1,920-file corpus came after
    one, and was cut again in every page."""
    if not special_starts or not pieces:
        return []
    cuts = [_word_around(text, start) for start in special_starts]
    parts = []
    first = cuts[0][0]
    for piece_start, piece_end in pieces:
        if piece_end <= first:
            continue
        at = max(piece_start, first)
        for cut_start, cut_end in cuts:
            if cut_end <= at or cut_start >= piece_end:
                continue
            if cut_start > at:
                parts.append(text[at:cut_start])
            at = max(at, cut_end)
        if at < piece_end:
            parts.append(text[at:piece_end])
    return " ".join(parts).split()


# The words _cache_words has had the tokenizer cut since the pipeline was built.
_cached_words: set[str] = set()


def _cache_words(nlp: Language, words: list[str]) -> None:
    """Have the tokenizer cut those of `words` it has not cut before, in a Doc of their own
    without a special case, so that it caches them: the page's Doc then finds them cut (the
    same tokens: a cached cut is the cut the tokenizer makes), and so do later pages."""
    new = [word for word in dict.fromkeys(words) if word not in _cached_words]
    if not new or len(_cached_words) + len(new) > TOKENIZER_CACHE_CHUNKS:  # spaCy's cache is full
        return
    _cached_words.update(new)
    for _, chunk in masked_chunks(" ".join(new)):
        nlp.tokenizer(chunk)


def _word_around(text: str, position: int) -> tuple[int, int]:
    """The run without white space around `position` (and the character there), at most
    MAX_TOKEN_CHARS to either side (a longer run is masked junk)."""
    start = position
    while start > 0 and position - start < MAX_TOKEN_CHARS and not text[start - 1].isspace():
        start -= 1
    end = position + 1
    while end < len(text) and end - position < MAX_TOKEN_CHARS and not text[end].isspace():
        end += 1
    return start, end


def _shift(at: list[int], origin: list[int], offset: int) -> int:
    """What to add to an offset in a joined text to make it one in the page."""
    i = bisect.bisect_right(at, offset) - 1
    return origin[i] - at[i]


def _only_space(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


MAX_NAME_PREFIX = 8  # characters of a name's first token that say a name may begin here


@lru_cache(maxsize=1)
def product_patterns() -> tuple[re.Pattern[str], ...]:
    """Where a product name can begin: for each name, its first token (its first
    MAX_NAME_PREFIX characters, any digit for a digit, any run of white space for one) at the
    start of a word, case-blind. The PhraseMatcher matches whole tokens, and product names
    begin with a letter or digit; one pattern per token, so that every place is found."""
    nlp = pipeline()
    firsts = set()
    for product in PRODUCTS:
        for name in (product.inn, *product.aliases):
            doc = nlp.make_doc(name)
            if not len(doc):
                continue
            first = doc[0].lower_
            if not (first[0].isalnum() or first[0] == "_"):
                raise ValueError(f"product name {name!r} does not begin a word")
            if len(first) < 3:  # "C-CAR039": "c" would anchor every word that starts with a c
                first = name.split()[0].lower()
            firsts.add(_SPACE_RUN.sub(" ", first)[:MAX_NAME_PREFIX])
    return tuple(
        re.compile(r"\b" + "".join(_NAME_CHAR.get(c, re.escape(c)) for c in first), re.IGNORECASE)
        for first in sorted(firsts)
    )


_SPACE_RUN = re.compile(r"\s+")
_NAME_CHAR = {**{d: r"\d" for d in "0123456789"}, " ": r"\s+"}


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans of sentences, trimmed of surrounding whitespace, empty ones dropped.
    `text` is the doc's text (`Doc.text` would rebuild it from a Python object per token)."""
    if not len(doc):
        return []
    starts, offsets = doc.to_array([SENT_START, IDX]).T
    later = offsets[1:][starts[1:].astype("int64") == 1]  # the first token always starts one
    bounds = [0, *later.tolist(), len(text)]
    spans = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.extend(_cut_long(text, start, end))
    return spans


# No real sentence is this long (the longest of the seeds and real articles has 365 characters):
# a longer one is an unpunctuated crawl or a run of figures, cut at spaces so that the work per
# sentence stays bounded.
MAX_SENTENCE_CHARS = 2_000


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span [start, end) in pieces of at most MAX_SENTENCE_CHARS, cut after white space."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = max(
            text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS),
            text.rfind("\n", start + 1, start + MAX_SENTENCE_CHARS),
        )
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end if piece_end > start else cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def product_spans(doc: Doc, matcher: PhraseMatcher | None = None) -> list[tuple[int, int, str]]:
    """(start, end, INN) of every known product name in the doc."""
    strings = doc.vocab.strings
    found = []
    for match_id, start, end in (matcher or product_matcher())(doc):
        span = doc[start:end]
        found.append((span.start_char, span.end_char, strings[match_id]))
    return sorted(found)
