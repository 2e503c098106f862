"""Near misses: for a number no claim covers, which rule came closest to reading it.

The report shows such numbers faintly (the reviewer's recall aid); a reviewer deciding whether
the extractor missed one wants to know what it was read as and which cue stood nearest, so a
missed claim can be told from a number that is no claim (a page number, a dose, a year).
"""

from __future__ import annotations

import bisect
import re

from .link import MAX_BEFORE, cue_windows, find_cues
from .normalise import Mention, scan

# What the scanner reads a number as, in the reviewer's words
KIND_NAMES = {
    "percent": "a percentage",
    "money": "a sum of money",
    "duration": "a duration",
    "factor": "a factor",
    "number": "a plain number",
    "year": "a year",
    "date": "a date",
    "fraction": "a fraction",
    "timepoint": "a time point",
    "ci": "a confidence interval",
}
CUE_AFTER_REACH = 40  # a cue right after a number ("85% complete remission") names it
_SENTENCE_EDGE = re.compile(r"[.!?;。！？；]\s|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around text[start:end], by punctuation alone: cheap and good enough
    for a hint."""
    lo = max(0, start - 2 * MAX_BEFORE)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)]
    after = _SENTENCE_EDGE.search(text, end, min(len(text), end + 2 * MAX_BEFORE))
    return (edges[-1] if edges else lo, after.start() if after else min(len(text), end + 2 * MAX_BEFORE))


def closest_rules(text: str, numbers: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Per number span (none covered by a claim), one sentence on what it was read as and which
    metric cue of its sentence came closest, if any."""
    if not numbers:
        return {}
    mentions = scan(text)
    starts = [m.start for m in mentions]
    mention_of: dict[tuple[int, int], Mention | None] = {}
    for start, end in numbers:
        i = bisect.bisect_right(starts, start) - 1
        near = [m for m in mentions[max(0, i) : i + 2] if m.start < end and start < m.end]
        mention_of[(start, end)] = near[0] if near else None
    read = [m for m in mention_of.values() if m is not None]
    cues = [c for c in find_cues(text, windows=cue_windows(read, len(text))) if c.cue.metric] if read else []
    cue_starts = [c.start for c in cues]
    hints = {}
    for (start, end), mention in mention_of.items():
        if mention is None:
            hints[(start, end)] = "The scanner reads no quantity here (part of a name, code or list)."
            continue
        kind = KIND_NAMES.get(mention.kind, mention.kind)
        lo, hi = _sentence(text, mention.start, mention.end)
        nearby = cues[bisect.bisect_left(cue_starts, lo) : bisect.bisect_left(cue_starts, hi)]
        best, best_gap = None, None
        for cue in nearby:
            if cue.end <= mention.start:
                gap = mention.start - cue.end
            elif cue.start >= mention.end:
                gap = cue.start - mention.end
                if gap > CUE_AFTER_REACH:
                    continue
            else:
                continue
            if best_gap is None or gap < best_gap:
                best, best_gap = cue, gap
        if best is None:
            hints[(start, end)] = f"Read as {kind}; no rule came close: no metric cue in its sentence."
            continue
        side = "before" if best.end <= mention.start else "after"
        words = text[best.start : best.end]
        hints[(start, end)] = (
            f"Read as {kind}. Closest rule: {best.cue.metric} (cue {best.cue.id!r}, “{words}”, "
            f"{best_gap} characters {side} it), which did not take it"
            + (": the cue is too far from it." if side == "before" and best_gap > MAX_BEFORE else ".")
        )
    return hints
