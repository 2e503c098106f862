"""Engines: in-process, worker processes and a Dask cluster write the same ledgers byte for byte,
in the same order, with the same failures."""

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carclaims import engine, nlp
from carclaims.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
PAGE = (
    "<html><body><article><h1>CAR-T in Germany</h1><p>The overall response rate was 92% and "
    "costs reached &euro;350,000.</p></article></body></html>\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """More files than one batch, a nested folder, an HTML page and a file that cannot be read."""
    src = tmp_path_factory.mktemp("corpus")
    seeds = sorted((ROOT / "data" / "seeds").glob("*.txt"))
    for i in range(4):
        for seed in seeds:
            shutil.copy(seed, src / f"{i}-{seed.name}")
    (src / "nested").mkdir()
    (src / "nested" / "page.html").write_text(PAGE, "utf-8")
    (src / "nested" / "latin1.txt").write_bytes("CR was 40% in Zürich".encode("latin-1"))
    return src


def _extract(src: Path, out: Path, *extra: str):
    return runner.invoke(app, ["extract", str(src), "--out", str(out), "-q", *extra])


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def in_process(corpus: Path, tmp_path_factory) -> tuple[Path, object]:
    """One job on a one-core machine: extracted in this process."""
    out = tmp_path_factory.mktemp("jobs1")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "default_jobs", lambda: 1)
        patch.setattr(engine, "_start_pool", _no_pool)
        return out, _extract(corpus, out, "--jobs", "1")


def _no_pool(jobs: int):
    raise AssertionError(f"a pool of {jobs} was started")


@pytest.mark.parametrize(("cores", "pools"), [(2, [1]), (8, [1])])
def test_one_job_with_a_spare_core_extracts_in_one_worker_beside_the_writer(
    corpus: Path, tmp_path: Path, in_process, monkeypatch, cores, pools
):
    """--jobs 1 where another core is free: one worker process extracts while this one reads
    and writes; the same ledgers and messages as extracting in-process."""
    out, first = in_process
    started: list[int] = []
    real_start = engine._start_pool

    def start(jobs: int):
        started.append(jobs)
        return real_start(jobs)

    monkeypatch.setattr(engine, "default_jobs", lambda: cores)
    monkeypatch.setattr(engine, "_start_pool", start)
    result = _extract(corpus, tmp_path, "--jobs", "1")
    assert started == pools
    assert result.exit_code == 1
    assert _files(tmp_path) == _files(out)
    assert result.stderr == first.stderr


def test_a_handful_of_files_is_extracted_in_process_whatever_the_jobs(tmp_path: Path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for seed in sorted((ROOT / "data" / "seeds").glob("*.txt"))[:3]:
        shutil.copy(seed, src / seed.name)
    monkeypatch.setattr(engine, "_start_pool", _no_pool)
    for jobs in ("1", "4"):
        result = _extract(src, tmp_path / f"out{jobs}", "--jobs", jobs)
        assert result.exit_code == 0, result.output
        assert len(list((tmp_path / f"out{jobs}").glob("*.json"))) == 3


def test_in_process_run_writes_every_good_file_and_reports_the_bad_one(in_process):
    out, result = in_process
    assert result.exit_code == 1
    assert "latin1.txt: not valid UTF-8 (byte 15)" in result.stderr
    written = _files(out)
    assert len([n for n in written if n.endswith(".json")]) == 21
    assert "nested/page.txt" in written  # the text an HTML ledger's offsets index


@pytest.mark.parametrize("cores", [2, 4], ids=["workers-write", "this-process-writes"])
def test_worker_processes_write_the_same_ledgers_byte_for_byte(
    corpus: Path, tmp_path: Path, in_process, monkeypatch, cores
):
    out, first = in_process
    monkeypatch.setattr(engine, "default_jobs", lambda: cores)
    result = _extract(corpus, tmp_path, "--jobs", "2")
    assert result.exit_code == 1
    assert _files(tmp_path) == _files(out)
    assert not list(tmp_path.glob(".*"))  # no temp file, no staging folder
    assert result.stderr == first.stderr  # the same failures and warnings, in the same order


def test_jsonl_streams_claims_in_discovery_order_whatever_the_engine(corpus: Path):
    one = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl", "-q", "--jobs", "1"])
    two = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl", "-q", "--jobs", "2"])
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) > 600


def test_ledger_names_that_collide_stop_the_run_before_anything_is_written(tmp_path: Path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("ORR 81%.", "utf-8")
    (src / "a.md").write_text("ORR 82%.", "utf-8")
    result = _extract(src, out, "--jobs", "2")
    assert result.exit_code == 2
    assert "would both write a.json" in result.stderr
    assert not out.exists()


def test_a_worker_rebuilds_its_pipeline_after_many_documents(monkeypatch):
    monkeypatch.setattr(engine, "DOCS_PER_PIPELINE", 3)
    monkeypatch.setattr(engine, "_documents_seen", 0)
    item = ("a.txt", "a.json", b"The ORR was 81%.")
    before = nlp.pipeline()
    engine.extract_batch([item, item], engine.Options())
    assert nlp.pipeline() is before
    results = engine.extract_batch([item, item], engine.Options())
    assert nlp.pipeline() is not before  # memory from the documents so far is let go
    assert results[0].metrics == {"orr": 1}


def test_long_lived_objects_are_frozen_and_a_rebuilt_pipeline_lets_the_old_one_go(monkeypatch):
    """The first batch runs with the cyclic collector off and freezes what it built (the
    collector no longer scans it), then switches it back on; after a pipeline rebuild the old
    pipeline is let go and the new one built and frozen the same way."""
    import gc
    import weakref

    monkeypatch.setattr(engine, "DOCS_PER_PIPELINE", 3)
    monkeypatch.setattr(engine, "_documents_seen", 0)
    monkeypatch.setattr(engine, "_frozen", False)
    item = ("a.txt", "a.json", b"The ORR was 81%.")
    collecting = []
    real_extract = engine._extract_batch

    def spy(items, options):
        collecting.append(gc.isenabled())
        return real_extract(items, options)

    monkeypatch.setattr(engine, "_extract_batch", spy)
    try:
        gc.unfreeze()
        engine.extract_batch([item], engine.Options())
        assert gc.get_freeze_count() > 0 and engine._frozen and gc.isenabled()
        engine.extract_batch([item], engine.Options())  # 2 documents: not rebuilt yet
        assert collecting == [False, True]  # off while the first batch builds what lasts, then on
        old = weakref.ref(nlp.pipeline())
        engine.extract_batch([item], engine.Options())  # 3 documents: rebuilt, frozen again
        assert collecting == [False, True, False]
        assert engine._frozen and gc.get_freeze_count() > 0 and gc.isenabled()
        gc.collect()
        assert old() is None  # not kept alive by the freeze
    finally:
        gc.unfreeze()
        gc.enable()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "dask"], "--engine dask needs --scheduler ADDRESS"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
        (["--engine", "spark"], "'spark' is not one of"),
        (["--jobs", "0"], "Invalid value for '--jobs'"),
    ],
)
def test_engine_options_are_checked(corpus: Path, tmp_path: Path, options, message):
    result = _extract(corpus, tmp_path, *options)
    assert result.exit_code == 2
    assert message in result.stderr


def test_an_unreachable_scheduler_is_a_one_line_error(corpus: Path, tmp_path: Path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "1s")
    result = _extract(corpus, tmp_path, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert "--scheduler tcp://127.0.0.1:9: cannot connect" in result.stderr
    assert not list(tmp_path.iterdir())


def test_the_dask_engine_writes_the_same_ledgers_as_the_local_one(corpus: Path, tmp_path: Path, in_process):
    distributed = pytest.importorskip("distributed")
    out, first = in_process
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        result = _extract(corpus, tmp_path, "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 1
    assert _files(tmp_path) == _files(out)
    assert result.stderr == first.stderr


def test_a_dead_worker_or_a_failing_cluster_is_one_error_line_not_a_traceback():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    died: Future = Future()
    died.set_exception(BrokenProcessPool("gone"))
    with pytest.raises(engine.EngineError, match="a worker process died"):
        engine._local_result(died)
    failed: Future = Future()
    failed.set_exception(ModuleNotFoundError("No module named 'carclaims'"))
    with pytest.raises(engine.EngineError, match="ModuleNotFoundError.*have carclaims installed"):
        engine._dask_result(failed)


def test_without_a_terminal_a_long_run_says_how_far_it_is(corpus: Path, tmp_path: Path, monkeypatch):
    from carclaims import cli

    monkeypatch.setattr(cli, "PROGRESS_LINE_SECONDS", 0.0)
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(tmp_path), "--jobs", "1"])
    lines = [line for line in result.stderr.splitlines() if line.startswith("extracting: ")]
    assert lines[0].startswith("extracting: 1/22 files, ") and lines[-1].startswith("extracting: 22/22 files")
    quiet = _extract(corpus, tmp_path, "--jobs", "1")
    assert "extracting: " not in quiet.stderr


def test_results_closed_before_any_is_read_stop_the_workers_they_started(corpus: Path):
    """Workers start when the run is made (their start-up overlaps the caller's); closing the
    results unread must still stop them, not leave them to the interpreter's exit."""
    results = engine.run([corpus], engine.Options(), jobs=2)
    pool = results._pool
    results._starting.join()  # started at once, one per job, in a thread of their own
    workers = list(pool._processes.values())
    assert len(workers) == 2
    results.close()
    assert all(not worker.is_alive() for worker in workers)
    assert results._pool is None
    results.close()  # a second close is harmless


def test_a_run_read_to_the_end_stops_its_workers_without_a_close(corpus: Path):
    results = engine.run([corpus], engine.Options(), jobs=2)
    results._starting.join()
    workers = list(results._pool._processes.values())
    names = [result.name for result in results]
    assert len(names) == 22 and names == sorted(names, key=names.index)
    assert all(not worker.is_alive() for worker in workers)


def _worker_state() -> tuple[bool, int, list[str]]:
    import threading

    return engine._warmed, engine._documents_seen, sorted(t.name for t in threading.enumerate())


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_workers_are_forked_warm_from_the_fork_server(corpus: Path):
    """The fork server extracted WARM_UP once, before forking: a worker starts with its
    document counter at that one document (it did not warm up again) and runs no thread but
    its own and the parent watch (the server ran none a fork would lose)."""
    results = engine.run([corpus], engine.Options(), jobs=2)
    try:
        state = results._pool.submit(_worker_state).result(timeout=120)
    finally:
        results.close()
    assert state == (True, 1, ["MainThread", "carclaims-parent-watch"])


def test_the_fork_server_warm_up_starts_no_thread_on_a_cold_cache(tmp_path: Path):
    """On a cold cache (the first run after an install) the warm-up compiles no Hyperscan
    database (a fork would not copy the compiling thread) and takes no lock: each worker reads
    or compiles the databases itself, as it did without the server's warm-up."""
    code = (
        "import threading; from carclaims import engine, extract; engine.warm_fork_server(); "
        "sets = (extract.document_patterns(), extract.cue_patterns()); "
        "print(threading.active_count(), engine._warmed, [s._builder for s in sets])"
    )
    env = {**os.environ, "CARCLAIMS_CACHE": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["1", "True", "[None,", "None]"], done.stderr
    assert not list(tmp_path.glob("*.lock")) and not list(tmp_path.glob("hs-*.db"))


def test_more_sources_than_counts_no_further_than_asked(tmp_path: Path):
    for name in ("a.txt", "b.md", "c.html", "skip.json"):
        (tmp_path / name).write_text("x", "utf-8")
    assert engine.more_sources_than([tmp_path], 2)
    assert not engine.more_sources_than([tmp_path], 3)
    assert engine.more_sources_than([tmp_path, tmp_path / "a.txt"], 3)
    with pytest.raises(engine.InputError, match="no such file"):
        engine.more_sources_than([tmp_path / "missing"], 0)


@pytest.mark.parametrize(
    ("files", "jobs", "cores", "started"), [(9, "2", 2, 1), (9, "1", 2, 1), (8, "2", 2, 0), (9, "1", 1, 0)]
)
def test_the_fork_server_is_started_early_only_for_a_run_that_uses_workers(
    tmp_path: Path, monkeypatch, files, jobs, cores, started
):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(files):
        (src / f"{i}.txt").write_text("The ORR was 50%.\n", "utf-8")
    calls: list[None] = []
    monkeypatch.setattr(engine, "prestart_workers", lambda: calls.append(None))
    monkeypatch.setattr(engine, "default_jobs", lambda: cores)
    result = _extract(src, tmp_path / "out", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert len(calls) == started
    assert len(list((tmp_path / "out").glob("*.json"))) == files


@pytest.mark.parametrize(
    ("args", "started"),
    [
        (["--jobs", "2"], 1),
        (["-j2", "--out={out}"], 1),  # joined forms, as the parser reads them
        (["--jobs", "1"], 1),  # one worker beside this process (2 cores)
        ([], 1),  # --jobs defaults to the cores
        (["--engine", "dask"], 0),  # no local workers (and the command fails: no --scheduler)
        (["--jobs", "0"], 0),  # refused by the command
        (["--jobs", "two"], 0),  # refused by the command
        (["--bogus"], 0),  # refused by the command
    ],
)
def test_main_starts_the_fork_server_before_typer_converts_the_options(
    tmp_path: Path, monkeypatch, capsys, args, started
):
    """`carclaims extract` (the console script's `main`) starts the workers' fork server
    before typer is loaded, for exactly the runs `extract` would start it for (which asks
    again: the server is one), and the command then runs as it would have."""
    from carclaims import __main__ as entry_point

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(9):
        (src / f"{i}.txt").write_text("The ORR was 50%.\n", "utf-8")
    callers: list[str] = []  # who asked for the fork server, in order
    monkeypatch.setattr(engine, "prestart_workers", lambda: callers.append(sys._getframe(1).f_code.co_name))
    monkeypatch.setattr(engine, "default_jobs", lambda: 2)
    real_run = engine.run
    monkeypatch.setattr(engine, "run", lambda *a, **k: real_run(*a, **{**k, "in_process": True}))
    argv = ["carclaims", "extract", str(src), "--out", str(out), "-q", *(a.format(out=out) for a in args)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exit_:
        entry_point.run()
    if started:
        assert callers == ["start_workers", "extract"]
        assert exit_.value.code == 0
        assert len(list(out.glob("*.json"))) == 9
    else:
        assert callers == []
        assert exit_.value.code != 0
        assert "Error" in capsys.readouterr().err


def test_main_leaves_a_small_run_and_other_commands_alone(tmp_path: Path, monkeypatch):
    from carclaims import __main__ as entry_point

    src = tmp_path / "src"
    src.mkdir()
    for i in range(8):
        (src / f"{i}.txt").write_text("The ORR was 50%.\n", "utf-8")
    calls: list[None] = []
    monkeypatch.setattr(engine, "prestart_workers", lambda: calls.append(None))
    for argv in (
        ["extract", str(src), "--out", str(tmp_path / "out"), "-q", "--jobs", "2"],  # 8 files: here
        ["extract", str(tmp_path / "missing"), "--jobs", "2"],
        ["eval", str(tmp_path), "--sources", str(src)],
    ):
        monkeypatch.setattr(sys, "argv", ["carclaims", *argv])
        with pytest.raises(SystemExit):
            entry_point.run()
    assert calls == []


def test_the_entry_point_and_the_fork_server_do_not_load_the_command_line():
    """Each worker runs the console script again; what it imports there, and what the fork
    server imports before forking them, leave out typer and rich (they are for the parent)."""
    code = (
        "import sys, carclaims.__main__, carclaims.forkwarm;"
        "print(sorted(m for m in ('typer', 'rich', 'carclaims.cli') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["[]"], done.stderr
    assert engine.FORK_SERVER_PRELOAD == ("carclaims.forkwarm",)


@pytest.mark.parametrize(
    ("files", "extra", "cores", "workers_write"),
    [
        (9, ("--jobs", "2"), 2, True),  # the workers take every core
        (9, ("--jobs", "4"), 4, True),
        (9, (), 2, True),  # the default: every core
        (9, ("--jobs", "1"), 2, False),  # a core to spare: this process writes beside the worker
        (9, ("--jobs", "2"), 4, False),
        (9, ("--jobs", "2", "--strict"), 2, False),  # in order: nothing after the first failure
        (8, ("--jobs", "2"), 2, False),  # extracted in this process
    ],
)
def test_workers_write_the_ledgers_only_when_they_take_every_core(
    tmp_path: Path, monkeypatch, files, extra, cores, workers_write
):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(files):
        (src / f"{i}.txt").write_text("The ORR was 50%.\n", "utf-8")
    asked: list[str | None] = []
    real_run = engine.run

    def run(inputs, options, **kwargs):
        asked.append(options.write_to)
        return real_run(inputs, options, **kwargs)

    monkeypatch.setattr(engine, "run", run)
    monkeypatch.setattr(engine, "default_jobs", lambda: cores)
    result = _extract(src, out, *extra)
    assert result.exit_code == 0, result.output
    assert asked == [str(out) if workers_write else None]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{i}.json" for i in range(files))


def test_the_jsonl_stream_never_asks_workers_to_write(tmp_path: Path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(9):
        (src / f"{i}.txt").write_text("The ORR was 50%.\n", "utf-8")
    asked: list[str | None] = []
    real_run = engine.run
    monkeypatch.setattr(
        engine,
        "run",
        lambda inputs, options, **kw: asked.append(options.write_to) or real_run(inputs, options, **kw),
    )
    result = runner.invoke(app, ["extract", str(src), "--format", "jsonl", "-q", "--jobs", "2"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 9
    assert asked == [None]


def test_the_warm_up_text_reaches_the_rule_families_a_worker_will_need():
    """A worker's initializer extracts WARM_UP so that its first real batch finds the pipeline
    and the rule tables built: the text must go through linking, not stop at the scanner."""
    (result,) = engine.extract_batch([("<warm-up>", "", engine.WARM_UP.encode())], engine.Options())
    assert result.failure is None
    assert result.metrics == {"orr": 1, "cr": 1, "patient_count": 1, "cost": 1}


class _Starting:
    """A stand-in for a pool's start that is still running for `calls` questions."""

    def __init__(self, calls: int) -> None:
        self.calls = calls

    def running(self) -> bool:
        self.calls -= 1
        return self.calls >= 0


def _batches(count: int, size: int):
    for i in range(count):
        yield [(f"{i}.txt", f"{i}.json", b"x" * size)]


def test_sources_are_read_ahead_while_the_workers_start_up_to_a_bound(monkeypatch):
    monkeypatch.setattr(engine, "READ_AHEAD_BYTES", 25)
    batches = _batches(10, 10)
    held = engine._read_while(_Starting(100), batches)
    assert [batch[0][0] for batch in held] == ["0.txt", "1.txt", "2.txt"]  # 30 bytes >= 25
    assert next(batches)[0][0] == "3.txt"  # the rest is read later, in order


def test_reading_ahead_stops_when_the_workers_are_started():
    batches = _batches(10, 10)
    held = engine._read_while(_Starting(2), batches)
    assert len(held) == 2
    assert next(batches)[0][0] == "2.txt"
    assert len(engine._read_while(_Starting(100), _batches(3, 10))) == 3  # a short corpus: all


def test_a_pool_whose_workers_cannot_start_raises_that_error_to_the_caller():
    class Pool:
        def submit(self, function):
            raise OSError(11, "Resource temporarily unavailable")

    starting = engine._PoolStart(Pool(), 2)
    with pytest.raises(OSError, match="temporarily unavailable"):
        starting.wait()
    assert not starting.running()
