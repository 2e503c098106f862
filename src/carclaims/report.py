"""Rendering: rich tables for the terminal. Pure functions from results to renderables."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:  # `extract` prints its summary from a parent that should not load the rules
    from .check import CheckResult, Finding
    from .diff import Pair
    from .evaluate import Evaluation
    from .ledger import Claim


def extract_summary(
    files: int, failed: list[str], written: int, per_metric: Counter[str], seconds: float
) -> Group:
    line = Text(
        f"carclaims extract: {files} files, {len(failed)} failed, {written} ledgers written, {seconds:.2f} s"
    )
    for reason in failed:
        line.append(f"\n  failed: {reason}")
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


def error_lines(
    evaluation: Evaluation, texts: dict[str, str], paths: dict[str, str] | None = None
) -> list[str]:
    """Plain lines for --show-errors: misses, spurious claims and wrong attributions, each at
    path:line:col (editors and terminals open them)."""
    paths = paths or {}

    def place(doc: str, offset: int) -> str:
        text = texts.get(doc, "")
        line = text.count("\n", 0, offset)
        column = offset - (text.rfind("\n", 0, offset) + 1)
        return f"{paths.get(doc, doc)}:{line + 1}:{column + 1}"

    lines = []
    for gold, why in evaluation.misses:
        lines.append(
            f"MISS     {place(gold.doc, gold.start)} {gold.metric} {gold.text!r} ({why})"
            f"\n         {_context(texts.get(gold.doc, ''), gold.start, gold.end)}"
        )
    for doc, claim in evaluation.spurious:
        lines.append(
            f"SPURIOUS {place(doc, claim.start)} {claim.metric} {claim.text!r} [{claim.rule}]"
            f"\n         {_context(texts.get(doc, ''), claim.start, claim.end)}"
        )
    for gold, claim, name in evaluation.wrong_attribution:
        lines.append(
            f"ATTR     {place(gold.doc, gold.start)} {gold.metric} {gold.text!r} {name}: "
            f"gold {gold.fields.get(name)!r}, got {getattr(claim, name)!r}"
        )
    return lines


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ⏎ ")
    right = text[end : end + width].replace("\n", " ⏎ ")
    return f"…{left}[{text[start:end]}]{right}…"


def show_value(claim: Claim) -> str:
    """A claim's value the way a reader would write it: "72–92 %", "> 80 %", "2023-11"."""
    value = claim.value
    if value.unit == "date":
        return value.date or ""
    unit = "" if value.unit == "count" else f" {value.unit}"

    def n(x: float | None) -> str:
        assert x is not None
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    shown = {
        "eq": lambda: n(value.low),
        "approx": lambda: "~" + n(value.low),
        "range": lambda: f"{n(value.low)}–{n(value.high)}",
        "gt": lambda: "> " + n(value.low),
        "ge": lambda: "≥ " + n(value.low),
        "lt": lambda: "< " + n(value.high),
        "le": lambda: "≤ " + n(value.high),
    }[value.bound]()
    prefix = "~" if claim.approx and value.bound == "range" else ""
    return f"{prefix}{shown}{unit}"


def _where(label: str, claim: Claim) -> str:
    return f"{label}:{claim.line}:{claim.column}"


def _about(claim: Claim, note: str | None = None) -> str:
    parts = [claim.metric]
    parts += [str(v) for v in (claim.product, claim.indication, claim.region, claim.population) if v]
    return " · ".join(parts) + (f" ({note})" if note else "")


def diff_table(a_label: str, b_label: str, pairs: list[Pair]) -> Table:
    table = Table(title=f"carclaims diff  A={a_label}  B={b_label}", title_justify="left")
    for name in ("verdict", "about", "A", "B"):
        table.add_column(name, overflow="fold")
    style = {"conflict": "bold red", "compatible": "yellow", "same": "green"}
    previous = None
    for pair in pairs:
        if previous is not None and pair.verdict != previous:
            table.add_section()
        previous = pair.verdict
        first = pair.a or pair.b
        assert first is not None
        cells = []
        for label, claim in ((a_label, pair.a), (b_label, pair.b)):
            cells.append(
                "" if claim is None else f"{show_value(claim)}  {claim.text!r}\n{_where(label, claim)}"
            )
        table.add_row(pair.verdict, _about(first, pair.note), *cells, style=style.get(pair.verdict))
    from .diff import VERDICTS

    counts = {v: sum(1 for p in pairs if p.verdict == v) for v in VERDICTS}
    table.caption = ", ".join(f"{v} {n}" for v, n in counts.items())
    return table


def diff_json(a_label: str, b_label: str, pairs: list[Pair]) -> dict[str, object]:
    return {
        "a": a_label,
        "b": b_label,
        "pairs": [
            {
                "verdict": p.verdict,
                "note": p.note,
                "a": p.a.model_dump(mode="json") if p.a else None,
                "b": p.b.model_dump(mode="json") if p.b else None,
            }
            for p in pairs
        ],
    }


