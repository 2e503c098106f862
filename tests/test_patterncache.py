"""Rule patterns read back from the compiled-pattern cache must be the patterns `re` compiles."""

import _sre
import re

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
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_used", {})
    monkeypatch.setattr(patterncache, "_missed", 0)
    return tmp_path


def _forget(monkeypatch):
    """What a new process would know: nothing but the file."""
    monkeypatch.setattr(patterncache, "_known", None)
    monkeypatch.setattr(patterncache, "_used", {})
    monkeypatch.setattr(patterncache, "_missed", 0)


def test_every_rule_pattern_this_process_loaded_is_what_re_compiles():
    # whether it came from the cache file or was compiled here: `==` compares flags and code
    assert len(patterncache._used) > 150
    for (pattern, flags, source), entry in patterncache._used.items():
        made = _sre.compile(*entry)
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
    patterncache._known[key] = (source, flags, [99999, *code], groups, index, names)  # engine refuses it
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
