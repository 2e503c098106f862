"""The number-expression scanner: spans and normalised values (CLAIMS.md section 3)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carclaims import normalise
from carclaims.ledger import CURRENCIES
from carclaims.normalise import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    HEDGE_BOUNDS,
    _finish,
    label_unit,
    parse_number,
    scan,
)


def only(text: str, kind: str | None = None):
    found = [m for m in scan(text) if kind is None or m.kind == kind]
    assert len(found) == 1, [(text[m.start : m.end], m.kind) for m in found]
    m = found[0]
    return text[m.start : m.end], m


CASES = [
    pytest.param("CR rate: 92.3%", "92.3%", ("percent", 92.3, 92.3, "%", "eq"), id="plain-percent"),
    pytest.param("CR of 72–92% here", "72–92%", ("percent", 72, 92, "%", "range"), id="en-dash-range"),
    pytest.param("CR of 72 to 92% here", "72 to 92%", ("percent", 72, 92, "%", "range"), id="to-range"),
    pytest.param(
        "between 72% and 92% of",
        "between 72% and 92%",
        ("percent", 72, 92, "%", "range"),
        id="between",
    ),
    pytest.param(
        "from 30% to over 60% in",
        "30% to over 60%",
        ("percent", 30, 60, "%", "range"),
        id="range-inner-hedge",
    ),
    pytest.param("rates over 80% in", "over 80%", ("percent", 80, None, "%", "gt"), id="over"),
    pytest.param("rates >80% in", ">80%", ("percent", 80, None, "%", "gt"), id="gt-sign"),
    pytest.param("at least 80% of", "at least 80%", ("percent", 80, None, "%", "ge"), id="at-least"),
    pytest.param("≥80% of", "≥80%", ("percent", 80, None, "%", "ge"), id="ge-sign"),
    pytest.param("80% or more of", "80% or more", ("percent", 80, None, "%", "ge"), id="or-more"),
    pytest.param("under 10% of", "under 10%", ("percent", None, 10, "%", "lt"), id="under"),
    pytest.param("up to 92% in", "up to 92%", ("percent", None, 92, "%", "le"), id="up-to"),
    pytest.param(
        "as high as 92.3%.", "as high as 92.3%", ("percent", None, 92.3, "%", "le"), id="as-high-as"
    ),
    pytest.param("as low as 10%.", "as low as 10%", ("percent", 10, None, "%", "ge"), id="as-low-as"),
    pytest.param("~90% CR", "~90%", ("percent", 90, 90, "%", "approx"), id="tilde"),
    pytest.param("roughly 60% of", "roughly 60%", ("percent", 60, 60, "%", "approx"), id="roughly"),
    pytest.param("reached 90 percent", "90 percent", ("percent", 90, 90, "%", "eq"), id="percent-word"),
    pytest.param("in 85 per cent of", "85 per cent", ("percent", 85, 85, "%", "eq"), id="per-cent-british"),
    pytest.param(
        "the $373,000–$475,000 range",
        "$373,000–$475,000",
        ("money", 373000, 475000, "USD", "range"),
        id="usd-range",
    ),
    pytest.param("cost $373K-$475K.", "$373K-$475K", ("money", 373000, 475000, "USD", "range"), id="k-range"),
    pytest.param(
        "costs US$300k-500k.",
        "US$300k-500k",
        ("money", 300000, 500000, "USD", "range"),
        id="k-range-one-sign",
    ),
    pytest.param(
        "from 0.99-1.29 million RMB (",
        "0.99-1.29 million RMB",
        ("money", 990000, 1290000, "CNY", "range"),
        id="shared-million-rmb",
    ),
    pytest.param(
        "(~$140,000-$180,000 USD)",
        "~$140,000-$180,000 USD",
        ("money", 140000, 180000, "USD", "range"),
        id="approx-usd-range",
    ),
    pytest.param(
        "exceed $1 million.",
        "exceed $1 million",
        ("money", 1000000, None, "USD", "gt"),
        id="exceed-million",
    ),
    pytest.param(
        "about €320,000 in", "about €320,000", ("money", 320000, 320000, "EUR", "approx"), id="euro"
    ),
    pytest.param("costs £282,000.", "£282,000", ("money", 282000, 282000, "GBP", "eq"), id="pound"),
    pytest.param("is NZ$500,000.", "NZ$500,000", ("money", 500000, 500000, "NZD", "eq"), id="nz-dollar"),
    pytest.param("1.2 million yuan", "1.2 million yuan", ("money", 1200000, 1200000, "CNY", "eq"), id="yuan"),
    pytest.param(
        "¥1,200,000 each", "¥1,200,000", ("money", 1200000, 1200000, "CNY", "eq"), id="yen-sign-cny"
    ),
    pytest.param(
        "costs R$ 2 million.", "R$ 2 million", ("money", 2e6, 2e6, "BRL", "eq"), id="brazilian-real"
    ),
    pytest.param(
        "between 3 and 5 million baht.",
        "between 3 and 5 million baht",
        ("money", 3e6, 5e6, "THB", "range"),
        id="baht-range",
    ),
    pytest.param(
        "costs AED 1.5 million", "AED 1.5 million", ("money", 1.5e6, 1.5e6, "AED", "eq"), id="aed-code"
    ),
    pytest.param("at MX$4 million", "MX$4 million", ("money", 4e6, 4e6, "MXN", "eq"), id="mexican-peso"),
    pytest.param("a $1.2 billion deal", "$1.2 billion", ("money", 1.2e9, 1.2e9, "USD", "eq"), id="billion"),
    # a million as Brazilian and Spanish pages write it, with their decimal comma
    pytest.param(
        "custo de R$ 2,5 milhões por paciente",
        "R$ 2,5 milhões",
        ("money", 2.5e6, 2.5e6, "BRL", "eq"),
        id="milhoes-decimal-comma",
    ),
    pytest.param(
        "de R$ 2 milhões por pessoa", "R$ 2 milhões", ("money", 2e6, 2e6, "BRL", "eq"), id="milhoes"
    ),
    pytest.param(
        "cuesta 1,2 millones de euros",
        "1,2 millones de euros",
        ("money", 1.2e6, 1.2e6, "EUR", "eq"),
        id="millones-de-euros",
    ),
    pytest.param("US$ 1 millón", "US$ 1 millón", ("money", 1e6, 1e6, "USD", "eq"), id="millon"),
    # an English thousands comma stays one
    pytest.param("$1,250 per day", "$1,250", ("money", 1250, 1250, "USD", "eq"), id="thousands-comma"),
    pytest.param("~$373,000+).", "~$373,000+", ("money", 373000, None, "USD", "ge"), id="approx-plus"),
    pytest.param("OS: 14.0 months (", "14.0 months", ("duration", 14, 14, "months", "eq"), id="months"),
    pytest.param("20+ months of", "20+ months", ("duration", 20, None, "months", "ge"), id="plus-months"),
    pytest.param(
        "from just 2 to 6 months.",
        "2 to 6 months",
        ("duration", 2, 6, "months", "range"),
        id="month-range",
    ),
    pytest.param(
        "up to three times less",
        "up to three times",
        ("factor", None, 3, "x", "le"),
        id="times-words",
    ),
    pytest.param("7–10 times lower", "7–10 times", ("factor", 7, 10, "x", "range"), id="times-range"),
    pytest.param(
        "to 1/6 to 1/10 of the cost",
        "1/6 to 1/10",
        ("factor", 6, 10, "x", "range"),
        id="inverse-fractions",
    ),
]


@pytest.mark.parametrize(("text", "span", "expected"), CASES)
def test_scan_values(text, span, expected):
    kind, low, high, unit, bound = expected
    found = [m for m in scan(text) if m.kind not in ("timepoint",)]
    assert [text[m.start : m.end] for m in found] == [span]
    m = found[0]
    assert (m.kind, m.low, m.high, m.unit, m.bound) == (kind, low, high, unit, bound)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("approved in November 2023.", "2023-11", id="month-year"),
        pytest.param("approved 2021.06.", "2021-06", id="dotted-year-month"),
        pytest.param("approved 2024.02.23.", "2024-02-23", id="dotted-full"),
        pytest.param("on February 5, 2021, for", "2021-02-05", id="us-long-date"),
        pytest.param("on 5 February 2021 for", "2021-02-05", id="uk-long-date"),
        pytest.param("in August 2017 for", "2017-08", id="august"),
        pytest.param("Modified date: 2025-12-05", "2025-12-05", id="iso"),
    ],
)
def test_dates(text, iso):
    span, m = only(text, "date")
    assert m.date == iso


def test_bare_year_is_a_year_not_a_count():
    _, m = only("| 2021 |", "year")
    assert m.date == "2021"


def test_fraction_with_stated_percentage():
    text = "32 of 39 patients (82.1%) achieved"
    span, m = only(text)
    assert span == "32 of 39 patients (82.1%)"
    assert (m.kind, m.low, m.numerator, m.denominator) == ("fraction", 82.1, 32, 39)


def test_fraction_without_percentage_is_computed():
    _, m = only("3 of 4 patients achieved CR")
    assert (m.low, m.high, m.numerator, m.denominator) == (75.0, 75.0, 3, 4)


def test_confidence_interval_is_one_mention_not_claims():
    text = "14.0 months (95% CI: 10.9–17.1 months)"
    kinds = [(text[m.start : m.end], m.kind) for m in scan(text)]
    assert kinds == [("14.0 months", "duration"), ("(95% CI: 10.9–17.1 months)", "ci")]
    assert scan(text)[1].ci == (10.9, 17.1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("CD19", id="cd19"),
        pytest.param("CT041", id="ct041"),
        pytest.param("Claudin18.2", id="claudin"),
        pytest.param("the HI19a scFv", id="hi19a"),
        pytest.param("adults into their 60s", id="decade"),
    ],
)
def test_numbers_inside_names_are_not_mentions(text):
    assert scan(text) == []


def test_4_1bb_keeps_only_the_harmless_4():
    assert [m.kind for m in scan("a 4-1BB domain")] == ["number"]


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("six", 6),
        ("Twenty-two", 22),
        ("1,290", 1290),
        ("0.99", 0.99),
        ("a dozen", 12),
        ("n/a", None),
    ],
)
def test_parse_number(token, value):
    assert parse_number(token) == value


def test_occupied_ranges_answer_overlaps_as_a_plain_list_would():
    import random

    from carclaims.normalise import _Occupied

    rng = random.Random(5)
    for _ in range(200):
        occupied, plain = _Occupied(), []
        for _ in range(rng.randint(1, 12)):
            start = rng.randint(0, 60)
            end = start + rng.randint(0, 8)
            occupied.add(start, end)
            plain.append((start, end))
            for q_start in range(0, 70, 3):
                q_end = q_start + rng.randint(1, 6)
                expected = any(s < q_end and q_start < e for s, e in plain)
                assert occupied.overlaps(q_start, q_end) == expected, (plain, q_start, q_end)


def test_every_currency_the_scanner_reads_is_one_a_cost_may_carry():
    """A currency the scanner knows but the ledger refuses would drop every such price."""
    assert set(CURRENCY_PREFIXES.values()) | set(CURRENCY_SUFFIXES.values()) <= CURRENCIES


def test_every_currency_a_cost_may_carry_has_a_rate_for_the_price_ceiling():
    """Without a rate, a market size in that currency would pass as a treatment's price."""
    from carclaims.rules.costs import USD_PER_UNIT, beyond_any_price

    assert set(USD_PER_UNIT) == CURRENCIES
    assert beyond_any_price(72e6, "USD") and beyond_any_price(590e6, "CNY")
    assert not beyond_any_price(40e6, "INR") and not beyond_any_price(1.29e6, "CNY")


