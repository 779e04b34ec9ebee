"""The Today page's list: agenda items under the headings Overdue, Today, This week, Later.

A heading is a row of its own (AgendaHeading) that the view spans across the columns; it is
never selected, ticked or filtered away, and today's rows are tinted with the palette's
highlight colour so that today stands out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.ui.display_labels import day
from kamdesk.ui.models.rows import OVERDUE, Column, RowsModel, RowsProxy
from kamdesk.ui.sentences import agenda_text

translate = QCoreApplication.translate

GROUP_TITLES = {
    AgendaGroup.OVERDUE: QT_TRANSLATE_NOOP("Agenda", "Overdue"),
    AgendaGroup.TODAY: QT_TRANSLATE_NOOP("Agenda", "Today"),
    AgendaGroup.THIS_WEEK: QT_TRANSLATE_NOOP("Agenda", "This week"),
    AgendaGroup.LATER: QT_TRANSLATE_NOOP("Agenda", "Later"),
}
TODAY_TINT_ALPHA = 40  # today's rows: the highlight colour, faint enough to read through


@dataclass(frozen=True)
class AgendaHeading:
    """A group's heading; a `closed` group's lines are not read yet (clicking reads them)."""

    group: AgendaGroup
    count: int
    closed: bool = False

    @property
    def text(self) -> str:
        title = f"{translate('Agenda', GROUP_TITLES[self.group])}  ({self.count})"
        if not self.closed:
            return title
        return title + "   " + translate("Agenda", "▸ click to show")


def grouped(items, counts=None, closed=frozenset()) -> list:
    """The items in group order (their own order kept inside a group), each group headed;
    a group in `closed` is its heading alone, counted from `counts` (agenda_counts)."""
    rows: list = []
    for group in AgendaGroup:
        if group in closed:
            if n := sum(lines for lines, _ in (counts or {}).get(group, {}).values()):
                rows.append(AgendaHeading(group, n, closed=True))
            continue
        members = [i for i in items if i.group is group]
        if members:
            rows.append(AgendaHeading(group, len(members)))
            rows += members
    return rows


def _is_task(row) -> bool:
    return not isinstance(row, AgendaHeading) and row.kind.value == "task"


def _heading_text(row) -> str:
    # A heading spans the row from the first column, so that column carries its text.
    return row.text if isinstance(row, AgendaHeading) else ""


class AgendaModel(RowsModel):
    COL_DONE, COL_DATE, COL_WHAT, COL_ACCOUNT = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Done"), _heading_text, checked=lambda i: False),
        Column(QT_TRANSLATE_NOOP("Columns", "Date"),
               lambda i: "" if isinstance(i, AgendaHeading) else day(i.on)),
        Column(QT_TRANSLATE_NOOP("Columns", "What"),
               lambda i: "" if isinstance(i, AgendaHeading) else agenda_text(i)),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"),
               lambda i: "" if isinstance(i, AgendaHeading) else i.account_name),
    )

    def set_items(self, items, counts=None, closed=frozenset()) -> None:
        self.set_rows(grouped(items, counts, closed))

    def items(self) -> list:
        """The agenda items shown, without the headings."""
        return [r for r in self.rows() if not isinstance(r, AgendaHeading)]

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if type(r) is AgendaHeading]

    def flags(self, index):
        flags = super().flags(index)
        if not index.isValid():
            return flags
        row = self.row_at(index.row())
        if isinstance(row, AgendaHeading):
            return Qt.ItemFlag.ItemIsEnabled
        if not _is_task(row):  # only tasks can be ticked off; birthdays just happen
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and not _is_task(row):
            return None
        heading = isinstance(row, AgendaHeading)
        if role == Qt.ItemDataRole.FontRole and (heading or row.group is AgendaGroup.TODAY):
            font = QFont()
            font.setBold(True)
            if heading:
                font.setPointSizeF(font.pointSizeF() * 1.1)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            palette = QApplication.palette()
            if heading:
                return palette.brush(QPalette.ColorRole.Window)
            if row.group is AgendaGroup.TODAY:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(TODAY_TINT_ALPHA)
                return QBrush(tint)
        if role == Qt.ItemDataRole.ToolTipRole and heading and row.closed:
            return translate("Agenda", "Click to read this group's lines")
        if role == Qt.ItemDataRole.ToolTipRole and not heading and row.place:
            return row.place
        return super().data(index, role)

    def foreground(self, row):
        if isinstance(row, AgendaHeading):
            return None
        return OVERDUE if row.overdue else None


class AgendaProxy(RowsProxy):
    """Filters the items by their text; a heading stays while any of its items does."""

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        row = model.row_at(source_row)
        if not isinstance(row, AgendaHeading):
            return super().filterAcceptsRow(source_row, source_parent)
        if row.closed:  # its lines are not read: whether they match is not known yet
            return True
        following = source_row + 1
        while following < model.rowCount() and not isinstance(model.row_at(following),
                                                              AgendaHeading):
            if super().filterAcceptsRow(following, source_parent):
                return True
            following += 1
        return False
