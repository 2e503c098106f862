"""Diff: line up the claims of two sources and say what agrees, what conflicts and what only one
side says. A pure `diff()` returns pairs with verdicts; rendering lives in report.py."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from .attribute import ANCESTORS
from .errors import InputError
from .ledger import Claim, Ledger, Value, field_key, load
from .rules import COUNT_METRICS

VERDICTS = ("conflict", "compatible", "same", "only_a", "only_b")  # display order: conflicts first
# Fields that must not disagree for two claims to be about the same thing (None matches anything).
ALIGN_FIELDS = ("product", "study", "indication", "region", "population", "statistic", "timepoint")
APPROX_TOLERANCE = 0.05  # "~90%" stands for 85.5–94.5
VERSION_SIMILARITY = 80.0  # sentences this alike (rapidfuzz ratio) are one sentence, edited


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a diff: a name to show and its claims."""

    label: str  # the path as given
    source_name: str  # the source file name, to recognise two versions of one article
    ledger: Ledger


@dataclass(frozen=True, slots=True)
class Pair:
    verdict: str
    a: Claim | None
    b: Claim | None
    note: str | None = None  # "currency conversion": an amount restated in another currency


def load_side(path: Path) -> Side:
    """A ledger file (.json, validated) or a source file, extracted on the fly."""
    if path.suffix.lower() == ".json":
        ledger = load(path)
        return Side(path.as_posix(), Path(ledger.source.path).name, ledger)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; diff takes two files")
    from .extract import extract_document
    from .ingest import read_source

    source = read_source(path)
    return Side(path.as_posix(), path.name, extract_document(source))


def _half_unit(number: float) -> float:
    """Half a unit of the last digit a figure was stated with: "92%" means 91.5–92.5."""
    text = repr(float(number))
    decimals = 0 if float(number).is_integer() else len(text.split(".")[1])
    return 0.5 * 10**-decimals


def interval(claim: Claim) -> tuple[float, float]:
    """The values a claim admits, as a closed interval (unbounded sides are infinite). A count is
    exact: "five products" is 5, not 4.5–5.5."""
    return interval_of(claim.value, claim.approx)


def interval_of(value: Value, approx: bool = False) -> tuple[float, float]:
    """The values a stated value admits (see `interval`)."""

    def half(number: float) -> float:
        return 0.0 if value.unit == "count" else _half_unit(number)

    low = value.low - half(value.low) if value.low is not None else -math.inf
    high = value.high + half(value.high) if value.high is not None else math.inf
    if value.bound == "approx" or (approx and value.bound == "eq"):
        spread = abs(value.low or 0) * APPROX_TOLERANCE
        return low - spread, high + spread
    return low, high


def verdict(a: Claim, b: Claim) -> str:
    """same, compatible or conflict for two claims about the same thing."""
    if a.metric == "approval":
        da, db = a.value.date or "", b.value.date or ""
        if da == db:
            return "same"
        return "compatible" if da.startswith(db) or db.startswith(da) else "conflict"
    va, vb = a.value, b.value
    if (va.bound, va.low, va.high) == (vb.bound, vb.low, vb.high):
        return "same"
    return "compatible" if overlap(interval(a), interval(b)) else "conflict"


TOUCH = 1e-9  # intervals that share no more than this only touch ("81%" 80.5–81.5, "82%" 81.5–82.5)


def overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Whether two intervals share values: more than a touching end, unless one is a single value
    ("up to 300" and "300" agree; "81%" and "82%" do not)."""
    shared = min(x[1], y[1]) - max(x[0], y[0])
    if shared > TOUCH:
        return True
    point = x if x[0] == x[1] else y if y[0] == y[1] else None
    return point is not None and shared >= -TOUCH


_VERDICT_RANK = {"same": 0, "compatible": 1, "conflict": 2}
TOXICITY_METRICS = frozenset({"crs", "neurotoxicity", "adverse_event"})


def comparable(a: Claim, b: Claim, min_evidence: int = 1) -> tuple[int, int] | None:
    """(evidence, fields only one side states), or None when the two claims cannot be shown to
    be about the same thing.

    Evidence counts the fields both sides state alike (a shared product or study counts twice:
    it pins the claim down). Claims of another metric or unit, or that disagree on a field, or
    with less evidence than `min_evidence`, are not paired.
    """
    if a.metric != b.metric or a.value.unit != b.value.unit:
        return None
    if a.metric == "approval" and (a.product is None or a.product != b.product):
        return None  # an approval date only compares with one for the same product
    if a.metric in TOXICITY_METRICS and (a.event != b.event or (a.grade or "any") != (b.grade or "any")):
        return None  # infections are not ICU admissions; grade ≥3 CRS is not any-grade CRS
    if a.metric in COUNT_METRICS and (a.numerator is not None or b.numerator is not None):
        return None  # "75 of the 169 trials" counts a subset
    if a.metric == "patient_count" and not (
        (a.product and a.product == b.product) or (a.study and a.study == b.study)
    ):
        return None  # cohorts differ from study to study
    evidence = one_sided = 0
    for name in ALIGN_FIELDS:
        x, y = field_key(name, getattr(a, name)), field_key(name, getattr(b, name))
        if x is not None and y is not None:
            if (
                name == "indication"
                and a.metric in ("cost", "cost_reduction")
                and (x in ANCESTORS.get(y, ()) or y in ANCESTORS.get(x, ()))
            ):
                # a price said of "hematologic malignancies" and of "B-cell malignancies" is one
                # price; an outcome rate for all of them is not a rate for a subtype
                one_sided += 1
                continue
            if x != y:
                return None
            evidence += 2 if name in ("product", "study") else 1
        elif x is not None or y is not None:
            one_sided += 1
    if evidence < min_evidence:
        return None
    return evidence, one_sided


Requirement = Callable[[Claim, Claim], bool]  # a further test two claims must pass to pair


def align(
    a_claims: Sequence[Claim],
    b_claims: Sequence[Claim],
    min_evidence: int = 1,
    require: Requirement | None = None,
) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b): most agreeing fields first; then values that
    agree before values that conflict (two reports of one price pair on it even when only one
    names the product); then claims equally specific (a generic price pairs with a generic
    price before a product's price); then the most similar sentences; then text order."""
    scored = []
    for i, a in enumerate(a_claims):
        for j, b in enumerate(b_claims):
            fit = comparable(a, b, min_evidence)
            if fit is not None and (require is None or require(a, b)):
                agreeing, one_sided = fit
                agreement = _VERDICT_RANK[verdict(a, b)]
                scored.append((-agreeing, agreement, one_sided, -fuzz.ratio(a.sentence, b.sentence), i, j))
    return _greedy(scored)


def align_versions(a_claims: Sequence[Claim], b_claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs for two versions of one article: the same sentence (possibly edited) and the same
    place in it first, so an edited number is paired with its old value."""
    scored = []
    for i, a in enumerate(a_claims):
        for j, b in enumerate(b_claims):
            if a.metric != b.metric:
                continue
            similarity = fuzz.ratio(a.sentence, b.sentence)
            if similarity < VERSION_SIMILARITY:
                continue
            # the place within the sentence matters, not in the file (text above may change)
            place = abs(a.sentence.find(a.text) - b.sentence.find(b.text))
            scored.append((-similarity, place, i, j))
    return _greedy(scored)


def _greedy(scored: list[tuple[float, ...]]) -> list[tuple[int, int]]:
    """Take the best-scored pairs first (lowest tuples), each claim at most once."""
    scored.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for *_, i_raw, j_raw in scored:
        i, j = int(i_raw), int(j_raw)
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    return pairs


def diff(
    a: Side,
    b: Side,
    versions: bool | None = None,
    min_evidence: int = 1,
    require: Requirement | None = None,
) -> list[Pair]:
    """Every claim of both sides, paired where they are about the same thing, with a verdict.

    versions: treat the sides as two versions of one article (None: when the source names match).
    min_evidence: how much must be shown alike before two claims of different sources pair.
    require: a further test for two claims of different sources; by default check's safeguards
    (subject_safeguards: no comparator arm, no subgroup against a cohort, no currency conversion).
    """
    from .check import is_conversion, subject_safeguards  # check builds on diff: imported late

    if versions is None:
        versions = a.source_name == b.source_name
    if require is None:
        require = subject_safeguards
    a_claims, b_claims = a.ledger.claims, b.ledger.claims
    pairs_idx = align_versions(a_claims, b_claims) if versions else []
    taken_a = {i for i, _ in pairs_idx}
    taken_b = {j for _, j in pairs_idx}
    rest_a = [i for i in range(len(a_claims)) if i not in taken_a]
    rest_b = [j for j in range(len(b_claims)) if j not in taken_b]
    if not versions:
        rest = align([a_claims[i] for i in rest_a], [b_claims[j] for j in rest_b], min_evidence, require)
        for i, j in rest:
            pairs_idx.append((rest_a[i], rest_b[j]))
    pairs = [Pair(verdict(a_claims[i], b_claims[j]), a_claims[i], b_claims[j]) for i, j in pairs_idx]
    paired_a = {i for i, _ in pairs_idx}
    paired_b = {j for _, j in pairs_idx}

    def note(claim: Claim) -> str | None:
        return "currency conversion" if not versions and is_conversion(claim) else None

    pairs += [Pair("only_a", c, None, note(c)) for i, c in enumerate(a_claims) if i not in paired_a]
    pairs += [Pair("only_b", None, c, note(c)) for j, c in enumerate(b_claims) if j not in paired_b]
    order = {v: k for k, v in enumerate(VERDICTS)}

    def key(pair: Pair) -> tuple[int, int, int]:
        return (order[pair.verdict], pair.a.start if pair.a else 10**12, pair.b.start if pair.b else 0)

    return sorted(pairs, key=key)


def has_conflict(pairs: Sequence[Pair]) -> bool:
    return any(p.verdict == "conflict" for p in pairs)
