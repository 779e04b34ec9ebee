"""Fill an empty database with the fictional sample portfolio (`kamdesk sample-data`).

The tables live in `portfolio` (read from kamdesk/resources/sample); this module turns them
into rows, with the people in `people` and the deals and after-sale rows in
`deals`. Every date is
relative to the day of loading, and the random choices come from a fixed seed, so the same
day always gives the same portfolio (only ids and timestamps differ).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.calendar import add_months
from kamdesk.domain.enums import (
    InteractionKind,
    Tier,
)
from kamdesk.language import _
from kamdesk.services.errors import ServiceError
from kamdesk.services.sample import portfolio as data
from kamdesk.services.sample.deals import DealsLoader, euros
from kamdesk.services.sample.loader_state import LoaderState
from kamdesk.services.sample.people import PeopleLoader
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Account,
    Meeting,
    Person,
    RevenueFigure,
)

SEED = 2026

_KIND_WEIGHTS = {
    InteractionKind.CALL: 30, InteractionKind.EMAIL: 25, InteractionKind.MEETING: 12,
    InteractionKind.VISIT: 10, InteractionKind.LETTER: 5, InteractionKind.EVENT: 6,
    InteractionKind.FEEDBACK: 12,
}
_PROSPECT_KINDS = ("attempt", "attempt", "objection", "attempt", "objection", "attempt")
_INTERACTIONS = {Tier.KEY: (14, 24), Tier.IMAGE: (10, 16), Tier.REGULAR: (4, 8)}


@dataclass(frozen=True)
class SampleSummary:
    accounts: int
    people: int
    interactions: int
    proposals: int


def load_sample_portfolio(db: Database, today: date) -> SampleSummary:
    """Fill an empty database with the fictional portfolio, dated relative to *today*.

    One transaction, holding the write lock from its start: two loads at once give one
    portfolio. Refuses (touching nothing) when any account exists, even in the trash.
    """
    with db.session(write=True) as session:
        if session.scalar(select(func.count()).select_from(Account)):
            raise ServiceError(_("the database already holds accounts; sample data goes only "
                                 "into an empty database"))
        return _Loader(session, today).load()


class _Loader(PeopleLoader, DealsLoader, LoaderState):
    """Turns the tables into rows; people and deals come from the mixins."""

    def __init__(self, session: Session, today: date) -> None:
        self.s = session
        self.today = today
        self.rng = random.Random(SEED)
        self.spec = {a["key"]: a for a in data.ACCOUNTS}
        self.accounts = {}
        self.people = {}
        self.interactions = 0

    def load(self) -> SampleSummary:
        self._accounts_and_people()
        self.s.flush()  # the ids the other rows point at
        self._revenue()
        self._interactions()
        self._meetings()
        self._proposals()
        self._tenders()
        self._after_sale()
        self._tasks()
        return SampleSummary(
            len(self.accounts), len(self.people), self.interactions, len(data.PROPOSALS)
        )

    # --- revenue ---------------------------------------------------------------------------

    def _revenue(self) -> None:
        """Quarterly plan and actuals: last year, and this year up to the current quarter.

        The current quarter holds the actuals to date. The "mono" account gets 71-73 % of
        each quarter's sales this year: close to, but under, the 75 % mono-dependence line.
        """
        last, this = self.today.year - 1, self.today.year
        current_q = (self.today.month - 1) // 3 + 1
        q_start = date(this, 3 * current_q - 2, 1)
        q_days = (add_months(q_start, 3) - q_start).days
        to_date = ((self.today - q_start).days + 1) / q_days
        rng = random.Random(SEED + 1)  # its own draws: the quarters to fill depend on today
        others = dict.fromkeys(range(1, current_q + 1), 0.0)
        rows: list[tuple[Account, int, int, float, float]] = []
        mono: Account | None = None
        for spec in data.ACCOUNTS:
            if spec["revenue"] is None:
                continue
            account = self.accounts[spec["key"]]
            periods = [(last, q, 1.0) for q in range(1, 5)]
            if spec.get("mono"):
                mono = account
            else:
                periods += [(this, q, spec["growth"]) for q in range(1, current_q + 1)]
            for year, quarter, growth in periods:
                planned = spec["revenue"] * 250 * growth * rng.uniform(0.9, 1.1)
                actual = planned * rng.uniform(0.85, 1.1)
                rows.append((account, year, quarter, planned, actual))
                if year == this:
                    others[quarter] += actual
        assert mono is not None
        for quarter, rest in others.items():
            share = rng.uniform(0.71, 0.73)
            actual = rest * share / (1 - share)
            rows.append((mono, this, quarter, actual * rng.uniform(0.93, 1.03), actual))
        for account, year, quarter, planned, actual in rows:
            if (year, quarter) == (this, current_q):
                actual *= to_date
            self.s.add(
                RevenueFigure(account_id=account.id, year=year, quarter=quarter,
                              planned=euros(planned, 100), actual=euros(actual, 1),
                              currency="EUR")
            )

    # --- contact history -------------------------------------------------------------------

    def _interactions(self) -> None:
        kinds, weights = list(_KIND_WEIGHTS), list(_KIND_WEIGHTS.values())
        for spec in data.ACCOUNTS:
            account = self.accounts[spec["key"]]
            if account.tier == Tier.PROSPECT:
                count = self.rng.randint(4, 6)
                days = sorted(self.rng.sample(range(3, 150), count), reverse=True)
                chosen = [InteractionKind(k) for k in _PROSPECT_KINDS[:count]]
            else:
                count = self.rng.randint(*_INTERACTIONS[account.tier])
                span = 365 if account.tier != Tier.REGULAR else 300
                days = sorted(self.rng.sample(range(1, span), count), reverse=True)
                chosen = self.rng.choices(kinds, weights, k=count)
            for ago, kind in zip(days, chosen, strict=True):
                people = self._pick_people(spec["key"], alone=account.tier == Tier.PROSPECT)
                summary = self.rng.choice(data.SUMMARIES[kind.value]).format(
                    p=" and ".join(p.full_name for p in people),
                    t=self.rng.choice(spec["topics"]), city=spec["city"],
                    event=self.rng.choice(data.EVENTS), fb=self.rng.choice(data.FEEDBACK),
                )
                day = self.today - timedelta(days=ago)
                day -= timedelta(days=max(0, day.weekday() - 4))  # weekends move to Friday
                when = self._at(spec, day, self.rng.randint(8, 17))
                self._log(account, kind, when, summary, people)

    def _pick_people(self, account_key: str, alone: bool) -> list[Person]:
        people = [p for ref, p in self.people.items() if ref.startswith(account_key + ".")]
        first = self.rng.choices(people, [p.influence or 1 for p in people])[0]
        if alone or self.rng.random() < 0.7:
            return [first]
        return [first, self.rng.choice([p for p in people if p is not first])]

    def _meetings(self) -> None:
        for key, days, hour, objective, attendees, notes in data.MEETINGS:
            spec, account = self.spec[key], self.accounts[key]
            day = self.today + timedelta(days=days)
            while day.weekday() >= 5:  # meetings fall on working days
                day += timedelta(days=1 if days > 0 else -1)
            people = [self.people[f"{key}.{a}"] for a in attendees]
            starts_at = self._at(spec, day, hour)
            place = spec.get("address") or spec["city"]
            meeting = Meeting(account_id=account.id, starts_at=starts_at, place=place,
                              time_zone=spec["zone"], objective=objective, attendees=people,
                              notes=notes if days > 0 else "")
            self.s.add(meeting)
            if days < 0:  # a past meeting: its outcome is in the contact history
                self.s.flush()
                summary = f"Meeting: {objective}"
                self._log(account, InteractionKind.MEETING, starts_at, summary, people,
                          details=notes, meeting_id=meeting.id)
