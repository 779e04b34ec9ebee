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
