"""What the sample loader's parts share: the session, the day, the random draws, the rows
made so far, and the two helpers every part uses (a contact logged, a local time)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from kamdesk.domain.enums import InteractionKind
from kamdesk.store.models import Account, Interaction, Person

Spec = dict[str, Any]  # one account of the sample's tables, as read from its JSON file


class LoaderState:
    """The loader (`loading._Loader`) sets these; the mixins that make the rows read them."""

    s: Session
    today: date
    rng: random.Random
    spec: dict[str, Spec]  # account key -> its table row
    accounts: dict[str, Account]
    people: dict[str, Person]  # "account.person" -> Person
    interactions: int

    def _log(self, account: Account, kind: InteractionKind, when: datetime, summary: str,
             people: Iterable[Person], details: str = "",
             meeting_id: uuid.UUID | None = None) -> None:
        self.s.add(
            Interaction(account_id=account.id, kind=kind, occurred_at=when, summary=summary,
                        details=details, people=list(people), meeting_id=meeting_id)
        )
        self.interactions += 1

    def _at(self, spec: Spec, day: date, local_hour: int, minute: int = 0) -> datetime:
        local = ZoneInfo(spec["zone"])
        return datetime.combine(day, time(local_hour, minute), local).astimezone(UTC)
