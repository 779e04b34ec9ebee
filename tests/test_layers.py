"""The domain layer must run without Qt or a database (STYLE.md point 1)."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import importlib, pkgutil, sys
import kamdesk.domain as domain
names = [m.name for m in pkgutil.iter_modules(domain.__path__, domain.__name__ + ".")]
for name in names:
    importlib.import_module(name)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "sqlalchemy"))
print(len(names), *heavy)
"""


def test_the_domain_imports_neither_qt_nor_sqlalchemy():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    )
    count, *heavy = result.stdout.split()
    assert int(count) >= 9  # the probe really found the domain modules
    assert heavy == []


_BELOW_UI = """
import importlib, pkgutil, sys
import kamdesk
names = [m.name for m in pkgutil.walk_packages(kamdesk.__path__, "kamdesk.")
         if not m.name.startswith("kamdesk.ui") and not m.name.startswith("kamdesk.migrations")]
for name in names:
    importlib.import_module(name)
print(len(names), *sorted(m for m in sys.modules if m.split(".")[0] == "PySide6"))
"""


def test_nothing_below_the_windows_imports_qt():
    result = subprocess.run(
        [sys.executable, "-c", _BELOW_UI], capture_output=True, text=True, check=True
    )
    count, *qt = result.stdout.split()
    assert int(count) >= 30  # store, services, commands, briefing, interchange...
    assert qt == []


def test_a_headless_command_starts_without_qt_or_the_orm_until_it_needs_it():
    probe = (
        "import sys, kamdesk.cli; print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'reportlab')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
