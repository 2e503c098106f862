"""The challenge set: phrasing variants the seed articles do not contain, each with the exact
claims expected (tests/fixtures/challenge.json). These guard generalisation; the seeds alone do not."""

import json
from pathlib import Path

import pytest

from carclaims.extract import extract_text

FIXTURE = Path(__file__).parent / "fixtures" / "challenge.json"
CASES = json.loads(FIXTURE.read_text("utf-8"))
VALUE_KEYS = ("low", "high", "unit", "bound", "date")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_challenge(case):
    ledger = extract_text(case["text"])
    got = [
        {"text": c.text, "metric": c.metric, **{k: getattr(c.value, k) for k in VALUE_KEYS}}
        for c in ledger.claims
    ]
    expected = [
        {"text": e["text"], "metric": e["metric"], **{k: e.get(k) for k in VALUE_KEYS}}
        for e in case["claims"]
    ]
    assert got == expected
    for claim, want in zip(ledger.claims, case["claims"], strict=True):
        for key, value in want.items():
            if key in ("text", "metric", *VALUE_KEYS):
                continue
            got = getattr(claim, key)
            assert (list(got) if isinstance(got, tuple) else got) == value, f"{claim.text!r}: {key}"


def test_unknown_inn_is_flagged_with_its_place():
    text = "Approved in 2025:\nNovacabtagene autoleucel was approved by the NMPA in March 2025."
    ledger = extract_text(text)
    assert [(w.kind, w.text, w.line, w.column) for w in ledger.warnings] == [
        ("unknown_product", "Novacabtagene autoleucel", 2, 1)
    ]


def test_glued_words_do_not_hide_a_known_inn():
    ledger = extract_text("The first product approved globallyTisagenlecleucel reached 81% ORR.")
    assert ledger.warnings == []
    assert [(c.text, c.product) for c in ledger.claims] == [("81%", "tisagenlecleucel")]
