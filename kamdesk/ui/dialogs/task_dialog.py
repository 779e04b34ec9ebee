"""Adding a task by hand, or changing one: what, by when, on whom."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from kamdesk.ui.dialogs.combos import choose
from kamdesk.ui.dialogs.date_field import DateField
from kamdesk.ui.dialogs.form_dialog import FormDialog


def people_combo(db, account_id: uuid.UUID | None, chosen: uuid.UUID | None,
                 blank: str) -> QComboBox:
    from kamdesk.services.people import PeopleService

    combo = QComboBox()
    combo.addItem(blank, None)
    for person in PeopleService(db).list_people(account_id) if account_id else []:
        combo.addItem(person.full_name, person.id)
    if chosen is not None:
        choose(combo, chosen)
    return combo


class TaskDialog(FormDialog):
    """A new task on `account_id` (and `person_id`), or an existing task (`task_id`)."""

    def __init__(self, db, account_id: uuid.UUID | None, today: date, *,
                 person_id: uuid.UUID | None = None, task_id: uuid.UUID | None = None,
                 parent=None) -> None:
        from kamdesk.services.tasks import TaskService

        super().__init__("", parent)
        self.service, self.account_id, self.task_id = TaskService(db), account_id, task_id
        task = self.service.get_task(task_id) if task_id else None
        self.setWindowTitle(self.tr("Task") if task else self.tr("New task"))
        self.title = self.add_row("title", self.tr("Task"), QLineEdit(task.title if task else ""))
        self.title.setPlaceholderText(self.tr("What to do, in a few words"))
        due = task.due_on if task else today + timedelta(days=1)
        self.due = self.add_row("due_on", self.tr("Due"), DateField(due, "due_on"))
        self.due.edit.setToolTip(self.tr("Empty: no due date"))
        self.watch(self.due.edit)
        self.today = today
        self.person = self.add_row("person", self.tr("On"), people_combo(
            db, account_id, task.person_id if task else person_id,
            self.tr("the whole account")))
        self.notes = self.add_row("notes", self.tr("Notes"),
                                  QPlainTextEdit(task.notes if task else ""))
        self.notes.setMaximumHeight(90)
        self.title.setFocus()
        self.title.returnPressed.connect(self.accept)
        self.dirty = False

    def save(self):
        from kamdesk.services.tasks import TaskInput

        data = TaskInput(self.title.text(), self.due.date_on_or_after(self.today), self.account_id,
                         self.person.currentData(), self.notes.toPlainText())
        if self.task_id is None:
            return self.service.add_task(data.title, data.due_on, data.account_id,
                                         data.person_id, data.notes)
        self.service.update_task(self.task_id, data)
        return self.task_id
