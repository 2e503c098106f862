"""Faults an operator meets (issue 25): a run killed hard, a disk that fills, a folder that turns
read-only, sources that change under the run, two runs on one folder, pathological text. Each
test asserts that nothing already written is lost or corrupted and that the error names the file
and the cause."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from carclaims import engine
from carclaims.cli import app
from carclaims.extract import extract_text
from carclaims.ledger import remove_stale_temp_files

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "data" / "seeds" / "000_dbbe308cca7ffe0f.txt").read_text("utf-8")
GOOD = "The overall response rate was 82% in 111 patients treated with axi-cel.\n"
runner = CliRunner()


def _corpus(folder: Path, count: int, text: str = SEED) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(text, "utf-8")
    return folder


def _wait_for_ledgers(out: Path, count: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(1 for p in out.glob("*.json")) >= count:
            return
        time.sleep(0.05)
    pytest.fail(f"fewer than {count} ledgers in {out} after {timeout} s")


def _whole_ledgers(out: Path) -> list[dict]:
    """Every ledger present parses, and no temp file is left."""
    assert not [p.name for p in out.glob(".*.tmp")]
    return [json.loads(p.read_text("utf-8")) for p in sorted(out.glob("*.json"))]


# --- 1. a run killed with SIGKILL leaves no process behind -------------------------------------


def test_sigkill_leaves_no_worker_forkserver_or_tracker_behind(tmp_path: Path):
    psutil = pytest.importorskip("psutil")
    src, out = _corpus(tmp_path / "src", 300), tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "carclaims", "extract", str(src), "--out", str(out), "-q", "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    tree = []
    try:
        _wait_for_ledgers(out, 3)
        tree = psutil.Process(process.pid).children(recursive=True)
        assert len(tree) >= 2  # workers (and the fork server, the resource tracker) are running
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        deadline = time.monotonic() + 5
        left = tree
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = [p for p in tree if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        assert not left, [" ".join(p.cmdline())[:80] for p in left]
    finally:  # only the killed run's processes: this test process has its own (a resource tracker)
        for child in tree:
            if child.is_running():
                child.kill()
        if process.poll() is None:
            process.kill()
    ledgers = [json.loads(p.read_text("utf-8")) for p in out.glob("*.json")]  # whole, if any
    assert ledgers and all(ledger["claims"] for ledger in ledgers)


def test_a_worker_ends_when_its_parent_does():
    """The watch itself, without a pool: a child told to watch a process that ends, ends."""
    parent = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from carclaims.engine import _worker_init; "
            f"_worker_init({parent.pid}); time.sleep(60); sys.exit(0)",
        ]
    )
    try:
        time.sleep(1.0)
        assert child.poll() is None
        parent.kill()
        parent.wait()
        assert child.wait(timeout=5) == 1
    finally:
        for p in (parent, child):
            if p.poll() is None:
                p.kill()


# --- 3. faults while writing --------------------------------------------------------------------


def _fail_writes(monkeypatch, out: Path, names: set[str], error: int) -> None:
    """Make writing the ledgers `names` in `out` fail with OSError(error), as a full disk or a
    read-only folder does, at the moment the temp file is opened (beside the ledger or in the
    run's staging folder)."""
    real_open = os.open

    def open_(path, flags, *args, **kwargs):
        target = Path(path)
        if out in target.parents and any(target.name.startswith(f".{name}.") for name in names):
            raise OSError(error, os.strerror(error), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)


@pytest.mark.parametrize(
    "error, words",
    [(errno.ENOSPC, "No space left on device"), (errno.EROFS, "Read-only file system")],
    ids=["disk-full", "read-only"],
)
def test_a_ledger_that_cannot_be_written_is_named_and_the_rest_are_written(
    tmp_path: Path, monkeypatch, error, words
):
    src, out = _corpus(tmp_path / "src", 6, GOOD), tmp_path / "out"
    out.mkdir()
    (out / "a002.json").write_text('{"old": true}\n', "utf-8")  # an earlier run's ledger
    _fail_writes(monkeypatch, out, {"a002.json", "a004.json"}, error)
    result = runner.invoke(app, ["extract", str(src), "--out", str(out), "-q"])
    assert result.exit_code == 1
    for name in ("a002.json", "a004.json"):
        assert f"Error: {out / name}: cannot write ({words}); the ledger there is unchanged" in result.stderr
    ledgers = {p.name: json.loads(p.read_text("utf-8")) for p in out.glob("*.json")}
    assert sorted(ledgers) == ["a000.json", "a001.json", "a002.json", "a003.json", "a005.json"]
    assert ledgers["a002.json"] == {"old": True}  # not lost, not half-overwritten
    assert all(ledgers[n]["claims"] for n in ledgers if n != "a002.json")
    assert not list(out.glob(".*"))


def _change_before_reading(monkeypatch, change) -> None:
    """Run `change(path)` on each source after it was listed, right before its bytes are read."""
    real_read = engine.read_bytes

    def read_bytes(path, max_bytes=engine.DEFAULT_MAX_BYTES):
        change(path)
        return real_read(path, max_bytes)

    monkeypatch.setattr(engine, "read_bytes", read_bytes)


def test_a_source_deleted_or_emptied_after_discovery_is_reported(tmp_path: Path, monkeypatch):
    src, out = _corpus(tmp_path / "src", 4, GOOD), tmp_path / "out"

    def change(path: Path) -> None:
        if path.name == "a001.txt":
            path.unlink()  # gone between the listing and the read
        if path.name == "a002.txt":
            path.write_text("", "utf-8")  # truncated to nothing

    _change_before_reading(monkeypatch, change)
    result = runner.invoke(app, ["extract", str(src), "--out", str(out), "-q"])
    assert result.exit_code == 1
    assert f"Error: {src / 'a001.txt'}: no such file" in result.stderr
    assert f"Error: {src / 'a002.txt'}: empty (no text to extract)" in result.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["a000.json", "a003.json"]
    assert all(ledger["claims"] for ledger in _whole_ledgers(out))


def test_a_source_truncated_mid_way_gives_the_ledger_of_what_was_read(tmp_path: Path, monkeypatch):
    src, out = _corpus(tmp_path / "src", 2, GOOD * 3), tmp_path / "out"
    _change_before_reading(
        monkeypatch, lambda path: path.write_text(GOOD, "utf-8") if path.name == "a001.txt" else None
    )
    assert runner.invoke(app, ["extract", str(src), "--out", str(out), "-q"]).exit_code == 0
    ledger = json.loads((out / "a001.json").read_text("utf-8"))
    assert ledger["source"]["chars"] == len(GOOD) and len(ledger["claims"]) == 2


def test_temp_files_of_a_live_run_are_kept_and_a_dead_runs_removed(tmp_path: Path):
    """A second `extract` on the same folder must not delete the first's temp files mid-write
    (its rename would then fail); a killed run's are removed."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live_temp = tmp_path / f".a.json.{os.getppid()}-0a1b2c3d.tmp"
    dead_temp = tmp_path / f".b.json.{dead.pid}-0a1b2c3d.tmp"
    old_style = tmp_path / ".c.json.k3j2h1.tmp"
    for path in (live_temp, dead_temp, old_style):
        path.write_text("{", "utf-8")
    assert remove_stale_temp_files(tmp_path) == 2
    assert [p.name for p in tmp_path.iterdir()] == [live_temp.name]


def test_two_runs_writing_one_folder_both_finish_with_whole_ledgers(tmp_path: Path):
    src, out = _corpus(tmp_path / "src", 120), tmp_path / "out"
    command = [sys.executable, "-m", "carclaims", "extract", str(src), "--out", str(out), "-q"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE)
    _wait_for_ledgers(out, 1)
    second = subprocess.Popen(command, stderr=subprocess.PIPE)
    for process in (first, second):
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
    alone = tmp_path / "alone"
    assert runner.invoke(app, ["extract", str(src / "a000.txt"), "--out", str(alone), "-q"]).exit_code == 0
    expected = (alone / "a000.json").read_text("utf-8").replace(str(src / "a000.txt"), "")
    ledgers = sorted(out.glob("*.json"))
    assert len(ledgers) == 120 and not list(out.glob(".*"))
    for path in ledgers:  # each one whole run's output: the same bytes but for its own name
        assert path.read_text("utf-8").replace(str(src / f"{path.stem}.txt"), "") == expected


# --- 4. pathological text -----------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "0",
        "9",
        "12",
        "3.5",
        "1,000",
        " ",
        "  ",
        "\n",
        "-",
        "–",
        "—",
        "$",
        "€",
        "¥",
        "RMB",
        "%",
        "(",
        ")",
        "[",
        "]",
        "{",
        "|",
        "up to ",
        "and ",
        ", ",
        "respectively",
        ", respectively",
        "Kymriah",
        "Yescarta and Carvykti",
        "ORR ",
        "complete remission ",
        "patients",
        "months",
        "grade ≥3 CRS ",
        "in China and the US",
        "/",
        ":",
        ".",
        "万",
        "亿元",
    ]
)
SECONDS_PER_KB = 0.5  # whole extraction; ordinary articles take about 0.005 s per KB


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
@given(pieces=st.lists(PIECES, min_size=1, max_size=400), repeat=st.integers(min_value=1, max_value=25))
def test_pathological_text_neither_raises_nor_takes_long(pieces, repeat):
    text = "".join(pieces) * repeat
    started = time.perf_counter()
    ledger = extract_text(text)
    elapsed = time.perf_counter() - started
    assert elapsed <= max(1.0, SECONDS_PER_KB * len(text.encode("utf-8")) / 1000), (elapsed, len(text))
    for claim in ledger.claims:
        assert text[claim.start : claim.end] == claim.text
