"""The contact history (with the quick log) and planned meetings (with their brief)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from kamdesk.domain.changes import Record
from kamdesk.services.interactions import InteractionService
from kamdesk.services.meetings import MeetingService
from kamdesk.ui.dialogs.activity_dialogs import InteractionDialog, MeetingDialog
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import InteractionsModel, MeetingsModel
from kamdesk.ui.notices import saved

# Rows of history read at a time: a key account has tens of thousands over the years.
HISTORY_PAGE = 200


class InteractionsTab(ListView):
    saves = (Record.INTERACTION, Record.TASK)  # what its own actions change
    watches = frozenset({Record.INTERACTION, Record.PERSON})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(InteractionsModel(), filter_text=self.tr("Filter the history…"),
                         stretch=InteractionsModel.COL_SUMMARY, parent=parent)
        self.context = context
        self.account_id = None
        self.dialog = None
        self.add_button(self.tr("Log contact… (Ctrl+L)"), self.log_contact)
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit, needs_row=True)
        self.add_button(self.tr("Delete"), self.delete, needs_row=True,
                        key=QKeySequence.StandardKey.Delete)
        self.set_empty_action(self.tr("Log a contact…"), self.log_contact)
        self.activated_row.connect(self.edit)

    def load(self, account_id) -> None:
        self.account_id = account_id
        service = InteractionService(self.context.db)
        rows = service.list_interactions(account_id, limit=HISTORY_PAGE)
        more = None
        if len(rows) == HISTORY_PAGE:
            last = [rows[-1]]

            def more(_shown: int):  # the page after the last row fetched (keyset paging)
                page = service.list_interactions(account_id, limit=HISTORY_PAGE, after=last[0])
                last[:] = page[-1:] or last
                return page
        self.set_rows(rows, self.tr("No contacts logged yet."), more)

    def log_contact(self) -> None:
        if self.account_id is None:
            return
        self._open(InteractionDialog(self.context.db, self.account_id, parent=self,
                                     today=self.context.today()))

    def edit(self, row) -> None:
        self._open(InteractionDialog(self.context.db, self.account_id, parent=self,
                                     interaction=row))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.context.notify(saved(self)))
        dialog.open()

    def delete(self, row) -> None:
        batch = InteractionService(self.context.db).delete_interaction(row.id)
        self.context.notify_deleted(batch, row.summary, saved(self, Record.TRASH))


class MeetingsTab(ListView):
    saves = (Record.MEETING, Record.TASK, Record.INTERACTION)  # what its own actions change
    watches = frozenset({Record.MEETING, Record.PERSON})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(MeetingsModel(), stretch=MeetingsModel.COL_OBJECTIVE, parent=parent)
        self.context = context
        self.account_id = None
        self.dialog = None
        self.add_button(self.tr("Plan meeting…"), self.plan)
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit, needs_row=True)
        self.outcome_button = self.add_button(self.tr("Record outcome…"), self.record_outcome,
                                              needs_row=True)
        self.outcome_button.setObjectName("record-outcome")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.brief_button = self.add_button(self.tr("Brief for this meeting…"), self.brief,
                                            needs_row=True)
        self.add_button(self.tr("Delete"), self.delete, needs_row=True,
                        key=QKeySequence.StandardKey.Delete)
        self.set_empty_action(self.tr("Plan a meeting…"), self.plan)
        self.activated_row.connect(self.edit)

    def load(self, account_id) -> None:
        self.account_id = account_id
        rows = MeetingService(self.context.db).list_meetings(account_id)
        self.set_rows(rows, self.tr("No meetings planned."))

    def plan(self) -> None:
        self._open(MeetingDialog(self.context.db, self.account_id, self))

    def edit(self, meeting) -> None:
        self._open(MeetingDialog(self.context.db, self.account_id, self, meeting=meeting))

    def _selection_changed(self, *_args) -> None:
        # Only a meeting that has taken place (today or before) has an outcome to record.
        meeting = self.current()
        self.outcome_button.setEnabled(
            meeting is not None and meeting.local_starts_at.date() <= self.context.today())

    def record_outcome(self, meeting) -> None:
        from kamdesk.ui.dialogs.outcome_dialog import OutcomeDialog

        self._open(OutcomeDialog(self.context.db, meeting, self.context.today(), self))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.context.notify(saved(self)))
        dialog.open()

    def brief(self, meeting) -> None:
        from kamdesk.ui.brief_preview import open_brief_preview

        open_brief_preview(self, self.context.db, self.account_id, meeting.id,
                           settings=self.context.settings)

    def delete(self, row) -> None:
        batch = MeetingService(self.context.db).delete_meeting(row.id)
        self.context.notify_deleted(batch, row.objective, saved(self, Record.TRASH))
