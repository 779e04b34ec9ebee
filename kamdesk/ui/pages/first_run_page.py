"""What an empty database shows: load the fictional sample portfolio, or start from scratch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.changes import Changes
from kamdesk.ui import theme
from kamdesk.ui.notices import ShowsRecords
from kamdesk.ui.worker import run_in_background

CARD_WIDTH = 560


def _card_style(c: theme.Colours) -> str:
    return ("QFrame#welcome-card { background: palette(base);"
            f" border: 1px solid {c.card_border}; border-radius: 10px; }}")



class FirstRunPage(ShowsRecords, QWidget):
    loaded = Signal()
    new_account_asked = Signal()  # the window opens the new-account dialog on its Accounts page
    watches: frozenset = frozenset()  # it shows no records

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        card = QFrame()
        card.setObjectName("welcome-card")
        theme.style(card, _card_style)
        card.setFixedWidth(CARD_WIDTH)
        title = QLabel(self.tr("Welcome to KAMDesk"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Your dossiers are empty. Load a fictional sample portfolio to look around — "
            "a dozen accounts with their decision makers, families, proposals and tenders — "
            "or create your first account."
        ))
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 11pt;")
        hint = QLabel(self.tr("You can also bring in a spreadsheet later: File ▸ Import…"))
        hint.setWordWrap(True)
        theme.muted(hint)
        self.load_button = QPushButton(self.tr("Load the sample portfolio"))
        self.load_button.setObjectName("load-sample")
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load_sample)
        self.new_button = QPushButton(self.tr("Create my first account…"))
        self.new_button.clicked.connect(self._new_account)
        for button in (self.load_button, self.new_button):
            button.setMinimumHeight(34)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = QLabel()
        theme.error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()

        inside = QVBoxLayout(card)
        inside.setContentsMargins(32, 28, 32, 28)
        inside.setSpacing(14)
        inside.addWidget(title)
        inside.addWidget(text)
        inside.addSpacing(6)
        inside.addLayout(buttons)
        inside.addWidget(self.progress)
        inside.addWidget(self.error)
        inside.addWidget(hint)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addLayout(row)
        column.addStretch(3)

    def refresh(self) -> None:
        pass

    def load_sample(self) -> None:
        from kamdesk.services.sample.loading import load_sample_portfolio

        db, today = self.context.db, self.context.today()
        self.load_button.setEnabled(False)
        self.progress.show()
        self.error.hide()
        self._job = run_in_background(
            lambda: load_sample_portfolio(db, today), self._done, self._failed, self
        )

    def _done(self, _summary) -> None:
        self.progress.hide()
        self.load_button.setEnabled(True)
        self.context.notify(Changes.everything())
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.load_button.setEnabled(True)
        self.error.setText(self.tr("The sample could not be loaded: %1").replace("%1", str(error)))
        self.error.show()

    def _new_account(self) -> None:
        self.new_account_asked.emit()
