"""The import wizard shows how it read the file: the encoding (which the user may change)
and the columns no known program has, which go to the notes unless mapped elsewhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


def _wizard(qtbot, db, path):
    from kamdesk.ui.import_wizard import ImportWizard

    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.account.setText("Corpus Trading")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return wizard


def _choose(qtbot, box, encoding: str) -> None:
    """Pick `encoding` in the box the way the list does when the user clicks an item."""
    index = box.findData(encoding)
    assert index >= 0, encoding
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_the_preview_shows_the_encoding_and_reads_again_in_another(qtbot, db, tmp_path):
    path = tmp_path / "kontakt.vcf"
    shutil.copyfile(FIXTURES / "encodings" / "koi8_r_cards.vcf", path)
    wizard = _wizard(qtbot, db, path)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=20_000)
    assert preview.encoding.currentData() == "koi8-r"
    assert {r.name for r in preview.model.rows()} == {"Ольга Кузнецова", "Дмитрий Волков"}
    _choose(qtbot, preview.encoding, "cp1251")  # the user thinks it is Windows Cyrillic
    qtbot.waitUntil(lambda: preview.report is not None and preview.encoding.currentData()
                    == "cp1251", timeout=20_000)
    assert "Ольга Кузнецова" not in {r.name for r in preview.model.rows()}
    assert wizard.file_page.encoding.currentData() == "cp1251"
    _choose(qtbot, preview.encoding, "koi8-r")
    qtbot.waitUntil(lambda: preview.report is not None and "Ольга Кузнецова" in
                    {r.name for r in preview.model.rows()}, timeout=20_000)
    preview.grab().save(str(tmp_path / "preview.png"))


def test_the_mapping_lists_unknown_columns_and_keeps_them_in_the_notes(qtbot, db, tmp_path):
    path = tmp_path / "kunden.csv"
    shutil.copyfile(FIXTURES / "numbers_export.csv", path)
    wizard = _wizard(qtbot, db, path)
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=20_000)
    assert "Met at" in mapping.unknown.text()
    assert mapping.encoding.currentData() == "utf-8"
    targets = dict(zip(mapping.model.headers, mapping.model.targets, strict=True))
    assert targets["Met at"] == "note:Met at"  # offered, and kept by default
    row = mapping.model.headers.index("Met at")
    assert "note:Met at" in mapping.model.choices(row)
    wizard.grab().save(str(tmp_path / "mapping.png"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=20_000)
    assert "columns no preset knows, kept as notes lines: Met at" in preview.notes.text()
    assert "line 1 above the header read as a note" in preview.notes.text()
    wizard.grab().save(str(tmp_path / "wizard.png"))
