# Dyad: make setup | demo | test | eval | bench | lint | schema
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: setup demo test eval bench lint format schema clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --upgrade --quiet pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/dyad extract examples/ -o demo.jsonl --summary

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/dyad eval all $(SHARED)/eval

bench: setup
	$(BIN)/python bench/throughput.py

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: setup
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

schema: setup
	$(BIN)/dyad schema -o src/dyad/schema/dyad.article-1.json

clean:
	rm -rf $(VENV) demo.jsonl .pytest_cache
