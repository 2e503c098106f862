"""headstart reads `extract`'s command line before typer is loaded: its table of options must be
the command's, and what it reads must be what click reads."""

import pytest
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st

from carclaims import headstart
from carclaims.cli import app

# typer (0.2x) carries its own copy of click: the command's parser raises its UsageError
from typer._click.exceptions import UsageError  # noqa: E402  isort: skip

EXTRACT = typer.main.get_command(app).commands["extract"]


def _click_reads(args: list[str]) -> dict:
    """What click's parser takes from `args`, without converting values (as `extract` gets them).
    Not resilient: an option the command lacks ("-3", left after "-j --encoding" took its value)
    is click's UsageError, as a run meets it, not a token the parser skips."""
    context = EXTRACT.context_class(EXTRACT, info_name="extract")
    given_, _, _ = EXTRACT.make_parser(context).parse_args(list(args))
    return given_


def test_the_table_is_the_commands_options():
    options = [param for param in EXTRACT.params if param.param_type_name == "option"]
    with_values = {
        name: f"--{param.name.replace('_', '-')}" if param.name != "output_format" else "--format"
        for param in options
        if not param.is_flag
        for name in [*param.opts, *param.secondary_opts]
    }
    flags = {name for param in options if param.is_flag for name in [*param.opts, *param.secondary_opts]}
    assert headstart.VALUE_OPTIONS == with_values
    assert headstart.FLAGS == flags


_SOURCES = st.sampled_from(["data/seeds", "a.txt", "-", "dir with space", "x=y"])
_VALUES = st.sampled_from(["2", "out", "-3", "0", "two", "dask", "", "=x"])
_OPTION = st.one_of(
    st.tuples(
        st.sampled_from(sorted(headstart.VALUE_OPTIONS)), _VALUES, st.sampled_from(["apart", "joined"])
    ),
    st.tuples(st.sampled_from(sorted(headstart.FLAGS)), st.just(""), st.just("flag")),
)


def _spelled(option: tuple[str, str, str]) -> list[str]:
    name, value, form = option
    if form == "flag":
        return [name]
    if form == "apart":
        return [name, value]
    return [f"{name}={value}" if name.startswith("--") else name + value]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_SOURCES.map(lambda s: [s]), _OPTION.map(_spelled)), max_size=8), st.booleans())
def test_what_headstart_reads_is_what_click_reads(parts, with_separator):
    args = [arg for part in parts for arg in part]
    if with_separator:
        args = [*args, "--", "-q", "late.txt"]  # after "--", everything is a source
    peeked = headstart.peek(args)
    try:
        clicked = _click_reads(args)
    except UsageError:  # an option without its value, last, or one the command lacks: headstart reads nothing
        assert peeked is None
        return
    if peeked is None:  # headstart leaves to typer only an option left without its value, last
        assert args[-1] in headstart.VALUE_OPTIONS
        return
    assert peeked.sources == list(clicked.get("sources") or [])
    for long_name, value in peeked.values.items():
        key = "output_format" if long_name == "--format" else long_name[2:].replace("-", "_")
        assert clicked[key] == value, long_name


@pytest.mark.parametrize(
    ("args", "sources", "jobs", "engine"),
    [
        (["data/seeds", "--jobs", "2"], ["data/seeds"], 2, "local"),
        (["-j2", "a", "-o", "out", "b"], ["a", "b"], 2, "local"),
        (["--out=x", "-q", "a", "--strict"], ["a"], None, "local"),
        (["a", "--engine", "dask", "--scheduler", "tcp://h:8786"], ["a"], None, "dask"),
        (["a", "--", "--jobs"], ["a", "--jobs"], None, "local"),
    ],
)
def test_the_options_that_decide_the_workers(args, sources, jobs, engine):
    peeked = headstart.peek(args)
    assert (peeked.sources, peeked.jobs, peeked.engine) == (sources, jobs, engine)


@pytest.mark.parametrize(
    "args",
    [["a", "--help"], ["a", "--bogus"], ["a", "-qj2"], ["a", "--jobs"], ["a", "--strict=yes"]],
)
def test_what_it_cannot_read_is_left_to_typer(args):
    assert headstart.peek(args) is None
    assert headstart.start_workers(args) is False


def test_a_bad_job_count_or_missing_sources_start_nothing(tmp_path, monkeypatch):
    from carclaims import engine, interrupts

    calls: list[str] = []
    monkeypatch.setattr(engine, "prestart_workers", lambda: calls.append("start"))
    # the real hold would outlive this test: only `extract` ends it (interrupts.deliver)
    monkeypatch.setattr(interrupts, "hold_until_handled", lambda: calls.append("hold"))
    monkeypatch.setattr(engine, "default_jobs", lambda: 2)
    src = tmp_path / "src"
    src.mkdir()
    for i in range(9):
        (src / f"{i}.txt").write_text("The ORR was 50%.\n", "utf-8")
    for args in (
        [str(src), "--jobs", "two"],
        [str(src), "--jobs", "0"],
        [str(tmp_path / "missing"), "--jobs", "2"],
        ["--jobs", "2"],
    ):
        assert headstart.start_workers(args) is False
    assert calls == []
    assert headstart.start_workers([str(src), "--jobs", "2"]) is True
    assert calls == ["hold", "start"]
