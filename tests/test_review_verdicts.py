"""Reviewer decisions a fact-checker can rely on: keyed by the article's path in its corpus, never
applied to a claim that changed, disagreements kept, orphans listed where they were, bad input
refused with one line (issue 22)."""

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from carclaims.cli import app

runner = CliRunner()

ARTICLE_A = (
    "In the ELIANA trial of tisagenlecleucel, the overall remission rate was 81% within three months.\n\n"
    "Grade 3 or higher CRS occurred in 47% of patients, and the US list price is $475,000.\n"
)
ARTICLE_B = (
    "In ZUMA-1 with axi-cel, the objective response rate was 82% and the complete response rate 54%.\n"
)


def run(*args: str):
    return runner.invoke(app, list(args))


def review(*args: str, reviewer: str = "Ana"):
    return runner.invoke(app, ["review", *args, "--reviewer", reviewer])


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    """Two articles with the same file name in two folders, extracted."""
    monkeypatch.chdir(tmp_path)
    for folder, text in (("a", ARTICLE_A), ("b", ARTICLE_B)):
        (tmp_path / "articles" / folder).mkdir(parents=True)
        (tmp_path / "articles" / folder / "news.txt").write_text(text, "utf-8")
    extract()
    return tmp_path


def extract() -> None:
    result = run("extract", "articles", "--out", "data/extracted", "-q")
    assert result.exit_code == 0, result.output


def claim_id(folder: str, text: str) -> str:
    ledger = json.loads(Path(f"data/extracted/{folder}/news.json").read_text("utf-8"))
    return next(c["id"] for c in ledger["claims"] if c["text"] == text)


def table_reviews() -> dict[str, str]:
    assert run("table", "data/extracted", "--out", "t.csv", "--reviews", "data/reviews").exit_code == 0
    frame = pd.read_csv("t.csv", dtype=str, keep_default_na=False)
    return dict(zip(frame["text"], frame["review"], strict=True))


def status_json() -> tuple[int, list[dict]]:
    result = run("review", "status", "articles", "--json")
    return result.exit_code, json.loads(result.stdout)["sources"]


def edit(folder: str, old: str, new: str) -> None:
    path = Path(f"articles/{folder}/news.txt")
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    extract()


def test_nested_folders_and_equal_names_keep_their_own_decisions(corpus: Path):
    assert review("accept", "articles/a/news.txt", claim_id("a", "81%")).exit_code == 0
    assert (
        review("reject", "articles/b/news.txt", claim_id("b", "82%"), "--reason", "wrong-value").exit_code
        == 0
    )
    assert sorted(
        p.relative_to("data/reviews").as_posix() for p in Path("data/reviews").rglob("*.jsonl")
    ) == [
        "a/news.jsonl",
        "b/news.jsonl",
    ]
    assert table_reviews()["81%"] == "accepted"
    assert "82%" not in table_reviews()  # rejected: dropped by every command that reads the folder
    code, rows = status_json()
    assert code == 0 and [(r["decisions"], r["attached"], r["orphaned"]) for r in rows] == [
        (1, 1, 0),
        (1, 1, 0),
    ]


def test_an_edited_figure_needs_review_everywhere(corpus: Path):
    cid = claim_id("a", "81%")
    assert review("accept", "articles/a/news.txt", cid, "--note", "ELIANA ORR 81%, checked").exit_code == 0
    edit("a", "81%", "83%")
    code, rows = status_json()
    assert code == 1
    assert (rows[0]["needs_review"], rows[0]["attached"]) == (1, 0)
    problem = rows[0]["problems"][0]
    assert (problem["status"], problem["line"], problem["column"], problem["quote"]) == (
        "needs-review",
        1,
        73,
        "81%",
    )
    assert problem["reason"] == "quote '81%' -> '83%'"
    assert table_reviews()["83%"] == "needs-review (quote '81%' -> '83%')"
    check = run("check", "articles", "--ledgers", "data/extracted")
    assert "articles/a/news.txt:1:73: warning review-needs-review" in check.stdout
    scored = run("eval", "--reviews", "data/reviews", "--sources", "articles", "--json")
    assert json.loads(scored.stdout)["overall"]["gold"] == 0  # 83% is nobody's verdict yet


