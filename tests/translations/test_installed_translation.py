"""A compiled translation in resources/translations is installed for the user's language and
the window speaks it; without one for the language, the window stays in English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kamdesk.domain.enums import DmuRole
from kamdesk.ui import translations
from kamdesk.ui.display_labels import label

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>labels</name>
    <message>
        <source>Decision maker</source>
        <translation>Tagapagpasya</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A resources folder holding kamdesk_fil.qm, compiled with lrelease as a release would."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "kamdesk_fil.ts").write_text(TS, encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run([lrelease, str(folder / "kamdesk_fil.ts"), "-qm",
                    str(folder / "kamdesk_fil.qm")], check=True, capture_output=True)
    monkeypatch.setattr(translations, "resource", lambda *parts: tmp_path.joinpath(*parts))
    return folder


def _uninstall(app, files):
    for translator in app.findChildren(translations.QTranslator):
        if translator.filePath() in files:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()


def test_a_filipino_user_gets_the_filipino_labels(qapp, shipped):
    files = translations.install_translations(qapp, QLocale("fil_PH"))
    try:
        assert files[0] == str(shipped / "kamdesk_fil.qm")
        assert label(DmuRole.DECISION_MAKER) == "Tagapagpasya"
        assert label(DmuRole.CHAMPION) == "Champion"  # not translated yet: the English source
    finally:
        _uninstall(qapp, files)
    assert label(DmuRole.DECISION_MAKER) == "Decision maker"


def test_a_language_without_a_translation_stays_english_buttons_too(qapp, shipped):
    # Qt ships Polish for its own dialogs; KAMDesk does not, so neither is installed.
    assert translations.install_translations(qapp, QLocale("pl_PL")) == []
    assert label(DmuRole.DECISION_MAKER) == "Decision maker"
