"""Counts: clinical trials, approved products and patients."""

import re

from . import CountNoun, Cue

# How many people a disease affects is not how many patients a therapy treated.
INCIDENCE = (
    r"\bdiagnosed\b|\baffect(?:s|ed|ing)?\b|\bincidence\b|\bprevalence\b|\bdie\b|\bdeaths?\b|\blive\s+with\b"
)
APPROVAL_CONTEXT = r"approv|licen[cs]ed|authori[sz]ed|commerciali[sz]ed|commercial|marketed|launched"

# Up to three modifiers may stand between the number and its noun ("six approved CAR-T products").
_SPACE = r"[^\S\r\n]"  # white space within a line: a count never continues on the next line
_MODS = (
    rf"^\+?(?:{_SPACE}|-)*(?:(?!(?:of|in|and|or|with|for|from|at|by|on|to|were|was|are|is|than)\b)"
    rf"[A-Za-z][\w./'’-]*{_SPACE}+){{0,3}}?"
)
# Numbers that label something rather than count it: "phase 2", "grade 3", "day 28", "top 5".
NOT_A_COUNT = re.compile(
    r"\b(?:phase|grade|day|stage|cycle|step|type|top|version|arm|level|line|part|week|chapter"
    r"|figure|fig\.|table|no\.|number|CD|cohort|group|wave|round|tier|class|category|lines?)"
    r"[\s#-]*$",
    re.IGNORECASE,
)
NOUNS: tuple[CountNoun, ...] = (
    CountNoun("trials", "trial_count", _MODS + r"(?:trials|studies)\b"),
    CountNoun(
        "products",
        "product_count",
        _MODS + r"(?:products|therapies|drugs|treatments|CAR-Ts|agents)\b",
        requires=APPROVAL_CONTEXT,
    ),
    CountNoun(
        "patients",
        "patient_count",
        _MODS + r"(?:patients?|cases|children|adults|participants|subjects|recipients|infusions)\b",
        excludes=INCIDENCE,
    ),
    CountNoun(
        "people_treated",
        "patient_count",
        _MODS + r"(?:people|individuals|persons)(?=[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){0,2}?"
        r"(?:treated|enrolled|infused|served|received|underwent|helped|cured))",
        excludes=INCIDENCE,
    ),
)
# "(n=1,036)": the size of the cohort a result comes from.
COHORT_SIZE_BEFORE = re.compile(r"\b[nN]\s*=\s*$")
# A share of all trials: "more than 50% of the world's clinical trials".
PERCENT_OF_TRIALS = CountNoun(
    "share_of_trials",
    "trial_count",
    r"^\s+of\s+(?:the\s+|all\s+)?(?:world'?s\s+|global\s+|registered\s+)?(?:[\w-]+\s+){0,2}?trials\b",
)

CUES: tuple[Cue, ...] = (
    Cue("trials_label", "trial_count", r"\btrials?\b|\bstudies\b", scope="label"),
    Cue("products_label", "product_count", r"\b(?:products|therapies)\b", scope="label"),
    Cue(
        "patients_label",
        "patient_count",
        r"\bpatients\b|\b(?:cohort|sample)\s+size\b|\benrolled\b|\bN\b",
        scope="label",
    ),
)
