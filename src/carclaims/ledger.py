"""The ledger: pydantic models of CLAIMS.md section 4, strict validation, deterministic JSON,
atomic writes and the JSON Schema generated from the models."""

from __future__ import annotations

import collections
import errno
import functools
import hashlib
import json
import os
import queue
import re
import secrets
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator

from .errors import InputError
from .interrupts import held
from .rules import COUNT_METRICS, METRICS
from .staging import STAGING_NAME, make_staging

SCHEMA_VERSION = "1"
Bound = Literal["eq", "range", "gt", "ge", "lt", "le", "approx"]
Indication = Literal[
    "B-ALL",
    "LBCL",
    "B-NHL",
    "B-cell malignancies",
    "MM",
    "hematologic malignancies",
    "FL",
    "MCL",
    "CLL",
    "gastric cancer",
    "pancreatic cancer",
    "liver cancer",
    "solid tumors",
    "T-ALL",
]
Region = Literal["China", "US", "Europe", "US/Europe", "global"]
# ISO 4217 codes a cost may carry: every currency the scanner knows (normalise.CURRENCY_PREFIXES
# and CURRENCY_SUFFIXES; a test keeps the two in step)
CURRENCIES = frozenset(
    "USD CNY EUR GBP NZD AUD CAD HKD SGD CHF INR JPY KRW MYR ILS RUB BRL MXN TWD THB TRY PHP VND NGN AED SAR"
    " ZAR IDR PKR EGP PLN SEK NOK DKK HUF CZK KZT COP ARS CLP".split()
)
_PERCENT_METRICS = frozenset(
    {
        "orr",
        "cr",
        "mrd_negative",
        "dcr",
        "success_rate",
        "relapse",
        "crs",
        "neurotoxicity",
        "adverse_event",
    }
)


def _compact(number: float | None) -> float | int | None:
    if number is None:
        return None
    return int(number) if float(number).is_integer() else number


class Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    low: float | None
    high: float | None
    unit: str
    bound: Bound
    date: str | None = None

    @field_serializer("low", "high")
    def _numbers(self, number: float | None) -> float | int | None:
        return _compact(number)

    @model_validator(mode="after")
    def _consistent(self) -> Value:
        low, high, bound = self.low, self.high, self.bound
        for number in (low, high):
            if number is not None and (number != number or number in (float("inf"), float("-inf"))):
                raise ValueError("value must be finite")
        if self.unit == "date":
            if low is not None or high is not None or bound != "eq" or not self.date:
                raise ValueError("a date value has low/high null, bound eq and a date")
            return self
        if self.date is not None:
            raise ValueError("only date values carry a date")
        if bound in ("eq", "approx") and (low is None or low != high):
            raise ValueError(f"bound {bound} needs low == high")
        if bound == "range" and (low is None or high is None or not low < high):
            raise ValueError("bound range needs low < high")
        if bound in ("gt", "ge") and (low is None or high is not None):
            raise ValueError(f"bound {bound} needs low and no high")
        if bound in ("lt", "le") and (high is None or low is not None):
            raise ValueError(f"bound {bound} needs high and no low")
        return self


AttributionLevel = Literal[
    "sentence",  # the claim's own sentence or clause: stated
    "row_label",  # its table row's label
    "row",  # another cell of its table row
    "header",  # its table column's header
    "paragraph",  # an earlier sentence of its paragraph, or the paragraph before
    "intro",  # the line that introduces its list or table
    "lead",  # the paragraph above that
    "heading",  # a heading above it
    "topic",  # the article's title and opening
    "currency",  # a price's currency (CNY -> China)
    "study",  # the named study the figure is credited to (ELIANA -> tisagenlecleucel)
    "respectively",  # the i-th name of a "…, respectively" list
]
AttributedField = Literal["product", "indication", "region", "population", "study"]


