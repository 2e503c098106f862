"""A corpus of ledgers as one SQLite database for Datasette, written with sqlite-utils.

Tables `sources`, `claims` (every ledger field, flattened as `carclaims table` flattens it),
`findings` (what `carclaims check --all-conflicts` says of the ledgers: lints and conflicts
between articles) and `products` (the registry with its sources); indexes on the columns people
filter by, full-text search on the claims' sentences, and views for conflicts side by side and
claims by product. Updates are incremental and atomic: an article whose ledger is unchanged (same
source sha256, same extractor version, same review state) keeps its rows; a changed one has its
rows replaced, a deleted one removed, all in one transaction, so a reader never sees half a corpus.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError
from .ledger import Ledger, load
from .table import COLUMNS, ledger_files_named, reviewed_claims, rows

SOURCE_COLUMNS = {
    "path": str,
    "ledger": str,
    "sha256": str,
    "title": str,
    "characters": int,
    "claims": int,
    "extracted_at": str,
    "extractor_version": str,
    "state": str,  # what the rows were built from: sha256, extractor version, review decisions
}
CLAIM_TYPES = {
    "start": int,
    "end": int,
    "line": int,
    "column": int,
    "low": float,
    "high": float,
    "numerator": float,
    "denominator": float,
    "ci_low": float,
    "ci_high": float,
    "approx": int,
}
FINDING_COLUMNS = {
    "id": str,
    "source": str,
    "line": int,
    "column": int,
    "code": str,
    "severity": str,
    "message": str,
    "claim_id": str,
    "other_source": str,
    "other_claim_id": str,
}
INDEXED = ("metric", "product", "indication", "region", "source")

VIEWS = {
    "conflicts": """
select f.code, f.message,
  a.source as source, a.metric as metric, a.product as product, a.indication as indication,
  a.region as region, a.text as value_here, a.sentence as sentence_here, a.line as line_here,
  b.source as other_source, b.text as value_there, b.sentence as sentence_there,
  b.line as line_there, a.id as claim_id, b.id as other_claim_id
from findings f
join claims a on a.source = f.source and a.id = f.claim_id
join claims b on b.source = f.other_source and b.id = f.other_claim_id
where f.code = 'corpus-conflict'
""",
    "claims_by_product": """
select product, metric, count(*) as claims, count(distinct source) as sources,
  min(low) as lowest, max(coalesce(high, low)) as highest, group_concat(distinct unit) as units
from claims
where product is not null
group by product, metric
order by product, metric
""",
}


# Datasette's canned queries: what people ask of a corpus first
CANNED_QUERIES = {
    "orr_disagreements": {
        "title": "ORR claims that disagree",
        "description": "Overall response rates of one product and indication, in two articles, that differ.",
        "sql": """
select a.product, a.indication, a.text as one, a.source as one_source, b.text as other,
  b.source as other_source
from claims a join claims b
  on a.product = b.product and coalesce(a.indication, '') = coalesce(b.indication, '')
where a.metric = 'orr' and b.metric = 'orr' and a.unit = '%' and b.unit = '%'
  and a.source < b.source
  and (a.low is not b.low or coalesce(a.high, a.low) is not coalesce(b.high, b.low))
order by a.product, a.indication
""".strip(),
    },
    "prices": {
        "title": "Prices per product and region",
        "description": "List prices claimed for each product, by region and currency.",
        "sql": """
select product, region, unit as currency, count(*) as claims, min(low) as lowest,
  max(coalesce(high, low)) as highest
from claims where metric = 'cost'
group by product, region, unit order by product, region
""".strip(),
    },
}


@dataclass
class DbSummary:
    sources: int
    claims: int
    findings: int
    rewritten: int  # sources whose rows were (re)written
    removed: int  # sources no longer in the corpus


def _state(ledger: Ledger, decisions: str) -> str:
    """What an article's rows depend on: a different state means they are rebuilt."""
    return hashlib.sha256(
        f"{ledger.source.sha256}:{ledger.extractor.version}:{decisions}".encode()
    ).hexdigest()


