"""carclaims check: stale and missing ledgers, lint rules (each with a case that triggers it and
one that does not), corpus conflicts, output formats and exit codes."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.check import LINTS, lint
from carclaims.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def raw_claim(**changes):
    claim = {
        "id": "c-1",
        "metric": "cr",
        "text": "92.3%",
        "start": 0,
        "end": 5,
        "line": 3,
        "column": 7,
        "sentence": "CR: 92.3%",
        "value": {"low": 92.3, "high": 92.3, "unit": "%", "bound": "eq", "date": None},
        "approx": False,
        "hedge": None,
        "numerator": None,
        "denominator": None,
        "statistic": None,
        "timepoint": None,
        "ci": None,
        "event": None,
        "grade": None,
        "study": None,
        "product": None,
        "indication": "B-ALL",
        "region": None,
        "population": None,
        "rule": "cr.complete_remission.before",
    }
    for key, value in changes.items():
        if key in claim["value"]:
            claim["value"] = {**claim["value"], key: value}
        else:
            claim[key] = value
    return claim


def codes(*claims):
    return [f.code for f in lint({"source": {"path": "a.txt"}, "claims": list(claims)})]


LINT_CASES = [
    pytest.param("percent-over-100", [raw_claim(low=120, high=120)], [raw_claim()], id="percent-over-100"),
    pytest.param(
        "fraction-mismatch",
        [raw_claim(text="32 of 39 (92.1%)", low=92.1, high=92.1, numerator=32, denominator=39)],
        [raw_claim(text="32 of 39 (82.1%)", low=82.1, high=82.1, numerator=32, denominator=39)],
        id="fraction-mismatch",
    ),
    pytest.param(
        "range-inverted",
        [raw_claim(text="92–72%", low=92, high=72, bound="range")],
        [raw_claim(text="72–92%", low=72, high=92, bound="range")],
        id="range-inverted",
    ),
    pytest.param(
        "median-outside-ci",
        [raw_claim(metric="os", unit="months", low=20.0, high=20.0, statistic="median", ci=[10.9, 17.1])],
        [raw_claim(metric="os", unit="months", low=14.0, high=14.0, statistic="median", ci=[10.9, 17.1])],
        id="median-outside-ci",
    ),
    pytest.param(
        "cr-above-orr",
        [raw_claim(low=80, high=80), raw_claim(metric="orr", text="70%", low=70, high=70, start=9, end=12)],
        [raw_claim(low=60, high=60), raw_claim(metric="orr", text="70%", low=70, high=70, start=9, end=12)],
        id="cr-above-orr",
    ),
    pytest.param(
        "unknown-product",
        [raw_claim(product="novacabtagene autoleucel")],
        [raw_claim(product="tisagenlecleucel")],
        id="unknown-product",
    ),
    pytest.param(
        "inflating-hedge",
        [raw_claim(text="up to 92%", low=None, high=92, bound="le", hedge="up to", rule="orr.restated")],
        [
            raw_claim(
                text="up to 92%", low=None, high=92, bound="le", hedge="up to", rule="orr.orr_acronym.before"
            )
        ],
        id="inflating-hedge",
    ),
]


@pytest.mark.parametrize(("code", "triggers", "passes"), LINT_CASES)
def test_lint_rule(code, triggers, passes):
    assert code in codes(*triggers)
    assert code not in codes(*passes)


def test_every_lint_rule_has_a_case():
    assert {rule.code for rule in LINTS} == {case.values[0] for case in LINT_CASES}


def test_cr_above_orr_needs_the_same_subject():
    cr = raw_claim(low=80, high=80, population="adult")
    orr = raw_claim(metric="orr", text="70%", low=70, high=70, population="pediatric")
    assert "cr-above-orr" not in codes(cr, orr)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A temporary copy of the repo's articles and ledgers; tests run inside it."""
    shutil.copytree(ROOT / "data" / "seeds", tmp_path / "data" / "seeds")
    shutil.copytree(ROOT / "data" / "extracted", tmp_path / "data" / "extracted")
    return tmp_path


