"""Where carclaims keeps what it builds once and reads on later runs (Hyperscan databases,
compiled rule patterns): $CARCLAIMS_CACHE, else the user's cache folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE_VARIABLE = "CARCLAIMS_CACHE"  # where compiled databases are kept (default: the user cache)


def cache_dir() -> Path:
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "carclaims"


def store(path: Path, blob: bytes, prefix: str) -> bool:
    """Write a cache file whole or not at all (a temp file named `prefix`…, then a rename);
    False when it cannot be written, which is no error: a cache is only a cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=prefix, delete=False) as handle:
            handle.write(blob)
        os.replace(handle.name, path)
    except OSError:
        return False
    return True
