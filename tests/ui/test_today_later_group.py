"""Today reads its summary and headings from the counts; a big Later group stays closed,
its heading saying how many lines it holds, and is read when it is clicked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.changes import Changes
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.agenda import AgendaService, agenda_summary
from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
from kamdesk.ui.main_window import PAGE_TODAY
from kamdesk.ui.models.agenda_model import AgendaHeading
from tests.days import TODAY


@pytest.fixture
def crowded(sample_window):
    """The sample window with a birthday every day of the next two weeks, and families."""
    db = sample_window.context.db
    account = AccountService(db).create_account(AccountInput("Birthdays s.r.o."))
    for n in range(15):
        on = TODAY + timedelta(days=n)
        family = [FamilyMemberData(f"Child {n}", "son", Birthday(on.month, on.day))]
        PeopleService(db).create_person(account, PersonInput(
            f"Person {n}", birthday=Birthday(on.month, on.day, 1980), family=family))
    sample_window.context.notify(Changes.everything())
    return sample_window


def _by_group(items, groups=tuple(AgendaGroup)):
    """The lines as the page lists them: group by group, the agenda's order inside."""
    return [i for g in groups for i in items if i.group is g]


def _later(page):
    return [r for r in page.model.rows() if isinstance(r, AgendaHeading)
            and r.group is AgendaGroup.LATER]


def test_a_big_later_group_is_closed_until_clicked_then_shows_every_line(qtbot, crowded):
    page = crowded.pages["today"]
    page.later_at_once = 5  # a department's Later: more lines than are read at once
    crowded.go_to(PAGE_TODAY)
    whole = AgendaService(crowded.context.db).agenda(TODAY, page.days.value())
    later = [i for i in whole if i.group is AgendaGroup.LATER]
    assert len(later) > page.later_at_once
    [heading] = _later(page)
    assert heading.closed and heading.count == len(later)
    assert "click to show" in heading.text
    assert not [i for i in page.model.items() if i.group is AgendaGroup.LATER]
    assert page.model.items() == _by_group(whole, list(AgendaGroup)[:3])

    row = page.model.rows().index(heading)
    rect = page.table.visualRect(page.proxy.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.model.items() == _by_group(whole)  # every line, none twice
    [opened] = _later(page)
    assert not opened.closed and opened.count == len(later)
    row = page.model.rows().index(opened)
    assert page.table.columnSpan(row, 0) == page.model.columnCount()

    crowded.context.notify(Changes.everything())  # stays open when the page redraws
    assert page.model.items() == _by_group(AgendaService(crowded.context.db).agenda(
        TODAY, page.days.value()))


def test_the_summary_counts_are_the_whole_agendas_while_later_is_closed(crowded):
    page = crowded.pages["today"]
    page.later_at_once = 0
    crowded.go_to(PAGE_TODAY)
    assert _later(page)[0].closed
    whole = AgendaService(crowded.context.db).agenda(TODAY, page.days.value())
    # The same words, from the kinds counted over the whole list of lines:
    assert page.summary.text() == page.summary_text({AgendaGroup.TODAY: agenda_summary(whole)})
    assert page.summary.text().startswith("Birthdays: ")
    headings = {r.group: r.count for r in page.model.rows() if isinstance(r, AgendaHeading)}
    assert headings == {g: sum(1 for i in whole if i.group is g) for g in AgendaGroup
                        if any(i.group is g for i in whole)}


def test_filtering_keeps_a_closed_heading_in_sight(crowded):
    page = crowded.pages["today"]
    page.later_at_once = 0
    crowded.go_to(PAGE_TODAY)
    page.filter.setText("Person 3")
    shown = [page.proxy.row_at(r) for r in range(page.proxy.rowCount())]
    assert any(isinstance(r, AgendaHeading) and r.closed for r in shown)
    assert all(isinstance(r, AgendaHeading) or "Person 3" in r.title for r in shown)
