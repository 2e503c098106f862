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
            assert getattr(claim, key) == value, f"{claim.text!r}: {key}"
