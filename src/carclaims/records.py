"""Ledgers as plain dicts, for the hot path of a run: checked in Python against what the ledger
models (carclaims.ledger) require, and written by pydantic's own JSON serializer, byte for byte
what `ledger.dumps` writes for the same ledger.

Building the models costs a worker more than their checks are worth where nearly every ledger
is valid: pydantic's validation and serialization of 16,000 claims took about 0.5 s of a
1,920-file run's 6 s. A record is never less strict than the models: whatever `ledger_record`
accepts validates as a `Ledger` whose JSON is the record's (tests/test_records.py), and what it
refuses (`NotARecord`) is built as models instead, which drop a bad claim with pydantic's
reasons. The models stay the one definition of a ledger (the JSON Schema, `load`, review)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import get_args

from pydantic_core import to_json

from .ledger import (
    _PERCENT_METRICS,
    CURRENCIES,
    SCHEMA_VERSION,
    AttributedField,
    AttributionLevel,
    Bound,
    Indication,
    Region,
)
from .rules import COUNT_METRICS, METRICS


class NotARecord(ValueError):
    """The fields would not make a valid ledger as they are: build the models instead."""


_METRICS = frozenset(METRICS)
_BOUNDS = frozenset(get_args(Bound))
_INDICATIONS = frozenset(get_args(Indication))
_REGIONS = frozenset(get_args(Region))
_LEVELS = frozenset(get_args(AttributionLevel))
_ATTRIBUTED = frozenset(get_args(AttributedField))
_STATISTICS = frozenset({"median", "mean"})
_POPULATIONS = frozenset({"pediatric", "adult"})
_TIMEPOINT = re.compile(r"P[0-9]+[DWMY]")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_EXACT_INT = 2**53  # an int a float holds exactly: the models store float fields as floats
_DURATION_UNITS = frozenset({"%", "months", "years", "count"})


def _fail(why: str) -> NotARecord:
    return NotARecord(why)


def _string(value: object) -> str:
    if type(value) is not str:
        raise _fail("not a string")
    return value


def _optional_string(value: object) -> str | None:
    return None if value is None else _string(value)


def _count(value: object, least: int) -> int:
    if type(value) is not int or value < least:
        raise _fail("not an int in range")
    return value


def _number(value: object) -> float | int | None:
    """A float field's value as the models write it (`ledger._compact` of the stored float)."""
    if value is None:
        return None
    if type(value) is int:
        if not -_EXACT_INT <= value <= _EXACT_INT:
            raise _fail("an int a float cannot hold")
        return value
    if type(value) is not float or not math.isfinite(value):
        raise _fail("not a finite number")
    return int(value) if value.is_integer() else value


def _choice(value: object, allowed: frozenset[str]) -> str:
    if type(value) is not str or value not in allowed:
        raise _fail("not one of the allowed values")
    return value


def _optional_choice(value: object, allowed: frozenset[str]) -> str | None:
    return None if value is None else _choice(value, allowed)


def value_record(fields: dict[str, object]) -> dict[str, object]:
    """A claim's value in `Value`'s field order, checked as `Value` checks it."""
    if not fields.keys() <= {"low", "high", "unit", "bound", "date"}:
        raise _fail("unknown value field")
    low, high = _number(fields.get("low")), _number(fields.get("high"))
    unit = _string(fields.get("unit"))
    bound = _choice(fields.get("bound"), _BOUNDS)
    date = _optional_string(fields.get("date"))
    if unit == "date":
        if low is not None or high is not None or bound != "eq" or not date:
            raise _fail("a date value has low/high null, bound eq and a date")
    elif date is not None:
        raise _fail("only date values carry a date")
    elif bound in ("eq", "approx") and (low is None or low != high):
        raise _fail("eq needs low == high")
    elif bound == "range" and (low is None or high is None or not low < high):
        raise _fail("range needs low < high")
    elif bound in ("gt", "ge") and (low is None or high is not None):
        raise _fail("gt/ge need low and no high")
    elif bound in ("lt", "le") and (high is None or low is not None):
        raise _fail("lt/le need high and no low")
    return {"low": low, "high": high, "unit": unit, "bound": bound, "date": date}


