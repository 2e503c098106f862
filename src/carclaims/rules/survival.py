"""Survival and durability: PFS, EFS, OS (medians or rates at a time point) and DOR."""

from . import Cue

_RATE = r"(?:\s+rates?)?"
CUES: tuple[Cue, ...] = (
    Cue("pfs", "pfs", r"progression[- ]free\s+survival" + _RATE + r"(?:\s+\(PFS\))?"),
    Cue("pfs_acronym", "pfs", r"\bm?PFS\b", case_sensitive=True),
    Cue("progression_free", "pfs", r"progression[- ]free\b(?!\s+survival)", verb=True),
    Cue("efs", "efs", r"event[- ]free\s+survival" + _RATE + r"(?:\s+\(EFS\))?"),
    Cue("efs_acronym", "efs", r"\bEFS\b", case_sensitive=True),
    Cue("os", "os", r"overall\s+survival" + _RATE + r"(?:\s+\(OS\))?"),
    Cue("os_acronym", "os", r"\bm?OS\b", case_sensitive=True),
    Cue(
        "survival",
        "os",
        r"\bsurvival" + _RATE + r"\b|\bsurvived\b|\b(?:were|remained|are)\s+alive\b",
        verb=True,
        generic=True,
    ),
    Cue(
        "duration_of_response",
        "dor",
        r"duration\s+of\s+(?:the\s+)?(?:complete\s+|overall\s+)?(?:response|remission)"
        r"|(?:response|remission)\s+duration|\bDoR\b|\bDOR\b",
    ),
)
