"""The status line's lasting parts: when the data was last backed up, and the offer to undo."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from kamdesk.ui import theme
from kamdesk.ui.display_labels import moment

STALE_AFTER = timedelta(days=7)


class BackupStatus(QLabel):
    """“Last backup: never” in amber, or the time of the newest copy."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("backup-status")
        self.setContentsMargins(8, 0, 8, 0)

    def show_last(self, when: datetime | None, now: datetime) -> None:
        if when is None:
            text, stale = self.tr("Last backup: never"), True
        else:
            text = self.tr("Last backup: %1").replace("%1", moment(when))
            stale = now - when > STALE_AFTER
        self.setText(text)
        theme.style(self, lambda c: f"color: {c.warning}; font-weight: 600;" if stale else "")
        self.setToolTip(self.tr("File ▸ Back up now… copies the database next to it."))


class UndoOffer(QFrame):
    """“Moved “X” to the trash — [Undo (Ctrl+Z)]”: shown after a change until used or stale.

    Holds the offered kamdesk.ui.undo.UndoStep; `available(bool)` follows whether one is
    offered, for the Edit ▸ Undo action.
    """

    available = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.step = None
        self.setObjectName("undo-offer")
        theme.style(self, lambda c: f"QFrame#undo-offer {{ background: {c.notice_background};"
                                    f" border: 1px solid {c.notice_border}; border-radius: 4px; }}")
        self.text = QLabel()
        self.text.setStyleSheet("background: transparent;")
        self.button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.button.setObjectName("undo")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(8)
        row.addWidget(self.text)
        row.addWidget(self.button)
        self.hide()

    def offer(self, step) -> None:
        self.step = step
        self.text.setText(step.text)
        self.text.setToolTip(step.tooltip)
        self.show()
        self.available.emit(True)

    def take(self):
        """The step offered (None if none), no longer offered."""
        step, self.step = self.step, None
        self.hide()
        self.available.emit(False)
        return step

    def check(self) -> None:
        """Withdraw the offer once undoing cannot succeed (the data moved meanwhile)."""
        if self.step is not None and not self.step.possible():
            self.take()
