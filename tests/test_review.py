"""carclaims review: decisions kept beside the ledgers, re-attached after the article is edited
and re-extracted, orphaned (never misplaced) when their claim is gone, and honoured by table,
check, report and eval."""

import json
import multiprocessing
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.extract import extract_text
from carclaims.review import (
    Decision,
    anchor_of,
    attach,
    dumps_decisions,
    load_decisions,
    now,
    record,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = "003_ccdc96e6f48f43e7"
runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "data" / "seeds").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "seeds" / f"{SEED}.txt", tmp_path / "data" / "seeds")
    monkeypatch.chdir(tmp_path)
    extract()
    return tmp_path


def extract() -> None:
    result = runner.invoke(app, ["extract", "data/seeds", "--out", "data/extracted", "-q"])
    assert result.exit_code == 0, result.output


def ledger() -> dict:
    return json.loads(Path(f"data/extracted/{SEED}.json").read_text("utf-8"))


def claim_where(metric: str, text: str, line: int | None = None) -> dict:
    return next(
        c
        for c in ledger()["claims"]
        if c["metric"] == metric and c["text"] == text and (line is None or c["line"] == line)
    )


def review(*args: str):
    return runner.invoke(app, ["review", *args, "--reviewer", "Test Reviewer"])


def status() -> tuple[int, dict]:
    result = runner.invoke(app, ["review", "status", "data/seeds", "--json"])
    return result.exit_code, json.loads(result.stdout)["sources"][0]


def edit(change) -> None:
    path = Path(f"data/seeds/{SEED}.txt")
    path.write_text(change(path.read_text("utf-8")), "utf-8")
    extract()


SENTENCE = "CD19-directed CAR-T achieves 70–90% complete remission"


def test_decisions_survive_an_inserted_paragraph_and_orphan_when_their_sentence_goes(project: Path):
    # "70–90%" is a CR claim three times in this article: the anchor's context tells them apart
    remission = next(c for c in ledger()["claims"] if c["text"] == "70–90%" and SENTENCE in c["sentence"])
    eliana = claim_where("orr", "81%")
    assert review("accept", f"data/seeds/{SEED}.txt", remission["id"], "--note", "checked").exit_code == 0
    assert review("reject", f"data/seeds/{SEED}.txt", eliana["id"], "--reason", "wrong-value").exit_code == 0

    edit(lambda text: "A paragraph put in by an editor, with 70–90% of it new.\n\n" + text)
    assert ledger()["claims"][0]["id"] != remission["id"]  # every id changed with the bytes
    code, row = status()
    assert code == 0
    assert (row["decisions"], row["attached"], row["orphaned"]) == (2, 2, 0)
    assert row["unreviewed"] == row["claims"] - 2

    edit(lambda text: re.sub(r"[^\n]*" + SENTENCE + r"[^\n]*\n", "", text, count=1))
    code, row = status()
    assert code == 1
    assert (row["decisions"], row["attached"], row["orphaned"]) == (2, 1, 1)
    assert len(load_decisions(Path(f"data/reviews/{SEED}.jsonl"))) == 2  # orphaned, never dropped


def test_a_rejected_claim_leaves_the_table_and_check(project: Path):
    path = Path(f"data/seeds/{SEED}.txt")
    path.write_text(path.read_text("utf-8") + "\nThe ORR was 120% in one cohort.\n", "utf-8")
    extract()
    check = runner.invoke(app, ["check", "data/seeds", "--ledgers", "data/extracted"])
    assert " percent-over-100 " in check.stdout
    bad = claim_where("orr", "120%")
    assert review("reject", str(path), bad["id"], "--reason", "wrong-value").exit_code == 0

    runner.invoke(app, ["table", "data/extracted", "--out", "all.csv"])
    runner.invoke(app, ["table", "data/extracted", "--out", "reviewed.csv", "--reviews", "data/reviews"])
    runner.invoke(
        app,
        ["table", "data/extracted", "--out", "kept.csv", "--reviews", "data/reviews", "--include-rejected"],
    )
    import pandas as pd

    everything, reviewed, kept = (pd.read_csv(name) for name in ("all.csv", "reviewed.csv", "kept.csv"))
    assert len(reviewed) == len(everything) - 1
    assert bad["id"] not in set(reviewed["id"])
    assert kept.loc[kept["id"] == bad["id"], "review"].item() == "rejected (wrong-value)"
    check = runner.invoke(app, ["check", "data/seeds", "--ledgers", "data/extracted"])
    assert " percent-over-100 " not in check.stdout


