"""The DMU of an account: a sortable, filterable table and the person editor."""

from __future__ import annotations

import uuid

from kamdesk.services.people import PeopleService
from kamdesk.ui.dialogs.person_editor import PersonEditor
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import PeopleModel


class PeopleTab(ListView):
    def __init__(self, context, parent=None) -> None:
        super().__init__(PeopleModel(), filter_text=self.tr("Filter people…"),
                         stretch=PeopleModel.COL_POSITION, parent=parent)  # fmt: skip
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.editor: PersonEditor | None = None
        self.add_button(self.tr("New person…"), self.new_person)
        self.add_button(self.tr("Edit…"), lambda p: self.edit_person(p.id), needs_row=True)
        self.add_button(self.tr("Delete"), self.delete_person, needs_row=True)
        self.set_empty_action(self.tr("Add the first person…"), self.new_person)
        # A double-click or Enter opens the person's page; Edit… opens the editor.
        self.activated_row.connect(lambda p: self.context.open_person.emit(p.account_id, p.id))

    def load(self, account_id) -> None:
        self.account_id = account_id
        people = PeopleService(self.context.db).list_people(account_id, self.context.today())
        self.set_rows(people, self.tr("Nobody in this DMU yet: add the people who decide."))

    def select_person(self, person_id: uuid.UUID) -> bool:
        return self.select_where(lambda p: p.id == person_id)

    def new_person(self) -> None:
        if self.account_id is not None:
            self._open(PersonEditor(self.context.db, self.account_id, None, self))

    def edit_person(self, person_id: uuid.UUID) -> None:
        self._open(PersonEditor(self.context.db, self.account_id, person_id, self))

    def _open(self, editor: PersonEditor) -> None:
        self.editor = editor
        editor.accepted.connect(self.context.changed.emit)
        editor.open()

    def delete_person(self, person) -> None:
        batch = PeopleService(self.context.db).delete_person(person.id)
        self.context.notify_deleted(batch, person.full_name)
