"""A table of one model with a filter box and a row of buttons: the shape of most tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.models.rows import RowsModel, RowsProxy


class ListView(QWidget):
    """`activated_row(row)` fires on double-click or Enter with the dataclass of that row."""

    activated_row = Signal(object)

    def __init__(self, model: RowsModel, *, filter_text: str | None = None,
                 stretch: int | None = None, parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = model
        self.proxy = RowsProxy(model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Until the user clicks a header, keep the order the service chose (dates, shares…).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch is None)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.activated.connect(lambda index: self._activate(index.row()))
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(filter_text or self.tr("Filter…"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.setMaximumWidth(240)
        self.filter.setVisible(filter_text is not None)
        self.buttons.addWidget(self.filter)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b6b6b; padding: 24px;")
        self.empty.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        self._buttons_done = False

    def add_button(self, text: str, slot, *, needs_row: bool = False) -> QPushButton:
        if not self._buttons_done:
            self.buttons.addStretch(1)
            self._buttons_done = True
        button = QPushButton(text)
        button.clicked.connect(lambda: slot(self.current()) if needs_row else slot())
        if needs_row:
            button.setEnabled(False)
            self.table.selectionModel().selectionChanged.connect(
                lambda *_: button.setEnabled(self.current() is not None)
            )
            self.proxy.modelReset.connect(lambda: button.setEnabled(False))
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows, empty_text: str = "") -> None:
        self.model.set_rows(rows)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows and bool(empty_text))

    def current(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0].row()) if indexes else None

    def select_where(self, predicate) -> bool:
        for row in range(self.proxy.rowCount()):
            if predicate(self.proxy.row_at(row)):
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _activate(self, proxy_row: int) -> None:
        row = self.proxy.row_at(proxy_row)
        if row is not None:
            self.activated_row.emit(row)