def test_a_swapped_pair_does_not_move_a_rejection_onto_the_other_figure(corpus: Path):
    assert (
        review("reject", "articles/b/news.txt", claim_id("b", "82%"), "--reason", "wrong-value").exit_code
        == 0
    )
    edit("b", "was 82% and the complete response rate 54%", "was 54% and the complete response rate 82%")
    reviews = table_reviews()
    assert reviews["54%"].startswith("needs-review (")  # the ORR now reads 54%: decide again
    assert reviews["82%"] == ""  # the CR figure was never rejected


def test_orphans_are_listed_where_they_were(corpus: Path):
    assert review("accept", "articles/a/news.txt", claim_id("a", "$475,000")).exit_code == 0
    edit("a", ", and the US list price is $475,000", "")
    code, rows = status_json()
    assert code == 1 and rows[0]["orphaned"] == 1
    problem = rows[0]["problems"][0]
    assert (problem["status"], problem["path"], problem["line"], problem["quote"]) == (
        "orphaned",
        "articles/a/news.txt",
        3,
        "$475,000",
    )
    human = run("review", "status", "articles")
    assert "articles/a/news.txt:3:" in human.stdout and "orphaned accept of cost '$475,000'" in human.stdout
    check = run("check", "articles", "--ledgers", "data/extracted")
    assert " error review-orphaned " in check.stdout


def test_a_disagreement_is_kept_until_settled(corpus: Path):
    cid = claim_id("a", "47%")
    assert review("accept", "articles/a/news.txt", cid, reviewer="Ana").exit_code == 0
    assert (
        review("reject", "articles/a/news.txt", cid, "--reason", "wrong-value", reviewer="Ben").exit_code == 0
    )
    decisions = Path("data/reviews/a/news.jsonl").read_text("utf-8").splitlines()
    assert len(decisions) == 2
    assert table_reviews()["47%"] == "needs-review (disputed: Ana accepted; Ben rejected (wrong-value))"
    assert status_json()[0] == 1
    assert review("accept", "articles/a/news.txt", cid, "--settle", reviewer="Cleo").exit_code == 0
    assert table_reviews()["47%"] == "accepted"
    assert len(Path("data/reviews/a/news.jsonl").read_text("utf-8").splitlines()) == 1


def test_withdraw_and_move(corpus: Path):
    assert review("accept", "articles/a/news.txt", claim_id("a", "47%")).exit_code == 0
    edit("a", "occurred in 47% of", "occurred in 46% of")  # needs review: 47% -> 46%
    moved = review("move", "articles/a/news.txt", claim_id("a", "46%"), claim_id("a", "$475,000"))
    assert moved.exit_code == 0, moved.output
    assert table_reviews()["$475,000"] == "accepted" and table_reviews()["46%"] == ""
    result = run("review", "withdraw", "articles/a/news.txt", claim_id("a", "$475,000"))
    assert result.exit_code == 0 and "1 decision(s)" in result.stdout
    assert table_reviews()["$475,000"] == ""


