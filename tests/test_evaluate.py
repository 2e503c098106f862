"""The scoreboard: matching rules of CLAIMS.md section 5, and a floor under the seed F1."""

from pathlib import Path

import pytest

from carclaims.evaluate import GoldClaim, evaluate, load_gold, values_match
from carclaims.extract import extract_text, iter_ledgers

ROOT = Path(__file__).resolve().parents[1]
# The level reached when this floor was set (seed F1 0.997); a drop below it is a regression.
SEED_F1_FLOOR = 0.98
# Seed attribution under CLAIMS.md v1.1 as measured (0.876 / 0.776 / 0.870). The real-article
# gold (../shared/real) scores 0.98 / 0.96 / 0.98 with the same rules; where the two gold sets
# disagree on a convention (a topic's indication for prices, the "introduction" as the topic) the
# rules follow the real articles. These floors catch a regression, they are not a target.
ATTRIBUTION_FLOORS = {"product": 0.85, "indication": 0.75, "region": 0.85}


def gold(text, metric, value, start, end, **fields):
    return GoldClaim("doc.txt", start, end, text, metric, value, fields)


def test_match_needs_overlap_metric_unit_bound_and_value():
    ledger = extract_text("The CR rate was 92.3% overall.")
    claim = ledger.claims[0]
    value = {"low": 92.3, "high": 92.3, "unit": "%", "bound": "eq", "date": None}
    ev = evaluate([gold("92.3%", "cr", value, 16, 21)], {"doc.txt": ledger})
    assert (ev.overall.matched, ev.overall.precision, ev.overall.recall) == (1, 1.0, 1.0)
    for wrong in ({"unit": "count"}, {"bound": "approx"}, {"low": 92.0, "high": 92.0}):
        assert not values_match({**value, **wrong}, claim)
    ev = evaluate([gold("92.3%", "orr", value, 16, 21)], {"doc.txt": ledger})
    assert ev.overall.matched == 0 and ev.misses


def test_money_matches_within_half_a_percent():
    claim = extract_text("It costs $373,000 today.").claims[0]
    assert values_match({"low": 374500, "high": 374500, "unit": "USD", "bound": "eq"}, claim)
    assert not values_match({"low": 376000, "high": 376000, "unit": "USD", "bound": "eq"}, claim)


def test_matching_is_one_to_one():
    ledger = extract_text("The CR rate was 92.3% overall.")
    value = {"low": 92.3, "high": 92.3, "unit": "%", "bound": "eq", "date": None}
    ev = evaluate([gold("92.3%", "cr", value, 16, 21)] * 2, {"doc.txt": ledger})
    assert (ev.overall.gold, ev.overall.matched) == (2, 1)


@pytest.fixture(scope="module")
def seed_evaluation():
    ledgers = {o.path.name: o.ledger for o in iter_ledgers([ROOT / "data" / "seeds"])}
    return evaluate(load_gold(ROOT / "data" / "gold"), ledgers)


def test_seed_f1_does_not_regress(seed_evaluation):
    assert seed_evaluation.overall.f1 >= SEED_F1_FLOOR


def test_every_well_populated_metric_stays_above_085(seed_evaluation):
    for metric, score in seed_evaluation.per_metric.items():
        if score.gold >= 5:
            assert score.f1 >= 0.85, metric


def test_attribution_does_not_regress(seed_evaluation):
    for name, floor in ATTRIBUTION_FLOORS.items():
        assert seed_evaluation.attribution[name] >= floor, name
