"""The committed seed ledgers are the product: they must match a fresh extraction byte for byte.

Refresh with `make golden` and review the change with `git diff data/extracted/`.
"""

import json
from pathlib import Path

import jsonschema
import pytest

from carclaims.extract import iter_ledgers
from carclaims.ledger import dumps

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def fresh():
    return {o.name: o.ledger for o in iter_ledgers([ROOT / "data" / "seeds"])}


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_ledger_is_committed_and_current(seed, fresh, monkeypatch):
    committed = ROOT / "data" / "extracted" / f"{seed.stem}.json"
    assert committed.exists(), "run `make golden` and commit data/extracted/"
    ledger = fresh[f"{seed.stem}.json"]
    # the ledger records the path as given; compare as `make demo` writes it
    expected = committed.read_text("utf-8")
    got = dumps(ledger).replace(str(ROOT / "data" / "seeds") + "/", "data/seeds/")
    assert got == expected, "seed ledger is stale: run `make golden` and review the diff"


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_every_span_indexes_the_source_and_validates(seed):
    schema = json.loads((ROOT / "schemas" / "ledger.schema.json").read_text("utf-8"))
    ledger = json.loads((ROOT / "data" / "extracted" / f"{seed.stem}.json").read_text("utf-8"))
    jsonschema.validate(ledger, schema)
    text = seed.read_bytes().decode("utf-8").removeprefix("\ufeff")
    assert ledger["claims"], "every seed states claims"
    for claim in ledger["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    keys = [(c["start"], c["end"], c["metric"]) for c in ledger["claims"]]
    assert keys == sorted(keys)
