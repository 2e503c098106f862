"""Rule patterns compiled once and kept between runs: a process that loads the rules starts
about 0.1 s sooner (every worker of a run pays it, and so does every short `carclaims extract`).

`re.compile` parses a pattern and generates its matching code in Python; for the ~250 rule
patterns (each with its first-character guard, see fastre) that is most of what loading the
rules costs. CPython's `_sre.compile` builds a Pattern from such code directly, so the code is
kept in a cache file (marshal) whose name holds the interpreter's exact version, the
engine's `_sre.MAGIC` and a digest of fastre's source, and read on the next start. A Pattern
built from it is equal to the one `re.compile` makes (`==` compares the source, the flags and
the code; a test checks every rule pattern). Another interpreter, a damaged file, or code
the engine's validator refuses: `re.compile`, as before.

Two more things read every pattern at start-up and are kept in the same file: fastre's readings
of a rule pattern (its required words, whether it begins a word: `analysed`), which parse it
again; and, during a process's first extraction (`reading_re`), every pattern compiled through
`re` itself (spaCy's and its libraries' module-level patterns, ours outside fastre): `re` asks
`re._compiler.compile` for each pattern its own cache lacks, and for that while this module
answers from the file. Together those were 0.09-0.11 s of a worker's 0.55 s start.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from . import cachedir

try:  # CPython's engine; elsewhere every pattern is compiled by `re`
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None  # type: ignore[assignment]

# (source, flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile, the code
# kept as the bytes of an array of code words (marshal reads those 15 times faster than a list)
Entry = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
_FORMAT = 3  # of the file (2: keys with the source's name; 3: code as bytes, and `analysed`)
MAX_KEPT = 4_000  # entries kept from earlier runs beside this run's (other versions' rules)

# An entry is looked up by the pattern as the rules write it, but holds the code of the pattern
# fastre made of it (its first-character guard in front): a new fastre, a new file.
_GUARDS = hashlib.sha256(Path(__file__).with_name("fastre.py").read_bytes()).hexdigest()[:16]

# An entry's key: the pattern as its caller wrote it, the flags, and the name of the function
# that made the text compiled of it (fastre's guard, or none: `as_written`)
Key = tuple[str, int, str]
_known: dict[Key, Entry] | None = None  # read from the file on the first compile
_used: dict[Key, Entry] = {}  # what this process compiled, for `store`
_missed = 0
_missed_uncounted = 0  # re's own patterns the file lacked (`reading_re`)
UNCOUNTED_WORTH_A_WRITE = 16  # more than this many of those rewrite the file by themselves

# fastre's readings of a pattern: (the reading's name, the pattern, the flags) -> what it read
Reading = frozenset[str] | str | None
ReadingKey = tuple[str, str, int]
_known_readings: dict[ReadingKey, Reading] = {}  # read from the file with `_known`
_read: dict[ReadingKey, Reading] = {}  # what this process used, for `store`
R = TypeVar("R", frozenset[str] | None, str)


def compile(  # noqa: A001
    pattern: str, flags: int, source: Callable[[str, int], str], counted: bool = True
) -> re.Pattern[str]:
    """`re.compile(source(pattern, flags), flags)`, from the cache when it holds it. Patterns
    not `counted` that the cache lacks are kept, but make `store` write the file only when
    there are more than a few of them (`UNCOUNTED_WORTH_A_WRITE`)."""
    flags = int(flags)
    key = (pattern, flags, source.__name__)
    entry = _entries().get(key)
    if entry is not None:
        made = _built(entry)
        if made is not None:
            _used[key] = entry
            return made
    text = source(pattern, flags)
    if not _works():
        return re.compile(text, flags)
    global _missed, _missed_uncounted
    if counted:
        _missed += 1
    else:
        _missed_uncounted += 1
    entry = _entry(text, flags)
    _used[key] = entry
    return _sre.compile(*_arguments(entry))


def analysed(name: str, pattern: str, flags: int, read: Callable[[str, int], R]) -> R:
    """`read(pattern, flags)` (a fastre reading of the pattern, which parses it), from the cache
    when it holds it. `name` tells the readings apart; what they return is kept as it is."""
    global _missed
    key = (name, pattern, int(flags))
    _entries()
    if key in _known_readings:
        found = _known_readings[key]
    else:
        found = read(pattern, flags)
        _missed += 1
    _read[key] = found
    return found  # type: ignore[return-value]  # kept by `read` under this name


_plain_compile: Callable[..., re.Pattern] = _compiler.compile if _sre is not None else re.compile


@contextlib.contextmanager
def reading_re() -> Iterator[None]:
    """While the block runs, the patterns `re.compile` (and re.search, re.sub, ...) compile
    anew are read from the cache: `re` compiles a pattern its own cache lacks with
    `re._compiler.compile`, which answers from here meanwhile (and is given back after)."""
    if _sre is None or not _works() or _compiler.compile is not _plain_compile:
        yield  # another interpreter, or already reading (a nested block)
        return
    _compiler.compile = _compile_for_re
    try:
        yield
    finally:
        _compiler.compile = _plain_compile


def _compile_for_re(pattern, flags=0):
    """`re._compiler.compile`, from the cache for a text pattern. Not counted: some libraries
    build a pattern anew in each process (tokenize joins a set of string prefixes, whose order
    changes with the hash seed), and such a pattern alone must not rewrite the file each run; the
    file is written when a rule pattern or reading is new, with these beside them, or when
    more than a few of these are (a cache written before these were kept, a library upgrade)."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _plain_compile(pattern, flags)
    return compile(pattern, flags, as_written, counted=False)


