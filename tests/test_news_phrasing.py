"""How trial news, price and insurance news and registry reports state figures: a change from one
figure to another, a price that was raised, a count whose noun comes first. Sentences written
for these tests, in the phrasings of several genres."""

import pytest

from carclaims.extract import extract_text


def figures(text: str) -> list[tuple[str, str, float | None, float | None, str]]:
    return [(c.text, c.metric, c.value.low, c.value.high, c.value.bound) for c in extract_text(text).claims]


# --- a change states two figures; a range states one ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news: a rate updated with longer follow-up
        (
            "With longer follow-up, the complete response rate rose from 40% to 54%.",
            [("40%", "cr", 40, 40, "eq"), ("54%", "cr", 54, 54, "eq")],
        ),
        (
            "The overall response rate improved from 52 percent to 83 percent in the second cohort.",
            [("52 percent", "orr", 52, 52, "eq"), ("83 percent", "orr", 83, 83, "eq")],
        ),
        (
            "Grade 3 or higher CRS fell from 14% to 6% once the dosing schedule was split.",
            [("14%", "crs", 14, 14, "eq"), ("6%", "crs", 6, 6, "eq")],
        ),
        # price and insurance news: a rise is as much a change as a cut
        (
            "The manufacturer raised the list price from $373,000 to $475,000 last year.",
            [("$373,000", "cost", 373000, 373000, "eq"), ("$475,000", "cost", 475000, 475000, "eq")],
        ),
        (
            "After the negotiation the treatment price was cut from 1.29 million yuan to 999,000 yuan.",
            [
                ("1.29 million yuan", "cost", 1290000, 1290000, "eq"),
                ("999,000 yuan", "cost", 999000, 999000, "eq"),
            ],
        ),
        # a registry report: counts that grew
        (
            "The number of registered CAR-T trials increased from 120 to 854 over the decade.",
            [("120", "trial_count", 120, 120, "eq"), ("854", "trial_count", 854, 854, "eq")],
        ),
        (
            "Registered CAR-T trials grew from 120 trials in 2015 to 854 trials in 2023.",
            [("120 trials", "trial_count", 120, 120, "eq"), ("854 trials", "trial_count", 854, 854, "eq")],
        ),
        # the unit said once, after the second figure
        (
            "The complete response rate increased from 48 to 54 percent with longer follow-up.",
            [("48", "cr", 48, 48, "eq"), ("54 percent", "cr", 54, 54, "eq")],
        ),
        (
            "Median PFS improved from 5.2 to 11.9 months in the updated analysis.",
            [("5.2", "pfs", 5.2, 5.2, "eq"), ("11.9 months", "pfs", 11.9, 11.9, "eq")],
        ),
        (
            "The price was cut from 1.29 to 0.99 million yuan.",
            [("1.29", "cost", 1290000, 1290000, "eq"), ("0.99 million yuan", "cost", 990000, 990000, "eq")],
        ),
        # what ranges keep their range
        (
            "Complete response rates ranged from 40% to 54% across the trials.",
            [("40% to 54%", "cr", 40, 54, "range")],
        ),
        (
            "Prices vary from $120,000 to $170,000 depending on the hospital.",
            [("$120,000 to $170,000", "cost", 120000, 170000, "range")],
        ),
        (
            "After the price cut, a course costs anywhere from $50,000 to $90,000.",
            [("$50,000 to $90,000", "cost", 50000, 90000, "range")],
        ),
        (
            "Response rates increased, with CR rates ranging from 60% to 80% in recent studies.",
            [("60% to 80%", "cr", 60, 80, "range")],
        ),
        # the change word of another clause does not reach past its end
        (
            "Costs have risen; in China they run from $50,000 to $90,000.",
            [("$50,000 to $90,000", "cost", 50000, 90000, "range")],
        ),
    ],
)
def test_a_change_from_one_figure_to_another_is_two_claims(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Novartis lowered the price of Kymriah from $475,000 to $373,000 in the US.",
        "Out-of-pocket costs rose from $5,000 to $15,000 under the new US rule.",
        "In the US, the list price climbed from $373,000 to $475,000.",
    ],
)
def test_both_figures_of_a_change_take_what_follows_them(text):
    claims = extract_text(text).claims
    assert [c.metric for c in claims] == ["cost", "cost"]
    assert [c.region for c in claims] == ["US", "US"]