def _decisions_digest(reviews_dir: Path | None, name: str) -> str:
    if reviews_dir is None:
        return ""
    from .review import reviews_path

    path = reviews_path(reviews_dir, name)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _title(ledger: Ledger) -> str:
    """The article's first heading or line, when its text is at hand."""
    try:
        from .review import source_text

        text = source_text(ledger)
    except (InputError, OSError):
        return ""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:200]
    return ""


def _finding_rows(ledgers: dict[str, Ledger], claims_at: dict[tuple[str, int, int], str]) -> list[dict]:
    """Lints of every ledger and the conflicts among all of them, as rows."""
    from .check import corpus_conflicts, lint
    from .ledger import dumps

    findings = []
    for name in sorted(ledgers):
        findings.extend(lint(json.loads(dumps(ledgers[name]))))
    articles = [(name, ledgers[name].source.path, ledgers[name]) for name in sorted(ledgers)]
    findings.extend(corpus_conflicts(articles, ledgers))
    out = []
    for finding in findings:
        where = finding.where
        other = finding.related[0] if finding.related else None
        row = {
            "source": where.path,
            "line": where.line,
            "column": where.column,
            "code": finding.code,
            "severity": finding.severity,
            "message": finding.message,
            "claim_id": claims_at.get((where.path, where.line or 0, where.column or 0)),
            "other_source": other.path if other else None,
            "other_claim_id": claims_at.get((other.path, other.line or 0, other.column or 0))
            if other
            else None,
        }
        key = json.dumps(row, sort_keys=True, ensure_ascii=False)
        row["id"] = "f-" + hashlib.sha256(key.encode()).hexdigest()[:16]
        out.append(row)
    return out


def _product_rows() -> list[dict[str, Any]]:
    raw = json.loads(resources.files("carclaims").joinpath("data/products.json").read_text("utf-8"))
    return [
        {
            "inn": item["inn"],
            "aliases": json.dumps(item.get("aliases", []), ensure_ascii=False),
            "studies": json.dumps(item.get("studies", []), ensure_ascii=False),
            "approved": json.dumps(item.get("approved", []), ensure_ascii=False),
            "source": item.get("source", ""),
        }
        for item in raw
    ]


def _create(db) -> None:
    """The tables, indexes, full-text search and views, where missing."""
    if "sources" not in db.table_names():
        db["sources"].create(SOURCE_COLUMNS, pk="path")
    if "claims" not in db.table_names():
        columns = {c: CLAIM_TYPES.get(c, str) for c in COLUMNS}
        # a claim id hashes the source's bytes and the span: two copies of one article share ids
        db["claims"].create(columns, pk=("source", "id"), foreign_keys=[("source", "sources", "path")])
        for column in INDEXED:
            db["claims"].create_index([column])
        db["claims"].enable_fts(["sentence", "text"], create_triggers=True, tokenize="porter")
    if "findings" not in db.table_names():
        db["findings"].create(FINDING_COLUMNS, pk="id")
        db["findings"].create_index(["code"])
        db["findings"].create_index(["source"])
    if "products" not in db.table_names():
        db["products"].create(
            {"inn": str, "aliases": str, "studies": str, "approved": str, "source": str}, pk="inn"
        )
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


