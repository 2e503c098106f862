"""The first-character guard and the required-literal filter must never change what a pattern finds."""

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from carclaims import attribute, fastre, normalise
from carclaims.link import PERCENT_OF_TRIALS
from carclaims.rules import all_cues
from carclaims.rules.costs import NOT_A_PRICE_SENTENCE
from carclaims.rules.counts import NOUNS

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt")))

RULE_PATTERNS = sorted(
    {
        (rx.pattern, rx.flags & ~re.UNICODE)
        for table in (attribute._INDICATION_RES, attribute._REGION_RES, attribute._POPULATION_RES)
        for _, rx, _ in table
    }
    | {(cue.pattern, 0 if cue.case_sensitive else re.IGNORECASE) for cue in all_cues()}
    | {(noun.pattern, re.IGNORECASE) for noun in (*NOUNS, PERCENT_OF_TRIALS)}
    | {(NOT_A_PRICE_SENTENCE.pattern, NOT_A_PRICE_SENTENCE.flags & ~re.UNICODE)}
    | {(normalise._ATOM_RE.pattern, re.VERBOSE), (attribute.INN_SHAPE.pattern, re.IGNORECASE)}
    | {(rx.pattern, rx.flags & ~re.UNICODE) for rx in normalise._SCAN_RES}
)


def _finds(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), RULE_PATTERNS, ids=lambda p: str(p)[:40])
def test_guarded_rule_patterns_find_what_plain_ones_find(pattern, flags):
    plain = re.compile(pattern, flags)
    guarded = fastre.compile(pattern, flags)
    assert _finds(guarded, SEED_TEXT) == _finds(plain, SEED_TEXT)


def test_most_rule_patterns_get_a_guard():
    guarded = [p for p, f in RULE_PATTERNS if fastre.first_char_guard(p, f)]
    assert len(guarded) >= 0.9 * len(RULE_PATTERNS)


@pytest.mark.parametrize(
    ("pattern", "flags", "guard"),
    [
        (r"\bEU\b|\bUK\b", 0, "(?=[EU])"),
        (r"(?:diffuse\s+)?large", 0, "(?=[dl])"),
        (r"\d+\s?%", 0, r"(?=[\d])"),
        (r"(?i:k)m", 0, "(?=(?i:[k]))"),  # scoped case folding keeps its own class
        (r"x?", 0, None),  # can match nothing: no guard
        (r".foo", 0, None),  # can begin with anything
        (r"foo|bar", 0, None),  # re already skips ahead on a literal set
        (r"(?i)foo", 0, None),  # a global inline flag must stay first
    ],
)
def test_guard_shapes(pattern, flags, guard):
    assert fastre.first_char_guard(pattern, flags) == guard


# Alphabet with the characters case folding treats specially (Kelvin sign, long s, dotted I).
ODD = st.text(alphabet="kKKsSſiIİıeEuU %$€1234567890.-/ \n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(ODD)
def test_case_folding_is_the_engines(text):
    for pattern, flags in [(r"\bkm\b|\bsi\b", re.IGNORECASE), (r"(?i:k)s|\bEU", 0), (r"[ks]\d", re.I)]:
        assert _finds(fastre.compile(pattern, flags), text) == _finds(re.compile(pattern, flags), text)


# --- required literals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        (r"\bcomplete\s+(?:remission|response)", 0, {"complete"}),
        (r"(?:objective|overall)\s+response", re.I, {"response"}),
        (r"\b(?:ORR|objective response)\b", 0, {"orr", "objective response"}),
        (r"\b[Rr]elapse", 0, {"relapse"}),  # a one-letter case class is that letter
        (r"(?:re)?lapse", 0, {"lapse"}),  # an optional part is no requirement
        (r"(?:CRS)?\d+", 0, None),  # nothing every match holds
        (r"\bCR\b", 0, None),  # too short to filter anything
        (r"x{2,}abc", 0, {"abc"}),
    ],
)
def test_required_literal_shapes(pattern, flags, literals):
    found = fastre.required_literals(pattern, flags)
    assert (set(found) if found is not None else None) == literals


def test_every_rule_match_holds_one_of_its_literals():
    folded_text = fastre.fold(SEED_TEXT)
    assert len(folded_text) == len(SEED_TEXT)
    checked = 0
    for pattern, flags in RULE_PATTERNS:
        literals = fastre.required_literals(pattern, flags)
        if literals is None:
            continue
        for match in re.finditer(pattern, SEED_TEXT, flags):
            assert any(s in fastre.fold(match.group(0)) for s in literals), (pattern, match.group(0))
            checked += 1
    assert checked > 500


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="RrEeSsſPpOoNnİıIiΣσς ", max_size=30))
def test_the_filter_never_hides_a_case_blind_match(text):
    for pattern in (r"response", r"resp[o]nse", r"\bris\b", r"σος"):
        literals = fastre.required_literals(pattern, re.IGNORECASE)
        if re.search(pattern, text, re.IGNORECASE):
            assert fastre.may_match(literals, fastre.filter_text(text))


