"""An `extract` run's workers, started before the command line is loaded.

The workers' fork server imports spaCy and warms up (0.5 s) on a core of its own, and the
sooner it starts the sooner the first worker runs. typer and the command's options take
0.05-0.09 s to load before they can be read; the few options that decide whether a run uses
workers are read here instead, from a table of the command's options (tests/test_headstart.py
checks the table against the command, and what is read here against what click reads). What
this cannot tell (an option it does not know, a value that is no number, `--help`) it leaves
to `extract`, which decides again once typer has read the options (`engine.extracts_here`)
and starts the server then if it is not running.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The options of `carclaims extract`, by the name the command knows them under: those that
# take a value, and the flags (click adds --help itself, which this leaves to typer).
VALUE_OPTIONS = {
    "--out": "--out",
    "-o": "--out",
    "--format": "--format",
    "--encoding": "--encoding",
    "--max-size": "--max-size",
    "--max-claims": "--max-claims",
    "--file-timeout": "--file-timeout",
    "--jobs": "--jobs",
    "-j": "--jobs",
    "--engine": "--engine",
    "--scheduler": "--scheduler",
}
FLAGS = frozenset({"--strict", "--quiet", "-q"})


@dataclass(frozen=True, slots=True)
class Peeked:
    """What an `extract` command line says about its workers."""

    sources: list[str]
    values: dict[str, str]  # by the option's long name

    @property
    def jobs(self) -> int | None:
        return int(self.values["--jobs"]) if "--jobs" in self.values else None

    @property
    def engine(self) -> str:
        return self.values.get("--engine", "local")


def peek(args: list[str]) -> Peeked | None:
    """The sources and option values of `extract`'s arguments (those after "extract"), read
    as click reads them; None where that takes click (an option this table lacks, a cluster
    of short flags, `--help`). Values are not converted."""
    sources: list[str] = []
    values: dict[str, str] = {}
    at = 0
    while at < len(args):
        arg = args[at]
        at += 1
        if arg == "--":
            sources.extend(args[at:])
            break
        if arg == "-" or not arg.startswith("-"):
            sources.append(arg)
            continue
        if arg in FLAGS:
            continue
        if arg.startswith("--"):
            name, joined, value = arg.partition("=")
        else:  # "-j2", "-oout": a short option with its value attached
            name, value = arg[:2], arg[2:]
            joined = "=" if value else ""
        if name not in VALUE_OPTIONS:
            return None
        if not joined:
            if at == len(args):
                return None  # click: the option needs a value
            value = args[at]
            at += 1
        values[VALUE_OPTIONS[name]] = value
    return Peeked(sources, values)


def start_workers(args: list[str]) -> bool:
    """Start the workers' fork server for `carclaims extract ARGS` if the run will use workers
    on this machine; True when it did. Never raises: a command line this cannot read, or
    sources that are not there, are for `extract` to report."""
    try:
        peeked = peek(args)
        if peeked is None or peeked.engine != "local" or not peeked.sources:
            return False
        jobs = peeked.jobs
        if jobs is not None and jobs < 1:
            return False
        from . import engine, interrupts

        if engine.extracts_here([Path(source) for source in peeked.sources], jobs or engine.default_jobs()):
            return False
        interrupts.hold_until_handled()  # a Ctrl-C from now on stops the run cleanly
        engine.prestart_workers()
    except Exception:  # noqa: BLE001  only a head start: `extract` reports what is wrong
        return False
    return True
