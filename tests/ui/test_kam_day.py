"""A key account manager's day, walked through the real window on a temporary database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.services.people import PeopleService
from kamdesk.ui.main_window import PAGE_TODAY
from tests.days import TODAY
from tests.ui.helpers import button, save, type_into


def add_person(qtbot, people_tab, name: str, position: str, family=None, birthday=None):
    qtbot.mouseClick(button(people_tab, "New person"), Qt.MouseButton.LeftButton)
    editor = people_tab.editor
    type_into(qtbot, editor.full_name, name)
    qtbot.keyClicks(editor.position, position)
    if birthday is not None:
        editor.birthday.day.setValue(birthday.day)
        editor.birthday.month.setValue(birthday.month)
    if family is not None:
        qtbot.mouseClick(editor.family_box.add_button, Qt.MouseButton.LeftButton)
        model = editor.family
        for column, value in enumerate(family):
            model.setData(model.index(model.rowCount() - 1, column), value)
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)


def test_a_kam_day_from_first_account_to_undo(qtbot, window):
    # The empty database greets with the first-run page; create the first account from it.
    first_run = window.pages["first_run"]
    assert window.stack.currentWidget() is first_run
    qtbot.mouseClick(first_run.new_button, Qt.MouseButton.LeftButton)
    dialog = window.pages["accounts"].dialog
    qtbot.keyClicks(dialog.name, "Baltic Freight Sp. z o.o.")
    type_into(qtbot, dialog.city, "Gdańsk")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    accounts = window.pages["accounts"]
    assert window.stack.currentWidget() is accounts
    dossier = accounts.dossier
    assert dossier.title.text() == "Baltic Freight Sp. z o.o."

    # Three DMU members, one with family and a birthday next week.
    dossier.tabs.setCurrentWidget(dossier.people)
    next_week = TODAY + timedelta(days=6)
    add_person(qtbot, dossier.people, "Łukasz Złotowski", "CFO",
               family=("Staś", "son", "--03-14", ""), birthday=next_week)
    add_person(qtbot, dossier.people, "Trần Văn Minh", "Head of IT", family=("Lan", "wife", "", ""))
    add_person(qtbot, dossier.people, "Ингрид Сёренсен", "Procurement",
               family=("Olaf", "husband", "1979-05-02", ""))
    assert dossier.people.model.rowCount() == 3
    cfo = next(p for p in dossier.people.model.rows() if p.position == "CFO")
    assert cfo.next_birthday == next_week
    assert PeopleService(window.context.db).get_person(cfo.id).family[0].name == "Staś"

    # Log an interaction with one shortcut and a few keystrokes.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    log = dossier.interactions.dialog
    assert log is not None and log.isVisible()
    log.people.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(log.summary, "Called about Q1 volumes")
    with qtbot.waitSignal(log.accepted):
        qtbot.keyClick(log.summary, Qt.Key.Key_Return)
    assert dossier.tabs.currentWidget() is dossier.interactions
    [logged] = dossier.interactions.model.rows()
    assert logged.summary == "Called about Q1 volumes" and len(logged.people) == 1

    # A proposal marked as sent schedules the receipt call on the next working day.
    dossier.tabs.setCurrentWidget(dossier.proposals)
    qtbot.mouseClick(button(dossier.proposals, "New proposal"), Qt.MouseButton.LeftButton)
    proposal = dossier.proposals.dialog
    qtbot.keyClicks(proposal.title, "Warehouse automation")
    qtbot.keyClicks(proposal.value, "250000")
    with qtbot.waitSignal(proposal.accepted):
        save(qtbot, proposal)
    dossier.proposals.table.selectRow(0)
    qtbot.mouseClick(dossier.proposals.send_button, Qt.MouseButton.LeftButton)
    [sent] = dossier.proposals.model.rows()
    assert sent.status.value == "sent" and sent.current_step.value == "confirm_receipt"

    window.navigation.setCurrentRow(PAGE_TODAY)
    today = window.pages["today"]
    assert window.stack.currentWidget() is today
    titles = [getattr(i, "title", "") for i in today.model.rows()]  # headings have none
    call = "Call to confirm the proposal was received: Warehouse automation"
    assert call in titles
    assert any(t.startswith("Birthday: Łukasz Złotowski") for t in titles)

    # Tick the call off: it leaves the agenda and the proposal moves to its next step.
    row = titles.index(call)
    today.model.setData(today.model.index(row, today.model.COL_DONE), Qt.CheckState.Checked.value,
                        Qt.ItemDataRole.CheckStateRole)
    assert call not in [i.title for i in today.model.items()]
    dossier.proposals.load(dossier.account_id)
    assert dossier.proposals.model.rows()[0].current_step.value == "ask_next_steps"

    # Find a person without typing the diacritics, and open them.
    search = window.pages["search"]
    with qtbot.waitSignal(search.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "zlotowski")
    assert window.stack.currentWidget() is search
    assert [h.name for h in search.model.rows()] == ["Łukasz Złotowski"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    person_page = window.pages["person"]
    assert window.stack.currentWidget() is person_page  # their page, not a modal editor
    assert person_page.name.text() == "Łukasz Złotowski"
    qtbot.mouseClick(person_page.edit_button, Qt.MouseButton.LeftButton)
    editor = person_page.dialog
    assert editor.isVisible() and editor.full_name.text() == "Łukasz Złotowski"
    editor.reject()

    # Delete a person, then undo with Ctrl+Z.
    window.search_box.clear()
    window.open_account(dossier.account_id)
    dossier.tabs.setCurrentWidget(dossier.people)
    dossier.people.select_where(lambda p: p.full_name == "Trần Văn Minh")
    qtbot.mouseClick(button(dossier.people, "Delete"), Qt.MouseButton.LeftButton)
    assert "Trần Văn Minh" not in [p.full_name for p in dossier.people.model.rows()]
    assert window.undo_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Trần Văn Minh" in [p.full_name for p in dossier.people.model.rows()]
    assert not window.undo_button.isVisible()


def test_the_first_run_page_loads_the_sample_portfolio(qtbot, window):
    first_run = window.pages["first_run"]
    assert window.stack.currentWidget() is first_run
    with qtbot.waitSignal(first_run.loaded, timeout=60000):
        qtbot.mouseClick(first_run.load_button, Qt.MouseButton.LeftButton)
    accounts = window.pages["accounts"]
    assert window.stack.currentWidget() is accounts
    assert accounts.accounts.model.rowCount() >= 10
    assert accounts.dossier.title.text()


def test_the_person_editor_marks_the_field_that_is_wrong(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    qtbot.mouseClick(button(dossier.people, "New person"), Qt.MouseButton.LeftButton)
    editor = dossier.people.editor
    qtbot.keyClicks(editor.position, "Gatekeeper of the gate")
    save(qtbot, editor)
    assert editor.isVisible()
    assert editor.error_text("full_name") == "a person needs a name"
    type_into(qtbot, editor.full_name, "Zoë Ἀλεξάνδρα Papadaki")
    editor.birthday.day.setValue(31)
    editor.birthday.month.setValue(2)
    save(qtbot, editor)
    assert editor.error_text("full_name") == ""
    assert "no day" in editor.error_text("birthday")
    editor.dirty = False
    editor.reject()


def test_closing_the_editor_with_unsaved_edits_asks_first(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    dossier.people.table.selectRow(0)
    qtbot.mouseClick(button(dossier.people, "Edit"), Qt.MouseButton.LeftButton)
    editor = dossier.people.editor
    assert not editor.dirty
    qtbot.keyClicks(editor.hobbies, ", chess")
    assert editor.dirty

    def answer(which):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "confirm-discard"
        box.button(which).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    editor.reject()
    assert editor.isVisible()  # kept open: the edits are still there
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Discard))
    with qtbot.waitSignal(editor.rejected):
        editor.reject()
    assert not editor.isVisible()
