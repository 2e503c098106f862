"""When the workers take every core, each writes the ledgers of its own files (engine
`Options.write_to`): what the command reports and leaves on disk must be what it is when this
process writes them. These runs start a real pool of two workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims import engine, ledger
from carclaims.cli import app

runner = CliRunner()
GOOD = "In the trial of 40 patients, the overall response rate was 81% and CR 60%.\n"
PAGE = (
    "<html><body><article><p>The overall response rate was 92% in 20 patients.</p></article></body></html>\n"
)


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    """`--jobs 2` takes every core, whatever this machine has."""
    monkeypatch.setattr(engine, "default_jobs", lambda: 2)


def _corpus(src: Path, count: int = 12) -> Path:
    (src / "sub").mkdir(parents=True)
    for i in range(count):
        (src / f"a{i:03}.txt").write_text(GOOD.replace("81", str(50 + i)), "utf-8")
    (src / "sub" / "page.html").write_text(PAGE, "utf-8")
    return src


def _extract(src: Path, out: Path, *extra: str):
    return runner.invoke(app, ["extract", str(src), "--out", str(out), "--jobs", "2", *extra])


def test_the_summary_counts_what_the_workers_wrote_and_a_second_run_changes_nothing(tmp_path: Path):
    src, out = _corpus(tmp_path / "src"), tmp_path / "out"
    first = _extract(src, out)
    assert first.exit_code == 0, first.output
    assert "13 files, 0 failed, 13 ledgers written" in first.stdout
    assert (
        (out / "sub" / "page.txt").read_text("utf-8").strip().startswith("The overall response rate was 92%")
    )
    claims = json.loads((out / "a003.json").read_text("utf-8"))["claims"]
    assert [(c["metric"], c["value"]["low"]) for c in claims] == [
        ("patient_count", 40),
        ("orr", 53),
        ("cr", 60),
    ]
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = _extract(src, out)
    assert again.exit_code == 0
    assert "13 files, 0 failed, 0 ledgers written" in again.stdout
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == stamps  # nothing rewritten
    assert sorted(p.name for p in out.glob(".*")) == []  # no temp file or staging folder


def test_the_new_files_the_workers_made_are_flushed_to_disk_at_the_end(tmp_path: Path, monkeypatch):
    src, out = _corpus(tmp_path / "src"), tmp_path / "out"
    out.mkdir()
    (out / "a001.json").write_text("an older ledger\n", "utf-8")  # replaced, and flushed then
    flushed: list[Path] = []

    def flush(paths):
        flushed.extend(paths)
        paths.clear()
        return []

    monkeypatch.setattr(ledger, "flush_files", flush)
    result = _extract(src, out, "-q")
    assert result.exit_code == 0, result.output
    made = {out / f"a{i:03}.json" for i in range(12)} - {out / "a001.json"}
    assert set(flushed) == made | {out / "sub" / "page.json", out / "sub" / "page.txt"}


def test_a_ledger_a_worker_cannot_write_is_named_and_the_others_are_written(tmp_path: Path):
    src, out = _corpus(tmp_path / "src"), tmp_path / "out"
    (out / "a004.json").mkdir(parents=True)  # where the ledger should go: a folder
    result = _extract(src, out, "-q")
    assert result.exit_code == 1
    assert result.stderr.count("Error: ") == 1
    assert f"Error: {out / 'a004.json'}: cannot write (Is a directory); the ledger there is unchanged" in (
        result.stderr
    )
    assert len(list(out.glob("a*.json"))) == 12 and (out / "a004.json").is_dir()
    assert not list(out.glob(".*"))


def test_a_worker_writes_nothing_through_a_linked_folder_or_ledger(tmp_path: Path):
    src, out, elsewhere = _corpus(tmp_path / "src"), tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "theirs.json").write_text("theirs", "utf-8")
    (out / "a002.json").symlink_to(elsewhere / "theirs.json")
    result = _extract(src, out, "-q")
    assert result.exit_code == 1
    problems = sorted(line for line in result.stderr.splitlines() if line.startswith("Error: "))
    assert problems == [
        f"Error: {src / 'a002.txt'}: would write outside {out}",
        f"Error: {src / 'sub' / 'page.html'}: would write outside {out}",
    ]
    assert sorted(p.name for p in elsewhere.iterdir()) == ["theirs.json"]
    assert (elsewhere / "theirs.json").read_text("utf-8") == "theirs"


def test_a_new_output_folder_is_made_by_the_workers(tmp_path: Path):
    src, out = _corpus(tmp_path / "src"), tmp_path / "new" / "deeper" / "out"
    result = _extract(src, out, "-q")
    assert result.exit_code == 0, result.output
    assert len(list(out.rglob("*.json"))) == 13
    assert not list(out.glob(".*"))
