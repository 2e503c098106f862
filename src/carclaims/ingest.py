"""Ingest: source files -> decoded text with a hash, so that claim offsets index the text exactly.

Offsets are code points into the text decoded from UTF-8 with a leading BOM removed and line
endings kept as stored (CLAIMS.md section 4).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

SOURCE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class Source:
    """One article: where it came from, its exact text and the hash of its bytes."""

    path: str  # as given by the user (relative paths stay relative)
    relative: str  # path below the directory it was found in, used to name the ledger
    text: str
    sha256: str


def decode(data: bytes, name: str) -> str:
    """UTF-8 text without a BOM; a clear InputError for anything else."""
    if b"\x00" in data:
        raise InputError(f"{name}: not a text file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first") from None


def read_source(path: Path, relative: str | None = None) -> Source:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = decode(data, str(path))
    return Source(
        path=path.as_posix(),
        relative=relative if relative is not None else path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def discover(inputs: list[Path]) -> Iterator[tuple[Path, str]]:
    """(file, relative name) for every source: files as given, directories walked in sorted order.

    Raises InputError for an input that does not exist.
    """
    for given in inputs:
        if given.is_dir():
            for found in sorted(given.rglob("*")):
                if found.is_file() and found.suffix.lower() in SOURCE_SUFFIXES:
                    yield found, found.relative_to(given).as_posix()
        elif given.exists():
            yield given, given.name
        else:
            raise InputError(f"{given}: no such file or directory")


def line_starts(text: str) -> list[int]:
    """Offsets at which each line begins ("\\n", "\\r\\n" and lone "\\r" all end a line)."""
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        elif ch == "\n":
            starts.append(i + 1)
        i += 1
    return starts
