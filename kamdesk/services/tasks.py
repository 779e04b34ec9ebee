"""Tasks: ticking off, reopening, and adding a to-do."""

from __future__ import annotations

import uuid
from datetime import date

from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.store.base import utc_now
from kamdesk.store.database import Database
from kamdesk.store.models import Task


class TaskService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_task(
        self,
        title: str,
        due_on: date | None,
        account_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        if not title.strip():
            raise ValidationError("title", "a task needs a description")
        with self.db.session() as s:
            task = Task(title=title.strip(), due_on=due_on, account_id=account_id,
                        person_id=person_id)  # fmt: skip
            s.add(task)
            s.flush()
            return task.id

    def set_done(self, task_id: uuid.UUID, done: bool = True) -> None:
        with self.db.session() as s:
            task = s.get(Task, task_id)
            if task is None or task.in_trash:
                raise NotFoundError("this task does not exist or is in the trash")
            task.done_at = utc_now() if done else None
