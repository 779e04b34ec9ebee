"""The start-up path: the frame paints before SQLAlchemy is imported, and only the page on
screen is read at start; the others are read, complete, when they are first shown."""

from __future__ import annotations

import os
import subprocess
import sys

from kamdesk.services.agenda import AgendaService
from kamdesk.services.team.department import DepartmentService
from kamdesk.services.trash import TrashService
from kamdesk.ui.main_window import PAGE_DEPARTMENT, PAGE_TODAY, PAGE_TRASH
from kamdesk.ui.models.agenda_model import AgendaHeading
from tests.days import TODAY

_PAINT = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kamdesk.store.location import database_url
database_url(sys.argv[1])  # what run_app works out before it paints
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.settings import Settings
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
app.processEvents()
assert window.isVisible()
print(sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"))
"""


def test_the_frame_paints_before_sqlalchemy_is_imported(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _PAINT, str(tmp_path), str(tmp_path / "s.ini")],
        capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == "[]"


def test_only_the_accounts_page_is_read_at_start_the_others_when_shown(sample_window):
    db = sample_window.context.db
    department, trash, today = (sample_window.pages[name]
                                for name in ("department", "trash", "today"))
    assert sample_window.stack.currentWidget() is sample_window.pages["accounts"]
    assert sample_window.pages["accounts"].accounts.model.rowCount() > 0
    assert department.view is None and today.model.rowCount() == 0

    sample_window.go_to(PAGE_DEPARTMENT)
    wanted = DepartmentService(db).department(TODAY)
    assert [k.name for k in department.view.kams] == [k.name for k in wanted.kams]
    assert department.kams.model.rowCount() == len(wanted.kams)

    sample_window.go_to(PAGE_TODAY)
    shown = sorted((r for r in today.model.rows() if not isinstance(r, AgendaHeading)),
                   key=repr)
    assert shown == sorted(AgendaService(db).agenda(TODAY, today.days.value()), key=repr)

    sample_window.go_to(PAGE_TRASH)
    assert trash.model.rowCount() == len(TrashService(db).list_trash())
