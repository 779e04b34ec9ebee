"""Shown inside an editing dialog when someone else saved the record after it was opened:
what they changed, field by field, and the choice to reapply the user's edit or keep theirs.
The dialog stays open with the user's input until they choose."""

from __future__ import annotations

import html
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kamdesk.services.conflicts import shown
from kamdesk.ui.display_labels import label

translate = QCoreApplication.translate

# Fields a record has that no form row shows.
OTHER_FIELDS = {
    "owner": QT_TRANSLATE_NOOP("ConflictPanel", "Owner"),
    "deputy": QT_TRANSLATE_NOOP("ConflictPanel", "Deputy"),
    "reports_to_id": QT_TRANSLATE_NOOP("ConflictPanel", "Reports to"),
}


def value_text(value) -> str:
    if value is None or value == "" or value == []:
        return translate("ConflictPanel", "(empty)")
    if isinstance(value, StrEnum):
        return label(value)
    return shown(value).strip("'")


class ConflictPanel(QFrame):
    """`reapply` keeps the user's changes on top of theirs; `keep_theirs` drops the user's."""

    reapply = Signal()
    keep_theirs = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("conflict-changes")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.reapply_button = QPushButton(self.tr("Reapply mine"))
        self.reapply_button.setToolTip(
            self.tr("Save your changes on top of theirs; fields you did not touch keep theirs")
        )
        self.reapply_button.clicked.connect(self.reapply)
        self.keep_button = QPushButton(self.tr("Keep theirs"))
        self.keep_button.setToolTip(self.tr("Drop your changes and keep what they saved"))
        self.keep_button.clicked.connect(self.keep_theirs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.reapply_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.details)
        column.addLayout(buttons)
        self.hide()

    def show_conflict(self, error, labels: dict[str, str]) -> None:
        """`error` is a StaleEditError; `labels` names the fields as the form does."""
        self.heading.setText(
            self.tr("Someone else saved “%1” after you opened it. Nothing of yours is saved "
                    "yet; this is what they changed:").replace("%1", error.what)
        )
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        rows = []
        for change in error.changes:
            name = labels.get(change.field) or translate(
                "ConflictPanel", OTHER_FIELDS.get(change.field, change.field))
            name = name.rstrip(":").replace("&", "")
            mine = ""
            if change.mine is not None and change.mine != change.started_from:
                mine = (f"<br><span style='color:{muted}'>"
                        + self.tr("yours: %1").replace("%1", html.escape(value_text(change.mine)))
                        + "</span>")
            rows.append(
                f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td>"
                f"<td>{html.escape(value_text(change.started_from))} → "
                f"<b>{html.escape(value_text(change.theirs))}</b>{mine}</td></tr>"
            )
        if not rows:
            rows.append("<tr><td>" + self.tr("(only details this form does not show)")
                        + "</td></tr>")
        self.details.setText("<table>" + "".join(rows) + "</table>")
        self.show()
