"""Hostile input: mixed directories, encodings, HTML, limits, interrupts, paths and links.
Every bad file gets a one-line reason, good files get correct ledgers, nothing is half-written."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims.cli import app
from carclaims.ledger import Ledger

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
GOOD = "The overall response rate was 92% and the CR rate 72.0% in B-ALL; it costs €320,000.\n"
PAGE = """<!doctype html><html><head><title>t</title><style>p{color:red}</style>
<script>var price = "$999,999";</script></head><body><nav>Home | 99% off</nav>
<article><h1>CAR-T in Germany</h1>
<p>The overall response rate was 92%&nbsp;and &amp; costs reached &euro;350,000.</p>
<table><tr><th>Product</th><th>ORR</th><th>CR</th></tr>
<tr><td>Carvykti</td><td>97%</td><td>67%</td></tr></table>
</article><footer>© 2025</footer></body></html>
"""


def load(path: Path) -> Ledger:
    return Ledger.model_validate_json(path.read_text("utf-8"))


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, "utf-8")
    (src / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "latin1.txt").write_bytes("Café-goers in Zürich heard the ORR was 92%.\n".encode("latin-1"))
    (src / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (src / "empty.md").write_bytes(b"")
    (src / "page.html").write_text(PAGE, "utf-8")
    (src / "loop.txt").symlink_to(src / "loop2.txt")
    (src / "loop2.txt").symlink_to(src / "loop.txt")
    os.mkfifo(src / "pipe.txt")
    (src / "sub").mkdir()
    (src / "sub" / "back").symlink_to(src, target_is_directory=True)  # a directory link loop
    return src


def extract(src: Path, out: Path, *extra: str):
    return runner.invoke(app, ["extract", str(src), "--out", str(out), *extra])


def test_a_mixed_directory_is_processed_in_one_run(mixed: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = extract(mixed, out)
    assert result.exit_code == 1
    reasons = {line.split(": ", 2)[1].rsplit("/", 1)[-1]: line for line in result.stderr.splitlines()}
    assert "not a text file (contains NUL bytes)" in reasons["binary.txt"]
    assert "not valid UTF-8 (byte 3)" in reasons["latin1.txt"] and "--encoding" in reasons["latin1.txt"]
    assert "empty" in reasons["empty.md"]
    assert "Too many levels of symbolic links" in reasons["loop.txt"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert len(result.stderr.splitlines()) == len(reasons) == 6  # one line each (loop2 too)
    assert sorted(p.name for p in out.iterdir()) == [
        "bom.json",
        "good.json",
        "page.json",
        "page.txt",
        "utf16.json",
    ]
    claims = {
        name: [(c.text, c.metric) for c in load(out / f"{name}.json").claims]
        for name in ("good", "bom", "utf16")
    }
    assert (
        claims["good"]
        == claims["bom"]
        == claims["utf16"]
        == [
            ("92%", "orr"),
            ("72.0%", "cr"),
            ("€320,000", "cost"),
        ]
    )
    assert load(out / "utf16.json").source.encoding == "utf-16"
    assert load(out / "bom.json").source.encoding == "utf-8-sig"
    assert "4 failed" in result.stdout or "6 failed" in result.stdout


def test_a_declared_fallback_decodes_latin1(mixed: Path, tmp_path: Path):
    out = tmp_path / "out"
    extract(mixed, out, "--encoding", "cp1252")
    ledger = load(out / "latin1.json")
    assert ledger.source.encoding == "cp1252"
    text = (mixed / "latin1.txt").read_bytes().decode("cp1252")
    assert [(c.text, c.metric, text[c.start : c.end]) for c in ledger.claims] == [("92%", "orr", "92%")]


def test_unknown_encoding_is_a_usage_error(tmp_path: Path):
    result = extract(tmp_path, tmp_path / "out", "--encoding", "klingon")
    assert result.exit_code == 2 and "unknown encoding" in result.stderr


def test_html_page_text_beside_the_ledger_and_exact_html_offsets(mixed: Path, tmp_path: Path):
    out = tmp_path / "out"
    extract(mixed, out)
    ledger = load(out / "page.json")
    text = (out / "page.txt").read_text("utf-8")
    assert ledger.html is not None and ledger.html.text_file == "page.txt"
    assert [(c.text, c.metric, c.product) for c in ledger.claims] == [
        ("92%", "orr", None),
        ("€350,000", "cost", None),
        ("97%", "orr", "ciltacabtagene autoleucel"),
        ("67%", "cr", "ciltacabtagene autoleucel"),
    ]
    assert "$999,999" not in text and "99% off" not in text  # scripts and navigation are dropped
    for claim in ledger.claims:
        assert text[claim.start : claim.end] == claim.text
    by_id = {c.id: c for c in ledger.claims}
    assert set(ledger.html.offsets) == {
        c.id for c in ledger.claims if c.text != "€350,000"
    }  # &euro; is not verbatim
    for claim_id, (start, end) in ledger.html.offsets.items():
        assert PAGE[start:end] == by_id[claim_id].text
    assert all(c.region == "Europe" for c in ledger.claims)


def test_size_limit_skips_with_a_reason(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "big.txt").write_text(GOOD * 200, "utf-8")
    result = extract(src, tmp_path / "out", "--max-size", "0.01")
    assert result.exit_code == 1
    assert "MB limit (raise it with --max-size)" in result.stderr


def test_strict_stops_at_the_first_failure(mixed: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = extract(mixed, out, "--strict")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "binary.txt" in result.stderr  # the first file in sorted order: nothing after it ran
    assert not out.exists() or list(out.iterdir()) == []


def test_ledgers_never_escape_out(tmp_path: Path):
    src, out, elsewhere = tmp_path / "src", tmp_path / "out", tmp_path / "elsewhere"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(GOOD, "utf-8")
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    result = extract(src, out)
    assert result.exit_code == 1 and "would write outside" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_symlinked_ledger_is_not_written_through(tmp_path: Path):
    """Folders are checked once per run; a ledger file that is a link is checked on its own."""
    src, out, elsewhere = tmp_path / "src", tmp_path / "out", tmp_path / "elsewhere"
    src.mkdir()
    for name in ("a", "b", "c"):
        (src / f"{name}.txt").write_text(GOOD, "utf-8")
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "b.json").write_text("theirs", "utf-8")
    (out / "b.json").symlink_to(elsewhere / "b.json")
    result = extract(src, out)
    assert result.exit_code == 1 and "b.txt: would write outside" in result.stderr
    assert (elsewhere / "b.json").read_text("utf-8") == "theirs"
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "c.json"]


def test_leftover_temp_files_of_a_killed_run_are_removed(tmp_path: Path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text(GOOD, "utf-8")
    (out / ".a.json.k3j2h1.tmp").write_text('{"half": ', "utf-8")
    (out / "notes.tmp").write_text("not ours", "utf-8")
    assert extract(src, out).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "notes.tmp"]


def _default_sigint() -> None:
    """In the child, before exec: Ctrl-C's default action. A suite started in the background by a
    non-interactive shell (`make test &`, some CI runners) ignores SIGINT, every child inherits
    that, and Python then leaves SIGINT ignored: the run would finish instead of stopping (the
    failure this suite once showed, now and then, with no visible cause)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one-process", "two-workers"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_an_interrupted_run_leaves_old_or_new_ledgers_and_no_temp_files(tmp_path: Path, sig, jobs):
    """Exit 143 for SIGTERM and 130 for SIGINT (as a shell reports them), every ledger old or new."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    seed = (ROOT / "data" / "seeds" / "000_dbbe308cca7ffe0f.txt").read_text("utf-8")
    for i in range(400):
        (src / f"a{i:03d}.txt").write_text(seed, "utf-8")
    out.mkdir()
    for i in range(400):
        (out / f"a{i:03d}.json").write_text('{"old": true}\n', "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "carclaims", "extract", str(src), "--out", str(out), "-q", "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum(1 for p in out.glob("a*.json") if p.stat().st_size > 100) < 3:
        time.sleep(0.05)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + sig, stderr
    contents = [json.loads(p.read_text("utf-8")) for p in out.iterdir()]
    assert len(contents) == 400 and not list(out.glob(".*"))
    new = [c for c in contents if "claims" in c]
    assert 3 <= len(new) < 400 and all(c == {"old": True} for c in contents if "claims" not in c)
    assert b"Interrupted" in stderr


@pytest.mark.parametrize("delay", [0.0, 0.2, 0.5, 1.0])
def test_ctrl_c_to_the_terminal_while_workers_start_stops_quietly(tmp_path: Path, delay: float):
    """A Ctrl-C reaches the whole process group: the command, the fork server (while it warms
    up, in the second after the command starts it) and the workers. The run stops with 130 and
    its message, no process prints a traceback (the server's warm-up and a worker forked for a
    dropped pool once did), and none is left behind."""
    psutil = pytest.importorskip("psutil")
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(200):
        (src / f"a{i:03d}.txt").write_text(GOOD * 20, "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "carclaims", "extract", str(src), "--out", str(out), "-q", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not psutil.Process(process.pid).children() and time.monotonic() < deadline:
        time.sleep(0.01)  # until the command starts the fork server (its handler is installed)
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"Traceback" not in stderr and b"Interrupted after" in stderr, stderr
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        left = [p for p in psutil.process_iter(["pid"]) if _group(p) == process.pid]
        if not left:
            break
        time.sleep(0.1)
    assert not left, [" ".join(p.cmdline())[:80] for p in left]
    # where the workers wrote ledgers (they take every core), none is half-written and nothing
    # of theirs (a temp file, a staging folder) is left in the output folder
    written = list(out.glob("*.json")) if out.is_dir() else []
    assert all(json.loads(ledger.read_text("utf-8"))["claims"] for ledger in written)
    assert not out.is_dir() or not list(out.glob(".*"))
    # every file there is a whole ledger: the temp files made ahead for the ledgers not written
    # are removed, and so is the folder made for them if none was written
    written = sorted(out.rglob("*")) if out.exists() else []
    assert all(p.suffix == ".json" and json.loads(p.read_text("utf-8"))["claims"] for p in written), written
    assert out.exists() == bool(written)


CAUGHT_FROM_SOURCE = """import signal, sys
from carclaims import interrupts

