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
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Callable
from pathlib import Path

from . import cachedir

try:  # CPython's engine; elsewhere every pattern is compiled by `re`
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None  # type: ignore[assignment]

# (source, flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
_FORMAT = 2  # of the file's keys (2: with the source's name)
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


def compile(pattern: str, flags: int, source: Callable[[str, int], str]) -> re.Pattern[str]:  # noqa: A001
    """`re.compile(source(pattern, flags), flags)`, from the cache when it holds it."""
    flags = int(flags)
    key = (pattern, flags, source.__name__)
    entry = _entries().get(key)
    if entry is not None:
        try:
            made = _sre.compile(*entry)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry: compiled below
            pass
        else:
            _used[key] = entry
            return made
    text = source(pattern, flags)
    if not _works():
        return re.compile(text, flags)
    global _missed
    _missed += 1
    entry = _entry(text, flags)
    _used[key] = entry
    return _sre.compile(*entry)


def as_written(pattern: str, flags: int) -> str:
    """The text to compile for a pattern used as it is written (spaCy's affix patterns)."""
    return pattern


def store() -> bool:
    """Keep what this process compiled, when it compiled anything the cache lacked; True when
    the file was written. Never raises: a cache that cannot be written is no error."""
    global _missed, _known
    if not _missed or not _works():
        return False
    kept = dict(_known or {})
    if len(kept) + len(_used) > MAX_KEPT:
        kept = {}
    kept.update(_used)
    try:
        blob = marshal.dumps(kept)
    except ValueError:
        return False
    if not cachedir.store(_path(), blob, prefix=".re-"):
        return False
    _known, _missed = kept, 0
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
    global _known
    if _known is None:
        _known = {}
        if _works():
            try:
                loaded = marshal.loads(_path().read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                _known = loaded
    return _known


def _entry(source: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands to `_sre.compile` for this source and flags."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


_WORKS: bool | None = None
_PROBE = (r"(?P<n>\d+(?:\.\d+)?)\s*%|\b(?i:orr)\b", re.IGNORECASE)


def _works() -> bool:
    """Whether this interpreter's `re` builds patterns the way `_entry` assumes: the probe made
    from its entry equals `re.compile`'s, and the cache is used only then."""
    global _WORKS
    if _WORKS is None:
        try:
            _WORKS = _sre is not None and _sre.compile(*_entry(*_PROBE)) == re.compile(*_PROBE)
        except Exception:  # noqa: BLE001  any surprise in the internals: `re` as it is
            _WORKS = False
    return _WORKS
