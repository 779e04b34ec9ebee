"""Errors nobody expected are explained to the user in their words."""

from __future__ import annotations

from kamdesk.store.errors import DatabaseBusyError
from kamdesk.ui.error_report import explain


def test_a_database_problem_is_shown_with_its_own_message(qapp):
    title, text = explain(DatabaseBusyError("kamdesk.sqlite3 is busy: another program is writing"))
    assert "could not save or read" in title
    assert text == "kamdesk.sqlite3 is busy: another program is writing"


def test_a_programming_error_says_nothing_half_done_was_saved(qapp):
    title, text = explain(KeyError("tier"))
    assert title == "Something went wrong"
    assert "nothing half-done was saved" in text and "KeyError" in text