def stop():
    raise KeyboardInterrupt(signal.SIGINT)

try:
    exec("stop()")  # as dataclasses and namedtuple run generated source
except KeyboardInterrupt:
    if sys.argv[1:] == ["forget"]:
        interrupts.forget_unhandled()
sys.exit(130)
"""


@pytest.mark.parametrize("forget, status", [(True, 130), (False, -signal.SIGINT)])
def test_an_interrupt_caught_from_generated_source_keeps_the_exit_status(
    tmp_path: Path, forget: bool, status: int
):
    """Under `python -m`, CPython ends a process by SIGINT at exit when a KeyboardInterrupt
    once left code compiled from a string, even though it was caught (the -2 this suite's
    Ctrl-C test showed now and then). `forget_unhandled` keeps the status the command chose.
    The second case pins the reason: if CPython stops doing this, the helper can go."""
    (tmp_path / "caught_from_source.py").write_text(CAUGHT_FROM_SOURCE, "utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "caught_from_source"] + (["forget"] if forget else []),
        cwd=tmp_path,
        capture_output=True,
        preexec_fn=_default_sigint,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT / "src")])},
        timeout=60,
    )
    assert process.returncode == status, process.stderr


INTERRUPTED_IMPORT = """import os, signal, sys
from carclaims import engine, interrupts