class Origin(BaseModel):
    """Where an attributed field's value came from: the context and the words in it that name it
    ([start, end) offsets into the source text, like the claim's own)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    level: AttributionLevel
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class Claim(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    metric: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    sentence: str
    value: Value
    approx: bool = False
    hedge: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    statistic: Literal["median", "mean"] | None = None
    timepoint: str | None = Field(default=None, pattern=r"^P\d+[DWMY]$")
    ci: tuple[float, float] | None = None
    event: str | None = None
    grade: str | None = None
    study: str | None = None
    product: str | None = None
    indication: Indication | None = None
    region: Region | None = None
    population: Literal["pediatric", "adult"] | None = None
    rule: str
    # per attributed field, the context that gave its value and where those words are
    attributed_from: dict[AttributedField, Origin] = Field(default_factory=dict)

    @field_serializer("numerator", "denominator")
    def _counts(self, number: float | None) -> float | int | None:
        return _compact(number)

    @field_serializer("ci")
    def _ci(self, ci: tuple[float, float] | None) -> list[float | int | None] | None:
        return None if ci is None else [_compact(ci[0]), _compact(ci[1])]

    @model_validator(mode="after")
    def _consistent(self) -> Claim:
        if self.metric not in METRICS:
            raise ValueError(f"unknown metric {self.metric!r}")
        if not self.start < self.end or self.end - self.start != len(self.text):
            raise ValueError("start < end and end - start == len(text) must hold")
        unit = self.value.unit
        if self.metric == "cost" and unit not in CURRENCIES:
            raise ValueError(f"cost needs an ISO 4217 currency code, not {unit!r}")
        if self.metric == "approval" and unit != "date":
            raise ValueError("approval claims have unit 'date'")
        if self.metric in _PERCENT_METRICS and unit not in ("%", "count"):
            raise ValueError(f"{self.metric} is a percentage or a count of patients")
        # an outcome told as a number of patients ("25 patients were still alive") is a count
        if self.metric in ("pfs", "efs", "os", "dor") and unit not in ("%", "months", "years", "count"):
            raise ValueError(f"{self.metric} is a percentage, a duration or a count of patients")
        if self.metric == "cost_reduction" and unit not in ("%", "x"):
            raise ValueError("cost_reduction is a percentage or a factor")
        if self.metric in COUNT_METRICS and unit not in ("count", "%"):
            raise ValueError(f"{self.metric} is a count")
        if self.value.bound == "approx" and not self.approx:
            raise ValueError("an approx bound needs approx: true")
        for field_name, origin in self.attributed_from.items():
            if getattr(self, field_name) is None or not origin.start < origin.end:
                raise ValueError(f"attributed_from.{field_name} needs a value and start < end")
        return self


class SourceInfo(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")  # of the bytes as stored
    chars: int = Field(ge=0)  # of the text the offsets index
    encoding: str = "utf-8"  # what the bytes were decoded with


class HtmlInfo(BaseModel):
    """For a source that was an HTML page: where its extracted text is, and for each claim whose
    text stands verbatim in the page, its [start, end) character offsets in the decoded HTML."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text_file: str  # beside the ledger: the text that claim offsets index
    chars: int = Field(ge=0)
    offsets: dict[str, tuple[int, int]]


