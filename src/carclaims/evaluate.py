"""The scoreboard: extracted claims against gold annotations (CLAIMS.md section 5)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .ledger import Claim, Ledger

ATTRIBUTES = ("product", "indication", "region")


@dataclass(frozen=True, slots=True)
class GoldClaim:
    doc: str
    start: int
    end: int
    text: str
    metric: str
    value: dict[str, Any]
    fields: dict[str, Any]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Evaluation:
    overall: Score
    per_metric: dict[str, Score]
    attribution: dict[str, float]
    matched_pairs: int
    misses: list[tuple[GoldClaim, str]] = field(default_factory=list)
    spurious: list[tuple[str, Claim]] = field(default_factory=list)
    wrong_attribution: list[tuple[GoldClaim, Claim, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "per_metric": {m: s.as_dict() for m, s in sorted(self.per_metric.items())},
            "attribution": {k: round(v, 4) for k, v in self.attribution.items()},
            "matched_pairs": self.matched_pairs,
        }


def load_gold(directory: Path) -> list[GoldClaim]:
    """Every gold claim of every *.jsonl file under `directory`."""
    if not directory.exists():
        raise InputError(f"{directory}: no such gold directory")
    files = sorted(directory.rglob("*.jsonl")) if directory.is_dir() else [directory]
    if not files:
        raise InputError(f"{directory}: no *.jsonl gold files")
    claims = []
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                claims.append(
                    GoldClaim(
                        doc=raw["doc"],
                        start=raw["start"],
                        end=raw["end"],
                        text=raw["text"],
                        metric=raw["metric"],
                        value=raw["value"],
                        fields={
                            k: v
                            for k, v in raw.items()
                            if k not in ("doc", "start", "end", "text", "metric", "value")
                        },
                    )
                )
            except (json.JSONDecodeError, KeyError) as exc:
                raise InputError(f"{path}:{number}: not a gold claim ({exc})") from None
    return claims


def _close(a: float | None, b: float | None, unit: str) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if unit in ("%", "count", "months", "years", "x", "weeks", "days"):
        return abs(a - b) <= 0.05 + 1e-9
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) + 1e-9


def values_match(gold: dict[str, Any], claim: Claim) -> bool:
    value = claim.value
    if gold.get("unit") != value.unit or gold.get("bound") != value.bound:
        return False
    if value.unit == "date":
        return gold.get("date") == value.date
    return _close(gold.get("low"), value.low, value.unit) and _close(gold.get("high"), value.high, value.unit)


def matches(gold: GoldClaim, claim: Claim) -> bool:
    return (
        gold.start < claim.end
        and claim.start < gold.end
        and gold.metric == claim.metric
        and values_match(gold.value, claim)
    )


def evaluate(gold: Iterable[GoldClaim], ledgers: dict[str, Ledger], every_ledger: bool = False) -> Evaluation:
    """Score ledgers (keyed by source file name) against gold claims, one-to-one. Only
    documents with gold are scored, unless `every_ledger` (then a ledger without gold counts
    all its claims as spurious)."""
    gold_list = sorted(gold, key=lambda g: (g.doc, g.start, g.end, g.metric))
    overall = Score()
    per_metric: dict[str, Score] = {}
    attribute_hits = dict.fromkeys(ATTRIBUTES, 0)
    evaluation = Evaluation(overall, per_metric, {}, 0)
    docs = sorted({g.doc for g in gold_list} | (set(ledgers) if every_ledger else set()))
    for doc in docs:
        doc_gold = [g for g in gold_list if g.doc == doc]
        ledger = ledgers.get(doc)
        predicted = list(ledger.claims) if ledger else []
        used: set[int] = set()
        for g in doc_gold:
            per_metric.setdefault(g.metric, Score()).gold += 1
            overall.gold += 1
            candidates = [i for i, c in enumerate(predicted) if i not in used and matches(g, c)]
            if not candidates:
                evaluation.misses.append((g, _why(g, predicted)))
                continue
            best = min(
                candidates,
                key=lambda i: (abs(predicted[i].start - g.start), abs(predicted[i].end - g.end)),
            )
            used.add(best)
            claim = predicted[best]
            per_metric[g.metric].matched += 1
            overall.matched += 1
            evaluation.matched_pairs += 1
            for name in ATTRIBUTES:
                if g.fields.get(name) == getattr(claim, name):
                    attribute_hits[name] += 1
                else:
                    evaluation.wrong_attribution.append((g, claim, name))
        for i, claim in enumerate(predicted):
            per_metric.setdefault(claim.metric, Score()).predicted += 1
            overall.predicted += 1
            if i not in used:
                evaluation.spurious.append((doc, claim))
    pairs = evaluation.matched_pairs
    evaluation.attribution = {name: (attribute_hits[name] / pairs if pairs else 0.0) for name in ATTRIBUTES}
    return evaluation


def _why(gold: GoldClaim, predicted: list[Claim]) -> str:
    overlapping = [c for c in predicted if gold.start < c.end and c.start < gold.end]
    if not overlapping:
        return "not extracted"
    parts = []
    for c in overlapping:
        v = c.value
        shown = v.date if v.unit == "date" else f"{v.low}..{v.high} {v.unit} {v.bound}"
        parts.append(f"got {c.metric} {shown}")
    return "; ".join(parts)
