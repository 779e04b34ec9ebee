"""The tasks of an account or a person: open ones by due date, then those ticked off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from kamdesk.ui.display_labels import day
from kamdesk.ui.models.rows import Column, RowsModel


class TasksModel(RowsModel):
    COL_DONE, COL_DUE, COL_TASK, COL_PERSON = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Done"), lambda t: "",
               lambda t: not t.is_open, checked=lambda t: not t.is_open),
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda t: day(t.due_on),
               lambda t: t.due_on or date.max),
        Column(QT_TRANSLATE_NOOP("Columns", "Task"), lambda t: t.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Person"), lambda t: t.person_name),
    )

    def __init__(self, today=date.today, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        task = self.row_at(index.row())
        if role == Qt.ItemDataRole.FontRole and task.overdue(self.today()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not task.is_open:
            # Ticked off: shown faded, in the palette's own colour for placeholder text.
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return task.notes or None
        return super().data(index, role)
