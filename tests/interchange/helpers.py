"""Helpers for the interchange tests: the fixture files, importing one, and a full dump of
the database to prove that a refused import changed nothing."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table (search indexes included), in a stable order."""
    with db.engine.connect() as connection:
        tables = [r[0] for r in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        return {
            t: sorted(map(repr, connection.exec_driver_sql(f'SELECT * FROM "{t}"').fetchall()))
            for t in tables
        }


def import_file(db, name: str, kind: str | None = None, **options):
    """Read fixture `name` and import it; options go to ImportOptions or ReadOptions."""
    from kamdesk.interchange.reading import ReadOptions, read_contacts
    from kamdesk.services.contact_import.planning import ImportOptions, ImportService

    read_keys = {"encoding", "delimiter", "preset", "columns"}
    read = ReadOptions(**{k: v for k, v in options.items() if k in read_keys})
    choice = ImportOptions(**{k: v for k, v in options.items() if k not in read_keys})
    path = Path(name) if Path(name).is_absolute() else FIXTURES / name
    kind = kind or ("csv" if path.suffix == ".csv" else "vcard")
    return ImportService(db).import_cards(read_contacts(path, kind, read), choice)


def people(db) -> dict[str, object]:
    """Everyone in the database as export cards, by full name."""
    from kamdesk.services.export_sources import ExportService

    return {card.full_name: card for card in ExportService(db).person_cards()}
