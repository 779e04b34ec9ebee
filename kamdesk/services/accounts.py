"""Accounts: listing, finding by name or id, creating, editing, and their overview.

Listing and finding read the tables with Core; the ORM classes are imported only by the
methods that build or change objects, so a command that just finds an account (the brief)
never loads the mappers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from kamdesk.domain.concentration import sales_shares
from kamdesk.domain.enums import LeadSource, Tier
from kamdesk.domain.folding import fold
from kamdesk.domain.name_order import sort_name
from kamdesk.language import N_, _
from kamdesk.services.errors import AmbiguousError, NotFoundError, ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.services.revenue import latest_year, revenue_by_account
from kamdesk.store.database import Database
from kamdesk.store.tables import account_table, person_table, utc_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.trash import DeletionPreview
    from kamdesk.store.models import Account


@dataclass(frozen=True)
class AccountSummary:
    id: uuid.UUID
    name: str
    tier: Tier
    city: str
    industry: str
    people: int
    share: Decimal  # of our sales in the latest year, 0..1


@dataclass(frozen=True)
class RevenueRow:
    year: int
    quarter: int | None
    planned: Decimal | None
    actual: Decimal | None
    currency: str


@dataclass(frozen=True)
class AccountDetail:
    id: uuid.UUID
    name: str
    tier: Tier
    industry: str
    region: str
    city: str
    country: str
    lead_source: LeadSource | None
    website: str
    notes: str
    revenue: list[RevenueRow]
    owner: str = ""  # team mode: the owning KAM's name
    deputy: str = ""
    row_version: int = 0  # hand back to update_account as `base`: a stale save is refused


@dataclass
class AccountInput:
    """What the user fills in for an account; validated by the service."""

    name: str
    tier: Tier = Tier.PROSPECT
    industry: str = ""
    region: str = ""
    city: str = ""
    country: str = ""
    lead_source: LeadSource | None = None
    website: str = ""
    notes: str = ""
    revenue: list[RevenueRow] = field(default_factory=list)


def _validated(data: AccountInput) -> AccountInput:
    if not data.name.strip():
        raise ValidationError("name", N_("an account needs a name"))
    if data.country and (len(data.country) != 2 or not data.country.isalpha()):
        raise ValidationError("country", N_("'{country}' is not a two-letter country code"),
            country=data.country)
    for row in data.revenue:
        if row.quarter is not None and row.quarter not in (1, 2, 3, 4):
            raise ValidationError("revenue", N_("quarter {quarter} must be 1 to 4"),
                quarter=row.quarter)
    return data


class AccountService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_accounts(self) -> list[AccountSummary]:
        """Every live account with its tier and share of our sales, biggest share first."""
        account, person = account_table.c, person_table.c  # Core: no ORM objects
        with self.db.session() as s:
            accounts = s.execute(
                select(account.id, account.name, account.tier, account.city, account.industry)
                .where(account.deleted_at.is_(None))
            ).all()
            people: dict[uuid.UUID, int] = dict(
                s.execute(
                    select(person.account_id, func.count())
                    .where(person.deleted_at.is_(None))
                    .group_by(person.account_id)
                ).all()
            )
            year = latest_year(s)
            revenue = revenue_by_account(s, year) if year else {}
        # The shares alone, as the portfolio's concentration report gives them: its ranking
        # and warnings were a quarter of this list's time at department scale.
        nothing = (Decimal(0), Decimal(0))
        share = sales_shares((a.id, revenue.get(a.id, nothing)[1]) for a in accounts)
        summaries = [
            AccountSummary(key, name, tier, city, industry, people.get(key, 0), share[key])
            for key, name, tier, city, industry in accounts
        ]
        return sorted(summaries, key=lambda a: (-a.share, sort_name(a.name)))

    def get_account(self, account_id: uuid.UUID) -> AccountDetail:
        from kamdesk.store.models import Account

        with self.db.session() as s:
            account = live_row(s, Account, account_id)
            return _detail(s, account)

    def find_account(self, name_or_id: str) -> AccountSummary:
        """One account by id, exact name, or a unique part of its name (folded)."""
        accounts = self.list_accounts()
        wanted = name_or_id.strip()
        for a in accounts:
            if str(a.id) == wanted.lower():
                return a
        folded = fold(wanted)
        exact = [a for a in accounts if sort_name(a.name) == folded]
        if len(exact) == 1:
            return exact[0]
        partial = exact or [a for a in accounts if folded and folded in sort_name(a.name)]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise NotFoundError(_("no account matches '{text}'").format(text=wanted))
        names = sorted(a.name for a in partial)
        raise AmbiguousError(
            _("'{text}' matches {n} accounts: {names}; be more precise").format(
                text=wanted, n=len(names), names=", ".join(names)),
            names,
        )

    def create_account(self, data: AccountInput) -> uuid.UUID:
        from kamdesk.store.models import Account

        data = _validated(data)
        with self.db.session() as s:
            account = Account()
            _apply(account, data)
            s.add(account)
            s.flush()
            return account.id

    def update_account(self, account_id: uuid.UUID, data: AccountInput,
                       base: AccountDetail | None = None) -> None:
        """Save the user's edit; with `base` (the detail they started from), refuse with
        StaleEditError when someone saved the account since."""
        from sqlalchemy.orm.exc import StaleDataError

        from kamdesk.services.conflicts import StaleEditError, changed_fields, refuse_if_stale
        from kamdesk.store.models import Account

        data = _validated(data)
        try:
            with self.db.session() as s:
                account = live_row(s, Account, account_id)
                refuse_if_stale(account.name, base, _detail(s, account), data)
                _apply(account, data)
                account.updated_at = utc_now()  # a new version even if only revenue changed
        except StaleDataError:
            # Someone saved between our read and our write (their transaction won).
            current = self.get_account(account_id)
            changes = changed_fields(base or current, current, data)
            raise StaleEditError(current.name, changes, current) from None

    def deletion_preview(self, account_id: uuid.UUID) -> DeletionPreview:
        """What deleting the account would move to the trash with it (a
        trash.DeletionPreview: ``entries`` for "Delete X and its N entries?")."""
        from kamdesk.services.trash import TrashService
        from kamdesk.store.models import Account

        return TrashService(self.db).deletion_preview(Account, account_id)

    def delete_account(self, account_id: uuid.UUID) -> uuid.UUID:
        """Move the account and everything of it to the trash; returns the batch for undo.

        A bulk deletion: a backup is taken first (unless this very state is kept), so even
        an emptied trash leaves the account in a copy."""
        from kamdesk.services.backups import backup_before
        from kamdesk.services.trash import TrashService
        from kamdesk.store.models import Account

        backup_before(self.db, "delete-account")
        return TrashService(self.db).delete(Account, account_id)


def _detail(session: Session, account: Account) -> AccountDetail:
    from kamdesk.store.models import KamUser

    def name_of(user_id: uuid.UUID | None) -> str:
        user = session.get(KamUser, user_id) if user_id else None
        return user.name if user is not None else ""

    revenue = sorted(account.revenue, key=lambda r: (r.year, r.quarter or 0))
    return AccountDetail(
        account.id, account.name, account.tier, account.industry, account.region,
        account.city, account.country, account.lead_source, account.website, account.notes,
        [RevenueRow(r.year, r.quarter, r.planned, r.actual, r.currency) for r in revenue],
        name_of(account.owner_id), name_of(account.deputy_id), account.row_version,
    )


def _apply(account: Account, data: AccountInput) -> None:
    from kamdesk.store.models import RevenueFigure

    account.name = data.name.strip()
    account.tier = data.tier
    account.industry = data.industry.strip()
    account.region = data.region.strip()
    account.city = data.city.strip()
    account.country = data.country.strip().upper()
    account.lead_source = data.lead_source
    account.website = data.website.strip()
    account.notes = data.notes
    account.revenue = [
        RevenueFigure(year=r.year, quarter=r.quarter, planned=r.planned, actual=r.actual,
                      currency=r.currency)
        for r in data.revenue
    ]
