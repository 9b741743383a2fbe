# The README's commands. `make run` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.PHONY: help run setup serve test lint format pytest browser demo berlin clean

help:
	@echo "make run     – einrichten und Register mit Demo-Stadt auf http://$(HOST):$(PORT) starten"
	@echo "make test    – ruff, Migrationsprüfung und alle Tests (inkl. Browser-Tests)"
	@echo "make serve   – wie in Produktion: gunicorn + whitenoise, DEBUG aus"
	@echo "make berlin  – Berliner LOR-Gebiete und Grenzen importieren"

$(BIN)/.installed: requirements.txt
	$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 nötig") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# A local .env with DEBUG on and a fresh secret key; never overwritten.
.env:
	$(PYTHON) -c 'import secrets; print("# Lokale Entwicklung, von make angelegt; siehe .env.example\nDEBUG=true\nSECRET_KEY=" + secrets.token_urlsafe(50))' > $@

setup: $(BIN)/.installed .env
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

run: setup
	@echo "Register startet auf http://$(HOST):$(PORT)"
	$(MANAGE) runserver $(HOST):$(PORT)

serve: setup
	DEBUG=false HTTPS=false $(MANAGE) collectstatic --noinput --verbosity 0
	DEBUG=false HTTPS=false $(BIN)/gunicorn sozialraum.wsgi --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-2} --access-logfile - --forwarded-allow-ips=127.0.0.1

demo: $(BIN)/.installed .env
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

berlin: $(BIN)/.installed .env
	$(MANAGE) migrate --noinput
	$(MANAGE) import_gebiete ../shared/data/berlin/LOR_2021.csv
	$(MANAGE) import_gebiete --grenzen ../shared/data/berlin/lor_prognoseraeume_2021_wgs84.geojson

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	DEBUG=true $(MANAGE) makemigrations --check --dry-run --verbosity 1

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Chromium for the browser tests: Debian's package where present or installable,
# otherwise Playwright's own download (a developer's laptop).
browser: $(BIN)/.installed
	@if [ -x /usr/bin/chromium ] || [ -n "$$PLAYWRIGHT_CHROMIUM" ]; then :; \
	elif ls $$HOME/.cache/ms-playwright/chromium-* >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installiere Chromium (Debian) für die Browser-Tests …"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else $(BIN)/playwright install chromium; fi

pytest: $(BIN)/.installed browser
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint pytest

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# Benchmarks at city scale (bench/README.md): not part of `make test`. Both generate the
# synthetic city (100,000 offers) in their own databases if it is missing.
.PHONY: bench loadtest
bench: $(BIN)/.installed
	$(BIN)/python bench/run.py $(BENCH_ARGS)

loadtest: $(BIN)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BIN)/python bench/loadtest.py $(LOADTEST_ARGS)
