"""Team mode: the KAMs sharing a database, who owns which account, and handovers.

On a laptop of one nobody needs to be named: an account without an owner is the user's own.
On a team server each person at a keyboard is a `kam_user`, found by e-mail (`--user`,
`KAMDESK_USER`) or by the PostgreSQL login they connect as, and created on first use.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, func, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from kamdesk.domain.folding import fold
from kamdesk.language import N_
from kamdesk.services.errors import AmbiguousError, NotFoundError, ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.store.database import Database
from kamdesk.store.models import Account, HandoverLog, KamUser


@dataclass(frozen=True)
class KamUserSummary:
    id: uuid.UUID
    name: str
    email: str
    db_role: str | None
    owned: int = 0  # live accounts they own
    deputising: int = 0  # live accounts they stand in for


@dataclass(frozen=True)
class HandoverResult:
    batch: uuid.UUID
    from_name: str
    to_name: str
    owned: list[str]  # names of the accounts whose owner changed
    deputised: list[str]  # names of the accounts whose deputy changed


def name_from_email(email: str) -> str:
    """'anna.kowalska@…' -> 'Anna Kowalska': a first guess the user can correct."""
    local = email.split("@", 1)[0].replace("_", ".").replace("-", ".")
    return " ".join(part.capitalize() for part in local.split(".") if part) or email


def _valid_email(email: str) -> str:
    email = email.strip()
    if "@" not in email or email.startswith("@") or email.endswith("@") or " " in email:
        raise ValidationError("email", N_("'{email}' is not an e-mail address"), email=email)
    return email


def _summary(user: KamUser, owned: int = 0, deputising: int = 0) -> KamUserSummary:
    return KamUserSummary(user.id, user.name, user.email, user.db_role, owned, deputising)


class TeamService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- people
    def list_users(self) -> list[KamUserSummary]:
        """Every KAM with how many accounts they own and deputise, by name."""
        with self.db.session() as s:
            users = s.scalars(select(KamUser).where(KamUser.deleted_at.is_(None))).all()
            owned = _counts(s, Account.owner_id)
            deputising = _counts(s, Account.deputy_id)
            rows = [_summary(u, owned.get(u.id, 0), deputising.get(u.id, 0)) for u in users]
        return sorted(rows, key=lambda u: fold(u.name))

    def add_user(self, email: str, name: str = "", db_role: str | None = None) -> KamUserSummary:
        """The KAM with this e-mail, created if new (a name given updates theirs)."""
        email = _valid_email(email)
        with self.db.session() as s:
            user = _by_email(s, email)
            if user is None:
                user = KamUser(email=email, name=name.strip() or name_from_email(email))
                s.add(user)
            elif name.strip():
                user.name = name.strip()
            if db_role:
                user.db_role = db_role
            s.flush()
            return _summary(user)

    def me(self, email: str | None = None) -> KamUserSummary | None:
        """The person at the keyboard: by e-mail (created on first use), else on PostgreSQL
        the KAM whose login this connection uses; None on a laptop of one."""
        if email:
            return self.add_user(email)
        if self.db.is_sqlite:
            return None
        with self.db.session() as s:
            user = s.scalar(
                select(KamUser).where(KamUser.db_role == text("current_user"),
                                      KamUser.deleted_at.is_(None))
            )
            return _summary(user) if user is not None else None

    def find_user(self, wanted: str) -> KamUserSummary:
        """A KAM by e-mail or by a unique part of their name (folded): whole name first,
        then the start of a word, then any part."""
        folded = fold(wanted)
        users = self.list_users()
        exact = [u for u in users if fold(u.email) == folded or fold(u.name) == folded]
        # A word's start beats any part: "Anna" is Anna Kowalska, not Ioanna.
        starts = [u for u in users if folded and any(
            w.startswith(folded) for w in fold(u.name).split())]
        matches = exact or starts or [u for u in users if folded and folded in fold(u.name)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(N_("no KAM matches '{wanted}' (see: kamdesk users)"), wanted=wanted)
        names = sorted(u.name for u in matches)
        raise AmbiguousError(N_("'{wanted}' matches {names}; be more precise"),
            names, wanted=wanted, names=', '.join(names))

    # -- ownership
    def account_ids_of(self, user_id: uuid.UUID | None) -> set[uuid.UUID]:
        """The accounts a KAM owns or deputises, and those nobody owns (theirs by default)."""
        mine: ColumnElement[bool] = Account.owner_id.is_(None)
        if user_id is not None:  # (== None would read as IS NULL)
            mine = or_(mine, Account.owner_id == user_id, Account.deputy_id == user_id)
        with self.db.session() as s:
            return set(s.scalars(select(Account.id).where(Account.deleted_at.is_(None), mine)))

    def owners(self) -> dict[uuid.UUID, tuple[uuid.UUID | None, uuid.UUID | None]]:
        """Owner and deputy of every live account, by account id."""
        with self.db.session() as s:
            rows = s.execute(
                select(Account.id, Account.owner_id, Account.deputy_id)
                .where(Account.deleted_at.is_(None))
            ).all()
        return {a: (owner, deputy) for a, owner, deputy in rows}

    def set_owner(self, account_id: uuid.UUID, owner_id: uuid.UUID | None,
                  deputy_id: uuid.UUID | None = None) -> None:
        """Name the account's owner and deputy (None: nobody)."""
        if owner_id is not None and owner_id == deputy_id:
            raise ValidationError("deputy", N_("the owner cannot be their own deputy"))
        with self.db.session() as s:
            account = _live_account(s, account_id)
            for user_id in (owner_id, deputy_id):
                if user_id is not None and s.get(KamUser, user_id) is None:
                    raise NotFoundError(N_("this KAM does not exist"))
            account.owner_id, account.deputy_id = owner_id, deputy_id

    def handover(
        self, from_id: uuid.UUID, to_id: uuid.UUID, account_id: uuid.UUID | None = None,
        note: str = "",
    ) -> HandoverResult:
        """Give one account, or every account `from_id` owns or deputises, to `to_id`: in
        one transaction, one log row per account, sharing a batch."""
        if from_id == to_id:
            raise ValidationError("to", N_("an account cannot be handed over to its own owner"))
        with self.db.session() as s:
            giver, taker = s.get(KamUser, from_id), s.get(KamUser, to_id)
            if giver is None or taker is None:
                raise NotFoundError(N_("this KAM does not exist"))
            theirs = or_(Account.owner_id == from_id, Account.deputy_id == from_id)
            query = select(Account).where(Account.deleted_at.is_(None), theirs)
            if account_id is not None:
                account = _live_account(s, account_id)
                if from_id not in (account.owner_id, account.deputy_id):
                    raise ValidationError(
                        "account", N_("{account} is neither owned nor deputised by {kam}"),
                        account=account.name, kam=giver.name)
                query = query.where(Account.id == account_id)
            if not self.db.is_sqlite:
                query = query.with_for_update()  # an edit of the same rows waits for us
            accounts = sorted(s.scalars(query).all(), key=lambda a: fold(a.name))
            batch, now = uuid.uuid4(), datetime.now(UTC)
            owned, deputised = [], []
            for account in accounts:
                role = "deputy"
                if account.owner_id == from_id:
                    account.owner_id, role = to_id, "owner"
                    owned.append(account.name)
                    if account.deputy_id == to_id:
                        account.deputy_id = None
                if account.deputy_id == from_id:
                    account.deputy_id = None if account.owner_id == to_id else to_id
                    if role == "deputy":
                        deputised.append(account.name)
                s.add(HandoverLog(account_id=account.id, from_user_id=from_id, to_user_id=to_id,
                                  batch=batch, handed_over_at=now,
                                  note=f"{role}: {note}".rstrip(": ")))
            return HandoverResult(batch, giver.name, taker.name, owned, deputised)


def _counts(session: Session, column: InstrumentedAttribute[uuid.UUID | None]
            ) -> dict[uuid.UUID, int]:
    counts: dict[uuid.UUID, int] = {}
    for key, count in session.execute(
            select(column, func.count())
            .where(Account.deleted_at.is_(None), column.is_not(None))
            .group_by(column)):
        if key is not None:  # (the query leaves them out)
            counts[key] = count
    return counts


def _by_email(session: Session, email: str) -> KamUser | None:
    return session.scalar(select(KamUser).where(func.lower(KamUser.email) == email.lower()))


def _live_account(session: Session, account_id: uuid.UUID) -> Account:
    return live_row(session, Account, account_id)
