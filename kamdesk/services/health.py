"""`kamdesk check`: is the database whole, current, and consistent?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from kamdesk.store.contact_summary import contact_summary_problems, rebuild_contact_summary
from kamdesk.store.database import Database
from kamdesk.store.location import shown_url
from kamdesk.store.migration import current_revision, head_revision
from kamdesk.store.models import Account, Interaction, Person
from kamdesk.store.search_index import rebuild_search_index, search_index_problems


@dataclass(frozen=True)
class HealthReport:
    location: str
    schema: str | None
    read_only: bool
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> HealthReport:
    problems: list[str] = []
    schema = current_revision(db.engine)
    if schema != head_revision():
        problems.append(f"schema is at {schema}, expected {head_revision()}")
    with db.session() as s:
        if db.is_sqlite:
            integrity = [r[0] for r in s.execute(text("PRAGMA integrity_check")).all()]
            if integrity != ["ok"]:
                problems += [f"integrity: {line}" for line in integrity[:10]]
            for table, rowid, parent, _ in s.execute(text("PRAGMA foreign_key_check")).all()[:10]:
                problems.append(f"row {rowid} of {table} points to a missing {parent}")
            problems += search_index_problems(s, deep=not db.read_only)
        if schema == head_revision():
            problems += contact_summary_problems(s)  # the stored last contacts
        counts = {
            label: s.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            ) or 0
            for label, model in (
                ("accounts", Account),
                ("people", Person),
                ("interactions", Interaction),
            )
        }
        orphans = s.scalar(
            select(func.count()).select_from(Person).join(Account)
            .where(Person.deleted_at.is_(None), Account.deleted_at.is_not(None))
        )
        if orphans:
            problems.append(f"{orphans} people belong to accounts in the trash")
    return HealthReport(str(db.path or shown_url(db.url)), schema, db.read_only, counts, problems)


def repair_search_index(db: Database) -> None:
    """Rebuild the search index from the data (what `kamdesk check --repair` does)."""
    with db.session() as s:
        rebuild_search_index(s)
        rebuild_contact_summary(s)  # and the stored last contacts, from the history
