"""A KAMDesk archive opened from the file manager (`kamdesk-app FILE`, the .desktop file's
MIME association): the window asks before adding its rows, then imports it like
`kamdesk import json FILE` does, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kamdesk.ui.worker import run_in_background

translate = QCoreApplication.translate


def _import(db, path: Path):
    from kamdesk.interchange.archive_file import open_archive
    from kamdesk.services.archive.loading import import_archive

    with open_archive(path) as tables:
        return import_archive(db, tables, dry_run=False, skip_invalid=False)


def offer_archive(window: QMainWindow, db, path: Path, on_done=None, *, ask: bool = True):
    """Ask whether to import *path*; on yes, import it in the background and say what came in.

    Returns the background job (None when the user said no); the outcome goes to the status
    bar, and to *on_done*."""
    if ask:
        answer = QMessageBox.question(
            window,
            translate("OpenArchive", "Import this archive?"),
            translate("OpenArchive", "Add the accounts, people and history in %1 to your "
                      "dossiers? Rows you already have are left as they are.")
            .replace("%1", path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None

    def done(report) -> None:
        if report.committed:
            message = translate("OpenArchive", "Imported %1 rows from %2.")
            message = message.replace("%1", f"{sum(report.created.values()):,}")
        else:
            message = translate("OpenArchive", "Nothing was imported from %2: %1 rows were "
                                "rejected (kamdesk import json lists them).")
            message = message.replace("%1", str(len(report.rejections)))
        window.statusBar().showMessage(message.replace("%2", path.name))
        if on_done is not None:
            on_done(report)

    def failed(error: Exception) -> None:
        QMessageBox.critical(window, translate("OpenArchive", "Archive not imported"), str(error))

    return run_in_background(lambda: _import(db, path), done, failed, window)
