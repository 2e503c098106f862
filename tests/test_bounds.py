"""Per-file bounds: one file can neither stall nor starve a run (--max-claims, --file-timeout)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.engine import read_batches
from carclaims.errors import LimitError
from carclaims.extract import Bounds, check_density, extract_items

runner = CliRunner()
GOOD = "The overall response rate was 92% in 97 patients treated; the therapy costs $373,000.\n"
DENSE_UNIT = "ORR of 92% and CR 81% cost $373,000-$475,000 "


# The peak memory of one run's processes, measured in a wrapper of its own: this test process's
# RUSAGE_CHILDREN holds the largest child of every earlier test too (a browser, a build).
_PEAK_MARK = "PEAK_KB="
_PEAK_OF_CHILD = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    f"print('{_PEAK_MARK}' + str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _item(name: str, text: str):
    return (name, name.replace(".txt", ".json"), text.encode("utf-8"))


def test_a_ten_megabyte_run_of_figures_fails_alone_and_fast(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a_dense.txt").write_text(DENSE_UNIT * (10_000_000 // len(DENSE_UNIT)), "utf-8")
    (src / "b_binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "c_utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (src / "d_good.txt").write_text(GOOD, "utf-8")
    out = tmp_path / "out"
    started = time.perf_counter()
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            _PEAK_OF_CHILD,
            sys.executable,
            "-m",
            "carclaims",
            "extract",
            str(src),
            "--out",
        ]
        + [str(out), "--jobs", "2", "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert time.perf_counter() - started < 120
    assert run.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["c_utf16.json", "d_good.json"]
    dense_errors = [line for line in run.stderr.splitlines() if "a_dense.txt" in line]
    assert len(dense_errors) == 1 and "--max-claims 20,000" in dense_errors[0]
    assert any("b_binary.txt" in line and "not a text file" in line for line in run.stderr.splitlines())
    peak_kb = int(run.stderr.rsplit(_PEAK_MARK, 1)[1])  # this run's largest process
    assert peak_kb < 1_000_000


def test_more_claims_than_the_limit_fail_the_file_with_the_limit_named(tmp_path: Path):
    (tmp_path / "many.txt").write_text("The ORR was 92%. " * 300, "utf-8")  # 300 claims, 300 numbers
    (tmp_path / "few.txt").write_text(GOOD, "utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--max-claims", "100"]
    )
    assert result.exit_code == 1
    assert "many.txt: more than 100 claims (--max-claims 100); not extracted" in result.output
    assert (tmp_path / "out" / "few.json").exists() and not (tmp_path / "out" / "many.json").exists()


def test_up_to_the_limit_a_file_is_extracted():
    outcomes = list(
        extract_items([_item("many.txt", "The ORR was 92%. " * 300)], bounds=Bounds(max_claims=300))
    )
    assert outcomes[0].failure is None and len(outcomes[0].ledger.claims) == 300


def test_a_text_with_more_numbers_than_its_claims_could_use_is_refused_unparsed():
    check_density("1 2 3 4 5", "ok.txt", max_claims=1)  # five numbers: at most five per claim
    try:
        check_density("1 2 3 4 5 6", "junk.txt", max_claims=1)
    except LimitError as error:
        assert str(error).startswith("junk.txt: over 5 numbers, more than --max-claims 1 can use")
    else:
        raise AssertionError("six numbers passed a limit of five")


def test_a_file_over_its_time_budget_fails_and_its_batch_neighbours_do_not():
    slow = DENSE_UNIT * 20_000  # about 0.9 MB of figures: several seconds of rules
    items = [_item("before.txt", GOOD), _item("slow.txt", slow), _item("after.txt", GOOD)]
    started = time.perf_counter()
    outcomes = list(extract_items(items, bounds=Bounds(max_claims=10_000_000, file_timeout=0.3)))
    assert time.perf_counter() - started < 5
    assert [o.failure is None for o in outcomes] == [True, False, True]
    assert (
        outcomes[1].failure.reason == "slow.txt: took longer than 0.3 s (--file-timeout 0.3); not extracted"
    )
    assert outcomes[2].ledger.claims[0].value.low == 92


def test_a_timeout_dropped_inside_a_finalizer_fires_again():
    """Python prints and drops an exception raised while a __del__ runs (a browser driver's,
    collected mid-extraction, did this in CI): the alarm repeats until the file gives up."""
    from carclaims.extract import time_budget

    class SlowToDie:
        def __del__(self):
            until = time.perf_counter() + 0.3
            while time.perf_counter() < until:  # the alarm (0.1 s) fires in here: dropped
                pass

    started = time.perf_counter()
    with pytest.raises(LimitError, match="took longer than 0.1 s"), time_budget(0.1, "x.txt"):
        SlowToDie()  # dies at once: its __del__ runs now
        while time.perf_counter() - started < 3:
            pass
    assert time.perf_counter() - started < 1


def test_the_repeated_alarm_does_not_replace_a_timeout_being_handled():
    """The alarm repeats every RETIMEOUT_SECONDS until the budget's exit disarms it. Freeing
    what a page of figures built (half a million claim fields) can outlast the repeat, which
    then came due inside the exit itself, before it disarmed: the slow page of the test above
    it failed as "extraction failed (_Timeout)" in 2 of 12 runs, with the alarm still armed.
    So a repeat that comes while a timeout is being handled does nothing."""
    import signal

    from carclaims.extract import _Timeout, time_budget

    repeat_returned = False
    with pytest.raises(LimitError, match="took longer than 5 s"), time_budget(5, "x.txt"):
        expire = signal.getsignal(signal.SIGALRM)
        try:
            expire(signal.SIGALRM, None)  # the alarm
        except _Timeout:
            expire(signal.SIGALRM, None)  # its repeat, while the timeout is handled
            repeat_returned = True
            raise
    assert repeat_returned
    assert signal.getsignal(signal.SIGALRM) is not expire  # disarmed


def test_a_large_file_goes_in_a_batch_of_its_own(tmp_path: Path):
    for name in ("a.txt", "b.txt", "d.txt"):
        (tmp_path / name).write_text(GOOD, "utf-8")
    (tmp_path / "c.txt").write_text("x " * 300_000, "utf-8")
    batches = [[Path(path).name for path, _, _ in batch] for batch in read_batches([tmp_path])]
    assert batches == [["a.txt", "b.txt"], ["c.txt"], ["d.txt"]]
