"""Verify: each claim against the record it should come from (the reference table).

A claim is checked only against rows of its own product (named, or the product of its study),
metric and unit, whose study, indication, population, statistic, time point, grade and event do
not contradict the claim's. Comparator arms, claims without a product and currency conversions
are never checked. Verdicts:

- matches: a row of the latest data cut agrees within the precision the claim was stated in;
- matches-other-cut: only a row of another data cut of the study agrees (which one is said);
- differs: no row agrees; the nearest is quoted with its date and source;
- selective: an upper extreme ("up to 92%") or a subgroup's figure above the whole cohort's;
- no-reference: nothing to check against.

Approvals: a date agrees with a row of the same region when one is a prefix of the other ("2021"
and "2021-06-22"); a claimed date before the product's first approval there differs; a later one
that no row covers has no reference (it may be a later indication's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .attribute import ANCESTORS, PRODUCTS, STUDY_PRODUCT, is_comparator_figure
from .check import COMPARATOR_BEFORE, _around, is_conversion, is_subgroup_figure, money_kind
from .diff import interval, interval_of, overlap
from .ledger import Claim, timepoint_key
from .reference import ReferenceRow, reference_rows
from .rules import RESPONDERS

VERDICTS = ("differs", "selective", "matches-other-cut", "matches", "no-reference")
TOXICITY = frozenset({"crs", "neurotoxicity", "adverse_event"})


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str
    claim: Claim
    row: ReferenceRow | None = None  # the row that agrees, or the nearest one
    note: str = ""


def _study_key(study: str | None) -> str | None:
    return re.sub(r"[^A-Z0-9]", "", study.upper()) if study else None


def product_of(claim: Claim) -> str | None:
    if claim.product:
        return claim.product
    return STUDY_PRODUCT.get(claim.study.upper()) if claim.study else None


def _indication_fits(claim: str | None, row: str | None) -> bool:
    return claim is None or row is None or claim == row or row in ANCESTORS.get(claim, ())


def candidates(claim: Claim, rows: Sequence[ReferenceRow]) -> list[ReferenceRow]:
    """Rows a claim can be checked against: its product and metric, nothing contradicting."""
    product = product_of(claim)
    found = []
    for row in rows:
        if row.product != product or row.metric != claim.metric or row.value.unit != claim.value.unit:
            continue
        if claim.study and row.study and _study_key(claim.study) != _study_key(row.study):
            continue
        if not _indication_fits(claim.indication, row.indication) and not (
            # "approved for leukaemia" is said of an approval for B-ALL; a figure for all blood
            # cancers is no figure for B-ALL
            claim.metric == "approval" and _indication_fits(row.indication, claim.indication)
        ):
            continue
        if claim.population and row.population and claim.population != row.population:
            continue
        if claim.statistic and row.statistic and claim.statistic != row.statistic:
            continue
        if (
            claim.timepoint
            and row.timepoint
            and timepoint_key(claim.timepoint) != timepoint_key(row.timepoint)
        ):
            continue  # a time point one side leaves unsaid contradicts nothing
        if claim.metric in TOXICITY and (claim.grade or "any") != (row.grade or "any"):
            continue
        if claim.metric == "adverse_event" and claim.event != row.event:
            continue
        if claim.metric == "efs":
            said = _efs_name(_around(claim, 160, 0)[0])
            if said and said != _efs_name(row.source.quote):
                continue  # relapse-free survival of responders is no event-free survival
        found.append(row)
    if claim.indication and any(r.indication == claim.indication for r in found):
        # "48.6% ORR in gastric cancer" is checked against the gastric-cancer rows, not against
        # the whole GI-cancer cohort's 48.6%: the narrower row is the claim's own
        found = [r for r in found if r.indication in (None, claim.indication)]
    return found


def verify_claim(claim: Claim, rows: Sequence[ReferenceRow] | None = None) -> Verdict:
    rows = reference_rows() if rows is None else rows
    if product_of(claim) is None:
        return Verdict("no-reference", claim, note="no product or study named")
    if is_comparator_figure(*_around(claim, COMPARATOR_BEFORE, 80)):
        return Verdict("no-reference", claim, note="a comparator arm's figure")
    if claim.metric in ("cost", "cost_reduction") and (is_conversion(claim) or money_kind(claim) != "price"):
        return Verdict("no-reference", claim, note="not a list price as stated")
    found = candidates(claim, rows)
    if claim.metric == "cost":
        found = [r for r in found if claim.region is None or r.region in (None, claim.region)]
    if not found:
        return Verdict("no-reference", claim)
    note = _uncertain(claim)
    if claim.metric == "approval":
        return _approval(claim, found, note)
    if claim.value.bound == "le" and claim.study and all(_above(claim, r) for r in found):
        # "up to 95%" admits the study's 87%, but gives an extreme as if it were the result
        nearest = min(found, key=lambda r: _distance(claim, r))
        return Verdict(
            "selective", claim, nearest, _join("an upper extreme given as the study's result", note)
        )
    agreeing = [r for r in found if overlap(interval(claim), _row_interval(r))]
    if agreeing:
        latest = _latest(found, same_study_as=agreeing[0])
        best = next((r for r in agreeing if r.cut == latest.cut), None)
        if best is not None:
            return Verdict("matches", claim, best, note)
        row = max(agreeing, key=lambda r: r.cut)
        return Verdict("matches-other-cut", claim, row, _join(f"the {row.cut} data cut", note))
    if claim.metric == "patient_count":
        return Verdict("no-reference", claim, note="cohort sizes differ from analysis set to analysis set")
    if claim.metric == "cost":
        # list prices move (raises, discounts, new markets): a price no dated row states is
        # unchecked, not wrong
        return Verdict("no-reference", claim, note="no dated list price states it")
    if not claim.study:
        # without a study named, a figure of another trial of the product cannot be told apart
        return Verdict("no-reference", claim, note="no study named to check against")
    found = [r for r in found if _same_terms(claim, r)]
    if not found:
        # "OS was 63%" against a 3-year row, a duration against a median: not the same figure
        return Verdict("no-reference", claim, note="no row of the same time point and statistic")
    nearest = min(found, key=lambda r: _distance(claim, r))
    if _another_cohort(claim, nearest):
        # "among 95 patients not previously treated …, the rates were …" against the 107 of the
        # table's row: another analysis set, which the table has no row for
        return Verdict("no-reference", claim, note="a figure for another cohort size than the table's")
    if is_subgroup_figure(claim) or _names_subgroup(claim):
        # a subgroup its own sentence names ("patients with CR had 5-year PFS of 28.4%") is told
        # honestly; the table has no row for it
        return Verdict("no-reference", claim, note="a subgroup's figure, no row for that subgroup")
    cuts = sorted({r.cut for r in found if _study_key(r.study) == _study_key(nearest.study)})
    return Verdict(
        "differs", claim, nearest, _join(f"no data cut in the table states it ({', '.join(cuts)})", note)
    )


# "nine of 12 patients with prior CAR-T", "in patients previously exposed to …": a subgroup
_SUBGROUP_WORDS = re.compile(
    r"\b(?:prior|previous(?:ly)?|exposed|subgroup|subset|cohort\s+of|those\s+(?:who|with)|high[- ]risk)\b",
    re.I,
)


# "Patients with complete response (CR) had longer PFS and OS, with 5-year rates of …": the
# responders' figures, whatever numbers they are told with
_RESPONDERS = re.compile(RESPONDERS, re.I)


# "among 95 patients …", "in the 64 infused patients", "of 97 participants": the cohort a figure
# is stated for, named before it in its sentence (or in a reference row's quote)
_COHORT_BEFORE = re.compile(
    r"\b(?:among|in|of|for)\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?(\d[\d,]*)\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:patients|participants|subjects|children|adults)\b",
    re.I,
)


def _cohort_size(text: str) -> float | None:
    found = _COHORT_BEFORE.findall(text)
    return float(found[-1].replace(",", "")) if found else None


def _another_cohort(claim: Claim, row: ReferenceRow) -> bool:
    """Whether the claim's sentence and the row each name a cohort size, and the two differ."""
    said = _cohort_size(_around(claim, 160, 0)[0])
    listed = row.denominator if row.denominator is not None else _cohort_size(row.source.quote)
    return said is not None and listed is not None and said != listed


