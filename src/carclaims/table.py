"""One row per claim across many ledgers, for analysts (pandas; CSV, or Parquet with pyarrow)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, UsageError
from .ledger import Claim, Ledger, load

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = (
    "id",
    "source",
    "source_sha256",
    "metric",
    "text",
    "start",
    "end",
    "line",
    "column",
    "low",
    "high",
    "unit",
    "bound",
    "date",
    "approx",
    "hedge",
    "numerator",
    "denominator",
    "statistic",
    "timepoint",
    "ci_low",
    "ci_high",
    "event",
    "grade",
    "study",
    "product",
    "indication",
    "region",
    "population",
    "rule",
    "sentence",
    "review",
)


def ledger_files_named(inputs: Iterable[Path]) -> list[tuple[Path, str]]:
    """Ledger files with their names below the folder given (what data/reviews/ files follow)."""
    named: list[tuple[Path, str]] = []
    for given in inputs:
        if given.is_dir():
            named.extend((p, p.relative_to(given).as_posix()) for p in sorted(given.rglob("*.json")))
        elif given.exists():
            named.append((given, given.name))
        else:
            raise InputError(f"{given}: no such file or directory")
    return named


def ledger_files(inputs: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for given in inputs:
        if given.is_dir():
            files.extend(sorted(given.rglob("*.json")))
        elif given.exists():
            files.append(given)
        else:
            raise InputError(f"{given}: no such file or directory")
    return files


def reviewed_claims(
    ledger: Ledger, name: str, reviews_dir: Path | None, include_rejected: bool = False
) -> list[tuple[Claim, str]]:
    """A ledger's claims with their review label; with decisions, as the decisions have them."""
    if reviews_dir is None:
        return [(c, "") for c in ledger.claims]
    from .review import apply, load_decisions, reviews_path, source_text

    decisions = load_decisions(reviews_path(reviews_dir, name))
    if not decisions:
        return [(c, "") for c in ledger.claims]
    reviewed = apply(ledger, source_text(ledger), decisions)
    kept = [(c, reviewed.label(c, d)) for c, d in reviewed.claims]
    if include_rejected:
        kept += [(c, reviewed.label(c, d)) for c, d in reviewed.rejected]
        kept.sort(key=lambda pair: (pair[0].start, pair[0].end, pair[0].metric))
    return kept


def rows(ledgers: Iterable[tuple[Ledger, list[tuple[Claim, str]]]]) -> Iterable[dict[str, object]]:
    for ledger, claims in ledgers:
        for c, review in claims:
            v = c.value
            yield {
                "id": c.id,
                "source": ledger.source.path,
                "source_sha256": ledger.source.sha256,
                "metric": c.metric,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "line": c.line,
                "column": c.column,
                "low": v.low,
                "high": v.high,
                "unit": v.unit,
                "bound": v.bound,
                "date": v.date,
                "approx": c.approx,
                "hedge": c.hedge,
                "numerator": c.numerator,
                "denominator": c.denominator,
                "statistic": c.statistic,
                "timepoint": c.timepoint,
                "ci_low": c.ci[0] if c.ci else None,
                "ci_high": c.ci[1] if c.ci else None,
                "event": c.event,
                "grade": c.grade,
                "study": c.study,
                "product": c.product,
                "indication": c.indication,
                "region": c.region,
                "population": c.population,
                "rule": c.rule,
                "sentence": c.sentence,
                "review": review,
            }


def claims_frame(
    inputs: Iterable[Path],
    metrics: list[str] | None = None,
    products: list[str] | None = None,
    reviews_dir: Path | None = None,
    include_rejected: bool = False,
) -> pd.DataFrame:
    import pandas as pd

    loaded = []
    for path, name in ledger_files_named(inputs):
        ledger = load(path)
        loaded.append((ledger, reviewed_claims(ledger, name, reviews_dir, include_rejected)))
    frame = pd.DataFrame(list(rows(loaded)), columns=list(COLUMNS))
    if metrics:
        frame = frame[frame["metric"].isin(metrics)]
    if products:
        frame = frame[frame["product"].isin([p.lower() for p in products])]
    return frame.reset_index(drop=True)


def write_frame(frame: pd.DataFrame, out: Path) -> None:
    """CSV, or Parquet for a .parquet name (pyarrow needed); written via a temp file."""
    from .ledger import write_atomic

    if out.suffix.lower() == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("writing .parquet needs pyarrow: pip install pyarrow") from None
        temp = out.with_name(f".{out.name}.tmp")
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            frame.to_parquet(temp, index=False)
            temp.replace(out)
        finally:
            temp.unlink(missing_ok=True)
        return
    write_atomic(out, frame.to_csv(index=False, lineterminator="\n"))
