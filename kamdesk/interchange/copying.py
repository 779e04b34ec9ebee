"""A whole portfolio from one database to another (a laptop's file to the team server and
back), through exactly the code of the JSON archive: read every live row, write it as the
archive's JSON, read that back into the target. Ids, times and row versions travel; rows
the target already holds are left alone."""

from __future__ import annotations

from kamdesk.interchange.archive_file import archive_bytes, parse_archive
from kamdesk.services.archive.tables import ArchiveReport, read_archive, write_archive
from kamdesk.store.database import Database


def copy_portfolio(source: Database, target: Database, *, dry_run: bool = False) -> ArchiveReport:
    """Copy every live row of `source` into `target` in one transaction of the target."""
    data = archive_bytes(read_archive(source))
    return write_archive(target, parse_archive(data, "the portfolio"), dry_run=dry_run)
