"""The brief preview: the PDF as it will print, with Print and Save as PDF.

The brief is written off the GUI thread into a private temporary folder, then shown with
QtPdf. Printing renders each page at 300 dpi into the printer the system dialog set up.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.briefing.options import default_file_name
from kamdesk.ui.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.ui.settings import Settings

PRINT_DPI = 300


class BriefPreview(QDialog):
    """Shows one account's (or meeting's) brief, or a trip brief for a city; regenerates
    when "Shareable" is toggled."""

    def __init__(self, db, account_id: uuid.UUID | None, meeting_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, today: date | None = None,
                 city: str | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        # Paper and what "shareable" leaves out come from Edit ▸ Settings… (defaults without).
        self.settings = settings
        self.db, self.account_id, self.meeting_id = db, account_id, meeting_id
        self.today, self.city = today, city
        self._folder = Path(tempfile.mkdtemp(prefix="kamdesk-brief-"))
        # Removed on close; also if the window is destroyed with its parent, unclosed.
        self.destroyed.connect(functools.partial(shutil.rmtree, self._folder, True))
        self._job = None
        self._closing = False
        self._printer: QPrinter | None = None  # kept alive while the print dialog is open
        self.pdf_path: Path | None = None
        self.file_name = "brief.pdf"
        self._audit_what, self._audit_account = ("brief", False), ""  # for the audit log
        self.setWindowTitle(self.tr("Brief"))
        self.resize(860, 1000)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status = QLabel(self.tr("Preparing the brief…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumWidth(160)
        self.shareable = QCheckBox(self.tr("Shareable (no personal data)"))
        self.shareable.toggled.connect(self.generate)
        self.language = QComboBox()  # the brief's language, the window's to begin with
        self.language.setToolTip(self.tr("The language of the brief"))
        for code, name in (("en", "English"), ("fil", "Filipino")):  # each by its own name
            self.language.addItem(name, code)
        from kamdesk.language import language_of

        window_language = language_of(QLocale().name())
        self.language.setCurrentIndex(max(0, self.language.findData(window_language)))
        self.language.currentIndexChanged.connect(self.generate)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_brief)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.shareable)
        bar.addWidget(self.language)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.generate()

    # -- generating -------------------------------------------------------------------------

    def generate(self) -> None:
        """Write the brief in the background; the preview updates when it is ready."""
        if self._job is not None:
            return  # one at a time; a toggle during generation is picked up when it ends
        from kamdesk.briefing.options import BriefOptions

        self._set_busy(True)
        shareable = self.shareable.isChecked()
        options = BriefOptions(shareable=shareable, **self._chosen_options())
        language = self.language.currentData()
        if language != options.language_code:  # a brief in another language than the locale's
            options = replace(options, language=language,
                              locale="fil_PH" if language == "fil" else "en_GB")
        suffix = "-shareable" if shareable else ""
        target = self._folder / f"brief{suffix}-{uuid.uuid4().hex[:6]}.pdf"
        db, account_id, meeting_id, today = self.db, self.account_id, self.meeting_id, self.today
        city = self.city

        def work() -> tuple[Path, str, bool]:
            from kamdesk.briefing.export import write_brief, write_trip_brief
            from kamdesk.services.accounts import AccountService

            if city is not None:
                path = write_trip_brief(db, city, target, options=options, today=today)
                return path, f"{city} trip", shareable
            name = AccountService(db).get_account(account_id).name
            path = write_brief(db, account_id, target, meeting_id=meeting_id, options=options,
                               today=today)
            return path, name, shareable

        self._job = run_in_background(work, self._generated, self._failed)

    def _generated(self, result: tuple[Path, str, bool]) -> None:
        self._job = None
        if self._finish_closing():
            return
        path, name, shareable = result
        if shareable != self.shareable.isChecked():
            self.generate()  # the user toggled while we worked
            return
        self.document.close()
        self.document.load(str(path))
        self.pdf_path = path
        self._audit_what = (f"trip brief, {name}" if self.city is not None else
                            "meeting brief" if self.meeting_id else "brief", shareable)
        self._audit_account = "" if self.city is not None else name
        self.file_name = default_file_name(name, self.today or date.today())
        self.setWindowTitle(self.tr("Brief: %1").replace("%1", name))
        pages = self.document.pageCount()
        self.status.setText(self.tr("1 page") if pages == 1
                            else self.tr("%1 pages").replace("%1", str(pages)))
        self._set_busy(False)

    def _failed(self, error: Exception) -> None:
        self._job = None
        if self._finish_closing():
            return
        self.status.setText(self.tr("The brief could not be made: %1").replace("%1", str(error)))
        self.progress.hide()
        self.shareable.setEnabled(True)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.shareable.setEnabled(not busy)
        self.language.setEnabled(not busy)
        self.print_button.setEnabled(not busy and self.pdf_path is not None)
        self.save_button.setEnabled(not busy and self.pdf_path is not None)
        if busy:
            self.status.setText(self.tr("Preparing the brief…"))

    # -- saving and printing ---------------------------------------------------------------

    def save_as(self) -> None:
        start = str(Path.home() / self.file_name)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the brief as PDF"), start,
                                                self.tr("PDF files (*.pdf)"))
        if chosen:
            try:
                self.save_to(Path(chosen))
            except OSError as error:
                self.status.setText(self.tr("Not saved: %1").replace("%1", str(error)))

    def save_to(self, target: Path) -> None:
        """Copy the previewed PDF to *target* through a temporary file, never half-written."""
        if self.pdf_path is None:
            raise OSError("the brief is not ready yet")
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            shutil.copyfile(self.pdf_path, temporary)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        self._audit(str(target))
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))

    def print_brief(self) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self.file_name)
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render every page into *printer*; return how many pages were printed."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return 0
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * PRINT_DPI / 72),
                                round(points.height() * PRINT_DPI / 72)))
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        self._audit(f"printer {printer.printerName() or printer.outputFileName()}".strip())
        return self.document.pageCount()

    def _audit(self, destination: str) -> None:
        from kamdesk.services.audit import BRIEF, AuditService, brief_description

        kind, shareable = self._audit_what
        AuditService(self.db).record(BRIEF, brief_description(kind, shareable),
                                     self._audit_account, destination)

    # -- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        # A brief still being written is let finish in the background; then we clean up.
        if self._job is not None:
            self._closing = True
            self.hide()
            return
        self._clean_up()
        super().done(result)

    def _finish_closing(self) -> bool:
        if not self._closing:
            return False
        self._clean_up()
        super().done(QDialog.DialogCode.Rejected)
        return True

    def _chosen_options(self) -> dict:
        if self.settings is None:
            return {}
        return {"paper": self.settings.paper(), "shareable_omits": self.settings.shareable_omits()}

    def _clean_up(self) -> None:
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def open_brief_preview(parent: QWidget | None, db, account_id: uuid.UUID,
                       meeting_id: uuid.UUID | None = None,
                       today: date | None = None,
                       settings: Settings | None = None) -> BriefPreview:
    """Open the preview window (not modal) and start writing the brief; *settings* (the
    window's, from the caller's context) give the paper and what "shareable" leaves out."""
    preview = BriefPreview(db, account_id, meeting_id, parent, today, settings=settings)
    preview.show()
    return preview



def open_trip_preview(parent: QWidget | None, db, city: str,
                      today: date | None = None,
                      settings: Settings | None = None) -> BriefPreview:
    """Open the preview of a trip brief: every account in *city*, after a table of contents."""
    preview = BriefPreview(db, None, None, parent, today, city=city, settings=settings)
    preview.show()
    return preview
