"""Exporting from the window: vCard, CSV, iCalendar or the JSON archive, off the GUI thread."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from kamdesk.ui.worker import run_in_background

SUFFIXES = {"vcard": ".vcf", "csv": ".csv", "ics": ".ics", "json": ".json"}


class ExportDialog(QDialog):
    """Choose what to export and where; `exported(summary)` fires when the file is written."""

    exported = Signal(str)

    def __init__(self, db, account_id: uuid.UUID | None = None, parent=None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.today = today or date.today()
        self.summary: str | None = None
        self._job = None
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Contacts as vCard 4.0 (phones, Outlook, Apple)"), "vcard")
        self.kind.addItem(self.tr("Contacts as CSV (Google Contacts layout)"), "csv")
        self.kind.addItem(self.tr("Calendar (iCalendar): birthdays, tasks, expiries, tenders, "
                                  "meetings"), "ics")
        self.kind.addItem(
            self.tr("Archive of everything (JSON, to move to another machine)"), "json"
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.scope = QComboBox()
        if account_id is not None:
            self.scope.addItem(self.tr("This account"), account_id)
        self.scope.addItem(self.tr("All accounts"), None)
        self.path = QLineEdit(str(Path.home() / f"kamdesk{SUFFIXES['vcard']}"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.export_button = self.buttons.addButton(self.tr("Export"), action)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Of"), self.scope)
        form.addRow(self.tr("File"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.scope.setEnabled(kind != "json")  # the archive always holds everything
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(SUFFIXES[kind])))

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if path:
            self.path.setText(path)

    def start(self) -> None:
        """Write the chosen export in the background."""
        from kamdesk.interchange.export_files import export_to

        kind, path = self.kind.currentData(), Path(self.path.text().strip())
        account_id = None if kind == "json" else self.scope.currentData()
        db, today = self.db, self.today
        self.export_button.setEnabled(False)
        self.busy.setVisible(True)
        self.message.setText(self.tr("Exporting…"))
        self._path = path
        self._job = run_in_background(lambda: export_to(db, kind, path, account_id, today),
                                      self._done, self._failed)

    def _done(self, summary: str) -> None:
        path, self._job = self._path, None
        self.summary = summary
        self.busy.setVisible(False)
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Wrote {0} to {1}.").format(summary, path))
        self.exported.emit(summary)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.busy.setVisible(False)
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Nothing was written: {0}").format(error))


def export_dialog(parent, db, account_id: uuid.UUID | None = None) -> ExportDialog:
    """Open the export dialog (window-modal, not blocking) and return it."""
    dialog = ExportDialog(db, account_id, parent)
    dialog.open()
    return dialog