def check(corpus: Path, *extra: str, fmt: str = "json"):
    result = runner.invoke(
        app,
        [
            "check",
            str(corpus / "data" / "seeds"),
            "--ledgers",
            str(corpus / "data" / "extracted"),
            "--format",
            fmt,
            *extra,
        ],
    )
    return result, (json.loads(result.stdout) if fmt == "json" else result.stdout)


def test_untouched_seeds_pass(corpus: Path):
    result, report = check(corpus)
    assert result.exit_code == 0, report
    assert report["summary"]["errors"] == 0
    assert {f["code"] for f in report["findings"]} <= {"inflating-hedge", "unknown-product"}


def test_warnings_fail_only_when_asked(corpus: Path):
    assert check(corpus, "--fail-on", "warning")[0].exit_code == 1


NEW_ARTICLE = (
    "Fucaso gets the nod\n\n"
    "China's NMPA approved Fucaso (equecabtagene autoleucel) in 2022 for relapsed multiple myeloma.\n"
)


def test_a_new_article_with_another_approval_year_conflicts_with_the_corpus(corpus: Path):
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    result, report = check(corpus)
    assert result.exit_code == 1
    found = {
        (f["code"], f["line"], f["column"], f["text"]) for f in report["findings"] if f["severity"] == "error"
    }
    assert ("missing-ledger", None, None, None) in found
    conflicts = [f for f in report["findings"] if f["code"] == "corpus-conflict"]
    cited = {
        (r["path"].split("/")[-1], r["line"], r["column"], r["text"]) for f in conflicts for r in f["related"]
    }
    assert cited == {
        ("001_bc066277e9d657c6.txt", 18, 94, "2021"),
        ("004_6e120a6e491b43b8.txt", 26, 88, "2023.06"),
    }
    assert all(f["path"].endswith("005_new.txt") and (f["line"], f["column"]) == (3, 60) for f in conflicts)
    assert "'2022' here conflicts with '2021'" in conflicts[0]["message"]


def test_stale_ledger_fails(corpus: Path):
    seed = corpus / "data" / "seeds" / "002_9edf069b830233cd.txt"
    seed.write_text(seed.read_text("utf-8").replace("$375,000", "$395,000"), "utf-8")
    result, report = check(corpus)
    assert result.exit_code == 1
    assert [f["code"] for f in report["findings"] if f["severity"] == "error"] == ["stale-ledger"]


def test_missing_and_orphan_ledgers_fail(corpus: Path):
    (corpus / "data" / "extracted" / "003_ccdc96e6f48f43e7.json").unlink()
    (corpus / "data" / "seeds" / "004_6e120a6e491b43b8.txt").unlink()
    result, report = check(corpus)
    assert result.exit_code == 1
    errors = sorted(
        (f["code"], Path(f["path"]).name) for f in report["findings"] if f["code"].endswith("-ledger")
    )
    assert errors == [
        ("missing-ledger", "003_ccdc96e6f48f43e7.txt"),
        ("orphan-ledger", "004_6e120a6e491b43b8.json"),
    ]


def _git_corpus(corpus: Path, monkeypatch) -> list[str]:
    monkeypatch.chdir(corpus)
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "corpus"], check=True)
    return git


