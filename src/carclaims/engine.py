"""Running extraction over a corpus: in this process, in worker processes, or on a Dask cluster.

The parent walks the inputs and reads each file's bytes; a worker decodes, parses and extracts a
small batch of files (one `nlp.pipe` call) and sends back finished JSON, never a Python object
graph, for the parent to write; or, when the workers take every core, writes the ledgers itself
and sends back what it wrote (`Options.write_to`). Results come back in discovery order
through a bounded window of batches in flight, so memory does not grow with the corpus, the
output order does not depend on the engine, and every engine writes the same ledgers byte for
byte.
"""

from __future__ import annotations

import gc
import itertools
import os
import select
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import interrupts
from .errors import CarclaimsError, InputError, UsageError
from .ingest import DEFAULT_MAX_BYTES, Item, discover, ledger_name, read_bytes

if TYPE_CHECKING:
    from .ledger import LedgerWriter

BATCH_FILES = 8  # files per task: one nlp.pipe call, and little inter-process chatter
BATCH_BYTES = 2_000_000  # ...unless they are large
OWN_BATCH_BYTES = 500_000  # a file this large goes alone: its time is not its neighbours' wait
WINDOW_PER_WORKER = 4  # batches in flight per worker: enough to keep workers busy, no more
DOCS_PER_PIPELINE = 2_000  # a worker rebuilds its spaCy pipeline after this many documents:
# the vocabulary and the tokenizer cache keep every new string they see ("$373,000", "92.3%")
CONNECT_TIMEOUT = "20s"  # to reach a Dask scheduler


class EngineError(CarclaimsError):
    """The workers could not finish the run (exit status 1; the ledgers written are whole)."""


@dataclass(frozen=True, slots=True)
class Options:
    """What every file of a run is extracted with."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    claim_lines: bool = False  # also return one compact JSON line per claim (--format jsonl)
    max_claims: int = 20_000  # extract.DEFAULT_MAX_CLAIMS (not imported here: the parent stays light)
    file_timeout: float | None = 300.0  # extract.DEFAULT_FILE_TIMEOUT
    write_to: str | None = None  # the output folder, when the worker writes the ledgers (`_write_here`)


@dataclass(frozen=True, slots=True)
class FileResult:
    """One file's outcome, as plain strings: cheap to send between processes."""

    path: str
    name: str  # the ledger's path below --out
    ledger_json: str | None = None
    failure: str | None = None
    html_text: str | None = None  # the page's text, written beside the ledger of an HTML source
    html_text_file: str | None = None
    metrics: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    claim_lines: tuple[str, ...] = ()
    # What a worker wrote itself (Options.write_to), when it did: the ledgers it changed (0 or
    # 1), the problems it met (each a line to report) and the new files to flush at the end.
    written: int | None = None
    write_problems: tuple[str, ...] = ()
    new_files: tuple[str, ...] = ()


