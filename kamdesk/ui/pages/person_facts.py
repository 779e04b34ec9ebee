"""The left column of a person's page: who they are, as read-only text.

Built from a PersonProfile (kamdesk.services.person_profile); every caption goes through
translate() with the "PersonPage" context, for lupdate.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kamdesk.ui.dialogs.choice_delegate import CONTACT_KIND_LABELS
from kamdesk.ui.display_labels import day, label, moment, ui_locale

translate = QCoreApplication.translate


def birthday_text(birthday, next_on: date | None, turning: int | None) -> str:
    """ "11 June 1963 (turns 64 on Fri 11 Jun 2027)"; "11 June (next on …)" with no year."""
    if birthday is None:
        return ""
    pattern = "d MMMM yyyy" if birthday.year else "d MMMM"
    # 2000 is a leap year, so 29 February can be shown when the year is unknown.
    shown = ui_locale().toString(QDate(birthday.year or 2000, birthday.month, birthday.day),
                                 pattern)
    if next_on is None:
        return shown
    if turning is None:
        return translate("PersonPage", "%1 (next on %2)").replace("%1", shown).replace(
            "%2", day(next_on))
    return (translate("PersonPage", "%1 (turns %2 on %3)").replace("%1", shown)
            .replace("%2", str(turning)).replace("%3", day(next_on)))


def _muted(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)


def heading(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    title.setFont(font)
    title.setContentsMargins(0, 10, 0, 2)
    return title


def _value(text: str) -> QLabel:
    value = QLabel(text)
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


def _form(rows: list[tuple[str, str]]) -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(4)
    for caption, text in rows:
        if text:
            key = QLabel(caption)
            _muted(key)
            form.addRow(key, _value(text))
    return form


def influence_text(influence: int | None) -> str:
    if not influence:
        return ""
    return "●" * influence + "○" * (5 - influence) + "  " + translate(
        "PersonPage", "%1 of 5").replace("%1", str(influence))


def facts_column(person) -> QWidget:
    """Role, personal data, family, contacts, open cases and notes of a PersonProfile."""
    column = QWidget()
    column.setObjectName("person-facts")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.addWidget(heading(translate("PersonPage", "In the buying decision")))
    layout.addLayout(_form([
        (translate("PersonPage", "DMU role"), label(person.dmu_role)),
        (translate("PersonPage", "Type"), label(person.dmu_type)),
        (translate("PersonPage", "Stance"), label(person.stance)),
        (translate("PersonPage", "Influence"), influence_text(person.influence)),
        (translate("PersonPage", "Reports to"),
         person.reports_to.name if person.reports_to else ""),
        (translate("PersonPage", "Last time we spoke"),
         moment(person.last_spoke) if person.last_spoke
         else translate("PersonPage", "never logged")),
    ]))
    layout.addWidget(heading(translate("PersonPage", "Personal")))
    layout.addLayout(_form([
        (translate("PersonPage", "Birthday"),
         birthday_text(person.birthday, person.next_birthday, person.turning)),
        (translate("PersonPage", "Hobbies"), person.hobbies),
        (translate("PersonPage", "Values"), person.values),
    ]))
    if person.family:
        layout.addWidget(heading(translate("PersonPage", "Family")))
        family = QLabel("<br>".join(_family_line(f) for f in person.family))
        family.setObjectName("person-family")
        family.setWordWrap(True)
        family.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(family)
    if person.contact_points:
        layout.addWidget(heading(translate("PersonPage", "Reach them")))
        layout.addLayout(_form([
            (translate("ContactKinds", CONTACT_KIND_LABELS.get(c.kind, c.kind))
             + (f" ({c.label})" if c.label else ""), c.value)
            for c in person.contact_points
        ]))
    if person.open_cases:
        layout.addWidget(heading(translate("PersonPage", "Open service cases")))
        layout.addLayout(_form([(label(c.kind), f"{c.title} ({day(c.opened_on)})")
                                for c in person.open_cases]))
    if person.notes:
        layout.addWidget(heading(translate("PersonPage", "Notes")))
        layout.addWidget(_value(person.notes))
    layout.addStretch(1)
    return column


def _family_line(member) -> str:
    parts = [f"<b>{html.escape(member.name)}</b>"]
    if member.relation:
        parts[0] += f", {html.escape(member.relation)}"
    if member.birthday:
        parts.append(html.escape(birthday_text(member.birthday, member.next_birthday,
                                               member.turning)))
    if member.notes:
        parts.append(f"<i>{html.escape(member.notes)}</i>")
    return " · ".join(parts)
