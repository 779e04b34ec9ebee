"""A person's page: a read-only profile, like a contact page in Monica.

Who they are and what they care about on the left; on the right what is going on with
them: their open tasks, the meetings they attend and every contact with them, newest first.
Edit opens the editor; Log contact and New task start with this person filled in.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.errors import NotFoundError
from kamdesk.ui import task_actions
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.person_models import ProfileContactsModel, ProfileMeetingsModel
from kamdesk.ui.models.tasks_model import TasksModel
from kamdesk.ui.notices import ShowsRecords
from kamdesk.ui.pages.person_facts import facts_column, heading


class PersonPage(ShowsRecords, QWidget):
    watches = frozenset({Record.ACCOUNT, Record.PERSON, Record.INTERACTION, Record.MEETING,
                         Record.TASK, Record.REFERRAL, Record.TRASH})

    def shows(self, changes: Changes) -> bool:
        return super().shows(changes) and changes.touches_account(self.account_id)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("person-page")
        self.context = context
        self.person_id: uuid.UUID | None = None
        self.account_id: uuid.UUID | None = None
        self.person = None
        self.dialog = None
        self.name = QLabel()
        self.name.setObjectName("person-name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.linkActivated.connect(lambda _link: self.back_to_account())
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.where)
        header = QHBoxLayout()
        header.addLayout(names, 1)
        self.back_button = QPushButton(self.tr("Back to the account"))
        self.back_button.clicked.connect(self.back_to_account)
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.clicked.connect(self.log_contact)
        self.task_button = QPushButton(self.tr("New task…"))
        self.task_button.clicked.connect(self.new_task)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit-person")
        self.edit_button.clicked.connect(self.edit_person)
        for button in (self.back_button, self.log_button, self.task_button, self.edit_button):
            header.addWidget(button)

        self.facts = QScrollArea()
        self.facts.setWidgetResizable(True)
        self.facts.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tasks = ListView(TasksModel(context.today), stretch=TasksModel.COL_TASK)
        self.tasks.table.setColumnHidden(TasksModel.COL_PERSON, True)
        self.tasks.model.on_check = lambda task, done: task_actions.tick_off(
            self.context, task.id, task.title, done)
        self.tasks.add_button(self.tr("Snooze a day"),
                              lambda t: task_actions.snooze(self.context, t.id, t.title, 1),
                              needs_row=True)
        self.tasks.add_button(self.tr("Snooze a week"),
                              lambda t: task_actions.snooze(self.context, t.id, t.title, 7),
                              needs_row=True)
        self.tasks.activated_row.connect(self.edit_task)
        self.meetings = ListView(ProfileMeetingsModel(), stretch=ProfileMeetingsModel.COL_OBJECTIVE)
        self.meetings.activated_row.connect(
            lambda m: self.context.open_meeting.emit(self.account_id, m.id))
        self.contacts = ListView(ProfileContactsModel(), stretch=ProfileContactsModel.COL_SUMMARY)
        self.contacts.activated_row.connect(self.edit_contact)
        activity = QSplitter(Qt.Orientation.Vertical)
        for title, view in ((self.tr("Open tasks"), self.tasks),
                            (self.tr("Meetings"), self.meetings),
                            (self.tr("Contacts, newest first"), self.contacts)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(heading(title))
            column.addWidget(view, 1)
            activity.addWidget(box)
        activity.setSizes([180, 180, 320])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.facts)
        body.addWidget(activity)
        body.setStretchFactor(1, 1)
        body.setSizes([440, 800])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addLayout(header)
        outer.addWidget(body, 1)

    def show_person(self, person_id: uuid.UUID) -> bool:
        """Load the page for `person_id`; False when the person is gone (deleted)."""
        from kamdesk.services.person_profile import PersonProfileService

        self.person_id = person_id
        try:
            person = PersonProfileService(self.context.db).profile(person_id, self.context.today())
        except NotFoundError:
            self.person = None
            return False
        self.person, self.account_id = person, person.account_id
        self.name.setText(person.full_name)
        where = [html.escape(p) for p in (person.position, person.department) if p]
        where.append(f"<a href='account'>{html.escape(person.account_name)}</a>")
        self.where.setText(" · ".join(where))
        self.facts.setWidget(facts_column(person))
        self.tasks.set_rows(person.open_tasks, self.tr("Nothing open with them."))
        self.meetings.set_rows(person.meetings, self.tr("No meetings with them yet."))
        self.contacts.set_rows(person.contacts, self.tr("No contact with them logged yet."))
        return True

    def refresh(self) -> None:
        if self.person_id is not None and self.isVisible():
            self.show_person(self.person_id)

    # -- actions
    def back_to_account(self) -> None:
        if self.account_id is not None:
            self.context.open_entry.emit(self.account_id, "person", self.person_id)

    def edit_person(self) -> None:
        from kamdesk.ui.dialogs.person_editor import PersonEditor

        if self.person is not None:
            self._open(PersonEditor(self.context.db, self.account_id, self.person_id, self),
                       Record.PERSON)

    def log_contact(self) -> None:
        from kamdesk.ui.dialogs.activity_dialogs import InteractionDialog

        if self.person is not None:
            self._open(InteractionDialog(self.context.db, self.account_id, [self.person_id],
                                         parent=self, today=self.context.today()),
                       Record.INTERACTION, Record.TASK)

    def edit_contact(self, contact) -> None:
        from kamdesk.services.interactions import InteractionService
        from kamdesk.ui.dialogs.activity_dialogs import InteractionDialog

        interaction = InteractionService(self.context.db).get_interaction(contact.id)
        self._open(InteractionDialog(self.context.db, self.account_id, parent=self,
                                     interaction=interaction),
                   Record.INTERACTION, Record.TASK)

    def new_task(self) -> None:
        from kamdesk.ui.dialogs.task_dialog import TaskDialog

        if self.person is not None:
            self._open(TaskDialog(self.context.db, self.account_id, self.context.today(),
                                  person_id=self.person_id, parent=self), Record.TASK)

    def edit_task(self, task) -> None:
        from kamdesk.ui.dialogs.task_dialog import TaskDialog

        self._open(TaskDialog(self.context.db, self.account_id, self.context.today(),
                              task_id=task.id, parent=self), Record.TASK)

    def _open(self, dialog, *records: Record) -> None:
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self.context.notify(Changes.of(*records, account=self.account_id)))
        dialog.open()