def test_a_renamed_article_keeps_its_decisions(corpus: Path):
    assert review("accept", "articles/a/news.txt", claim_id("a", "81%")).exit_code == 0
    Path("articles/a/news.txt").rename("articles/a/eliana.txt")
    for stale in Path("data/extracted").rglob("*.json"):
        stale.unlink()
    extract()
    check = run("check", "articles", "--ledgers", "data/extracted")
    assert " error review-orphaned-file " in check.stdout
    code, rows = status_json()
    assert code == 0 and rows[0]["path"] == "articles/a/eliana.txt" and rows[0]["attached"] == 1
    assert Path("data/reviews/a/eliana.jsonl").exists() and not Path("data/reviews/a/news.jsonl").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--metric", "orr"], "needs the value"),
        (["--metric", "orr", "--low", "85", "--high", "90"], "add --bound range"),
        (["--metric", "orr", "--low", "82", "--region", "Israel"], "--region 'Israel': must be one of"),
        (["--metric", "orr", "--low", "82", "--population", "children"], "must be one of pediatric, adult"),
        (["--metric", "approval", "--date", "2019-10"], "takes --unit date"),
        (["--metric", "approval", "--unit", "date", "--date", "2021-13"], "no such date"),
        (["--metric", "orr", "--low", "82", "--product", "foo-cel"], "not an INN"),
        (["--metric", "orr", "--low", "82", "--product", ""], "not an INN"),
    ],
)
def test_bad_additions_are_one_line_errors(corpus: Path, args, message):
    start = ARTICLE_B.index("82%")
    result = review("add", "articles/b/news.txt", "--start", str(start), "--end", str(start + 3), *args)
    assert result.exit_code == 2 and message in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_a_span_without_a_number_and_a_ledger_as_source_are_refused(corpus: Path):
    result = review(
        "add", "articles/b/news.txt", "--start", "0", "--end", "4", "--metric", "orr", "--low", "80"
    )
    assert result.exit_code == 2 and "holds no number" in result.output
    result = review("accept", "data/extracted/b/news.json", claim_id("b", "82%"))
    assert result.exit_code == 2 and "review takes the article, not its ledger" in result.output


def test_a_merge_conflict_in_a_decisions_file_fails_that_article_only(corpus: Path):
    assert review("accept", "articles/a/news.txt", claim_id("a", "81%")).exit_code == 0
    path = Path("data/reviews/a/news.jsonl")
    path.write_text("<<<<<<< HEAD\n" + path.read_text("utf-8") + "=======\n>>>>>>> other\n", "utf-8")
    check = run("check", "articles", "--ledgers", "data/extracted")
    assert "error invalid-reviews" in check.stdout and "merge-conflict marker" in check.stdout
    assert check.exit_code == 1 and "Traceback" not in check.output


def test_a_mistyped_reviews_folder_is_an_error(corpus: Path):
    for command in (["check", "articles"], ["table", "data/extracted", "--out", "t.csv"]):
        result = run(*command, "--reviews", "data/reveiws")
        assert result.exit_code == 2 and "--reviews data/reveiws: no such folder" in result.output


def test_review_commands_print_path_line_column(corpus: Path):
    result = review("accept", "articles/a/news.txt", claim_id("a", "47%"))
    assert result.stdout.startswith("articles/a/news.txt:3:35: accepted crs '47%'")


def test_eval_show_errors_names_path_line_column(tmp_path: Path):
    (tmp_path / "src").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "src" / "a.txt").write_text(
        "Intro line.\nThe trial enrolled patients; ORR was 70%.\n", "utf-8"
    )
    gold = {
        "doc": "a.txt",
        "start": 12 + len("The trial enrolled patients; ORR was "),
        "end": 12 + len("The trial enrolled patients; ORR was 70%"),
        "text": "70%",
        "metric": "cr",
        "value": {"low": 70, "high": 70, "unit": "%", "bound": "eq", "date": None},
    }
    (tmp_path / "gold" / "a.jsonl").write_text(json.dumps(gold) + "\n", "utf-8")
    result = run("eval", str(tmp_path / "gold"), "--sources", str(tmp_path / "src"), "--show-errors")
    assert f"MISS     {(tmp_path / 'src' / 'a.txt').as_posix()}:2:38 cr '70%'" in result.stdout


def test_the_report_shows_a_needs_review_claim_as_such(corpus: Path):
    assert review("accept", "articles/a/news.txt", claim_id("a", "81%"), "--note", "checked").exit_code == 0
    edit("a", "81%", "83%")
    result = run("report", "articles", "--ledgers", "data/extracted", "--out", "rep")
    assert result.exit_code in (0, 1), result.output
    pages = "".join(p.read_text("utf-8") for p in Path("rep").rglob("*.html"))
    assert "needs-review (quote &#x27;81%&#x27; -&gt; &#x27;83%&#x27;): decide again" in pages or (
        "needs-review (quote '81%' -&gt; '83%'): decide again" in pages
    )
    assert "accepted by Ana" not in pages
