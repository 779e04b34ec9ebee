"""Service cases: complaints, wishes and misunderstandings, from opening to resolution."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kamdesk.domain.enums import ServiceCaseKind
from kamdesk.language import N_
from kamdesk.services.errors import ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Person, ServiceCase


@dataclass(frozen=True)
class ServiceCaseSummary:
    id: uuid.UUID
    account_id: uuid.UUID
    kind: ServiceCaseKind
    title: str
    opened_on: date
    resolved_on: date | None
    resolution: str
    details: str
    person_id: uuid.UUID | None
    days_open: int  # until resolution, or until today while open


@dataclass
class ServiceCaseInput:
    kind: ServiceCaseKind
    title: str
    opened_on: date
    details: str = ""
    person_id: uuid.UUID | None = None


def _summary(row: ServiceCase, today: date) -> ServiceCaseSummary:
    days = ((row.resolved_on or today) - row.opened_on).days
    return ServiceCaseSummary(
        row.id,
        row.account_id,
        row.kind,
        row.title,
        row.opened_on,
        row.resolved_on,
        row.resolution,
        row.details,
        row.person_id,
        days,
    )


class ServiceCaseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_cases(
        self, account_id: uuid.UUID, today: date | None = None
    ) -> list[ServiceCaseSummary]:
        """Open cases first (oldest first), then resolved ones, newest first."""
        today = today or date.today()
        with self.db.session() as s:
            rows = s.scalars(
                select(ServiceCase).where(
                    ServiceCase.account_id == account_id, ServiceCase.deleted_at.is_(None)
                )
            ).all()
            cases = [_summary(r, today) for r in rows]
        open_cases = sorted((c for c in cases if c.resolved_on is None), key=lambda c: c.opened_on)
        closed = [(c.resolved_on, c) for c in cases if c.resolved_on]
        closed.sort(key=lambda pair: pair[0], reverse=True)
        return open_cases + [c for _, c in closed]

    def open_case(self, account_id: uuid.UUID, data: ServiceCaseInput) -> uuid.UUID:
        if not data.title.strip():
            raise ValidationError("title", N_("a service case needs a title"))
        with self.db.session() as s:
            live_row(s, Account, account_id)
            if data.person_id is not None:
                person = s.get(Person, data.person_id)
                if person is None or person.account_id != account_id:
                    raise ValidationError("person",
                                          N_("only a person of this account can raise it"))
            row = ServiceCase(account_id=account_id, kind=data.kind, title=data.title.strip(),
                              opened_on=data.opened_on, details=data.details,
                              person_id=data.person_id)
            s.add(row)
            s.flush()
            return row.id

    def resolve(self, case_id: uuid.UUID, resolved_on: date, resolution: str) -> None:
        if not resolution.strip():
            raise ValidationError("resolution", N_("say how the case was resolved"))
        with self.db.session() as s:
            row = live_row(s, ServiceCase, case_id)
            if resolved_on < row.opened_on:
                raise ValidationError("resolved_on",
                                      N_("a case cannot be resolved before it opened"))
            row.resolved_on, row.resolution = resolved_on, resolution.strip()

    def reopen(self, case_id: uuid.UUID) -> None:
        with self.db.session() as s:
            row = live_row(s, ServiceCase, case_id)
            row.resolved_on, row.resolution = None, ""

    def delete_case(self, case_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(ServiceCase, case_id)
