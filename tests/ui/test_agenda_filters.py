"""The agenda at department scale: a summary first, and a filter by kind."""

from __future__ import annotations

from kamdesk.services.agenda import AgendaKind
from kamdesk.ui.main_window import PAGE_TODAY


def test_the_agenda_says_what_it_holds_and_shows_one_kind_when_asked(sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    today.days.setValue(30)
    every = today.model.rows()
    kinds = {i.kind for i in every}
    assert {AgendaKind.BIRTHDAY, AgendaKind.TASK} <= kinds
    summary = today.summary.text()
    birthdays = sum(i.kind is AgendaKind.BIRTHDAY for i in every)
    assert f"Birthdays: {birthdays}" in summary and "Tasks: " in summary
    today.kinds.setCurrentIndex(today.kinds.findText("Tasks"))
    tasks = today.model.rows()
    assert tasks and {i.kind for i in tasks} == {AgendaKind.TASK}
    assert "Birthdays" not in today.summary.text()
    today.kinds.setCurrentIndex(0)
    assert len(today.model.rows()) == len(every)
