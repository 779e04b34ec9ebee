"""A page of the import wizard that runs its slow work off the GUI thread, one job at a
time, with a busy bar, and ignores the answers of jobs the user has moved on from."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QWizardPage

from kamdesk.ui.worker import run_in_background


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # no measurable steps: a moving bar says "working"
    bar.setVisible(False)
    return bar


class BackgroundPage(QWizardPage):
    """A page that runs one job at a time and ignores the answers of abandoned jobs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.busy = _busy_bar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._generation = 0
        self._job = None

    def run(self, work, done) -> None:
        self._generation += 1
        generation = self._generation
        self.busy.setVisible(True)
        self.message.setText(self.tr("Working…"))
        self.completeChanged.emit()

        def finished(result) -> None:
            if generation == self._generation:
                self._job = None
                self.busy.setVisible(False)
                self.message.clear()
                done(result)
                self.completeChanged.emit()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._job = None
                self.busy.setVisible(False)
                self.message.setText(self.tr("Cannot go on: {0}").format(error))
                self.completeChanged.emit()

        self._job = run_in_background(work, finished, failed)

    @property
    def working(self) -> bool:
        return self._job is not None
