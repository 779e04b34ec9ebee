"""Erasing a person from the window: a confirmation that says exactly what will be gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.services.privacy.erasure import ErasureScope, ErasureService
from kamdesk.ui.sentences import fill

translate = QCoreApplication.translate


def erasure_text(scope: ErasureScope) -> str:
    """What the confirmation lists, in the user's language."""
    lines = [
        fill(translate("EraseDialog", "%1 contact details and %2 family members"),
             scope.contacts, scope.family),
        fill(translate("EraseDialog", "%1 interactions and %2 meetings with nobody else in them"),
             scope.interactions, scope.meetings),
        fill(translate("EraseDialog", "%1 tasks about them"), scope.tasks),
    ]
    text = translate("EraseDialog", "This removes for good, with no undo and from the trash too:")
    text += "\n• " + "\n• ".join(lines)
    if scope.shared_interactions or scope.shared_meetings:
        text += "\n\n" + fill(translate(
            "EraseDialog", "%1 interactions and %2 meetings shared with others stay for them, "
            "with this person's name removed."), scope.shared_interactions,
            scope.shared_meetings)
    text += "\n\n" + translate(
        "EraseDialog", "Backups made before now still hold the person; restoring one erases "
        "them again."
    )
    return text


def erasure_box(parent: QWidget | None, scope: ErasureScope) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        fill(translate("EraseDialog", "Erase %1 for good?"), scope.full_name),
        erasure_text(scope),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirm-erase")
    erase = box.addButton(translate("EraseDialog", "Erase for good"),
                          QMessageBox.ButtonRole.DestructiveRole)
    erase.setObjectName("erase")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def erase_person(parent: QWidget | None, db, person_id, on_done, on_error) -> bool:
    """Ask; when the user confirms, erase off the GUI thread (compacting the file takes a
    while on a big dossier) and call `on_done(scope)` or `on_error(error)` back here.
    Returns whether the erasure was started."""
    from kamdesk.ui.worker import run_in_background

    service = ErasureService(db)
    box = erasure_box(parent, service.scope(person_id))
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked.objectName() != "erase":
        return False
    run_in_background(lambda: service.erase(person_id), on_done, on_error, parent)
    return True
