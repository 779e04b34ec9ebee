"""Everything the dossier holds about one person, for their request to see it (access) or
to take it along (portability): plain data, written as JSON here and as a PDF by the brief.

Rows in the trash are included (they are still held) and say so. Other people's names in
shared interactions and meetings are left out: they are not the requester's data.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, ColumnElement, Row, Table, select

from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError
from kamdesk.store.database import Database
from kamdesk.store.tables import (
    account_table,
    contact_point_table,
    family_member_table,
    interaction_person,
    interaction_table,
    meeting_attendee,
    meeting_table,
    person_table,
    recommendation_letter_table,
    referral_table,
    service_case_table,
    task_table,
    tender_checklist_item_table,
)

FORMAT = "kamdesk-person-export"
_LEFT_OUT = {"search_text", "name_text", "deleted_batch", "updated_at"}



_Belongs = Callable[[uuid.UUID], ColumnElement[bool]]  # person id -> SQL: the row is theirs


def _attended(link: Table, parent: str, table: Table) -> _Belongs:
    return lambda pid: table.c.id.in_(select(link.c[parent]).where(link.c.person_id == pid))


def _column(column: Column[Any]) -> _Belongs:
    return lambda pid: column == pid


# (section, table, which rows belong to the person), in the order a reader expects.
_LINKED: list[tuple[str, Table, _Belongs]] = [
    ("contacts", contact_point_table, _column(contact_point_table.c.person_id)),
    ("family", family_member_table, _column(family_member_table.c.person_id)),
    ("interactions", interaction_table,
     _attended(interaction_person, "interaction_id", interaction_table)),
    ("meetings", meeting_table, _attended(meeting_attendee, "meeting_id", meeting_table)),
    ("tasks", task_table, _column(task_table.c.person_id)),
    ("service_cases", service_case_table, _column(service_case_table.c.person_id)),
    ("recommendation_letters", recommendation_letter_table,
     _column(recommendation_letter_table.c.person_id)),
    ("referrals_made", referral_table, _column(referral_table.c.referrer_id)),
    ("tender_checklist_items", tender_checklist_item_table,
     _column(tender_checklist_item_table.c.person_id)),
]


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def _row(table: Table, row: Row[Any]) -> dict[str, Any]:
    """The row's own values: no derived columns, no links (they would be bare ids)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in _LEFT_OUT or column.foreign_keys:
            continue
        value = row._mapping[column]
        if column.name == "deleted_at":
            out["in_trash"] = value is not None
            continue
        out[column.name] = _plain(value)
    return out


def person_export(db: Database, person_id: uuid.UUID,
                  now: datetime | None = None) -> dict[str, Any]:
    """Everything about the person, as JSON-ready data (sections in reading order)."""
    p = person_table.c
    with db.session() as s:
        person = s.execute(select(person_table).where(p.id == person_id)).first()
        if person is None:
            raise NotFoundError(N_("this person does not exist (or was erased)"))
        account = s.execute(
            select(account_table.c.name).where(account_table.c.id == person.account_id)
        ).scalar()
        boss = s.execute(select(p.full_name).where(p.id == person.reports_to_id)).scalar()
        data: dict[str, Any] = {
            "format": FORMAT,
            "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
            "account": account or "",
            "person": {**_row(person_table, person), "reports_to": boss or ""},
        }
        privacy = ("legal_basis", "data_source", "collected_on", "review_on")
        data["privacy"] = {k: data["person"].pop(k) for k in privacy}
        for section, table, link in _LINKED:
            rows = s.execute(select(table).where(link(person_id))).all()
            data[section] = [_row(table, r) for r in rows]
    return data


def person_export_json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
