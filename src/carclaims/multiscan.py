"""One Hyperscan pass over a document finds where every indexed rule pattern can match.

Python's `re` runs each of ~150 rule patterns over a page on its own. Hyperscan compiles them
all into one database and reports, in one scan of the page, every place one of them matches with
its leftmost start; `re` then confirms at those places only, so the matches (spans and groups)
are `re`'s own. Three pieces make that exact:

- the shadow (`shadow`): Hyperscan reads one byte per character of the text, so its offsets are
  the text's. ASCII stays itself; any other character becomes the byte of its kind as `re` sees
  it (a word character "_", a decimal digit "0", white space "\\v", a symbol the rules name its
  own byte, anything else 0xFF), so `\\w`, `\\d`, `\\s` and `\\b` mean on the shadow what they
  mean to `re` on the text.
- the translation (`translate`): each pattern is rewritten for the shadow from `re`'s own parse
  tree, every one-character item as the set of bytes that a character it matches becomes (`re`
  itself is asked, case folding included). What Hyperscan lacks is dropped or relaxed (lookaround,
  `^` and `$`, atomic groups, long bounded repeats), so its matches cover at least `re`'s.
- the confirmation (`Found.finditer`): `re` is tried, in order, from each reported start across
  what the reported match covers, so every match `re.finditer` would find is found.

Without the `hyperscan` wheel (none is built for Linux on aarch64) or with CARCLAIMS_ENGINE=re,
`PatternSet.find` answers with `PlainFound`, which runs `re` alone: the plain path CI tests too.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import hashlib
import os
import re
import sys
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own constants: no public API
from re import _parser as sre_parse  # type: ignore[attr-defined]

from . import cachedir
from .cachedir import CACHE_VARIABLE  # noqa: F401  where tests and users point the cache

try:
    import hyperscan
except ImportError:  # no wheel for this platform: the plain path
    hyperscan = None  # type: ignore[assignment]

# a new translation, a new cache: the source's digest (this module may run compiled, from a .so)
_TRANSLATOR = hashlib.sha256(Path(__file__).with_name("multiscan.py").read_bytes()).hexdigest()

ENGINE_VARIABLE = "CARCLAIMS_ENGINE"  # "re": the plain path even where Hyperscan is installed

# The shadow's bytes for the characters that share one: what `re` counts as a word character,
# a decimal digit, white space, and everything else outside ASCII and SYMBOLS.
WORD, DIGIT, SPACE, OTHER = 0x5F, 0x30, 0x0B, 0xFF
# Symbols the rules name, each with a byte of its own (a symbol not listed shares OTHER: still
# exact, only less selective).
SYMBOLS = "–—‑‐‒―−±×÷·•…≥≤≈≠€£¥₹₩₪₽฿₺₱₫₦₴₸¢“”‘’‚„«»‹›°‰′″→←®™©§¶†"
_SYMBOL_BYTES = {ch: 0x80 + i for i, ch in enumerate(SYMBOLS)}
_KIND = re.compile(r"(\s)|(\d)|(\w)")  # `re`'s own classes decide a character's kind


def _byte_of(char: str) -> int:
    code = ord(char)
    if code < 0x80:
        return SPACE if 0x1C <= code <= 0x1F else code  # `re`'s \\s holds these four, Hyperscan's not
    if char in _SYMBOL_BYTES:
        return _SYMBOL_BYTES[char]
    kind = _KIND.match(char)
    return OTHER if kind is None else (SPACE, DIGIT, WORD)[kind.lastindex - 1]  # type: ignore[operator]


class _ShadowTable(dict):
    """str.translate's table: each character outside ASCII to its shadow byte, learnt once."""

    def __missing__(self, code: int) -> str:
        value = self[code] = chr(_byte_of(chr(code)))
        return value


_SHADOW_TABLE = _ShadowTable()
_ASCII_FIX = bytes.maketrans(b"\x1c\x1d\x1e\x1f", bytes([SPACE]) * 4)


