"""Invariants for any text: extraction does not raise, every span indexes the text, every value
is finite and validates, and a ledger round-trips through its JSON and its schema."""

import json
import math
import re
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carclaims.extract import ascii_hyphens, extract_text
from carclaims.layout import unwrapped
from carclaims.ledger import Ledger, dumps

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schemas" / "ledger.schema.json").read_text("utf-8"))

# Pieces that reach the rules: numbers in every form, cue words, hedges, currencies, structure.
PIECES = st.sampled_from(
    [
        "92.3%",
        "72–92%",
        "over",
        "up to",
        "~",
        "$373,000",
        "0.99-1.29 million RMB",
        "six",
        "Twenty-two",
        "32 of 39 patients (82.1%)",
        "CR",
        "ORR",
        "complete remission",
        "overall survival",
        "PFS",
        "median",
        "months",
        "12-month",
        "CRS",
        "grade ≥3",
        "approved",
        "November 2023",
        "2021.06",
        "Kymriah",
        "cilta-cel",
        "trials",
        "patients",
        "lower",
        "1/6 to 1/10",
        "three times",
        "(95% CI: 1–2)",
        "B-ALL",
        "China",
        "US",
        "|",
        "\n",
        "\r\n",
        "re-\n",  # a word a PDF's layout broke at a line's end ("re-\nsponse")
        "pa-\r\ntients",
        ":",
        ";",
        ".",
        " ",
        "  ",
        "-",
        "(",
        ")",
        "%",
        "≥",
        "±",
        "é",
        "\u00a0",
        "\ufeff",
        "0",
        "1",
        "100",
        "1,000,000",
        "99999999999999999999999999",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=60).map(" ".join),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_invariants(text):
    ledger = extract_text(text)
    keys = [(c.start, c.end, c.metric) for c in ledger.claims]
    assert keys == sorted(keys)
    for claim in ledger.claims:
        assert text[claim.start : claim.end] == claim.text
        for number in (claim.value.low, claim.value.high, claim.numerator, claim.denominator):
            assert number is None or math.isfinite(number)
    raw = json.loads(dumps(ledger))
    jsonschema.validate(raw, SCHEMA)
    assert Ledger.model_validate(raw) == ledger
    assert dumps(Ledger.model_validate_json(dumps(ledger))) == dumps(ledger)


# Clinical sentences as abstracts and news write them (CLAIMS.md v1.1 section 1): extraction of
# any of them never raises; a claim a rule makes inconsistent is dropped into ledger.warnings.
SUBJECTS = st.sampled_from(
    ["Among 41 evaluable patients,", "In the satri-cel arm (n = 52),", "Overall,", "At 12 months,", ""]
)
ENDPOINTS = st.sampled_from(
    [
        "the ORR and CR rate were",
        "CRS and ICANS occurred in",
        "the 1-, 2- and 3-year OS rates were",
        "the 3-year relapse-free survival was",
        "25 patients were still alive,",
        "the median DOR was",
        "grade ≥3 infections were reported in",
        "the 6-month duration of response rate was",
        "the list price was",
        "Fourteen patients remained in remission and",
    ]
)
FIGURES = st.sampled_from(
    [
        "96.3% and 83.2%, respectively",
        "89.6% (95% CI, 77.3 to 96.5)",
        "90% (n = 18)",
        "Fifty-four out of 74 (73.0%)",
        "66.0% ± 6.0%",
        "12 of 20 (60 percent; grade 1 to 2 in 11 patients [55 percent])",
        "₹40-45 lakh",
        "HK$4 million (US$510,836)",
        "RM900,000",
        "not reached (95% CI, 5.0-NE)",
        "four deaths",
    ]
)
CLINICAL = st.lists(st.tuples(SUBJECTS, ENDPOINTS, FIGURES), min_size=1, max_size=6).map(
    lambda parts: " ".join(f"{s} {e} {f}." for s, e, f in parts)
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CLINICAL)
def test_clinical_sentences_never_raise(text):
    ledger = extract_text(text)
    for claim in ledger.claims:
        assert text[claim.start : claim.end] == claim.text
    for warning in ledger.warnings:
        assert warning.kind in ("unknown_product", "dropped_claim")


@given(
    st.lists(
        st.sampled_from(
            ["re", "sponse", "-\n", "-\r\n", " ", "  ", "\t", "12", "free", "CAR", "T", "é", "\n"]
        )
    ).map("".join)
)
def test_mending_broken_words_keeps_every_offset(text):
    """The text the rules read is as long as the source and holds the same letters in the same
    order: only hyphens, line ends and spaces move, where a word was broken at a line's end."""
    read = ascii_hyphens(text)
    assert len(read) == len(text)
    if "-\n" not in text and "-\r\n" not in text:
        assert read == text
    assert re.sub(r"[\s-]", "", read) == re.sub(r"[\s-]", "", text)


@given(
    st.lists(
        st.sampled_from(
            [
                "the response rate",
                "was 82%",
                " ",
                "\n",
                "\r\n",
                "\n\n",
                "- ",
                "| ",
                "# ",
                "and",
                "Results",
                "x" * 60,
            ]
        )
    ).map("".join)
)
def test_unwrapping_a_page_only_turns_line_breaks_into_spaces(text):
    read = unwrapped(text)
    assert len(read) == len(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, read, strict=True))
