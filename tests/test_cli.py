"""The command line: exit codes, where output goes, and what is written."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims import __version__
from carclaims.cli import app, main

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ROOT / "data" / "seeds" / "004_6e120a6e491b43b8.txt", src / "a.txt")
    (src / "nested").mkdir()
    (src / "nested" / "b.md").write_text("The ORR was 81% and CR 60%.\n", "utf-8")
    return src


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"carclaims {__version__}"


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("4", "4")])
def test_the_command_keeps_openblas_to_one_thread_unless_the_user_says(monkeypatch, capsys, given, expected):
    """numpy (imported by spaCy) would start OpenBLAS threads that spin beside the workers."""
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "placeholder")
    if given is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS")
    else:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", given)
    monkeypatch.setattr("sys.argv", ["carclaims", "--version"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"carclaims {__version__}"
    assert os.environ["OPENBLAS_NUM_THREADS"] == expected


@pytest.mark.parametrize("command", ["extract", "eval", "schema"])
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: carclaims " + command in result.stdout


_HELP_SCRIPT = """
import sys
from carclaims import cli
if sys.argv[1] == "real":
    import typer.rich_utils  # with rich.markdown and rich.traceback, as typer imports it
sys.argv = ["carclaims", *sys.argv[2:]]
try:
    cli.main()
except SystemExit:
    pass
