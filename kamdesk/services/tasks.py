"""Tasks: adding a to-do by hand, editing, rescheduling, snoozing, ticking off and reopening.

Every call is one transaction and returns plain data; a window shows ``TaskSummary`` rows
and calls back with their ``id``. Ticking off is undone by ``reopen`` (or
``set_done(id, False)``), so a window's "Undo" after a tick always succeeds while the task
exists.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kamdesk.language import N_
from kamdesk.services.errors import AmbiguousError, NotFoundError, ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.store.base import utc_now
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Person, Task

SHORT_ID_LENGTH = 8  # how `kamdesk tasks` prints an id; `task done` takes it back


def short_id(task_id: uuid.UUID) -> str:
    """The first hex digits of a task's id, as the command line prints and accepts it."""
    return task_id.hex[:SHORT_ID_LENGTH]


@dataclass(frozen=True)
class TaskSummary:
    """One task as a list shows it. ``person_name`` is "" when the task is on no person;
    ``account_name`` is "" for a task on no account; ``done_at`` is None while open."""

    id: uuid.UUID
    title: str
    due_on: date | None
    done_at: datetime | None
    account_id: uuid.UUID | None
    account_name: str
    person_id: uuid.UUID | None
    person_name: str
    notes: str
    proposal_id: uuid.UUID | None

    @property
    def is_open(self) -> bool:
        return self.done_at is None

    @property
    def short_id(self) -> str:
        return short_id(self.id)

    def overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


@dataclass
class TaskInput:
    """What the task editor holds. ``person_id`` must be a person of ``account_id``'s
    account (when the task is on a person and no account is given, the person's account
    is taken)."""

    title: str
    due_on: date | None = None
    account_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    notes: str = ""


def _live_task(session: Session, task_id: uuid.UUID) -> Task:
    return live_row(session, Task, task_id)


def _checked_title(title: str) -> str:
    if not title.strip():
        raise ValidationError("title", N_("a task needs a description"))
    if len(title.strip()) > 300:
        raise ValidationError("title", N_("keep the task under 300 characters"))
    return title.strip()


