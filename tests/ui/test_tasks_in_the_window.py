"""Tasks by hand: added on an account or a person, edited, snoozed, ticked off with Undo."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from kamdesk.services.tasks import TaskService
from kamdesk.ui.main_window import PAGE_TODAY
from tests.days import TODAY
from tests.ui.helpers import activate, open_form, save, type_into


def _select(view, predicate) -> None:
    assert view.select_where(predicate)


def test_the_new_task_button_adds_a_task_on_a_person_with_a_due_date(qtbot, sample_window, today):
    dossier = sample_window.pages["accounts"].dossier
    qtbot.mouseClick(dossier.task_button, Qt.MouseButton.LeftButton)
    dialog = open_form(sample_window)
    assert dialog.due.date_on_or_after(today) == today + timedelta(days=1)
    type_into(qtbot, dialog.title, "Ask Ściborek about the yard sensors")
    dialog.person.setCurrentIndex(2)
    person_id = dialog.person.currentData()
    dialog.due.edit.clear()
    qtbot.keyClicks(dialog.due.edit, f"{(today + timedelta(days=5)):%d.%m.}")  # no year: next
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    task = TaskService(sample_window.context.db).get_task(dialog.saved_id)
    assert (task.person_id, task.due_on) == (person_id, today + timedelta(days=5))
    assert dossier.tabs.currentWidget() is dossier.tasks
    assert task.id in [t.id for t in dossier.tasks.model.rows()]


def test_editing_a_task_on_the_account_changes_its_text_and_date(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.tasks)
    task = dossier.tasks.model.row_at(0)
    _select(dossier.tasks, lambda t: t.id == task.id)
    dossier.tasks.activated_row.emit(dossier.tasks.current())  # a double-click
    dialog = open_form(sample_window)
    assert dialog.title.text() == task.title
    dialog.title.setText("Send the cash-flow model, quarter by quarter")
    dialog.due.edit.clear()  # no date
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    changed = TaskService(sample_window.context.db).get_task(task.id)
    assert (changed.title, changed.due_on) == ("Send the cash-flow model, quarter by quarter", None)


def test_snoozing_on_the_account_moves_the_task_and_undo_puts_it_back(qtbot, sample_window, today):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.tasks)
    task = next(t for t in dossier.tasks.model.rows() if t.is_open)
    _select(dossier.tasks, lambda t: t.id == task.id)
    qtbot.mouseClick(dossier.tasks.snooze_week, Qt.MouseButton.LeftButton)
    service = TaskService(sample_window.context.db)
    start = max(task.due_on, today)
    assert service.get_task(task.id).due_on == start + timedelta(days=7)
    assert sample_window.undo_offer.text.text().startswith("Snoozed “")
    qtbot.mouseClick(sample_window.undo_button, Qt.MouseButton.LeftButton)
    assert service.get_task(task.id).due_on == task.due_on


def test_ticking_a_task_off_on_the_account_offers_undo(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.tasks)
    model = dossier.tasks.model
    row = next(i for i, t in enumerate(model.rows()) if t.is_open)
    task = model.row_at(row)
    model.setData(model.index(row, model.COL_DONE), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    service = TaskService(sample_window.context.db)
    assert not service.get_task(task.id).is_open
    assert sample_window.undo_offer.isVisible()
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.get_task(task.id).is_open


def test_snoozing_an_overdue_task_on_today_moves_it_to_tomorrow(qtbot, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    overdue = next(i for i in today.model.items() if i.kind.value == "task" and i.overdue)
    assert not today.task_buttons[0].isEnabled()
    _select(today, lambda i: getattr(i, "ref_id", None) == overdue.ref_id)
    assert all(b.isEnabled() for b in today.task_buttons)
    qtbot.mouseClick(today.task_buttons[0], Qt.MouseButton.LeftButton)
    assert TaskService(sample_window.context.db).get_task(overdue.ref_id).due_on == (
        TODAY + timedelta(days=1)
    )
    moved = next(i for i in today.model.items() if i.ref_id == overdue.ref_id)
    assert not moved.overdue and moved.on == TODAY + timedelta(days=1)
    _select(today, lambda i: getattr(i, "kind", None) is not None and i.kind.value == "birthday")
    assert not today.task_buttons[0].isEnabled()  # birthdays cannot be snoozed
