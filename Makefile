# The two commands a newcomer needs: `make run` and `make test`. Both set up .venv first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTHON ?= python3

.PHONY: run test test-postgresql lint screenshots brief-example translations icons wheel bundle \
        bundle-smoke bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m kamdesk

# The whole suite on SQLite, then (when KAMDESK_TEST_PG_URL names a server, as .ci/run does) the
# tests of the store, services, interchange, brief and command line again on PostgreSQL: their
# `db`, `sample_db` and `cli_database` fixtures then hand out a private server database each.
ENGINE_NEUTRAL := tests/store tests/services tests/interchange tests/briefing tests/cli
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	@if [ -n "$$KAMDESK_TEST_PG_URL" ]; then $(MAKE) --no-print-directory test-postgresql; \
	else echo "KAMDESK_TEST_PG_URL is not set: not run on PostgreSQL (.ci/run starts a server)"; fi

test-postgresql: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --engine=postgresql $(ENGINE_NEUTRAL)

# The linter and the type checker ([tool.mypy] in pyproject.toml says what is checked how).
lint: $(STAMP)
	$(PY) -m ruff check kamdesk tests benchmarks scripts
	$(PY) scripts/drop_fmt_skip.py --check  # no formatter here, so no `# fmt: skip` markers
	$(PY) -m mypy

# Every page and dialog in English; the main pages again dark, and in Filipino.
MAIN_PAGES := today,portfolio,dossier-01-overview,dossier-03-map,settings
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots/dark --dark \
	  --only $(MAIN_PAGES)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots/fil --lang fil \
	  --only $(MAIN_PAGES),getting-started

# The sample meeting brief and a PNG of each page; meeting times as seen on a laptop in Gdańsk.
brief-example: $(STAMP)
	TZ=Europe/Warsaw $(PY) scripts/brief_example.py docs/brief-example.pdf
	mkdir -p docs/brief && rm -f docs/brief/page-*.png
	pdftoppm -png -r 80 docs/brief-example.pdf docs/brief/page

# The translations, for every language with a catalogue in kamdesk/resources/translations:
# the window's texts (Qt: lupdate finds them, a translator fills the .ts, lrelease builds the
# .qm) and the brief's and command line's (gettext: babel extracts, updates the .po, compiles
# the .mo). A new language is a new kamdesk_<lang>.ts and <lang>/LC_MESSAGES/kamdesk.po
# (pybabel init -l <lang>). Tests check that lupdate and babel find every text.
TRANSLATIONS := kamdesk/resources/translations
LANGS        := fil
GETTEXT_SRC  := kamdesk/briefing kamdesk/domain kamdesk/commands kamdesk/services \
                kamdesk/interchange \
                kamdesk/cli.py kamdesk/language.py
translations: $(STAMP)
	mkdir -p build
	for lang in $(LANGS); do \
	  $(VENV)/bin/pyside6-lupdate -extensions py kamdesk -ts $(TRANSLATIONS)/kamdesk_$$lang.ts && \
	  $(VENV)/bin/pyside6-lrelease $(TRANSLATIONS)/kamdesk_$$lang.ts \
	    -qm $(TRANSLATIONS)/kamdesk_$$lang.qm || exit 1; done
	$(VENV)/bin/pybabel extract --no-location --sort-output -k QT_TRANSLATE_NOOP:2 \
	  -k ngettext:1,2 --project=KAMDesk -o build/kamdesk.pot $(GETTEXT_SRC)
	$(VENV)/bin/pybabel update --no-fuzzy-matching --width=100 -i build/kamdesk.pot \
	  -d $(TRANSLATIONS) -D kamdesk
	$(VENV)/bin/pybabel compile --statistics -d $(TRANSLATIONS) -D kamdesk

# The bundle's application icons (kamdesk.ico, kamdesk.icns) from resources/icons/kamdesk.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/app_icons.py

# dist/kamdesk-<version>-py3-none-any.whl: `pip install` it anywhere (fonts, icons,
# translations and sample data inside).
wheel: $(STAMP)
	$(PY) -m pip wheel --no-deps -w dist .

# The standalone folder dist/kamdesk (PyInstaller, build.spec), for machines without Python.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm build.spec

# Start the built folder offscreen, load the sample, write briefs, check (not in CI: slow).
bundle-smoke: bundle
	scripts/bundle_smoke.sh dist/kamdesk

# Every figure of docs/performance.md against its floor, on generated portfolios M and L
# (cached outside git by a content hash: the first run generates them, L takes minutes).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
