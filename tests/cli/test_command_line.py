"""The `kamdesk` command as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest


def kamdesk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def test_sample_data_then_accounts_lists_every_tier_with_shares(cli_database):
    loaded = kamdesk(*cli_database, "sample-data")
    assert loaded.returncode == 0, loaded.stderr
    assert "Loaded a fictional portfolio" in loaded.stdout
    listed = kamdesk("accounts", *cli_database)  # options after the command too
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) >= 10
    assert {line.split()[-3] for line in lines} >= {"key", "image", "regular", "prospect"}
    shares = [float(line.split()[-2]) for line in lines]
    assert shares == sorted(shares, reverse=True) and 99.0 <= sum(shares) <= 101.0


def test_sample_data_refuses_a_database_that_already_has_accounts(cli_database):
    assert kamdesk(*cli_database, "sample-data").returncode == 0
    again = kamdesk(*cli_database, "sample-data")
    assert again.returncode == 1
    assert again.stderr.startswith("kamdesk: ") and "Traceback" not in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1


def test_agenda_shows_upcoming_birthdays_and_follow_ups(cli_database):
    kamdesk(*cli_database, "sample-data")
    result = kamdesk(*cli_database, "agenda", "--days", "14")
    assert result.returncode == 0, result.stderr
    kinds = {line.split()[1] for line in result.stdout.splitlines()}
    assert {"birthday", "task"} <= kinds


def test_search_finds_people_without_diacritics(cli_database):
    kamdesk(*cli_database, "sample-data")
    result = kamdesk(*cli_database, "search", "lecka")  # the person is Łęcka
    assert result.returncode == 0
    assert "person\tMałgorzata Łęcka\t" in result.stdout


def test_the_environment_variable_points_at_the_data(tmp_path):
    env = {"KAMDESK_DATA_DIR": str(tmp_path / "elsewhere")}
    assert kamdesk("sample-data", env=env).returncode == 0
    assert (tmp_path / "elsewhere" / "kamdesk.sqlite3").exists()


def test_db_url_wins_over_the_data_folder(tmp_path):
    url = f"sqlite:///{tmp_path / 'explicit.sqlite3'}"
    result = kamdesk("--data-dir", str(tmp_path / "ignored"), "--db-url", url, "check")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "explicit.sqlite3").exists() and not (tmp_path / "ignored").exists()


def test_check_reports_ok_on_a_healthy_database(cli_database):
    kamdesk(*cli_database, "sample-data")
    result = kamdesk(*cli_database, "check")
    assert result.returncode == 0
    assert result.stdout.strip().endswith("OK")
    assert "Schema:" in result.stdout


def test_an_unreadable_database_is_one_clear_line_and_exit_1(tmp_path):
    (tmp_path / "kamdesk.sqlite3").write_bytes(b"this is a shopping list, not a database" * 200)
    result = kamdesk("--data-dir", str(tmp_path), "accounts")
    assert result.returncode == 1
    assert "not a readable KAMDesk database" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_newer_database_is_refused_with_exit_1(tmp_path):
    assert kamdesk("--data-dir", str(tmp_path), "check").returncode == 0
    with sqlite3.connect(tmp_path / "kamdesk.sqlite3") as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    result = kamdesk("--data-dir", str(tmp_path), "accounts")
    assert result.returncode == 1 and "newer KAMDesk" in result.stderr


def test_wrong_usage_exits_2(tmp_path):
    assert kamdesk("--data-dir", str(tmp_path), "agenda", "--days", "soon").returncode == 2
    assert kamdesk("no-such-command").returncode == 2


def test_backup_and_restore_bring_back_deleted_data(data_dir, tmp_path):
    kamdesk("--data-dir", str(data_dir), "sample-data")
    backup = tmp_path / "copy.sqlite3"
    made = kamdesk("--data-dir", str(data_dir), "backup", "-o", str(backup))
    assert made.returncode == 0 and backup.exists()
    with sqlite3.connect(data_dir / "kamdesk.sqlite3") as raw:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("DELETE FROM account")
    assert kamdesk("--data-dir", str(data_dir), "accounts").stdout.startswith("No accounts")
    restored = kamdesk("--data-dir", str(data_dir), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert len(kamdesk("--data-dir", str(data_dir), "accounts").stdout.splitlines()) >= 10


def test_restoring_garbage_changes_nothing(cli_database, tmp_path):
    kamdesk(*cli_database, "sample-data")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(8192))
    result = kamdesk(*cli_database, "restore", str(garbage))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(kamdesk(*cli_database, "accounts").stdout.splitlines()) >= 10


def test_check_notices_a_search_index_out_of_step_and_repair_mends_it(data_dir):
    kamdesk("--data-dir", str(data_dir), "sample-data")
    with sqlite3.connect(data_dir / "kamdesk.sqlite3") as raw:
        # What another tool's VACUUM can do: the rows get new rowids behind the index's back.
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("DROP TRIGGER person_search_au")
        raw.execute("UPDATE person SET search_text = 'renumbered' WHERE rowid % 2 = 0")
    broken = kamdesk("--data-dir", str(data_dir), "check")
    assert broken.returncode == 1
    assert "search index of person lacks person_search_au" in broken.stdout
    repaired = kamdesk("--data-dir", str(data_dir), "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.startswith("Search index rebuilt.") and repaired.stdout.endswith("OK\n")
    found = kamdesk("--data-dir", str(data_dir), "search", "łęcka")
    assert "person\tMałgorzata Łęcka\tBaltic Freight Sp. z o.o." in found.stdout


def test_agenda_filters_by_kind_and_account_and_sums_up_first(cli_database):
    kamdesk(*cli_database, "sample-data")
    everything = kamdesk(*cli_database, "agenda", "--days", "30").stdout
    result = kamdesk(*cli_database, "agenda", "--days", "30", "--kind", "task",
                     "--account", "Baltic Freight")
    assert result.returncode == 0, result.stderr
    summary, *lines = result.stdout.splitlines()
    assert summary.startswith("# ") and " task" in summary
    assert lines and all(line.split()[1] == "task" for line in lines)
    assert all(line.endswith("[Baltic Freight Sp. z o.o.]") for line in lines)
    assert len(lines) < len(everything.splitlines()) - 1
    wrong = kamdesk(*cli_database, "agenda", "--account", "Nowhere Ltd")
    assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1


def test_the_agenda_kinds_of_the_command_are_those_of_the_service():
    from kamdesk.commands.dossier import AGENDA_KINDS
    from kamdesk.services.agenda import AgendaKind

    assert tuple(k.value for k in AgendaKind) == AGENDA_KINDS