def test_a_code_like_word_is_no_currency():
    assert [m.unit for m in scan("The RP2D was 2 doses; try 3 cycles.")] == ["count", "count"]


@pytest.mark.parametrize(
    ("label", "unit"),
    [
        ("ORR (%)", ("percent", "%", 1.0)),
        ("ORR, %", ("percent", "%", 1.0)),
        ("Median OS (months)", ("duration", "months", 1.0)),
        ("Follow-up (mo)", ("duration", "months", 1.0)),
        ("Price (USD)", ("money", "USD", 1.0)),
        ("Cost ($)", ("money", "USD", 1.0)),
        ("Cost, RMB million", ("money", "CNY", 1e6)),
        ("Price (million yuan)", ("money", "CNY", 1e6)),
        ("Approval year", None),
        ("Product", None),
        ("Patients (n)", None),
    ],
)
def test_unit_a_table_label_states(label, unit):
    assert label_unit(label) == unit


@pytest.mark.parametrize(
    ("numerator", "share", "written", "denominator"),
    [
        (12, 16.2, "16.2", 74),  # 12/74 = 16.22 %
        (62, 83.8, "83.8", 74),
        (18, 90, "90", 20),
        (20, 100, "100", 20),
        (1, 33, "33", 3),
        (2, 7, "7", None),  # 2/28 and 2/29 both round to 7 %: no single cohort
        (0, 10, "10", None),
    ],
)
def test_implied_denominator(numerator, share, written, denominator):
    from carclaims.normalise import implied_denominator

    assert implied_denominator(numerator, share, written) == denominator


