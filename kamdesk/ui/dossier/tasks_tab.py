"""An account's tasks: add one by hand (Ctrl+T), edit, snooze, tick off with Undo."""

from __future__ import annotations

import uuid

from kamdesk.domain.changes import Record
from kamdesk.services.tasks import TaskService
from kamdesk.ui import task_actions
from kamdesk.ui.dialogs.task_dialog import TaskDialog
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.tasks_model import TasksModel
from kamdesk.ui.notices import saved


class TasksTab(ListView):
    saves = (Record.TASK,)  # what its own actions change
    watches = frozenset({Record.TASK, Record.PERSON, Record.PROPOSAL, Record.MEETING,
                         Record.INTERACTION, Record.REFERRAL})

    def __init__(self, context, parent=None) -> None:
        model = TasksModel(context.today)
        super().__init__(model, filter_text=self.tr("Filter tasks…"),
                         stretch=TasksModel.COL_TASK, parent=parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.dialog: TaskDialog | None = None
        model.on_check = lambda task, done: task_actions.tick_off(
            self.context, task.id, task.title, done
        )
        self.add_button(self.tr("New task… (Ctrl+T)"), self.new_task)
        self.add_button(self.tr("Edit…"), self.edit_task, needs_row=True)
        self.snooze_day = self.add_button(self.tr("Snooze a day"), lambda t: self.snooze(t, 1),
                                          needs_row=True)
        self.snooze_week = self.add_button(self.tr("Snooze a week"), lambda t: self.snooze(t, 7),
                                           needs_row=True)
        self.set_empty_action(self.tr("Add a task…"), self.new_task)
        self.activated_row.connect(self.edit_task)

    def load(self, account_id) -> None:
        self.account_id = account_id
        rows = TaskService(self.context.db).list_tasks(account_id)
        self.set_rows(rows, self.tr("No tasks on this account."))

    def new_task(self, person_id: uuid.UUID | None = None) -> None:
        if self.account_id is None:
            return
        self._open(TaskDialog(self.context.db, self.account_id, self.context.today(),
                              person_id=person_id, parent=self))

    def edit_task(self, task) -> None:
        self._open(TaskDialog(self.context.db, self.account_id, self.context.today(),
                              task_id=task.id, parent=self))

    def _open(self, dialog: TaskDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.context.notify(saved(self)))
        dialog.open()

    def snooze(self, task, days: int) -> None:
        task_actions.snooze(self.context, task.id, task.title, days)
