"""Ingest: source files -> decoded text with a hash, so that claim offsets index the text exactly.

Offsets are code points into the decoded text: UTF-8 with a leading BOM removed, UTF-16 when a
BOM says so, or a fallback encoding the user names; line endings are kept as stored (CLAIMS.md
section 4). Anything that is not text, too large or unreadable is refused with a one-line reason.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SOURCE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """One article: where it came from, its exact text and the hash of its bytes."""

    path: str  # as given by the user (relative paths stay relative)
    relative: str  # path below the directory it was found in, used to name the ledger
    text: str
    sha256: str
    encoding: str = "utf-8"
    html: str | None = None  # the original page when the text was extracted from HTML
    html_pieces: tuple[tuple[int, int, int], ...] = ()  # text -> HTML offsets (htmltext.HtmlText)


# A file to extract: (path, ledger name, its bytes or the reason they could not be read).
Item = tuple[str, str, bytes | str]


def decode(data: bytes, name: str, fallback: str | None = None) -> tuple[str, str]:
    """(text, encoding used): a BOM decides first, then UTF-8, then the fallback if given."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {encoding} BOM but is not {encoding} (byte {exc.start})"
                ) from None
    if b"\x00" in data:
        raise InputError(f"{name}: not a text file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if fallback is None:
            raise InputError(
                f"{name}: not valid UTF-8 (byte {exc.start}); convert it or pass --encoding, e.g. cp1252"
            ) from None
    try:
        return data.decode(fallback), codecs.lookup(fallback).name
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"{name}: not valid UTF-8 and not {fallback} either ({exc})") from None


def read_source(
    path: Path,
    relative: str | None = None,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Read, check and decode one article (HTML pages are turned into text here)."""
    return decode_source(path, read_bytes(path, max_bytes), relative, encoding=encoding)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`; InputError with the reason else."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file (a pipe, socket or device); skipped")
    if info.st_size > max_bytes:
        size, limit = info.st_size / 1e6, max_bytes / 1e6
        raise InputError(f"{path}: {size:.1f} MB is over the {limit:.0f} MB limit (raise it with --max-size)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def decode_source(
    path: Path, data: bytes, relative: str | None = None, *, encoding: str | None = None
) -> Source:
    """The Source of a file's bytes: decoded, checked for text, HTML turned into text. Needs no
    file system, so that it can run on a worker that only received the bytes."""
    text, used = decode(data, str(path), encoding)
    if not text.strip():
        raise InputError(f"{path}: empty (no text to extract)")
    html = None
    pieces: tuple[tuple[int, int, int], ...] = ()
    if path.suffix.lower() in HTML_SUFFIXES:
        from .htmltext import html_to_text

        page = html_to_text(text)
        html, text, pieces = text, page.text, tuple(page.pieces)
        if not text.strip():
            raise InputError(f"{path}: the page has no article text")
    return Source(
        path=path.as_posix(),
        relative=relative if relative is not None else path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=used,
        html=html,
        html_pieces=pieces,
    )


def ledger_name(relative: str) -> str:
    """data/seeds/x/NAME.txt -> x/NAME.json (the relative folder is kept)."""
    return Path(relative).with_suffix(".json").as_posix()


def discover(
    inputs: list[Path], problems: list[tuple[Path, str]] | None = None
) -> Iterator[tuple[Path, str]]:
    """(file, relative name) for every source: files as given, directories walked in sorted
    order without following directory links (a link loop cannot trap the walk).

    Raises InputError for an input that does not exist; directories that cannot be listed are
    appended to `problems` (when given) instead of stopping the walk.
    """
    for given in inputs:
        if given.is_dir():
            yield from _walk(given, problems)
        elif given.exists() or given.is_symlink():
            yield given, given.name
        else:
            raise InputError(f"{given}: no such file or directory")


def _walk(root: Path, problems: list[tuple[Path, str]] | None) -> Iterator[tuple[Path, str]]:
    """Files of a directory in sorted order, then its subdirectories in sorted order: only one
    directory's listing is held at a time, however large the tree."""

    def onerror(error: OSError) -> None:
        if problems is not None:
            problems.append(
                (Path(error.filename or root), f"{error.filename}: cannot list ({error.strerror})")
            )

    for directory, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(SOURCE_SUFFIXES) and not name.startswith("."):
                full = Path(directory) / name
                yield full, full.relative_to(root).as_posix()


_LINE_END = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Offsets at which each line begins (CRLF, LF and a lone CR all end a line). Without a
    CR, str.split finds the line ends five times faster than the pattern (asked for each page
    by the segmenter, the ledger and the Chinese reader)."""
    if "\r" in text:
        return [0, *(m.end() for m in _LINE_END.finditer(text))]
    lengths = [len(line) + 1 for line in text.split("\n")]
    lengths.pop()  # the last line ends no line
    return [0, *itertools.accumulate(lengths)]
