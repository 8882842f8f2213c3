# newsclean developer entry points. `make demo` and `make test` work on a fresh machine
# with only Python 3.11+ and make: they create .venv and install what they need.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
EVAL_ARGS ?=
BENCH_ARGS ?=

.PHONY: install demo test eval bench clean

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	@echo "== newsclean decode samples/ | strip | split | quotes  (first record, key fields)" >&2
	$(BIN)/newsclean decode samples/ | $(BIN)/newsclean strip | $(BIN)/newsclean split | $(BIN)/newsclean quotes > demo-out.jsonl
	$(BIN)/python -c "import json,sys; [print(json.dumps({k: r.get(k) for k in ('id','lang','headline','lead','byline','source','published')} | {'quotes': len(r.get('quotes') or []), 'boilerplate': len(r.get('boilerplate') or [])}, ensure_ascii=False)) for r in map(json.loads, open('demo-out.jsonl', encoding='utf-8'))]"
	@echo "== full records: demo-out.jsonl" >&2

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python scripts/eval.py --shared $(SHARED) $(EVAL_ARGS)

bench: install
	$(BIN)/python scripts/bench.py --shared $(SHARED) --repeat 3 $(BENCH_ARGS)

clean:
	rm -rf $(VENV) demo-out.jsonl eval-out bench-out .pytest_cache .hypothesis
