"""Edit ▸ Settings…: the preferences a KAM may want other than the defaults, each stored
through the typed wrapper (ui/settings.py) and read where it is used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.briefing.options import Private
from kamdesk.store.backup_thinning import KeepPolicy
from kamdesk.ui import theme
from kamdesk.ui.settings import Settings

translate = QCoreApplication.translate
PRIVATE_TEXTS = {  # what the check boxes say, in the order shown
    Private.BIRTHDAY: lambda: translate("SettingsDialog", "Birthdays"),
    Private.FAMILY: lambda: translate("SettingsDialog", "Family"),
    Private.HOBBIES: lambda: translate("SettingsDialog", "Hobbies"),
    Private.VALUES: lambda: translate("SettingsDialog", "Values"),
    Private.NOTES: lambda: translate("SettingsDialog", "Personal notes"),
    Private.CONTACT: lambda: translate("SettingsDialog", "Phone and e-mail"),
    Private.STANCE: lambda: translate("SettingsDialog", "Stance and influence"),
}


def _count(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _percent(value: int, low: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, 100)
    box.setSuffix(" %")
    box.setValue(value)
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        # Each language by its own name, as a user looking for theirs reads it.
        for code, name in (("", self.tr("The system's language")), ("en", "English"),
                           ("fil", "Filipino")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language()))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter (8½ × 11 in)"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(settings.paper()))
        t = settings.thresholds()
        self.band_low = _percent(round(t.key_band_low * 100))
        self.band_high = _percent(round(t.key_band_high * 100))
        self.band_low.valueChanged.connect(self.band_high.setMinimum)
        self.band_high.setMinimum(self.band_low.value())
        self.mono = _percent(round(t.mono_dependence * 100), low=1)
        self.agenda_days = QSpinBox()
        self.agenda_days.setRange(1, 366)
        self.agenda_days.setSuffix(self.tr(" days"))
        self.agenda_days.setValue(settings.agenda_days())
        self.backup_folder = QLineEdit(str(settings.backup_folder() or ""))
        self.backup_folder.setPlaceholderText(self.tr("beside the database"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        policy = settings.backup_policy()  # thinning keeps the last few, then by day, week, month
        self.keep_last = _count(policy.last, 1, 100)
        self.keep_daily = _count(policy.daily, 0, 366)
        self.keep_weekly = _count(policy.weekly, 0, 520)
        self.keep_monthly = _count(policy.monthly, 0, 1200)
        omitted = settings.shareable_omits()
        self.omits = {p: QCheckBox(text()) for p, text in PRIVATE_TEXTS.items()}
        for private, box in self.omits.items():
            box.setChecked(private in omitted)

        window = QFormLayout()
        window.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language shows when KAMDesk starts again."))
        theme.muted(note)
        window.addRow("", note)
        window.addRow(self.tr("Agenda looks ahead"), self.agenda_days)
        portfolio = QFormLayout()
        band = QHBoxLayout()
        band.addWidget(self.band_low)
        band.addWidget(QLabel("–"))
        band.addWidget(self.band_high)
        band.addStretch(1)
        portfolio.addRow(self.tr("Healthy share of key accounts"), band)
        portfolio.addRow(self.tr("Mono-dependence above"), self.mono)
        brief = QFormLayout()
        brief.addRow(self.tr("Paper"), self.paper)
        boxes = QGridLayout()
        for n, box in enumerate(self.omits.values()):
            boxes.addWidget(box, n // 3, n % 3)
        brief.addRow(self.tr("A shareable brief leaves out"), boxes)
        backups = QFormLayout()
        folder = QHBoxLayout()
        folder.addWidget(self.backup_folder, 1)
        folder.addWidget(choose)
        backups.addRow(self.tr("Folder"), folder)
        kept = QHBoxLayout()
        for box, text in ((self.keep_last, self.tr("latest")), (self.keep_daily, self.tr("daily")),
                          (self.keep_weekly, self.tr("weekly")),
                          (self.keep_monthly, self.tr("monthly"))):
            kept.addWidget(box)
            kept.addWidget(QLabel(text))
        kept.addStretch(1)
        backups.addRow(self.tr("Copies kept"), kept)

        column = QVBoxLayout(self)
        for title, form in ((self.tr("Window"), window), (self.tr("Portfolio"), portfolio),
                            (self.tr("Brief"), brief), (self.tr("Backups"), backups)):
            group = QGroupBox(title)
            group.setLayout(form)
            column.addWidget(group)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def accept(self) -> None:
        s = self.settings
        s.set_language(self.language.currentData())
        s.set_paper(self.paper.currentData())
        s.set_thresholds(self.band_low.value(), self.band_high.value(), self.mono.value())
        s.set_agenda_days(self.agenda_days.value())
        folder = self.backup_folder.text().strip()
        s.set_backup_folder(Path(folder).expanduser() if folder else None)
        s.set_backup_policy(KeepPolicy(self.keep_last.value(), self.keep_daily.value(),
                                       self.keep_weekly.value(), self.keep_monthly.value()))
        s.set_shareable_omits({p for p, box in self.omits.items() if box.isChecked()})
        s.sync()
        super().accept()
