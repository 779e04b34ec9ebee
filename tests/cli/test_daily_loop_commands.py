"""`kamdesk task`, `tasks`, `log` and `agenda` as a user runs them: real processes on a real
sample database, exit codes 0/1/2, one line on stderr and never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.pg import database_name, on_postgresql, server_database


def kamdesk(target: list[str], *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *target, *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
    )


@pytest.fixture(scope="module")
def loaded(request, tmp_path_factory):
    """The sample as `kamdesk sample-data` loads it today: a folder, or a server database."""
    if on_postgresql(request.config):
        with server_database() as url:
            assert kamdesk(["--db-url", url], "sample-data").returncode == 0
            yield database_name(url)
        return
    folder = tmp_path_factory.mktemp("loaded")
    assert kamdesk(["--data-dir", str(folder)], "sample-data").returncode == 0
    yield folder


@pytest.fixture
def cli_database(request, loaded, tmp_path):
    """A private copy of `loaded`, as the options that point a command at it."""
    if on_postgresql(request.config):
        with server_database(loaded) as url:
            yield ["--db-url", url]
        return
    target = tmp_path / "data"
    shutil.copytree(loaded, target)
    yield ["--data-dir", str(target)]


def _fails_cleanly(result, code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    if code == 1:
        assert result.stderr.startswith("kamdesk: ")
        assert len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def test_agenda_lists_the_planned_meetings_at_the_places_local_time(cli_database):
    """The bug: `agenda --days 120` listed no meeting; the sample's Davao one read 01:00."""
    result = kamdesk(cli_database, "agenda", "--days", "20", env={"TZ": "UTC"})
    assert result.returncode == 0, result.stderr
    meetings = [line for line in result.stdout.splitlines() if line.split()[1] == "meeting"]
    assert len(meetings) == 4
    davao = next(line for line in meetings if "Davao" in line)
    assert "at 09:00 Asia/Manila, Mindanao Foods Plant 2" in davao


def test_a_task_added_by_hand_is_listed_ticked_off_and_reopened(cli_database):
    added = kamdesk(cli_database, "task", "add", "baltic", "Send the yard drawing", "--due",
                    "2026-12-21", "--person", "lecka")
    assert added.returncode == 0, added.stderr
    short = re.search(r"Task ([0-9a-f]{8}) added to Baltic Freight Sp\. z o\.o\. "
                      r"\(Małgorzata Łęcka\), due 2026-12-21", added.stdout)[1]
    listed = kamdesk(cli_database, "tasks", "--account", "Baltic Freight", "--open")
    line = next(x for x in listed.stdout.splitlines() if x.startswith(short))
    assert "2026-12-21" in line and "Send the yard drawing" in line and "Łęcka" in line
    done = kamdesk(cli_database, "task", "done", short)
    assert done.returncode == 0 and f"kamdesk task reopen {short}" in done.stdout
    assert short not in kamdesk(cli_database, "tasks", "--open").stdout
    assert f"{short}  2026-12-21  done" in kamdesk(cli_database, "tasks").stdout
    assert kamdesk(cli_database, "task", "reopen", short).returncode == 0
    assert short in kamdesk(cli_database, "tasks", "--open").stdout
    snoozed = kamdesk(cli_database, "task", "snooze", short, "--days", "7")
    assert snoozed.returncode == 0 and "2026-12-28" in snoozed.stdout


def test_log_records_a_contact_with_people_and_a_next_step(cli_database):
    result = kamdesk(cli_database, "log", "baltic", "--kind", "call", "--with", "lecka", "Żak",
                     "Talked about the crane retrofit", "--next", "Send the retrofit offer",
                     "--due", "2026-12-10")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Logged a call with Małgorzata Łęcka, Dorota Żak at Baltic Freight Sp. z o.o.\n")
    short = re.search(r"Next step ([0-9a-f]{8}) due 2026-12-10: Send the retrofit offer",
                      result.stdout)[1]
    assert short in kamdesk(cli_database, "tasks", "--open").stdout
    found = kamdesk(cli_database, "search", "crane retrofit")
    assert "interaction\tTalked about the crane retrofit" in found.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("task", "add", "Nowhere Ltd", "Call", "--due", "2026-12-01"), "no account matches"),
    (("task", "add", "baltic", "   ", "--due", "2026-12-01"), "the task is empty"),
    (("task", "add", "baltic", "Call", "--due", "31.02."), "February has no day 31"),
    (("task", "add", "baltic", "Call", "--due", "03/04"), "could be 3 April or 4 March"),
    (("task", "add", "baltic", "Call", "--due", "1.1.", "--person", "Nobody"), "nobody called"),
    (("task", "done", "ffffffffffff"), "no task has the id"),
    (("task", "done", "not-an-id"), "is not a task id"),
    (("tasks", "--account", "Nowhere Ltd"), "no account matches"),
    (("log", "Nowhere Ltd", "--kind", "call", "Hello"), "no account matches"),
    (("log", "baltic", "--kind", "call", " "), "the contact's text is empty"),
    (("log", "baltic", "--kind", "call", "Hello", "--next", "Call back"), "--next needs --due"),
    (("log", "baltic", "--kind", "call", "Hi", "--next", "X", "--due", "99.99."), "no month 99"),
    (("log", "baltic", "--kind", "call", "--with", "Nobody", "Hello"), "nobody called"),
])
def test_bad_input_fails_with_one_clear_line(cli_database, args, message):
    assert message in _fails_cleanly(kamdesk(cli_database, *args))


@pytest.mark.parametrize("args", [
    ("task",),
    ("task", "add", "baltic", "Call"),  # no --due
    ("task", "snooze", "abc", "--days", "0"),
    ("log", "baltic", "--kind", "fax", "Hello"),
    ("log", "baltic", "Hello"),  # no --kind
])
def test_wrong_usage_exits_two(cli_database, args):
    _fails_cleanly(kamdesk(cli_database, *args), code=2)


def test_nothing_is_stored_when_a_command_fails(cli_database):
    before = kamdesk(cli_database, "tasks").stdout
    kamdesk(cli_database, "log", "baltic", "--kind", "call", "Hello", "--next", "X",
            "--due", "31.02.")
    kamdesk(cli_database, "task", "add", "baltic", "Call", "--due", "1.1.", "--person", "Nobody")
    assert kamdesk(cli_database, "tasks").stdout == before
