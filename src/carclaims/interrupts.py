"""Ctrl-C and SIGTERM during `extract`: a KeyboardInterrupt carrying the signal's number, so that
the run stops cleanly and exits 128 + N, held back where it cannot be handled cleanly:

- while pydantic serializes a ledger. pydantic-core turns whatever a function serializer raises
  into the text of a PydanticSerializationError (pydantic/pydantic-core#828), and the ledger
  models have such serializers (whole numbers without ".0"): an interrupt that landed in one
  came out as a crash with a traceback.
- while the worker processes start. An interrupt there dropped the half-made pool, whose
  semaphores went with it, and the worker the fork server forked for it a moment later (once
  warm) failed on its first step with a traceback.

Inside `held()` the handler only notes the signal; the interrupt is raised on the way out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_holding = False
_pending: list[int] = []


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
