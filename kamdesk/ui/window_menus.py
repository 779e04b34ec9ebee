"""The main window's menus: File, Edit, Account and Go, with their shortcuts.

The texts stay in the `MainWindow` translation context (literal `translate` calls, so that
lupdate files them there, as before they moved out of main_window.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


def add_action(window, menu, text: str, slot: Callable, *keys) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window) -> None:
    """The window's menus; the Account menu's actions act on the page on screen."""
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    w.import_action = add_action(w, file_menu, translate("MainWindow", "&Import…"), w.open_import)
    w.export_action = add_action(w, file_menu, translate("MainWindow", "&Export…"), w.open_export)
    file_menu.addSeparator()
    w.backup_action = add_action(w, file_menu, translate("MainWindow", "&Back up now…"),
                                 w.back_up_now)
    w.backup_action.setEnabled(False)
    w.restore_action = add_action(w, file_menu, translate("MainWindow", "&Restore…"),
                                  w.open_restore)
    w.restore_action.setEnabled(False)
    file_menu.addSeparator()
    from kamdesk.ui.encryption_actions import EncryptionMenu

    w.encryption = EncryptionMenu(w, file_menu)
    w.audit_action = add_action(w, file_menu, translate("MainWindow", "What &left the app…"),
                                w.open_audit)
    w.team_action = add_action(w, file_menu, translate("MainWindow", "&Team server…"),
                               w.open_team_server)
    file_menu.addSeparator()
    w.quit_action = add_action(w, file_menu, translate("MainWindow", "&Quit"), w.close,
                               QKeySequence.StandardKey.Quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    w.undo_action = add_action(w, edit_menu, translate("MainWindow", "&Undo"), w.undo,
                               QKeySequence.StandardKey.Undo)
    w.undo_action.setEnabled(False)
    w.undo_offer.available.connect(w.undo_action.setEnabled)
    w.find_action = add_action(w, edit_menu, translate("MainWindow", "&Find…"), w.focus_search,
                               "Ctrl+K", "Ctrl+F")
    _account_menu(w, bar.addMenu(translate("MainWindow", "&Account")))
    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    for row, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")):
        text = w.navigation.item(row).text()
        add_action(w, go_menu, text, lambda _=False, r=row: w.go_to(r), key)


def _account_menu(w, menu) -> None:
    # The pages are built later (they import the services): the actions name what to call.
    w.new_account_action = add_action(w, menu, translate("MainWindow", "&New account…"),
                                      lambda: w.on_account(lambda a: a.new_account()),
                                      QKeySequence.StandardKey.New)
    # These act on the account on screen; with no account they are greyed out. On a person's
    # page, Log a contact and New task start with that person filled in.
    w.account_actions = {}
    for text, name, on_account, on_person, keys in (
        (translate("MainWindow", "New &person…"), "new_person",
         lambda a: a.new_person(), None, ("Ctrl+Shift+P",)),
        (translate("MainWindow", "&Log a contact…"), "log_contact",
         lambda a: a.log_contact(), lambda p: p.log_contact(), ("Ctrl+L",)),
        (translate("MainWindow", "New &task…"), "new_task",
         lambda a: a.new_task(), lambda p: p.new_task(), ("Ctrl+T",)),
        (translate("MainWindow", "Plan a &meeting…"), "plan_meeting",
         lambda a: a.plan_meeting(), None, ()),
        (translate("MainWindow", "New p&roposal…"), "new_proposal",
         lambda a: a.new_proposal(), None, ()),
        (translate("MainWindow", "&Brief…"), "brief", lambda a: a.brief(), None, ("Ctrl+B",)),
        (None, "", None, None, ()),
        (translate("MainWindow", "&Delete account…"), "delete_account",
         lambda a: a.delete_account(), None, ()),
    ):
        if text is None:
            menu.addSeparator()
            continue
        w.account_actions[name] = add_action(
            w, menu, text, lambda _=False, a=on_account, p=on_person: w.on_account(a, p), *keys)
        w.account_actions[name].setEnabled(False)
    w.trip_action = add_action(w, menu, translate("MainWindow", "&Trip brief for a city…"),
                               w.ask_trip_brief)
