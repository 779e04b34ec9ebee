"""The brief is headless: neither the briefing package nor `kamdesk brief` may import Qt."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
import kamdesk.briefing.export, kamdesk.commands.brief, kamdesk.services.brief_sources.reading
from kamdesk.cli import build_parser
build_parser()
print(sorted(m for m in sys.modules if m.split(".")[0] == "PySide6"))
"""

_PARSE_ONLY = """
import sys
from kamdesk.cli import build_parser
build_parser().parse_args(["brief", "Baltic", "--shareable"])
print(sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "babel", "sqlalchemy"}))
"""


def test_the_briefing_package_and_command_never_import_qt():
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_parsing_the_brief_command_imports_none_of_the_heavy_libraries():
    result = subprocess.run([sys.executable, "-c", _PARSE_ONLY], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_the_briefing_package_reaches_the_database_only_through_services():
    from pathlib import Path

    import kamdesk.briefing as briefing

    for module in Path(briefing.__path__[0]).glob("*.py"):
        text = module.read_text(encoding="utf-8")
        imports = [line for line in text.splitlines()
                   if line.lstrip().startswith(("import ", "from "))]
        runtime = [line for line in imports if not line.startswith("    ")]
        assert not any("kamdesk.store" in line or "sqlalchemy" in line for line in runtime), (
            module.name
        )
