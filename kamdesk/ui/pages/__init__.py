"""The pages of the main window."""


def load_pages() -> None:
    """Import the pages, and with them the services and the ORM (0.5 s): after the frame
    has painted, and while the database file is being checked (store.early_look)."""
    from kamdesk.ui.backup_actions import BackupKeeper  # noqa: F401
    from kamdesk.ui.context import AppContext  # noqa: F401
    from kamdesk.ui.pages import (  # noqa: F401 - imported for their cost, now
        accounts_page,
        department_page,
        first_run_page,
        person_page,
        portfolio_page,
        search_page,
        today_page,
        trash_page,
    )
