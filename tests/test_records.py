"""Ledger records (carclaims.records): what a run writes without building the ledger models must
be what the models write, and a record must never pass what the models refuse."""

import hashlib
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from carclaims.extract import extract_document, extract_record
from carclaims.ingest import Source
from carclaims.ledger import Claim, Ledger, claim_json, dumps
from carclaims.records import NotARecord, Record, claim_line, claim_record, ledger_record, make_record

ROOT = Path(__file__).resolve().parents[1]

# Made-up sentences of several genres: every field a claim can carry (counts and shares, a CI,
# a time point, a grade, a study, a product, an indication, a region, a population, a date, a
# factor, a hedge, a range, a bound), and an unknown product name (a warning).
TEXTS = [
    "Obecabtagene autoleucel was approved on November 8, 2024. Zevor-cel had an ORR of 92%.",
    "In ELIANA, 81% of children responded; 12 of 75 patients (16%) had grade 3 CRS.",
    "CAR-T in China costs a third of the US price of $475,000; 854 trials are registered.",
    "Median overall survival was 25.8 months (95% CI, 19.4-32.1) in adults with myeloma.",
    "The 12-month PFS rate was 62% (95% CI 51.9%–83.7%) with cilta-cel in multiple myeloma.",
    "Treatment costs between 300,000 and 500,000 yuan, up to 70% less than in the US.",
    "Prices top $500,000 in America; more than 1,000 patients have been treated with Kymriah.",
    "Zorbacel, a new CAR-T, showed a complete remission rate of about 88% in B-ALL.",
    "| Product | ORR (%) | CR (%) |\n|---|---|---|\n| Yescarta | 82 | 54 |\n| Breyanzi | 73 | 53 |\n",
]


def _source(text: str, path: str = "made-up.txt") -> Source:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(path=path, relative=path, text=text, sha256=digest)


def _sources() -> list[Source]:
    seeds = sorted((ROOT / "data" / "seeds").glob("*.txt"))
    return [_source(p.read_text("utf-8"), p.name) for p in seeds] + [_source(t) for t in TEXTS]


def test_a_record_is_written_byte_for_byte_as_the_models_write_the_ledger():
    sources = _sources()
    made = [extract_record(source) for source in sources]
    assert all(isinstance(record, Record) for record in made)  # text sources in English
    for source, record in zip(sources, made, strict=True):
        ledger = extract_document(source)
        assert record.json == dumps(ledger), source.path
        assert [claim_line(c) for c in record.claims] == [claim_json(c) for c in ledger.claims]
        assert Ledger.model_validate(record.data) == ledger
    assert sum(len(record.warnings) for record in made) >= 1  # the unknown product's warning
    claims = [c for record in made for c in record.claims]
    for field in ("ci", "timepoint", "grade", "study", "product", "indication", "region", "population"):
        assert any(c[field] is not None for c in claims), field
    assert {c["value"]["unit"] for c in claims} >= {"%", "USD", "CNY", "months", "count", "date", "x"}


def test_pages_in_chinese_and_html_pages_are_built_as_models():
    assert isinstance(extract_record(_source("阿基仑赛注射液的客观缓解率为82%。")), Ledger)
    html = "<html><body><p>The ORR was 81%.</p></body></html>"
    from carclaims.ingest import decode_source

    page = decode_source(Path("page.html"), html.encode("utf-8"), "page.json")
    assert isinstance(extract_record(page), Ledger)


def _valid_claim() -> dict[str, object]:
    [claim] = extract_record(_source("In ELIANA, the ORR was 81% (95% CI, 71-89) at 3 months.")).claims
    fields = dict(claim)
    fields["ci"] = tuple(claim["ci"])  # as extraction hands it over
    return fields


