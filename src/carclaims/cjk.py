"""Whether a text holds Chinese characters: the test that sends a page to the Chinese reader
(carclaims.zh), kept apart from that reader so that a run of English pages never loads it
(its patterns take 0.02 s to import, in the fork server and in every in-process run)."""

from __future__ import annotations

import re

CJK = re.compile(r"[\u3400-\u9fff]")  # CJK Unified Ideographs and Extension A


def has_cjk(text: str) -> bool:
    return not text.isascii() and CJK.search(text) is not None
