"""What an operation changed, so that a window redraws only what shows it (Anki's OpChanges).

A `Changes` notice names the kinds of record that changed and, when they all belong to one
account, that account; the ids of the changed records when the caller knows them. It is plain
data: services and the command line can build one without any window.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass


class Record(enum.Enum):
    """A kind of record a page may show."""

    ACCOUNT = "account"  # name, tier, owner…; a new or deleted account
    PERSON = "person"  # a DMU member, their family, birthdays
    INTERACTION = "interaction"  # a logged contact
    MEETING = "meeting"
    TASK = "task"
    PROPOSAL = "proposal"
    TENDER = "tender"
    SERVICE_CASE = "service_case"
    CROSS_SELL = "cross_sell"
    REFERRAL = "referral"  # referrals and recommendation letters
    REVENUE = "revenue"  # revenue figures and plans: shares of sales
    TRASH = "trash"  # something went into the trash or came out of it
    USER = "user"  # team members, ownership


@dataclass(frozen=True, slots=True)
class Changes:
    """`account_id` None means any account (or records of no account)."""

    records: frozenset[Record]
    account_id: uuid.UUID | None = None
    ids: frozenset[uuid.UUID] = frozenset()

    @classmethod
    def of(cls, *records: Record, account: uuid.UUID | None = None,
           ids: tuple[uuid.UUID | None, ...] = ()) -> Changes:
        return cls(frozenset(records), account, frozenset(i for i in ids if i is not None))

    @classmethod
    def everything(cls) -> Changes:
        """An import, a restore, an undo: any record of any account may have changed."""
        return cls(frozenset(Record))

    def touches(self, records: frozenset[Record] | set[Record]) -> bool:
        return not self.records.isdisjoint(records)

    def touches_account(self, account_id: uuid.UUID | None) -> bool:
        """True when records of `account_id` may be among those changed."""
        return self.account_id is None or self.account_id == account_id

    def __or__(self, other: Changes) -> Changes:
        """Both notices in one. No ids means "not said" (any record of those kinds), so the
        ids are kept only when both notices name theirs."""
        same = self.account_id == other.account_id
        ids = self.ids | other.ids if self.ids and other.ids else frozenset()
        return Changes(self.records | other.records, self.account_id if same else None, ids)
