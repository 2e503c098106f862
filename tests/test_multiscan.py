"""One Hyperscan pass must find, for every rule pattern, exactly what `re` alone finds."""

import os
import re
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carclaims import multiscan
from carclaims.extract import document_patterns, extract_document
from carclaims.ingest import Source
from carclaims.link import cue_patterns

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt")))
# Made-up lines in the shapes real pages have, and the characters `re` reads its own way:
# other scripts' digits and letters, no-break and odd spaces, the Kelvin sign and the long s
# (which `re` folds to k and s), dotted and dotless i, symbols with and without a byte of their own.
ODD_LINES = (
    "\n12,3456,789 and 1234,567; $1.2M vs US$ 300-400K. 2021-05 (95% CI 1.0-2.0) 3/4 1/3\n"
    "Sixty-two (83.8%) of the incomplete responders; non-complete remission, a  dozen sites.\n"
    "ORR\u00a092%; CR rate ٣٥% in r/r DLBCL; Ⅻ patients; ＣＲ ４０％; \u212aymriah costs €350,000–€400,000.\n"
    "Tisagenlecleucel (Kymriah®) ≥ 18 years; İstanbul and ıxabel; ſurvival 5\u2009years;"
    " 中国 CAR-T 1,200,000 元.\n"
    "median OS 12.3\x1cmonths; PFS\u200b8 months; 😀 54 % … ‘complete response’ “ORR” 7/10.\n"
)
TEXT = SEED_TEXT + ODD_LINES
ALPHABET = "aAkK\u212asS\u017fiI\u0130\u0131rRoOcC 0123456789٣.,%$€–-/()\n\t\u00a0\x1c_é中😀"

needs_hyperscan = pytest.mark.skipif(multiscan.hyperscan is None, reason="no Hyperscan wheel here")


def _before_compiling(monkeypatch, before) -> None:
    """Hyperscan's compiler calls `before()` first (which may wait or raise). The seam is
    Hyperscan's Database class, not multiscan._compile: multiscan may run compiled by mypyc,
    whose calls between its own functions a patched module attribute does not reach."""
    real = multiscan.hyperscan.Database

    class Database(real):  # type: ignore[misc, valid-type]
        def compile(self, *args, **kwargs):
            before()
            return super().compile(*args, **kwargs)

    monkeypatch.setattr(multiscan.hyperscan, "Database", Database)


@pytest.fixture(autouse=True)
def _hyperscan_path(monkeypatch):
    monkeypatch.delenv(multiscan.ENGINE_VARIABLE, raising=False)


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches if m.end() > m.start()]