def interrupt_the_import(event, args):
    if event == "import" and args[0] == "carclaims.ledger":
        os.kill(os.getpid(), signal.SIGINT)  # lands in the ledger module's body, unless held

sys.addaudithook(interrupt_the_import)
signal.signal(signal.SIGINT, interrupts.handler)
try:
    engine.extract_batch([("a.txt", "a.json", b"The ORR was 92%.")], engine.Options())
except KeyboardInterrupt as stop:
    print("stopped", stop.args)
from carclaims.ledger import Ledger
print(Ledger.__pydantic_complete__)
"""


def test_a_ctrl_c_while_the_first_batch_imports_waits_for_the_imports():
    """The first batch in a process imports spaCy and builds the ledger models: a Ctrl-C in
    the middle came out as pydantic's SchemaError with a traceback (exit 1). It is raised once
    the imports are done, and the models are whole."""
    process = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_IMPORT],
        capture_output=True,
        text=True,
        preexec_fn=_default_sigint,
        timeout=120,
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.split("\n")[:2] == ["stopped (2,)", "True"], process.stderr


def test_a_signal_before_extract_handles_it_is_held_for_it():
    """Between `main` starting the fork server and `extract` taking over, SIGINT and SIGTERM
    are held, and `deliver` raises the one that came as the handler's KeyboardInterrupt."""
    from carclaims import interrupts

    previous = {sig: signal.getsignal(sig) for sig in interrupts.STOP_SIGNALS}
    try:
        interrupts.hold_until_handled()
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.2)  # the handler has run by now (between bytecodes), and held it
        with pytest.raises(KeyboardInterrupt) as stopped:
            interrupts.deliver()
        assert stopped.value.args == (signal.SIGTERM,)
        interrupts.deliver()  # once only: nothing held, nothing raised
        with pytest.raises(KeyboardInterrupt):  # and the handler raises at once again
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.2)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _group(process) -> int | None:
    try:
        return os.getpgid(process.pid)
    except OSError:
        return None


def test_output_names_keep_the_source_folders_only(tmp_path: Path):
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "a" / "b" / "x.md").write_text(GOOD, "utf-8")
    out = tmp_path / "out"
    assert extract(src, out).exit_code == 0
    assert [p.relative_to(out).as_posix() for p in out.rglob("*.json")] == ["a/b/x.json"]
    assert shutil.which("true")  # the test machine has a POSIX userland (mkfifo, symlinks)


def test_a_permission_denied_file_is_reported_not_fatal(tmp_path: Path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, "utf-8")
    (src / "locked.txt").write_text(GOOD, "utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # tests run as root, where chmod 000 still reads
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = tmp_path / "out"
    result = extract(src, out)
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("locked.txt: cannot read (Permission denied)")
    assert [p.name for p in out.iterdir()] == ["a.json"]
