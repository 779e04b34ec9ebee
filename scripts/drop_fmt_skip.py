"""Remove the `# fmt: skip` markers: KAMDesk does not run a formatter (pyproject.toml,
[tool.ruff]), so they only say "do not reformat" to a tool nobody runs.

    python scripts/drop_fmt_skip.py          # rewrite the files
    python scripts/drop_fmt_skip.py --check  # exit 1, listing the files that still have one

Only a trailing marker is removed (with the spaces before it); a line that held nothing else
keeps its indentation free of it. The code itself does not change: `ruff check` and the
tests read the same tokens. Run once on the whole tree after the branches of a stop are
merged (one commit), so no branch carries the change.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("kamdesk", "tests", "benchmarks", "scripts")
MARKER = re.compile(r"[ \t]*#[ \t]*fmt:[ \t]*skip[ \t]*$", re.MULTILINE)


def files_with_markers() -> list[Path]:
    return [
        path
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != Path(__file__).resolve() and MARKER.search(path.read_text(encoding="utf-8"))
    ]


def main(argv: list[str]) -> int:
    found = files_with_markers()
    if "--check" in argv:
        for path in found:
            print(f"{path.relative_to(ROOT)}: `# fmt: skip` without a formatter")
        return 1 if found else 0
    count = 0
    for path in found:
        text = path.read_text(encoding="utf-8")
        new, n = MARKER.subn("", text)
        path.write_text(new, encoding="utf-8")
        count += n
    print(f"removed {count} markers from {len(found)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
