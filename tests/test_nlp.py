"""The spaCy stage: sentence starts as the sentencizer has them, plus line breaks; long texts
parsed in pieces with the same result."""

import re
from pathlib import Path

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.attrs import ORTH

from carclaims import nlp

ROOT = Path(__file__).resolve().parents[1]


def _sentences(text: str) -> list[str]:
    parsed = next(nlp.parse([text]))
    return [text[s:e] for s, e in parsed.sentences]


def test_sentence_final_punctuation_splits_as_spacys_sentencizer_does():
    text = 'Response was 82%. "Remarkable!" said Dr. Li (p<0.05)? Yes… and 40% relapsed.'
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    expected = [s.text for s in reference(text).sents]
    assert _sentences(text) == expected


def test_line_breaks_start_sentences_unless_the_line_was_wrapped():
    text = "ORR by product\nKymriah 81%\nthe rest of a wrapped line\n\nCR was 40% in the\ntrial."
    assert _sentences(text) == [
        "ORR by product",
        "Kymriah 81%\nthe rest of a wrapped line",
        "CR was 40% in the\ntrial.",
    ]


def test_chunk_starts_cut_at_blank_lines_then_line_breaks_then_spaces_then_hard():
    assert nlp.chunk_starts("aaaa\n\nbbbb\ncccc", size=8) == [0, 6, 11]
    assert nlp.chunk_starts("aaaa bbbb cccc", size=8) == [0, 5, 10]
    assert nlp.chunk_starts("x" * 20, size=8) == [0, 8, 16]
    assert nlp.chunk_starts("short", size=8) == [0]


def test_a_long_text_parsed_in_pieces_gives_the_same_sentences_and_products(monkeypatch):
    paragraph = (
        "Kymriah (tisagenlecleucel) showed 81% ORR. Yescarta reached 54% CR at 12 months!\n"
        "| Product | ORR |\n| Carvykti | 97% |\n\n"
    )
    text = paragraph * 40
    whole = next(nlp.parse([text]))
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    assert len(nlp.chunk_starts(text, 500)) > 5
    pieces = next(nlp.parse([text]))
    assert pieces.sentences == whole.sentences
    assert pieces.products == whole.products
    assert [text[s:e] for s, e, _ in pieces.products][:3] == ["Kymriah", "tisagenlecleucel", "Yescarta"]


def test_parse_keeps_the_order_of_a_batch_of_mixed_lengths(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 100)
    texts = ["Kymriah 81%.", "x. " * 200 + "Abecma 73%.", "", "Breyanzi 73%."]
    results = list(nlp.parse(texts, batch_size=2))
    assert len(results) == 4
    assert [t[s:e] for t, r in zip(texts, results, strict=True) for s, e, _ in r.products] == [
        "Kymriah",
        "Abecma",
        "Breyanzi",
    ]


# --- parsing only the stretches that hold a number or a product name ---------------------------

# Lines that end and begin every way the sentence component tells apart: on a word of _CONTINUES
# ("the", "of") or not, the next line in lower case or not, blank lines, CR LF, table rows,
# abbreviations and decimals that are no sentence end, products split over lines.
PIECES = [
    "Kymriah was approved",
    "the",
    "of",
    "then",
    "U.S.",
    "e.g.",
    "3.5%",
    "ORR 92%.",
    "(n=12)",
    "| CR | 81% |",
    "Yescarta costs $373,000.",
    "axi-cel",
    "priced at",
    "Cancer?",
    "",
    '"Abecma 73%."',  # a stretch that begins with punctuation
    "  CR 40%",  # ...or with spaces (the first stretch of a page can)
    "...",
]
BREAKS = [" ", "\n", "\n\n", "\r\n", " \n ", "\n  \n", "\t"]


