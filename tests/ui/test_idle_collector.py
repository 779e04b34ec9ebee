"""Full garbage collections run while the event loop is quiet, never in the middle of work."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from kamdesk.ui.collector import NEVER, IdleCollector


class Node:
    """A cycle: only a full collection frees it once it has reached the oldest generation."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qapp):
    before = gc.get_threshold()
    collector = IdleCollector(check_ms=50, quiet_ms=100)
    yield collector
    collector.stop()
    assert gc.get_threshold() == before, "the interpreter's own collections are back"


def _run_event_loop(ms: int) -> None:
    """A real event loop that sleeps between events, as the app's does (qtbot.wait polls)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _old_cycle() -> weakref.ref:
    node = Node()
    gc.collect(1)  # alive: moved to the oldest generation, which young collections leave alone
    return weakref.ref(node)


def test_a_full_collection_waits_for_a_quiet_moment_and_then_runs(collector):
    assert gc.get_threshold()[2] == NEVER  # the interpreter starts none by itself
    cycle = _old_cycle()
    busy = QTimer()
    busy.timeout.connect(lambda: None)
    busy.start(1)  # the loop wakes every millisecond: work going on
    _run_event_loop(600)
    assert collector.collections == 0 and cycle() is not None
    busy.stop()
    _run_event_loop(600)
    assert collector.collections > 0
    assert cycle() is None


def test_young_objects_are_still_collected_as_usual(collector):
    node = Node()
    cycle = weakref.ref(node)
    del node
    gc.collect(0)  # what the interpreter runs itself after 700 allocations
    assert cycle() is None
