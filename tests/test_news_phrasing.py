"""How trial news, price and insurance news and registry reports state figures: a change from one
figure to another, a price that was raised, a count whose noun comes first. Sentences written
for these tests, in the phrasings of several genres."""

import pytest

from carclaims.attribute import canonical_inn
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


# --- HTA notices, academic-centre abstracts, hospital pages ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_ci"),
    [
        # European authors writing in English: "IC" for the interval, the level before or after it
        ("One-year event-free survival was 52% (95% IC 38%–66%).", (38, 66)),
        ("Overall survival at two years was 61% (IC 95%: 44–75).", (44, 75)),
        ("The complete remission rate was 88% (95% IC: 71-96%) at day 28.", (71, 96)),
        ("The ICU admission rate was 11% (IC95% 4-22).", (4, 22)),
        # the forms read before stay as they were
        ("The overall response rate was 81% (95% CI, 70 to 89).", (70, 89)),
        ("The overall response rate was 81% (95% C.I. 70-89%).", (70, 89)),
    ],
)
def test_a_confidence_interval_written_ic_is_no_claim_of_its_own(text, expected_ci):
    claims = extract_text(text).claims
    assert len(claims) == 1  # neither the level nor the bounds
    assert claims[0].ci == expected_ci


@pytest.mark.parametrize(
    "text",
    [
        "The procedure-related mortality was 6.5% at day +100.",
        "Transplant-related mortality (TRM) was 14% in the allogeneic comparator arm.",
        "TRM at one year was 6% with the split-dose schedule.",
        "Toxic deaths occurred in 2% of children in the registry.",
        "Treatment-related mortality remained low at 3%.",
    ],
)
def test_treatment_related_mortality_is_an_adverse_event_not_the_toxicity_before_it(text):
    claims = extract_text(text).claims
    assert [(c.metric, c.event) for c in claims] == [("adverse_event", "treatment-related mortality")]


def test_mortality_after_a_neurotoxicity_figure_takes_its_own_endpoint():
    text = "Grade 3 neurotoxicity was seen in 3.1%, and the procedure-related mortality was 6.5% at day +100."
    assert [(t, metric) for t, metric, *_ in figures(text)] == [
        ("3.1%", "neurotoxicity"),
        ("6.5%", "adverse_event"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hospital page: who each share is of, in brackets, before one verb
        (
            "In our programme, 88% (children) and 65% (adults) were able to achieve complete remission.",
            [("88%", "cr"), ("65%", "cr")],
        ),
        # news: plain list before the verb
        ("In the two age groups, 91% and 72% achieved complete remission.", [("91%", "cr"), ("72%", "cr")]),
        (
            "By age band, 85%, 78% and 66% went into remission.",
            [("85%", "orr"), ("78%", "orr"), ("66%", "orr")],
        ),
        # abstract: two cohorts, one event
        ("In the two cohorts, 45% and 30% of patients had grade 3 CRS.", [("45%", "crs"), ("30%", "crs")]),
        # a figure with an endpoint of its own keeps it
        ("The ORR was 80%, and 40% achieved a complete response.", [("80%", "orr"), ("40%", "cr")]),
        (
            "The ORR was 80% and 40% of patients achieved a complete response.",
            [("80%", "orr"), ("40%", "cr")],
        ),
        # dose fractions joined by "and" are no outcome
        (
            "Patients received 10% and 90% of the dose on days 0 and 1, and 80% achieved a CR.",
            [("80%", "cr")],
        ),
    ],
)
def test_figures_joined_before_one_verb_share_its_endpoint(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly 70 percent of the children treated so far have gone into complete remission.",
            ("cr", "approx"),
        ),
        ("About 60% of patients infused to date have achieved a complete response.", ("cr", "approx")),
        ("Roughly 40% of the patients treated in the study developed severe CRS.", ("crs", "approx")),
        ("About 60% of patients treated with axi-cel achieved a complete response.", ("cr", "approx")),
        ("In the first trial, 66% went into remission within a month.", ("orr", "eq")),
        ("Of the 40 children, 75% had gone into remission by day 28.", ("orr", "eq")),
        ("Early studies found that about 50% of patients have gone into remission.", ("orr", "approx")),
        ("About 85% of patients were able to achieve a complete response.", ("cr", "approx")),
    ],
)
def test_a_share_of_patients_treated_so_far_takes_the_verb_after(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric != "patient_count"]
    assert [(c.metric, c.value.bound) for c in claims] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parliamentary answer, hospital page, charity news: the verb before the count of people
        (
            "Three CAR-T products are available, which have treated over 1,800 people to date.",
            [
                ("Three CAR-T products", "product_count", 3, 3, "eq"),
                ("over 1,800 people", "patient_count", 1800, None, "gt"),
            ],
        ),
        (
            "The centre has treated more than 400 people with CAR-T since 2019.",
            [("more than 400 people", "patient_count", 400, None, "gt")],
        ),
        (
            "Our team has already treated over 1,000 people.",
            [("over 1,000 people", "patient_count", 1000, None, "gt")],
        ),
        ("The programme has helped 250 people so far.", [("250 people", "patient_count", 250, 250, "eq")]),
        # people a disease affects are not people treated
        ("Leukaemia affects 400 people in the region each year.", []),
    ],
)
def test_people_counted_after_the_verb_that_treated_them(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state health page and a funding brief: the threshold that defines a class of therapies
        (
            "Highly specialised therapies are new high-cost treatments (more than $200,000 per patient) "
            "given at selected public hospitals.",
            [],
        ),
        ("The scheme covers expensive cell therapies (over €300,000 per patient) from its own budget.", []),
        # one product's price in brackets is still a price
        (
            "CAR-T therapies (over $400,000 each) remain out of reach for most patients.",
            [("over $400,000", "cost", 400000, None, "gt")],
        ),
    ],
)
def test_a_funding_class_threshold_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blogs and forum posts written all in lowercase: a month's full name still dates it
        ("in september 2018 health canada approved its first car-t therapy, tisagenlecleucel.", "2018-09"),
        ("the regulator approved axicabtagene ciloleucel in october 2017 for adults.", "2017-10"),
        ("Health Canada approved tisagenlecleucel in September 2018.", "2018-09"),
    ],
)
def test_a_lowercase_month_dates_an_approval(text, expected):
    assert [(c.metric, c.value.date) for c in extract_text(text).claims] == [("approval", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # registry reports and news: a share of trials, in figures or in words, with a longer noun
        (
            "The country hosts 70 percent of all CAR cell therapy trials registered since 2017.",
            ("70 percent of all CAR cell therapy trials", 70, 70, "eq"),
        ),
        (
            "More than half of all CAR-T trials are being run in China.",
            ("More than half of all CAR-T trials", 50, None, "gt"),
        ),
        (
            "Nearly half of the registered CAR-T cell therapy trials are in China.",
            ("Nearly half of the registered CAR-T cell therapy trials", 50, 50, "approx"),
        ),
        (
            "Two-thirds of the world's CAR-T trials are in China.",
            ("Two-thirds of the world's CAR-T trials", 66.7, 66.7, "eq"),
        ),
    ],
)
def test_a_share_of_trials_in_figures_or_words(text, expected):
    assert [
        (c.text, c.value.low, c.value.high, c.value.bound)
        for c in extract_text(text).claims
        if c.metric == "trial_count"
    ] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "About half of the patients in the trials relapsed.",
        "About 50% of the patients in the trials had CRS.",
    ],
)
def test_patients_in_trials_are_no_share_of_trials(text):
    assert all(c.metric != "trial_count" for c in extract_text(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abstracts: the endpoints come after the list of figures
        (
            "Rates were 12% and 18% for CRS and ICANS, respectively.",
            [("12%", "crs", None), ("18%", "neurotoxicity", None)],
        ),
        (
            "Incidences of 42% and 10% were seen for any-grade CRS and neurotoxicity, respectively.",
            [("42%", "crs", None), ("10%", "neurotoxicity", None)],
        ),
        (
            "The rates were 81%, 62% and 50% for ORR, CR and PFS, respectively.",
            [("81%", "orr", None), ("62%", "cr", None), ("50%", "pfs", None)],
        ),
        # one endpoint after, the time points before
        (
            "The 12- and 24-month rates were 71% and 60% for OS, respectively.",
            [("71%", "os", "P12M"), ("60%", "os", "P24M")],
        ),
        (
            "At 12 months, rates were 71% and 40% for OS and PFS, respectively.",
            [("71%", "os", "P12M"), ("40%", "pfs", "P12M")],
        ),
        # the endpoints before the list still lead
        ("The ORR and CR rate were 81% and 62%, respectively.", [("81%", "orr", None), ("62%", "cr", None)]),
    ],
)
def test_a_list_whose_endpoints_follow_it(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policy briefs: an average sales price (ASP) is what a hospital pays, not a company's sales
        (
            "The products cost hospitals a lot (e.g., average sales prices [ASPs] above $410,000).",
            [("above $410,000", "cost", 410000, None, "gt")],
        ),
        (
            "The average sales price of the therapy rose to $465,000 this year.",
            [("$465,000", "cost", 465000, 465000, "eq")],
        ),
        # a company's sales stay no price
        ("Kite reported CAR-T sales of $1.9 billion for the year.", []),
        ("Weekly sales of the product reached $400,000 at launch.", []),
    ],
)
def test_an_average_sales_price_is_a_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since the first Food & Drug Administration approval of a CAR-T product in 2017, payers debated.",
        "The Food and Drug Administration approved the first CAR-T product in 2017.",
    ],
)
def test_the_food_and_drug_administration_spelled_out_names_a_us_approval(text):
    claims = extract_text(text).claims
    assert [(c.metric, c.value.date, c.region) for c in claims] == [("approval", "2017", "US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subsidy news: the share of the cost a government pays, with its cap
        (
            "Residents may get up to 20% in subsidies, capped at $40,000, based on household income.",
            [
                ("up to 20%", "cost_reduction", None, 20, "le"),
                ("capped at $40,000", "cost", None, 40000, "le"),
            ],
        ),
        (
            "Lower-income patients receive a 40% subsidy on the treatment.",
            [("40%", "cost_reduction", 40, 40, "eq")],
        ),
        ("Patients in the lowest income group get a 75% subsidy.", [("75%", "cost_reduction", 75, 75, "eq")]),
        # a company's income stays no saving
        ("Net income fell 40% year on year to $2 million.", []),
        ("The company's operating income dropped 25% as prices fell.", []),
    ],
)
def test_a_subsidy_share_is_a_saving_and_household_income_no_company_result(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # journal commentary: the same endpoints at an earlier look, in brackets after the list
        (
            "PFS and OS were 41% and 51%, respectively, at 2 years (previously 44% and 58%, respectively, "
            "at 12 months).",
            [("41%", "pfs", "P2Y"), ("51%", "os", "P2Y"), ("44%", "pfs", "P12M"), ("58%", "os", "P12M")],
        ),
        # press release: the comparator arm in brackets
        (
            "ORR and CR rates were 80% and 60%, respectively (vs 70% and 45%, respectively, with chemo).",
            [("80%", "orr", None), ("60%", "cr", None), ("70%", "orr", None), ("45%", "cr", None)],
        ),
        # trial news: an update against the last one
        (
            "CRS and ICANS were 42% and 30%, respectively, in the update "
            "(up from 38% and 25%, respectively).",
            [
                ("42%", "crs", None),
                ("30%", "neurotoxicity", None),
                ("38%", "crs", None),
                ("25%", "neurotoxicity", None),
            ],
        ),
    ],
)
def test_a_list_restated_in_brackets_keeps_its_endpoints(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the endpoint names the follow-up, not the figure
        (
            "Median follow-up for overall survival was 36 months, and median OS was 22.4 months.",
            ["22.4 months"],
        ),
        ("The median follow-up for OS was 24 months.", []),
        ("Median OS was 27.3 months, with median follow-up for survival of 29.3 months.", ["27.3 months"]),
        # the exceptions to a whole cohort are no cohort
        (
            "With all but 2 evaluable patients having completed the study, median OS was 27.3 months.",
            ["27.3 months"],
        ),
        ("All but three patients were treated as outpatients.", []),
    ],
)
def test_follow_up_for_survival_and_all_but_n_are_no_claims(text, expected):
    assert [c.text for c in extract_text(text).claims] == expected


def test_the_new_england_journal_names_no_region():
    text = "The phase 2 trial, in the New England Journal of Medicine, found that 52 percent responded."
    assert [(c.metric, c.region) for c in extract_text(text).claims] == [("orr", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abstracts: two endpoints sharing one noun ("overall and complete response rates")
        (
            "Overall and complete response rates were 88% and 69%, respectively.",
            [("88%", "orr"), ("69%", "cr")],
        ),
        (
            "The overall and complete remission rates were 91% and 80%, respectively.",
            [("91%", "orr"), ("80%", "cr")],
        ),
        ("Objective and complete response rates of 72% and 51% were seen.", [("72%", "orr"), ("51%", "cr")]),
        # "overall" on its own, or before "complete remission" (CR + CRi), stays with CR
        ("Overall, complete response rates were 70%.", [("70%", "cr")]),
        ("Overall complete remission was 81%.", [("81%", "cr")]),
    ],
)
def test_overall_and_complete_response_rates_name_two_endpoints(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abstracts: groups split by semicolons, each group's label before its figures, one
        # "respectively" at the end (counts and ages in the labels are claims of their own)
        (
            "Overall and complete response rates were as follows: all patients (N = 120), 88% and 66%;"
            " patients with prior BCMA therapy (n = 31), 81% and 58%; patients aged 70 years or older,"
            " 91% and 71%, respectively.",
            [
                ("120", "patient_count"),
                ("88%", "orr"),
                ("66%", "cr"),
                ("31", "patient_count"),
                ("81%", "orr"),
                ("58%", "cr"),
                ("91%", "orr"),
                ("71%", "cr"),
            ],
        ),
        # trial news: the label after the figures
        (
            "ORR and CR rates were 82% and 54% in cohort A; 75% and 40% in cohort B, respectively.",
            [("82%", "orr"), ("54%", "cr"), ("75%", "orr"), ("40%", "cr")],
        ),
        (
            "The response and complete remission rates were 90% and 60% for adults; 95% and 80% for"
            " children, respectively.",
            [("90%", "orr"), ("60%", "cr"), ("95%", "orr"), ("80%", "cr")],
        ),
        # press releases: the label in brackets; three groups, "and" before the last
        (
            "Objective response and complete response rates of 73% and 53% (arm 1); 67% and 44% (arm 2),"
            " respectively.",
            [("73%", "orr"), ("53%", "cr"), ("67%", "orr"), ("44%", "cr")],
        ),
        (
            "Grade 3 or higher CRS and neurotoxicity rates were 5% and 10% with product A; 2% and 3% with"
            " product B; and 1% and 1% with product C, respectively.",
            [
                ("5%", "crs"),
                ("10%", "neurotoxicity"),
                ("2%", "crs"),
                ("3%", "neurotoxicity"),
                ("1%", "crs"),
                ("1%", "neurotoxicity"),
            ],
        ),
        # durations, and a region in each group's label
        (
            "Median PFS and OS were 8.1 and 20.3 months in cohort A; 6.0 and 15.2 months in cohort B,"
            " respectively.",
            [("8.1", "pfs"), ("20.3 months", "os"), ("6.0", "pfs"), ("15.2 months", "os")],
        ),
        (
            "In the US, the ORR and CR rates were 72% and 51% (pivotal cohort); in Europe, 68% and 45%"
            " (real-world cohort), respectively.",
            [("72%", "orr"), ("51%", "cr"), ("68%", "orr"), ("45%", "cr")],
        ),
        # each group with endpoints of its own, or figures of another kind after the semicolon
        (
            "The ORR was 80% and 60%; the CR rate was 50% and 40% in cohorts A and B, respectively.",
            [("80%", "orr"), ("60%", "orr"), ("50%", "cr"), ("40%", "cr")],
        ),
        (
            "ORR and CR rates were 82% and 54%; median PFS and OS were 8.1 and 20.3 months, respectively.",
            [("82%", "orr"), ("54%", "cr"), ("8.1", "pfs"), ("20.3 months", "os")],
        ),
    ],
)
def test_a_list_in_groups_split_by_semicolons_pairs_each_group_with_the_endpoints(text, expected):
    assert [(t, metric) for t, metric, *_ in figures(text)] == expected


def _metrics(text: str) -> list[tuple[str, str]]:
    return [(t, metric) for t, metric, *_ in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news and abstracts: a median's range or interquartile range in brackets
        (
            "The median OS was 17.1 months (range, 12.9–28.8 months) in 127 infused patients.",
            [("17.1 months", "os"), ("127 infused patients", "patient_count")],
        ),
        ("The median PFS was 9.1 months (IQR, 3.2-15.0 months).", [("9.1 months", "pfs")]),
        ("Median duration of response was 11.2 months (range: 1.0-30.5).", [("11.2 months", "dor")]),
        (
            "Median EFS was 8.0 months (range 0.9 to 30.1 months) for infused patients.",
            [("8.0 months", "efs")],
        ),
        # a range that is the claim stays one
        ("Median OS ranged from 12.9 to 28.8 months.", [("12.9 to 28.8 months", "os")]),
    ],
)
def test_the_range_of_a_median_in_brackets_is_no_claim(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # time points listed after "at": the last one is no survival time of its own
        (
            "EFS rates at six and 12 months were 65.4% and 49.5%, respectively.",
            [("65.4%", "efs"), ("49.5%", "efs")],
        ),
        (
            "OS rates at 6, 12 and 24 months were 80%, 61% and 45%.",
            [("80%", "os"), ("61%", "os"), ("45%", "os")],
        ),
        (
            "The PFS rate at one and two years was 70% and 55%, respectively.",
            [("70%", "pfs"), ("55%", "pfs")],
        ),
        # a survival time stays one
        ("Median OS was 24 months and median PFS 12 months.", [("24 months", "os"), ("12 months", "pfs")]),
    ],
)
def test_time_points_listed_after_at_are_no_survival_times(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conference news, press releases, patient pages: still in remission at a time point
        ("After 2 years, the probability of remaining in remission was 54.1%.", [("54.1%", "dor")]),
        ("At one year, 48% of patients stayed in remission.", [("48%", "dor")]),
        ("The chance of staying in complete remission at 24 months was 61%.", [("61%", "dor")]),
        # a hope is no claim
        ("Patients hope to stay in remission for years.", []),
    ],
)
def test_remaining_in_remission_is_a_duration_of_response_rate(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit named "month 3" is no count of responses
        ("Patients with a month 3 CR had a 2-year OS of 70%.", [("70%", "os")]),
        ("Among month-6 responders, the 2-year PFS was 64%.", [("64%", "pfs")]),
        # a count after "the first month" stays one
        ("In the first month 12 patients developed CRS.", [("12 patients", "crs")]),
    ],
)
def test_a_visit_named_month_n_is_no_count(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurance news: what a patient earns is no price, what they pay is
        (
            "A patient earning 5 million yen a year would pay 400,000 yen for the therapy.",
            [("400,000 yen", "cost")],
        ),
        ("Someone who earns about $60,000 pays $4,000 out of pocket for CAR-T.", [("$4,000", "cost")]),
        ("The treatment costs $373,000 and patients earning less pay nothing.", [("$373,000", "cost")]),
    ],
)
def test_what_a_patient_earns_is_no_price(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # journals and European sites set thousands apart with a (thin or no-break) space
        ("The list price of axi-cel is $373 000 in the US.", [("$373 000", 373000)]),
        ("The ICER was $99\u2009101 per QALY gained.", [("$99\u2009101", 99101)]),
        ("The list price was €320\u00a0000 in Germany.", [("€320\u00a0000", 320000)]),
        ("The therapy costs 320 000 euros in France.", [("320 000 euros", 320000)]),
        ("It costs $1 250 000 in the Gulf, and $350 in fees.", [("$1 250 000", 1250000), ("$350", 350)]),
        # a count after a year stays apart from it
        ("In 2019 150 patients were treated.", [("150 patients", 150)]),
        # the currency sign after the sum, as French and German writers put it
        ("In France the list price is 320 000 € per infusion.", [("320 000 €", 320000)]),
        (
            "It failed review over its price tag of 500 million won (430,884 $).",
            [("500 million won", 500000000), ("430,884 $", 430884)],
        ),
        ("The price is 297.666 € in Germany.", [("297.666 €", 297666)]),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_sum(text, expected):
    assert [(t, low) for t, _, low, *_ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price news: the figure after "a price cut of", "a cut of", before "price cut"
        ("A price cut of 30% was agreed to reach a deal.", [("30%", "cost_reduction")]),
        ("A 30% price cut was agreed.", [("30%", "cost_reduction")]),
        (
            "The price fell by 20% after a cut of about 10% last year.",
            [("20%", "cost_reduction"), ("about 10%", "cost_reduction")],
        ),
    ],
)
def test_a_price_cut_of_n_percent_is_a_saving(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regulator news: an application submitted, filed or accepted is no approval
        (
            "Cilta-cel is an investigational CAR T-cell therapy for which a rolling biologic license"
            " application (BLA) was submitted to the FDA in December 2020.",
            [],
        ),
        ("The NMPA accepted the supplemental BLA for relma-cel in May 2024.", []),
        ("Kymriah was approved by the FDA in August 2017.", [("August 2017", "approval")]),
        ("The FDA approved the BLA for Breyanzi in February 2021.", [("February 2021", "approval")]),
        # another kind of drug's approval, in a sentence that names no CAR-T product
        ("Belantamab mafodotin, which the FDA approved in August 2020, is an antibody-drug conjugate.", []),
        ("Teclistamab, a bispecific antibody, received FDA approval in October 2022.", []),
        ("Carvykti was approved in February 2022.", [("February 2022", "approval")]),
    ],
)
def test_applications_and_other_drugs_approvals_are_no_car_t_approvals(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # government and charity news: how many may be treated is a projection, no cohort
        ("Between 200 and 250 additional patients are expected to benefit from the therapy each year.", []),
        ("About 1,000 patients could benefit each year.", []),
        ("Some 300 patients a year may be eligible for the treatment.", []),
        ("In total, 120 patients were treated.", [("120 patients", "patient_count")]),
        (
            "Of 120 patients with relapsed LBCL, 30% are expected to relapse.",
            [("120 patients", "patient_count")],
        ),
    ],
)
def test_patients_expected_to_benefit_are_no_cohort(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price that a public payer now covers is still the price
        (
            "The treatment would cost an individual up to $500,000 but will now be funded by the government.",
            [("up to $500,000", "cost")],
        ),
        ("The $475,000 therapy is funded through Medicare.", [("$475,000", "cost")]),
        # money of funds and investors is no price
        ("The trial, funded by investors, cost $20 million.", []),
        ("The company raised funds of $50 million.", []),
    ],
)
def test_a_price_funded_by_a_public_payer_is_still_a_price(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hospital FAQs and patient pages: who the patients are, between them and what they had
        (
            "Almost half of all patients who undergo CAR T-cell therapy experience side effects.",
            [("Almost half", "adverse_event")],
        ),
        ("About 30% of patients who were treated with axi-cel relapsed.", [("About 30%", "relapse")]),
        # trial news
        ("40% of patients who received the product had grade 3 CRS.", [("40%", "crs")]),
        ("60% of children who got the infusion achieved a complete remission.", [("60%", "cr")]),
    ],
)
def test_a_relative_clause_on_the_treatment_keeps_the_share_and_its_outcome(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # health-service news and patient pages: a cure rate told by its verb
        (
            "Clinical trials suggest the treatment could potentially cure around 40 per cent of patients.",
            [("around 40 per cent", "success_rate")],
        ),
        ("The therapy can cure about 40% of patients.", [("about 40%", "success_rate")]),
        ("The drug cured 3 of 10 patients.", [("3 of 10", "success_rate")]),
        # "a cure" without a share names nothing
        (
            "The therapy offers a cure for some patients, and 60% responded.",
            [("60%", "orr")],
        ),
    ],
)
def test_curing_a_share_of_patients_is_a_success_rate(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regulator news: the next regulators' approvals, listed after the first
        (
            "The FDA approved Kymriah on August 30, 2017, for the first time in the world, and the European"
            " Medicines Agency followed suit in August 2018, and the Japanese Ministry of Health, Labor and"
            " Welfare, in March 2019.",
            [("August 30, 2017", "approval"), ("August 2018", "approval"), ("March 2019", "approval")],
        ),
        (
            "Yescarta was approved in the US in October 2017; the EMA followed in August 2018.",
            [("October 2017", "approval"), ("August 2018", "approval")],
        ),
    ],
)
def test_regulators_that_followed_suit_approved_too(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news: how many infusions one patient may get is a dose, no count of patients
        ("Satri-cel was given with the possibility of up to 3 infusions per patient.", []),
        ("Lymphodepletion preceded each infusion, with up to three infusions given.", []),
        ("Each patient received 2 doses per patient in the second cohort.", []),
        # a centre's infusions still count the people treated
        (
            "In all, 59 received relma-cel infusion and 120 infusions were given across sites.",
            [("120 infusions", "patient_count")],
        ),
        # a relative risk reduction is no survival rate
        (
            "The median OS was 7.92 months versus 5.49 months, indicating over a 30% reduction in mortality"
            " risk.",
            [("7.92 months", "os"), ("5.49 months", "os")],
        ),
        (
            "The median OS was 8.61 months, corresponding to a 40% reduction in mortality.",
            [("8.61 months", "os")],
        ),
    ],
)
def test_doses_per_patient_and_relative_risk_reductions_are_no_claims(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patient news: bullets that open with a figure, under a lead line naming the endpoint
        (
            "- Progression-free survival – the time before the cancer grew – was longer with the therapy:\n"
            "- 3.25 months with the therapy\n- 1.77 months with standard treatment\n",
            [("3.25 months", "pfs"), ("1.77 months", "pfs")],
        ),
        # press releases and slides: other bullet marks, percentages
        (
            "Complete response rates by age group:\n• 82% in patients younger than 65\n"
            "• 75% in patients 65 or older\n",
            [("82%", "cr"), ("75%", "cr")],
        ),
        # a lead that names no endpoint, or two, names none; a blank line ends the list
        ("Key results:\n- 62% in the first cohort\n", []),
        ("ORR and CR rates:\n- 62% in the first cohort\n", []),
        ("Complete response rates:\n\n- 62% in the first cohort\n", []),
    ],
)
def test_list_items_that_open_with_a_figure_take_their_lead_lines_endpoint(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # registry abstracts: each endpoint of the list followed by its abbreviation in brackets
        (
            "Twelve-month duration of response (DOR), event-free survival, and overall survival (OS) rates"
            " were 60.9%, 52.4%, and 77.2%, respectively.",
            [("60.9%", "dor"), ("52.4%", "efs"), ("77.2%", "os")],
        ),
        # press releases
        (
            "The overall response rate (ORR) and complete response (CR) rate were 82% and 54%, respectively.",
            [("82%", "orr"), ("54%", "cr")],
        ),
        (
            "Progression-free survival (PFS) and overall survival (OS) at 2 years were 40% and 60%.",
            [("40%", "pfs"), ("60%", "os")],
        ),
    ],
)
def test_an_endpoint_and_its_abbreviation_in_brackets_are_one_member_of_a_list(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # science news and abstracts: an outcome told as a count, the patients qualified first
        ("Five patients with hard-to-treat lupus went into remission.", [("Five patients", "orr")]),
        (
            "Twelve patients with relapsed ALL achieved complete remission.",
            [("Twelve patients", "cr")],
        ),
        ("Eight patients with relapsed disease died.", [("Eight patients", "os")]),
        # "every single one of them": all of them, no count of one
        ("Every single one of them went into remission.", []),
        ("Each one of the patients responded.", []),
    ],
)
def test_an_outcome_count_with_a_qualified_population(text, expected):
    assert _metrics(text) == expected


def _with_ci(text: str) -> list[tuple[str, str, float | None, tuple[float, float] | None]]:
    return [(c.text, c.metric, c.value.low, c.ci) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regulator summaries and abstracts: the share's interval between it and its endpoint
        (
            "Of 65 evaluable patients, 27 (42%; 95% CI, 29%-54%) achieved complete remission by month 3.",
            [("65 evaluable patients", "patient_count", 65, None), ("27 (42%", "cr", 42, (29, 54))],
        ),
        (
            "In the pivotal cohort, 42% (95% CI 29-54) of patients had a complete response.",
            [("42%", "cr", 42, (29, 54))],
        ),
        (
            "Overall, 61 patients (81.3%, 95% confidence interval 70.7-89.4) achieved an overall response.",
            [("61 patients (81.3%", "orr", 81.3, (70.7, 89.4))],
        ),
        (
            "Grade 3 or higher CRS: 12 (9%; 95% CI, 5%-15%) developed severe CRS after infusion.",
            [("12 (9%", "crs", 9, (5, 15))],
        ),
    ],
)
def test_a_shares_confidence_interval_between_it_and_its_endpoint(text, expected):
    assert _with_ci(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news: CR with incomplete (CRi) or partial (CRh) count recovery alone is no CR rate
        (
            "The trial reported a 77% overall remission rate (55% complete remission and 21% complete"
            " remission with incomplete hematologic recovery).",
            [("77%", "orr"), ("55%", "cr")],
        ),
        ("CR/CRi was achieved in 81%, with 60% CR and 21% CRi.", [("81%", "cr"), ("60%", "cr")]),
        ("A CRi was seen in 12% of patients.", []),
        ("CR or CRh was reached by 43%, and 10% had CRh.", [("43%", "cr")]),
        ("The rate of CR with partial count recovery was 15%; the CR rate was 50%.", [("50%", "cr")]),
        # ...but CR and CRi together are (CLAIMS.md 2)
        ("The CR + CRi rate was 81%.", [("81%", "cr")]),
        (
            "Overall, 64 patients (100%) achieved complete remission (CR) or complete remission with"
            " incomplete hematologic recovery (CRi).",
            [("64 patients (100%)", "cr")],
        ),
    ],
)
def test_remission_with_incomplete_count_recovery_alone_is_no_cr_rate(text, expected):
    assert _metrics(text) == expected


def _attributed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.text, c.product, c.indication, c.region) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian launch news: the imported product's price abroad is a comparator's
        (
            "NexCAR19 was approved in India.\n\nThe cost of CAR-T cell therapy abroad is approximately"
            " ₹3-4 crore per patient, while NexCAR19 will be available at ₹30-40 lakh per patient.",
            [
                ("approximately ₹3-4 crore", None, None, None),
                ("₹30-40 lakh", "actalycabtagene autoleucel", None, None),
            ],
        ),
        (
            "NexCAR19 was approved in India.\n\nImported CAR-T products cost ₹4-10 crore per patient.",
            [("₹4-10 crore", None, None, None)],
        ),
        # a Chinese hospital page: what patients pay overseas is not China's price
        (
            "Carteyva is made in Shanghai.\n\nPatients who seek treatment overseas pay about $500,000.",
            [("about $500,000", None, None, None)],
        ),
        (
            "Carteyva is made in Shanghai.\n\nThe same therapy costs $450,000 overseas.",
            [("$450,000", None, None, None)],
        ),
        # the local price in the other clause keeps the product
        (
            "Carteyva is made in Shanghai.\n\nOverseas the therapy costs $450,000, while here it costs"
            " 1.29 million yuan.",
            [
                ("$450,000", None, None, None),
                ("1.29 million yuan", "relmacabtagene autoleucel", None, "China"),
            ],
        ),
        # named in its own sentence, the product stays
        (
            "Kymriah costs about $500,000 abroad.",
            [("about $500,000", "tisagenlecleucel", None, None)],
        ),
    ],
)
def test_a_price_charged_abroad_is_not_the_local_products(text, expected):
    assert _attributed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of diseases stands for its covering indication, wherever the claim's hit is in it
        (
            "Launch news.\n\nThe therapy has been given to more than 600 patients with relapsed or"
            " refractory acute lymphoblastic leukaemia (ALL) and non-Hodgkin lymphoma (NHL).",
            [("more than 600 patients", None, "B-cell malignancies", None)],
        ),
        (
            "Trial news.\n\nThe study enrolled 60 patients with B-ALL or LBCL.",
            [("60 patients", None, "B-cell malignancies", None)],
        ),
        (
            "Trial news.\n\nAmong 120 patients with ALL, CLL and lymphoma, the ORR was 80%.",
            [("120 patients", None, "B-cell malignancies", None), ("80%", None, "B-cell malignancies", None)],
        ),
        ("Trial news.\n\nIn LBCL and FL, the ORR was 80%.", [("80%", None, "B-NHL", None)]),
        # two figures, each with its own disease: no list
        (
            "Trial news.\n\nCR rates were 90% in ALL and 60% in LBCL.",
            [("90%", None, "B-ALL", None), ("60%", None, "LBCL", None)],
        ),
    ],
)
def test_a_list_of_diseases_gives_its_covering_indication(text, expected):
    assert _attributed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # payment news: a change in brackets' company is still a change
        (
            "CMS will increase add-on payments (NTAP) for CAR-T therapies to $242,450, up from $186,500.",
            [("$242,450", "cost", 242450, 242450, "eq"), ("$186,500", "cost", 186500, 186500, "eq")],
        ),
        (
            "CMS said it would increase new technology add-on payments (NTAP) for CAR-T therapies from 50"
            " percent to 65 percent — from $186,500 to $242,450.",
            [("$186,500", "cost", 186500, 186500, "eq"), ("$242,450", "cost", 242450, 242450, "eq")],
        ),
        (
            "The hospital raised its CAR-T price (per infusion) from $400,000 to $450,000.",
            [("$400,000", "cost", 400000, 400000, "eq"), ("$450,000", "cost", 450000, 450000, "eq")],
        ),
        # a range stays a range, whatever aside stands before it
        (
            "Prices of the two products (Kymriah and Yescarta) range from $373,000 to $475,000.",
            [("$373,000 to $475,000", "cost", 373000, 475000, "range")],
        ),
    ],
)
def test_a_change_reaches_past_a_bracketed_aside(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news on prices: one figure for products named together belongs to none of them
        (
            "The list prices of tisagenlecleucel (Kymriah, Novartis) and axicabtagene ciloleucel"
            " (Yescarta, Kite) range from $373,000 to $475,000.",
            [("$373,000 to $475,000", None, None, None)],
        ),
        ("Both Kymriah and Yescarta cost around $400,000.", [("around $400,000", None, None, None)]),
        # one product with its other names is one product
        (
            "Yescarta (axicabtagene ciloleucel) costs $373,000.",
            [("$373,000", "axicabtagene ciloleucel", None, None)],
        ),
        # each its own figure: no list
        (
            "In the trial, Kymriah had an ORR of 81%, while Yescarta had 83%.",
            [("81%", "tisagenlecleucel", None, None), ("83%", "axicabtagene ciloleucel", None, None)],
        ),
    ],
)
def test_products_named_together_give_a_shared_figure_no_product(text, expected):
    assert _attributed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # randomised-trial news: which arm the patients were in stands between share and outcome
        (
            "At one year, 76 percent of patients in the Carvykti arm were still alive versus 49 percent"
            " in the control arm.",
            [("76 percent", "os"), ("49 percent", "os")],
        ),
        ("At one year, 76% of patients in the cilta-cel group were alive.", [("76%", "os")]),
        ("Overall, 62% of patients in the CAR-T cohort achieved a complete response.", [("62%", "cr")]),
        ("In the study, 40% of patients in the treatment arm had grade 3 CRS.", [("40%", "crs")]),
    ],
)
def test_the_arm_of_the_patients_a_share_counts(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # earnings and regulator news: when the evidence came out or sales were counted is no
        # approval date
        ("The FDA approved Carvykti based on results from CARTITUDE-4 reported in 2023.", []),
        (
            "The FDA approved the drug in April 2024 based on data presented at ASH in December 2023.",
            ["April 2024"],
        ),
        (
            "J&J saw strong sales of Carvykti in the third quarter of 2024 following its approval by the"
            " FDA.",
            [],
        ),
        ("Sales of Kymriah grew in Q3 2024 after the EC approved it for follicular lymphoma.", []),
        (
            "J&J saw strong growth in sales of its BCMA-directed CAR T-cell therapy Carvykti"
            " (ciltacabtagene autoleucel) in the third quarter of 2024 following its approval by the FDA.",
            [],
        ),
        # ...but an approval told by its quarter still is one
        ("The FDA approved Carvykti in the first quarter of 2022.", ["2022"]),
    ],
)
def test_dates_of_results_and_sales_periods_are_no_approval_dates(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Singapore subsidy news, insurance explainers: the share a payer bears, told several ways
        (
            "Citizens are eligible for a subsidy of up to 75% of the cost of their CAR-T treatment.",
            [("up to 75%", "cost_reduction", None, 75, "le")],
        ),
        (
            "Eligible citizens may have up to 75% of CAR-T treatment costs covered.",
            [("up to 75%", "cost_reduction", None, 75, "le")],
        ),
        (
            "Permanent residents may be eligible for up to a 22.5% subsidy on the CAR-T cost.",
            [("up to a 22.5%", "cost_reduction", None, 22.5, "le")],
        ),
        (
            "The insurer offers up to a 50% discount on the CAR-T price.",
            [("up to a 50%", "cost_reduction", None, 50, "le")],
        ),
        ("The government will subsidise 50% of the CAR-T cost.", [("50%", "cost_reduction", 50, 50, "eq")]),
    ],
)
def test_a_subsidy_of_a_share_of_the_cost(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # trial news on autoimmune CAR-T: a schedule of doses is no count of patients
        "Treatment consists of six short weekly infusions of CAR-T cells.",
        "Patients received 6 infusions of rCAR-T therapy in the outpatient clinic.",
        "The regimen is two consecutive daily infusions after lymphodepletion.",
    ],
)
def test_a_schedule_of_infusions_is_no_count_of_patients(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # press releases and conference news: "N-month median <endpoint>" states the median itself
        (
            "The Phase 1 study showed a 30.2-month median progression-free survival with a median"
            " follow-up of 38.1 months.",
            [("30.2-month", "pfs", 30.2, 30.2, "eq")],
        ),
        ("The trial reported a 12-month median duration of response.", [("12-month", "dor", 12, 12, "eq")]),
        ("Investigators saw a 25.8-month median overall survival.", [("25.8-month", "os", 25.8, 25.8, "eq")]),
        # ...but a time point stays one, and a median not reached has no value
        ("Patients had a 24-month overall survival of 60%.", [("60%", "os", 60, 60, "eq")]),
        ("The 5-year median overall survival was not reached.", []),
    ],
)
def test_a_duration_said_as_an_adjective_before_median(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a newer product by its short name, in a press release and in conference news
        (
            "Preliminary results showed anito-cel achieved a 97% ORR in patients with myeloma.",
            "anitocabtagene autoleucel",
        ),
        ("In iMMagine-1, anitocabtagene autoleucel produced a CR rate of 62%.", "anitocabtagene autoleucel"),
    ],
)
def test_anito_cel_by_its_names(text, product):
    assert {c.product for c in extract_text(text).claims} == {product}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price news: a verb that says the price is above the sum
        ("Its list price tops $500,000 in the US.", [("tops $500,000", "cost", 500000, None, "gt")]),
        (
            "In Japan the price tag reportedly topped 50 million yen before coverage.",
            [("topped 50 million yen", "cost", 50000000, None, "gt")],
        ),
        (
            "With hospital stays, the cost of CAR-T can surpass $1 million.",
            [("surpass $1 million", "cost", 1000000, None, "gt")],
        ),
        (
            "All in, the treatment runs north of $1 million.",
            [("north of $1 million", "cost", 1000000, None, "gt")],
        ),
        # ...not a ranking
        ("The top 5 countries run 80% of trials.", [("80% of trials", "trial_count", 80, 80, "eq")]),
    ],
)
def test_a_price_that_tops_a_sum_is_above_it(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurance news: a salary, and its conversion, are no price; what the patient pays is
        (
            "A patient who earns an annual salary of 5 million yen ($45,000) would pay 400,000 yen"
            " ($3,650) for the therapy.",
            [("400,000 yen", "cost"), ("$3,650", "cost")],
        ),
        (
            "The therapy would cost 400,000 yen for a patient earning 5 million yen ($45,000).",
            [("400,000 yen", "cost")],
        ),
        ("Workers with wages of $3,000 a month pay $12,000 out of pocket for CAR-T.", [("$12,000", "cost")]),
    ],
)
def test_a_salary_leaves_the_sum_paid_in_its_sentence(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news on a product's results: a vague efficacy told by "saw/showed improvement"
        (
            "Some 50 percent of those with lymphoma saw significant improvements in symptoms.",
            [("Some 50 percent", "success_rate", 50, 50, "approx")],
        ),
        (
            "About 70% of patients showed marked improvement after the infusion.",
            [("About 70%", "success_rate", 70, 70, "approx")],
        ),
        # a population with its disease between the share and the verb
        (
            "About 30% of people with myeloma relapse within a year.",
            [("About 30%", "relapse", 30, 30, "approx")],
        ),
        (
            "In the study, 62% of patients with large B-cell lymphoma achieved a complete response.",
            [("62%", "cr", 62, 62, "eq")],
        ),
        # ...an endpoint's improvement is no success rate
        ("The new product gave a 30% improvement in PFS over standard care.", []),
        ("In the trial, 40% of patients had an improvement in survival.", []),
    ],
)
def test_a_share_that_saw_improvement_is_a_vague_efficacy(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # health-system news: a sum that defines a group by its spending is no price
        (
            "The number of patients whose monthly medical bills exceeded 10 million yen ($90,000)"
            " doubled in five years.",
            [],
        ),
        (
            "Households whose out-of-pocket costs topped $5,000 a year rose by a third, while CAR-T"
            " costs $400,000.",
            [("$400,000", "cost")],
        ),
        ("Patients whose medical expenses were above $100,000 can apply for relief.", []),
        # ...one patient's bills are what the treatment cost them
        ("The patient's bills exceeded $1 million after CAR-T.", [("exceeded $1 million", "cost")]),
    ],
)
def test_a_sum_that_defines_a_group_by_its_spending_is_no_price(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news and abstracts: two shares, each of its own population, before one verb
        (
            "Around 80 percent of those suffering from leukemia and some 50 percent of those with"
            " lymphoma saw significant improvements in symptoms.",
            [("Around 80 percent", "success_rate"), ("some 50 percent", "success_rate")],
        ),
        (
            "In the trial, 40% of patients with ALL and 30% of patients with NHL achieved complete"
            " remission.",
            [("40%", "cr"), ("30%", "cr")],
        ),
        ("80% of children and 50% of adults relapsed.", [("80%", "relapse"), ("50%", "relapse")]),
        # ...a share with its own endpoint keeps it
        ("The ORR was 80% and 50% of patients with NHL achieved CR.", [("80%", "orr"), ("50%", "cr")]),
    ],
)
def test_two_shares_of_their_own_populations_share_the_verb(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cost guides: a range whose ends carry labels in brackets
        (
            "Hospitalization ranges from $23,000 (outpatient) to $53,000 (inpatient).",
            [("$23,000 (outpatient) to $53,000", "cost", 23000, 53000, "range")],
        ),
        (
            "Prices range between €300,000 (Kymriah) and €350,000 (Yescarta) in Europe.",
            [("between €300,000 (Kymriah) and €350,000", "cost", 300000, 350000, "range")],
        ),
        (
            "CR rates ranged from 40% (adults) to 60% (children).",
            [("40% (adults) to 60%", "cr", 40, 60, "range")],
        ),
        # ...a bracket that holds a figure of its own opens no range
        ("The ORR was 80% (CR 50%) to the end.", [("80%", "orr", 80, 80, "eq"), ("50%", "cr", 50, 50, "eq")]),
    ],
)
def test_a_range_whose_ends_carry_labels(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patients' cost guides: a bill cut by a share is a saving
        (
            "It unlocked a path to reducing his bill by over 70%, not through a magic wand.",
            [("over 70%", "cost_reduction", 70, None, "gt")],
        ),
        ("The charity program cut her hospital bill by 40%.", [("40%", "cost_reduction", 40, 40, "eq")]),
        ("Negotiating lowered our bills by 30 percent.", [("30 percent", "cost_reduction", 30, 30, "eq")]),
        # ...a bill in parliament is no price, and a process's time no cost
        ("The bill passed in 2023 and CRS rates fell by 20%.", []),
        ("The new process reduced manufacturing time by 50%.", []),
    ],
)
def test_a_bill_cut_by_a_share_is_a_saving(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial listings: an entry criterion on survival is no outcome
        ("Expected survival ≥3 months", []),
        ("Patients with an estimated survival of more than 3 months were eligible.", []),
        ("Anticipated survival of at least 12 weeks was required.", []),
        # ...an estimated survival rate is a result
        ("The estimated survival at 2 years was 60%.", [("60%", "os", 60, 60, "eq")]),
        ("Median survival was 14 months.", [("14 months", "os", 14, 14, "eq")]),
    ],
)
def test_an_entry_criterion_on_survival_is_no_outcome(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news and abstracts: the patients a lab finding was seen in are no cohort
        (
            "They were detectable in the peripheral blood in 26 of 27 patients up to 30 months after"
            " infusion.",
            [],
        ),
        ("CAR T cells persisted in 12 of 20 patients at one year.", []),
        ("CAR-T expansion was seen in 18 patients treated at the top dose.", []),
        # ...a treated subgroup and an event's patients stay what they were
        (
            "In total, 38 of 54 children were treated with low disease burden.",
            [("38 of 54 children", "patient_count")],
        ),
        ("Grade 3 CRS occurred in 4 patients.", [("4 patients", "crs")]),
    ],
)
def test_the_patients_of_a_lab_finding_are_no_cohort(text, expected):
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # health-economics abstracts: thousands or millions as a K or M after a space
        (
            "Base case total costs for axi-cel exceeded liso-cel ($637 K versus $621 K).",
            [("$637 K", "cost", 637000, 637000, "eq"), ("$621 K", "cost", 621000, 621000, "eq")],
        ),
        (
            "Three-month post-infusion costs were $57 K to $59 K across all therapies.",
            [("$57 K to $59 K", "cost", 57000, 59000, "range")],
        ),
        ("The list price is $1.2 M in the US.", [("$1.2 M", "cost", 1200000, 1200000, "eq")]),
        # ...the written-together forms stay
        (
            "The $60K price and $1.2M cap stay.",
            [("$60K", "cost", 60000, 60000, "eq"), ("$1.2M", "cost", 1200000, 1200000, "eq")],
        ),
    ],
)
def test_a_spaced_k_or_m_after_money_is_its_multiplier(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # model and trial-design text: a condition's threshold is no result
        ("Axi-cel was no longer cost-effective if its 5-year EFS was ≤26.4%.", []),
        ("If the response rate falls below 30%, the trial stops.", []),
        ("The therapy would pay off if the CR rate were above 40%.", []),
        # ...a result after a concession stays
        ("Even if the trial was small, the ORR was 80%.", [("80%", "orr", 80, 80, "eq")]),
    ],
)
def test_a_conditions_threshold_is_no_result(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medical-tourism news: a share right after "pay … less" is a saving
        (
            "In Mexico, an uninsured person can expect to pay about 50 per cent to 70 per cent less than"
            " in the US.",
            [("about 50 per cent to 70 per cent", "cost_reduction", 50, 70, "range")],
        ),
        ("Patients pay 60% less for CAR-T in India.", [("60%", "cost_reduction", 60, 60, "eq")]),
        ("You will pay roughly 40% less in Thailand.", [("roughly 40%", "cost_reduction", 40, 40, "approx")]),
        # ..."pay" elsewhere in the sentence makes no outcome a saving
        ("Patients who pay privately had 20% lower CR rates.", []),
    ],
)
def test_paying_a_share_less_is_a_saving(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # safety news and abstracts: a share of those with a disease, then "had" and the event
        ("In ZUMA-1, 62% of those with LBCL had CRS.", [("62%", "crs", 62, 62, "eq")]),
        ("Overall, 62% of patients with lymphoma had CRS.", [("62%", "crs", 62, 62, "eq")]),
        (
            "Roughly 20% of those with FL had grade 3 or higher ICANS.",
            [("Roughly 20%", "neurotoxicity", 20, 20, "approx")],
        ),
        ("Of 97 patients, 83% of individuals with myeloma had a complete response.",
         [("97 patients", "patient_count", 97, 97, "eq"), ("83%", "cr", 83, 83, "eq")]),
        # ...two of them before one verb and event
        (
            "In the trial, 62% of those with LBCL and 45% of those with FL had CRS.",
            [("62%", "crs", 62, 62, "eq"), ("45%", "crs", 45, 45, "eq")],
        ),
        (
            "About 62% of those with lymphoma and 45% of those with leukemia developed CRS.",
            [("About 62%", "crs", 62, 62, "approx"), ("45%", "crs", 45, 45, "eq")],
        ),
        # "those" alone, and recipients
        ("Only 9% of those had severe CRS.", [("9%", "crs", 9, 9, "eq")]),
        (
            "Among recipients, 30% of those with myeloma suffered neurotoxicity.",
            [("30%", "neurotoxicity", 30, 30, "eq")],
        ),
        # ...what they had before is no event
        ("12% of patients with lymphoma had received two prior lines of therapy.", []),
    ],
)  # fmt: skip
def test_a_share_of_those_with_a_disease_who_had_an_event(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news and safety reports: an event "diagnosed in" a few patients is counted
        ("Grade 3 ICANS was diagnosed in four children.", [("four children", "neurotoxicity", 4, 4, "eq")]),
        ("Severe CRS was diagnosed in 3 patients.", [("3 patients", "crs", 3, 3, "eq")]),
        (
            "Relapse was diagnosed in five patients during follow-up.",
            [("five patients", "relapse", 5, 5, "eq")],
        ),
        # ...how many people a disease is diagnosed in is still no count
        ("Lymphoma is diagnosed in 80,000 people each year.", []),
        ("Myeloma is diagnosed in about 35,000 Americans each year.", []),
    ],
)
def test_an_event_diagnosed_in_a_few_patients_is_counted(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regulator and market news: how many of the named products are approved, the noun left out
        (
            "The FDA has approved CAR-T therapies for blood cancers, with six now approved in the US.",
            [("six", "product_count", 6, 6, "eq")],
        ),
        (
            "China has moved fast on CAR-T products, with seven already approved by the NMPA.",
            [("seven", "product_count", 7, 7, "eq")],
        ),
        (
            "Several CAR-T treatments reached patients in Europe, with five currently authorised.",
            [("five", "product_count", 5, 5, "eq")],
        ),
        # ...approved things that are no products
        ("CAR-T therapy is costly, with 30 approved centres in the country.", []),
        ("The hospital offers CAR-T therapy, with 12 now approved for payment by insurers.", []),
    ],
)
def test_how_many_products_are_approved_with_the_noun_left_out(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abstracts and news: the second share's population left out ("45% with FL")
        (
            "62% of patients with LBCL and 45% with FL developed CRS.",
            [("62%", "crs", 62, 62, "eq"), ("45%", "crs", 45, 45, "eq")],
        ),
        ("In the study, 45% with FL had grade 3 CRS.", [("45%", "crs", 45, 45, "eq")]),
        # a cue after "with" that has a share of its own names that share, not the one before
        ("An ORR of 80% with CR in 50%.", [("80%", "orr", 80, 80, "eq"), ("50%", "cr", 50, 50, "eq")]),
        (
            "The ORR was 92%, including 66% with a complete response.",
            [("92%", "orr", 92, 92, "eq"), ("66%", "cr", 66, 66, "eq")],
        ),
    ],
)
def test_a_share_with_its_population_left_out(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price news: a clause about another, unnamed product is not the named one's
        (
            "In the US, Kymriah costs $475,000, while in China a similar product costs 1.2 million yuan.",
            [("$475,000", "tisagenlecleucel", None, "US"), ("1.2 million yuan", None, None, "China")],
        ),
        (
            "Kymriah costs $475,000 in the US, while local versions in China cost about 1 million yuan.",
            [("$475,000", "tisagenlecleucel", None, "US"), ("about 1 million yuan", None, None, "China")],
        ),
        (
            "Yescarta is priced at $373,000; a domestic alternative costs 1.2 million yuan.",
            [("$373,000", "axicabtagene ciloleucel", None, None), ("1.2 million yuan", None, None, "China")],
        ),
        # ...but the words after a name, in apposition, are that product's
        (
            "Relma-cel, a locally made therapy costing 1.29 million yuan, was approved in 2021.",
            [("1.29 million yuan", "relmacabtagene autoleucel", None, "China"),
             ("2021", "relmacabtagene autoleucel", None, None)],
        ),
        # ...and "comparable between therapies" speaks of no other product
        (
            "Nonrelapse mortality with cilta-cel was comparable between therapies (7% vs 5%).",
            [("7%", "ciltacabtagene autoleucel", None, None), ("5%", None, None, None)],
        ),
    ],
)  # fmt: skip
def test_a_clause_about_another_unnamed_product(text, expected):
    assert _attributed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price and trial news: a place named in the next clause (after ";" or ", while") is that
        # clause's, not the figure's before it
        (
            "CAR-T prices around the world\n\nYescarta costs $373,000; in China, a locally made version"
            " costs 1.2 million yuan.",
            [("$373,000", "axicabtagene ciloleucel", None, None), ("1.2 million yuan", None, None, "China")],
        ),
        (
            "CAR-T prices around the world\n\nKymriah costs $475,000, while in China it costs"
            " 1.2 million yuan.",
            [("$475,000", "tisagenlecleucel", None, None),
             ("1.2 million yuan", "tisagenlecleucel", None, "China")],
        ),
        (
            "CAR-T results\n\nThe ORR with Kymriah was 82%; in China, relma-cel had an ORR of 75%.",
            [("82%", "tisagenlecleucel", None, None), ("75%", "relmacabtagene autoleucel", None, "China")],
        ),
        # ...a place right after the figure in its own clause is still its own
        (
            "CAR-T prices around the world\n\nKymriah costs $475,000 in the US, while in China it"
            " costs 1.2 million yuan.",
            [("$475,000", "tisagenlecleucel", None, "US"),
             ("1.2 million yuan", "tisagenlecleucel", None, "China")],
        ),
    ],
)  # fmt: skip
def test_a_place_in_the_next_clause_is_not_the_figures(text, expected):
    assert _attributed(text) == expected


# --- a share that dies, in the present tense; "of them" as the population ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's news: the respond of another clause is not the figure's verb
        (
            "Although patients generally respond well to chemotherapy, between 10% and 15% of patients die.",
            [("between 10% and 15%", "os", 10, 15, "range")],
        ),
        # a patient guide
        (
            "While most children respond to chemotherapy, about 20% of patients die within a year.",
            [("about 20%", "os", 20, 20, "approx")],
        ),
        (
            "Patients often respond to the first treatment, but 30% of them die of their disease.",
            [("30%", "os", 30, 30, "eq")],
        ),
        (
            "About 20% of them will die within a year.",
            [("About 20%", "os", 20, 20, "approx")],
        ),
        # trial news: the verb after "of them" names the figure's metric
        (
            "Of the 60 patients treated, 30% of them achieved a complete remission.",
            [("60 patients", "patient_count", 60, 60, "eq"), ("30%", "cr", 30, 30, "eq")],
        ),
        (
            "Half of them die before a transplant can be arranged, while 60% of them respond to CAR-T.",
            [("Half", "os", 50, 50, "eq"), ("60%", "orr", 60, 60, "eq")],
        ),
        # "die" without its subject is no verb of a figure (and the German article)
        (
            "Die CAR-T-Therapie kostet in Deutschland rund 300.000 Euro, und 80% der Patienten sprechen an.",
            [("300.000 Euro", "cost", 300000, 300000, "eq")],
        ),
    ],
)
def test_a_share_that_dies_and_a_share_of_them(text, expected):
    assert figures(text) == expected


# --- a programme's funding is no price; "$15-million" is fifteen million ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government release, TV news, a charity's news: money for a programme
        (
            "The province will invest $10M in a new CAR-T program, and the foundation will provide"
            " an additional $5M to the initiative.",
            [],
        ),
        ("A $15-million partnership between the government and a charity will make CAR-T available.", []),
        ("The foundation is contributing $5 million to the CAR-T program at the hospital.", []),
        ("Alberta to offer new blood cancer treatment with $15-million investment", []),
        # ...and what patients pay stays a price, "additional" or not
        (
            "Patients pay an additional $5,000 for the hospital stay after CAR-T.",
            [("$5,000", "cost", 5000, 5000, "eq")],
        ),
        (
            "One CAR-T infusion costs about $1.2-million in some private clinics.",
            [("about $1.2-million", "cost", 1200000, 1200000, "approx")],
        ),
        (
            "Abroad the same therapy costs about Rs 4-crore, against Rs 40 lakh for the Indian one.",
            [
                ("about Rs 4-crore", "cost", 40000000, 40000000, "approx"),
                ("Rs 40 lakh", "cost", 4000000, 4000000, "eq"),
            ],
        ),
        # a projection of who will be treated is no count of those who were
        (
            "The funding is for a clinical trial, with 150 patients anticipated to receive CAR-T"
            " over the next three years.",
            [],
        ),
    ],
)
def test_a_programmes_funding_and_a_hyphenated_million(text, expected):
    assert figures(text) == expected


# --- a price as a share of the imported one; Saudi riyals written SR ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's press release, a newswire, trade news: the local price as a share
        (
            "The hospital's in-house platform has reduced costs to just 20% of commercial CAR-T.",
            [("20%", "cost_reduction", 5, 5, "eq")],
        ),
        (
            "The local product costs only 10% of what the imported therapy costs.",
            [("10%", "cost_reduction", 10, 10, "eq")],
        ),
        (
            "Made at home, the cells cost about 25% of the imported product.",
            [("about 25%", "cost_reduction", 4, 4, "approx")],
        ),
        # a cut by a share stays that share
        (
            "Local production cut the price by 80% compared with imported CAR-T.",
            [("80%", "cost_reduction", 80, 80, "eq")],
        ),
        # riyals, written SR before a sum of a price's size
        (
            "Local production reduced treatment costs from SR 1.3 million to around SR 250,000 per patient.",
            [
                ("SR 1.3 million", "cost", 1300000, 1300000, "eq"),
                ("around SR 250,000", "cost", 250000, 250000, "approx"),
            ],
        ),
        (
            "Treatment costs fell from SR1,300,000 to SR250,000.",
            [
                ("SR1,300,000", "cost", 1300000, 1300000, "eq"),
                ("SR250,000", "cost", 250000, 250000, "eq"),
            ],
        ),
        # "SR" before a small number is not money
        ("In the SR 2 cohort the ORR was 80%.", [("80%", "orr", 80, 80, "eq")]),
    ],
)
def test_a_price_as_a_share_of_the_imported_one_and_riyals(text, expected):
    assert figures(text) == expected


# --- who a therapy was tested on ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national news, a university's news, a trade digest
        (
            "The therapy was first tested on ten B-cell leukaemia patients.",
            [("ten B-cell leukaemia patients", "patient_count", 10, 10, "eq")],
        ),
        (
            "Research began in 2014, when the cells were tried on 12 children with leukaemia.",
            [("12 children", "patient_count", 12, 12, "eq")],
        ),
        (
            "The locally made product has so far been given to 25 patients with lymphoma.",
            [("25 patients", "patient_count", 25, 25, "eq")],
        ),
        # what it was tested on was no patient
        ("The vector was first tested on 30 mice.", []),
    ],
)
def test_who_a_therapy_was_tested_on(text, expected):
    assert figures(text) == expected


# --- a definition's threshold is no result ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payer's medical policy, a trial's methods, an abstract
        ("Relapse is defined by greater than 5% lymphoblasts in the bone marrow.", []),
        (
            "Response was defined as ≥50% reduction in serum M-protein, and the ORR was 82%.",
            [("82%", "orr", 82, 82, "eq")],
        ),
        (
            "Relapse, defined as more than 5% blasts, occurred in 30% of patients.",
            [("30%", "relapse", 30, 30, "eq")],
        ),
        ("CR was defined as <5% blasts; 80% of patients achieved CR.", [("80%", "cr", 80, 80, "eq")]),
    ],
)
def test_a_definitions_threshold_is_no_result(text, expected):
    assert figures(text) == expected


# --- an approval still to come ------------------------------------------------------------------


def approvals(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.value.date, c.product) for c in extract_text(text).claims if c.metric == "approval"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market report, an analyst's note, an investor release, trade news
        ("Obecabtagene autoleucel is anticipated to undergo an FDA approval decision in 2024.", []),
        (
            "Three late-stage CAR-T candidates, including anito-cel, are slated for potential approval"
            " in 2025.",
            [],
        ),
        ("Anitocabtagene autoleucel could be approved in the US in 2026, analysts said.", []),
        ("Arcellx expects FDA approval of anito-cel in 2026, according to its investor presentation.", []),
        ("Zevor-cel is awaiting approval in 2025 after its NDA was accepted.", []),
        # granted, whatever was expected of it
        (
            "Aucatzyl was approved by the FDA in November 2024, earlier than some had expected.",
            [("November 2024", "2024-11", "obecabtagene autoleucel")],
        ),
        (
            "As expected, the FDA approved Breyanzi in February 2021.",
            [("February 2021", "2021-02", "lisocabtagene maraleucel")],
        ),
        (
            "Carvykti, which analysts had expected to win approval, was approved in February 2022.",
            [("February 2022", "2022-02", "ciltacabtagene autoleucel")],
        ),
    ],
)
def test_an_approval_still_to_come_is_no_approval_date(text, expected):
    assert approvals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market report's and a review's list of approvals: each date is its own product's
        (
            "Carvykti obtained approval in 2022, with Fucaso approved in China in 2023.",
            [("2022", "2022", "ciltacabtagene autoleucel"), ("2023", "2023", "equecabtagene autoleucel")],
        ),
        (
            "Breyanzi was approved in February 2021, with Abecma following in March 2021.",
            [
                ("February 2021", "2021-02", "lisocabtagene maraleucel"),
                ("March 2021", "2021-03", "idecabtagene vicleucel"),
            ],
        ),
        # a product named after its date, in the same clause, is still the date's
        (
            "In June 2021, China's NMPA approved Yescarta for large B-cell lymphoma.",
            [("June 2021", "2021-06", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_each_date_of_a_list_of_approvals_is_its_own_products(text, expected):
    assert approvals(text) == expected


# --- a disease's toll and a market's size are no claims about a therapy --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # market reports, a news feature, an explainer
        (
            "In 2022 there were about 20 million new cancer cases and 9.7 million cancer-related deaths"
            " globally.",
            [],
        ),
        ("Lymphoma causes roughly 250,000 deaths worldwide each year, and CAR-T is changing that.", []),
        ("More than 35 million new cancer cases are projected by 2050.", []),
        ("In 2026, the industry size of CAR T-cell therapy is assessed at USD 7.35.", []),
        ("The CAR-T industry was valued at $4.3 billion last year, analysts said.", []),
        ("Analysts put the sector's value at US$3 billion in 2025.", []),
        # a cohort's deaths, the patients a therapy treated, a price: claims still
        ("Ten deaths occurred within 90 days of infusion.", [("Ten", "os", 10, 10, "eq")]),
        (
            "Since 2017, more than 30,000 patients have been treated with commercial CAR-T products.",
            [("more than 30,000 patients", "patient_count", 30000, None, "gt")],
        ),
        (
            "The market price of Carvykti is $465,000.",
            [("$465,000", "cost", 465000, 465000, "eq")],
        ),
    ],
)
def test_a_diseases_toll_and_a_markets_size_are_no_claims(text, expected):
    assert figures(text) == expected


# --- thousands set apart by a space --------------------------------------------------------------


def counted(text: str) -> list[tuple[str, str, float | None, float | None, float | None]]:
    return [(c.text, c.metric, c.value.low, c.numerator, c.denominator) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a journal's letter, a European centre's page, a thin space from a web page
        (
            "Second primary malignancies were reported in 536 of 12 394 (4.3%) adverse event reports.",
            [("536 of 12 394 (4.3%)", "adverse_event", 4.3, 536, 12394)],
        ),
        (
            "The centre has treated 1 200 patients with CAR-T since 2019.",
            [("1 200 patients", "patient_count", 1200, None, None)],
        ),
        (
            "CRS occurred in 310 of 1\u2009250 (24.8%) patients.",
            [("310 of 1\u2009250 (24.8%)", "crs", 24.8, 310, 1250)],
        ),
        # not one number: a time point's, a cohort's label, a table row without its cell breaks
        ("At day 28 100% of patients were in complete remission.", [("100%", "cr", 100, None, None)]),
        ("In cohort 1 100 patients were treated.", [("100 patients", "patient_count", 100, None, None)]),
        ("All CAR T reports 12 394 536 277 177 20 23 15 24", []),
    ],
)
def test_thousands_a_space_sets_apart(text, expected):
    assert counted(text) == expected


# --- an endpoint's definition between the endpoint and its figure --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abstract, a trial's press release, a review, trial news
        (
            "The ORR, defined as the proportion of patients with CR or PR, was 82%.",
            [("82%", "orr", 82, 82, "eq")],
        ),
        ("The ORR (the proportion of patients with CR or PR) was 82%.", [("82%", "orr", 82, 82, "eq")]),
        (
            "The overall response rate, defined as complete or partial response, was 82%.",
            [("82%", "orr", 82, 82, "eq")],
        ),
        (
            "Event-free survival, defined as the time to relapse or death, was 61% at 12 months.",
            [("61%", "efs", 61, 61, "eq")],
        ),
        (
            "Median progression-free survival (the time from infusion to progression or death) was"
            " 8.3 months.",
            [("8.3 months", "pfs", 8.3, 8.3, "eq")],
        ),
        (
            "The ORR, defined as the proportion of patients with a CR or PR, was 82%, and CR was 54%.",
            [("82%", "orr", 82, 82, "eq"), ("54%", "cr", 54, 54, "eq")],
        ),
        # the definition's own threshold stays out; an endpoint's bracketed figure is its own
        ("CR, defined as <5% blasts, was achieved in 80% of patients.", [("80%", "cr", 80, 80, "eq")]),
        ("The ORR was 82% (CR 54%).", [("82%", "orr", 82, 82, "eq"), ("54%", "cr", 54, 54, "eq")]),
    ],
)
def test_an_endpoints_definition_does_not_claim_its_figure(text, expected):
    assert figures(text) == expected


# --- a willingness-to-pay threshold is no price; the ICER beside it is a cost --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cost-effectiveness abstracts, an HTA summary, a health-economics news story
        (
            "Axi-cel was cost-effective at a WTP of $150 000 per QALY ($93 547 per QALY).",
            [("$93 547", "cost", 93547, 93547, "eq")],
        ),
        (
            "Axi-cel was no longer cost-effective if it cost more than $972 061 at a WTP of $150 000.",
            [("more than $972 061", "cost", 972061, None, "gt")],
        ),
        ("The ICER was estimated at a willingness to pay (WTP) threshold of US $31,320 per QALY.", []),
        (
            "Tisa-cel exceeded the cost-effectiveness threshold of £30,000 per QALY, with an ICER of £45,000"
            " per QALY.",
            [("£45,000", "cost", 45000, 45000, "eq")],
        ),
        (
            "At a list price of $373,000, axi-cel exceeds the usual WTP threshold.",
            [("$373,000", "cost", 373000, 373000, "eq")],
        ),
        ("The willingness-to-pay was set at $100,000 per QALY.", []),
    ],
)
def test_a_willingness_to_pay_threshold_is_no_price(text, expected):
    assert figures(text) == expected


# --- a registry record's time frame is no result ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial registry records, as registries and the sites that copy them print them
        (
            "  • overall survival [ Time Frame: one year ]\n"
            "    from the date of enrollment to the date of death",
            [],
        ),
        ("Progression-free survival [Time Frame: up to 2 years]", []),
        ("Secondary outcome: overall survival (time frame: 24 months).", []),
        # results stay results
        ("Median overall survival was 24 months.", [("24 months", "os", 24, 24, "eq")]),
        ("Overall survival at one year was 60%.", [("60%", "os", 60, 60, "eq")]),
    ],
)
def test_a_registry_records_time_frame_is_no_result(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a registry record's enrolment field (the gold counts planned enrolment too), a trial
        # sponsor's fact sheet
        ("Estimated Enrollment : 78 participants", [("78 participants", "patient_count", 78, 78, "eq")]),
        ("Actual Enrollment: 120 participants", [("120 participants", "patient_count", 120, 120, "eq")]),
        ("Enrolment (target): 300 patients", [("300 patients", "patient_count", 300, 300, "eq")]),
        ("Enrollment opens in March 2025 at 12 sites.", []),
    ],
)
def test_a_registry_records_enrolment_is_a_patient_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news, a real-world study's abstract
        (
            "This data slice featured 58 patients receiving anito-cel infusion at a median follow-up of"
            " 10.3 months.",
            [("58 patients", "patient_count", 58, 58, "eq")],
        ),
        (
            "Outcomes were compared in 75 patients receiving the product in the outpatient setting.",
            [("75 patients", "patient_count", 75, 75, "eq")],
        ),
        # one patient is an anecdote, not a cohort
        ("One patient receiving anito-cel died of sepsis.", []),
    ],
)
def test_patients_receiving_a_therapy_are_a_cohort(text, expected):
    assert [f for f in figures(text) if f[1] == "patient_count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # journal pages as a crawl finds them: the paywall's price is what reading costs
        (
            "Buy this article\nUSD 39.95\nPrices may be subject to local taxes which are calculated during"
            " checkout",
            [],
        ),
        ("Purchase PDF: $35.00 for 24-hour access to this article.", []),
        # a news site's or a trade letter's own offer below a cut-off story
        ("7 day trial access\nBecome a subscriber\nOr £77 per month", []),
        ("Subscribe now for unlimited reading: $1 a week for the first year, then $4.99 a week.", []),
        ("Start your free trial today. After that, $29 per month, cancel anytime.", []),
        ("Digital subscription: €9.90 per month.", []),
        # a price in the article's own text stays one
        (
            "Access options\n\nIn the US, one Kymriah infusion costs $475,000, which few patients can pay"
            " without cover.",
            [("$475,000", "cost", 475000, 475000, "eq")],
        ),
        # ... and so does one beside a trial's own words ("treated free of charge")
        (
            "Patients enrolled in the trial were treated free of charge; outside it, the infusion costs"
            " about $420,000.",
            [("about $420,000", "cost", 420000, 420000, "approx")],
        ),
    ],
)
def test_a_journals_paywall_price_is_no_treatment_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explainer, trial news, a children's hospital's news
        (
            "In the ZUMA-1 trial, 39% of patients were alive and free of progression at five years.",
            [("39%", "pfs", 39, 39, "eq")],
        ),
        (
            "At two years, 45% of children were alive and free from disease progression.",
            [("45%", "pfs", 45, 45, "eq")],
        ),
        # "N years later" is when, not how long anyone stayed in remission: the share still in
        # remission then (past what the patients were given)
        (
            "About 1 in 3 patients who receive CAR-T remain in remission five years later.",
            [("About 1 in 3 patients", "dor", 33.3, 33.3, "approx")],
        ),
        (
            "Five years later, 42% of patients remained in complete remission.",
            [("42%", "dor", 42, 42, "eq")],
        ),
    ],
)
def test_alive_and_free_of_progression_and_years_later(text, expected):
    assert figures(text) == expected


def graded(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(c.text, c.metric, c.value.low, c.grade) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's adverse reactions, a press release, an abstract
        (
            "CRS occurred in 57% of patients, including grade 3 or higher in 23%.",
            [("57%", "crs", 57, None), ("23%", "crs", 23, "≥3")],
        ),
        (
            "Neurotoxicity was reported in 40% of patients, with grade 3 or higher in 12%.",
            [("40%", "neurotoxicity", 40, None), ("12%", "neurotoxicity", 12, "≥3")],
        ),
        (
            "CRS occurred in 57% of patients (grade 3 or higher in 23%).",
            [("57%", "crs", 57, None), ("23%", "crs", 23, "≥3")],
        ),
        # a label's list: the grade is each figure's; the next endpoint's figure has none
        (
            "CRS occurred in 77% of pediatric patients and 57% of adult patients, including Grade 3 or"
            " higher in 48% and 23%, respectively.",
            [
                ("77%", "crs", 77, None),
                ("57%", "crs", 57, None),
                ("48%", "crs", 48, "≥3"),
                ("23%", "crs", 23, "≥3"),
            ],
        ),
        (
            "CRS occurred in 57% of patients, including grade 3 or higher in 23%, and neurotoxicity in 20%.",
            [("57%", "crs", 57, None), ("23%", "crs", 23, "≥3"), ("20%", "neurotoxicity", 20, None)],
        ),
    ],
)
def test_a_grade_introduced_by_including_is_its_figures(text, expected):
    assert graded(text) == expected


# --- a cohort told with a long disease name; a share of the group just named; an outcome that
# only says who the patients are; a list item's product does not cross into the next list -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a journal-club summary, a trial registry's summary, a clinic's page
        (
            "A phase 2 study reported a response rate of 64% in 28 adult diffuse large B-cell lymphoma or"
            " follicular lymphoma patients.",
            [
                ("64%", "orr", 64, 64, "eq"),
                (
                    "28 adult diffuse large B-cell lymphoma or follicular lymphoma patients",
                    "patient_count",
                    28,
                    28,
                    "eq",
                ),
            ],
        ),
        (
            "The study enrolled 42 relapsed or refractory mantle cell or follicular lymphoma patients.",
            [
                (
                    "42 relapsed or refractory mantle cell or follicular lymphoma patients",
                    "patient_count",
                    42,
                    42,
                    "eq",
                )
            ],
        ),
        (
            "Our centre has treated 35 pediatric relapsed B-cell acute lymphoblastic leukemia or lymphoma"
            " patients.",
            [
                (
                    "35 pediatric relapsed B-cell acute lymphoblastic leukemia or lymphoma patients",
                    "patient_count",
                    35,
                    35,
                    "eq",
                )
            ],
        ),
    ],
)
def test_a_cohort_named_by_a_long_disease_name(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summary of long-term data, an abstract, a news story
        (
            "An overall response rate of 79% was observed, 71% of which had a complete response.",
            [("79%", "orr", 79, 79, "eq"), ("71%", "cr", 71, 71, "eq")],
        ),
        (
            "Responses were seen in 82% of patients, 54% of whom achieved a complete remission.",
            [("82%", "orr", 82, 82, "eq"), ("54%", "cr", 54, 54, "eq")],
        ),
        (
            "Forty patients were infused, 30% of whom developed CRS.",
            [("Forty patients", "patient_count", 40, 40, "eq"), ("30%", "crs", 30, 30, "eq")],
        ),
    ],
)
def test_a_share_of_the_group_just_named_takes_the_outcome_after_it(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # long-term follow-up: where CAR-T cells or B-cell aplasia lasted, among the complete responders
        (
            "The transgene was detectable throughout follow-up in 50% of patients who had a complete"
            " remission.",
            [],
        ),
        ("CAR-T cells persisted beyond one year in 40% of patients who achieved a complete response.", []),
        (
            "B-cell aplasia lasted more than a year in 35% of those who had a complete response.",
            [("35%", "adverse_event", 35, 35, "eq")],
        ),
        # the outcome named before the figure is its own, whatever the relative clause says
        (
            "Relapse occurred in 25% of patients who had achieved a complete remission.",
            [("25%", "relapse", 25, 25, "eq")],
        ),
        # a relative clause about treatment leaves the outcome to the figure
        (
            "Overall, 45% of patients who received the product achieved a complete response.",
            [("45%", "cr", 45, 45, "eq")],
        ),
    ],
)
def test_an_outcome_in_a_relative_clause_says_who_not_what(text, expected):
    assert figures(text) == expected


def products(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.product, c.indication) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clinic's page of survival by disease: each list under its own intro line
        (
            "Survival after CAR-T varies by disease:\n"
            "For large B-cell lymphoma:\n"
            "• In the ZUMA-1 trial, 52% of patients were alive at 18 months.\n"
            "For chronic lymphocytic leukemia:\n"
            "• The five-year overall survival rate was 78.6% in one registry study.\n",
            [("52%", "axicabtagene ciloleucel", "LBCL"), ("78.6%", None, "CLL")],
        ),
        # a news digest: a product credited in one list does not reach the next list
        (
            "Highlights from the meeting were these:\n"
            "- Children treated with Kymriah in ELIANA had a complete remission rate of 81% at three"
            " months.\n"
            "Adults with relapsed B-ALL treated at one centre:\n"
            "- The median overall survival was 12.9 months.\n",
            [("81%", "tisagenlecleucel", None), ("12.9 months", None, "B-ALL")],
        ),
        # within one list, the intro line above still leads its items
        (
            "In the KarMMa trial of ide-cel in multiple myeloma, results were these:\n"
            "- Overall response rate: 73%\n"
            "- Complete response rate: 33%\n",
            [("73%", "idecabtagene vicleucel", "MM"), ("33%", "idecabtagene vicleucel", "MM")],
        ),
    ],
)
def test_a_list_items_product_stays_in_its_list(text, expected):
    assert products(text) == expected


# --- a patient's own story: the relapses before treatment, remission on standard therapy, the
# approval of "the treatment she received" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family's interview, a parents' essay, a hospital's patient story
        ("Emily experienced two relapses before she enrolled in the trial.", []),
        ("After two relapses, doctors told the family there were no options left.", []),
        ("He had survived three prior relapses and a transplant.", []),
        ("Following her second transplant and two relapses, she was referred for CAR-T.", []),
        # a trial's count of patients who relapsed, or of the relapses it saw, stays
        ("Two patients relapsed after six months.", [("Two patients", "relapse", 2, 2, "eq")]),
        ("There were three relapses among the 20 responders.", [("three", "relapse", 3, 3, "eq")]),
        ("Two relapses occurred, both CD19-negative.", [("Two", "relapse", 2, 2, "eq")]),
    ],
)
def test_one_patients_relapses_are_history_not_an_outcome(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 90% of kids get into remission with standard therapy.",
            [("More than 90%", "orr", 90, None, "gt")],
        ),
        (
            "About 85% of children got into remission with chemotherapy alone.",
            [("About 85%", "orr", 85, 85, "approx")],
        ),
        (
            "In the first cohort, 70% of patients get into remission within a month.",
            [("70%", "orr", 70, 70, "eq")],
        ),
    ],
)
def test_getting_into_remission_is_a_response(text, expected):
    assert figures(text) == expected


def approval_dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.metric, c.value.date) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While the CAR-T treatment Emily received was approved in August 2017, few patients were"
            " eligible.",
            [("August 2017", "approval", "2017-08")],
        ),
        (
            "The treatment she received was approved by regulators in August 2017.",
            [("August 2017", "approval", "2017-08")],
        ),
        (
            "This CAR-T cell treatment, first given to a child in 2012, was approved in 2017.",
            [("2017", "approval", "2017")],
        ),
        # a treatment's start is no approval
        ("The treatment began in March 2019 at a hospital in Ohio.", []),
    ],
)
def test_the_treatment_someone_received_was_approved(text, expected):
    assert approval_dates(text) == expected


# --- how fact-checks and media criticism restate results: "cancer-free", "working in N% of
# patients", papers that are no trials ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact-check's claim, a news story, an explainer
        (
            "Seven out of 11 patients with incurable cancer who had the treatment appear to be cancer-free.",
            [("Seven out of 11 patients", "cr", 63.6, 63.6, "eq")],
        ),
        (
            "Seven of the 11 patients are now cancer-free.",
            [("Seven of the 11 patients", "cr", 63.6, 63.6, "eq")],
        ),
        ("At one year, 60% of patients were free of disease.", [("60%", "cr", 60, 60, "eq")]),
        (
            "Of the 20 children treated, 14 showed no evidence of cancer a month later.",
            [("20 children", "patient_count", 20, 20, "eq"), ("14", "cr", 70, 70, "eq")],
        ),
        # a survival endpoint by that name is event-free survival
        ("The cancer-free survival rate was 45%.", [("45%", "efs", 45, 45, "eq")]),
        # cancer-free said before the figure names who, not the figure
        ("Patients who are cancer-free at one year had a 90% chance of long-term survival.", []),
    ],
)
def test_cancer_free_is_a_complete_remission(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The anchor adds "but it is working in 90 to 100 percent of patients with this type of cancer."',
            [("90 to 100 percent", "success_rate", 90, 100, "range")],
        ),
        (
            "The therapy works in about 80% of patients with lymphoma.",
            [("about 80%", "success_rate", 80, 80, "approx")],
        ),
        ("The treatment was effective in 7 of 10 patients.", [("7 of 10", "success_rate", 70, 70, "eq")]),
        ("The team has been working for 10 years on the therapy.", []),
    ],
)
def test_working_in_a_share_of_patients_is_a_vague_efficacy(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two preliminary studies published on March 13th suggest the cells show promise.", []),
        ("Two studies were published in the New England Journal of Medicine.", []),
        # registered studies and a meta-analysis's included studies are still counted
        (
            "There are over 500 CAR-T studies registered in China.",
            [("over 500 CAR-T studies", "trial_count", 500, None, "gt")],
        ),
        (
            "A total of 16 studies with 195 patients were identified.",
            [("16 studies", "trial_count", 16, 16, "eq"), ("195 patients", "patient_count", 195, 195, "eq")],
        ),
    ],
)
def test_published_studies_are_papers_not_trials(text, expected):
    assert figures(text) == expected


def test_acute_lymphocytic_leukemia_is_b_all():
    claims = extract_text(
        "In refractory acute lymphocytic leukemia in children, remission rates were between 60 and 90"
        " percent."
    ).claims
    assert [(c.text, c.metric, c.indication) for c in claims] == [
        ("between 60 and 90 percent", "orr", "B-ALL")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a financial guide's testimonial, medical-tourism news, an academic product's page
        ("We requested an itemized statement. It saved us over $8,000.", []),
        ("Patients save about $200,000 by travelling to China for treatment.", []),
        ("The academic product offers savings of €150,000 per patient.", []),
        # what is paid stays a price
        (
            "Families saved money, but the treatment still cost them $30,000 out of pocket.",
            [("$30,000", "cost", 30000, 30000, "eq")],
        ),
    ],
)
def test_a_sum_saved_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a journal viewpoint's abstract, a nursing society's news, a regulator digest
        (
            "Approval of the drug tisagenlecleucel (Kymriah; Novartis) by the US Food and Drug Administration"
            " (FDA) for the treatment of pediatric and young adult acute lymphoblastic leukemia (ALL) in"
            " August 2017 was a landmark in oncology.",
            [("August 2017", "approval", "2017-08")],
        ),
        (
            "The approval of ciltacabtagene autoleucel by the European Commission for adults with relapsed"
            " and refractory multiple myeloma who received at least three prior therapies in May 2022"
            " followed.",
            [("May 2022", "approval", "2022-05")],
        ),
        # a comma between the approval and a later date: another clause's date
        (
            "Kymriah was approved for children with leukemia, and the hospital opened its new cell therapy"
            " unit for adults with lymphoma and myeloma in March 2019.",
            [],
        ),
    ],
)
def test_an_approval_and_its_date_in_one_long_clause(text, expected):
    assert approval_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a journal club's heading and text, a trial update, a registry report
        ("A sustained response of 60% at 5 years.", [("60%", "dor", 60, 60, "eq")]),
        (
            "With 60% of these patients having a sustained response at 5 years.",
            [("60%", "dor", 60, 60, "eq")],
        ),
        ("Ongoing responses were seen in 40% of patients at 12 months.", [("40%", "dor", 40, 40, "eq")]),
        # the response itself stays a response rate
        ("The overall response rate was 58%.", [("58%", "orr", 58, 58, "eq")]),
    ],
)
def test_a_sustained_response_is_still_a_response(text, expected):
    assert figures(text) == expected


# --- Vietnamese, Korean and Singaporean news in English: ages, a patient's blast count, a hedged
# sum's conversion in brackets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hospital announced the successful treatment of 4-year-old patient Tran Bao Chi.", []),
        ("A 12-year-old patient was treated with CAR-T at the centre.", []),
        ("The 67-year-old patient achieved complete remission.", []),
        ("An 18-month-old boy received the infusion last week.", []),
        # a count beside an age is still a count
        (
            "The trial enrolled 25 patients aged 3 to 21 years.",
            [("25 patients", "patient_count", 25, 25, "eq")],
        ),
    ],
)
def test_an_age_is_no_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In July 2023, the disease relapsed with 80% of malignant blast cells in the bone marrow.", []),
        ("At relapse, blasts made up 45% of the bone marrow.", []),
        ("Her marrow showed 30% lymphoblasts before the infusion.", []),
        # a rate of patients stays
        ("Relapse occurred in 30% of patients within a year.", [("30%", "relapse", 30, 30, "eq")]),
    ],
)
def test_a_share_of_blast_cells_is_a_lab_measure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a registry abstract, a trial news story, a review's comparison
        (
            "Cilta-cel, compared with ide-cel, demonstrated superior outcomes, achieving a higher overall"
            " response rate (94% vs 82%) and 10-month progression-free survival (PFS; 76% vs 47%).",
            [
                ("94%", "ciltacabtagene autoleucel"),
                ("82%", "idecabtagene vicleucel"),
                ("76%", "ciltacabtagene autoleucel"),
                ("47%", "idecabtagene vicleucel"),
            ],
        ),
        (
            "Axi-cel versus tisa-cel: complete responses were more frequent (58% vs 40%) in the matched"
            " cohort.",
            [("58%", "axicabtagene ciloleucel"), ("40%", "tisagenlecleucel")],
        ),
        # the other arm is standard care: no product
        (
            "The ORR was 83% with axi-cel versus 50% with standard care.",
            [("83%", "axicabtagene ciloleucel"), ("50%", None)],
        ),
    ],
)
def test_the_other_side_of_a_comparison_of_two_products_is_the_seconds(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count in the share's own bracket is its numerator, not a cohort
        ("The majority (69%, n=56) of patients suffered disease relapse while waiting for apheresis.", []),
        ("CRS occurred in 90% (n = 18) of patients.", [("90%", "crs", 90, 90, "eq")]),
        # a cohort's n stays
        ("Results were reported for the whole cohort (n = 81).", [("81", "patient_count", 81, 81, "eq")]),
    ],
)
def test_the_count_in_a_shares_bracket_is_its_numerator(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a PBM's pipeline report, a trial digest, a price list
        (
            "The wholesale acquisition costs of the other CAR-T therapies, Kymriah (tisagenlecleucel) and"
            " Yescarta (axicabtagene ciloleucel), are $373,000 and $475,000 respectively.",
            [("$373,000", "tisagenlecleucel"), ("$475,000", "axicabtagene ciloleucel")],
        ),
        (
            "The CR rates with Carvykti (cilta-cel) and Abecma (ide-cel) were 73% and 33%, respectively.",
            [("73%", "ciltacabtagene autoleucel"), ("33%", "idecabtagene vicleucel")],
        ),
        (
            "Kymriah and Yescarta cost $475,000 and $373,000, respectively.",
            [("$475,000", "tisagenlecleucel"), ("$373,000", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_a_respectively_list_of_names_glossed_in_brackets(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The therapy received marketing authorization in E.U. on August 23, 2018.",
            [("August 23, 2018", "Europe")],
        ),
        ("Yescarta was approved in the U.K. in October 2018.", [("October 2018", "Europe")]),
        ("Kymriah was approved in the U.S. in August 2017.", [("August 2017", "US")]),
    ],
)
def test_initials_with_dots_name_their_region(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwanese coverage news, a clinic's page, a patients' guide
        (
            "Only 30 to 50 percent of those who have relapses survive for five years.",
            [("30 to 50 percent", "os", 30, 50, "range")],
        ),
        (
            "About half of adult cases relapse, and only 10 percent of them survive for five years.",
            [("About half", "relapse", 50, 50, "approx"), ("10 percent", "os", 10, 10, "eq")],
        ),
        # the duration after a share's survival verb is its time point, not a median
        ("Of patients who relapsed, 20% survived beyond two years.", [("20%", "os", 20, 20, "eq")]),
        ("Patients survived for a median of 14 months.", [("14 months", "os", 14, 14, "eq")]),
        # the outcome before the figure still names it
        (
            "MRD negativity was achieved in 75% of patients who had a complete response.",
            [("75%", "mrd_negative", 75, 75, "eq")],
        ),
    ],
)
def test_what_a_share_did_after_the_clause_that_says_who_they_are(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "40 percent of DLBCL patients can be completely free of cancer after receiving CAR T-cell"
            " treatment.",
            [("40 percent", "cr", 40, 40, "eq")],
        ),
        ("About 30% of patients are now cancer-free.", [("About 30%", "cr", 30, 30, "approx")]),
        ("40% of patients can relapse within a year.", [("40%", "relapse", 40, 40, "eq")]),
    ],
)
def test_a_modal_between_a_share_and_its_outcome(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NHI began coverage, lowering patients' yearly drug costs by about NT$5 million.", []),
        ("The new process cut the cost of treatment by $100,000 per patient.", []),
        # what the price was cut to is a price
        (
            "Coverage has reduced the price to NT$8.19 million per year.",
            [("NT$8.19 million", "cost", 8190000, 8190000, "eq")],
        ),
    ],
)
def test_the_size_of_a_cut_is_no_price(text, expected):
    assert figures(text) == expected


# --- clinical summaries typeset with non-breaking hyphens, pooled incidences across cohorts -------


def figures_with_ci(text: str) -> list[tuple[str, str, float | None, float | None, tuple[float, ...] | None]]:
    return [(c.text, c.metric, c.value.low, c.value.high, c.ci) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U+2011 (non-breaking hyphen) between the ends of a range or an interval
        (
            "The estimated CRS incidence was 71 % (95 % CI 68\u201174 %).",
            [("71 %", "crs", 71, 71, (68, 74))],
        ),
        ("CRS occurred in 40\u201160% of patients.", [("40\u201160%", "crs", 40, 60, None)]),
        (
            "Costs are driven by CAR\u2011T acquisition ($350\u2011$400 k) per patient.",
            [("$350\u2011$400 k", "cost", 350000, 400000, None)],
        ),
        # U+2010 (hyphen) likewise
        ("The response rate was 60\u201070% in the trial.", [("60\u201070%", "orr", 60, 70, None)]),
    ],
)
def test_a_non_breaking_hyphen_joins_a_range(text, expected):
    assert figures_with_ci(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome's incidence beside a count of patients treated keeps the count
        (
            "Globally, over 150,000 patients have received CD19-directed CAR-T products, with an estimated"
            " cumulative incidence of CRS of 84%.",
            [("over 150,000 patients", "patient_count", 150000, None, "gt"), ("84%", "crs", 84, 84, "eq")],
        ),
        (
            "The EMA reports a pooled CRS incidence of 78% across 4,200 patients.",
            [("78%", "crs", 78, 78, "eq"), ("4,200 patients", "patient_count", 4200, 4200, "eq")],
        ),
        # a disease's incidence still makes its people no cohort
        ("ALL has an annual incidence of 1.28 per 100,000, and 300 patients are diagnosed each year.", []),
    ],
)
def test_an_outcomes_incidence_is_no_disease_incidence(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's announcement, an investor update, trade news
        (
            "It plans to make regulatory submissions for marketing approval to the NMPA in the first half"
            " of 2022.",
            [],
        ),
        ("The company filed for FDA approval in December 2020.", []),
        (
            "It plans submissions for marketing approval to the NMPA in the first half of 2022 and the U.S."
            " FDA in the first half of 2023.",
            [],
        ),
        ("An application for conditional approval was submitted to the EMA in March 2023.", []),
        # the approval that followed is one
        (
            "The company submitted an application for approval in 2021, and the product was approved in"
            " February 2022.",
            [("February 2022", "approval", "2022-02")],
        ),
    ],
)
def test_a_filing_for_approval_is_no_approval(text, expected):
    assert approval_dates(text) == expected


# --- university news of a first trial in a solid tumour: hundreds in words, "one of those four",
# "showed benefits" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than two hundred trials have been run against it.",
            [("More than two hundred trials", "trial_count", 200, None, "gt")],
        ),
        (
            "Over one hundred patients have been treated with CAR-T at the centre.",
            [("Over one hundred patients", "patient_count", 100, None, "gt")],
        ),
        ("A hundred patients were enrolled.", [("A hundred patients", "patient_count", 100, 100, "eq")]),
        ("Twenty-two patients relapsed.", [("Twenty-two patients", "relapse", 22, 22, "eq")]),
    ],
)
def test_hundreds_in_words(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "And one of those four participants had a complete response.",
            [("one of those four participants", "cr", 25, 25, "eq")],
        ),
        (
            "Two of these five children went into remission.",
            [("Two of these five children", "orr", 40, 40, "eq")],
        ),
        (
            "Of the 11 participants who received CAR-T cells in the trial, nine showed benefits.",
            [("11 participants", "patient_count", 11, 11, "eq"), ("nine", "success_rate", 81.8, 81.8, "eq")],
        ),
        (
            "About 70% of patients derived clinical benefit from the treatment.",
            [("About 70%", "success_rate", 70, 70, "approx")],
        ),
        # who benefited from a programme is who it served
        (
            "Over 500 patients have benefited from CAR-T at our centre.",
            [("Over 500 patients", "patient_count", 500, None, "gt")],
        ),
    ],
)
def test_a_share_of_those_just_named_and_benefits_shown(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Two participants' tumors progressed so rapidly that they became ineligible for the study.)", []),
        ("Three patients' disease progressed before the infusion.", []),
        ("The data of 54 patients were analysed.", [("54 patients", "patient_count", 54, 54, "eq")]),
    ],
)
def test_what_happened_to_patients_disease_is_no_cohort(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regulator news of a label change, a society's digest, an advocacy group's release
        (
            "In June 2025, the FDA eliminated the REMS for currently approved BCMA- and CD19-directed"
            " autologous CAR T-cell immunotherapies.",
            [],
        ),
        (
            "On June 27, 2025, FDA announced the removal of REMS for all currently approved autologous CAR"
            " T-cell therapies.",
            [],
        ),
        ("In January 2024, the agency added a boxed warning to all approved CAR-T products.", []),
        # an approval with its date stays
        ("Kymriah was already approved in 2017 when the trial began.", [("2017", "approval", "2017")]),
    ],
)
def test_currently_approved_products_are_no_approval_date(text, expected):
    assert approval_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # investor news about CAR-T companies
        ("Analysts raised their price target on Legend Biotech to $80 from $70 after the Carvykti data.", []),
        ("The analyst set a 12-month price target of $45 for the CAR-T developer.", []),
        ("Autolus priced its public offering at $4.50 per ADS, raising $150 million.", []),
        # a treatment's price stays, whatever the word around it
        (
            "The hospital is offering the therapy at $100,000, a third of the US price.",
            [("$100,000", "cost", 100000, 100000, "eq"), ("a third", "cost_reduction", 3, 3, "eq")],
        ),
        (
            "The target price for the academic product is €90,000 per patient.",
            [("€90,000", "cost", 90000, 90000, "eq")],
        ),
    ],
)
def test_a_stocks_price_target_or_offering_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's comparison, a content site's table told in prose, trade news
        (
            "Kymriah achieved a CR rate of 40% compared with 54% for Yescarta.",
            [("40%", "tisagenlecleucel"), ("54%", "axicabtagene ciloleucel")],
        ),
        (
            "Breyanzi showed an ORR of 73%, versus 82% with Yescarta in ZUMA-1.",
            [("73%", "lisocabtagene maraleucel"), ("82%", "axicabtagene ciloleucel")],
        ),
        (
            "The ORR was 83% with axi-cel versus 50% with standard care.",
            [("83%", "axicabtagene ciloleucel"), ("50%", None)],
        ),
    ],
)
def test_a_comparators_product_named_right_after_its_figure(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurance news, a company profile, a product page
        (
            "Its product Yikaida was launched in China in June 2021 and is the first CAR-T product in the"
            " country.",
            [("June 2021", "approval", "2021-06")],
        ),
        ("Carvykti was first launched in the US in March 2022.", [("March 2022", "approval", "2022-03")]),
        # a trial or a centre launched is no product on a market
        ("The company launched a phase 1 trial in 2023.", []),
        ("The hospital launched its CAR-T centre in May 2024.", []),
    ],
)
def test_a_product_launched_in_a_market_is_approved_there(text, expected):
    assert approval_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kymriah has been approved in Europe since August 2018.", [("August 2018", "approval", "2018-08")]),
        (
            "Yescarta has been FDA-approved since 2017 for large B-cell lymphoma.",
            [("2017", "approval", "2017")],
        ),
        # "since" alone is the article's "as of", not an approval
        ("The therapy has been available since 2019.", []),
        ("Kymriah was approved in 2017, and its use has grown since 2019.", [("2017", "approval", "2017")]),
    ],
)
def test_approved_since_a_date(text, expected):
    assert approval_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news, an earnings story, a review, a patient guide: the arm named after its figure
        (
            "At 24 months, overall survival was 61% with axi-cel and 52% with standard care.",
            [("61%", "axicabtagene ciloleucel", "P24M"), ("52%", None, "P24M")],
        ),
        (
            "Event-free survival at one year was 63% for Yescarta and 33% for standard-of-care therapy.",
            [("63%", "axicabtagene ciloleucel", "P1Y"), ("33%", None, "P1Y")],
        ),
        (
            "The complete response rate was 65% with Breyanzi, against 39% on standard therapy.",
            [("65%", "lisocabtagene maraleucel", None), ("39%", None, None)],
        ),
        (
            "Response rates were 84% with Carvykti and 67% in the standard-of-care arm.",
            [("84%", "ciltacabtagene autoleucel", None), ("67%", None, None)],
        ),
        (
            "Progression-free survival at 12 months reached 70% with Abecma and 30% among patients on"
            " chemotherapy.",
            [("70%", "idecabtagene vicleucel", "P12M"), ("30%", None, "P12M")],
        ),
        (
            "At one year, 76 percent of patients in the Carvykti arm were still alive versus 49 percent in"
            " the control arm.",
            [("76 percent", "ciltacabtagene autoleucel", "P1Y"), ("49 percent", None, "P1Y")],
        ),
        (
            "After 12 months, 80% of patients in the CAR-T group were still alive, vs. 60% in the"
            " chemotherapy group.",
            [("80%", None, "P12M"), ("60%", None, "P12M")],
        ),
        # chemotherapy that is not the other arm keeps the product
        (
            "Kymriah achieved a CR rate of 40% in patients refractory to chemotherapy.",
            [("40%", "tisagenlecleucel", None)],
        ),
        (
            "With Kymriah the ORR was 80% with chemotherapy-free bridging.",
            [("80%", "tisagenlecleucel", None)],
        ),
        # a later figure that is no comparison keeps its own (absent) time point
        (
            "At 12 months, the CR rate was 50%, and median overall survival was 20 months.",
            [("50%", None, "P12M"), ("20 months", None, None)],
        ),
    ],
)
def test_the_other_arm_named_after_its_figure(text, expected):
    assert [(c.text, c.product, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a safety-database letter, a regulator's news, a patient guide
        (
            "There were 13 subsequent malignancies of T-cell origin among patients who received axi-cel,"
            " for an overall reporting rate of 0.07%.",
            [("0.07%", "adverse_event", "secondary malignancies")],
        ),
        (
            "Secondary T-cell cancers were reported at a rate of 0.07% among patients given Yescarta.",
            [("0.07%", "adverse_event", "secondary malignancies")],
        ),
        (
            "The reported incidence of T-cell lymphoma after Carvykti was 0.1%.",
            [("0.1%", "adverse_event", "secondary malignancies")],
        ),
        (
            "CAR-positive lymphoma was found in 0.02% of treated patients.",
            [("0.02%", "adverse_event", "secondary malignancies")],
        ),
        # the reports a database counts are no event of their own
        (
            "Second primary malignancies were reported in 536 of 12 394 (4.3%) adverse event reports.",
            [("536 of 12 394 (4.3%)", "adverse_event", "secondary malignancies")],
        ),
        # T-cell lymphoma as the disease treated is no adverse event
        ("The CR rate in T-cell lymphoma was 80%.", [("80%", "cr", None)]),
    ],
)
def test_second_cancers_after_car_t(text, expected):
    assert [(c.text, c.metric, c.event) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a safety database, a registry abstract, an earnings story
        (
            "As of 2024, 17,578 patients had received axi-cel and 3,336 had received brexu-cel.",
            [("17,578 patients", "axicabtagene ciloleucel"), ("3,336", "brexucabtagene autoleucel")],
        ),
        (
            "So far 900 patients have received Kymriah and 400 patients have received Yescarta.",
            [("900 patients", "tisagenlecleucel"), ("400 patients", "axicabtagene ciloleucel")],
        ),
        (
            "In the registry, 1,200 patients received Abecma while 800 received Carvykti.",
            [("1,200 patients", "idecabtagene vicleucel"), ("800", "ciltacabtagene autoleucel")],
        ),
        # a count of patients given either of two products is neither's
        (
            "We report 356 patients who received axi-cel (n = 173) or tisa-cel (n = 183).",
            [
                ("356 patients", None),
                ("173", "axicabtagene ciloleucel"),
                ("183", "tisagenlecleucel"),
            ],
        ),
        ("Overall, 500 patients received Kymriah, Yescarta or Breyanzi.", [("500 patients", None)]),
        # a capitalised word that is no product's name
        ("Of 40 patients screened, 30 received Medicare coverage.", [("40 patients", None)]),
    ],
)
def test_patients_who_received_a_product(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a payer's rule summarised by a society, price news, a trade story
        (
            "The national payment amount will be $246,957, an increase of $7,025 from FY 2021.",
            [("$246,957", "cost", 246957, 246957, "eq")],
        ),
        (
            "Payments will increase by $6,171.87 for a national rate of $240,889 in FY 2022.",
            [("$240,889", "cost", 240889, 240889, "eq")],
        ),
        (
            "Novartis announced a price hike of £10,000, taking Kymriah to £292,000.",
            [("£292,000", "cost", 292000, 292000, "eq")],
        ),
        (
            "The list price of Yescarta rose by about $25,000 to $399,000 this year.",
            [("$399,000", "cost", 399000, 399000, "eq")],
        ),
        (
            "The price dropped by $50,000 after the negotiation, to $323,000.",
            [("$323,000", "cost", 323000, 323000, "eq")],
        ),
        # a range of the change's size is no price either; a change's new price is one
        ("Prices rose by $20,000 to $30,000 a year for most products.", []),
        ("Kymriah's price increased to $475,000 in 2018.", [("$475,000", "cost", 475000, 475000, "eq")]),
        # a price range after "by" that is no change stays a range
        (
            "Treatment is paid by insurers at $350,000 to $400,000 per patient.",
            [("$350,000 to $400,000", "cost", 350000, 400000, "range")],
        ),
    ],
)
def test_a_sum_a_price_changed_by_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British news and a law firm's commentary on a health system's ceiling for a drug
        (
            "The cost in the US is $475,000 (£340,000) per patient, far in excess of the normal NHS"
            " ceiling of £50,000 for a life-saving drug.",
            [("$475,000", "cost", 475000, 475000, "eq"), ("£340,000", "cost", 340000, 340000, "eq")],
        ),
        (
            "The treatment costs £340,000 per patient, way above the usual £50,000 NHS ceiling for a"
            " life-saving drug.",
            [("£340,000", "cost", 340000, 340000, "eq")],
        ),
        (
            "Kymriah's price of £282,000 is well over the NICE threshold of £30,000 per QALY.",
            [("£282,000", "cost", 282000, 282000, "eq")],
        ),
        # an insurer's cap on what it pays is a cost (CLAIMS.md 2)
        (
            "The scheme has a reimbursement ceiling of 300,000 RMB per patient.",
            [("300,000 RMB", "cost", 300000, 300000, "eq")],
        ),
    ],
)
def test_a_health_systems_ceiling_for_a_drug_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's press conference, a clinic page, a review
        (
            "They have treated 186 leukemia patients, 191 myeloma patients, and 125 lymphoma patients.",
            ["186 leukemia patients", "191 myeloma patients", "125 lymphoma patients"],
        ),
        (
            "The centre has treated 40 children, 60 adults and 12 elderly patients.",
            ["40 children", "60 adults", "12 elderly patients"],
        ),
        (
            "The trial enrolled 30 patients with ALL and 20 patients with lymphoma.",
            ["30 patients", "20 patients"],
        ),
        # a list that opens with no cohort word is no list of cohorts
        ("About 40 children and 60 adults are diagnosed each year.", []),
    ],
)
def test_every_member_of_a_list_of_cohorts(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # translated hospital news, a patient guide, an abstract
        ("In half of the cases, complete remission of the cancer has been achieved.", [("half", "cr", 50)]),
        ("In 80% of cases, complete remission was achieved.", [("80%", "cr", 80)]),
        ("In 45% of patients, an MRD-negative response was observed.", [("45%", "mrd_negative", 45)]),
        ("In 30% of patients, CRS (grade 1-2) was reported.", [("30%", "crs", 30)]),
        ("The therapy eliminated the cancer in 70% of patients.", [("70%", "cr", 70)]),
        ("The hospital managed to eliminate the cancer in half of these cases.", [("half", "cr", 50)]),
        # the outcome named later in another clause does not name an opening share
        ("In 40% of patients, bridging therapy was given before the CR was achieved.", []),
        ("The drug cleared cancer cells in 90% of samples.", []),
    ],
)
def test_an_opening_share_and_its_outcome_after_it(text, expected):
    assert [(c.text, c.metric, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a policy review and a drug guide: the disease's background before the CAR-T
        (
            "ARI-0001 was approved in Spain in 2021. The prognosis of adults with B-ALL is poor, with cure"
            " rates of barely 40%.",
            [("2021", "varnimcabtagene autoleucel"), ("40%", None)],
        ),
        (
            "Kymriah is approved for DLBCL. Historically, patients with refractory DLBCL had a response rate"
            " of 26% and a median survival of 6.3 months.",
            [("26%", None), ("6.3 months", None)],
        ),
        # a trial's result after a sentence on the prognosis keeps its product
        (
            "Yescarta is approved for LBCL. Patients with refractory disease have a poor prognosis."
            " In ZUMA-1, the ORR was 83%.",
            [("83%", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_background_prognosis_is_no_products_figure(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian business news, a clinic page, a health-policy brief
        (
            "India offers CAR-T cell therapy at one-tenth the international price.",
            [("one-tenth", "cost_reduction", 10, 10, "eq")],
        ),
        ("The therapy costs a third the price of Kymriah.", [("a third", "cost_reduction", 3, 3, "eq")]),
        ("About a third the patients relapsed.", []),
        # "-plus" after a count is its lower bound, as "+" is
        ("We have a pipeline of 50-plus patients.", [("50-plus patients", "patient_count", 50, None, "ge")]),
        (
            "The centre has treated 300-plus children.",
            [("300-plus children", "patient_count", 300, None, "ge")],
        ),
    ],
)
def test_a_fraction_of_the_price_and_a_plus_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news words for an approval
        (
            "The FDA gave Carvykti the green light in February 2022.",
            [("February 2022", "approval", "2022-02")],
        ),
        ("Breyanzi won the FDA's nod in February 2021.", [("February 2021", "approval", "2021-02")]),
        (
            "The regulator green-lighted Aucatzyl in November 2024.",
            [("November 2024", "approval", "2024-11")],
        ),
        # a go-ahead for a trial is no approval of a product
        ("The company got the go-ahead to start a trial in 2023.", []),
    ],
)
def test_news_words_for_an_approval(text, expected):
    assert approval_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an essay and a news summary of CAR-T for autoimmune disease
        (
            "Ex vivo infusions currently list between four hundred thousand and six hundred fifty thousand US"
            " dollars.",
            [
                (
                    "between four hundred thousand and six hundred fifty thousand US dollars",
                    "cost",
                    400000,
                    650000,
                    "range",
                )
            ],
        ),
        (
            "Two hundred and fifty patients were treated.",
            [("Two hundred and fifty patients", "patient_count", 250, 250, "eq")],
        ),
        (
            "The centre treated one hundred twenty-five children.",
            [("one hundred twenty-five children", "patient_count", 125, 125, "eq")],
        ),
    ],
)
def test_hundreds_with_their_tens_in_words(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an autoimmune case series told after a sentence on blood cancers: no blood cancer of theirs
        (
            "CAR-T was built to fight blood cancers. Researchers in Erlangen treated 15 patients who had"
            " severe lupus, myositis or systemic sclerosis.",
            [("15 patients", None)],
        ),
        (
            "Four CAR-T therapies are approved for blood cancers. The study enrolled 15 patients with"
            " autoimmune diseases.",
            [("Four CAR-T therapies", "hematologic malignancies"), ("15 patients", None)],
        ),
    ],
)
def test_an_autoimmune_disease_is_no_listed_indication(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abstract's results, then who the patients were: a later clause takes no endpoint from it
        ("The ORR was 90%, and 60% of patients were male.", ["90%"]),
        ("The ORR was 90%, while 40% of patients had bulky disease.", ["90%"]),
        ("The ORR was 90%; 30% of patients had received a prior transplant.", ["90%"]),
        ("Roughly 90% of the world's lupus patients live in countries without coverage.", []),
        # ...while a clause naming its own outcome keeps it
        ("The ORR was 90%, and 60% of patients had a complete response.", ["90%", "60%"]),
        ("30% of patients had high-grade CRS.", ["30%"]),
        ("12% of patients experienced low-grade neurotoxicity.", ["12%"]),
    ],
)
def test_a_share_that_says_who_the_patients_are(text, expected):
    assert [c.text for c in extract_text(text).claims] == expected


# A disease-awareness site's and a price comparison's tables whose blank corner cell came through at
# the end of the header row; the column names carry footnote numbers ("LBCL2", "MM6,14-16").
_CORNER_LAST = (
    "Efficacy outcomes in clinical trials*\n"
    "LBCL2 | FL3,4 | ALL5,13 | MM6,14-16 | |\n"
    "---|---|---|---|---|\n"
    "ORR | 69% | 86-95% | NA | 77% |\n"
    "CR | 49% | 69-80% | 80% | 37% |\n"
)
_CORNER_FIRST = (
    "Efficacy outcomes in clinical trials\n"
    "| | LBCL | FL | ALL | MM |\n"
    "|---|---|---|---|---|\n"
    "| ORR | 69% | 86-95% | NA | 77% |\n"
)


def test_a_header_whose_blank_corner_came_last_names_the_right_columns():
    claims = extract_text(_CORNER_LAST).claims
    assert [(c.text, c.metric, c.indication) for c in claims] == [
        ("69%", "orr", "LBCL"),
        ("86-95%", "orr", "FL"),
        ("77%", "orr", "MM"),
        ("49%", "cr", "LBCL"),
        ("69-80%", "cr", "FL"),
        ("80%", "cr", "B-ALL"),
        ("37%", "cr", "MM"),
    ]


def test_a_header_with_its_corner_first_is_read_as_it_stands():
    claims = extract_text(_CORNER_FIRST).claims
    assert [(c.text, c.indication) for c in claims] == [("69%", "LBCL"), ("86-95%", "FL"), ("77%", "MM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government news page: the trial's rate, then how much of the product Thai researchers made
        (
            "All 10 patients responded, a 100% remission rate. The product, developed 100% by Thai"
            " researchers, is patented.",
            ["10 patients", "100%"],
        ),
        ("The CR rate was 92%. The drug is 92% locally made.", ["92%"]),
        # a figure cited again is still that claim
        ("The CR rate was 82%. You will see 82% cited everywhere.", ["82%", "82%"]),
    ],
)
def test_how_much_of_a_product_someone_made_restates_no_outcome(text, expected):
    assert [c.text for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # journals' tilde operator for "about"
        (
            "Hematologic toxicity was observed in ∼20% of patients.",
            [("∼20%", "adverse_event", 20, 20, "approx")],
        ),
        ("CRS occurred in ≃20% of patients.", [("≃20%", "crs", 20, 20, "approx")]),
        ("The drug costs ∼$400,000.", [("∼$400,000", "cost", 400000, 400000, "approx")]),
    ],
)
def test_the_tilde_operator_is_about(text, expected):
    assert figures(text) == expected


def test_other_indications_in_the_next_clause_are_not_the_approved_products():
    text = (
        "Since 2017, 6 CAR-T products have been approved by the FDA, and other indications for a wide variety"
        " of tumors, including solid cancers, are actively being tested."
    )
    assert [(c.text, c.indication) for c in extract_text(text).claims] == [("6 CAR-T products", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market report's timeline, a review: "products" whose verb says they are approved
        (
            "Since the approvals of Kymriah and Yescarta in 2017, ten products have been approved.",
            [("2017", "approval"), ("ten products", "product_count")],
        ),
        ("So far, ten products have been approved.", [("ten products", "product_count")]),
        # any drugs approved for another disease are no CAR-T products
        ("Two treatments were approved last year for lupus.", []),
        ("Two therapies, belimumab and anifrolumab, have been approved for lupus.", []),
    ],
)
def test_products_counted_by_the_verb_after_them(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market report and a review list the approvals the sentence before counted
        (
            "Since the approvals of Kymriah and Yescarta in 2017, ten products have been approved. These"
            " include Tecartus in 2020, followed by Breyanzi, Abecma and Carteyva in 2021.",
            [
                ("2017", "approval"),
                ("ten products", "product_count"),
                ("2020", "approval"),
                ("2021", "approval"),
            ],
        ),
        (
            "Six CAR-T products are approved in the US. They include Abecma, approved in 2021, and Carvykti"
            " in 2022.",
            [("Six CAR-T products", "product_count"), ("2021", "approval"), ("2022", "approval")],
        ),
        # the dates of trials listed after trials are no approvals
        (
            "Several CAR-T trials were launched. These include a Kymriah study in 2019 and a Yescarta trial"
            " in 2020.",
            [],
        ),
    ],
)
def test_a_list_of_the_approvals_the_sentence_before_counted(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a radio show's summary, a review, an abstract: who the share is of, then what it did
        (
            "Less than 15% of people who experience recurrence of those cancers respond completely to"
            " existing treatments.",
            [("Less than 15%", "cr")],
        ),
        (
            "About 30% of patients who relapse after transplant achieve a complete response with salvage"
            " chemotherapy.",
            [("About 30%", "cr")],
        ),
        ("40% of patients who relapsed responded to the second infusion.", [("40%", "orr")]),
        ("Only 10% of patients respond completely to chemotherapy.", [("10%", "cr")]),
        # a relative clause with no outcome after it names who, and no rate
        ("20% of patients who relapsed received a second infusion.", []),
        (
            "MRD negativity was achieved in 75% of patients who had a complete response.",
            [("75%", "mrd_negative")],
        ),
    ],
)
def test_the_main_clause_names_what_a_share_of_a_relative_clause_did(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates in figures where the order is plain: US pages, European and Asian pages
        ("The FDA approved Yescarta on 10/18/2017.", [("10/18/2017", "approval", "2017-10-18")]),
        ("Kymriah was approved on 30/08/2017 by the FDA.", [("30/08/2017", "approval", "2017-08-30")]),
        ("The EMA approved Kymriah on 27.08.2018.", [("27.08.2018", "approval", "2018-08-27")]),
        # day and month could be either: no date is made up
        ("The drug was approved on 03/04/2021.", []),
    ],
)
def test_dates_in_figures_whose_order_is_plain(text, expected):
    assert approval_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explainer and a patient guide: a vague amount is no price
        ("The therapy costs several hundred thousand dollars.", []),
        ("The therapy costs a few hundred thousand dollars.", []),
        ("Several dozen patients were treated.", []),
        # an amount said outright in words stays
        (
            "The drug costs a hundred thousand dollars.",
            [("a hundred thousand dollars", "cost", 100000, 100000, "eq")],
        ),
        (
            "It costs a quarter of a million pounds.",
            [("a quarter of a million pounds", "cost", 250000, 250000, "eq")],
        ),
    ],
)
def test_several_hundred_thousand_is_no_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medical-travel site's news, a hospital's page: the count of patients so far
        (
            "The most extensive experience belongs to Rogachev NMRC—over 150 patients since 2018.",
            [("over 150 patients", "patient_count", 150, None, "gt")],
        ),
        ("The center has 2,000 patients to date.", [("2,000 patients", "patient_count", 2000, 2000, "eq")]),
        (
            "The programme counts more than 300 patients so far.",
            [("more than 300 patients", "patient_count", 300, None, "gt")],
        ),
        # patients expected are no count of patients treated
        ("The hospital expects 50 patients in 2026.", []),
    ],
)
def test_patients_so_far(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news and an abstract: a response that lasted is a duration-of-response rate
        (
            "At a median follow-up of 1.7 years, complete response was maintained in five of nine patients.",
            [("five of nine", "dor")],
        ),
        ("Responses were ongoing in 40% of patients at 2 years.", [("40%", "dor")]),
        ("Complete response was achieved in 50% of patients.", [("50%", "cr")]),
    ],
)
def test_a_response_that_was_maintained(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


def test_an_all_lowercase_page_names_china():
    text = (
        "china is host to 70 percent of all car cell therapy trials registered in 2017 and the first four"
        " months of 2018 (150 out of 214)."
    )
    assert [(c.text, c.metric, c.region) for c in extract_text(text).claims] == [
        ("70 percent of all car cell therapy trials", "trial_count", "China")
    ]


# A model-input table that came through without cell breaks, and a clinic's price list: the heading
# names the cost and its currency, each short line below a name and its figure.
_PRICED_LIST = (
    "Unit costs (mean values) in €\n"
    " Tisagenlecleucel 345,485 LMU Hospital controlling\n"
    " Axicabtagene ciloleucel 373,324 LMU Hospital controlling\n"
    "Market share\n"
    " Proportion treated with CAR T-cells (baseline) 16.50% [30]\n"
)
_PRICE_LIST_USD = "Treatment prices in USD\nKymriah 475,000\nYescarta 373,000\n"


def test_a_heading_that_prices_the_lines_under_it():
    assert [
        (c.text, c.metric, c.value.low, c.value.unit, c.product) for c in extract_text(_PRICED_LIST).claims
    ] == [
        ("345,485", "cost", 345485, "EUR", "tisagenlecleucel"),
        ("373,324", "cost", 373324, "EUR", "axicabtagene ciloleucel"),
    ]
    assert [(c.text, c.value.unit, c.product) for c in extract_text(_PRICE_LIST_USD).claims] == [
        ("475,000", "USD", "tisagenlecleucel"),
        ("373,000", "USD", "axicabtagene ciloleucel"),
    ]


def test_a_heading_without_a_currency_prices_nothing():
    assert extract_text("Patients treated per centre\nSheba 130\nHadassah 90\n").claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trade news of a launch: the rival named in the headline is not the new product's price
        (
            "FDA approves new CAR-T competitor to Gilead's Tecartus\n"
            "- Called Aucatzyl, the CAR-T was developed by Autolus to treat B-cell precursor acute"
            " lymphoblastic leukemia.\n"
            "- Aucatzyl will compete with Gilead Sciences' Tecartus, which won approval in the same condition"
            " in 2021.\n"
            "- Autolus set a list price of $525,000 on the therapy, 11% higher than Tecartus's.",
            [("2021", "approval", "brexucabtagene autoleucel"), ("$525,000", "cost", None)],
        ),
        # an investor summary's market context: how many people the disease strikes, and its
        # background survival, are no claims of the product
        (
            "Approximately 8,400 new cases of adult ALL are diagnosed annually in the US and EU, with around"
            " 3,000 patients in the relapsed refractory setting.",
            [],
        ),
        (
            "Aucatzyl was approved in 2024. It is expected to address the poor survival rates in adult"
            " patients with r/r ALL, which currently stands at a median overall survival of eight months.",
            [("2024", "approval", "obecabtagene autoleucel"), ("eight months", "os", None)],
        ),
    ],
)
def test_a_launchs_rival_and_market_context(text, expected):
    assert [(c.text, c.metric, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prescribing site's safety section, an advocacy page's approval news
        (
            "The safety data reflect exposure to CARVYKTI in 285 patients with relapsed or refractory"
            " multiple myeloma: one randomized, open label with 188 patients in CARTITUDE-4.",
            ["285 patients", "188 patients"],
        ),
        ("The trial included 97 people with relapsed or refractory multiple myeloma.", ["97 people"]),
        ("The study, involving 60 people with lymphoma, reported a 70% response rate.", ["60 people"]),
        # people a disease strikes are no cohort
        ("A rare disease affects fewer than 200,000 people in the United States.", []),
    ],
)
def test_a_study_of_one_and_people_a_trial_included(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abstract's results and its cohort's baseline, told in one sentence
        ("In the trial, the ORR was 73%, with prior transplant in a third of patients.", ["73%"]),
        ("Bulky disease in 40% of patients did not affect the ORR of 80%.", ["80%"]),
        ("The CR rate was 60%; TP53 mutations in 25% of patients were linked to relapse.", ["60%"]),
        # an outcome after a prior therapy is still an outcome
        ("Relapse after prior CAR-T occurred in 20% of patients.", ["20%"]),
    ],
)
def test_a_baseline_characteristic_before_a_share(text, expected):
    assert [c.text for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news of a clinical hold: deaths from a toxicity are adverse events ...
        (
            "Three patients died of cerebral edema, prompting a halt.",
            [("Three patients", "adverse_event", "death")],
        ),
        ("Two patients died from brain swelling.", [("Two patients", "adverse_event", "death")]),
        # ... deaths of no stated cause are counted as the reviewed gold counts them (os, a count)
        ("The FDA placed the trial on clinical hold after two patient deaths.", [("two", "os", None)]),
    ],
)
def test_deaths_from_brain_swelling(text, expected):
    assert [(c.text, c.metric, c.event) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's news told on a forum, a news digest: who stayed free of the disease
        ("Seven remain free of the disease months to years later.", [("Seven", "efs")]),
        ("Nine patients remained disease-free.", [("Nine patients", "efs")]),
        ("63% remain disease-free 3 years later and off treatment.", [("63%", "efs")]),
        # "very deep" remissions are still remissions
        ("82% of patients achieved a very deep remission after BE-CAR7.", [("82%", "orr")]),
    ],
)
def test_who_remain_free_of_the_disease(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper's Q&A with an oncologist, a patient guide: the cure said after the share
        (
            "Q: How effective is it? A: About 40 percent of lymphoma patients are cured.",
            [("About 40 percent", "success_rate")],
        ),
        ("Roughly a third of patients were cured.", [("Roughly a third", "success_rate")]),
        # ... and before it, as before
        ("CAR-T cured 27% of patients in the trial.", [("27%", "success_rate")]),
    ],
)
def test_a_share_that_was_cured(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


# --- one of a group of patients; a count with its place --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public institute's patient story, a local daily, a charity's appeal: the "one" is the
        # person the story is about, the number after "of" the group treated so far
        (
            "She is one of seven people who have already been treated in Brazil with CAR-T cells.",
            [("seven people", "patient_count", 7, 7, "eq")],
        ),
        (
            "He was one of 12 patients to receive the therapy at the hospital last year.",
            [("12 patients", "patient_count", 12, 12, "eq")],
        ),
        (
            "Emily is one of only 20 children in Ireland who have received CAR-T.",
            [("20 children", "patient_count", 20, 20, "eq")],
        ),
        # ... while "one of N" that opens a clause is still a share of the N
        (
            "One of the seven patients died of an infection.",
            [("One of the seven patients", "adverse_event", 14.3, 14.3, "eq")],
        ),
        ("The response rate was 12 of 20 patients.", [("12 of 20", "orr", 60, 60, "eq")]),
        # a count with the place it was counted in, between the noun and the verb
        (
            "So far 45 patients in Scotland have received the treatment.",
            [("45 patients", "patient_count", 45, 45, "eq")],
        ),
        (
            "Only 20 children in Ireland have been treated with CAR-T.",
            [("20 children", "patient_count", 20, 20, "eq")],
        ),
        (
            "Just 12 patients at Great Ormond Street were treated with it last year.",
            [("12 patients", "patient_count", 12, 12, "eq")],
        ),
        # ... not a baseline characteristic, not a plan
        ("Only 3 patients in the UK were female.", []),
        ("Only 20 patients in Ireland are expected to receive CAR-T.", []),
    ],
)
def test_one_of_a_group_and_a_count_with_its_place(text, expected):
    assert figures(text) == expected


# --- what a share earns is no price; a cure told with a hedged verb ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investor site's SWOT analysis, an earnings release, a dividend note
        ("With fiscal year 2025 EPS projected at -$0.75, the loss narrows.", []),
        ("Net loss per share was $0.52 for the quarter.", []),
        ("Basic earnings per share were $1.20, against $0.95 a year earlier.", []),
        ("The company will pay a dividend of $0.30.", []),
        # ... while a price in the same page stays one
        ("Each infusion costs $465,000 per patient.", [("$465,000", "cost", 465000, 465000, "eq")]),
    ],
)
def test_what_a_share_earns_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investor analysis, a patient guide, a news feature: the cure after the share, its verb
        # hedged, the patients named with a slash or two words
        (
            "33% of late-line r/rMM patients may potentially be cured.",
            [("33%", "success_rate", 33, 33, "eq")],
        ),
        ("33% of r/rMM patients may be cured.", [("33%", "success_rate", 33, 33, "eq")]),
        (
            "About 40% of adult ALL patients could eventually be cured.",
            [("About 40%", "success_rate", 40, 40, "approx")],
        ),
        ("Half of all newly diagnosed patients will relapse.", [("Half", "relapse", 50, 50, "eq")]),
        # ... not where the patients were treated, nor a baseline characteristic
        ("40% of patients in the US are treated at academic centres.", []),
        ("50% of the r/r LBCL patients had bulky disease.", []),
    ],
)
def test_a_cure_with_a_hedged_verb(text, expected):
    assert figures(text) == expected


# --- a payer's spending is no price; "May of 2018"; "r/r-ALL" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an HTA agency's summary, a budget-impact abstract, a ministry's brief: what all patients
        # together cost a payer
        ("The budget impact was estimated at $2.4 million in the first year.", []),
        ("The total cost to the health system is projected at €4.1 million in 2025.", []),
        ("Listing the therapy would have an impact on the provincial drug budget of $3.2 million.", []),
        (
            "Anticipated additional treatment costs come to CHF 2.5 million in 2023, increasing to "
            "CHF 2.7 million by 2027.",
            [],
        ),
        # ... while a price's history, a price near a budget, a patient's total stay prices
        (
            "Kymriah cost $475,000 in 2017, rising to $500,000 by 2022.",
            [("$475,000", "cost", 475000, 475000, "eq"), ("$500,000", "cost", 500000, 500000, "eq")],
        ),
        ("The price of $475,000 would strain the NHS budget.", [("$475,000", "cost", 475000, 475000, "eq")]),
        (
            "The estimated total cost for the patient is $550,000.",
            [("$550,000", "cost", 550000, 550000, "eq")],
        ),
    ],
)
def test_a_payers_spending_is_no_price(text, expected):
    assert figures(text) == expected


def test_month_of_year_and_a_hyphenated_relapsed_all():
    """An HTA protocol's background: "in May of 2018" is a month, and "r/r-ALL" is B-ALL."""
    claims = extract_text(
        "Tisagenlecleucel was approved by the FDA for adult r/r-DLBCL in May of 2018, and for "
        "pediatric r/r-ALL in August of 2017."
    ).claims
    assert [(c.text, c.metric, c.value.date, c.indication) for c in claims] == [
        ("May of 2018", "approval", "2018-05", "LBCL"),
        ("August of 2017", "approval", "2017-08", "B-ALL"),
    ]
    assert [c.text for c in extract_text("The FDA approved Yescarta in October of 2017.").claims] == [
        "October of 2017"
    ]


# --- Indian papers' rupee sign, "October, 2023", a bound on a share of a price ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional daily, a hospital's release: the rupee sign a font printed as a backtick
        (
            "The treatment was taken abroad at the cost of `4 crore and is now available for under "
            "Rs 20 lakh.",
            [
                ("`4 crore", "cost", 40000000, 40000000, "eq"),
                ("under Rs 20 lakh", "cost", None, 2000000, "lt"),
            ],
        ),
        ("The therapy costs `35 lakh at the hospital.", [("`35 lakh", "cost", 3500000, 3500000, "eq")]),
        # ... and nowhere else
        ("Type `4 to repeat the step for each patient.", []),
    ],
)
def test_a_rupee_sign_printed_as_a_backtick(text, expected):
    assert figures(text) == expected


def test_month_comma_year_and_an_indo_american_hospital():
    claims = extract_text(
        "The CDSCO issued market authorisation to NexCAR19 in October, 2023. The Indo American "
        "Cancer Hospital now offers CAR-T for under Rs 20 lakh."
    ).claims
    assert [(c.text, c.value.date, c.region) for c in claims] == [
        ("October, 2023", "2023-10", None),
        ("under Rs 20 lakh", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's release, a price explainer, a trade daily: the saving a share of a price
        # makes, its hedge kept and a one-sided bound turned round
        (
            "It offers the therapy at nearly 1/20th the cost of Western countries.",
            [("nearly 1/20th", 20, 20, "approx")],
        ),
        ("It costs less than 1/5 of the US price.", [("less than 1/5", 5, None, "gt")]),
        ("It costs less than a fifth of the US price.", [("less than a fifth", 5, None, "gt")]),
        ("It costs over 1/3 of the US price.", [("over 1/3", None, 3, "lt")]),
        ("The price in China is less than 40% of the price in the US.", [("less than 40%", 2.5, None, "gt")]),
        ("The price in China is 30-40% of the price in the US.", [("30-40%", 2.5, 3.3, "range")]),
    ],
)
def test_a_bound_on_a_share_of_a_price(text, expected):
    assert [
        (c.text, c.value.low, c.value.high, c.value.bound)
        for c in extract_text(text).claims
        if c.metric == "cost_reduction" and c.value.unit == "x"
    ] == expected


# --- survival told in news words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a health column, a patient magazine, a wire story, a trial summary
        ("Patients survived a median of 17 months.", [("17 months", "os", 17, 17, None)]),
        ("Patients survived an average of 14 months.", [("14 months", "os", 14, 14, None)]),
        ("The chance of surviving five years rose to 40%.", [("40%", "os", 40, 40, "P5Y")]),
        ("The likelihood of being alive at two years was 61%.", [("61%", "os", 61, 61, "P2Y")]),
        (
            "The proportion of patients alive without progression at 12 months was 45%.",
            [("45%", "pfs", 45, 45, "P12M")],
        ),
        (
            "At the five-year mark, 33% of patients were still in remission.",
            [("33%", "dor", 33, 33, "P5Y")],
        ),
        ("At the 2-year landmark, OS was 61%.", [("61%", "os", 61, 61, "P2Y")]),
        ("OS at the 24-month landmark was 58%.", [("58%", "os", 58, 58, "P24M")]),
        (
            "One in three patients was still in remission at five years.",
            [("One in three patients", "dor", 33.3, 33.3, "P5Y")],
        ),
        # ... not one patient's lab result, nor a cohort that was evaluated
        ("Only 1 patient was positive for the anti-drug antibody.", []),
    ],
)
def test_survival_in_news_words(text, expected):
    assert [
        (c.text, c.metric, c.value.low, c.value.high, c.timepoint) for c in extract_text(text).claims
    ] == expected


# --- responses told by what the cancer did; a hedged ratio ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient magazine, a wire story, a hospital's news page, a solid-tumour trial's digest
        (
            "Eighty-one percent of children saw their leukemia disappear.",
            [("Eighty-one percent", "cr", 81, 81, "eq")],
        ),
        ("The therapy wiped out the cancer in 27 of 30 patients.", [("27 of 30", "cr", 90, 90, "eq")]),
        ("The cancer disappeared completely in 60% of patients.", [("60%", "cr", 60, 60, "eq")]),
        (
            "Some 60 percent of patients had their cancer vanish completely.",
            [("Some 60 percent", "cr", 60, 60, "approx")],
        ),
        ("Tumours shrank in 72% of patients.", [("72%", "orr", 72, 72, "eq")]),
        ("48% of patients saw their tumors shrink.", [("48%", "orr", 48, 48, "eq")]),
        # a ratio keeps its bound ("More than 9 out of 10" was read as a cohort of nine)
        (
            "More than 9 out of 10 patients went into remission.",
            [("More than 9 out of 10 patients", "orr", 90, None, "gt")],
        ),
        (
            "Fewer than 1 in 10 patients had severe CRS.",
            [("Fewer than 1 in 10 patients", "crs", None, 10, "lt")],
        ),
        # ... and symptoms that went away are no response
        ("The symptoms disappeared in 80% of patients.", []),
    ],
)
def test_responses_told_by_what_the_cancer_did(text, expected):
    assert figures(text) == expected


# --- toxicity as patient pages and news say it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient guide, a health daily, a trial digest
        (
            "A third of patients needed treatment in intensive care.",
            [("A third", "adverse_event", "ICU admission", None)],
        ),
        ("12% of patients were moved to the ICU.", [("12%", "adverse_event", "ICU admission", None)]),
        (
            "Nearly half of the patients experienced low blood counts lasting more than a month.",
            [("Nearly half", "adverse_event", "cytopenia", None)],
        ),
        ("Fewer than 5% of patients had grade 3 or worse CRS.", [("Fewer than 5%", "crs", None, "≥3")]),
        ("Grade 3 or more neurotoxicity was seen in 6%.", [("6%", "neurotoxicity", None, "≥3")]),
        # ... not a sentence on who needs the ICU
        ("Patients who require ICU care are monitored closely.", []),
    ],
)
def test_toxicity_as_patient_pages_say_it(text, expected):
    assert [(c.text, c.metric, c.event, c.grade) for c in extract_text(text).claims] == expected


# --- a bill that can top a sum; a regulator that cleared; trials left unnamed -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consumer-finance page, a business daily, regulatory news, a market explainer
        (
            "With hospital stays, the total bill can top $1 million.",
            [("can top $1 million", "cost", 1000000, None, "gt")],
        ),
        (
            "Costs could top $1.5 million including care.",
            [("could top $1.5 million", "cost", 1500000, None, "gt")],
        ),
        ("The top 5 centres treated 200 patients.", [("200 patients", "patient_count", 200, 200, "eq")]),
        (
            "China now runs more CAR-T trials than any other country, with over 1,000 registered.",
            [("over 1,000", "trial_count", 1000, None, "gt")],
        ),
        (
            "CAR-T studies are booming, with 450 now underway in China.",
            [("450", "trial_count", 450, 450, "eq")],
        ),
        ("The trial enrolled patients with 12 active sites.", []),
    ],
)
def test_a_bill_that_can_top_and_trials_left_unnamed(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FDA cleared Kymriah on April 5, 2024.", [("April 5, 2024", "2024-04-05")]),
        ("Breyanzi was cleared by the FDA in February 2021.", [("February 2021", "2021-02")]),
        # ... while a therapy that cleared the cancer was approved by nobody
        ("CAR-T cleared the cancer in 2019 for Emily.", []),
    ],
)
def test_a_regulator_that_cleared_a_product(text, expected):
    assert [(c.text, c.value.date) for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a myeloma trial digest, a leukaemia charity's page, a lymphoma PET report
        ("92% of patients had no detectable residual disease.", [("92%", "mrd_negative", 92, 92, "eq")]),
        (
            "Undetectable measurable residual disease was achieved in 70%.",
            [("70%", "mrd_negative", 70, 70, "eq")],
        ),
        ("Complete metabolic responses were seen in 40% of patients on PET.", [("40%", "cr", 40, 40, "eq")]),
        ("The complete metabolic response (CMR) rate was 53%.", [("53%", "cr", 53, 53, "eq")]),
    ],
)
def test_no_residual_disease_and_complete_metabolic_response(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # price news, a payer's bulletin, a business daily: a price cut told as a share in words
        ("The price was slashed by half after negotiations.", [("half", "cost_reduction", 50, 50, "eq")]),
        (
            "The deal cuts the price by about a third.",
            [("about a third", "cost_reduction", 33.3, 33.3, "approx")],
        ),
        (
            "Negotiations lowered the cost by two-thirds.",
            [("two-thirds", "cost_reduction", 66.7, 66.7, "eq")],
        ),
        # ... a percentage of the old price, not a factor; and only where a price is what changed
        ("Sales grew by a third.", []),
    ],
)
def test_a_price_cut_by_a_share_in_words(text, expected):
    assert figures(text) == expected


def test_an_allogeneic_product_by_its_short_name():
    """Trial news of an off-the-shelf CAR T names it by its short name only ("cema-cel")."""
    claims = extract_text(
        "For the 33 patients who received cema-cel, the overall response rate was 67%, with a "
        "complete response rate of 58%."
    ).claims
    assert [(c.text, c.metric, c.product) for c in claims] == [
        ("33 patients", "patient_count", "cemacabtagene ansegedleucel"),
        ("67%", "orr", "cemacabtagene ansegedleucel"),
        ("58%", "cr", "cemacabtagene ansegedleucel"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Q&A page, a hospital trade daily: the share's own verb wins, and a price later in the
        # sentence makes it no saving
        (
            "Although more than half of recipients go into remission, the treatment costs $375,000 to "
            "$475,000, NBC News reported.",
            [
                ("more than half", "orr", 50, None, "gt"),
                ("$375,000 to $475,000", "cost", 375000, 475000, "range"),
            ],
        ),
        # a relative clause of five words between the patients and their verb
        (
            "After 15 months, 42% of adult lymphoma patients who received CD19 CAR T-cell therapy were "
            "still in remission.",
            [("42%", "dor", 42, 42, "eq")],
        ),
        (
            "30% of patients who received the anti-CD19 CAR T cell product had severe CRS.",
            [("30%", "crs", 30, 30, "eq")],
        ),
    ],
)
def test_q_and_a_pages(text, expected):
    assert figures(text) == expected


# --- Korean and Swiss pages in English: brand spellings, a stock's price, a filing ------------------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # the spellings English-language Korean papers and a Swiss agency print
        ("Limcato achieved a complete remission rate of 67.1% in LBCL.", "anbalcabtagene autoleucel"),
        (
            "Limkato (ingredient name: Anbasel) showed a complete remission rate of 67.1%.",
            "anbalcabtagene autoleucel",
        ),
        ("The extra costs for Kimriah were CHF 70,634 per year of life.", "tisagenlecleucel"),
        ("Novartis's Kimria costs about 360 million won.", "tisagenlecleucel"),
    ],
)
def test_brand_spellings_of_korean_and_swiss_pages(text, product):
    assert [c.product for c in extract_text(text).claims] == [product]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business daily on a developer's stock, not a price
        (
            "Starting in the high 30,000 won range, the stock rose to the high 40,000 won range in early "
            "Dec., and closed at 55,200 won on the 9th.",
            [],
        ),
        ("Shares closed at $34.50 after the data.", []),
        # a filing is no approval, however its name reads
        (
            "Curocell submitted a marketing authorization application for Limcato on Dec. 30, 2024.",
            [],
        ),
        ("The company filed an application for marketing approval of Carvykti in May 2021.", []),
        (
            "Kymriah received marketing authorization from the European Commission in August 2018.",
            [("August 2018", "approval", None, None, "eq")],
        ),
    ],
)
def test_a_stock_price_and_a_filing(text, expected):
    assert figures(text) == expected


def test_a_comparison_with_products_sold_globally_and_chemotherapy_alone():
    claims = extract_text(
        "In phase 2, Anbal-Cel demonstrated a complete remission rate (CRR) of 67.1 percent, surpassing "
        "the results of globally marketed CAR-T therapies. More than half of patients reach long-term "
        "survival with standard chemotherapy alone."
    ).claims
    assert [(c.text, c.metric, c.product, c.region) for c in claims] == [
        ("67.1 percent", "cr", "anbalcabtagene autoleucel", None),
        ("More than half", "os", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a US business daily's word for the US, beside the names it already knew
        ("The list price stateside is $475,000.", "US"),
        ("In Britain, Kymriah costs £282,000 per patient.", "Europe"),
        ("Chinese patients pay about 1.2 million yuan for Carteyva.", "China"),
    ],
)
def test_a_price_names_its_country(text, region):
    assert [c.region for c in extract_text(text).claims] == [region]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price FAQ, a clinic's fact box, an abstract: an abbreviation's full stop ends no sentence
        ("Cost: approx. $400,000", [("approx. $400,000", "cost", 400000, 400000, "approx")]),
        (
            "The cost is approx. $400,000 for Kymriah.",
            [("approx. $400,000", "cost", 400000, 400000, "approx")],
        ),
        ("CRS occurred in approx. 50% of pts. in the trial.", [("approx. 50%", "crs", 50, 50, "approx")]),
        (
            "The ORR was 80% (see Fig. 2) in 40 patients.",
            [("80%", "orr", 80, 80, "eq"), ("40 patients", "patient_count", 40, 40, "eq")],
        ),
    ],
)
def test_an_abbreviation_before_a_figure(text, expected):
    assert figures(text) == expected


def test_a_fact_box_under_a_product_name():
    """A pharmacy bulletin's or a clinic's "At a glance" box: the label states the unit of the bare
    number after its colon, and an approval line belongs to the product named above it."""
    text = (
        "Kymriah (tisagenlecleucel)\n"
        "Approved: August 2017\n"
        "Price: $475,000\n"
        "Median PFS (months): 13.8\n"
        "ORR (%): 82\n"
    )
    assert [
        (c.text, c.metric, c.value.low, c.value.unit, c.value.date) for c in extract_text(text).claims
    ] == [
        ("August 2017", "approval", None, "date", "2017-08"),
        ("$475,000", "cost", 475000, "USD", None),
        ("13.8", "pfs", 13.8, "months", None),
        ("82", "orr", 82, "%", None),
    ]
    # ... and a line with no product above it approves nothing
    assert extract_text("Approved: August 2017\n").claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business news, an explainer: approved products counted in news words
        (
            "China has given the green light to five CAR-T therapies.",
            [("five CAR-T therapies", "product_count", 5, 5, "eq")],
        ),
        (
            "12 CAR-T products have reached the market.",
            [("12 CAR-T products", "product_count", 12, 12, "eq")],
        ),
        (
            "Five CAR-T therapies have hit the market in China.",
            [("Five CAR-T therapies", "product_count", 5, 5, "eq")],
        ),
    ],
)
def test_approved_products_counted_in_news_words(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CLAIMS.md 1's own example, and abstracts' shapes of it: as many time points as figures
        (
            "The 12-, 24- and 36-month OS rates were 81%, 62% and 50%.",
            [("81%", "P12M"), ("62%", "P24M"), ("50%", "P36M")],
        ),
        ("The 12- and 24-month PFS rates were 60.2% and 48.3%.", [("60.2%", "P12M"), ("48.3%", "P24M")]),
        ("PFS rates at 12 and 24 months were 60.2% and 48.3%.", [("60.2%", "P12M"), ("48.3%", "P24M")]),
        # ... one time point for two arms stays one
        ("Two-year OS was 61% and 52% in the two arms.", [("61%", "P2Y"), ("52%", "P2Y")]),
    ],
)
def test_time_points_listed_before_their_rates(text, expected):
    assert [(c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper's interview, a patient guide: the time point after "for"
        (
            "Only 30 to 50 percent of those who have relapses survive for five years.",
            [("30 to 50 percent", "os", "P5Y")],
        ),
        ("40% of patients remained in remission for 12 months.", [("40%", "dor", "P12M")]),
        # ... a survival time is no rate with a time point
        ("Median survival was 17 months for the cohort.", [("17 months", "os", None)]),
    ],
)
def test_a_time_point_after_for(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a health-services study, a hospital trade daily: what running the service costs a hospital
        ("The cost of implementing CAR-T was estimated at €1.31 million.", []),
        ("Set-up costs of $2 million are needed for a new centre.", []),
        # ... while what each patient's treatment costs stays a cost
        (
            "The mean cost per patient entering the CAR-T pathway ranges from €48K to €57K.",
            [("€48K to €57K", "cost", 48000, 57000, "range")],
        ),
        ("At a cancer center the therapy costs $400,000.", [("$400,000", "cost", 400000, 400000, "eq")]),
    ],
)
def test_what_running_the_service_costs_is_no_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact-check's quote, a patient page, a wire story: "cancer-free" before the share
        ("Patients were cancer-free in 7/11 cases.", [("7/11", "cr", 63.6, 63.6, "eq")]),
        (
            "The claim of 'cancer-free' in 7/11 patients requires verification.",
            [("7/11", "cr", 63.6, 63.6, "eq")],
        ),
        ("No evidence of disease was found in 40% of patients at one year.", [("40%", "cr", 40, 40, "eq")]),
        # ... and after it, as before
        ("7 of 11 patients were cancer-free.", [("7 of 11 patients", "cr", 63.6, 63.6, "eq")]),
    ],
)
def test_cancer_free_before_the_share(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # press releases and trade news name the congress where results were shown
        ("At the European Hematology Association (EHA) 2025 Congress, the ORR was 96% for zevor-cel.", None),
        (
            "Results presented at the American Society of Hematology (ASH) meeting showed an ORR of 97% "
            "for cilta-cel.",
            None,
        ),
        (
            "Data were shown at the European Society for Blood and Marrow Transplantation meeting: ORR 80%.",
            None,
        ),
        # ... while a regulator, a place and its people still name a region
        ("The European Medicines Agency approved Carvykti in May 2022.", "Europe"),
        ("Americans pay $475,000 for Kymriah.", "US"),
    ],
)
def test_a_learned_society_is_no_region(text, region):
    assert [c.region for c in extract_text(text).claims] == [region]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business daily, a hospital's milestone page, a trial digest: hedges news writers use
        (
            "The therapy costs just shy of $500,000.",
            [("just shy of $500,000", "cost", 500000, 500000, "approx")],
        ),
        (
            "No fewer than 300 patients have been treated at the centre.",
            [("No fewer than 300 patients", "patient_count", 300, None, "ge")],
        ),
        ("Not fewer than 80% of patients responded.", [("Not fewer than 80%", "orr", 80, None, "ge")]),
    ],
)
def test_hedges_of_news_writers(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "indication"),
    [
        # solid-tumour and other blood-cancer trial news: the covering value of the list
        ("In glioblastoma, the CAR-T produced responses in 3 of 10 patients.", "solid tumors"),
        ("In neuroblastoma, GD2 CAR-T gave an ORR of 63%.", "solid tumors"),
        ("In ovarian cancer the ORR was 20%.", "solid tumors"),
        ("For Hodgkin lymphoma, CD30 CAR-T achieved a CR rate of 59%.", "hematologic malignancies"),
        # CLL-1 is a target antigen, not chronic lymphocytic leukaemia
        ("For acute myeloid leukemia, CLL-1 CAR-T showed a CR rate of 70%.", "hematologic malignancies"),
        ("In non-Hodgkin lymphoma the ORR was 80%.", "B-NHL"),
        ("In CLL, the CR rate was 30%.", "CLL"),
    ],
)
def test_cancers_outside_the_list_take_its_covering_value(text, indication):
    assert [c.indication for c in extract_text(text).claims] == [indication]


def test_diseases_a_drug_list_names_lend_no_indication():
    """Business news of an insurance drug list: the other diseases it covers are no CAR-T's."""
    claims = extract_text(
        "Drugs for Alzheimer's disease and rare conditions such as Gaucher disease and neuroblastoma "
        "are also included. The five CAR-T therapies account for over half of the eight CAR-T products "
        "approved in China."
    ).claims
    assert [(c.text, c.indication) for c in claims] == [
        ("five CAR-T therapies", None),
        ("eight CAR-T products", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian hospital pages and price news abbreviate lakhs and crores after the rupee sign
        ("NexCAR19 costs Rs 25L per patient.", [("Rs 25L", "cost", 2500000, 2500000, "eq")]),
        ("It costs ₹1.5Cr abroad.", [("₹1.5Cr", "cost", 15000000, 15000000, "eq")]),
        ("It costs ₹30-40L per patient.", [("₹30-40L", "cost", 3000000, 4000000, "range")]),
        ("Abroad it costs Rs 1-1.5 Cr.", [("Rs 1-1.5 Cr", "cost", 10000000, 15000000, "range")]),
        # ... and only there
        ("Serum creatinine was 1.2 Cr at baseline.", []),
    ],
)
def test_lakhs_and_crores_abbreviated(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cost explainers and comparisons: the figure of a ", where" clause is its place's
        (
            "Compared to the US, where CAR-T therapies can cost around $400,000, the cost in China is "
            "significantly lower, ranging between $120,000 to $360,000 USD.",
            [("around $400,000", "US"), ("between $120,000 to $360,000 USD", "China")],
        ),
        (
            "The price in Europe, where Kymriah costs €320,000, is lower than in the US.",
            [("€320,000", "Europe")],
        ),
    ],
)
def test_the_place_a_where_clause_describes(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


def test_a_trial_in_north_america():
    claims = extract_text(
        "Zevor-cel is being assessed in the phase 2 LUMMICAR-2 trial in North America, previously "
        "reporting an ORR of 100% among 11 patients."
    ).claims
    assert [(c.text, c.region) for c in claims] == [("100%", "US"), ("11 patients", "US")]


def test_the_opening_trials_site_over_its_regulator():
    """A company's news of a US designation whose trial ran in China: the data are China's."""
    text = (
        "The FDA granted C-CAR039 RMAT designation. Early clinical results of C-CAR039 from an "
        "investigator-initiated trial conducted across multiple sites in China were encouraging.\n\n"
        "The best overall response rate was 92.6%, with a complete response rate of 85.2%."
    )
    assert [(c.text, c.region) for c in extract_text(text).claims] == [("92.6%", "China"), ("85.2%", "China")]


def test_the_countries_patients_came_from_are_no_region():
    claims = extract_text(
        "Faster, Cheaper Access Is Turning China Into a CAR-T Therapy Hub\n\n"
        "Since launching its international CAR-T center in May, Shanghai-based SinoUnited Health has "
        "treated over 20 foreign patients from 12 countries, including New Zealand, the United Kingdom, "
        "Germany, France, Canada, and Singapore."
    ).claims
    assert [(c.text, c.region) for c in claims] == [("over 20 foreign patients", "China")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Canadian and EU regulators' words for an approval
        (
            "Health Canada issued a Notice of Compliance for Yescarta on February 13, 2019.",
            [("February 13, 2019", "2019-02-13")],
        ),
        ("Kymriah received an NOC/c in September 2018.", [("September 2018", "2018-09")]),
        (
            "Breyanzi became available in the EU after the European Commission's decision in April 2022.",
            [("April 2022", "2022-04")],
        ),
    ],
)
def test_canadian_and_eu_words_for_an_approval(text, expected):
    assert [(c.text, c.value.date) for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The odds of an outcome: the outcome after "chance of" names the figure, not a word before
        # that says who the patients are (news, a hospital page, a patient leaflet, a review)
        (
            "Doctors say the treatment gives relapsed blood cancer patients a 50 per cent chance of "
            "full remission.",
            [("50 per cent", "cr")],
        ),
        ("Patients with relapsed lymphoma have a 40% chance of complete remission.", [("40%", "cr")]),
        (
            "Refractory leukaemia patients have a 70 per cent chance of a complete response.",
            [("70 per cent", "cr")],
        ),
        (
            "Patients have roughly a 30% probability of developing severe CRS after infusion.",
            [("roughly a 30%", "crs")],
        ),
        ("There is a 20% likelihood of neurotoxicity with this product.", [("20%", "neurotoxicity")]),
        ("Your child has about an 85% chance of achieving remission.", [("about an 85%", "orr")]),
    ],
)
def test_the_chance_of_an_outcome(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lasting response is the rate still in response (CLAIMS.md `dor`): with "rate" anywhere,
        # and after its figure without it (a content page's pull quote, a review, a trial summary)
        (
            "The numbers were '82% Overall Response Rate,' '40% Durable Remission at 3 years'.",
            [("82%", "orr", None), ("40%", "dor", "P3Y")],
        ),
        (
            "Long-term data show a durable remission rate of about 40% at 3 years.",
            [("about 40%", "dor", "P3Y")],
        ),
        (
            "About 30% of patients achieve long-lasting remissions after a single infusion.",
            [("About 30%", "dor", None)],
        ),
        ("The durable response rate was 41%.", [("41%", "dor", None)]),
        # before a figure without "rate" it is a quality of the results, not the figure's endpoint
        (
            "The update showed a durable response, overall response rate (ORR) of 78%, 61% complete "
            "response rate.",
            [("78%", "orr", None), ("61%", "cr", None)],
        ),
    ],
)
def test_a_lasting_response(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An approval whose sentence names no product: a first or possessive "therapy", the class
        # as the subject of its approval, or a regulator under its full name (news, charity pages)
        ("The first CAR-T therapy was approved in China in June 2021.", [("June 2021", "2021-06")]),
        ("The country's first CAR-T therapy received approval in 2023.", [("2023", "2023")]),
        (
            "CAR T-cell therapies were approved for use by the Therapeutic Goods Administration in "
            "December 2018.",
            [("December 2018", "2018-12")],
        ),
        (
            "Singapore's Health Sciences Authority approved the therapy in March 2021.",
            [("March 2021", "2021-03")],
        ),
        (
            "Korea's Ministry of Food and Drug Safety granted approval in March 2021.",
            [("March 2021", "2021-03")],
        ),
        # other events of the same years are no approvals
        ("The first CAR-T trial began in 2010.", []),
        ("The hospital opened its first CAR-T unit in 2019.", []),
        ("CAR-T therapies have been studied since 2010.", []),
        ("Approved CAR-T products (2026): see the table below.", []),
    ],
)
def test_an_approval_without_a_named_product(text, expected):
    assert [(c.text, c.value.date) for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # more figures than endpoints named before them: no pairing, and each figure one claim (it
        # was a claim of each endpoint, half of them wrong whatever the text meant)
        ("CR and ORR were 40%, 60% and 80%.", ["40%", "60%", "80%"]),
        ("The CR and ORR rates were 40%, 60% and 80% in the three cohorts.", ["40%", "60%", "80%"]),
        ("PFS and OS were 8.1, 12.5 and 20.3 months across the arms.", ["20.3 months"]),
    ],
)
def test_a_list_that_does_not_pair_up_gives_each_figure_one_claim(text, figures):
    assert [c.text for c in extract_text(text).claims] == figures


def test_one_figure_of_two_endpoints_is_a_claim_of_each():
    assert [(c.text, c.metric) for c in extract_text("CR and ORR rates were both 100%.").claims] == [
        ("100%", "cr"),
        ("100%", "orr"),
    ]
    assert [c.metric for c in extract_text("Median PFS/OS: 19.7 months.").claims] == ["os", "pfs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year that is one end of a span of years dates a period (a timeline's heading, a review's
        # summary, a table title), not an approval; two years joined by "and" are two approvals
        (
            "Timeline of CAR-T access (2017–2019): 2017: first EMA approval for CAR-T products.",
            [("2017", "2017")],
        ),
        ("Between 2017 and 2021, the FDA approved six CAR-T therapies.", []),
        ("From 2017 to 2021, six CAR-T products were approved by the FDA.", []),
        (
            "FDA approvals of CAR-T products, 2017-2022: Kymriah was approved in August 2017.",
            [("August 2017", "2017-08")],
        ),
        ("Kymriah was approved in 2017 and 2018 for two indications.", [("2017", "2017"), ("2018", "2018")]),
    ],
)
def test_a_span_of_years_is_no_approval_date(text, expected):
    assert [(c.text, c.value.date) for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound said after its figure (an interview, a clinic's price page, a forum post)
        (
            "The therapy costs US$400,000 at minimum in Europe and the US.",
            [("US$400,000 at minimum", 400000, None, "ge")],
        ),
        ("Expect to pay $350,000 at the very least.", [("$350,000 at the very least", 350000, None, "ge")]),
        ("Treatment costs $500,000 at most in our clinic.", [("$500,000 at most", None, 500000, "le")]),
        ("Costs reached $1 million at the most.", [("$1 million at the most", None, 1000000, "le")]),
    ],
)
def test_a_bound_after_its_figure(text, expected):
    assert [(c.text, c.value.low, c.value.high, c.value.bound) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        # what a building or a plant costs is no treatment price (hospital news, company news)
        "The construction of the RM6 million laboratory was the result of a collaboration.",
        "The company opened a $50 million manufacturing facility in Maryland to make CAR-T cells.",
        "A €20m cell therapy centre will open next year.",
    ],
)
def test_a_building_is_no_price(text):
    assert [c.text for c in extract_text(text).claims if c.metric == "cost"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the places a local price is compared with are not where it holds; every member of the
        # list the comparison opens (news from Malaysia, Thailand, India)
        (
            "The treatment will be available in the country for approximately RM200,000, which is a "
            "fraction of the treatment prices in Europe and the US.",
            [("approximately RM200,000", None)],
        ),
        (
            "In Thailand the therapy costs about $150,000, far lower than in the US and Europe.",
            [("about $150,000", None)],
        ),
        (
            "In Thailand the therapy costs about $150,000, far lower than in Europe, the US and Canada.",
            [("about $150,000", None)],
        ),
        ("CAR-T costs $400,000 in the US and Europe.", [("$400,000", "US/Europe")]),
        # the same sum converted, in brackets, does not part a figure from its place
        (
            "A Malaysian firm plans a low-cost CAR-T\n\nIt would cost less than RM200,000 here, versus "
            "US$400,000 (RM1.61 million) at minimum in Europe and the US.",
            [("less than RM200,000", None), ("US$400,000", "US/Europe"), ("RM1.61 million", "US/Europe")],
        ),
    ],
)
def test_the_places_a_price_is_compared_with(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose low end is written out and whose high end is scaled (a content page, a
        # price guide, news): the low end keeps its own value
        (
            "The sticker price, often ranging from $500,000 to over $1 million, is staggering.",
            [(500000, 1000000)],
        ),
        ("Prices range from $500,000 to $1 million.", [(500000, 1000000)]),
        ("Costs run from 800,000 yuan to 1.2 million yuan.", [(800000, 1200000)]),
        # ...and a short low end takes the high end's scale
        ("The price is 0.99-1.29 million RMB.", [(990000, 1290000)]),
        ("It costs US$300-400K.", [(300000, 400000)]),
    ],
)
def test_a_range_with_a_scaled_high_end(text, expected):
    assert [(c.value.low, c.value.high) for c in extract_text(text).claims if c.metric == "cost"] == expected


def test_names_given_as_examples_are_not_the_topic():
    """A meta-analysis abstract about B-cell blood cancers that closes on "especially in ALL
    patients": the claims are the whole analysis's, not ALL's."""
    text = (
        "Abstract\n"
        "CD19-directed CAR T cells have shown activity in patients with hematological malignancies. We "
        "pooled all published trials of CAR-T therapy for B-cell hematologic malignancies. The pooled "
        "overall response rate was 58% and the complete response rate 40%. The results are encouraging, "
        "especially in acute lymphoblastic leukemia (ALL) patients."
    )
    assert [(c.text, c.indication) for c in extract_text(text).claims] == [
        ("58%", "B-cell malignancies"),
        ("40%", "B-cell malignancies"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In B-cell hematologic malignancies, the ORR was 61%.",
        "In B-cell haematological malignancies, the ORR was 61%.",
        "In B-cell blood cancers, the ORR was 61%.",
    ],
)
def test_b_cell_blood_cancers(text):
    assert [c.indication for c in extract_text(text).claims] == ["B-cell malignancies"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a group that happens to equal an outcome stated before it restates nothing
        # (an opinion piece, a market note, a patient-group page)
        (
            "The trial achieved ninety percent remission in its lupus arm. Yet roughly ninety percent "
            "of the world's lupus patients live in countries with no reimbursement pathway.",
            [("ninety percent", "orr")],
        ),
        (
            "The ORR was 60% in the pivotal study. About 60% of eligible patients never receive the therapy.",
            [("60%", "orr")],
        ),
        # a bare repeat still does
        (
            "The ORR was 82.1% and the CR rate 54%. Headlines cited 82.1% widely.",
            [("82.1%", "orr"), ("54%", "cr"), ("82.1%", "orr")],
        ),
    ],
)
def test_a_share_of_a_group_is_no_restatement(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure named as a mark that prices passed is a lower bound (news, an editorial, a
        # price guide); a price that costs come "beyond" is not
        (
            "Other hospital expenses often push prices beyond the $1m mark.",
            [("beyond the $1m", 1000000, None, "gt")],
        ),
        (
            "The price of CAR-T has topped the $1 million mark.",
            [("topped the $1 million", 1000000, None, "gt")],
        ),
        (
            "Costs crossed the 500,000 yuan mark last year.",
            [("crossed the 500,000 yuan", 500000, None, "gt")],
        ),
        (
            "Treatment costs can surpass the $2 million threshold.",
            [("surpass the $2 million", 2000000, None, "gt")],
        ),
        (
            "Costs beyond the $373,000 list price include hospital stays.",
            [("$373,000", 373000, 373000, "eq")],
        ),
    ],
)
def test_a_mark_that_prices_passed(text, expected):
    assert [(c.text, c.value.low, c.value.high, c.value.bound) for c in extract_text(text).claims] == expected


def test_where_a_company_means_to_expand_is_no_region():
    text = (
        "UAE: First local CAR-T therapy hopes to expand globally\n\n"
        "The centre aims to cut treatment costs by up to 90 per cent."
    )
    assert [(c.text, c.region) for c in extract_text(text).claims] == [("up to 90 per cent", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of products whose name is spelled out and shortened in brackets (a review's
        # opening, an abstract, a news story)
        (
            "By late 2018, 2 chimeric antigen receptor T (CAR T) cell products had been approved by US and "
            "European regulatory authorities.",
            [("2 chimeric antigen receptor T (CAR T) cell products", 2, "US/Europe")],
        ),
        (
            "Two CAR-T cell (chimeric antigen receptor T-cell) therapies are approved in China.",
            [("Two CAR-T cell (chimeric antigen receptor T-cell) therapies", 2, "China")],
        ),
        (
            "Six chimeric antigen receptor (CAR) T-cell therapies have been approved by the FDA.",
            [("Six chimeric antigen receptor (CAR) T-cell therapies", 6, "US")],
        ),
    ],
)
def test_a_product_count_with_its_name_in_brackets(text, expected):
    assert [(c.text, c.value.low, c.region) for c in extract_text(text).claims] == expected


NB = "\u2011"  # a non-breaking hyphen, as generated news digests and some CMSs set every hyphen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trial summary, a safety abstract, a product page, a deal digest, a price story: with
        # U+2011 (or U+2010) for "-" each reads as with "-", and each claim quotes the source
        (
            f"The 12{NB}month overall survival was 60% after CAR{NB}T therapy with axi{NB}cel.",
            [("60%", "os", 60, "axicabtagene ciloleucel", None, "P12M")],
        ),
        (
            f"Grade 3{NB}4 cytokine release syndrome occurred in 10% of patients given cilta{NB}cel.",
            [("10%", "crs", 10, "ciltacabtagene autoleucel", None, None)],
        ),
        (
            f"Breyanzi's 2{NB}year progression{NB}free survival rate was 40.6% in large B{NB}cell lymphoma.",
            [("40.6%", "pfs", 40.6, "lisocabtagene maraleucel", "LBCL", "P2Y")],
        ),
        (
            f"MRD{NB}negative remission was seen in 81% of children with B{NB}ALL given tisagenlecleucel.",
            [("81%", "mrd_negative", 81, "tisagenlecleucel", "B-ALL", None)],
        ),
        (
            f"A CAR{NB}T therapy costs around $1{NB}million in the US.",
            [(f"around $1{NB}million", "cost", 1000000, None, None, None)],
        ),
        (
            "A CAR\u2010T therapy costs around $1\u2010million in the US.",
            [("around $1\u2010million", "cost", 1000000, None, None, None)],
        ),
        # a deal's headline value is no price, whichever hyphen it is written with
        (
            f"The deal's headline potential is in the low{NB}to{NB}mid{NB}$1{NB}billion range for "
            f"in vivo CAR{NB}T.",
            [],
        ),
    ],
)
def test_non_breaking_hyphens_read_as_hyphens(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.metric, c.value.low, c.product, c.indication, c.timepoint) for c in claims] == expected
    assert all(text[c.start : c.end] == c.text for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an HTA post, a product page, a regulatory timeline: a regulator's act named by its
        # jurisdiction ("EU marketing authorization") dates the product the sentence before names
        (
            "Yescarta is a CAR-T cell therapy. The initial EU marketing authorization was in August 2018.",
            [("August 2018", "axicabtagene ciloleucel", "Europe")],
        ),
        (
            "Breyanzi is a CAR-T cell therapy for lymphoma. Its US approval came in February 2021.",
            [("February 2021", "lisocabtagene maraleucel", "US")],
        ),
        (
            "Kymriah treats B-ALL in young patients. Marketing authorisation in the EU followed in "
            "August 2018.",
            [("August 2018", "tisagenlecleucel", "Europe")],
        ),
        # what was filed is no approval
        (
            "Yescarta is a CAR-T cell therapy. The company filed a marketing authorization application in "
            "August 2017.",
            [],
        ),
        # an approval still to come, with the word that puts it ahead after it (pipeline news, an
        # investor update, a patients' guide)
        ("Carvykti's EU approval is expected in 2026.", []),
        ("FDA approval for Aucatzyl is planned for late 2025.", []),
        ("Carvykti is a CAR-T cell therapy. An EU approval is anticipated in 2026.", []),
        ("Regulatory approval of anito-cel is now projected for 2026.", []),
        (
            "Carvykti, whose approval was expected in 2021, was approved in February 2022.",
            [("February 2022", "ciltacabtagene autoleucel", None)],
        ),
    ],
)
def test_a_regulators_act_named_by_its_jurisdiction(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.product, c.region) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how far one arm is from another (trial news, a conference summary, an abstract's
        # conclusion) is neither arm's figure
        ("Axi-cel showed a 33% higher objective response rate than standard of care.", []),
        ("Cilta-cel produced a 26% greater complete response rate versus standard regimens.", []),
        ("The complete response rate was 20% higher with liso-cel than with standard care.", []),
        ("Median OS was 8 months longer with cilta-cel than with standard care.", []),
        ("Responders to axi-cel lived one-third longer than non-responders.", []),
        # a bound is read with its figure; a comparison after a comma leaves the figure alone
        (
            "The CR rate with axi-cel was 60% or higher in most centres.",
            [("60% or higher", "cr", 60, None, "ge")],
        ),
        ("Patients survived 5 years or longer after tisa-cel.", [("5 years or longer", "os", 5, None, "ge")]),
        (
            "The response rate with obe-cel was 76%, higher than with chemotherapy.",
            [("76%", "orr", 76, 76, "eq")],
        ),
        # an age is no survival time
        ("The OS benefit with axi-cel held in subgroups, which included patients ≥65 years old.", []),
        ("The overall survival benefit of cilta-cel was consistent in patients 65 years or older.", []),
        ("Survival with liso-cel was similar in patients 70 years of age and over.", []),
    ],
)
def test_a_difference_between_arms_and_an_age_are_no_outcome(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "respectively" list of arms whose second is a comparator (trial news, an abstract, a
        # key-findings list): that arm's figure has no product
        (
            "The 2-year EFS rates in the axi-cel and SOC arms were 40.5% and 16.3%, respectively.",
            [("40.5%", "axicabtagene ciloleucel"), ("16.3%", None)],
        ),
        (
            "ORR in the liso-cel and standard-of-care groups was 86% and 48%, respectively.",
            [("86%", "lisocabtagene maraleucel"), ("48%", None)],
        ),
        (
            "Complete response rates were 65% and 32% with axi-cel and chemotherapy, respectively.",
            [("65%", "axicabtagene ciloleucel"), ("32%", None)],
        ),
        (
            "In the cilta-cel and standard care arms, 12-month PFS was 76% and 49%, respectively.",
            [("76%", "ciltacabtagene autoleucel"), ("49%", None)],
        ),
        # two products still take one each
        (
            "Kymriah and Yescarta cost $475,000 and $373,000, respectively.",
            [("$475,000", "tisagenlecleucel"), ("$373,000", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_a_comparator_arm_in_a_respectively_list(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arms of a randomised trial and their sizes (an abstract's findings, trial news, a
        # press release): each arm's size is a cohort, the comparator arm's has no product
        (
            "Patients were assigned to axi-cel (180 patients) or SOC (179 patients).",
            [("180 patients", "axicabtagene ciloleucel"), ("179 patients", None)],
        ),
        (
            "The trial randomized 359 patients to axi-cel (180 patients) or standard care (179 patients).",
            [
                ("359 patients", "axicabtagene ciloleucel"),
                ("180 patients", "axicabtagene ciloleucel"),
                ("179 patients", None),
            ],
        ),
        (
            "Patients received liso-cel (n = 92) or standard of care (n = 92).",
            [("92", "lisocabtagene maraleucel"), ("92", None)],
        ),
        (
            "They were randomly assigned to satri-cel (n = 104) or a treatment of the physician's choice "
            "(TPC; n = 52).",
            [("104", "satricabtagene autoleucel"), ("52", None)],
        ),
        # the arms listed with their sizes in one bracket (a press release, an abstract)
        (
            "Patients were randomized [liso-cel, n=92; SOC, n=92].",
            [("92", "lisocabtagene maraleucel"), ("92", None)],
        ),
        (
            "Patients were randomly assigned to treatment (axi-cel, n = 180; standard care, n = 179).",
            [("180", "axicabtagene ciloleucel"), ("179", None)],
        ),
        # the other arm introduced by "or", its size after a long description (a prescriber's site,
        # trial news)
        (
            "A total of 359 patients were randomized 1:1 to receive either leukapheresis, lymphodepletion "
            "and Yescarta (n=180) or standard therapy consisting of two or three cycles of salvage "
            "chemoimmunotherapy followed by high-dose therapy and a stem cell transplant (n=179).",
            [
                ("359 patients", "axicabtagene ciloleucel"),
                ("180", "axicabtagene ciloleucel"),
                ("179", None),
            ],
        ),
        (
            "Patients were randomized to cilta-cel (n=208) or to the physician's choice of pomalidomide, "
            "bortezomib and dexamethasone or daratumumab, pomalidomide and dexamethasone (n=211).",
            [("208", "ciltacabtagene autoleucel"), ("211", None)],
        ),
        # a treatment before the product is no arm
        (
            "Patients received bridging chemotherapy, then lymphodepletion and tisa-cel (n = 30).",
            [("30", "tisagenlecleucel")],
        ),
        (
            "Patients who had progressed after chemotherapy or a transplant received axi-cel (n = 101).",
            [("101", "axicabtagene ciloleucel")],
        ),
        (
            "Researchers screened 266 patients for the trial of satri-cel.",
            [("266 patients", "satricabtagene autoleucel")],
        ),
        # the responders of a share in brackets are no arm
        (
            "Patients randomly assigned to cilta-cel had a CR rate of 73% (152 patients).",
            [("73%", "ciltacabtagene autoleucel")],
        ),
    ],
)
def test_the_arms_of_a_randomised_trial(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comparator arm named after its figure, the noun first or the arm hyphenated (trial
        # news, a journal summary, an abstract's safety paragraph)
        (
            "Treatment-related deaths occurred in 6 (3%) patients receiving cilta-cel and 5 (2%) patients in "
            "the standard-of-care group.",
            [("6 (3%)", "adverse_event", "ciltacabtagene autoleucel"), ("5 (2%)", "adverse_event", None)],
        ),
        (
            "The ORR was 84.6% with cilta-cel and 67.3% of patients in the standard-care group.",
            [("84.6%", "orr", "ciltacabtagene autoleucel"), ("67.3%", "orr", None)],
        ),
        (
            "Objective response was observed in 84.6% of patients in the cilta-cel group vs 67.3% of those "
            "in the physician's choice group.",
            [("84.6%", "orr", "ciltacabtagene autoleucel"), ("67.3%", "orr", None)],
        ),
        # outcomes without the therapy, told as the disease's background
        (
            "Cilta-cel treats myeloma. Median PFS and OS remain poor, with values of 3–6 months and less "
            "than 12 months, respectively.",
            [("3–6 months", "pfs", None), ("less than 12 months", "os", None)],
        ),
        (
            "Axi-cel treats lymphoma. Outcomes for refractory DLBCL are dismal, with a median OS of "
            "6.3 months.",
            [("6.3 months", "os", None)],
        ),
        # a response with a word before it is still a response
        (
            "With cilta-cel, 77% of patients had a complete response (CR), and 85% had any treatment "
            "response.",
            [("77%", "cr", "ciltacabtagene autoleucel"), ("85%", "orr", "ciltacabtagene autoleucel")],
        ),
        (
            "In the axi-cel trial, 72% of patients achieved a clinical response.",
            [("72%", "orr", "axicabtagene ciloleucel")],
        ),
        ("With satri-cel, 57% had a tumour response.", [("57%", "orr", "satricabtagene autoleucel")]),
    ],
)
def test_comparator_arms_and_background_outcomes(text, expected):
    assert [(c.text, c.metric, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of diseases whose middle member names no indication of its own ("lymphoma")
        # covers them all (a national overview, a clinic's page)
        (
            "CAR-T in China\n\nSix CAR-T products are approved in China, mainly for leukemia, lymphoma and "
            "multiple myeloma, and some patients' 10-year survival exceeds 50%.",
            [("Six CAR-T products", "hematologic malignancies"), ("exceeds 50%", "hematologic malignancies")],
        ),
        (
            "Our centre\n\nWe treat leukaemia, lymphomas or multiple myeloma with CAR-T; the complete "
            "response rate is 70%.",
            [("70%", "hematologic malignancies")],
        ),
    ],
)
def test_a_list_of_diseases_covers_them_all(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share that lived or survived past a time: an OS rate at that time point (long-term
        # follow-up news, a patients' guide, a hospital's story)
        (
            "More than half of patients treated with axi-cel lived past the five-year mark.",
            [("More than half", 50, "gt", "P5Y")],
        ),
        ("Half of the patients lived beyond five years after tisa-cel.", [("Half", 50, "eq", "P5Y")]),
        ("Half of the patients survived more than five years after cilta-cel.", [("Half", 50, "eq", "P5Y")]),
        (
            "Around 30% of patients lived longer than two years with axi-cel.",
            [("Around 30%", 30, "approx", "P2Y")],
        ),
        # how long patients lived is a survival time; where they live is no outcome
        (
            "Some patients have lived more than 10 years after tisa-cel.",
            [("more than 10 years", 10, "gt", None)],
        ),
        ("About 90% of lupus patients live in countries without access to CAR-T.", []),
    ],
)
def test_a_share_that_lived_past_a_time(text, expected):
    assert [(c.text, c.value.low, c.value.bound, c.timepoint) for c in extract_text(text).claims] == expected
    assert all(c.metric == "os" for c in extract_text(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word between a rate's time point and its endpoint (abstracts, press releases)
        (
            "The 6-month estimated progression-free survival rate was 83.2% with axi-cel.",
            [("83.2%", "pfs", "P6M")],
        ),
        ("The 2-year Kaplan-Meier overall survival was 61% with liso-cel.", [("61%", "os", "P2Y")]),
        ("Its 12-month landmark OS was 70% with cilta-cel.", [("70%", "os", "P12M")]),
        # the first endpoint of "overall and complete response (CR) rates" said once
        (
            "The overall and complete response (CR) rates were 58% and 42%, respectively, with cema-cel.",
            [("58%", "orr", None), ("42%", "cr", None)],
        ),
        (
            "Overall and complete remission (CR) rates reached 90% and 80% with obe-cel.",
            [("90%", "orr", None), ("80%", "cr", None)],
        ),
    ],
)
def test_words_between_a_rate_and_its_endpoint(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price told as an adjective of what it prices (cost guides, headlines, features)
        ("Kymriah is a half-million-dollar treatment for leukemia.", [("half-million-dollar", 500000)]),
        ("CAR-T is a million-dollar therapy in China.", [("million-dollar", 1000000)]),
        (
            "We'll break down what that half-million-dollar figure actually includes for CAR-T.",
            [("half-million-dollar", 500000)],
        ),
        ("The million dollar CAR-T treatment is out of reach for most.", [("million dollar", 1000000)]),
        # an idiom and a deal are no price
        ("That is the million-dollar question for CAR-T makers.", []),
        ("AstraZeneca signed a multimillion-dollar deal for in vivo CAR-T.", []),
    ],
)
def test_a_price_told_as_an_adjective(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.value.low) for c in claims] == expected
    assert all(c.metric == "cost" and c.value.unit == "USD" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share told with its people, then what they were given, then what happened to them
        # (patients' guides, news features, a hospital's page)
        (
            "12 out of 15 children treated with tisa-cel went into remission.",
            [("12 out of 15 children", "orr", 80)],
        ),
        ("Nine of ten patients given axi-cel responded.", [("Nine of ten patients", "orr", 90)]),
        (
            "Eight of 12 patients who received obe-cel had grade 3 CRS.",
            [("Eight of 12 patients", "crs", 66.7)],
        ),
        ("Four of every five patients responded to cilta-cel.", [("Four of every five patients", "orr", 80)]),
        # a count so told is the outcome's count; the cohort's own words keep it a cohort
        (
            "Twelve patients treated with axi-cel had cytokine release syndrome.",
            [("Twelve patients", "crs", 12)],
        ),
        (
            "104 patients treated with axi-cel had a median age of 60.",
            [("104 patients", "patient_count", 104)],
        ),
    ],
)
def test_a_share_with_what_its_people_were_given(text, expected):
    assert [(c.text, c.metric, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named after a comparison's "that of" is the comparison's, not the figure's (price
        # news, a national overview)
        (
            "The price of CAR-T in China is about $200,000, far below that of the US.",
            [("about $200,000", None, "China")],
        ),
        (
            "The response rate in China is about 80%, similar to that in the US.",
            [("about 80%", None, "China")],
        ),
        (
            "The price of CAR-T is about $200,000, well below that of the US.",
            [("about $200,000", None, None)],
        ),
        # the price of another kind of drug in an article about a CAR-T product is not the product's
        (
            "Kymriah is a CAR-T therapy for leukemia. Meanwhile, the price of the bispecific teclistamab "
            "was cut by 20% in Japan.",
            [("20%", None, None)],
        ),
        (
            "Kymriah is a CAR-T therapy for leukemia. Blinatumomab costs about $178,000 per course.",
            [("about $178,000", None, None)],
        ),
        (
            "Kymriah is a CAR-T therapy for leukemia. It costs $475,000, and tocilizumab for CRS adds "
            "$5,000.",
            [("$475,000", "tisagenlecleucel", None), ("$5,000", None, None)],
        ),
        (
            "Kymriah is a CAR-T therapy for leukemia. Its price was cut by 20% in Japan.",
            [("20%", "tisagenlecleucel", None)],
        ),
    ],
)
def test_what_a_comparison_or_another_drug_names_is_not_the_figures(text, expected):
    assert [(c.text, c.product, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare event's share told as one in a thousand (safety news, a regulator's summary)
        (
            "Secondary T-cell cancers have been reported in fewer than 1 in 1,000 CAR-T recipients.",
            [("fewer than 1 in 1,000", "adverse_event", None, 0.1, "lt")],
        ),
        ("In 2019, 1 in 1,000 patients relapsed.", [("1 in 1,000 patients", "relapse", 0.1, 0.1, "eq")]),
        # too small a share for one decimal of a percent is no figure to claim
        ("Such events occurred in 1 in 100,000 patients.", []),
    ],
)
def test_a_share_of_a_thousand(text, expected):
    assert [
        (c.text, c.metric, c.value.low, c.value.high, c.value.bound) for c in extract_text(text).claims
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of the trials just counted (registry news, a review's opening, a national overview)
        (
            "CAR-T in numbers\n\nMore than 1,000 CAR-T clinical trials are registered worldwide, "
            "nearly half of them in China.",
            [
                ("More than 1,000 CAR-T clinical trials", "trial_count", 1000, "global"),
                ("nearly half of them", "trial_count", 50, "China"),
            ],
        ),
        (
            "CAR-T in numbers\n\nThere are 854 CAR-T trials, 70% of which are in China.",
            [("854 CAR-T trials", "trial_count", 854, None), ("70% of which", "trial_count", 70, "China")],
        ),
        # "them" that are patients stay patients
        (
            "Of 200 patients enrolled in trials, half of them responded to axi-cel.",
            [("200 patients", "patient_count", 200, None), ("half", "orr", 50, None)],
        ),
    ],
)
def test_a_share_of_the_trials_just_counted(text, expected):
    assert [(c.text, c.metric, c.value.low, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money a charity or trust sponsors is no price (a charity's page, a university's news)
        ("The Trust sponsored HKU HK$3 million for a clinical research project on CAR-T therapy.", []),
        ("Sponsored: HK$3 Million for a clinical research project on CAR-T therapy (May 2023 - 2025)", []),
        ("The bank's sponsorship of $500,000 will fund CAR-T research.", []),
        ("The Trust has approved to sponsor the division HK$3 million for a project on CAR-T therapy.", []),
        # a trial's sponsor may still name a price
        ("The trial's sponsor priced the CAR-T therapy at $400,000.", [("$400,000", 400000)]),
    ],
)
def test_sponsored_money_is_no_price(text, expected):
    assert [(c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share a payer bears, with a hedge before it (insurance news, a city's scheme)
        (
            "Insurers reimburse roughly 60 percent of CAR-T costs in Shanghai.",
            [("roughly 60 percent", 60, "approx")],
        ),
        ("The plan covers 70 per cent of the cost of CAR-T.", [("70 per cent", 70, "eq")]),
        ("Insurance reimbursed 80% of the CAR-T bill for the family.", [("80%", 80, "eq")]),
        ("The company cut the price of Carvykti by about 15%.", [("about 15%", 15, "approx")]),
        ("Reimbursement of 80% of the CAR-T cost is available in Shanghai.", [("80%", 80, "eq")]),
        ("The reimbursement rate for CAR-T is 60 percent under the city plan.", [("60 percent", 60, "eq")]),
        ("Coverage of CAR-T rose, with insurers covering 60% of the cost.", [("60%", 60, "eq")]),
        # a word that only begins like a cue is no cue: "fellow", "cutoff", "coverage"
        ("The fellow patients saw a cutoff of 20% in the trial of CAR-T costs.", []),
    ],
)
def test_the_share_a_payer_bears(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.value.low, c.value.bound) for c in claims] == expected
    assert all(c.metric == "cost_reduction" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "Label (unit):" line whose value holds several figures (a key-findings box, a poster's
        # summary, a comparison card)
        ("Median PFS (months): 14.7 vs 3.7.", [("14.7", "pfs", "months"), ("3.7", "pfs", "months")]),
        ("ORR (%): 83 vs 50.", [("83", "orr", "%"), ("50", "orr", "%")]),
        (
            "CR rate (%): 65, 32 and 40 in the three arms.",
            [("65", "cr", "%"), ("32", "cr", "%"), ("40", "cr", "%")],
        ),
        # a spread in brackets is no second figure
        ("Median PFS (months): 14.7 (range 2 to 30)", [("14.7", "pfs", "months")]),
    ],
)
def test_a_label_line_with_several_figures(text, expected):
    assert [(c.text, c.metric, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regulator's expanded label is an approval of a new use (label-update news, a company's
        # timeline); one still hoped for is not
        (
            "The FDA expanded Breyanzi's label to include follicular lymphoma in May 2024.",
            [("May 2024", "lisocabtagene maraleucel", "US")],
        ),
        (
            "In April 2024, the FDA expanded Abecma's indication to third-line myeloma.",
            [("April 2024", "idecabtagene vicleucel", "US")],
        ),
        (
            "A label expansion for Carvykti followed in April 2024.",
            [("April 2024", "ciltacabtagene autoleucel", None)],
        ),
        (
            "The NMPA greenlit relma-cel in September 2021.",
            [("September 2021", "relmacabtagene autoleucel", "China")],
        ),
        ("The company hopes to expand Carvykti's label in 2026.", []),
        ("The FDA could expand Breyanzi's indication in 2026.", []),
        # each place of a list with its own year
        (
            "Kymriah was approved in the US in 2017, in the EU in 2018 and in Japan in 2019.",
            [
                ("2017", "tisagenlecleucel", "US"),
                ("2018", "tisagenlecleucel", "Europe"),
                ("2019", "tisagenlecleucel", None),
            ],
        ),
    ],
)
def test_an_expanded_label_and_a_list_of_places_with_years(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.product, c.region) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price told as a share of the price elsewhere: the place after "of what … pay", "of the
        # price of therapy in" is the comparison's (price news, a medical-travel page, an editorial)
        ("Chinese CAR-T costs a fifth of what Americans pay.", [("a fifth", 5, "China")]),
        ("In China, CAR-T costs 10% of what patients in the US pay.", [("10%", 10, "China")]),
        ("In China, CAR-T costs only 10% of the price in the US.", [("10%", 10, "China")]),
        (
            "Treatment in India is about one-tenth the price of therapy in America.",
            [("about one-tenth", 10, None)],
        ),
    ],
)
def test_a_share_of_the_price_elsewhere(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.value.low, c.region) for c in claims] == expected
    assert all(c.metric == "cost_reduction" and c.value.unit == "x" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how many a project or a hospital means to treat is a plan, not a cohort (a charity's page,
        # a hospital's news, a company release); how many it has treated is a cohort
        ("The project will provide CAR-T therapy for 15 patients with refractory lymphoma.", []),
        ("The hospital will offer CAR-T treatment to up to 30 patients a year.", []),
        ("The company plans to treat 40 patients with its CAR-T next year.", []),
        ("The hospital has provided CAR-T therapy for 150 patients since 2019.", [("150 patients", 150)]),
    ],
)
def test_a_planned_number_of_patients_is_no_cohort(text, expected):
    assert [(c.text, c.value.low) for c in extract_text(text).claims] == expected


TAB_TABLE = (
    "Approved CAR-T products\n\n"
    "Name\tTarget\tIndication\tFDA approval\n"
    "Kymriah\tCD19\tB-ALL\t2017\n"
    "Tecartus\tCD19\tMCL\t2020\n"
    "Carvykti\tBCMA\tMM\t2022\n"
)


def test_a_table_whose_cells_are_parted_by_tabs():
    # a crawl that turns an HTML table into text with tabs (an encyclopedia's list, a review's table)
    claims = extract_text(TAB_TABLE).claims
    assert [(c.metric, c.text, c.product, c.indication, c.value.date) for c in claims] == [
        ("approval", "2017", "tisagenlecleucel", "B-ALL", "2017"),
        ("approval", "2020", "brexucabtagene autoleucel", "MCL", "2020"),
        ("approval", "2022", "ciltacabtagene autoleucel", "MM", "2022"),
    ]
    assert all(TAB_TABLE[c.start : c.end] == c.text for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # tabs that part no cells: an indented paragraph, lines with different numbers of tabs
        "\tKymriah was approved in 2017, the article says.\n\tIt costs a lot.\n",
        "Name\tYear\nKymriah was approved\tin 2017 by\tthe FDA\n",
    ],
)
def test_tabs_that_part_no_cells_make_no_table(text):
    from carclaims.layout import _find_tables, _line_spans

    assert _find_tables(text, _line_spans(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        # "Label<TAB>value" lines (a fact box): the first holds a figure, so it is no header
        "Kymriah facts\n\nPrice:\t$475,000\nApproved:\tAugust 2017\nORR:\t81%\n",
        "Product:\tKymriah\nPrice:\t$475,000\nApproved:\tAugust 2017\nORR:\t81%\n",
    ],
)
def test_label_and_value_lines_parted_by_tabs_keep_every_figure(text):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == [
        ("cost", "$475,000"),
        ("approval", "August 2017"),
        ("orr", "81%"),
    ]


def test_a_tab_table_of_outcomes_reads_its_header():
    text = "Product\tORR (%)\tCR (%)\nYescarta\t83\t58\nBreyanzi\t73\t53\n"
    claims = extract_text(text).claims
    assert [(c.metric, c.text, c.value.unit, c.product) for c in claims] == [
        ("orr", "83", "%", "axicabtagene ciloleucel"),
        ("cr", "58", "%", "axicabtagene ciloleucel"),
        ("orr", "73", "%", "lisocabtagene maraleucel"),
        ("cr", "53", "%", "lisocabtagene maraleucel"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price told in dollars by name, the currency's country written out
        (
            "The health ministry set the price at 33.49 million yen (305,000 U.S. dollars).",
            [("33.49 million yen", "JPY", None), ("305,000 U.S. dollars", "USD", None)],
        ),
        (
            "A private clinic in Bangkok charges 180,000 U.S. dollars for CAR-T therapy.",
            [("180,000 U.S. dollars", "USD", None)],
        ),
        (
            "Treatment abroad costs about 200,000 American dollars.",
            [("about 200,000 American dollars", "USD", None)],
        ),
        (
            "Kymriah is listed at 2.1 million Singapore dollars.",
            [("2.1 million Singapore dollars", "SGD", None)],
        ),
        (
            "The hospital quotes 1.4 million Hong Kong dollars per infusion.",
            [("1.4 million Hong Kong dollars", "HKD", "China")],
        ),
        # a place that is where the company is from, not where the price is
        (
            "Japan approved the listing of Swiss pharma giant Novartis' Kymriah at 33.5 million yen.",
            [("33.5 million yen", "JPY", None)],
        ),
        (
            "In Germany, a US pharma giant charges 320,000 euros for its CAR-T.",
            [("320,000 euros", "EUR", "Europe")],
        ),
        (
            "The Swiss drug major sells its CAR-T therapy for 370,000 euros in Japan.",
            [("370,000 euros", "EUR", None)],
        ),
        (
            "Kymriah costs 370,000 Swiss francs in Japan, the company said.",
            [("370,000 Swiss francs", "CHF", None)],
        ),
        # the places themselves still are places
        ("In the U.S., the therapy costs 475,000 dollars.", [("475,000 dollars", "USD", "US")]),
        ("Swiss patients pay 370,000 euros for the therapy.", [("370,000 euros", "EUR", "Europe")]),
        ("The US price of Kymriah is $475,000.", [("$475,000", "USD", "US")]),
    ],
)
def test_currency_names_and_company_nationalities_are_no_region(text, expected):
    assert [
        (c.text, c.value.unit, c.region) for c in extract_text(text).claims if c.metric == "cost"
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a regulator's safety action on the products it approved earlier: no approval date
        (
            "In January 2024, the FDA mandated new boxed warnings on approved CD19-directed CAR-T therapies.",
            [],
        ),
        ("The FDA eliminated the REMS for approved autologous CAR-T therapies in June 2025.", []),
        ("In November 2023, the FDA announced an investigation into approved CAR-T products.", []),
        ("In June 2025, the agency dropped the REMS for all the approved CAR T-cell therapies.", []),
        ("Since April 2024, every approved CAR-T carries a boxed warning for T-cell cancers.", []),
        # approvals, also beside such a phrase
        ("Carvykti was approved in February 2022.", ["February 2022"]),
        (
            "The FDA approved Breyanzi for CLL in March 2024, making the count of approved CAR-Ts seven.",
            ["March 2024"],
        ),
        ("The therapy was approved for use in China in 2021.", ["2021"]),
        ("Yescarta won approval with a boxed warning in October 2017.", ["October 2017"]),
    ],
)
def test_a_safety_action_on_approved_products_is_no_approval(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a willingness to pay told only as a threshold per QALY (economic evaluations, their news)
        (
            "At a threshold of $200,000 per quality-adjusted life-year (QALY), neither was cost-effective.",
            [],
        ),
        ("Using a threshold of $100,000/QALY, tisa-cel was not cost-effective in this setting.", []),
        ("None of the therapies met the commonly cited threshold of £30,000 per QALY.", []),
        (
            "The model used a threshold of $50,000 (US dollars) per QALY; the ICER was $93,547 per QALY.",
            ["$93,547"],
        ),
        # ratios and other thresholds stay costs
        ("The ICER of axi-cel was $182,127 per QALY, above the threshold.", ["$182,127"]),
        (
            "The insurance deductible threshold of 20,000 yuan applies before CAR-T costs are reimbursed.",
            ["20,000 yuan"],
        ),
        # a model's net monetary benefit is no price either; the ICER before it stays
        ("For axi-cel, the ICER was $684,225 per QALY and the iNMB was -$107,642.", ["$684,225"]),
        ("The incremental net monetary benefit (iNMB) was $45,300 at that threshold.", []),
    ],
)
def test_a_threshold_per_qaly_is_no_cost(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price as a share of the treatment elsewhere, or "half as much as" (news, clinic pages)
        ("NexCAR19 costs a tenth of the treatment in the US.", [("cost_reduction", "a tenth", 10.0, None)]),
        (
            "The Indian version costs one-fifth of the same therapy abroad.",
            [("cost_reduction", "one-fifth", 5.0, None)],
        ),
        (
            "Local CAR-T products cost roughly half as much as imported ones.",
            [("cost_reduction", "roughly half", 2.0, None)],
        ),
        (
            "In China, the therapy costs half as much as in the US.",
            [("cost_reduction", "half", 2.0, "China")],
        ),
        (
            "Our clinic's price is a third as much as those in Europe.",
            [("cost_reduction", "a third", 3.0, None)],
        ),
        # no price in the sentence: shares of something else
        ("About a third of the treatment in the US is now given as an outpatient.", []),
        ("Patients need half as much as the standard dose.", []),
        ("Half of the patients received as much as 2 doses.", []),
    ],
)
def test_a_price_as_a_share_of_the_treatment_elsewhere(text, expected):
    claims = extract_text(text).claims
    assert [
        (c.metric, c.text, c.value.low, c.region) for c in claims if c.metric != "patient_count"
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the share of the events that were of a grade (press releases, abstracts)
        (
            "CRS occurred in 96% of patients; 92% of CRS was of grade 1/2.",
            [("crs", "96%", None), ("crs", "92%", "1-2")],
        ),
        ("In total, 90% of CRS cases were grade 1 or 2.", [("crs", "90%", "1-2")]),
        ("Of all CRS events, most were mild; 10% of CRS cases were grade 3.", [("crs", "10%", "3")]),
        ("85% of the ICANS events were low grade.", [("neurotoxicity", "85%", None)]),
        # a share of the events that says nothing of their grade
        ("92% of CRS events resolved within a week.", []),
        ("Tocilizumab was given for 60% of CRS episodes.", []),
    ],
)
def test_the_share_of_events_of_a_grade(text, expected):
    assert [(c.metric, c.text, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a label's threshold for which adverse reactions it lists is no rate
        (
            "The most common adverse reactions (> 20%) were cytokine release syndrome (79%).",
            [("crs", "79%", None)],
        ),
        ("Adverse reactions occurring in at least 10% of patients are listed in Table 3.", []),
        ("The adverse reactions with greater or equal to 10% incidence are summarized in Table 2.", []),
        ("Table 2. Selected Adverse Reactions (≥ 10%) Following Treatment with KYMRIAH", []),
        # each figure of a list is its own name's: an adverse event where no cue names it
        (
            "The most common adverse reactions were CRS (79%), pyrexia (40%) and headache (37%).",
            [("crs", "79%", None), ("adverse_event", "40%", "pyrexia"), ("adverse_event", "37%", "headache")],
        ),
        (
            "Key manifestations of CRS include fever (78%), hypotension (41%), tachycardia (28%).",
            [
                ("adverse_event", "78%", "fever"),
                ("adverse_event", "41%", "hypotension"),
                ("adverse_event", "28%", "tachycardia"),
            ],
        ),
        # lists of named endpoints and rates stay theirs
        (
            "CRS (95%) and neurotoxicity (21%) were common.",
            [("crs", "95%", None), ("neurotoxicity", "21%", None)],
        ),
        (
            "Serious adverse reactions occurred in 52% of patients.",
            [("adverse_event", "52%", "adverse events")],
        ),
        ("MRD negativity at month 3 was observed in all patients (100%).", [("mrd_negative", "100%", None)]),
    ],
)
def test_a_label_s_listing_threshold_and_its_list_of_named_figures(text, expected):
    assert [(c.metric, c.text, c.event) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a median said, then its value after ", at" (background in news and reviews)
        (
            "For refractory DLBCL, median OS remains short, at about 6 months.",
            [("os", "about 6 months", "median")],
        ),
        ("Median PFS was modest, at 3.4 months, in the standard arm.", [("pfs", "3.4 months", "median")]),
        ("Median overall survival is poor, at only 6.3 months.", [("os", "6.3 months", "median")]),
        # time points stay time points
        ("The OS rate was 60% at 12 months.", [("os", "60%", None)]),
        ("Median follow-up is long, at 36 months.", []),
    ],
)
def test_a_median_s_value_after_at(text, expected):
    assert [(c.metric, c.text, c.statistic) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change told as a noun ("the increase in median OS was …") is no median (economic
        # evaluations, trial news)
        ("The increase in median overall survival was 4 months for axi-cel and 1 month for liso-cel.", []),
        ("The gain in median PFS was 5.2 months with cilta-cel and 2 months with ide-cel.", []),
        ("An improvement in the CR rate of 20% was seen.", []),
        ("The difference in ORR between the arms was 15%.", []),
        # the figures themselves stay
        ("With the increase in dose, the ORR was 80%.", [("orr", "80%")]),
        ("The improvement in survival was striking: 60% were alive at 2 years.", [("os", "60%")]),
        ("Median OS was 25.8 months, an improvement on earlier data.", [("os", "25.8 months")]),
    ],
)
def test_a_change_told_as_a_noun_is_no_figure(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a centre's milestone told by what it performed (hospital news, clinic pages)
        ("The hospital has carried out more than 300 infusions.", ["more than 300 infusions"]),
        ("We have performed more than 150 CAR-T infusions.", ["more than 150 CAR-T infusions"]),
        ("The centre has completed 150 CAR-T cell infusions.", ["150 CAR-T cell infusions"]),
        ("The cell therapy team has performed 42 procedures since May.", ["42 procedures"]),
        # what no patient count is
        ("Patients completed 12 cycles of therapy.", []),
        ("Each patient received up to three infusions.", []),
    ],
)
def test_a_centre_s_performed_infusions_are_patients_treated(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of both populations settles the field as null (CLAIMS.md section 4)
        (
            "The treatment was given to 10 patients, both children and adults, with B-ALL.",
            [("10 patients", None)],
        ),
        ("MRD-negative CR rates reached 85–90% in paediatric and adult B-ALL.", [("85–90%", None)]),
        ("CR was 80% in children and adults alike.", [("80%", None)]),
        # one population, or each its own, stays
        (
            "In 68 pediatric and young adult patients, the CR rate was 81%.",
            [("68 pediatric and young adult patients", "pediatric"), ("81%", "pediatric")],
        ),
        ("Among children, the CR rate was 90%; among adults, 60%.", [("90%", "pediatric"), ("60%", "adult")]),
    ],
)
def test_children_and_adults_together_are_no_population(text, expected):
    assert [(c.text, c.population) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # patients' guides and FAQs: a share told in words after "works for / effective in"
        (
            "The therapy works for about two out of three patients with myeloma.",
            [("success_rate", "about two out of three", 66.7)],
        ),
        ("It is effective in two out of three patients.", [("success_rate", "two out of three", 66.7)]),
        ("It worked in half of the patients treated.", [("success_rate", "half", 50.0)]),
        # ...and "stay in remission"
        (
            "Roughly one-third of patients with lymphoma stay in remission for five years or more.",
            [("dor", "Roughly one-third", 33.3)],
        ),
        ("About 40% of patients stay in remission long term.", [("dor", "About 40%", 40.0)]),
        # no share there
        ("The drug works for one reason: it targets CD19.", []),
        ("Patients stay in hospital for 14 days.", []),
    ],
)
def test_shares_in_words_in_patients_guides(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of the patients who were given the therapy, then what they had (guides, news)
        (
            "Three out of four patients who were treated developed CRS.",
            [("crs", "Three out of four patients", 75.0)],
        ),
        (
            "Nine out of ten patients who get CAR-T develop some CRS.",
            [("crs", "Nine out of ten patients", 90.0)],
        ),
        ("Two of three patients who receive CAR-T respond.", [("orr", "Two of three patients", 66.7)]),
        (
            "Eight of ten patients who were infused achieved a complete response.",
            [("cr", "Eight of ten patients", 80.0)],
        ),
        # a cohort stays a cohort
        (
            "Twenty patients were treated; 15 achieved CR.",
            [("patient_count", "Twenty patients", 20.0), ("cr", "15", 75.0)],
        ),
    ],
)
def test_a_share_of_the_patients_who_were_given_it(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a hospital loses on a treatment is no price (payment news, journal commentary)
        ("Hospitals may lose up to $300,000 for each CAR-T treatment they give.", []),
        ("The centre lost an average of $45,000 on every Medicare patient it treated with CAR-T.", []),
        ("Losses of $98,000 per case were reported by academic centres.", []),
        ("The loss per Medicare case was $60,000 in 2019.", []),
        ("Each infusion brought a $120,000 loss for the hospital.", []),
        ("The programme ran up $2 million in losses last year.", []),
        # ...nor a difference between two costs (cost-of-care studies, price news)
        ("The 30-day cost after infusion was $97,000 higher for patients with severe CRS.", []),
        ("Treatment costs $50,000 more in private hospitals.", []),
        ("It costs $100,000 less than in the US, at about $60,000.", [("cost", "about $60,000", 60000.0)]),
        # the price beside it stays, and an extra payout is one
        ("Out-of-pocket costs can reach $10,000 or more.", [("cost", "$10,000 or more", 10000.0)]),
        ("A Hangzhou patient received 85,000 RMB extra reimbursement.", [("cost", "85,000 RMB", 85000.0)]),
        (
            "With a list price of $475,000, hospitals can lose money on every CAR-T infusion.",
            [("cost", "$475,000", 475000.0)],
        ),
        (
            "Kymriah costs $475,000, and hospitals lose up to $100,000 per patient.",
            [("cost", "$475,000", 475000.0)],
        ),
    ],
)
def test_a_sum_lost_is_no_price(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "overall" shares the "survival" of the endpoint after it (abstracts, registry reports, news)
        (
            "At 2 years, overall and progression-free survival were 42% and 29%, respectively.",
            [("os", "42%"), ("pfs", "29%")],
        ),
        (
            "Two-year overall and event-free survival were 66% and 50%, respectively.",
            [("os", "66%"), ("efs", "50%")],
        ),
        (
            "Median overall and progression-free survival were 21.8 and 8.6 months, respectively.",
            [("os", "21.8"), ("pfs", "8.6 months")],
        ),
        (
            "Estimated 12-month overall, progression-free and event-free survival were 70%, 50% and 45%.",
            [("os", "70%"), ("pfs", "50%"), ("efs", "45%")],
        ),
        (
            "In the trial, overall and leukemia-free survival at one year reached 80% and 62%.",
            [("os", "80%"), ("efs", "62%")],
        ),
        # "overall" alone names no endpoint
        ("Overall, 30% of patients relapsed.", [("relapse", "30%")]),
        ("The overall response rate was 73%.", [("orr", "73%")]),
    ],
)
def test_overall_shares_the_survival_after_it(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "relapse/progression" is one endpoint of a list (registry abstracts)
        (
            "The 2-year cumulative incidences of relapse/progression and nonrelapse mortality were 69% and"
            " 2%, respectively.",
            [("relapse", "69%"), ("adverse_event", "2%")],
        ),
        (
            "Relapse or progression and NRM at 1 year occurred in 40% and 8%, respectively.",
            [("relapse", "40%"), ("adverse_event", "8%")],
        ),
        (
            "The incidence of relapse/disease progression was 35% at 12 months.",
            [("relapse", "35%")],
        ),
    ],
)
def test_relapse_or_progression_is_one_endpoint(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who the cohort were, in brackets after a share or a treatment (abstracts' cohort lines)
        (
            "Most patients (67%) had early relapse of disease (45% primary refractory) and were treated"
            " with axicabtagene ciloleucel (69%).",
            [],
        ),
        ("Of the 120 patients, 62% were male and 30% double-hit.", [("patient_count", "120 patients")]),
        ("The cohort (58% triple-class refractory) received a median of 5 prior lines.", []),
        ("Patients were bridged with radiotherapy (25%) or chemotherapy (50%) before infusion.", []),
        ("Most received bridging therapy (60%), and 35% relapsed within a year.", [("relapse", "35%")]),
        # an outcome by arm stays
        (
            "The CR rate was higher in patients treated with axi-cel (58%) than with tisa-cel (40%).",
            [("cr", "58%"), ("cr", "40%")],
        ),
        ("CRS occurred in patients who received cilta-cel (95%).", [("crs", "95%")]),
    ],
)
def test_who_the_cohort_were_is_no_outcome(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a threshold per QALY named after its sum is what a payer would pay, not a price (HTA
        # recommendations, economic evaluations, news about them)
        ("An 88% price cut is needed for it to be cost-effective at a $50,000 per QALY threshold.", []),
        (
            "It was not cost-effective at a $100,000/QALY willingness-to-pay threshold, with an ICER of"
            " $180,000 per QALY.",
            ["$180,000"],
        ),
        ("The therapy fell below a £30,000 per quality-adjusted life year threshold.", []),
        ("Even at a $150,000 per life-year gained threshold, it would not be cost-effective.", []),
        # an insurer's limit on what it pays stays a cost
        ("The plan pays up to a $500,000 lifetime limit for CAR-T.", ["up to a $500,000"]),
        ("The ICER was $55,000 per QALY gained.", ["$55,000"]),
    ],
)
def test_a_threshold_per_qaly_after_its_sum_is_no_price(text, expected):
    claims = extract_text(text).claims
    assert [c.text for c in claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share "in" a state names it after the figure (regulators' news, abstracts, guides)
        (
            "Of 94 participants, 77% achieved remission, with 55% in complete remission.",
            [("patient_count", "94 participants"), ("orr", "77%"), ("cr", "55%")],
        ),
        ("Overall, 40% were in complete remission at 3 months.", [("cr", "40%")]),
        # (still in it: the rate in response at a time point)
        ("At one year, 35% of the children remained in complete remission.", [("dor", "35%")]),
        # a partial remission is no endpoint of ours, nor a CR with incomplete recovery alone
        ("Overall, 40% were in complete remission and 12% in partial remission.", [("cr", "40%")]),
        ("With 21% in complete remission with incomplete hematologic recovery.", []),
    ],
)
def test_a_share_in_a_state_takes_the_state_after_it(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who the share is of, then its verb in the present tense (press releases, news)
        (
            "One-third of patients treated with cilta-cel remain progression-free at five years.",
            [("pfs", "One-third", "P5Y")],
        ),
        ("Half of the children treated with Kymriah remain in remission.", [("dor", "Half", None)]),
        # ...and its own count in brackets before "of", or its study's
        (
            "33 percent (n=32) of patients remained progression-free for five years or more.",
            [("pfs", "33 percent", "P5Y")],
        ),
        (
            "33 percent (n=32) of patients in the study (n=97) achieved progression-free survival of five"
            " years or more.",
            [("pfs", "33 percent", None), ("patient_count", "97", None)],
        ),
        # how long the counted patients' survival lasted at least is no median; a median stays
        (
            "Patients had a median overall survival of more than 24 months.",
            [("os", "more than 24 months", None)],
        ),
        ("The median duration of response was more than 12 months.", [("dor", "more than 12 months", None)]),
    ],
)
def test_shares_with_their_population_and_threshold(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a confidence interval set off by semicolons (regulators' and news copy of them)
        (
            "Of 65 evaluable patients, 27 patients (42%; 95% CI; 29%–54%) achieved CR within three months.",
            [("patient_count", 65.0, None), ("cr", 42.0, (29.0, 54.0))],
        ),
        ("The CR rate was 42% (95% CI; 29%-54%).", [("cr", 42.0, (29.0, 54.0))]),
        ("The ORR was 81% (95% CI: 71, 89).", [("orr", 81.0, (71.0, 89.0))]),
    ],
)
def test_confidence_intervals_set_off_by_semicolons(text, expected):
    assert [(c.metric, c.value.low, c.ci) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subgroup a sentence opens with is who, not a second endpoint joined by its comma
        ("In patients with CRS, ICANS occurred in 30%.", [("neurotoxicity", "30%")]),
        ("Among those with relapse, OS was 40% at 1 year.", [("os", "40%")]),
        ("For MRD/relapse, CR rate to reinfusion was 50% (5/10).", [("cr", "50% (5/10)")]),
        # endpoints joined by a comma or a slash still share their figures
        ("Median PFS, OS were 10 and 20 months.", [("pfs", "10"), ("os", "20 months")]),
        ("In the trial, PFS/OS were 19.7 months.", [("os", "19.7 months"), ("pfs", "19.7 months")]),
    ],
)
def test_an_opening_subgroup_is_no_endpoint(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # relapse prevention is why a treatment was given, no relapse had
        ("Of 63 reinfusions for relapse prevention, 52% achieved CR.", [("cr", "52%", "%")]),
        (
            "Twelve patients received a transplant to prevent relapse.",
            [("patient_count", "Twelve patients", "count")],
        ),
        ("The 2-year relapse risk was 35%.", [("relapse", "35%", "%")]),
        # "(n = N)" right after an outcome's name counts the patients who had it (abstracts)
        (
            "Toxicity was mild, with the only grade ≥3 cytokine release syndrome (n = 6) or neurotoxicity"
            " (n = 1) seen after reinfusion.",
            [("crs", "6", "count"), ("neurotoxicity", "1", "count")],
        ),
        ("Severe ICANS (n = 3) resolved with steroids.", [("neurotoxicity", "3", "count")]),
        # a cohort's "(n = N)" stays a cohort
        (
            "The ZUMA-1 cohort (n = 101) had an ORR of 82%.",
            [("patient_count", "101", "count"), ("orr", "82%", "%")],
        ),
        (
            "Of the enrolled patients (n = 40), 30 responded.",
            [("patient_count", "40", "count"), ("orr", "30", "%")],
        ),
    ],
)
def test_relapse_prevention_and_counts_after_an_outcome(text, expected):
    assert [(c.metric, c.text, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of the trials a sentence opens with (trial-landscape news, reviews)
        (
            "Of the 1,000 CAR-T trials worldwide, 60% are based in China.",
            [("trial_count", "1,000 CAR-T trials", "count"), ("trial_count", "60%", "%")],
        ),
        (
            "Of all registered CAR-T studies, 45% were conducted in the US.",
            [("trial_count", "45%", "%")],
        ),
        (
            "Of the 300 trials, 40% target CD19.",
            [("trial_count", "300 trials", "count"), ("trial_count", "40%", "%")],
        ),
        # ...and a share of the trials just counted, past a web address
        (
            "More than 1,200 CAR-T trials are registered on ClinicalTrials.gov, 40% of them in China.",
            [("trial_count", "More than 1,200 CAR-T trials", "count"), ("trial_count", "40% of them", "%")],
        ),
        # patients in trials are no trials
        ("In the trials, 80% were in complete remission.", [("cr", "80%", "%")]),
        ("Of patients in these trials, 70% are treated in China.", []),
    ],
)
def test_a_share_of_the_trials_a_sentence_opens_with(text, expected):
    assert [(c.metric, c.text, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # prices named in more currencies (clinic pages and news from Latin America, Vietnam, Turkey,
        # South Africa)
        ("In Vietnam CAR-T costs 10 billion dong.", [(10e9, "VND")]),
        (
            "In Vietnam, the therapy costs about VND 10 billion (US$400,000).",
            [(10e9, "VND"), (400000.0, "USD")],
        ),
        ("Treatment costs 2.5 million lira at private clinics in Istanbul.", [(2.5e6, "TRY")]),
        ("In South Africa, it would cost about 7 million rand.", [(7e6, "ZAR")]),
        ("In Colombia it costs 1,800 million Colombian pesos.", [(1.8e9, "COP")]),
        ("In Chile the therapy costs 400 million Chilean pesos.", [(4e8, "CLP")]),
        ("A private clinic in Buenos Aires quotes 350 million Argentine pesos.", [(3.5e8, "ARS")]),
        # "pesos" alone names no one country's
        ("The treatment costs about 1.5 million pesos.", []),
    ],
)
def test_prices_in_more_currencies(text, expected):
    assert [(c.value.low, c.value.unit) for c in extract_text(text).claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an approval takes the indication its own paragraph names before it (press releases)
        (
            "Zevor-cel is a BCMA CAR T-cell product for R/R MM. As informed by the NMPA, zevor-cel was"
            " approved on February 23, 2024.",
            [("February 23, 2024", "MM")],
        ),
        (
            "Obe-cel is a CD19 CAR T for adults with B-ALL. The FDA approved it in November 2024.",
            [("November 2024", "B-ALL")],
        ),
        # ...not the paragraph before's, nor a sibling list item's (another product's)
        (
            "Multiple myeloma is an incurable disease.\n\nZevor-cel was approved on February 23, 2024.",
            [("February 23, 2024", None)],
        ),
        (
            "Approved products include:\n\n- Eque-cel: anti-BCMA for MM, approved 2023.06.\n\n"
            "- Inaticel: anti-CD19, approved 2023.11.",
            [("2023.06", "MM"), ("2023.11", None)],
        ),
    ],
)
def test_an_approval_takes_its_own_paragraphs_indication(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.indication) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hedge before "a"/"an" and its figure (HTA news, price news, abstracts)
        ("The price would require at least a 37% discount.", [("cost_reduction", "at least a 37%", "ge")]),
        ("Patients saw more than a 40% reduction in price.", [("cost_reduction", "more than a 40%", "gt")]),
        ("More than an 80% response rate was seen.", [("orr", "More than an 80%", "gt")]),
        ("More than a third of patients relapsed.", [("relapse", "More than a third", "gt")]),
        # a saving in words before "less", "lower", "cheaper" (clinic pages, news)
        ("It costs a third less in China.", [("cost_reduction", "a third", "eq")]),
        (
            "It costs nearly a third less in China than in the US.",
            [("cost_reduction", "nearly a third", "approx")],
        ),
        ("The price is two-thirds lower than in the US.", [("cost_reduction", "two-thirds", "eq")]),
        (
            "Treatment in Malaysia is a quarter cheaper than in Singapore.",
            [("cost_reduction", "a quarter", "eq")],
        ),
        # not a price's
        ("It takes a third less time to manufacture.", []),
        ("Patients had a third fewer infections.", []),
    ],
)
def test_hedges_before_an_article_and_savings_in_words(text, expected):
    assert [(c.metric, c.text, c.value.bound) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # patients' guides and FAQs: present-tense "go into" and "get"
        ("For children and young adults with B-ALL, up to 90% go into remission.", [("orr", "up to 90%")]),
        ("Nine in ten children go into remission.", [("orr", "Nine in ten children")]),
        ("About 1 in 3 people get severe CRS.", [("crs", "About 1 in 3")]),
        ("Around 30% of patients get CRS.", [("crs", "Around 30%")]),
        ("20 patients get CRS.", [("crs", "20 patients")]),
        ("9 in 10 people who get CAR-T develop some CRS.", [("crs", "9 in 10")]),
        ("Nine out of ten people who get CAR-T develop some degree of CRS.", [("crs", "Nine out of ten")]),
    ],
)
def test_present_tense_go_into_and_get(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what put the patients into remission, before them (news, patients' stories)
        ("Kymriah put 83% of children into remission.", [("orr", "83%")]),
        ("The treatment put 40 percent of patients into complete remission.", [("cr", "40 percent")]),
        ("It sent 9 of 10 patients into remission.", [("orr", "9 of 10 patients")]),
        ("The drug put 12 patients into remission.", [("orr", "12 patients")]),
        # into something else
        ("They enrolled 12 patients into the trial.", [("patient_count", "12 patients")]),
        ("We put 30% of the budget into research.", []),
    ],
)
def test_put_into_remission(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # remissions that lasted at least so long: the rate still in response (labels, regulators)
        (
            "Of the 104 patients who achieved CR, 65% had remission lasting at least 6 months and 62% had"
            " remission lasting at least 9 months.",
            [("patient_count", "104 patients"), ("dor", "65%"), ("dor", "62%")],
        ),
        ("Responses lasting more than 12 months were seen in 40% of patients.", [("dor", "40%")]),
        ("About 30% of patients achieve remissions that last more than 5 years.", [("dor", "About 30%")]),
        # durable responses as the subject of "were observed in", their definition no claim
        ("Durable responses (≥6 months) were observed in 46% of patients.", [("dor", "46%")]),
        ("Durable remissions were achieved in 30% of patients.", [("dor", "30%")]),
        # the median of how long they lasted
        ("The median response lasted 11 months.", [("dor", "11 months")]),
        ("The median duration of response was more than 12 months.", [("dor", "more than 12 months")]),
    ],
)
def test_remissions_lasting_at_least(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who the share is of, by the treatment they are on (a comparator's figures: guides, news)
        (
            "Fewer than 10% of patients on belimumab reach complete remission in one year.",
            [("cr", "Fewer than 10%")],
        ),
        ("About 40% of patients on chemotherapy responded.", [("orr", "About 40%")]),
        ("Only 20% of patients taking standard drugs achieved a complete response.", [("cr", "20%")]),
    ],
)
def test_a_share_of_the_patients_on_a_treatment(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # when a product was priced or listed is no approval date (Japanese price news; a launch in
        # a market stays one)
        (
            "Japan's MHLW approved Kymriah in March 2019, and the NHI price was set in May 2019.",
            [("March 2019", None)],
        ),
        (
            "Kymriah was approved in March 2019 and listed on the NHI price list in May 2019.",
            [("March 2019", None)],
        ),
        (
            "Kymriah was listed on the NHI in May 2019 after its approval in March 2019.",
            [("March 2019", None)],
        ),
        ("Yescarta was approved and launched in China in June 2021.", [("June 2021", "China")]),
        # the European Commission as "EC", where it grants
        (
            "The EC granted conditional marketing authorisation to Breyanzi on 4 April 2022.",
            [("4 April 2022", "Europe")],
        ),
        ("Breyanzi received EC approval in April 2022.", [("April 2022", "Europe")]),
    ],
)
def test_priced_or_listed_is_no_approval_and_the_ec_is_europe(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.region) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gene therapy's price quoted as a yardstick is no CAR-T price (price news, explainers)
        ("Zolgensma was once the most expensive drug in the world with a price tag of $3 million.", []),
        ("Hemgenix is priced at $3.5 million in the US.", []),
        ("Kymriah costs $475,000, while Zolgensma costs $2.1 million.", [("$475,000", "tisagenlecleucel")]),
        # a CAR-T's stays, and so does a comparator drug's
        ("CAR-T therapies cost $400,000 or more.", [("$400,000 or more", None)]),
        ("Blinatumomab costs about $178,000 per course.", [("about $178,000", None)]),
    ],
)
def test_a_gene_therapys_price_is_no_car_t_price(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a euro, pound or Swiss franc price is Europe's when nothing else names a place (HTA
        # documents, European price news), as a yuan price is China's
        (
            "The list price of tisagenlecleucel is £282,000 per infusion (excluding VAT).",
            [("£282,000", "Europe")],
        ),
        ("The list price is €320,000.", [("€320,000", "Europe")]),
        ("The therapy costs CHF 370,000.", [("CHF 370,000", "Europe")]),
        ("The list price is 1.2 million yuan.", [("1.2 million yuan", "China")]),
        # a dollar names no one country; a place named off the list gives nothing
        ("The list price is $475,000.", [("$475,000", None)]),
        ("In Israel, the therapy costs €100,000.", [("€100,000", None)]),
    ],
)
def test_a_european_currency_prices_europe(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # groups of a parallel list, each labelled after its figures and joined by "and"
        (
            "ORR and CR rates were 82% and 54% in LBCL and 90% and 70% in FL, respectively.",
            ["orr", "cr", "orr", "cr"],
        ),
        (
            "The ORR and CR rates were 82% and 54% in adults and 90% and 70% in children, respectively.",
            ["orr", "cr", "orr", "cr"],
        ),
        (
            "CRS and ICANS occurred in 80% and 30% of patients with LBCL and 60% and 10% with FL,"
            " respectively.",
            ["crs", "neurotoxicity", "crs", "neurotoxicity"],
        ),
        # one group, or groups told apart by semicolons, as before
        ("ORR and CR rates were 82% and 54% in LBCL.", ["orr", "cr"]),
        (
            "PFS and OS at 2 years were 40% and 60%; in the elderly, 30% and 50%, respectively.",
            ["pfs", "os", "pfs", "os"],
        ),
        ("The ORR was 82% in LBCL and 90% in FL.", ["orr", "orr"]),
    ],
)
def test_groups_of_a_parallel_list_joined_by_and(text, expected):
    assert [c.metric for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the earlier figure of a count, its noun left out (landscape news, annual reports)
        (
            "China has 854 CAR-T trials, up from 600 in 2022.",
            [("trial_count", "854 CAR-T trials"), ("trial_count", "600")],
        ),
        (
            "In 2023, 4,000 patients received CAR-T, compared with 1,500 in 2021.",
            [("patient_count", "4,000 patients"), ("patient_count", "1,500")],
        ),
        (
            "Six products are approved, up from two in 2018.",
            [("product_count", "Six products"), ("product_count", "two")],
        ),
        # ...or a part of it, or its counterpart elsewhere
        (
            "There are currently 12 approved CAR-T products globally, including 7 in China.",
            [("product_count", "12 approved CAR-T products"), ("product_count", "7")],
        ),
        (
            "As of 2024, seven CAR-T therapies had been approved by the FDA and six by the NMPA.",
            [("product_count", "seven CAR-T therapies"), ("product_count", "six")],
        ),
        # ...and "the first so many" a fraction counts of
        (
            "Four of the first six patients treated remain in remission.",
            [("dor", "Four of the first six patients")],
        ),
        # a bare number after a share is no count
        ("The ORR was 80%, up from 60 in the first cohort.", [("orr", "80%")]),
    ],
)
def test_the_earlier_figure_of_a_count(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share stated with its count before the patients it counts (abstracts, labels)
        ("CRS occurred in 45 (94%) patients.", [("crs", "45 (94%)")]),
        ("Secondary malignancies were reported in 5 (5.2%) patients.", [("adverse_event", "5 (5.2%)")]),
        (
            "88 (85%) patients in the satri-cel group received study drug.",
            [("patient_count", "88 (85%) patients")],
        ),
        # a share's cohort after it is no count of responders
        ("73% of the first 64 patients responded.", [("orr", "73%"), ("patient_count", "64 patients")]),
        ("Of 64 patients, 47 responded.", [("patient_count", "64 patients"), ("orr", "47")]),
        # the share in brackets after its words
        (
            "Nearly half (48%) of patients experienced grade 3 or higher neutropenia.",
            [("adverse_event", "48%")],
        ),
        ("About a third (34%) of patients relapsed.", [("relapse", "34%")]),
        ("Most (82%) of the patients responded.", [("orr", "82%")]),
    ],
)
def test_shares_stated_with_counts_and_words(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what an insurance policy itself costs is a premium; what it pays out for CAR-T is a cost
        (
            "The Huimin Bao policy costs 69 yuan a year and covers CAR-T up to 1 million yuan.",
            ["up to 1 million yuan"],
        ),
        ("The insurance policy is priced at 99 yuan per person.", []),
        ("The policy covers CAR-T therapy costing 1.2 million yuan.", ["1.2 million yuan"]),
    ],
)
def test_a_policys_own_price_is_a_premium(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # alive and free of relapse is relapse-free survival (an EFS, CLAIMS.md 2)
        ("The likelihood of being alive and relapse-free at one year was 52%.", [("efs", "52%")]),
        ("At two years, 40% of children were alive and leukemia-free.", [("efs", "40%")]),
        # a share in words and its verb, no "of" between (news, guides)
        (
            "Three-quarters of patients responded, and about half had a complete response.",
            [("orr", "Three-quarters"), ("cr", "about half")],
        ),
        ("A third relapsed within a year.", [("relapse", "A third")]),
        # "had" as an auxiliary, or "had to", tells no outcome
        ("Half had received a prior transplant.", []),
        ("Half had to stay in hospital.", []),
    ],
)
def test_alive_and_relapse_free_and_shares_in_words_before_a_verb(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a registry's or database's patients (registry reports, real-world studies)
        ("The registry includes data on 3,500 patients from 90 centres.", ["3,500 patients"]),
        ("The trial includes 3,500 patients.", ["3,500 patients"]),
        ("The database contains records of 1,200 patients.", ["1,200 patients"]),
        # a patient in a story is no cohort
        ("The registry includes one patient who relapsed twice.", []),
    ],
)
def test_a_registrys_patients_are_a_cohort(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grade named after its event, read whole (abstracts, news)
        ("ICANS of grade 3 or higher was observed in 12.5% (4/32).", [("neurotoxicity", "≥3")]),
        ("CRS of grade 3 or worse occurred in 5%.", [("crs", "≥3")]),
        ("Neurotoxicity (grade 1 to 2) occurred in two patients (1.9 percent).", [("neurotoxicity", "1-2")]),
        # how the events spread is no grade of the rate
        ("Centres must manage CRS (95% CRS incidence, mostly grade 1-2).", [("crs", None)]),
    ],
)
def test_a_grade_after_its_event(text, expected):
    assert [(c.metric, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure in brackets after its product, then "than with" another: each arm's own product
        (
            "Severe neurotoxicity was less common with liso-cel (10%) than with axi-cel (31%).",
            [("10%", "lisocabtagene maraleucel"), ("31%", "axicabtagene ciloleucel")],
        ),
        (
            "The CR rate was higher with cilta-cel (73%) versus ide-cel (39%).",
            [("73%", "ciltacabtagene autoleucel"), ("39%", "idecabtagene vicleucel")],
        ),
        (
            "CRS rates were 42% with liso-cel and 93% with axi-cel.",
            [("42%", "lisocabtagene maraleucel"), ("93%", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_a_figure_is_not_bound_across_than(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clinic page's lowest price: "priced from" (a change's "down from" stays eq)
        ("The treatment is priced from $45,000.", [("priced from $45,000", "ge")]),
        (
            "Local production reduced treatment costs from SR 1.3 million to around SR 250,000.",
            [("SR 1.3 million", "eq"), ("around SR 250,000", "approx")],
        ),
        ("The price fell to $300,000, down from $475,000.", [("$300,000", "eq"), ("$475,000", "eq")]),
        ("It costs from $45,000 to $60,000.", [("$45,000 to $60,000", "range")]),
        # a clinic's satisfaction figure is no cohort
        ("9 out of 10 patients recommend us.", []),
        ("12 out of 20 patients were treated in China.", [("12 out of 20 patients", "eq")]),
    ],
)
def test_a_lowest_price_and_a_satisfaction_figure(text, expected):
    assert [(c.text, c.value.bound) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # rates compared across age groups keep their endpoint (subgroup analyses)
        ("Response rates were similar across age groups (78% vs 80%).", [("orr", "78%"), ("orr", "80%")]),
        ("CR rates did not differ by age (55% vs 58%).", [("cr", "55%"), ("cr", "58%")]),
        # an age is still no rate
        ("The median age was 62 years (range, 18 to 83), and 27% were 70 years or older.", []),
    ],
)
def test_rates_compared_across_age_groups(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure compared with one given for responders keeps the subject, not the responders'
        # endpoint (abstracts, trial news, review articles)
        (
            "The 2-year overall survival was 61% for patients in CR at day 90 and 14% for those"
            " who were not.",
            [("os", "61%", "P2Y"), ("os", "14%", "P2Y")],
        ),
        (
            "Two-year PFS was 71% among patients who achieved a complete response, compared with"
            " 12% for those who did not.",
            [("pfs", "71%", "P2Y"), ("pfs", "12%", "P2Y")],
        ),
        (
            "The 12-month OS rate was 80% for patients with CR versus 35% for patients with nonresponse.",
            [("os", "80%", "P12M"), ("os", "35%", "P12M")],
        ),
        (
            "Event-free survival at 18 months was 65% in patients with CR vs. 10% in patients with PR.",
            [("efs", "65%", "P18M"), ("efs", "10%", "P18M")],
        ),
        (
            "One-year survival was 58% in MRD-negative patients and 20% in those who remained MRD-positive.",
            [("os", "58%", "P1Y"), ("os", "20%", "P1Y")],
        ),
        (
            "The CR rate was 50% among MRD-negative patients and 20% among MRD-positive patients.",
            [("cr", "50%", None), ("cr", "20%", None)],
        ),
        # guards: a second figure with its own endpoint keeps it
        (
            "OS was 60% in patients in CR, and 45% of patients achieved MRD negativity.",
            [("os", "60%", None), ("mrd_negative", "45%", None)],
        ),
        (
            "The ORR was 80% among patients with prior transplant and the CR rate was 40%.",
            [("orr", "80%", None), ("cr", "40%", None)],
        ),
    ],
)
def test_a_figure_compared_across_responders_keeps_its_subject(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count whose noun the sentence said before, then the product's INN (abstracts, registries)
        (
            "Nine patients received axicabtagene ciloleucel, and 24 received tisagenlecleucel.",
            [("Nine patients", "axicabtagene ciloleucel"), ("24", "tisagenlecleucel")],
        ),
        (
            "Overall, 17,578 patients had received axi-cel and 3,336 had received brexucabtagene autoleucel.",
            [("17,578 patients", "axicabtagene ciloleucel"), ("3,336", "brexucabtagene autoleucel")],
        ),
        (
            "The study enrolled 60 participants; 41 received obecabtagene autoleucel.",
            [("60 participants", "obecabtagene autoleucel"), ("41", "obecabtagene autoleucel")],
        ),
        # a dose is no cohort
        ("Patients received 2 x 10^6 cells/kg of tisagenlecleucel.", []),
    ],
)
def test_an_elided_cohort_before_a_product_inn(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trial named as a yardstick of who was treated lends no product (real-world abstracts)
        (
            "Title: Real-world CAR-T outcomes\n\nWe report 356 patients who received axi-cel or"
            " tisa-cel. The tisa-cel group held more patients with ineligibility for ZUMA-1 and"
            " the axi-cel group more with bulky disease. The 12-month OS was 52%.",
            [("356 patients", None), ("52%", None)],
        ),
        (
            "Title: Outcomes outside trials\n\nPatients received axi-cel or tisa-cel; 60% would not"
            " have met ZUMA-1 eligibility criteria. The 1-year PFS was 41%.",
            [("41%", None)],
        ),
        (
            "Title: Outcomes outside trials\n\nOf 122 patients given axi-cel or tisa-cel, many were"
            " ZUMA-1-ineligible. The CR rate was 64%.",
            [("122 patients", None), ("64%", None)],
        ),
        # a trial the figure is credited to still gives its product
        ("Title: Pivotal data\n\nIn ZUMA-1, the ORR was 82%.", [("82%", "axicabtagene ciloleucel")]),
    ],
)
def test_a_trial_named_as_a_criterion_lends_no_product(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a confirmed or best ORR by its acronym (company releases, investor news)
        ("The Phase 1b patients showed 80% cORR (4/5), with all responses ongoing.", [("orr", "80%")]),
        ("A cORR of 54% was reported at the recommended dose.", [("orr", "54%")]),
        ("The bORR was 71% in the dose-expansion cohort.", [("orr", "71%")]),
        # a word that merely holds the letters is none
        ("The CORRECT study enrolled 40 patients.", [("patient_count", "40 patients")]),
    ],
)
def test_a_confirmed_or_best_orr_acronym(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price as a share of "that" charged elsewhere: a saving by a factor (news, hospital pages)
        ("Local manufacturing could bring the price down to 10% of that charged abroad.", [("10%", 10.0)]),
        ("Patients pay roughly 15% of that paid overseas for the same treatment.", [("roughly 15%", 6.7)]),
        ("The hospital-made product costs about 20% of that in the US.", [("about 20%", 5.0)]),
        # people, and a share of an amount, are no saving
        ("About 60% of those in the US were treated at academic centres.", []),
        ("Insurance covers 80% of that amount.", []),
    ],
)
def test_a_price_as_a_share_of_that_charged_elsewhere(text, expected):
    claims = [(c.text, c.value.low) for c in extract_text(text).claims if c.metric == "cost_reduction"]
    assert claims == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trial's part named for its doses is no dose (abstracts, company releases)
        ("The ORR was 71% in the dose-expansion cohort.", [("orr", "71%")]),
        ("The CR rate reached 45% in the dose escalation part of the study.", [("cr", "45%")]),
        ("Responses were seen in 60% of patients across dose levels.", [("orr", "60%")]),
        # a dose still is
        ("Patients received a 50% dose reduction of fludarabine.", []),
        ("About 30% of patients needed a second dose.", []),
    ],
)
def test_a_cohort_named_for_its_doses_is_no_dose(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a payment raised to a sum is what the payer pays (US payment news), not funds raised
        (
            "CMS will increase the add-on payment in 2020, which will raise reimbursements for CAR-T to"
            " $242,450.",
            [("cost", "$242,450")],
        ),
        ("This will raise the payment for CAR-T to $242,450.", [("cost", "$242,450")]),
        ("The payment for CAR-T will be raised to $242,450.", [("cost", "$242,450")]),
        # funds raised stay none
        ("The company raised $50 million in a Series B round to fund its CAR-T trials.", []),
        ("The startup raised $120 million to expand payment programs.", []),
    ],
)
def test_a_payment_raised_to_a_sum(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # patients counted out of a cohort who get a refund or a subsidy are people, not a share
        # of a price (outcomes-based payment news, an insurer's data, a province's scheme)
        (
            "Among 130 lymphoma patients who had been treated with Kymriah for more than six months, 99"
            " were classified as eligible for reimbursement.",
            [("patient_count", "130 lymphoma patients")],
        ),
        (
            "Among 52 patients, 31 had a refund under the outcomes-based contract.",
            [("patient_count", "52 patients")],
        ),
        # a share of the price given back stays a saving
        ("The insurer reimbursed 70% of the cost of CAR-T.", [("cost_reduction", "70%")]),
        # and a count of patients with an outcome stays that outcome's
        ("Of 40 patients treated, 12 relapsed.", [("patient_count", "40 patients"), ("relapse", "12")]),
    ],
)
def test_patients_counted_for_a_refund_are_no_saving(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date that is the end of a wait, a season or half of a year ahead of it, is no approval
        (
            "It took until the fall of 2020, three years after FDA approval, for Medicare to pay an"
            " adequate amount for Kymriah.",
            [],
        ),
        ("By the end of 2024, Carvykti had been approved by the FDA for earlier lines.", []),
        # an approval in a season or a half keeps its date
        ("Yescarta was approved by the FDA in the fall of 2017.", [("approval", "2017")]),
        ("Breyanzi won FDA approval in the second half of 2021.", [("approval", "2021")]),
    ],
)
def test_a_date_after_until_the_season_of(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cohort stated with its share of those who set out: the count is the claim (abstracts)
        ("Forty-one elderly patients (87%) received CAR-T cell infusion.", [("patient_count", 41.0)]),
        ("In all, 52 patients (90%) were infused with axi-cel.", [("patient_count", 52.0)]),
        ("Of the 60 enrolled, 54 patients (90%) were treated with liso-cel.", [("patient_count", 54.0)]),
        # the same shape with an outcome is that outcome's rate
        ("Forty-one patients (87%) achieved a complete response.", [("cr", 87.0)]),
        ("Thirty-one patients (97%) had CRS.", [("crs", 97.0)]),
    ],
)
def test_a_cohort_stated_with_its_share(text, expected):
    claims = extract_text(text).claims
    assert [
        (c.metric, c.value.low) for c in claims if c.metric != "patient_count" or c.value.low != 60
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "event-free and overall survival": the first adjective shares the survival after it
        (
            "Event-free and overall survival at 2 years were 50% and 66%.",
            [("efs", "50%", "P2Y"), ("os", "66%", "P2Y")],
        ),
        (
            "Relapse-free and overall survival at 3 years were 45% and 60%.",
            [("efs", "45%", "P3Y"), ("os", "60%", "P3Y")],
        ),
        # time points each said with their unit pair up with the figures
        (
            "The 1-year and 2-year OS were 80% and 70%, respectively.",
            [("os", "80%", "P1Y"), ("os", "70%", "P2Y")],
        ),
        (
            "The 6-month, 12-month and 24-month EFS rates were 70%, 55% and 40%, respectively.",
            [("efs", "70%", "P6M"), ("efs", "55%", "P12M"), ("efs", "40%", "P24M")],
        ),
        # each endpoint with its own time point stays so
        (
            "The 1-year OS and 2-year PFS were 80% and 50%, respectively.",
            [("os", "80%", "P1Y"), ("pfs", "50%", "P2Y")],
        ),
    ],
)
def test_shared_survival_and_time_points_with_units(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two groups compared for each endpoint in turn (real-world and subgroup abstracts)
        (
            "12-month PFS and OS were comparable between groups (35.2% in <70 years vs. 35.9% in"
            " ≥70 years (P = .938) and 51.1% and 52.1% (P = .9)).",
            [("pfs", "35.2%"), ("pfs", "35.9%"), ("os", "51.1%"), ("os", "52.1%")],
        ),
        (
            "ORR and CR rates were 82% vs 75% and 54% vs 40% in the two cohorts.",
            [("orr", "82%"), ("orr", "75%"), ("cr", "54%"), ("cr", "40%")],
        ),
        (
            "The CRS and ICANS rates were 90% versus 60%; 30% versus 15% in the two arms.",
            [("crs", "90%"), ("crs", "60%"), ("neurotoxicity", "30%"), ("neurotoxicity", "15%")],
        ),
        # or group by group
        (
            "PFS and OS were 45% and 62% vs 30% and 50% in the two cohorts.",
            [("pfs", "45%"), ("os", "62%"), ("pfs", "30%"), ("os", "50%")],
        ),
        # one figure named by two endpoints, and a plain parallel list, stay as they were
        ("ORR and CR were 80% and 60%, respectively.", [("orr", "80%"), ("cr", "60%")]),
    ],
)
def test_two_groups_compared_endpoint_by_endpoint(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # each endpoint's figures at each of the time points, endpoint by endpoint (abstracts)
        (
            "With a median follow-up of 7 months, 6- and 12-months progression-free and overall"
            " survival in elderly patients were 39% and 32%, and 74% and 69%, respectively.",
            [("pfs", "39%", "P6M"), ("pfs", "32%", "P12M"), ("os", "74%", "P6M"), ("os", "69%", "P12M")],
        ),
        (
            "The 1- and 2-year PFS and OS were 60% and 50%; 80% and 70%.",
            [("pfs", "60%", "P1Y"), ("pfs", "50%", "P2Y"), ("os", "80%", "P1Y"), ("os", "70%", "P2Y")],
        ),
        # one endpoint at two time points, two endpoints at one: as before
        (
            "The 1- and 2-year OS rates were 80% and 70%, respectively.",
            [("os", "80%", "P1Y"), ("os", "70%", "P2Y")],
        ),
        ("12-month PFS and OS were 35% and 51%.", [("pfs", "35%", "P12M"), ("os", "51%", "P12M")]),
    ],
)
def test_endpoints_at_each_time_point(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ICU stay written out or as a transfer (abstracts, hospital pages)
        ("Patients had lower rates of intensive care unit admission (6% vs 50%; P = .01).", ["6%", "50%"]),
        ("Intensive care unit transfer occurred in 8% of patients.", ["8%"]),
        ("ICU transfers were needed in 15% of patients.", ["15%"]),
        ("ICU admission was required in 10% of patients.", ["10%"]),
    ],
)
def test_an_icu_stay_written_out(text, expected):
    claims = extract_text(text).claims
    assert [c.text for c in claims] == expected
    assert {c.event for c in claims} == {"ICU admission"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of the trials a sentence opens with, in words with no "of", or "are in" a place
        (
            "Of all CAR-T cell trials registered since 2001, more than half are being conducted in China.",
            [("more than half", 50.0, "gt")],
        ),
        (
            "Of the 900 trials registered worldwide, about a third are based in the US.",
            [("900 trials", 900.0, "eq"), ("about a third", 33.3, "approx")],
        ),
        (
            "Of the 854 CAR-T trials, 60% are in China.",
            [("854 CAR-T trials", 854.0, "eq"), ("60%", 60.0, "eq")],
        ),
        # patients are no trials
        ("More than half were conducted in patients with lymphoma.", []),
        ("Of the patients, half were treated in China.", []),
    ],
)
def test_a_share_of_the_opening_trials_in_words(text, expected):
    claims = extract_text(text).claims
    assert [
        (c.text, c.value.low if c.value.low is not None else c.value.high, c.value.bound) for c in claims
    ] == expected
    assert {c.metric for c in claims} <= {"trial_count"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comparator arm's size, named by the treatment it was given, takes no product
        (
            "Of the 104 patients in the satri-cel arm, 27% had received three lines, compared with 19%"
            " of the 52 patients instead given physician's choice of treatment.",
            [("104 patients", "satricabtagene autoleucel"), ("52 patients", None)],
        ),
        (
            "In ZUMA-7, 180 patients were randomised to axi-cel and 179 patients randomized to"
            " standard care.",
            [("180 patients", "axicabtagene ciloleucel"), ("179 patients", None)],
        ),
        (
            "The trial randomised 180 patients to axi-cel and 179 patients assigned to standard of care.",
            [("180 patients", "axicabtagene ciloleucel"), ("179 patients", None)],
        ),
    ],
)
def test_a_comparator_arms_size_named_by_its_treatment(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group's statistic after "N patients had" makes N the cohort, not a count of the endpoint
        (
            "A total of 52 patients had a median PFS of 2 months.",
            [("patient_count", "52 patients"), ("pfs", "2 months")],
        ),
        ("Twenty patients had a 12-month OS of 60%.", [("patient_count", "Twenty patients"), ("os", "60%")]),
        # an event after "had" is still counted
        ("Four patients had grade 3 CRS.", [("crs", "Four patients")]),
        ("Twelve patients achieved a complete response.", [("cr", "Twelve patients")]),
    ],
)
def test_a_groups_statistic_is_no_count_of_its_endpoint(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an event counted as cases or episodes of it (news, company releases, abstracts)
        (
            "However, there were three cases of low-grade neurotoxicities in the study.",
            [("neurotoxicity", "three cases", None)],
        ),
        ("There were two cases of grade 3 CRS.", [("crs", "two cases", "3")]),
        ("Three cases of ICANS occurred.", [("neurotoxicity", "Three cases", None)]),
        ("Two episodes of grade 3 CRS were observed.", [("crs", "Two episodes", "3")]),
        # a disease's new cases are no events of the treatment
        ("About 3,000 new cases of lymphoma are diagnosed each year.", []),
    ],
)
def test_an_event_counted_as_cases_of_it(text, expected):
    assert [(c.metric, c.text, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price in millions as Brazilian and Spanish news write it is millions, not units
        (
            "A terapia CAR-T tem um custo de cerca de R$ 4 milhões por paciente.",
            [("cost", 4e6, "BRL")],
        ),
        ("El precio de Kymriah es de 1,2 millones de euros.", [("cost", 1.2e6, "EUR")]),
    ],
)
def test_a_price_in_romance_millions(text, expected):
    assert [(c.metric, c.value.low, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # long-term remission told in an abstract and in the trade press that followed it
        (
            "One third (32/97) of patients remain alive and progression-free for ≥5 years after a single"
            " cilta-cel infusion.",
            [("pfs", "One third (32/97)", 33.0, "P5Y")],
        ),
        (
            "Approximately one-third (33%; n = 32) of patients maintained progression-free status for at"
            " least 5 years.",
            [("pfs", "33%", 33.0, "P5Y")],
        ),
        (
            "In CARTITUDE-1, 32 of 37 patients were alive and progression-free for at least 5 years.",
            [("pfs", "32 of 37 patients", 86.5, "P5Y")],
        ),
        (
            "Twelve patients underwent MRD assessments, and all (100%) were MRD-negative at year 5.",
            [("patient_count", "Twelve patients", 12.0, None), ("mrd_negative", "100%", 100.0, "P5Y")],
        ),
        # a word fraction with no bracket keeps its own value
        (
            "About a third of patients remain alive and progression-free for 5 years.",
            [("pfs", "About a third", 33.3, "P5Y")],
        ),
        # the share and its count in one bracket, then a verb that names the outcome
        ("Nearly half (48%; n = 30) of patients responded.", [("orr", "48%", 48.0, None)]),
        ("Two-thirds (67%, n = 40) of children relapsed.", [("relapse", "67%", 67.0, None)]),
    ],
)
def test_long_term_remission_in_abstracts_and_trade_press(text, expected):
    assert [(c.metric, c.text, c.value.low, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place inside a count's own words is where it is about ("six FDA-approved therapies")...
        (
            "Title: Cell therapy in Asia\n\nChina leads in trials. There are six FDA-approved CAR-T"
            " therapies.",
            [("six FDA-approved CAR-T therapies", "US")],
        ),
        (
            "Title: CAR-T in China\n\nMany centres now treat patients. Two Food and Drug Administration"
            " approved CAR-T products exist.",
            [("Two Food and Drug Administration approved CAR-T products", "US")],
        ),
        # ...but a currency's own name is no place
        ("Title: CAR-T in China\n\nThe price is US $175,380 per infusion.", [("US $175,380", "China")]),
    ],
)
def test_a_place_inside_a_claims_words(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "worldwide" in a claim's own clause beats a place of the sentence's other clause
        (
            "The FDA has approved six products, and more than 1,000 clinical trials are ongoing worldwide.",
            [("more than 1,000 clinical trials", "global")],
        ),
        (
            "Globally, 600 CAR-T trials are registered, and the FDA has approved six CAR-T products.",
            [("600 CAR-T trials", "global"), ("six CAR-T products", "US")],
        ),
        # a place in the claim's own clause still beats "worldwide" elsewhere
        (
            "Worldwide interest is growing, and 300 CAR-T trials are registered in China.",
            [("300 CAR-T trials", "China")],
        ),
    ],
)
def test_worldwide_in_the_claims_own_clause(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


BY_THE_NUMBERS = (
    "CAR-T by the numbers\n\n"
    "• 81% — overall remission rate in children and young adults with ALL (ELIANA)\n"
    "• $475,000 — list price of Kymriah in the US\n"
    "• 7 — CAR-T therapies approved by the FDA\n"
    "• 1,000+ — CAR-T trials registered worldwide\n"
    "• 13% — patients with grade 3 or higher CRS in ZUMA-1\n"
    "• 2017 — year the first CAR-T was approved by the FDA\n"
)


def test_a_by_the_numbers_list():
    """Each line opens with its figure, then a dash and what it is; no line lends its product,
    indication or patients to the next (a fact sheet, an infographic's text, a clinic's page)."""
    got = [
        (c.metric, c.text, c.product, c.indication, c.population) for c in extract_text(BY_THE_NUMBERS).claims
    ]
    assert got == [
        ("orr", "81%", "tisagenlecleucel", "B-ALL", "pediatric"),
        ("cost", "$475,000", "tisagenlecleucel", None, None),
        ("product_count", "7 — CAR-T therapies", None, None, None),
        ("trial_count", "1,000+ — CAR-T trials", None, None, None),
        ("crs", "13%", "axicabtagene ciloleucel", None, None),
        ("approval", "2017", None, None, None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price said to be a product's, after it (sentences, not only lists)
        (
            "Title: Prices\n\nThe most expensive is $475,000, the list price of Kymriah in the US.",
            [("$475,000", "tisagenlecleucel")],
        ),
        (
            "Title: Prices\n\nAt $373,000 is the wholesale acquisition cost of Yescarta.",
            [("$373,000", "axicabtagene ciloleucel")],
        ),
    ],
)
def test_a_price_of_a_product_named_after_it(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


def test_a_digests_items_that_continue_one_story_still_lend():
    """Items that do not open with their figure read as one story: the second keeps the first's
    place and disease (as the real gold reads a news digest)."""
    text = (
        "Title: Digest\n\n- CAR-T offers hope for blood cancer patients in China at over 1 million yuan.\n"
        "- Only 3,600 patients received commercial CAR-T in 2025."
    )
    got = [(c.text, c.region, c.indication) for c in extract_text(text).claims]
    assert got == [
        ("over 1 million yuan", "China", "hematologic malignancies"),
        ("3,600 patients", "China", "hematologic malignancies"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of two groups joined by "and" (fact-checks, patient guides)
        (
            "In the pivotal ELIANA trial, 81% of children and young adults with relapsed ALL achieved"
            " remission within three months.",
            [("orr", "81%", "tisagenlecleucel")],
        ),
        ("60% of adults and children with lymphoma responded.", [("orr", "60%", None)]),
        # a figure of "the pivotal trials" takes no product from a trial named before
        (
            "In the ELIANA trial, 81% of children achieved remission. For adults with lymphoma, complete"
            " response rates ranged from 40% to 58% in the pivotal trials.",
            [("orr", "81%", "tisagenlecleucel"), ("cr", "40% to 58%", None)],
        ),
    ],
)
def test_a_share_of_joined_groups_and_the_pivotal_trials(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a citation's number glued to a full stop ends the sentence (journal letters and reviews
        # copied without their superscripts): the claim quotes its own sentence, and the next one
        # lends it nothing
        (
            "To date, the FDA has approved 6 CAR T products.2 Axi-cel was the first for lymphoma.",
            [("6 CAR T products", "To date, the FDA has approved 6 CAR T products.2")],
        ),
        (
            "CRS occurred in 58% of patients.3,4 Neurotoxicity was rarer in the later cohorts.",
            [("58%", "CRS occurred in 58% of patients.3,4")],
        ),
        (
            "The risk was discussed at the meeting (ASH).5 More than 449 patients were treated with axi-cel.",
            [("More than 449 patients", "More than 449 patients were treated with axi-cel.")],
        ),
        # a number after "No." or a decimal ends nothing
        (
            "Patients at the No.1 Hospital had a CR rate of 90%.",
            [("90%", "Patients at the No.1 Hospital had a CR rate of 90%.")],
        ),
    ],
)
def test_a_citation_glued_to_a_full_stop_ends_the_sentence(text, expected):
    assert [(c.text, c.sentence) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what rules a count out (a diagnosis, deaths, a disease that affects people) is read in
        # the count's own clause, not in another clause of its sentence (letters, trial news)
        (
            "About 300 patients have been treated with CAR T, and one lymphoma was diagnosed 5 months later.",
            [("patient_count", "About 300 patients")],
        ),
        (
            "The trial enrolled 97 patients; two deaths were attributed to CRS.",
            [("patient_count", "97 patients"), ("adverse_event", "two")],
        ),
        # in its own clause it still does
        ("Each year about 4,000 patients are diagnosed with ALL in the US.", []),
        ("Lymphoma affects 80,000 patients a year.", []),
    ],
)
def test_a_count_is_ruled_out_by_its_own_clause(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a randomised cohort split into its arms, each arm's size without its noun (trial news,
        # an investigator's interview, an abstract): cohorts, the comparator arm's with no product
        (
            "There were 419 patients randomized, 208 to cilta-cel and 211 to standard of care.",
            [
                ("419 patients", "ciltacabtagene autoleucel"),
                ("208", "ciltacabtagene autoleucel"),
                ("211", None),
            ],
        ),
        (
            "Of 419 patients randomized, 208 were assigned to Carvykti and 211 to standard care.",
            [
                ("419 patients", "ciltacabtagene autoleucel"),
                ("208", "ciltacabtagene autoleucel"),
                ("211", None),
            ],
        ),
        (
            "A total of 359 patients underwent randomization: 180 to axi-cel and 179 to standard care.",
            [
                ("359 patients", "axicabtagene ciloleucel"),
                ("180", "axicabtagene ciloleucel"),
                ("179", None),
            ],
        ),
        (
            "We enrolled 156 patients, 104 in the satri-cel arm and 52 in the TPC arm.",
            [
                ("156 patients", "satricabtagene autoleucel"),
                ("104", "satricabtagene autoleucel"),
                ("52", None),
            ],
        ),
        # the arm by its short name alone (an investigator's interview)
        (
            "There were 419 patients randomized, 282 cilta-cel and 211 to standard of care.",
            [
                ("419 patients", "ciltacabtagene autoleucel"),
                ("282", "ciltacabtagene autoleucel"),
                ("211", None),
            ],
        ),
        ("Patients were randomized; 5 cilta-cel infusions failed.", []),
        # an age range is no cohort
        ("Patients aged 18 to 65 were randomized to axi-cel or standard care.", []),
        ("Adults aged 18-70 were enrolled.", []),
    ],
)
def test_a_randomised_cohort_split_into_its_arms(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a median that "stood at" or "came in at" a duration is that median, not a time point
        # (news summaries, earnings-call notes, a regulator's digest)
        ("Median overall survival stood at 21.1 months.", [("os", "21.1 months", None)]),
        (
            "Median PFS came in at 11.5 months, versus 3.2 months with chemotherapy.",
            [("pfs", "11.5 months", None), ("pfs", "3.2 months", None)],
        ),
        ("The median duration of response was at 20.2 months.", [("dor", "20.2 months", None)]),
        # a rate at a time point keeps its time point
        ("The OS was 60% at 24 months.", [("os", "60%", "P24M")]),
        (
            "The median OS was 30 months, and the PFS rate at 12 months was 40%.",
            [("os", "30 months", None), ("pfs", "40%", "P12M")],
        ),
    ],
)
def test_a_median_that_stood_at_a_duration(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a press release's or a page's dateline dates the article, not an approval (CLAIMS.md 1)
        (
            "NEW YORK, June 5, 2023 /PRNewswire/ -- Kite announced that the FDA approved Yescarta for LBCL.",
            [],
        ),
        (
            "SANTA MONICA, Calif., April 1, 2022 -- Kite announced today that the FDA has approved Yescarta.",
            [],
        ),
        (
            "SHANGHAI, China, Feb. 26, 2024 /PRNewswire/ -- CARsgen said the NMPA approved zevor-cel.",
            [],
        ),
        ("Posted on March 3, 2024 | The FDA approved Breyanzi for CLL.", []),
        ("(Shanghai, China on May 25, 2022) Fosun said Yescarta was approved in China.", []),
        # a timeline's entry and a date in the text stay approvals
        ("August 30, 2017: FDA approval of Kymriah", [("approval", "August 30, 2017")]),
        ("Kymriah, August 30, 2017: approved by the FDA.", [("approval", "August 30, 2017")]),
        (
            "The FDA approved Kymriah on August 30, 2017 — the first CAR-T ever.",
            [("approval", "August 30, 2017")],
        ),
    ],
)
def test_a_dateline_is_no_approval(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the outcome of what patients get now is a comparator's (a press release's subhead, a
        # patient page, an HTA summary): no product
        (
            "Kymriah is approved for ALL. Fifty percent of adult patients will relapse on currently "
            "available treatments.",
            [("relapse", "Fifty percent", None)],
        ),
        (
            "Kymriah is approved for ALL. Only 30% of patients respond to existing therapies.",
            [("orr", "30%", None)],
        ),
        (
            "Yescarta treats lymphoma. With conventional regimens, 20% of patients are alive at two years.",
            [("os", "20%", None)],
        ),
        # what patients had failed before says who they are; the figure is the product's
        (
            "Kymriah is approved for ALL. In the trial, 81% of patients who had failed conventional "
            "treatments responded.",
            [("orr", "81%", "tisagenlecleucel")],
        ),
        (
            "With Kymriah, 81% of patients who were refractory to chemotherapy achieved a response.",
            [("orr", "81%", "tisagenlecleucel")],
        ),
    ],
)
def test_the_outcome_of_current_treatments_is_a_comparators(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date that opens the sentence dates its verb, however long the subject (a journal's
        # commentary, a hospital's news, a regulator's digest)
        (
            "In February 2021, the medicinal product ARI-0001 (an anti-CD19 CAR against CD19+ B-cell "
            "malignancies) received authorisation from the Spanish Agency of Medicines.",
            [("approval", "February 2021")],
        ),
        (
            "On 30 August 2017, tisagenlecleucel (Kymriah, a gene therapy made from a patient's own T cells "
            "and tested at many centres in several countries) was approved by the FDA.",
            [("approval", "30 August 2017")],
        ),
        # not across a second comma of the main clause
        (
            "In 2017, the first CAR-T, developed over two decades of academic research at the University "
            "of Pennsylvania with support from many donors, was approved by the FDA.",
            [],
        ),
        # the approved ones among those named are a count of products; "one of the six" counts six
        (
            "The hospital developed several CAR-Ts. Two of these therapies are already approved by the "
            "Spanish Agency for Medicines.",
            [("product_count", "Two of these therapies")],
        ),
        (
            "Clinic Barcelona developed several CAR-Ts. Three of the CAR-Ts have been authorised in Spain.",
            [("product_count", "Three of the CAR-Ts")],
        ),
        (
            "One of the six approved CAR-T therapies is made in China.",
            [("product_count", "six approved CAR-T therapies")],
        ),
        ("Two of these patients were approved for treatment.", []),
        # the number of patients treated, told as what it is reaching
        (
            "An increasing number of patients are being treated each year, reaching more than 100 annually.",
            [("patient_count", "more than 100")],
        ),
    ],
)
def test_a_fronted_date_and_counts_among_those_named(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted date dates the verb across a subject's name or short description set off by
        # commas (a consultancy's brief, a review's history, a press release)
        (
            "In 2017, autologous chimeric antigen receptor (CAR) T-cell therapy, tisagenlecleucel "
            "(Kymriah, Novartis), became the first gene therapy approved in the United States for leukemia "
            "in children.",
            [("approval", "2017", "2017")],
        ),
        (
            "In June 2021, Fosun Kite's Yikaida, the country's first CAR-T product of all, was approved "
            "by the national regulator after a long review.",
            [("approval", "June 2021", "2021-06")],
        ),
        (
            "On 26 March 2021, the first cell-based gene therapy for multiple myeloma, idecabtagene "
            "vicleucel, received marketing authorization from the FDA.",
            [("approval", "26 March 2021", "2021-03-26")],
        ),
        # not across a clause set off by commas, nor to an approval told as later or possible
        (
            "In 2012, Emily, who was six and had relapsed twice, became the first child in the world to "
            "receive the cells that Kymriah is made of, approved by the FDA.",
            [],
        ),
        (
            "In 2012, Emily Whitehead, a six-year-old, became the first child treated with the therapy later "
            "approved as Kymriah.",
            [],
        ),
        (
            "In 2012, a girl was treated with CTL019 at a children's hospital; Kymriah was approved five "
            "years on.",
            [],
        ),
        (
            "In 2015, the trial of Kymriah in 30 children showed that it could be approved.",
            [("patient_count", "30 children", None)],
        ),
        ("In 2019, Kymriah was later approved in Japan.", [("approval", "2019", "2019")]),
        (
            "In 2017, Kymriah became the first CAR-T therapy to be approved by the FDA.",
            [("approval", "2017", "2017")],
        ),
    ],
)
def test_a_fronted_date_across_an_apposition_and_not_to_a_later_approval(text, expected):
    claims = extract_text(text).claims
    assert [(c.metric, c.text, getattr(c.value, "date", None)) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a press release's subheads run together after " -- " are sentences of their own: one
        # subhead's product or comparator lends nothing to the next
        (
            "65% of Patients Achieved Overall Complete Remission with Tecartus -- High Unmet Need: Fifty "
            "Percent of Adult Patients Will Relapse on Currently Available Treatments -- Approval Marks "
            "Kite's Fourth Indication for its Cell Therapies",
            [("65%", "brexucabtagene autoleucel"), ("Fifty Percent", None)],
        ),
        (
            "Kymriah Costs $475,000 Per Infusion -- Six CAR-T Therapies Are Now Approved by the FDA -- "
            "Novartis Expands Access",
            [("$475,000", "tisagenlecleucel"), ("Six CAR-T Therapies", None)],
        ),
        # an aside between dashes goes on in lower case: one sentence
        (
            "Kymriah -- the first CAR-T approved -- achieved remission in 81% of children.",
            [("81%", "tisagenlecleucel")],
        ),
    ],
)
def test_run_together_subheads_are_sentences(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # responses counted as events (a biotech's update, an abstract, trial news): a count of the
        # response, or its share of a cohort counted before it
        (
            "The ORR was 75%, with six complete responses (CR) and three partial responses among 12 "
            "patients.",
            [("orr", "75%", 75.0), ("cr", "six", 6.0), ("patient_count", "12 patients", 12.0)],
        ),
        ("The trial recorded 5 CRs and 3 partial responses.", [("cr", "5", 5.0)]),
        (
            "Of 20 patients treated, 12 complete remissions were achieved.",
            [("patient_count", "20 patients", 20.0), ("cr", "12", 60.0)],
        ),
        (
            "Five more patients were dosed, resulting in two new complete responses.",
            [("patient_count", "Five more patients", 5.0), ("cr", "two", 40.0)],
        ),
        # partial responses are no endpoint of ours
        ("The trial recorded three partial responses.", []),
    ],
)
def test_responses_counted_as_events(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who the patients are, in a relative clause of up to six words (a company's name with its
        # apostrophe too), then the outcome's verb (autoimmune trial news, a dose-finding abstract)
        (
            "One lupus patient who received a lower dose of Kyverna's therapy relapsed.",
            [("relapse", "One lupus patient", 1.0)],
        ),
        (
            "Two patients who received the highest dose of Acme's product died.",
            [("os", "Two patients", 2.0)],
        ),
        ("One patient who received the therapy relapsed.", [("relapse", "One patient", 1.0)]),
    ],
)
def test_an_outcome_after_a_longer_relative_clause(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "more than half (77%)" is a hedged word fraction and its figure, not a comparison (an
        # insurer's policy, a review, trial news)
        (
            "Kymriah was tested in one trial. Cytokine release syndrome was observed in more than half (77%) "
            "of the patients.",
            [("crs", "77%", "tisagenlecleucel")],
        ),
        (
            "Kymriah was tested in one trial. Fewer than a third (28%) of patients had ICANS.",
            [("neurotoxicity", "28%", "tisagenlecleucel")],
        ),
        # a figure after "than" is still a comparator's
        (
            "Kymriah was tested in one trial. The ORR was higher than with chemotherapy (30%).",
            [("orr", "30%", None)],
        ),
        # "the pivotal trials" of the one product its paragraph names are that product's
        (
            "For individuals who receive tisagenlecleucel, the evidence includes single-arm trials. The "
            "pivotal single-arm trials reported a 81% response rate.",
            [("orr", "81%", "tisagenlecleucel")],
        ),
    ],
)
def test_a_hedged_word_fraction_and_the_trials_of_one_product(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the patients a hospital received, admitted or accepted for the therapy (city news, a
        # hospital's release)
        (
            "Officials said the hospital had received nearly 10 patients for CAR-T.",
            [("patient_count", "nearly 10 patients")],
        ),
        (
            "The unit received 15 referrals and accepted 8 patients for CAR-T.",
            [("patient_count", "8 patients")],
        ),
        ("The clinic has welcomed 25 patients from abroad for CAR-T.", [("patient_count", "25 patients")]),
        # what patients received is no count of them
        ("Patients received 2 infusions of cells.", []),
    ],
)
def test_patients_a_hospital_received(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause right after a count that says who approved what it counts is the
        # count's own words (regulator news, a review's introduction)
        (
            "The CHMP recommended that the European Commission approve two CAR-T therapies that were "
            "approved by the U.S. FDA in 2017.",
            [("two CAR-T therapies", "US"), ("2017", "US")],
        ),
        (
            "In its report, the EMA counted five CAR-T products that have been approved in China.",
            [("five CAR-T products", "China")],
        ),
        # a later clause about other places lends nothing
        (
            "In Europe, six CAR-T products have been approved, which are also sold in the US.",
            [("six CAR-T products", "Europe")],
        ),
    ],
)
def test_who_approved_what_a_count_counts(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # time points listed after the endpoint, each with its own unit, then the figures in order
        # (an abstract's results, trial news)
        (
            "The complete remission rate at 6 weeks, 3 months and 6 months reached 37%, 34% and 40%, "
            "respectively.",
            [("cr", "37%", "P6W"), ("cr", "34%", "P3M"), ("cr", "40%", "P6M")],
        ),
        (
            "The ORR at 1 month and 3 months was 80% and 70%, respectively.",
            [("orr", "80%", "P1M"), ("orr", "70%", "P3M")],
        ),
        # the time points themselves are no survival figures
        (
            "OS at 12 months and 24 months was 81% and 62%, respectively.",
            [("os", "81%", "P12M"), ("os", "62%", "P24M")],
        ),
        # a median stays a median
        (
            "Median OS was 12 months and median PFS was 6 months.",
            [("os", "12 months", None), ("pfs", "6 months", None)],
        ),
    ],
)
def test_time_points_listed_after_the_endpoint(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price restated per day is the same cost in other terms (insurance news, explainers)
        (
            "After insurance, patients pay about $15,000, equivalent to less than $50 a day over a year.",
            [("cost", "about $15,000")],
        ),
        (
            "Kymriah costs $475,000, which works out to about $1,300 per day of life gained.",
            [("cost", "$475,000")],
        ),
        # a daily charge said as one stays a cost
        ("Hospital stays for CAR-T cost $3,000 per day.", [("cost", "$3,000")]),
    ],
)
def test_a_price_restated_per_day(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a product named as an example with a figure of its own, after a general figure ("…, with
        # Yikaida priced at 1.2 million RMB"), lends itself to that figure only: not to the general
        # one, nor as the article's topic (a price guide, an explainer, US price news)
        (
            "The cost of CAR-T therapy in China is about 1.2 to 2 million RMB, with Yikaida priced at 1.2 "
            "million RMB per dose.\n\nPrices vary.\n\nA single apheresis costs 28,000 RMB.",
            [
                ("about 1.2 to 2 million RMB", None),
                ("1.2 million RMB", "axicabtagene ciloleucel"),
                ("28,000 RMB", None),
            ],
        ),
        (
            "CAR-T response rates range from 50% to 90%, including Kymriah at 81% in children.\n\nSafety "
            "varies.\n\nCRS occurs in 50-90% of patients.",
            [("50% to 90%", None), ("81%", "tisagenlecleucel"), ("50-90%", None)],
        ),
        (
            "CAR-T therapies cost $373,000 to $475,000 in the US, with Kymriah costing $475,000.\n\nCosts "
            "vary.\n\nThe hospital stay adds about $100,000 to the price of CAR-T.",
            [("$373,000 to $475,000", None), ("$475,000", "tisagenlecleucel"), ("about $100,000", None)],
        ),
        # the product an opening is about still is
        (
            "Kymriah costs $475,000 in the US.\n\nCosts vary.\n\nThe hospital stay adds about $100,000 to "
            "the price of CAR-T.",
            [("$475,000", "tisagenlecleucel"), ("about $100,000", "tisagenlecleucel")],
        ),
        ("Response rates reach 81%, with Kymriah leading the field.", [("81%", "tisagenlecleucel")]),
    ],
)
def test_a_product_named_as_an_example_with_its_own_figure(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name bound to a figure of another family before the claim ("an 80% response rate for
        # multiple myeloma, but costs …") is that figure's: the claim takes the name before it (a
        # digest, a press release)
        (
            "CAR-T therapy offers hope for blood cancer patients in China, with an approximate 80% "
            "response rate for multiple myeloma, but costs over 1 million yuan.",
            [("an approximate 80%", "MM"), ("over 1 million yuan", "hematologic malignancies")],
        ),
        (
            "For patients with B-cell lymphoma, axi-cel achieved an 83% ORR in follicular lymphoma and is "
            "priced at $373,000.",
            [("83%", "FL"), ("$373,000", "B-NHL")],
        ),
        # a figure of the same family keeps it
        (
            "In lymphoma, CAR-T shows an 80% response rate for DLBCL and a CRS rate of 40%.",
            [("80%", "LBCL"), ("40%", "LBCL")],
        ),
    ],
)
def test_a_name_bound_to_another_familys_figure(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place a count surpasses, overtakes or outnumbers is left behind: the count is the
        # subject's (market news, a medical-tourism page, a trials registry summary)
        (
            "China leads the field. The country now surpasses the U.S. with over 300 CAR T therapy "
            "clinical trials registered.",
            [("over 300 CAR T therapy clinical trials", "China")],
        ),
        (
            "China has overtaken the US, with more than 500 CAR-T trials.",
            [("more than 500 CAR-T trials", "China")],
        ),
        (
            "Europe is catching up. In 2024 it outnumbered China with 120 new CAR-T trials.",
            [("120 new CAR-T trials", "Europe")],
        ),
        # a place named as where the count is stays its own
        ("The US has 400 CAR-T trials.", [("400 CAR-T trials", "US")]),
    ],
)
def test_the_place_a_count_surpasses_is_left_behind(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "in the States" is the US; a publisher's "Global" is no region (wire copy, Chinese
        # English-language business news)
        ("Each treatment regimen costs USD373,000 in the States.", [("USD373,000", "US")]),
        ("In the States, Kymriah costs $475,000.", [("$475,000", "US")]),
        (
            "Fosun has no information about the pricing yet, the company told Yicai Global. Each "
            "treatment regimen costs USD373,000.",
            [("USD373,000", None)],
        ),
        ("Globally, CAR-T therapies cost about $400,000.", [("about $400,000", "global")]),
    ],
)
def test_the_states_and_a_publishers_global(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a table whose cells are parted by spaces alone (an HTML table as some crawls give it):
        # each figure under the name its column's header gives, the metric from its row's label
        (
            "Efficacy outcomes in clinical trials\n\nLBCL2 FL3,4 ALL5 MM6,14-16\n"
            "ORR 69%(95% CI: 57-79) 86-95% NA 77%(95% CI: 68-85)\nCR 49% 69-80% 80% 37%\n",
            [
                ("orr", "69%", "LBCL"),
                ("orr", "86-95%", "FL"),
                ("orr", "77%", "MM"),
                ("cr", "49%", "LBCL"),
                ("cr", "69-80%", "FL"),
                ("cr", "80%", "B-ALL"),
                ("cr", "37%", "MM"),
            ],
        ),
        (
            "Results by disease\nLBCL MCL\nORR 82% 91%\nCR 54% 68%\n",
            [("orr", "82%", "LBCL"), ("orr", "91%", "MCL"), ("cr", "54%", "LBCL"), ("cr", "68%", "MCL")],
        ),
        # a line of prose over figure rows heads no columns
        (
            "Key results in the trial of Kymriah, the first CAR-T\nORR 82% 54%\nCR 40% 30%\n",
            [("orr", "82%", None), ("orr", "54%", None), ("cr", "40%", None), ("cr", "30%", None)],
        ),
    ],
)
def test_a_table_parted_by_spaces(text, expected):
    assert [(c.metric, c.text, c.indication) for c in extract_text(text).claims] == expected


def test_a_space_table_gives_each_column_its_product():
    text = "Efficacy of Kymriah and Yescarta\nKymriah Yescarta\nORR 81% 83%\nCR 60% 58%\n"
    assert [(c.text, c.product) for c in extract_text(text).claims] == [
        ("81%", "tisagenlecleucel"),
        ("83%", "axicabtagene ciloleucel"),
        ("60%", "tisagenlecleucel"),
        ("58%", "axicabtagene ciloleucel"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a committee's recommendation governing the approval word is no approval (CHMP news, a
        # company's release, a regulator's digest)
        ("On 28 January 2022, the CHMP recommended granting a marketing authorisation for Breyanzi.", []),
        (
            "In January 2022, the CHMP adopted a positive opinion recommending the granting of a marketing "
            "authorisation for Breyanzi.",
            [],
        ),
        ("Jan 28, 2022: EMA has recommended granting a marketing authorisation in the EU for Breyanzi.", []),
        # the approval that followed is one
        (
            "Breyanzi was approved by the European Commission in April 2022, following the CHMP's "
            "recommendation.",
            [("approval", "April 2022")],
        ),
    ],
)
def test_a_recommendation_is_no_approval(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # zamtocabtagene autoleucel by its short name, its code and its pivotal trial (abstracts,
        # trial news); the trial's number is part of its name
        (
            "Zamto-cel achieved a complete response rate of 60% in second-line LBCL.",
            [("60%", "cr", "zamtocabtagene autoleucel")],
        ),
        (
            "MB-CART2019.1 produced complete responses in 5 of 12 patients.",
            [("5 of 12", "cr", "zamtocabtagene autoleucel")],
        ),
        (
            "In the DALY 2-EU trial, event-free survival at 12 months was 50%.",
            [("50%", "efs", "zamtocabtagene autoleucel")],
        ),
    ],
)
def test_zamtocabtagene_autoleucel_by_its_names(text, expected):
    assert [(c.text, c.metric, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # bispecific antibodies compared with CAR-T are the other arm (real-world abstracts,
        # myeloma reviews): their arm's size takes no product
        (
            "Patients received cilta-cel (n=208) or a bispecific antibody (n=120).",
            [("208", "ciltacabtagene autoleucel"), ("120", None)],
        ),
        (
            "We analyzed 640 patients treated with either a BCMA-directed CAR-T product (n=399; including "
            "idecabtagene vicleucel [ide-cel], ciltacabtagene autoleucel [cilta-cel]) or a BsAb (n=241; "
            "including teclistamab, talquetamab, and elranatamab).",
            [("640 patients", None), ("399", None), ("241", None)],
        ),
        # "received CAR-Ts": the arm's size, its noun said before
        (
            "A retrospective study of 73 patients was conducted: 36 received CAR-Ts and 37 received BiAbs.",
            [("73 patients", None), ("36", None)],
        ),
    ],
)
def test_bispecifics_are_the_other_arm(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ones left out ("excluding", "except", "other than") are neither a cohort nor those
        # with the outcome (an abstract's aside, trial news, a hospital's page)
        (
            "The ORR of the patients enrolled was 66% (21/32, excluding the three patients treated "
            "without evidence of disease).",
            [("orr", "66%")],
        ),
        ("Other than the 12 patients treated in the US, all were Chinese.", []),
        ("All patients except two responded.", []),
        ("All patients except for 3 achieved a complete response.", []),
        # a cohort and its responders stay
        ("Among 40 patients, 38 responded.", [("patient_count", "40 patients"), ("orr", "38")]),
    ],
)
def test_the_ones_left_out(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # time points in words before a list of rates (trial news, abstracts, approval news)
        (
            "The median OS was 15.6 months, with six- and 12-month OS rates of 80.3% and 61.1%, "
            "respectively.",
            [("15.6 months", None), ("80.3%", "P6M"), ("61.1%", "P12M")],
        ),
        (
            "The median EFS was 11.9 months, with EFS rates at six and 12 months being 65.4% and 49.5%, "
            "respectively.",
            [("11.9 months", None), ("65.4%", "P6M"), ("49.5%", "P12M")],
        ),
        (
            "The one-year and two-year OS rates were 80% and 70%, respectively.",
            [("80%", "P1Y"), ("70%", "P2Y")],
        ),
        # "being" bridges the endpoints and their figures
        (
            "Median PFS was 8 months, the 1- and 2-year PFS rates being 40% and 30%.",
            [("8 months", None), ("40%", "P1Y"), ("30%", "P2Y")],
        ),
    ],
)
def test_time_points_in_words(text, expected):
    assert [(c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # B-cell lymphomas the list has no value of its own for are B-NHL (approval news, abstracts,
        # a patients' page); small lymphocytic lymphoma is CLL
        (
            "Liso-cel was approved for relapsed marginal zone lymphoma; the ORR was 95.5%.",
            [("95.5%", "B-NHL")],
        ),
        ("In the MZL cohort, the complete response rate was 62.1%.", [("62.1%", "B-NHL")]),
        ("Patients with Burkitt lymphoma had a CR rate of 40%.", [("40%", "B-NHL")]),
        (
            "Among 20 patients with Waldenström macroglobulinemia, the ORR was 90%.",
            [("20 patients", "B-NHL"), ("90%", "B-NHL")],
        ),
        ("In small lymphocytic lymphoma, the ORR was 44%.", [("44%", "CLL")]),
        ("Of the CLL/SLL patients, 18% achieved a complete response.", [("18%", "CLL")]),
    ],
)
def test_other_b_cell_lymphomas(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # where a meeting was held is not whose data it heard (conference news, press releases)
        (
            "Among the 66 evaluable patients treated with liso-cel, the ORR was 95.5%, according to data "
            "presented at ICML, held June 17 to June 21 in Lugano, Switzerland.",
            [("66 evaluable patients", None), ("95.5%", None)],
        ),
        (
            "Findings presented at the EHA Congress in Milan, Italy, showed that axi-cel yielded an ORR "
            "of 83%.",
            [("83%", None)],
        ),
        (
            "Data on liso-cel were presented at the annual meeting held in Stockholm, Sweden. "
            "Among the 66 evaluable patients, the ORR was 95.5%.",
            [("66 evaluable patients", None), ("95.5%", None)],
        ),
        # a place that is where the patients were stays theirs
        (
            "The trial enrolled 50 patients in Spain, and the ORR was 80%.",
            [("50 patients", "Europe"), ("80%", "Europe")],
        ),
        (
            "At the ASH annual meeting in San Diego, researchers from China reported an ORR of 90%.",
            [("90%", "China")],
        ),
    ],
)
def test_a_meetings_venue_is_no_region(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # treatments that were not given are no products the figure is about (follow-up news,
        # abstracts): the article's product stays the figure's
        (
            "Obe-cel in adult B-ALL: three-year results\n\nThe FELIX study treated adults with obe-cel.\n\n"
            "After 2 years, 38.4% of responders remained in remission without transplant or other "
            "treatments.",
            [("38.4%", "obecabtagene autoleucel")],
        ),
        (
            "Obe-cel in adult B-ALL: three-year results\n\nThe FELIX study treated adults with obe-cel.\n\n"
            "At 2 years, 40% of patients were alive and needed no other therapies.",
            [("40%", "obecabtagene autoleucel")],
        ),
        # other treatments that were given still speak of several products
        (
            "Obe-cel in adult B-ALL: three-year results\n\nThe FELIX study treated adults with obe-cel.\n\n"
            "Patients on other therapies had a 2-year OS of 20%.",
            [("20%", None)],
        ),
    ],
)
def test_treatments_not_given(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims if c.metric != "patient_count"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure "of all patients" after sentences about subgroups is the whole cohort's
        # (registry abstracts, trial news)
        (
            "Among children with ALL, the CR rate was 85.5%. Among adults with NHL, the best ORR was 61.8%. "
            "Grade 3 or higher CRS was reported in 11.6% of all patients.",
            [
                ("85.5%", "B-ALL", "pediatric"),
                ("61.8%", "B-NHL", "adult"),
                ("11.6%", "B-cell malignancies", None),
            ],
        ),
        (
            "In the LBCL cohort the ORR was 73%, and in the FL cohort it was 95%. Across all cohorts, "
            "neurotoxicity occurred in 20%.",
            [("73%", "LBCL", None), ("95%", "FL", None), ("20%", "B-NHL", None)],
        ),
        # one subgroup named before: "all patients" are its own
        (
            "Among 50 adults with LBCL, the ORR was 80%. CRS occurred in 90% of all patients.",
            [("50 adults", "LBCL", "adult"), ("80%", "LBCL", "adult"), ("90%", "LBCL", "adult")],
        ),
    ],
)
def test_all_patients_after_subgroups(text, expected):
    assert [(c.text, c.indication, c.population) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the patients analysed (registry abstracts, trial news)
        (
            "As of January 2020, 511 patients were enrolled, and 410 patients had follow-up data reported.",
            ["511 patients", "410 patients"],
        ),
        ("Of these, 410 patients had follow-up data available at the cutoff.", ["410 patients"]),
        ("Overall, 57 patients had at least 12 months of follow-up.", ["57 patients"]),
        ("Thirty patients with a minimum of 6 months of follow-up were analysed.", ["Thirty patients"]),
    ],
)
def test_patients_with_follow_up(text, expected):
    assert [c.text for c in extract_text(text).claims if c.metric == "patient_count"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # when events happened is no survival figure (follow-up news, abstracts)
        (
            "In terms of event-free survival with obe-cel, there were minimal events happening beyond "
            "2 years, with a median event-free survival of almost 12 months.",
            [("efs", "almost 12 months")],
        ),
        ("For progression-free survival, no relapses occurred beyond 3 years.", []),
        (
            "Overall survival: few deaths were observed beyond 18 months, and the 2-year OS was 60%.",
            [("os", "60%")],
        ),
        # a median said to pass a time stays
        ("Median overall survival extended beyond 2 years.", [("os", "beyond 2 years")]),
    ],
)
def test_when_events_happened(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # patients' pages and guides tell side effects in the present tense and in lay words
        ("About 30% of people have CRS.", [("crs", "About 30%")]),
        ("About 30% of people will have CRS after treatment.", [("crs", "About 30%")]),
        (
            "Around 1 in 3 people who have CAR-T cell therapy get neurotoxicity.",
            [("neurotoxicity", "Around 1 in 3")],
        ),
        ("About 9 in 10 people who get CAR-T get CRS.", [("crs", "About 9 in 10")]),
        ("Neurological problems affect about 4 in 10 people.", [("neurotoxicity", "about 4 in 10")]),
        ("Nervous system side effects happened in 25% of patients.", [("neurotoxicity", "25%")]),
        ("About 40% of patients have a complete response.", [("cr", "About 40%")]),
        # who the patients are is no outcome
        ("About 60% of patients have refractory disease.", []),
        ("Patients with neurological symptoms at baseline were excluded; the ORR was 80%.", [("orr", "80%")]),
    ],
)
def test_side_effects_in_lay_words(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # staying in remission is the rate still in response, whatever the remission is called
        # (patients' explainers, follow-up news, abstracts)
        ("About 40% of people stay in long-term remission.", [("dor", "About 40%", None)]),
        (
            "About 4 in 10 people with large B-cell lymphoma stay in long-term remission.",
            [("dor", "About 4 in 10", "LBCL")],
        ),
        ("About 4 in 10 people with LBCL remain in remission.", [("dor", "About 4 in 10", "LBCL")]),
        (
            "Of the 20 patients, 12 remained in continuous complete remission at 2 years.",
            [("patient_count", "20 patients", None), ("dor", "12", None)],
        ),
        # who they are, after a ratio, before what they reached
        (
            "About 9 in 10 children with ALL go into remission.",
            [("orr", "About 9 in 10 children", "B-ALL")],
        ),
        ("Two in three patients with myeloma respond.", [("orr", "Two in three patients", "MM")]),
        # who they are is no outcome
        ("About 1 in 4 people with lymphoma have refractory disease.", []),
    ],
)
def test_staying_in_remission(text, expected):
    assert [(c.metric, c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the share of a total the trials just counted make (industry news, explainers, reports)
        (
            "There are more than 1,000 CAR-T trials registered in China, accounting for about 40% of the "
            "global total.",
            [("more than 1,000 CAR-T trials", "count"), ("about 40% of the global total", "%")],
        ),
        (
            "China has 600 active CAR-T studies, or 38% of the world's total.",
            [("600 active CAR-T studies", "count"), ("38% of the world's total", "%")],
        ),
        (
            "China leads with 450 CAR-T trials, which represents 45% of the global number.",
            [("450 CAR-T trials", "count"), ("45% of the global number", "%")],
        ),
        # the patients of trials are no trials
        (
            "China treated 3,000 patients in trials, accounting for 30% of the global total.",
            [("3,000 patients", "count")],
        ),
    ],
)
def test_share_of_the_total_trials(text, expected):
    assert [(c.text, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the compared product's own place and price ("than Carvykti's US price"): price news,
        # company releases, explainers
        (
            "Fucaso was priced at 1.166 million yuan, about 40% less than Carvykti's US price.",
            [
                ("1.166 million yuan", "equecabtagene autoleucel", "China"),
                ("about 40%", "equecabtagene autoleucel", None),
            ],
        ),
        (
            "In China, the product costs less than Yescarta's American price of $373,000.",
            [("$373,000", "axicabtagene ciloleucel", "US")],
        ),
        (
            "In China, the product costs 1.2 million yuan, less than the US list price of $373,000.",
            [("1.2 million yuan", None, "China"), ("$373,000", None, "US")],
        ),
        (
            "Fucaso costs 1.166 million yuan, compared with Kymriah's US list price of $475,000.",
            [
                ("1.166 million yuan", "equecabtagene autoleucel", "China"),
                ("$475,000", "tisagenlecleucel", "US"),
            ],
        ),
        # a product's own place stays its own
        ("Kymriah's US price is $475,000.", [("$475,000", "tisagenlecleucel", "US")]),
    ],
)
def test_the_compared_products_place_and_price(text, expected):
    assert [(c.text, c.product, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a denominator with its own hedge (safety communications, pharmacovigilance news)
        (
            "Secondary T-cell malignancies were reported in 22 of more than 27,000 patients treated.",
            [("adverse_event", "22 of more than 27,000", None, 0.1, "lt", 22, 27000)],
        ),
        (
            "T-cell cancers occurred in 22 of the more than 27,000 patients treated with CAR-T.",
            [("adverse_event", "22 of the more than 27,000", None, 0.1, "lt", 22, 27000)],
        ),
        (
            "Grade 3 CRS occurred in 8 of about 400 patients.",
            [("crs", "8 of about 400", 2.0, 2.0, "approx", 8, 400)],
        ),
        # an exact denominator stays exact
        (
            "Two of the 20 patients relapsed.",
            [("relapse", "Two of the 20 patients", 10.0, 10.0, "eq", 2, 20)],
        ),
    ],
)
def test_a_hedged_denominator(text, expected):
    assert [
        (c.metric, c.text, c.value.low, c.value.high, c.value.bound, c.numerator, c.denominator)
        for c in extract_text(text).claims
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # regulators outside the region list, and "the first CAR-T" as the product approved (Latin
        # American and Gulf news, timelines)
        ("In Brazil, the first commercial CAR-T was approved by Anvisa in 2022.", [("2022", None)]),
        ("Saudi Arabia's SFDA approved the first CAR-T in 2023.", [("2023", None)]),
        ("The first CAR-T was approved in Japan in 2019.", [("2019", None)]),
        ("The first CAR-T was approved by the FDA in August 2017.", [("2017-08", "US")]),
        # a first trial or a first patient is no approval
        ("The first CAR-T trial started in 2012.", []),
        ("Emily received the first CAR-T in 2012.", []),
    ],
)
def test_approvals_by_other_regulators(text, expected):
    assert [(c.value.date, c.region) for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts' abbreviations of the response a duration or a rate still in response is of
        (
            "The median duration of CR was 18.4 months; 66% of complete responders remained in CR at "
            "12 months.",
            [("dor", "18.4 months", None), ("dor", "66%", "P12M")],
        ),
        ("Of the responders, 40% were still in CR at 2 years.", [("dor", "40%", "P2Y")]),
        ("Median duration of sCR was 20 months.", [("dor", "20 months", None)]),
    ],
)
def test_responses_by_their_abbreviations(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count, its share in brackets, then its denominator: one claim (abstracts, labels)
        (
            "MRD-negative CR was achieved by 18 (85.7%) of 21 evaluable patients.",
            [("mrd_negative", "18 (85.7%) of 21", 85.7, 18, 21)],
        ),
        (
            "A complete response was seen in 12 (60%) of the 20 patients.",
            [("cr", "12 (60%) of the 20", 60.0, 12, 20)],
        ),
        ("CRS occurred in 45 (94%) of 48 patients.", [("crs", "45 (94%) of 48", 94.0, 45, 48)]),
        # the denominator said first stays a cohort
        (
            "Of 40 patients, 30 (75%) responded.",
            [("patient_count", "40 patients", 40.0, None, None), ("orr", "30 (75%)", 75.0, 30, 40)],
        ),
    ],
)
def test_a_count_its_share_and_its_denominator(text, expected):
    assert [
        (c.metric, c.text, c.value.low, c.numerator, c.denominator) for c in extract_text(text).claims
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of prices by place, a line each: the "US" opening a line is the row's place
        # (medical-tourism cost tables, explainers)
        (
            "Cost of CAR-T by country\n\nUS $373,000 - $475,000\nChina $120,000 - $180,000\nIndia $50,000\n",
            [("US $373,000 - $475,000", "US"), ("$120,000 - $180,000", "China"), ("$50,000", None)],
        ),
        (
            "Country Cost in USD\nIndia $50,000 – $85,000\nUS $450,000[1]National Cancer Institute\n",
            [("$50,000 – $85,000", None), ("US $450,000", "US")],
        ),
        # a dollar sign's prefix in prose stays a currency
        (
            "Prices\n\nUS$ 373,000 is the list price of Kymriah.\nThe cost in China is lower.\n",
            [("US$ 373,000", None)],
        ),
        ("Prices\n\nUS $373,000 is what Kymriah costs.\n", [("US $373,000", None)]),
    ],
)
def test_a_list_of_prices_by_place(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vague efficacy told by what limits or gives the benefit (abstract introductions,
        # explainers)
        (
            "Approved CAR T-cell therapies in relapsed B-cell lymphoma target CD19; however, their efficacy "
            "is limited to about half of the patients treated.",
            [("success_rate", "about half")],
        ),
        (
            "Only about half of patients benefit from CAR-T in the long term.",
            [("success_rate", "Only about half")],
        ),
        ("About 40% of patients benefit durably from the treatment.", [("success_rate", "About 40%")]),
        # who was served stays a count
        ("Over 200 patients have benefited from the program.", [("patient_count", "Over 200 patients")]),
    ],
)
def test_efficacy_limited_to_a_share(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who got another treatment beside the CAR-T is the cohort's care, not a cohort (abstracts)
        ("Five patients with CLL received ibrutinib at the time of T cell collection.", []),
        ("Twelve patients received bridging therapy.", []),
        ("Seventeen of twenty patients received conditioning chemotherapy prior to CAR T cell infusion.", []),
        ("Thirty patients received tocilizumab and 12 received corticosteroids.", []),
        # the CAR-T's cohort and a chemotherapy arm stay
        ("Forty patients received axi-cel.", [("patient_count", "Forty patients")]),
        (
            "The 52 patients who received chemotherapy had a median OS of 8 months.",
            [("patient_count", "52 patients"), ("os", "8 months")],
        ),
    ],
)
def test_other_care_is_no_cohort(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a page's table crawled one cell to a line: a header of short names, then rows of as many
        # lines (price comparisons, trial-result tables, formulary pages)
        (
            "CAR-T prices in the US\n\nProduct\nIndication\nList price\nKymriah\nB-ALL\n$475,000\n"
            "Yescarta\nLBCL\n$373,000\nCarvykti\nMultiple myeloma\n$465,000\n",
            [
                ("cost", "$475,000", "tisagenlecleucel", "B-ALL"),
                ("cost", "$373,000", "axicabtagene ciloleucel", "LBCL"),
                ("cost", "$465,000", "ciltacabtagene autoleucel", "MM"),
            ],
        ),
        (
            "Pivotal trial results\n\nEndpoint\nKymriah\nYescarta\nORR\n81%\n83%\nCR rate\n60%\n58%\n\n"
            "Both products are approved in the US.\n",
            [
                ("orr", "81%", "tisagenlecleucel", None),
                ("orr", "83%", "axicabtagene ciloleucel", None),
                ("cr", "60%", "tisagenlecleucel", None),
                ("cr", "58%", "axicabtagene ciloleucel", None),
            ],
        ),
        # a row whose cells start in lower case is still a row (its lines may join one sentence)
        (
            "Prices\n\nProduct\nUse\nPrice\nCarvykti\nmultiple myeloma\n$465,000\n"
            "Abecma\nmultiple myeloma\n$419,500\n",
            [
                ("cost", "$465,000", "ciltacabtagene autoleucel", "MM"),
                ("cost", "$419,500", "idecabtagene vicleucel", "MM"),
            ],
        ),
        # label and value lines, and short prose lines, are no such table
        (
            "Facts\n\nOverall response\n81%\nComplete response\n60%\nPrice\n$475,000\n",
            [("orr", "81%", None, None), ("cr", "60%", None, None), ("cost", "$475,000", None, None)],
        ),
        (
            "Our results\nWe treated many patients\nwith leukemia and lymphoma\nsince 2018\n"
            "and most went into remission\nthe rate was 85%\nfor children\n",
            [("orr", "85%", None, "hematologic malignancies")],
        ),
    ],
)
def test_a_table_one_cell_to_a_line(text, expected):
    assert [(c.metric, c.text, c.product, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question and its answer (FAQs, interviews, patients' guides): the answer's figures
        # that no word of their own names are what the question asks
        (
            "What is the success rate? Around 80-90% for ALL and 50-60% for lymphoma.",
            [("success_rate", "Around 80-90%"), ("success_rate", "50-60%")],
        ),
        (
            "CAR-T FAQ\n\nHow many patients have been treated?\nMore than 5,000 worldwide.\n",
            [("patient_count", "More than 5,000")],
        ),
        (
            "How many CAR-T products are approved? Seven in the US and six in China.",
            [("product_count", "Seven"), ("product_count", "six")],
        ),
        ("How many clinical trials are under way?\n\nAbout 1,000.", [("trial_count", "About 1,000")]),
        ("What about survival? At 2 years, 40% are alive.", [("os", "40%")]),
        # a question that names no endpoint, or an answer with words of its own
        ("Why is it so expensive? Manufacturing takes 3 weeks and 20 staff.", []),
        (
            "Is the response rate high? The trial enrolled 50 patients in 2019.",
            [("patient_count", "50 patients")],
        ),
        ("What is the success rate?\n\nThe list price is $475,000.", [("cost", "$475,000")]),
    ],
)
def test_a_question_and_its_answer(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the share of the cost a payer bears, told in the passive or by the payer (insurance
        # news, patients' guides, FAQs)
        (
            "About 70% of the cost may be reimbursed by city insurance plans.",
            [("cost_reduction", "About 70%")],
        ),
        (
            "Up to 80% of the treatment cost can be covered by the insurance.",
            [("cost_reduction", "Up to 80%")],
        ),
        ("Insurance pays 90% of the cost after the deductible.", [("cost_reduction", "90%")]),
        ("Medicare pays 80% of the approved amount for the infusion.", [("cost_reduction", "80%")]),
        # what patients pay is no saving; a payer paying for patients is no share
        (
            "Patients pay only 10% of the cost, with the national insurer covering the remaining 90%.",
            [("cost_reduction", "90%")],
        ),
        ("The state pays for 30 patients a year.", []),
    ],
)
def test_the_share_a_payer_bears_told_by_the_payer(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price's conversion in brackets is the same price: its region (price news, company
        # pages, medical-tourism pages)
        (
            "Relma-cel, sold as Carteyva, is priced at 1.29 million yuan ($178,000) per infusion.",
            [("1.29 million yuan", "China"), ("$178,000", "China")],
        ),
        (
            "Costs range from 0.99-1.29 million RMB (~$140,000-$180,000 USD).",
            [("0.99-1.29 million RMB", "China"), ("~$140,000-$180,000 USD", "China")],
        ),
        (
            "The list price is €320,000 (about $350,000).",
            [("€320,000", "Europe"), ("about $350,000", "Europe")],
        ),
        # a place named in the sentence settles both
        (
            "In the US it costs $373,000 (about 2.7 million yuan).",
            [("$373,000", "US"), ("about 2.7 million yuan", "US")],
        ),
        (
            "The treatment costs $150,000 (1.1 million yuan) in Thailand.",
            [("$150,000", None), ("1.1 million yuan", None)],
        ),
    ],
)
def test_a_price_and_its_conversion(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group a patients' page imagines is the denominator of the count after it
        (
            "If 100 people receive CAR-T, about 80 of them will respond.",
            [("orr", "about 80", 80.0, "%")],
        ),
        ("For every 10 patients, 9 respond.", [("orr", "9", 90.0, "%")]),
        (
            "Out of 100 people who have CAR-T, about 40 will still be in remission after 5 years.",
            [("dor", "about 40", 40.0, "%")],
        ),
        # ... and the future tense of staying in remission
        (
            "Around 4 in 10 people will be in remission at five years.",
            [("dor", "Around 4 in 10", 40.0, "%")],
        ),
        # a count with no group before it stays a count
        ("About 80 patients responded.", [("orr", "About 80 patients", 80.0, "count")]),
    ],
)
def test_a_group_a_page_imagines(text, expected):
    assert [(c.metric, c.text, c.value.low, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a saving is the place's named before it; the place after "of" is what it is measured
        # against (price news, medical-tourism pages)
        (
            "The cost of treatment in China is about 1/3 of that in the United States.",
            [("about 1/3", "China")],
        ),
        ("In China the price is about one-third of the US price.", [("about one-third", "China")]),
        ("In China the price is 30% of the US price.", [("30%", "China")]),
        ("The price in China is about one-tenth of US prices.", [("about one-tenth", "China")]),
        ("It costs about a third of the US price.", [("about a third", None)]),
        # its own place said after it stays its own
        ("Prices are 50-70% lower in China than in the US.", [("50-70%", "China")]),
        ("CAR-T is 50-70% cheaper in China.", [("50-70%", "China")]),
    ],
)
def test_a_savings_place_and_its_base(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims if c.metric == "cost_reduction"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # safety communications and second-cancer studies: reports of an event are its count, and
        # the incidence of a second cancer is an outcome, whose cohort stays a cohort
        (
            "As of December 31, 2023, the FDA had received 22 reports of T-cell malignancies among more "
            "than 27,000 doses administered.",
            [("adverse_event", "22 reports")],
        ),
        ("The FDA had received 22 reports of CRS.", [("crs", "22 reports")]),
        (
            "In one study of 449 patients, the 3-year cumulative incidence of second primary malignancies "
            "was 6.5%.",
            [("patient_count", "449 patients"), ("adverse_event", "6.5%")],
        ),
        (
            "Among 724 patients treated, the incidence of T-cell malignancies was 0.1%.",
            [("patient_count", "724 patients"), ("adverse_event", "0.1%")],
        ),
        # a disease's incidence and reports of other things are no claims
        (
            "The incidence of lymphoma in China is 5 per 100,000, and 100,000 patients are diagnosed "
            "each year.",
            [],
        ),
        ("The company submitted 3 reports of results to the agency.", []),
    ],
)
def test_second_cancers_and_reports(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # autoimmune CAR-T news: drug-free remission, patients dosed, patients who improved, an
        # adverb before the verb
        (
            "Of the 15 patients, 14 remained in drug-free remission.",
            [("patient_count", "15 patients"), ("dor", "14")],
        ),
        ("Cabaletta has dosed 20 patients across its RESET trials.", [("patient_count", "20 patients")]),
        ("The centre infused 45 patients last year.", [("patient_count", "45 patients")]),
        (
            "Kyverna reported that 8 of 10 patients with myasthenia gravis improved.",
            [("success_rate", "8 of 10 patients")],
        ),
        ("About 70% of patients improved significantly after treatment.", [("success_rate", "About 70%")]),
        ("About 80% of patients now respond to CAR-T.", [("orr", "About 80%")]),
        ("About 30% of them eventually relapse.", [("relapse", "About 30%")]),
        # an endpoint that improved is no share that did
        ("The ORR improved from 40% to 60%.", [("orr", "40%"), ("orr", "60%")]),
        ("Over 1,000 trials across China and the US are registered.", [("trial_count", "Over 1,000 trials")]),
    ],
)
def test_autoimmune_news_phrasing(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the best response named as partial, stable or progressive is no response rate (myeloma
        # and lymphoma abstracts)
        ("Stable disease was the best response in 10%.", []),
        ("Partial response was the best response in 15% of patients.", []),
        ("The ORR was 80%, with stable disease in 10%.", [("orr", "80%")]),
        ("The best response was CR in 60% of patients.", [("cr", "60%")]),
    ],
)
def test_the_best_response_named(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "after a median of N months": when a count was made (a follow-up), no duration of response
        (
            "Of the 15 patients, 14 remained in drug-free remission after a median of 15 months.",
            [("patient_count", "15 patients"), ("dor", "14")],
        ),
        ("Patients remained in remission for a median of 15 months.", [("dor", "15 months")]),
        ("After a median follow-up of 24 months, the median OS was 20 months.", [("os", "20 months")]),
    ],
)
def test_after_a_median_of(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


# --- spelling tolerance: a misspelt INN is the known product; another INN of the stem is not ----


@pytest.mark.parametrize(
    "name, expected",
    [
        ("axicabtagen ciloleucel", ("axicabtagene ciloleucel", True)),  # the stem's last letter
        ("Brexucabtagene  Autoleucel", ("brexucabtagene autoleucel", True)),  # case and spacing
        ("brexocabtagene autoleucel", ("brexucabtagene autoleucel", True)),  # one letter of the prefix
        ("cilta-cabtagene autoleucel", ("ciltacabtagene autoleucel", True)),
        ("lisocabtagene maraleucell", ("lisocabtagene maraleucel", True)),
        ("tisagenlecleucal", ("tisagenlecleucel", True)),  # no stem: the whole name's two edits
        ("arlocabtagene autoleucel", ("arlocabtagene autoleucel", True)),
        ("arelcabtagene autoleucel", ("arelcabtagene autoleucel", False)),  # two edits off arlo-
        ("anitacabtagene autoleucel", ("anitocabtagene autoleucel", True)),
        ("cemacabtagene autoleucel", ("cemacabtagene autoleucel", False)),  # the suffix differs
    ],
)
def test_inn_spelling_tolerance(name, expected):
    assert canonical_inn(name) == expected


@pytest.mark.parametrize(
    "text, product",
    [
        (
            "In the phase 1 study, arlocabtagene autoleucel produced an ORR of 91%.",
            "arlocabtagene autoleucel",
        ),
        (
            "Arlocabtagene autoleucel (a GPRC5D CAR-T) achieved a 91% response rate.",
            "arlocabtagene autoleucel",
        ),
        ("A trial of arelcabtagene autoleucel reported a 91% response rate.", "arelcabtagene autoleucel"),
    ],
)
def test_a_same_stem_inn_is_its_own_product(text, product):
    assert [(c.text, c.product) for c in extract_text(text).claims] == [("91%", product)]


# --- a price and the product a patient pays it to receive, named after the sum ------------------

_NEUTRAL_OPENING = "Health insurance rules changed this year.\n\n"  # a topic that names no product


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # insurance news: a monthly out-of-pocket sum under a cap
        (
            "Under the cap, a patient would pay roughly $4,100 a month in order to be treated with Kymriah.",
            ("roughly $4,100", "tisagenlecleucel"),
        ),
        # a fundraising page
        (
            "Families must find about $40,000 to get Yescarta at a private hospital.",
            ("about $40,000", "axicabtagene ciloleucel"),
        ),
        # price news
        (
            "A patient needs 1.2 million yuan to receive Carvykti in Shanghai.",
            ("1.2 million yuan", "ciltacabtagene autoleucel"),
        ),
        (
            "It takes around $500,000 to be treated with Abecma in the US.",
            ("around $500,000", "idecabtagene vicleucel"),
        ),
        # a clinic page
        (
            "Expect to budget $95,000 in order to undergo Breyanzi treatment abroad.",
            ("$95,000", "lisocabtagene maraleucel"),
        ),
        # guard: a comparison's other side is not the figure's
        (
            "The ORR was 80%, higher than with chemotherapy; patients went on to receive Kymriah later.",
            ("80%", None),
        ),
    ],
)
def test_the_product_a_sum_is_paid_to_receive(sentence, expected):
    claims = extract_text(_NEUTRAL_OPENING + sentence).claims
    assert [(c.text, c.product) for c in claims] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Japanese price: its "¥" is the yen, and the dollars in brackets are no Chinese price
        (
            "Japan's panel set the price of Kymriah at ¥33.49 million ($305,000) on Wednesday.",
            [("¥33.49 million", "JPY", None), ("$305,000", "USD", None)],
        ),
        # Japan named only in a later sentence (news and a price table's note)
        (
            "A government panel approved coverage of the therapy, which costs ¥33.49 million ($305,000),"
            " under national health insurance. It will be the most expensive drug in Japan.",
            [("¥33.49 million", "JPY", None), ("$305,000", "USD", None)],
        ),
        (
            "The health ministry set the price at ¥33.49 million ($305,000) for Kymriah, the first CAR-T"
            " listed under national health insurance. The insurer in Japan pays most of it.",
            [("¥33.49 million", "JPY", None), ("$305,000", "USD", None)],
        ),
        (
            "In Japan the NHI price is 32.6 million yen (about US$230,000) per infusion of Yescarta.",
            [("32.6 million yen", "JPY", None), ("about US$230,000", "USD", None)],
        ),
        # the same shape in yuan keeps China for both
        (
            "Carteyva is priced at ¥1.29 million ($178,000) per infusion.",
            [("¥1.29 million", "CNY", "China"), ("$178,000", "USD", "China")],
        ),
    ],
)
def test_a_conversion_takes_the_region_of_the_price_as_read(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.value.unit, c.region) for c in claims] == expected


# --- randomised trials: the arms of the sentence before, and an arm's size after a longer name --


@pytest.mark.parametrize(
    "text, expected",
    [
        # trade news on a randomised solid-tumour trial
        (
            "Patients who received satri-cel (n = 104) had a median PFS of 3.25 months compared with 1.77"
            " months among those treated with physician's choice of therapy (n = 52). The 6-month PFS"
            " rates were 24% and 18%, respectively.",
            [
                ("104", "satricabtagene autoleucel"),
                ("3.25 months", "satricabtagene autoleucel"),
                ("1.77 months", None),
                ("52", None),
                ("24%", "satricabtagene autoleucel"),
                ("18%", None),
            ],
        ),
        # a press release: the comparator named first
        (
            "Median PFS was 11.8 months with standard therapy versus not reached with Carvykti. At 12"
            " months, PFS rates were 48.6% and 75.9%, respectively.",
            [("11.8 months", None), ("48.6%", None), ("75.9%", "ciltacabtagene autoleucel")],
        ),
        # an abstract that names the arms, not the product, in the sentence before
        (
            "Axi-cel was studied in second-line LBCL. The median OS in the investigational arm was 7.9"
            " months vs 5.5 months in the control arm. The 18-month OS rates were 20% and 10%,"
            " respectively.",
            [
                ("7.9 months", "axicabtagene ciloleucel"),
                ("5.5 months", None),
                ("20%", "axicabtagene ciloleucel"),
                ("10%", None),
            ],
        ),
        # guard: the run's own list of time points takes "respectively"; both figures stay the product's
        (
            "Median PFS was 3.25 months with satri-cel versus 1.77 months with chemotherapy. The 6- and"
            " 12-month PFS rates with satri-cel were 24% and 10%, respectively.",
            [
                ("3.25 months", "satricabtagene autoleucel"),
                ("1.77 months", None),
                ("24%", "satricabtagene autoleucel"),
                ("10%", "satricabtagene autoleucel"),
            ],
        ),
    ],
)
def test_respectively_after_a_sentence_comparing_arms(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Axi-cel (n = 180) improved EFS over the standard-of-care therapy arm (n = 179).",
            [("180", "axicabtagene ciloleucel"), ("179", None)],
        ),
        (
            "Cilta-cel (n = 208) was compared with investigator's choice of treatment (n = 211).",
            [("208", "ciltacabtagene autoleucel"), ("211", None)],
        ),
        (
            "Satri-cel (n = 104) beat physician's choice of therapy (n = 52; HR, 0.37).",
            [("104", "satricabtagene autoleucel"), ("52", None)],
        ),
    ],
)
def test_a_comparator_arms_size_after_a_longer_name(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a company's release: the treated population split by arm in brackets
        (
            "In the mITT population, 136 patients received the study drug"
            " (satri-cel 88 patients vs TPC 48 patients).",
            [
                ("136 patients", "satricabtagene autoleucel"),
                ("88 patients", "satricabtagene autoleucel"),
                ("48 patients", None),
            ],
        ),
        # an abstract's labels with commas and semicolons
        (
            "Overall, 136 patients were dosed (satri-cel, 88 patients; chemotherapy, 48 patients).",
            [
                ("136 patients", "satricabtagene autoleucel"),
                ("88 patients", "satricabtagene autoleucel"),
                ("48 patients", None),
            ],
        ),
        # trade news with colons
        (
            "The study randomized 419 patients (Carvykti: 208 patients; standard care: 211 patients).",
            [
                ("419 patients", "ciltacabtagene autoleucel"),
                ("208 patients", "ciltacabtagene autoleucel"),
                ("211 patients", None),
            ],
        ),
        # guard: a clinic's tally by product, no arms compared or assigned, is no arm size
        (
            "In 2023 the centre treated 40 patients (Kymriah 25 patients and Yescarta 15 patients).",
            [("40 patients", None)],
        ),
    ],
)
def test_an_arms_size_with_its_label_before(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


# --- reviews and meta-analyses: endpoints listed with their own time points; pooled cohorts -----


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meta-analysis abstract
        (
            "The pooled response rate, 6-months and 1-year progression-free survival (PFS) rate were 67%,"
            " 65.62% and 44.18%, respectively.",
            [("orr", "67%", None), ("pfs", "65.62%", "P6M"), ("pfs", "44.18%", "P1Y")],
        ),
        # a trial abstract, each time point with its own endpoint word
        (
            "The CR rate, 12-month OS and 24-month OS were 80%, 70% and 55%, respectively.",
            [("cr", "80%", None), ("os", "70%", "P12M"), ("os", "55%", "P24M")],
        ),
        # news: a shared unit ("12- and 24-month")
        (
            "The CR rate and the 12- and 24-month OS rates were 80%, 70% and 55%, respectively.",
            [("cr", "80%", None), ("os", "70%", "P12M"), ("os", "55%", "P24M")],
        ),
        # guards: one endpoint at three time points; one time point for two endpoints
        (
            "The 12-, 24- and 36-month OS rates were 81%, 62% and 50%, respectively.",
            [("os", "81%", "P12M"), ("os", "62%", "P24M"), ("os", "50%", "P36M")],
        ),
        (
            "The 1-year PFS and OS were 60% and 80%, respectively.",
            [("pfs", "60%", "P1Y"), ("os", "80%", "P1Y")],
        ),
    ],
)
def test_endpoints_listed_with_their_time_points(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We identified 89 trials comprising 2,331 patients for the analysis.",
            ["89 trials", "2,331 patients"],
        ),
        ("The review included 12 studies encompassing 845 patients.", ["12 studies", "845 patients"]),
        (
            "A meta-analysis of 20 trials totalling 1,210 patients found a pooled CR rate of 54%.",
            ["20 trials", "1,210 patients", "54%"],
        ),
        ("The registry, containing 3,500 patients, was analysed.", ["3,500 patients"]),
    ],
)
def test_a_pooled_cohort_comprising_patients(text, expected):
    assert [c.text for c in extract_text(text).claims] == expected


# --- a price in the currency of a country outside the region list keeps no context's region -----


@pytest.mark.parametrize(
    "text, expected",
    [
        # Korean insurance news: the approvals paragraph before names the FDA and the EMA
        (
            "The FDA approved Kymriah in August 2017 and the European Medicines Agency in August 2018.\n\n"
            "However, the cost of uninsured Kymriah is around 460 million won.",
            ("around 460 million won", "KRW", None),
        ),
        # Indian price news after a US comparison
        (
            "CAR-T therapies often cost US$400,000 or more in the United States.\n\n"
            "The new therapy, priced between INR 30-40 lakh, remains beyond the reach of many.",
            ("between INR 30-40 lakh", "INR", None),
        ),
        # a Japanese page under a US heading
        (
            "## Prices after the US launch\n\nThe NHI price is 32.6 million yen per infusion.",
            ("32.6 million yen", "JPY", None),
        ),
        # guard: a place in the price's own sentence still names its region
        (
            "Kymriah was approved in Japan.\n\nIn the United States, Kymriah costs about 50 million yen.",
            ("about 50 million yen", "JPY", "US"),
        ),
    ],
)
def test_a_price_in_a_foreign_currency_takes_no_context_region(text, expected):
    claims = [c for c in extract_text(text).claims if c.text == expected[0]]
    assert [(c.text, c.value.unit, c.region) for c in claims] == [expected]


# --- an INN's first word alone names the product; baseline exposure is no outcome -----------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # an editorial
        (
            "Idecabtagene demonstrated a 73% response rate in a phase 2 trial.",
            [("73%", "idecabtagene vicleucel")],
        ),
        # a clinic page
        (
            "Brexucabtagene was given to 60 patients with MCL; the CR rate was 67%.",
            [("60 patients", "brexucabtagene autoleucel"), ("67%", "brexucabtagene autoleucel")],
        ),
        # news
        ("A single infusion of Lisocabtagene led to a 53% CR rate.", [("53%", "lisocabtagene maraleucel")]),
        # guard: a first word no known INN has names no product (and no unknown one)
        ("Foocabtagene achieved a 50% response rate.", [("50%", None)]),
    ],
)
def test_an_inns_first_word_alone(text, expected):
    ledger = extract_text(text)
    assert [(c.text, c.product) for c in ledger.claims] == expected
    assert ledger.warnings == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ide-cel demonstrated a 73% response rate in a sample of which 84% were triple refractory,"
            " 60% were pentaexposed, and 26% were penta-refractory.",
            ["73%"],
        ),
        ("Ide-cel achieved an ORR of 73% (90% triple-class exposed; 26% penta-refractory).", ["73%"]),
        ("The ORR was 73%; 58% of patients were penta-exposed.", ["73%"]),
    ],
)
def test_prior_drug_exposure_is_a_baseline_share(text, expected):
    assert [c.text for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an editorial
        (
            "Currently, 6 CAR-T agents are commercially available. Among them, 2 are indicated for"
            " multiple myeloma.",
            [("product_count", "6 CAR-T agents", None), ("product_count", "2", "MM")],
        ),
        # price news
        (
            "China has approved seven CAR-T products; among them, four target CD19.",
            [("product_count", "seven CAR-T products", None), ("product_count", "four", None)],
        ),
        # a trial-landscape report
        (
            "Over 1,000 CAR-T trials are registered worldwide. Of these, 540 are in China.",
            [("trial_count", "Over 1,000 CAR-T trials", None), ("trial_count", "540", None)],
        ),
        # guards: the nearest count before is of something else; a part of a cohort is the outcome's
        (
            "The FDA has approved 6 CAR T products. We identified 12 394 reports, of which 2225 were"
            " associated with neoplasms.",
            [("product_count", "6 CAR T products", None)],
        ),
        (
            "The study enrolled 100 patients. Among them, 45 had CRS.",
            [("patient_count", "100 patients", None), ("crs", "45", None)],
        ),
    ],
)
def test_a_part_of_the_products_or_trials_counted_before(text, expected):
    assert [(c.metric, c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Thai hospital news: the speaker's discipline
        (
            "Dr Hongeng, a paediatrics lecturer at the hospital, said the therapy was first tested on 10"
            " B-cell leukaemia patients with positive results.",
            [("10 B-cell leukaemia patients", None)],
        ),
        # a clinic page quoting its doctor
        (
            "A pediatric oncologist at the centre said the CR rate was 85% in 20 patients.",
            [("85%", None), ("20 patients", None)],
        ),
        # a congress report
        ("Professor Lee of the Department of Pediatrics reported a CR rate of 85%.", [("85%", None)]),
        # guards: the patients themselves
        ("In pediatric patients, the CR rate was 85%.", [("85%", "pediatric")]),
        ("The CR rate in paediatric and young adult patients was 81%.", [("81%", "pediatric")]),
    ],
)
def test_a_paediatrics_discipline_is_no_population(text, expected):
    assert [(c.text, c.population) for c in extract_text(text).claims] == expected


# --- alive without disease: event-free survival, sharing the clause's time point ------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Spanish hospital's news in translation
        (
            "In the trial, 69% were still alive after one year and 47% without the disease.",
            [("os", "69%", "P1Y"), ("efs", "47%", "P1Y")],
        ),
        # an abstract
        (
            "At one year, 69% of patients were alive and 47% were alive without disease.",
            [("os", "69%", "P1Y"), ("efs", "47%", "P1Y")],
        ),
        # a patients' page
        (
            "At 12 months, 70% were alive and 50% were alive and free of relapse.",
            [("os", "70%", "P12M"), ("efs", "50%", "P12M")],
        ),
        # a press release: the second share's own endpoint, after it
        (
            "After 2 years, the probability of remaining in remission was 54.1%, and a total of 38.4% of"
            " responders remained in remission without a transplant.",
            [("dor", "54.1%", "P2Y"), ("dor", "38.4%", "P2Y")],
        ),
        # guards: another kind of figure takes no time point; patients without the disease are no endpoint
        ("At one year, 69% were alive and 47% had CRS.", [("os", "69%", "P1Y"), ("crs", "47%", None)]),
        ("Of the patients without the disease, 30% had CRS.", [("crs", "30%", None)]),
    ],
)
def test_alive_without_disease_and_the_clauses_time_point(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


# --- a list under its own heading takes no context from the list of the section before ----------


@pytest.mark.parametrize(
    "text, expected",
    [
        # an earnings digest
        (
            "Business line\n- U.S. net trade sales of Carvykti grew 53% year-over-year\n"
            "Market data\n- The company has treated over 9,000 patients with Carvykti",
            [("over 9,000 patients", "ciltacabtagene autoleucel", None)],
        ),
        # a clinic's fact sheet
        (
            "CAR-T at a glance\n\nOur results in China\n"
            "• We treated 120 patients with relapsed B-ALL last year in Beijing\n"
            "Our team\n• The team has treated more than 800 patients since 2015",
            [("120 patients", None, "China"), ("more than 800 patients", None, None)],
        ),
        # guard: an item under the same heading keeps the item before as its context
        (
            "Key figures\n- The centre in Shanghai has treated 300 patients with Carteyva since 2021\n"
            "- About 40 patients are treated every month",
            [
                ("300 patients", "relmacabtagene autoleucel", "China"),
                ("About 40 patients", "relmacabtagene autoleucel", "China"),
            ],
        ),
    ],
)
def test_a_list_under_its_own_heading(text, expected):
    assert [(c.text, c.product, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trade-news digest: the share after the semicolon names its own endpoint after it
        (
            "In 91 participants, ORR was 98.9%, 82.4% of patients reaching sCR/CR, and the 12-month"
            " progression-free survival (PFS) rate was 85.5%; 94.2% (97/103) of patients achieved"
            " minimal residual disease (MRD) negativity.",
            [
                ("patient_count", "91 participants"),
                ("orr", "98.9%"),
                ("cr", "82.4%"),
                ("pfs", "85.5%"),
                ("mrd_negative", "94.2% (97/103)"),
            ],
        ),
        # an abstract
        (
            "The CR and MRD-negativity rates were 70% and 60%; 20% of patients relapsed.",
            [("cr", "70%"), ("mrd_negative", "60%"), ("relapse", "20%")],
        ),
        # guard: groups joined by a semicolon before "respectively" stay one list
        (
            "CRS and ICANS occurred in 95% and 21%; grade 3 or higher in 4% and 10%, respectively.",
            [("crs", "95%"), ("neurotoxicity", "21%"), ("crs", "4%"), ("neurotoxicity", "10%")],
        ),
    ],
)
def test_a_semicolon_opens_a_new_clause_of_figures(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a company release after its safety sentence: the cells' persistence, no CRS or ICANS
        (
            "Only one patient experienced grade 3 CRS, and 2 experienced ICANS. The CAR-T cells were still"
            " detectable in 50% and 40% respectively of the patients who completed 12-month and 24-month"
            " follow-ups.",
            [("crs", "one patient"), ("neurotoxicity", "2")],
        ),
        # an abstract
        ("CAR-T cells persisted in 62% of patients at 6 months.", []),
        ("Engraftment was seen in 85% of infused patients.", []),
        # guard: an outcome among patients whose cells were detectable
        ("CRS occurred in 50% of patients in whom CAR-T cells were detectable.", [("crs", "50%")]),
    ],
)
def test_shares_of_a_lab_finding_are_no_outcome(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a medical-tourism overview
        (
            "High costs, starting at approximately $475,000, are due to the need for the patient's blood to"
            " travel to the United States for engineering.",
            [("starting at approximately $475,000", None)],
        ),
        # a clinic page
        (
            "Patients pay about $475,000 because their cells are shipped to the US for manufacturing.",
            [("about $475,000", None)],
        ),
        # trade news: the cells flown back from Europe
        ("The treatment costs $90,000 once the cells are flown back from Europe.", [("$90,000", None)]),
        # guards: a price's own place; patients who travel there
        ("In the US, Kymriah costs $475,000; cells are shipped to New Jersey.", [("$475,000", "US")]),
        ("Patients who travel to China pay $150,000.", [("$150,000", "China")]),
    ],
)
def test_where_the_cells_are_sent_is_no_region(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


# --- the disease gone, said after its share; how much a tumour shrank is no response rate --------


@pytest.mark.parametrize(
    "text, expected",
    [
        # Brazilian news in translation
        (
            "Of the few patients treated with this therapy in the country, in 60% of them the cancer"
            " disappeared in just 30 days.",
            [("cr", "60%")],
        ),
        # a patients' page
        ("In 60% of patients, the tumours vanished within a month.", [("cr", "60%")]),
        ("In 60% of children, the leukaemia completely disappeared.", [("cr", "60%")]),
        # how much, not in how many
        ("All treated patients had remission of at least 60% of the tumours.", []),
        ("Patients saw a 50% reduction in tumour burden.", []),
        ("In the trial, tumours shrank by more than 30% within two months.", []),
        # guards: the side effects going; tumours shrinking in a share of patients
        ("In 60% of patients the side effects disappeared within a week.", []),
        ("Tumours shrank in 60% of patients.", [("orr", "60%")]),
    ],
)
def test_the_disease_gone_and_the_tumours_size(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abstract on donor-derived CAR-T
        (
            "Among 13 patients, one case of acute graft-versus-host disease (GVHD) occurred and was"
            " rapidly controlled with steroids.",
            [("patient_count", "13 patients"), ("adverse_event", "one case")],
        ),
        ("One case of chronic GVHD was reported.", [("adverse_event", "One case")]),
        # congress news: the treated part of an enrolled cohort, the product by its code
        (
            "Thirty-four patients with LBCL were enrolled for dose escalation and 32 received CTX110.",
            [("patient_count", "Thirty-four patients"), ("patient_count", "32")],
        ),
        (
            "Of 40 patients enrolled, 35 received ALLO-501A.",
            [("patient_count", "40 patients"), ("patient_count", "35")],
        ),
        # guard: a code that is no product's ("received CD19 …" is not a cohort's product)
        (
            "Of 40 patients enrolled, 35 received GM-CSF support and 5 received nothing.",
            [("patient_count", "40 patients")],
        ),
    ],
)
def test_cases_with_their_course_and_products_by_code(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


_SUBSIDY_NEWS = (
    "Subsidies for a high-cost blood cancer drug\n\nA high-cost drug used to treat a type of aggressive blood"
    " cancer, axicabtagene ciloleucel (Yescarta), has been approved for government subsidies this week.\n\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Singapore news: the article is about one product; one price is said of it and another
        (
            _SUBSIDY_NEWS
            + "Both are reportedly sold in Singapore at approximately US$375,000 (S$481,000) per treatment.",
            [("approximately US$375,000", None), ("S$481,000", None)],
        ),
        (_SUBSIDY_NEWS + "Both drugs cost about $400,000 before subsidies.", [("about $400,000", None)]),
        (_SUBSIDY_NEWS + "All three therapies are priced near $400,000.", [("$400,000", None)]),
        # guard: the article's product alone
        (
            _SUBSIDY_NEWS + "It is reportedly sold at approximately US$375,000 per treatment.",
            [("approximately US$375,000", "axicabtagene ciloleucel")],
        ),
        # guards: "both" after the price is another clause's; a price of one product
        ("Yescarta costs $373,000; both are covered by Medicare.", [("$373,000", "axicabtagene ciloleucel")]),
        ("Kymriah costs $475,000.", [("$475,000", "tisagenlecleucel")]),
    ],
)
def test_one_price_said_of_both_products(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clinic's FAQ: myeloma is a B-cell malignancy (plasma cells are B-lineage)
        (
            "Since 2015, the hospital has run about 300 CAR-T trials for relapsed B-ALL, B-cell lymphoma and"
            " multiple myeloma.",
            [("about 300 CAR-T trials", "B-cell malignancies")],
        ),
        # hospital news
        (
            "The hospital has treated 200 patients with B-ALL and multiple myeloma since 2019.",
            [("200 patients", "B-cell malignancies")],
        ),
        # guard: T-ALL with myeloma is no B-cell list
        (
            "The centre has treated 40 patients with T-ALL and multiple myeloma.",
            [("40 patients", "hematologic malignancies")],
        ),
    ],
)
def test_myeloma_with_b_cell_diseases_is_b_cell_malignancies(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clinic's FAQ: the journal is no disease of the cases
        (
            "The trials were for B-ALL, B-cell lymphoma and myeloma. We published the first 51 cases in the"
            " Journal of Leukemia in 2017.",
            [("51 cases", "B-cell malignancies")],
        ),
        # news citing a journal by its title
        (
            "The DLBCL results, published in the Leukemia & Lymphoma journal, showed a CR rate of 80%.",
            [("80%", "LBCL")],
        ),
        (
            "In a report in the Annals of Hematology, 12 patients with LBCL were treated.",
            [("12 patients", "LBCL")],
        ),
        (
            "Results published in the Journal of Leukemia covered 30 patients treated in 2016.",
            [("30 patients", None)],
        ),
        # guard: the disease itself
        ("In leukemia patients, the CR rate was 80%.", [("80%", "hematologic malignancies")]),
    ],
)
def test_a_journal_title_names_no_disease(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # medical-tourism page: bare families paired with their figures
        (
            "The CR data for China's lymphoma and leukemia CAR-T products are also impressive, at 77.6% and"
            " 82.1%, respectively.",
            [("77.6%", "B-NHL"), ("82.1%", "B-ALL")],
        ),
        # news
        (
            "Response rates in leukemia, lymphoma and myeloma were 90%, 70% and 80%, respectively.",
            [("90%", "B-ALL"), ("70%", "B-NHL"), ("80%", "MM")],
        ),
        # guards: named indications pair as before; a single family is no list
        ("CR rates were 60% and 80% in B-ALL and LBCL, respectively.", [("60%", "B-ALL"), ("80%", "LBCL")]),
        (
            "CRS and ICANS occurred in 60% and 20%, respectively, of lymphoma patients.",
            [("60%", None), ("20%", None)],
        ),
    ],
)
def test_bare_disease_families_paired_by_respectively(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


_LONG_OPENING = (
    "The global oncology landscape is shifting, and patients now compare what treatment costs at home"
    " and abroad before they decide where to go for care.\n\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # medical-tourism titles that list the page's sections after a colon
        (
            "CAR-T Therapy in China: 2026 Cost, Hospitals & Solid Tumor Breakthroughs\n"
            + _LONG_OPENING
            + "Commercial CAR-T in China costs about $120,000 to $170,000.",
            [("about $120,000 to $170,000", None)],
        ),
        (
            "CAR-T in India: Price, Top Hospitals, Visa and Myeloma Results\n"
            + _LONG_OPENING
            + "A CAR-T infusion costs about $40,000 in Mumbai.",
            [("about $40,000", None)],
        ),
        # guard: the disease before the colon is the page's topic
        (
            "CAR-T for Multiple Myeloma: Cost, Hospitals & Success Rates\n"
            + _LONG_OPENING
            + "A CAR-T infusion costs about $40,000 in Mumbai.",
            [("about $40,000", "MM")],
        ),
    ],
)
def test_a_titles_list_of_sections_is_no_topic(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a crowdfunding story: leukaemia at the top, the diagnosis later
        (
            "An NGO raised RM1.2 million in seven hours for a nine-year-old girl who needed CAR-T therapy for"
            " leukaemia in Singapore, her family said on Monday after the campaign closed.\n\n"
            "Doctors told the family CAR-T has a recovery rate of 80%.\n\n"
            "In 2019 she was diagnosed with B-cell acute lymphoblastic leukaemia.",
            [("80%", "B-ALL")],
        ),
        # a local news story about a blood cancer patient
        (
            "A father of two with blood cancer has become the first patient at the county hospital to receive"
            " CAR-T cell therapy, which his doctors hope will put his disease into remission this year.\n\n"
            "His wife said the family had waited months for a place at one of the few centres"
            " that offer it.\n\n"
            "The treatment costs about $400,000.\n\n"
            "He was diagnosed with diffuse large B-cell lymphoma in 2021.",
            [("about $400,000", "LBCL")],
        ),
        # guards: two diagnoses narrow nothing; a specific topic is not changed
        (
            "A charity raised money for a brother and sister who needed CAR-T therapy for leukaemia, the"
            " charity said on Monday after its campaign closed in record time.\n\n"
            "CAR-T has a recovery rate of 80%.\n\n"
            "One was diagnosed with B-ALL, the other was diagnosed with CLL.",
            [("80%", "hematologic malignancies")],
        ),
        (
            "A myeloma patient in Leeds has received CAR-T therapy under a new NHS deal, the hospital trust"
            " said in a statement on Monday after the first infusion.\n\n"
            "The treatment costs about $400,000.\n\n"
            "His brother was diagnosed with diffuse large B-cell lymphoma in 2021.",
            [("about $400,000", "MM")],
        ),
    ],
)
def test_a_patient_storys_diagnosis_narrows_its_topic(text, expected):
    assert [(c.text, c.indication) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a congress report: the registry's intake, not a success rate
        (
            "Approximately 50 new patients were registered each month, demonstrating the success of"
            " CAR-T therapy.",
            [("patient_count", "Approximately 50 new patients")],
        ),
        ("The clinic shares 100 success stories of patients treated since 2018.", []),
        # guards: a success rate said so
        (
            "The hospital has treated over 2,110 patients (90% success).",
            [("patient_count", "over 2,110 patients"), ("success_rate", "90%")],
        ),
        ("CAR-T achieved 80% success in leukemia.", [("success_rate", "80%")]),
    ],
)
def test_the_success_of_a_therapy_is_no_rate(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # registry reports: who dropped out before the infusion, and why
        (
            "Main reasons for not administering CAR-T cells were disease progression (N= 27) and death before"
            " administration (N= 14).",
            [],
        ),
        ("Of the enrolled patients, 8 were not infused because of progression (n = 5) or death (n = 3).", []),
        ("The main reason for not receiving CAR-T therapy was cancer-related mortality (n = 19).", []),
        # guard: arms' sizes
        (
            "Patients were randomized to axi-cel (n = 180) or standard care (n = 179).",
            [("patient_count", "180"), ("patient_count", "179")],
        ),
    ],
)
def test_who_dropped_out_before_the_infusion(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a review's table of pivotal studies: the endpoint's definition in brackets
        (
            "ORR (CR or CR with incomplete hematologic recovery) within 3 months after infusion, 82%"
            " (95% CI, 72–90)",
            [("orr", "82%")],
        ),
        ("ORR (CR or CRi): 82%", [("orr", "82%")]),
        ("The overall remission rate (CR + CRi) was 81%.", [("orr", "81%")]),
        # guards: a CR of its own after the ORR
        ("ORR was 80% (CR 60%).", [("orr", "80%"), ("cr", "60%")]),
        ("ORR (CR+PR): 53% (95% CI: 43.5–62.4)", [("orr", "53%")]),
    ],
)
def test_an_endpoints_definition_in_brackets_names_no_endpoint(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abstract's disposition: who was not infused, and why, is no outcome nor cohort
        (
            "Infusions were not given in 18 pts due to death or adverse events (AEs), n=10; or manufacturing"
            " failures, n=8.",
            [],
        ),
        ("CAR-T cells could not be infused in 5 patients because of progression.", []),
        # guard: the infused part of a cohort
        (
            "Of 97 patients enrolled, 79 were infused.",
            [("patient_count", "97 patients"), ("patient_count", "79")],
        ),
    ],
)
def test_patients_not_infused_and_why(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


def test_a_count_label_above_list_items_is_no_section_heading():
    # a review's table flattened: "N = 115 infused" labels the items, the population line above
    # still names their indication
    text = (
        "Adult patients with r/r DLBCL after failure of two or more lines of therapy who are not eligible"
        " for HSCT (JULIET)\n"
        "N = 115 infused\n"
        "  • ORR (CR+PR): 53%\n"
        "  • CR: 39%\n"
    )
    assert [(c.text, c.indication) for c in extract_text(text).claims] == [
        ("115", "LBCL"),
        ("53%", "LBCL"),
        ("39%", "LBCL"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abstract: the minus sign for MRD-negative
        (
            "CR/CRi was achieved by 65 pts; 64 (98%) were MRD(–) ≤3 mo.",
            [("cr", "65 pts"), ("mrd_negative", "64 (98%)")],
        ),
        ("Of the responders, 90% were MRD– at day 28.", [("mrd_negative", "90%")]),
        # guards: the spelled-out and the CR forms
        ("MRD(-) CR was seen in 70%.", [("mrd_negative", "70%")]),
        ("The MRD-negative rate was 85%.", [("mrd_negative", "85%")]),
    ],
)
def test_mrd_negative_told_by_its_minus_sign(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts: a response's count told in the passive
        (
            "Among 79 infused patients, CR/CRi was achieved by 65 patients.",
            [("patient_count", "79 infused patients", None), ("cr", "65 patients", 82.3)],
        ),
        ("Complete remission was achieved in 65 patients.", [("cr", "65 patients", 65.0)]),
        ("A complete response was reached by 12 patients.", [("cr", "12 patients", 12.0)]),
        # guard: what is reached is no endpoint
        ("Enrollment was reached in 40 patients.", []),
    ],
)
def test_a_response_achieved_by_n_patients(text, expected):
    got = [
        (c.metric, c.text, c.value.low if c.metric != "patient_count" else None)
        for c in extract_text(text).claims
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # congress abstracts write "pts" for patients
        (
            "A total of 40 pts were enrolled and 35 pts were infused.",
            [("patient_count", "40 pts"), ("patient_count", "35 pts")],
        ),
        ("Among 35 evaluable pts, the ORR was 91%.", [("patient_count", "35 evaluable pts"), ("orr", "91%")]),
        ("CRS occurred in 20 pts (57%).", [("crs", "20 pts (57%)")]),
        ("CR/CRi was achieved by 65 pts.", [("cr", "65 pts")]),
        (
            "208 pts were randomized to cilta-cel (of whom 176 received cilta-cel) and 211 to SOC.",
            [("patient_count", "208 pts"), ("patient_count", "176"), ("patient_count", "211")],
        ),
    ],
)
def test_pts_is_patients(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an editorial, a hospital page, a regulator roundup: the day as an ordinal before the month
        ("On 30th August 2017, the product became the first CAR-T approved by the FDA.", "2017-08-30"),
        ("Health Canada approved Yescarta on the 13th of February, 2019.", "2019-02-13"),
        ("The EMA approved it on 1st July 2022, after a positive opinion.", "2022-07-01"),
        # guards: the forms read before
        ("The FDA approved Kymriah on 30 August 2017.", "2017-08-30"),
        ("The FDA approved Kymriah on August 30th, 2017.", "2017-08-30"),
    ],
)
def test_an_approval_date_with_an_ordinal_day_first(text, expected):
    claims = extract_text(text).claims
    assert [(c.metric, c.value.date) for c in claims] == [("approval", expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # price news, a patients' guide, a toxicity summary: two guesses joined by "or"
        (
            "The hospital made its own version for some 50,000 or 60,000 euros.",
            ("some 50,000 or 60,000 euros", 50000.0, 60000.0, "range"),
        ),
        ("A locally made kit costs 4 or 5 million rupees.", ("4 or 5 million rupees", 4e6, 5e6, "range")),
        ("CRS occurred in 20 or 30% of patients.", ("20 or 30%", 20.0, 30.0, "range")),
        # guards: a figure restated, far apart, or each with its own unit
        ("Of the 10 patients, 5 or 50% achieved a complete response.", ("50%", 50.0, 50.0, "eq")),
        ("CRS occurred in 5 or 30% of patients, depending on the trial.", ("30%", 30.0, 30.0, "eq")),
    ],
)
def test_two_figures_joined_by_or_are_one_range(text, expected):
    got = [(c.text, c.value.low, c.value.high, c.value.bound) for c in extract_text(text).claims]
    assert got[-1] == expected
    assert len([c for c in got if c[0] != "10 patients"]) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trial digest, an abstract, a toxicity line: the share, whom it is of, then its fraction
        (
            "Researchers saw tumours respond in 62% of patients (8 of 13) who had visible disease.",
            ("62% of patients (8 of 13)", 62.0, 8.0, 13.0),
        ),
        ("CR was reached by 62% of patients (8/13).", ("62% of patients (8/13)", 62.0, 8.0, 13.0)),
        (
            "CRS occurred in 40% of the children (4 out of 10 treated).",
            ("40% of the children (4 out of 10 treated)", 40.0, 4.0, 10.0),
        ),
    ],
)
def test_a_share_of_people_with_its_fraction_in_brackets_is_one_claim(text, expected):
    claims = extract_text(text).claims
    assert [(c.text, c.value.low, c.numerator, c.denominator) for c in claims] == [expected]


def test_a_share_and_a_bracketed_fraction_that_disagree_stay_two():
    claims = extract_text("CRS occurred in 40% of the patients (9 of 13).").claims
    assert [(c.text, c.value.low) for c in claims] == [("40%", 40.0), ("9 of 13", 69.2)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a patients' explainer, a clinic page, a review: a share in words and what patients do
        (
            "While some stay in remission, more than half may relapse within 12 months.",
            ("relapse", 50.0, "gt"),
        ),
        ("Roughly half respond to a second infusion.", ("orr", 50.0, "approx")),
        ("Two-thirds achieve a complete remission after one infusion.", ("cr", 66.7, "eq")),
        ("Half develop CRS, usually mild.", ("crs", 50.0, "eq")),
    ],
)
def test_a_share_in_words_before_a_present_or_modal_verb(text, expected):
    claims = extract_text(text).claims
    assert [(c.metric, c.value.low, c.value.bound) for c in claims] == [expected]


def test_a_share_in_words_before_a_verb_of_something_else_is_no_claim():
    assert extract_text("The price was cut in half to widen access.").claims == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a children's hospital page, a news report, an abstract: a reporting verb before the outcome
        (
            "It was approved after 83 percent of children were found to be in complete remission.",
            ("cr", "83 percent"),
        ),
        ("In the trial, 40% were reported to have had CRS.", ("crs", "40%")),
        (
            "About 60% of patients were shown to have achieved an MRD-negative remission.",
            ("mrd_negative", "About 60%"),
        ),
    ],
)
def test_a_reporting_verb_before_what_patients_had(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # guards: a label's listing threshold, and what is found is no outcome
        "Adverse reactions occurring in at least 10% of patients are shown in Table 3.",
        "About 30% of patients were found to be eligible for the trial.",
    ],
)
def test_a_reporting_verb_names_no_outcome_of_its_own(text):
    assert extract_text(text).claims == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abstract, a registry report, a meta-analysis: the patients a set of records stands for
        ("Of 262 treatments, 81 were followed by a reinfusion, representing 79 patients.", "79 patients"),
        (
            "The registry, covering 1,200 patients across 40 centres, reported a CR rate of 40%.",
            "1,200 patients",
        ),
        ("The 18 studies, spanning 950 patients, reported an ORR of 80%.", "950 patients"),
    ],
)
def test_the_patients_a_set_of_records_represents_is_a_cohort(text, expected):
    counts = [c.text for c in extract_text(text).claims if c.metric == "patient_count"]
    assert counts == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abstract, a review, a registry: figures of groups by response, compared
        (
            "The cumulative incidence of relapse was 29% at 24 months for CR vs 61% for nonresponse.",
            [("relapse", "29%"), ("relapse", "61%")],
        ),
        (
            "The 2-year overall survival was 80% for CR versus 35% for PR.",
            [("os", "80%"), ("os", "35%")],
        ),
        (
            "Relapse occurred in 20% for MRD-negative CR and 55% for MRD-positive CR.",
            [("relapse", "20%"), ("relapse", "55%")],
        ),
        # guard: a response rate's own categories are not groups
        ("The CR rate was 60% and the ORR 80%.", [("cr", "60%"), ("orr", "80%")]),
    ],
)
def test_a_response_labelling_a_compared_group_names_no_rate(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # trial news and an abstract: those whose cells could not be made, or who died waiting
        (
            "Of the 141 patients enrolled, 85 received the cells; the maker was unable to produce cells"
            " for nine patients, and 16 died before they could be infused.",
            [("patient_count", "141 patients"), ("patient_count", "85")],
        ),
        ("Four patients died while awaiting manufacturing.", []),
        (
            "Of 20 patients enrolled, 2 died before infusion and 18 were treated.",
            [("patient_count", "20 patients"), ("patient_count", "18")],
        ),
        # guard: deaths after treatment are outcomes
        ("Six patients died during the study.", [("os", "Six patients")]),
    ],
)
def test_deaths_and_failures_before_infusion_are_dropouts(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a magazine feature, an explainer, an abstract: each share's group after "with", one verb
        (
            "About half of patients with lymphoma, and about a third with myeloma, have a complete"
            " remission.",
            [("cr", "About half"), ("cr", "about a third")],
        ),
        ("About a third with myeloma have a complete remission.", [("cr", "About a third")]),
        ("About 60% with ALL achieve remission after one infusion.", [("orr", "About 60%")]),
        # guard: the past tense read before
        (
            "62% of patients with LBCL and 45% with FL developed CRS.",
            [("crs", "62%"), ("crs", "45%")],
        ),
    ],
)
def test_a_share_with_its_group_then_a_present_verb(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an opinion piece, a pooled analysis, trial news: patients spread across diseases or trials,
        # and patients a later cohort adds
        (
            "The trial (January 2026, twenty-four patients across lupus, systemic sclerosis and myositis)"
            " reported remission in 90%.",
            [("patient_count", "twenty-four patients"), ("orr", "90%")],
        ),
        (
            "The pooled analysis included 300 patients across three trials.",
            [("patient_count", "300 patients"), ("trial_count", "three trials")],
        ),
        (
            "Chinese cohorts add another forty-three patients to the evidence.",
            [("patient_count", "forty-three patients")],
        ),
        # guard: a population across the world is no cohort
        ("There are 2 million patients across the world with lupus.", []),
    ],
)
def test_patients_across_diseases_or_added_by_a_cohort_are_counts(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # translated hospital news, a patients' page, an abstract: the people between the two numbers
        ("Two patients out of three showed a positive response.", ("orr", "Two patients out of three", 66.7)),
        ("Nine children out of ten responded to the cells.", ("orr", "Nine children out of ten", 90.0)),
        ("Six patients of the 40 relapsed within a year.", ("relapse", "Six patients of the 40", 15.0)),
        # guard: the form read before
        ("Nine out of ten children responded.", ("orr", "Nine out of ten children", 90.0)),
    ],
)
def test_a_share_told_as_n_people_out_of_m(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # research on HTA reports, a registry of centres: an n of documents or places
        ("Observational data were used in 63% of reports (n = 112).", []),
        ("Of the HTA decisions (n = 178), most were positive.", []),
        ("The registry collects data from treating centres (n = 45).", []),
        # guards: an n of patients
        (
            "The ORR was 60% across 3 trials (n = 450).",
            [("orr", "60%"), ("trial_count", "3 trials"), ("patient_count", "450")],
        ),
        ("Adults with LBCL (n = 101) were infused.", [("patient_count", "101")]),
    ],
)
def test_an_n_of_documents_or_places_counts_no_patients(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        # research on HTA reports, payer surveys: a count and its share of things, no saving
        "Of the conditional recommendations, 138 (95%) were recommended with a price reduction.",
        "Of 40 payers surveyed, 12 (30%) asked for a discount.",
    ],
)
def test_a_count_with_its_share_is_no_saving(text):
    assert [c.metric for c in extract_text(text).claims if c.metric == "cost_reduction"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # business news, launch news: a price and its conversion in brackets are one price's
        (
            "The regulator approved Yescarta. But it is expensive: it could be priced at more than"
            " 1 million yuan ($154,000) per course.",
            [("axicabtagene ciloleucel", "China"), ("axicabtagene ciloleucel", "China")],
        ),
        # (a rupee price names no region: nor does its dollar conversion, after a US price)
        (
            "Similar therapies cost over $400,000 in the US.\nThe local therapy, priced between INR 30-40"
            " lakh ($36,000-$48,000), remains beyond the reach of many.",
            [(None, "US"), (None, None), (None, None)],
        ),
        # guard: the same sentence's product, read before
        (
            "Yescarta is priced at 1.2 million yuan ($170,000).",
            [("axicabtagene ciloleucel", "China"), ("axicabtagene ciloleucel", "China")],
        ),
    ],
)
def test_a_bracketed_conversion_is_attributed_as_the_price_it_restates(text, expected):
    assert [(c.product, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a news digest, a review: "of those" after trials that report a result is of the patients,
        # the responders (a share of them no response rate: no cue after it says what it counts)
        (
            "Trials reported 77% remission, with roughly half of those remaining free of detectable"
            " cancer at three and a half years.",
            [("orr", "77%")],
        ),
        (
            "Studies showed 80% response rates, and half of them were durable.",
            [("orr", "80%")],
        ),
        # guards: a share of the trials counted
        (
            "Over 1,000 CAR-T trials are registered worldwide, nearly half of them in China.",
            [("trial_count", "Over 1,000 CAR-T trials"), ("trial_count", "nearly half of them")],
        ),
        (
            "There are 854 trials, 70% of which are in China.",
            [("trial_count", "854 trials"), ("trial_count", "70% of which")],
        ),
    ],
)
def test_a_share_of_those_after_a_result_of_trials_is_no_share_of_trials(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # trial news and a city's plan: patients to be enrolled or treated are no cohort yet
        (
            '"60 patients will be enrolled in the study, and then the documents will be submitted,"'
            " she said.",
            [],
        ),
        ("40 children are to be treated with CAR-T next year.", []),
        ("Twenty patients are scheduled to receive the cells this autumn.", []),
        # guard: those enrolled
        ("60 patients were enrolled in the study.", [("patient_count", "60 patients")]),
    ],
)
def test_patients_to_be_enrolled_are_no_cohort(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a press digest and a slide pasted as one line: each label before its own figure
        (
            "Overall Response rate: 82 percent (9/11) Complete Response rate: 64 percent (7/11) Severe"
            " Cytokine Release Syndrome: 9 percent (1/11) Severe neurotoxicity: 18 percent (2/11)",
            [
                ("orr", "82 percent (9/11)"),
                ("cr", "64 percent (7/11)"),
                ("crs", "9 percent (1/11)"),
                ("neurotoxicity", "18 percent (2/11)"),
            ],
        ),
        ("ORR: 82% CR rate: 64% CRS: 20%", [("orr", "82%"), ("cr", "64%"), ("crs", "20%")]),
        # guard: a cue after its figure with no label colon
        ("The trial showed 82% overall response and 64% complete response.", [("orr", "82%"), ("cr", "64%")]),
    ],
)
def test_labels_run_on_in_one_line_each_name_the_figure_after_them(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an expert interview: the bar a result must clear is no result
        ("We're looking for efficacy with a response rate over 30% in relapsed lymphoma.", []),
        ("We would like to see a CR rate of at least 40% in this setting.", []),
        # guard: what they are seeing
        ("We're seeing complete response rates above 50%.", [("cr", "above 50%")]),
    ],
)
def test_a_bar_an_expert_looks_for_is_no_result(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # scraped fact boxes whose line breaks were lost: each label's own figure and time point
        (
            "Complete remission (CR) rate: 92.3% Overall survival at 1 year: 80% MRD negativity: 85%",
            [("cr", "92.3%", None), ("os", "80%", "P1Y"), ("mrd_negative", "85%", None)],
        ),
        (
            "Median OS: 14.0 months Median PFS: 6.2 months ORR: 80%",
            [("os", "14.0 months", None), ("pfs", "6.2 months", None), ("orr", "80%", None)],
        ),
        # guard: a colon that explains the figure before it
        (
            "Data show one-third of patients remain progression-free at five years: 33 percent (n=32) of"
            " patients in the study.",
            [("pfs", "one-third", "P5Y"), ("pfs", "33 percent", "P5Y")],
        ),
    ],
)
def test_run_on_labels_keep_their_own_figures_and_time_points(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts that write the time point without its hyphen
        ("The 12 month PFS rate was 50%.", [("pfs", "50%", "P12M")]),
        ("The 2 year OS was 60% in the cilta-cel arm.", [("os", "60%", "P2Y")]),
        # guard: a median in months
        ("Median PFS was 12 month.", [("pfs", "12 month", None)]),
    ],
)
def test_a_time_point_without_its_hyphen_is_no_median(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a slide and a brand page's fact strip pasted as one line, with no colons
        (
            "ORR 82% CR 64% CRS 20% ICANS 5%",
            [("orr", "82%"), ("cr", "64%"), ("crs", "20%"), ("neurotoxicity", "5%")],
        ),
        (
            "Efficacy Overall response rate 83% Complete remission 60% Safety CRS 85% Neurotoxicity 30%",
            [("orr", "83%"), ("cr", "60%"), ("crs", "85%"), ("neurotoxicity", "30%")],
        ),
        # ... and counts behind their own labels
        (
            "Trials: 854 Approved products: 6 Patients treated: 2,000+",
            [("trial_count", "854"), ("product_count", "6"), ("patient_count", "2,000+")],
        ),
        # guards: a figure whose endpoint follows it in a sentence; a registry record's lines
        ("Patients achieved 82% CR and 10% PR.", [("cr", "82%")]),
        (
            "Estimated Enrollment: 120 participants\nAllocation: Randomized",
            [("patient_count", "120 participants")],
        ),
    ],
)
def test_labels_and_figures_run_on_without_colons(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a patients' society's news, a price report, an academic centre's release: a ratio as a factor
        (
            "Experts worked out that production is cheaper by a factor of 5.",
            [("cost_reduction", "a factor of 5", 5.0)],
        ),
        ("The local product costs a factor of five less.", [("cost_reduction", "a factor of five", 5.0)]),
        (
            "The price fell by a factor of about 10 in India.",
            [("cost_reduction", "a factor of about 10", 10.0)],
        ),
        (
            "The academic product is cheaper by about 40% than the commercial one.",
            [("cost_reduction", "about 40%", 40.0)],
        ),
        # guard: a factor of no price
        ("The risk of CRS rose by a factor of 2.", []),
    ],
)
def test_a_saving_told_as_a_factor(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # health-economics abstracts: studies that are no clinical trials
        ("Nine cost-effectiveness studies were identified.", []),
        ("We reviewed 12 economic evaluation studies of CAR-T.", []),
        ("Three preclinical studies in mice supported the trial.", []),
        # guard: clinical trials
        ("There are 854 clinical trials of CAR-T.", [("trial_count", "854 clinical trials")]),
    ],
)
def test_economic_and_preclinical_studies_are_no_trials(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # European pages and their translations: a decimal comma in a share
        ("The CR rate was 92,3% in the Spanish cohort.", [("cr", "92,3%", 92.3)]),
        ("CRS occurred in 12,5 % of patients.", [("crs", "12,5 %", 12.5)]),
        # ... and in a duration or a sum in millions
        ("Median OS was 12,5 months.", [("os", "12,5 months", 12.5)]),
        ("The therapy costs 1,5 million euros.", [("cost", "1,5 million euros", 1500000.0)]),
        # guards: a thousands comma, and a year run into a share
        (
            "Of 1,200 trials, 40% were in China.",
            [("trial_count", "1,200 trials", 1200.0), ("trial_count", "40%", 40.0)],
        ),
        ("In 2019,50% of trials were Chinese.", [("trial_count", "50% of trials", 50.0)]),
    ],
)
def test_a_share_with_a_decimal_comma(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # pages copied with their note marks: a superscript number glued to the endpoint or product
        ("The ORR¹ was 82%.", [("orr", "82%", None)]),
        ("Kymriah² costs $475,000.", [("cost", "$475,000", "tisagenlecleucel")]),
        ("The complete remission rate³,⁴ reached 60%.", [("cr", "60%", None)]),
        # guard: a power of ten is no note mark
        ("MRD was measured at a sensitivity of 10⁻⁴.", []),
    ],
)
def test_a_superscript_note_mark_after_a_word_is_read_past(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # pages typeset with a minus sign or a tilde between the ends of a range, and "pct"
        ("CR rates of 60−80% were seen.", [("cr", "60−80%", 60.0, 80.0)]),
        ("CR rates of 60~80% were reported by Asian centres.", [("cr", "60~80%", 60.0, 80.0)]),
        ("It costs $300,000−$400,000 in the US.", [("cost", "$300,000−$400,000", 300000.0, 400000.0)]),
        ("The ORR was 80 pct in the trial.", [("orr", "80 pct", 80.0, 80.0)]),
    ],
)
def test_ranges_with_a_minus_sign_or_tilde_and_pct(text, expected):
    assert [(c.metric, c.text, c.value.low, c.value.high) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # wire datelines and dates with no year: the day is no count
        ("Taipei, Nov. 3 (CNA) Patients with two types of cancer will now be covered.", []),
        ("BEIJING, Dec. 7 (Xinhua) -- 12 hospitals now offer the therapy.", []),
        ("On Sept. 12 patients were enrolled in the second cohort.", []),
        # guards: a count after the dateline, and a date with its year
        ("Taipei, Nov. 3 (CNA) 40 patients were treated in the program.", [("patient_count", "40 patients")]),
        ("The FDA approved Kymriah on August 30th, 2017.", [("approval", "August 30th, 2017")]),
    ],
)
def test_a_day_of_a_month_is_no_count(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Indian price news: "Rs." with its full stop ends no sentence before the sum
        (
            "The therapy costs around Rs. 25 lakhs in India.",
            [("around Rs. 25 lakhs", 2500000.0, 2500000.0, "INR")],
        ),
        (
            "The price in India is Rs. 40-45 lakh per patient.",
            [("Rs. 40-45 lakh", 4000000.0, 4500000.0, "INR")],
        ),
        # Vietnamese and Polish sums with the currency after them
        ("The treatment costs 6 billion ₫ in Hanoi.", [("6 billion ₫", 6e9, 6e9, "VND")]),
        ("It costs 1.5 million zł in Warsaw.", [("1.5 million zł", 1.5e6, 1.5e6, "PLN")]),
        # guard: the rupee forms read before
        ("It costs Rs 25 lakh.", [("Rs 25 lakh", 2500000.0, 2500000.0, "INR")]),
    ],
)
def test_sums_in_rupees_with_a_full_stop_and_currencies_after_the_sum(text, expected):
    got = [(c.text, c.value.low, c.value.high, c.value.unit) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts' shortened units and labels, whose full stops end no sentence
        (
            "Median OS was 12 mo. vs. 6 mo. in the control arm.",
            [("os", "12 mo", None), ("os", "6 mo", None)],
        ),
        ("OS at 2 yrs. was 60%.", [("os", "60%", "P2Y")]),
        ("OS probability at 18 mo was 70%.", [("os", "70%", "P18M")]),
        ("The 12-mo PFS was 50%.", [("pfs", "50%", "P12M")]),
        ("No. of patients treated: 40", [("patient_count", "40", None)]),
        ("The ORR was 80% (cf. 60% with chemotherapy).", [("orr", "80%", None), ("orr", "60%", None)]),
        # guard: a full stop after "mo." still ends a sentence before a capital
        ("Median follow-up was 12 mo. The ORR was 80%.", [("orr", "80%", None)]),
    ],
)
def test_shortened_units_and_labels_in_abstracts(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # hospital pages and annual reports: the people treated, coordinated; a monthly rate is no cohort
        (
            "Since the program began in 2016, more than 500 adults and children have received CAR-T here.",
            [("patient_count", "more than 500 adults")],
        ),
        ("We now treat about 8 patients a month with CAR-T.", []),
        ("The centre treats around 10 patients per month.", []),
        # guard: a count with its verb
        ("40 children and young adults were treated.", [("patient_count", "40 children")]),
    ],
)
def test_coordinated_people_and_monthly_rates(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a celebrity-news retelling and a children's hospital page: "kids" are patients
        (
            "Between 2004 and 2009, she was one of 19 kids enrolled in a clinical trial.",
            [("patient_count", "19 kids")],
        ),
        ("The hospital has treated 40 kids with CAR-T.", [("patient_count", "40 kids")]),
        ("Nine out of ten kids went into remission.", [("orr", "Nine out of ten kids")]),
    ],
)
def test_kids_are_patients(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # HTA research abstracts and payer digests: a sentence about decisions or submissions
        # that names no people counts documents with its n's, wherever the noun stands
        ("Favourable decisions were issued by the French agency (n=4) and the Scottish one (n=2).", []),
        ("The German body issued temporary reimbursement decisions with a later review (n=5).", []),
        ("The Scottish agency (n=2) issued negative recommendations for both products.", []),
        ("Submissions came mostly from Europe (n = 14) and North America (n = 9).", []),
        # guards: the people, or a group of them, are named
        (
            "Positive decisions covered patients with lymphoma (n = 40).",
            [("patient_count", "40")],
        ),
        (
            "The approval decision rested on the CAR-T group (n = 104) and the chemotherapy group (n = 52).",
            [("patient_count", "104"), ("patient_count", "52")],
        ),
        (
            "Responses were seen in DLBCL (n = 59) and FL (n = 12).",
            [("patient_count", "59"), ("patient_count", "12")],
        ),
    ],
)
def test_n_equals_in_a_sentence_about_decisions_counts_documents(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # registry abstracts and trial news: a landmark estimate or rate named right before its figure
        ("The median PFS was not reached, with 12-month estimate being 68%.", [("pfs", "68%", "P12M")]),
        ("Median OS was not reached, with the 2-year estimate at 61%.", [("os", "61%", "P2Y")]),
        ("The median OS was not reached, with a 24-month rate of 70%.", [("os", "70%", "P24M")]),
        ("Median EFS was not reached; the 6-month Kaplan-Meier estimate was 80%.", [("efs", "80%", "P6M")]),
        # guard: a figure with no estimate named before it keeps no time point
        ("Median PFS was not reached and the ORR was 70%.", [("orr", "70%", None)]),
    ],
)
def test_a_landmark_estimate_named_before_its_figure(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # regulator news and drug histories: the day a committee sat to weigh an application
        (
            "The advisory committee met on July 12, 2017, to consider the application for approval of "
            "tisagenlecleucel.",
            [],
        ),
        (
            "The panel held a public meeting on Wednesday, 9 March 2023, to review whether cilta-cel "
            "should be approved.",
            [],
        ),
        ("The committee convened in June 2021 to discuss the approval of Abecma.", []),
        # guards: the approval itself, and an approval after a meeting
        (
            "The FDA approved tisagenlecleucel on August 30, 2017, a month after the committee met.",
            [("approval", "August 30, 2017")],
        ),
        ("Kymriah was approved in August 2017 to treat children with ALL.", [("approval", "August 2017")]),
    ],
)
def test_a_committee_meeting_to_consider_an_application_is_no_approval(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # trade and financial news: a company's stock moving is no outcome, price or saving
        ("The relapses sent shares into a sudden 13% dive.", []),
        ("The data caused shares in the company to fall 13% to around $7.60 in premarket trading.", []),
        (
            "Its stock $ABCD had been trading up around 30% since May, though it has dropped more than 40% "
            "since the IPO.",
            [],
        ),
        ("Shares of the biotech plunged 25% after the trial was halted.", []),
        ("The company's market value fell by half, down 48% on the day.", []),
        # guards: outcomes told with shares of patients
        ("Half of patients relapsed and 30% of patients had CRS.", [("relapse", "Half"), ("crs", "30%")]),
        ("The share of patients in complete remission rose to 60% in the update.", [("cr", "60%")]),
    ],
)
def test_a_stock_moving_is_no_outcome(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # early-trial news: a share of the responders, and a share told with the outcome after "with"
        (
            "As of May 13, three of the six complete responders had relapsed.",
            [("relapse", "three of the six", 50.0)],
        ),
        (
            "By the data cut, two of the four responders had relapsed.",
            [("relapse", "two of the four", 50.0)],
        ),
        ("The therapy put two of five with complete response at six months.", [("cr", "two of five", 40.0)]),
        ("In the low-dose arm, one of three with CRS needed tocilizumab.", [("crs", "one of three", 33.3)]),
        # guard: a word denominator before no people and no outcome stays no share
        ("It is one of six approved products.", [("product_count", "six approved products", 6.0)]),
    ],
)
def test_word_fractions_of_responders_and_with_an_outcome(text, expected):
    got = [(c.metric, c.text, round(c.value.low, 1)) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # text taken from PDFs (regulators' and HTA reports, journal articles): words broken with a
        # hyphen at a line's end are read whole; a claim quotes the source as it stands
        ("The overall re-\nsponse rate was 82%.", [("orr", "82%", None)]),
        ("Complete re-\nmission was achieved by 54% of patients.", [("cr", "54%", None)]),
        ("In total, 111 pa-\ntients were infused.", [("patient_count", "111 pa-\ntients", None)]),
        ("The overall re-\r\nsponse rate was 82%.", [("orr", "82%", None)]),
        (
            "Grade 3 or higher neu-\nrotoxicity occurred in 12% of pa-\ntients.",
            [("neurotoxicity", "12%", None)],
        ),
        # a compound broken at its own hyphen keeps it: "progression-free", "12-month"
        ("Median progression-\nfree survival was 12.1 months.", [("pfs", "12.1 months", None)]),
        ("The 12-\nmonth OS rate was 70%.", [("os", "70%", "P12M")]),
        # guard: a capital after the break is no broken word
        ("The approval covers CAR-\nT therapy for 20 patients.", [("patient_count", "20 patients", None)]),
    ],
)
def test_words_a_pdf_broke_at_a_line_end(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # conference news and registry summaries: "disease" between the verb and the remission
        ("In ELIANA, 81 percent of patients achieved disease remission.", [("orr", "81 percent")]),
        ("In the registry, 70% of children achieved disease remission after one infusion.", [("orr", "70%")]),
        ("About 65% of patients had a disease response at day 28.", [("orr", "About 65%")]),
        # guards: the remission named first; progression and stable disease are no response
        ("Disease remission was achieved by 60% of adults.", [("orr", "60%")]),
        ("Overall, 20% of patients had stable disease.", []),
    ],
)
def test_a_disease_remission_after_the_share(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # insurance and hospital news: the counterpart of a count that is no claim is none either
        (
            "More recently, six cases have been submitted by the University Hospital and two by the Veterans "
            "General Hospital.",
            [],
        ),
        ("So far, five cases have been put forward by the Royal Hospital and two by the City Hospital.", []),
        # guards: the counterpart of a claimed count, elsewhere or earlier
        (
            "Seven CAR-T products have been approved by the FDA and six by the NMPA.",
            [("product_count", "Seven CAR-T products"), ("product_count", "six")],
        ),
        (
            "There are 854 CAR-T trials, up from 600 in 2022.",
            [("trial_count", "854 CAR-T trials"), ("trial_count", "600")],
        ),
    ],
)
def test_the_counterpart_of_a_count_that_is_no_claim(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # systematic reviews and HTA methods: a size criterion for the studies taken is no cohort
        ("We excluded studies involving fewer than 10 participants with r/r DLBCL.", []),
        ("Trials with at least 20 patients were eligible for the meta-analysis.", []),
        ("Only series that enrolled 50 or more patients were included.", []),
        # guards: the patients the studies hold, and a cohort with a bound
        (
            "A total of 16 studies with 195 patients were identified.",
            [("trial_count", "16 studies"), ("patient_count", "195 patients")],
        ),
        ("The registry included more than 500 patients.", [("patient_count", "more than 500 patients")]),
    ],
)
def test_a_reviews_size_criterion_is_no_cohort(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


# Text taken from PDFs (regulators' and HTA reports, journal articles) as a converter leaves it: the
# paragraph broken at the page's width.
HTA_REPORT_PAGE = (
    "In the pivotal study, 101 patients with refractory large B-cell\n"
    "lymphoma received axicabtagene ciloleucel. The objective response rate\n"
    "was 82%, and the complete response rate was 54%. With a median\n"
    "follow-up of 27.1 months, grade 3 or higher cytokine release syndrome\n"
    "occurred in 11% of patients. The list price was $373,000 per infusion\n"
    "in the United States.\n"
)
ABSTRACT_PAGE = (
    "Background: relapsed myeloma carries a poor prognosis after three lines of\n"
    "therapy. Methods: we treated 97 patients with ciltacabtagene autoleucel at\n"
    "16 centres. Results: the overall response rate was 97% and 67% of patients\n"
    "reached a stringent complete response; the 27-month progression-free\n"
    "survival rate was 54.9%.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_paragraph_a_pdf_broke_at_the_pages_width_is_one_paragraph(newline):
    claims = extract_text(HTA_REPORT_PAGE.replace("\n", newline)).claims
    assert [(c.metric, c.text) for c in claims] == [
        ("patient_count", "101 patients"),
        ("orr", "82%"),
        ("cr", "54%"),
        ("crs", "11%"),
        ("cost", "$373,000"),
    ]
    # the disease named in the first line is the paragraph's, for the claims of its later lines
    assert {c.indication for c in claims} == {"LBCL"}
    assert {c.product for c in claims} == {"axicabtagene ciloleucel"}


def test_a_wrapped_abstract_keeps_its_endpoints_across_the_line_breaks():
    claims = extract_text(ABSTRACT_PAGE).claims
    assert [(c.metric, c.text, c.timepoint) for c in claims] == [
        ("patient_count", "97 patients", None),
        ("orr", "97%", None),
        ("cr", "67%", None),
        ("pfs", "54.9%", "P27M"),
    ]
    assert {c.indication for c in claims} == {"MM"}


def test_web_text_with_a_paragraph_per_line_is_not_unwrapped():
    """Headings, list items and short lines keep their breaks: only a page most of whose breaks
    fall inside a sentence is read as wrapped."""
    page = (
        "CAR-T in numbers\n"
        "- ORR: 82%\n"
        "- CR rate: 54%\n"
        "Costs\n"
        "The list price is $373,000 in the United States and patients pay part of it.\n"
    )
    from carclaims.layout import unwrapped

    assert unwrapped(page) == page
    assert unwrapped(HTA_REPORT_PAGE) == HTA_REPORT_PAGE.replace("\n", " ")[:-1] + "\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # HTA and health-ministry news: a forecast of who will benefit is no cohort
        ("NICE is projecting benefits for more than 150 patients in England.", []),
        ("The ministry forecasts care for 1,000 patients by 2030.", []),
        ("The agency estimates savings for up to 200 patients over five years.", []),
        # guards: patients treated, an estimate of those treated
        (
            "An estimated 150 patients have been treated with obe-cel.",
            [("patient_count", "An estimated 150 patients")],
        ),
        ("The centre has treated more than 150 patients.", [("patient_count", "more than 150 patients")]),
    ],
)
def test_a_forecast_of_who_will_benefit_is_no_cohort(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # science news and patient stories: an aside between commas about who they are, before the outcome
        ("Seven children out of eight, who had no other options, are still free of disease.", [("cr", 87.5)]),
        (
            "Seven of the eight children, who had relapsed twice, are now in complete remission.",
            [("cr", 87.5)],
        ),
        (
            "Nine of the ten patients, all of whom had failed chemotherapy, achieved a complete response.",
            [("cr", 90.0)],
        ),
        # guard: the same share with no aside
        ("Seven children out of eight are still free of disease.", [("cr", 87.5)]),
    ],
)
def test_an_aside_about_who_they_are_before_the_outcome(text, expected):
    assert [(c.metric, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # trial sites' recruitment pages: whom a trial still seeks, and what taking part pays
        ("We are looking for 30 participants aged 18 to 65 with relapsed lupus to join our CAR-T study.", []),
        ("The trial is recruiting 120 patients at 15 sites.", []),
        ("Participants will receive up to $500 for time and travel.", []),
        ("Volunteers may be paid $75 per visit.", []),
        ("A stipend of $50 per visit is offered.", []),
        # guards: a cohort recruited, what patients pay
        ("The trial has recruited 120 patients at 15 sites.", [("patient_count", "120 patients")]),
        ("Patients pay about $12,000 out of pocket for travel and lodging.", [("cost", "about $12,000")]),
    ],
)
def test_recruitment_pages_seek_people_and_pay_volunteers(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # trial records and protocols: a dose-escalation rule's patients are no cohort
        ("When 1 DLT occurs in 3 subjects in a dose group, 3 additional subjects are required.", []),
        ("If a dose-limiting toxicity is observed in at least 2 patients, escalation stops.", []),
        # guard: an event that did occur
        ("Grade 3 CRS occurred in 3 patients.", [("crs", "3 patients")]),
    ],
)
def test_a_protocols_rule_counts_no_patients(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # health-economics abstracts: how events spread over grades, and a centre's required minimum
        (
            "Of 268 treated patients, 127 (47.4%) had CRS and/or NEs, which were predominantly grade ≤2 "
            "(77.2%).",
            [("patient_count", "268 treated patients"), ("crs", "127 (47.4%)")],
        ),
        ("CRS occurred in 45 (94%) patients, mostly grade 1 or 2 (80%).", [("crs", "45 (94%)")]),
        ("Both are CAR-T centres authorized by the region with a minimum of 20 patients treated.", []),
        ("Centres must treat a minimum of 10 patients a year to stay accredited.", []),
        # guards: a grade's own rate, a cohort with a bound
        ("CRS occurred in 75% (grade ≥3, 5%).", [("crs", "75%"), ("crs", "5%")]),
        ("The centre has treated at least 20 patients.", [("patient_count", "at least 20 patients")]),
    ],
)
def test_grade_spreads_and_required_minimums_are_no_claims(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # journal pages copied as text: a note number glued to the unit after it lost its superscript
        ("Median overall survival was 19.1 months11 in the pivotal trial.", [("os", "19.1 months")]),
        ("The median duration of response was 11.1 months12,13.", [("dor", "11.1 months")]),
        ("Median PFS was 2.9 years4 in the long-term follow-up.", [("pfs", "2.9 years")]),
        # guard: a number after a unit and a space is no note
        (
            "Median OS was 19.1 months in 101 patients.",
            [("os", "19.1 months"), ("patient_count", "101 patients")],
        ),
    ],
)
def test_a_note_number_glued_to_a_duration(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # price news: an approval word that a price follows is the price a payer agreed
        ("In May 2019, Kymriah was approved at a price of JPY 33,493,407.", [("cost", "JPY 33,493,407")]),
        (
            "In 2022 the therapy was approved for reimbursement at a net price of 320,000 euros.",
            [("cost", "320,000 euros")],
        ),
        # guards: a regulator's approval, with its list price
        ("Kymriah was approved by the MHLW in March 2019.", [("approval", "March 2019")]),
        (
            "Yescarta was approved with a list price of $373,000 in October 2017.",
            [("cost", "$373,000"), ("approval", "October 2017")],
        ),
    ],
)
def test_approved_at_a_price_is_a_price_set(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # real-world comparisons of two products: the name in brackets right after a figure is its own
        (
            "Any-grade CRS occurred in 45.9% (cilta-cel) and 41.8% (ide-cel).",
            [("45.9%", "ciltacabtagene autoleucel"), ("41.8%", "idecabtagene vicleucel")],
        ),
        (
            "The ORR was 97% (Carvykti) versus 73% (Abecma).",
            [("97%", "ciltacabtagene autoleucel"), ("73%", "idecabtagene vicleucel")],
        ),
        # guards: a name before its figure; a code name ending in a digit before a bracket
        ("Kymriah (tisagenlecleucel) had an ORR of 81%.", [("81%", "tisagenlecleucel")]),
        (
            "CNCT19 (inaticabtagene autoleucel) was approved in November 2023.",
            [("November 2023", "inaticabtagene autoleucel")],
        ),
    ],
)
def test_a_product_in_brackets_after_a_figure_is_its_own(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # price and access news: where a product is imported from or made names no claim's region
        (
            "CAR-T costs R$ 2 million per person in Brazil's private network, due to the import of the drug "
            "from the United States. So far, 14 patients have been treated.",
            [("R$ 2 million", None), ("14 patients", None)],
        ),
        ("The cells are shipped to the US for manufacturing, and the ORR was 80%.", [("80%", None)]),
        # guard: a price said of the US
        ("In the United States, the list price is $475,000.", [("$475,000", "US")]),
    ],
)
def test_where_a_product_is_imported_from_names_no_region(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # university news: a lead line naming the trial, over bullets that give shares of patients
        (
            "Early results from the phase 2b trial are promising:\n"
            "  • 57% of patients achieved minimal symptom expression by month 6.\n",
            [],
        ),
        ("Early results from the trial:\n- 80% of patients achieved a complete response\n", [("cr", "80%")]),
        # guard: shares of trials under a lead line about trials
        (
            "CAR-T trials by country:\n- 60% in China\n- 30% in the US\n",
            [("trial_count", "60%"), ("trial_count", "30%")],
        ),
    ],
)
def test_a_share_of_patients_under_a_lead_line_naming_the_trial(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count joined to its people by a hyphen sizes the study it stands before, whatever comes
        # before it: news about a trial, an abstract, a press release, a review
        (
            "The CAR was first tested in a 20-patient phase 1 trial in oncology.",
            [("patient_count", "20-patient", 20)],
        ),
        (
            "The 25-patient study showed an ORR of 80%.",
            [("patient_count", "25-patient", 25), ("orr", "80%", 80)],
        ),
        (
            "A 97-participant phase 2 study demonstrated a 73% complete response rate.",
            [("patient_count", "97-participant", 97), ("cr", "73%", 73)],
        ),
        ("Results from a 40-person trial were published in March.", [("patient_count", "40-person", 40)]),
        ("We describe a 4-patient case series of CAR-T in lupus.", [("patient_count", "4-patient", 4)]),
        (
            "In a 30-patient trial, 24 patients achieved CR.",
            [("patient_count", "30-patient", 30), ("cr", "24 patients", 80)],
        ),
        # guards: a dose-escalation design's cohorts; a case of one
        ("The protocol used 3-patient cohorts for dose escalation.", []),
        ("The 1-participant case was described.", []),
    ],
)
def test_a_count_joined_to_its_people_sizes_the_study_after_it(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a video's key points, a meeting's agenda, a live blog: the clock time before a line is no count
        ("00:39:50  Studies of CAR-T in lymphoma show durable responses.", []),
        ("14:22 Studies show that 80% of patients respond.", [("orr", "80%")]),
        ("[12:05] 30 patients were treated at our centre.", [("patient_count", "30 patients")]),
        # a ratio's second term
        (
            "Patients were randomized 2:1 to CAR-T (n=120) or standard care (n=60).",
            [("patient_count", "120"), ("patient_count", "60")],
        ),
        # guards: a label's colon before its figure
        ("CR: 80%; ORR:90%.", [("cr", "80%"), ("orr", "90%")]),
        ("At 3:45 pm, 12 patients had been infused.", [("patient_count", "12 patients")]),
    ],
)
def test_a_clock_time_is_no_figure(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abstract's methods after its results: a dose split shares a member with an earlier rate
        (
            "HLH-like syndrome occurred in 10%. The dose was administered in a fractionated manner "
            "(10%/30%/60%), with at least 24h between infusions.",
            [("adverse_event", "10%")],
        ),
        (
            "CRS occurred in 30% of patients. Cells were split into 3 fractions (10%, 30%, and 60%).",
            [("crs", "30%")],
        ),
        # guard: a run every member of which restates an earlier claim
        (
            "The ORR was 82.1%. The CR was 85.4%. You will see 82.1%, 85.4% cited on many pages.",
            [("orr", "82.1%"), ("cr", "85.4%"), ("orr", "82.1%"), ("cr", "85.4%")],
        ),
    ],
)
def test_a_run_of_figures_restates_earlier_claims_only_as_a_whole(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # myeloma abstracts and their news: "≥" before a response names it or a better one
        (
            "Overall response rate was 95%, with 90% of patients achieving ≥complete response and 95% "
            "achieving ≥very good partial response.",
            [("orr", "95%"), ("cr", "90%")],
        ),
        ("In the trial, 90% of patients achieved ≥CR.", [("cr", "90%")]),
        (
            "The ORR was 97%, with 80% of patients attaining >= CR at 12 months.",
            [("orr", "97%"), ("cr", "80%")],
        ),
        # a share that names a partial response or stable disease restates no earlier rate of its value
        ("The ORR was 20%. Another 20% had a partial response.", [("orr", "20%")]),
        ("The CR rate was 40%; 40% with stable disease.", [("cr", "40%")]),
    ],
)
def test_at_least_a_response_and_shares_of_other_responses(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # journal text with its note numbers glued on: a year, a full stop, a note, the next sentence
        (
            "Myeloma is estimated to account for 12,410 deaths in the US in 2021.4 Idecabtagene vicleucel "
            "is the first CAR-T cell therapy to be approved in RRMM.",
            [],
        ),
        ("The FDA approved Abecma in 2021.4 It was the first BCMA CAR-T.", [("2021", "2021")]),
        ("The FDA approved Abecma in March 2021.4 It was the first BCMA CAR-T.", [("March 2021", "2021-03")]),
        # guards: a date written year.month, as Chinese pages in English write it
        (
            "The NMPA approved it in 2023.12 and launched it in 2024.1.",
            [("2023.12", "2023-12"), ("2024.1", "2024-01")],
        ),
    ],
)
def test_a_note_number_glued_after_a_year(text, expected):
    assert [(c.text, c.value.date) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's toll in a year is no cohort's deaths (a review's opening, a foundation's page)
        ("Myeloma caused about 12,000 deaths in the United States in 2020.", []),
        ("Lymphoma accounted for 20,140 deaths in the US during 2023, the society estimates.", []),
        # guards: a trial's deaths
        ("In the trial, 3 deaths occurred from infections.", [("os", "3")]),
        ("There were 12 deaths in the CAR-T arm.", [("os", "12")]),
    ],
)
def test_a_countrys_deaths_in_a_year_are_no_cohorts(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # slides, posters, posts and abstracts shorten the median to "m" before the endpoint's acronym
        (
            "Cilta-cel: sCR 82.5%, mDOR 33.9 mo, 27-mo PFS 54.9%.",
            [("cr", "82.5%", None), ("dor", "33.9 mo", "median"), ("pfs", "54.9%", None)],
        ),
        ("The mDoR was 21.8 months.", [("dor", "21.8 months", "median")]),
        (
            "mOS 25.4 months and mEFS 8.1 months.",
            [("os", "25.4 months", "median"), ("efs", "8.1 months", "median")],
        ),
        (
            "ORR: 91% | CR: 54% | mPFS: 13.3 mo",
            [("orr", "91%", None), ("cr", "54%", None), ("pfs", "13.3 mo", "median")],
        ),
        ("mRFS was 14 months in the cohort.", [("efs", "14 months", "median")]),
        # guard: a duration whose endpoint says no median
        ("DOR 33.9 mo.", [("dor", "33.9 mo", None)]),
    ],
)
def test_a_median_shortened_to_m_before_the_endpoint(text, expected):
    assert [(c.metric, c.text, c.statistic) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # slides and tables: a label's time point in brackets is the time point of its figure
        ("PFS (12 mo): 44%.", [("pfs", "44%", "P12M")]),
        ("OS (2-year): 61%; EFS (at 12 months): 50%.", [("os", "61%", "P2Y"), ("efs", "50%", "P12M")]),
        # abstracts' shortened units in a list of time points
        (
            "The 1-yr and 2-yr PFS were 60% and 45%, respectively.",
            [("pfs", "60%", "P1Y"), ("pfs", "45%", "P2Y")],
        ),
        # a press release's headline label before a time point written as an adjective
        (
            "High rates of durable response: 12-month event free survival of 49.5% in all patients.",
            [("efs", "49.5%", "P12M")],
        ),
        # guards: medians in brackets; a label's value run on into the next label
        ("PFS (13.3 mo) was longer than OS (10 mo).", [("pfs", "13.3 mo", None), ("os", "10 mo", None)]),
        ("Median PFS: 6 months ORR: 80%", [("pfs", "6 months", None), ("orr", "80%", None)]),
    ],
)
def test_time_points_of_labels_and_lists(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how long a share or a count of patients stayed well is that figure's time point, no median
        ("5 of 7 patients remained progression-free >12 months.", [("pfs", "5 of 7 patients", "P12M")]),
        ("Five patients remained in remission beyond 24 months.", [("dor", "Five patients", "P24M")]),
        ("In the trial, 40% stayed progression-free for ≥ 3 years.", [("pfs", "40%", "P3Y")]),
        # guards: a median; a bound on a median
        ("Patients survived a median of 25 months.", [("os", "25 months", None)]),
        ("The median OS was more than 24 months.", [("os", "more than 24 months", None)]),
    ],
)
def test_how_long_a_shares_patients_stayed_well(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hospital's milestone news, a society's page: patients across the world, and a year's toll
        (
            "As many as 20,000 patients across the globe have received CAR T therapy.",
            [("patient_count", "As many as 20,000 patients", None)],
        ),
        (
            "More than 10,000 people around the world have received CAR-T.",
            [("patient_count", "More than 10,000 people", None)],
        ),
        ("Nearly 3,100 patients under 21 years old in the U.S. will be diagnosed with ALL this year.", []),
        ("About 6,000 adults in the US are diagnosed with ALL each year.", []),
        # guard: a centre's count in a year
        ("45 patients were treated at our centre this year.", [("patient_count", "45 patients", None)]),
    ],
)
def test_patients_across_the_world_and_a_years_diagnoses(text, expected):
    assert [(c.metric, c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an annual report, a society's fact sheet: who a share is of, by the trials they were in
        (
            "90% of pediatric patients with ALL enrolled in early CAR T-cell clinical trials throughout "
            "the country went into lasting remission.",
            [("dor", "90%", 90)],
        ),
        (
            "90% of patients enrolled in early CAR T-cell clinical trials went into remission.",
            [("orr", "90%", 90)],
        ),
        # a share in words with its fraction in brackets
        (
            "Ninety percent (20 out of 22) of pediatric patients went into remission.",
            [("orr", "Ninety percent (20 out of 22)", 90)],
        ),
        ("Seventy per cent (14/20) achieved CR.", [("cr", "Seventy per cent (14/20)", 70)]),
    ],
)
def test_shares_of_trial_patients_and_shares_in_words_with_fractions(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an interview's transcript, a news feature: a hedge, then an article, then the figure
        ("The trial showed about an 80% overall response rate.", [("about an 80%", "approx", 80, 80)]),
        ("It had nearly a 90% ORR in the pivotal study.", [("nearly a 90%", "approx", 90, 90)]),
        ("The drug costs roughly a $400,000 list price.", [("roughly a $400,000", "approx", 400000, 400000)]),
        ("CAR-T showed more than a 50% reduction in cost.", [("more than a 50%", "gt", 50, None)]),
        # guard: an article with no hedge before it
        ("It had a 90% ORR.", [("90%", "eq", 90, 90)]),
    ],
)
def test_a_hedge_before_an_article_and_its_figure(text, expected):
    assert [(c.text, c.value.bound, c.value.low, c.value.high) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # medical-tourism and trade news: where a clinic's foreign patients come from is no region
        (
            "Our clinic in Beijing welcomes international patients from the US and the UK. Treatment costs "
            "$150,000.",
            [("$150,000", "China")],
        ),
        (
            "We have treated medical tourists from Germany, France and Italy. The ORR in our centre is 85%.",
            [("85%", None)],
        ),
        (
            "Patients came from 30 countries, including the US, to our Beijing centre; the cost was "
            "$150,000.",
            [("$150,000", "China")],
        ),
        # guards: a trial's patients from where it ran; a study from a place
        ("In a trial of patients from the US and Europe, the ORR was 80%.", [("80%", "US/Europe")]),
        ("A study from China showed an ORR of 80%.", [("80%", "China")]),
    ],
)
def test_where_foreign_patients_come_from_is_no_region(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stock-quote page's header, a market wire: a share's price with its move is no price of a treatment
        (
            "Legend Biotech Q1 2024 Earnings Report $33.96 -0.99 (-2.83%) Closing price 05/1/2025 04:00 PM "
            "Eastern Extended Trading $34.20 +0.24 (+0.71%) As of 08:15 AM Eastern.",
            [],
        ),
        ("LEGN traded at $34.20 +0.24 (+0.71%) after the data.", []),
        # guard: a price in an earnings release
        (
            "In its Q3 earnings release, the company said Carvykti costs $465,000 per infusion.",
            [("cost", "$465,000")],
        ),
    ],
)
def test_a_stock_quote_is_no_price(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # price news: a share below or under a list price is a saving, and the compared price's place
        # is not the saving's
        ("The price is 20% below the US list price.", [("cost_reduction", "20%", None)]),
        ("The NHS paid a price 20% below list.", [("cost_reduction", "20%", "Europe")]),
        (
            "In Germany the price is 15 per cent under US prices.",
            [("cost_reduction", "15 per cent", "Europe")],
        ),
        (
            "The list price is $475,000 (20% below the US price).",
            [("cost", "$475,000", None), ("cost_reduction", "20%", None)],
        ),
        # guards: under an age, below another rate, under a scheme
        (
            "In patients under 25 years of age, 40 patients were treated.",
            [("patient_count", "40 patients", None)],
        ),
        ("CRS occurred in 20% of patients, below the rate seen in other trials.", [("crs", "20%", None)]),
        ("Under the NHS scheme, the price is 282,000 pounds.", [("cost", "282,000 pounds", "Europe")]),
    ],
)
def test_a_share_below_a_list_price_is_a_saving(text, expected):
    assert [(c.metric, c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # pages taken from HTML, tables as bullet lines: a blank line between the items of a list keeps
        # them under the list's intro, and a section about another product keeps none of the opening's
        # patients
        (
            "Kymriah in pediatric ALL (ELIANA):\n\n  • ORR 82%\n\n  • 5-year OS 55%\n\n"
            "Yescarta in large B-cell lymphoma (ZUMA-1):\n\n  • ORR 83%\n\n  • CR 58%\n",
            [
                ("82%", "tisagenlecleucel", "B-ALL", "pediatric"),
                ("55%", "tisagenlecleucel", "B-ALL", "pediatric"),
                ("83%", "axicabtagene ciloleucel", "LBCL", None),
                ("58%", "axicabtagene ciloleucel", "LBCL", None),
            ],
        ),
        (
            "Key results for Carvykti in myeloma:\n\n- ORR 97%\n\n- CR 83%\n\n"
            "Key results for Breyanzi in CLL:\n\n- ORR 44%\n\n- CR 18%\n",
            [
                ("97%", "ciltacabtagene autoleucel", "MM", None),
                ("83%", "ciltacabtagene autoleucel", "MM", None),
                ("44%", "lisocabtagene maraleucel", "CLL", None),
                ("18%", "lisocabtagene maraleucel", "CLL", None),
            ],
        ),
        # guard: a paragraph after the list, not an item of it
        (
            "Results in myeloma:\n\n- ORR 97%\n\nIn a separate analysis of patients with large B-cell "
            "lymphoma treated with Yescarta across 17 centres, the complete response rate was 58%.\n",
            [("97%", None, "MM", None), ("58%", "axicabtagene ciloleucel", "LBCL", None)],
        ),
    ],
)
def test_a_list_with_blank_lines_between_its_items(text, expected):
    assert [(c.text, c.product, c.indication, c.population) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # approval histories in press releases and drug pages: "by the EC" is the European Commission
        (
            "Carvykti was approved by the EC on 25 May 2022 and by Japan's MHLW on September 26, 2022.",
            [("25 May 2022", "Europe"), ("September 26, 2022", None)],
        ),
        ("Kymriah was approved by the EC in August 2018.", [("August 2018", "Europe")]),
        ("Breyanzi received approval by EC in April 2022.", [("April 2022", "Europe")]),
        ("Kymriah was approved by Swissmedic in October 2018.", [("October 2018", "Europe")]),
        # guard: another EC
        ("The EC (electrochemotherapy) group had 20 patients.", []),
    ],
)
def test_approved_by_the_ec(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts: bare numbers of a list take its unit when as many time points pair up with them
        (
            "The 1-, 2- and 3-year OS rates were 80, 70 and 60%.",
            [("os", "80", 80, "P1Y"), ("os", "70", 70, "P2Y"), ("os", "60%", 60, "P3Y")],
        ),
        (
            "The 12- and 24-month PFS were 60 and 45%.",
            [("pfs", "60", 60, "P12M"), ("pfs", "45%", 45, "P24M")],
        ),
        # a number that labels a cohort is no side of a comparison of figures
        (
            "CRS was 26.7% in cohort 1 versus 4.3% in cohort 2.",
            [("crs", "26.7%", 26.7, None), ("crs", "4.3%", 4.3, None)],
        ),
        (
            "The ORR was 50% in phase 1 vs 70% in phase 2.",
            [("orr", "50%", 50, None), ("orr", "70%", 70, None)],
        ),
        # a comparison's bare first side; a list with no time points (its numbers share the unit)
        ("The ORR was 60 vs 80%.", [("orr", "60", 60, None), ("orr", "80%", 80, None)]),
        (
            "The OS rates were 80, 70 and 60%.",
            [("os", "80", 80, None), ("os", "70", 70, None), ("os", "60%", 60, None)],
        ),
    ],
)
def test_bare_numbers_of_lists_and_labelled_cohorts(text, expected):
    assert [(c.metric, c.text, c.value.low, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one product's data compared across cohorts or periods keep the product
        (
            "With Kymriah, grade 3 CRS was 26.7% before versus 4.3% after the amendment.",
            [("26.7%", "tisagenlecleucel"), ("4.3%", "tisagenlecleucel")],
        ),
        (
            "With Kymriah, CRS was 26.7% in cohort 1 versus 4.3% in cohort 2.",
            [("26.7%", "tisagenlecleucel"), ("4.3%", "tisagenlecleucel")],
        ),
        # (a bracket of an abstract's safety results)
        (
            "Kymriah: CRS was 13.2% (26.7% before versus 4.3% after the amendment).",
            [("13.2%", "tisagenlecleucel"), ("26.7%", "tisagenlecleucel"), ("4.3%", "tisagenlecleucel")],
        ),
        # guards: another arm
        (
            "The CR rate was 40% with Kymriah versus 20% with chemotherapy.",
            [("40%", "tisagenlecleucel"), ("20%", None)],
        ),
        (
            "The ORR with Kymriah was 80% versus 40% in the standard-care arm.",
            [("80%", "tisagenlecleucel"), ("40%", None)],
        ),
    ],
)
def test_one_products_cohorts_compared_keep_the_product(text, expected):
    assert [(c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ASH and EHA abstracts write the year as "y"; an endpoint named twice, each with its own time
        # point, pairs with the figures after it
        ("The 2-y OS was 50.5%.", [("os", "50.5%", "P2Y")]),
        ("OS at 2 y was 50%.", [("os", "50%", "P2Y")]),
        (
            "The 1-y and 2-y PFS were 60% and 45%, respectively.",
            [("pfs", "60%", "P1Y"), ("pfs", "45%", "P2Y")],
        ),
        ("The 1-year PFS and 2-year PFS were 60% and 45%.", [("pfs", "60%", "P1Y"), ("pfs", "45%", "P2Y")]),
        (
            "The 1-yr PFS and 2-yr PFS were 60% and 45%, respectively.",
            [("pfs", "60%", "P1Y"), ("pfs", "45%", "P2Y")],
        ),
        # guards: one time point for two endpoints; weeks and months listed; an age in years
        ("The 12-month PFS and OS were 60% and 70%.", [("pfs", "60%", "P12M"), ("os", "70%", "P12M")]),
        (
            "The CR rate at 6 weeks, 3 months and 6 months reached 37%, 34% and 40%, respectively.",
            [("cr", "37%", "P6W"), ("cr", "34%", "P3M"), ("cr", "40%", "P6M")],
        ),
        ("Patients aged 65 y or older had an ORR of 80%.", [("orr", "80%", None)]),
    ],
)
def test_abstracts_years_as_y_and_an_endpoint_named_twice(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Europe's national medicines agencies grant approvals too (hospital exemptions, national
        # authorisations): the date is an approval, the place Europe
        (
            "Approval was granted by the Spanish Medicines Agency (AEMPS) under the hospital exemption "
            "clause in August 2024.",
            [("August 2024", "2024-08", "Europe")],
        ),
        ("Approval was granted by the AEMPS in August 2024.", [("August 2024", "2024-08", "Europe")]),
        (
            "Germany's Paul-Ehrlich-Institut granted authorisation in March 2023.",
            [("March 2023", "2023-03", "Europe")],
        ),
        ("An authorisation was granted by the ANSM in May 2022.", [("May 2022", "2022-05", "Europe")]),
        # guards: a payer's yes is no approval; a regulator of old still is
        ("AIFA approved reimbursement of Kymriah in August 2019.", []),
        ("The insurer approved coverage of CAR-T therapy in March 2021.", []),
        ("The state approved funding for Carvykti in 2024.", []),
        ("The FDA approved Kymriah in August 2017.", [("August 2017", "2017-08", "US")]),
    ],
)
def test_national_agencies_approve_and_payers_do_not(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.value.date, c.region) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an approval's place is its own clause's: the next event's place ("and launched in Italy")
        # is that event's
        (
            "Kymriah was approved by the FDA in August 2017 and approved for reimbursement in Italy in "
            "August 2019.",
            [("August 2017", "US")],
        ),
        (
            "Kymriah was approved by the FDA in August 2017 and launched in Italy in 2019.",
            [("August 2017", "US"), ("2019", "Europe")],
        ),
        (
            "Yescarta was cleared by the FDA in October 2017 but was only reimbursed in Germany in 2019.",
            [("October 2017", "US")],
        ),
        # guards: the place right after the date
        ("Carvykti was approved in February 2022 in the US.", [("February 2022", "US")]),
        ("Relma-cel was approved in 2021 in China.", [("2021", "China")]),
    ],
)
def test_an_approvals_place_is_not_the_next_events(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.region) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # abstracts short of space glue an "m" for months to survival figures and their time points
        (
            "With a median follow-up of 24 months (m), PFS was 20m, with an OS rate of 63% at 24m.",
            [("pfs", "20m", 20.0, "months", None), ("os", "63%", 63.0, "%", "P24M")],
        ),
        (
            "Median PFS was 11.3m and median OS 25.6m in the BCMA cohort.",
            [("pfs", "11.3m", 11.3, "months", None), ("os", "25.6m", 25.6, "months", None)],
        ),
        (
            "mPFS 8.1m; the 12m OS was 71%.",
            [("pfs", "8.1m", 8.1, "months", None), ("os", "71%", 71.0, "%", "P12M")],
        ),
        ("The median duration of response was 14.2m.", [("dor", "14.2m", 14.2, "months", None)]),
        # guards: money in millions, people in millions, an "m" after no survival word
        ("Kymriah sales reached $20m in the quarter.", []),
        ("The OS rate was 80% among 1.2m people screened.", [("os", "80%", 80.0, "%", None)]),
        (
            "The trial enrolled 97 patients at 12 sites and 3m doses were shipped.",
            [("patient_count", "97 patients", 97.0, "count", None)],
        ),
    ],
)
def test_an_m_glued_to_a_survival_figure_is_months(text, expected):
    got = [(c.metric, c.text, c.value.low, c.value.unit, c.timepoint) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count followed by the subset it includes keeps none of the subset's people
        (
            "We have treated over 220 patients with CAR-T therapy, including about 60 children.",
            [("over 220 patients", None), ("about 60 children", "pediatric")],
        ),
        ("The centre has treated 150 patients, 40 of them children.", [("150 patients", None)]),
        (
            "The programme has infused 310 patients, among whom 90 were children.",
            [("310 patients", None)],
        ),
        # guards: the count's own people, before or right after it
        ("The trial enrolled 97 adults with lymphoma.", [("97 adults", "adult")]),
        ("Among children, 45 patients were treated.", [("45 patients", "pediatric")]),
    ],
)
def test_a_counts_subset_lends_it_no_population(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "patient_count"]
    assert [(c.text, c.population) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote opens its own clause: the fundraising words of the sentence that introduces it
        # do not make the quoted price a fund
        (
            "His aunt, who set up a fundraising page for the charity, wrote: treatment will cost in "
            "excess of £500,000.",
            [("in excess of £500,000", 500000.0, "GBP", "gt")],
        ),
        (
            "The family, who launched a crowdfunding appeal last week, said: the CAR-T therapy costs "
            "$450,000 in the US.",
            [("$450,000", 450000.0, "USD", "eq")],
        ),
        # guards: money raised or donated stays out
        ("The family raised £644,000 of their £500,000 fundraising goal for CAR-T treatment.", []),
        ("A donor has paid £150,000 to fund the boy's CAR-T treatment.", []),
    ],
)
def test_a_quoted_price_after_fundraising_words_is_a_cost(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "cost"]
    assert [(c.text, c.value.low, c.value.unit, c.value.bound) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deal's or a lawsuit's date near a product's approvals is no approval date
        (
            "Gilead, which acquired Kite in 2017, must pay royalties on Yescarta, which has won "
            "approvals in DLBCL.",
            [],
        ),
        ("BMS, which bought Celgene in 2019, markets Breyanzi, approved for large B-cell lymphoma.", []),
        ("Juno, which sued Kite in October 2017, holds a patent on Yescarta's approved construct.", []),
        # guards: the approval's own date stays
        (
            "Kite, acquired by Gilead, won FDA approval for Yescarta in October 2017.",
            [("October 2017", "2017-10")],
        ),
        ("Yescarta, approved in 2017, was later sold in Europe.", [("2017", "2017")]),
    ],
)
def test_a_deals_date_is_no_approval(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.value.date) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # health-resource abstracts count the tests patients had: no trials
        ("A total of 62,953 laboratory panels and 1,190 radiology studies were done.", []),
        ("Patients underwent 45 imaging studies during the admission.", []),
        (
            "The 40 patients treated had 212 diagnostic studies in the first month.",
            [("patient_count", "40 patients")],
        ),
        # a stay in intensive care is a complication's share; the cohort on trials is counted
        (
            "Of the 106 patients, 43 (41%) spent at least one day in the intensive care unit (ICU).",
            [("patient_count", "106 patients"), ("adverse_event", "43 (41%)")],
        ),
        ("Overall, 18% of patients stayed in the ICU after infusion.", [("adverse_event", "18%")]),
        (
            "We identified 106 patients on 4 clinical trials receiving inpatient CAR T cell infusions.",
            [("patient_count", "106 patients"), ("trial_count", "4 clinical trials")],
        ),
        # guards: trials and studies of CAR-T still count; a budget spent in intensive care is none
        (
            "There are 1,190 clinical studies of CAR-T registered.",
            [("trial_count", "1,190 clinical studies")],
        ),
        ("The unit spent 20% of its budget in the ICU.", []),
    ],
)
def test_resource_use_abstracts_tests_stays_and_trial_cohorts(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a regulator's decision approving a product dates it; an HTA body's guidance, a payer's
        # funding and an approval still weighed do not
        (
            "In August 2018, the European Commission issued a decision approving Kymriah for DLBCL.",
            ["2018-08"],
        ),
        ("In June 2021 the Commission adopted a decision authorising Abecma.", ["2021-06"]),
        ("In March 2019, NICE issued guidance approving Kymriah for DLBCL in adults.", []),
        ("NICE approved Yescarta for routine funding in 2023.", []),
        (
            "Kymriah was approved for use in the EU in August 2018 and for reimbursement in Italy in 2019.",
            ["2018-08"],
        ),
        ("The FDA is considering approving Carvykti for earlier lines in 2026.", []),
        # guard: a decision reviewed before the comma
        ("After reviewing the data, the FDA approved Carvykti in February 2022.", ["2022-02"]),
    ],
)
def test_a_regulators_decision_approving_and_what_is_no_approval(text, expected):
    assert [c.value.date for c in extract_text(text).claims if c.metric == "approval"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # analysts' notes: a stock's quote, its 52-week low and its fall are no prices or savings
        (
            "The stock currently trades at $32.42, near its 52-week low of $32.08, having declined 46% "
            "year-to-date.",
            [],
        ),
        ("Piper Sandler kept a $78 price target on Legend, whose shares are trading at $35.10.", []),
        ("Shares traded at $18.54, an 11% rebound, after a $24 price target from Redburn.", []),
        # guards: a price and a price cut in their own sentences
        ("Carvykti's list price is $465,000 in the US.", [("cost", "$465,000")]),
        ("The price of Kymriah was cut by 10% in Japan.", [("cost_reduction", "10%")]),
    ],
)
def test_a_stocks_quote_and_moves_are_no_price(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how much one tumour shrank, told again as "the reduction", is no response rate
        (
            "One patient's tumor shrank by 18.5% within two days, and by day 69 the reduction had "
            "reached 60.7%.",
            [],
        ),
        ("Tumour volume fell by 20.1% by day 7, and the shrinkage was 52.3% by day 30.", []),
        ("The lesion's size dropped and, for one tumor, the regression amounted to 70% at week 8.", []),
        # guards: responses among patients; a price's reduction
        ("Tumors responded in 60% of patients.", [("orr", "60%")]),
        ("The price was reduced by 60% after talks with the insurer.", [("cost_reduction", "60%")]),
    ],
)
def test_a_tumours_shrinkage_told_again_is_no_response(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subgroup's figure after the whole cohort's, at the time point that opens the clause
        (
            "At 1 year, the PFS rate was 58.3% for all cohorts and 79.1% for the patients without "
            "extramedullary myeloma.",
            [("pfs", "58.3%", "P1Y"), ("pfs", "79.1%", "P1Y")],
        ),
        (
            "At 2 years, OS was 60% in the whole cohort and 75% in patients with a CR at month 3.",
            [("os", "60%", "P2Y"), ("os", "75%", "P2Y")],
        ),
        (
            "After 18 months, EFS reached 52% overall and 68% among those aged under 25.",
            [("efs", "52%", "P18M"), ("efs", "68%", "P18M")],
        ),
        # guard: a share of another outcome after "and"
        (
            "At 1 year, PFS was 58% and 40% of patients had relapsed.",
            [("pfs", "58%", "P1Y"), ("relapse", "40%", None)],
        ),
    ],
)
def test_a_subgroups_figure_shares_the_clauses_time_point(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # reviews written in a second language put the rates after "of": "45 to 67% of complete
        # remission rates" is the CR rates themselves
        ("Trials report 45 to 67% of complete remission rates.", [("cr", "45 to 67%")]),
        (
            "Current trials report an overall response rate ranging from 81 to 97% and 45 to 67% of "
            "complete remission rates.",
            [("orr", "81 to 97%"), ("cr", "45 to 67%")],
        ),
        ("Studies showed 30-50% of MRD negativity rates at day 28.", [("mrd_negative", "30-50%")]),
        # guards: a share of the responders, of the reported rates, of the patients
        ("About 30% of complete responders relapse.", [("relapse", "About 30%")]),
        ("Around 40% of the CR rates reported came from small trials.", []),
        ("80% of patients achieved complete remission.", [("cr", "80%")]),
    ],
)
def test_a_range_of_rates_said_after_of_is_those_rates(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a regulator's licence for a plant dates no product's approval; a loan or a purchase is no price
        (
            "Kite said the FDA approved commercial production at its new CAR T-cell therapy manufacturing "
            "facility in Frederick, Maryland, in April 2022.",
            [],
        ),
        ("In March 2021 the FDA approved the Frederick manufacturing site for Yescarta.", []),
        ("The EMA approved manufacturing of Kymriah at the Stein plant in 2020.", []),
        (
            "The state approved a $2 million conditional loan for the new Yescarta site, which must employ "
            "352 people.",
            [],
        ),
        # guards: the product's approval beside its plant; a price beside a site
        (
            "Yescarta was approved in October 2017 and is made at the El Segundo manufacturing facility.",
            [("approval", "October 2017")],
        ),
        ("Yescarta, made at the Frederick site, costs $373,000.", [("cost", "$373,000")]),
    ],
)
def test_a_plants_licence_and_a_loan_are_no_approval_or_price(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an award's purse and a job posting's pay are no prices
        ("Winners will receive € 10,000 and the opportunity to present their CAR-T work.", []),
        ("The three winners each receive a cash prize of $5,000 for CAR-T research.", []),
        (
            "Cell Therapy Specialist\n💰 $80,000 - $140,000\nRole Definition\nExecutes CAR-T "
            "manufacturing under GMP.\nCareer Path\nSenior Specialist.",
            [],
        ),
        (
            "Job Description\nCAR-T manufacturing associate.\nCompensation: $95,000 - $120,000 per year.",
            [],
        ),
        # guards: a price on a careers page that says it costs; a price beside an award
        (
            "Job Description\nSupport our CAR-T launch.\nCompensation: competitive.\nOur therapy costs "
            "$373,000 per infusion.",
            [("cost", "$373,000")],
        ),
        ("Kymriah, which won the Prix Galien, costs $475,000.", [("cost", "$475,000")]),
    ],
)
def test_an_awards_purse_and_a_jobs_pay_are_no_price(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # British abstracts write months as "mth(s)"; a bare unit before an endpoint is its time point
        (
            "Median PFS was 11.3 mths and median OS 25.6 mths.",
            [("pfs", "11.3 mths", "months", None), ("os", "25.6 mths", "months", None)],
        ),
        ("The 12-mth PFS rate was 58%.", [("pfs", "58%", "%", "P12M")]),
        ("PFS at 12 mths was 44%.", [("pfs", "44%", "%", "P12M")]),
        ("The 12 mth OS was 70%.", [("os", "70%", "%", "P12M")]),
        ("The 12 mo OS was 70%.", [("os", "70%", "%", "P12M")]),
        ("The 2 yr PFS was 50%.", [("pfs", "50%", "%", "P2Y")]),
        # guard: a median in "mo" before no endpoint
        ("Median OS was 12 mo in the cohort.", [("os", "12 mo", "months", None)]),
    ],
)
def test_months_as_mths_and_a_bare_unit_before_an_endpoint(text, expected):
    got = [(c.metric, c.text, c.value.unit, c.timepoint) for c in extract_text(text).claims]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # US finance writes a million "MM", in capitals, glued to the sum
        ("The price is $1.2MM per patient.", [("cost", "$1.2MM", 1200000.0)]),
        ("Each infusion is billed at roughly $0.5MM.", [("cost", "roughly $0.5MM", 500000.0)]),
        # guards: multiple myeloma after a count; millimetres; a revenue
        (
            "Among 15 MM patients treated, 12 responded.",
            [("patient_count", "15 MM patients", 15.0), ("orr", "12", 80.0)],
        ),
        ("The lesion measured 15 mm.", []),
        ("Kymriah revenue was $500MM in 2023.", []),
    ],
)
def test_a_million_written_mm(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a programme spent on many, and money announced for a plan, are no prices
        ("Proton therapy was the top expense in 2024 (about $2.4M for 29 courses).", []),
        ("The province spent $12 million on 30 patients sent abroad for CAR-T.", []),
        ("Ontario announced $5M (Apr 2022) to plan a CAR-T facility.", []),
        ("The state committed an additional $10 million to expand CAR-T access.", []),
        # guards: a price for one infusion; a price for patients in a place
        ("Kymriah costs $475,000 for one infusion.", [("cost", "$475,000")]),
        ("CAR-T costs $400,000 for patients in the US.", [("cost", "$400,000")]),
    ],
)
def test_a_programmes_spending_and_announced_money_are_no_price(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trial news, a clinic's page, an explainer: the place set against the listed one is the
        # one the paragraph goes on about
        (
            "The therapy costs about $400,000 in the US, whereas in India it is offered for ₹40 lakh."
            " So far 98 patients have been treated across 45 hospitals.",
            [("about $400,000", "US"), ("₹40 lakh", None), ("98 patients", None)],
        ),
        (
            "A CAR-T infusion is priced above $450,000 in the United States, while Malaysian centres"
            " offer it for less. The response rate there was 80%.",
            [("above $450,000", "US"), ("80%", None)],
        ),
        (
            "Prices top $400,000 in the US, but in Japan public insurance pays most of the bill. Of 40"
            " patients treated there, 30 responded.",
            [("$400,000", "US"), ("40 patients", None), ("30", None)],
        ),
        # no contrast: sites in two countries of one trial keep the listed one
        (
            "The trial enrolls at sites in the United States and one site in Ontario, Canada."
            " Previously reported results showed that 11 evaluable patients had an ORR of 100%.",
            [("11 evaluable patients", "US"), ("100%", "US")],
        ),
    ],
)
def test_a_place_set_against_a_listed_one_lends_no_region(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost-effectiveness abstract, an HTA report, a modelling blog: how a model weighs future
        # costs is no saving
        ("A 3.5% annual discount rate was applied to the costs of tisagenlecleucel and to health gains.", []),
        ("Costs and outcomes of axi-cel were discounted at 3% per year over a lifetime horizon.", []),
        ("A discount rate of 1.5% was used for the costs of CAR-T in the model.", []),
        ("Both costs and QALYs were discounted by 3.5% annually, as NICE requires.", []),
        # a price cut stays one
        (
            "Novartis agreed a confidential discount of 20% on Kymriah's list price.",
            [("20%", "cost_reduction", 20, 20, "eq")],
        ),
        (
            "The hospital discounted the CAR-T bill by 30% for self-paying patients this year.",
            [("30%", "cost_reduction", 30, 30, "eq")],
        ),
    ],
)
def test_a_models_discount_rate_is_no_saving(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abstract's methods, a review, a news story: a duration after people and a comparison
        # is their age
        ("Long-term survival of patients younger than 25 years was modelled from the trials.", []),
        (
            "Overall survival in patients older than 65 years was 12 months.",
            [("12 months", "os", 12, 12, "eq")],
        ),
        (
            "The median survival of children under 3 years was 20 months.",
            [("20 months", "os", 20, 20, "eq")],
        ),
        ("Survival data in patients over 60 years remain limited.", []),
        (
            "Survival in patients ≥ 70 years was 14 months.",
            [("14 months", "os", 14, 14, "eq")],
        ),
        # a survival that is over a duration stays one
        ("Median overall survival was over 3 years in the trial.", [("over 3 years", "os", 3, None, "gt")]),
    ],
)
def test_an_age_after_people_is_no_survival(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's background, a trial's news, a label-like summary: bare numbers listed before a
        # percentage are percentages, and which relapse patients are in is no relapse rate
        (
            "Complete response rates in patients with a second, third, and fourth or later relapse have"
            " been reported to be 44, 27, and 12 percent, respectively.",
            [("44", "cr", 44, 44, "eq"), ("27", "cr", 27, 27, "eq"), ("12 percent", "cr", 12, 12, "eq")],
        ),
        (
            "ORRs at months 3, 6 and 12 were 80, 70 and 60%, respectively.",
            [("80", "orr", 80, 80, "eq"), ("70", "orr", 70, 70, "eq"), ("60%", "orr", 60, 60, "eq")],
        ),
        (
            "Grade ≥3 CRS occurred in 13, 2 and 1% of patients treated with axi-cel, tisa-cel and"
            " liso-cel, respectively.",
            [("13", "crs", 13, 13, "eq"), ("2", "crs", 2, 2, "eq"), ("1%", "crs", 1, 1, "eq")],
        ),
        (
            "The CR rates were 52 and 40% in the axi-cel and tisa-cel groups, respectively.",
            [("52", "cr", 52, 52, "eq"), ("40%", "cr", 40, 40, "eq")],
        ),
        ("In children in second or later relapse, the CR rate was 81%.", [("81%", "cr", 81, 81, "eq")]),
        # a denominator and a range are no list
        (
            "Responses were seen in 3 of 10 and 40% of the second cohort.",
            [("3 of 10", "orr", 30, 30, "eq"), ("40%", "orr", 40, 40, "eq")],
        ),
        (
            "The response rate was between 30 and 40% across studies.",
            [("between 30 and 40%", "orr", 30, 40, "range")],
        ),
        # a relapse rate stays one
        ("Relapse occurred in 35% of patients by 12 months.", [("35%", "relapse", 35, 35, "eq")]),
    ],
)
def test_numbers_listed_before_a_percentage_share_it(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trial register's banner, a database's about page: the register's size is no count of
        # CAR-T trials
        (
            "The EU Clinical Trials Register currently displays 44334 clinical trials with a EudraCT"
            " protocol.",
            [],
        ),
        ("The register also displays information on 18700 older paediatric trials.", []),
        ("The database contains 450,000 studies from 220 countries.", []),
        # ... unless the count says which trials
        (
            "ClinicalTrials.gov lists over 1,200 CAR-T trials worldwide.",
            [("over 1,200 CAR-T trials", "trial_count", 1200, None, "gt")],
        ),
        (
            "The registry currently holds 900 cell therapy studies.",
            [("900 cell therapy studies", "trial_count", 900, 900, "eq")],
        ),
    ],
)
def test_a_registers_size_is_no_trial_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investors' forum timeline, UK and Scottish news, a Canadian bulletin: an HTA body's yes
        # is a payer's, not a regulator's approval
        ("July 2019: NICE approval and transition to routine NHS funding for Kymriah in DLBCL.", []),
        ("NICE approved Yescarta for routine NHS use in 2019.", []),
        ("Yescarta received NICE approval in January 2019.", []),
        ("The Scottish Medicines Consortium approved Kymriah in 2019.", []),
        # a regulator's approval beside it stays one
        (
            "Kymriah was approved by the EMA in August 2018, and NICE recommended it in 2019.",
            [("August 2018", "approval", None, None, "eq")],
        ),
        (
            "Kymriah was approved by the European Commission in 2018 after NICE began its review.",
            [("2018", "approval", None, None, "eq")],
        ),
    ],
)
def test_an_hta_bodys_yes_is_no_approval(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an IPO story, market news, a company profile: a share's price is no treatment's
        (
            "Kyverna shares soared as high as $35.03 before finishing the day at $30 each, up 36% from"
            " the IPO price.",
            [],
        ),
        ("The biotech priced its offering of 14.5 million shares at $22 each.", []),
        ("Autolus stock closed at $1.37 on Tuesday after the NICE news.", []),
        # a therapy's price beside a share count stays one
        (
            "The company has 200 million shares outstanding; its CAR-T therapy lists at $465,000.",
            [("$465,000", "cost", 465000, 465000, "eq")],
        ),
    ],
)
def test_a_shares_price_is_no_treatment_price(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anniversary piece, a centre's page, a trial update: "have undergone" treats as
        # "underwent" does
        (
            "In fact, more than 10,000 patients have undergone this new treatment for leukemia.",
            [("more than 10,000 patients", "patient_count", 10000, None, "gt")],
        ),
        (
            "So far 300 patients have undergone CAR-T therapy at the centre.",
            [("300 patients", "patient_count", 300, 300, "eq")],
        ),
        (
            "Twelve patients had undergone infusion at the time of analysis.",
            [("Twelve patients", "patient_count", 12, 12, "eq")],
        ),
        # people a disease strikes stay no cohort
        ("About 2 million people worldwide have lupus.", []),
    ],
)
def test_patients_who_have_undergone_treatment_are_a_cohort(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neurology news, an autoimmune feature, a review: people a study holds are its cohort
        (
            "That small-scale study of 20 individuals met its primary objective of safety.",
            [("20 individuals", "patient_count", 20, 20, "eq")],
        ),
        (
            "The first trial in 12 people showed that the cells expanded.",
            [("12 people", "patient_count", 12, 12, "eq")],
        ),
        # how many people a disease strikes stays none
        ("An estimated 20 individuals per million are affected.", []),
        ("SPS affects about 1 to 2 people per million.", []),
    ],
)
def test_people_a_study_holds_are_its_cohort(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news digest, a health feature: a share "of those" after a rate counts the rate's
        # patients, and no cue after it says what it counts
        (
            "Clinical data show 77% of participants entered remission, with over half of those later"
            " showing no detectable disease at 3.5 years.",
            [("77%", "orr", 77, 77, "eq")],
        ),
        (
            "Trials reported 77% remission, with roughly half of those remaining free of detectable"
            " cancer at about three and a half years.",
            [("77%", "orr", 77, 77, "eq")],
        ),
        # a cue after the share names what it counts
        (
            "The ORR was 80%, and 60% of those responders achieved a complete response.",
            [("80%", "orr", 80, 80, "eq"), ("60%", "cr", 60, 60, "eq")],
        ),
        (
            "77% entered remission, and half of them were MRD-negative.",
            [("77%", "orr", 77, 77, "eq"), ("half", "mrd_negative", 50, 50, "eq")],
        ),
        # "those in" another arm are other people, whose rate the cue before names
        (
            "Objective response was seen in 84.6% of patients on cilta-cel vs 67.3% of those in the"
            " standard-care group.",
            [("84.6%", "orr", 84.6, 84.6, "eq"), ("67.3%", "orr", 67.3, 67.3, "eq")],
        ),
    ],
)
def test_a_share_of_those_after_a_rate_takes_no_cue_before(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's safety section in a journal advert, an abstract, a review: the comparison before
        # "Grade", and a grading system's aside between grade and event, keep the figure's grade
        (
            "CRS occurred in 94% of patients, including ≥ Grade 3 (Lee grading system) CRS in 13% of"
            " patients.",
            [("94%", None), ("13%", "≥3")],
        ),
        ("Grade 3 or higher (ASTCT criteria) CRS occurred in 5% of patients.", [("5%", "≥3")]),
        ("≥Grade 3 neurotoxicity occurred in 12% of patients.", [("12%", "≥3")]),
        # as before: a plain grade, any grade
        ("Grade 3 CRS occurred in 4%.", [("4%", "3")]),
        ("ICANS (any grade) occurred in 20% of patients.", [("20%", "any")]),
    ],
)
def test_a_grade_before_an_aside_or_after_a_comparison(text, expected):
    assert [(c.text, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a disease's prognosis told in a patients' page's or a news story's words: who will be alive
        # when, how long patients live after the diagnosis (a comparator's survival, a claim)
        (
            "Only 3% to 5% of people who are diagnosed with this type of brain tumor will be alive three "
            "years later.",
            [("os", "3% to 5%", 3, 5, "%", "P3Y")],
        ),
        (
            "About 20% of patients newly diagnosed with the disease would still be alive at five years.",
            [("os", "About 20%", 20, 20, "%", "P5Y")],
        ),
        (
            "On average, patients live about 14 months after diagnosis.",
            [("os", "about 14 months", 14, 14, "months", None)],
        ),
        (
            "Without CAR-T, people with this lymphoma typically live 6 to 12 months after relapse.",
            [("os", "6 to 12 months", 6, 12, "months", None)],
        ),
        (
            "A man who lives 20 months after his diagnosis is rare.",
            [("os", "20 months", 20, 20, "months", None)],
        ),
        # a relative clause of diagnosis between the share and its verb
        (
            "Roughly 30% of adults who were diagnosed with large B-cell lymphoma relapse.",
            [("relapse", "Roughly 30%", 30, 30, "%", None)],
        ),
        # not where patients stay, nor a plan
        ("Patients must live within two hours of the centre for 4 weeks after infusion.", []),
        ("You will live near the hospital for about 30 days after treatment.", []),
    ],
)
def test_a_prognosis_told_as_who_will_be_alive_and_how_long_patients_live(text, expected):
    assert [
        (c.metric, c.text, c.value.low, c.value.high, c.value.unit, c.timepoint)
        for c in extract_text(text).claims
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of patients, then what they were given, then the state they are in: an outcome
        # counted (a congress news item, a hospital's release, a feature)
        (
            "Researchers reported that 15 autoimmune disease patients who received CAR-T therapy are still "
            "in complete remission.",
            [("dor", "15 autoimmune disease patients", 15)],
        ),
        (
            "Twelve patients treated with the cells are in complete remission.",
            [("cr", "Twelve patients", 12)],
        ),
        ("Six patients given the higher dose remain in complete remission.", [("dor", "Six patients", 6)]),
        ("Nine children who were treated are now in remission.", [("orr", "Nine children", 9)]),
        # the same patients somewhere, not in a state of the disease
        (
            "Twelve patients treated with the cells are in hospital.",
            [("patient_count", "Twelve patients", 12)],
        ),
        (
            "Ten patients who received the therapy are in the trial's second cohort.",
            [("patient_count", "Ten patients", 10)],
        ),
    ],
)
def test_patients_given_the_cells_then_the_remission_they_are_in(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an approval dated by a part of a year (a clinic's guide, a news digest, a review)
        (
            "Var-cel (Qartemi) by Immuneel Therapeutics was approved in early 2025.",
            [("approval", "2025", "2025")],
        ),
        ("Kymriah was approved in mid-2018 for adults with lymphoma.", [("approval", "2018", "2018")]),
        (
            "In Japan, tisagenlecleucel was approved in late 2019 and listed in May.",
            [("approval", "2019", "2019")],
        ),
        # ...but "by early 2025" is the article's reckoning, and a prospect is none
        ("By early 2025, Kymriah had been approved in 30 countries.", []),
        ("Approval of Qartemi is expected in mid-2025.", []),
        # the approval just told of, then dated: "this go-ahead in October 2023"
        (
            "India reached a milestone when its first home-grown CAR-T therapy, NexCAR19, got approval. With "
            "this go-ahead in October 2023, India joined the countries with their own CAR-T.",
            [("approval", "October 2023", "2023-10")],
        ),
        (
            "NexCAR19 was cleared for sale. This authorisation, granted in October 2023, covers lymphoma.",
            [("approval", "October 2023", "2023-10")],
        ),
        # not "this approval" and a date of something else
        ("This approval was a long time coming: the company filed in 2022.", []),
        ("The trial began in 2019. With this approval in hand, the firm plans a launch in 2026.", []),
    ],
)
def test_an_approval_dated_by_part_of_a_year_or_as_this_go_ahead(text, expected):
    claims = extract_text(text).claims
    assert [(c.metric, c.text, getattr(c.value, "date", None)) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price table's rows, cells set apart by tabs: "US" is the row's label, not "US$"
        (
            "Country\tCost in USD\nIndia\t$50,000 – $85,000\nUS\t$450,000\nChina\t$119,000 – $140,000\n",
            [("$50,000 – $85,000", None), ("$450,000", "US"), ("$119,000 – $140,000", "China")],
        ),
        ("Region\tPrice\nUS\t$373,000\nEU\t€320,000\n", [("$373,000", "US"), ("€320,000", "Europe")]),
        # "US $450,000" in running text is still dollars
        ("In the US $450,000 is the price.", [("US $450,000", None)]),
    ],
)
def test_a_row_label_before_a_tab_is_no_currency_prefix(text, expected):
    assert [(c.text, c.region) for c in extract_text(text).claims if c.metric == "cost"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of the treatments a report assessed, one clause each: the approval dated in the
        # clause of another kind of drug is that drug's (an HTA body's release, a review, a digest)
        (
            "The report assessed idecabtagene vicleucel, a CAR T-cell therapy that the FDA approved in March "
            "2021;\nciltacabtagene autoleucel, for which a BLA was submitted to the FDA in December 2020; "
            "and\nbelantamab mafodotin-blmf, which the FDA approved in August 2020.",
            [("approval", "March 2021", "idecabtagene vicleucel")],
        ),
        (
            "Ide-cel was approved by the FDA in March 2021; teclistamab, a bispecific antibody, was approved "
            "in October 2022.",
            [("approval", "March 2021", "idecabtagene vicleucel")],
        ),
        # the clause's own CAR-T product keeps its date, another drug named in it or not
        (
            "Blinatumomab had failed her; Kymriah, which the FDA approved in August 2017, put her in "
            "remission.",
            [("approval", "August 2017", "tisagenlecleucel")],
        ),
        (
            "Unlike blinatumomab, obe-cel was approved in November 2024 for adults with ALL.",
            [("approval", "November 2024", "obecabtagene autoleucel")],
        ),
    ],
)
def test_an_approval_dated_in_another_drugs_clause_is_that_drugs(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count in brackets after a baseline trait says how many had it, not a cohort (an
        # abstract's results, a poster's table in prose)
        (
            "This study included all (n=128) patients; most were males (n=12, 67%) and Caucasian "
            "(n=16, 89%).",
            [("patient_count", "128", 128)],
        ),
        ("Participants were mostly women (N=14; 70%).", []),
        ("The female cohort (n=22) received cilta-cel.", [("patient_count", "22", 22)]),
        # "N patients with grade ≥3 <event>": the event counted (a case series, a news digest)
        (
            "The trial reported three patients with grade 3 or higher parkinsonism.",
            [("neurotoxicity", "three patients", 3)],
        ),
        ("There were two patients with grade 4 CRS after infusion.", [("crs", "two patients", 2)]),
        # ...not a lymphoma's grade
        (
            "We treated 12 patients with grade 3B follicular lymphoma.",
            [("patient_count", "12 patients", 12)],
        ),
        # "… of patients in the study were alive and progression-free": who the share is of
        (
            "33% of patients in the study were alive and progression-free at 5 years.",
            [("pfs", "33%", 33)],
        ),
        ("40% of patients in the trial remained in remission at 5 years.", [("dor", "40%", 40)]),
        ("About 40% of patients in this study were alive at five years.", [("os", "About 40%", 40)]),
    ],
)
def test_baseline_counts_event_counts_with_a_grade_and_shares_of_those_in_the_study(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an approval widened to more patients, dated (a trade story, a review, a label history)
        (
            "Cilta-cel is a BCMA-targeting CAR T-cell therapy approved by the FDA in 2022 for adult patients "
            "with RRMM who had received 4 or more prior lines of therapy, which was expanded in 2024 to "
            "include patients with at least 1 prior line of treatment.",
            [("2022", "2022"), ("2024", "2024")],
        ),
        ("Breyanzi use was expanded in May 2024 to cover adults with CLL.", [("May 2024", "2024-05")]),
        # a trial widened is no approval
        ("The Kymriah trial was expanded in 2023 to include children.", []),
    ],
)
def test_an_approval_expanded_to_include_more_patients(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "approval"]
    assert [(c.text, c.value.date) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "all but two" are the exceptions, not the patients with the outcome (a news story, a blog)
        ("The study is small, 35 people, and all but two were in remission within two months.", []),
        ("All but 3 of the children responded to the cells.", []),
        # "two dozen" is 24
        (
            "In a second study of nearly two dozen patients, everyone above a certain dose responded.",
            [("patient_count", "nearly two dozen patients", 24)],
        ),
        (
            "The centre has treated three dozen patients since 2022.",
            [("patient_count", "three dozen patients", 36)],
        ),
        ("Dozens of patients have been treated.", []),
        # a count with its share in brackets, the share's population inside them
        (
            "Of the 97 patients, 32 (33% of the cohort) remained alive and progression-free five years after "
            "infusion.",
            [("patient_count", "97 patients", 97), ("pfs", "32 (33% of the cohort)", 33)],
        ),
        ("CRS occurred in 45 (47% of patients), mostly grade 1.", [("crs", "45 (47% of patients)", 47)]),
        # an approval a company only anticipates
        (
            "Celgene and bluebird bio are developing the treatment, which they anticipate will receive FDA "
            "approval in the second half of 2020.",
            [],
        ),
        ("The firm says Kymriah could win approval in Japan in 2019.", []),
    ],
)
def test_all_but_two_two_dozen_a_bracketed_share_of_the_cohort_and_an_anticipated_approval(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a million dollars" is money, alone or as a range's end (a content-farm guide, a feature)
        (
            "The figures they saw online were staggering, ranging from $400,000 to over a million dollars.",
            [("cost", "$400,000 to over a million dollars", 400000, 1000000)],
        ),
        (
            "All told, the bill came to about a million US dollars.",
            [("cost", "about a million US dollars", 1e6, 1e6)],
        ),
        ("A million patients could one day benefit from CAR-T.", []),
        # a release's dateline with a province's code and no comma after it is the article's date
        (
            "DORVAL, QC Sept. 6, 2018 - Novartis is pleased to announce that Health Canada has approved "
            "Kymriah.",
            [],
        ),
        (
            "Health Canada approved Kymriah on Sept. 5, 2018, the first CAR-T therapy in the country.",
            [("approval", "Sept. 5, 2018", None, None)],
        ),
    ],
)
def test_a_million_dollars_in_words_and_a_dateline_with_a_province_code(text, expected):
    assert [(c.metric, c.text, c.value.low, c.value.high) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the second figure's endpoint names its own time point after it, which outranks the one the
        # clause opened with (a charity's approval news, a review, a release)
        (
            "Results from the trial show an 82% remission rate within 3 months and a 62% relapse-free "
            "survival after 2 years.",
            [("82%", "P3M"), ("62%", "P2Y")],
        ),
        (
            "At 6 months, 75% were in remission and 58% had overall survival at 2 years.",
            [("75%", "P6M"), ("58%", "P2Y")],
        ),
        # without its own, the second figure keeps the clause's
        ("At one year, 69% were alive and 47% were alive without disease.", [("69%", "P1Y"), ("47%", "P1Y")]),
    ],
)
def test_a_figures_own_time_point_after_its_endpoint_outranks_the_clauses(text, expected):
    assert [(c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause that opens "At baseline," tells who the patients were (an abstract's prose, a
        # journal's news digest), not what happened to them
        ("At baseline, hypogammaglobulinemia was reported in six patients.", []),
        ("At baseline, 30% of patients had hypogammaglobulinemia and 12% had CNS involvement.", []),
        ("At enrollment, 40% had extramedullary disease.", []),
        # ...but a time point after treatment is an outcome's
        ("At day 28, 70% were in complete remission.", [("cr", "70%")]),
        # a share of the cohort who got other care before the cells is no cohort
        ("Prior to infusion, 17 patients (74%) received bridging therapy.", []),
        (
            "Forty-one elderly patients (87%) received CAR-T cell infusion.",
            [("patient_count", "Forty-one elderly patients (87%)")],
        ),
        # an adverb between "were" and "treated"
        ("So 117 patients were actually treated with the cells.", [("patient_count", "117 patients")]),
        ("In the end, 40 patients were ultimately infused.", [("patient_count", "40 patients")]),
    ],
)
def test_baseline_clauses_bridging_shares_and_an_adverb_before_treated(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same sum in another currency, in brackets right after a bounded one, is bounded alike
        # (Vietnamese and Korean news, a subsidy story)
        (
            "If CAR-T cells can be produced domestically, treatment costs could be reduced to under VND500 "
            "million (US$19,000).",
            [("under VND500 million", None, 500000000, "lt"), ("US$19,000", None, 19000, "lt")],
        ),
        (
            "Kymriah, which costs over 500 million won ($421,000), has become eligible for reimbursement.",
            [("over 500 million won", 500000000, None, "gt"), ("$421,000", 421000, None, "gt")],
        ),
        # an unbounded sum's conversion stays as it is
        (
            "The price is $373,000 (€320,000).",
            [("$373,000", 373000, 373000, "eq"), ("€320,000", 320000, 320000, "eq")],
        ),
    ],
)
def test_a_bracketed_conversion_takes_the_bound_of_the_sum_it_converts(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "cost"]
    assert [(c.text, c.value.low, c.value.high, c.value.bound) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of patients who die before they could be treated is dropout, no survival (an access
        # story, a trial's flow in prose)
        ("About 25% of patients die while waiting for a manufacturing slot.", []),
        ("In the trial, 10% of those enrolled died before infusion.", []),
        ("As many as 20% of referred patients may die awaiting their cells.", []),
        # deaths after treatment are, and so is the toll of waiting for another treatment
        ("About 25% of patients died within two years.", [("os", "About 25%", "P2Y")]),
        ("Half of them die before a transplant can be arranged.", [("os", "Half", None)]),
    ],
)
def test_a_share_who_died_before_treatment_is_no_survival(text, expected):
    assert [(c.metric, c.text, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date that starts a trial is the trial's, whatever approval it heads for (a biotech blog, a
        # release, a digest)
        (
            "Cartesian is set to initiate the Phase III AURORA trial in the second quarter of 2025, marking "
            "a critical step toward potential FDA approval for gMG treatment.",
            [],
        ),
        ("The company will begin the pivotal study in 2026 to support Kymriah's approval in lupus.", []),
        # ...not a regulator's review completed with an approval
        ("The FDA completed its review and approved Kymriah in August 2017.", [("approval", "August 2017")]),
    ],
)
def test_a_trial_started_on_a_date_is_no_approval(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grade nobody had is not the figure's grade (an ASH abstract's background, a release)
        (
            "Cytokine release syndrome (CRS) occurred in 90% (5% grade ≥3) and immune effector "
            "cell-associated neurotoxicity syndrome (ICANS) in 3% (no grade ≥3).",
            [("90%", None), ("5%", "≥3"), ("3%", None)],
        ),
        ("ICANS occurred in 12% of patients, without grade 3 or higher events.", [("12%", None)]),
        ("Grade 3 or higher CRS occurred in 4%.", [("4%", "≥3")]),
    ],
)
def test_a_grade_nobody_had_is_not_the_figures(text, expected):
    assert [(c.text, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one severity joined to another before the event (a hospital's patient page, a label digest,
        # a news feature)
        (
            "In the pivotal study, 84 percent of patients had severe or life-threatening adverse reactions.",
            [("adverse_event", "84 percent")],
        ),
        (
            "About 30% of patients had serious and sometimes fatal side effects.",
            [("adverse_event", "About 30%")],
        ),
        ("In the lymphoma cohort, 22% developed severe or life threatening CRS.", [("crs", "22%")]),
        ("In the study, 5% of patients had fatal infections.", [("adverse_event", "5%")]),
    ],
)
def test_severities_joined_before_an_event_still_name_it(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause that counts before its colon is no heading over the counts after it (a cancer
        # centre's news, a trial digest)
        (
            "This trial included 21 patients: 19 with pleural mesothelioma, one with lung cancer, and "
            "one with breast cancer.",
            [("patient_count", "21 patients")],
        ),
        (
            "The study enrolled 40 participants: 30 with lymphoma and 10 with leukemia.",
            [("patient_count", "40 participants")],
        ),
        # a heading stays one
        ("Trials: 19 in China, 12 in the US.", [("trial_count", "19"), ("trial_count", "12")]),
    ],
)
def test_a_label_that_counts_something_itself_is_a_clause(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # so many patients with a response no metric counts (stable disease, a partial response) are
        # neither a cohort nor a rate (an abstract, a review's table, a news digest)
        ("Stable disease was sustained for at least 6 months in 8 patients.", []),
        ("Stable disease was the best response in 6 of 15 patients.", []),
        ("Best OR: 6/15 patients with SD.", []),
        ("Four patients had a partial response.", []),
        ("Three patients achieved a partial remission and one had stable disease.", []),
        ("Partial responses were seen in 8 of 12 patients.", []),
        ("Of the 20 patients, 5 patients showed stable disease.", [("patient_count", "20 patients")]),
        # the responses a metric counts stay
        ("In the trial, 14 patients achieved a complete response.", [("cr", "14 patients")]),
        ("CRS occurred in 12 of 20 patients.", [("crs", "12 of 20")]),
    ],
)
def test_patients_with_a_response_no_metric_counts_are_no_cohort(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what an appeal took in or has still to raise is no price (a local news story, a newspaper
        # feature, a fundraising page)
        ("A first campaign brought in nearly a million dollars in just a few weeks.", []),
        ("The GoFundMe page set up by his sister has already brought in more than $52,000.", []),
        (
            "The family needs $500,000, with less than $165,000 remaining, to cover the costs of the trial.",
            [("$500,000", 500000)],
        ),
        ("They still have $40,000 to go before the CAR-T infusion can be booked.", []),
        # ...what the treatment costs, beside it, stays
        (
            "Her online appeal has collected $80,000 toward the $300,000 the CAR-T treatment costs.",
            [("$300,000", 300000)],
        ),
        ("The hospital collected $400,000 for the CAR-T infusion.", [("$400,000", 400000)]),
    ],
)
def test_an_appeals_takings_and_what_it_still_needs_are_no_price(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "cost"]
    assert [(c.text, c.value.low) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of patients with the "of" left out, as translated pages write it (a law firm's
        # blog, a clinic page, a news digest)
        (
            "The results show that using CAR-T in 40% patients achieved complete remission of the disease.",
            [("cr", "40%")],
        ),
        ("In the study, 82% patients had an overall response.", [("orr", "82%")]),
        ("About 30% children developed CRS after infusion.", [("crs", "About 30%")]),
        # ...not a share with no endpoint after it
        ("The centre treated 45% patients with lymphoma.", []),
    ],
)
def test_a_share_of_patients_without_of_still_names_its_endpoint(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a median told as reported or estimated at a duration is that median, not a time point (an
        # approval digest, an abstract, a news story)
        ("The median duration of remission was reported at 14.1 months.", [("dor", "14.1 months")]),
        ("Median PFS was reported at 9.5 months.", [("pfs", "9.5 months")]),
        ("The median overall survival was estimated at 25.8 months.", [("os", "25.8 months")]),
        ("The median OS has been put at about 2 years in this group.", [("os", "about 2 years")]),
        # ...while a time point a share is measured at stays one
        ("Survival was estimated at 12 months in 60% of patients.", [("os", "60%")]),
    ],
)
def test_a_median_reported_at_a_duration_is_that_median(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a funder's listing of a grant gives its sum, no price (a breed foundation's project page, a
        # charity's awards list)
        (
            "A Blueprint to Develop Next-Generation CAR T Therapy for Canine Lymphoma\n"
            "Co-sponsored with the AKC Canine Health Foundation, Grant Number: 03194\n"
            "Matthew Atherton, BVSc, PhD; University of Pennsylvania\nAmount: $4,000\n",
            [],
        ),
        (
            "The foundation awarded a research grant to the centre.\nAward amount: $50,000 over two years\n",
            [],
        ),
        # ...a price list's amount stays a price
        ("CAR-T price list\nProduct: Kymriah\nAmount: $475,000\n", [("$475,000", 475000)]),
        ("The hospital bill for the infusion came to a total amount of $512,000.", [("$512,000", 512000)]),
    ],
)
def test_a_grants_amount_is_no_price(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "cost"]
    assert [(c.text, c.value.low) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # products a health service or a hospital offers or rolls out are products on the market (a
        # government's petition answer, a hospital page, a news story)
        (
            "The NHS announced the roll out of personalised CAR-T therapies, offering three different "
            "CAR-T therapies for six different blood cancers.",
            [("product_count", "three different CAR-T therapies")],
        ),
        ("The hospital offers three CAR-T therapies.", [("product_count", "three CAR-T therapies")]),
        (
            "Since the rollout, two CAR-T products have reached patients in Wales.",
            [("product_count", "two CAR-T products")],
        ),
        # ...not other treatments a clinic offers
        ("The clinic offers 12 cancer treatments, including chemotherapy.", []),
    ],
)
def test_products_offered_or_rolled_out_are_counted(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date that opens its sentence after an abstract's or a digest's heading still dates the
        # approval its subject received (an ASH abstract, a review, a newsletter)
        (
            "Introduction: On April 5, 2024, ciltacabtagene autoleucel (cilta-cel), a BCMA-directed CAR "
            "T-cell therapy, received Food and Drug Administration (FDA) approval for patients with MM.",
            [("approval", "April 5, 2024")],
        ),
        (
            "Background: In August 2017, the first CAR-T, tisagenlecleucel, was approved by the FDA.",
            [("approval", "August 2017")],
        ),
        # ...not a date whose clause is another's
        (
            "Key dates: In 2012, Emily Whitehead was treated in a trial; Kymriah was approved in 2017.",
            [("approval", "2017")],
        ),
    ],
)
def test_a_fronted_date_after_a_heading_dates_the_approval(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an event called clinically significant or relevant is still that event (a registry digest,
        # an abstract, a news story)
        (
            "Treatment-related mortality was recorded in 6% of patients, and 45% experienced clinically "
            "significant infections.",
            [("6%", "treatment-related mortality"), ("45%", "infection")],
        ),
        (
            "In the cohort, 30% of patients had clinically relevant hypogammaglobulinemia.",
            [("30%", "hypogammaglobulinemia")],
        ),
        ("About 12% developed significant neurotoxicity.", [("About 12%", None)]),
    ],
)
def test_a_clinically_significant_event_is_that_event(text, expected):
    assert [(c.text, c.event) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how far apart two prices are is no price (a reader's comment, a trade analysis)
        (
            "I hope Gilead and Novartis would agree to set the price for Yescarta and Kymriah as close as "
            "possible to say within $500 of each other.",
            [],
        ),
        (
            "The two list prices, $373,000 and $475,000, are within $102,000 of one another.",
            [("$373,000", 373000), ("$475,000", 475000)],
        ),
    ],
)
def test_how_far_apart_two_prices_are_is_no_price(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric == "cost"]
    assert [(c.text, c.value.low) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # toxicity to the nervous system is neurotoxicity, as patients' pages put it (a children's
        # hospital page, a charity's guide)
        (
            "Toxicity to the nervous system has been reported in 40 percent of patients.",
            [("neurotoxicity", "40 percent")],
        ),
        ("Nervous system toxicity occurred in 40% of patients.", [("neurotoxicity", "40%")]),
        ("Side effects on the nervous system affected 30% of children.", [("neurotoxicity", "30%")]),
        # a sentence that only points back ("This has been reported in …") takes the one event the
        # sentence before named
        (
            "Other common side effects include:\n- Toxicity to the nervous system, including confusion and "
            "seizures. This has been reported in 40 percent of patients.",
            [("neurotoxicity", "40 percent")],
        ),
        (
            "Cytokine release syndrome is the most common side effect. It occurs in about 70% of people.",
            [("crs", "about 70%")],
        ),
        # ...not when it named two, nor an endpoint with a figure of its own, nor no endpoint
        ("CRS and ICANS are common. It occurs in about 70% of people.", []),
        ("The complete response rate was 50%. This was seen in 40% of children.", [("cr", "50%")]),
        (
            "The trial enrolled 100 patients with lymphoma. This was seen in 40% of patients.",
            [("patient_count", "100 patients")],
        ),
    ],
)
def test_nervous_system_toxicity_and_a_sentence_that_points_back(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence that updates the figure before ("… put that at 73 percent") gives the same
        # endpoint's newer share (a hospital's page, a review, a news story)
        (
            "In the study that led to approval, 84 percent of patients had severe or life-threatening "
            "adverse reactions. More recent data put that at 73 percent.",
            [("adverse_event", "84 percent"), ("adverse_event", "73 percent")],
        ),
        (
            "The CR rate was 81% in the pivotal trial. Later studies placed the figure at 60%.",
            [("cr", "81%"), ("cr", "60%")],
        ),
        # ...not when the sentence before named no endpoint
        (
            "The trial enrolled 100 patients. Newer data put that at 73 percent.",
            [("patient_count", "100 patients")],
        ),
    ],
)
def test_a_sentence_that_updates_the_figure_before(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the odds a family's blog or a doctor gives: the chance of relapsing, the chance that one is
        # cured, GVHD spelled "Graft vs Host Disease"
        (
            "Chris has a 60% chance of relapsing within the next two years (40% chance that he's cured).",
            [("relapse", "60%"), ("success_rate", "40%")],
        ),
        ("The risk of relapsing is about 30% in the first year.", [("relapse", "about 30%")]),
        ("He would have a 30% chance of developing Graft vs Host Disease.", [("adverse_event", "30%")]),
        # ...not a relapsing-remitting disease
        ("About 20% of patients have relapsing-remitting disease.", []),
    ],
)
def test_the_odds_of_relapsing_or_being_cured(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


def _counts(text):
    return [(c.metric, c.text, c.value.low, c.value.bound) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year-like number the people or trials it counts follow is a count (clinic pages,
        # registry abstracts, trial news), with or without a hedge
        (
            "Our team has treated more than 2000 patients with CAR-T.",
            [("patient_count", "more than 2000 patients", 2000, "gt")],
        ),
        (
            "Over 2000 CAR-T trials are registered worldwide.",
            [("trial_count", "Over 2000 CAR-T trials", 2000, "gt")],
        ),
        ("A total of 1999 patients were analyzed.", [("patient_count", "1999 patients", 1999, "eq")]),
        # ...not a year that dates what happened to patients
        ("In 2019 patients with lymphoma gained access to CAR-T.", []),
        ("Between 2017 and 2020 patients received axi-cel.", []),
        ("By the end of 2019 patients could be treated in Spain.", []),
        ("In March 2020 patients were enrolled.", []),
    ],
)
def test_a_year_like_number_that_counts_people_or_trials(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count a share is taken of is the cohort, whatever the share says of it (a baseline
        # trait, an outcome)
        ("Sixty percent of the 120 patients were men.", [("patient_count", "120 patients", 120, "eq")]),
        (
            "Nearly half (44%) of 1916 total recipients were aged 65 or older.",
            [("patient_count", "1916 total recipients", 1916, "eq")],
        ),
        (
            "Half of the 30 patients had received a prior transplant.",
            [("patient_count", "30 patients", 30, "eq")],
        ),
        # ...not the people a disease strikes each year
        ("About 40% of the 3,100 children diagnosed with ALL each year are teenagers.", []),
    ],
)
def test_the_count_a_share_is_taken_of(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verbs a study's cohort follows (an interview, a database study, a cohort abstract)
        (
            "We looked at about 1500 patients in that dataset.",
            [("patient_count", "about 1500 patients", 1500, "approx")],
        ),
        (
            "The team identified 1,200 patients who received CAR-T between 2018 and 2022.",
            [("patient_count", "1,200 patients", 1200, "eq")],
        ),
        ("They followed 100 patients for five years.", [("patient_count", "100 patients", 100, "eq")]),
        # ...and the age a cohort was chosen by, between its count and its verb
        (
            "Since 2019, 47 lymphoma patients aged 70 or older underwent leukapheresis.",
            [("patient_count", "47 lymphoma patients", 47, "eq")],
        ),
        (
            "From May 2019 onwards, 47 patients, ≥70 years underwent leukapheresis in three centers.",
            [("patient_count", "47 patients", 47, "eq")],
        ),
        (
            "Last year 30 children aged 3 to 17 received CAR-T at the hospital.",
            [("patient_count", "30 children", 30, "eq")],
        ),
        # ...an age after people is no second count
        (
            "Overall, 52 patients over 65 were treated with cilta-cel.",
            [("patient_count", "52 patients", 52, "eq")],
        ),
        # ...and those spared an event, or given a rescue drug, are neither a cohort nor a count of it
        ("Hospitalization was prevented in 15 of 35 patients who received tocilizumab.", []),
        ("ICU admission was avoided in 20 patients.", []),
        ("Tocilizumab was required in 12 patients.", []),
        # (the cases of an event stay its count)
        (
            "We identified 22 cases of T-cell lymphoma after CAR-T.",
            [("adverse_event", "22 cases", 22, "eq")],
        ),
    ],
)
def test_a_cohort_looked_at_followed_or_chosen_by_age(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause's count is a cohort whatever the main clause goes on to forecast
        (
            "Carvykti, which has already treated more than 2,000 patients, is expected to move into "
            "earlier lines of therapy.",
            [("patient_count", "more than 2,000 patients", 2000, "gt")],
        ),
        (
            "The centre, which treated 40 children last year, is expected to double that.",
            [("patient_count", "40 children", 40, "eq")],
        ),
        # ...a projection itself stays none
        ("Between 200 and 250 additional patients are expected to benefit.", []),
        # a response "has been achieved for" so many is that response's count
        (
            "To date, 8 CAR-T infusions have been completed. Complete remissions have been achieved "
            "for 2 patients.",
            [("patient_count", "8 CAR-T infusions", 8, "eq"), ("cr", "2 patients", 2, "eq")],
        ),
        (
            "A complete response has been achieved by 5 children so far.",
            [("cr", "5 children", 5, "eq")],
        ),
    ],
)
def test_a_relative_clause_count_and_a_response_achieved_for_so_many(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a survey's table whose column counts centres: its rows name what the centres do, and
        # "(n=11)" sizes the centres, not patients
        (
            "Characteristic | Centers, n(%) (n=11) |\n---|---|\nTotal Hospital Beds | |\n1-50 | 1 (9) |\n"
            "Clinical trial protocols | 9 (82) |\nCommercial | 9 (82) |\n",
            [],
        ),
        ("Item | Sites (n = 20) |\n---|---|\nClinical trials | 12 |\nCAR-T products | 3 |\n", []),
        # ...a column of patients still counts them
        ("Trial | Patients |\n---|---|\nZUMA-1 | 101 |\n", [("patient_count", "101", 101, "eq")]),
    ],
)
def test_a_table_column_that_counts_places(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # so many whose responses did not last are neither a response rate nor a cohort (a journal's
        # summary, trial news, a hospital's story)
        (
            "Tumor regression was rapid, but the responses were transient in two of the three participants.",
            [],
        ),
        ("Responses were short-lived in 3 of 4 children.", []),
        ("Remissions proved not durable in 5 of 8 patients.", []),
        # ...responses that lasted are a duration-of-response rate, responses seen a response rate
        ("Remissions proved durable in 5 of 8 patients.", [("dor", "5 of 8", 62.5, "eq")]),
        ("Responses were seen in 7 of 10 patients.", [("orr", "7 of 10", 70.0, "eq")]),
    ],
)
def test_so_many_whose_responses_did_not_last(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the later arms of a parallel cohort, their people and verb left out (a claims-database
        # study, a registry's report)
        (
            "A total of 697 patients treated with cilta-cel and 575 with ide-cel were identified.",
            [("patient_count", "697 patients", 697, "eq"), ("patient_count", "575", 575, "eq")],
        ),
        (
            "The registry holds 300 patients treated with axi-cel, 120 with tisa-cel and 40 with liso-cel.",
            [
                ("patient_count", "300 patients", 300, "eq"),
                ("patient_count", "120", 120, "eq"),
                ("patient_count", "40", 40, "eq"),
            ],
        ),
        # ...not the patients an event was seen in
        ("CRS occurred in 10 patients with axi-cel and 5 with tisa-cel.", [("crs", "10 patients", 10, "eq")]),
    ],
)
def test_the_later_arms_of_a_parallel_cohort(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # CR and CRi named together, the response written "response/remission" (an abstract, a
        # release, a trial page)
        (
            "The rate of complete response/remission (CR) and CR with incomplete marrow recovery (CRi) "
            "was 18.4%.",
            [("cr", "18.4%", 18.4, "eq")],
        ),
        ("The complete response/remission rate was 45%.", [("cr", "45%", 45.0, "eq")]),
        # ...and the evaluable count of a cohort split by dose in brackets
        (
            "Of 137 leukapheresed patients, 118 received liso-cel, 97 (DL1 = 9; DL2 = 88) were efficacy "
            "evaluable.",
            [
                ("patient_count", "137 leukapheresed patients", 137, "eq"),
                ("patient_count", "118", 118, "eq"),
                ("patient_count", "97", 97, "eq"),
            ],
        ),
        (
            "Of 60 enrolled patients, 52 were evaluable for efficacy.",
            [("patient_count", "60 enrolled patients", 60, "eq"), ("patient_count", "52", 52, "eq")],
        ),
    ],
)
def test_cr_with_cri_and_an_evaluable_count_split_by_dose(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the date of another kind of drug named right before it, after the CAR-T's (trade news
        # comparing CAR-T with bispecifics, a review's history)
        (
            "Three CAR T products are FDA approved, with the first Yescarta approved in 2021, and two "
            "BiTEs, starting with Lunsumio (mosunetuzumab) in 2022.",
            [("product_count", "Three CAR T products"), ("approval", "2021")],
        ),
        (
            "Yescarta was approved in 2021, and Lunsumio (mosunetuzumab) was approved in 2022.",
            [("approval", "2021")],
        ),
        # ...not a CAR-T compared with one, its date after a comma
        (
            "Carvykti (cilta-cel), compared with teclistamab in trials, was approved in 2022.",
            [("approval", "2022")],
        ),
        # how far apart two costs are is no cost
        ("Real-World Study Shows $330,000 Cost Difference Between CAR T and BiTE Therapies", []),
        ("The study found a $50,000 difference in cost between the two.", []),
        ("The list price is $475,000.", [("cost", "$475,000")]),
    ],
)
def test_another_drugs_date_and_a_cost_difference(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a response told by what the disease did (a charity's news, an NHS story, a patients' page)
        (
            "In a clinical trial, 77% of patients saw their cancer enter remission after obe-cel.",
            [("orr", "77%")],
        ),
        ("Half of the children saw their leukaemia go into remission.", [("orr", "Half")]),
        (
            "Seven of ten patients saw their lymphoma go into remission within a month.",
            [("orr", "Seven of ten patients")],
        ),
        # ...no figure, no claim
        ("Patients who saw their cancer go into remission were followed for 2 years.", []),
    ],
)
def test_saw_their_cancer_enter_remission(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plan whose people are described before it is told (a trial-registry digest, a provincial
        # announcement): no cohort yet
        (
            "An estimated 9 patients with recurrent or refractory NMOSD, who were 18 to 60 years of age, "
            "will be given CAR-T cell injections.",
            [],
        ),
        ("Up to 20 adults with lymphoma from across the province will be treated each year.", []),
        # ...a cohort treated, then a plan for others or for it, stays
        (
            "20 patients received CAR-T and 10 more will be treated next year.",
            [("patient_count", "20 patients", 20, "eq")],
        ),
        (
            "The trial enrolled 30 patients, who will be followed for 15 years.",
            [("patient_count", "30 patients", 30, "eq")],
        ),
    ],
)
def test_a_plan_whose_people_are_described_first(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share in words before the state its people are in (a newspaper's summary, a charity's
        # page, a doctor's interview; the fraction hyphenated or not)
        ("Two-thirds were in complete remission at one year.", [("cr", "Two-thirds", 66.7)]),
        ("Two thirds were in complete remission.", [("cr", "Two thirds", 66.7)]),
        ("About half were still in remission after five years.", [("dor", "About half", 50.0)]),
        ("Half remain in remission today.", [("dor", "Half", 50.0)]),
        # ...not a share of who is where
        ("Half are in the treatment arm.", []),
    ],
)
def test_a_share_in_words_before_the_state_its_people_are_in(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relapse suffered, with a modal before it (a review, a patients' page)
        (
            "As many as one-third of the patients can suffer disease relapse after CAR-T.",
            [("relapse", "As many as one-third")],
        ),
        ("About 40% of patients suffer a relapse within a year.", [("relapse", "About 40%")]),
        # ...not a relapse before the cells were given (dropouts)
        ("About 30% of patients relapsed while waiting for CAR-T cells.", []),
        # remission maintained by so many is a duration-of-response count, a share of the cohort
        (
            "Of 11 patients, 5 patients had maintained CR for more than a year.",
            [("patient_count", "11 patients"), ("dor", "5 patients")],
        ),
        (
            "Five patients maintained their complete remission for more than a year.",
            [("dor", "Five patients")],
        ),
        # the cohort with its own rate after the endpoint is no count of responders
        ("The 11 patients in our study had a total overall response rate of 100%.", [("orr", "100%")]),
        # ...nor the count the share right after it states
        (
            "Among them, 34 patients achieved remission beyond 3 months, with a 3-month ORR of 70.8%.",
            [("orr", "70.8%")],
        ),
    ],
)
def test_a_relapse_suffered_a_remission_maintained_and_a_rate_stated_after(text, expected):
    assert [(c.metric, c.text) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # inclusive bounds spelt out (labels, protocols, news copying them)
        (
            "CRS occurred in greater than or equal to 20% of patients.",
            [("greater than or equal to 20%", "crs", 20, None, "ge")],
        ),
        (
            "The ORR was equal to or greater than 90%.",
            [("equal to or greater than 90%", "orr", 90, None, "ge")],
        ),
        (
            "Severe CRS occurred in less than or equal to 10% of recipients.",
            [("less than or equal to 10%", "crs", None, 10, "le")],
        ),
        # the threshold a list of adverse events is drawn at is no rate: in a bracket, spelt out,
        # or as a reduced relative clause whose set a verb then lists (approval news, labels, reviews)
        (
            "The most common non-laboratory adverse reactions (incidence greater than or equal to 20%) "
            "included CRS, infections and encephalopathy.",
            [],
        ),
        ("Adverse events occurring in at least 20% included CRS, infections, fever and ICANS.", []),
        ("Side effects seen in more than 10% of patients included neurotoxicity, CRS and anemia.", []),
        (
            "The most common side effects, reported in at least 30% of patients, were cytokine release "
            "syndrome and low blood counts.",
            [],
        ),
        ("Toxicities observed in ≥15% of recipients were CRS, neutropenia and infections.", []),
        # ...but a finite verb states a rate, and so does a figure without a bound
        (
            "Grade 3 or higher adverse events occurred in more than 30% of patients.",
            [("more than 30%", "adverse_event", 30, None, "gt")],
        ),
        (
            "CRS was reported in at least 20% of patients, and infections were common.",
            [("at least 20%", "crs", 20, None, "ge")],
        ),
    ],
)
def test_inclusive_bounds_and_the_threshold_of_a_listed_set(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ones among those named that reached the market are a product count, told by where they
        # are sold as much as by who approved them (a review, a clinic's page, trade news)
        (
            "Several CAR-T candidates were developed in China. "
            "Two of these products are now on the US market.",
            [("Two of these products", "product_count", 2, 2, "eq")],
        ),
        (
            "Two of the academic CAR-T therapies are already commercially available in Spain.",
            [("Two of the academic CAR-T therapies", "product_count", 2, 2, "eq")],
        ),
        (
            "Three of these CAR-Ts are marketed in Europe.",
            [("Three of these CAR-Ts", "product_count", 3, 3, "eq")],
        ),
        # ...not those still in trials
        (
            "Several CAR-T candidates were developed in China. Two of these products are in phase 3 trials.",
            [],
        ),
    ],
)
def test_so_many_of_those_named_on_the_market(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-cell-a-line table with its caption, or a caption and a subtitle, set right above the
        # header, and a source line right below (a review's table, a comparison page, a label digest)
        (
            "Table 2. Efficacy of approved CAR-T products in LBCL\nProduct\nORR\nMedian PFS\n"
            "Yescarta\n83%\n5.9 months\nKymriah\n52%\n2.9 months\nBreyanzi\n73%\n6.8 months\n",
            [
                ("orr", "83%", "axicabtagene ciloleucel"),
                ("pfs", "5.9 months", "axicabtagene ciloleucel"),
                ("orr", "52%", "tisagenlecleucel"),
                ("pfs", "2.9 months", "tisagenlecleucel"),
                ("orr", "73%", "lisocabtagene maraleucel"),
                ("pfs", "6.8 months", "lisocabtagene maraleucel"),
            ],
        ),
        (
            "How the prices compare\nUS list prices, 2024\nProduct\nDisease\nList price\nKymriah\nB-ALL\n"
            "$475,000\nAbecma\nMyeloma\n$419,500\nYescarta\nLBCL\n$373,000\nSource: company filings\n",
            [
                ("cost", "$475,000", "tisagenlecleucel"),
                ("cost", "$419,500", "idecabtagene vicleucel"),
                ("cost", "$373,000", "axicabtagene ciloleucel"),
            ],
        ),
        # (a list under a heading is still no table)
        (
            "Key facts\nApproved in 2017\nOverall response 81%\nComplete response 60%\n"
            "Price $475,000\nGiven once\nMade from your cells\n",
            [("orr", "81%", None), ("cr", "60%", None), ("cost", "$475,000", None)],
        ),
    ],
)
def test_a_one_cell_a_line_table_under_its_caption(text, expected):
    assert [(c.metric, c.text, c.product) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a scraped table whose cells run together: the multiplier glued to the next cell's name is
        # still the multiplier (trade news on deals, price comparison pages)
        ("Acquisitions of CAR-T companies\nOct 2025$1.5bnBristol Myers SquibbOrbital Therapeutics\n", []),
        ("CAR-T deals\nAug 2025$350mGileadInterius\nMar 2025$425mAstraZenecaEsoBiotec\n", []),
        ("US list prices of CAR-T\nKymriah$475kNovartis\n", [("$475k", "cost", 475000, 475000, "eq")]),
        # (a currency code or an ordinary word after the figure is no multiplier)
        ("The CAR-T therapy costs $475,000 in the US.", [("$475,000", "cost", 475000, 475000, "eq")]),
    ],
)
def test_a_multiplier_glued_to_the_next_cell(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cohort's size told without its people (approval news, a trial record, a protocol summary)
        (
            "Of the 65 patients from an initial dosed cohort of 95, 63% achieved overall complete "
            "remission with obe-cel.",
            [
                ("65 patients", "patient_count", 65, 65, "eq"),
                ("95", "patient_count", 95, 95, "eq"),
                ("63%", "cr", 63, 63, "eq"),
            ],
        ),
        ("The CAR-T trial had a sample size of 120.", [("120", "patient_count", 120, 120, "eq")]),
        ("The CAR-T trial has a target enrollment of 184.", [("184", "patient_count", 184, 184, "eq")]),
        (
            "The CAR-T study enrolled an expansion cohort of 30, who received the recommended dose.",
            [("30", "patient_count", 30, 30, "eq")],
        ),
        # ...not a cohort of something else, nor a year's intake
        ("Each CAR-T cohort of 3 dose levels was tested.", []),
        ("The CAR-T cohort of 2019 did better.", []),
    ],
)
def test_a_cohort_size_told_without_its_people(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the currency in brackets after the sum (Indian business news, price tables, translations)
        (
            "Each patient's CAR-T cell therapy costs 3-4 crore (INR).",
            [("3-4 crore (INR)", "cost", 30000000, 40000000, "range")],
        ),
        ("Kymriah is priced at 320,000 (EUR) in Germany.", [("320,000 (EUR)", "cost", 320000, 320000, "eq")]),
        (
            "The CAR-T infusion costs 1.2 million (USD).",
            [("1.2 million (USD)", "cost", 1200000, 1200000, "eq")],
        ),
        # (a bracket that names no currency stays out of the price)
        (
            "The list price for tisagenlecleucel is £282,000 per infusion (company submission).",
            [("£282,000", "cost", 282000, 282000, "eq")],
        ),
    ],
)
def test_the_currency_in_brackets_after_the_sum(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a thing costs as a share of the price the sentence named: a saving by a factor
        # (a public institute's news, a hospital's release, a price feature)
        (
            "CAR-T therapy costs up to US$ 1 million per patient abroad, and the local version should "
            "cost up to 5% of this value.",
            [
                ("up to US$ 1 million", "cost", None, 1000000, "le"),
                ("up to 5%", "cost_reduction", 20, None, "ge"),
            ],
        ),
        (
            "Imported CAR-T costs $400,000, while the academic one costs about 10 percent of that price.",
            [
                ("$400,000", "cost", 400000, 400000, "eq"),
                ("about 10 percent", "cost_reduction", 10, 10, "approx"),
            ],
        ),
        # ...a share of it a payer covers stays a share (CLAIMS.md 2), no factor
        (
            "The CAR-T costs $400,000, and the insurer pays 80% of this amount.",
            [("$400,000", "cost", 400000, 400000, "eq"), ("80%", "cost_reduction", 80, 80, "eq")],
        ),
    ],
)
def test_a_cost_as_a_share_of_the_price_just_named(text, expected):
    assert figures(text) == expected


def _endpoint_figures(text):
    return [(c.metric, c.text, c.value.low) for c in extract_text(text).claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comparator's list in brackets after a "respectively" list takes the same endpoints
        # (trial news, an abstract, a congress digest)
        (
            "With CAR-T, median PFS and OS were 12.1 and 24.3 months, respectively (versus 4.5 and "
            "10.2 months with standard care).",
            [
                ("pfs", "12.1", 12.1),
                ("os", "24.3 months", 24.3),
                ("pfs", "4.5", 4.5),
                ("os", "10.2 months", 10.2),
            ],
        ),
        (
            "The median DOR and PFS were 20.1 and 14.2 months, respectively (vs 8.0 and 5.1 months in "
            "the control arm).",
            [
                ("dor", "20.1", 20.1),
                ("pfs", "14.2 months", 14.2),
                ("dor", "8.0", 8.0),
                ("pfs", "5.1 months", 5.1),
            ],
        ),
        # one endpoint's median not reached: the figure is the other one's, and the comparator's
        # bracketed list still pairs up
        (
            "Median PFS and OS with cilta-cel were 34.9 months and not reached.",
            [("pfs", "34.9 months", 34.9)],
        ),
        ("Median PFS and OS were not reached and 34.9 months, respectively.", [("os", "34.9 months", 34.9)]),
        ("Median PFS and OS were 34.9 months and NR, respectively.", [("pfs", "34.9 months", 34.9)]),
        (
            "Median PFS and OS with cilta-cel were 34.9 months and not reached (vs 12.1 and 30.2 "
            "months, respectively, with standard care).",
            [("pfs", "34.9 months", 34.9), ("pfs", "12.1", 12.1), ("os", "30.2 months", 30.2)],
        ),
        # (one figure for both endpoints still names both)
        ("Median PFS/OS 19.7 months.", [("os", "19.7 months", 19.7), ("pfs", "19.7 months", 19.7)]),
    ],
)
def test_a_comparators_list_and_a_median_not_reached(text, expected):
    assert _endpoint_figures(text) == expected


@pytest.mark.parametrize("blank", ["\n\n", "\r\n\r\n", "\n \n"])
@pytest.mark.parametrize("page", [HTA_REPORT_PAGE, ABSTRACT_PAGE])
def test_a_pdf_page_with_a_blank_line_after_each_line_is_read_as_its_paragraphs(page, blank):
    """Document hosts that set each line of a PDF as its own paragraph: the blank line after a
    line of the page's width that ends in no full stop continues the sentence."""
    single = extract_text(page).claims
    blanked = extract_text(page.replace("\n", blank)).claims
    assert [(c.metric, c.text, c.value.low, c.indication) for c in blanked] == [
        (c.metric, c.text, c.value.low, c.indication) for c in single
    ]


def test_paragraphs_parted_by_blank_lines_stay_apart():
    """A web page's paragraphs, headings and a list of labels and figures keep their blank lines."""
    from carclaims.layout import unwrapped

    page = (
        "CAR-T in numbers\n\nresponse rates in the pivotal trials\n\nORR\n\n82%\n\nCR rate\n\n54%\n\n"
        "Costs\n\nThe list price is $373,000 in the United States.\n\nmost insurers cover it\n\n"
        "2024 update\n\n3 new products were approved this year.\n"
    )
    assert unwrapped(page) == page


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subgroup named in passing between a count and its outcome (a case series, trial news,
        # a hospital's report): the count is still the outcome's
        (
            "Nine patients, including 4 who had relapsed after transplant, achieved CR with CAR-T.",
            [("cr", "Nine patients", 9)],
        ),
        (
            "Twelve patients, 8 of whom had prior transplant, achieved complete remission after CAR-T.",
            [("cr", "Twelve patients", 12)],
        ),
        # ...and the subgroup's own count is a trait, no outcome
        (
            "Of 20 patients treated with CAR-T, twelve, 5 of whom had bulky disease, achieved CR.",
            [("patient_count", "20 patients", 20), ("cr", "twelve", 60)],
        ),
        # (a count of its own after the aside keeps the subject a cohort)
        (
            "Of the 12 patients, 8 of whom had prior transplant, 10 achieved CR after CAR-T.",
            [("patient_count", "12 patients", 12), ("cr", "10", 83.3)],
        ),
    ],
)
def test_a_subgroup_named_in_passing_between_a_count_and_its_outcome(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outcome belongs to the count nearest before it: another count in between takes it
        # (a case series, a hospital's follow-up report, a patient group's newsletter)
        (
            "Of 20 patients treated with CAR-T, 12 remain alive and 2 remain in CR.",
            [("patient_count", "20 patients", 20), ("dor", "2", 10)],
        ),
        # ...and those "who had maintained CR" are a count of responses kept, a share of the cohort
        (
            "Of the 20 patients treated with CAR-T, 12 remain alive, including 2 patients who had "
            "maintained CR for more than 3 years.",
            [("patient_count", "20 patients", 20), ("dor", "2 patients", 10)],
        ),
        # (a grade between the count and its event is no count: "one patient … grade 1 …")
        (
            "One patient experienced grade 1 central nervous system toxicity after CAR-T.",
            [("neurotoxicity", "One patient", 1)],
        ),
        (
            "Of 103 patients, just one patient experienced grade 3 or higher cytokine release syndrome.",
            [("patient_count", "103 patients", 103), ("crs", "one patient", 1)],
        ),
        # (patients enrolled who had kept a response to earlier treatment are a cohort)
        (
            "The CAR-T trial enrolled 40 patients who had maintained a partial response to chemotherapy.",
            [("patient_count", "40 patients", 40)],
        ),
    ],
)
def test_an_outcome_belongs_to_the_count_nearest_before_it(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trial record's study-size field, with no colon: on its line, or over its figure
        # (registry mirrors, a sponsor's trial page, a results database)
        ("A CAR-T study of axi-cel.\nEnrollment 307\n", [("patient_count", "307", 307)]),
        ("A CAR-T study of axi-cel.\n  • Study Participants\n\n    307\n", [("patient_count", "307", 307)]),
        ("A CAR-T study of axi-cel.\nTarget Recruitment\n307\n", [("patient_count", "307", 307)]),
        ("A CAR-T study of axi-cel.\nActual Enrollment 120 (Actual)\n", [("patient_count", "120", 120)]),
        # (a table's rows set one cell a line, a blank line between)
        (
            "CAR-T in B-ALL: a meta-analysis\n\nPatient characteristics\n\nPatients Enrolled, n\n\n2134\n\n"
            "Age, range\n\n0.4–76\n",
            [("patient_count", "2134", 2134)],
        ),
        # (another field's figure is none)
        ("A CAR-T study of axi-cel.\nRecruitment status\nCOMPLETED\nStudy phase\n2\n", []),
        # a table row of those with an outcome is no count of a cohort (the table's N is)
        (
            "Deaths after axi-cel\nn (%) | N = 101 |\n---|---|---|\nTotal | Year 1 | Year 2 |\n"
            "Patients who died | 59 (58) | 40 (40) |\nPatients alive | 42 (42) | 61 (60) |\n",
            [("patient_count", "101", 101)],
        ),
    ],
)
def test_a_records_study_size_field_and_a_row_of_those_with_an_outcome(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


def test_a_safety_tables_rows_of_patients_with_an_event_and_its_bracketed_shares():
    """A journal's safety table: the rows of patients with an event are that event's rate, no
    cohort counts, and under an "n (%) N = 101" header the bracket after a count is its share."""
    table = (
        "Table 2. Safety of axi-cel\nEvent | n (%) N = 101 |\n---|---|\n"
        "Patients with any CRS | 94 (93) |\nPatients with grade ≥3 CRS | 13 (13) |\n"
        "Patients with ICANS | 65 (64) |\nPatients, n | 101 |\nPatients aged ≥65 years | 24 (24) |\n"
    )
    assert [(c.metric, c.text, c.value.low) for c in extract_text(table).claims] == [
        ("patient_count", "101", 101),  # the header's N
        ("crs", "94 (93)", 93),
        ("crs", "13 (13)", 13),
        ("neurotoxicity", "65 (64)", 64),
        ("patient_count", "101", 101),
        ("patient_count", "24 (24)", 24),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a journal table's header sizes its columns' groups ("N = 389", "Axi-cel, n = 344")
        (
            "| Characteristics | CAR-T recipients (N = 389) |\n|---|---|\n| Female, n (%) | 142 (37) |\n",
            [("patient_count", "389", 389)],
        ),
        (
            "| Characteristics . | Overall, N = 624 . | Axi-cel, n = 344 . |\n|---|---|---|\n"
            "| Male | 377 (61) | 219 (64) |\n",
            [("patient_count", "624", 624), ("patient_count", "344", 344)],
        ),
        # (not the places a header counts)
        ("| Survey | Centers (n = 11) |\n|---|---|\n| Treat adults | 9 |\n", []),
        # a baseline row: the setting patients were treated in, a response never achieved before
        (
            "| Characteristic | CAR-T recipients (N = 389) |\n|---|---|\n| Treatment setting, n (%) | |\n"
            "| Clinical trial | 131 (34) |\n| Never achieved CR with previous therapy, n (%) | 122 (45) |\n",
            [("patient_count", "389", 389)],
        ),
        # ...and the same said in a sentence
        (
            "Of 40 patients treated with CAR-T, 38% had never achieved a complete response to any "
            "prior therapy.",
            [("patient_count", "40 patients", 40)],
        ),
    ],
)
def test_a_tables_header_sizes_and_its_baseline_rows(text, expected):
    assert [(c.metric, c.text, c.value.low) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range written from its top is still a range (market reports, translated pages, slides)
        (
            "CAR-T produced complete response rates of 96-74% in mantle cell lymphoma.",
            [("96-74%", "cr", 74, 96, "range")],
        ),
        ("The CAR-T costs $475,000-$373,000.", [("$475,000-$373,000", "cost", 373000, 475000, "range")]),
        # (a change keeps its two figures)
        (
            "With longer follow-up, the CAR-T complete response rate fell from 58% to 54%.",
            [("58%", "cr", 58, 58, "eq"), ("54%", "cr", 54, 54, "eq")],
        ),
        # a disease's occurrence in a country is no cohort (a market report's aside)
        (
            "Kite expanded CAR-T to Singapore, reporting an occurrence of 1000 or higher cases of "
            "non-Hodgkin lymphoma there.",
            [],
        ),
    ],
)
def test_a_range_written_from_its_top_and_a_diseases_occurrence(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cohort split into its arms in a bracket right after it (cost studies, registry
        # abstracts, real-world comparisons): each arm's size is a count of patients
        (
            "A total of 852 patients (208 CAR T; 595 auto-SCT; 49 allo-SCT) were treated at 37 "
            "hospital systems.",
            [("852 patients", 852), ("208", 208), ("595", 595), ("49", 49)],
        ),
        (
            "We analyzed 356 patients (173 axi-cel, 183 tisa-cel) treated with CAR-T.",
            [("356 patients", 356), ("173", 173), ("183", 183)],
        ),
        (
            "We analyzed 356 patients (axi-cel, 173; tisa-cel, 183) treated with CAR-T.",
            [("356 patients", 356), ("173", 173), ("183", 183)],
        ),
        # ...not a split by sex, an age, nor shares
        ("We treated 40 patients (12 women, 28 men) with CAR-T.", [("40 patients", 40)]),
        ("We treated 40 patients (median age 58, range 23-76) with CAR-T.", [("40 patients", 40)]),
    ],
)
def test_a_cohort_split_into_its_arms_in_a_bracket(text, expected):
    claims = extract_text(text).claims
    assert {c.metric for c in claims} == {"patient_count"}
    assert [(c.text, c.value.low) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the success of making the cells is no efficacy (a manufacturer's release, trade news)
        ("The company has a greater than 95% success rate of producing its CAR-T product.", []),
        ("Kite's CAR-T has a 96% success rate in manufacturing.", []),
        # ...a treatment's success rate still is one
        (
            "The CAR-T treatment has a 90% success rate in leukemia.",
            [("90%", "success_rate", 90, 90, "eq")],
        ),
        ("CAR-T has a success rate of 85% in children.", [("85%", "success_rate", 85, 85, "eq")]),
    ],
)
def test_a_manufacturing_success_rate_is_no_efficacy(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bracket after a treatment that names its own endpoint is that endpoint's figure (a
        # clinic's page, a case series, a comparison) ...
        (
            "Over 2,110 patients were treated with CAR-T (90% success).",
            [("Over 2,110 patients", "patient_count"), ("90%", "success_rate")],
        ),
        (
            "Patients were treated with tisa-cel (52% ORR) or axi-cel (83% ORR).",
            [("52%", "orr"), ("83%", "orr")],
        ),
        # ... while a bare share after it is how much of the cohort had that treatment
        (
            "Of 120 patients, 80 were treated with axi-cel (67%).",
            [("120 patients", "patient_count"), ("80", "patient_count")],
        ),
    ],
)
def test_a_bracket_after_a_treatment_that_names_its_endpoint(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a table row as a review's PDF leaves it, cells parted by single spaces, its label stating
        # the unit of the bare figures after it (reviews, HTA reports, slide decks)
        (
            "TABLE 3. Efficacy in key CAR-T trials\nOutcome ZUMA-1 JULIET TRANSCEND\nORR, % 82 52 73\n"
            "Median PFS (months) 5.9 2.9 6.8\n",
            [
                ("orr", "82", 82, "%"),
                ("orr", "52", 52, "%"),
                ("orr", "73", 73, "%"),
                ("pfs", "5.9", 5.9, "months"),
                ("pfs", "2.9", 2.9, "months"),
                ("pfs", "6.8", 6.8, "months"),
            ],
        ),
        # ...a baseline row names no endpoint, and a row with words after its figures is prose
        ("Characteristics of CAR-T trials\nPatients ≥65 years, % 24 23 42\n", []),
        ("CAR-T results\nORR, % 82 in ZUMA-1 and 52 in JULIET\n", []),
    ],
)
def test_a_table_row_parted_by_single_spaces_under_a_unit_label(text, expected):
    assert [(c.metric, c.text, c.value.low, c.value.unit) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two events and their shares, joined by a verb that takes the shares (abstracts, labels,
        # news digests), or by a report's "for"
        (
            "Grade ≥3 CRS and neurologic events were generally reversible and reported for 12% and "
            "31% of patients, respectively.",
            [("12%", "crs"), ("31%", "neurotoxicity")],
        ),
        (
            "CRS and ICANS affected 42% and 20% of patients, respectively.",
            [("42%", "crs"), ("20%", "neurotoxicity")],
        ),
        (
            "Grade 3 or higher CRS and neurotoxicity were seen among 5% and 11% of recipients, respectively.",
            [("5%", "crs"), ("11%", "neurotoxicity")],
        ),
        (
            "CRS and ICANS of any grade were documented for 70% and 30% of patients, respectively.",
            [("70%", "crs"), ("30%", "neurotoxicity")],
        ),
        # ...but "followed for" gives no list of endpoints (time points, read as nothing)
        ("PFS and OS were followed for 12 and 24 months.", []),
    ],
)
def test_a_list_of_events_after_a_verb_that_takes_the_shares(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time told against a span is a bound (press releases, epidemiology in a release,
        # patients' pages)
        (
            "With patient survival averaging longer than five years, many patients live with myeloma.",
            [("longer than five years", "os", 5, None, "gt", "mean")],
        ),
        (
            "Median survival is longer than five years.",
            [("longer than five years", "os", 5, None, "gt", "median")],
        ),
        (
            "The median duration of response was shorter than 6 months with chemotherapy.",
            [("shorter than 6 months", "dor", None, 6, "lt", "median")],
        ),
        ("Survival averaged 14 months before CAR-T.", [("14 months", "os", 14, 14, "eq", "mean")]),
        # ... and so are "well below" and "far more than"
        (
            "The price in India is well below $100,000.",
            [("well below $100,000", "cost", None, 100000, "lt", None)],
        ),
        (
            "Far more than 500 patients have been treated at the centre.",
            [("Far more than 500 patients", "patient_count", 500, None, "gt", None)],
        ),
    ],
)
def test_longer_and_shorter_than_bound_a_time(text, expected):
    assert [
        (c.text, c.metric, c.value.low, c.value.high, c.value.bound, c.statistic)
        for c in extract_text(text).claims
    ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # which relapse the patients are treated in is who they are, not a relapse rate (reviews,
        # guidelines, hospital pages)
        (
            "Salvage therapy for second or greater BM relapse induces remissions in only 40% of patients.",
            [("40%", "orr")],
        ),
        (
            "Among children in second or later relapse, chemotherapy achieves remission in about 45%.",
            [("about 45%", "orr")],
        ),
        # ...and stands between a share and its outcome
        (
            "About 70% of adults in second or later relapse achieve a complete remission.",
            [("About 70%", "cr")],
        ),
        (
            "Nearly 85% of children in first relapse will achieve a second complete remission (CR2).",
            [("Nearly 85%", "cr")],
        ),
        ("About 40% of patients in first remission relapse within two years.", [("About 40%", "relapse")]),
        # a relapse site without an ordinal is the outcome itself
        ("CNS relapse occurred in 5% of patients after CAR-T.", [("5%", "relapse")]),
        ("Early marrow relapse was seen in 20% of the children.", [("20%", "relapse")]),
    ],
)
def test_the_relapse_patients_are_treated_in_is_no_outcome(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # MRD said undetectable, in its abbreviation (press releases, abstracts, HCP pages)
        (
            "No minimal residual disease (MRD) was detected among all responding patients "
            "(95% [58/61] by day 28).",
            [("95% [58/61]", "mrd_negative")],
        ),
        ("MRD was undetectable in 95% of responders.", [("95%", "mrd_negative")]),
        ("Undetectable MRD was achieved in 88% of patients.", [("88%", "mrd_negative")]),
        ("Of the responders, 90% had no detectable MRD at day 28.", [("90%", "mrd_negative")]),
        # ...and a survival said of those patients stays a survival
        ("Patients with MRD-undetectable disease had a 2-year PFS of 80%.", [("80%", "pfs")]),
    ],
)
def test_undetectable_mrd_is_mrd_negativity(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a confidence interval whose abbreviation has a bracket of its own, between a share and
        # its outcome (press releases, abstracts)
        (
            "Overall, 82% (95% confidence interval [CI], 72% - 90%) achieved complete response.",
            [("82%", "cr", (72, 90))],
        ),
        (
            "Overall, 64% (95% confidence interval (CI), 52%-75%) of patients responded.",
            [("64%", "orr", (52, 75))],
        ),
    ],
)
def test_a_confidence_interval_abbreviated_in_its_own_bracket(text, expected):
    assert [(c.text, c.metric, c.ci) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "n=" before the responders it counts is no cohort (HCP pages, abstracts) ...
        ("Median persistence was 168 days (range: 20-617; n=60 patients with CR/CRi).", []),
        ("Median time to response was 1 month (n = 85 patients who responded).", []),
        # ... "n=" after a cohort is
        ("The study enrolled patients (n = 120) with relapsed myeloma.", [("120", "patient_count")]),
        # a plan told in the past tense in a registry listing is no cohort ...
        (
            "In this study, 9 patients with relapsed refractory lupus nephritis were proposed to "
            "undergo CAR-T.",
            [],
        ),
        ("Thirty patients were planned to be enrolled in the expansion cohort.", []),
        ("Twelve participants are intended to receive the CAR-T product.", []),
        # ... but patients who were scheduled for a step, then had the next, were enrolled
        (
            "40 patients were scheduled to undergo apheresis, and 36 were infused.",
            [("40 patients", "patient_count"), ("36", "patient_count")],
        ),
    ],
)
def test_responders_counted_after_n_and_past_tense_plans_are_no_cohort(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure's bracket that opens with its confidence interval and goes on to count patients
        # is its gloss: the list of endpoints still pairs up across it (conference news, journal
        # summaries)
        (
            "Median duration of response and progression-free survival were 36.5 months (95% CI = "
            "17.7–48.9 months; n = 60; with 17 patients in ongoing response) and 25.3 months (95% CI = "
            "12.7–46.6 months; n = 68) in cohort 1.",
            [
                ("36.5 months", "dor"),
                ("60", "patient_count"),
                ("25.3 months", "pfs"),
                ("68", "patient_count"),
            ],
        ),
        (
            "The ORR and CR rate were 91% (95% CI, 82-97; n = 68 treated) and 68% (95% CI, 55-79), "
            "respectively.",
            [("91%", "orr"), ("68", "patient_count"), ("68%", "cr")],
        ),
        # groups labelled after their figures, the same way, pair up without "respectively"
        (
            "Median DOR and PFS were 36.5 and 25.3 months in cohort 1; and 57.5 and 29.5 months in cohort 2.",
            [("36.5", "dor"), ("25.3 months", "pfs"), ("57.5", "dor"), ("29.5 months", "pfs")],
        ),
        (
            "ORR and CR rates were 82% and 54% in LBCL; and 90% and 70% in follicular lymphoma.",
            [("82%", "orr"), ("54%", "cr"), ("90%", "orr"), ("70%", "cr")],
        ),
    ],
)
def test_a_list_of_endpoints_across_glossed_figures_and_labelled_groups(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how many patients are in a response is no cohort (abstracts, HCP pages, news)
        ("The median DOR was 36.5 months, with 17 patients in ongoing response.", [("36.5 months", "dor")]),
        ("The median DOR was 36.5 months, with 17 patients in complete response.", [("36.5 months", "dor")]),
        # ... which relapse or remission a cohort was enrolled in is
        ("The trial enrolled 40 patients in first complete remission.", [("40 patients", "patient_count")]),
        # a share of patients named by a disease written with a slash
        (
            "Long-term follow-up showed that 39% of patients with relapsed/refractory mantle cell lymphoma "
            "were alive after 5 years.",
            [("39%", "os", "P5Y")],
        ),
    ],
)
def test_patients_in_a_response_and_a_slashed_disease(text, expected):
    found = [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims]
    assert [f[: len(e)] for f, e in zip(found, expected, strict=False)] == expected and len(found) == len(
        expected
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a duration alone in a bracket right after a survival endpoint is the time point its rate
        # is read at (review tables, slides, abstracts)
        ("| Outcome | Axi-cel |\n| PFS (12 months) | 62% |\n", [("62%", "pfs", "P12M")]),
        (
            "The PFS (12 mo) was 62% and the OS (12 mo) was 81%.",
            [("62%", "pfs", "P12M"), ("81%", "os", "P12M")],
        ),
        ("Overall survival (24 months) was 54%.", [("54%", "os", "P24M")]),
        ("PFS from infusion (12mo)(median)\n\n62%/25mo\n", []),
        # ... but a median's bracket is its value
        ("The median OS (25.8 months) was longer than with chemotherapy.", [("25.8 months", "os", None)]),
    ],
)
def test_a_duration_bracketed_after_a_survival_endpoint_is_its_time_point(text, expected):
    assert [(c.text, c.metric, c.timepoint) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a plant or a centre could supply is no cohort (business news, company pages)
        ("The new plant can make enough cells to treat 5,000 patients.", []),
        ("The site has the capacity to serve up to 2,000 patients.", []),
        ("The centre is capable of treating 500 patients.", []),
        # ... those a team was able to treat are one
        (
            "Doctors were able to treat 40 patients with the therapy last year.",
            [("40 patients", "patient_count")],
        ),
        ("The hospital has treated 120 patients since 2019.", [("120 patients", "patient_count")]),
    ],
)
def test_a_capacity_to_treat_is_no_cohort(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # infusion-related reactions are adverse events (conference digests, labels, abstracts), and
        # the patients who had them no cohort
        (
            "Two patients had infusion-related reactions, and two developed grade 2 CRS.",
            [("Two patients", "adverse_event", "infusion-related reaction"), ("two", "crs", None)],
        ),
        (
            "Infusion reactions occurred in 5% of patients.",
            [("5%", "adverse_event", "infusion-related reaction")],
        ),
        (
            "Mild infusion-related reactions (IRRs) were reported in 12% of participants.",
            [("12%", "adverse_event", "infusion-related reaction")],
        ),
    ],
)
def test_infusion_related_reactions_are_adverse_events(text, expected):
    assert [(c.text, c.metric, c.event) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how an event went, in how many patients, counts the event's cases (abstracts)
        ("CRS (grade 1/2) was reversible in eight patients.", [("eight patients", "crs")]),
        ("Neurotoxicity resolved in 11 patients within a week.", [("11 patients", "neurotoxicity")]),
        # a trial listing's plan, told before or after the count, is no cohort
        ("If successful, a larger group of 10-20 more patients will also receive this therapy.", []),
        ("Phase 1 will involve the enrollment of six eligible patients.", []),
        ("The trial will enroll an additional 20 patients in the expansion phase.", []),
        # patients given another drug beside the cells are no cohort
        ("Among them, 3 patients received half dose of regorafenib along with cell infusion.", []),
        # ... a cohort treated, then followed, is one
        (
            "The study treated 24 patients, who will be followed for 15 years.",
            [("24 patients", "patient_count")],
        ),
        (
            "Twelve patients received CAR-T cells and were followed for a median of 14 months.",
            [("Twelve patients", "patient_count")],
        ),
    ],
)
def test_plans_other_drugs_and_how_events_went_are_no_cohorts(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a survey's household income is no cost (cost-of-care and financial-toxicity studies)
        ("Among these, the median pre-tax household income was $66,500 and 48% had to relocate.", []),
        (
            "A family with an income of $50,000 a year paid $12,000 out of pocket.",
            [("$12,000", "cost")],
        ),
        # a span after diagnosis is when a rate is read, unless the endpoint's own figure is it
        ("Approximately 60% of patients survive to 5 years after diagnosis.", [("Approximately 60%", "os")]),
        ("Median overall survival was 14 months after diagnosis.", [("14 months", "os")]),
        ("Overall survival was 14 months after diagnosis in the chemotherapy era.", [("14 months", "os")]),
        ("The median OS was 25.8 months after infusion.", [("25.8 months", "os")]),
    ],
)
def test_incomes_and_spans_after_diagnosis(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a literature search's raw yield counts publications, no trials (reviews, HTA posters)
        ("RESULTS: The search yielded 316 studies from both databases and grey literature sources.", []),
        ("Our searches returned 1,204 studies in all.", []),
        # ... the studies a review or a meta-analysis takes in are trials
        ("Ultimately, 22 studies were included in the final analysis.", [("22 studies", "trial_count")]),
        ("A total of 16 studies with 195 patients were identified.", [("16 studies", "trial_count")]),
    ],
)
def test_a_literature_search_yield_is_no_trial_count(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims if c.metric == "trial_count"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # endpoints joined by slashes over figures joined the same way pair up in place (review
        # tables, slides, HCP pages)
        (
            "| Outcome | Brexu-cel | Liso-cel |\n| Best ORR/CR | 92%/68% | 87%/75% |\n",
            [("92%", "orr"), ("68%", "cr"), ("87%", "orr"), ("75%", "cr")],
        ),
        (
            "| Outcome | Brexu-cel |\n| CRS/ICANS grade ≥3 | 15%/31% |\n",
            [("15%", "crs"), ("31%", "neurotoxicity")],
        ),
        ("Best ORR/CR\n\n92%/68%\n", [("92%", "orr"), ("68%", "cr")]),
        # ... one figure under two endpoints is the first one's, as before
        ("| Outcome | Axi-cel |\n| ORR/CR | 82% |\n", [("82%", "orr")]),
    ],
)
def test_slash_joined_endpoints_over_slash_joined_figures(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # each endpoint of a list with its own grade (press-release subheads, labels)
        (
            "Grade ≥3 cytokine release syndrome and Grade ≥3 neurologic toxicities occurred in 4% and 12% "
            "of patients, respectively.",
            [("4%", "crs"), ("12%", "neurotoxicity")],
        ),
        (
            "Grade 3 or higher CRS and grade 3 or higher ICANS were seen in 2% and 10%, respectively.",
            [("2%", "crs"), ("10%", "neurotoxicity")],
        ),
        # a second "respectively" list of the same endpoints, none named between (trade news)
        (
            "CRS and neurologic events were observed in 83% and 46% of patients respectively, while grade 3 "
            "or higher occurrences were noted in only 9% and 21% of participants respectively.",
            [("83%", "crs"), ("46%", "neurotoxicity"), ("9%", "crs"), ("21%", "neurotoxicity")],
        ),
        # ... but not across another endpoint named between the lists
        (
            "CRS and ICANS occurred in 40% and 20%, respectively, and infections and deaths in 30% and 5%, "
            "respectively.",
            [("40%", "crs"), ("20%", "neurotoxicity"), ("30%", "adverse_event"), ("5%", "adverse_event")],
        ),
    ],
)
def test_graded_endpoint_lists_and_a_second_list_of_the_same_endpoints(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # graded rows under a section row that names the event and holds no figures (journal
        # tables, registry reports)
        (
            "| Characteristic | Result |\n|---|---|\n| Severity of CRS, n (%) | |\n| Grade 0 | 193 (41.0) |\n"
            "| Grade 1-2 | 178 (37.8) |\n| Grade ≥3 | 88 (18.7) |\n| Not reported | 12 (2.5) |\n"
            "| Severity of ICANS, n (%) | |\n| Grade 1-2 | 13 (2.8) |\n| Grade ≥3 | 33 (6.9) |\n",
            [
                ("178 (37.8)", "crs", 37.8, "1-2"),
                ("88 (18.7)", "crs", 18.7, "≥3"),
                ("13 (2.8)", "neurotoxicity", 2.8, "1-2"),
                ("33 (6.9)", "neurotoxicity", 6.9, "≥3"),
            ],
        ),
        # ... a row that names more than a grade, or a section row with figures, gives none
        (
            "| Characteristic | Result |\n|---|---|\n| Prior lines, n (%) | |\n| 2 | 40 (30) |\n"
            "| Bridging therapy, n (%) | 88 (18.7) |\n| Grade ≥3 | 10 (5) |\n",
            [],
        ),
    ],
)
def test_graded_rows_under_a_section_row_that_names_the_event(text, expected):
    assert [(c.text, c.metric, c.value.low, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how many kept or lost a response is no cohort (autoimmune CAR-T abstracts and news)
        ("Five out of seven participants maintained clinical improvement at Month 12.", []),
        (
            "Of the two participants who experienced loss of clinical effect at Month 12, one was retreated.",
            [],
        ),
        # ... a response kept is still read where a rule reads it
        ("Twelve patients maintained their response beyond two years.", [("Twelve patients", "dor")]),
        # ... and a cohort described by what it kept taking stays a cohort
        (
            "The trial treated 20 patients, who maintained stable doses of steroids.",
            [("20 patients", "patient_count")],
        ),
    ],
)
def test_patients_who_kept_or_lost_a_response_are_no_cohort(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share told by a participle before its graded event (approval news, trade digests)
        (
            "Severe adverse events were limited, with 3% experiencing Grade 3 CRS and 7% facing Grade 2 or 3 "
            "neurotoxicity (ICANS).",
            [("3%", "crs", "3"), ("7%", "neurotoxicity", "2-3")],
        ),
        (
            "Safety was acceptable: 9% developing grade 3 or higher cytokine release syndrome and 2% "
            "suffering severe ICANS.",
            [("9%", "crs", "≥3"), ("2%", "neurotoxicity", None)],
        ),
        # the grade of the events the share had, the event named before (press releases, labels)
        (
            "The therapy showed low levels of cytokine release syndrome (CRS), with only 3% of patients "
            "experiencing Grade 3 events, and no Grade 4 or 5 events reported.",
            [("3%", "crs", "3")],
        ),
        (
            "Neurotoxicity was seen in 30% of participants, with 8% of participants developing grade 3 "
            "or worse cases.",
            [("30%", "neurotoxicity", None), ("8%", "neurotoxicity", "≥3")],
        ),
        # ... a grade named with its own event after the share stays that event's
        (
            "CRS occurred in 50%, with 10% experiencing grade 3 ICANS.",
            [("50%", "crs", None), ("10%", "neurotoxicity", "3")],
        ),
    ],
)
def test_a_share_told_by_a_participle_and_its_grade(text, expected):
    assert [(c.text, c.metric, c.grade) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a safety action's letters to the makers of the approved products dates no approval
        (
            "On January 19, 2024, the FDA sent 6 letters to the manufacturers of the approved CAR T-cell "
            "agents.",
            [],
        ),
        (
            "In March 2025, regulators asked the makers of approved CAR-T therapies to update their labels.",
            [],
        ),
        ("In June 2025 the FDA removed the REMS for the approved autologous CAR-T products.", []),
        # ... an approval said of one product keeps its date
        ("The approved product Kymriah was approved in August 2017.", [("August 2017", "approval")]),
        ("Carvykti was approved by the FDA on February 28, 2022.", [("February 28, 2022", "approval")]),
    ],
)
def test_the_approved_products_named_by_a_safety_action_date_no_approval(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # forecasts of patients with a decimal in the forecast's words, or "possible" patients
        (
            "Novartis expects peak annual sales of $65.7 million in Japan with up to 216 possible patients, "
            "according to a document submitted to the panel.",
            [],
        ),
        ("The company estimates sales of 1.2 billion yen from about 300 patients a year.", []),
        ("The market includes some 5,000 potential patients in Europe.", []),
        # a study's size when it is to open
        (
            "The clinical study will be submitted to the agency and should start in October with 30 patients "
            "with B-cell lymphoma.",
            [],
        ),
        ("The phase 2 trial is set to begin next year with about 40 participants at five sites.", []),
        ("The trial will open with an initial 12 patients.", []),
        # ... patients who were treated or enrolled stay
        (
            "The trial enrolled 216 patients, of whom 30 were possible candidates for transplant.",
            [("216 patients", "patient_count")],
        ),
        ("The study started in 2021 with 30 patients.", [("30 patients", "patient_count")]),
    ],
)
def test_forecast_and_planned_patients_are_no_cohort(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a value per QALY an agency chose to judge by is no cost (HTA documents, payer commentary)
        (
            "Canada has not set a cost effectiveness threshold, so the $50,000 per QALY has been selected "
            "for consistency across all products.",
            [],
        ),
        ("In England, £30,000 per QALY is generally used as the upper benchmark.", []),
        # ... an ICER stays a cost
        ("The ICER was $58,000 per QALY in the base case.", [("$58,000", "cost")]),
    ],
)
def test_a_value_per_qaly_chosen_to_judge_by_is_no_cost(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count with its share between a count and the outcome: the outcome is the share's
        (
            "Among the patients who received CAR-T therapy, eight were not bridged to allo-HSCT, and six "
            "(75%) remained in remission with a median follow-up of 23.0 months.",
            [("six (75%)", "dor")],
        ),
        (
            "Ten patients were alive at last contact, and 4 (40%) were in complete remission.",
            [("Ten patients", "os"), ("4 (40%)", "cr")],
        ),
        # ... a count with the outcome right after it stays
        ("Six patients achieved complete remission.", [("Six patients", "cr")]),
    ],
)
def test_an_outcome_after_another_count_with_its_share_is_that_count_s(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family's fundraising page named as the story's source leaves the price it tells
        (
            "The hospital kindly slashed the price of the treatment from $1,250,000 to $625,000, the family "
            "worried about how they would pay, their donation page explains.",
            [("$1,250,000", "cost"), ("$625,000", "cost")],
        ),
        # ... money a donor gave or pledged is no price
        (
            "A 4-year-old UK boy is $130,000 closer to traveling to the US for cancer treatment after a "
            "mystery donor contributed that amount to the cause.",
            [],
        ),
        ("Simon Cowell pledged about $65,000 to the cause.", []),
        ("An anonymous benefactor gave $100,000 to the family.", []),
        # ... and a price of a product made from donors' cells stays
        (
            "Allogeneic CAR-T made from healthy donor cells could cost around $50,000 per patient.",
            [("around $50,000", "cost")],
        ),
    ],
)
def test_money_given_is_no_price_but_a_donation_page_telling_one_is_no_gift(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a means test's income brackets are no prices; the subsidy caps beside them are what the
        # payer pays (ministry tables, subsidy news)
        (
            "| Monthly Per Capita Household Income (PCHI) | Singapore Citizen |\n|---|---|\n"
            "| $0 ≤ PCHI ≤ $3,300 | 75% - capped at $150,000 |\n| PCHI > $10,100 | 0% |\n",
            [("capped at $150,000", "cost")],
        ),
        ("The subsidy applies if household income (PCHI) <= S$3,300.", []),
        (
            "Patients with a per capita income under S$3,300 get 75% of the cost covered; the therapy costs "
            "S$637,000.",
            [("75%", "cost_reduction"), ("S$637,000", "cost")],
        ),
        # ... a company's income stays no price
        ("The company reported monthly income of $2 million from Kymriah sales.", []),
    ],
)
def test_an_income_bracket_of_a_means_test_is_no_price(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # both responses together are the overall response (patient pages, hospital FAQs, news)
        (
            "Over 80 percent of patients who received Yescarta in clinical trials experienced either a "
            "complete or partial response.",
            [("Over 80 percent", "orr")],
        ),
        ("About 70% of patients had a complete or partial response.", [("About 70%", "orr")]),
        ("A partial or complete remission was seen in 12 of 20 patients.", [("12 of 20", "orr")]),
        # ... a partial response alone is none, a complete one stays complete
        ("Six patients had a partial response.", []),
        ("The complete response rate was 40%, and partial responses were seen in 20%.", [("40%", "cr")]),
        # who the share is of: two groups, then what with and where they were treated
        (
            "Over 80 percent of children and young adults treated with Kymriah in clinical trials had their "
            "cancer go into remission.",
            [("Over 80 percent", "orr")],
        ),
        (
            "Over 80 percent of children treated in clinical trials had their cancer go into remission.",
            [("Over 80 percent", "orr")],
        ),
        # a response told by what the disease did
        (
            "In a trial of 101 people who took Yescarta, 8 in 10 people saw their disease respond to "
            "Yescarta.",
            [("101 people", "patient_count"), ("8 in 10", "orr")],
        ),
        ("About 60% of patients saw their lymphoma respond.", [("About 60%", "orr")]),
    ],
)
def test_complete_or_partial_responses_and_shares_of_patients_treated_in_trials(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # survival free of the tumour or lymphoma is event-free survival, as disease-free is
        (
            "Dogs in the study experienced a near four-fold improvement in tumor-free survival, with the "
            "median being close to nine months.",
            [("close to nine months", "efs")],
        ),
        ("The 2-year lymphoma-free survival was 58%.", [("58%", "efs")]),
        (
            "Tumour-free survival at one year was 40%, and overall survival 70%.",
            [("40%", "efs"), ("70%", "os")],
        ),
    ],
)
def test_tumour_or_lymphoma_free_survival_is_event_free_survival(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a response that lasted in so many patients is the response's duration (long-term
        # follow-up abstracts)
        (
            "Of 11 patients with active disease at infusion, three achieved a complete response that was "
            "sustained in two patients, one for 8 years until lost to follow-up.",
            [("11 patients", "patient_count"), ("three", "cr"), ("two patients", "dor")],
        ),
        ("Complete responses were maintained in 5 of 12 patients at two years.", [("5 of 12", "dor")]),
        # ... a response that occurred stays the response
        ("A complete response occurred in 4 patients.", [("4 patients", "cr")]),
    ],
)
def test_a_response_sustained_in_so_many_patients_is_its_duration(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the price of a vial, tablet or box is another drug's (a CAR-T infusion is one bag made
        # for one patient): cost explainers, payer news
        ("Tocilizumab, used to manage CRS, costs about $1,200 per vial.", []),
        ("The drug sells for $150 a tablet, or $4,500 per box of 30.", []),
        # ... a CAR-T's price per infusion or dose stays
        ("Kymriah costs $475,000 per infusion.", [("$475,000", "cost")]),
        ("The therapy costs $373,000 a dose.", [("$373,000", "cost")]),
    ],
)
def test_a_price_per_vial_tablet_or_box_is_another_drugs(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two endpoints each with its abbreviation in brackets pair with their figures (abstracts)
        (
            "In the efficacy-evaluable set (n=23), the overall (OR) and complete response (CR) rates at day "
            "28 were 74% and 52%, respectively.",
            [("23", "patient_count"), ("74%", "orr"), ("52%", "cr")],
        ),
        (
            "The overall (OR) and complete response (CR) rates were 74% and 52%, respectively.",
            [("74%", "orr"), ("52%", "cr")],
        ),
        # a table's partial-response column restates no other column's figure, whatever its value
        (
            "| Centre | n | ORR (%) | CR (%) | PR (%) |\n|---|---|---|---|---|\n| NCI | 4 | 100 | 0 | 100 |\n"
            "| MSKCC | 6 | 100 | 100 | 0 |\n",
            [
                ("4", "patient_count"),
                ("100", "orr"),
                ("0", "cr"),
                ("6", "patient_count"),
                ("100", "orr"),
                ("100", "cr"),
            ],
        ),
    ],
)
def test_bracketed_abbreviations_in_an_endpoint_list_and_a_table_s_partial_response_column(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # how many of the control arm crossed over to the CAR-T is no outcome (trial digests,
        # advisory-committee news)
        (
            "It significantly improved response (ORR 71% vs 42%); overall survival was confounded by 56% "
            "crossover (ITT HR 1.01).",
            [("71%", "orr"), ("42%", "orr")],
        ),
        (
            "Patients who got Abecma saw their risk of death cut by 31% compared to those who received "
            "standard treatment, adjusted for the fact that 56% of patients from the standard care arm "
            "crossed over to receive Abecma.",
            [],
        ),
        # ... an arm named for the crossover keeps its figures
        ("The crossover arm had an ORR of 60%.", [("60%", "orr")]),
        # who a share is of: patients dosed with a product
        (
            "At two years, 40.5% of patients dosed with Yescarta were still alive compared with 16.3% on "
            "SOC.",
            [("40.5%", "os"), ("16.3%", "os")],
        ),
    ],
)
def test_a_control_arm_s_crossover_share_is_no_outcome(text, expected):
    assert [(c.text, c.metric) for c in extract_text(text).claims] == expected
