"""The base of every list in the app: a table model over a list of plain dataclasses.

Each concrete model names its columns with COL_* constants and describes them with `Column`:
what to show, what to sort by (raw values through SortRole, Vorta style), and optionally
a check box. Proxies sort with `sortRole=SortRole`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kamdesk.ui import theme

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2  # the dataclass behind the row
FilterRole = Qt.ItemDataRole.UserRole + 3
_DISPLAY, _CHECK, _ALIGNMENT, _FOREGROUND, _TOOLTIP, _BACKGROUND = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole))
_ANSWERED = frozenset({_DISPLAY, _CHECK, _ALIGNMENT, _FOREGROUND, _TOOLTIP, _BACKGROUND,
                       int(SortRole), int(FilterRole), int(RowRole)})

# Named in the light variant; data() hands out the current variant's (theme.adapt).
OVERDUE = QColor(theme.LIGHT.danger)
MUTED = QColor(theme.LIGHT.muted)


@cache
def _reader() -> ThreadPoolExecutor:
    """One thread reads the next page of a long list while the user looks at the rows before
    it, so that reaching the bottom shows rows already read instead of waiting for the
    database mid-scroll (L's largest history: a page of 200 took 20-40 ms of a frame). A
    Future, not ui.worker's signal: fetchMore takes the page when the view asks, whether or
    not the event loop has run since it was read."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamdesk-page")


def _read_ahead(more: Callable[[int], Sequence[Any]], shown: int) -> Future[Sequence[Any]]:
    return _reader().submit(more, shown)


def sort_value(value: Any) -> Any:
    """A value QSortFilterProxyModel can compare: numbers stay numbers, the rest is text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value).casefold()


@dataclass(frozen=True)
class Column:
    title: str  # English source text, translated in headerData
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # raw value; defaults to the display text
    align_right: bool = False
    checked: Callable[[Any], bool] | None = None  # a check box in this column


Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of dataclass rows; subclasses set `columns` and may override hooks."""

    columns: Sequence[Column] = ()
    context = "Columns"  # translation context of the column titles

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._more: Callable[[int], Sequence[Any]] | None = None
        self._ahead: Future[Sequence[Any]] | None = None  # the next page, being read
        self._fetching = False
        self.on_check: Callable[[Any, bool], None] | None = None

    # -- data in
    def set_rows(self, rows: Sequence[Any], more: Callable[[int], Sequence[Any]] | None = None,
                 ) -> None:
        """Show `rows`; with `more`, the list is longer: `more(n)` returns the rows after
        the first n (empty at the end), read ahead on a thread and shown when the view
        scrolls to the bottom."""
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self._read_next()
        self.endResetModel()

    def _read_next(self) -> None:
        """Start reading the page after the rows shown; a page of an earlier list is dropped."""
        if self._ahead is not None:
            self._ahead.cancel()
        self._ahead = _read_ahead(self._more, len(self._rows)) if self._more else None

    def update_rows(self, rows: Sequence[Any]) -> bool:
        """Show a newer version of the same list in place (Vorta style): rows gone are removed,
        new ones inserted, changed ones announced with dataChanged, so that the selection and
        the scroll position survive. Rows are matched by their `id`; a list without unique ids,
        or one fetched page by page, is reset instead (False)."""
        new = list(rows)
        keys = [getattr(row, "id", None) for row in new]
        old_keys = [getattr(row, "id", None) for row in self._rows]
        if (self._more is not None or None in keys or None in old_keys
                or len(set(keys)) < len(keys) or len(set(old_keys)) < len(old_keys)):
            self.set_rows(new)
            return False
        wanted = set(keys)
        end = len(self._rows)
        while end > 0:  # remove the rows gone, in runs, from the bottom up
            if old_keys[end - 1] in wanted:
                end -= 1
                continue
            start = end - 1
            while start > 0 and old_keys[start - 1] not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self._rows[start:end]
            del old_keys[start:end]
            self.endRemoveRows()
            end = start
        kept = set(old_keys)
        added = [row for row in new if row.id not in kept]
        if added:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
            self._rows.extend(added)
            old_keys.extend(row.id for row in added)
            self.endInsertRows()
        before = dict(zip(old_keys, self._rows, strict=True))
        if old_keys != keys:  # the same rows in another order
            self.layoutAboutToBeChanged.emit()
            position = {key: n for n, key in enumerate(keys)}
            persistent = self.persistentIndexList()
            self._rows = new
            self.changePersistentIndexList(persistent, [
                self.index(position[old_keys[i.row()]], i.column()) for i in persistent])
            self.layoutChanged.emit()
        self._rows = new
        last = self.columnCount() - 1
        for n, row in enumerate(new):
            if before[row.id] is not row and before[row.id] != row:
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        return True

    def replace_rows(self, rows: Sequence[Any], keep: Callable[[Any], object]) -> bool:
        """Put newer versions of some rows in place of the rows with their ids, announcing
        only those rows (saving one person of 3,000 redraws one line, not the list). Only when
        every row is already shown and `keep(row)`, what places it in the list, is unchanged:
        otherwise nothing is changed and it returns False (reload the list instead)."""
        wanted = {row.id: row for row in rows}
        at = {row.id: n for n, row in enumerate(self._rows) if getattr(row, "id", None) in wanted}
        if not wanted or len(at) != len(wanted) or any(
                keep(self._rows[at[key]]) != keep(row) for key, row in wanted.items()):
            return False
        last = self.columnCount() - 1
        for key, row in wanted.items():
            self._rows[at[key]] = row
            self.dataChanged.emit(self.index(at[key], 0), self.index(at[key], last))
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return self._more is not None and not self._fetching and not parent.isValid()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if not self.canFetchMore(parent):
            return
        ahead, self._ahead = self._ahead, None
        batch = list(ahead.result() if ahead is not None else self._more(len(self._rows)))
        if not batch:
            self._more = None
            return
        # A view (or the model tester) may ask again while the rows go in: not twice.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
        finally:
            self._fetching = False
        self._read_next()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- hooks for subclasses
    def foreground(self, row: Any) -> QColor | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def background(self, row: Any) -> QColor | None:
        """A colour behind the whole row, as it is (already the current theme's)."""
        return None

    # -- the Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles at every paint: the ones no list answers
        # return at once, and roles are compared as numbers (an enum member's lookup and
        # comparison cost six times as much, per role, per cell).
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == SortRole:
            return sort_value(column.sort(row) if column.sort else column.display(row))
        if role == FilterRole:
            return " ".join(c.display(row) for c in self.columns)
        if role == RowRole:
            return row
        if role == _CHECK and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        if role == _ALIGNMENT and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _FOREGROUND:
            colour = self.foreground(row)
            return QBrush(theme.adapt(colour)) if colour is not None else None
        if role == _TOOLTIP:
            return self.tooltip(row, index.column())
        if role == _BACKGROUND:
            background = self.background(row)
            return QBrush(background) if background is not None else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].checked is not None and self.on_check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.checked is None or self.on_check is None:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.on_check(self._rows[index.row()], checked)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowsProxy(QSortFilterProxyModel):
    """Sorts on raw values and filters on the text of every column, case-insensitively."""

    def __init__(self, source: RowsModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setFilterRole(FilterRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RowRole)