@settings(max_examples=250, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(BREAKS)), min_size=1, max_size=14),
    st.randoms(use_true_random=False),
)
def test_parsing_around_some_stretches_gives_what_the_whole_parse_gives_there(parts, rnd):
    text = "".join(piece + gap for piece, gap in parts)
    whole = next(nlp.parse([text]))
    runs = nlp.hard_breaks(text)
    bounds = [0, *[x for run in runs for x in run], len(text)]
    stretches = list(zip(bounds[::2], bounds[1::2], strict=True))
    chosen = [s for s in stretches if rnd.random() < 0.5]
    positions = sorted(start for start, end in chosen if end > start)
    around = nlp.parse_around(text, positions)

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in chosen if b > a)

    assert around.sentences == [s for s in whole.sentences if inside(*s)]
    assert around.products == [p for p in whole.products if inside(p[0], p[1])]
    # every sentence of the whole parse lies within one stretch: the breaks are hard ones
    assert all(any(a <= s and e <= b for a, b in stretches) for s, e in whole.sentences)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab T.\n\r\t", max_size=40))
def test_hard_breaks_are_runs_around_every_lf_and_cr(text):
    """Each run of white space holding a line break (LF, CR or CRLF) is looked at once, whether
    or not the text holds a CR: the runs kept are those a definition by regex gives."""
    runs = nlp.hard_breaks(text)
    candidates = [m.span() for m in re.finditer(r"[^\S\r\n]*[\r\n]\s*", text)]
    assert set(runs) <= {(s, e) for s, e in _widen(text, candidates)}
    for start, end in runs:
        assert text[start:end].strip() == "" and ("\n" in text[start:end] or "\r" in text[start:end])
    assert runs == sorted(runs) and all(a[1] <= b[0] for a, b in zip(runs, runs[1:], strict=False))
    blank = [(s, e) for s, e in _widen(text, candidates) if _breaks(text[s:e]) >= 2]
    assert set(blank) <= set(runs)  # a blank line is always a hard break


