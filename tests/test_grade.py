"""The grade a toxicity figure is stated for, read from the words around it (sentences of our own)."""

import pytest

from carclaims.extract import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "≥" lost to the page's encoding survives as "=": still grade 3 or higher
        ("A press release: severe cytokine release syndrome (=grade 3) occurred in 5.1% of patients.", "≥3"),
        ("Abstract: Severe CRS (= grade 3) was reported in 7% of the 40 patients.", "≥3"),
        ("Grade =3 neurotoxicity was seen in 4% of patients treated at our centre.", "≥3"),
        # the sign as written
        ("Grade ≥3 CRS was seen in 4% of patients.", "≥3"),
        ("Grade >/= 3 CRS occurred in 9.5% of patients.", "≥3"),
        # a range that repeats its word
        ("Grade 1 to grade 2 neurotoxicity occurred in 2% of patients.", "1-2"),
        ("Neurotoxicity (grade 1 to 2) occurred in 1.9% of patients.", "1-2"),
        # exactly one grade, and none
        ("Grade 3 CRS was seen in 4% of patients.", "3"),
        ("CRS was seen in 60% of patients.", None),
    ],
)
def test_grade_of_a_toxicity_figure(text, expected):
    claims = [c for c in extract_text(text).claims if c.metric in ("crs", "neurotoxicity")]
    assert len(claims) == 1, claims
    assert claims[0].grade == expected
