# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run serve test test-sqlite test-postgres lint chromium bench clean

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py setup_curators
	$(BIN)/python manage.py ingest seeds/
	@echo ""
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "First admin user: $(BIN)/python manage.py createsuperuser"
	@echo "A curator: $(BIN)/python manage.py setup_curators --user NAME   (creates NAME in the curators group)"
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production: migrate, collect static files, then gunicorn (gunicorn.conf.py: 2 workers per core
# plus 1, on BIND, default 127.0.0.1:$(PORT)). Needs SECRET_KEY and ALLOWED_HOSTS; DEBUG stays off.
#   SECRET_KEY=... ALLOWED_HOSTS=timeline.example.org BIND=0.0.0.0:8000 make serve
serve: $(VENV)/.installed
	@test -n "$$SECRET_KEY" || { echo "make serve: set SECRET_KEY (and ALLOWED_HOSTS) in the environment" >&2; exit 1; }
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	DEBUG=0 $(BIN)/gunicorn --config gunicorn.conf.py

# Debian's Chromium drives the browser tests (Playwright's own download cannot work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-sqlite: $(VENV)/.installed-dev chromium
	$(BIN)/python -m pytest -q

# The database tests again on a throwaway PostgreSQL 15 cluster, when its binaries are here.
test-postgres: $(VENV)/.installed-dev
	@if command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then \
	  .ci/with-postgres $(BIN)/python -m pytest -q -m "not browser"; \
	else echo "PostgreSQL not found: skipping the PostgreSQL run"; fi

test: lint test-sqlite test-postgres

bench: $(VENV)/.installed-dev chromium
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/pages_bench.py
	$(BIN)/python bench/browser_bench.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
