"""Each column is declared once, on its ORM class; `store.tables` hands out the same tables
as Core, and a reader of rows never pays for configuring the mappers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Table

from kamdesk.store import models, tables
from kamdesk.store.base import Base, Record

ROOT = Path(__file__).resolve().parents[2]


def test_store_tables_hands_out_every_table_and_each_is_its_class_table():
    handed_out = {value.name: value for value in vars(tables).values() if isinstance(value, Table)}
    assert set(handed_out) == set(Base.metadata.tables)
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        assert handed_out[table.name] is table is tables.table_of(mapper.class_)
    assert tables.person_table is models.Person.__table__


def test_every_record_carries_the_record_columns_and_checks_its_row_version():
    mapped = [m for m in Base.registry.mappers]
    assert len(mapped) == 20  # two more tables are plain links (interaction_person, ...)
    for mapper in mapped:
        assert issubclass(mapper.class_, Record), mapper.class_
        assert {"id", "created_at", "updated_at", "row_version"} <= set(mapper.local_table.c.keys())
        assert mapper.version_id_col is mapper.local_table.c.row_version


def test_a_brief_reads_rows_without_configuring_the_mappers(sample_file, tmp_path):
    """The brief reads with Core selects: configuring the mappers would cost it ~20 ms."""
    shutil.copy(sample_file, tmp_path / "kamdesk.sqlite3")
    code = (
        "import sys; from kamdesk.cli import main;"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'brief', 'Baltic Freight',"
        f" '-o', {str(tmp_path / 'b.pdf')!r}]);"
        "from kamdesk.store.base import Base;"
        "print(code, [m.class_.__name__ for m in Base.registry.mappers if m.configured])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_GB.UTF-8", "LC_ALL": ""}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    assert done.stdout.splitlines()[-1] == "0 []"
    assert (tmp_path / "b.pdf").stat().st_size > 0
