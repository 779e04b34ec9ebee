"""What every page shares: the open database, today's date, and app-wide notifications."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """Handed to every page and dialog instead of globals (STYLE.md point 9).

    `changed` tells pages the data moved under them; `deleted(batch, text)` offers undo;
    `open_account(account_id)` and `open_person(account_id, person_id)` navigate.
    """

    changed = Signal()
    deleted = Signal(object, str)
    open_account = Signal(object)
    open_person = Signal(object, object)
    open_meeting = Signal(object, object)

    def __init__(self, db, today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        # Team mode: who is at the keyboard (`--user` / KAMDESK_USER); None on a laptop of one.
        self.user_email: str | None = os.environ.get("KAMDESK_USER") or None

    def notify_deleted(self, batch: uuid.UUID, what: str) -> None:
        self.changed.emit()
        self.deleted.emit(batch, what)