def test_corrections_and_added_claims_are_used(project: Path):
    target = claim_where("orr", "81%")
    result = review(
        "set", f"data/seeds/{SEED}.txt", target["id"], "--region", "US", "--population", "pediatric"
    )
    assert result.exit_code == 0, result.output
    # a count the extractor does not read (a reviewer adds it by its place in the text)
    edit(lambda text: text + "\nEnrolment closed once seventy-five children had been followed for a year.\n")
    target = claim_where("orr", "81%")
    result = review(
        "set", f"data/seeds/{SEED}.txt", target["id"], "--region", "US", "--population", "pediatric"
    )
    assert result.exit_code == 0, result.output
    text = Path(f"data/seeds/{SEED}.txt").read_text("utf-8")
    start = text.index("seventy-five")
    result = review(
        "add",
        f"data/seeds/{SEED}.txt",
        "--start",
        str(start),
        "--end",
        str(start + len("seventy-five")),
        "--metric",
        "patient_count",
        "--low",
        "75",
        "--unit",
        "count",
    )
    assert result.exit_code == 0, result.output
    runner.invoke(app, ["table", "data/extracted", "--out", "t.csv", "--reviews", "data/reviews"])
    import pandas as pd

    table = pd.read_csv("t.csv")
    fixed = table[(table["metric"] == "orr") & (table["text"] == "81%")].iloc[0]
    assert (fixed["region"], fixed["population"], fixed["review"]) == ("US", "pediatric", "corrected")
    added = table[table["review"] == "added"].iloc[0]
    assert (added["metric"], added["text"], added["low"], added["unit"]) == (
        "patient_count",
        "seventy-five",
        75,
        "count",
    )
    decisions = load_decisions(Path(f"data/reviews/{SEED}.jsonl"))
    assert {d.reviewer for d in decisions} == {"Test Reviewer"}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d.at) for d in decisions)
    correction = next(d for d in decisions if d.action == "set")
    assert (correction.claim_id, correction.claim["text"], correction.claim["value"]["low"]) == (
        target["id"],
        "81%",
        81,
    )
    assert correction.extractor_version and correction.changes == {"region": "US", "population": "pediatric"}


def test_bad_decisions_are_one_line_errors(project: Path):
    result = review("reject", f"data/seeds/{SEED}.txt", "c-0000000000000000", "--reason", "not-a-claim")
    assert result.exit_code == 2 and "no claim c-0000000000000000" in result.output
    target = claim_where("orr", "81%")
    result = review("reject", f"data/seeds/{SEED}.txt", target["id"], "--reason", "because")
    assert result.exit_code == 2 and "--reason must be one of" in result.output
    result = review("set", f"data/seeds/{SEED}.txt", target["id"], "--population", "martians")
    assert result.exit_code == 2 and "must be one of pediatric, adult" in result.output
    assert not Path(f"data/reviews/{SEED}.jsonl").exists()