# --- the pre-hedge search is skipped when the window cannot end with a hedge -----------------


_HEDGE_WINDOWS = st.lists(
    st.sampled_from(
        [*HEDGE_BOUNDS, "UP TO", "Over", "ſtarting at", "AT LEAST", "MAX.", "MİNİMUM", "about"]
        + [" ", "  ", "\n", "\t", "\u00a0", "costs", "of", "the", "ORR", "(", ",", "-", "$", "é"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_HEDGE_WINDOWS, st.booleans())
def test_the_hedge_prefilter_changes_no_mention(window, is_range):
    """`_finish` searches for a hedge before a number only when the last word before it can
    end one: the mention is the one an unconditional search gives."""
    text = window + "40%"
    args = (text, len(window), len(text), "percent", "%", 40.0, 40.0)
    filtered = _finish(*args, is_range=is_range)
    real = normalise._may_end_with_hedge
    normalise._may_end_with_hedge = lambda window: True
    try:
        plain = _finish(*args, is_range=is_range)
    finally:
        normalise._may_end_with_hedge = real
    assert filtered == plain


@pytest.mark.parametrize(
    ("before", "bound", "hedge"),
    [
        ("Up To ", "le", "Up To"),
        ("costs at least\n", "ge", "at least"),
        ("over  ", "gt", "over"),
        ("ORR ", "eq", None),
    ],
)
def test_hedges_before_a_number(before, bound, hedge):
    text = before + "40%"
    mention = _finish(text, len(before), len(text), "percent", "%", 40.0, 40.0, is_range=False)
    assert (mention.bound, mention.hedge) == (bound, hedge)
    assert text[mention.start : mention.end] == (text[text.index(hedge) :] if hedge else "40%")
