# countertrial — two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install bench eval lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/countertrial demo --out demo-out

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/python -m mypy

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/checks.py
	$(BIN)/python bench/store.py

eval: $(STAMP)
	$(BIN)/python -m countertrial.extract.evaluate
	$(BIN)/python bench/corpus_judged.py
	$(BIN)/python bench/forecast.py

typecheck: $(STAMP)
	$(BIN)/python -m mypy

clean:
	rm -rf $(VENV) demo-out .pytest_cache .mypy_cache
