"""The shipped Filipino translation, switched on as a Filipino user gets it: every page, tab
and dialog walked widget by widget finds no visible text still equal to its English source.

Texts that stay the same in Filipino on purpose (loanwords a Philippine office uses: "E-mail",
"PDF", "Portfolio", "HR"…) have a translation equal to their source in the .ts, and so are
not counted; names and numbers are not sources at all.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from kamdesk.resources import resource
from kamdesk.ui import translations

TS = resource("translations", "kamdesk_fil.ts")


def _untranslated_sources() -> set[str]:
    """English sources whose Filipino differs: seeing one of these means a text was missed."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if any(form and form != source for form in forms):
            found.add(source)
    return found


def test_the_shipped_catalogues_are_complete():
    unfinished = [m.findtext("source") for m in ET.parse(TS).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert resource("translations", "kamdesk_fil.qm").stat().st_size > 10_000
    from babel.messages.pofile import read_po

    with resource("translations", "fil", "LC_MESSAGES", "kamdesk.po").open("rb") as f:
        catalog = read_po(f)
    empty = [m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str)
                                                    else all(m.string))]
    assert empty == [] and len(catalog) > 200


@pytest.fixture
def filipino(qapp):
    QLocale.setDefault(QLocale("fil_PH"))
    files = translations.install_translations(qapp, QLocale("fil_PH"))
    assert files and files[0].endswith("kamdesk_fil.qm")
    yield
    for translator in qapp.findChildren(translations.QTranslator):
        if translator.filePath() in files:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _texts(root: QWidget):
    """(where, text) for every text the user can see in *root* and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
            yield name + " tip", w.toolTip()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from ((name, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = _count(model.columnCount)
            for column in range(columns):
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                yield name + " column", str(heading or "")
            for row in range(min(_count(model.rowCount), 30)):
                for column in range(columns):
                    yield name + " cell", str(model.index(row, column).data() or "")
        if w.isWindow():
            yield name + " title", w.windowTitle()


def _count(method) -> int:
    """rowCount()/columnCount(): list models take no argument, some Qt models only one."""
    for args in ((), (QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            continue
    return 1


def _menus(window):
    for top in window.menuBar().actions():
        yield "menu", top.text()
        for action in top.menu().actions():
            yield "menu item", action.text()


def _english(found, sources: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in found if text.strip() in sources})


def _dialogs(window, qtbot):
    """The dialogs a KAM opens, built (not run) with the window as parent."""
    from kamdesk.ui.help_dialogs import AboutDialog, GettingStartedDialog, ShortcutsDialog
    from kamdesk.ui.settings_dialog import SettingsDialog

    made = [SettingsDialog(window.settings, window), ShortcutsDialog(window),
            GettingStartedDialog(window), AboutDialog(window)]
    accounts = window.pages["accounts"]
    dossier = accounts.dossier
    people = dossier.people
    people.edit_person(people.current().id if people.current() else None)
    if getattr(people, "editor", None) is not None:
        made.append(people.editor)
    dossier.interactions.log_contact()  # opened window-modal, not run
    accounts.new_account()
    from kamdesk.ui.import_wizard import ImportWizard

    made += [dossier.interactions.dialog, accounts.dialog, ImportWizard(window.context.db, window)]
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
    return made


def test_every_page_tab_and_dialog_speaks_filipino(filipino, qtbot, sample_db, settings, today):
    from kamdesk.ui.main_window import PAGE_PORTFOLIO, PAGE_TODAY, PAGE_TRASH, MainWindow

    sources = _untranslated_sources()
    assert len(sources) > 400
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.attach_database(sample_db, lambda: today)
    found = list(_menus(window))
    for row in (PAGE_TODAY, PAGE_PORTFOLIO, PAGE_TRASH):
        window.navigation.setCurrentRow(row)
        QApplication.processEvents()
        found += _texts(window)
    accounts = window.pages["accounts"]
    window.open_account(accounts.accounts.model.row_at(0).id)
    tabs = accounts.dossier.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += _texts(window)
    with qtbot.waitSignal(window.pages["search"].results_shown, timeout=20_000):
        window.search_box.setText("chess")  # the search page, with its results
    QApplication.processEvents()
    found += _texts(window)
    window.search_box.clear()
    for dialog in _dialogs(window, qtbot):
        QApplication.processEvents()
        found += _texts(dialog)
        dialog.close()
    for menu in window.findChildren(QMenu):
        found += [("menu", a.text()) for a in menu.actions()]
    assert len(found) > 500
    assert _english(found, sources) == []
    assert "Ngayon" in {text for _, text in found}  # the walk saw Filipino, not nothing


def test_without_the_translation_the_same_walk_finds_english(qtbot, sample_db, settings, today):
    """The walk above can fail: in English it finds the sources everywhere."""
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach_database(sample_db, lambda: today)
    assert len(_english(list(_texts(window)) + list(_menus(window)),
                        _untranslated_sources())) > 20


def test_the_first_run_page_speaks_filipino_too(filipino, qtbot, db, settings, today):
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach_database(db, lambda: today)
    QApplication.processEvents()
    found = list(_texts(window))
    assert "Maligayang pagdating sa KAMDesk" in {text for _, text in found}
    assert _english(found, _untranslated_sources()) == []
