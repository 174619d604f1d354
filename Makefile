# Spine clinic website. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# What the site needs to run (deploy/requirements.lock), and everything: the site plus the test,
# lint and benchmark tools (requirements.lock, a superset at the same versions).
RUNTIME_STAMP := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed
# The Nu Html Checker (HTML validity in the tests), from npm; run with Debian's Java.
NODE := $(VENV)/node
VNU_JAR := $(NODE)/node_modules/vnu-jar/build/dist/vnu.jar

.DEFAULT_GOAL := help
.PHONY: help install install-dev messages migrate content admin run worker test audit lint format smoke clean vnu

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(RUNTIME_STAMP): deploy/requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r deploy/requirements.lock
	touch $(RUNTIME_STAMP)

$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $(STAMP) $(RUNTIME_STAMP)

install: $(RUNTIME_STAMP) messages ## Create .venv with what the site needs to run, compile translations

install-dev: install $(STAMP) ## Add the test, lint and benchmark tools to .venv

# The translations (spineclinic/locale/*/LC_MESSAGES/django.po) compiled with GNU gettext's msgfmt.
messages: $(RUNTIME_STAMP) ## Compile the translations (.po to .mo)
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity 0

$(VNU_JAR):
	@command -v npm >/dev/null || { echo "npm is missing: install it (apt-get install npm)"; exit 1; }
	npm install --prefix $(NODE) --no-save --no-audit --no-fund --ignore-scripts --loglevel=error vnu-jar@26.9.27
	test -f $(VNU_JAR)

vnu: $(VNU_JAR) ## Install the Nu Html Checker (npm, into .venv/node) for the HTML tests

migrate: install ## Apply database migrations
	env -u DATABASE_URL $(BIN)/python manage.py migrate --no-input

content: migrate ## Load the practice's content (only adds what is missing)
	env -u DATABASE_URL $(BIN)/python manage.py load_site_content

admin: migrate ## Create the local admin and one demo login per role (development only) and print them
	env -u DATABASE_URL $(BIN)/python manage.py ensure_local_admin --url $(LOCAL_URL)/admin/

# The address the local server runs on: the links in the intake team's emails (sent by the
# worker) and the admin's own point there, so `make run PORT=8080` links to port 8080.
LOCAL_URL := http://$(HOST):$(PORT)

run: content admin ## Set up everything and serve the site on SQLite at http://127.0.0.1:8000 (with the worker)
	@echo "Serving $(LOCAL_URL)/ with the background worker (admin login printed above; Ctrl-C stops both)"
	@trap 'kill 0' INT TERM EXIT; \
	env -u DATABASE_URL WAGTAILADMIN_BASE_URL=$(LOCAL_URL) $(BIN)/python manage.py db_worker --backend requests --no-reload --no-startup-delay & \
	env -u DATABASE_URL WAGTAILADMIN_BASE_URL=$(LOCAL_URL) $(BIN)/python manage.py runserver --noreload $(HOST):$(PORT)

worker: migrate ## Run only the background worker (sends the request notifications)
	env -u DATABASE_URL WAGTAILADMIN_BASE_URL=$(LOCAL_URL) $(BIN)/python manage.py db_worker --backend requests --no-reload

test: install-dev vnu ## Run the whole test suite (PostgreSQL when DATABASE_URL is set)
	$(BIN)/python manage.py check --settings=spineclinic.settings.test
	env -u DATABASE_URL $(BIN)/python manage.py makemigrations --check --dry-run --settings=spineclinic.settings.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile
	$(BIN)/bandit -q -c pyproject.toml -r spineclinic conditions consultations
	$(BIN)/pytest --create-db --durations=25

audit: install-dev ## Static security checks (bandit) on the project's code
	$(BIN)/bandit -q -c pyproject.toml -r spineclinic conditions consultations

lint: install-dev ## Check code style
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev ## Fix code style
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

smoke: ## Prove `make run` works on a fresh clone of this repository (used by CI)
	bash .ci/smoke-make-run

clean: ## Remove the local database, media and environment
	rm -rf $(VENV) db.sqlite3 media private-media staticfiles .local-*-password .local-*-totp

.PHONY: lighthouse
lighthouse: install-dev ## Lighthouse scores of the main page types (npm and Chromium; not in `make test`)
	$(BIN)/python bench/lighthouse.py

.PHONY: lint-docker bench-tools bench bench-scale
lint-docker: install-dev ## Lint the Dockerfile (hadolint, warnings fail)
	$(BIN)/hadolint Dockerfile

bench-tools: ## Install wrk, nginx and Varnish from Debian if missing (for make bench)
	@command -v wrk >/dev/null && command -v nginx >/dev/null && command -v varnishd >/dev/null || \
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx-light varnish >/dev/null; }

bench: install-dev bench-tools ## Requests/s and latency vs nginx, cold, page cache and Varnish (PostgreSQL, Redis; minutes)
	$(BIN)/python bench/run.py

bench-scale: install-dev ## 100,000 patient requests in the admin, 5,000 pages vs 50 (PostgreSQL; about 20 minutes)
	$(BIN)/python bench/scale.py
