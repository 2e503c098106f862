"""Cheap checks that decide a pattern cannot match must never skip a place where it would."""

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from carclaims import attribute, extract, fastre

SEED_TEXT = "\n".join(
    p.read_text("utf-8")
    for p in sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))
)

LINE_CHARS = st.text(alphabet=list("ab Md-•*·\t\n:：()0"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(before=LINE_CHARS, after=st.sampled_from(["12", "3.5 months", "$400", ""]))
@example(before="Median PFS (months): ", after="13.8")
@example(before="- Price：\t", after="$475,000")
@example(before="Cost\n", after="12")
def test_no_colon_means_no_label_line(before, after):
    text = before + after
    start = len(before)
    line_start = text.rfind("\n", 0, start) + 1
    found = extract._LABEL_LINE.search(text, max(0, line_start - 1), start)
    if not extract._after_colon(text, line_start, start):
        assert found is None
    if found is not None:
        assert re.search(r"[:：][ \t]*$", text[line_start:start])


COMPARISON_WORDS = (
    "than vs vs. versus compared comparing to with comparable relative similar on par before besides"
    " other except for unlike rival rivals competitor competitors compete competing against alternative"
    " half thirds fifth times fraction of that those in the Gilead's Tecartus US prices lower cost"
).split()
WINDOWS = st.lists(
    st.tuples(
        st.sampled_from(COMPARISON_WORDS),
        st.sampled_from(["", "(", ")", ","]),
        st.sampled_from([" ", "  ", "\n", "\u00a0", ""]),
        st.booleans(),
    ),
    max_size=8,
).map(lambda words: "".join((w.upper() if up else w) + mark + gap for w, mark, gap, up in words))


@settings(max_examples=600, deadline=None)
@given(window=WINDOWS)
@example(window="far lower than ")
@example(window="a new competitor to Gilead's Tecartus ")
@example(window="about one-fifth that in ")
@example(window="compared with the ")
@example(window="VERSUS\u00a0")
def test_comparator_precheck_skips_no_match(window):
    if attribute._COMPARATOR_BEFORE.search(window):
        assert attribute._may_end_comparator(window)


# Made-up lines in which each of link's word-filtered window patterns finds something
WINDOW_LINES = (
    "Adverse reactions occurring in at least 10% of patients are listed in Table 3.\n"
    "The global market size reached $4.5 billion, and revenue rose to $300 million.\n"
    "Patients had prior lenalidomide and belantamab mafodotin, approved in August 2020.\n"
    "Buy this article for USD 39.95 or rent it.\n"
    "The price was cut by 40%, and the trial is designed to show a 90% response.\n"
    "Operating expenses fell 12% year-on-year while sales grew.\n"
    "A BLA was submitted to the FDA, and the company filed for approval in December 2020.\n"
    "The drug is slated for potential approval in 2025; the PDUFA target date is June 2025.\n"
    "Patients had extramedullary disease in 30% and high-risk cytogenetics in a third.\n"
    "Drugs priced above $500,000 are excluded from the scheme.\n"
    "Of 59 patients enrolled annually in the registry, 12 are assessed later.\n"
    "At the 12-month follow-up, ORR was 82%; 93 achieved complete remission and five patients died.\n"
    "Costs and QALYs were discounted at 3.5% per year.\n"
)


def _filtered_rules():
    from carclaims import link

    return {name: rule for name, rule in vars(link).items() if isinstance(rule, fastre.WordFiltered)}


def _windows(text: str, reach: int = 120) -> list[tuple[int, int]]:
    """Every stretch of `text` from a word's start or end to a later word's end or space, within
    `reach`."""
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S|(?<=\S)\s", text)]
    ends = sorted({m.end() for m in re.finditer(r"\S+\s?", text)})
    return [(a, b) for a in starts for b in ends if a < b <= a + reach]


def test_each_filtered_window_rule_has_words_and_examples():
    rules = _filtered_rules()
    assert len(rules) >= 12
    windows = _windows(WINDOW_LINES)
    for name, rule in rules.items():
        assert rule.words, name  # a rule without words gains nothing from the wrapper
        assert any(rule.regex.search(WINDOW_LINES[a:b]) for a, b in windows), name


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_filtered_window_finds_what_the_pattern_finds(data):
    text = data.draw(st.sampled_from([WINDOW_LINES, WINDOW_LINES.upper(), SEED_TEXT[:6000]]))
    a, b = data.draw(st.integers(0, len(text))), data.draw(st.integers(0, len(text)))
    start, end = min(a, b), max(a, b)
    for name, rule in _filtered_rules().items():
        for filtered, plain in (
            (rule.search_window, rule.regex.search),
            (rule.match_window, rule.regex.match),
        ):
            got, want = filtered(text, start, end), plain(text, start, end)
            assert (got and got.span()) == (want and want.span()), name
