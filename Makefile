# Staffroom: common tasks. `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?= --numprocesses=auto

.DEFAULT_GOAL := help
.PHONY: help install run test lint format lock check chromium screenshots

help: ## List the tasks
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sort | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the locked dependencies (development ones too)

run: install ## Set up the demo site on SQLite and serve it at http://127.0.0.1:8000
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	@echo ""
	@echo "Staffroom is at http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)"
	@echo "Demo log-ins, password staffroom-demo: newstarter mentor hlta editor hr trusthr admin"
	@echo ""
	$(PY) manage.py runserver 127.0.0.1:8000

test: install chromium ## Run the whole test suite, browser tests included (set DATABASE_URL for PostgreSQL)
	$(PY) -m pytest $(PYTEST_ARGS)

chromium: ## Install Debian's Chromium for the browser tests if it is missing
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Chromium is missing: installing Debian's chromium package"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  { echo "Could not install Chromium: the browser tests need Debian's chromium (apt-get install chromium)." >&2; exit 1; }; }

screenshots: install chromium ## Save PNGs of every staff page at 375 and 1280 px in screenshots/
	$(PY) scripts/screenshots.py

TEMPLATE_DIRS := templates portal/templates people/templates handbook/templates training/templates induction/templates

check: install ## Django checks, migrations up to date, ruff lint and format, import layers, template lint
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djlint --lint $(TEMPLATE_DIRS)

lint: install ## ruff check and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install ## Format the code with ruff
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

LOCK := .lockenv/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe

lock: ## Re-pin every dependency with hashes (pip-tools) after editing pyproject.toml
	test -x .lockenv/bin/pip-compile || { $(PYTHON) -m venv .lockenv && .lockenv/bin/python -m pip install --quiet pip-tools==7.6.2; }
	$(LOCK) --output-file requirements/production.txt pyproject.toml
	$(LOCK) --extra dev --output-file requirements/dev.txt pyproject.toml

# Benchmarks: a separate database, never the test suite's (benchmarks/prepare.py).
.PHONY: bench load
SCALE ?= full

bench: install ## Benchmarks against the performance budgets (SCALE=small: 1,000 staff); writes benchmarks/results.json
	nice -n 10 $(PY) benchmarks/run.py --scale $(SCALE)

load: install ## Load test, first visits (gunicorn + wrk, PostgreSQL staffroom_bench) beside a stock wagtail start project
	nice -n 10 $(PY) benchmarks/load.py --scale $(SCALE)
