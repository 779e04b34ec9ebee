"""A whole portfolio from one database to another (a laptop's file to the team server and
back), through exactly the code of the JSON archive: every live row written as the
archive's JSON to a temporary file, read back into the target as `kamdesk import json`
reads it, so a department's portfolio is never held in memory. Ids, times and row
versions travel; rows the target already holds are left alone."""

from __future__ import annotations

import tempfile
from pathlib import Path

from kamdesk.interchange.archive_file import open_archive, write_archive_file
from kamdesk.services.archive.loading import import_archive
from kamdesk.services.archive.tables import ArchiveReport
from kamdesk.store.database import Database


def copy_portfolio(source: Database, target: Database, *, dry_run: bool = False) -> ArchiveReport:
    """Copy every live row of `source` into `target` in one transaction of the target."""
    with tempfile.TemporaryDirectory(prefix="kamdesk-copy-") as folder:
        path = Path(folder) / "portfolio.kamdesk.json"
        write_archive_file(source, path)
        with open_archive(path) as tables:
            return import_archive(target, tables, dry_run=dry_run)
