"""A main window on a real temporary database, with settings in a temporary file."""

from __future__ import annotations

import pytest

from tests.days import TODAY


@pytest.fixture(autouse=True)
def _application(qapp):
    """Every window test has the QApplication: `qtmodeltester` does not make one (pytest-qt
    4.5), and a model's fonts asked for without it are empty (size -1, a Qt warning)."""
    return qapp


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from kamdesk.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _window(qtbot, settings, database):
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.attach_database(database, lambda: TODAY)
    return window


@pytest.fixture
def window(qtbot, settings, db):
    return _window(qtbot, settings, db)


@pytest.fixture
def sample_window(qtbot, settings, sample_db):
    return _window(qtbot, settings, sample_db)
