"""The reference table: what a product's record (label, regulator's notice, pivotal publication,
maker's price announcement) states, one figure a row, each with the document, its public address
and the words in it that state the figure. `carclaims verify` checks claims against it.

Rows live in `data/reference/INN.jsonl` (one file per product, JSON Lines). A figure that could
not be read in a public source is not there: an absent row means "nothing to check against",
never "checked".
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .ledger import Indication, Region, Value
from .rules import METRICS

MAX_QUOTE_WORDS = 30  # a short quote: enough to find the figure in the source, no more


class ReferenceSource(BaseModel):
    """Where a figure is stated: the document, its public address, and its words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: str = Field(min_length=3)  # "US FDA label, section 14", "NMPA notice", "Blood Adv 2024"
    url: str = Field(pattern=r"^https?://\S+$")
    quote: str = Field(min_length=3)

    @field_validator("quote")
    @classmethod
    def _short(cls, quote: str) -> str:
        if len(quote.split()) > MAX_QUOTE_WORDS:
            raise ValueError(f"a quote of at most {MAX_QUOTE_WORDS} words")
        return quote


class ReferenceRow(BaseModel):
    """One figure of a product's record, as the ledger would hold it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    product: str
    study: str | None = None
    indication: Indication | None = None
    population: Literal["pediatric", "adult"] | None = None
    metric: str
    statistic: Literal["median", "mean"] | None = None
    timepoint: str | None = Field(default=None, pattern=r"^P\d+[DWMY]$")
    grade: str | None = None
    event: str | None = None
    value: Value
    ci: tuple[float, float] | None = None
    numerator: float | None = None
    denominator: float | None = None
    regulator: str | None = None  # approvals: "FDA", "EMA", "NMPA", "CDSCO", …
    first_approval: bool | None = None  # approvals: the product's first in this region
    region: Region | None = None  # approvals and prices: whose
    place: str | None = None  # a price's country when it is none of the regions ("India")
    cut: str = Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # data cut or publication date
    source: ReferenceSource

    @model_validator(mode="after")
    def _consistent(self) -> ReferenceRow:
        if self.metric not in METRICS:
            raise ValueError(f"unknown metric {self.metric!r}")
        if self.metric == "approval" and (self.value.unit != "date" or not self.regulator):
            raise ValueError("an approval row has unit date and names its regulator")
        if self.metric == "cost" and self.region is None and self.place is None:
            raise ValueError("a price row names its region or place")
        if self.metric == "approval" and self.first_approval is None:
            raise ValueError("an approval row says whether it is the product's first in its region")
        if not _states(self.source.quote, self.value):
            raise ValueError("the quote does not state the row's value")
        return self


def _states(quote: str, value: Value) -> bool:
    """Whether the quote states the row's value, as the scanner reads numbers ("30-40 lakh" is
    3,000,000-4,000,000; "Ninety-five percent" is 95). An approval's date may stand in the
    document's dateline instead (the row's `source.document` says which)."""
    from .normalise import scan

    if value.date is not None:
        return True
    wanted = {n for n in (value.low, value.high) if n is not None}
    stated: set[float] = set()
    for mention in scan(quote):
        stated |= {round(n, 6) for n in (mention.low, mention.high, mention.numerator) if n is not None}
    return {round(n, 6) for n in wanted} <= stated


@lru_cache(maxsize=1)
def reference_rows() -> tuple[ReferenceRow, ...]:
    """Every row of every product file, validated (a bad row fails loudly: the table is data the
    project ships)."""
    folder = resources.files("carclaims").joinpath("data/reference")
    rows: list[ReferenceRow] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for number, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(ReferenceRow.model_validate(json.loads(line)))
                except ValueError as exc:
                    raise ValueError(f"data/reference/{entry.name}:{number}: {exc}") from None
    return tuple(rows)


def reference_schema() -> str:
    schema = ReferenceRow.model_json_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
