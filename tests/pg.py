"""A private PostgreSQL database per test on the server .ci/run starts (KAMDESK_TEST_PG_URL).

`pg_db` is one open database on PostgreSQL; `any_db` runs a test once on SQLite and once on
PostgreSQL. Loaded as a plugin by tests/conftest.py, so every test module can use them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SERVER = os.environ.get("KAMDESK_TEST_PG_URL")


def require_server() -> str:
    if not SERVER:
        if os.environ.get("CI"):
            pytest.fail("CI must start PostgreSQL and set KAMDESK_TEST_PG_URL (see .ci/run)")
        pytest.skip("no PostgreSQL server: set KAMDESK_TEST_PG_URL (.ci/run starts one)")
    return SERVER


def admin_engine():
    return create_engine(require_server(), isolation_level="AUTOCOMMIT")


def url_of(database: str, **parts) -> str:
    """The server URL pointing at `database` (and another user, etc.), password kept."""
    url = make_url(require_server()).set(database=database, **parts)
    return url.render_as_string(hide_password=False)


@contextmanager
def scratch_database() -> Iterator[str]:
    """A new empty database on the server, dropped afterwards; yields its URL."""
    name = f"kamdesk_test_{uuid.uuid4().hex[:12]}"
    admin = admin_engine()
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield url_of(name)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--engine", choices=("sqlite", "postgresql"), default="sqlite",
        help="the engine of the `db` and `sample_db` fixtures (postgresql: KAMDESK_TEST_PG_URL)",
    )  # fmt: skip


def on_postgresql(config) -> bool:
    return config.getoption("--engine") == "postgresql"


def pytest_collection_modifyitems(config, items) -> None:
    if not on_postgresql(config):
        return
    skip = pytest.mark.skip(reason="about the SQLite file itself; --engine=postgresql")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@contextmanager
def database_from_template(template: str) -> Iterator[str]:
    """A private copy of database `template` (PostgreSQL copies it file by file: fast)."""
    name = f"kamdesk_test_{uuid.uuid4().hex[:12]}"
    admin = admin_engine()
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield url_of(name)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_db():
    from kamdesk.store.database import open_database

    with scratch_database() as url:
        db = open_database(url)
        yield db
        db.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """The same test on a SQLite file and on a PostgreSQL database."""
    from kamdesk.store.database import open_database

    if request.param == "sqlite":
        db = open_database(f"sqlite:///{tmp_path / 'kamdesk.sqlite3'}")
        yield db
        db.close()
        return
    with scratch_database() as url:
        db = open_database(url)
        yield db
        db.close()
