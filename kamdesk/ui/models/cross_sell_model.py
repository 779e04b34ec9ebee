"""The cross-sell map as a grid: the client's divisions down, our offerings across."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kamdesk.services.cross_sell import CrossSellGrid
from kamdesk.ui import theme
from kamdesk.ui.display_labels import label, money
from kamdesk.ui.models.rows import RowRole

STATUS_ORDER = ("idea", "qualified", "proposed", "won", "lost")  # theme's cross_sell

Index = QModelIndex | QPersistentModelIndex


class CrossSellGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = CrossSellGrid([], [], {})

    def set_grid(self, grid: CrossSellGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.divisions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.offerings)

    def cell(self, index: Index):
        if not index.isValid() or index.row() >= len(self.grid.divisions):
            return None
        key = (self.grid.divisions[index.row()], self.grid.offerings[index.column()])
        return self.grid.cells.get(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = money(cell.estimated_value, cell.currency)
            return label(cell.status) + (f"\n{value}" if value else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            colours = theme.current().cross_sell
            status = cell.status.value
            which = STATUS_ORDER.index(status) if status in STATUS_ORDER else -1
            return QBrush(QColor(colours[which]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.notes or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == RowRole:
            return cell
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        names = (
            self.grid.offerings if orientation == Qt.Orientation.Horizontal else self.grid.divisions
        )
        return names[section] if 0 <= section < len(names) else None