def _widen(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span grown to the whole run of white space around it, duplicates merged."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while end < len(text) and text[end].isspace():
            end += 1
        if not out or out[-1] != (start, end):
            out.append((start, end))
    return out


def _breaks(run: str) -> int:
    return run.count("\n") + run.count("\r") - run.count("\r\n")


def test_a_wrapped_line_is_no_hard_break():
    text = "CAR-T cells were given to the\npatients in 2021.\nThe ORR was 92%.\n\nNext"
    runs = nlp.hard_breaks(text)
    assert [text[s:e] for s, e in runs] == ["\n", "\n\n"]
    assert runs[0][0] == text.index("2021.") + 5  # not after "the": that line was wrapped


def test_product_names_are_looked_for_at_word_starts():
    from carclaims import multiscan

    text = "kymriah and axi-cel, not provide (ide-cel) nor CT041"
    patterns = nlp.product_patterns()
    found = multiscan.PatternSet(patterns).find(text).starts(patterns)
    assert [text[i : i + 3] for i in found] == ["kym", "axi", "ide", "CT0"]


def test_spacy_is_loaded_without_its_command_line_interface_which_still_loads_on_demand():
    """spacyload keeps `import spacy` from importing spaCy's CLI (typer, requests, httpx...);
    `spacy.info` and a later `import spacy.cli` must still work. In a fresh interpreter:
    this one's modules are whatever the other tests imported."""
    import subprocess
    import sys

    script = (
        "import sys; import carclaims.nlp; import spacy;"
        "print(sorted(m for m in ('spacy.cli', 'requests', 'httpx', 'weasel') if m in sys.modules));"
        "import spacy.cli; print(spacy.cli.info.__module__);"
        "print(sorted(spacy.info(silent=True)))"
    )
    lines = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert lines[0] == "[]"
    assert lines[1] == "spacy.cli.info"
    assert "spacy_version" in lines[2]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads are counted in /proc")
@pytest.mark.parametrize(("given", "expected"), [(None, ("1", 1)), ("2", ("2", None))])
def test_numpy_starts_no_blas_thread_pool_unless_asked(given, expected):
    """In a fresh interpreter: after the pipeline's imports the process runs one thread (no idle
    OpenBLAS pool beside the extraction), unless the user set OPENBLAS_NUM_THREADS."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    script = (
        "import os; import carclaims.extract;"
        "print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    setting, threads = out.stdout.split()
    assert setting == expected[0]
    if expected[1] is not None:  # a pool the user asked for: as many threads as OpenBLAS makes
        assert int(threads) == expected[1]


def test_stretches_joined_into_one_doc_or_several_parse_alike(monkeypatch):
    """parse_around joins a page's stretches into texts of about CHUNK_CHARS: where the joins
    fall must not change a sentence or a product name."""
    text = "\n\n".join(f"Kymriah {i}%. ORR was {i}%.\n| CR | {i}% |\nthe end of {i}" for i in range(40))
    positions = [m.start() for m in re.finditer(r"\d", text)]
    one_doc = nlp.parse_around(text, positions)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 70)  # a join (or a cut) every stretch or two
    many_docs = nlp.parse_around(text, positions)
    assert many_docs == one_doc
    assert len(one_doc.products) == 40
    assert [text[s:e] for s, e in one_doc.sentences[:3]] == ["Kymriah 0%.", "ORR was 0%.", "| CR | 0% |"]


CHUNKS = [
    *"\n\t '’—–-.,():;\"%$?!",
    "it's", "it’s", "isn't", "Mr.", "vs.", "e.g.", "U.S.", ":)", "(e.g.,", "don't", "’s", "'em",
    "ORR", "92.3%", "$373,000", "Kymriah", "CAR-T", "HEALTH—", "‘cure’", "'off-the-shelf'", "a.m.",
    "cannot", "c'mon", "I'ma", "2pm", "Who's", "gonna", "the", "of", "Yescarta's", "(don't)",
]  # fmt: skip


def _without_word_like(tokenizer):
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if not nlp._word_like(k, v)}
    return tokenizer


# spaCy's blank English tokenizer, and the same less the word-like special cases
STOCK = spacy.blank("en")
STOCK.add_pipe("carclaims_sentences")
STOCK_MATCHER = spacy.matcher.PhraseMatcher(STOCK.vocab, attr="LOWER")
for _product in nlp.PRODUCTS:
    STOCK_MATCHER.add(_product.inn, [STOCK.make_doc(name) for name in (_product.inn, *_product.aliases)])
NO_WORD_LIKE_TOKENIZER = _without_word_like(spacy.blank("en").tokenizer)

_TEXTS = st.lists(
    st.tuples(st.sampled_from(CHUNKS), st.sampled_from(["", " ", "  ", "\n", "\n\n", "\t", " \n"])),
    max_size=30,
).map(lambda parts: "".join(chunk + gap for chunk, gap in parts))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_tokenizer_without_inert_special_cases_cuts_text_as_spacys_does(text):
    """The pipeline drops the special cases that keep one character as itself (they only stop
    spaCy's cache); every text must still be cut into the same tokens with the same spaces as
    by spaCy's tokenizer without the word-like cases (dropped too: the next test)."""
    ours = nlp.pipeline().tokenizer(text)
    stock = NO_WORD_LIKE_TOKENIZER(text)
    assert [(t.text, t.idx, t.whitespace_) for t in ours] == [(t.text, t.idx, t.whitespace_) for t in stock]


def _spans(pipeline, matcher, text: str) -> tuple[list, list]:
    doc = pipeline(text)
    return nlp.sentence_spans(doc, text), nlp.product_spans(doc, matcher)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_without_the_word_like_special_cases_the_sentences_and_names_are_spacys(text):
    """The word-like special cases ("don't" into "do" and "n't") are dropped too: tokens may
    differ inside such a word, but no sentence and no product name may move."""
    assert _spans(nlp.pipeline(), nlp.product_matcher(), text) == _spans(STOCK, STOCK_MATCHER, text)


_CONTEXTS = (
    "The ORR was 80%. {w} 40 patients relapsed.",  # after a sentence's end
    "The ORR was 80%.\n{w}\nthe CR rate was 40%.",  # a line of its own, wrapped or not
    "In 12 patients {w}\nKymriah was given.",  # the word before a line break
    "Kymriah ({w}) cost $475,000! {w}? Yescarta {w}.",  # beside punctuation and names
    "| {w} | 40% |\n{w}: 50%",  # table cells, labels
)


def test_every_word_like_special_case_dropped_leaves_sentences_and_names_alone():
    dropped = [w for w, pieces in spacy.blank("en").tokenizer.rules.items() if nlp._word_like(w, pieces)]
    assert len(dropped) > 1_000
    for word in dropped:
        for context in _CONTEXTS:
            text = context.format(w=word)
            assert _spans(nlp.pipeline(), nlp.product_matcher(), text) == _spans(
                STOCK, STOCK_MATCHER, text
            ), text


def test_the_special_cases_dropped_are_the_inert_and_the_word_like_ones():
    stock = spacy.blank("en").tokenizer.rules
    ours = nlp.pipeline().tokenizer.rules
    assert sorted(set(stock) - set(ours)) == sorted(
        orth for orth, pieces in stock.items() if nlp._inert(orth, pieces) or nlp._word_like(orth, pieces)
    )
    # ... and the abbreviations added (spaCy has none of them), each kept whole
    assert set(ours) - set(stock) == set(nlp.ABBREVIATIONS)
    assert all(ours[orth] == [{ORTH: orth}] for orth in nlp.ABBREVIATIONS)
    assert all(ours[orth] == stock[orth] for orth in ours if orth in stock)
    assert {"\n", "—", "don't", "cannot", "2pm", "Who's"}.isdisjoint(ours)
    # kept: punctuation ("e.g.", "vs.", ":)"), a leading apostrophe ("'s"), and a last piece
    # a wrapped line may end on ("c'mon": "c'm" "on")
    assert {"e.g.", "vs.", "Dr.", ":)", "'s", "’em", "c'mon", "I'ma", "and/or"} <= set(ours)
    assert len(ours) < 400


def test_the_tokenizer_cache_has_room_for_a_crawl():
    """spaCy stops caching after max_cache_size chunks (10,000 by default: a hundred pages)."""
    assert nlp.pipeline().tokenizer.max_cache_size == nlp.TOKENIZER_CACHE_CHUNKS >= 100_000


_RUN_PIECES = st.sampled_from(
    ["ORR", "92.3%", "$373,000", "a" * 150, "x_" * 60, "https://example.org/" + "q" * 120, "基因" * 50]
)
_SPACES = st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x1f", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_RUN_PIECES, _SPACES), max_size=12))
@example([("a" * 200, " ")])  # the limit itself
@example([("a" * 199, "\n")])
def test_junk_runs_are_masked_as_the_pattern_finds_them(parts):
    # runs of pieces with no white space between them grow past MAX_TOKEN_CHARS or stay short;
    # the quick check must tell the same as the pattern, whatever white space splits them
    text = "".join(piece + space for piece, space in parts)
    expected = nlp._LONG_RUN.sub(lambda m: "x" * len(m.group(0)), text)
    masked = nlp._mask_long_runs(text)
    assert masked == expected
    assert len(masked) == len(text)


# --- The tokenizer's cache, filled past a page's first special case ---------------------------


def _starts(text: str) -> list[int]:
    return sorted({m.start() for p in nlp.special_case_patterns() for m in p.finditer(text)})


def test_special_cases_are_found_as_whole_words_inside_their_punctuation():
    text = "It isn't cured (e.g., in r/r MM) vs. placebo;\u00a0Acme Ltd. said. The patients' company's (CRS):"
    assert [text[s : s + 6] for s in _starts(text)] == [
        "e.g., ",  # inside a parenthesis and before a comma ("g." is a case of its own, found too)
        "g., in",
        "vs. pl",
        "\u00a0Acme ",  # a no-break space is a case of its own
        "Ltd. s",
    ]  # not "s." ending "patients.", "'s" after a letter, or "):" after one (no whole words)


def test_the_words_left_to_cache_are_those_after_the_first_special_case_less_the_cases():
    text = (
        "ORR was 92% in trial A.\n\nIt isn't (e.g., at 12 months) curative.\n\nCR 40% vs. 20%.\n\n"
        "Unparsed text."
    )
    pieces = [(0, 23), (25, 64), (66, 81)]  # the last paragraph holds no number: not parsed
    words = nlp._words_after_special_case(text, pieces, _starts(text))
    assert words == ["at", "12", "months)", "curative.", "CR", "40%", "20%."]
    assert nlp._words_after_special_case(text, pieces, []) == []  # no case: the page caches itself


def test_each_word_is_cut_for_the_cache_once_per_pipeline(monkeypatch):
    cut: list[str] = []
    fake = type("Pipeline", (), {"tokenizer": staticmethod(cut.append)})()
    monkeypatch.setattr(nlp, "_cached_words", set())
    nlp._cache_words(fake, ["CR", "40%", "CR", "months"])
    nlp._cache_words(fake, ["months", "ORR"])
    nlp._cache_words(fake, ["CR"])
    assert cut == ["CR 40% months", "ORR"]
    nlp.reset_pipeline()  # a new pipeline: a new cache
    nlp._cache_words(fake, ["CR"])
    assert cut[-1] == "CR"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(CHUNKS), st.sampled_from(["", " ", "\n", "\n\n"])), max_size=30),
    st.lists(st.sampled_from(CHUNKS), max_size=12),
)
def test_words_cut_for_the_cache_change_no_token(parts, cached):
    """Whatever was cut for the cache before (words with a special case too), the page's text is
    cut into the same tokens with the same spaces as by a pipeline with an empty cache."""
    text = "".join(chunk + gap for chunk, gap in parts)

    def tokens() -> list[tuple[str, int, str]]:
        return [(t.text, t.idx, t.whitespace_) for t in nlp.pipeline().tokenizer(text)]

    nlp.reset_pipeline()
    cold = tokens()
    nlp.reset_pipeline()
    nlp._cache_words(nlp.pipeline(), [*cached, *text.split()])
    assert tokens() == cold


