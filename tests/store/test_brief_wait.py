"""The window's thread waits briefly for another program's write lock; background jobs wait
the full timeout (so a save from the window never hangs it for seconds)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from kamdesk.store.database import BUSY_TIMEOUT_MS


def _busy_timeout(db) -> int:
    with db.session() as session:
        return session.execute(text("PRAGMA busy_timeout")).scalar_one()


@pytest.mark.sqlite_only("SQLite's busy timeout (PRAGMA busy_timeout) per connection")
def test_only_the_thread_that_asked_waits_briefly(db):
    assert _busy_timeout(db) == BUSY_TIMEOUT_MS
    db.wait_briefly_on_this_thread(300)
    seen_elsewhere = []
    worker = threading.Thread(target=lambda: seen_elsewhere.append(_busy_timeout(db)))
    worker.start()
    worker.join()
    assert _busy_timeout(db) == 300
    assert seen_elsewhere == [BUSY_TIMEOUT_MS]
    assert _busy_timeout(db) == 300  # a connection back from the other thread is set again
