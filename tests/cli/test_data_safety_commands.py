"""backups, restore, check and every reading command on damaged, odd or read-only data.

Each runs the real `kamdesk` process: one clear line on stderr and exit 1 for a failure,
never a traceback, never a password.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest


def kamdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *args],
        capture_output=True, text=True, timeout=120, env=dict(os.environ),
    )


def _one_line_failure(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


@pytest.fixture
def sample_dir(sample_file, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(sample_file, folder / "kamdesk.sqlite3")
    return folder


def _flip_pages(path, first: int = 5, last: int = 9) -> None:
    with sqlite3.connect(path) as raw:
        page = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for i in range(page * first, min(len(data), page * last)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def test_backups_lists_date_reason_size_and_what_each_holds(sample_dir):
    assert kamdesk("--data-dir", str(sample_dir), "backup").returncode == 0
    listed = kamdesk("--data-dir", str(sample_dir), "backups")
    assert listed.returncode == 0, listed.stderr
    (line,) = listed.stdout.splitlines()
    assert "manual" in line and "12 accounts, 84 people" in line and ("kB" in line or "MB" in line)
    assert line[:4].isdigit() and line[4] == "-"


def test_every_command_on_a_damaged_file_says_so_in_one_line(sample_dir):
    assert kamdesk("--data-dir", str(sample_dir), "backup").returncode == 0
    _flip_pages(sample_dir / "kamdesk.sqlite3")
    first = _one_line_failure(kamdesk("--data-dir", str(sample_dir), "accounts"))
    assert "damaged" in first and "kamdesk restore" in first and "backups" in first
    for command in (["agenda"], ["search", "anna"], ["brief", "x"], ["check"]):
        line = _one_line_failure(kamdesk("--data-dir", str(sample_dir), *command))
        assert "damaged" in line and "kamdesk restore" in line
    set_aside = [p for p in sample_dir.iterdir() if ".damaged-" in p.name]
    assert set_aside, "the damaged file is kept aside, not deleted"


def test_check_on_a_file_damaged_in_the_middle_says_so_in_one_line(sample_dir):
    # integrity_check reports many pages in one row, joined by newlines.
    path = sample_dir / "kamdesk.sqlite3"
    pages = path.stat().st_size // 4096
    _flip_pages(path, pages // 2, pages // 2 + 2)
    line = _one_line_failure(kamdesk("--data-dir", str(sample_dir), "check"))
    assert "damaged" in line and "set aside" in line


def test_restore_names_the_file_the_user_gave_and_check_passes_after(sample_dir, tmp_path):
    assert kamdesk("--data-dir", str(sample_dir), "backup").returncode == 0
    (backup,) = (sample_dir / "backups").glob("*.sqlite3")
    given = tmp_path / "Mój zapas #1?.sqlite3"
    shutil.copyfile(backup, given)
    _flip_pages(sample_dir / "kamdesk.sqlite3")
    done = kamdesk("--data-dir", str(sample_dir), "restore", str(given))
    assert done.returncode == 0, done.stderr
    assert f"Restored from {given}" in done.stdout
    checked = kamdesk("--data-dir", str(sample_dir), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith("OK")


def test_restoring_a_damaged_backup_is_refused_naming_it(sample_dir, tmp_path):
    assert kamdesk("--data-dir", str(sample_dir), "backup").returncode == 0
    (backup,) = (sample_dir / "backups").glob("*.sqlite3")
    _flip_pages(backup)
    before = (sample_dir / "kamdesk.sqlite3").read_bytes()
    line = _one_line_failure(kamdesk("--data-dir", str(sample_dir), "restore", str(backup)))
    assert str(backup) in line and "damaged" in line
    assert (sample_dir / "kamdesk.sqlite3").read_bytes() == before


def test_backup_of_a_damaged_database_fails(sample_dir, tmp_path):
    _flip_pages(sample_dir / "kamdesk.sqlite3")
    out = tmp_path / "copy.sqlite3"
    _one_line_failure(kamdesk("--data-dir", str(sample_dir), "backup", "-o", str(out)))
    assert not out.exists()


@pytest.mark.parametrize("name", ["with?question", "hash#tag", "per%20cent", "espace é ł", "Ωμέγα"])
def test_any_folder_name_holds_its_own_database(tmp_path, name):
    odd, plain = tmp_path / name, tmp_path / "with"
    assert kamdesk("--data-dir", str(odd), "sample-data").returncode == 0
    assert (odd / "kamdesk.sqlite3").is_file()
    assert not plain.exists() and sorted(p.name for p in tmp_path.iterdir()) == [name]
    listed = kamdesk("--data-dir", str(odd), "accounts")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 12


@pytest.mark.parametrize(
    "url",
    ["nonsense", "mysql://kam:Sekret-Pw1@db.example/kamdesk", "oracle+nothing://x",
     "postgresql+psycopg://kam:Sekret-Pw1@127.0.0.1:1/kamdesk"],
)
def test_a_bad_or_unreachable_url_is_one_line_without_the_password(url):
    line = _one_line_failure(kamdesk("--db-url", url, "accounts"))
    assert "Sekret-Pw1" not in line
    assert line.startswith("kamdesk: cannot ")


def test_a_read_only_database_can_be_read_and_checked_but_not_written(
    sample_file, small_filesystem
):
    folder = small_filesystem("readonly", "8m")
    shutil.copyfile(sample_file, folder / "kamdesk.sqlite3")
    small_filesystem.read_only(folder)
    listed = kamdesk("--data-dir", str(folder), "accounts")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 12
    checked = kamdesk("--data-dir", str(folder), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "(read-only)" in checked.stdout and "search index" not in checked.stdout
    line = _one_line_failure(kamdesk("--data-dir", str(folder), "sample-data"))
    assert "read-only" in line


def test_a_read_only_folder_says_read_only(small_filesystem):
    folder = small_filesystem("empty-readonly")
    small_filesystem.read_only(folder)
    line = _one_line_failure(kamdesk("--data-dir", str(folder), "accounts"))
    assert "read-only" in line and str(folder) in line