def test_an_untracked_article_is_new_even_with_its_ledger_extracted(corpus: Path, monkeypatch):
    git = _git_corpus(corpus, monkeypatch)
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    runner.invoke(app, ["extract", "data/seeds", "--out", "data/extracted", "-q"])
    result = runner.invoke(app, ["check", "data/seeds", "--ledgers", "data/extracted"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    conflicts = [line for line in lines if " corpus-conflict " in line]
    assert conflicts[0].startswith("data/seeds/005_new.txt:3:60: error corpus-conflict ")
    assert conflicts[0].endswith("in data/seeds/001_bc066277e9d657c6.txt:18:94")
    assert lines[-1].startswith("carclaims check: 6 sources, 6 ledgers: 2 errors")
    # staged is still new; once committed, the article is part of the corpus
    subprocess.run([*git, "add", "-A"], check=True)
    assert check(corpus)[0].exit_code == 1
    subprocess.run([*git, "commit", "-qm", "new article"], check=True)
    assert check(corpus)[0].exit_code == 0
    result, report = check(corpus, "--base", "HEAD~1")  # --base keeps its meaning
    assert result.exit_code == 1
    assert {f["code"] for f in report["findings"] if f["severity"] == "error"} == {"corpus-conflict"}


def test_outside_git_an_article_is_new_while_its_ledger_is_missing_or_stale(corpus: Path):
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    runner.invoke(
        app, ["extract", str(corpus / "data" / "seeds"), "--out", str(corpus / "data" / "extracted")]
    )
    assert check(corpus)[0].exit_code == 0


def test_all_conflicts_reports_each_pair_once(corpus: Path):
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    runner.invoke(
        app, ["extract", str(corpus / "data" / "seeds"), "--out", str(corpus / "data" / "extracted")]
    )
    result, report = check(corpus, "--all-conflicts")
    pairs = [
        frozenset(
            {(f["path"].split("/")[-1], f["line"], f["column"])}
            | {(r["path"].split("/")[-1], r["line"], r["column"]) for r in f["related"]}
        )
        for f in report["findings"]
        if f["code"] == "corpus-conflict"
    ]
    assert len(pairs) == len(set(pairs)) == 4  # 001/004 for two products; 005 against 001 and 004


def test_text_output_is_one_line_per_finding_and_a_summary(corpus: Path):
    (corpus / "data" / "seeds" / "005_new.txt").write_text("A line\nORR was 120% in the trial.\n", "utf-8")
    result, out = check(corpus, fmt="text")
    lines = out.splitlines()
    assert result.exit_code == 1
    assert all(":" in line.split(" ")[0] for line in lines[:-1])
    assert f"{corpus}/data/seeds/005_new.txt:1:1: error missing-ledger " in out
    assert f"{corpus}/data/seeds/005_new.txt:2:9: error percent-over-100 orr of '120%' is over 100%" in out
    assert "\033[" not in out  # no colour when the output is not a terminal
    assert lines[-1] == "carclaims check: 6 sources, 5 ledgers: 2 errors, 2 warnings"


def test_github_annotations_point_at_the_article_line(corpus: Path):
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    result, out = check(corpus, fmt="github")
    assert result.exit_code == 1
    conflict = next(line for line in out.splitlines() if "corpus-conflict" in line)
    assert conflict.startswith("::error file=")
    assert "005_new.txt,line=3,col=60,title=carclaims corpus-conflict::" in conflict
    assert all(line.startswith(("::error ", "::warning ")) for line in out.splitlines())


def test_markdown_summary(corpus: Path):
    result, out = check(corpus, fmt="markdown")
    assert result.exit_code == 0
    assert out.startswith("### carclaims check\n")
    assert "| severity | code | where | message |" in out


def test_workflow_is_a_valid_github_workflow():
    workflow = ROOT / ".github" / "workflows" / "claims.yml"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(workflow),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # the workflow runs this repository's action, whose script extracts, checks and summarises
    text = workflow.read_text("utf-8")
    assert "uses: ./" in text and "upload-artifact" in text and "steps.claims.outputs.extracted" in text
    script = (ROOT / "action" / "run.sh").read_text("utf-8")
    for step in ("carclaims extract", "carclaims check", "--format markdown", "GITHUB_STEP_SUMMARY"):
        assert step in script
    assert '"$GITHUB_ACTION_PATH/action/run.sh"' in (ROOT / "action.yml").read_text("utf-8")


def _claim(text: str, figure: str):
    from carclaims.extract import extract_text

    return next(c for c in extract_text(text).claims if c.text == figure)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (  # two regulators: two approvals
            ("Tisagenlecleucel was approved by the FDA in August 2017.", "August 2017"),
            ("Russia approved tisagenlecleucel in April 2023.", "April 2023"),
            False,
        ),
        (
            ("The NMPA approved equecabtagene autoleucel in 2023.", "2023"),
            ("China approved equecabtagene autoleucel in 2021.", "2021"),
            True,
        ),
        (  # a list price is not an insurance cap
            ("In China the list price of axicabtagene ciloleucel is 1.2 million yuan.", "1.2 million yuan"),
            (
                "In China a plan covers axicabtagene ciloleucel with a maximum coverage of RMB 500,000.",
                "maximum coverage of RMB 500,000",
            ),
            False,
        ),
        (
            ("In China the list price of axicabtagene ciloleucel is 1.2 million yuan.", "1.2 million yuan"),
            ("In China axicabtagene ciloleucel sells for 1.5 million yuan.", "1.5 million yuan"),
            True,
        ),
        (  # a figure for adults does not contradict one for everybody
            ("In adults, tisagenlecleucel achieved a CR rate of 60%.", "60%"),
            ("Tisagenlecleucel achieved a CR rate of 81%.", "81%"),
            False,
        ),
        (  # a currency conversion restates the amount before it
            ("In China Yescarta costs 1.2 million yuan (about $170,000).", "about $170,000"),
            ("In China Yescarta costs $180,000.", "$180,000"),
            False,
        ),
        (  # a study named on one side only: perhaps two trials of the product
            ("In FUMANBA-1, equecabtagene autoleucel had an ORR of 96%.", "96%"),
            ("In a phase 1 study, equecabtagene autoleucel had an ORR of 100%.", "100%"),
            False,
        ),
        (
            ("Ciltacabtagene autoleucel had an ORR of 97% in CARTITUDE-1.", "97%"),
            ("In CARTITUDE-1, ciltacabtagene autoleucel had an ORR of 84%.", "84%"),
            True,
        ),
        (  # cohorts of two trials of one product
            ("In CARTITUDE-1, 97 patients received ciltacabtagene autoleucel.", "97 patients"),
            ("In LEGEND-2, 74 patients received ciltacabtagene autoleucel.", "74 patients"),
            False,
        ),
        (  # a rate among responders is no rate of the whole cohort
            ("In the ELIANA trial, tisagenlecleucel gave a 12-month event-free survival of 50%.", "50%"),
            (
                "In ELIANA, the 12-month event-free survival on tisagenlecleucel was 59% of responders.",
                "59%",
            ),
            False,
        ),
        (
            ("In the ELIANA trial, tisagenlecleucel gave a 12-month event-free survival of 50%.", "50%"),
            ("In the ELIANA trial of tisagenlecleucel, the 12-month event-free survival was 59%.", "59%"),
            True,
        ),
        (  # without a product, two figures for one indication are of different trials
            ("In China, CAR-T achieves a CR rate of 92.3% in B-ALL.", "92.3%"),
            ("In China, CAR-T achieves a CR rate of 70–90% in B-ALL.", "70–90%"),
            False,
        ),
    ],
)
def test_only_claims_about_the_same_thing_can_conflict(a, b, same):
    from carclaims.check import same_subject

    first, second = _claim(*a), _claim(*b)
    assert same_subject(first, second) is same
    assert same_subject(second, first) is same