class ExtractorInfo(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Literal["carclaims"] = "carclaims"
    version: str


class Warning(BaseModel):
    """Something in the source a reviewer should look at that is not itself a claim: a CAR-T
    product name missing from the product table (kept verbatim in `product`, not guessed), or a
    claim a rule made that failed validation and was dropped (the rest of the ledger is kept)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["unknown_product", "dropped_claim"]
    text: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    message: str
    rule: str | None = None  # for a dropped claim: the rule that made it


class Ledger(BaseModel):
    """One ledger file: every claim of one source, sorted by start, end, metric."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: SourceInfo
    extractor: ExtractorInfo
    claims: list[Claim]
    warnings: list[Warning] = Field(default_factory=list)
    html: HtmlInfo | None = None

    @model_validator(mode="after")
    def _sorted(self) -> Ledger:
        keys = [(c.start, c.end, c.metric) for c in self.claims]
        if keys != sorted(keys):
            raise ValueError("claims must be sorted by start, end, metric")
        if len(set(keys)) != len(keys):
            raise ValueError("two claims share start, end and metric")
        return self


def claim_id(source_sha256: str, version: str, start: int, end: int, metric: str) -> str:
    """Deterministic id: same source bytes + extractor version give the same ids."""
    digest = hashlib.sha256(f"{source_sha256}:{version}:{start}:{end}:{metric}".encode()).hexdigest()
    return f"c-{digest[:16]}"


def dumps(ledger: Ledger) -> str:
    """Pretty JSON with stable key order and a trailing newline: byte-identical on a rerun.
    (pydantic's serializer, four times faster than json.dumps with an indent.)"""
    with held():  # a Ctrl-C in a serializer is an interrupt, not a serialization error
        return ledger.model_dump_json(indent=2) + "\n"


_DURATION_MONTHS = {"Y": 12, "M": 1}


def timepoint_key(timepoint: str | None) -> str | None:
    """A time point in one unit, for comparing: "P1Y" and "P12M" are one time point ("after one
    year", "12-month"), as are "P2Y" and "P24M"; days and weeks stay as they are."""
    if timepoint is None or timepoint[-1] not in _DURATION_MONTHS:
        return timepoint
    return f"P{int(timepoint[1:-1]) * _DURATION_MONTHS[timepoint[-1]]}M"


def field_key(name: str, value: object) -> object:
    """A claim field's value as comparisons across claims see it (time points in months)."""
    return timepoint_key(value) if name == "timepoint" and isinstance(value, str) else value


def claim_json(claim: Claim) -> str:
    """One claim as a single JSON line (for --format jsonl)."""
    with held():  # as in dumps
        return claim.model_dump_json()


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _temp_name(path: Path, staging: Path | None = None) -> Path:
    """A temp file's name beside `path` (or in the `staging` folder): hidden, and carrying this
    process's id (for `remove_stale_temp_files`)."""
    return (staging or path.parent) / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"


def _create(temp: Path) -> int:
    """Create the new file `temp` (and its folder if need be) for writing; its descriptor."""
    try:
        return os.open(temp, _CREATE, 0o666)  # the umask applies, as for open()
    except FileNotFoundError:  # the folder first (not tried for every file: a system call each)
        temp.parent.mkdir(parents=True, exist_ok=True)
        return os.open(temp, _CREATE, 0o666)


def write_atomic(
    path: Path,
    content: str,
    deferred: list[Path] | None = None,
    staging: Path | None = None,
) -> bool:
    """Write via a temp file and rename, so readers see the old file or the new one, never half.

    The new bytes reach the disk before the rename when they replace a file, so even a power cut
    leaves the old or the new one. A file that did not exist is not flushed here when `deferred`
    is given: it is added to it, for `flush_files` to flush all of them at once (one journal
    commit instead of one per file; a power cut before that may lose only files that are new).
    `staging`: the folder (on the same file system)
    where the temp file is made, rather than beside `path` (see carclaims.staging).

    Returns False (and writes nothing) when the file already has exactly this content.
    """
    encoded = content.encode("utf-8")
    existed = os.path.exists(path)
    if existed and path.read_bytes() == encoded:
        return False
    # The temp file's name is chosen before it exists, so that an interrupt (Ctrl-C, SIGTERM raised
    # as KeyboardInterrupt) anywhere from its creation to the rename still finds it to remove.
    temp = _temp_name(path, staging)
    try:
        fd = _create(temp)
        try:
            view = memoryview(encoded)
            while view:
                view = view[os.write(fd, view) :]
            if existed or deferred is None:
                os.fsync(fd)
        finally:
            os.close(fd)
        try:
            _move(temp, path)
        except OSError as exc:
            if exc.errno != errno.EXDEV or temp.parent == path.parent:
                raise
            temp.unlink(missing_ok=True)  # a file system mounted in the output: beside the file
            return write_atomic(path, content, deferred)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if deferred is not None and not existed:
        deferred.append(path)
    return True


def _move(temp: Path, path: Path) -> None:
    """Rename the written temp file onto `path`, making `path`'s folder first if need be (the
    temp file is in a staging folder)."""
    try:
        os.replace(temp, path)
    except FileNotFoundError:
        if temp.parent == path.parent or path.parent.is_dir():
            raise
        path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, path)


@dataclass(frozen=True)
class Written:
    """What became of one `LedgerWriter.submit`: written (True), unchanged (False) or `error`."""

    path: Path
    written: bool
    counted: bool  # a ledger (not the text read from an HTML page beside it)
    error: OSError | None = None

    def problem(self) -> str:
        """What to report when `error` is set."""
        error = self.error
        strerror = getattr(error, "strerror", None)
        return f"{self.path}: cannot write ({strerror or error}); the ledger there is unchanged"


