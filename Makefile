# Two commands set parley up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench model eval real

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

# Real pages (checkouts outside the repository, see README "Real pages"):
#   make real AEB=path/to/article-extraction-benchmark TRAF=path/to/trafilatura [HALF=dev|test|all]
HALF ?= dev
real: $(STAMP)  ## score the cleaners on real web pages against trafilatura and the raw page text
	@test -n "$(AEB)$(TRAF)" || { echo "make real: give AEB=<article-extraction-benchmark checkout> and/or TRAF=<trafilatura checkout>" >&2; exit 2; }
	@if [ -n "$(AEB)" ]; then $(PY) bench/real_pages.py "$(AEB)" --half $(HALF); fi
	@if [ -n "$(TRAF)" ]; then $(PY) bench/real_snippets.py "$(TRAF)" --half $(HALF); fi

model: $(STAMP)  ## retrain parley's spaCy pipeline from ../shared/corpora (see train/README.md)
	$(PY) -m pip install -q -e '.[dev,train]'
	$(MAKE) -C train model PY=$(abspath $(PY))