def test_a_figure_after_a_change_still_separates_the_next_one():
    """Only the "to" partner is passed over: "from $X to $Y, and $Z in Europe" keeps Europe to $Z."""
    text = (
        "What CAR-T therapy costs\n\nPrices of cell therapies keep moving as payers negotiate.\n\n"
        "The price fell from $475,000 to $373,000, while it is $320,000 in Europe.\n"
    )
    regions = [(c.text, c.region) for c in extract_text(text).claims]
    assert regions == [("$475,000", None), ("$373,000", None), ("$320,000", "Europe")]


# --- "raised": funds, unless a price was raised -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company raised $50 million in a Series B round.", []),
        ("The biotech raised $120 million to fund price cuts.", []),
        ("Funds raised: $30,000 for her treatment.", []),
        ("The maker raised its price to $475,000 in March.", ["$475,000"]),
        ("The list price was raised to $475,000.", ["$475,000"]),
        ("Insurers raised the co-pay for the infusion to $2,500.", ["$2,500"]),
    ],
)
def test_raised_money_is_funds_unless_a_price_was_raised(text, expected):
    assert [t for t, metric, *_ in figures(text) if metric == "cost"] == expected


# --- a count whose noun comes first ("the number of trials has reached 854") ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of CAR-T clinical trials in China has reached 854.", [("854", "trial_count")]),
        ("The total number of approved CAR-T products is now seven.", [("seven", "product_count")]),
        (
            "By 2024 the number of CAR-T therapies approved by the FDA stood at six.",
            [("six", "product_count")],
        ),
        (
            "The number of patients treated at the centre rose from 300 to 2,000.",
            [("300", "patient_count"), ("2,000", "patient_count")],
        ),
        # not counts of what the contract counts
        ("The number of CAR-T products in development exceeds 100.", []),
        ("The number of patients who relapsed was 12.", []),
    ],
)
def test_a_count_told_by_the_number_of_its_noun(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


# --- Chinese: a change, and a range whose ends both carry the currency ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "随着随访时间延长,完全缓解率由40%提高到54%。",
            [("40%", "cr", 40, 40, "eq"), ("54%", "cr", 54, 54, "eq")],
        ),
        ("客观缓解率从52%上升至83%。", [("52%", "orr", 52, 52, "eq"), ("83%", "orr", 83, 83, "eq")]),
        (
            "经过谈判,该产品的价格从129万元降至99.9万元。",
            [("129万元", "cost", 1290000, 1290000, "eq"), ("99.9万元", "cost", 999000, 999000, "eq")],
        ),
        ("该疗法的价格在100万元至120万元之间。", [("100万元至120万元", "cost", 1000000, 1200000, "range")]),
        ("完全缓解率为40%至54%。", [("40%至54%", "cr", 40, 54, "range")]),
        ("该疗法的价格从30万到50万元不等。", [("30万到50万元", "cost", 300000, 500000, "range")]),
    ],
)
def test_chinese_changes_and_ranges(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120万元的治疗费用,医保报销70%,商保二次报销65%。", [("70%", 70), ("65%", 65)]),
        ("经基本医保(报销40%)、惠民保(报销30%)后自付不到15万。", [("40%", 40), ("30%", 30)]),
        ("医保报销比例为60%。", [("60%", 60)]),
        # a share of patients in a sentence that mentions reimbursement is no reimbursed share
        ("该药可报销部分费用,约30%的患者获得完全缓解。", []),
    ],
)
def test_chinese_shares_reimbursed(text, expected):
    assert [(t, low) for t, metric, low, *_ in figures(text) if metric == "cost_reduction"] == expected


