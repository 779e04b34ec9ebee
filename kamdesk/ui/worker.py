"""Run slow work off the GUI thread and get the result back as a signal on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Job(QObject):
    """Emits `finished(result)` or `failed(exception)` in the thread that created the job."""

    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], Any], job: Job) -> None:
        super().__init__()
        self.function = function
        self.job = job

    def run(self) -> None:
        # Only plain data crosses threads: signals are queued to the job's (GUI) thread.
        try:
            result = self.function()
        except Exception as error:  # noqa: BLE001 - reported to the GUI, not swallowed
            self.job.failed.emit(error)
        else:
            self.job.finished.emit(result)


def run_in_background(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    parent: QObject | None = None,
) -> Job:
    """Start `function` in the global thread pool; keep the returned job alive until done."""
    job = Job(parent)
    job.finished.connect(on_done)
    job.failed.connect(on_error)
    job.finished.connect(job.deleteLater)
    job.failed.connect(job.deleteLater)
    QThreadPool.globalInstance().start(_Runnable(function, job))
    return job