class LedgerWriter:
    """Writes files with `write_atomic` on a thread of its own, in the order given.

    Creating a file is kernel work: 0.02-0.7 ms each on this project's ext4 test machine,
    depending on how many inodes were freed there lately (up to 1.4 s for 1,920 new ledgers).
    The GIL is let go during those system calls, so a thread takes them off the core that
    extracts (an in-process run) or receives the workers' results. At most `depth` files wait
    (a crawl's ledgers are not all held in memory). With `threaded=False` each file is written
    by `submit` itself: `--strict` (the first failure stops the run before any later file is
    written), and a worker that writes its own ledgers (engine.Options.write_to)."""

    def __init__(
        self,
        deferred: list[Path],
        threaded: bool = True,
        depth: int = 256,
        staging_in: Path | None = None,
    ) -> None:
        self._deferred = deferred
        self._done: collections.deque[Written] = collections.deque()
        self._queue: queue.Queue[tuple[Path, str, bool] | None] | None = None
        self._thread: threading.Thread | None = None
        self._crash: BaseException | None = None
        self._cancelled = False
        # `staging_in`: the folder (the output) in which the temp files get a staging folder of
        # their own (carclaims.staging), made with the first of them and removed at close.
        self._staging_in = staging_in
        self._staging: Path | None = None
        self._made_folders: list[Path] = []  # for the staging folder: removed at close if empty
        if threaded:
            self._queue = queue.Queue(maxsize=depth)
            self._thread = threading.Thread(target=self._work, name="carclaims-ledger-writer", daemon=True)
            self._thread.start()

    def submit(self, path: Path, content: str, counted: bool = True) -> None:
        if self._crash is not None:
            raise self._crash
        if self._queue is None:
            self._done.append(self._write(path, content, counted))
        else:
            self._queue.put((path, content, counted))

    def finished(self) -> list[Written]:
        """The files written since the last call (never blocks)."""
        if self._crash is not None:
            raise self._crash
        done = []
        while self._done:
            done.append(self._done.popleft())
        return done

    def close(self, cancel: bool = False) -> list[Written]:
        """Wait for the queued files (or, with `cancel`, drop those not begun: each file is
        then the old one or the new one); what `finished` has not returned yet."""
        if self._queue is not None and self._thread is not None:
            if cancel:
                self._cancelled = True
                while True:
                    try:
                        self._queue.get_nowait()
                    except queue.Empty:
                        break
            self._queue.put(None)
            self._thread.join()
            self._queue = None
        self._remove_staging()
        return self.finished()

    def _work(self) -> None:
        assert self._queue is not None
        while (item := self._queue.get()) is not None:
            if self._cancelled:
                continue
            try:
                self._done.append(self._write(*item))
            except BaseException as exc:  # noqa: BLE001  handed to the main thread by finished()
                self._crash = exc
                self._cancelled = True

    def _remove_staging(self) -> None:
        if self._staging is not None:
            try:
                self._staging.rmdir()
            except OSError:
                pass  # not empty (a temp file that could not be removed): the next run's
            self._staging = None
        for folder in reversed(self._made_folders):  # deepest first
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty: a ledger was written there
        self._made_folders.clear()

    def _write(self, path: Path, content: str, counted: bool) -> Written:
        try:
            staging = self._staging_folder()
            return Written(path, write_atomic(path, content, self._deferred, staging), counted)
        except OSError as exc:
            return Written(path, False, counted, exc)

    def _staging_folder(self) -> Path | None:
        """The staging folder, made on the first call (and the output folder if need be); None
        when it cannot be made: temp files are then made beside their ledgers."""
        if self._staging_in is not None:
            folder, self._staging_in = self._staging_in, None  # tried once
            try:
                if not folder.is_dir():
                    self._made_folders.extend(_missing_folders(folder))
                    folder.mkdir(parents=True, exist_ok=True)
                self._staging = make_staging(folder)
            except OSError:
                pass
        return self._staging


def escape_problem(source: str, out: str | Path) -> str:
    """What to report for a source whose ledger would land outside `out` (`escape_check`)."""
    return f"{source}: would write outside {out}"


