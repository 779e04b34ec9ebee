"""The Core tables are the schema; each ORM class must type every column of its table."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import inspect

from kamdesk.store import models
from kamdesk.store.base import Base


def _annotated(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        names |= set(getattr(klass, "__annotations__", {}))
    return names


def test_every_column_is_typed_on_its_class_and_nothing_else_is_claimed():
    mapped = [m.class_ for m in Base.registry.mappers]
    assert len(mapped) == 18  # two more tables are plain links (interaction_person, ...)
    for cls in mapped:
        mapper = inspect(cls)
        columns = {c.key for c in mapper.local_table.columns}
        relationships = set(mapper.relationships.keys())
        annotated = _annotated(cls) - {"metadata", "registry", "__table__"}
        assert annotated - relationships == columns, cls.__name__


def test_models_use_the_tables_of_store_tables():
    from kamdesk.store import tables

    assert models.Person.__table__ is tables.person_table
    assert models.Account.__table__.metadata is tables.metadata


def test_reading_tables_does_not_load_the_orm_classes():
    code = (
        "import sys, kamdesk.store.tables, kamdesk.services.brief_sources.reading,"
        " kamdesk.store.search;"
        "print('kamdesk.store.models' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
