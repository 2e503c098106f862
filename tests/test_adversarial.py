"""Adversarial strings complete within a documented time bound (docs/robustness.md): no rule
backtracks catastrophically and nothing is quadratic in the length of a line or a token.

Bounds are wall-clock seconds on the 2-core CI machine, about 5x what was measured there, so a
slow machine passes and a regression to quadratic time (minutes) does not.
"""

import time

import pytest

from carclaims.extract import extract_text

PROSE = (
    "In the pivotal trial the therapy was given to adults and children with relapsed disease across "
    "many centres in China and Europe, and the overall response rate was 85% while the list price "
    "reached $373,000 "
)

CASES = [
    # name, text, bound in seconds (measured: see docs/robustness.md)
    pytest.param("1" * 100_000, 10, id="100k-digits"),
    pytest.param("% " * 50_000, 10, id="50k-percent-signs"),
    pytest.param("5% " * 50_000, 15, id="50k-percentages"),
    pytest.param("–".join(["10%"] * 20_000), 10, id="20k-chained-ranges"),
    pytest.param("up to " * 20_000 + "5%", 10, id="20k-hedges"),
    pytest.param("a:" * 50_000 + " 5%", 10, id="50k-colons"),
    pytest.param("|" * 100_000 + "\n" + "| 5% |" * 10_000, 15, id="100k-pipes"),
    pytest.param("x" * 1_000_000, 20, id="1MB-without-spaces"),
    pytest.param("CR 5%\n" * 100_000, 60, id="100k-short-lines"),
    pytest.param("Item\n12\n" * 50_000, 30, id="50k-headings"),
    pytest.param("价格:120万元\n" * 20_000, 20, id="20k-chinese-lines"),
    pytest.param(
        "Product\nUse\nPrice\n" + "Kymriah\nB-ALL\n$475,000\n" * 20_000, 40, id="20k-cell-line-rows"
    ),
    pytest.param((PROSE * 10_000)[:2_000_000], 60, id="2MB-single-line"),
]


@pytest.mark.parametrize(("text", "bound"), CASES)
def test_adversarial_input_completes_in_time(text, bound):
    started = time.perf_counter()
    ledger = extract_text(text)
    elapsed = time.perf_counter() - started
    assert elapsed < bound, f"{elapsed:.1f} s"
    for claim in ledger.claims[:1000]:
        assert text[claim.start : claim.end] == claim.text