def escape_check(out: Path) -> Callable[[str], bool]:
    """Whether writing the ledger `name` (a relative POSIX path) below `out` would land outside
    it, through a linked folder or a ledger that is itself a link. Each folder is resolved once
    per run (resolving every ledger's path took 0.06 s of a 1,920-file run); a ledger is
    resolved only if it is a link. Names stay strings: a Path per ledger, hashed as a key, cost
    more than the check."""
    root = out.resolve()
    base = os.fspath(out)
    folder_inside: dict[str, bool] = {}

    def escapes(name: str) -> bool:
        folder = name.rpartition("/")[0]
        inside = folder_inside.get(folder)
        if inside is None:
            inside = folder_inside[folder] = (out / folder).resolve().is_relative_to(root)
        if not inside:
            return True
        target = os.path.join(base, name)
        return os.path.islink(target) and not Path(target).resolve().is_relative_to(root)

    return escapes


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist, outermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing[::-1]


def flush_files(paths: list[Path]) -> list[str]:
    """Flush files written with `write_atomic(..., deferred)`, and their folders' entries, to
    disk. On Linux one syncfs() per file system does it (1,920 new ledgers: 0.05 s, against
    0.3 s for an fsync of each); elsewhere, or if that fails, each file and folder is fsynced.
    Returns what could not be flushed, one line each (and empties `paths`)."""
    problems: list[str] = []
    synced = {
        folder: _syncfs() is not None and _synced_whole_file_system(folder)
        for folder in sorted({p.parent for p in paths})
    }
    left = [p for p in paths if not synced[p.parent]]
    folders = set()
    for path in left:
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue  # removed since: nothing of ours to flush
        except OSError as exc:
            problems.append(f"{path}: cannot flush to disk ({exc.strerror or exc})")
            continue
        try:
            os.fsync(fd)
        except OSError as exc:
            problems.append(f"{path}: cannot flush to disk ({exc.strerror or exc})")
        finally:
            os.close(fd)
        folders.add(path.parent)
    if os.name == "posix":  # a folder cannot be opened for fsync elsewhere
        for folder in sorted(folders):
            try:
                fd = os.open(folder, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError:
                pass  # some file systems cannot fsync a folder; the files themselves are flushed
    paths.clear()
    _SYNCED_DEVICES.clear()
    return problems


_SYNCED_DEVICES: dict[int, bool] = {}  # during one flush_files: file system -> syncfs() succeeded


@functools.cache
def _syncfs():
    """libc's syncfs (Linux), or None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    return function


def _synced_whole_file_system(folder: Path) -> bool:
    """syncfs() the file system `folder` is on, once per flush; False when that fails."""
    try:
        device = os.stat(folder).st_dev
    except OSError:
        return False
    if device not in _SYNCED_DEVICES:
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return False
        try:
            _SYNCED_DEVICES[device] = _syncfs()(fd) == 0  # type: ignore[misc]
        finally:
            os.close(fd)
    return _SYNCED_DEVICES[device]


_TEMP_NAME = re.compile(r"^\..+\.(?:json|txt)\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]+\.tmp$")


def remove_stale_temp_files(directory: Path) -> int:
    """Remove temp files that a killed run (SIGKILL, power loss) left behind in `directory`; not
    those of a run still going (another `extract` writing the same folder): their names carry
    the writer's process id, and a live process keeps its files."""
    removed = 0
    if directory.is_dir():
        for path in directory.rglob(".*.tmp"):
            found = _TEMP_NAME.match(path.name)
            if not found or not path.is_file():
                continue
            if found.group("pid") and _process_alive(int(found.group("pid"))):
                continue
            path.unlink(missing_ok=True)
            removed += 1
        remove_stale_staging(directory)
    return removed


def remove_stale_staging(directory: Path) -> None:
    """Remove the empty staging folders in `directory` of processes that have ended: a killed
    run's, and at the end of a run those of the workers that wrote their own ledgers."""
    for folder in directory.glob(".carclaims-*.staging"):
        found = STAGING_NAME.match(folder.name)
        if found and folder.is_dir() and not _process_alive(int(found.group("pid"))):
            try:
                folder.rmdir()
            except OSError:
                pass  # holds something not ours: left as it is


def _process_alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows' os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def load(path: Path) -> Ledger:
    """Read and validate a ledger file; InputError with the file name when it is not one."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a JSON ledger ({exc})") from None
    try:
        return Ledger.model_validate(raw)
    except ValueError as exc:
        first = str(exc).splitlines()
        raise InputError(f"{path}: not a valid ledger: {' '.join(first[:3])}") from None


def json_schema() -> dict[str, Any]:
    schema = Ledger.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://carclaims.invalid/schemas/ledger.schema.json"
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