def _check(patterns: multiscan.PatternSet, text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    patterns.build()
    found = patterns.find(text, multiscan.shadow(text), start, end)
    for regex in patterns.regexes:
        expected = _spans(regex.finditer(text, start, end))
        assert _spans(found.finditer(regex, start, end)) == expected, regex.pattern


@needs_hyperscan
def test_every_rule_pattern_is_taken_by_hyperscan():
    """A pattern Hyperscan refuses is scanned by `re` over the whole page: correct, but the slow
    path. A new rule with a backreference or an empty match would show here."""
    for patterns in (document_patterns(), cue_patterns()):
        patterns.build()
        found = patterns.find("x")
        assert [rx.pattern[:60] for rx in patterns.regexes if not found.indexed(rx)] == []


@needs_hyperscan
def test_every_rule_pattern_finds_what_re_finds_in_real_shaped_text():
    _check(document_patterns(), TEXT)
    _check(cue_patterns(), TEXT)


@needs_hyperscan
@pytest.mark.parametrize("fraction", [0.2, 0.37, 0.5, 0.81])
def test_cues_in_a_window_find_what_re_finds_within_it(fraction):
    """The cues are scanned for in windows around numbers, which may end inside a word: `re`'s
    endpos makes that the end of the text, and so does the scan of the window."""
    start = int(len(TEXT) * fraction)
    for width in (40, 257, 3001):
        _check(cue_patterns(), TEXT, start, min(len(TEXT), start + width))


SHAPES = [
    r"a|a?bc",  # re's match at 0 ends before a later one begins inside the same reported span
    r"(?<![\w.,])\d+(?:\.\d+)?\s*%",  # a lookbehind: dropped for Hyperscan, checked by re
    r"\bCR\b",
    r"(?i)\bk\w*|ſ+",
    r"[^a-z]{2}\d",
    r"\W\S+?\s",
    r"(?i)[^\W\d]+ion\b",
    r"(?:complete\s+)??remission|remission\s+rate",
    r"\d{1,3}(?:,\d{3})+(?!\d)",
    r"x(?=y)|(?<=z)x",
    r"(?i:ORR)|(?-i:orr)\s",
    r"\B\d\b",
    r"[–-]\s*\d|€\d|\u00a0",
    r".{2,40}?!",
]


@needs_hyperscan
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_constructs_find_what_re_finds(text, a, b):
    patterns = multiscan.PatternSet(re.compile(p) for p in SHAPES)
    _check(patterns, text)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    _check(patterns, text, start, end)


@needs_hyperscan
@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET + "ORCmedianPFS$USD", max_size=80))
def test_rule_patterns_find_what_re_finds_in_odd_text(text):
    _check(document_patterns(), text)
    _check(cue_patterns(), text, len(text) // 3, len(text))


def test_the_shadow_keeps_offsets_and_kinds():
    text = "é٣\u00a0\x1c–😀a_0\n"
    data = multiscan.shadow(text)
    assert len(data) == len(text)
    assert data == b"_0\x0b\x0b" + bytes([multiscan._SYMBOL_BYTES["–"], multiscan.OTHER]) + b"a_0\n"
    assert multiscan.shadow("plain ASCII") == b"plain ASCII"


def test_a_backreference_is_left_to_re():
    with pytest.raises(multiscan.Unsupported):
        multiscan.translate(r"(a)\1")
    regex = re.compile(r"(\w)\1")
    patterns = multiscan.PatternSet([regex])
    patterns.build()
    found = patterns.find("a book, all good")
    assert not found.indexed(regex)
    assert [m.group() for m in found.finditer(regex)] == ["oo", "ll", "oo"]


@needs_hyperscan
def test_patterns_are_known_by_identity_and_equal_ones_share_a_slot(tmp_path, monkeypatch):
    """`Found` looks a pattern up by id() (a Pattern's hash is its source, hashed anew on every
    lookup). Two equal pattern objects handed to one set both count as indexed; an equal object
    the set was never given is scanned by `re`, with the same matches."""
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    first = re.compile(r"\bCR\s+(\d+)%")
    re.purge()
    twin = re.compile(r"\bCR\s+(\d+)%")
    re.purge()
    stranger = re.compile(r"\bCR\s+(\d+)%")
    assert first == twin == stranger and first is not twin and twin is not stranger
    orr, pfs = re.compile(r"ORR"), re.compile(r"\bPFS\b")
    patterns = multiscan.PatternSet([first, twin, orr, pfs])
    assert len(patterns.regexes) == 3
    patterns.build()
    text = "ORR 90%, CR 40% and CR  35%"
    found = patterns.find(text)
    assert found.indexed(first) and found.indexed(twin) and not found.indexed(stranger)
    expected = [(9, 15), (20, 27)]
    for regex in (first, twin, stranger):
        assert [m.span() for m in found.finditer(regex)] == expected
    assert found.reported([stranger, twin, first]) == [twin, first]
    # worth trying: what the scan reported, and what it did not look for (re decides)
    assert found.worth_trying([pfs, stranger, orr, twin, pfs, first]) == [1, 2, 3, 5]
    for pos, endpos in ((0, None), (10, None), (0, 26), (21, 27)):
        plain = first.search(text, pos, len(text) if endpos is None else endpos)
        assert (m.span() if (m := found.search(twin, pos, endpos)) else None) == (
            plain.span() if plain else None
        )
    assert found.starts([stranger]) == found.starts([first]) == [9, 20]


@needs_hyperscan
def test_the_database_is_cached_and_a_bad_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    regexes = [re.compile(r"\bORR\b"), re.compile(r"\d+%")]
    multiscan.PatternSet(regexes).build()
    (cached,) = tmp_path.glob("hs-*.db")

    def no_compiling():
        raise AssertionError("compiled again")

    with monkeypatch.context() as patch:
        _before_compiling(patch, no_compiling)
        found = multiscan.PatternSet(regexes).find("ORR 92%")  # read from the cache at once
        assert found.indexed(regexes[0])
        assert [m.span() for m in found.finditer(regexes[1])] == [(4, 7)]
    cached.write_bytes(b"0,1\nnot a database")
    patterns = multiscan.PatternSet(regexes)
    patterns.build()
    assert [m.span() for m in patterns.find("ORR 92%").finditer(regexes[0])] == [(0, 3)]
    assert cached.read_bytes() != b"0,1\nnot a database"  # rebuilt, and stored whole again


@needs_hyperscan
def test_databases_unread_for_a_month_are_pruned_when_a_new_one_is_stored(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    now = time.time()
    month = multiscan.CACHE_KEEP_DAYS * 86400

    def age(path: Path, seconds: float) -> None:
        os.utime(path, (now - seconds, now - seconds))

    for name, seconds in (
        ("hs-oldversion.db", month + 60),
        (".hs-killed", month + 60),
        ("hs-recent.db", month - 3600),
        ("re-oldfastre.marshal", month + 60),  # patterncache's, for another fastre
        ("re-recent.marshal", month - 3600),
    ):
        (tmp_path / name).write_bytes(b"x")
        age(tmp_path / name, seconds)
    (tmp_path / "notes.txt").write_text("not a database\n")
    age(tmp_path / "notes.txt", month + 60)
    cr = re.compile(r"\bCR\b")
    in_use = multiscan.PatternSet([cr])
    in_use.build()
    age(in_use._cache_path(), month + 60)  # built long ago...
    assert multiscan.PatternSet([cr]).find("CR").indexed(cr)
    assert in_use._cache_path().stat().st_mtime > now - 60  # ...and read now: marked as used
    fresh = multiscan.PatternSet([re.compile(r"\bORR\b")])
    fresh.build()  # a new database is stored: the stale files go
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    names = ["hs-recent.db", "re-recent.marshal", "notes.txt"]
    names += [in_use._cache_path().name, fresh._cache_path().name]
    assert left == sorted(names)


@needs_hyperscan
def test_a_cold_cache_compiles_on_a_thread_while_re_answers(tmp_path, monkeypatch):
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    compiling = threading.Event()
    _before_compiling(monkeypatch, lambda: compiling.wait(10))  # held until the plain answer is seen
    regex = re.compile(r"\bCR\b")
    patterns = multiscan.PatternSet([regex])
    first = patterns.find("a CR and CR")
    assert isinstance(first, multiscan.PlainFound)
    assert [m.span() for m in first.finditer(regex)] == [(2, 4), (9, 11)]
    compiling.set()
    patterns._builder.join(10)
    later = patterns.find("a CR and CR")
    assert later.indexed(regex) and [m.span() for m in later.finditer(regex)] == [(2, 4), (9, 11)]
    assert len(list(tmp_path.glob("hs-*.db"))) == 1


@needs_hyperscan
def test_cache_only_reads_a_cached_database_and_compiles_none(tmp_path, monkeypatch):
    """The fork server's warm-up runs inside cache_only: a set the cache lacks is answered by
    `re` with no thread and no lock, and left as it was, so that a forked worker compiles it;
    a cached one is read. Outside, a cold set compiles as before."""
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    regex, other = re.compile(r"\bCR\b"), re.compile(r"\bORR\b")
    multiscan.PatternSet([other]).build()  # in the cache
    cold, cached = multiscan.PatternSet([regex]), multiscan.PatternSet([other])
    threads = threading.active_count()
    with multiscan.cache_only():
        found = cold.find("a CR and CR")
        assert isinstance(found, multiscan.PlainFound)
        assert [m.span() for m in found.finditer(regex)] == [(2, 4), (9, 11)]
        assert cached.find("the ORR").indexed(other)
    assert threading.active_count() == threads
    assert (cold._ready, cold._builder, cold._next_look) == (None, None, 0.0)
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".db"]  # no lock, one database
    cold.find("CR")  # outside: a cold set compiles on a thread, as before
    assert cold._builder is not None
    cold._builder.join(10)
    assert cold.find("a CR").indexed(regex)


@needs_hyperscan
def test_one_process_compiles_and_the_others_read_its_file(tmp_path, monkeypatch):
    """Workers of one run on a cold cache: the one holding the lock compiles, the other keeps
    to `re` and reads the file once it is there."""
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    monkeypatch.setattr(multiscan, "LOOK_AGAIN_SECONDS", 0.0)
    regex = re.compile(r"\bORR\b")
    waiting = multiscan.PatternSet([regex])
    lock = waiting._cache_path().with_suffix(".lock")
    lock.write_text("")  # another process is compiling
    assert isinstance(waiting.find("ORR"), multiscan.PlainFound)
    assert waiting._builder is None  # it did not compile too
    multiscan.PatternSet([regex]).build()  # the other process's work lands in the cache
    assert waiting.find("ORR").indexed(regex)
    assert lock.exists()  # not this process's lock to remove


@needs_hyperscan
def test_a_stale_lock_is_taken_over(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))
    regex = re.compile(r"\bORR\b")
    patterns = multiscan.PatternSet([regex])
    lock = patterns._cache_path().with_suffix(".lock")
    lock.write_text("")
    old = time.time() - multiscan.STALE_LOCK_SECONDS - 5
    os.utime(lock, (old, old))  # its process died mid-compile
    # `re` answers while this process compiles (or the database, when one pattern compiled
    # before the answer was chosen: a race this test once lost)
    assert [m.span() for m in patterns.find("ORR").finditer(regex)] == [(0, 3)]
    assert patterns._builder is not None  # the lock was taken over: this process compiles
    patterns._builder.join(10)
    assert patterns.find("ORR").indexed(regex)
    assert not lock.exists()  # released by the process that took it over


