"""Today: birthdays, due and overdue tasks, expiring proposals, tenders, cases open too long."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox

from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.tasks import TaskService
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import AgendaModel


class TodayPage(ListView):
    def __init__(self, context, settings, parent=None) -> None:
        model = AgendaModel()
        super().__init__(model, filter_text=self.tr("Filter the agenda…"),
                         stretch=AgendaModel.COL_WHAT, parent=parent)  # fmt: skip
        self.setObjectName("today")
        self.context, self.settings = context, settings
        model.on_check = self.tick_off
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(settings.agenda_days())
        self.days.setSuffix(self.tr(" days ahead"))
        self.days.valueChanged.connect(self._days_changed)
        self.buttons.insertWidget(0, QLabel(self.tr("<b>Agenda</b>")))
        self.days.setMaximumWidth(160)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.days)
        self.activated_row.connect(self.open_item)

    def _days_changed(self, days: int) -> None:
        self.settings.set_agenda_days(days)
        self.refresh()

    def refresh(self) -> None:
        items = AgendaService(self.context.db).agenda(self.context.today(), self.days.value())
        self.set_rows(items, self.tr("Nothing needs you in the next %n days.")
                      .replace("%n", str(self.days.value())))  # fmt: skip

    def tick_off(self, item, done: bool) -> None:
        if item.kind is AgendaKind.TASK and done:
            TaskService(self.context.db).set_done(item.ref_id, True)
            self.context.changed.emit()

    def open_item(self, item) -> None:
        if item.account_id is None:
            return
        if item.kind is AgendaKind.BIRTHDAY:
            self.context.open_person.emit(item.account_id, item.ref_id)
        else:
            self.context.open_account.emit(item.account_id)
