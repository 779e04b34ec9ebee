"""Recommendation letters from satisfied clients, and referrals to their colleagues."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import LetterStatus, ReferralOutcome
from kamdesk.language import N_
from kamdesk.services.errors import ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Person, RecommendationLetter, Referral


@dataclass(frozen=True)
class LetterSummary:
    id: uuid.UUID
    person_id: uuid.UUID | None
    person_name: str
    status: LetterStatus
    asked_on: date | None
    received_on: date | None
    may_publish: bool
    notes: str


@dataclass(frozen=True)
class ReferralSummary:
    id: uuid.UUID
    referrer_id: uuid.UUID | None
    referrer_name: str
    referred_to: str
    referred_on: date | None
    outcome: ReferralOutcome
    notes: str


class RecommendationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _names(self, s: Session, account_id: uuid.UUID) -> dict[uuid.UUID | None, str]:
        return dict(s.execute(select(Person.id, Person.full_name)
                              .where(Person.account_id == account_id)).all())

    def _check(self, s: Session, account_id: uuid.UUID, person_id: uuid.UUID | None,
               field: str) -> None:
        live_row(s, Account, account_id)
        if person_id is not None:
            person = s.get(Person, person_id)
            if person is None or person.account_id != account_id:
                raise ValidationError(field, N_("choose a person of this account"))

    def list_letters(self, account_id: uuid.UUID) -> list[LetterSummary]:
        with self.db.session() as s:
            names = self._names(s, account_id)
            rows = s.scalars(select(RecommendationLetter).where(
                RecommendationLetter.account_id == account_id,
                RecommendationLetter.deleted_at.is_(None),
            ).order_by(RecommendationLetter.asked_on.desc())).all()
            return [LetterSummary(r.id, r.person_id, names.get(r.person_id, ""), r.status,
                                  r.asked_on, r.received_on, r.may_publish, r.notes)
                    for r in rows]

    def ask_for_letter(self, account_id: uuid.UUID, person_id: uuid.UUID | None,
                       asked_on: date, notes: str = "") -> uuid.UUID:
        with self.db.session() as s:
            self._check(s, account_id, person_id, "person")
            row = RecommendationLetter(account_id=account_id, person_id=person_id,
                                       asked_on=asked_on, notes=notes)
            s.add(row)
            s.flush()
            return row.id

    def set_letter_status(
        self,
        letter_id: uuid.UUID,
        status: LetterStatus,
        on: date | None = None,
        may_publish: bool | None = None,
    ) -> None:
        with self.db.session() as s:
            row = live_row(s, RecommendationLetter, letter_id,
                           "this letter does not exist or is in the trash")
            row.status = status
            if status is LetterStatus.RECEIVED:
                row.received_on = on or row.received_on or date.today()
            if may_publish is not None:
                row.may_publish = may_publish

    def list_referrals(self, account_id: uuid.UUID) -> list[ReferralSummary]:
        with self.db.session() as s:
            names = self._names(s, account_id)
            rows = s.scalars(select(Referral).where(
                Referral.account_id == account_id, Referral.deleted_at.is_(None),
            ).order_by(Referral.referred_on.desc())).all()
            return [ReferralSummary(r.id, r.referrer_id, names.get(r.referrer_id, ""),
                                    r.referred_to, r.referred_on, r.outcome, r.notes)
                    for r in rows]

    def add_referral(
        self,
        account_id: uuid.UUID,
        referrer_id: uuid.UUID | None,
        referred_to: str,
        referred_on: date | None,
        notes: str = "",
    ) -> uuid.UUID:
        if not referred_to.strip():
            raise ValidationError("referred_to", N_("say whom we were recommended to"))
        with self.db.session() as s:
            self._check(s, account_id, referrer_id, "referrer")
            row = Referral(
                account_id=account_id,
                referrer_id=referrer_id,
                referred_to=referred_to.strip(),
                referred_on=referred_on,
                notes=notes,
            )
            s.add(row)
            s.flush()
            return row.id

    def set_referral_outcome(self, referral_id: uuid.UUID, outcome: ReferralOutcome) -> None:
        with self.db.session() as s:
            row = live_row(s, Referral, referral_id)
            row.outcome = outcome

    def delete_letter(self, letter_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(RecommendationLetter, letter_id)

    def delete_referral(self, referral_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(Referral, referral_id)