def _names_subgroup(claim: Claim) -> bool:
    before, after = _around(claim, 160, 60)
    if _RESPONDERS.search(before):
        return True
    return bool(_SUBGROUP_WORDS.search(before + " " + after)) and claim.numerator is not None


# which event-free survival: "relapse-free", "leukaemia-free" and "event-free" are three endpoints
_EFS_NAMES = re.compile(
    r"\b(?P<name>event|relapse|leuka?emia|disease|progression)[- ]free\b|\b(?P<abbr>EFS|RFS|LFS|DFS)\b", re.I
)


def _efs_name(text: str) -> str | None:
    """The last event-free survival endpoint a text names: event, relapse, leukemia or disease."""
    names = [m.group("name") or m.group("abbr") for m in _EFS_NAMES.finditer(text)]
    if not names:
        return None
    first = names[-1].lower()[0]
    return {"e": "event", "r": "relapse", "l": "leukemia", "d": "disease", "p": "progression"}[first]


def _approval(claim: Claim, rows: list[ReferenceRow], note: str) -> Verdict:
    date = claim.value.date or ""
    here = [r for r in rows if claim.region is None or r.region == claim.region]
    if not here:
        return Verdict("no-reference", claim, note="no approval row for its region")
    for row in here:
        if date and ((row.value.date or "").startswith(date) or date.startswith(row.value.date or "~")):
            return Verdict("matches", claim, row, note)
    firsts = [r for r in here if r.first_approval]
    if firsts and date and date < (firsts[0].value.date or "")[: len(date)]:
        return Verdict("differs", claim, firsts[0], _join("before the first approval there", note))
    return Verdict("no-reference", claim, note="a later approval no row covers")


