"""The window at department scale: the agenda sums up first and filters by kind; search caps."""

from __future__ import annotations

from kamdesk.services.agenda import AgendaKind
from kamdesk.ui.main_window import PAGE_TODAY


def test_the_agenda_says_what_it_holds_and_shows_one_kind_when_asked(sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    today.days.setValue(30)
    every = today.model.items()
    kinds = {i.kind for i in every}
    assert {AgendaKind.BIRTHDAY, AgendaKind.TASK} <= kinds
    summary = today.summary.text()
    birthdays = sum(i.kind is AgendaKind.BIRTHDAY for i in every)
    assert f"Birthdays: {birthdays}" in summary and "Tasks: " in summary
    today.kinds.setCurrentIndex(today.kinds.findText("Tasks"))
    tasks = today.model.items()
    assert tasks and {i.kind for i in tasks} == {AgendaKind.TASK}
    assert "Birthdays" not in today.summary.text()
    today.kinds.setCurrentIndex(0)
    assert len(today.model.items()) == len(every)


def test_the_summary_names_every_kind_the_agenda_can_hold(sample_window):
    from kamdesk.ui.pages.today_page import SUMMARY_NAMES

    assert set(SUMMARY_NAMES) == set(AgendaKind)
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    today = sample_window.pages["today"]
    today.days.setValue(120)
    meetings = sum(i.kind is AgendaKind.MEETING for i in today.model.items())
    assert meetings and f"Meetings: {meetings}" in today.summary.text()


def test_search_says_when_it_capped_and_shows_more_when_asked(qtbot, sample_window):
    from PySide6.QtCore import Qt

    search = sample_window.pages["search"]
    with qtbot.waitSignal(search.results_shown, timeout=5000):
        search.search("a", limit=3)
    assert search.model.rowCount() == 3
    assert "first 3 results" in search.heading.text()
    assert search.more_button.isVisibleTo(search)
    with qtbot.waitSignal(search.results_shown, timeout=5000):
        qtbot.mouseClick(search.more_button, Qt.MouseButton.LeftButton)
    assert search.model.rowCount() > 3
    with qtbot.waitSignal(search.results_shown, timeout=5000):
        search.search("zlotowski")
    assert not search.more_button.isVisibleTo(search)
    assert "first" not in search.heading.text()
