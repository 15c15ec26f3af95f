# Two commands a newcomer needs: `make run` and `make test`. Everything else here serves those two.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# The requirements are installed with uv (README, "Dependencies"): the same pins as pip, resolved and installed in
# seconds where pip took two minutes on a clean clone. uv itself comes from PyPI into the venv, so nothing but
# Python is needed on the machine.
UV_VERSION := 0.13.9
UV_INSTALL := $(VENV)/bin/uv pip install --quiet --python $(PY)
# pytest-xdist workers for each of `make test`'s two runs (one per core); tests sharing
# a seeded site, Chromium, the search node or the production stack's servers stay on one worker (tests/scheduling.py),
# so each of those starts once per run.
TEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist loadgroup
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install migrate seed admin serve test test-sqlite suite-sqlite suite-postgres test-install browser-deps postgres-deps service-deps ops-deps test-postgres lint format check messages clean

run: install migrate seed admin serve

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/bin/uv: $(VENV)/bin/activate
	$(PIP) install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: requirements.txt requirements-demo.txt $(VENV)/bin/uv
	@ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || { apt-get update -qq && apt-get install -y -qq --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0; } || echo "Pango is missing: the Sourcebook PDF download answers 503 until libpango-1.0-0 and libpangoft2-1.0-0 are installed"
	$(UV_INSTALL) -r requirements-demo.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt requirements-demo.txt requirements.txt $(VENV)/.installed
	$(UV_INSTALL) -r requirements-test.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

admin: migrate
	$(PY) manage.py ensure_admin

# The background worker (form notifications, the Sourcebook PDF, search index updates) runs beside the server and
# stops with it. It exits when it loses the database, so it is started again, as compose's restart policy does.
serve: install
	@echo "Serving the site at http://$(HOST):$(PORT)/ (admin at http://$(HOST):$(PORT)/admin/), with a background worker"
	( trap 'kill $$child 2>/dev/null; exit 0' INT TERM; \
	  while :; do $(PY) manage.py db_worker --queue-name '*' & child=$$!; wait $$child; \
	  echo "The background worker stopped; starting it again in 5 seconds"; sleep 5; done ) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test-install: $(VENV)/.installed-test

# The browser tests' Chromium (Debian's headless build, via apt) and axe-core (npm ci):
# see tests/browser/install-deps.sh.
browser-deps: test-install
	sh tests/browser/install-deps.sh

# Debian's PostgreSQL server binaries, for the suite's PostgreSQL run: see tests/postgres-install-deps.sh.
postgres-deps:
	sh tests/postgres-install-deps.sh

# Debian's redis-server for the cache-outage tests (each test run starts its own on loopback).
service-deps:
	sh tools/services/install-redis.sh

# What tests/ops needs beyond those (redis-server, PostgreSQL server and client for pg_dump): tests/ops/install-deps.sh.
ops-deps:
	sh tests/ops/install-deps.sh

# The tests' interpreters write the .pyc files of what they import, even where PYTHONDONTWRITEBYTECODE is set (as on
# these machines; git ignores __pycache__). uv installs no .pyc, so otherwise none was ever written, and each fresh
# interpreter (the test workers, every manage.py, gunicorn worker and subprocess a test starts) compiled Django and
# Wagtail from source again: django.setup() and the admin took 4.8 s of CPU instead of 1.8 s. The first to import
# them writes them (makemigrations --check, below, for the site's own modules and Django's and Wagtail's).
test test-sqlite test-postgres: export PYTHONDONTWRITEBYTECODE :=

test: test-install browser-deps postgres-deps service-deps ops-deps
	# Production's collectstatic for the tests that serve the site as production does (tests/collected_static.py: about
	# 15 s of CPU, in threads) is made beside the lint, which uses one core.
	@DJANGO_SETTINGS_MODULE=config.settings.test $(PY) -m tests.collected_static & collecting=$$!; \
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && \
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run; linted=$$?; \
	wait $$collecting && exit $$linted
	# One database's run after the other. Side by side (`-j2`), each with its own servers and folders, they took
	# longer on 2 cores (801 s against 703 s, README): four workers on two cores cost more CPU than the idle they fill.
	# What the SQLite run makes that the PostgreSQL run needs as it is (the first-started site, which its test database
	# and its operations tests copy: tests/first_started.py) is kept in a folder of this `make test` alone, removed at
	# the end.
	@shared=$$(mktemp -d -t caucus-make-test-XXXXXX) && trap 'rm -rf "$$shared"' EXIT && \
		TEST_RUNS_SHARED="$$shared" $(MAKE) --no-print-directory suite-sqlite suite-postgres

# One database's run alone (what `make test` runs both of).
test-sqlite: test-install browser-deps service-deps ops-deps
	$(MAKE) --no-print-directory suite-sqlite

# The suite again on a throwaway PostgreSQL cluster (tests/postgres_cluster.py; one per xdist worker), without the
# tests that cannot reach the test database (tests/postgres_fixtures.py). Of the browser tests only the admin journeys
# (marked admin_journey) run here; the public pages' ones add nothing database-specific.
test-postgres: test-install postgres-deps browser-deps
	$(MAKE) --no-print-directory suite-postgres

# The runs themselves, without installing anything (`make test` installs first, once for both).
suite-sqlite:
	$(PY) -m pytest $(PYTEST_PARALLEL) || { echo "make test: the SQLite run failed (its report is above)"; exit 1; }

suite-postgres:
	TEST_DATABASE=postgres $(PY) -m pytest $(PYTEST_PARALLEL) -m "not browser or admin_journey" \
		|| { echo "make test: the PostgreSQL run failed (its report is above)"; exit 1; }

lint: test-install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: test-install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install
	$(PY) manage.py makemessages --all --ignore "$(VENV)/*" --ignore "build/*"
	$(PY) manage.py compilemessages --ignore "$(VENV)/*"

clean:
	rm -rf $(VENV) build node_modules .pytest_cache .ruff_cache