def _owner(session: Session, account_id: uuid.UUID | None,
           person_id: uuid.UUID | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """(account, person) checked against each other; the person's account fills a gap."""
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.in_trash:
            raise ValidationError("person", N_("this person does not exist or is in the trash"))
        if account_id is not None and person.account_id != account_id:
            raise ValidationError("person", N_("this person belongs to another account"))
        account_id = person.account_id
    if account_id is not None:
        live_row(session, Account, account_id)
    return account_id, person_id


def _summary(task: Task, account_name: str, person_name: str) -> TaskSummary:
    return TaskSummary(task.id, task.title, task.due_on, task.done_at, task.account_id,
                       account_name, task.person_id, person_name, task.notes,
                       task.proposal_id)


class TaskService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_task(
        self,
        title: str,
        due_on: date | None,
        account_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
        notes: str = "",
    ) -> uuid.UUID:
        """A new open task on an account or on a person (whose account it then joins);
        returns its id. ValidationError("title") on an empty text, ("person") on a person
        of another account."""
        title = _checked_title(title)
        with self.db.session() as s:
            account_id, person_id = _owner(s, account_id, person_id)
            task = Task(title=title, due_on=due_on, account_id=account_id,
                        person_id=person_id, notes=notes)
            s.add(task)
            s.flush()
            return task.id

    def get_task(self, task_id: uuid.UUID) -> TaskSummary:
        """One task (NotFoundError when it is gone or in the trash)."""
        found = self._summaries(Task.id == task_id, include_done=True)
        if not found:
            raise NotFoundError(N_("this task does not exist or is in the trash"))
        return found[0]

    def list_tasks(
        self,
        account_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
        open_only: bool = False,
    ) -> list[TaskSummary]:
        """Tasks (of one account and/or person if given), open ones first by due date
        (undated last), then the done ones, latest ticked first."""
        conditions = []
        if account_id is not None:
            conditions.append(Task.account_id == account_id)
        if person_id is not None:
            conditions.append(Task.person_id == person_id)
        rows = self._summaries(*conditions, include_done=not open_only)
        open_rows = sorted((t for t in rows if t.is_open),
                           key=lambda t: (t.due_on is None, t.due_on or date.max, t.title))
        done = [(t.done_at, t) for t in rows if t.done_at is not None]
        done.sort(key=lambda pair: pair[0], reverse=True)
        return open_rows + [t for _, t in done]

    def find_task(self, id_text: str) -> uuid.UUID:
        """The task a full uuid or a short id prefix (as `kamdesk tasks` prints it) names.
        NotFoundError when none matches, AmbiguousError when the prefix fits several."""
        text = id_text.strip().lower().replace("-", "")
        if not text or any(c not in "0123456789abcdef" for c in text):
            raise NotFoundError(N_("'{id_text}' is not a task id"), id_text=id_text)
        with self.db.session() as s:  # a portfolio holds thousands of tasks, not millions
            ids = s.scalars(select(Task.id).where(Task.deleted_at.is_(None))).all()
        matches = [i for i in ids if i.hex.startswith(text)]
        if not matches:
            raise NotFoundError(N_("no task has the id '{id_text}'"), id_text=id_text)
        if len(matches) > 1:
            raise AmbiguousError(N_("'{id_text}' fits {n} tasks; give more of the id"),
                                 [short_id(m) for m in matches], id_text=id_text,
                                 n=len(matches))
        return matches[0]

    def update_task(self, task_id: uuid.UUID, data: TaskInput) -> None:
        """Change a task's text, due date, notes, account or person."""
        title = _checked_title(data.title)
        with self.db.session() as s:
            task = _live_task(s, task_id)
            account_id, person_id = _owner(s, data.account_id, data.person_id)
            task.title, task.due_on, task.notes = title, data.due_on, data.notes
            task.account_id, task.person_id = account_id, person_id

    def reschedule(self, task_id: uuid.UUID, due_on: date | None) -> None:
        """Move a task to another due date (None: no date)."""
        with self.db.session() as s:
            _live_task(s, task_id).due_on = due_on

    def snooze(self, task_id: uuid.UUID, days: int, today: date | None = None) -> date:
        """Put a task off by `days` (1: a day, 7: a week) from its due date, or from today
        when it is overdue or undated, so a snoozed task never stays in the past. Returns
        the new due date."""
        if days < 1:
            raise ValidationError("days", N_("snooze by at least one day"))
        today = today or date.today()
        with self.db.session() as s:
            task = _live_task(s, task_id)
            start = task.due_on if task.due_on and task.due_on >= today else today
            task.due_on = start + timedelta(days=days)
            return task.due_on

    def set_done(self, task_id: uuid.UUID, done: bool = True) -> None:
        """Tick a task off (done=False reopens it)."""
        with self.db.session() as s:
            task = _live_task(s, task_id)
            if done and task.done_at is not None:
                return  # ticking twice keeps the first time
            task.done_at = utc_now() if done else None

    def reopen(self, task_id: uuid.UUID) -> None:
        """Undo a tick: the task is open again, with its due date unchanged."""
        self.set_done(task_id, False)

    # -- reading

    def _summaries(self, *conditions: ColumnElement[bool], include_done: bool) -> list[TaskSummary]:
        query = (
            select(Task, Account.name, Person.full_name)
            .outerjoin(Account, Task.account_id == Account.id)
            .outerjoin(Person, Task.person_id == Person.id)
            .where(Task.deleted_at.is_(None), Account.deleted_at.is_(None), *conditions)
        )
        if not include_done:
            query = query.where(Task.done_at.is_(None))
        with self.db.session() as s:
            return [
                _summary(task, account or "", person or "")
                for task, account, person in s.execute(query)
            ]
