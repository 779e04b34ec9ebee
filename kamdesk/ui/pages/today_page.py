"""Today: birthdays, due and overdue tasks, expiring proposals, tenders, cases open too long."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox

from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.tasks import TaskService
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import AgendaModel

PAGE_MARGINS = (12, 10, 12, 10)


class TodayPage(ListView):
    def __init__(self, context, settings, parent=None) -> None:
        model = AgendaModel()
        super().__init__(model, filter_text=self.tr("Filter the agenda…"),
                         stretch=AgendaModel.COL_WHAT, parent=parent)  # fmt: skip
        self.setObjectName("today")
        self.layout().setContentsMargins(*PAGE_MARGINS)
        self.context, self.settings = context, settings
        model.on_check = self.tick_off
        heading = QLabel(self.tr("Agenda"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; margin-right: 8px;")
        self.buttons.insertWidget(0, heading)
        self.brief_button = self.add_button(self.tr("Brief…"), self.brief)
        self.brief_button.setToolTip(self.tr("The briefing PDF for the account of this item"))
        self.brief_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(settings.agenda_days())
        self.days.setSuffix(self.tr(" days ahead"))
        self.days.valueChanged.connect(self._days_changed)
        self.days.setMaximumWidth(160)
        self.buttons.addWidget(self.days)
        self.activated_row.connect(self.open_item)

    def settings_changed(self) -> None:
        self.days.setValue(self.settings.agenda_days())

    def _days_changed(self, days: int) -> None:
        self.settings.set_agenda_days(days)
        self.refresh()

    def _selection_changed(self, *_args) -> None:
        item = self.current()
        self.brief_button.setEnabled(item is not None and item.account_id is not None)

    def refresh(self) -> None:
        items = AgendaService(self.context.db).agenda(self.context.today(), self.days.value())
        days = self.days.value()
        self.set_rows(items, self.tr("Nothing needs you in the next day.") if days == 1
                      else self.tr("Nothing needs you in the next %n days.", "", days))  # fmt: skip

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

    def brief(self) -> None:
        item = self.current()
        if item is None or item.account_id is None:
            return
        from kamdesk.ui.brief_preview import open_brief_preview

        open_brief_preview(self, self.context.db, item.account_id)