def default_jobs() -> int:
    """The cores this process may use (the affinity mask, which containers narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def more_sources_than(inputs: list[Path], count: int) -> bool:
    """Whether the inputs hold more than `count` sources, walking no further than that (is a
    pool worth starting, before `survey` has walked them all). Raises InputError."""
    return next(itertools.islice(discover(inputs), count, None), None) is not None


def extracts_here(inputs: list[Path], workers: int) -> bool:
    """Whether a run with `workers` jobs extracts in this process rather than in workers: for
    a handful of files (starting a worker would take longer than the work), and for one job on
    one core (handing each result over would be the only change). One job with a spare core
    runs one worker, and this process reads the sources and writes the ledgers beside it.
    Raises InputError."""
    return (workers == 1 and default_jobs() < 2) or not more_sources_than(inputs, BATCH_FILES)


def survey(inputs: list[Path]) -> list[str]:
    """The ledger name of every source, in discovery order, after checking that no two of them
    would write the same ledger (which would otherwise be found half-way through a run).
    Raises InputError."""
    names: dict[str, str] = {}
    for path, relative in discover(inputs):
        name = ledger_name(relative)
        if name in names:
            raise InputError(f"{names[name]} and {path} would both write {name}")
        names[name] = path.as_posix()
    return list(names)


def extract_batch(items: list[Item], options: Options) -> list[FileResult]:
    """Extract a batch of files whose bytes were read by the caller. Runs in workers: it needs
    no file system, and what it returns is plain strings."""
    _count_documents(len(items))
    if _frozen:
        return _extract_batch(items, options)
    from .patterncache import reading_re

    gc.disable()  # what the first batch imports and builds lives for the whole run
    try:
        with reading_re():  # the patterns that first batch compiles are read from the cache
            return _extract_batch(items, options)
    finally:
        _freeze_long_lived()


def _extract_batch(items: list[Item], options: Options) -> list[FileResult]:
    with interrupts.held():  # the first batch in this process imports spaCy and the ledger models
        from .extract import Bounds, extract_items
        from .ledger import claim_json, dumps
        from .records import claim_line

    results = []
    bounds = Bounds(options.max_claims, options.file_timeout)
    for outcome in extract_items(items, options.encoding, bounds, records=True):
        path, name, ledger, record = outcome.path.as_posix(), outcome.name, outcome.ledger, outcome.record
        if record is not None:  # the common case: a text source whose claims all passed
            source_path = record.data["source"]["path"]  # type: ignore[index]
            results.append(
                FileResult(
                    path,
                    name,
                    ledger_json=record.json,
                    metrics=dict(Counter(c["metric"] for c in record.claims)),  # type: ignore[misc]
                    warnings=tuple(
                        f"{source_path}:{w['line']}:{w['column']}: {w['message']}" for w in record.warnings
                    ),
                    claim_lines=tuple(claim_line(c) for c in record.claims) if options.claim_lines else (),
                )
            )
            continue
        if ledger is None:
            results.append(
                FileResult(path, name, failure=outcome.failure.reason if outcome.failure else None)
            )
            continue
        results.append(
            FileResult(
                path,
                name,
                ledger_json=dumps(ledger),
                html_text=outcome.text if ledger.html is not None else None,
                html_text_file=ledger.html.text_file if ledger.html is not None else None,
                metrics=dict(Counter(c.metric for c in ledger.claims)),
                warnings=tuple(
                    f"{ledger.source.path}:{w.line}:{w.column}: {w.message}" for w in ledger.warnings
                ),
                claim_lines=tuple(claim_json(c) for c in ledger.claims) if options.claim_lines else (),
            )
        )
    if options.write_to is not None:
        return [_write_here(result, options.write_to) for result in results]
    return results


_writers: dict[str, tuple[LedgerWriter, Callable[[str], bool], list[Path]]] = {}  # by output folder


def _write_here(result: FileResult, out: str) -> FileResult:
    """Write a result's files in this worker, as the parent would (atomically, through a
    staging folder of this process), and return it without them. When the workers take every
    core, the parent's writing competed with them for the cores (and the GIL of the thread
    that receives their results): 0.3-0.4 s of a 1,920-file run, 5-10% of its time on two
    cores. The parent removes the workers' staging folders once they have ended."""
    if result.ledger_json is None:
        return result
    from .ledger import LedgerWriter, escape_check, escape_problem

    if out not in _writers:
        new: list[Path] = []
        writer = LedgerWriter(new, threaded=False, staging_in=Path(out))
        _writers[out] = (writer, escape_check(Path(out)), new)
    writer, escapes, new = _writers[out]
    kept = replace(result, ledger_json=None, html_text=None, written=0)
    if escapes(result.name):
        return replace(kept, write_problems=(escape_problem(result.path, out),))
    target = Path(out) / result.name
    if result.html_text is not None and result.html_text_file is not None:
        writer.submit(target.with_name(result.html_text_file), result.html_text, counted=False)
    writer.submit(target, result.ledger_json)
    done = writer.finished()
    new_files = tuple(path.as_posix() for path in new)
    new.clear()
    return replace(
        kept,
        written=sum(item.written for item in done if item.counted and item.error is None),
        write_problems=tuple(item.problem() for item in done if item.error is not None),
        new_files=new_files,
    )


