"""“Record outcome” of a meeting that took place: who was there, what was said, what next.

Saving turns the meeting into an entry of the contact history (a second time edits that
entry), and the next step, when one is given, into a task due on its date.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from kamdesk.ui.dialogs.activity_dialogs import (
    next_step_of,
    next_step_rows,
    people_picker,
    picked,
)
from kamdesk.ui.dialogs.form_dialog import FormDialog
from kamdesk.ui.display_labels import meeting_moment


class OutcomeDialog(FormDialog):
    def __init__(self, db, meeting, today: date, parent=None) -> None:
        from kamdesk.services.interactions import InteractionService
        from kamdesk.services.meetings import MeetingService

        super().__init__(self.tr("Record outcome"), parent)
        self.setMinimumWidth(620)
        self.service, self.meeting, self.today = MeetingService(db), meeting, today
        recorded = (InteractionService(db).get_interaction(meeting.outcome_id)
                    if meeting.outcome_id else None)
        about = QLabel(f"<b>{html.escape(meeting.objective)}</b><br>"
                       + html.escape(" · ".join(p for p in (
                           meeting_moment(meeting.starts_at, meeting.time_zone), meeting.place)
                           if p)))
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        self.layout_.insertWidget(0, about)
        there = [p.id for p in (recorded.people if recorded else meeting.attendees)]
        self.people = self.add_row("people", self.tr("Who was there"),
                                   people_picker(db, meeting.account_id, there))
        self.watch(self.people.model())
        self.summary = self.add_row("summary", self.tr("What came of it"),
                                    QLineEdit(recorded.summary if recorded else ""))
        self.summary.setPlaceholderText(self.tr("The outcome in a few words"))
        self.details = self.add_row("details", self.tr("What was said"),
                                    QPlainTextEdit(recorded.details if recorded else ""))
        self.details.setPlaceholderText(
            self.tr("Who said what, objections, promises, what they care about now"))
        self.details.setMaximumHeight(120)
        self.next_step, self.next_due = next_step_rows(self)
        self.summary.setFocus()
        self.dirty = False

    def save(self):
        from kamdesk.services.meetings import OutcomeInput

        step, due = next_step_of(self)
        recorded = self.service.record_outcome(self.meeting.id, OutcomeInput(
            self.summary.text(), self.details.toPlainText(), picked(self.people), step, due))
        self.task_id = recorded.task_id
        return recorded.interaction_id