def test_eval_scores_the_extractor_against_the_reviews(project: Path):
    accept, reject = claim_where("orr", "81%"), claim_where("approval", "August 2017")
    review("accept", f"data/seeds/{SEED}.txt", accept["id"])
    review("reject", f"data/seeds/{SEED}.txt", reject["id"], "--reason", "wrong-attribution")
    result = runner.invoke(app, ["eval", "--reviews", "data/reviews", "--sources", "data/seeds", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["overall"]
    assert (scores["gold"], scores["predicted"], scores["matched"]) == (1, 2, 1)


# --- anchoring, in the library ------------------------------------------------------------------


def decision_on(text: str, figure: str, metric: str) -> Decision:
    start = text.index(figure)
    return Decision(
        action="accept",
        anchor=anchor_of(text, start, start + len(figure), metric),
        reviewer="t",
        at=now(),
        extractor_version="0",
    )


BEFORE = "Intro.\n\nIn the pivotal trial of tisagenlecleucel the ORR was 81% at three months.\n"


def test_an_edited_figure_keeps_its_decision_by_its_context():
    decision = decision_on(BEFORE, "81%", "orr")
    after = BEFORE.replace("81%", "83%")
    (found,) = attach([decision], after, extract_text(after).claims)
    assert (found.how, found.claim.text) == ("fuzzy", "83%")


def test_the_same_figure_in_another_sentence_is_not_the_decisions_claim():
    decision = decision_on(BEFORE, "81%", "orr")
    after = "Intro.\n\nAcross all trials combined the ORR was 81% according to the registry.\n"
    (found,) = attach([decision], after, extract_text(after).claims)
    assert (found.how, found.claim) == ("orphaned", None)


def test_of_two_identical_sentences_the_nearer_one_is_taken():
    text = BEFORE + "Filler line one.\n" + BEFORE
    claims = extract_text(text).claims
    second = text.index("81%", text.index("81%") + 1)
    decision = decision_on(text[second - 40 :], "81%", "orr")  # made where the second one was
    decision.anchor.start, decision.anchor.end = second, second + 3
    (found,) = attach([decision], text, claims)
    assert found.claim.start == second


def test_decisions_files_are_sorted_and_stable(tmp_path: Path):
    text = BEFORE + "The CR rate was 60% in adults.\n"
    late, early = decision_on(text, "60%", "cr"), decision_on(text, "81%", "orr")
    assert dumps_decisions([late, early]) == dumps_decisions([early, late])
    lines = dumps_decisions([late, early]).splitlines()
    assert [json.loads(line)["anchor"]["quote"] for line in lines] == ["81%", "60%"]


def _record_many(path: str, offset: int) -> None:
    text = "x" * 200
    for i in range(15):
        start = offset + i
        record(
            Path(path),
            Decision(
                action="accept",
                anchor=anchor_of(text, start, start + 1, "orr"),
                reviewer=f"r{offset}",
                at=now(),
                extractor_version="0",
            ),
        )


def test_concurrent_reviews_lose_no_decision(tmp_path: Path):
    path = tmp_path / "reviews" / "a.jsonl"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_record_many, args=(str(path), offset)) for offset in (0, 50, 100)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    assert len(load_decisions(path)) == 45


def test_the_report_shows_each_decision(project: Path):
    rejected, accepted = claim_where("orr", "81%"), claim_where("approval", "August 2017")
    review("reject", f"data/seeds/{SEED}.txt", rejected["id"], "--reason", "wrong-value")
    review("accept", f"data/seeds/{SEED}.txt", accepted["id"], "--note", "FDA, 30 August 2017")
    assert (
        runner.invoke(app, ["report", "data/seeds", "--ledgers", "data/extracted", "--out", "html"]).exit_code
        == 0
    )
    page = Path(f"html/{SEED}.html").read_text("utf-8")
    assert (
        f'id="{rejected["id"]}" data-claim-id="{rejected["id"]}" class="claim fam-outcomes rejected"' in page
    )
    data = json.loads(re.search(r'id="claims-data">(.*?)</script>', page, re.S).group(1))
    review_of = {cid: dict(entry["fields"])["review"] for cid, entry in data.items()}
    assert review_of[rejected["id"]].startswith("rejected (wrong-value) by Test Reviewer, ")
    assert review_of[accepted["id"]].endswith("; FDA, 30 August 2017")
    assert list(review_of.values()).count("not reviewed") == len(data) - 2
