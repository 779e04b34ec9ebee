"""Proposals with their follow-up stage, and tenders with countdown and checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from kamdesk.domain.changes import Record
from kamdesk.domain.enums import ProposalStatus
from kamdesk.services.errors import StoreError
from kamdesk.services.proposals import ProposalService
from kamdesk.services.tenders import TenderService
from kamdesk.ui.dialogs.entries import ProposalDialog, TenderDialog
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import ChecklistModel, ProposalsModel, TendersModel
from kamdesk.ui.notices import saved


class ProposalsTab(ListView):
    saves = (Record.PROPOSAL, Record.TASK)  # what its own actions change
    watches = frozenset({Record.PROPOSAL})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(ProposalsModel(), stretch=ProposalsModel.COL_TITLE, parent=parent)
        self.context = context
        self.account_id = None
        self.dialog = None
        self.add_button(self.tr("New proposal…"), self.new_proposal)
        self.send_button = self.add_button(self.tr("Mark as sent"), self.mark_sent, needs_row=True)
        self.send_button.setObjectName("mark-sent")
        self.add_button(
            self.tr("Won"), lambda p: self._status(p, ProposalStatus.WON), needs_row=True
        )
        self.add_button(self.tr("Lost"), lambda p: self._status(p, ProposalStatus.LOST),
                        needs_row=True)
        self.add_button(self.tr("Delete"), self.delete, needs_row=True,
                        key=QKeySequence.StandardKey.Delete)
        self.set_empty_action(self.tr("Write the first proposal…"), self.new_proposal)

    def load(self, account_id) -> None:
        self.account_id = account_id
        rows = ProposalService(self.context.db).list_proposals(account_id, self.context.today())
        self.set_rows(rows, self.tr("No proposals yet."))

    def new_proposal(self) -> None:
        self.dialog = ProposalDialog(self.context.db, self.account_id, self.context.today(), self)
        self.dialog.accepted.connect(lambda: self.context.notify(saved(self)))
        self.dialog.open()

    def mark_sent(self, proposal) -> None:
        """Sending schedules the follow-up calls; they show up on the Today page."""
        try:
            ProposalService(self.context.db).mark_sent(proposal.id, self.context.today())
        except StoreError as error:
            self.context.say(str(error), 5000)
            return
        self.context.notify(saved(self))

    def _status(self, proposal, status: ProposalStatus) -> None:
        ProposalService(self.context.db).set_status(proposal.id, status)
        self.context.notify(saved(self))

    def delete(self, proposal) -> None:
        batch = ProposalService(self.context.db).delete_proposal(proposal.id)
        self.context.notify_deleted(batch, proposal.title, saved(self, Record.TRASH))


class TendersTab(QWidget):
    saves = (Record.TENDER,)  # what its own actions change
    watches = frozenset({Record.TENDER})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = None
        self.dialog = None
        self.tenders = ListView(TendersModel(), stretch=TendersModel.COL_TITLE)
        self.tenders.add_button(self.tr("New tender…"), self.new_tender)
        self.tenders.add_button(self.tr("Delete"), self.delete, needs_row=True,
                        key=QKeySequence.StandardKey.Delete)
        self.tenders.set_empty_action(self.tr("Add a tender…"), self.new_tender)
        self.tenders.table.selectionModel().selectionChanged.connect(self._show_checklist)
        checklist_model = ChecklistModel()
        checklist_model.on_check = self._tick
        self.checklist = ListView(checklist_model, stretch=0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tenders)
        splitter.addWidget(self.checklist)
        splitter.setSizes([200, 400])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(splitter)

    def load(self, account_id) -> None:
        self.account_id = account_id
        current = self.tenders.current()
        rows = TenderService(self.context.db).list_tenders(account_id, self.context.today())
        self.tenders.set_rows(rows, self.tr("No tenders. Large clients buy through tenders: "
                                            "start preparing nine months ahead."))
        if not (current and self.tenders.select_where(lambda t: t.id == current.id)) and rows:
            self.tenders.table.selectRow(0)
        self._show_checklist()

    def _show_checklist(self, *_args) -> None:
        tender = self.tenders.current()
        self.checklist.set_rows(tender.checklist if tender else [])
        self.checklist.setVisible(tender is not None)

    def _tick(self, item, done: bool) -> None:
        TenderService(self.context.db).set_item_done(item.id, done)
        self.load(self.account_id)

    def new_tender(self) -> None:
        self.dialog = TenderDialog(self.context.db, self.account_id, self.context.today(), self)
        self.dialog.accepted.connect(lambda: self.context.notify(saved(self)))
        self.dialog.open()

    def delete(self, tender) -> None:
        batch = TenderService(self.context.db).delete_tender(tender.id)
        self.context.notify_deleted(batch, tender.title, saved(self, Record.TRASH))
