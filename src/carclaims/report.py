"""Rendering: rich tables for the terminal. Pure functions from results to renderables."""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .evaluate import Evaluation


def extract_summary(files: int, failed: int, written: int, per_metric: Counter[str], seconds: float) -> Group:
    line = Text(
        f"carclaims extract: {files} files, {failed} failed, {written} ledgers written, {seconds:.2f} s"
    )
    table = Table(show_footer=True)
    table.add_column("metric", footer="total")
    table.add_column("claims", justify="right", footer=str(sum(per_metric.values())))
    for metric, count in sorted(per_metric.items()):
        table.add_row(metric, str(count))
    return Group(table, line)


def eval_table(evaluation: Evaluation) -> Table:
    table = Table(title="carclaims eval")
    for name in ("metric", "gold", "pred", "match", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "metric" else "right")
    for metric, score in sorted(evaluation.per_metric.items()):
        table.add_row(
            metric,
            str(score.gold),
            str(score.predicted),
            str(score.matched),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
        )
    o = evaluation.overall
    table.add_section()
    table.add_row(
        "ALL",
        str(o.gold),
        str(o.predicted),
        str(o.matched),
        f"{o.precision:.3f}",
        f"{o.recall:.3f}",
        f"{o.f1:.3f}",
        style="bold",
    )
    for name, accuracy in evaluation.attribution.items():
        table.add_row(
            f"attribution: {name}", "", "", str(evaluation.matched_pairs), "", "", f"{accuracy:.3f}"
        )
    return table


def error_lines(evaluation: Evaluation, texts: dict[str, str]) -> list[str]:
    """Plain lines for --show-errors: misses, spurious claims and wrong attributions."""
    lines = []
    for gold, why in evaluation.misses:
        lines.append(
            f"MISS     {gold.doc}:{gold.start} {gold.metric} {gold.text!r} ({why})"
            f"\n         {_context(texts.get(gold.doc, ''), gold.start, gold.end)}"
        )
    for doc, claim in evaluation.spurious:
        lines.append(
            f"SPURIOUS {doc}:{claim.start} {claim.metric} {claim.text!r} [{claim.rule}]"
            f"\n         {_context(texts.get(doc, ''), claim.start, claim.end)}"
        )
    for gold, claim, name in evaluation.wrong_attribution:
        lines.append(
            f"ATTR     {gold.doc}:{gold.start} {gold.metric} {gold.text!r} {name}: "
            f"gold {gold.fields.get(name)!r}, got {getattr(claim, name)!r}"
        )
    return lines


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ⏎ ")
    right = text[end : end + width].replace("\n", " ⏎ ")
    return f"…{left}[{text[start:end]}]{right}…"
