# The two commands a newcomer needs: `make run` and `make test`. Both set up .venv first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTHON ?= python3

.PHONY: run test lint screenshots brief-example translations bundle bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m kamdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check kamdesk tests benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# The sample meeting brief and a PNG of each page; meeting times as seen on a laptop in Gdańsk.
brief-example: $(STAMP)
	TZ=Europe/Warsaw $(PY) scripts/brief_example.py docs/brief-example.pdf
	mkdir -p docs/brief && rm -f docs/brief/page-*.png
	pdftoppm -png -r 80 docs/brief-example.pdf docs/brief/page

# Every text of the window, for translators (a test checks that lupdate finds them all).
translations: $(STAMP)
	mkdir -p build
	$(VENV)/bin/pyside6-lupdate -extensions py kamdesk -ts build/kamdesk_fil.ts

# The standalone folder dist/kamdesk (PyInstaller, build.spec), for machines without Python.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm build.spec

# Every figure of docs/performance.md against its floor, on generated portfolios M and L
# (cached outside git by a content hash: the first run generates them, L takes minutes).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
