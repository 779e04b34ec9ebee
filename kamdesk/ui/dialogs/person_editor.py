"""Editing one DMU member: every field of the dossier, family and contacts included."""

from __future__ import annotations

import uuid
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTabWidget,
    QWidget,
)

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.domain.names import split_full_name
from kamdesk.services.errors import ValidationError
from kamdesk.services.people import (
    CONTACT_KINDS,
    ContactData,
    FamilyMemberData,
    PeopleService,
    PersonInput,
)
from kamdesk.ui.dialogs.choice_delegate import CONTACT_KIND_LABELS, ChoiceDelegate
from kamdesk.ui.dialogs.combos import choose
from kamdesk.ui.dialogs.date_field import entered_text, read_entered
from kamdesk.ui.dialogs.form_dialog import FormDialog
from kamdesk.ui.dialogs.privacy_fields import PrivacyFields
from kamdesk.ui.dialogs.row_table import row_table
from kamdesk.ui.display_labels import label
from kamdesk.ui.models.editable import ContactsModel, FamilyModel


def enum_combo(enum: type[StrEnum], current: StrEnum | None, blank: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, None)
    for member in enum:
        combo.addItem(label(member), member)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
    return combo


class BirthdayEdit(QWidget):
    """Day, month and an optional year (0 shows as “year unknown”) picked, or typed in the
    line beside them as people write dates (21.06., 21/06, 1963-06-21)."""

    def __init__(self, birthday: Birthday | None, parent=None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.day, self.month, self.year = QSpinBox(), QSpinBox(), QSpinBox()
        self.day.setRange(0, 31)
        self.month.setRange(0, 12)
        self.year.setRange(0, 2100)
        self.day.setSpecialValueText(self.tr("day?"))
        self.month.setSpecialValueText(self.tr("month?"))
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("or type 21.06. or 1979-06-21"))
        self.typed.setMinimumWidth(150)
        self.typed.editingFinished.connect(self.take_typed)
        for spin in (self.day, self.month, self.year):
            row.addWidget(spin)
        row.addWidget(self.typed, 1)
        if birthday:
            self.set_birthday(birthday)

    def set_birthday(self, birthday: Birthday | None) -> None:
        self.day.setValue(birthday.day if birthday else 0)
        self.month.setValue(birthday.month if birthday else 0)
        self.year.setValue((birthday.year or 0) if birthday else 0)

    def take_typed(self) -> None:
        """Move a typed date into the pickers (kept in the line when it cannot be read)."""
        try:
            found = read_entered(self.typed.text(), "birthday")
        except ValidationError:
            return  # said at the field on Save
        if found is not None:
            self.set_birthday(found.to_birthday())
            self.typed.clear()

    def birthday(self) -> Birthday | None:
        if self.typed.text().strip():
            found = read_entered(self.typed.text(), "birthday")
            return found.to_birthday()
        day, month, year = self.day.value(), self.month.value(), self.year.value()
        if not day and not month:
            return None
        if not day or not month:
            raise ValidationError("birthday", self.tr("give both the day and the month"))
        try:
            return Birthday(month, day, year or None)
        except ValueError as error:
            raise ValidationError("birthday", str(error)) from None


class FamilyBirthdayDelegate(QStyledItemDelegate):
    """A family member's birthday cell: picked with day / month / year, or typed."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        editor = BirthdayEdit(None, parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: BirthdayEdit, index) -> None:  # noqa: N802 - Qt API
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        try:
            editor.set_birthday(_family_birthday(text))
        except ValidationError:
            editor.typed.setText(text)

    def setModelData(self, editor: BirthdayEdit, model, index) -> None:  # noqa: N802 - Qt API
        try:
            found = editor.birthday()
        except ValidationError:
            model.setData(index, editor.typed.text(), Qt.ItemDataRole.EditRole)  # said on Save
            return
        text = entered_text(found.day, found.month, found.year) if found else ""
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 - Qt API
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


def _family_birthday(text: str) -> Birthday | None:
    """A family member's birthday as typed in the table (the old --05-02 form too)."""
    text = text.strip()
    if not text:
        return None
    if text.startswith("--"):
        try:
            return Birthday.parse(text)
        except ValueError as error:
            raise ValidationError("family", str(error)) from None
    found = read_entered(text, "family")
    return found.to_birthday()


