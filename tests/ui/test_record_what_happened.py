"""What was logged can be changed: a contact, a meeting, opened filled by a double-click."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.interactions import InteractionService
from kamdesk.services.meetings import MeetingService
from tests.ui.helpers import double_click_row, open_form, save


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
               if dialog.people.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
    assert sorted(checked) == sorted(p.id for p in logged.people)
    assert not dialog.dirty
    dialog.summary.setText("Visit to the Gdańsk terminal: phase-2 scope")
    dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.VISIT))
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    [changed] = [i for i in InteractionService(sample_window.context.db)
                 .list_interactions(logged.account_id) if i.id == logged.id]  # fmt: skip
    assert (changed.summary, changed.kind) == ("Visit to the Gdańsk terminal: phase-2 scope",
                                               InteractionKind.VISIT)  # fmt: skip
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
    shown = dialog.starts.dateTime().toPython().astimezone()
    assert shown == meeting.starts_at.replace(tzinfo=meeting.starts_at.tzinfo or UTC)
    qtbot.keyClicks(dialog.place, ", room 4")
    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)
    changed = MeetingService(sample_window.context.db).get_meeting(meeting.id)
    assert changed.place == meeting.place + ", room 4"
    assert changed.starts_at == meeting.starts_at
    assert [p.id for p in changed.attendees] == [p.id for p in meeting.attendees]
