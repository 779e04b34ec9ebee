"""`kamdesk encrypt` killed with SIGKILL at points through its work: the dossier is always
there afterwards, plain or encrypted with its key file, and no plain copy is left beside an
encrypted one once it is unlocked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from kamdesk.services.encryption import is_encrypted, unlock
from kamdesk.store.database import open_database
from kamdesk.store.tables import person_table
from tests.services.privacy.canary import add_canary, canaries_in

PASSPHRASE = "Mabuhay-Maynila"


def _people(path, key) -> int:
    db = open_database(f"sqlite:///{path}", key=key)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(person_table))
    finally:
        db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8])
def test_a_killed_encryption_leaves_the_dossier_whole(tmp_path, delay):
    folder = tmp_path / "data"
    path = folder / "kamdesk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    add_canary(db)
    db.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "kamdesk", "encrypt", "--data-dir", str(folder)],
        env={**os.environ, "KAMDESK_NEW_PASSPHRASE": PASSPHRASE},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Kill points from the moment the converted copy appears: export, check, key file,
    # rename, zeroing the old bytes. Startup time varies too much to count from the start.
    converting = folder / ".kamdesk.sqlite3.converting"
    deadline = time.monotonic() + 60
    while not converting.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    if is_encrypted(path):
        key = unlock(path, PASSPHRASE)
        assert _people(path, key) == 2
        others = [p for p in folder.iterdir() if p.is_file() and p != path]
        assert canaries_in(path, *others) == {}
    else:
        assert _people(path, None) == 2  # still the plain file, whole
