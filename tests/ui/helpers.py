"""Small moves the window tests share: typing, saving a dialog, finding the dialog on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def button(widget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text().startswith(text)]
    assert found, f"no button '{text}'"
    return found[0]


def type_into(qtbot, line_edit, text: str) -> None:
    """Type like a user; QTest can only synthesise ASCII keys, so other letters are inserted."""
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.insert(text)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def activate(qtbot, window) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_form(window):
    """The one editing dialog open on the window now."""
    from kamdesk.ui.dialogs.form_dialog import FormDialog

    found = [d for d in window.findChildren(FormDialog) if d.isVisible()]
    assert len(found) == 1, f"{len(found)} dialogs open"
    return found[0]


def double_click_row(qtbot, view, predicate) -> None:
    """Double-click the first row of a ListView whose dataclass fits `predicate`."""
    from PySide6.QtCore import Qt

    row = next(r for r in range(view.proxy.rowCount()) if predicate(view.proxy.row_at(r)))
    rect = view.table.visualRect(view.proxy.index(row, 1))
    view.table.scrollTo(view.proxy.index(row, 1))
    rect = view.table.visualRect(view.proxy.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
