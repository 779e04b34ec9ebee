"""The archive's rules: documented for every table and column, and strict on reading."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from kamdesk.services.archive.tables import (
    ArchiveError,
    archive_columns,
    archive_tables,
    write_archive,
)
from tests.interchange.helpers import dump

DOC = Path(__file__).parents[2] / "docs" / "archive-format.md"
_COMMON = {"id", "created_at", "updated_at", "row_version", "deleted_at", "deleted_batch"}


def test_the_format_document_describes_every_table_and_column():
    sections = dict(re.findall(r"^### (\w+)\n(.*?)(?=^### |^## |\Z)", DOC.read_text(), re.M | re.S))
    assert list(sections) == [t.name for t in archive_tables()]  # in import order
    for table in archive_tables():
        for column in archive_columns(table):
            if column.name not in _COMMON:
                assert f"`{column.name}`" in sections[table.name], (table.name, column.name)


def _account(**fields) -> dict:
    return {"id": str(uuid.uuid4()), "name": "Mindanao Foods Corp.", "tier": "key", **fields}


def test_a_bad_row_is_named_and_blocks_the_import(db):
    before = dump(db)
    person = {"id": str(uuid.uuid4()), "account_id": str(uuid.uuid4()), "full_name": "Ngozi"}
    report = write_archive(db, {"account": [_account(tier="gold"), _account(country="PHL")],
                                "person": [person]})
    assert [(r.source, r.reason) for r in report.rejections] == [
        ("account[0]", "tier is not a valid choice (key, image, regular, prospect): 'gold'"),
        ("account[1]", "country is longer than 2 characters: 'PHL'"),
        ("person[0]", "account_id points to a missing account"),
    ]
    assert not report.committed and dump(db) == before


def test_skipping_invalid_rows_also_skips_the_rows_that_need_them(db):
    bad, good = _account(tier="gold"), _account(name="Ilocos Grains")
    people = [
        {"id": str(uuid.uuid4()), "account_id": bad["id"], "full_name": "Maria Santos"},
        {"id": str(uuid.uuid4()), "account_id": good["id"], "full_name": "Jose Reyes"},
    ]
    report = write_archive(db, {"account": [bad, good], "person": people}, skip_invalid=True)
    assert report.committed and report.created == {**report.created, "account": 1, "person": 1}
    assert [r.name for r in report.rejections] == ["Mindanao Foods Corp.", "Maria Santos"]


def test_a_missing_key_takes_the_column_default_and_a_null_is_refused_where_required(db):
    report = write_archive(db, {"account": [{"name": "Visayas Ports"}]})
    assert report.committed and report.created["account"] == 1
    refused = write_archive(db, {"account": [{"name": None}]})
    assert refused.rejections[0].reason == "name may not be empty"


def test_unknown_tables_and_columns_refuse_the_whole_file(db):
    with pytest.raises(ArchiveError, match="unknown table 'gadget'"):
        write_archive(db, {"gadget": []})
    with pytest.raises(ArchiveError, match="unknown column 'account.colour'"):
        write_archive(db, {"account": [_account(colour="teal")]})
