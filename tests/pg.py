"""A private PostgreSQL database per test on the server .ci/run starts (KAMDESK_TEST_PG_URL).

`pytest --engine=postgresql` points the `db`, `sample_db` and `cli_database` fixtures at the
server and runs only the tests that use them (the rest run on SQLite alone and are deselected,
see `pytest_collection_modifyitems`). `pg_db` is always a server database, `any_db` runs a test
once on each engine. Each test gets its own database, cloned from a template made once per run
(`CREATE DATABASE … TEMPLATE`: about a third of the time migrating takes), dropped in the
background.
Loaded as a plugin by tests/conftest.py, so every test module can use them.
"""

from __future__ import annotations

import os
import queue
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SERVER = os.environ.get("KAMDESK_TEST_PG_URL")

# The fixtures whose database follows --engine; a test using none of them opens no database,
# or only SQLite files of its own, and would run twice on SQLite under --engine=postgresql.
ENGINE_FIXTURES = frozenset({"db", "sample_db", "cli_database"})


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


def database_name(url: str) -> str:
    return make_url(url).database or ""


class _Dropper:
    """Drops the tests' databases in a thread of its own: DROP DATABASE waits for a checkpoint
    (a second or more on a busy disk), which no test needs to wait for. The session's end
    waits until every one is gone (`pytest_sessionfinish`)."""

    def __init__(self) -> None:
        self.names: queue.Queue[str | None] = queue.Queue()
        self.thread: threading.Thread | None = None

    def drop(self, name: str) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="drop-test-databases")
            self.thread.start()
        self.names.put(name)

    def _run(self) -> None:
        admin = admin_engine()
        while (name := self.names.get()) is not None:
            try:
                with admin.connect() as c:
                    c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except Exception as error:  # noqa: BLE001 - one left behind must not stop the rest
                print(f"tests/pg.py: could not drop {name}: {error}")
        admin.dispose()

    def finish(self) -> None:
        if self.thread is not None:
            self.names.put(None)
            self.thread.join()
            self.thread = None


_DROPPER = _Dropper()


def pytest_sessionfinish(session) -> None:
    _DROPPER.finish()


@contextmanager
def server_database(template: str = "template0", *, wait: bool = False) -> Iterator[str]:
    """A new database on the server, a copy of `template` (template0: empty), dropped
    afterwards however the test ended, in the background unless `wait` (a test that drops
    roles after it needs the database gone first); yields its URL."""
    name = f"kamdesk_test_{uuid.uuid4().hex[:12]}"
    admin = admin_engine()
    encoding = " ENCODING 'UTF8'" if template == "template0" else ""
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"{encoding} TEMPLATE "{template}"'))
        yield url_of(name)
    finally:
        if wait:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        if not wait:
            _DROPPER.drop(name)


def scratch_database():
    """A new empty (not yet migrated) database on the server, gone when the block ends;
    yields its URL."""
    return server_database(wait=True)


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--engine", choices=("sqlite", "postgresql"), default="sqlite",
        help="the engine of the `db`, `sample_db` and `cli_database` fixtures "
             "(postgresql: KAMDESK_TEST_PG_URL; runs only the tests that use them)",
    )


def on_postgresql(config) -> bool:
    return config.getoption("--engine") == "postgresql"


def pytest_collection_modifyitems(config, items) -> None:
    """With --engine=postgresql: run the tests whose database follows the engine, skip (with
    the reason) those of them about the SQLite file itself, deselect the others: they open no
    database, only their own SQLite files, or (`any_db`, `postgres`) already run on the server
    in the plain run."""
    if not on_postgresql(config):
        return
    keep, drop = [], []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & ENGINE_FIXTURES and not item.get_closest_marker("postgres"):
            keep.append(item)
        else:
            drop.append(item)
    for item in keep:
        marker = item.get_closest_marker("sqlite_only")
        if marker:
            why = marker.args[0] if marker.args else "about the SQLite file itself"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def pg_empty_template() -> Iterator[str]:
    """A server database migrated to the head, to clone; its name."""
    from kamdesk.store.database import open_database

    with server_database() as url:
        open_database(url).close()
        yield database_name(url)


@contextmanager
def opened(url: str):
    """The database at `url`, open for the test and closed after it."""
    from kamdesk.store.database import open_database

    database = open_database(url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def pg_url(pg_empty_template) -> Iterator[str]:
    """The URL of a private, migrated, empty server database."""
    with server_database(pg_empty_template) as url:
        yield url


@pytest.fixture
def pg_db(pg_url):
    with opened(pg_url) as database:
        yield database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """The same test on a SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'kamdesk.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    with opened(url) as database:
        yield database
