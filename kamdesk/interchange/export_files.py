"""Writing one export file: gather, format, then write through a temporary file."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from kamdesk.interchange.files import InterchangeError, write_atomically
from kamdesk.language import N_
from kamdesk.store.database import Database

EXPORT_KINDS = ("vcard", "csv", "ics", "json")


def export_to(db: Database, kind: str, path: Path, account_id: uuid.UUID | None,
              today: date) -> str:
    """Write the `kind` export to `path`; returns what was written, e.g. "42 people".

    The audit log notes it (what, which account, where to)."""
    summary = _export(db, kind, path, account_id, today)
    from kamdesk.services.audit import EXPORT, AuditService

    account = ""
    if account_id is not None:
        from kamdesk.services.accounts import AccountService

        account = AccountService(db).get_account(account_id).name
    AuditService(db).record(EXPORT, f"{kind}: {summary}", account, str(path.absolute()))
    return summary


def _export(db: Database, kind: str, path: Path, account_id: uuid.UUID | None,
            today: date) -> str:
    if kind in ("vcard", "csv"):
        from kamdesk.services.export_sources import ExportService

        cards = ExportService(db).person_cards(account_id)
        if kind == "vcard":
            from kamdesk.interchange.vcard_export import vcards

            data = vcards(cards).encode("utf-8")
        else:
            from kamdesk.interchange.csv_export import csv_text

            data = csv_text(cards).encode("utf-8")
        write_atomically(path, data)
        return f"{len(cards):,} {'person' if len(cards) == 1 else 'people'}"
    if kind == "ics":
        from kamdesk.interchange.ics_export import ics_bytes
        from kamdesk.services.export_sources import ExportService

        calendar = ExportService(db).calendar(today, account_id)
        write_atomically(path, ics_bytes(calendar, today))
        count = len(calendar.birthdays) + len(calendar.days) + len(calendar.meetings)
        return f"{count:,} calendar events"
    if kind == "json":
        from kamdesk.interchange.archive_file import write_archive_file

        return f"an archive of {write_archive_file(db, path):,} rows"
    raise InterchangeError(N_("cannot export '{kind}'"), kind=kind)
