"""Ctrl-C and SIGTERM during `extract`: a KeyboardInterrupt carrying the signal's number, so that
the run stops cleanly and exits 128 + N, held back where it cannot be handled cleanly:

- while pydantic serializes a ledger. pydantic-core turns whatever a function serializer raises
  into the text of a PydanticSerializationError (pydantic/pydantic-core#828), and the ledger
  models have such serializers (whole numbers without ".0"): an interrupt that landed in one
  came out as a crash with a traceback.
- while the worker processes start. An interrupt there dropped the half-made pool, whose
  semaphores went with it, and the worker the fork server forked for it a moment later (once
  warm) failed on its first step with a traceback.

Inside `held()` the handler only notes the signal; the interrupt is raised on the way out.
Before the handler is installed, from the moment `carclaims.cli.main` starts the workers' fork
server, the signals are blocked (`block_until_handled`) and delivered once it is (`deliver`)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

_holding = False
_pending: list[int] = []
_blocked = False
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


def block_until_handled() -> None:
    """Block SIGINT and SIGTERM until `deliver`, in this thread, which is the command's only one
    then (a thread that did not block them would take them): `main` starts the fork server
    before typer has parsed the options, and a Ctrl-C meanwhile would stop the command with
    click's abort (no message, no 130) while the server goes on warming up."""
    global _blocked
    if hasattr(signal, "pthread_sigmask") and not _blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        _blocked = True


def deliver() -> None:
    """Lift `block_until_handled`'s block, once `extract` has installed `handler`: a signal that
    came meanwhile is raised here, where the command handles it."""
    global _blocked
    if _blocked:
        _blocked = False
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
