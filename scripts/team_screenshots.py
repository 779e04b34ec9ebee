"""Render the team-mode windows on the sample portfolio to PNG: the department page, the
conflict message of a stale save, the connection dialog.

Usage: python scripts/team_screenshots.py [OUTPUT_DIR]   (default docs/screenshots; offscreen)
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
KAMS = (  # fictional KAMs, and the accounts each owns (by a part of the name)
    ("anna.kowalska@example.com", "Anna Kowalska", ("Baltic", "Sava", "Vltava")),
    ("pham.thi.thanh@example.com", "Phạm Thị Thanh", ("Sông Hồng", "Mê Kông", "Cebu",
                                                       "Mindanao")),
    ("dmitri.volkov@example.com", "Дмитрий Волков", ("ТрансУрал", "Дала", "Αιγαίο")),
)  # fmt: skip


def assign_sample_owners(db) -> None:
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.team import TeamService

    team = TeamService(db)
    users = [team.add_user(email, name) for email, name, _ in KAMS]
    for account in AccountService(db).list_accounts():
        for user, (_, _, parts) in zip(users, KAMS, strict=True):
            if any(p in account.name for p in parts):
                deputy = users[(users.index(user) + 1) % len(users)]
                team.set_owner(account.id, user.id, deputy.id)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kamdesk-screenshots"])
    from kamdesk.services.sample_data import load_sample_portfolio
    from kamdesk.store.database import open_database
    from kamdesk.ui.main_window import PAGE_DEPARTMENT, MainWindow
    from kamdesk.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'sample.sqlite3'}")
        today = date.today()
        load_sample_portfolio(db, today)
        assign_sample_owners(db)
        settings = Settings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        window.attach_database(db, lambda: today)

        def shoot(widget, name: str) -> None:
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        window.navigation.setCurrentRow(PAGE_DEPARTMENT)
        shoot(window, "department")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
