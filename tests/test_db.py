"""carclaims db: the SQLite corpus for Datasette (issue 26), queried through Datasette itself."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims import db as corpus_db
from carclaims.check import run_check
from carclaims.cli import app
from carclaims.ledger import load

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seeds and their ledgers, free to change."""
    seeds, ledgers = tmp_path / "seeds", tmp_path / "ledgers"
    shutil.copytree(ROOT / "data" / "seeds", seeds)
    result = runner.invoke(app, ["extract", str(seeds), "--out", str(ledgers), "-q"])
    assert result.exit_code == 0, result.output
    return seeds, ledgers


def _build(ledgers: Path, out: Path, *extra: str):
    result = runner.invoke(app, ["db", str(ledgers), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result


def _rows(path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        columns = [c[1] for c in conn.execute(f"pragma table_info({table})")]
        order = ", ".join(columns)
        return conn.execute(f"select * from {table} order by {order}").fetchall()


def _datasette(path: Path, metadata: Path, *urls: str) -> list:
    from datasette.app import Datasette

    ds = Datasette([str(path)], metadata=json.loads(metadata.read_text("utf-8")))

    async def get_all():
        out = []
        for url in urls:
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.text[:300])
            out.append(response.json())
        return out

    return asyncio.run(get_all())


def test_the_corpus_holds_every_claim_finding_and_product(corpus, tmp_path: Path):
    seeds, ledgers = corpus
    out = tmp_path / "corpus.db"
    result = _build(ledgers, out)
    loaded = [load(p) for p in sorted(ledgers.glob("*.json"))]
    claims = sum(len(ledger.claims) for ledger in loaded)
    assert f"{out}: 5 sources, {claims} claims, " in result.stderr
    assert len(_rows(out, "claims")) == claims and len(_rows(out, "sources")) == 5
    check = run_check([seeds], ledgers, all_conflicts=True)
    conflicts = [f for f in check.findings if f.code == "corpus-conflict"]
    with sqlite3.connect(out) as conn:
        assert conn.execute("select count(*) from conflicts").fetchone()[0] == len(conflicts) == 2
        codes = dict(conn.execute("select code, count(*) from findings group by code"))
        products = conn.execute("select count(*), count(source) from products").fetchone()
        indexed = {row[1] for row in conn.execute("pragma index_list(claims)")}
        titles = [row[0] for row in conn.execute("select title from sources order by path")]
    assert codes["corpus-conflict"] == 2 and codes["unknown-product"] == 1
    assert products[0] == products[1] >= 16
    assert {f"idx_claims_{c}" for c in ("metric", "product", "indication", "region")} <= indexed
    assert titles[1] == "Introduction"


def test_datasette_answers_filters_search_views_and_canned_queries(corpus, tmp_path: Path):
    _, ledgers = corpus
    out = tmp_path / "corpus.db"
    _build(ledgers, out)
    metadata = tmp_path / "corpus.metadata.json"
    expected = sorted(
        c.text
        for p in sorted(ledgers.glob("*.json"))
        for c in load(p).claims
        if c.metric == "cost" and c.product == "ciltacabtagene autoleucel"
    )
    assert expected
    filtered, searched, prices, conflicts, meta = _datasette(
        out,
        metadata,
        "/corpus/claims.json?metric=cost&product=ciltacabtagene+autoleucel&_shape=array",
        "/corpus/claims.json?_search=remission&_shape=array",
        "/corpus/prices.json?_shape=array",
        "/corpus/conflicts.json?_shape=array",
        "/-/metadata.json",
    )
    assert sorted(row["text"] for row in filtered) == expected
    assert searched and all("remission" in row["sentence"].lower() for row in searched)
    cny = [row for row in prices if row["currency"] == "CNY"]
    assert cny and cny[0]["region"] == "China"
    assert {row["value_here"] for row in conflicts} == {"2021", "2022"}
    assert meta["databases"]["corpus"]["queries"]["orr_disagreements"]["title"] == "ORR claims that disagree"


def test_an_update_rewrites_only_what_changed_and_matches_a_fresh_build(corpus, tmp_path: Path):
    seeds, ledgers = corpus
    out = tmp_path / "corpus.db"
    _build(ledgers, out)
    # change one article, delete one, add one
    changed = seeds / "002_9edf069b830233cd.txt"
    added_line = "\nThe overall response rate was 77% in 40 patients.\n"
    changed.write_text(changed.read_text("utf-8") + added_line, "utf-8")
    (seeds / "003_ccdc96e6f48f43e7.txt").unlink()
    (ledgers / "003_ccdc96e6f48f43e7.json").unlink()
    new_article = "Kymriah costs $475,000 at the Quillfeather clinic in the US.\n"
    (seeds / "005_new.txt").write_text(new_article, "utf-8")
    assert runner.invoke(app, ["extract", str(seeds), "--out", str(ledgers), "-q"]).exit_code == 0
    result = _build(ledgers, out)
    assert "(2 sources written, 1 removed)" in result.stderr
    fresh = tmp_path / "fresh.db"
    _build(ledgers, fresh)
    for table in ("sources", "claims", "findings", "products", "claims_fts"):
        assert _rows(out, table) == _rows(fresh, table), table
    with sqlite3.connect(out) as conn:
        assert conn.execute("select count(*) from claims where source like '%003_ccdc%'").fetchone()[0] == 0
        search = "select count(*) from claims_fts where claims_fts match 'Quillfeather'"
        hits = conn.execute(search).fetchone()[0]
    assert hits == 1


def test_a_failed_update_leaves_the_corpus_as_it_was(corpus, tmp_path: Path, monkeypatch):
    seeds, ledgers = corpus
    out = tmp_path / "corpus.db"
    _build(ledgers, out)
    before = {t: _rows(out, t) for t in ("sources", "claims", "findings")}
    (ledgers / "001_bc066277e9d657c6.json").unlink()

    def broken(*args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(corpus_db, "_finding_rows", broken)
    with pytest.raises(RuntimeError):
        corpus_db.build_db([ledgers], out)
    assert {t: _rows(out, t) for t in before} == before  # one transaction: nothing half-applied


def test_a_bad_ledger_is_named_and_nothing_is_written(corpus, tmp_path: Path):
    _, ledgers = corpus
    (ledgers / "broken.json").write_text('{"claims": [', "utf-8")
    out = tmp_path / "corpus.db"
    result = runner.invoke(app, ["db", str(ledgers), "--out", str(out)])
    assert result.exit_code != 0 and "broken.json" in result.stderr
    assert not out.exists()


def test_review_state_is_a_column_with_reviews(corpus, tmp_path: Path):
    seeds, ledgers = corpus
    claim = load(ledgers / "000_dbbe308cca7ffe0f.json").claims[0]
    reviews = tmp_path / "reviews"
    accepted = runner.invoke(
        app,
        [
            "review",
            "accept",
            str(seeds / "000_dbbe308cca7ffe0f.txt"),
            claim.id,
            "--ledgers",
            str(ledgers),
            "--reviews",
            str(reviews),
            "--reviewer",
            "Ana",
        ],
    )
    assert accepted.exit_code == 0, accepted.output
    out = tmp_path / "corpus.db"
    _build(ledgers, out, "--reviews", str(reviews))
    with sqlite3.connect(out) as conn:
        (review,) = conn.execute("select review from claims where id = ?", (claim.id,)).fetchone()
    assert review.startswith("accepted")
