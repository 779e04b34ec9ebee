"""What every list of tasks lets the user do: tick off, snooze, reschedule, each with Undo.

Today, an account's Tasks tab and a person's page all call these, so the wording of the
status line and the Undo offer are the same wherever a task was touched.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.changes import Changes, Record
from kamdesk.ui import undo
from kamdesk.ui.display_labels import day

translate = QCoreApplication.translate  # called with literals, for lupdate
# The task's account is not at hand in every list: any account's tasks may have changed.
TASK_CHANGED = Changes.of(Record.TASK)


def tick_off(context, task_id: uuid.UUID, title: str, done: bool = True) -> None:
    """Tick a task off (Undo reopens it), or reopen one ticked off by mistake."""
    from kamdesk.services.tasks import TaskService

    TaskService(context.db).set_done(task_id, done)
    if done:
        context.offer_undo(undo.tick(context.db, task_id, title), TASK_CHANGED)
    else:
        context.notify(TASK_CHANGED)


def snooze(context, task_id: uuid.UUID, title: str, days: int) -> date:
    """Put a task off by `days` from its due date (from today when it is overdue)."""
    from kamdesk.services.tasks import TaskService

    service = TaskService(context.db)
    was = service.get_task(task_id).due_on
    now = service.snooze(task_id, days, context.today())
    text = translate("Undo", "Snoozed “%1” to %2").replace("%2", day(now))
    context.offer_undo(undo.reschedule(context.db, task_id, title, was, now, text), TASK_CHANGED)
    return now


def reschedule(context, task_id: uuid.UUID, title: str, due_on: date | None) -> None:
    """Move a task to another day (None: no date)."""
    from kamdesk.services.tasks import TaskService

    service = TaskService(context.db)
    was = service.get_task(task_id).due_on
    service.reschedule(task_id, due_on)
    text = (translate("Undo", "Moved “%1” to %2").replace("%2", day(due_on)) if due_on
            else translate("Undo", "Took the date off “%1”"))
    context.offer_undo(undo.reschedule(context.db, task_id, title, was, due_on, text),
                       TASK_CHANGED)
