# socialops front door. `make report` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SUM    := $(shell cksum pyproject.toml | cut -d' ' -f1)
STAMP  := $(VENV)/.installed-$(SUM)
TESTS  := $(VENV)/.installed-tests-$(SUM)

.PHONY: install report test test-fast lint lab sample strip clean help

help:
	@echo "make report   render the sample reports into reports/ (creates $(VENV) first)"
	@echo "make test     run the whole test suite (unit, notebooks, e2e, browser)"
	@echo "make test-fast  the unit tier alone (under 30 s)"
	@echo "make lint     ruff over the code, mypy over the public API"
	@echo "make lab      open the notebooks in JupyterLab"
	@echo "make sample   regenerate data/sample (deterministic)"
	@echo "make strip    strip outputs from the notebooks before committing"

# What reports need; the test tools (pytest, the browser driver, linters) only for make test/test-fast/lint.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/socialops warm
	rm -f $(VENV)/.installed-[0-9]* && touch $@

$(TESTS): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-tests-* && touch $@

install: $(STAMP)

report: $(STAMP)
	$(BIN)/socialops run --config reports.toml

# Two workers, one file each at a time: the suite waits on kernels and subprocesses a third of its time.
# -p tests.boot, before pytest's plugins load: skips an optional import of nbval's that cost ~1.6 s a process
# (importable as `python -m pytest` runs it, from this folder; plain `pytest` works too, without the saving).
PYTEST := $(BIN)/python -m pytest -p tests.boot -n 2 --dist loadfile

test: $(TESTS)
	$(PYTEST)

test-fast: $(TESTS)
	$(PYTEST) tests/unit

lint: $(TESTS)
	$(BIN)/ruff check lib tests benchmarks scripts
	$(BIN)/mypy

# Containers run as root: JupyterLab refuses root without --allow-root. It prints the URL (with its token) to open.
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks --no-browser --ip=127.0.0.1 $(if $(filter 0,$(shell id -u)),--allow-root)

sample: $(STAMP)
	$(BIN)/socialops sample data/sample

strip: $(STAMP)
	$(BIN)/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb

clean:
	rm -rf reports .pytest_cache build lib/*.egg-info