def test_cue_search_finds_what_an_unfiltered_search_finds():
    from carclaims.link import CueMatch, _cues, cue_windows, find_cues, resolve_overlaps

    mentions = normalise.scan(SEED_TEXT)
    windows = cue_windows(mentions, len(SEED_TEXT))
    plain = resolve_overlaps(
        [
            CueMatch(m.start(), m.end(), cue)
            for start, end in windows
            for cue in _cues()[0]
            for m in cue.regex.finditer(SEED_TEXT, start, end)
            if m.end() > m.start()
        ]
    )
    assert find_cues(SEED_TEXT, windows=windows) == plain
    assert len(plain) > 300


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["tisagen", "lecleucel", "axi", "cabtagene", " ", "\n", "ciloleucel", "x" * 28, "9", "Ab", "é"]
        ),
        max_size=12,
    )
)
def test_inn_names_are_found_as_a_scan_of_every_word_start_finds_them(parts):
    text = "".join(parts)
    plain = [m.span() for m in attribute.INN_SHAPE.finditer(text)]
    assert [m.span() for m in attribute.inn_shapes(text, fastre.fold(text))] == plain


def test_rule_words_match_whole_words_only():
    from carclaims.link import find_cues

    text = "An incomplete remission in 40%, a complete remission in 30%."
    found = [(c.start, c.cue.id) for c in find_cues(text)]
    assert (text.index(" complete") + 1, "complete_remission") in found
    inside = range(text.index("incomplete"), text.index("incomplete") + len("incomplete"))
    assert not any(start in inside and cue == "complete_remission" for start, cue in found)
    assert fastre.at_word_start(r"complete\s+remission", re.I) == r"\b(?:complete\s+remission)"
    assert (
        fastre.at_word_start(r"-year-old|years?\s+old", re.I) == r"-year-old|years?\s+old"
    )  # may begin with "-"


def test_months_and_currency_words_begin_a_word():
    kinds = {(m.kind, m.unit) for m in normalise.scan("Omar 2021 paid xUSD 100 and USD 200 in Mar 2021")}
    assert ("money", "USD") in kinds
    spans = [(m.start, m.end, m.kind) for m in normalise.scan("Omar 2021; Mar 2021")]
    assert [k for _, _, k in spans].count("date") == 1
    assert [m.kind for m in normalise.scan("xUSD 100")] == ["number"]


# Made-up lines in the genres the several-products rule meets: a press release, a price page, an
# abstract, a clinic page (with the case and spacing a page may have)
SEVERAL_LINES = (
    "All six approved CAR-T products carry a boxed warning; 3 FDA-approved Therapies cost more.\n"
    "Both cell  therapies were priced near $400,000, while these two  CAR-Ts cost less.\n"
    "In 12 patients the ORR was 58%; many of the newer treatments failed, as did several drugs.\n"
    "Our clinic offers CAR-T, with prices from $35,000 and 92% remission in 40 cases.\n"
)


OTHERS_LINES = (
    "Kymriah costs $475,000, and the other four cost over 1 million yuan each.\n"
    "Two products are approved in China; the remaining THREE are priced from RMB 999,000.\n"
    "Yescarta was the first; the rest followed at $373,000 or more.\n"
    "Our clinic treated 40 patients, and other centres treated 12 more.\n"
)
COMPARATOR_LINES = (
    "ORR was 83% with axi-cel vs 50% with standard-of-care chemotherapy in the control arm.\n"
    "Prices are lower than in the US, at $60,000; compared with salvage therapy, EFS was 8 months.\n"
    "61.1% of PD patients could respond to Subsequent Therapies, versus 40% on placebo.\n"
    "Our clinic charges $35,000 and reports 92% remission in 40 cases.\n"
)


def _comparator(text, segment, claim, folded=None):
    return attribute._about_comparator(text, segment, claim, min(len(text), claim + 3), folded)


# rule -> (made-up lines, its pattern, the words it needs, the rule), for rules that search a
# window next to a claim
WINDOW_RULES = {
    "several products": (
        SEVERAL_LINES,
        attribute._SEVERAL_PRODUCTS,
        attribute._SEVERAL.words,
        attribute._about_several,
    ),
    "other products": (
        OTHERS_LINES,
        attribute._OTHERS_CLAUSE,
        attribute._OTHERS.words,
        attribute._about_others,
    ),
    "comparator arm": (COMPARATOR_LINES, attribute._COMPARATOR_ARM, attribute._ARM.words, _comparator),
}


@pytest.mark.parametrize("rule", sorted(WINDOW_RULES))
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_window_without_the_literals_has_no_match(rule, data):
    """What the filter rules out for a window, the pattern finds nothing in (and the rule's
    answer is the same with the filter as without)."""
    from carclaims.layout import Segment

    lines, regex, literals, decide = WINDOW_RULES[rule]
    a, b = data.draw(st.integers(0, len(lines))), data.draw(st.integers(0, len(lines)))
    start, end = min(a, b), max(a, b)
    folded = fastre.filter_text(lines)
    assert literals and len(folded) == len(lines)
    if regex.search(lines, start, end):
        assert fastre.may_match_within(literals, folded, start, end)
    segment = Segment(start, len(lines), 0)
    assert decide(lines, segment, end, folded) == decide(lines, segment, end)