# --- a label stacked over its value (brand sites, slides, text taken from PDFs) --------------------


def claimed(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(c.text, c.metric, c.value.low, c.statistic) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand site's results panel: label line, value line with its count and interval
        (
            "Response rates in the pivotal trial\n\nObjective response rate\n87% (52) [75, 94]\n"
            "Complete remission rate\n62% (37) [48, 74]\n",
            [("87%", "orr", 87, None), ("62%", "cr", 62, None)],
        ),
        # a slide deck's text, a blank line between label and value, a colon after the label
        (
            "Median overall survival:\n\n25.4 months\n\nCytokine release syndrome, any grade\n\n92%\n",
            [("25.4 months", "os", 25.4, "median"), ("92%", "crs", 92, None)],
        ),
        # a fact box of a news page, bulleted
        (
            "At a glance\n- Complete remission\n- 81%\n- Price per infusion\n- $475,000\n",
            [("81%", "cr", 81, None), ("$475,000", "cost", 475000, None)],
        ),
    ],
)
def test_a_label_stacked_over_its_value_names_its_metric(text, expected):
    assert claimed(text) == expected


def test_a_partial_response_label_names_no_response_rate():
    """A block cue ("partial response") stops the label's ORR, in every kind of label."""
    for text in (
        "Partial remission rate\n25% (15) [15, 38]\n",
        "Partial response rate: 25%\n",
        "| Endpoint | Value |\n|---|---|\n| Partial response rate | 25% |\n| Overall response rate | 87% |\n",
    ):
        assert [(t, m) for t, m, *_ in claimed(text)] == ([("87%", "orr")] if "Overall" in text else [])


@pytest.mark.parametrize(
    "text",
    [
        "Key results\n\n92%\n",  # a label that names no metric
        "The response rate was high in this study.\n92%\n",  # a sentence is no label
        "Objective response rate\n92% of the patients in the sponsor's survey liked the site\n",
        "Objective response rate\n\n\n\n92%\n",  # too far below
        "Complete remission rate\nPage 2\n",  # a page number, no figure of a rate
    ],
)
def test_what_is_no_stacked_label(text):
    assert claimed(text) == []


# --- confidence levels declared once, shares told as n=a/b -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Median OS (95% CI) was 25.6 months (1.2-47.0) in all treated patients.",
            [("25.6 months", "os", 25.6, (1.2, 47.0))],
        ),
        (
            "The ORR (95% CI) was 87% (75-94) and the CR rate 62% (48-74).",
            [("87%", "orr", 87, (75, 94)), ("62%", "cr", 62, (48, 74))],
        ),
        ("ORR [95% CI]: 81% [70, 90].", [("81%", "orr", 81, (70, 90))]),
        # the level alone, with nothing after it: no 95% rate
        ("Outcomes are shown with their 95% CI (95% CI) in the table.", []),
    ],
)
def test_a_confidence_level_declared_before_the_figures(text, expected):
    got = [(c.text, c.metric, c.value.low, c.ci) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly all patients achieved a response (n=52/60).", [("n=52/60", "orr", 86.7, 52, 60)]),
        (
            "Patients who had relapsed after a transplant did well (OCR rate=70%; n=16/23).",
            [("70%", "cr", 70, 16, 23)],
        ),
        (
            "The CR rate was 72% (n = 13/18) in primary refractory disease.",
            [("72%", "cr", 72, 13, 18)],
        ),
        # a share that does not agree with its fraction keeps the share alone
        ("The CR rate was 40% (n = 13/18).", [("40%", "cr", 40, None, None)]),
    ],
)
def test_a_share_told_as_n_equals_a_over_b(text, expected):
    got = [(c.text, c.metric, c.value.low, c.numerator, c.denominator) for c in extract_text(text).claims]
    assert got == expected


