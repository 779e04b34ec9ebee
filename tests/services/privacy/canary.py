"""A canary person: an unusual string in every field, so a byte scan of a file can prove
none of them is there in plain text."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import InteractionKind, LegalBasis, Tier
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.services.people import (
    ContactData,
    FamilyMemberData,
    PeopleService,
    PersonInput,
    PrivacyData,
)
from kamdesk.services.tasks import TaskService

# Each canary is unlike anything else in the file (and unlike its own folded search text).
CANARIES = {
    "given_name": "Qzvwoxa",
    "family_name": "Brrzkwynth",
    "position": "Kvxjornpositioncanary",
    "department": "Dptzqqcanarydepartment",
    "hobbies": "Hobbyzzqcanaryfalconry",
    "values": "Valuexxqcanaryhonesty",
    "notes": "Notewwqcanarysecretnote",
    "email": "canary.qzvwoxa@wxqcanary.example",
    "phone": "+48 601 987 321",
    "address": "Ulica Kanarkowa 77qq, Zqxville",
    "family": "Ywxqcanarychild",
    "family_notes": "Familynoteqqcanary",
    "data_source": "Sourceqqcanaryfair",
    "interaction": "Interactionqqcanarysummary",
    "interaction_details": "Detailsqqcanaryprivate",
    "meeting": "Meetingqqcanaryobjective",
    "task": "Taskqqcanaryremember",
}
FULL_NAME = f"{CANARIES['given_name']} {CANARIES['family_name']}"


def add_canary(db) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """An account with the canary person and one other person; returns their ids (account,
    canary, other). A shared interaction names the canary in its text."""
    account = AccountService(db).create_account(AccountInput("Thessaloniki Ports S.A.", Tier.KEY))
    people = PeopleService(db)
    c = CANARIES
    canary = people.create_person(account, PersonInput(
        FULL_NAME, c["given_name"], c["family_name"], c["position"], c["department"],
        birthday=Birthday(2, 29, 1972), hobbies=c["hobbies"], values=c["values"],
        notes=c["notes"],
        contacts=[ContactData("email", c["email"]), ContactData("phone", c["phone"]),
                  ContactData("address", c["address"])],
        family=[FamilyMemberData(c["family"], "daughter", Birthday(7, 1), c["family_notes"])],
        privacy=PrivacyData(LegalBasis.CONSENT, c["data_source"], date(2026, 1, 2)),
    ))
    other = people.create_person(account, PersonInput("Eleni Papadopoulou", position="COO"))
    when = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    interactions = InteractionService(db)
    interactions.log_interaction(account, InteractionInput(
        InteractionKind.CALL, when, c["interaction"], c["interaction_details"], [canary],
    ))
    interactions.log_interaction(account, InteractionInput(
        InteractionKind.MEETING, when, "Port fees review",
        f"{FULL_NAME} and Eleni agreed on the fee table", [canary, other]))
    MeetingService(db).plan_meeting(
        account, MeetingInput(when, objective=c["meeting"], attendee_ids=[canary])
    )
    TaskService(db).add_task(c["task"], date(2026, 12, 1), account, canary)
    return account, canary, other


def canaries_in(*paths: Path) -> dict[str, list[str]]:
    """Which canaries each existing file holds, in UTF-8 or as UTF-16 (empty when clean)."""
    found: dict[str, list[str]] = {}
    for path in paths:
        if not path.exists():
            continue
        data = path.read_bytes()
        hits = [k for k, v in {**CANARIES, "full_name": FULL_NAME}.items()
                if v.encode() in data or v.encode("utf-16-le") in data
                or v.lower().encode() in data]
        if hits:
            found[path.name] = hits
    return found


def canaries_left(db) -> dict[str, list[str]]:
    """Which canaries the database still holds, closing it: on SQLite in the bytes of the file
    and its journals; on a server (whose files are its own) in any row of any table."""
    if db.is_sqlite:
        db.close()
        return canaries_in(*database_files(db.path))
    from sqlalchemy import inspect

    found: dict[str, list[str]] = {}
    with db.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            rows = repr(connection.exec_driver_sql(f'SELECT * FROM "{table}"').fetchall())
            hits = [k for k, v in {**CANARIES, "full_name": FULL_NAME}.items()
                    if v in rows or v.lower() in rows.lower()]
            if hits:
                found[table] = hits
    db.close()
    return found


def database_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")]