def as_written(pattern: str, flags: int) -> str:
    """The text to compile for a pattern used as it is written (spaCy's affix patterns)."""
    return pattern


def store() -> bool:
    """Keep what this process compiled, when it compiled anything the cache lacked; True when
    the file was written. Never raises: a cache that cannot be written is no error."""
    global _missed, _missed_uncounted, _known, _known_readings
    if not (_missed or _missed_uncounted > UNCOUNTED_WORTH_A_WRITE) or not _works():
        return False
    kept = dict(_known or {})
    readings = dict(_known_readings)
    if len(kept) + len(_used) + len(readings) + len(_read) > MAX_KEPT:
        kept, readings = {}, {}
    kept.update(_used)
    readings.update(_read)
    try:
        blob = marshal.dumps((kept, readings))
    except ValueError:
        return False
    if not cachedir.store(_path(), blob, prefix=".re-"):
        return False
    _known, _known_readings, _missed, _missed_uncounted = kept, readings, 0, 0
    return True


def _path() -> Path:
    key = repr(
        (
            sys.version,
            getattr(_sre, "MAGIC", None),
            getattr(_sre, "CODESIZE", None),
            marshal.version,
            _GUARDS,
            _FORMAT,
        )
    )
    return cachedir.cache_dir() / f"re-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def _entries() -> dict[Key, Entry]:
    global _known, _known_readings
    if _known is None:
        _known = {}
        if _works():
            try:
                loaded = marshal.loads(_path().read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                loaded = None
            if (
                isinstance(loaded, tuple)
                and len(loaded) == 2
                and isinstance(loaded[0], dict)
                and isinstance(loaded[1], dict)
            ):
                _known, _known_readings = loaded
    return _known


# The type code of an array whose items are the engine's code words (`_sre.CODESIZE` bytes)
_WORD = next((code for code in "IL" if _sre is not None and array(code).itemsize == _sre.CODESIZE), None)


def _entry(source: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands to `_sre.compile` for this source and flags."""
    parsed = _parser.parse(source, flags)
    code = array(_WORD or "I", _compiler._code(parsed, flags)).tobytes()  # type: ignore[arg-type]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _arguments(entry: Entry) -> tuple:
    """`_sre.compile`'s arguments for an entry (its code as a list of words)."""
    source, flags, code, groups, groupindex, indexgroup = entry
    return source, flags, array(_WORD or "I", code).tolist(), groups, groupindex, indexgroup


def _built(entry: Entry) -> re.Pattern[str] | None:
    """The pattern an entry of the file holds, or None when the entry is damaged."""
    try:
        return _sre.compile(*_arguments(entry))
    except (TypeError, ValueError, RuntimeError):
        return None


_WORKS: bool | None = None
_PROBE = (r"(?P<n>\d+(?:\.\d+)?)\s*%|\b(?i:orr)\b", re.IGNORECASE)


def _works() -> bool:
    """Whether this interpreter's `re` builds patterns the way `_entry` assumes: the probe made
    from its entry equals `re.compile`'s, and the cache is used only then."""
    global _WORKS
    if _WORKS is None:
        try:
            _WORKS = (
                _sre is not None
                and _WORD is not None
                and _sre.compile(*_arguments(_entry(*_PROBE))) == _plain_compile(*_PROBE)
            )
        except Exception:  # noqa: BLE001  any surprise in the internals: `re` as it is
            _WORKS = False
    return _WORKS
