"""The last safety net: an error no window expected is shown, never silently swallowed."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

translate = QCoreApplication.translate  # called with literals, for lupdate


def explain(error: BaseException) -> tuple[str, str]:
    """Title and text for the user; a StoreError's message is already written for them."""
    from kamdesk.store.errors import StoreError

    if isinstance(error, StoreError):
        return translate("ErrorReport", "KAMDesk could not save or read your dossiers"), str(error)
    if isinstance(error, OSError):
        return translate("ErrorReport", "A file could not be used"), str(error)
    database_errors = sys.modules.get("sqlalchemy.exc")
    if database_errors is not None and isinstance(error, database_errors.DatabaseError):
        # the driver's text holds SQL and ids: not for the user
        return (
            translate("ErrorReport", "Your dossiers could not be read"),
            translate(
                "ErrorReport",
                "The database may be damaged. Nothing half-done was saved. File ▸ Restore… "
                "goes back to a backup; `kamdesk check` tells more.",
            ),
        )
    return (
        translate("ErrorReport", "Something went wrong"),
        translate(
            "ErrorReport", "The last action did not complete and nothing half-done was saved.\n\n%1"
        ).replace("%1", f"{type(error).__name__}: {error}"),
    )


def show_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    traceback.print_exception(kind, error, tb, file=sys.stderr)  # kept for a bug report
    if isinstance(error, KeyboardInterrupt) or QApplication.instance() is None:
        return
    title, text = explain(error)
    QMessageBox.critical(QApplication.activeWindow(), title, text)


def install() -> None:
    sys.excepthook = show_unexpected_error
