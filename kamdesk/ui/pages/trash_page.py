"""The trash: what was deleted, to bring back or to delete for good."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.trash import TrashService
from kamdesk.ui import theme
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import TrashModel
from kamdesk.ui.notices import ShowsRecords


class TrashPage(ShowsRecords, ListView):
    watches = frozenset({Record.TRASH})

    def __init__(self, context, parent=None) -> None:
        super().__init__(TrashModel(), stretch=TrashModel.COL_WHAT, parent=parent)
        self.context = context
        self.layout().setContentsMargins(12, 10, 12, 10)
        heading = QLabel(self.tr("Trash"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.buttons.insertWidget(0, heading)
        note = QLabel(self.tr("Deleted entries wait here until you empty the trash."))
        theme.muted(note, "margin-left: 12px;")
        self.buttons.insertWidget(1, note)
        self.restore_button = self.add_button(self.tr("Restore"), self.restore, needs_row=True)
        self.empty_button = self.add_button(self.tr("Empty the trash"), self.empty_trash)
        self.activated_row.connect(self.restore)

    def refresh(self) -> None:
        entries = TrashService(self.context.db).list_trash()
        self.set_rows(entries, self.tr(
            "The trash is empty. Whatever you delete waits here, ready to restore."
        ))
        self.empty_button.setEnabled(bool(entries))

    def restore(self, entry) -> None:
        TrashService(self.context.db).restore(entry.batch)
        self.context.notify(Changes.everything())

    def empty_trash(self) -> None:
        TrashService(self.context.db).empty_trash()
        self.context.notify(Changes.of(Record.TRASH))
