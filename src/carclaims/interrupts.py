"""Ctrl-C and SIGTERM during `extract`: a KeyboardInterrupt carrying the signal's number, so that
the run stops cleanly and exits 128 + N, held back while pydantic serializes a ledger.

pydantic-core turns whatever a function serializer raises into the text of a
PydanticSerializationError (pydantic/pydantic-core#828), and the ledger models have such
serializers (whole numbers without ".0"): an interrupt that landed in one came out as a crash
with a traceback. Inside `serializing()` the handler only notes the signal; the interrupt is
raised when the serializer has returned."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_serializing = False
_pending: list[int] = []


def handler(signum: int, frame: object) -> None:
    """The handler `extract` installs for SIGINT and SIGTERM: SIGTERM behaves like Ctrl-C
    (pending writes remove their temp files on the way out), and the exit status says which
    signal it was (143 for SIGTERM, as a shell reports it)."""
    if _serializing:
        _pending.append(signum)
        return
    raise KeyboardInterrupt(signum)


@contextmanager
def serializing() -> Iterator[None]:
    """Signals that arrive inside are raised as KeyboardInterrupt on the way out, instead of
    inside the serializer (even if it failed: the interrupt is what the user asked for)."""
    global _serializing
    outer = _serializing
    _serializing = True
    try:
        yield
    finally:
        _serializing = outer
        if _pending and not outer:
            signum = _pending[-1]
            _pending.clear()
            raise KeyboardInterrupt(signum)
