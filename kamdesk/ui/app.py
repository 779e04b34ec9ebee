"""Starting the desktop app: window first, then the database, one instance per database."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.store.location import database_file, database_url, sqlite_path

translate = QCoreApplication.translate  # called with literals, for lupdate


def _shown(path) -> str:
    """The database file as the user thinks of it: under ~ when it is in their home folder."""
    from pathlib import Path

    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def run_app(data_dir: str | None, db_url: str | None, archive: str | None = None) -> int:
    """Show the main window on the database the options point at; returns the exit code.

    *archive*: a KAMDesk archive the user opened from the file manager, offered for import."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KAMDesk")
    app.setOrganizationName("KAMDesk")
    app.setDesktopFileName("org.kamdesk.KAMDesk")  # the .desktop file in resources/desktop
    from kamdesk.ui import theme

    app.setWindowIcon(theme.app_icon())

    theme.follow_system(app)  # dark where the system is dark, even if the style is not
    if QLocale.system().language() == QLocale.Language.C:
        # A bare "C" system locale writes 19 11 2026 and 17464400; English (UK) reads better.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from kamdesk.ui.settings import Settings
    from kamdesk.ui.translations import install_translations

    settings = Settings()
    if settings.language():  # chosen in Edit ▸ Settings…: dates and numbers follow it too
        QLocale.setDefault(settings.locale())
    install_translations(app, settings.locale())
    from kamdesk.language import use_language

    use_language(settings.locale().name())  # services' messages in the window's language
    url = database_url(data_dir, db_url)
    from kamdesk.ui import error_report

    error_report.install()  # an error inside a slot reaches the user, not only stderr

    from kamdesk.ui.single_instance import SingleInstance

    # One app per database: the team server when one is remembered (it is what opens), else
    # the local file; a start that falls back to the file claims the file instead below.
    server = _remembered_server() if data_dir is None and db_url is None else None
    instance = SingleInstance(server or url)
    if not instance.claim():
        return 0  # the running instance comes to the front instead

    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.pages import load_pages

    window = MainWindow(settings)
    window.show()
    app.processEvents()  # paint the frame before the slow ORM import
    if server is None and db_url is None:
        from kamdesk.store.early_look import look_ahead

        look_ahead(database_file(data_dir))  # the open check, on the other core, while
    load_pages()  # the pages, the services and the ORM are imported here

    from kamdesk.ui.encryption_actions import ask_key, needs_unlock

    db = None
    if data_dir is None and db_url is None:
        from kamdesk.ui.dialogs.connection_dialog import connect_to_remembered_server

        db = connect_to_remembered_server(window)  # team mode: None means the local file
        if db is not None:
            url = db.url
        elif server is not None:  # the server was given up: the lock goes to the local file
            instance.release()
            instance = SingleInstance(url)
            if not instance.claim():
                return 0
    if db is None:
        key = None
        if needs_unlock(sqlite_path(url)):
            key = ask_key(window, sqlite_path(url))
            if key is None:  # the user gave up: nothing was opened
                instance.release()
                return 0
        db = _open_or_restore(window, url, key)
    if db is None:
        instance.release()
        return 1
    window.attach_database(db)
    from kamdesk.ui.collector import IdleCollector

    collector = IdleCollector(app)  # full garbage collections while the user is idle
    path = sqlite_path(url)
    where = _shown(path) if path else db.engine.url.render_as_string(hide_password=True)
    window.show_location(translate("App", "Data: %1").replace("%1", where))
    instance.activation_requested.connect(window.bring_to_front)
    window.lock_follows = lambda shown: instance.follow(shown)  # File ▸ Team server… switched
    if os.environ.get("KAMDESK_EXIT_AFTER_START"):  # scripts/bundle_smoke.sh: up, then quit
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    if archive:
        from pathlib import Path

        from kamdesk.ui.open_archive import offer_archive

        offer_archive(window, db, Path(archive), lambda _report: window.refresh())
    try:
        return app.exec()
    finally:
        collector.stop()
        instance.release()
        window.close_database()


def _remembered_server() -> str | None:
    """The URL (no password) of the team server the window opens at start, if any."""
    if os.environ.get("KAMDESK_DATA_DIR") or os.environ.get("KAMDESK_DB_URL"):
        return None
    from kamdesk.ui.team_settings import TeamSettings

    address = TeamSettings().address()
    return address.shown() if address is not None else None


def _open_or_restore(window, url: str, key: bytes | None):
    """The open database; a damaged one is set aside and the user offered a backup first."""
    from kamdesk.store.database import open_database
    from kamdesk.store.errors import DamagedDatabaseError, StoreError

    try:
        return open_database(url, key=key)
    except DamagedDatabaseError as error:
        from kamdesk.store.restore import restore_database
        from kamdesk.ui.backup_actions import offer_restore_after_damage

        chosen = offer_restore_after_damage(window, error, window.settings)
        if chosen is None:
            return None
        try:
            restore_database(error.path, chosen)
            return open_database(url, key=key)
        except StoreError as failed:
            message = str(failed)
    except StoreError as error:
        message = str(error)
    QMessageBox.critical(window, translate("App", "KAMDesk cannot open your dossiers"), message)
    return None