def test_all_conflicts_puts_a_conflict_on_the_touched_article(corpus: Path):
    """In a git work tree with the new article and its ledger untracked, every conflict of the
    new article is reported on it: 001 and 004 were not touched."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(corpus)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "data"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "corpus"], check=True)
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    runner.invoke(
        app, ["extract", str(corpus / "data" / "seeds"), "--out", str(corpus / "data" / "extracted")]
    )
    cwd = os.getcwd()
    os.chdir(corpus)
    try:
        _, report = check(corpus, "--all-conflicts")
    finally:
        os.chdir(cwd)
    with_new = [
        f
        for f in report["findings"]
        if f["code"] == "corpus-conflict"
        and "005_new.txt" in {f["path"].split("/")[-1], *(r["path"].split("/")[-1] for r in f["related"])}
    ]
    assert len(with_new) == 2
    assert {f["path"].split("/")[-1] for f in with_new} == {"005_new.txt"}


def test_markdown_links_positions_to_a_base_url(corpus: Path):
    (corpus / "data" / "seeds" / "005_new.txt").write_text(NEW_ARTICLE, "utf-8")
    _, out = check(corpus, "--link-base", "https://example.org/repo/blob/abc123/", fmt="markdown")
    row = next(line for line in out.splitlines() if "corpus-conflict" in line)
    assert "](https://example.org/repo/blob/abc123/" in row and "005_new.txt#L3)" in row
    assert "001_bc066277e9d657c6.txt#L18)" in row or "004_6e120a6e491b43b8.txt#L26)" in row
