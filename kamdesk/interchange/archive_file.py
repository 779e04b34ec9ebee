"""The JSON archive file: a versioned envelope around every table (docs/archive-format.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kamdesk import __version__
from kamdesk.interchange.files import InterchangeError, check_not_binary
from kamdesk.interchange.json_stream import JsonStream
from kamdesk.language import N_
from kamdesk.services.archive.tables import ArchiveContent, ArchiveError

ARCHIVE_FORMAT = "kamdesk-archive"
FORMAT_VERSION = 1


def write_archive_file(db, path, now: datetime | None = None) -> int:
    """Write the archive of `db` to `path` as it is read, table by table and row by row
    (a department's archive would not fit in memory several times over); returns the
    number of rows. Same document as `archive_bytes`, one row per line."""
    from kamdesk.interchange.files import atomic_file
    from kamdesk.services.archive.tables import reading_archive

    count = 0
    with reading_archive(db) as (revision, tables), atomic_file(path) as out:
        head = {
            "format": ARCHIVE_FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": (now or datetime.now(UTC)).isoformat(),
            "application": {"name": "KAMDesk", "version": __version__},
            "schema_revision": revision,
        }
        out.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2].encode() + b',\n "tables": {')
        for n, (table, rows) in enumerate(tables):
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
    """The `tables` of an archive held in memory (small ones, tests), checked as
    `archive_tables_of` checks a file."""
    import io

    check_not_binary(data, name)
    tables: dict[str, list] = {}
    for table, rows in archive_tables_of(JsonStream(io.BytesIO(data), name)):
        tables.setdefault(table, []).extend(rows)
    return tables


@contextmanager
def open_archive(path: Path) -> Iterator[Iterator[tuple[str, Iterator[Any]]]]:
    """The tables of the archive file at `path`, read as they are asked for: each as its
    name and its rows, to be consumed before the next. Anything wrong (not JSON, not an
    archive, cut off, text after its end) raises InterchangeError when it is reached."""
    path = Path(path)
    if not path.is_file():
        raise InterchangeError(N_("{path} does not exist or is not a file"), path=path)
    with path.open("rb") as file:
        head = file.read(65536)
        if not head.strip():
            raise InterchangeError(N_("{name} is empty"), name=path.name)
        check_not_binary(head, path.name)
        file.seek(0)
        yield archive_tables_of(JsonStream(file, path.name))


def archive_tables_of(stream: JsonStream) -> Iterator[tuple[str, Iterator[Any]]]:
    """Each table of the archive document in `stream` with its rows, in the file's order.
    The envelope is checked before the tables when it comes first (as KAMDesk writes it)."""
    name = stream.name
    if stream.peek() != "{":
        stream.value()  # a syntax error says where; anything else is not an archive
        raise InterchangeError(N_("{name} is JSON but not a KAMDesk archive"), name=name)
    head: dict[str, Any] = {}
    seen_tables = False
    for key in stream.items():
        if key != "tables":
            head[key] = stream.value()
            continue
        _check_head(head, name, complete=False)
        seen_tables = True
        if stream.peek() != "{":
            stream.value()  # says where the file is broken, if it is
            raise InterchangeError(N_("{name} has no 'tables' object"), name=name)
        for table in stream.items():
            if stream.peek() != "[":
                stream.value()
                raise ArchiveError(N_("table '{table}' is not a list of rows"), table=table)
            rows = stream.elements()
            yield table, rows
            for _row in rows:  # what the caller left unread
                pass
    stream.end()
    _check_head(head, name, complete=True)
    if not seen_tables:
        raise InterchangeError(N_("{name} has no 'tables' object"), name=name)


def _check_head(head: dict[str, Any], name: str, *, complete: bool) -> None:
    if "format" not in head and not complete:
        return  # written after the tables: checked at the end (nothing is kept before)
    if head.get("format") != ARCHIVE_FORMAT:
        raise InterchangeError(N_("{name} is JSON but not a KAMDesk archive"), name=name)
    if "format_version" not in head and not complete:
        return
    version = head.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InterchangeError(N_("{name} has no valid format_version"), name=name)
    if version > FORMAT_VERSION:
        raise InterchangeError(
            N_("{name} was made by a newer KAMDesk (archive format {version}); this version "
               "reads format {supported}: update KAMDesk first"),
            name=name, version=version, supported=FORMAT_VERSION,
        )