def test_a_currency_word_does_not_reach_across_a_line_end():
    text = "CAR-T prices\n\nTreatment cost in the US\n$373,000\n"
    claims = extract_text(text).claims
    assert [(c.text, c.value.low, c.value.unit, c.region) for c in claims] == [
        ("$373,000", 373000, "USD", "US")
    ]
    assert text[claims[0].start : claims[0].end] == "$373,000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The approval rests on a single-arm study in which 71 patients were studied.", ["71 patients"]),
        ("Researchers studied 300 patients in the national registry.", ["300 patients"]),
    ],
)
def test_a_cohort_that_was_studied(text, expected):
    assert [t for t, metric, *_ in figures(text) if metric == "patient_count"] == expected


# --- Japanese prices, vague efficacy, one-off treatments --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article about Japan: its "¥" is the yen, in every sentence
        (
            "Japan's insurance to cover a therapy costing ¥33 million\n\n"
            "The panel approved coverage of the therapy, which costs ¥33.49 million, from May.\n\n"
            "A patient would shoulder costs of roughly ¥410,000 a month.\n",
            ["JPY", "JPY", "JPY"],
        ),
        # an article that names China too: a sentence without Japan keeps the yuan
        (
            "CAR-T prices in Asia\n\nIn China the therapy costs ¥1.2 million. "
            "In Japan it costs ¥33 million.\n\n"
            "The deposit is ¥50,000.\n",
            ["CNY", "JPY", "CNY"],
        ),
    ],
)
def test_the_yen_sign_in_an_article_about_japan(text, expected):
    assert [c.value.unit for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treatments have been shown to be 80% effective in treating certain cancers.",
            [("80%", "success_rate")],
        ),
        ("In a small series the therapy was 90 percent effective.", [("90 percent", "success_rate")]),
        ("CAR-T is effective, and 30% of patients had CRS.", [("30%", "crs")]),
        # "one-time", "one-off": no count
        ("The one-off treatment costs $400,000.", [("$400,000", "cost")]),
        (
            "A one time infusion was given to 12 patients enrolled in the trial.",
            [("12 patients", "patient_count")],
        ),
        # people at risk of dying are no cohort of a therapy
        ("This is good news for some 200 patients who are at risk of dying within months.", []),
    ],
)
def test_vague_efficacy_one_off_and_people_at_risk(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient's expenses are a price: their saving is a cost reduction
        (
            "Treatment expenses in China are 7–10 times lower than in the United States.",
            [("7–10 times", "cost_reduction")],
        ),
        ("Medical expenses for CAR-T patients were 40% lower after the reform.", [("40%", "cost_reduction")]),
        # a company's expenses are its results
        ("Selling expenses fell by 40.7% year on year.", []),
        ("Operating expenses were 30% lower than last year.", []),
    ],
)
def test_a_patients_expenses_and_a_companys(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


# --- abstracts: parallel lists in brackets, non-relapse mortality, time points after dosing -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "New-onset CRS and ICANS were rare after two weeks (0% and 0.7% of patients, respectively).",
            [("0%", "crs"), ("0.7%", "neurotoxicity")],
        ),
        (
            "CRS and ICANS were common in this cohort (78% and 23%).",
            [("78%", "crs"), ("23%", "neurotoxicity")],
        ),
        (
            "Kaplan-Meier estimates of OS, PFS, and nonrelapse mortality (NRM) 12 months after dosing "
            "were 52%, 30%, and 6%, respectively.",
            [("52%", "os"), ("30%", "pfs"), ("6%", "adverse_event")],
        ),
        ("Non-relapse mortality was 4% at one year.", [("4%", "adverse_event")]),
        # a dose is still no outcome's time
        ("The median time from leukapheresis to dosing was 28 days.", []),
    ],
)
def test_lists_and_mortality_in_abstracts(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


def test_non_relapse_mortality_names_its_event():
    claim = extract_text("Non-relapse mortality was 4% at one year.").claims[0]
    assert (claim.metric, claim.event) == ("adverse_event", "non-relapse mortality")
