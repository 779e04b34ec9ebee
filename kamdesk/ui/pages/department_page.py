"""The department, for its head: each KAM's plan against actual and the state of their
dossiers; below, the accounts of the KAM selected; a double-click opens the dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kamdesk.domain.changes import Record
from kamdesk.services.team.department import DepartmentService
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.department import DepartmentAccountModel, KamModel
from kamdesk.ui.notices import ShowsRecords


class DepartmentPage(ShowsRecords, QWidget):
    watches = frozenset({Record.ACCOUNT, Record.REVENUE, Record.PERSON, Record.TASK,
                         Record.PROPOSAL, Record.USER, Record.INTERACTION})

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.view = None
        self.heading = QLabel()
        self.heading.setObjectName("department-heading")
        self.heading.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.kams = ListView(KamModel(self), stretch=KamModel.COL_NAME)
        self.kams.setObjectName("department-kams")
        self.kams.table.selectionModel().selectionChanged.connect(self._kam_selected)
        self.accounts_title = QLabel()
        self.accounts_title.setStyleSheet("font-weight: 600;")
        self.accounts = ListView(DepartmentAccountModel(self),
                                 stretch=DepartmentAccountModel.COL_NAME)
        self.accounts.setObjectName("department-accounts")
        self.accounts.activated_row.connect(lambda a: self.context.open_account.emit(a.id))
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 6, 0, 0)
        lower_column.addWidget(self.accounts_title)
        lower_column.addWidget(self.accounts)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.kams)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([190, 510])
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addWidget(self.splitter, 1)

    def refresh(self) -> None:
        current = self.kams.current()
        self.view = DepartmentService(self.context.db).department(self.context.today())
        year = str(self.view.year) if self.view.year else "—"
        self.heading.setText(self.tr("The department, %1").replace("%1", year))
        self.explanation.setText(
            self.tr("Actual against plan for the year; dossier completeness on average; "
                    "follow-ups past their date; key DMU roles nobody covers; sent proposals "
                    "expiring within %1 days.").replace("%1", str(self.view.horizon))
        )
        self.kams.set_rows(self.view.kams)
        self.kams.proxy.sort(-1)  # the service's order: biggest share first
        kept = current is not None and self.kams.select_where(
            lambda k: k.user_id == current.user_id)
        if not kept and self.view.kams:
            self.kams.table.selectRow(0)
        self._kam_selected()

    def _kam_selected(self, *_args) -> None:
        kam = self.kams.current()
        if kam is None:
            self.accounts_title.setText("")
            self.accounts.set_rows([])
            return
        if kam.user_id is None:
            self.accounts_title.setText(self.tr("Accounts nobody owns"))
        else:
            self.accounts_title.setText(self.tr("Accounts of %1").replace("%1", kam.name))
        self.accounts.set_rows(kam.accounts)
        self.accounts.proxy.sort(-1)
