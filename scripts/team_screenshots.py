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
)


def assign_sample_owners(db) -> None:
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.team.members import TeamService

    team = TeamService(db)
    users = [team.add_user(email, name) for email, name, _ in KAMS]
    for account in AccountService(db).list_accounts():
        for user, (_, _, parts) in zip(users, KAMS, strict=True):
            if any(p in account.name for p in parts):
                deputy = users[(users.index(user) + 1) % len(users)]
                team.set_owner(account.id, user.id, deputy.id)


def stale_account_dialog(db, parent):
    """The account dialog after a save that someone else's save overtook."""
    from dataclasses import replace

    from kamdesk.domain.enums import Tier
    from kamdesk.services.accounts import AccountInput, AccountService
    from kamdesk.store.database import open_database
    from kamdesk.ui.dialogs.entries import AccountDialog

    baltic = next(a for a in AccountService(db).list_accounts() if a.name.startswith("Baltic"))
    dialog = AccountDialog(db, baltic.id, parent)
    dialog.show()
    dialog.notes.setPlainText("Zbigniew Wróblewski prefers calls before nine.")
    dialog.city.setText("Sopot")
    colleague = open_database(db.url)
    service = AccountService(colleague)
    a = service.get_account(baltic.id)
    data = AccountInput(a.name, a.tier, a.industry, a.region, a.city, a.country, a.lead_source,
                        a.website, a.notes, list(a.revenue))
    service.update_account(baltic.id, replace(data, city="Gdynia", tier=Tier.IMAGE), base=a)
    colleague.close()
    dialog.accept()  # Save: refused, the conflict shows
    return dialog


def unreachable_server_dialog(parent):
    """The connection dialog after trying a server that is not there (nothing listens on
    port 1 of this machine), without a keychain to keep the password in."""
    import keyring
    from keyring.backends.fail import Keyring

    from kamdesk.services.team.server_connection import ServerAddress
    from kamdesk.ui.dialogs.connection_dialog import ConnectionDialog

    keyring.set_keyring(Keyring())
    dialog = ConnectionDialog(ServerAddress("127.0.0.1", 1, "kamdesk_sales", "anna.kowalska",
                                            "require"), parent)
    dialog.show()
    dialog.password.setText("not shown anywhere")
    dialog.accept()  # Connect: refused, said in one sentence
    return dialog


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kamdesk-screenshots"])
    from kamdesk.services.sample.loading import load_sample_portfolio
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
        shoot(stale_account_dialog(db, window), "conflict")
        shoot(unreachable_server_dialog(window), "connection")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
