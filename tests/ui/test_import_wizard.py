"""The import wizard and the export dialog, driven like a user drives them."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kamdesk.services.accounts import AccountService
from kamdesk.services.contact_import.planning import RowAction

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"


def _next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wizard(qtbot, db):
    from kamdesk.ui.import_wizard import ImportWizard

    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_importing_a_small_vcard_file_through_the_wizard(qtbot, db, tmp_path):
    from kamdesk.ui.import_wizard import PREVIEW_PAGE, RESULT_PAGE

    path = tmp_path / "phone.vcf"
    shutil.copyfile(FIXTURES / "phone_vcard21.vcf", path)
    wizard = _wizard(qtbot, db)
    assert not wizard.file_page.isComplete()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    assert wizard.file_page.kind.currentData() == "vcard"
    _next(qtbot, wizard)
    assert wizard.currentId() == PREVIEW_PAGE  # a vCard needs no column mapping
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=20_000)
    assert preview.model.rowCount() == 3
    assert "3 to create" in preview.summary.text()
    assert "Bałtyk Spedycja Sp. z o.o." in preview.summary.text()
    assert AccountService(db).list_accounts() == []  # the preview wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        _next(qtbot, wizard)
    assert wizard.currentId() == RESULT_PAGE
    assert imported.args[0].count(RowAction.CREATE) == 3
    result = wizard.result_page.result.text()
    assert result == "Imported: 3 created, 0 merged, 0 skipped, 0 left out."
    names = sorted(a.name for a in AccountService(db).list_accounts())
    assert names == ["Bałtyk Spedycja Sp. z o.o.", "Sava Power d.o.o.", "ТрансУрал Логистика"]


def test_rejected_records_hold_the_import_until_the_user_leaves_them_out(qtbot, db, tmp_path):
    from kamdesk.ui.import_wizard import MAPPING_PAGE

    path = tmp_path / "Connections.csv"
    shutil.copyfile(FIXTURES / "linkedin_connections.csv", path)
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=20_000)
    assert "LinkedIn Connections" in mapping.detected.text()
    assert mapping.model.rowCount() == 7
    targets = {mapping.model.headers[i]: t for i, t in enumerate(mapping.model.targets)}
    assert targets["Company"] == "organisation"
    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.report is not None, timeout=20_000)
    assert preview.model.rows[0].action == RowAction.REJECT  # problems come first
    assert not preview.isComplete()
    preview.skip_invalid.setChecked(True)
    assert preview.isComplete()


def test_the_mapping_can_be_changed_before_the_preview(qtbot, db, tmp_path):
    path = tmp_path / "kontakte.csv"
    shutil.copyfile(FIXTURES / "excel_semicolons.csv", path)
    wizard = _wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    _next(qtbot, wizard)
    mapping = wizard.mapping_page
    qtbot.waitUntil(lambda: mapping.model.rowCount() == 7, timeout=20_000)
    assert not mapping.isComplete()  # no column is a name yet
    model = mapping.model
    for row, target in ((0, "given_name"), (1, "family_name"), (2, "organisation")):
        model.setData(model.index(row, model.COL_TARGET), target)
    assert mapping.isComplete()
    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=20_000)
    assert [r.name for r in preview.model.rows] == ["Jürgen Weiß", "Anke Großmann"]


def test_the_wizard_models_pass_the_model_tester(qtmodeltester, db):
    from kamdesk.services.contact_import.planning import ImportRow
    from kamdesk.ui.import_models import ColumnMappingModel, ImportRowsModel

    mapping = ColumnMappingModel()
    mapping.set_layout(["Vorname", "E-Mail"], [["Jürgen", "j@x.example"]], {0: "given_name"})
    qtmodeltester.check(mapping)
    rows = ImportRowsModel()
    rows.set_rows([ImportRow("line 2", "Jürgen Weiß", RowAction.CREATE, "Ruhr Kabelwerk GmbH")])
    qtmodeltester.check(rows)


def test_exporting_a_calendar_from_the_export_dialog(qtbot, sample_db, tmp_path):
    from kamdesk.ui.export_actions import ExportDialog

    dialog = ExportDialog(sample_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ics"))
    dialog.path.setText(str(tmp_path / "kam.ics"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kam.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert dialog.message.text().startswith("Wrote ")