@pytest.mark.parametrize(
    ("field", "value", "models_refuse"),
    [
        ("metric", "response", True),  # not a metric
        ("start", -1, True),
        ("end", 0, True),
        ("text", "81 %", True),  # end - start != len(text)
        ("line", 0, True),
        ("column", 1.0, False),
        ("approx", 1, False),
        ("hedge", 5, True),
        ("numerator", math.nan, False),
        ("denominator", math.inf, False),
        ("statistic", "mode", True),
        ("timepoint", "3 months", True),
        ("timepoint", "P3M\n", True),
        ("ci", (1.0,), True),
        ("ci", [71, 89], False),
        ("ci", (None, 89), True),
        ("indication", "lymphoma", True),
        ("region", "Asia", True),
        ("population", "elderly", True),
        ("rule", None, True),
        ("unexpected", 1, True),
        ("attributed_from", {"region": {"level": "sentence", "start": 3, "end": 10}}, True),  # no region
        ("attributed_from", {"study": {"level": "guess", "start": 3, "end": 10}}, True),
        ("attributed_from", {"study": {"level": "sentence", "start": 10, "end": 3}}, True),
        ("value", {"low": 81, "high": 82, "unit": "%", "bound": "eq"}, True),
        ("value", {"low": 81, "high": 81, "unit": "%", "bound": "about"}, True),
        ("value", {"low": 82, "high": 81, "unit": "%", "bound": "range"}, True),
        ("value", {"low": 81, "high": None, "unit": "%", "bound": "lt"}, True),
        ("value", {"low": 81, "high": 81, "unit": "USD", "bound": "eq"}, True),  # an ORR in dollars
        ("value", {"low": 81, "high": 81, "unit": "%", "bound": "approx"}, True),  # approx: false
        ("value", {"low": 2**60, "high": 2**60, "unit": "%", "bound": "eq"}, False),  # no exact float
        ("value", {"low": None, "high": None, "unit": "date", "bound": "eq"}, True),
    ],
)
def test_a_claim_the_models_refuse_is_no_record(field, value, models_refuse):
    """And a few the models would take after converting them (a record converts nothing)."""
    fields = {**_valid_claim(), field: value}
    with pytest.raises(NotARecord):
        claim_record(fields)
    if models_refuse:
        with pytest.raises(ValidationError):
            Claim.model_validate(fields)
    else:
        Claim.model_validate(fields)


def test_a_ledger_whose_claims_are_out_of_order_or_twice_is_no_record():
    claim = _valid_claim()
    source = {"path": "a.txt", "sha256": "0" * 64, "chars": 100, "encoding": "utf-8"}
    assert ledger_record(source, "1", [claim], [])["claims"][0]["text"] == "81%"
    with pytest.raises(NotARecord):
        ledger_record(source, "1", [claim, claim], [])
    with pytest.raises(NotARecord):
        ledger_record({**source, "sha256": "0" * 63}, "1", [claim], [])


# Values a bug in a rule could put in a field: types, bounds and strings the models may refuse.
_ODD_VALUES = st.sampled_from(
    [None, True, False, 0, -1, 1, 3, 80, 2**53, 2**53 + 1, 0.0, 1.5, -2.5, 81.0, 1e300, math.nan,
     math.inf, "", "x", "%", "USD", "P3M", "P3Y", "P٣M", "eq", "range", "approx", "LBCL", "China",
     "adult", "median", "sentence", (1.0, 2.0), (2, 1), [1.0, 2.0], (None, 1.0), {}, ["x"]]
)  # fmt: skip
_FIELDS = st.sampled_from(sorted(_valid_claim()) + ["value.low", "value.high", "value.unit", "value.bound"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_FIELDS, _ODD_VALUES), min_size=1, max_size=3))
def test_a_record_never_passes_what_the_models_refuse(changes):
    """Whatever `claim_record` accepts, `Claim` accepts too, and writes the same JSON."""
    fields = _valid_claim()
    fields["value"] = dict(fields["value"])
    for name, value in changes:
        if name.startswith("value."):
            if isinstance(fields["value"], dict):
                fields["value"][name.split(".")[1]] = value
        else:
            fields[name] = value
    try:
        record = claim_record(fields)
    except NotARecord:
        return
    claim = Claim.model_validate(fields)  # must not raise
    assert claim_json(claim) == claim_line(record)
    assert json.loads(claim_line(record))["id"] == fields["id"]


def test_make_record_refuses_what_the_serializer_cannot_write():
    claim = _valid_claim()
    source = {"path": "a\ud800.txt", "sha256": "0" * 64, "chars": 100, "encoding": "utf-8"}
    with pytest.raises(NotARecord):
        make_record(source, "1", [claim], [])
