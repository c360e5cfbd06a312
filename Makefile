# Story Dossiers — every target sets up what it needs, so a fresh clone only needs
# `make html` (build the site) and `make test` (run the whole test suite).

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
PELICANOPTS ?=
PYTEST_ARGS ?=
BENCH_ARGS ?=

.DEFAULT_GOAL := help

help: ## List the targets
	@echo "Story Dossiers — make targets:"
	@grep -E '^[a-z][a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: run make PY=python3.11 ...")'
	$(PY) -m venv $(VENV)

# The venv is (re)installed whenever the pins or the project metadata change.
$(RUNTIME_STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(PIP) install -r requirements.txt
	$(PIP) install --no-deps --no-build-isolation -e .
	@touch $@

$(DEV_STAMP): requirements-dev.txt $(RUNTIME_STAMP)
	$(PIP) install -r requirements-dev.txt
	@touch $@

# Node tools for the checks (Nu HTML validator, axe-core), exactly as package-lock.json pins
# them. --ignore-scripts: vnu-jar's install script would download a Java runtime; the
# system's java (default-jre-headless) runs the jar. Without npm the checks skip locally.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "npm not found: HTML and accessibility checks will skip (apt-get install npm)"; fi

venv: $(RUNTIME_STAMP) ## Create .venv from the pinned requirements (done by every target)

html: $(RUNTIME_STAMP) ## Build the site into output/
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

regenerate: $(RUNTIME_STAMP) ## Rebuild on every change (no server)
	$(BIN)/pelican -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

serve: $(RUNTIME_STAMP) ## Serve output/ at http://localhost:8000
	$(BIN)/pelican -l $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)

devserver: $(RUNTIME_STAMP) ## Rebuild on change and serve at http://localhost:8000
	$(BIN)/pelican -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) $(PELICANOPTS)

ingest: $(RUNTIME_STAMP) ## Clean every raw/<dossier>/ into content/articles/<dossier>/
	$(BIN)/dossier ingest raw/

publish: $(RUNTIME_STAMP) ## Build the production site (SITEURL from the environment)
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

github: publish ## Push output/ to the gh-pages branch with ghp-import (set SITEURL)
	$(BIN)/ghp-import -m "Publish the site" -b gh-pages -n --push $(OUTPUTDIR)

lint: $(DEV_STAMP) ## ruff check, ruff format --check and mypy --strict
	$(BIN)/ruff check scripts plugins tests pelicanconf.py publishconf.py
	$(BIN)/ruff format --check scripts plugins tests pelicanconf.py publishconf.py
	$(BIN)/mypy

test: $(DEV_STAMP) $(NODE_STAMP) lint ## Lint, then run every test (unit, plugin, site build, browser)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(DEV_STAMP) ## Time ingest, build, rebuild and search beside plain Pelican (BENCH_ARGS=...)
	$(BIN)/python -m dossier.bench $(BENCH_ARGS)

clean: ## Remove the built site and caches (keeps .venv)
	rm -rf $(OUTPUTDIR) cache .pytest_cache .ruff_cache .mypy_cache

distclean: clean ## Also remove .venv
	rm -rf $(VENV)

.PHONY: help venv html regenerate serve devserver ingest publish github lint test bench clean distclean
