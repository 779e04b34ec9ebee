"""Finding the one person a privacy command is about, in the trash too."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from kamdesk.domain.folding import fold
from kamdesk.language import N_
from kamdesk.services.errors import AmbiguousError, NotFoundError
from kamdesk.store.database import Database
from kamdesk.store.tables import account_table, person_table


@dataclass(frozen=True)
class PersonFound:
    id: uuid.UUID
    full_name: str
    account_name: str
    in_trash: bool


def find_person(db: Database, name_or_id: str) -> PersonFound:
    """One person by id, exact name, or a unique part of the name (case and accents folded)."""
    wanted = name_or_id.strip()
    p, a = person_table.c, account_table.c
    with db.session() as s:
        rows = s.execute(
            select(p.id, p.full_name, a.name, p.deleted_at).join(account_table)
        ).all()
    people = [PersonFound(r[0], r[1], r[2], r[3] is not None) for r in rows]
    for person in people:
        if str(person.id) == wanted.lower():
            return person
    folded = fold(wanted)
    exact = [f for f in people if fold(f.full_name) == folded]
    matches = exact or [f for f in people if folded and folded in fold(f.full_name)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(N_("no person matches '{wanted}'"), wanted=wanted)
    names = sorted(f"{f.full_name} ({f.account_name}, id {f.id})" for f in matches)
    raise AmbiguousError(N_("'{wanted}' matches {n} people: {names}; give the id"),
        names, wanted=wanted, n=len(names), names='; '.join(names))