print("LOADED", sorted(m for m in ("markdown_it", "rich.markdown", "rich.traceback") if m in sys.modules))
import rich.markdown, typer.rich_utils
print("LATER", type(typer.rich_utils.Markdown("x")).__module__, rich.markdown.Markdown.__module__)
"""


@pytest.mark.parametrize("args", [["--help"], [], ["extract", "--help"], ["review", "--help"]])
def test_help_screens_are_typers_own_without_loading_rich_markdown_or_traceback(args):
    """A help screen imports typer's rich help module with rich.markdown and rich.traceback
    stood in (0.07 s of `carclaims --help`): the screen is the one typer renders with the real
    modules, and a later import still gets them. In fresh interpreters, at a fixed width."""
    import subprocess
    import sys

    env = {**os.environ, "COLUMNS": "100", "TERM": "dumb"}

    def run(mode: str) -> list[str]:
        command = [sys.executable, "-c", _HELP_SCRIPT, mode, *args]
        return subprocess.run(
            command, capture_output=True, text=True, env=env, check=True
        ).stdout.splitlines()

    fast, real = run("stand-ins"), run("real")
    assert fast[:-2] == real[:-2] and any("Usage: carclaims" in line for line in fast)
    assert fast[-2] == "LOADED []"
    assert real[-2] == "LOADED ['markdown_it', 'rich.markdown', 'rich.traceback']"
    assert fast[-1] == real[-1] == "LATER rich.markdown rich.markdown"


@pytest.mark.parametrize(
    ("args", "help_"),
    [([], True), (["--help"], True), (["extract", "--help"], True), (["extract", "x"], False)],
)
def test_which_command_lines_show_a_help_screen(args, help_):
    from carclaims.richhelp import asks_for_help

    assert asks_for_help(args) is help_


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name descriptors")
def test_new_ledgers_are_flushed_together_after_the_last_one_is_written(
    corpus: Path, tmp_path: Path, disk_events
):
    out = tmp_path / "out"
    events = disk_events
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    ledgers = [str(out / "a.json"), str(out / "nested" / "b.json")]
    assert events[:2] == [("rename", ledgers[0]), ("rename", ledgers[1])]  # no fsync in between
    assert events[2:] == [("syncfs", str(out))]  # then one flush of their file system
    # a second run replaces nothing (same bytes); a changed source's ledger is flushed before its rename
    (corpus / "nested" / "b.md").write_text("The ORR was 82%.\n", "utf-8")
    events.clear()
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [kind for kind, _ in events] == ["fsync", "rename"] and events[1] == ("rename", ledgers[1])


def test_extract_writes_one_ledger_per_source_keeping_folders(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "a.json",
        "nested/b.json",
    ]
    ledger = json.loads((out / "nested" / "b.json").read_text("utf-8"))
    assert [(c["text"], c["metric"]) for c in ledger["claims"]] == [("81%", "orr"), ("60%", "cr")]
    assert "2 files, 0 failed, 2 ledgers written" in result.stdout
    again = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert "0 ledgers written" in again.stdout


def test_jsonl_streams_claims_to_stdout_and_writes_nothing(corpus: Path, tmp_path: Path):
    result = runner.invoke(
        app,
        [
            "extract",
            str(corpus / "nested" / "b.md"),
            "--format",
            "jsonl",
            "--quiet",
            "--out",
            str(tmp_path / "none"),
        ],
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["81%", "60%"]
    assert not (tmp_path / "none").exists()


def test_a_bad_file_is_reported_and_the_others_still_processed(corpus: Path, tmp_path: Path):
    (corpus / "broken.txt").write_bytes(b"Caf\xe9 \x80\x81 costs 90%")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "broken.txt: not valid UTF-8" in result.stderr
    assert "Traceback" not in result.output
    assert (out / "a.json").exists() and (out / "nested" / "b.json").exists()
    assert not (out / "broken.json").exists()


def test_missing_source_is_exit_2_with_one_line(tmp_path: Path):
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'missing.txt'}: no such file or directory"
    ]


def test_two_sources_writing_the_same_ledger_is_an_error(tmp_path: Path):
    (tmp_path / "x.txt").write_text("CR 90%", "utf-8")
    (tmp_path / "x.md").write_text("CR 80%", "utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "x.md and" in result.stderr and "x.txt" in result.stderr


def test_usage_error_is_exit_2():
    assert runner.invoke(app, ["extract", "--format", "xml", "x"]).exit_code == 2


def test_eval_json_reports_per_metric_scores():
    result = runner.invoke(
        app,
        ["eval", str(ROOT / "data" / "gold"), "--sources", str(ROOT / "data" / "seeds"), "--json"],
    )
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert set(scores) == {"overall", "per_metric", "attribution", "matched_pairs"}
    assert scores["overall"]["gold"] == 162
    assert {"cr", "orr", "cost", "approval"} <= set(scores["per_metric"])


def test_eval_missing_gold_dir_is_exit_2(tmp_path: Path):
    result = runner.invoke(app, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such gold directory" in result.stderr


def test_schema_to_stdout_is_the_committed_schema():
    result = runner.invoke(app, ["schema"])
    assert result.stdout == (ROOT / "schemas" / "ledger.schema.json").read_text("utf-8")


# --- Leaving: the console script exits without the interpreter's teardown -------------------


def _command(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "carclaims", *args], capture_output=True, text=True, timeout=300, **kwargs
    )


def test_the_command_leaves_with_its_status_and_all_it_wrote(tmp_path):
    """`carclaims` leaves through os._exit once its command is done (carclaims.__main__):
    every line it wrote must still come out, and each status must be the command's."""
    seed = ROOT / "data" / "seeds" / "000_dbbe308cca7ffe0f.txt"
    streamed = _command("extract", str(seed), "--format", "jsonl")
    assert streamed.returncode == 0, streamed.stderr
    ledger = json.loads((ROOT / "data" / "extracted" / "000_dbbe308cca7ffe0f.json").read_text("utf-8"))
    assert [json.loads(line)["id"] for line in streamed.stdout.splitlines()] == [
        claim["id"] for claim in ledger["claims"]
    ]
    missing = _command("extract", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 2 and "no such file or directory" in missing.stderr
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "bad.txt").write_bytes(b"\xff\xfe\x00junk \xc3")
    (tmp_path / "src" / "good.txt").write_text("The ORR was 80%.\n", "utf-8")
    failed = _command("extract", str(tmp_path / "src"), "--out", str(tmp_path / "out"), "-q")
    assert failed.returncode == 1 and "bad.txt" in failed.stderr
    assert json.loads((tmp_path / "out" / "good.json").read_text("utf-8"))["claims"][0]["value"]["low"] == 80


def test_a_closed_pipe_is_no_traceback():
    seed = ROOT / "data" / "seeds" / "000_dbbe308cca7ffe0f.txt"
    done = subprocess.run(
        f"'{sys.executable}' -m carclaims extract '{seed}' --format jsonl | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr
