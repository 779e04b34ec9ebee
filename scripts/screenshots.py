"""Render every page and dossier tab of the main window on the sample portfolio to PNG.

Usage: python scripts/screenshots.py [OUTPUT_DIR] [--dark] [--lang fil] [--only A,B…]
(default docs/screenshots; run offscreen). --dark paints with the theme's dark palette, as a
dark desktop does; --lang installs that shipped translation; --only keeps those pictures
(names without .png, the same in every language).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = (1400, 900)
# The dossier's tabs by their English names, so the files are named alike in every language.
TABS = ("overview", "people", "map", "contacts", "meetings", "tasks", "proposals", "tenders",
        "service", "cross-sell", "referrals")


def main(argv: list[str]) -> int:
    dark = "--dark" in argv
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else None
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    argv = [a for i, a in enumerate(argv)
            if a not in ("--dark", "--lang", "--only") and argv[i - 1] not in ("--lang", "--only")]
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kamdesk-screenshots"])
    if dark:
        from kamdesk.ui import theme

        app.setPalette(theme.dark_palette())
    if lang:
        from PySide6.QtCore import QLocale

        from kamdesk.ui.translations import install_translations

        QLocale.setDefault(QLocale(lang))
        install_translations(app, QLocale(lang))
    from kamdesk.domain.changes import Changes
    from kamdesk.services.sample.loading import load_sample_portfolio
    from kamdesk.store.database import open_database
    from kamdesk.ui.main_window import PAGE_PORTFOLIO, PAGE_TODAY, PAGE_TRASH, MainWindow
    from kamdesk.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'sample.sqlite3'}")
        today = date.today()
        settings = Settings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        window.attach_database(db, lambda: today)
        from PySide6.QtCore import QCoreApplication

        where = QCoreApplication.translate("App", "Data: %1")
        window.show_location(where.replace("%1", "~/.local/share/KAMDesk/kamdesk.sqlite3"))

        def shoot(name: str, widget=None) -> None:
            if only is not None and name not in only:
                return
            for _ in range(3):
                app.processEvents()
            (widget or window).grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        shoot("first-run")
        load_sample_portfolio(db, today)
        window.context.notify(Changes.everything())
        _wait_for(window.navigation_pane.summary_shown)  # the week's count, after a pause
        window.navigation.setCurrentRow(PAGE_TODAY)
        shoot("today")  # grouped: Overdue / Today / This week / Later, meetings among them
        window.navigation.setCurrentRow(PAGE_PORTFOLIO)
        shoot("portfolio")
        accounts = window.pages["accounts"]
        first = accounts.accounts.model.row_at(0).id
        window.open_account(first)
        dossier = accounts.dossier
        for index in range(dossier.tabs.count()):
            dossier.tabs.setCurrentIndex(index)
            tab = dossier.tabs.widget(index)
            if tab is dossier.tenders:
                # The first account has no tender; show one that has.
                window.open_account(_account_with_tenders(db, accounts, today) or first)
            name = TABS[index] if index < len(TABS) else dossier.tabs.tabText(index).lower()
            shoot(f"dossier-{index + 1:02d}-{name}")
            if tab is dossier.tenders:
                window.open_account(first)
        dossier.tabs.setCurrentWidget(dossier.people)
        people = dossier.people
        people.select_where(lambda p: _has_family(db, p.id))
        people.edit_person(people.current().id)
        editor = people.editor
        editor.resize(700, 600)
        for _ in range(3):
            app.processEvents()
        shoot("person-editor", editor)
        editor._tabs.setCurrentIndex(1)
        app.processEvents()
        shoot("person-editor-personal", editor)
        editor._tabs.setCurrentIndex(4)
        from PySide6.QtCore import QDate

        from kamdesk.domain.enums import LegalBasis

        privacy = editor.privacy  # filled in as a KAM would, for the picture; not saved
        privacy.legal_basis.setCurrentIndex(
            privacy.legal_basis.findData(LegalBasis.LEGITIMATE_INTEREST)
        )
        privacy.data_source.setText("Met at the Baltic Transport Fair, business card")
        privacy.collected_on.setDate(QDate(today.year - 1, 9, 18))
        privacy.review_on.setDate(QDate(today.year + 1, 9, 18))
        app.processEvents()
        shoot("person-editor-privacy", editor)
        editor.dirty = False
        editor.reject()
        from kamdesk.services.privacy.erasure import ErasureService
        from kamdesk.ui.dialogs.erase_person import erasure_box

        box = erasure_box(window, ErasureService(db).scope(people.current().id))
        box.show()
        app.processEvents()
        box.grab().save(str(out / "erase-person.png"))
        box.close()
        dossier.tabs.setCurrentWidget(dossier.interactions)
        dossier.interactions.log_contact()
        app.processEvents()
        shoot("log-contact", dossier.interactions.dialog)
        dossier.interactions.dialog.reject()
        if only is None or "record-outcome" in only:
            _outcome_dialog(app, window, dossier, out, today)
        ceo = _person_with_most_contacts(db, dossier.account_id)
        window.context.open_person.emit(dossier.account_id, ceo)
        shoot("person")
        window.open_account(first)
        page = window.pages["search"]
        waiting = QEventLoop()
        page.results_shown.connect(waiting.quit)
        QTimer.singleShot(10000, waiting.quit)
        # "yard" is in names, proposals, meetings and the contact history: every kind of
        # snippet, the match in bold.
        window.search_box.setText("yard")
        waiting.exec()
        shoot("search")
        # Two letters: names and attributes only, and the note says the history was left out.
        window.search_box.setText("an")
        waiting.exec()
        shoot("search-short")
        window.search_box.clear()
        dossier.people.table.selectRow(1)
        dossier.people.delete_person(dossier.people.current())
        window.navigation.setCurrentRow(PAGE_TRASH)
        QTest.qWait(400)  # let the search box's clear button fade out
        shoot("trash")
        from kamdesk.services.backups import make_backup

        make_backup(db)
        make_backup(db, "before-import")
        make_backup(db, "idle")
        window.open_restore()
        window.restore_dialog.resize(640, 320)
        shoot("restore", window.restore_dialog)
        window.restore_dialog.reject()
        from kamdesk.ui.help_dialogs import GettingStartedDialog
        from kamdesk.ui.settings_dialog import SettingsDialog

        for name, dialog in (("settings", SettingsDialog(settings, window)),
                             ("getting-started", GettingStartedDialog(window))):
            dialog.show()
            shoot(name, dialog)
            dialog.close()
        window.close()
        db.close()
    return 0


def _wait_for(signal, most_ms: int = 5000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(most_ms, loop.quit)
    loop.exec()


def _outcome_dialog(app, window, dossier, out: Path, today) -> None:
    """Record outcome of the account's last meeting that took place (opened filled)."""
    from kamdesk.ui.dialogs.outcome_dialog import OutcomeDialog

    dossier.tabs.setCurrentWidget(dossier.meetings)
    past = [m for m in dossier.meetings.model.rows() if m.local_starts_at.date() <= today]
    if not past:
        return
    dialog = OutcomeDialog(window.context.db, past[0], today, window)
    dialog.next_step.setText("Send the phase-2 cash-flow model by quarter")
    dialog.next_due.set_date(today + timedelta(days=7))
    dialog.show()
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(out / "record-outcome.png"))
    print(out / "record-outcome.png")
    dialog.dirty = False
    dialog.reject()


def _person_with_most_contacts(db, account_id):
    from kamdesk.services.people import PeopleService
    from kamdesk.services.person_profile import PersonProfileService

    people = PeopleService(db).list_people(account_id)
    return max(people, key=lambda p: len(PersonProfileService(db).profile(p.id).contacts)).id


def _account_with_tenders(db, accounts_page, today):
    from kamdesk.services.tenders import TenderService

    for account in accounts_page.accounts.model.rows():
        if TenderService(db).list_tenders(account.id, today):
            return account.id
    return None


def _has_family(db, person_id) -> bool:
    from kamdesk.services.people import PeopleService

    person = PeopleService(db).get_person(person_id)
    return bool(person.family and person.hobbies)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
