"""Not claims (CLAIMS.md section 1): phrases that stop a number from linking to a metric cue
further away. A process duration next to "follow-up" is not a survival figure."""

from . import Cue

CUES: tuple[Cue, ...] = (
    Cue("block.follow_up", None, r"follow[- ]?up"),
    Cue("block.confidence", None, r"\bCI\b|confidence\s+interval|p\s*[<=>]"),
    Cue(
        "block.process",
        None,
        r"manufactur\w*|vein[- ]to[- ]vein|turnaround|lead\s+times?|production|hospital\s+stays?"
        r"|hospitali[sz]ation|\bstay\b|\bvisas?\b|\bdos(?:e|es|ing)\b|observation\s+window|monitoring",
    ),
    Cue("block.age", None, r"\baged?\b|years?\s+old|-year-old|\bage\s*[<>≤≥]"),
    Cue("block.eligibility", None, r"prior\s+lines?|lines\s+of\s+(?:prior\s+)?therapy"),
    Cue("block.other_survival", None, r"metastasis[- ]free\s+survival|\bMFS\b"),
    Cue(
        "block.threshold",
        None,
        r"(?:incidence|frequency|reported\s+in|occurring\s+in)(?=\s*(?:≥|>=|>|≤|<|of\s+at\s+least))",
    ),
    Cue("block.expression", None, r"expression|heterogeneity|variability|sensitivity|specificity"),
)
