"""Shared fixtures: real SQLite files in temporary folders, never the user's data."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

from tests.days import TODAY

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# `pg_db` and `any_db`: a private PostgreSQL database per test (tests/pg.py).
pytest_plugins = ["tests.pg"]


@pytest.fixture(scope="session")
def today() -> date:
    """The day every test lives on (tests/days.py), so rules about "today" are reproducible."""
    return TODAY



@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """No test may touch the real user data folder or the user's settings."""
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("KAMDESK_DB_URL", raising=False)
    # Nor the user's system keychain: with no backend, encryption works by passphrase alone.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    for name in ("KAMDESK_PASSPHRASE", "KAMDESK_NEW_PASSPHRASE", "KAMDESK_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db_url(request, tmp_path) -> str:
    """The URL of an empty database: a SQLite file, or with --engine=postgresql a private
    server database."""
    from tests.pg import on_postgresql

    if on_postgresql(request.config):
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'kamdesk.sqlite3'}"


@pytest.fixture
def db(db_url):
    """An empty database, open: a SQLite file, or with --engine=postgresql a server database."""
    from tests.pg import opened

    with opened(db_url) as database:
        yield database


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory, today):
    """A database holding the sample portfolio as of today, built once per run."""
    from kamdesk.services.sample.loading import load_sample_portfolio
    from kamdesk.store.database import open_database

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    database = open_database(f"sqlite:///{path}")
    load_sample_portfolio(database, today)
    database.close()
    return path


@pytest.fixture(scope="session")
def pg_sample_template(today):
    """With --engine=postgresql: a server database holding the sample, cloned per test."""
    from kamdesk.services.sample.loading import load_sample_portfolio
    from tests.pg import database_name, opened, server_database

    with server_database() as url:
        with opened(url) as database:
            load_sample_portfolio(database, today)
        yield database_name(url)


@pytest.fixture
def sample_url(request, tmp_path):
    """The URL of a private copy of the sample portfolio, free to change."""
    from tests.pg import on_postgresql, server_database

    if on_postgresql(request.config):
        with server_database(request.getfixturevalue("pg_sample_template")) as url:
            yield url
        return
    path = tmp_path / "kamdesk.sqlite3"
    shutil.copyfile(request.getfixturevalue("sample_file"), path)
    yield f"sqlite:///{path}"


@pytest.fixture
def sample_db(sample_url):
    """A private copy of the sample portfolio, open."""
    from tests.pg import opened

    with opened(sample_url) as database:
        yield database


@pytest.fixture
def cli_database(request, db_url, tmp_path) -> list[str]:
    """The options that point a `kamdesk` command at the test's database (the one `db` opens):
    on SQLite `--data-dir` of the folder holding it, with --engine=postgresql `--db-url`."""
    from tests.pg import on_postgresql

    if on_postgresql(request.config):
        return ["--db-url", db_url]
    return ["--data-dir", str(tmp_path)]


@pytest.fixture
def small_filesystem(tmp_path):
    """Mount a tmpfs of a given size on a new folder (root only); unmounted after the test.

    Skips, saying why, where mounting is impossible (not root, or a container without
    CAP_SYS_ADMIN). `.ci/run` runs the suite as root, where it works.
    """
    import subprocess

    mounted = []

    def mount(name: str, size: str = "2m"):
        folder = tmp_path / name
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small filesystem here: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    def read_only(folder) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)

    mount.read_only = read_only
    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)
