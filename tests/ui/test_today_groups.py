"""Today groups the agenda (Overdue / Today / This week / Later), highlights today, and lists
meetings at the place's local time with the place; the navigation counts them."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.domain.changes import Changes
from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.ui.main_window import PAGE_TODAY
from kamdesk.ui.models.agenda_model import AgendaHeading
from tests.ui.helpers import open_form, save


def _today(window):
    window.navigation.setCurrentRow(PAGE_TODAY)
    return window.pages["today"]


def test_today_groups_the_agenda_under_headings_in_order(sample_window, today):
    page = _today(sample_window)
    rows = page.model.rows()
    headings = [r.group for r in rows if isinstance(r, AgendaHeading)]
    assert headings == [AgendaGroup.OVERDUE, AgendaGroup.TODAY, AgendaGroup.THIS_WEEK,
                        AgendaGroup.LATER]
    group = None
    for row in rows:
        if isinstance(row, AgendaHeading):
            group = row.group
            continue
        assert row.group is group
        if group is AgendaGroup.TODAY:
            assert row.on == today
        if group is AgendaGroup.THIS_WEEK:
            assert today < row.on < today + timedelta(days=7)
    heading = page.model.heading_rows()[0]
    assert page.table.columnSpan(heading, 0) == page.model.columnCount()
    assert not page.model.flags(page.model.index(heading, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_todays_rows_are_highlighted_and_bold(sample_window):
    page = _today(sample_window)
    model = page.model
    rows = [(i, r) for i, r in enumerate(model.rows()) if not isinstance(r, AgendaHeading)]
    today_row = next(i for i, r in rows if r.group is AgendaGroup.TODAY)
    later_row = next(i for i, r in rows if r.group is AgendaGroup.LATER)
    assert model.index(today_row, model.COL_WHAT).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(today_row, model.COL_WHAT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(later_row, model.COL_WHAT).data(Qt.ItemDataRole.BackgroundRole) is None


def test_planned_meetings_show_on_today_with_local_time_and_place(sample_window):
    page = _today(sample_window)
    meetings = [r for r in page.model.items() if r.kind is AgendaKind.MEETING]
    assert meetings, "the sample's planned meetings are missing from Today"
    davao = next(m for m in meetings if m.time_zone == "Asia/Manila")
    row = page.model.rows().index(davao)
    text = page.model.index(row, page.model.COL_WHAT).data()
    assert text == f"Meeting “{davao.subject}” at 09:00 Asia/Manila, {davao.place}"


def test_the_navigation_counts_the_weeks_meetings(sample_window, today):
    week = AgendaService(sample_window.context.db).agenda(today, 7)
    meetings = [i for i in week if i.kind is AgendaKind.MEETING and not i.overdue]
    assert meetings
    text = sample_window.navigation_pane.summary.text()
    wanted = ("1 meeting this week" if len(meetings) == 1
              else f"{len(meetings)} meetings this week")
    assert wanted in text


def test_a_past_meeting_asks_for_its_outcome_on_today(qtbot, sample_window, today):
    db = sample_window.context.db
    account = sample_window.pages["accounts"].dossier.account_id
    meeting_id = MeetingService(db).plan_meeting(account, MeetingInput(
        datetime.combine(today - timedelta(days=1), time(15)), "Gdańsk",
        "Review the yard pilot"))
    with qtbot.waitSignal(sample_window.navigation_pane.summary_shown):  # counted off the thread
        sample_window.context.notify(Changes.everything())
    page = _today(sample_window)
    item = next(i for i in page.model.items() if i.ref_id == meeting_id)
    assert item.group is AgendaGroup.OVERDUE
    row = page.model.rows().index(item)
    assert page.model.index(row, page.model.COL_WHAT).data() == (
        "Record the outcome of the meeting “Review the yard pilot”")
    assert "1 meeting outcome to record" in sample_window.navigation_pane.summary.text()
    assert page.select_where(lambda i: getattr(i, "ref_id", None) == meeting_id)
    assert page.outcome_button.isEnabled()
    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    dialog = open_form(sample_window)
    qtbot.keyClicks(dialog.summary, "Pilot accepted")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    assert meeting_id not in [i.ref_id for i in page.model.items()]  # recorded: off Today
