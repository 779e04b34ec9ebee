"""Logging a contact (with its optional next step) and planning or changing a meeting."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from kamdesk.domain.enums import InteractionKind
from kamdesk.ui.dialogs.date_field import DateField
from kamdesk.ui.dialogs.entries import _date_time_edit
from kamdesk.ui.dialogs.form_dialog import FormDialog
from kamdesk.ui.dialogs.person_editor import enum_combo


def _local(moment: datetime) -> QDateTime:
    """A stored moment in the laptop's time (SQLite hands UTC back without its zone)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return QDateTime(aware.astimezone().replace(tzinfo=None))


def people_picker(db, account_id: uuid.UUID, chosen=()) -> QListWidget:
    from kamdesk.services.people import PeopleService

    picker = QListWidget()
    picker.setMinimumHeight(120)
    picker.setMaximumHeight(220)
    picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    picker.setTextElideMode(Qt.TextElideMode.ElideRight)
    for person in PeopleService(db).list_people(account_id):
        item = QListWidgetItem(f"{person.full_name} — {person.position}".rstrip(" —"))
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
        )
        picker.addItem(item)
    return picker


def picked(picker: QListWidget) -> list[uuid.UUID]:
    items = (picker.item(i) for i in range(picker.count()))
    return [
        i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
    ]


class InteractionDialog(FormDialog):
    """Log a call, meeting or letter in a few keystrokes: kind, summary, who, Enter.

    Given `interaction` (an InteractionSummary), the dialog opens filled and saves changes.
    """

    def __init__(self, db, account_id: uuid.UUID, person_ids=(), parent=None,
                 interaction=None, today: date | None = None) -> None:
        from kamdesk.services.interactions import InteractionService

        super().__init__(self.tr("Log a contact") if interaction is None
                         else self.tr("Contact logged"), parent)
        self.today = today or date.today()
        self.setMinimumWidth(600)
        self.service, self.account_id = InteractionService(db), account_id
        self.interaction = interaction
        if interaction is not None:
            person_ids = [p.id for p in interaction.people]
        self.kind = self.add_row("kind", self.tr("Kind"), enum_combo(
            InteractionKind, interaction.kind if interaction else InteractionKind.CALL, ""))
        self.kind.removeItem(0)
        when = (_local(interaction.occurred_at) if interaction
                else QDateTime.currentDateTime())
        self.when = self.add_row("occurred_at", self.tr("When"), _date_time_edit(when))
        self.summary = self.add_row("summary", self.tr("Summary"),
                                    QLineEdit(interaction.summary if interaction else ""))
        self.summary.setPlaceholderText(self.tr("What happened, in a few words"))
        self.people = self.add_row(
            "people", self.tr("With"), people_picker(db, account_id, person_ids)
        )
        self.watch(self.people.model())
        self.details = self.add_row("details", self.tr("Details"),
                                    QPlainTextEdit(interaction.details if interaction else ""))
        self.details.setMaximumHeight(90)
        self.private = self.add_row("private", "", QCheckBox(
            self.tr("Private note: on a team server, only I can read it")))
        self.private.setChecked(bool(interaction and interaction.private))
        self.next_step = self.next_due = None
        if interaction is None:  # a logged entry keeps its tasks; they are edited as tasks
            self.next_step, self.next_due = next_step_rows(self)
        self.summary.setFocus()
        self.summary.returnPressed.connect(self.accept)
        self.dirty = False

    def data(self):
        from kamdesk.services.interactions import InteractionInput

        when = self.when.dateTime().toPython().astimezone()
        step, due = next_step_of(self)
        return InteractionInput(self.kind.currentData(), when, self.summary.text(),
                                self.details.toPlainText(), picked(self.people),
                                step, due, private=self.private.isChecked())

    def save(self):
        if self.interaction is not None:
            self.service.update_interaction(self.interaction.id, self.data())
            return self.interaction.id
        return self.service.log_interaction(self.account_id, self.data())


