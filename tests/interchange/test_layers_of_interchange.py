"""Import and export run without Qt (the command line and the tests need no display), and the
import command does not load what it does not use."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import importlib, pkgutil, sys
import kamdesk.interchange as package
names = [m.name for m in pkgutil.iter_modules(package.__path__, package.__name__ + ".")]
for name in names + ["kamdesk.services.contact_import.planning", "kamdesk.services.archive.tables",
                     "kamdesk.services.export_sources", "kamdesk.commands.interchange"]:
    importlib.import_module(name)
print(len(names), *sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "reportlab"}))
"""


def test_interchange_imports_neither_qt_nor_the_pdf_library():
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                            check=True)
    count, *heavy = result.stdout.split()
    assert int(count) >= 15
    assert heavy == []
