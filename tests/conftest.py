"""Shared fixtures: real SQLite files in temporary folders, never the user's data."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# `pg_db` and `any_db`: a private PostgreSQL database per test (tests/pg.py).
pytest_plugins = ["tests.pg"]

# The day every test lives on, so rules about "today" are reproducible.
TODAY = date(2026, 11, 27)


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
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'kamdesk.sqlite3'}"


@pytest.fixture
def db(db_url, request):
    """An empty database: a SQLite file, or with --engine=postgresql a server database."""
    from kamdesk.store.database import open_database
    from tests.pg import on_postgresql, scratch_database

    if on_postgresql(request.config):
        with scratch_database() as url:
            database = open_database(url)
            yield database
            database.close()
        return
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory):
    """A database holding the sample portfolio as of TODAY, built once per run."""
    from kamdesk.services.sample.loading import load_sample_portfolio
    from kamdesk.store.database import open_database

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    database = open_database(f"sqlite:///{path}")
    load_sample_portfolio(database, TODAY)
    database.close()
    return path


@pytest.fixture(scope="session")
def sample_template(request):
    """With --engine=postgresql: a server database holding the sample, copied per test."""
    from kamdesk.services.sample.loading import load_sample_portfolio
    from kamdesk.store.database import open_database
    from tests.pg import scratch_database

    with scratch_database() as url:
        database = open_database(url)
        load_sample_portfolio(database, TODAY)
        database.close()
        yield url.rsplit("/", 1)[1]


@pytest.fixture
def sample_db(request, tmp_path):
    """A private copy of the sample portfolio, free to change."""
    from kamdesk.store.database import open_database
    from tests.pg import database_from_template, on_postgresql

    if on_postgresql(request.config):
        template = request.getfixturevalue("sample_template")
        with database_from_template(template) as url:
            database = open_database(url)
            yield database
            database.close()
        return
    sample_file = request.getfixturevalue("sample_file")
    path = tmp_path / "kamdesk.sqlite3"
    shutil.copyfile(sample_file, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.close()


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
        )  # fmt: skip
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
