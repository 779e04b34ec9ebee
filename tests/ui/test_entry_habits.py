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
        "E-mail", "Phone", "Address", "Website"]
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


def _new_person(qtbot, window):
    dossier = window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    qtbot.mouseClick(button(dossier.people, "New person"), Qt.MouseButton.LeftButton)
    return open_form(window)


def test_a_full_name_typed_in_one_field_is_split_and_stays_editable(qtbot, sample_window):
    editor = _new_person(qtbot, sample_window)
    type_into(qtbot, editor.full_name, "Nguyễn Văn An")
    assert (editor.given_name.text(), editor.family_name.text()) == ("Văn An", "Nguyễn")
    editor.full_name.clear()
    qtbot.keyClicks(editor.full_name, "Ludwig van der Berg")
    assert (editor.given_name.text(), editor.family_name.text()) == ("Ludwig", "van der Berg")
    editor.given_name.setText("Ludwig Maria")  # corrected by hand…
    qtbot.keyClicks(editor.full_name, " Jr")
    assert editor.given_name.text() == "Ludwig Maria"  # …and left alone from then on
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    person = PeopleService(sample_window.context.db).get_person(editor.saved_id)
    assert (person.given_name, person.family_name) == ("Ludwig Maria", "van der Berg")


def test_a_birthday_typed_as_people_write_it_lands_in_the_pickers(qtbot, sample_window):
    editor = _new_person(qtbot, sample_window)
    type_into(qtbot, editor.full_name, "Ирина Сабурова")
    qtbot.keyClicks(editor.birthday.typed, "21.06.")
    editor.birthday.take_typed()
    assert (editor.birthday.day.value(), editor.birthday.month.value(),
            editor.birthday.year.value()) == (21, 6, 0)  # the year left out: unknown
    qtbot.keyClicks(editor.birthday.typed, "1979-05-02")
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    birthday = PeopleService(sample_window.context.db).get_person(editor.saved_id).birthday
    assert (birthday.day, birthday.month, birthday.year) == (2, 5, 1979)


def test_family_birthdays_are_typed_in_the_locales_format_or_picked(qtbot, sample_window):
    editor = _new_person(qtbot, sample_window)
    type_into(qtbot, editor.full_name, "Andrei Saburov")
    editor._tabs.setCurrentIndex(1)  # Personal
    model, view = editor.family, editor.family_box.view
    qtbot.waitUntil(lambda: view.viewport().height() > 100)  # laid out: cells can be edited
    for name, typed in (("Olga", "17.05."), ("Pavel", "2016-04-01"), ("Maja", "20/12")):
        qtbot.mouseClick(editor.family_box.add_button, Qt.MouseButton.LeftButton)
        row = model.rowCount() - 1
        view.setCurrentIndex(model.index(row, model.COL_NOTES))  # closes the name's editor
        model.setData(model.index(row, model.COL_NAME), name)
        model.setData(model.index(row, model.COL_BIRTHDAY), typed)
    # The cell's own editor is a day / month / year picker.
    view.setCurrentIndex(model.index(0, model.COL_BIRTHDAY))
    view.edit(model.index(0, model.COL_BIRTHDAY))
    [picker] = [w for w in view.findChildren(type(editor.birthday)) if w.isVisible()]
    assert (picker.day.value(), picker.month.value(), picker.year.value()) == (17, 5, 0)
    picker.day.setValue(18)
    view.setCurrentIndex(model.index(1, model.COL_NAME))  # leaving the cell saves the pick
    assert model.rows()[0]["birthday"] == "18.05."
    with qtbot.waitSignal(editor.accepted):
        save(qtbot, editor)
    family = PeopleService(sample_window.context.db).get_person(editor.saved_id).family
    birthdays = {f.name: (f.birthday.day, f.birthday.month, f.birthday.year) for f in family}
    assert birthdays == {"Olga": (18, 5, None), "Pavel": (1, 4, 2016), "Maja": (20, 12, None)}


def test_a_family_birthday_that_is_no_date_is_refused_with_the_name(qtbot, sample_window):
    editor = _new_person(qtbot, sample_window)
    type_into(qtbot, editor.full_name, "Andrei Saburov")
    qtbot.mouseClick(editor.family_box.add_button, Qt.MouseButton.LeftButton)
    editor.family.setData(editor.family.index(0, editor.family.COL_NAME), "Olga")
    editor.family.setData(editor.family.index(0, editor.family.COL_BIRTHDAY), "31.02.")
    save(qtbot, editor)
    assert editor.isVisible()
    assert editor.error_text("family") == "Olga: '31.02.': February has no day 31"
    editor.dirty = False
    editor.reject()