_CLAIM_FIELDS = frozenset(
    "id metric text start end line column sentence value approx hedge numerator denominator"
    " statistic timepoint ci event grade study product indication region population rule"
    " attributed_from".split()
)


def claim_record(fields: dict[str, object]) -> dict[str, object]:
    """One claim in `Claim`'s field order, checked as `Claim` checks it (its value and origins
    as dicts)."""
    if not fields.keys() <= _CLAIM_FIELDS:
        raise _fail("unknown claim field")
    metric = _choice(fields.get("metric"), _METRICS)
    text = _string(fields.get("text"))
    start, end = _count(fields.get("start"), 0), _count(fields.get("end"), 1)
    if not start < end or end - start != len(text):
        raise _fail("start < end and end - start == len(text) must hold")
    raw_value = fields.get("value")
    if type(raw_value) is not dict:
        raise _fail("value is not a dict")
    value = value_record(raw_value)
    approx = fields.get("approx", False)
    if type(approx) is not bool:
        raise _fail("approx is not a bool")
    _check_unit(metric, _string(value["unit"]), _string(value["bound"]), approx)
    ci: list[float | int | None] | None = None
    raw_ci = fields.get("ci")
    if raw_ci is not None:
        if type(raw_ci) is not tuple or len(raw_ci) != 2:
            raise _fail("ci is not a pair")
        ci = [_number(raw_ci[0]), _number(raw_ci[1])]
        if None in ci:
            raise _fail("ci holds a null")
    timepoint = _optional_string(fields.get("timepoint"))
    if timepoint is not None and _TIMEPOINT.fullmatch(timepoint) is None:
        raise _fail("timepoint is not an ISO 8601 duration")
    record: dict[str, object] = {
        "id": _string(fields.get("id")),
        "metric": metric,
        "text": text,
        "start": start,
        "end": end,
        "line": _count(fields.get("line"), 1),
        "column": _count(fields.get("column"), 1),
        "sentence": _string(fields.get("sentence")),
        "value": value,
        "approx": approx,
        "hedge": _optional_string(fields.get("hedge")),
        "numerator": _number(fields.get("numerator")),
        "denominator": _number(fields.get("denominator")),
        "statistic": _optional_choice(fields.get("statistic"), _STATISTICS),
        "timepoint": timepoint,
        "ci": ci,
        "event": _optional_string(fields.get("event")),
        "grade": _optional_string(fields.get("grade")),
        "study": _optional_string(fields.get("study")),
        "product": _optional_string(fields.get("product")),
        "indication": _optional_choice(fields.get("indication"), _INDICATIONS),
        "region": _optional_choice(fields.get("region"), _REGIONS),
        "population": _optional_choice(fields.get("population"), _POPULATIONS),
        "rule": _string(fields.get("rule")),
    }
    origins = fields.get("attributed_from", {})
    if type(origins) is not dict:
        raise _fail("attributed_from is not a dict")
    attributed_from: dict[str, object] = {}
    for field_name, origin in origins.items():
        _choice(field_name, _ATTRIBUTED)
        if type(origin) is not dict or origin.keys() != {"level", "start", "end"}:
            raise _fail("an origin is not level, start and end")
        o_start, o_end = _count(origin["start"], 0), _count(origin["end"], 1)
        if record[field_name] is None or not o_start < o_end:
            raise _fail("an origin needs a value and start < end")
        attributed_from[field_name] = {
            "level": _choice(origin["level"], _LEVELS),
            "start": o_start,
            "end": o_end,
        }
    record["attributed_from"] = attributed_from
    return record