def diff_markdown(a_label: str, b_label: str, pairs: list[Pair]) -> str:
    """A Markdown report for pull-request comments: counts, then one table row per pair."""
    from .diff import VERDICTS

    counts = {v: sum(1 for p in pairs if p.verdict == v) for v in VERDICTS}
    lines = [
        f"### carclaims diff: `{a_label}` vs `{b_label}`",
        "",
        " · ".join(f"**{v}** {n}" for v, n in counts.items()),
        "",
        "| verdict | about | A | B |",
        "|---|---|---|---|",
    ]
    for pair in pairs:
        first = pair.a or pair.b
        assert first is not None
        cells = []
        for label, claim in ((a_label, pair.a), (b_label, pair.b)):
            if claim is None:
                cells.append("")
            else:
                quoted = claim.text.replace("|", "\\|")
                cells.append(f"{show_value(claim)} (“{quoted}”, `{_where(label, claim)}`)")
        lines.append(f"| {pair.verdict} | {_about(first, pair.note)} | {cells[0]} | {cells[1]} |")
    return "\n".join(lines) + "\n"


# --- check findings ------------------------------------------------------------------------


def _finding_place(finding: Finding) -> str:
    w = finding.where
    return w.path + (f":{w.line}:{w.column}" if w.line else "")


_ANSI = {"error": "\033[1;31m", "warning": "\033[1;33m", "path": "\033[1m", "reset": "\033[0m"}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def check_summary(result: CheckResult) -> str:
    return (
        f"carclaims check: {_count(result.sources, 'source')}, {_count(result.ledgers, 'ledger')}: "
        f"{_count(result.count('error'), 'error')}, {_count(result.count('warning'), 'warning')}"
    )


def findings_text(result: CheckResult, color: bool = False) -> str:
    """One finding per line as linters print them, `path:line:col: severity code message` (a
    finding about a whole file points at 1:1), then a summary line. Editors and terminals make
    `path:line:col` clickable; colour only when asked (a terminal)."""

    def paint(text: str, style: str) -> str:
        return f"{_ANSI[style]}{text}{_ANSI['reset']}" if color else text

    lines = []
    for f in result.findings:
        place = f"{f.where.path}:{f.where.line or 1}:{f.where.column or 1}:"
        message = " ".join(f.message.split())  # one line, whatever the message holds
        lines.append(f"{paint(place, 'path')} {paint(f.severity, f.severity)} {f.code} {message}")
    lines.append(check_summary(result))
    return "\n".join(lines) + "\n"


def findings_table(result: CheckResult) -> Table:
    table = Table(title=check_summary(result), title_justify="left")
    for name in ("severity", "code", "where", "message"):
        table.add_column(name, overflow="fold")
    for finding in result.findings:
        style = "bold red" if finding.severity == "error" else "yellow"
        table.add_row(finding.severity, finding.code, _finding_place(finding), finding.message, style=style)
    return table


def findings_json(result: CheckResult) -> dict[str, object]:
    return {
        "summary": {
            "sources": result.sources,
            "ledgers": result.ledgers,
            "errors": result.count("error"),
            "warnings": result.count("warning"),
        },
        "findings": [f.as_dict() for f in result.findings],
    }


def _linked(path: str, line: int | None, column: int | None, link_base: str | None) -> str:
    """`path:line:col`, or a link to the line in the repository's web view ("…/blob/SHA/")."""
    place = path + (f":{line}:{column}" if line else "")
    if not link_base:
        return f"`{place}`"
    url = link_base.rstrip("/") + "/" + path.lstrip("./") + (f"#L{line}" if line else "")
    return f"[`{place}`]({url})"


def findings_markdown(result: CheckResult, link_base: str | None = None) -> str:
    """For a CI job summary: counts, then one row per finding; with `link_base` (a repository's
    blob URL at the commit), each position, and the other side of a conflict, links to its line."""
    lines = [
        "### carclaims check",
        "",
        f"{result.sources} sources, {result.ledgers} ledgers: **{result.count('error')} errors**, "
        f"**{result.count('warning')} warnings**",
        "",
    ]
    if result.findings:
        lines += ["| severity | code | where | message |", "|---|---|---|---|"]
        for f in result.findings:
            message = f.message.replace("|", "\\|")
            where = _linked(f.where.path, f.where.line, f.where.column, link_base)
            for r in f.related:
                other = _linked(r.path, r.line, r.column, link_base)
                message = message.replace(f"{r.path}:{r.line}:{r.column}", other) if link_base else message
            lines.append(f"| {f.severity} | {f.code} | {where} | {message} |")
    else:
        lines.append("No findings.")
    return "\n".join(lines) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def findings_github(result: CheckResult) -> str:
    """GitHub workflow commands: one ::error/::warning annotation per finding, on the article's line."""
    lines = []
    for f in result.findings:
        props = [f"file={_escape_property(f.where.path)}"]
        if f.where.line:
            props.append(f"line={f.where.line}")
        if f.where.column:
            props.append(f"col={f.where.column}")
        props.append(f"title={_escape_property('carclaims ' + f.code)}")
        lines.append(f"::{f.severity} {','.join(props)}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
