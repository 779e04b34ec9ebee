"""Entry that fits habits: drop-downs where the choice is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kamdesk.services.people import PeopleService
from tests.ui.helpers import button, open_form, save, type_into


def test_a_contacts_kind_is_picked_from_a_drop_down(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    qtbot.mouseClick(button(dossier.people, "New person"), Qt.MouseButton.LeftButton)
    editor = open_form(sample_window)
    type_into(qtbot, editor.full_name, "Μαρία Παπαδοπούλου")
    editor._tabs.setCurrentIndex(2)  # Contacts
    qtbot.mouseClick(editor.contacts_box.add_button, Qt.MouseButton.LeftButton)
    view, model = editor.contacts_box.view, editor.contacts  # the new row's kind is open
    [combo] = [c for c in view.findChildren(QComboBox) if c.isVisible()]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "E-mail", "Phone", "Address", "Website"]  # fmt: skip
    combo.setCurrentIndex(combo.findData("phone"))
    combo.activated.emit(combo.currentIndex())
    view.setCurrentIndex(model.index(0, model.COL_VALUE))  # moving on closes the drop-down
    assert model.rows()[0]["kind"] == "phone"
    assert view.itemDelegateForColumn(model.COL_KIND).displayText("phone", None) == "Phone"
    model.setData(model.index(0, model.COL_VALUE), "+30 210 555 0199")
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    [contact] = PeopleService(sample_window.context.db).get_person(editor.saved_id).contacts
    assert (contact.kind, contact.value) == ("phone", "+30 210 555 0199")


def test_editing_a_person_keeps_whom_they_report_to(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    people = PeopleService(sample_window.context.db)
    person = next(p for p in dossier.people.model.rows() if p.reports_to_id)
    assert dossier.people.select_person(person.id)
    qtbot.mouseClick(button(dossier.people, "Edit"), Qt.MouseButton.LeftButton)
    editor = open_form(sample_window)
    assert editor.reports_to.currentData() == person.reports_to_id
    qtbot.keyClicks(editor.hobbies, ", chess")
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    assert people.get_person(person.id).reports_to_id == person.reports_to_id
