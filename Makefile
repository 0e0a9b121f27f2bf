# One command to set up and run the demo, one to set up and run the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= kg-data
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: demo test test-quick install notebooks clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,notebooks]"
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	$(BIN)/kg ingest data/rotherham --store $(STORE)
	$(BIN)/kg stats --store $(STORE)
	$(BIN)/kg ask "what did the panel resolve on CAMHS transition" --store $(STORE)

test: install
	$(BIN)/pytest -q tests
	$(BIN)/pytest -q --nbmake notebooks

test-quick: install
	$(BIN)/pytest -q -m "not slow" tests

notebooks: install
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(STORE) .pytest_cache notebooks/.kg-data notebooks/output
