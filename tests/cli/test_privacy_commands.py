"""`kamdesk person export|erase` and `kamdesk audit`, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pdfplumber
import pytest

from kamdesk.services.people import PeopleService, PersonInput
from tests.services.privacy.canary import CANARIES, FULL_NAME, add_canary, canaries_left


def kamdesk(*args: str, stdin: str = "", env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *args], input=stdin, capture_output=True, text=True,
        timeout=120, env={**os.environ, **(env or {})},
    )


@pytest.fixture
def cli_database(cli_database, db):
    """The test's database (of its engine) holding the canary and two namesakes."""
    account, _, _ = add_canary(db)
    PeopleService(db).create_person(account, PersonInput("Trần Văn Đức", position="CTO"))
    PeopleService(db).create_person(account, PersonInput("Trần Thị Mai", position="CFO"))
    return cli_database


def _one_line_error(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def test_person_export_writes_json_with_every_field_and_a_readable_pdf(cli_database, tmp_path):
    out = kamdesk("person", "export", "qzvwoxa", "-o", str(tmp_path / "p.json"),
                  *cli_database)
    assert out.returncode == 0, out.stderr
    data = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert data["person"]["full_name"] == FULL_NAME
    assert data["privacy"]["data_source"] == CANARIES["data_source"]
    assert [c["value"] for c in data["contacts"]][0] == CANARIES["email"]
    assert data["family"][0]["name"] == CANARIES["family"]
    assert sorted(i["summary"] for i in data["interactions"]) == [
        CANARIES["interaction"], "Port fees review"]
    assert data["meetings"][0]["objective"] == CANARIES["meeting"]
    assert data["tasks"][0]["title"] == CANARIES["task"]
    assert "Eleni" not in json.dumps(data["meetings"])  # others' names stay out
    pdf = kamdesk("person", "export", "Trần Văn Đức", "-o", str(tmp_path / "duc.pdf"),
                  *cli_database)
    assert pdf.returncode == 0, pdf.stderr
    with pdfplumber.open(tmp_path / "duc.pdf") as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Personal data held about Trần Văn Đức" in text
    assert "Thessaloniki Ports S.A." in text and "None held." in text


def test_an_ambiguous_or_unknown_person_is_one_line_and_writes_nothing(cli_database, tmp_path):
    error = _one_line_error(kamdesk("person", "export", "Trần", "-o", str(tmp_path / "x.pdf"),
                                    *cli_database))
    assert "matches 2 people" in error and "Trần Thị Mai" in error
    _one_line_error(kamdesk("person", "erase", "Nobody Here", "--yes",
                            *cli_database))
    assert not (tmp_path / "x.pdf").exists()


def test_erase_asks_first_and_a_no_keeps_the_person(cli_database, db):
    refused = kamdesk("person", "erase", "qzvwoxa", *cli_database, stdin="no\n")
    assert "3 contact details, 1 family member\n" in refused.stdout  # one, not "members"
    assert "1 interaction and 1 meeting with only them" in refused.stdout  # not "1 meetings"
    assert "1 shared interaction and 0 meetings stay for the others" in refused.stdout
    assert "nothing was erased" in _one_line_error(refused)
    assert canaries_left(db)
    erased = kamdesk("person", "erase", "qzvwoxa", *cli_database, stdin="yes\n")
    assert erased.returncode == 0, erased.stderr
    assert canaries_left(db) == {}
    again = kamdesk("person", "erase", "qzvwoxa", "--yes", *cli_database)
    assert "no person matches" in _one_line_error(again)


def test_the_audit_log_says_where_a_file_went_though_it_was_named_relative(cli_database, tmp_path):
    for args in (("export", "csv", "-o", "c.csv"), ("brief", "Thessaloniki", "-o", "b.pdf"),
                 ("person", "export", "Mai", "-o", "mai.json")):
        command = [sys.executable, "-m", "kamdesk", *args, *cli_database]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    lines = kamdesk("audit", *cli_database).stdout.splitlines()
    went = [line.split("-> ")[1].rsplit("  (", 1)[0] for line in lines]
    assert went == [str(tmp_path / "mai.json"), str(tmp_path / "b.pdf"), str(tmp_path / "c.csv")]


def test_the_audit_log_lists_briefs_and_exports_with_account_and_file(cli_database, tmp_path):
    assert kamdesk("audit", *cli_database).stdout.startswith("Nothing has left")
    for args in (("export", "csv", "--account", "Thessaloniki", "-o", str(tmp_path / "c.csv")),
                 ("brief", "Thessaloniki", "-o", str(tmp_path / "b.pdf")),
                 ("person", "export", "Mai", "-o", str(tmp_path / "mai.json"))):
        result = kamdesk(*args, *cli_database)
        assert result.returncode == 0, result.stderr
    lines = kamdesk("audit", *cli_database).stdout.splitlines()
    assert [line.split()[2] for line in lines] == ["person_export", "brief", "export"]
    assert all("[Thessaloniki Ports S.A.]" in line for line in lines)
    assert str(tmp_path / "c.csv") in lines[2] and "csv: 4 people" in lines[2]
    assert "Mai" not in lines[0].split("->")[0]  # the person is not named, only the file
