"""What the main window has beyond its pages: icons on the navigation and the actions, a
toolbar of the daily actions, Edit ▸ Settings and the Help menu.

Kept out of main_window.py so that module stays about the pages; `add_extras` runs once the
menus are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from kamdesk.ui import theme

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

NAVIGATION_ICONS = ("calendar-days", "building-2", "chart-pie", "trash-2")
ACCOUNT_ICONS = {"new_account": "building", "new_person": "user-plus",
                 "log_contact": "message-square-plus", "brief": "file-text",
                 "new_task": "list-todo", "plan_meeting": "calendar-plus",
                 "new_proposal": "file-pen", "delete_account": "trash-2"}
TOOLBAR = ("new_account", "new_person", "log_contact", "brief")
translate = QCoreApplication.translate  # the window's own context, spelled out for lupdate


def add_extras(window: MainWindow) -> None:
    for row, name in enumerate(NAVIGATION_ICONS[: window.navigation.count()]):
        window.navigation.item(row).setIcon(theme.icon(name))
    window.navigation.setIconSize(QSize(18, 18))
    for action, name in ((window.import_action, "file-input"),
                         (window.export_action, "file-output"),
                         (window.backup_action, "hard-drive-download"),
                         (window.quit_action, "log-out"), (window.undo_action, "undo-2"),
                         (window.find_action, "search"), (window.trip_action, "map-pin")):
        action.setIcon(theme.icon(name))
    for key, name in ACCOUNT_ICONS.items():
        if action := _account_action(window, key):
            action.setIcon(theme.icon(name))
    _toolbar(window)
    _settings_and_help(window)


def _account_action(window: MainWindow, key: str) -> QAction | None:
    """An action of the Account menu by its name ("new_person"); None if the window has none."""
    if key == "new_account":  # the one that needs no account on screen
        return window.new_account_action
    return window.account_actions.get(key)


def _toolbar(window: MainWindow) -> None:
    bar = QToolBar(translate("MainWindow", "Daily actions"), window)
    bar.setObjectName("actions-toolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    for key in TOOLBAR:
        if action := _account_action(window, key):
            bar.addAction(action)
    window.insertToolBar(window.findChild(QToolBar, "search-toolbar"), bar)


def _menu(window: QMainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text() == title:
            return action.menu()
    return window.menuBar().addMenu(title)


def _new_action(window: QMainWindow, icon: str, text: str, slot, *keys) -> QAction:
    action = QAction(theme.icon(icon), text, window)
    action.setShortcuts([QKeySequence(k) for k in keys if k])
    action.triggered.connect(slot)
    return action


def _settings_and_help(window: MainWindow) -> None:
    from kamdesk.ui import help_dialogs

    edit = _menu(window, translate("MainWindow", "&Edit"))
    edit.addSeparator()
    preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    window.settings_action = _new_action(
        window, "settings", translate("MainWindow", "&Settings…"),
        lambda: open_settings(window), *(preferences or ["Ctrl+,"]),
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: app menu
    edit.addAction(window.settings_action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.getting_started_action = _new_action(
        window, "book-open", translate("MainWindow", "&Getting started"),
        lambda: help_dialogs.GettingStartedDialog(window).exec(),
        QKeySequence(QKeySequence.StandardKey.HelpContents),
    )
    window.shortcuts_action = _new_action(
        window, "keyboard", translate("MainWindow", "&Keyboard shortcuts"),
        lambda: help_dialogs.ShortcutsDialog(window).exec(), "Ctrl+/",
    )
    window.about_action = _new_action(
        window, "info", translate("MainWindow", "&About KAMDesk"),
        lambda: help_dialogs.AboutDialog(window).exec(),
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    for action in (window.getting_started_action, window.shortcuts_action, window.about_action):
        help_menu.addAction(action)


def open_settings(window: MainWindow) -> None:
    from kamdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    if dialog.exec():
        window.settings_changed()
