"""Small editable tables inside dialogs: contacts, family members, revenue figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class EditableRowsModel(QAbstractTableModel):
    """Rows of plain text cells; `keys` name the cells, `titles` head the columns."""

    keys: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ("id",)  # carried along, never shown

    def __init__(self, rows: list[dict[str, Any]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows = [dict(r) for r in rows or []]

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(self._rows[index.row()].get(self.keys[index.column()], "") or "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self.keys[index.column()]] = str(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.titles)):
            return QCoreApplication.translate("Columns", self.titles[section])
        return None

    def append(self, row: dict[str, Any]) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(dict(row))
        self.endInsertRows()
        return position

    def remove(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()


class ContactsModel(EditableRowsModel):
    COL_KIND, COL_LABEL, COL_VALUE = range(3)
    keys = ("kind", "label", "value")
    titles = (
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Label"),
        QT_TRANSLATE_NOOP("Columns", "E-mail, phone, address…"),
    )


class FamilyModel(EditableRowsModel):
    COL_NAME, COL_RELATION, COL_BIRTHDAY, COL_NOTES = range(4)
    keys = ("name", "relation", "birthday", "notes")
    titles = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Relation"),
        QT_TRANSLATE_NOOP("Columns", "Birthday"),
        QT_TRANSLATE_NOOP("Columns", "Notes"),
    )


class RevenueModel(EditableRowsModel):
    COL_PERIOD, COL_PLANNED, COL_ACTUAL, COL_CURRENCY = range(4)
    keys = ("period", "planned", "actual", "currency")
    titles = (
        QT_TRANSLATE_NOOP("Columns", "Period"),
        QT_TRANSLATE_NOOP("Columns", "Planned"),
        QT_TRANSLATE_NOOP("Columns", "Actual"),
        QT_TRANSLATE_NOOP("Columns", "Currency"),
    )
