# Two commands a new user needs: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# compiled by mypyc at install (setup.py): an edit to one of them installs again
COMPILED := $(addprefix src/carclaims/,attribute.py link.py normalise.py extract.py layout.py multiscan.py fastre.py records.py)

.PHONY: demo test soak install lint schemas golden eval bench bench-real clean

$(STAMP): pyproject.toml setup.py $(COMPILED)
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; run 'make PYTHON=python3 ...'" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -c 'import carclaims.extract as e; e.warm_up()'  # compile the Hyperscan databases once
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/carclaims extract data/seeds/ --out data/extracted/
	$(BIN)/carclaims report data/seeds/ --ledgers data/extracted/ --out report/
	@echo "open $(CURDIR)/report/index.html"

# Tests run in random order (pytest-randomly); the seed is printed first, and `make test SEED=N`
# replays an order. `make soak` runs the suite RUNS times, each run's JUnit XML kept in soak/.
ifeq ($(origin SEED), undefined)
SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
test: $(STAMP)
	@echo "random test order: SEED=$(SEED) (replay with make test SEED=$(SEED))"
	$(BIN)/python -m pytest -p randomly --randomly-seed=$(SEED)
	@echo "the plain path (no Hyperscan wheel, no C compiler): golden and challenge tests"
	CARCLAIMS_ENGINE=re CARCLAIMS_COMPILED=0 $(BIN)/python -m pytest -q -p randomly --randomly-seed=$(SEED) tests/test_golden.py tests/test_challenge.py

RUNS ?= 20
soak: $(STAMP)
	tools/soak.sh $(RUNS) soak

eval: $(STAMP)
	$(BIN)/carclaims eval data/gold/ --sources data/seeds/

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

schemas: $(STAMP)
	$(BIN)/carclaims schema --out schemas/ledger.schema.json
	$(BIN)/carclaims schema --reference --out schemas/reference.schema.json

# Refresh the committed seed ledgers (golden files); review with `git diff data/extracted/`.
golden: $(STAMP)
	$(BIN)/carclaims extract data/seeds/ --out data/extracted/

# Throughput against quantulum3 on a synthetic corpus; `make bench SIZE=200 QUANTULUM=0` for the
# memory run. Results are written into docs/benchmarks.md (review with `git diff docs/`).
SIZE      ?= 20
QUANTULUM ?= 0.1
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py --size-mb $(SIZE) --quantulum-share $(QUANTULUM) --report docs/benchmarks.md

# The same on real articles, replicated to REAL_MB: the bundled seeds, or any folders, e.g.
# `make bench-real CORPUS="../shared/seeds ../shared/real/texts"` (they stay where they are).
CORPUS  ?= data/seeds
REAL_MB ?= 5
bench-real: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py --corpus $(CORPUS) --replicate-mb $(REAL_MB) --profile --report docs/benchmarks.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build src/*.egg-info bench/.corpus soak
	rm -f src/*.so src/carclaims/*.so src/carclaims/compiled.json  # mypyc's copies (setup.py)
