# The README's commands. `make run` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.PHONY: help run setup serve test lint format pytest browser demo berlin berlin-run clean

help:
	@echo "make run     – einrichten und Register mit Demo-Stadt auf http://$(HOST):$(PORT) starten"
	@echo "make test    – ruff, Migrationsprüfung und alle Tests (inkl. Browser-Tests)"
	@echo "make serve   – wie in Produktion: gunicorn + whitenoise, DEBUG aus"
	@echo "make berlin  – eigenes Berliner Register (berlin.sqlite3): Bezirke, LOR-Gebiete, 4.189 Einrichtungen"
	@echo "make berlin-run – das Berliner Register auf http://$(HOST):$(PORT) starten"
	@echo "make suchqualitaet – Suchqualität: Precision@5, Recall, Fehlschläge (Demo + Berlin, beide DBs)"

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

# Berlin as it is: a separate registry from Berlin's open data (../shared/data/berlin,
# SOURCES.md), in its own database, never mixed with Musterstadt. Run again, it updates in place.
BERLIN_DATEN ?= ../shared/data/berlin
BERLIN_DATABASE_URL ?= sqlite:///$(CURDIR)/berlin.sqlite3
BERLIN_ENV := DATABASE_URL=$(BERLIN_DATABASE_URL) STADT_NAME=Berlin HSDS_BUNDESLAND=Berlin \
	GEBIETSEBENEN="Bezirk:Bezirke,Prognoseraum:Prognoseräume,Bezirksregion:Bezirksregionen,Planungsraum:Planungsräume"

berlin: $(BIN)/.installed .env
	$(BERLIN_ENV) $(MANAGE) migrate --noinput
	$(BERLIN_ENV) $(MANAGE) import_gebiete $(BERLIN_DATEN)/LOR_2021.csv
	$(BERLIN_ENV) $(MANAGE) import_gebiete --grenzen $(BERLIN_DATEN)/lor_prognoseraeume_2021_wgs84.geojson
	$(BERLIN_ENV) $(MANAGE) import_gebiete --grenzen $(BERLIN_DATEN)/bezirke_wgs84.geojson --feld id \
		--namensnennung "Geoportal Berlin / Amt für Statistik Berlin-Brandenburg, daten.berlin.de; aufbereitet: Berlin LOR Geodata, CC BY 4.0"
	$(BERLIN_ENV) $(MANAGE) import_einrichtungen $(BERLIN_DATEN)/jugendfreizeiteinrichtungen.geojson \
		$(BERLIN_DATEN)/kindertagesstaetten.geojson $(BERLIN_DATEN)/schulen.geojson
	$(BERLIN_ENV) $(MANAGE) berlin_zugaenge

berlin-run: $(BIN)/.installed .env
	@test -e berlin.sqlite3 || [ "$(BERLIN_DATABASE_URL)" != "sqlite:///$(CURDIR)/berlin.sqlite3" ] || $(MAKE) berlin
	@echo "Berliner Register startet auf http://$(HOST):$(PORT)"
	$(BERLIN_ENV) $(MANAGE) runserver $(HOST):$(PORT)

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
	@if [ -x /usr/bin/chromium-headless-shell ] || [ -x /usr/bin/chromium ] || [ -n "$$PLAYWRIGHT_CHROMIUM" ]; then :; \
	elif ls $$HOME/.cache/ms-playwright/chromium-* >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installiere Chromium (Debian, chromium-headless-shell) für die Browser-Tests …"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null; \
	else $(BIN)/playwright install chromium; fi

pytest: $(BIN)/.installed browser
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint pytest

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# Benchmarks at city scale (bench/README.md): not part of `make test`. Both generate the
# synthetic city (100,000 offers) in their own databases if it is missing.
.PHONY: bench bench-berlin loadtest
bench: $(BIN)/.installed
	$(BIN)/python bench/run.py $(BENCH_ARGS)
	$(BIN)/python bench/berlin.py $(BERLIN_BENCH_ARGS)

# Only the Berlin round: Berlin's open data imported from scratch, then its pages.
bench-berlin: $(BIN)/.installed
	$(BIN)/python bench/berlin.py $(BERLIN_BENCH_ARGS)

loadtest: $(BIN)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BIN)/python bench/loadtest.py $(LOADTEST_ARGS)

# Search quality (issue #15): the cases of tests/suchqualitaet/ on SQLite and PostgreSQL, each
# city in its own fresh database, next to PostgreSQL's German full text and a plain icontains.
.PHONY: suchqualitaet
suchqualitaet: $(BIN)/.installed
	$(BIN)/python bench/suchqualitaet.py $(SUCHQUALITAET_ARGS)
