"""Rule patterns read back from the compiled-pattern cache must be the patterns `re` compiles."""

import json
import os
import re
import subprocess
import sys
from array import array

import pytest

import carclaims.extract  # noqa: F401  loads every rule pattern through fastre.compile
from carclaims import fastre, patterncache
from carclaims.cachedir import CACHE_VARIABLE

# made up, of the shapes the rules read: a trial abstract, a price page, a clinic page
LINES = (
    "The ORR was 92.3% (95% CI 51.9%-83.7%) and 27 of 30 patients (90%) reached CR at 3 months.\n"
    "One infusion costs $373,000 in the US, against 1.2 million RMB (about US$170,000) in China.\n"
    "Our clinic has treated 300+ patients with CAR-T since 2018; grade 3 CRS occurred in 4%.\n"
)
SAMPLES = ((r"\b(?P<n>\d+(?:\.\d+)?)\s*%", 0), (r"complete\s+(?:response|remission)", re.IGNORECASE))


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and a process that has compiled nothing yet."""
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path))
    _forget(monkeypatch)
    return tmp_path


def _forget(monkeypatch):
    """What a new process would know: nothing but the file."""
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_used", {})
    monkeypatch.setattr(patterncache, "_known_readings", {})
    monkeypatch.setattr(patterncache, "_read", {})
    monkeypatch.setattr(patterncache, "_missed", 0)
    monkeypatch.setattr(patterncache, "_missed_uncounted", 0)


def test_every_rule_pattern_this_process_loaded_is_what_re_compiles():
    # whether it came from the cache file or was compiled here: `==` compares flags and code
    assert len(patterncache._used) > 150
    for (pattern, flags, source), entry in patterncache._used.items():
        made = patterncache._built(entry)
        text = getattr(fastre if source == "guarded" else patterncache, source)(pattern, flags)
        assert made == re.compile(text, flags), pattern
        assert made.groupindex == re.compile(entry[0], flags).groupindex


def test_a_pattern_is_compiled_once_then_read_from_the_file(fresh, monkeypatch):
    first = [fastre.compile(p, f) for p, f in SAMPLES]
    assert patterncache._missed == len(SAMPLES)
    assert patterncache.store() is True
    assert patterncache.store() is False  # nothing new since
    (cache_file,) = fresh.glob("re-*.marshal")
    _forget(monkeypatch)
    again = [fastre.compile(p, f) for p, f in SAMPLES]
    assert patterncache._missed == 0
    assert again == first
    assert [m.group("n") for m in again[0].finditer(LINES)] == ["92.3", "95", "51.9", "83.7", "90", "4"]
    assert [m.span() for m in again[1].finditer(LINES.upper())] == [
        m.span() for m in re.finditer(SAMPLES[1][0], LINES.upper(), re.IGNORECASE)
    ]
    assert patterncache.store() is False and cache_file.exists()


def test_a_damaged_file_or_entry_is_compiled_again(fresh, monkeypatch):
    fastre.compile(*SAMPLES[0])
    patterncache.store()
    (cache_file,) = fresh.glob("re-*.marshal")
    cache_file.write_bytes(b"\x00not marshal")
    _forget(monkeypatch)
    assert fastre.compile(*SAMPLES[0]) == re.compile(fastre.guarded(*SAMPLES[0]), SAMPLES[0][1])
    assert patterncache._missed == 1
    assert patterncache.store() is True  # the file is whole again
    _forget(monkeypatch)
    key = (SAMPLES[0][0], SAMPLES[0][1], "guarded")
    source, flags, code, groups, index, names = patterncache._entries()[key]
    damaged = array("I", [99999]).tobytes() + code  # a code word the engine refuses
    patterncache._known[key] = (source, flags, damaged, groups, index, names)
    assert fastre.compile(*SAMPLES[0]) == re.compile(source, flags)
    assert patterncache._missed == 1


def test_each_interpreter_has_its_own_file(fresh, monkeypatch):
    here = patterncache._path()
    monkeypatch.setattr(patterncache.sys, "version", "3.99.0 (another build)")
    assert patterncache._path() != here and patterncache._path().parent == here.parent


def test_each_version_of_the_guards_has_its_own_file(fresh, monkeypatch):
    """An entry is found by the pattern the rules wrote but holds the guarded code: a fastre
    that guards differently must not read the code an earlier one made."""
    here = patterncache._path()
    monkeypatch.setattr(patterncache, "_GUARDS", "another fastre")
    assert patterncache._path() != here and patterncache._path().parent == here.parent


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_VARIABLE, str(blocker / "cache"))
    _forget(monkeypatch)
    assert fastre.compile(*SAMPLES[1]).search(LINES) is None
    assert patterncache.store() is False


def test_earlier_runs_entries_are_kept_until_there_are_too_many(fresh, monkeypatch):
    fastre.compile(*SAMPLES[0])
    patterncache.store()
    _forget(monkeypatch)
    fastre.compile(*SAMPLES[1])  # another command, other patterns
    patterncache.store()
    _forget(monkeypatch)
    assert set(patterncache._entries()) == {(*sample, "guarded") for sample in SAMPLES}
    monkeypatch.setattr(patterncache, "MAX_KEPT", 1)
    fastre.compile(r"\bCAR-?T\b", 0)
    patterncache.store()
    _forget(monkeypatch)
    assert set(patterncache._entries()) == {(r"\bCAR-?T\b", 0, "guarded")}


def test_a_pattern_used_as_written_and_guarded_are_two_entries(fresh, monkeypatch):
    """The tokenizer's affix patterns are compiled as written, the rules' with a guard in front:
    one pattern text asked for both ways gets each its own code."""
    pattern, flags = r"complete\s+remission", re.IGNORECASE
    assert fastre.guarded(pattern, flags) != pattern  # the guard changes this one
    guarded = fastre.compile(pattern, flags)
    written = patterncache.compile(pattern, flags, patterncache.as_written)
    assert patterncache.store() is True
    _forget(monkeypatch)
    again = patterncache.compile(pattern, flags, patterncache.as_written)
    assert again == written == re.compile(pattern, flags)
    assert fastre.compile(pattern, flags) == guarded != written
    assert patterncache._missed == 0


def test_every_reading_this_process_used_is_what_fastre_reads():
    assert len(patterncache._read) > 150
    readers = {"required_literals": fastre._required_literals, "at_word_start": fastre._at_word_start}
    for (name, pattern, flags), found in patterncache._read.items():
        assert found == readers[name](pattern, flags), (name, pattern)


def test_a_reading_is_made_once_then_read_from_the_file(fresh, monkeypatch):
    pattern = r"(?:complete|partial)\s+(?:response|remission)|\bCR\b"
    words = fastre.required_literals(pattern, re.IGNORECASE)
    whole = fastre.at_word_start(pattern, re.IGNORECASE)
    assert whole == rf"\b(?:{pattern})"
    assert words is None  # "cr" is too short to rule a text out
    assert fastre.required_literals(r"complete\s+(?:response|remission)", re.IGNORECASE) == {"complete"}
    assert patterncache._missed == 3 and patterncache.store() is True
    _forget(monkeypatch)

    def never(pattern, flags):
        raise AssertionError(f"read again: {pattern}")

    monkeypatch.setattr(fastre, "_required_literals", never)
    monkeypatch.setattr(fastre, "_at_word_start", never)
    assert fastre.at_word_start(pattern, re.IGNORECASE) == whole
    assert fastre.required_literals(pattern, re.IGNORECASE) is None
    assert fastre.required_literals(r"complete\s+(?:response|remission)", re.IGNORECASE) == {"complete"}
    # the shortest useful word is the caller's: the reading is kept whole
    assert fastre.required_literals(r"complete\s+(?:response|remission)", re.IGNORECASE, 9) is None
    assert patterncache._missed == 0


def test_while_reading_re_the_patterns_re_compiles_come_from_the_file(fresh, monkeypatch):
    plain = re._compiler.compile
    texts = [r"(?P<price>\$\s?\d[\d,]*)\s+per\s+(?:infusion|dose)", r"\bgrade\s*(?:[3-5]|≥\s*3)\b"]
    with patterncache.reading_re():
        assert re._compiler.compile is not plain
        first = [re._compiler.compile(text, re.IGNORECASE) for text in texts]
        assert re._compiler.compile(rb"\d+%", 0) == plain(rb"\d+%", 0)  # bytes: compiled as before
    assert re._compiler.compile is plain
    assert first == [plain(text, re.IGNORECASE) for text in texts]
    assert patterncache._missed == 0 and patterncache.store() is False  # two of re's: not written
    fastre.compile(*SAMPLES[0])  # a rule pattern the file lacks: written, with re's beside it
    assert patterncache._missed == 1 and patterncache.store() is True
    _forget(monkeypatch)
    re.purge()
    known = set(patterncache._entries())
    with patterncache.reading_re():
        again = re.compile(texts[0], re.IGNORECASE)
        assert re.sub(texts[1], "G3+", "Grade 3 CRS in 4%", flags=re.IGNORECASE) == "G3+ CRS in 4%"
    assert {(text, re.IGNORECASE, "as_written") for text in texts} <= known
    assert again == first[0] and again.groupindex == {"price": 1}
    assert again.search("one infusion: $373,000 per infusion").group("price") == "$373,000"


def test_reading_re_nested_or_refused_leaves_re_as_it_is(fresh, monkeypatch):
    plain = re._compiler.compile
    with patterncache.reading_re():
        reading = re._compiler.compile
        with patterncache.reading_re():
            assert re._compiler.compile is reading
        assert re._compiler.compile is reading  # the inner block gave back nothing it did not take
    assert re._compiler.compile is plain
    monkeypatch.setattr(patterncache, "_WORKS", False)  # an interpreter whose `re` works otherwise
    with patterncache.reading_re():
        assert re._compiler.compile is plain


_FIRST_BATCH = """
import json, re, sys
from carclaims import engine, patterncache
missed, store = [], patterncache.store
patterncache.store = lambda: missed.append(patterncache._missed) or store()
results = engine.extract_batch([("a.txt", "a.json", sys.argv[1].encode())], engine.Options())
used = patterncache._used
wrong = [key for key, entry in used.items() if key[2] == "as_written"
         and patterncache._built(entry) != re._compiler.compile(key[0], key[1])]
