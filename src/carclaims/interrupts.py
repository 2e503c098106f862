"""Ctrl-C and SIGTERM during `extract`: a KeyboardInterrupt carrying the signal's number, so that
the run stops cleanly and exits 128 + N, held back where it cannot be handled cleanly:

- while pydantic serializes a ledger. pydantic-core turns whatever a function serializer raises
  into the text of a PydanticSerializationError (pydantic/pydantic-core#828), and the ledger
  models have such serializers (whole numbers without ".0"): an interrupt that landed in one
  came out as a crash with a traceback.
- while the worker processes start. An interrupt there dropped the half-made pool, whose
  semaphores went with it, and the worker the fork server forked for it a moment later (once
  warm) failed on its first step with a traceback.

- while a module is imported. pydantic builds its models' validators then (an interrupt inside
  came out as a SchemaError with a traceback), and dataclasses and namedtuple run generated
  source, where CPython marks an interrupt as unhandled even once it is caught
  (`forget_unhandled`).

Inside `held()` the handler only notes the signal; the interrupt is raised on the way out.
From the moment `carclaims.headstart` starts the workers' fork server until `extract` runs, the
handler holds them too (`hold_until_handled`), and `extract` raises what came (`deliver`)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

_holding = False
_pending: list[int] = []
_held_for_extract = False
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def handler(signum: int, frame: object) -> None:
    """The handler `extract` installs for SIGINT and SIGTERM: SIGTERM behaves like Ctrl-C
    (pending writes remove their temp files on the way out), and the exit status says which
    signal it was (143 for SIGTERM, as a shell reports it)."""
    if _holding:
        _pending.append(signum)
        return
    raise KeyboardInterrupt(signum)


@contextmanager
def held() -> Iterator[None]:
    """Signals that arrive inside are raised as KeyboardInterrupt on the way out, instead of
    inside (even if what ran inside failed: the interrupt is what the user asked for)."""
    global _holding
    outer = _holding
    _holding = True
    try:
        yield
    finally:
        _holding = outer
        if _pending and not outer:
            signum = _pending[-1]
            _pending.clear()
            raise KeyboardInterrupt(signum)


def hold_until_handled() -> None:
    """Install `handler` now and hold what it receives until `deliver`: headstart starts the
    fork server before typer has parsed the options, and a Ctrl-C meanwhile would otherwise stop the
    command with a traceback while the server goes on warming up. (Not a signal mask: starting
    the resource tracker lifts any block on SIGINT and SIGTERM.)"""
    global _holding, _held_for_extract
    for signum in STOP_SIGNALS:
        signal.signal(signum, handler)
    _holding = _held_for_extract = True


def deliver() -> None:
    """End `hold_until_handled`, once `extract` has installed `handler`: a signal that came
    meanwhile is raised here, where the command handles it."""
    global _holding, _held_for_extract
    if not _held_for_extract:
        return
    _holding = _held_for_extract = False
    if _pending:
        signum = _pending[-1]
        _pending.clear()
        raise KeyboardInterrupt(signum)


def forget_unhandled() -> None:
    """Call once an interrupt is handled. CPython marks a KeyboardInterrupt that leaves code
    compiled from a string (exec or eval of source, as dataclasses, namedtuple and typing do)
    as unhandled, even when a caller catches it; under `python -m` the process then ends by
    SIGINT at exit instead of with the status the command chose. Running a string clears
    the mark (it is reset each time one starts)."""
    exec("")  # noqa: S102  an empty module: runs nothing
