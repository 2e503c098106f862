"""The first-character guard must never change what a pattern finds."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carclaims import attribute, fastre, normalise
from carclaims.rules import all_cues

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt")))

RULE_PATTERNS = sorted(
    {
        (rx.pattern, rx.flags & ~re.UNICODE)
        for table in (attribute._INDICATION_RES, attribute._REGION_RES, attribute._POPULATION_RES)
        for _, rx in table
    }
    | {(cue.pattern, 0 if cue.case_sensitive else re.IGNORECASE) for cue in all_cues()}
    | {(normalise._ATOM_RE.pattern, re.VERBOSE), (attribute.INN_SHAPE.pattern, re.IGNORECASE)}
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