print(json.dumps({"missed": missed, "re": sum(key[2] == "as_written" for key in used),
                  "readings": len(patterncache._read), "wrong": wrong, "ledger": results[0].ledger_json}))
"""


def test_a_process_first_extraction_reads_every_pattern_from_the_file(tmp_path):
    """What a worker's start compiles (spaCy's patterns and its libraries' among them) is kept
    by the first process and read by the next, which extracts the same ledger."""
    env = {**os.environ, CACHE_VARIABLE: str(tmp_path)}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _FIRST_BATCH, LINES],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(2)
    ]
    assert runs[0]["missed"][0] > 0 and runs[1]["missed"] == [0]
    assert runs[1]["re"] > 100 and runs[1]["readings"] > 150
    assert runs[0]["wrong"] == runs[1]["wrong"] == []
    assert runs[0]["ledger"] == runs[1]["ledger"] and '"metric": "orr"' in runs[0]["ledger"]


def test_many_of_res_own_patterns_the_file_lacks_rewrite_it(fresh, monkeypatch):
    """A cache written by a run that kept no `re` patterns (an install's warm-up, an older
    version) gets them from the next run that compiles more than a few."""
    fastre.compile(*SAMPLES[0])
    assert patterncache.store() is True
    _forget(monkeypatch)
    texts = [rf"\bday\s+{day}\b" for day in range(patterncache.UNCOUNTED_WORTH_A_WRITE + 1)]
    with patterncache.reading_re():
        compiled = [re.compile(text) for text in texts]
    assert patterncache._missed == 0 and patterncache.store() is True
    _forget(monkeypatch)
    assert {(text, 0, "as_written") for text in texts} <= set(patterncache._entries())
    assert compiled[7].search("CRS began on day 7 after infusion").group() == "day 7"
