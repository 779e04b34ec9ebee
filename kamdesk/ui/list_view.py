"""A table of one model with a filter box and a row of buttons: the shape of most tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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

from kamdesk.ui import theme
from kamdesk.ui.models.rows import RowsModel, RowsProxy

WIDEST_COLUMN = 300  # a column sized to its contents stops here; the stretched one takes the rest
NARROWEST_SHRUNK = 180  # when space runs short, wide columns give way down to this (dates fit)
STRETCH_SHARE = 0.35  # …so that the main text column keeps at least this share of the width
ROW_HEIGHT_PADDING = 10
FITTED_ROWS = 60


class ListView(QWidget):
    """`activated_row(row)` fires on double-click or Enter with the dataclass of that row.

    An empty list hides the table and says why it is empty, with a link to the action that
    fills it when one is set (`set_empty_action`).
    """

    activated_row = Signal(object)

    def __init__(self, model: RowsModel, *, filter_text: str | None = None,
                 stretch: int | None = None, proxy: type[RowsProxy] = RowsProxy,
                 parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy(model, self)
        self.stretch = stretch
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
        self.table.setShowGrid(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_PADDING)
        header = self.table.horizontalHeader()
        # Columns are sized from the rows in view plus this many: Qt's default reads 1,000
        # rows per column, which on a department's account list took most of the start-up.
        header.setResizeContentsPrecision(FITTED_ROWS)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch is None)
        header.setHighlightSections(False)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # `activated` comes with a double-click and with Enter; listening to `doubleClicked`
        # as well opened every dialog twice.
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
        self.empty.setObjectName("empty-hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        theme.muted(self.empty, "padding: 24px; font-size: 11pt;")
        self.empty.linkActivated.connect(lambda _link: self._empty_action and self._empty_action())
        self.empty.hide()
        self._empty_action = None
        self._empty_action_text = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        self._buttons_done = False
        self.in_place = False  # the next set_rows brings the same list, newer: see set_rows
        self._content_widths: dict[int, int] = {}

    def add_button(self, text: str, slot, *, needs_row: bool = False,
                   key: QKeySequence.StandardKey | str | None = None) -> QPushButton:
        """A button under the table; `key` also presses it while the table has the focus
        (listed in Help ▸ Keyboard shortcuts under this tab's name)."""
        if not self._buttons_done:
            self.buttons.addStretch(1)
            self._buttons_done = True
        button = QPushButton(text)
        button.clicked.connect(lambda: slot(self.current()) if needs_row else slot())
        if key is not None:
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(text)
            shortcut.activated.connect(lambda: button.click() if button.isEnabled() else None)
            native = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(native)
        if needs_row:
            button.setEnabled(False)
            self.table.selectionModel().selectionChanged.connect(
                lambda *_: button.setEnabled(self.current() is not None)
            )
            self.proxy.modelReset.connect(lambda: button.setEnabled(False))
        self.buttons.addWidget(button)
        return button

    def set_empty_action(self, text: str, slot) -> None:
        """Offer `text` as a link under the empty-list hint; clicking it calls `slot()`."""
        self._empty_action_text, self._empty_action = text, slot

    def set_rows(self, rows, empty_text: str = "", more=None) -> None:
        """`more(n)`, when given, fetches the rows after the first n as the user scrolls.

        After `in_place` is set (a newer version of the same list is coming, not another
        list), the rows are updated in place so that selection and scroll survive."""
        in_place, self.in_place = self.in_place, False
        fitted = in_place and self.model.rowCount() > 0  # the same list: its columns are sized
        if in_place and more is None and rows and self.model.rowCount() \
                and self.model.update_rows(rows):
            return
        self.model.set_rows(rows, more)
        empty = not rows and bool(empty_text)
        if empty:
            link = (f"<br><br><a href='act'>{self._empty_action_text}</a>"
                    if self._empty_action else "")
            self.empty.setText(empty_text + link)
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if not fitted:  # sizing asks the cells for their text again: more than the reload
            self.fit_columns()

    def fit_columns(self) -> None:
        """Size each column to its contents (up to WIDEST_COLUMN) and remember those widths."""
        last = self.model.columnCount() - 1
        self._content_widths = {}
        for column in range(self.model.columnCount()):
            if column == self.stretch or (self.stretch is None and column == last):
                continue
            self._content_widths[column] = min(
                WIDEST_COLUMN,
                max(self.table.sizeHintForColumn(column),
                    self.table.horizontalHeader().sectionSizeHint(column)),
            )
        self._share_width()

    def _share_width(self) -> None:
        """Shrink the widest columns when the main text column would get less than its share."""
        widths = dict(self._content_widths)
        available = self.table.viewport().width()
        excess = sum(widths.values()) + available * STRETCH_SHARE - available
        flexible = {c: w - NARROWEST_SHRUNK for c, w in widths.items() if w > NARROWEST_SHRUNK}
        room = sum(flexible.values())
        if excess > 0 and room > 0:
            for column, slack in flexible.items():
                widths[column] -= round(slack * min(1.0, excess / room))
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._share_width()

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
