"""carclaims table: one row per ledger claim, same ids, filters."""

import csv
import importlib.util
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.ledger import load

ROOT = Path(__file__).resolve().parents[1]
LEDGERS = ROOT / "data" / "extracted"
runner = CliRunner()


def test_csv_round_trips_every_claim(tmp_path: Path):
    out = tmp_path / "claims.csv"
    result = runner.invoke(app, ["table", str(LEDGERS), "--out", str(out)])
    assert result.exit_code == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    ledgers = [load(p) for p in sorted(LEDGERS.glob("*.json"))]
    assert [r["id"] for r in rows] == [c.id for ledger in ledgers for c in ledger.claims]
    first = rows[0]
    claim = ledgers[0].claims[0]
    assert (first["source"], first["metric"], first["text"], int(first["start"])) == (
        ledgers[0].source.path,
        claim.metric,
        claim.text,
        claim.start,
    )


def test_filters(tmp_path: Path):
    out = tmp_path / "costs.csv"
    runner.invoke(
        app,
        [
            "table",
            str(LEDGERS),
            "--out",
            str(out),
            "--metric",
            "approval",
            "--product",
            "Equecabtagene Autoleucel",
        ],
    )
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["metric"], r["product"], r["date"]) for r in rows} == {
        ("approval", "equecabtagene autoleucel", "2021"),
        ("approval", "equecabtagene autoleucel", "2023-06"),
    }


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is not None, reason="pyarrow is installed")
def test_parquet_without_pyarrow_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(app, ["table", str(LEDGERS), "--out", str(tmp_path / "c.parquet")])
    assert result.exit_code == 2
    assert "needs pyarrow" in result.stderr
