"""`kamdesk brief` as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from tests.briefing.conftest import CEO, CFO, PERSONAL, pdf_text

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "Pomorskie Chłodnie S.A."


def kamdesk(target: list[str], *args: str, cwd: Path | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_GB.UTF-8", "LC_ALL": ""}
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *target, "brief", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=cwd or ROOT, input=stdin,
    )


def test_a_meeting_brief_by_part_of_the_account_name(cli_database, meeting_account, tmp_path):
    out = tmp_path / "meeting.pdf"
    result = kamdesk(cli_database, "chlodnie", "--meeting", str(meeting_account.meeting_id),
                     "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Brief written to {out}"
    text = pdf_text(out)
    assert CFO in text and CEO in text and "Who is in the room" in text


def test_the_default_file_is_named_after_the_account_and_the_day(
    cli_database, meeting_account, tmp_path
):
    here = tmp_path / "here"
    here.mkdir()
    result = kamdesk(cli_database, str(meeting_account.account_id), cwd=here)
    assert result.returncode == 0, result.stderr
    expected = here / f"{ACCOUNT}-brief-{date.today().isoformat()}.pdf"
    assert [p.name for p in here.iterdir()] == [expected.name]
    assert "Account brief" in pdf_text(expected)
    there = tmp_path / "there"
    there.mkdir()
    into_folder = kamdesk(cli_database, ACCOUNT, "-o", str(there))  # a folder: the default name
    assert into_folder.returncode == 0, into_folder.stderr
    assert [p.name for p in there.iterdir()] == [expected.name]


def test_shareable_letter_brief_with_chosen_sections(cli_database, meeting_account, tmp_path):
    out = tmp_path / "share.pdf"
    result = kamdesk(cli_database, ACCOUNT, "--meeting", str(meeting_account.meeting_id),
                     "--shareable", "--paper", "letter",
                     "--sections", "room,proposals", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert CFO in text and "Open proposals" in text and "Recent interactions" not in text
    assert not any(value in text for value in PERSONAL.values())
    assert round(float(PdfReader(str(out)).pages[0].mediabox.width)) == 612


def test_a_password_read_from_standard_input(cli_database, meeting_account, tmp_path):
    out = tmp_path / "locked.pdf"
    result = kamdesk(cli_database, ACCOUNT, "--password", "-o", str(out), stdin="morze-42\n")
    assert result.returncode == 0, result.stderr
    assert PdfReader(str(out)).is_encrypted
    assert CFO in pdf_text(out, password="morze-42")


def test_trip_mode_writes_every_account_of_the_city(cli_database, meeting_account, tmp_path):
    out = tmp_path / "trip.pdf"
    result = kamdesk(cli_database, "--city", "Gdansk", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Trip brief: Gdańsk" in pdf_text(out)


def test_unknown_and_ambiguous_accounts_fail_with_one_line(
    cli_database, meeting_account, db, tmp_path
):
    from kamdesk.services.accounts import AccountInput, AccountService

    AccountService(db).create_account(AccountInput("Pomorskie Porty S.A."))
    unknown = kamdesk(cli_database, "Nieznana Firma")
    assert unknown.returncode == 1
    assert unknown.stderr == "kamdesk: no account matches 'Nieznana Firma'\n"
    ambiguous = kamdesk(cli_database, "pomorskie")
    assert ambiguous.returncode == 1
    assert ambiguous.stderr.count("\n") == 1 and "matches 2 accounts" in ambiguous.stderr


def test_an_unknown_meeting_fails_with_one_line(cli_database, meeting_account, tmp_path):
    missing = uuid.uuid4()
    result = kamdesk(
        cli_database, ACCOUNT, "--meeting", str(missing), "-o", str(tmp_path / "x.pdf")
    )
    assert result.returncode == 1
    assert result.stderr == f"kamdesk: no meeting {missing} with {ACCOUNT}\n"
    assert not (tmp_path / "x.pdf").exists()
    garbled = kamdesk(cli_database, ACCOUNT, "--meeting", "tomorrow")
    assert garbled.returncode == 1 and "is not a meeting id" in garbled.stderr


def test_an_unwritable_folder_fails_with_one_line_and_no_file(
    cli_database, meeting_account, tmp_path
):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    result = kamdesk(cli_database, ACCOUNT, "-o", str(blocked / "brief.pdf"))
    assert result.returncode == 1
    assert result.stderr.startswith("kamdesk: cannot write") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert blocked.read_text() == ""


def test_wrong_usage_exits_with_two(cli_database, meeting_account, tmp_path):
    assert kamdesk(cli_database).returncode == 2  # neither ACCOUNT nor --city
    assert kamdesk(cli_database, ACCOUNT, "--city", "Gdańsk").returncode == 2
    assert kamdesk(cli_database, ACCOUNT, "--paper", "a5").returncode == 2
    bad = kamdesk(cli_database, ACCOUNT, "--sections", "gossip")
    assert bad.returncode == 2 and "unknown section 'gossip'" in bad.stderr
