"""What every page shares: the open database, today's date, and app-wide notifications."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """Handed to every page and dialog instead of globals (STYLE.md point 9).

    `changed` tells pages the data moved under them; `undoable(UndoStep)` offers to take
    the last change back (kamdesk.ui.undo); `open_account(account_id)` and
    `open_person(account_id, person_id)` and `open_entry(account_id, kind, id)` navigate.
    `settings` is the user's Settings (None in a bare test context: the defaults apply).
    """

    changed = Signal()
    undoable = Signal(object)
    open_account = Signal(object)
    open_person = Signal(object, object)
    open_meeting = Signal(object, object)
    open_entry = Signal(object, str, object)  # account, kind ("proposal"…), the entry's id

    def __init__(self, db, today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.settings = None

    def thresholds(self):
        """The concentration thresholds the user set (Edit ▸ Settings…), or the defaults."""
        from kamdesk.domain.concentration import Thresholds

        return self.settings.thresholds() if self.settings is not None else Thresholds()
        # Team mode: who is at the keyboard (`--user` / KAMDESK_USER); None on a laptop of one.
        self.user_email: str | None = os.environ.get("KAMDESK_USER") or None

    def notify_deleted(self, batch: uuid.UUID, what: str) -> None:
        from kamdesk.ui import undo

        self.offer_undo(undo.deletion(self.db, batch, what))

    def offer_undo(self, step) -> None:
        """The change is made: redraw, then offer to take it back."""
        self.changed.emit()
        self.undoable.emit(step)
