"""Life after the contract: service cases, the cross-sell grid, referrals and letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.changes import Record
from kamdesk.domain.enums import CrossSellStatus, LetterStatus, ReferralOutcome
from kamdesk.services.cross_sell import CrossSellService
from kamdesk.services.errors import StoreError
from kamdesk.services.people import PeopleService
from kamdesk.services.recommendations import RecommendationService
from kamdesk.services.service_cases import ServiceCaseService
from kamdesk.ui import theme
from kamdesk.ui.dialogs.entries import ServiceCaseDialog
from kamdesk.ui.display_labels import label
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.cross_sell_model import CrossSellGridModel
from kamdesk.ui.models.lists import LettersModel, ReferralsModel, ServiceCasesModel
from kamdesk.ui.notices import saved


class ServiceCasesTab(ListView):
    saves = (Record.SERVICE_CASE,)  # what its own actions change
    watches = frozenset({Record.SERVICE_CASE})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(
            ServiceCasesModel(), stretch=ServiceCasesModel.COL_RESOLUTION, parent=parent
        )
        self.context = context
        self.account_id = None
        self.dialog = None
        self.add_button(self.tr("New case…"), self.new_case)
        self.add_button(self.tr("Resolve…"), self.resolve, needs_row=True)
        self.add_button(self.tr("Delete"), self.delete, needs_row=True,
                        key=QKeySequence.StandardKey.Delete)
        self.set_empty_action(self.tr("Record a case…"), self.new_case)

    def load(self, account_id) -> None:
        self.account_id = account_id
        rows = ServiceCaseService(self.context.db).list_cases(account_id, self.context.today())
        self.set_rows(rows, self.tr("No complaints, wishes or misunderstandings on file."))

    def new_case(self) -> None:
        self.dialog = ServiceCaseDialog(
            self.context.db, self.account_id, self.context.today(), self
        )
        self.dialog.accepted.connect(lambda: self.context.notify(saved(self)))
        self.dialog.open()

    def resolve(self, case) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Resolve"), self.tr("How was it resolved?"))
        if ok:
            self.resolve_with(case, text)

    def resolve_with(self, case, text: str) -> None:
        try:
            ServiceCaseService(self.context.db).resolve(case.id, self.context.today(), text)
        except StoreError as error:
            self.context.say(str(error), 5000)
            return
        self.context.notify(saved(self))

    def delete(self, case) -> None:
        batch = ServiceCaseService(self.context.db).delete_case(case.id)
        self.context.notify_deleted(batch, case.title, saved(self, Record.TRASH))


class CrossSellTab(QWidget):
    saves = (Record.CROSS_SELL,)  # what its own actions change
    watches = frozenset({Record.CROSS_SELL})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = None
        self.model = CrossSellGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        offerings = self.grid.horizontalHeader()
        offerings.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        offerings.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full name is the tooltip
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.clicked.connect(self._pick)
        self.division, self.offering = QLineEdit(), QLineEdit()
        self.division.setPlaceholderText(self.tr("Client division"))
        self.offering.setPlaceholderText(self.tr("Our offering"))
        self.status = QComboBox()
        for status in CrossSellStatus:
            self.status.addItem(label(status), status)
        set_button = QPushButton(self.tr("Set"))
        set_button.clicked.connect(self.set_cell)
        row = QHBoxLayout()
        for widget in (self.division, self.offering, self.status, set_button):
            row.addWidget(widget)
        self.empty = QLabel(self.tr("Which of our offerings could each division of the client use? "
                                    "Name a division and an offering below."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.muted(self.empty, "padding: 24px; font-size: 11pt;")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.grid, 1)
        column.addWidget(self.empty, 1)
        column.addLayout(row)

    def load(self, account_id) -> None:
        self.account_id = account_id
        grid = CrossSellService(self.context.db).grid(account_id)
        self.model.set_grid(grid)
        self.empty.setVisible(not grid.cells)
        self.grid.setVisible(bool(grid.cells))

    def _pick(self, index) -> None:
        self.division.setText(self.model.grid.divisions[index.row()])
        self.offering.setText(self.model.grid.offerings[index.column()])
        if cell := self.model.cell(index):
            self.status.setCurrentIndex(self.status.findData(cell.status))

    def set_cell(self) -> None:
        try:
            CrossSellService(self.context.db).set_cell(
                self.account_id,
                self.division.text(),
                self.offering.text(),
                self.status.currentData(),
            )
        except StoreError as error:
            self.context.say(str(error), 5000)
            return
        self.context.notify(saved(self))


class ReferralsTab(QWidget):
    saves = (Record.REFERRAL, Record.TASK)  # what its own actions change
    watches = frozenset({Record.REFERRAL, Record.PERSON})  # what it shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = None
        self.letters = ListView(LettersModel(), stretch=LettersModel.COL_PERSON)
        self.letters.add_button(self.tr("Ask for a letter…"), self.ask_letter)
        self.letters.add_button(self.tr("Mark received"), self._received, needs_row=True)
        self.letters.set_empty_action(self.tr("Ask a satisfied client for a letter…"),
                                      self.ask_letter)
        self.referrals = ListView(ReferralsModel(), stretch=ReferralsModel.COL_TO)
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(self.tr("Recommended us to… (company, person)"))
        self.referred_to.setMinimumWidth(300)
        self.referrals.buttons.insertWidget(1, self.referred_to)
        self.referrals.add_button(self.tr("Add referral"), self.add_referral)
        self.referrals.add_button(
            self.tr("Led to a meeting"),
            lambda r: self._outcome(r, ReferralOutcome.MEETING),
            needs_row=True,
        )
        self.referrals.add_button(
            self.tr("Became a client"),
            lambda r: self._outcome(r, ReferralOutcome.CLIENT),
            needs_row=True,
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for text, view in ((self.tr("Recommendation letters"), self.letters),
                           (self.tr("Referrals"), self.referrals)):
            heading = QLabel(text)
            heading.setStyleSheet("font-weight: 600; margin-right: 8px;")
            view.buttons.insertWidget(0, heading, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(view, 1)

    def load(self, account_id) -> None:
        self.account_id = account_id
        service = RecommendationService(self.context.db)
        self.letters.set_rows(service.list_letters(account_id),
                              self.tr("No letters asked for yet."))
        self.referrals.set_rows(service.list_referrals(account_id),
                                self.tr("Nobody has recommended us from here yet."))

    def ask_letter(self) -> None:
        people = PeopleService(self.context.db).list_people(self.account_id)
        if not people:
            self.context.say(
                self.tr("Add the people of this account first."), 5000
            )
            return
        names = [f"{p.full_name} — {p.position}".rstrip(" —") for p in people]
        name, ok = QInputDialog.getItem(
            self, self.tr("Ask for a letter"), self.tr("Who will write it?"), names, 0, False
        )
        if ok:
            self.ask_letter_from(people[names.index(name)].id)

    def ask_letter_from(self, person_id) -> None:
        RecommendationService(self.context.db).ask_for_letter(
            self.account_id, person_id, self.context.today()
        )
        self.context.notify(saved(self))

    def add_referral(self) -> None:
        try:
            RecommendationService(self.context.db).add_referral(
                self.account_id, None, self.referred_to.text(), self.context.today()
            )
        except StoreError as error:
            self.context.say(str(error), 5000)
            return
        self.referred_to.clear()
        self.context.notify(saved(self))

    def _received(self, letter) -> None:
        RecommendationService(self.context.db).set_letter_status(
            letter.id, LetterStatus.RECEIVED, self.context.today()
        )
        self.context.notify(saved(self))

    def _outcome(self, referral, outcome: ReferralOutcome) -> None:
        RecommendationService(self.context.db).set_referral_outcome(referral.id, outcome)
        self.context.notify(saved(self))