def build_db(ledgers_dirs: Iterable[Path], out: Path, reviews_dir: Path | None = None) -> DbSummary:
    """Bring `out` up to date with the ledgers (see the module docstring). Raises InputError for
    a ledger that cannot be read, before anything is written."""
    import sqlite_utils

    named = ledger_files_named(ledgers_dirs)
    ledgers: dict[str, Ledger] = {}
    paths: dict[str, Path] = {}
    for path, name in named:
        ledgers[name] = load(path)  # InputError names the file
        paths[name] = path
    by_source: dict[str, str] = {}
    for name, ledger in ledgers.items():
        if ledger.source.path in by_source:
            raise InputError(
                f"{paths[by_source[ledger.source.path]]} and {paths[name]} are ledgers of one source"
            )
        by_source[ledger.source.path] = name

    out.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(out)
    try:
        db.conn.execute("PRAGMA foreign_keys = ON")
        rewritten = 0
        with db.atomic():
            _create(db)
            known = {row["path"]: row["state"] for row in db["sources"].rows}
            wanted = {}
            for name, ledger in ledgers.items():
                wanted[ledger.source.path] = (name, _state(ledger, _decisions_digest(reviews_dir, name)))
            gone = [path for path in known if path not in wanted]
            for path in gone:
                db["claims"].delete_where("source = ?", [path])
                db["sources"].delete(path)
            for source_path, (name, state) in sorted(wanted.items()):
                if known.get(source_path) == state:
                    continue
                ledger = ledgers[name]
                db["claims"].delete_where("source = ?", [source_path])
                claims = reviewed_claims(ledger, name, reviews_dir)
                mtime = datetime.fromtimestamp(paths[name].stat().st_mtime, UTC)
                db["sources"].upsert(
                    {
                        "path": source_path,
                        "ledger": paths[name].as_posix(),
                        "sha256": ledger.source.sha256,
                        "title": _title(ledger),
                        "characters": ledger.source.chars,
                        "claims": len(claims),
                        "extracted_at": mtime.isoformat(timespec="seconds"),
                        "extractor_version": ledger.extractor.version,
                        "state": state,
                    },
                    pk="path",
                )
                claim_rows = [{**row, "approx": int(bool(row["approx"]))} for row in rows([(ledger, claims)])]
                db["claims"].insert_all(claim_rows, pk=("source", "id"))
                rewritten += 1
            # findings are about the corpus as a whole (a conflict needs two articles): rebuilt
            claims_at = {
                (row["source"], row["line"], row["column"]): row["id"]
                for row in db.query("select id, source, line, column from claims")
            }
            db["findings"].delete_where()
            db["findings"].insert_all(_finding_rows(ledgers, claims_at), pk="id", replace=True)
            db["products"].delete_where()
            db["products"].insert_all(_product_rows(), pk="inn")
        summary = DbSummary(
            sources=db["sources"].count,
            claims=db["claims"].count,
            findings=db["findings"].count,
            rewritten=rewritten,
            removed=len(gone),
        )
    finally:
        db.close()
    return summary


def metadata(db_name: str) -> dict[str, Any]:
    """What Datasette shows beside the tables: titles, descriptions, units, canned queries."""
    units = {
        "low": "the value's lower end, in `unit`",
        "high": "the value's upper end, in `unit`",
        "unit": "% for rates; an ISO 4217 code for money; months, years, count, x or date",
        "start": "code-point offset into the source text",
        "end": "code-point offset into the source text (exclusive)",
        "timepoint": "ISO 8601 duration (P12M)",
        "review": "the reviewer's decision, with --reviews",
    }
    return {
        "title": "carclaims: claims about CAR-T cell therapy",
        "description": "Every claim carclaims extracted from a corpus of articles, with its place.",
        "source": "carclaims ledgers (docs/CLAIMS.md)",
        "databases": {
            db_name: {
                "tables": {
                    "sources": {"description": "One row per article: its path, hash, title and size."},
                    "claims": {
                        "description": "One row per claim, flattened from the ledgers.",
                        "columns": units,
                        "facets": ["metric", "product", "region"],
                        "sortable_columns": ["metric", "product", "low", "high", "source", "line"],
                    },
                    "findings": {
                        "description": "What carclaims check says: lints and conflicts between articles."
                    },
                    "products": {
                        "description": "The product registry: INN, aliases, studies, approvals, sources."
                    },
                    "conflicts": {"description": "Each corpus conflict with both claims side by side."},
                    "claims_by_product": {"description": "Claims per product and metric, with their range."},
                },
                "queries": CANNED_QUERIES,
            }
        },
    }
