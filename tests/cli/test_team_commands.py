"""Team mode on the command line, as a department head runs it: real processes and files."""

from __future__ import annotations

import os
import re
import subprocess
import sys


def kamdesk(target: list[str], *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *target, *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **env},
    )


def _names(result) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [re.split(r"\s{2,}", line)[0] for line in result.stdout.splitlines()]


def test_assign_then_hand_over_and_my_accounts_follow(cli_database):
    data = cli_database
    assert kamdesk(data, "sample-data").returncode == 0
    assigned = kamdesk(data, "assign", "Baltic", "--owner", "anna.kowalska@example.com",
                       "--deputy", "ioanna.papadopoulou@example.com")
    assert assigned.stdout.strip() == (
        "Baltic Freight Sp. z o.o.: owner Anna Kowalska, deputy Ioanna Papadopoulou")
    assert kamdesk(data, "assign", "Vltava", "--owner", "Anna").returncode == 0
    users = kamdesk(data, "users").stdout.splitlines()
    assert users[0].split() == ["Anna", "Kowalska", "anna.kowalska@example.com", "owns", "2,",
                                "deputises", "0"]
    everything = _names(kamdesk(data, "accounts"))
    # Ioanna deputises Baltic and has every account nobody owns, not Anna's Vltava.
    ioanna = "ioanna.papadopoulou@example.com"
    mine = _names(kamdesk(data, "accounts", "--mine", KAMDESK_USER=ioanna))
    assert "Baltic Freight Sp. z o.o." in mine and "Vltava Pharma a.s." not in mine
    assert len(mine) == len(everything) - 1

    moved = kamdesk(data, "handover", "anna.kowalska@example.com", "Ioanna",
                    "--note", "parental leave")
    assert moved.returncode == 0, moved.stderr
    assert "Vltava Pharma a.s.: owner Anna Kowalska -> Ioanna Papadopoulou" in moved.stdout
    assert "Handed over 2 accounts" in moved.stdout
    mine = _names(kamdesk(data, "accounts", "--mine", "--user", ioanna))
    assert mine == everything
    assert _names(kamdesk(data, "accounts", "--mine", "--user", "anna.kowalska@example.com")) == [
        n for n in everything if n not in ("Baltic Freight Sp. z o.o.", "Vltava Pharma a.s.")]


def test_a_handover_to_nobody_known_is_one_clear_line(cli_database):
    data = cli_database
    kamdesk(data, "sample-data")
    kamdesk(data, "assign", "Baltic", "--owner", "anna.kowalska@example.com")
    failed = kamdesk(data, "handover", "Anna", "Θεοδώρα")
    assert failed.returncode == 1
    assert failed.stderr.strip() == "kamdesk: no KAM matches 'Θεοδώρα' (see: kamdesk users)"
    bad = kamdesk(data, "assign", "Baltic", "--owner", "not an address", "--deputy", "x")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert kamdesk(data, "handover", "Anna").returncode == 2  # TO is required


def test_department_lists_each_kam_and_drills_into_their_accounts(cli_database):
    data = cli_database
    kamdesk(data, "sample-data")
    kamdesk(data, "assign", "Baltic", "--owner", "anna.kowalska@example.com")
    kamdesk(data, "assign", "Sava", "--owner", "anna.kowalska@example.com")
    result = kamdesk(data, "department")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split()[:3] == ["KAM", "accounts", "plan"]
    assert lines[2].startswith("Anna Kowalska") and lines[2].split()[2] == "2"
    assert lines[3].startswith("(nobody)")
    drill = kamdesk(data, "department", "--kam", "Anna").stdout.splitlines()
    assert [line.split("  ")[1].strip() for line in drill[3:]] == [
        "Baltic Freight Sp. z o.o.", "Sava Power d.o.o."]
