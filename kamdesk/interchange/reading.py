"""Reading a contacts file of a given kind into person cards, with the user's overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.interchange.files import InterchangeError, read_import_file
from kamdesk.language import N_
from kamdesk.services.person_cards import ParsedFile


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None
    delimiter: str | None = None  # CSV only
    preset: str | None = None  # CSV only: outlook, google, linkedin, salesforce
    columns: tuple[str, ...] = field(default=())  # CSV only: "Column=target" overrides


def read_contacts(path: Path, kind: str, options: ReadOptions = ReadOptions()) -> ParsedFile:
    """Parse `path` as `kind` ("vcard" or "csv"); a file unusable as a whole raises."""
    data = read_import_file(path)
    if kind == "vcard":
        from kamdesk.interchange.vcard_import import parse_vcards

        return parse_vcards(data, Path(path).name, options.encoding)
    if kind == "csv":
        from kamdesk.interchange.csv_import import inspect_csv, parse_csv

        layout = inspect_csv(data, Path(path).name, options.encoding, options.delimiter,
                             options.preset)
        return parse_csv(layout, apply_columns(layout, options.columns))
    raise InterchangeError(N_("cannot import '{kind}' contacts"), kind=kind)


def apply_columns(layout, columns: tuple[str, ...]) -> dict[int, str]:
    """The layout's mapping with "Column=target" overrides ("Column=" ignores a column)."""
    from kamdesk.interchange.csv_presets import valid_target

    mapping = dict(layout.mapping)
    for item in columns:
        header, sep, target = item.rpartition("=")
        if not sep or not header.strip():
            raise InterchangeError(N_("--map wants COLUMN=FIELD, not '{item}'"), item=item)
        index = layout.column(header.strip())
        target = target.strip()
        if not target or target == "ignore":
            mapping.pop(index, None)
        elif valid_target(target):
            mapping[index] = target
        else:
            raise InterchangeError(
                N_("'{target}' is not a field; use e.g. full_name, given_name, family_name, "
                   "organisation, position, email:work, phone:mobile, address:work.city, "
                   "birthday, notes or note:Label"), target=target,
            )
    return mapping
