"""File ▸ Restore…: the backups with their date, reason and what each holds, or any file.

The dialog only chooses; `MainWindow.restore_from` does the restoring (which checks the
file before anything is replaced).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kamdesk.ui.display_labels import moment
from kamdesk.ui.models.rows import Column, RowsModel

translate = QCoreApplication.translate

REASONS = {
    "manual": QT_TRANSLATE_NOOP("Backups", "made by you"),
    "idle": QT_TRANSLATE_NOOP("Backups", "automatic, while idle"),
    "closing": QT_TRANSLATE_NOOP("Backups", "automatic, on closing"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "before-empty-trash": QT_TRANSLATE_NOOP("Backups", "before emptying the trash"),
}


def reason_text(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return translate("Backups", "before a program upgrade")
    known = REASONS.get(reason)
    return translate("Backups", known) if known else reason


def _holds(backup) -> str:
    if backup.accounts is None:
        return translate("Backups", "cannot be read")
    return (
        translate("Backups", "%1 accounts, %2 people")
        .replace("%1", str(backup.accounts))
        .replace("%2", str(backup.people))
    )


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} kB"


class BackupListModel(RowsModel):
    COL_WHEN, COL_REASON, COL_HOLDS, COL_SIZE = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Made"), lambda b: moment(b.when), lambda b: b.when),
        Column(QT_TRANSLATE_NOOP("Columns", "Why"), lambda b: reason_text(b.reason)),
        Column(QT_TRANSLATE_NOOP("Columns", "Holds"), _holds, lambda b: b.people or 0),
        Column(QT_TRANSLATE_NOOP("Columns", "Size"), lambda b: _size(b.size), lambda b: b.size,
               align_right=True),
    )


class RestoreDialog(QDialog):
    """Pick a backup (newest first) or a file; `chosen` holds the path once accepted."""

    def __init__(self, backups: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(620, 360)
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "The database is replaced by the backup you choose. The current one is kept "
                "as a backup first, so this can be undone by restoring it."
            )
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(self)
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _: self.accept())
        self.empty = QLabel(self.tr("No backups yet. Choose a file instead."))
        self.empty.setVisible(not backups)
        self.from_file = QPushButton(self.tr("From a file…"))
        self.from_file.clicked.connect(self.choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.from_file, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if backups:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()].path if rows else None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), "",
            self.tr("KAMDesk databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        self.chosen = path
        super().accept()

    def accept(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        self.choose(backup)