def _same_terms(claim: Claim, row: ReferenceRow) -> bool:
    """For a verdict against: the same time point (a rate) and statistic (a duration), stated on
    both sides."""
    if claim.value.unit == "%" and claim.metric in ("pfs", "efs", "os", "dor"):
        if timepoint_key(claim.timepoint) != timepoint_key(row.timepoint):
            return False
    if claim.value.unit in ("months", "years") and (claim.statistic or "median") != (
        row.statistic or "median"
    ):
        return False
    return True


def _row_interval(row: ReferenceRow) -> tuple[float, float]:
    """A reference figure as exact as its source states it: its own half-unit of precision."""
    return interval_of(row.value, row.value.bound == "approx")


def _latest(rows: list[ReferenceRow], same_study_as: ReferenceRow) -> ReferenceRow:
    study = _study_key(same_study_as.study)
    return max((r for r in rows if _study_key(r.study) == study), key=lambda r: r.cut)


def _point(value: float | None, other: float | None) -> float:
    return value if value is not None else (other if other is not None else 0.0)


def _distance(claim: Claim, row: ReferenceRow) -> float:
    a = _point(claim.value.high, claim.value.low)
    b = _point(row.value.high, row.value.low)
    return abs(a - b)


def _above(claim: Claim, row: ReferenceRow) -> bool:
    return _point(claim.value.high, claim.value.low) > _point(row.value.high, row.value.low)


def _uncertain(claim: Claim) -> str:
    """A claim whose sentence names neither its product (INN or alias) nor its study was
    attributed from the text around it: the finding says so."""
    product = product_of(claim) or ""
    names = [product, *ALIASES.get(product, ()), *([claim.study] if claim.study else [])]
    sentence = claim.sentence.lower()
    named = any(name.lower() in sentence for name in names if name)
    return "" if named else "attribution uncertain: the claim's sentence names neither product nor study"


ALIASES = {p.inn: p.aliases for p in PRODUCTS}


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def verify_ledger(claims: Sequence[Claim]) -> list[Verdict]:
    rows = reference_rows()
    return [verify_claim(claim, rows) for claim in claims]


def describe(v: Verdict) -> str:
    """One line's message: the claim, the reference, its date and source."""
    from .report import show_value

    what = v.claim.metric + (f" of {product_of(v.claim)}" if product_of(v.claim) else "")
    text = f"{what} {v.claim.text!r}"
    if v.row is not None:
        row = v.row
        ref = row.value.date if row.metric == "approval" else _shown(row)
        study = f"{row.study}, " if row.study else ""
        regulator = f"{row.regulator}, " if row.regulator else ""
        text += f": reference {ref} ({study}{regulator}{row.cut}; {row.source.document}, {row.source.url})"
    elif v.claim.metric != "approval":
        text += f" ({show_value(v.claim)})"
    return text + (f"; {v.note}" if v.note else "")


def _shown(row: ReferenceRow) -> str:
    value = row.value
    unit = "" if value.unit == "count" else (value.unit if value.unit == "%" else f" {value.unit}")
    if value.bound == "range":
        return f"{value.low:g}–{value.high:g}{unit}"
    number = value.low if value.low is not None else value.high
    return f"{number:g}{unit}"
