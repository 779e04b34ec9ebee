"""Tenders: the date, when preparation starts, the countdown and the checklist."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kamdesk.domain.tenders import TenderStatus, checklist_for, preparation_start, tender_status
from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Person, Tender, TenderChecklistItem


@dataclass(frozen=True)
class ChecklistItemData:
    id: uuid.UUID
    text: str
    done: bool
    person_id: uuid.UUID | None


@dataclass(frozen=True)
class TenderSummary:
    id: uuid.UUID
    account_id: uuid.UUID
    title: str
    tender_date: date
    preparation_start: date
    notes: str
    status: TenderStatus
    checklist: list[ChecklistItemData] = field(default_factory=list)

    @property
    def checklist_done(self) -> int:
        return sum(item.done for item in self.checklist)


@dataclass
class TenderInput:
    title: str
    tender_date: date
    preparation_start: date | None = None  # None: nine months before the tender
    notes: str = ""


def _summary(row: Tender, today: date) -> TenderSummary:
    items = [ChecklistItemData(i.id, i.text, i.done, i.person_id) for i in row.checklist]
    return TenderSummary(
        row.id,
        row.account_id,
        row.title,
        row.tender_date,
        row.preparation_start,
        row.notes,
        tender_status(row.tender_date, row.preparation_start, today),
        items,
    )


class TenderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_tenders(self, account_id: uuid.UUID, today: date | None = None) -> list[TenderSummary]:
        today = today or date.today()
        with self.db.session() as s:
            rows = s.scalars(
                select(Tender)
                .options(selectinload(Tender.checklist))
                .where(Tender.account_id == account_id, Tender.deleted_at.is_(None))
                .order_by(Tender.tender_date)
            ).all()
            return [_summary(r, today) for r in rows]

    def create_tender(self, account_id: uuid.UUID, data: TenderInput) -> uuid.UUID:
        """A new tender with the default checklist: needs, success factors, one item per person."""
        if not data.title.strip():
            raise ValidationError("title", N_("a tender needs a title"))
        start = data.preparation_start or preparation_start(data.tender_date)
        if start > data.tender_date:
            raise ValidationError("preparation_start",
                                  N_("preparation must start before the tender"))
        with self.db.session() as s:
            live_row(s, Account, account_id)
            people = s.execute(
                select(Person.id, Person.full_name)
                .where(Person.account_id == account_id, Person.deleted_at.is_(None))
                .order_by(Person.full_name)
            ).all()
            ids = {f"Contact established with {name.strip()}": pid for pid, name in people}
            row = Tender(
                account_id=account_id,
                title=data.title.strip(),
                tender_date=data.tender_date,
                preparation_start=start,
                notes=data.notes,
                checklist=[
                    TenderChecklistItem(text=text, position=i, person_id=ids.get(text))
                    for i, text in enumerate(checklist_for(n for _, n in people))
                ],
            )
            s.add(row)
            s.flush()
            return row.id

    def set_item_done(self, item_id: uuid.UUID, done: bool = True) -> None:
        with self.db.session() as s:
            item = s.get(TenderChecklistItem, item_id)
            if item is None:
                raise NotFoundError(N_("this checklist item does not exist"))
            item.done = done

    def add_item(self, tender_id: uuid.UUID, text: str) -> uuid.UUID:
        if not text.strip():
            raise ValidationError("text", N_("a checklist item needs some text"))
        with self.db.session() as s:
            tender = live_row(s, Tender, tender_id)
            item = TenderChecklistItem(text=text.strip(), position=len(tender.checklist))
            tender.checklist.append(item)
            s.flush()
            return item.id

    def delete_tender(self, tender_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(Tender, tender_id)