class PersonEditor(FormDialog):
    """Create (person_id None) or edit a person of `account_id`."""

    def __init__(self, db, account_id: uuid.UUID, person_id: uuid.UUID | None = None,
                 parent=None) -> None:
        super().__init__("", parent)
        self.service = PeopleService(db)
        self.account_id, self.person_id = account_id, person_id
        person = self.service.get_person(person_id) if person_id else None
        self.base = person  # a save refuses to overwrite what someone saved after this
        self.setWindowTitle(person.full_name if person else self.tr("New person"))
        self.setMinimumSize(640, 560)
        tabs = QTabWidget()
        self.layout_.insertWidget(0, tabs)
        forms = []
        for title in (self.tr("Role"), self.tr("Personal"), self.tr("Contacts"), self.tr("Notes"),
                      self.tr("Privacy")):
            page = QWidget()
            form = QFormLayout(page)
            tabs.addTab(page, title)
            forms.append(form)
        role, personal, contacts, notes, privacy = forms
        text = lambda attr: getattr(person, attr) if person else ""  # noqa: E731
        self.full_name = self.add_row(
            "full_name", self.tr("Full name"), QLineEdit(text("full_name")), role
        )
        self.given_name = self.add_row(
            "given_name", self.tr("Given name"), QLineEdit(text("given_name")), role
        )
        self.family_name = self.add_row(
            "family_name", self.tr("Family name"), QLineEdit(text("family_name")), role
        )
        # Given and family name follow the full name as typed (Nguyễn Văn An: Nguyễn is the
        # family name) until the user corrects one of them.
        self.given_name.setPlaceholderText(self.tr("taken from the full name"))
        self.family_name.setPlaceholderText(self.tr("taken from the full name"))
        self._split = (tuple(split_full_name(person.full_name)) if person
                       else ("", ""))
        if person and not (person.given_name or person.family_name):
            self._split = ("", "")
        self.full_name.textChanged.connect(self._split_name)
        self.position = self.add_row(
            "position", self.tr("Position"), QLineEdit(text("position")), role
        )
        self.department = self.add_row(
            "department", self.tr("Department"), QLineEdit(text("department")), role
        )
        self.reports_to = QComboBox()
        self.reports_to.addItem(self.tr("nobody in the DMU"), None)
        for other in self.service.list_people(account_id):
            if other.id != person_id:
                self.reports_to.addItem(other.full_name, other.id)
        if person and person.reports_to_id:
            choose(self.reports_to, person.reports_to_id)
        self.add_row("reports_to", self.tr("Reports to"), self.reports_to, role)
        unknown = self.tr("not known")
        self.dmu_role = self.add_row(
            "dmu_role",
            self.tr("DMU role"),
            enum_combo(DmuRole, person and person.dmu_role, unknown),
            role,
        )
        self.dmu_type = self.add_row(
            "dmu_type",
            self.tr("Type"),
            enum_combo(DmuType, person and person.dmu_type, unknown),
            role,
        )
        self.stance = self.add_row(
            "stance", self.tr("Stance"), enum_combo(Stance, person and person.stance, unknown), role
        )
        self.influence = QSpinBox()
        self.influence.setRange(0, 5)
        self.influence.setSpecialValueText(unknown)
        self.influence.setValue((person and person.influence) or 0)
        self.add_row("influence", self.tr("Influence (1–5)"), self.influence, role)

        self.birthday = BirthdayEdit(person.birthday if person else None)
        self.add_row("birthday", self.tr("Birthday"), self.birthday, personal)
        for spin in (self.birthday.day, self.birthday.month, self.birthday.year,
                     self.birthday.typed):
            self.watch(spin)
        self.hobbies = self.add_row(
            "hobbies", self.tr("Hobbies"), QLineEdit(text("hobbies")), personal
        )
        self.values = self.add_row("values", self.tr("Values"), QLineEdit(text("values")), personal)
        self.family = FamilyModel([
            {"id": f.id, "name": f.name, "relation": f.relation, "notes": f.notes,
             "birthday": entered_text(f.birthday.day, f.birthday.month, f.birthday.year)
             if f.birthday else ""}
            for f in (person.family if person else [])
        ], self)
        self.family_box = row_table(
            self.family,
            self.tr("Add family member"),
            self.tr("Remove"),
            {"name": "", "relation": "", "birthday": "", "notes": ""},
            self.tr("Birthday: 02.05.1979, 1979-05-02, or 02.05. without the year"),
        )
        self.family_birthdays = FamilyBirthdayDelegate(self)
        self.family_box.view.setItemDelegateForColumn(FamilyModel.COL_BIRTHDAY,
                                                      self.family_birthdays)
        self.add_row("family", self.tr("Family"), self.family_box, personal)
        self.watch(self.family)

        self.contacts = ContactsModel([
            {"kind": c.kind, "label": c.label, "value": c.value}
            for c in (person.contacts if person else [])
        ], self)
        self.contacts_box = row_table(
            self.contacts,
            self.tr("Add contact"),
            self.tr("Remove"),
            {"kind": "email", "label": "work", "value": ""},
        )
        self.contact_kinds = ChoiceDelegate(CONTACT_KIND_LABELS, "ContactKinds", self)
        self.contacts_box.view.setItemDelegateForColumn(ContactsModel.COL_KIND, self.contact_kinds)
        self.add_row("contacts", self.tr("Contacts"), self.contacts_box, contacts)
        self.watch(self.contacts)
        self.notes = self.add_row("notes", self.tr("Notes"), QPlainTextEdit(text("notes")), notes)
        self.privacy = PrivacyFields(self, privacy, person.privacy if person else None)
        self._tabs, self._forms = tabs, forms
        self.dirty = False

    def _split_name(self, full_name: str) -> None:
        if (self.given_name.text(), self.family_name.text()) != self._split:
            return  # corrected by hand: leave it
        self._split = tuple(split_full_name(full_name))
        self.given_name.setText(self._split[0])
        self.family_name.setText(self._split[1])

    def mark_error(self, field: str, message: str) -> None:
        # Show the tab that holds the field before marking it.
        widget = self.fields.get(field)
        if widget is not None:
            for i in range(self._tabs.count()):
                if self._tabs.widget(i).isAncestorOf(widget):
                    self._tabs.setCurrentIndex(i)
        super().mark_error(field, message)

    def collect(self) -> PersonInput:
        family = []
        for row in self.family.rows():
            try:
                birthday = _family_birthday(row.get("birthday", ""))
            except ValidationError as error:
                raise ValidationError("family", f"{row['name']}: {error.message}") from None
            family.append(FamilyMemberData(row["name"], row.get("relation", ""), birthday,
                                           row.get("notes", ""), row.get("id")))
        contacts = []
        for row in self.contacts.rows():
            kind = row.get("kind", "").strip().lower()
            if kind not in CONTACT_KINDS:
                raise ValidationError("contacts", self.tr("the kind must be one of: ")
                                      + ", ".join(CONTACT_KINDS))
            contacts.append(ContactData(kind, row.get("value", ""), row.get("label", "")))
        return PersonInput(
            full_name=self.full_name.text(), given_name=self.given_name.text(),
            family_name=self.family_name.text(), position=self.position.text(),
            department=self.department.text(), reports_to_id=self.reports_to.currentData(),
            dmu_role=self.dmu_role.currentData(), dmu_type=self.dmu_type.currentData(),
            stance=self.stance.currentData(), influence=self.influence.value() or None,
            birthday=self.birthday.birthday(), hobbies=self.hobbies.text(),
            values=self.values.text(), notes=self.notes.toPlainText(),
            contacts=contacts, family=family, privacy=self.privacy.privacy(),
        )

    def save(self):
        data = self.collect()
        if self.person_id is None:
            return self.service.create_person(self.account_id, data)
        self.service.update_person(self.person_id, self.prepared(data), base=self.base)
        return self.person_id
