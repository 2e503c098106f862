"""Response and remission outcomes: ORR, CR, MRD-negativity, disease control, success, relapse."""

from . import Cue

_RATE = r"(?:\s+rates?)?"
CUES: tuple[Cue, ...] = (
    # MRD-negative remission beats plain CR/ORR when both are said in one phrase.
    Cue(
        "mrd_negative",
        "mrd_negative",
        r"MRD[- ]?neg(?:ative|ativity)(?:[\s-]+(?:complete|overall|CR|CRi|remissions?|responses?"
        r"|rates?|status|bone\s+marrow|\(?CR\)?))*",
    ),
    Cue(
        "cr_with_mrd_negative",
        "mrd_negative",
        r"(?:CR|complete\s+(?:remission|response))\s+with\s+(?:an?\s+)?MRD[- ]?negative(?:\s+status)?",
    ),
    Cue(
        "mrd_spelled_out",
        "mrd_negative",
        r"(?:minimal|measurable)\s+residual\s+disease[- ](?:negative|negativity)"
        r"|negative\s+(?:for\s+)?(?:minimal|measurable)\s+residual\s+disease",
    ),
    Cue(
        "complete_remission",
        "cr",
        r"complete\s+(?:remission|response)s?(?:\s+\(CRi?\))?"
        + _RATE
        + r"(?:\s+\(CRi?\))?(?:\s+(?:or|and|/)\s+CR\s+with\s+incomplete\s+\w+\s+recovery)?",
    ),
    Cue("cr_acronym", "cr", r"\bCR(?:s|i)?\b(?:\s*/\s*CRi)?(?:\s+rates?)?", case_sensitive=True),
    Cue(
        "overall_response",
        "orr",
        r"(?:overall|objective|best\s+overall)\s+(?:response|remission)s?" + _RATE + r"(?:\s+\(ORR\))?",
    ),
    Cue("orr_acronym", "orr", r"\bORRs?\b", case_sensitive=True),
    Cue("response_rate", "orr", r"(?:response|remission)\s+rates?"),
    Cue(
        "responded",
        "orr",
        r"\b(?:respond(?:ed|ing)?|remissions?|responses?)\b",
        verb=True,
        generic=True,
    ),
    # A partial response is neither an overall nor a complete response: stop linking across it.
    Cue(
        "block.partial_response",
        None,
        r"partial\s+(?:response|remission)s?(?:\s+rates?)?|\bPRs?\b|"
        r"very\s+good\s+partial\s+response|\bVGPR\b|stable\s+disease|progressive\s+disease",
    ),
    Cue("disease_control", "dcr", r"disease\s+control" + _RATE + r"|\bDCR\b"),
    Cue(
        "success",
        "success_rate",
        r"\bsuccess" + _RATE + r"\b|\b(?:efficacy|effective(?:ness)?)\s+rates?",
    ),
    Cue(
        "relapse",
        "relapse",
        r"\brelapse(?:s|d)?\b(?!\s*(?:/|or|and)\s*refractory)" + _RATE + r"|\brecurrences?" + _RATE + r"\b",
        verb=True,
    ),
    Cue("relapsed_disease", "relapse", r"relapsed\s+(?:or|/|and)\s+refractory\s+disease"),
)
