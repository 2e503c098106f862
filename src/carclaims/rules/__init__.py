"""Rule families: one module per claim family, each a table of named cue patterns.

A *cue* is a phrase that says which metric a nearby number is about ("complete remission",
"PFS", "trials"). Cues are data: `Cue(id, metric, pattern, ...)`. The linker (`carclaims.link`)
pairs number mentions with cues; the cue id ends up in every claim's `rule` field, so a wrong
claim leads straight back to the row of the table that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import fastre

# What sort of quantity each metric accepts (mention kinds from carclaims.normalise).
PERCENT_LIKE = frozenset({"percent", "fraction"})
METRIC_KINDS: dict[str, frozenset[str]] = {
    "orr": PERCENT_LIKE,
    "cr": PERCENT_LIKE,
    "mrd_negative": PERCENT_LIKE,
    "dcr": PERCENT_LIKE,
    "success_rate": PERCENT_LIKE,
    "relapse": PERCENT_LIKE,
    "crs": PERCENT_LIKE,
    "neurotoxicity": PERCENT_LIKE,
    "adverse_event": PERCENT_LIKE,
    "pfs": PERCENT_LIKE | {"duration"},
    "efs": PERCENT_LIKE | {"duration"},
    "os": PERCENT_LIKE | {"duration"},
    "dor": PERCENT_LIKE | {"duration"},
    "cost": frozenset({"money"}),
    "cost_reduction": frozenset({"percent", "factor"}),
    "trial_count": frozenset({"number", "fraction", "percent"}),
    "product_count": frozenset({"number"}),
    "patient_count": frozenset({"number", "fraction"}),
    "approval": frozenset({"date", "year"}),
}
METRICS: tuple[str, ...] = tuple(METRIC_KINDS)
COUNT_METRICS = frozenset({"trial_count", "product_count", "patient_count"})

# Who responded: "patients who achieved a CR", "those with a partial response", "patients in
# complete remission", "responders". A figure stated for them is a subgroup's (check, verify), and
# "(n = N)" after them counts an outcome, not a cohort (link). One phrase, so all three agree.
RESPONDERS = (
    r"\b(?:patients|those|subjects|participants)\s+(?:(?:who|that)\s+responded\b"
    r"|(?:(?:who|that)\s+(?:had|achieved|were\s+in)|with|in)\s+(?:at\s+least\s+)?(?:an?\s+)?(?:best\s+)?"
    r"(?:complete|partial|MRD|CR|PR|sCR|VGPR|response|remission)\b)"
    r"|\bresponders\b|\bresponding\s+patients\b|\bCR\s+group\b"
)


MASK = "mask."  # the id prefix of a cue that only covers words (see Cue)


@dataclass(frozen=True)
class Cue:
    """A named pattern that names a metric (or, with metric None, blocks linking across it).

    position: where the cue may stand relative to the number: "any", "before" or "after".
    requires: a pattern that must also occur in the same sentence or cell.
    scope: "text" cues are searched in running text; "label" cues only in table headers,
    row labels and "Label:" prefixes, where a bare word like "trials" is enough.
    verb: the cue can be the verb of "N% of patients …" ("relapse", "responded").
    An id that starts with MASK ("mask.") covers the words it matches, so that no cue inside them
    is read ("in second or later relapse" holds no relapse), and itself names and blocks nothing.
    generic: a catch-all ("side effect") that yields to a specific cue earlier in the clause
    ("Cytokine release syndrome, the most common side effect, affected 47%").
    """

    id: str
    metric: str | None
    pattern: str
    case_sensitive: bool = False
    position: str = "any"
    requires: str | None = None
    kinds: frozenset[str] | None = None
    event: str | None = None
    scope: str = "text"
    verb: bool = False  # a verb that can follow "N% of patients" directly ("40% of patients relapse")
    generic: bool = False  # "side effect", "response": yields to a specific cue of the same clause
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    requires_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # strings one of which every match holds (lower case): a text without them is not searched
    literals: frozenset[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        pattern = fastre.at_word_start(self.pattern, flags)  # cue words are whole words
        object.__setattr__(self, "regex", fastre.compile(pattern, flags))
        object.__setattr__(self, "literals", fastre.required_literals(pattern, flags))
        object.__setattr__(
            self,
            "requires_regex",
            fastre.compile(self.requires, re.IGNORECASE) if self.requires else None,
        )
        if self.metric is not None and self.metric not in METRIC_KINDS:
            raise ValueError(f"cue {self.id}: unknown metric {self.metric!r}")
        if self.position not in ("any", "before", "after"):
            raise ValueError(f"cue {self.id}: bad position {self.position!r}")

    def accepts(self, kind: str) -> bool:
        if self.metric is None:
            return True
        allowed = self.kinds if self.kinds is not None else METRIC_KINDS[self.metric]
        return kind in allowed


@dataclass(frozen=True)
class CountNoun:
    """A noun after a number that makes it a count claim ("854 trials", "39 Chinese patients")."""

    id: str
    metric: str
    pattern: str
    requires: str | None = None
    excludes: str | None = None  # a pattern that, in the same sentence, makes it no count
    phrase_requires: str | None = None  # a pattern the counted phrase itself must hold
    before: str | None = None  # a pattern the text right before the figure must end with
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    requires_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    excludes_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    phrase_requires_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    before_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # one of these is in the fold of every text `regex` matches (None: no such words)
    literals: frozenset[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", fastre.compile(self.pattern, re.IGNORECASE))
        object.__setattr__(self, "literals", fastre.required_literals(self.pattern, re.IGNORECASE))
        for name, pattern in (
            ("requires_regex", self.requires),
            ("excludes_regex", self.excludes),
            ("phrase_requires_regex", self.phrase_requires),
            ("before_regex", self.before),
        ):
            object.__setattr__(self, name, fastre.compile(pattern, re.IGNORECASE) if pattern else None)


def all_cues() -> tuple[Cue, ...]:
    """Every cue of every family, in table order (earlier rows win ties)."""
    from . import approvals, costs, counts, exclusions, outcomes, survival, toxicity

    cues: list[Cue] = []
    for family in (outcomes, survival, toxicity, costs, counts, approvals, exclusions):
        cues.extend(family.CUES)
    ids = [c.id for c in cues]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate cue ids: {sorted(duplicates)}")
    return tuple(cues)