PAGES = [  # made up, in the shapes of a press release, an abstract, a clinic page and a news item
    "Acme Bio Inc. (NASDAQ: ACME) today said the ORR was 92% (n=50) vs. 60% for standard care.\n\n"
    "Dr. Lee said: \u201cit\u2019s a milestone.\u201d CR was 40%; CRS occurred in 12% of patients.",
    "Methods: patients (e.g., those with r/r MM) received cilta-cel.\n\nResults: the ORR was 97%, "
    "the sCR rate 67%, and MRD negativity 92% at 10\u22125.",
    "Isn't CAR-T expensive? In the U.S. it costs $373,000\u00a0to $475,000; here, 1.2 million RMB.\n"
    "Our clinic treated 120 patients and 85% reached complete remission.",
    "Sept. 3 \u2014 Regulators approved the therapy. Mr. Chan\u2019s team reported 854 trials and "
    "a 5-year survival of 40%.",
]


def test_cutting_words_for_the_cache_first_changes_no_ledger(monkeypatch):
    from carclaims.extract import extract_document
    from carclaims.ingest import Source

    def ledgers() -> list[str]:
        nlp.reset_pipeline()
        return [
            extract_document(
                Source(path=f"p{i}.txt", relative=f"p{i}.txt", text=page, sha256="0" * 64)
            ).model_dump_json()
            for i, page in enumerate(PAGES * 2)  # the second time, from the cache
        ]

    filled = ledgers()
    assert nlp._cached_words  # the pages hold special cases: words were cut for the cache
    monkeypatch.setattr(nlp, "_cache_words", lambda pipeline, words: None)
    assert ledgers() == filled
    assert sum('"metric"' in ledger for ledger in filled) == len(filled)  # every page has claims