def next_step_rows(dialog: FormDialog) -> tuple[QLineEdit, DateField]:
    """The optional next step of a contact or a meeting's outcome, and its due date."""
    # One context for every dialog that has these rows (dialog.tr would look them up under
    # each dialog's class, while lupdate files them under "dialog").
    translate = QCoreApplication.translate
    step = dialog.add_row("next_step", translate("dialog", "Next step"), QLineEdit())
    step.setPlaceholderText(translate("dialog", "Optional: what to do next, becomes a task"))
    due = dialog.add_row("next_due", translate("dialog", "Next step due"),
                         DateField(field="next_due"))
    dialog.watch(due.edit)
    return step, due


def next_step_of(dialog) -> tuple[str, date | None]:
    if dialog.next_step is None:
        return "", None
    return dialog.next_step.text(), dialog.next_due.date_on_or_after(dialog.today)


def _zone_box(zone: str) -> QComboBox:
    """An editable list of IANA zones (typing completes), holding `zone`."""
    from zoneinfo import available_timezones

    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))
    box.setCurrentText(zone)
    return box


class MeetingDialog(FormDialog):
    """Plan a meeting, or (given `meeting`, a MeetingSummary) change one.

    The time is the one on the meeting place's clock, in the zone below it (by default the
    zone of the account's city): a meeting in Davao is typed at 09:00 from a laptop in Gdańsk.
    """

    def __init__(self, db, account_id: uuid.UUID, parent=None, meeting=None) -> None:
        from kamdesk.domain.time_zones import zone_of_place
        from kamdesk.services.accounts import AccountService
        from kamdesk.services.meetings import MeetingService

        super().__init__(self.tr("Plan a meeting") if meeting is None else self.tr("Meeting"),
                         parent)
        self.setMinimumWidth(600)
        self.service, self.account_id, self.meeting = MeetingService(db), account_id, meeting
        if meeting is not None:
            zone = meeting.time_zone
            start = QDateTime(meeting.local_starts_at.replace(tzinfo=None))
        else:
            account = AccountService(db).get_account(account_id)
            zone = zone_of_place(account.city, account.country)
            start = QDateTime.currentDateTime().addDays(7)
            start.setTime(start.time().fromString("10:00", "HH:mm"))
        self.starts = self.add_row("starts_at", self.tr("When (local time there)"),
                                   _date_time_edit(start))
        self.time_zone = self.add_row("time_zone", self.tr("Time zone"), _zone_box(zone))
        self.time_zone.setToolTip(self.tr("Empty: the time zone of the account's city"))
        self.place = self.add_row("place", self.tr("Where"),
                                  QLineEdit(meeting.place if meeting else ""))
        self.objective = self.add_row("objective", self.tr("Objective"),
                                      QLineEdit(meeting.objective if meeting else ""))
        chosen = [p.id for p in meeting.attendees] if meeting else ()
        self.attendees = self.add_row(
            "attendees", self.tr("Attendees"), people_picker(db, account_id, chosen)
        )
        self.watch(self.attendees.model())
        self.notes = self.add_row("notes", self.tr("Notes"),
                                  QPlainTextEdit(meeting.notes if meeting else ""))
        self.watch(self.time_zone.lineEdit())
        self.dirty = False

    def data(self):
        from kamdesk.services.meetings import MeetingInput

        # A naive time is the wall-clock time at the place, in the zone given.
        zone = self.time_zone.currentText().strip()
        return MeetingInput(self.starts.dateTime().toPython().replace(tzinfo=None),
                            self.place.text(), self.objective.text(), self.notes.toPlainText(),
                            picked(self.attendees), zone)

    def save(self):
        if self.meeting is not None:
            self.service.update_meeting(self.meeting.id, self.data())
            return self.meeting.id
        return self.service.plan_meeting(self.account_id, self.data())
