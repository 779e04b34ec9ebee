"""What left the app: the audit log of briefs and exports, newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

from kamdesk.services.audit import BRIEF, EXPORT, PERSON_EXPORT, AuditService
from kamdesk.ui.display_labels import moment
from kamdesk.ui.models.rows import Column, RowsModel, RowsProxy

_ACTIONS = {
    BRIEF: QT_TRANSLATE_NOOP("AuditDialog", "Brief"),
    EXPORT: QT_TRANSLATE_NOOP("AuditDialog", "Export"),
    PERSON_EXPORT: QT_TRANSLATE_NOOP("AuditDialog", "A person's data"),
}


def _action(entry) -> str:
    return QCoreApplication.translate("AuditDialog", _ACTIONS.get(entry.action, entry.action))


class AuditModel(RowsModel):
    COL_WHEN, COL_ACTION, COL_WHAT, COL_ACCOUNT, COL_WHERE, COL_WHO = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: moment(e.occurred_at),
               lambda e: e.occurred_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), _action),
        Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda e: e.what),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda e: e.account_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Written to"), lambda e: e.destination),
        Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.done_by),
    )


class AuditDialog(QDialog):
    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What left the app"))
        self.resize(980, 480)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Every brief saved or printed and every export, newest first. "
                              "People are not named here, only accounts and files."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = AuditModel(self)
        self.model.set_rows(AuditService(db).entries())
        self.proxy = RowsProxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Nothing has left the app yet."))
        self.empty.setVisible(not self.model.rows())
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
