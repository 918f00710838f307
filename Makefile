# Two commands set parley up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench model eval

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)  ## install, then extract the bundled sample article
	$(VENV)/bin/parley extract examples/sample_article.txt --published 2025-06-12

test: $(STAMP)  ## install, then run the whole test suite (CI runs this)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

DEV := $(wildcard tests/data/articles/dev*)
BLIND := $(wildcard tests/data/articles/heldout*)

eval: $(STAMP)  ## print P/R/F1 on the development sets, then on the blind articles pooled (aggregates only)
	@for sets in "$(DEV)" "$(BLIND)"; do \
	  echo "== $$sets"; \
	  $(VENV)/bin/parley evaluate $$sets | grep -v '^  !'; \
	  $(PY) -m parley.quotes.score $$sets; \
	  $(PY) -m parley.temporal.score $$sets; \
	  $(PY) -m parley.events.score $$sets; \
	done

bench: $(STAMP)
	$(PY) bench/bench_extract.py

model: $(STAMP)  ## retrain parley's spaCy pipeline from ../shared/corpora (see train/README.md)
	$(PY) -m pip install -q -e '.[dev,train]'
	$(MAKE) -C train model PY=$(abspath $(PY))
