"""The two lists of the import wizard: the column mapping, and the planned rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kamdesk.interchange.csv_presets import CHOICES
from kamdesk.services.importing import ImportRow, RowAction

Index = QModelIndex | QPersistentModelIndex

_ACTION_COLOURS = {RowAction.CREATE: "#e8f5e9", RowAction.MERGE: "#e3f2fd",
                   RowAction.SKIP: "#f5f5f5", RowAction.REJECT: "#ffebee"}  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate("import", text)


def target_title(target: str) -> str:
    """A mapping target in words: "phone:mobile" -> "Phone (mobile)", "" -> "(ignore)"."""
    if not target:
        return _t("(ignore)")
    if target.startswith("note:"):
        return _t("Notes line “{0}”").format(target[5:])
    kind, _, rest = target.partition(":") if ":" in target else target.partition("#")
    words = {"email": _t("E-mail"), "phone": _t("Phone"), "url": _t("Website"),
             "address": _t("Address"), "relation": _t("Relation"), "event": _t("Date")}  # fmt: skip
    if kind in words:
        return f"{words[kind]} ({rest.replace('.', ', ')})" if rest else words[kind]
    if target in ("dmu_role", "dmu_type"):
        return _t("DMU role") if target == "dmu_role" else _t("DMU type")
    return _t(target.replace("_", " ").capitalize())


class ColumnMappingModel(QAbstractTableModel):
    """One row per CSV column: its header, an example value, and the field it goes to."""

    COL_HEADER, COL_EXAMPLE, COL_TARGET = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.examples: list[str] = []
        self.targets: list[str] = []

    def set_layout(
        self, headers: list[str], samples: list[list[str]], mapping: dict[int, str]
    ) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.examples = [next((r[i] for r in samples if i < len(r) and r[i].strip()), "")
                         for i in range(len(headers))]  # fmt: skip
        self.targets = [mapping.get(i, "") for i in range(len(headers))]
        self.endResetModel()

    def mapping(self) -> dict[int, str]:
        return {i: t for i, t in enumerate(self.targets) if t}

    def choices(self, row: int) -> list[str]:
        current = self.targets[row] if 0 <= row < len(self.targets) else ""
        return ["", *CHOICES] + ([current] if current and current not in CHOICES else [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_t("Column"), _t("Example"), _t("Goes to"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.headers):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_HEADER:
                return self.headers[row]
            if column == self.COL_EXAMPLE:
                return self.examples[row].replace("\n", " ⏎ ")
            return target_title(self.targets[row])
        if role == Qt.ItemDataRole.EditRole and column == self.COL_TARGET:
            return self.targets[row]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COL_TARGET
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        self.targets[index.row()] = str(value or "")
        self.dataChanged.emit(index, index)
        return True


class ImportRowsModel(QAbstractTableModel):
    """The preview: every record with what will happen to it and why."""

    COL_SOURCE, COL_NAME, COL_ACTION, COL_ACCOUNT, COL_REASON = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ImportRow] = []

    def set_rows(self, rows: list[ImportRow]) -> None:
        self.beginResetModel()
        # Problems first, so nobody scrolls through a thousand creations to find them.
        order = {RowAction.REJECT: 0, RowAction.MERGE: 1, RowAction.SKIP: 2, RowAction.CREATE: 3}
        self.rows = sorted(rows, key=lambda r: (order[r.action], r.order))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_t("Where"), _t("Name"), _t("What happens"), _t("Account"), _t("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            actions = {RowAction.CREATE: _t("create"), RowAction.MERGE: _t("merge"),
                       RowAction.SKIP: _t("skip"), RowAction.REJECT: _t("rejected")}  # fmt: skip
            return (row.source, row.name, actions[row.action], row.account, row.reason)[
                index.column()
            ]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_ACTION_COLOURS[row.action]))
        return None
