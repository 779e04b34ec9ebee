"""kamdesk copy: a whole portfolio from a laptop's SQLite file to the team's PostgreSQL
server and back, ids, times and row versions kept, content identical."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from kamdesk.interchange.copying import copy_portfolio
from kamdesk.services.archive.tables import read_archive
from kamdesk.services.team.members import TeamService
from kamdesk.store.database import open_database
from tests.pg import scratch_database

pytestmark = pytest.mark.postgres


def _rows(db) -> dict[str, list]:
    """Every live row, in an order that does not depend on the engine's scan order."""
    return {t: sorted(rows, key=repr) for t, rows in read_archive(db).tables.items()}


def test_sqlite_to_postgresql_to_sqlite_keeps_every_row(sample_db, tmp_path):
    team = TeamService(sample_db)
    owner = team.add_user("dang.minh.khoi@example.com", "Đặng Minh Khôi")
    account = read_archive(sample_db).tables["account"][0]["id"]
    team.set_owner(uuid.UUID(account), owner.id)  # a row version of 2 travels
    original = _rows(sample_db)
    with scratch_database() as url:
        server = open_database(url)
        report = copy_portfolio(sample_db, server)
        assert report.committed and report.rejections == []
        assert report.created["person"] == len(original["person"])
        back = open_database(f"sqlite:///{tmp_path / 'back.sqlite3'}")
        copy_portfolio(server, back)
        assert _rows(server) == original
        assert _rows(back) == original
        again = copy_portfolio(sample_db, server)  # nothing new: everything already there
        assert sum(again.created.values()) == 0
        assert again.present["account"] == len(original["account"])
        back.close()
        server.close()
    versions = {r["row_version"] for r in original["account"]}
    assert versions == {1, 2}


def test_the_command_copies_to_the_server_and_back_without_showing_a_password(tmp_path):
    def kamdesk(*args):
        return subprocess.run([sys.executable, "-m", "kamdesk", *args], capture_output=True,
                              text=True, timeout=180, env={**os.environ})

    here, back = tmp_path / "laptop", tmp_path / "new-laptop"
    assert kamdesk("--data-dir", str(here), "sample-data").returncode == 0
    with scratch_database() as url:
        with_password = url.replace("://kamdesk@", "://kamdesk:Tajne-Hasło@")
        sent = kamdesk("--data-dir", str(here), "copy", "--to", with_password)
        assert sent.returncode == 0, sent.stderr
        assert "Tajne" not in sent.stdout and "***" in sent.stdout
        assert sent.stdout.startswith("Copied ") and "0 were there already" in sent.stdout
        fetched = kamdesk("--data-dir", str(back), "copy", "--from", url)
        assert fetched.returncode == 0, fetched.stderr
    laptop = kamdesk("--data-dir", str(here), "accounts").stdout
    assert laptop == kamdesk("--data-dir", str(back), "accounts").stdout and laptop
    wrong = kamdesk("--data-dir", str(here), "copy", "--to", "not a url")
    assert wrong.returncode == 1 and wrong.stderr.strip() == (
        "kamdesk: 'not a url' is not a database URL")
