"""The open check started early on a thread (store.early_look) decides exactly as the check
opening runs itself: a damaged file is still set aside, a file written since is looked at
again."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.engine import URL

from kamdesk.store.database import open_database
from kamdesk.store.early_look import look_ahead, taken_look
from kamdesk.store.errors import DamagedDatabaseError
from kamdesk.store.inspection import inspect_file
from kamdesk.store.location import sqlite_path, sqlite_url
from tests.store.test_damaged_and_newer_files import _flip_pages


@pytest.mark.sqlite_only("looks at the SQLite file before it is opened")
def test_the_early_look_is_the_check_opening_would_run(sample_db):
    path = sample_db.path
    sample_db.close()
    look_ahead(path)
    assert taken_look(path) == inspect_file(path)
    assert taken_look(path) is None  # used once: the next open looks itself


@pytest.mark.sqlite_only("writes to the SQLite file while it is looked at")
def test_a_file_written_after_the_look_began_is_looked_at_again(sample_db):
    path = sample_db.path
    sample_db.close()
    look_ahead(path)
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE written_meanwhile (x)")
    assert taken_look(path) is None


@pytest.mark.sqlite_only("damages the bytes of the SQLite file")
def test_a_damaged_file_looked_at_early_is_still_set_aside(sample_db):
    path = sample_db.path
    sample_db.close()
    _flip_pages(path)
    look_ahead(path)
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(sqlite_url(path))
    assert refused.value.set_aside is not None and not path.exists()


def test_a_missing_file_is_not_looked_at(tmp_path):
    look_ahead(tmp_path / "kamdesk.sqlite3")
    assert taken_look(tmp_path / "kamdesk.sqlite3") is None
    open_database(sqlite_url(tmp_path / "kamdesk.sqlite3")).close()  # created as before


@pytest.mark.parametrize("folder", ["plain", "a b+c", "x?y#z%20w", "ął@:;=&", "日本"])
def test_the_url_is_the_one_sqlalchemy_writes_whatever_the_folder_is_called(tmp_path, folder):
    path = tmp_path / folder / "kamdesk.sqlite3"
    url = sqlite_url(path)
    assert url == URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
    assert sqlite_path(url) == path
