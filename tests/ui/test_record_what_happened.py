"""What was logged can be changed: a contact, a meeting, opened filled by a double-click."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from kamdesk.domain.changes import Changes
from kamdesk.domain.enums import InteractionKind
from kamdesk.services.interactions import InteractionService
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.services.people import PeopleService
from kamdesk.services.tasks import TaskService
from kamdesk.ui.dialogs.activity_dialogs import picked
from tests.ui.helpers import activate, double_click_row, open_form, save


def test_a_double_click_opens_a_logged_contact_filled_and_saves_the_change(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.interactions)
    logged = dossier.interactions.model.row_at(0)
    double_click_row(qtbot, dossier.interactions, lambda i: i.id == logged.id)
    dialog = open_form(sample_window)
    assert dialog.summary.text() == logged.summary
    assert dialog.kind.currentData() == logged.kind
    checked = [dialog.people.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dialog.people.count())
               if dialog.people.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(checked) == sorted(p.id for p in logged.people)
    assert not dialog.dirty
    dialog.summary.setText("Visit to the Gdańsk terminal: phase-2 scope")
    dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.VISIT))
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    [changed] = [i for i in InteractionService(sample_window.context.db)
                 .list_interactions(logged.account_id) if i.id == logged.id]
    assert (changed.summary, changed.kind) == ("Visit to the Gdańsk terminal: phase-2 scope",
                                               InteractionKind.VISIT)
    assert changed.occurred_at == logged.occurred_at
    assert len(InteractionService(sample_window.context.db)
               .list_interactions(logged.account_id)) == dossier.interactions.model.rowCount()


def test_the_edit_button_opens_a_meeting_filled_and_saves_the_change(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.meetings)
    meeting = dossier.meetings.model.row_at(0)
    dossier.meetings.select_where(lambda m: m.id == meeting.id)
    qtbot.mouseClick(dossier.meetings.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_form(sample_window)
    assert dialog.objective.text() == meeting.objective
    assert dialog.starts.dateTime().toPython() == meeting.local_starts_at.replace(tzinfo=None)
    assert dialog.time_zone.currentText() == meeting.time_zone
    qtbot.keyClicks(dialog.place, ", room 4")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    changed = MeetingService(sample_window.context.db).get_meeting(meeting.id)
    assert changed.place == meeting.place + ", room 4"
    assert changed.starts_at == meeting.starts_at
    assert [p.id for p in changed.attendees] == [p.id for p in meeting.attendees]


def _mindanao(window):
    rows = window.pages["accounts"].accounts.model.rows()
    return next(a.id for a in rows if a.name.startswith("Mindanao"))


def test_a_meeting_in_davao_is_shown_and_edited_at_davao_time(qtbot, sample_window, today):
    sample_window.open_account(_mindanao(sample_window))
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.meetings)
    model = dossier.meetings.model
    row = next(i for i, m in enumerate(model.rows()) if m.time_zone == "Asia/Manila"
               and m.local_starts_at.date() > today)
    meeting = model.row_at(row)
    local = meeting.local_starts_at
    assert local.hour == 9  # the sample plans it at 09:00 on the plant's clock
    shown = model.index(row, model.COL_WHEN).data()
    assert shown.endswith("09:00 Asia/Manila")  # this machine's zone is not Manila's
    dossier.meetings.select_where(lambda m: m.id == meeting.id)
    qtbot.mouseClick(dossier.meetings.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_form(sample_window)
    assert dialog.starts.dateTime().toPython().hour == 9
    dialog.starts.setDateTime(dialog.starts.dateTime().addSecs(3600))  # 10:00 in Davao
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    changed = MeetingService(sample_window.context.db).get_meeting(meeting.id)
    assert changed.local_starts_at.hour == 10 and changed.time_zone == "Asia/Manila"
    assert changed.starts_at - meeting.starts_at == timedelta(hours=1)


def test_log_contact_with_a_next_step_adds_a_dated_task(qtbot, sample_window):
    dossier = sample_window.pages["accounts"].dossier
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(sample_window)
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
    person = dialog.people.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(dialog.summary, "Called about the phase-2 budget")
    qtbot.keyClicks(dialog.next_step, "Send the revised budget")
    qtbot.keyClicks(dialog.next_due.edit, "21.06")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    tasks = TaskService(sample_window.context.db).list_tasks(dossier.account_id, open_only=True)
    [task] = [t for t in tasks if t.title == "Send the revised budget"]
    assert task.due_on == date(2027, 6, 21)  # no year typed: the next 21 June from today
    assert task.person_id == person


def test_a_next_step_without_a_date_is_refused_at_the_field(qtbot, sample_window):
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = open_form(sample_window)
    qtbot.keyClicks(dialog.summary, "Called the reception")
    qtbot.keyClicks(dialog.next_step, "Call back")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("next_due") == "give the next step a due date"
    dialog.next_due.edit.setText("31.02.")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("next_due") == "'31.02.': February has no day 31"
    dialog.dirty = False
    dialog.reject()


def test_record_outcome_turns_a_past_meeting_into_a_contact_and_a_next_step(qtbot, sample_window,
                                                                           today):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.meetings)
    future = next(m for m in dossier.meetings.model.rows() if m.local_starts_at.date() > today)
    dossier.meetings.select_where(lambda m: m.id == future.id)
    assert not dossier.meetings.outcome_button.isEnabled()  # it has not happened yet
    # Every past meeting of the sample has its outcome: plan one two days ago.
    service = MeetingService(sample_window.context.db)
    people = PeopleService(sample_window.context.db).list_people(dossier.account_id)
    past_id = service.plan_meeting(dossier.account_id, MeetingInput(
        datetime.combine(today - timedelta(days=2), time(14)), "Gdańsk terminal",
        "Walk the yard with the board", attendee_ids=[p.id for p in people[:3]]))
    sample_window.context.notify(Changes.everything())
    past = service.get_meeting(past_id)
    dossier.meetings.select_where(lambda m: m.id == past.id)
    qtbot.mouseClick(dossier.meetings.outcome_button, Qt.MouseButton.LeftButton)
    dialog = open_form(sample_window)
    assert len(picked(dialog.people)) == len(past.attendees)
    absent = past.attendees[-1].id
    for i in range(dialog.people.count()):
        if dialog.people.item(i).data(Qt.ItemDataRole.UserRole) == absent:
            dialog.people.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(dialog.summary, "Board agreed the scope; budget in January")
    dialog.details.setPlainText("The CFO wants the cash-flow per quarter.")
    qtbot.keyClicks(dialog.next_step, "Send the quarterly cash-flow")
    dialog.next_due.set_date(date(2026, 12, 4))
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    db = sample_window.context.db
    entry = InteractionService(db).get_interaction(dialog.saved_id)
    assert entry.meeting_id == past.id and entry.kind is InteractionKind.MEETING
    assert entry.summary == "Board agreed the scope; budget in January"
    assert absent not in [p.id for p in entry.people]
    task = TaskService(db).get_task(dialog.task_id)
    assert (task.title, task.due_on) == ("Send the quarterly cash-flow", date(2026, 12, 4))
    assert MeetingService(db).get_meeting(past.id).outcome_id == entry.id
    assert dossier.meetings.model.index(
        [m.id for m in dossier.meetings.model.rows()].index(past.id),
        dossier.meetings.model.COL_OUTCOME).data() == "recorded"
