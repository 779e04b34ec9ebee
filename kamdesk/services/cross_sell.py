"""The cross-sell map: the client's divisions times our offerings, one status per cell."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from kamdesk.domain.enums import CrossSellStatus
from kamdesk.domain.folding import fold
from kamdesk.language import N_
from kamdesk.services.errors import ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, CrossSellOpportunity


@dataclass(frozen=True)
class CrossSellCell:
    id: uuid.UUID
    division: str
    offering: str
    status: CrossSellStatus
    estimated_value: Decimal | None
    currency: str
    notes: str


@dataclass(frozen=True)
class CrossSellGrid:
    divisions: list[str]
    offerings: list[str]
    cells: dict[tuple[str, str], CrossSellCell] = field(default_factory=dict)


class CrossSellService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def grid(self, account_id: uuid.UUID) -> CrossSellGrid:
        with self.db.session() as s:
            rows = s.scalars(
                select(CrossSellOpportunity).where(
                    CrossSellOpportunity.account_id == account_id,
                    CrossSellOpportunity.deleted_at.is_(None),
                )
            ).all()
            cells = {
                (r.division, r.offering): CrossSellCell(
                    r.id, r.division, r.offering, r.status, r.estimated_value, r.currency, r.notes
                )
                for r in rows
            }
        divisions = sorted({d for d, _ in cells}, key=fold)
        offerings = sorted({o for _, o in cells}, key=fold)
        return CrossSellGrid(divisions, offerings, cells)

    def set_cell(self, account_id: uuid.UUID, division: str, offering: str,
                 status: CrossSellStatus, estimated_value: Decimal | None = None,
                 notes: str | None = None) -> uuid.UUID:
        """Create or update the opportunity for one division and offering."""
        division, offering = division.strip(), offering.strip()
        if not division:
            raise ValidationError("division", N_("name the client's division"))
        if not offering:
            raise ValidationError("offering", N_("name our offering"))
        if estimated_value is not None and estimated_value < 0:
            raise ValidationError("estimated_value", N_("the value cannot be negative"))
        with self.db.session() as s:
            live_row(s, Account, account_id)
            row = s.scalar(
                select(CrossSellOpportunity).where(
                    CrossSellOpportunity.account_id == account_id,
                    CrossSellOpportunity.division == division,
                    CrossSellOpportunity.offering == offering,
                    CrossSellOpportunity.deleted_at.is_(None),
                )
            )
            if row is None:
                row = CrossSellOpportunity(account_id=account_id, division=division,
                                           offering=offering)
                s.add(row)
            row.status = status
            if estimated_value is not None:
                row.estimated_value = estimated_value
            if notes is not None:
                row.notes = notes
            s.flush()
            return row.id

    def delete_cell(self, cell_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(CrossSellOpportunity, cell_id)
