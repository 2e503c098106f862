"""Whether a text holds Chinese characters: the test that sends a page to the Chinese reader
(carclaims.zh), kept apart from that reader so that a run of English pages never loads it
(its patterns take 0.02 s to import, in the fork server and in every in-process run)."""

from __future__ import annotations

import re
from functools import lru_cache

CJK = re.compile(r"[\u3400-\u9fff]")  # CJK Unified Ideographs and Extension A


def has_cjk(text: str) -> bool:
    return not text.isascii() and CJK.search(text) is not None


# Traditional Chinese (Taiwan and Hong Kong pages) read as simplified: OpenCC's t2s conversion,
# the project that maintains these character tables, in place of a table of our own. The Chinese
# reader's cues are written in simplified characters (CLAIMS.md 6); a traditional page read through
# this keeps every offset, since each character becomes one character.
@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # the install lacks it: traditional pages are read as written
        return None
    return opencc.OpenCC("t2s.json")


@lru_cache(maxsize=65536)
def _one(char: str) -> str:
    converter = _converter()
    converted = converter.convert(char) if converter is not None else char
    return converted if len(converted) == 1 else char


def simplified(text: str) -> str:
    """`text` with traditional Chinese characters in their simplified forms, character for
    character (the same length, the same offsets); other text unchanged."""
    converter = _converter()
    if converter is None or not has_cjk(text):
        return text
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_one(char) if CJK.match(char) else char for char in text)
