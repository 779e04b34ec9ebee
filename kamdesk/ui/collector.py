"""When Python looks for garbage cycles: while the user is doing nothing, not mid-scroll.

A full collection walks every object alive. With L's largest history on screen (32,000 rows,
some 255,000 objects) each took 75-150 ms, and the interpreter started three of them in one
scroll through it, exactly while the rows came in: a visible stall each time. So the window
turns the automatic full collections off (the young generations are still collected as
usual: 1-3 ms each), freezes what start-up built (modules, classes, the window: it lives as
long as the process), and runs a full collection itself when the event loop has been quiet
for a second, looked at every CHECK_MS.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

CHECK_MS = 20_000  # how often it asks whether the user is idle
QUIET_MS = 1_000  # for how long the event loop must stay (nearly) asleep
QUIET_WAKES = 10  # wake-ups allowed in QUIET_MS: timers and a blinking text cursor
NEVER = 1_000_000_000  # a third threshold no count of young collections reaches


class IdleCollector(QObject):
    """Installed once by the app after start-up; `stop()` gives the interpreter its own
    collections back (the tests, or when the window closes)."""

    def __init__(self, parent: QObject | None = None, check_ms: int = CHECK_MS,
                 quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(self._thresholds[0], self._thresholds[1], NEVER)
        self.collections = 0  # full collections run, for the tests
        self._wakes = 0
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._check = QTimer(self)
        self._check.setInterval(check_ms)
        self._check.timeout.connect(self._listen)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self._collect_if_quiet)
        self._check.start()

    def _listen(self) -> None:
        """Count the event loop's wake-ups for QUIET_MS: only then, so that a busy loop
        does not pay for a Python call at every wake-up all day."""
        if self._quiet.isActive():
            return  # still listening since the last check
        self._wakes = 0
        self._dispatcher.awake.connect(self._woke)
        self._quiet.start()

    def _woke(self) -> None:
        self._wakes += 1

    def _collect_if_quiet(self) -> None:
        self._dispatcher.awake.disconnect(self._woke)
        if self._wakes <= QUIET_WAKES:
            gc.collect()
            self.collections += 1

    def stop(self) -> None:
        self._check.stop()
        if self._quiet.isActive():
            self._quiet.stop()
            self._dispatcher.awake.disconnect(self._woke)
        gc.set_threshold(*self._thresholds)
        gc.unfreeze()
