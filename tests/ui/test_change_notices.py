"""After an edit, only what shows the records changed redraws, and the selection survives."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.ui.main_window import PAGE_TODAY
from kamdesk.ui.models.lists import PeopleModel
from tests.ui.helpers import open_form, save, type_into


def _count_refreshes(monkeypatch, window) -> Counter:
    """Each page's and tab's redraws, counted while they still do their work."""
    counts: Counter = Counter()

    def counting(name, method):
        def counted(*args, **kwargs):
            counts[name] += 1
            return method(*args, **kwargs)

        return counted

    for name, page in window.pages.items():
        monkeypatch.setattr(page, "refresh", counting(name, page.refresh))
    dossier = window.accounts_page.dossier
    for tab, name in ((dossier.people, "people tab"), (dossier.overview, "overview tab"),
                      (dossier.interactions, "contacts tab"), (dossier.map, "map tab")):
        monkeypatch.setattr(tab, "load", counting(name, tab.load))
    pane = window.navigation_pane
    monkeypatch.setattr(pane, "refresh", counting("agenda summary", pane.refresh))
    return counts


@pytest.fixture
def on_the_people_tab(sample_window):
    """The Baltic account's People tab on screen, its third person selected."""
    page = sample_window.accounts_page
    baltic = next(a.id for a in page.accounts.model.rows() if a.name.startswith("Baltic"))
    sample_window.open_account(baltic)
    page.dossier.tabs.setCurrentWidget(page.dossier.people)
    people = page.dossier.people
    people.table.selectRow(2)
    return baltic, people, people.current()


def test_editing_a_person_redraws_their_people_tab_and_the_agenda_only(
    qtbot, monkeypatch, sample_window, on_the_people_tab
):
    baltic, people, person = on_the_people_tab
    counts = _count_refreshes(monkeypatch, sample_window)
    resets, changed = [], []
    people.model.modelReset.connect(lambda: resets.append(True))
    people.model.dataChanged.connect(lambda first, last, *_: changed.append((first, last)))
    row = next(n for n, p in enumerate(people.model.rows()) if p.id == person.id)
    people.edit_person(person.id)
    editor = open_form(sample_window)
    editor.position.clear()
    type_into(qtbot, editor.position, "Head of Fleet Purchasing")
    with qtbot.waitSignal(sample_window.navigation_pane.summary_shown):
        save(qtbot, editor)

    # The People tab read that one person again and redrew their row, not the list.
    assert counts == Counter({"agenda summary": 1})
    assert not resets
    assert [(a.row(), a.column(), b.row(), b.column()) for a, b in changed] == [
        (row, 0, row, people.model.columnCount() - 1)]
    assert people.current().id == person.id  # still selected
    assert people.current().position == "Head of Fleet Purchasing"
    shown = people.proxy.index(people.table.currentIndex().row(), PeopleModel.COL_POSITION)
    assert shown.data() == "Head of Fleet Purchasing"
    # The pages not on screen redraw when they are next shown, once.
    sample_window.go_to(PAGE_TODAY)
    assert counts["today"] == 1
    assert counts["portfolio"] == 0


def test_edits_in_quick_succession_count_the_week_once_after_them(
    qtbot, monkeypatch, sample_window, on_the_people_tab
):
    baltic, _people, _person = on_the_people_tab
    pane = sample_window.navigation_pane
    counted = []
    monkeypatch.setattr(pane, "_count", lambda db, today: counted.append(today) or Counter())
    for _ in range(3):
        sample_window.context.notify(Changes.of(Record.TASK, account=baltic))
    assert counted == []  # the page on screen redraws first; the count waits for a pause
    with qtbot.waitSignal(pane.summary_shown):
        pass
    assert len(counted) == 1


