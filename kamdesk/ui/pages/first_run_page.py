"""What an empty database shows: load the fictional sample portfolio, or start from scratch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kamdesk.ui.worker import run_in_background


class FirstRunPage(QWidget):
    loaded = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Welcome to KAMDesk"))
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Your dossiers are empty. Load a fictional sample portfolio to look around — "
            "ten accounts with their decision makers, families, proposals and tenders — "
            "or create your first account."))  # fmt: skip
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.load_button = QPushButton(self.tr("Load the sample portfolio"))
        self.load_button.setObjectName("load-sample")
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load_sample)
        self.new_button = QPushButton(self.tr("Create my first account…"))
        self.new_button.clicked.connect(self._new_account)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(320)
        self.progress.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addStretch(1)
        for widget in (title, text, self.load_button, self.new_button, self.progress, self.error):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def refresh(self) -> None:
        pass

    def load_sample(self) -> None:
        from kamdesk.services.sample_data import load_sample_portfolio

        db, today = self.context.db, self.context.today()
        self.load_button.setEnabled(False)
        self.progress.show()
        self.error.clear()
        self._job = run_in_background(lambda: load_sample_portfolio(db, today),
                                      self._done, self._failed, self)  # fmt: skip

    def _done(self, _summary) -> None:
        self.progress.hide()
        self.load_button.setEnabled(True)
        self.context.changed.emit()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.load_button.setEnabled(True)
        self.error.setText(self.tr("The sample could not be loaded: %1").replace("%1", str(error)))

    def _new_account(self) -> None:
        window = self.window()
        if hasattr(window, "pages"):
            window.pages["accounts"].new_account()
