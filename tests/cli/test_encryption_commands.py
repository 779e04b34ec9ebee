"""`kamdesk encrypt | decrypt | passphrase`, and every command on an encrypted database."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kamdesk.store.database import open_database
from tests.services.privacy.canary import add_canary, canaries_in, database_files


def kamdesk(*args: str, stdin: str = "", **env: str):
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *args], input=stdin, capture_output=True, text=True,
        timeout=120, env={**os.environ, **env},
    )


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    db = open_database(f"sqlite:///{folder / 'kamdesk.sqlite3'}")
    add_canary(db)
    db.close()
    return folder


def _one_line(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def test_encrypt_then_use_with_the_passphrase_then_change_it_then_decrypt(data_dir):
    where = ("--data-dir", str(data_dir))
    done = kamdesk("encrypt", *where, KAMDESK_NEW_PASSPHRASE="Ἀθῆναι-2026")
    assert done.returncode == 0, done.stderr
    recovery = done.stdout.split("safe):\n")[1].split()[0]
    assert len(recovery) == 39 and recovery.count("-") == 7
    assert canaries_in(*database_files(data_dir / "kamdesk.sqlite3")) == {}

    locked = _one_line(kamdesk("accounts", *where))
    assert "passphrase is needed" in locked and "KAMDESK_PASSPHRASE" in locked
    wrong = _one_line(kamdesk("accounts", *where, KAMDESK_PASSPHRASE="athens"))
    assert "wrong passphrase" in wrong
    listed = kamdesk("accounts", *where, KAMDESK_PASSPHRASE="Ἀθῆναι-2026")
    assert listed.returncode == 0 and "Thessaloniki Ports" in listed.stdout
    backup = kamdesk("backup", *where, KAMDESK_PASSPHRASE="Ἀθῆναι-2026")
    assert backup.returncode == 0, backup.stderr
    assert canaries_in(*(data_dir / "backups").iterdir()) == {}

    changed = kamdesk("passphrase", *where, KAMDESK_PASSPHRASE="Ἀθῆναι-2026",
                      KAMDESK_NEW_PASSPHRASE="Θεσσαλονίκη")
    assert changed.returncode == 0, changed.stderr
    assert "wrong passphrase" in _one_line(kamdesk("accounts", *where,
                                                   KAMDESK_PASSPHRASE="Ἀθῆναι-2026"))
    by_recovery = kamdesk("agenda", *where, KAMDESK_RECOVERY_KEY=recovery)
    assert by_recovery.returncode == 0, by_recovery.stderr

    plain = kamdesk("decrypt", *where, KAMDESK_PASSPHRASE="Θεσσαλονίκη")
    assert plain.returncode == 0, plain.stderr
    assert "and 1 backup." in plain.stdout
    assert kamdesk("accounts", *where).returncode == 0
    assert canaries_in(data_dir / "kamdesk.sqlite3")


def test_encrypt_twice_and_decrypt_a_plain_file_are_one_line_refusals(data_dir):
    where = ("--data-dir", str(data_dir))
    assert "is not encrypted" in _one_line(kamdesk("decrypt", *where))
    assert kamdesk("encrypt", *where, KAMDESK_NEW_PASSPHRASE="x1").returncode == 0
    assert "encrypted already" in _one_line(kamdesk("encrypt", *where,
                                                    KAMDESK_NEW_PASSPHRASE="x2"))
    assert "needed" in _one_line(kamdesk("passphrase", *where))


def test_with_a_system_keychain_a_login_unlocks_and_decrypting_forgets_the_key(data_dir, tmp_path):
    where = ("--data-dir", str(data_dir))
    keychain = {"PYTHON_KEYRING_BACKEND": "tests.services.privacy.file_keychain.FileKeychain",
                "KAMDESK_TEST_KEYCHAIN": str(tmp_path / "keychain.json")}
    done = kamdesk("encrypt", *where, KAMDESK_NEW_PASSPHRASE="Ελευθερία", **keychain)
    assert done.returncode == 0, done.stderr
    assert "kept in your system keychain" in done.stdout
    assert len((tmp_path / "keychain.json").read_text()) > 64
    listed = kamdesk("accounts", *where, **keychain)  # no passphrase: the keychain has the key
    assert listed.returncode == 0 and "Thessaloniki" in listed.stdout, listed.stderr
    assert "passphrase is needed" in _one_line(kamdesk("accounts", *where))  # no keychain
    assert kamdesk("decrypt", *where, **keychain).returncode == 0
    assert json.loads((tmp_path / "keychain.json").read_text()) == {}
