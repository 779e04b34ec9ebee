"""Run slow work off the GUI thread and get the result back as a signal on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Jobs still running. A job is never parented to a window: a window closed while its job
# runs would delete the job under the worker thread's feet (seen as a crash in tests).
_RUNNING: set[Job] = set()


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
    """Start `function` in the global thread pool; `on_done`/`on_error` run on this thread.

    `parent`, when given, only ties the callbacks' lifetime: if it is destroyed first, the
    result is dropped instead of reaching a window that no longer exists.
    """
    job = Job()
    _RUNNING.add(job)
    alive = [True]
    if parent is not None:
        parent.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    def done(result: Any) -> None:
        _RUNNING.discard(job)
        if alive[0]:
            on_done(result)

    def failed(error: Exception) -> None:
        _RUNNING.discard(job)
        if alive[0]:
            on_error(error)

    job.finished.connect(done)
    job.failed.connect(failed)
    QThreadPool.globalInstance().start(_Runnable(function, job))
    return job