def _shadow_run(error: UnicodeError) -> tuple[str | bytes, int]:
    """The ASCII encoder's error handler: a run of characters outside ASCII, as shadow bytes."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    return run.translate(_SHADOW_TABLE).encode("latin-1"), error.end


_SHADOW_ERRORS = "carclaims.shadow"
codecs.register_error(_SHADOW_ERRORS, _shadow_run)


def shadow(text: str) -> bytes:
    """One byte per character of `text`, each of the kind `re` sees there (see the module).
    The ASCII encoder hands each run of other characters to `_shadow_run`: a third of the
    time of finding those runs with a regex first (most articles have a few: quotes, dashes)."""
    return text.encode("ascii", _SHADOW_ERRORS).translate(_ASCII_FIX)


for _symbol in SYMBOLS:  # a symbol with its own byte must be of no other kind
    if _KIND.match(_symbol) or _symbol.isascii():
        raise ValueError(f"not a symbol: {_symbol!r}")


# --- Translation ----------------------------------------------------------------------------


class Unsupported(Exception):
    """The pattern holds something with no superset Hyperscan can read (a backreference)."""


MAX_BOUND = 16  # a longer bounded repeat ({0,60}) becomes unbounded: a superset, compiled fast


@functools.cache
def _members() -> tuple[str, ...]:
    """For each byte, the characters whose shadow it is (built once, when a database is built)."""
    everything = "".join(map(chr, range(0x80, 0x110000)))
    groups = {b: [chr(b)] if b < 0x80 else [] for b in range(256)}
    groups[SPACE] += ["\x1c", "\x1d", "\x1e", "\x1f"]
    for symbol, b in _SYMBOL_BYTES.items():
        groups[b].append(symbol)
    groups[SPACE] += re.findall(r"\s", everything)
    groups[DIGIT] += re.findall(r"\d", everything)
    groups[WORD] += re.findall(r"[^\W\d]", everything)
    groups[OTHER] += re.findall(f"[^\\w\\s{re.escape(SYMBOLS)}]", everything)
    for b in range(0x1C, 0x20):
        groups[b] = []  # these four read as SPACE
    return tuple("".join(chars) for chars in (groups[b] for b in range(256)))


_CATEGORY_SOURCE = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ITEM_FLAGS = re.IGNORECASE | re.DOTALL | re.ASCII  # what changes what one character matches


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _item_source(op, av) -> str:
    """A regex for one one-character item of a parse tree."""
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is sre.ANY:
        return "."
    parts = []
    for item_op, item_av in av:  # op is IN
        if item_op is sre.NEGATE:
            parts.append("^")
        elif item_op is sre.LITERAL:
            parts.append(_char(item_av))
        elif item_op is sre.RANGE:
            parts.append(f"{_char(item_av[0])}-{_char(item_av[1])}")
        elif item_op is sre.CATEGORY and item_av in _CATEGORY_SOURCE:
            parts.append(_CATEGORY_SOURCE[item_av])
        else:
            raise Unsupported(item_op)
    return "[" + "".join(parts) + "]"


@functools.lru_cache(maxsize=4096)
def _byte_class(source: str, flags: int) -> str:
    """The bytes of the shadow a character matching `source` can become, as a Hyperscan class."""
    matcher = re.compile(source, flags)
    members = _members()
    found = [b for b in range(256) if members[b] and matcher.search(members[b])]
    if not found:
        raise Unsupported(source)  # matches no character at all
    if len(found) == 1:
        return f"\\x{found[0]:02x}"
    ranges: list[list[int]] = []
    for b in found:
        if ranges and ranges[-1][1] == b - 1:
            ranges[-1][1] = b
        else:
            ranges.append([b, b])
    body = "".join(f"\\x{lo:02x}" if lo == hi else f"\\x{lo:02x}-\\x{hi:02x}" for lo, hi in ranges)
    return f"[{body}]"


def _sequence(items, flags: int) -> str:
    return "".join(_translated(op, av, flags) for op, av in items)


def _translated(op, av, flags: int) -> str:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
        return _byte_class(_item_source(op, av), flags & _ITEM_FLAGS)
    if op is sre.AT:
        if av in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY) and not flags & re.ASCII:
            return r"\b" if av is sre.AT_BOUNDARY else r"\B"  # exact on the shadow
        return ""  # ^, $, \\A, \\Z: dropped, a superset
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return ""  # lookaround: dropped, a superset
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return "(?:" + _sequence(sub, (flags | add_flags) & ~del_flags) + ")"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _sequence(av, flags) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(alternative, flags) for alternative in av[1]) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return ""
        body = "(?:" + _sequence(sub, flags) + ")"
        low = min(low, MAX_BOUND)
        if high is sre.MAXREPEAT or high > MAX_BOUND:
            return body + ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}")
        return body + ("?" if (low, high) == (0, 1) else f"{{{low},{high}}}")
    raise Unsupported(op)  # backreferences, conditionals


def translate(pattern: str, flags: int = 0) -> bytes:
    """`pattern` as a Hyperscan expression over the shadow whose matches cover `re`'s: every
    match of `pattern` in a text is a match of the expression in its shadow, same span."""
    parsed = sre_parse.parse(pattern, flags)
    return _sequence(parsed, parsed.state.flags).encode("latin-1")


# --- Databases ------------------------------------------------------------------------------


def engine() -> str:
    """ "hyperscan" or "re": which path `find` takes in this process."""
    if hyperscan is None or os.environ.get(ENGINE_VARIABLE, "").lower() == "re":
        return "re"
    return "hyperscan"


class PatternSet:
    """Rule patterns compiled into one Hyperscan database, read from the cache the first time a
    document is scanned. Patterns Hyperscan cannot take are left to `re`.

    On a cold cache the database is translated and compiled on a thread (Hyperscan's compiler
    lets go of the GIL, so it runs beside extraction on another core): until it is ready, `find`
    answers with `PlainFound`, whose matches are the same. One process compiles (it holds a lock
    file beside the cache file); the others, workers of the same run, look for the cache file
    now and then. `build` waits for it instead."""

    def __init__(self, regexes: Iterable[re.Pattern[str]]) -> None:
        given = tuple(regexes)
        self.regexes = tuple(dict.fromkeys(given))
        # Found looks patterns up by id(): a Pattern's hash is not cached, and hashing its
        # source for each of ~70 cues in each window was 4 % of a run. `given` keeps every
        # object whose id is a key alive; equal patterns share their index.
        position = {regex: i for i, regex in enumerate(self.regexes)}
        self._given = given
        self._index_of = {id(regex): position[regex] for regex in given}
        # (database or None, index by id() of pattern): set once, whole, by the thread that built it
        self._ready: tuple[object, dict[int, int]] | None = None
        self._builder: threading.Thread | None = None
        self._lock = threading.Lock()
        self._next_look = 0.0  # when another process compiles: when to look for its file again
        self._own_lock = False

    def _cache_path(self) -> Path:
        return cachedir.cache_dir() / f"hs-{self._key}.db"

    @functools.cached_property
    def _key(self) -> str:
        """What the cached database depends on, hashed once (a process that waits for another's
        compile looks for the file every LOOK_AGAIN_SECONDS)."""
        return hashlib.sha256(
            repr(
                (
                    _TRANSLATOR,
                    sys.version,
                    unicodedata.unidata_version,
                    hyperscan.__version__,  # type: ignore[union-attr, attr-defined]
                    [(regex.pattern, regex.flags) for regex in self.regexes],
                )
            ).encode()
        ).hexdigest()[:24]

    def _load(self) -> bool:
        """Read the database from the cache; False when it is not there (or not readable)."""
        path = self._cache_path()
        try:
            blob = path.read_bytes()
            head, _, body = blob.partition(b"\n")
            kept = [int(i) for i in head.split(b",") if i]
            database = hyperscan.loadb(body, mode=hyperscan.HS_MODE_BLOCK)  # type: ignore[union-attr]
        except (OSError, ValueError, hyperscan.error):  # type: ignore[union-attr]
            return False
        self._publish(database, kept)
        _mark_used(path)
        return True

    def _compile_and_store(self) -> None:
        """Translate, compile and cache the database. Never raises: a set that cannot be built
        is left to `re` (the same matches, slower)."""
        try:
            expressions: dict[int, bytes] = {}
            for i, regex in enumerate(self.regexes):
                try:
                    expressions[i] = translate(regex.pattern, regex.flags)
                except Unsupported:
                    continue
            if not expressions:
                self._ready = (None, {})  # nothing for Hyperscan: `re` scans for every pattern
                return
            database, kept = _compile(expressions)
            _store(self._cache_path(), ",".join(map(str, kept)).encode() + b"\n" + hyperscan.dumpb(database))  # type: ignore[union-attr]
            self._publish(database, kept)
        except Exception:  # noqa: BLE001  the plain path is always there
            self._ready = (None, {})
        finally:
            if self._own_lock:
                self._cache_path().with_suffix(".lock").unlink(missing_ok=True)

    def _publish(self, database, kept: list[int]) -> None:
        database.scratch = hyperscan.Scratch(database)  # type: ignore[union-attr]
        kept_set = set(kept)
        self._ready = (database, {key: i for key, i in self._index_of.items() if i in kept_set})

    def build(self) -> None:
        """Load or compile the database now, waiting for it (`make install` calls this)."""
        if engine() == "re" or self._ready is not None or self._load():
            return
        self._start_builder(force=True)
        self._builder.join()  # type: ignore[union-attr]

    def _start_builder(self, force: bool = False) -> None:
        """Compile on a thread, unless another process holds the lock (and `force` is False) or
        compiling is off (`cache_only`)."""
        if not _compiling:
            return
        with self._lock:
            if self._builder is not None:
                return
            if not force:
                self._own_lock = _take_lock(self._cache_path().with_suffix(".lock"))
                if not self._own_lock:
                    self._next_look = time.monotonic() + LOOK_AGAIN_SECONDS
                    return
            self._builder = threading.Thread(
                target=self._compile_and_store, name="carclaims-hyperscan-compile", daemon=True
            )
            self._builder.start()

    def _look_again(self) -> None:
        """While another process compiles: its file, once there, is read; if its lock went
        stale (the process died), compile here."""
        if time.monotonic() < self._next_look:
            return
        if not self._load():
            self._start_builder()

    def find(self, text: str, data: bytes | None = None, start: int = 0, end: int | None = None) -> Found:
        """Where the patterns match `text` between `start` and `end` (`re`'s pos and endpos);
        `data` is `shadow(text)`, when the caller has it."""
        end = len(text) if end is None else end
        if engine() == "re":
            return PlainFound(text)
        if self._ready is None and self._builder is None:
            if self._next_look:
                self._look_again()
            elif not self._load():
                self._start_builder()
        ready = self._ready
        if ready is None or ready[0] is None:
            return PlainFound(text)
        database, ids = ready
        data = shadow(text) if data is None else data
        offset = max(0, start - 1)  # one character before: what \\b at `start` looks at
        by_id: dict[int, list[tuple[int, int]]] = {}

        def report(i: int, s: int, e: int, _flags: int, _context: object) -> None:
            spans = by_id.get(i)
            if spans is None:
                by_id[i] = [(s + offset, e + offset)]
            else:
                spans.append((s + offset, e + offset))

        database.scan(data[offset:end], match_event_handler=report)  # type: ignore[attr-defined]
        return Found(text, ids, by_id)


_compiling = True  # False inside cache_only()


@contextlib.contextmanager
def cache_only() -> Iterator[None]:
    """Inside, pattern sets are read from the cache but never compiled: `find` answers with
    `re` alone where a database is not cached, and no lock is taken. For a process that will
    fork (the workers' fork server): a compile runs on a thread, and a fork copies no thread,
    so a child would wait for a database nobody builds; with the set left untouched, the child
    reads or compiles it itself."""
    global _compiling
    _compiling = False
    try:
        yield
    finally:
        _compiling = True


LOOK_AGAIN_SECONDS = 0.5  # how often a process that waits for another's compile looks for it
STALE_LOCK_SECONDS = 60.0  # a compile takes ~3 s: a lock this old belongs to a process that died


def _take_lock(path: Path) -> bool:
    """Create the lock file; True when this process may compile (it created the file, the one
    there is stale, or no lock can be made there: then every process compiles for itself)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return True
    for _ in range(2):
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
            return True
        except FileExistsError:
            try:
                if time.time() - path.stat().st_mtime < STALE_LOCK_SECONDS:
                    return False
                path.unlink()
            except FileNotFoundError:
                continue  # released meanwhile: try again
            except OSError:
                return True
        except OSError:  # no cache folder, or not writable
            return True
    return False


def _compile(expressions: dict[int, bytes]):
    """A database of the expressions Hyperscan takes (those it refuses are found one by one),
    and their ids."""
    ids = sorted(expressions)
    while True:
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)  # type: ignore[union-attr]
        try:
            database.compile(
                expressions=[expressions[i] for i in ids],
                ids=ids,
                flags=hyperscan.HS_FLAG_SOM_LEFTMOST,  # type: ignore[union-attr]
            )
            return database, ids
        except hyperscan.error:  # type: ignore[union-attr]
            refused = [i for i in ids if not _compiles(expressions[i])]
            if not refused:
                raise
            ids = [i for i in ids if i not in refused]


def _compiles(expression: bytes) -> bool:
    try:
        hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(  # type: ignore[union-attr]
            expressions=[expression],
            flags=hyperscan.HS_FLAG_SOM_LEFTMOST,  # type: ignore[union-attr]
        )
    except hyperscan.error:  # type: ignore[union-attr]
        return False
    return True


def _store(path: Path, blob: bytes) -> None:
    """Write the cache file whole or not at all; a cache that cannot be written is no error.
    Databases no process has read for CACHE_KEEP_DAYS go (each is 3-6 MB, and every release or
    edit of a rule pattern makes a new one)."""
    if cachedir.store(path, blob, prefix=".hs-"):
        _prune(path.parent, keep=path)


CACHE_KEEP_DAYS = 30  # a database unread this long belongs to a version no longer run here
_DAY = 86400.0


def _mark_used(path: Path) -> None:
    """Renew a database's time when it is read (at most once a day), so that `_prune` keeps
    the databases of every version still in use."""
    try:
        if path.stat().st_mtime < time.time() - _DAY:
            os.utime(path)
    except OSError:
        pass  # a read-only cache is still a cache


def _prune(folder: Path, keep: Path) -> None:
    """Remove databases (and temp files of killed compiles) unread for CACHE_KEEP_DAYS, and the
    compiled-pattern files of patterncache written that long ago (one per interpreter and
    fastre: a file still in use is written again by the next run)."""
    oldest = time.time() - CACHE_KEEP_DAYS * _DAY
    for stale in (*folder.glob("hs-*.db"), *folder.glob(".hs-*"), *folder.glob("re-*.marshal")):
        try:
            if stale != keep and stale.stat().st_mtime < oldest:
                stale.unlink()
        except OSError:
            continue  # gone already (another process pruned it), or not ours to remove


# --- Confirmation ---------------------------------------------------------------------------


class Found:
    """What one scan reported, by pattern; `re` confirms when asked."""

    def __init__(self, text: str, ids: dict[int, int], by_id: dict[int, list[tuple[int, int]]]) -> None:
        self.text = text
        self._ids = ids  # pattern index by id() of each pattern the scan looked for
        self._by_id = by_id  # reported spans by pattern id, in the order Hyperscan found them
        self._sorted: set[int] = set()

    def indexed(self, regex: re.Pattern[str]) -> bool:
        """Whether the scan looked for `regex` (else `finditer` runs `re` over the text)."""
        return id(regex) in self._ids

    def finditer(
        self, regex: re.Pattern[str], pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """What `regex.finditer(text, pos, endpos)` yields (minus empty matches, which the
        patterns Hyperscan takes cannot make)."""
        endpos = len(self.text) if endpos is None else endpos
        i = self._ids.get(id(regex))
        if i is None:
            return regex.finditer(self.text, pos, endpos)
        spans = self._by_id.get(i)
        if spans is None:
            return ()  # type: ignore[return-value]
        if i not in self._sorted:  # by end, as reported; the confirmation walks them by start
            spans.sort()
            self._sorted.add(i)
        return self._confirmed(regex, spans, pos, endpos)

    def search(self, regex: re.Pattern[str], pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What `regex.search(text, pos, endpos)` finds (the first of `finditer`)."""
        return next(iter(self.finditer(regex, pos, endpos)), None)

    def worth_trying(self, regexes: Sequence[re.Pattern[str]]) -> list[int]:
        """The positions in `regexes` of those that may match: reported by the scan, or not
        looked for by it (`re` decides). One call for a whole vocabulary table instead of two
        per row."""
        ids, by_id = self._ids, self._by_id
        kept = []
        for n, regex in enumerate(regexes):
            i = ids.get(id(regex))
            if i is None or i in by_id:
                kept.append(n)
        return kept

    def reported(self, among: Iterable[re.Pattern[str]]) -> list[re.Pattern[str]]:
        """Those of `among` that the scan reported a match of (the others have none)."""
        ids, by_id = self._ids, self._by_id
        return [regex for regex in among if ids.get(id(regex)) in by_id]

    def _confirmed(
        self, regex: re.Pattern[str], spans: Sequence[tuple[int, int]], pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        # Every match of `regex` lies in a reported span, which begins at or before it: trying
        # each position of the spans in order, from where the last match ended, finds them all.
        text = self.text
        match = regex.match
        tried = pos  # positions before this one are tried, or inside a match
        for start, end in spans:
            at = max(start, tried)
            while at < end:
                found = match(text, at, endpos)
                if found is not None and found.end() > at:
                    yield found
                    at = found.end()
                else:
                    at += 1
            tried = max(tried, at)

    def starts(self, regexes: Iterable[re.Pattern[str]]) -> list[int]:
        """Sorted positions where a match of one of `regexes` begins."""
        found: set[int] = set()
        for regex in regexes:
            i = self._ids.get(id(regex))
            if i is not None and i not in self._by_id:
                continue  # not reported: no match
            found.update(m.start() for m in self.finditer(regex) if m.end() > m.start())
        return sorted(found)


class PlainFound(Found):
    """The plain path: `re` alone."""

    def __init__(self, text: str) -> None:
        super().__init__(text, {}, {})
