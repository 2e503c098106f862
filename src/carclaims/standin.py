"""Importing a library without modules it would load for nothing (spacyload, richhelp)."""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Iterator


@contextlib.contextmanager
def stood_in(stand_ins: dict[str, types.ModuleType]) -> Iterator[None]:
    """While the block imports, these module objects answer for their names; afterwards they are
    removed, so a later import of those names loads the real modules."""
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
