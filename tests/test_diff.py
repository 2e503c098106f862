"""carclaims diff: alignment, verdicts, versions of one article, output and exit codes."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.diff import diff, load_side, verdict
from carclaims.extract import extract_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"
runner = CliRunner()


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def run_json(a: Path, b: Path, *extra: str):
    result = runner.invoke(app, ["diff", str(a), str(b), "--json", *extra])
    return result, json.loads(result.stdout)


def pairs_of(payload, verdict_name=None, metric=None):
    return [
        (p["a"]["text"] if p["a"] else None, p["b"]["text"] if p["b"] else None)
        for p in payload["pairs"]
        if (verdict_name is None or p["verdict"] == verdict_name)
        and (metric is None or (p["a"] or p["b"])["metric"] == metric)
    ]


def claim(text: str):
    return extract_text(text).claims[0]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("CR rate: 72–92%.", "CR rate: ~90%.", "compatible", id="range-vs-approx"),
        pytest.param("CR rate: 92%.", "CR rate: 92.0%.", "same", id="equal-values"),
        pytest.param("ORR up to 92%.", "ORR of 92.2%.", "compatible", id="stated-precision"),
        pytest.param("CR rate: 60–70%.", "CR rate: 90%.", "conflict", id="disjoint"),
        pytest.param("ORR over 80%.", "ORR of 75%.", "conflict", id="bound-excludes"),
        pytest.param(
            "Kymriah was approved in 2017.",
            "Kymriah was approved in August 2017.",
            "compatible",
            id="date-prefix",
        ),
        pytest.param(
            "Kymriah was approved in 2017.", "Kymriah was approved in 2018.", "conflict", id="date-differs"
        ),
    ],
)
def test_verdicts(a, b, expected):
    assert verdict(claim(a), claim(b)) == expected


def test_seeds_001_and_004_disagree_on_two_approval_dates():
    result, payload = run_json(seed("001"), seed("004"))
    assert result.exit_code == 1
    approvals = {
        (p["a"]["product"], p["a"]["value"]["date"], p["b"]["value"]["date"]): p["verdict"]
        for p in payload["pairs"]
        if p["a"] and p["b"] and p["a"]["metric"] == "approval"
    }
    assert approvals[("equecabtagene autoleucel", "2021", "2023-06")] == "conflict"
    assert approvals[("zevorcabtagene autoleucel", "2022", "2024-02-23")] == "conflict"
    assert approvals[("axicabtagene ciloleucel", "2021", "2021-06")] == "compatible"
    assert approvals[("inaticabtagene autoleucel", "2023", "2023-11")] == "compatible"
    assert payload["pairs"][0]["verdict"] == "conflict"  # conflicts come first


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        pytest.param("000", "002", ("$373,000–$475,000", "$375,000 to over $500,000"), id="000-002"),
        pytest.param(
            "000", "004", ("between $373,000 and $475,000", "$370,000 to $475,000 USD"), id="000-004"
        ),
        pytest.param("001", "002", ("~$373,000-$475,000 USD", "$375,000 to over $500,000"), id="001-002"),
        pytest.param("002", "004", ("$375,000 to over $500,000", "$370,000 to $475,000 USD"), id="002-004"),
    ],
)
def test_us_price_ranges_across_seeds_are_compatible(a, b, pair):
    _, payload = run_json(seed(a), seed(b))
    assert pair in pairs_of(payload, "compatible", "cost")
    for p in payload["pairs"]:
        if p["a"] and p["b"] and p["a"]["metric"] == "cost":
            assert p["a"]["region"] == p["b"]["region"] or None in (p["a"]["region"], p["b"]["region"])


def test_000_and_001_state_the_same_us_range():
    _, payload = run_json(seed("000"), seed("001"))
    same = pairs_of(payload, "same", "cost")
    # 000 states the US range twice ("$373,000–$475,000", "between $373,000 and $475,000"): one pairs
    assert any(b == "~$373,000-$475,000 USD" and "373,000" in a and "475,000" in a for a, b in same)


def test_b_all_cr_ranges_of_000_and_003_are_compared():
    _, payload = run_json(seed("000"), seed("003"))
    cr_pairs = [p for p in payload["pairs"] if p["a"] and p["b"] and p["a"]["metric"] == "cr"]
    b_all = {
        "B-ALL",
        "B-cell malignancies",
        "hematologic malignancies",
        None,
    }  # B-ALL, what covers it, unsaid
    assert cr_pairs and all({p["a"]["indication"], p["b"]["indication"]} <= b_all for p in cr_pairs)
    assert any(p["a"]["indication"] == p["b"]["indication"] == "B-ALL" for p in cr_pairs)
    assert any(b == "70–90%" for _, b in pairs_of(payload, "compatible", "cr"))


def test_a_seed_against_itself_is_all_same():
    result, payload = run_json(seed("000"), seed("000"))
    assert result.exit_code == 0
    assert {p["verdict"] for p in payload["pairs"]} == {"same"}


def test_an_edited_version_shows_exactly_the_edit_and_the_deletion(tmp_path: Path):
    text = seed("000").read_text("utf-8")
    edited = text.replace("Complete remission (CR) rate: 92.3%", "Complete remission (CR) rate: 82.3%")
    edited = edited.replace("Neurotoxicity: 28.2% of patients\n", "")
    assert edited != text
    copy = tmp_path / seed("000").name
    copy.write_text(edited, "utf-8")
    result, payload = run_json(seed("000"), copy)
    assert result.exit_code == 1
    changed = [
        (p["verdict"], pairs_of({"pairs": [p]})[0]) for p in payload["pairs"] if p["verdict"] != "same"
    ]
    assert changed == [("conflict", ("92.3%", "82.3%")), ("only_a", ("28.2%", None))]


def test_ledgers_can_be_diffed_too(tmp_path: Path):
    result = runner.invoke(app, ["extract", str(seed("004")), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0
    ledger = tmp_path / f"{seed('004').stem}.json"
    result, payload = run_json(ledger, seed("004"))
    assert result.exit_code == 0 and {p["verdict"] for p in payload["pairs"]} == {"same"}


def test_markdown_report_for_pull_requests():
    result = runner.invoke(app, ["diff", str(seed("001")), str(seed("004")), "--markdown"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("### carclaims diff:")
    assert "| verdict | about | A | B |" in lines
    assert any(line.startswith("| conflict | approval · equecabtagene autoleucel") for line in lines)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "not a JSON ledger", id="bad-json"),
        pytest.param('{"schema_version": "1"}', "not a valid ledger", id="fails-schema"),
    ],
)
def test_malformed_ledger_is_one_line_and_exit_2(tmp_path: Path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    result = runner.invoke(app, ["diff", str(bad), str(seed("000"))])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_missing_file_is_exit_2(tmp_path: Path):
    result = runner.invoke(app, ["diff", str(tmp_path / "nope.txt"), str(seed("000"))])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_load_side_recognises_versions_by_source_name(tmp_path: Path):
    shutil.copy(seed("002"), tmp_path / seed("002").name)
    a, b = load_side(seed("002")), load_side(tmp_path / seed("002").name)
    assert a.source_name == b.source_name
    assert {p.verdict for p in diff(a, b)} == {"same"}


REPORT_A = (
    "Insurers add CAR-T to city plan\n\n"
    "A city insurance plan in Shenzhen now lists five CAR-T therapies. Equecabtagene autoleucel, the"
    " cheapest, is priced at 999,000 yuan per infusion, and the other four cost over 1 million yuan.\n"
)
REPORT_B = (
    "Five cell therapies join Shenzhen plan\n\n"
    "The least expensive of the five CAR-T products on the new list costs ¥999,000 per infusion.\n"
)


def test_two_reports_of_one_event_pair_on_the_fields_they_share(tmp_path: Path):
    (tmp_path / "a.txt").write_text(REPORT_A, "utf-8")
    (tmp_path / "b.txt").write_text(REPORT_B, "utf-8")
    result, payload = run_json(tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.exit_code == 0
    # only A names the product; both say CNY and China: the prices pair, and agree
    assert pairs_of(payload, "same", "cost") == [("999,000 yuan", "¥999,000")]
    # "the other four" are not the product the sentence names
    other_four = next(p["a"] for p in payload["pairs"] if p["a"] and p["a"]["text"] == "over 1 million yuan")
    assert other_four["product"] is None


# --- verdicts a fact-checker can rely on (issue 22, items 6-8) ---------------------------------


def sides(text_a: str, text_b: str, name_a: str = "a.txt", name_b: str = "b.txt"):
    from carclaims.diff import Side

    return Side(name_a, name_a, extract_text(text_a)), Side(name_b, name_b, extract_text(text_b))


def verdicts_of(pairs, metric: str):
    return [
        (p.verdict, p.a.text if p.a else None, p.b.text if p.b else None, p.note)
        for p in pairs
        if (p.a or p.b).metric == metric
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("ORR was 81% in ELIANA.", "ORR was 82% in ELIANA.", "conflict", id="adjacent-percent"),
        pytest.param(
            "ORR was 81.5% in ELIANA.", "ORR was 81.6% in ELIANA.", "conflict", id="adjacent-decimal"
        ),
        pytest.param(
            "ORR was 81% in ELIANA.", "ORR was 81.3% in ELIANA.", "compatible", id="within-precision"
        ),
        pytest.param(
            "Five CAR-T products are approved in China.",
            "Four CAR-T products are approved in China.",
            "conflict",
            id="counts-are-exact",
        ),
        pytest.param(
            "Up to 300 CAR-T trials run in China.",
            "300 CAR-T trials run in China.",
            "compatible",
            id="bound-meets-count",
        ),
    ],
)
def test_adjacent_figures_are_not_compatible(a, b, expected):
    assert verdict(claim(a), claim(b)) == expected


def test_an_edited_number_between_versions_is_a_conflict():
    old, new = sides("The ORR in ELIANA was 81%.", "The ORR in ELIANA was 82%.", "x.txt", "x.txt")
    assert verdicts_of(diff(old, new), "orr") == [("conflict", "81%", "82%", None)]


def test_time_points_in_months_and_years_are_one_time_point():
    a, b = sides(
        "In ZUMA-7 with axi-cel, the 12-month EFS was 50%.",
        "In ZUMA-7 with axi-cel, EFS after one year was 50%.",
    )
    assert [c.timepoint for c in (a.ledger.claims[0], b.ledger.claims[0])] == ["P12M", "P1Y"]
    assert verdicts_of(diff(a, b), "efs") == [("same", "50%", "50%", None)]


def test_two_conversions_of_one_price_never_conflict_across_articles():
    a, b = sides(
        "In China relma-cel costs 1.29 million yuan (about $180,000).",
        "In China relma-cel costs 1.29 million yuan (roughly $176,000).",
    )
    pairs = diff(a, b)
    assert not any(p.verdict == "conflict" for p in pairs)
    costs = verdicts_of(pairs, "cost")
    assert ("same", "1.29 million yuan", "1.29 million yuan", None) in costs
    assert {(v, note) for v, *_, note in costs if v != "same"} == {
        ("only_a", "currency conversion"),
        ("only_b", "currency conversion"),
    }


def test_a_responders_rate_is_not_paired_with_the_cohorts_rate():
    a, b = sides(
        "With axi-cel in ZUMA-1, the 2-year PFS among responders was 60%.",
        "With axi-cel in ZUMA-1, the 2-year PFS was 40%.",
    )
    assert not any(p.verdict == "conflict" for p in diff(a, b))


def test_a_price_before_hospitalisation_is_a_price_not_a_total_cost():
    from carclaims.check import money_kind

    price = claim("In the US CAR-T can range from $375,000 to over $500,000 before hospitalization.")
    total = claim("In the US the total cost including hospitalization is about $1 million.")
    assert (money_kind(price), money_kind(total)) == ("price", "total-cost")