@needs_hyperscan
def test_a_set_that_cannot_be_compiled_is_left_to_re(tmp_path, monkeypatch):
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(tmp_path))

    def broken():
        raise multiscan.hyperscan.error("out of memory")

    _before_compiling(monkeypatch, broken)
    regex = re.compile(r"\bCR\b")
    patterns = multiscan.PatternSet([regex])
    patterns.build()  # no exception: the plain path answers
    found = patterns.find("a CR")
    assert isinstance(found, multiscan.PlainFound)
    assert [m.span() for m in found.finditer(regex)] == [(2, 4)]


@needs_hyperscan
def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(multiscan.CACHE_VARIABLE, str(blocker / "cache"))
    regex = re.compile(r"\bCR\b")
    patterns = multiscan.PatternSet([regex])
    patterns.build()
    found = patterns.find("a CR")
    assert found.indexed(regex) and [m.span() for m in found.finditer(regex)] == [(2, 4)]


def test_the_plain_path_writes_the_same_ledger(monkeypatch):
    path = sorted((ROOT / "data" / "seeds").glob("*.txt"))[0]
    source = Source(path=str(path), relative=path.name, text=path.read_text("utf-8"), sha256="0" * 64)
    fast = extract_document(source).model_dump_json()
    monkeypatch.setenv(multiscan.ENGINE_VARIABLE, "re")
    assert multiscan.engine() == "re"
    assert isinstance(document_patterns().find("x"), multiscan.PlainFound)
    assert extract_document(source).model_dump_json() == fast


def test_the_pattern_sets_are_the_same_in_every_process():
    """The Hyperscan databases and the compiled patterns are cached by their patterns' text: a
    pattern built from a set's iteration order (which changes with PYTHONHASHSEED) would miss
    the cache in every process, and compile 1-2 s of databases per worker and run."""
    import subprocess
    import sys

    script = (
        "import hashlib\n"
        "from carclaims.extract import document_patterns\n"
        "from carclaims.link import cue_patterns\n"
        "sources = [p.pattern for s in (document_patterns(), cue_patterns()) for p in s.regexes]\n"
        "print(hashlib.sha256(repr(sources).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