def _check_unit(metric: str, unit: str, bound: str, approx: bool) -> None:
    """`Claim._consistent`'s rules on a metric's unit."""
    if metric == "cost" and unit not in CURRENCIES:
        raise _fail("cost needs a currency")
    if metric == "approval" and unit != "date":
        raise _fail("approval needs a date")
    if metric in _PERCENT_METRICS and unit not in ("%", "count"):
        raise _fail("a percentage or a count")
    if metric in ("pfs", "efs", "os", "dor") and unit not in _DURATION_UNITS:
        raise _fail("a percentage, a duration or a count")
    if metric == "cost_reduction" and unit not in ("%", "x"):
        raise _fail("cost_reduction is a percentage or a factor")
    if metric in COUNT_METRICS and unit not in ("count", "%"):
        raise _fail("a count")
    if bound == "approx" and not approx:
        raise _fail("an approx bound needs approx")


def _warning_record(fields: dict[str, object]) -> dict[str, object]:
    if not fields.keys() <= {"kind", "text", "start", "end", "line", "column", "message", "rule"}:
        raise _fail("unknown warning field")
    return {
        "kind": _choice(fields.get("kind"), frozenset({"unknown_product", "dropped_claim"})),
        "text": _string(fields.get("text")),
        "start": _count(fields.get("start"), 0),
        "end": _count(fields.get("end"), 1),
        "line": _count(fields.get("line"), 1),
        "column": _count(fields.get("column"), 1),
        "message": _string(fields.get("message")),
        "rule": _optional_string(fields.get("rule")),
    }


def ledger_record(
    source: dict[str, object],
    version: str,
    claims: list[dict[str, object]],
    warnings: list[dict[str, object]],
) -> dict[str, object]:
    """The ledger of a text source (no HTML page) as a dict in `Ledger`'s field order, its claims
    sorted; NotARecord when the models would refuse it, or might."""
    records = [claim_record(fields) for fields in claims]
    keys = [(_count(c["start"], 0), _count(c["end"], 1), _string(c["metric"])) for c in records]
    if keys != sorted(keys) or len(set(keys)) != len(keys):
        raise _fail("claims must be sorted by start, end, metric, and unique")
    if not source.keys() <= {"path", "sha256", "chars", "encoding"}:
        raise _fail("unknown source field")
    sha256 = _string(source.get("sha256"))
    if _SHA256.fullmatch(sha256) is None:
        raise _fail("sha256 is not 64 hex digits")
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "path": _string(source.get("path")),
            "sha256": sha256,
            "chars": _count(source.get("chars"), 0),
            "encoding": _string(source.get("encoding", "utf-8")),
        },
        "extractor": {"name": "carclaims", "version": _string(version)},
        "claims": records,
        "warnings": [_warning_record(fields) for fields in warnings],
        "html": None,
    }


@dataclass(frozen=True, slots=True)
class Record:
    """A checked ledger record and its JSON, as `ledger.dumps` writes the ledger."""

    data: dict[str, object]
    json: str

    @property
    def claims(self) -> list[dict[str, object]]:
        return self.data["claims"]  # type: ignore[return-value]

    @property
    def warnings(self) -> list[dict[str, object]]:
        return self.data["warnings"]  # type: ignore[return-value]


def make_record(
    source: dict[str, object],
    version: str,
    claims: list[dict[str, object]],
    warnings: list[dict[str, object]],
) -> Record:
    """`ledger_record` and its JSON; NotARecord if either fails (the serializer refuses a
    string pydantic would not write either, a lone surrogate)."""
    data = ledger_record(source, version, claims, warnings)
    try:
        return Record(data, to_json(data, indent=2).decode("utf-8") + "\n")
    except (ValueError, TypeError) as exc:  # pydantic_core.PydanticSerializationError is a ValueError
        raise _fail(f"not serializable: {exc}") from None


def claim_line(claim: dict[str, object]) -> str:
    """One claim record as `ledger.claim_json` writes the claim (for --format jsonl)."""
    return to_json(claim).decode("utf-8")