_documents_seen = 0
_frozen = False


def _count_documents(count: int) -> None:
    """Rebuild the spaCy pipeline now and then, so that a long run's memory stays flat."""
    global _documents_seen, _frozen
    _documents_seen += count
    if _documents_seen >= DOCS_PER_PIPELINE:
        from .nlp import reset_pipeline

        gc.unfreeze()  # the old pipeline's cycles must be collectable again
        _frozen = False
        reset_pipeline()
        gc.collect()
        _documents_seen = 0


def _freeze_long_lived() -> None:
    """What is alive after the first batch stays alive for the whole run: the imported modules,
    the spaCy pipeline, the compiled rule tables, the ledger models' validators (~160,000
    objects). The cyclic collector scanned them again and again while they were built (three
    full passes, 0.24 s of a 1,920-file run, and 0.14 s of younger ones) and would keep doing
    so; the first batch runs with it off, then `gc.freeze()` takes them out of its sight for
    good and it is switched back on for what each document allocates. Reference counting
    still frees frozen objects; the few cycles made while it was off are kept."""
    global _frozen
    if not _frozen:
        from .patterncache import store

        store()  # the rule patterns the first batch compiled, for the next process (if new)
        gc.freeze()
        gc.enable()
        _frozen = True


def read_batches(inputs: list[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[list[Item]]:
    """Batches of (path, ledger name, bytes or the reason they could not be read), read lazily
    in discovery order. A missing input path raises InputError."""
    problems: list[tuple[Path, str]] = []
    batch: list[Item] = []
    size = 0
    for path, relative in discover(inputs, problems):
        for bad, reason in problems:  # a directory that could not be listed
            yield [(bad.as_posix(), "", reason)]
        problems.clear()
        try:
            data: bytes | str = read_bytes(path, max_bytes)
        except InputError as exc:
            data = str(exc)
        if len(data) >= OWN_BATCH_BYTES:
            if batch:
                yield batch
                batch, size = [], 0
            yield [(path.as_posix(), ledger_name(relative), data)]
            continue
        batch.append((path.as_posix(), ledger_name(relative), data))
        size += len(data)
        if len(batch) >= BATCH_FILES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    for bad, reason in problems:
        yield [(bad.as_posix(), "", reason)]
    if batch:
        yield batch


def _in_order(
    batches: Iterator[list[Item]],
    submit: Callable[[list[Item]], object],
    result: Callable[[object], list[FileResult]],
    workers: int,
) -> Iterator[FileResult]:
    """Keep a few batches per worker in flight; yield their results in submission order."""
    window: deque = deque()
    for batch in batches:
        window.append(submit(batch))
        if len(window) >= workers * WINDOW_PER_WORKER:
            yield from result(window.popleft())
    while window:
        yield from result(window.popleft())


PARENT_POLL_SECONDS = 0.5  # how often a worker looks for its parent where no pidfd tells it


def _worker_init(parent_pid: int) -> None:
    """Workers leave Ctrl-C to the parent, which stops the run and cleans up; and they exit as
    soon as the parent is gone, whatever killed it (SIGKILL, the OOM killer, a CI timeout), so
    that no worker is left holding memory with no one to send work."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.name == "nt":  # os.kill(pid, 0) would end the parent there; no pidfd either
        return
    threading.Thread(
        target=_exit_with, args=(parent_pid,), name="carclaims-parent-watch", daemon=True
    ).start()


def _exit_with(parent_pid: int) -> None:
    """Block until process `parent_pid` ends, then end this one at once (no cleanup: the parent
    that would receive its results is gone). A pidfd (Linux 5.3+) wakes on the death itself;
    elsewhere the parent is polled."""
    try:
        fd = os.pidfd_open(parent_pid)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
        os._exit(1)
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if not _alive(parent_pid):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by another user (pid reused: treat as gone would be wrong)
        return True
    return True


def run(
    inputs: list[Path],
    options: Options,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    in_process: bool | None = None,
) -> Results:
    """A FileResult for every source, in discovery order; `close()` the results when done
    (it stops the workers). The `jobs` worker processes are started at once, so that their
    start-up (spaCy's import, the rule tables) overlaps what the caller does before it reads
    the first result; with `in_process` (the default for one job) this process extracts, and
    no worker is started. Engine "dask" sends batches to the Dask scheduler at `scheduler`."""
    batches = read_batches(inputs, options.max_bytes)
    if engine == "dask":
        return Results(_run_dask(batches, options, scheduler))
    if engine != "local":
        raise UsageError(f"--engine {engine}: not one of local, dask")
    if in_process or (in_process is None and jobs <= 1):
        return Results(result for batch in batches for result in extract_batch(batch, options))
    pool, starting = _start_pool(max(1, jobs))
    return Results(_on_pool(pool, starting, batches, options, jobs), pool, starting)


def _on_pool(
    pool, starting: _PoolStart, batches: Iterator[list[Item]], options: Options, jobs: int
) -> Iterator[FileResult]:
    try:
        ahead = _read_while(starting, batches)
        starting.wait()
        yield from _in_order(
            itertools.chain(ahead, batches),
            lambda batch: pool.submit(extract_batch, batch, options),
            _local_result,
            jobs,
        )
    finally:  # finished, failed or closed: queued batches are cancelled, the workers stopped
        starting.join()
        pool.shutdown(wait=True, cancel_futures=True)


READ_AHEAD_BYTES = 64_000_000  # what is read while the workers start is held, up to this much


def _read_while(starting: _PoolStart, batches: Iterator[list[Item]]) -> list[list[Item]]:
    """The batches read while the workers are being started. Their start (the fork server's
    imports and warm-up) keeps one core busy and this process waits; reading the sources
    meanwhile takes that work off the cores the workers will share once they run."""
    held: list[list[Item]] = []
    size = 0
    while starting.running() and size < READ_AHEAD_BYTES:
        batch = next(batches, None)
        if batch is None:
            break
        held.append(batch)
        size += sum(len(data) for _, _, data in batch)
    return held


class Results:
    """The results of a run, as an iterator; `close()` cancels what is queued and stops the
    workers, whether or not any result was read."""

    def __init__(self, results: Iterator[FileResult], pool=None, starting: _PoolStart | None = None) -> None:
        self._results = results
        self._pool = pool
        self._starting = starting

    def __iter__(self) -> Iterator[FileResult]:
        return self

    def __next__(self) -> FileResult:
        return next(self._results)

    def close(self) -> None:
        close = getattr(self._results, "close", None)
        if close is not None:
            close()
        if self._pool is not None:
            if self._starting is not None:  # every worker it starts is then stopped
                self._starting.join()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# What the fork server imports before it forks a worker: the warm-up (carclaims.forkwarm).
# Not the command line: the console script that each worker runs again as __mp_main__
# imports only carclaims.__main__.
FORK_SERVER_PRELOAD = ("carclaims.forkwarm",)


def prestart_workers() -> None:
    """Start the fork server now, where there is one: it imports and warms up, once, what every
    worker needs (`warm_fork_server`) while this process surveys and reads the inputs, and the
    workers `run` forks from it later start warm."""
    _start_fork_server(_context())


def _start_fork_server(context) -> None:
    """Start the fork server (where `context` forks from one) unless it runs, with SIGINT
    blocked in it. A Ctrl-C reaches the whole foreground process group, and the parent decides
    what it stops; the server ends with it. Without the block, a Ctrl-C during the server's
    start or warm-up printed the server's traceback. Blocked, not ignored: a Ctrl-C meanwhile
    reaches this process as soon as the block is lifted (the resource tracker's own way)."""
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver, resource_tracker

    resource_tracker.ensure_running()  # first: starting it unblocks SIGINT in this thread
    block = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if block else None
    try:
        forkserver.ensure_running()
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _context():
    """Workers are forked from a fork server where the platform has one (not forked from this
    process, which may run threads: the progress bar), else spawned."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(FORK_SERVER_PRELOAD))  # read when the server starts
    return context


_warmed = False  # the warm-up ran in this process (or in the fork server it was forked from)


def warm_fork_server() -> None:
    """The fork server's warm-up (carclaims.forkwarm): the imports, the spaCy pipeline and the
    rule tables that each worker would build on its own (0.7 s), built once before any worker
    is forked. Each worker then starts warm and shares those pages with the server until it
    writes to them (`gc.freeze` keeps the collector from writing to them). No Hyperscan database
    is compiled here (`multiscan.cache_only`): a worker compiles one the cache lacks, as before."""
    from . import multiscan

    with multiscan.cache_only():
        _warm_up()


def _warm_up() -> None:
    global _warmed
    extract_batch([("<warm-up>", "", WARM_UP.encode())], Options())
    _warmed = True


def _start_pool(jobs: int) -> tuple[object, _PoolStart]:
    """A process pool whose `jobs` workers are being started (and warmed up) now, in a thread
    of their own (`_PoolStart`): asking the fork server for a worker waits for its warm-up."""
    from concurrent.futures import ProcessPoolExecutor

    context = _context()
    _start_fork_server(context)  # unless `prestart_workers` did
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    return pool, _PoolStart(pool, jobs)


class _PoolStart:
    """The start of a pool's workers, in a thread: the pool starts a worker per task submitted
    while none is idle. `wait()` before submitting work (the pool's lock is held meanwhile)."""

    def __init__(self, pool, jobs: int) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._start, args=(pool, jobs), name="carclaims-pool-start")
        self._thread.daemon = True
        self._thread.start()

    def _start(self, pool, jobs: int) -> None:
        try:
            for _ in range(jobs):
                pool.submit(_ready)
        except BaseException as error:  # noqa: BLE001  raised again by `wait`, in the caller
            self._error = error

    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self) -> None:
        self._thread.join()

    def wait(self) -> None:
        """Return when the workers are started; raise what stopped their start."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def _worker_start(parent_pid: int) -> None:
    """A worker's initializer: watch the parent, then build what every batch needs (the
    imports, the spaCy pipeline, the rule tables) by extracting a line of text, unless the fork
    server it came from did (`warm_fork_server`)."""
    _worker_init(parent_pid)
    if not _warmed:
        _warm_up()


WARM_UP = "In a trial of 10 patients, the ORR was 50% and CR 40%; one infusion costs $100,000.\n"  # made up


def _ready() -> None:
    """A task that does nothing: submitting it makes the pool start a worker."""


def _local_result(future) -> list[FileResult]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise EngineError(
            "a worker process died (killed, or out of memory?); ledgers written so far are complete"
        ) from None


def _dask_result(future) -> list[FileResult]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001  whatever the cluster raised, said in one line
        raise EngineError(
            f"the Dask cluster failed a batch ({type(exc).__name__}: {exc}); do its workers have"
            " carclaims installed?"
        ) from None


def _run_dask(batches: Iterator[list[Item]], options: Options, scheduler: str | None) -> Iterator[FileResult]:
    if not scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--engine dask needs the dask extra: pip install 'carclaims[dask]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except OSError as exc:
        raise UsageError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
    with client:
        yield from _in_order(
            batches,
            lambda batch: client.submit(extract_batch, batch, options, pure=False),
            _dask_result,
            max(1, sum(client.nthreads().values())),
        )
