# Two commands: `make run` and `make test`. Both bootstrap .venv from the pinned lock file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# make run serves on this machine only; HOST=0.0.0.0 serves the network (see README).
HOST ?= 127.0.0.1
PORT ?= 8501
RAW ?= ../shared/data/raw

.PHONY: run test lint snapshot bench eval clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# Flags from dashboard/serving.py: bind HOST only, the printed address given (so Streamlit never
# looks up an external IP), no usage statistics, viewer toolbar, no error details.
run: $(STAMP)
	$(BIN)/streamlit run dashboard/app.py $$($(BIN)/python -c \
		'import sys; from dashboard.serving import flags; print(*flags(sys.argv[1], int(sys.argv[2])))' \
		'$(HOST)' '$(PORT)')

test: $(STAMP) lint
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Benchmarks print medians and ratios against a baseline measured in the same run.
BENCHES := $(filter-out bench/common.py bench/eval_corpus.py,$(wildcard bench/*.py))
bench: $(STAMP) eval
	@failed=""; for script in $(BENCHES); do echo "== $$script"; \
		$(BIN)/python $$script || failed="$$failed $$script"; done; \
		if [ -n "$$failed" ]; then echo "failed:$$failed"; exit 1; fi

# Claim reading and verdicts scored on the development corpus (../shared/documents/dev).
eval: $(STAMP)
	$(BIN)/python bench/eval_corpus.py --verbose

snapshot: $(STAMP)
	$(BIN)/ledger build-snapshot --raw $(RAW)

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
