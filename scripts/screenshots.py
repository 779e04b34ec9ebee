"""Render every page and dossier tab of the main window on the sample portfolio to PNG.

Usage: python scripts/screenshots.py [OUTPUT_DIR]   (default docs/screenshots; run offscreen)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = (1400, 900)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kamdesk-screenshots"])
    from kamdesk.services.sample_data import load_sample_portfolio
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
        window.show_location(f"Data: {Path.home() / '.local/share/KAMDesk/kamdesk.sqlite3'}")

        def shoot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        shoot("first-run")
        load_sample_portfolio(db, today)
        window.context.changed.emit()
        window.navigation.setCurrentRow(PAGE_TODAY)
        shoot("today")
        window.navigation.setCurrentRow(PAGE_PORTFOLIO)
        shoot("portfolio")
        accounts = window.pages["accounts"]
        window.open_account(accounts.accounts.model.row_at(0).id)
        dossier = accounts.dossier
        for index in range(dossier.tabs.count()):
            dossier.tabs.setCurrentIndex(index)
            name = dossier.tabs.tabText(index).lower().replace(" ", "-").replace("&", "")
            shoot(f"dossier-{index + 1:02d}-{name}")
        dossier.tabs.setCurrentWidget(dossier.people)
        people = dossier.people
        people.table.selectRow(0)
        people.edit_person(people.current().id)
        editor = people.editor
        editor.resize(700, 600)
        for _ in range(3):
            app.processEvents()
        editor.grab().save(str(out / "person-editor.png"))
        editor._tabs.setCurrentIndex(1)
        app.processEvents()
        editor.grab().save(str(out / "person-editor-personal.png"))
        editor.dirty = False
        editor.reject()
        dossier.tabs.setCurrentWidget(dossier.interactions)
        dossier.interactions.log_contact()
        app.processEvents()
        dossier.interactions.dialog.grab().save(str(out / "log-contact.png"))
        dossier.interactions.dialog.reject()
        window.search_box.setText("zlot")
        page = window.pages["search"]
        page.search("zlot")
        while page.model.rowCount() == 0 and "result" not in page.heading.text():
            app.processEvents()
        shoot("search")
        window.search_box.clear()
        dossier.people.table.selectRow(1)
        dossier.people.delete_person(dossier.people.current())
        window.navigation.setCurrentRow(PAGE_TRASH)
        shoot("trash")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
