"""The JSON archive file: a versioned envelope around every table (docs/archive-format.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kamdesk import __version__
from kamdesk.interchange.files import InterchangeError, check_not_binary
from kamdesk.services.archive.tables import ArchiveContent

ARCHIVE_FORMAT = "kamdesk-archive"
FORMAT_VERSION = 1


def write_archive_file(db, path, now: datetime | None = None) -> int:
    """Write the archive of `db` to `path` as it is read, table by table and row by row
    (a department's archive would not fit in memory several times over); returns the
    number of rows. Same document as `archive_bytes`, one row per line."""
    from kamdesk.interchange.files import atomic_file
    from kamdesk.services.archive.tables import archive_rows
    from kamdesk.store.migration import current_revision

    head = {
        "format": ARCHIVE_FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": (now or datetime.now(UTC)).isoformat(),
        "application": {"name": "KAMDesk", "version": __version__},
        "schema_revision": current_revision(db.engine),
    }
    count = 0
    with atomic_file(path) as out, db.session() as session:
        out.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2].encode() + b',\n "tables": {')
        for n, (table, rows) in enumerate(archive_rows(session)):
            out.write(f'{"," if n else ""}\n  {json.dumps(table.name)}: ['.encode())
            separator = "\n   "
            for row in rows:
                out.write((separator + json.dumps(row, ensure_ascii=False)).encode())
                separator = ",\n   "
                count += 1
            out.write(b"\n  ]")
        out.write(b"\n }\n}\n")
    return count


def archive_bytes(content: ArchiveContent, now: datetime | None = None) -> bytes:
    document = {
        "format": ARCHIVE_FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": (now or datetime.now(UTC)).isoformat(),
        "application": {"name": "KAMDesk", "version": __version__},
        "schema_revision": content.schema_revision,
        "tables": content.tables,
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def parse_archive(data: bytes, name: str) -> dict[str, Any]:
    """The `tables` of an archive, after checking it is one this version can read."""
    check_not_binary(data, name)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InterchangeError(f"{name} is not UTF-8 text, so not a KAMDesk archive") from None
    except json.JSONDecodeError as error:
        raise InterchangeError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(document, dict) or document.get("format") != ARCHIVE_FORMAT:
        raise InterchangeError(f"{name} is JSON but not a KAMDesk archive")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InterchangeError(f"{name} has no valid format_version")
    if version > FORMAT_VERSION:
        raise InterchangeError(
            f"{name} was made by a newer KAMDesk (archive format {version}); this version "
            f"reads format {FORMAT_VERSION}: update KAMDesk first"
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise InterchangeError(f"{name} has no 'tables' object")
    return tables