def test_the_tokenizer_is_made_as_spacy_makes_it():
    """The pipeline's tokenizer is built from the pattern cache, with the affix patterns spaCy
    joins from the same rules and the same settings."""
    import spacy.util

    ours = nlp.pipeline().tokenizer
    stock = _without_word_like(spacy.blank("en").tokenizer)
    defaults = nlp._English.Defaults
    expected = (
        spacy.util.compile_prefix_regex(defaults.prefixes),
        spacy.util.compile_suffix_regex(defaults.suffixes),
        spacy.util.compile_infix_regex(defaults.infixes),
    )
    assert nlp.affix_patterns(defaults) == tuple(regex.pattern for regex in expected)
    made = (ours.prefix_search.__self__, ours.suffix_search.__self__, ours.infix_finditer.__self__)
    assert made == expected  # source, flags and code
    assert made == (stock.prefix_search.__self__, stock.suffix_search.__self__, stock.infix_finditer.__self__)
    assert ours.token_match == stock.token_match and ours.url_match == stock.url_match
    inert = [orth for orth, pieces in stock.rules.items() if nlp._inert(orth, pieces)]
    added = {orth: [{ORTH: orth}] for orth in nlp.ABBREVIATIONS}
    assert ours.rules == {
        **{orth: pieces for orth, pieces in stock.rules.items() if orth not in inert},
        **added,
    }
