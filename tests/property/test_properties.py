"""Invariants for any text: extraction does not raise, every span indexes the text, every value
is finite and validates, and a ledger round-trips through its JSON and its schema."""

import json
import math
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carclaims.extract import extract_text
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
