"""Deleting an account asks first and says how much goes with it; Undo only while it works."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.domain.changes import Changes
from kamdesk.services.accounts import AccountService
from kamdesk.services.agenda import AgendaKind
from kamdesk.services.tasks import TaskService
from kamdesk.ui.main_window import PAGE_TODAY, PAGE_TRASH
from tests.ui.helpers import activate

BALTIC = "Baltic Freight Sp. z o.o."


def _answer_delete(seen: list, move: bool) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "confirm-delete-account"
    seen.append(box.text())
    if move:
        [button] = [b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    button.click()


def _is_task(row) -> bool:
    return getattr(row, "kind", None) is AgendaKind.TASK


def _open_baltic(window):
    accounts = window.pages["accounts"]
    baltic = next(a.id for a in accounts.accounts.model.rows() if a.name == BALTIC)
    window.open_account(baltic)
    return baltic


def test_deleting_an_account_asks_first_and_names_the_entries_going_with_it(qtbot, sample_window):
    baltic = _open_baltic(sample_window)
    dossier = sample_window.pages["accounts"].dossier
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_delete(seen, move=False))
    qtbot.mouseClick(dossier.delete_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith(f"Move “{BALTIC}” and its ")
    names = [a.name for a in AccountService(sample_window.context.db).list_accounts()]
    assert BALTIC in names  # cancelled: nothing moved
    assert not sample_window.undo_offer.isVisible()

    QTimer.singleShot(0, lambda: _answer_delete(seen, move=True))
    sample_window.account_actions["delete_account"].trigger()  # the menu asks the same
    names = [a.name for a in AccountService(sample_window.context.db).list_accounts()]
    assert BALTIC not in names
    sample_window.go_to(PAGE_TRASH)
    [entry] = sample_window.pages["trash"].model.rows()
    assert seen[1] == f"Move “{BALTIC}” and its {entry.rows - 1} entries to the trash?"
    assert entry.rows - 1 > 10
    assert dossier.account_id != baltic


def test_undo_is_withdrawn_once_the_trash_page_restored_the_deletion(qtbot, sample_window):
    people = sample_window.pages["accounts"].dossier.people
    sample_window.pages["accounts"].dossier.tabs.setCurrentWidget(people)
    people.table.selectRow(0)
    qtbot.mouseClick(
        next(b for b in people.findChildren(type(sample_window.undo_button))
             if b.text() == "Delete"), Qt.MouseButton.LeftButton)
    assert sample_window.undo_offer.isVisible() and sample_window.undo_action.isEnabled()

    sample_window.navigation.setCurrentRow(PAGE_TRASH)
    trash = sample_window.pages["trash"]
    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rows() == []
    assert not sample_window.undo_offer.isVisible()
    assert not sample_window.undo_action.isEnabled()


def test_undo_is_withdrawn_once_the_trash_is_emptied(qtbot, sample_window):
    people = sample_window.pages["accounts"].dossier.people
    sample_window.pages["accounts"].dossier.tabs.setCurrentWidget(people)
    people.table.selectRow(0)
    people.delete_person(people.current())
    assert sample_window.undo_offer.isVisible()
    sample_window.navigation.setCurrentRow(PAGE_TRASH)
    qtbot.mouseClick(sample_window.pages["trash"].empty_button, Qt.MouseButton.LeftButton)
    assert not sample_window.undo_offer.isVisible()


def test_a_task_ticked_off_on_today_can_be_undone(qtbot, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    rows = today.model.rows()
    row = next(i for i, item in enumerate(rows) if _is_task(item))
    task = rows[row]
    today.model.setData(today.model.index(row, today.model.COL_DONE),
                        Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert task.ref_id not in [i.ref_id for i in today.model.items()]
    offer = sample_window.undo_offer
    assert offer.isVisible() and offer.text.text().startswith("Ticked off “")
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert task.ref_id in [i.ref_id for i in today.model.items()]
    assert TaskService(sample_window.context.db).get_task(task.ref_id).is_open
    assert not offer.isVisible()


def test_undoing_a_tick_is_withdrawn_when_the_task_is_reopened_elsewhere(qtbot, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    rows = today.model.rows()
    row = next(i for i, item in enumerate(rows) if _is_task(item))
    today.model.setData(today.model.index(row, today.model.COL_DONE),
                        Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert sample_window.undo_offer.isVisible()
    TaskService(sample_window.context.db).reopen(rows[row].ref_id)
    sample_window.context.notify(Changes.everything())
    assert not sample_window.undo_offer.isVisible()
