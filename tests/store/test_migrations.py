"""Every earlier schema revision, filled with data, upgrades to head with nothing lost."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from kamdesk.store.database import open_database
from kamdesk.store.location import BACKUP_FOLDER
from kamdesk.store.migration import alembic_config, head_revision, upgrade


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _fill(path) -> dict[str, int]:
    """Put one row with children in every table the schema has at this revision."""
    account, person = uuid.uuid4().hex, uuid.uuid4().hex
    now = "2026-01-01 00:00:00.000000"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute(
            "INSERT INTO account (id, created_at, updated_at, name, tier, industry, region, city,"
            " country, website, notes, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (account, now, now, "Αιγαίο Ναυτιλιακή Α.Ε.", "image", "Shipping", "Attica",
             "Piraeus", "GR", "", "", "αιγαιο ναυτιλιακη"),
        )
        raw.execute(
            "INSERT INTO person (id, created_at, updated_at, account_id, full_name, given_name,"
            " family_name, position, department, hobbies, \"values\", notes, search_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (person, now, now, account, "Łucja Złotowska", "Łucja", "Złotowska", "CFO",
             "Finance", "sailing", "punctuality", "", "lucja zlotowska cfo"),
        )
        raw.execute(
            "INSERT INTO family_member (id, created_at, updated_at, person_id, name, relation,"
            " notes, birth_month, birth_day) VALUES (?,?,?,?,?,?,?,?,?)",
            (uuid.uuid4().hex, now, now, person, "Staś", "son", "", 3, 14),
        )
        # The contact history and a meeting with their links: 0003 rebuilds `interaction`,
        # which must not take `interaction_person` rows with it.
        interaction, meeting = uuid.uuid4().hex, uuid.uuid4().hex
        raw.execute(
            "INSERT INTO interaction (id, created_at, updated_at, account_id, kind, occurred_at,"
            " summary, details) VALUES (?,?,?,?,?,?,?,?)",
            (interaction, now, now, account, "call", now, "Budget call", "Gdynia figures"),
        )
        raw.execute("INSERT INTO interaction_person VALUES (?,?)", (interaction, person))
        raw.execute(
            "INSERT INTO meeting (id, created_at, updated_at, account_id, starts_at, place,"
            " objective, notes) VALUES (?,?,?,?,?,?,?,?)",
            (meeting, now, now, account, now, "Piraeus", "Tender pre-briefing", ""),
        )
        raw.execute("INSERT INTO meeting_attendee VALUES (?,?)", (meeting, person))
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("start", _revisions()[:-1] or [None])
def test_each_earlier_revision_upgrades_to_head_with_nothing_lost(tmp_path, start):
    if start is None:
        pytest.skip("one revision only: nothing to upgrade from yet")
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, start)
    counts = _fill(path)
    engine.dispose()

    db = open_database(f"sqlite:///{path}")  # upgrades on open
    with sqlite3.connect(path) as raw:
        for table, count in counts.items():
            if table != "alembic_version":
                assert raw.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count
        assert (
            raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
    backups = list((tmp_path / BACKUP_FOLDER).glob("*.sqlite3"))
    assert len(backups) == 1, "an upgrade must keep a backup of the old file"
    db.close()


def test_the_first_revision_holds_every_table_with_data_intact(tmp_path):
    path = tmp_path / "first.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, _revisions()[0])
    counts = _fill(path)
    assert counts["family_member"] == 1
    assert {"account", "person", "proposal", "tender", "referral"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def _differences(connection, metadata) -> list:
    """What autogenerate would change to turn the database into *metadata*: tables, columns,
    their types and nullability, indexes, keys (server defaults are not compared)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    diff = compare_metadata(context, metadata)
    # The search machinery lives outside the models on purpose: SQLite's FTS5 tables,
    # PostgreSQL's trigram indexes (migration 0008).
    outside = ("remove_table", "remove_index")
    return [d for d in diff if not (d[0] in outside and "search" in d[1].name)]


def test_migrations_match_the_models(db):
    """An empty database migrated to head is exactly what the models declare, on either
    engine (run with --engine=postgresql for the server)."""
    from kamdesk.store.base import Base

    with db.engine.connect() as connection:
        assert _differences(connection, Base.metadata) == []


def test_the_comparison_sees_a_column_type_nullability_or_table_the_models_changed(db):
    from sqlalchemy import Column, MetaData, SmallInteger, Table, Text

    from kamdesk.store.base import Base

    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["person"].c.notes.nullable = True
    changed.tables["account"].c.industry.type = Text()
    changed.tables["meeting"].append_column(Column("room", Text))
    Table("visit", changed, Column("id", SmallInteger, primary_key=True))
    with db.engine.connect() as connection:
        found = {(d[0][0], d[0][3]) if isinstance(d, list) else (d[0], getattr(d[-1], "name", ""))
                 for d in _differences(connection, changed)}
    assert found == {("modify_nullable", "notes"), ("modify_type", "industry"),
                     ("add_column", "room"), ("add_table", "visit")}


def test_the_known_head_matches_the_migrations_folder():
    from kamdesk.store.schema_version import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision() == _revisions()[-1]


def test_the_upgrade_to_0003_makes_family_members_searchable(tmp_path):
    """0003 fills the new search columns from rows written before it."""
    from kamdesk.services.search import SearchService

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0002")
    _fill(path)
    engine.dispose()
    db = open_database(f"sqlite:///{path}")
    [hit] = SearchService(db).search("stas")
    assert (hit.kind, hit.name, hit.detail) == ("family_member", "Staś", "son of Łucja Złotowska")
    db.close()
