"""A person's page: who they are, what is open with them, every contact; Edit from there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kamdesk.services.interactions import InteractionService
from kamdesk.services.meetings import MeetingService
from kamdesk.services.people import PeopleService
from kamdesk.services.tasks import TaskService
from kamdesk.ui.dialogs.form_dialog import FormDialog
from kamdesk.ui.main_window import PAGE_TODAY
from tests.ui.helpers import activate, double_click_row, open_form, save


def _baltic_ceo(window):
    accounts = window.pages["accounts"]
    baltic = next(a.id for a in accounts.accounts.model.rows() if a.name.startswith("Baltic"))
    people = PeopleService(window.context.db).list_people(baltic)
    return baltic, next(p for p in people if p.full_name == "Bogusław Żmudziński")


def _texts(page) -> str:
    return "\n".join(label.text() for label in page.facts.widget().findChildren(QLabel))


def test_the_people_tab_opens_a_persons_page_not_the_editor(qtbot, sample_window):
    baltic, ceo = _baltic_ceo(sample_window)
    sample_window.open_account(baltic)
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    double_click_row(qtbot, dossier.people, lambda p: p.id == ceo.id)
    page = sample_window.pages["person"]
    assert sample_window.stack.currentWidget() is page
    assert page.name.text() == "Bogusław Żmudziński"
    assert not any(d.isVisible() for d in sample_window.findChildren(FormDialog))
    facts = _texts(page)
    for expected in ("Decision maker", "Favourable", "●●●●●", "11 June 1963",
                     "Ewa Żmudzińska", "spouse", "Kacper Żmudziński",
                     "Sails every weekend"):
        assert expected in facts, expected
    assert "Last time we spoke" in facts and "never logged" not in facts
    # Contacts newest first, only those with him.
    contacts = page.contacts.model.rows()
    history = InteractionService(sample_window.context.db).list_interactions(baltic)
    assert [c.id for c in contacts] == [i.id for i in history
                                        if any(p.id == ceo.id for p in i.people)]
    assert [c.occurred_at for c in contacts] == sorted((c.occurred_at for c in contacts),
                                                       reverse=True)
    meetings = MeetingService(sample_window.context.db).list_meetings(baltic)
    assert {m.id for m in page.meetings.model.rows()} == {
        m.id for m in meetings if any(p.id == ceo.id for p in m.attendees)}
    assert page.meetings.model.rowCount() >= 1


def test_edit_on_the_page_opens_the_editor_and_the_page_shows_the_change(qtbot, sample_window):
    baltic, ceo = _baltic_ceo(sample_window)
    sample_window.context.open_person.emit(baltic, ceo.id)
    page = sample_window.pages["person"]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = open_form(sample_window)
    assert editor.full_name.text() == "Bogusław Żmudziński"
    editor.hobbies.setText("sailing, bridge")
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    assert sample_window.stack.currentWidget() is page  # stays on his page
    assert "sailing, bridge" in _texts(page)


def test_a_task_added_on_the_page_is_on_the_person_and_listed_there(qtbot, sample_window):
    baltic, ceo = _baltic_ceo(sample_window)
    sample_window.context.open_person.emit(baltic, ceo.id)
    page = sample_window.pages["person"]
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(sample_window)
    assert dialog.person.currentData() == ceo.id
    qtbot.keyClicks(dialog.title, "Send the regatta photos")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    task = TaskService(sample_window.context.db).get_task(dialog.saved_id)
    assert (task.person_id, task.account_id) == (ceo.id, baltic)
    assert "Send the regatta photos" in [t.title for t in page.tasks.model.rows()]


def test_a_birthday_on_today_opens_the_persons_page(qtbot, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    item = next(i for i in today.model.items() if i.kind.value == "birthday" and not i.relation_of)
    today.open_item(item)
    page = sample_window.pages["person"]
    assert sample_window.stack.currentWidget() is page
    assert page.person_id == item.ref_id


def test_back_to_the_account_selects_the_person_in_the_people_tab(qtbot, sample_window):
    baltic, ceo = _baltic_ceo(sample_window)
    sample_window.context.open_person.emit(baltic, ceo.id)
    page = sample_window.pages["person"]
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    dossier = sample_window.pages["accounts"].dossier
    assert sample_window.stack.currentWidget() is sample_window.pages["accounts"]
    assert dossier.tabs.currentWidget() is dossier.people
    assert dossier.people.current().id == ceo.id


def test_ctrl_2_leaves_a_persons_page_for_the_accounts(qtbot, sample_window):
    baltic, ceo = _baltic_ceo(sample_window)
    sample_window.context.open_person.emit(baltic, ceo.id)
    assert sample_window.stack.currentWidget() is sample_window.pages["person"]
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.stack.currentWidget() is sample_window.pages["accounts"]
