"""The Help menu's windows: the keyboard shortcuts (read from the actions and shortcuts
themselves, in the menus and anywhere in the window's widgets, so the list cannot fall behind),
the KAM's loop in five steps, and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.resources import resource
from kamdesk.ui import theme

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow


def _plain(text: str) -> str:
    """A menu text as read: without the & of its mnemonic and the … of a dialog."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences
                     if not k.isEmpty())


def _place(widget: QWidget | None, window: QMainWindow) -> str:
    """Where a shortcut works, as the user finds it: the tab or dialog holding `widget`."""
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            return _plain(tabs.tabText(tabs.indexOf(widget)))
        if isinstance(widget, QDialog) and widget.windowTitle():
            return widget.windowTitle()
        widget = parent
    return QCoreApplication.translate("ShortcutsDialog", "Anywhere in the window")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every shortcut of the window: the menu actions in menu order,
    then every other action and QShortcut among its widgets (tabs, pages, open dialogs),
    under the tab or dialog they work in."""
    rows: list[tuple[str, str, str]] = []
    in_menus: set[QAction] = set()

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            in_menus.add(action)
            if action.menu() is not None:
                walk(action.menu(), where)
            elif keys := _keys(action.shortcuts()):
                rows.append((where, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    others = set()
    for action in window.findChildren(QAction):
        if action not in in_menus and action.menu() is None and (keys := _keys(action.shortcuts())):
            where = action.parent() if isinstance(action.parent(), QWidget) else None
            others.add((_place(where, window), _plain(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        if keys := _keys([shortcut.key()]):
            what = _plain(shortcut.whatsThis() or shortcut.objectName())
            where = shortcut.parent() if isinstance(shortcut.parent(), QWidget) else None
            others.add((_place(where, window), what, keys))
    return rows + sorted(others)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        menus: dict[str, QTreeWidgetItem] = {}
        for menu, text, keys in shortcut_rows(window):
            if menu not in menus:
                menus[menu] = QTreeWidgetItem(self.tree, [menu])
                menus[menu].setFirstColumnSpanned(True)
                font = menus[menu].font(0)
                font.setBold(True)
                menus[menu].setFont(0, font)
            QTreeWidgetItem(menus[menu], [text, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        column = QVBoxLayout(self)
        column.addWidget(self.tree)
        column.addWidget(_buttons(self))


class GettingStartedDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(600, 520)
        self.steps = [
            self.tr("<b>Your key accounts.</b> Account ▸ New account (Ctrl+N), with its tier and "
                    "revenue by quarter: the Portfolio then shows how much of your sales each "
                    "brings, and warns when one client brings too much."),
            self.tr("<b>The people who decide.</b> For each account, New person (Ctrl+Shift+P): "
                    "their role in the decision, type, stance toward us, and what widens the "
                    "conversation: birthday, hobbies, family, values."),
            self.tr("<b>Start the day on Today</b> (Ctrl+1): birthdays, follow-ups due and "
                    "overdue, proposals about to expire, tenders to start preparing."),
            self.tr("<b>Log every contact</b> (Ctrl+L) and every proposal you send: the "
                    "follow-up calls (received? next steps? timeline?) are put in your agenda."),
            self.tr("<b>Before each meeting, the brief</b> (Ctrl+B): who will be in the room, "
                    "what each one cares about, our history and the next steps, on paper or "
                    "as a PDF."),
        ]
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("The key account manager's loop, in five steps:"))
        column.addWidget(intro)
        for number, text in enumerate(self.steps, 1):
            step = QLabel(f"<span style='font-size: 15pt; font-weight: 600;'>{number}</span>"
                          f"&nbsp;&nbsp;{text}")
            step.setWordWrap(True)
            step.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(step)
        hint = QLabel(self.tr("No data yet? The first page loads a fictional sample portfolio "
                              "to try everything on."))
        hint.setWordWrap(True)
        theme.muted(hint)
        column.addWidget(hint)
        column.addStretch(1)
        column.addWidget(_buttons(self))


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 20 ms: not before paint

    try:
        return version("kamdesk")
    except PackageNotFoundError:  # a source checkout that was never installed
        from kamdesk import __version__

        return __version__


LICENCES = (  # (what, licence, file under resources)
    ("DejaVu fonts", "Bitstream Vera / public domain", ("fonts", "LICENSE-DejaVu.txt")),
    ("Lucide icons", "ISC", ("icons", "LICENSE-Lucide.txt")),
)


class AboutDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("About KAMDesk"))
        self.resize(620, 520)
        settings = window.settings
        where = window.location_label.text()
        self.summary = QLabel(
            "<h2>KAMDesk %1</h2>".replace("%1", app_version())
            + "<p>" + self.tr("Dossiers and meeting briefs for key account managers.") + "</p>"
            + "<p>" + self.tr("Qt %1, PySide6 %2").replace("%1", qVersion())
            .replace("%2", PySide6.__version__) + "</p>"
            + "<p><b>" + self.tr("Where your data lives") + "</b><br>" + where
            + "<br>" + self.tr("Settings: %1").replace("%1", settings.file_name()) + "</p>"
        )
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QTabWidget()
        for what, licence, path in LICENCES:
            text = QPlainTextEdit(resource(*path).read_text(encoding="utf-8"))
            text.setReadOnly(True)
            self.licences.addTab(text, f"{what} ({licence})")
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(QLabel(self.tr("Shipped with KAMDesk, under their own licences:")))
        column.addWidget(self.licences, 1)
        column.addWidget(_buttons(self))


def every_action(window: QMainWindow) -> list[QAction]:
    """The window's actions that appear in a menu (what the shortcuts list is built from)."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found