def test_a_renamed_person_moves_to_their_place_by_name_and_stays_selected(
    qtbot, monkeypatch, sample_window, on_the_people_tab
):
    _baltic, people, person = on_the_people_tab
    counts = _count_refreshes(monkeypatch, sample_window)
    people.edit_person(person.id)
    editor = open_form(sample_window)
    editor.full_name.clear()
    type_into(qtbot, editor.full_name, "Aaltje Aardema")  # first by name now
    save(qtbot, editor)

    assert counts["people tab"] == 1  # a new place in the list: the list is read again
    assert people.model.row_at(0).full_name == "Aaltje Aardema"
    assert people.current().id == person.id


def test_a_new_person_is_inserted_as_a_row_and_the_selection_stays(
    qtbot, sample_window, on_the_people_tab
):
    _baltic, people, person = on_the_people_tab
    inserted = []
    people.model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first))
    before = people.model.rowCount()
    people.new_person()
    editor = open_form(sample_window)
    type_into(qtbot, editor.full_name, "Aino Laaksonen")
    save(qtbot, editor)
    assert inserted == [0]
    assert people.model.rowCount() == before + 1
    assert people.current().id == person.id


def test_an_edit_on_a_persons_page_shows_on_the_people_tab_when_going_back(
    sample_window, on_the_people_tab
):
    baltic, people, person = on_the_people_tab
    sample_window.context.open_person.emit(baltic, person.id)
    assert sample_window.stack.currentWidget() is sample_window.person_page
    service = PeopleService(sample_window.context.db)
    detail = service.get_person(person.id)
    fields = {k: getattr(detail, k) for k in PersonInput.__dataclass_fields__
              if hasattr(detail, k)}
    service.update_person(person.id, PersonInput(**{**fields, "position": "Fleet Director"}))
    sample_window.context.notify(Changes.of(Record.PERSON, account=baltic))
    assert sample_window.person_page.where.text().startswith("Fleet Director")
    sample_window.person_page.back_to_account()
    assert sample_window.stack.currentWidget() is sample_window.accounts_page
    assert people.current().id == person.id
    assert people.current().position == "Fleet Director"


def test_a_change_in_another_account_leaves_the_dossier_alone(
    monkeypatch, sample_window, on_the_people_tab
):
    baltic, _people, _person = on_the_people_tab
    other = next(a.id for a in sample_window.accounts_page.accounts.model.rows() if a.id != baltic)
    counts = _count_refreshes(monkeypatch, sample_window)
    sample_window.context.notify(Changes.of(Record.PERSON, account=other))
    assert counts["people tab"] == 0
    assert counts["accounts"] == 0


def test_an_account_edit_updates_its_row_in_the_list_in_place(sample_window, on_the_people_tab):
    baltic, _people, _person = on_the_people_tab
    page = sample_window.accounts_page
    resets = []
    page.accounts.model.modelReset.connect(lambda: resets.append(True))
    changed = []
    page.accounts.model.dataChanged.connect(
        lambda first, _last, _roles: changed.append(page.accounts.model.row_at(first.row()).id))
    _rename(sample_window.context.db, baltic)
    sample_window.context.notify(Changes.of(Record.ACCOUNT, account=baltic))
    assert not resets
    assert changed == [baltic]
    assert page.current_account_id() == baltic
    assert page.dossier.title.text().endswith(" AB")


def _rename(db, account_id) -> None:
    from dataclasses import fields

    from kamdesk.services.accounts import AccountInput, AccountService

    service = AccountService(db)
    detail = service.get_account(account_id)
    data = {f.name: getattr(detail, f.name) for f in fields(AccountInput)
            if hasattr(detail, f.name)}
    service.update_account(account_id, AccountInput(**{**data, "name": detail.name + " AB"}))


def test_rows_updated_in_place_pass_the_model_tester(qtmodeltester, sample_window,
                                                     on_the_people_tab):
    baltic, people, _person = on_the_people_tab
    rows = PeopleService(sample_window.context.db).list_people(baltic)
    qtmodeltester.check(people.model)
    # Removed, reordered and changed at once.
    people.model.update_rows(list(reversed(rows[1:])))
    qtmodeltester.check(people.model)
    assert [r.id for r in people.model.rows()] == [r.id for r in reversed(rows[1:])]
    assert people.model.rowCount(QModelIndex()) == len(rows) - 1
