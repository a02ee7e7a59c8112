# Swadaya: `make site` builds everything, `make test` checks everything.
# Both set themselves up: a .venv with the package and its tools is made when missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup lock check watch site serve lint typecheck test bench bench-search bench-web clean

# Installs repeat: every package at the version the tests last passed with (constraints.txt).
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,zim]'
	touch $(STAMP)

# Our own modules compiled ahead (only changed ones; a few hundredths of a second): where
# PYTHONDONTWRITEBYTECODE is set, as on this machine and in many containers, Python would
# otherwise compile them on every `swadaya check`, 0.1 s of a 0.6 s check.
setup: $(STAMP)
	@$(BIN)/python -m compileall -q tools > /dev/null

## Refresh constraints.txt: the newest versions pyproject.toml allows, in a scratch venv.
## Then run `make test` and commit constraints.txt if it passes.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[dev,zim]'
	( echo "# Versions the tests passed with; refresh with 'make lock', then 'make test'."; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable ) > constraints.txt
	rm -rf .venv-lock

## Check all content (warnings count as errors, as in the site build).
check: setup
	$(BIN)/swadaya check --strict

## Check again each time a content file is saved (Ctrl+C stops)
watch: setup
	$(BIN)/swadaya check --strict --watch

## Check, then build the site into site/ atomically (a failed build keeps the old site);
## the build checks the content first, as `make check` does.
site: setup
	$(BIN)/swadaya build

## Live preview on http://127.0.0.1:8000; a save rebuilds only the pages it changes
serve: setup
	$(BIN)/mkdocs serve --dirty -a 127.0.0.1:8000

lint: setup
	$(BIN)/ruff check tools tests bench

typecheck: setup
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

## Benchmarks: figures and ratios, not pass/fail tests.
bench: setup
	$(BIN)/python bench/bench_scale.py 100 500 1000
	$(BIN)/python bench/bench_serve.py 1000
	$(BIN)/python bench/bench_print.py
	$(BIN)/python bench/bench_site.py
	$(BIN)/python bench/bench_stemmers.py
	$(BIN)/python bench/bench_search.py 500

## Search only: quality on the query sets (ours beside stock), index size, time to first result.
bench-search: setup
	$(BIN)/python bench/bench_stemmers.py
	$(BIN)/python bench/bench_search.py 500

## Web: Lighthouse 12.2.3 (installed from npm into ~/.cache/swadaya/ by the benchmark) on the
## hosted copy served by the nginx recipe; bytes per visit; saving the site offline.
bench-web: setup
	$(BIN)/python bench/bench_web.py

clean:
	rm -rf site .site-build-* build .pytest_cache .mypy_cache .ruff_cache .venv-lock .swadaya-cache
