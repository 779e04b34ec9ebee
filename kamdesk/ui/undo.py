"""What the status line can take back: a deletion, a ticked-off task, a snooze.

An offer carries the sentence the user reads, how to undo, and how to tell whether undoing
can still succeed: the window asks again after every change and withdraws an offer the data
has made stale (a batch restored from the Trash page, a task reopened by hand).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # called with literals, for lupdate


@dataclass(frozen=True)
class UndoStep:
    text: str  # "Moved “X” to the trash", shown before the Undo button
    undo: Callable[[], None]  # may raise StoreError when the data moved meanwhile
    possible: Callable[[], bool]  # False once undoing can no longer succeed
    tooltip: str = ""


def _short(text: str) -> str:
    return text if len(text) <= 48 else text[:47].rstrip() + "…"


def deletion(db, batch: uuid.UUID, what: str) -> UndoStep:
    """Undo a move to the trash: possible while the batch is still in the trash."""
    from kamdesk.services.trash import TrashService

    trash = TrashService(db)
    return UndoStep(
        translate("Undo", "Moved “%1” to the trash").replace("%1", _short(what)),
        lambda: trash.restore(batch),
        lambda: trash.can_restore(batch),
        what,
    )


def _task_state(db, task_id: uuid.UUID):
    from kamdesk.services.errors import StoreError
    from kamdesk.services.tasks import TaskService

    try:
        return TaskService(db).get_task(task_id)
    except StoreError:
        return None


def tick(db, task_id: uuid.UUID, title: str) -> UndoStep:
    """Undo ticking a task off: possible while it exists and is still done."""
    from kamdesk.services.tasks import TaskService

    def still_done() -> bool:
        task = _task_state(db, task_id)
        return task is not None and not task.is_open

    return UndoStep(
        translate("Undo", "Ticked off “%1”").replace("%1", _short(title)),
        lambda: TaskService(db).reopen(task_id),
        still_done,
        title,
    )


def reschedule(db, task_id: uuid.UUID, title: str, was: date | None, now: date | None,
               text: str) -> UndoStep:
    """Undo moving a task's due date: possible while the task still has the new date."""
    from kamdesk.services.tasks import TaskService

    def unchanged() -> bool:
        task = _task_state(db, task_id)
        return task is not None and task.due_on == now

    return UndoStep(text.replace("%1", _short(title)),
                    lambda: TaskService(db).reschedule(task_id, was), unchanged, title)
