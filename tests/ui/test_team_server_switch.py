"""File ▸ Team server… switches the open window to the server at once (issue 14), and the
one-app-per-database lock follows the database the window shows."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.team.server_connection import ServerAddress
from kamdesk.ui.single_instance import SingleInstance, server_name
from kamdesk.ui.team_settings import TeamSettings


def _address(url: str) -> ServerAddress:
    parts = make_url(url)
    return ServerAddress(parts.host, parts.port or 5432, parts.database, parts.username or "",
                         "prefer")


@pytest.mark.postgres
def test_connecting_from_the_menu_shows_the_server_at_once(sample_window, pg_db, pg_url):
    AccountService(pg_db).create_account(AccountInput("Sava Power d.o.o."))
    before = [a.name for a in sample_window.pages["accounts"].accounts.model.rows()]
    assert len(before) >= 10  # the sample, on SQLite
    followed = []
    sample_window.lock_follows = followed.append
    address = _address(pg_url)
    sample_window.switch_to_server(address, pg_db)
    assert sample_window.context.db is pg_db
    assert [a.name for a in sample_window.pages["accounts"].accounts.model.rows()] == [
        "Sava Power d.o.o."]
    assert sample_window.location_label.text() == f"Data: {address.shown()}"
    assert "Connected to " in sample_window.statusBar().currentMessage()
    assert followed == [address.shown()]
    assert TeamSettings(sample_window.settings.store).address() == address  # for the next start


def test_the_lock_follows_the_database_and_a_second_start_finds_it(qapp):
    first = SingleInstance("sqlite:////tmp/kamdesk-lock-test/kamdesk.sqlite3")
    assert first.claim()
    try:
        first.follow("postgresql+psycopg://anna@server:5432/kamdesk")
        assert first.name == server_name("postgresql+psycopg://anna@server:5432/kamdesk")
        on_the_file = SingleInstance("sqlite:////tmp/kamdesk-lock-test/kamdesk.sqlite3")
        assert on_the_file.claim()  # the file is free again
        on_the_file.release()
        on_the_server = SingleInstance("postgresql+psycopg://anna@server:5432/kamdesk")
        assert not on_the_server.claim()  # the first app answers for the server now
    finally:
        first.release()