def test_the_several_products_filter_rules_windows_in_and_out():
    folded = fastre.filter_text(SEVERAL_LINES)
    literals = attribute._SEVERAL.words
    clinic = SEVERAL_LINES.index("Our clinic")
    assert not fastre.may_match_within(literals, folded, clinic, len(SEVERAL_LINES))
    assert fastre.may_match_within(literals, folded, 0, 60)
    assert fastre.may_match_within(literals, None, clinic, len(SEVERAL_LINES))  # nothing to rule out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='.!?  "”’)(“‘Aa0\n\t', max_size=30), st.integers(0, 30), st.integers(0, 30))
@example(". A", 1, 3)  # the window begins right after the punctuation
@example('a?!) "B. 4', 0, 10)
def test_sentence_cuts_are_where_the_lookbehind_definition_puts_them(text, a, b):
    """`_SENTENCE_END` begins at the punctuation (so that `re` skips to it) and is searched from
    one character before the window: the cuts are those of the pattern with a lookbehind."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    definition = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])")
    cuts = [start, *(m.end() for m in definition.finditer(text, start, end)), end]
    expected = [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x][::-1]
    assert attribute._earlier_sentences(text, start, end) == expected


# What follows a number in counts of several genres (registry news, clinic pages, abstracts,
# price pages), in the cases and spellings pages use
COUNT_TAILS = (
    " registered trials in China",
    " CAR-T Cell Therapies approved by the FDA",
    " approved PRODUCTS on the market",
    " evaluable relapsed or refractory multiple myeloma patients",
    " Chinese patients (ages 3-70)",
    " pediatric and young adult Patients",
    "-year-old CASES",
    " split infusions",
    " people treated at our centre",
    " Persons have received",
    " of trials were in Phase I",
    " ongoing studies",
    " drugs reviewed by the board",
    " months of follow-up",
    " İnfusions in İstanbul",
)


@pytest.mark.parametrize("tail", COUNT_TAILS)
def test_a_count_noun_skipped_by_its_words_would_not_have_matched(tail):
    for noun in (*NOUNS, PERCENT_OF_TRIALS):
        if noun.regex.match(tail):
            assert fastre.may_match(noun.literals, fastre.fold(tail)), (noun.id, tail)


def test_count_nouns_have_words_to_filter_by():
    assert all(noun.literals for noun in (*NOUNS, PERCENT_OF_TRIALS))
    matched = {noun.id for tail in COUNT_TAILS for noun in NOUNS if noun.regex.match(tail)}
    assert matched == {"trials", "products", "patients", "infusions", "people_treated", "people_after_verb"}


# Money clauses of press releases, insurance news and price pages: finances or a price
FINANCE_CLAUSES = (
    "The company raised $50 million in a Series B round",
    "R&D Expenses rose to RMB 300 million",
    "annual premiums start at RMB 129",
    "a valuation of $2 billion for the start-up",
    "revenue grew 40% year-on-year to $1.2 billion",
    "the CAR-T industry was valued at $4.3 billion",
    "the remaining 60,000 euros are earmarked for travel",
    "a CROWDFUNDING page collected $80,000",
    "one infusion of Carvykti costs $465,000 in the US",
    "treatment is priced at 1.2 million yuan",
    "the list price is €327,000 before discounts",
)


@pytest.mark.parametrize("clause", FINANCE_CLAUSES)
def test_the_finance_words_filter_answers_as_the_pattern(clause):
    from carclaims.link import _about_finances

    assert _about_finances(clause) == bool(NOT_A_PRICE_SENTENCE.search(clause))


def test_finance_clauses_and_price_clauses_are_told_apart():
    from carclaims.link import _about_finances

    assert [_about_finances(c) for c in FINANCE_CLAUSES] == [True] * 8 + [False] * 3


def test_a_comparator_arm_is_found_around_its_figure():
    from carclaims.layout import Segment

    text = COMPARATOR_LINES
    folded = fastre.filter_text(text)

    def line_of(at: int) -> Segment:  # each made-up line is one sentence
        return Segment(text.rfind("\n", 0, at) + 1, text.index("\n", at), 0)

    figures = ("50%", "$60,000", "8 months", "61.1%", "40% on", "92%")
    found = [_comparator(text, line_of(text.index(f)), text.index(f), folded) for f in figures]
    assert found == [True, True, True, True, True, False]


def test_the_others_clause_is_found_before_its_figure():
    from carclaims.layout import Segment

    text = OTHERS_LINES
    folded = fastre.filter_text(text)
    whole = Segment(0, len(text), 0)
    found = [
        attribute._about_others(text, whole, text.index(f), folded)
        for f in ("1 million", "RMB", "$373", "12 more")
    ]
    assert found == [True, True, True, False]
