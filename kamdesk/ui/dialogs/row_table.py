"""A small editable table with Add and Remove buttons, for rows inside a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui import theme
from kamdesk.ui.models.editable import EditableRowsModel


def _edit_new_row(view: QTableView, model: EditableRowsModel, defaults: dict) -> None:
    # The new row becomes the current one: Remove then removes it, and moving on closes
    # (and keeps) what was typed in it.
    index = model.index(model.append(defaults), 0)
    view.setCurrentIndex(index)
    view.edit(index)


def row_table(
    model: EditableRowsModel, add_text: str, remove_text: str, defaults: dict, hint: str = ""
) -> QWidget:
    """The table, its buttons and an optional hint; `box.view` etc. reach the parts."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    view.verticalHeader().hide()
    buttons = QHBoxLayout()
    add, remove = QPushButton(add_text), QPushButton(remove_text)
    add.clicked.connect(lambda: _edit_new_row(view, model, defaults))
    remove.clicked.connect(lambda: model.remove(view.currentIndex().row()))
    buttons.addWidget(add)
    buttons.addWidget(remove)
    buttons.addStretch(1)
    if hint:
        note = QLabel(hint)
        theme.muted(note)
        buttons.addWidget(note)
    column.addWidget(view)
    column.addLayout(buttons)
    box.view, box.add_button, box.remove_button = view, add, remove
    return box
