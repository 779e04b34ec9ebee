"""What every page shares: the open database, today's date, and app-wide notifications."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from kamdesk.domain.changes import Changes

STATUS_MS = 8000  # how long a status message stays, unless the sender says otherwise


class AppContext(QObject):
    """Handed to every page and dialog instead of globals (STYLE.md point 9).

    `changed(Changes)` tells pages which kinds of record moved under them (and for which
    account); each page redraws only when it shows those. `undoable(UndoStep)` offers to take
    the last change back (kamdesk.ui.undo). `status(text, ms)` asks for a status-line message.
    `open_account(account_id)`, `open_person(account_id, person_id)`,
    `open_meeting(account_id, meeting_id)` and `open_entry(account_id, kind, id)` navigate.
    `settings` is the user's Settings (None in a bare test context: the defaults apply).
    """

    changed = Signal(object)  # a kamdesk.domain.changes.Changes
    undoable = Signal(object)
    status = Signal(str, int)
    open_account = Signal(object)
    open_person = Signal(object, object)
    open_meeting = Signal(object, object)
    open_entry = Signal(object, str, object)  # account, kind ("proposal"…), the entry's id

    def __init__(self, db, today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.settings = None
        # Team mode: who is at the keyboard (`--user` / KAMDESK_USER); None on a laptop of one.
        self.user_email: str | None = os.environ.get("KAMDESK_USER") or None

    def thresholds(self):
        """The concentration thresholds the user set (Edit ▸ Settings…), or the defaults."""
        from kamdesk.domain.concentration import Thresholds

        return self.settings.thresholds() if self.settings is not None else Thresholds()

    def notify(self, changes: Changes) -> None:
        """Something was saved: the pages that show it redraw."""
        self.changed.emit(changes)

    def say(self, text: str, ms: int = STATUS_MS) -> None:
        self.status.emit(text, ms)

    def notify_deleted(self, batch: uuid.UUID, what: str, changes: Changes) -> None:
        from kamdesk.ui import undo

        self.offer_undo(undo.deletion(self.db, batch, what), changes)

    def offer_undo(self, step, changes: Changes) -> None:
        """The change is made: redraw, then offer to take it back."""
        self.notify(changes)
        self.undoable.emit(step)
