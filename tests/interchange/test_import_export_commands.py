"""`kamdesk import` and `kamdesk export` as a user runs them: a real process, exit codes
0 (done), 1 (refused, with a report or one clear line) and 2 (wrong usage)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.interchange.helpers import FIXTURES


def kamdesk(data_dir, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONUTF8": "1"},
    )


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def _database_bytes(data_dir) -> bytes:
    path = data_dir / "kamdesk.sqlite3"
    return path.read_bytes() if path.exists() else b""


def test_a_clean_vcard_imports_with_exit_code_0(data_dir):
    result = kamdesk(data_dir, "import", "vcard", str(FIXTURES / "phone_vcard21.vcf"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "phone_vcard21.vcf: 3 records, cp1250"
    irina = "create    record 2 (line 20)  Ирина Петрова -> ТрансУрал Логистика (new prospect)"
    assert irina in lines
    assert lines[-1] == "Imported: 3 created, 0 merged, 0 skipped."
    again = kamdesk(data_dir, "import", "vcard", str(FIXTURES / "phone_vcard21.vcf"))
    assert again.stdout.splitlines()[-1] == "Imported: 0 created, 0 merged, 3 skipped."
    found = kamdesk(data_dir, "search", "wroblewska")
    assert "Katarzyna Wróblewska-Kowal" in found.stdout


def test_a_rejected_record_means_nothing_imported_and_exit_code_1(data_dir):
    kamdesk(data_dir, "import", "vcard", str(FIXTURES / "phone_vcard21.vcf"))
    before = _database_bytes(data_dir)
    result = kamdesk(data_dir, "import", "csv", str(FIXTURES / "linkedin_connections.csv"))
    assert result.returncode == 1
    assert ("rejected  line 7  Ngozi Okafor: no organisation (company) to choose the account: "
            "name one for the import") in result.stdout
    assert result.stdout.splitlines()[-1] == (
        "Nothing was imported: 1 record rejected. "
        "Fix them, or import the others with --skip-invalid."
    )
    assert _database_bytes(data_dir) == before
    skipped = kamdesk(data_dir, "import", "csv", str(FIXTURES / "linkedin_connections.csv"),
                      "--skip-invalid")
    assert skipped.returncode == 0
    assert skipped.stdout.splitlines()[-1] == (
        "Imported: 2 created, 0 merged, 0 skipped; 1 rejected record left out."
    )


def test_the_account_option_files_everyone_under_one_new_prospect(data_dir):
    result = kamdesk(data_dir, "import", "csv", str(FIXTURES / "linkedin_connections.csv"),
                     "--account", "Prairie Grain Co-operative")
    assert result.returncode == 0, result.stdout
    assert "New prospect accounts: Prairie Grain Co-operative" in result.stdout
    listed = kamdesk(data_dir, "accounts").stdout
    assert listed.split()[:2] == ["Prairie", "Grain"] and "prospect" in listed


def test_a_dry_run_reports_and_writes_nothing(data_dir):
    kamdesk(data_dir, "import", "vcard", str(FIXTURES / "phone_vcard21.vcf"))
    before = _database_bytes(data_dir)
    result = kamdesk(data_dir, "import", "csv", str(FIXTURES / "salesforce_contacts.csv"),
                     "--dry-run")
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == "Dry run: nothing was written."
    assert _database_bytes(data_dir) == before


def test_csv_options_preset_delimiter_encoding_and_mapping(data_dir):
    result = kamdesk(data_dir, "import", "csv", str(FIXTURES / "excel_semicolons.csv"),
                     "--delimiter", ";", "--encoding", "utf-8-sig",
                     "--map", "Vorname=given_name", "--map", "Nachname=family_name",
                     "--map", "Firma=organisation", "--map", "Geburtstag=birthday")
    assert result.returncode == 0, result.stderr
    assert "create    line 2  Jürgen Weiß -> Ruhr Kabelwerk GmbH (new prospect)" in result.stdout
    wrong = kamdesk(data_dir, "import", "csv", str(FIXTURES / "excel_semicolons.csv"),
                    "--map", "Vorname=first_name")
    assert wrong.returncode == 1 and wrong.stderr.startswith("kamdesk: 'first_name' is not a field")
    forced = kamdesk(data_dir, "import", "csv", str(FIXTURES / "outlook_contacts.csv"),
                     "--preset", "outlook", "--encoding", "windows-1250", "--account", "Vltava",
                     "--dry-run")
    assert forced.returncode == 0 and "read as a Microsoft Outlook export" in forced.stdout


@pytest.mark.parametrize("damage", ["garbage", "wrong encoding", "missing file"])
def test_a_broken_file_gives_one_line_and_no_database_change(data_dir, tmp_path, damage):
    kamdesk(data_dir, "import", "vcard", str(FIXTURES / "phone_vcard21.vcf"))
    before = _database_bytes(data_dir)
    path = tmp_path / "broken.csv"
    if damage == "garbage":
        path.write_bytes(bytes(range(256)) * 100)
    elif damage == "wrong encoding":
        path.write_bytes((FIXTURES / "outlook_contacts.csv").read_bytes())
    forced = ["--encoding", "utf-8"] if damage == "wrong encoding" else []
    args = ["import", "csv", str(path), *forced]
    result = kamdesk(data_dir, *args)
    assert result.returncode == 1
    assert result.stderr.startswith("kamdesk: ") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert _database_bytes(data_dir) == before


@pytest.mark.parametrize("args", [
    ["import", "xml", "a.xml"],
    ["import", "csv"],
    ["export", "vcard"],  # no -o
    ["import", "csv", "a.csv", "--preset", "lotus-notes"],
])
def test_wrong_usage_exits_with_2(data_dir, args):
    result = kamdesk(data_dir, *args)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_export_every_kind_then_restore_the_archive_elsewhere(data_dir, tmp_path):
    assert kamdesk(data_dir, "sample-data").returncode == 0
    for kind in ("vcard", "csv", "ics", "json"):
        result = kamdesk(data_dir, "export", kind, "-o", str(tmp_path / f"out.{kind}"))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Wrote ")
    one = kamdesk(data_dir, "export", "vcard", "--account", "Baltic Freight", "-o",
                  str(tmp_path / "baltic.vcf"))
    assert one.returncode == 0 and "Baltic Freight" in (tmp_path / "baltic.vcf").read_text()
    assert kamdesk(data_dir, "export", "json", "--account", "Baltic", "-o",
                   str(tmp_path / "x.json")).returncode == 1
    elsewhere = tmp_path / "laptop"
    restored = kamdesk(elsewhere, "import", "json", str(tmp_path / "out.json"))
    assert restored.returncode == 0 and restored.stdout.splitlines()[-1].startswith("Imported ")
    assert kamdesk(elsewhere, "accounts").stdout == kamdesk(data_dir, "accounts").stdout
    cards = kamdesk(elsewhere, "import", "vcard", str(tmp_path / "out.vcard"))
    assert cards.returncode == 0 and " 0 created" in cards.stdout.splitlines()[-1]


def test_a_refused_import_says_so_in_one_line_on_stderr(data_dir):
    kamdesk(data_dir, "import", "vcard", str(FIXTURES / "phone_vcard21.vcf"))
    before = _database_bytes(data_dir)
    result = kamdesk(data_dir, "import", "vcard", str(FIXTURES / "damaged_properties.vcf"))
    assert result.returncode == 1
    assert result.stderr == (
        "kamdesk: damaged_properties.vcf: nothing was imported: 2 of 7 records rejected (see "
        "the report); fix them, or import the others with --skip-invalid\n"
    )
    assert "rejected  record 7 (line 46)" in result.stdout  # the report stays on stdout
    assert _database_bytes(data_dir) == before
    dry = kamdesk(data_dir, "import", "csv", str(FIXTURES / "linkedin_connections.csv"),
                  "--dry-run")
    assert dry.returncode == 1 and len(dry.stderr.splitlines()) == 1
    assert "nothing was written (dry run): 1 of 3 records rejected" in dry.stderr
