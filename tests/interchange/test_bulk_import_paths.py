"""The bulk paths of the archive and contact imports (store.bulk_insert): rows go in one
statement a batch through a TEMP stage on SQLite, yet the search index, the stored last
contacts and every check come out as with one insert per row; on both engines."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from kamdesk.services.archive import loading
from kamdesk.services.archive.tables import read_archive, write_archive
from kamdesk.services.health import check_database
from kamdesk.services.search import SearchService
from kamdesk.store.bulk_insert import insert_rows
from kamdesk.store.contact_summary import contact_summary_problems
from kamdesk.store.search_fields import search_text_of
from kamdesk.store.tables import metadata, person_table
from tests.interchange.helpers import dump


@pytest.fixture
def target(request, tmp_path):
    """An empty database beside the sample (`db` would share its file)."""
    from tests.pg import on_postgresql, opened

    if on_postgresql(request.config):
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    with opened(url) as database:
        yield database


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of three rows, so every table of the sample takes many of them."""
    monkeypatch.setattr(loading, "BATCH", 3)


interaction_person_table = metadata.tables["interaction_person"]


def _stored(db) -> dict[uuid.UUID, tuple]:
    with db.session() as s:
        rows = s.execute(select(person_table.c.id, person_table.c.last_contact_at,
                                person_table.c.contact_count)).all()
    return {r.id: (r.last_contact_at, r.contact_count) for r in rows}


def test_an_archive_imported_in_many_batches_is_searchable_and_checks_clean(
        sample_db, target, small_batches):
    archive = read_archive(sample_db)
    report = write_archive(target, archive.tables)
    assert report.committed and not report.rejections
    assert report.created["interaction_person"] == len(archive.tables["interaction_person"]) > 3
    assert check_database(target).problems == []
    with target.session() as s:
        assert contact_summary_problems(s) == []
        assert s.scalar(select(func.count()).select_from(person_table).where(
            person_table.c.contact_count > 0))
    stored = _stored(target)
    assert stored == {k: v for k, v in _stored(sample_db).items() if k in stored}
    person = archive.tables["person"][-1]  # in the last batch of its table
    hits = SearchService(target).search(person["full_name"])
    assert str(person["id"]) in {str(h.id) for h in hits if h.kind == "person"}


def test_a_second_import_into_filled_tables_finds_every_row_present(
        sample_db, target, small_batches):
    archive = read_archive(sample_db)
    write_archive(target, archive.tables)
    before = dump(target)
    report = write_archive(target, archive.tables)
    assert report.committed and sum(report.created.values()) == 0
    assert report.present["person"] == len(archive.tables["person"])
    assert dump(target) == before


def test_an_id_twice_in_different_batches_of_an_empty_table_is_refused(
        sample_db, target, small_batches):
    archive = read_archive(sample_db)
    tables = dict(archive.tables)
    tables["person"] = [*tables["person"], dict(tables["person"][0], full_name="Twice")]
    before = dump(target)
    report = write_archive(target, tables)
    assert not report.committed
    [rejection] = report.rejections
    assert rejection.source == f"person[{len(tables['person']) - 1}]"
    assert "the same id appears twice" in rejection.reason
    assert dump(target) == before
    # the stage of the refused import is gone with its transaction: the next one goes in
    assert write_archive(target, archive.tables).committed
    assert check_database(target).problems == []


def test_a_bad_row_in_a_late_batch_leaves_the_database_as_it_was(sample_db, target, small_batches):
    tables = dict(read_archive(sample_db).tables)
    links = tables["interaction_person"]
    tables["interaction_person"] = [*links, dict(links[0], person_id=str(uuid.uuid4()))]
    before = dump(target)
    report = write_archive(target, tables)
    assert not report.committed
    assert [r.reason for r in report.rejections] == ["person_id points to a missing person"]
    assert dump(target) == before


def test_insert_rows_gives_left_out_columns_their_defaults(sample_db):
    with sample_db.session() as s:
        person = s.execute(select(person_table)).mappings().first()
        interaction = s.execute(select(interaction_person_table.c.interaction_id)).scalar()
    assert person is not None
    new_id = uuid.uuid4()
    row = {k: v for k, v in person.items()
           if k not in ("contact_count", "last_contact_at", "search_text", "name_text")}
    row |= {"id": new_id, "full_name": "Zdravko Bulkić"}
    with sample_db.session() as s:
        connection = s.connection()
        insert_rows(connection, person_table, [row])
        insert_rows(connection, interaction_person_table,
                    [{"interaction_id": interaction, "person_id": new_id}])
        insert_rows(connection, person_table, [])
    with sample_db.session() as s:
        count, text, name = s.execute(
            select(person_table.c.contact_count, person_table.c.search_text,
                   person_table.c.name_text).where(person_table.c.id == new_id)).one()
        assert contact_summary_problems(s) == []
    assert count == 1  # the default 0, then the trigger of the link
    # The folded texts: the columns' defaults, computed from the row as insert() does.
    assert text == search_text_of("person", SimpleNamespace(**row)) and name == "zdravko bulkic"


def test_ten_vcards_imported_in_bulk_are_searchable_and_check_clean(db, tmp_path):
    from kamdesk.interchange.reading import read_contacts
    from kamdesk.services.contact_import.planning import ImportOptions, ImportService

    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Wróblewska{i};Zofia;;;\r\nFN:Zofia Wróblewska{i}\r\n"
        f"ORG:Gdańsk Kable\r\nEMAIL:z{i}@example.com\r\nTEL;TYPE=CELL:+48 501 000 {i:03d}\r\n"
        "END:VCARD\r\n" for i in range(10))
    path = tmp_path / "cards.vcf"
    path.write_text(cards, encoding="utf-8")
    report = ImportService(db).import_cards(read_contacts(path, "vcard"), ImportOptions())
    assert report.committed
    assert check_database(db).problems == []
    hits = SearchService(db).search("wroblewska7")
    assert [(h.name, h.field) for h in hits if h.kind == "person"] == [
        ("Zofia Wróblewska7", "name")]
    with db.session() as s:  # found by the names' step: the folded name came with the row
        names = s.scalars(select(person_table.c.name_text)).all()
    assert sorted(names) == [f"zofia wroblewska{i}" for i in range(10)]
