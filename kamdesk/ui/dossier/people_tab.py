"""The DMU of an account: a sortable, filterable table and the person editor."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.people import PeopleService
from kamdesk.ui.dialogs.person_editor import PersonEditor
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import PeopleModel
from kamdesk.ui.notices import WITH_A_PERSON, saved


class PeopleTab(ListView):
    saves = (Record.PERSON,)  # what its own actions change
    watches = frozenset({Record.PERSON})  # what it shows

    exported = Signal(object)  # the file a person's data was written to
    def __init__(self, context, parent=None) -> None:
        super().__init__(PeopleModel(), filter_text=self.tr("Filter people…"),
                         stretch=PeopleModel.COL_POSITION, parent=parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.editor: PersonEditor | None = None
        self.add_button(self.tr("New person…"), self.new_person)
        self.add_button(self.tr("Edit…"), lambda p: self.edit_person(p.id), needs_row=True)
        self.add_button(self.tr("Delete"), self.delete_person, needs_row=True,
                        key=QKeySequence.StandardKey.Delete)
        self.add_button(self.tr("Export data…"), self.export_person, needs_row=True)
        self.add_button(self.tr("Erase for good…"), self.erase_person, needs_row=True)
        self.set_empty_action(self.tr("Add the first person…"), self.new_person)
        # A double-click or Enter opens the person's page; Edit… opens the editor.
        self.activated_row.connect(lambda p: self.context.open_person.emit(p.account_id, p.id))

    def load(self, account_id) -> None:
        self.account_id = account_id
        people = PeopleService(self.context.db).list_people(account_id, self.context.today())
        self.set_rows(people, self.tr("Nobody in this DMU yet: add the people who decide."))

    def update_changed(self, changes: Changes) -> bool:
        """Redraw only the people `changes` names, when it is about them alone and each is
        still shown where it was (same name, same account); False: load the list instead."""
        if changes.records != {Record.PERSON} or not changes.ids or self.account_id is None:
            return False
        fresh = PeopleService(self.context.db).list_people(self.account_id, self.context.today(),
                                                           only=changes.ids)
        return len(fresh) == len(changes.ids) and self.model.replace_rows(
            fresh, keep=lambda p: p.full_name)

    def select_person(self, person_id: uuid.UUID) -> bool:
        return self.select_where(lambda p: p.id == person_id)

    def new_person(self) -> None:
        if self.account_id is not None:
            self._open(PersonEditor(self.context.db, self.account_id, None, self))

    def edit_person(self, person_id: uuid.UUID) -> None:
        self._open(PersonEditor(self.context.db, self.account_id, person_id, self))

    def _open(self, editor: PersonEditor) -> None:
        self.editor = editor
        editor.accepted.connect(
            lambda: self.context.notify(saved(self, ids=(editor.saved_id,))))
        editor.open()

    def delete_person(self, person) -> None:
        batch = PeopleService(self.context.db).delete_person(person.id)
        gone = Changes.of(*WITH_A_PERSON, Record.TRASH, account=self.account_id)
        self.context.notify_deleted(batch, person.full_name, gone)

    def erase_person(self, person) -> None:
        """Erase the person (after a confirmation that lists what goes); no undo."""
        from kamdesk.ui.dialogs.erase_person import erase_person

        erase_person(self, self.context.db, person.id, self._erased, self._erase_failed)

    def _erased(self, scope) -> None:
        self.context.notify(saved(self))
        self._say(self.tr("%1 was erased for good.").replace("%1", scope.full_name))

    def _erase_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, self.tr("Not erased"), str(error))

    def export_person(self, person, target: Path | None = None) -> None:
        """Everything about the person, as a PDF (or JSON when the name ends in .json)."""
        if target is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export everything about %1").replace("%1", person.full_name),
                str(Path.home() / f"{person.full_name}.pdf"),
                self.tr("PDF files (*.pdf);;JSON files (*.json)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        from kamdesk.briefing.person_report import write_person_export
        from kamdesk.ui.worker import run_in_background

        db = self.context.db
        run_in_background(lambda: write_person_export(db, person.id, target),
                          self._exported, self._export_failed, self)

    def _exported(self, path) -> None:
        self._say(self.tr("Written to %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _export_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, self.tr("Not exported"), str(error))

    def _say(self, text: str) -> None:
        self.context.say(text)
