"""The two lists of the import wizard: the column mapping, and the planned rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kamdesk.interchange.csv_presets import CHOICES
from kamdesk.services.contact_import.planning import ImportRow, RowAction
from kamdesk.ui import theme
from kamdesk.ui.models.rows import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex

_ACTION_ORDER = (RowAction.CREATE, RowAction.MERGE, RowAction.SKIP, RowAction.REJECT)


translate = QCoreApplication.translate  # called with literals, for lupdate


def target_title(target: str) -> str:
    """A mapping target in words: "phone:mobile" -> "Phone (mobile)", "" -> "(ignore)"."""
    if not target:
        return translate("import", "(ignore)")
    if target.startswith("note:"):
        return translate("import", "Notes line “{0}”").format(target[5:])
    kind, _, rest = target.partition(":") if ":" in target else target.partition("#")
    if kind in _KINDS:
        words = translate("import", _KINDS[kind])
        return f"{words} ({rest.replace('.', ', ')})" if rest else words
    return translate("import", FIELD_TITLES.get(target, target))


_KINDS = {
    "email": QT_TRANSLATE_NOOP("import", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "url": QT_TRANSLATE_NOOP("import", "Website"),
    "address": QT_TRANSLATE_NOOP("import", "Address"),
    "relation": QT_TRANSLATE_NOOP("import", "Relation"),
    "event": QT_TRANSLATE_NOOP("import", "Date"),
}

# Every field of csv_presets.FIELDS in words (a test holds the two in step).
FIELD_TITLES = {
    "full_name": QT_TRANSLATE_NOOP("import", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("import", "Given name"),
    "middle_name": QT_TRANSLATE_NOOP("import", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("import", "Family name"),
    "name_prefix": QT_TRANSLATE_NOOP("import", "Name prefix"),
    "name_suffix": QT_TRANSLATE_NOOP("import", "Name suffix"),
    "organisation": QT_TRANSLATE_NOOP("import", "Organisation"),
    "position": QT_TRANSLATE_NOOP("import", "Position"),
    "department": QT_TRANSLATE_NOOP("import", "Department"),
    "birthday": QT_TRANSLATE_NOOP("import", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("import", "Anniversary"),
    "notes": QT_TRANSLATE_NOOP("import", "Notes"),
    "categories": QT_TRANSLATE_NOOP("import", "Categories"),
    "hobbies": QT_TRANSLATE_NOOP("import", "Hobbies"),
    "spouse": QT_TRANSLATE_NOOP("import", "Spouse"),
    "children": QT_TRANSLATE_NOOP("import", "Children"),
    "birth_year": QT_TRANSLATE_NOOP("import", "Year of birth"),
    "birth_month": QT_TRANSLATE_NOOP("import", "Month of birth"),
    "birth_day": QT_TRANSLATE_NOOP("import", "Day of birth"),
    "dmu_role": QT_TRANSLATE_NOOP("import", "DMU role"),
    "dmu_type": QT_TRANSLATE_NOOP("import", "DMU type"),
    "stance": QT_TRANSLATE_NOOP("import", "Stance"),
    "influence": QT_TRANSLATE_NOOP("import", "Influence"),
    "values": QT_TRANSLATE_NOOP("import", "Values"),
}


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
                         for i in range(len(headers))]
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
            return (
                translate("import", "Column"),
                translate("import", "Example"),
                translate("import", "Goes to"),
            )[section]
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


def _action_text(row: ImportRow) -> str:
    return {
        RowAction.CREATE: translate("import", "create"),
        RowAction.MERGE: translate("import", "merge"),
        RowAction.SKIP: translate("import", "skip"),
        RowAction.REJECT: translate("import", "rejected"),
    }[row.action]


class ImportRowsModel(RowsModel):
    """The preview: every record with what will happen to it and why."""

    COL_SOURCE, COL_NAME, COL_ACTION, COL_ACCOUNT, COL_REASON = range(5)
    context = "import"
    columns = (
        Column(QT_TRANSLATE_NOOP("import", "Where"), lambda r: r.source),
        Column(QT_TRANSLATE_NOOP("import", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("import", "What happens"), _action_text),
        Column(QT_TRANSLATE_NOOP("import", "Account"), lambda r: r.account),
        Column(QT_TRANSLATE_NOOP("import", "Why"), lambda r: r.reason),
    )

    def set_rows(self, rows: Sequence[ImportRow], more: None = None) -> None:
        # Problems first, so nobody scrolls through a thousand creations to find them.
        order = {RowAction.REJECT: 0, RowAction.MERGE: 1, RowAction.SKIP: 2, RowAction.CREATE: 3}
        super().set_rows(sorted(rows, key=lambda r: (order[r.action], r.order)))

    def tooltip(self, row: ImportRow, column: int) -> str | None:
        return self.columns[column].display(row)  # reasons are long: the whole text

    def background(self, row: ImportRow) -> QColor | None:
        return QColor(theme.current().import_rows[_ACTION_ORDER.index(row.action)])
