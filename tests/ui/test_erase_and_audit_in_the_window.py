"""Erasing a person from the dossier, with a confirmation that lists what goes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kamdesk.services.people import PeopleService
from tests.services.privacy.canary import FULL_NAME, add_canary


def _people_tab(window, account_id):
    window.open_account(account_id)
    dossier = window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)  # tabs load when first shown
    return dossier.people


def _answer(seen: list, button: str):
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "confirm-erase"
    seen.append((box.windowTitle(), box.text()))
    if button == "erase":
        next(b for b in box.buttons() if b.objectName() == "erase").click()
    else:
        box.button(QMessageBox.StandardButton.Cancel).click()


def test_erasing_from_the_window_says_what_goes_and_cancel_keeps_the_person(qtbot, window, db):
    account, canary, _ = add_canary(db)
    window.refresh()
    tab = _people_tab(window, account)
    assert tab.select_where(lambda p: p.id == canary)
    seen: list = []
    erase = next(b for b in tab.findChildren(QPushButton) if b.text() == "Erase for good…")
    assert erase.isEnabled()
    QTimer.singleShot(0, lambda: _answer(seen, "cancel"))
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    title, text = seen[0]
    assert title == f"Erase {FULL_NAME} for good?"
    assert "3 contact details and 1 family members" in text
    assert "1 interactions and 0 meetings shared with others stay" in text
    assert FULL_NAME in [p.full_name for p in PeopleService(db).list_people(account)]

    QTimer.singleShot(0, lambda: _answer(seen, "erase"))
    with qtbot.waitSignal(window.context.changed):
        qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    assert [p.full_name for p in PeopleService(db).list_people(account)] == [
        "Eleni Papadopoulou"
    ]
    assert [p.full_name for p in tab.model.rows()] == ["Eleni Papadopoulou"]


def test_a_persons_data_is_exported_from_the_people_tab_and_logged(qtbot, window, db, tmp_path):
    import json

    from kamdesk.services.audit import AuditService

    account, canary, _ = add_canary(db)
    window.refresh()
    tab = _people_tab(window, account)
    assert tab.select_where(lambda p: p.id == canary)
    with qtbot.waitSignal(tab.exported, timeout=10000) as written:
        tab.export_person(tab.current(), tmp_path / "person.json")
    assert json.loads(written.args[0].read_text("utf-8"))["person"]["full_name"] == FULL_NAME
    assert [e.action for e in AuditService(db).entries()] == ["person_export"]
