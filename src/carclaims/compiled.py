"""Which copy of the rule modules runs: the mypyc-compiled one (setup.py) or the source.

A compiled module sits beside its source and Python prefers it. After the source is edited (a
pull, a fix under test) the compiled copy would go on running the old rules without a word. So
the build records a digest of each source it compiled (MANIFEST), and when a source no longer
matches, or a copy has no record, every source of the group runs instead (compiled modules call
each other directly) and one line says to recompile. Digests, not times: a wheel's files are
written in any order, and a checkout back to the compiled version is not an edit.
CARCLAIMS_COMPILED=0 asks for the sources too (the plain path of platforms without a compiler).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

SWITCH = "CARCLAIMS_COMPILED"  # "0": run the sources
MANIFEST = "compiled.json"  # written by setup.py beside the copies: module -> digest of its source
_WARNED = "CARCLAIMS_COMPILED_WARNED"  # the packages already warned of: worker processes do not repeat it


def compiled_sources(folder: Path) -> dict[str, Path]:
    """Module name -> source, for each module in `folder` that also has a compiled copy."""
    found: dict[str, Path] = {}
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for entry in os.scandir(folder):
        if entry.name.endswith(suffixes):
            stem = entry.name.split(".", 1)[0]
            source = folder / f"{stem}.py"
            if source.exists():
                found[stem] = source
    return found


def digest(source: Path) -> str:
    """What the manifest records of a source (setup.py computes the same)."""
    return hashlib.sha256(source.read_bytes()).hexdigest()


def stale(folder: Path, sources: dict[str, Path]) -> list[str]:
    """The modules whose source is not the one their compiled copy was built from."""
    try:
        built = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        built = {}
    return sorted(name for name, source in sources.items() if built.get(name) != digest(source))


class _SourceFirst:
    """A finder that hands out the source of the named modules, ahead of their compiled copies."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(self, fullname, path=None, target=None):
        source = self.sources.get(fullname)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


def choose(package: str, folder: Path) -> None:
    """Run the sources instead of the compiled copies when asked to, or when a copy is stale."""
    sources = compiled_sources(folder)
    if not sources:
        return
    asked = os.environ.get(SWITCH) == "0"
    edited = [] if asked else stale(folder, sources)
    if not asked and not edited:
        return
    warned = os.environ.get(_WARNED, "").split(",")
    if edited and package not in warned:
        print(
            f"carclaims: {', '.join(f'{name}.py' for name in edited)} changed since the rule modules "
            "were compiled; running the sources (slower) until `make install` compiles them again",
            file=sys.stderr,
        )
        os.environ[_WARNED] = ",".join([*warned, package]).strip(",")
    sys.meta_path.insert(0, _SourceFirst({f"{package}.{name}": path for name, path in sources.items()}))
