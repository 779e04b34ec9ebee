"""The open check of the file the window is about to open, started early on a thread.

`inspect_file` (`quick_check`) reads the whole file: 0.45 s for a department's 260 MB, more
for a bigger one. The window starts it here before it paints, and imports its pages (pure
Python, 0.5 s) while SQLite, which releases the GIL, checks on the other core. Opening still
waits for the check: nothing is read from a file before it has passed. The result is used
only if the file and its WAL are unchanged since the look began; otherwise, or if the look
failed, opening looks again itself.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from kamdesk.store.inspection import FileState, inspect_file

Signature = tuple[tuple[int, int, int, int] | None, ...]
_looks: dict[Path, tuple[Signature, threading.Thread, list[FileState]]] = {}
_lock = threading.Lock()


def _signature(path: Path) -> Signature:
    """What would differ if anything wrote the file (or its WAL) since. A WAL missing and
    an empty one are the same: the read-only look itself creates an empty one."""
    found: list[tuple[int, int, int, int] | None] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            s = os.stat(file)
        except OSError:
            found.append(None)
        else:
            found.append((s.st_dev, s.st_ino, s.st_size, s.st_mtime_ns) if s.st_size else None)
    return tuple(found)


def look_ahead(path: Path) -> None:
    """Start `inspect_file(path)` on a thread, for the next `taken_look(path)`. A file that
    does not exist yet is left alone (opening creates it)."""
    path = Path(path).absolute()
    if not path.is_file():
        return
    result: list[FileState] = []

    def look() -> None:
        with contextlib.suppress(Exception):  # opening looks again and reports it itself
            result.append(inspect_file(path))

    thread = threading.Thread(target=look, name="kamdesk-open-check", daemon=True)
    with _lock:
        _looks[path] = (_signature(path), thread, result)
    thread.start()


def taken_look(path: Path) -> FileState | None:
    """The early look at `path`, waited for; None when there was none, it failed, or the
    file changed since it began (the caller then looks itself)."""
    with _lock:
        found = _looks.pop(Path(path).absolute(), None)
    if found is None:
        return None
    signature, thread, result = found
    thread.join()
    if not result or _signature(Path(path).absolute()) != signature:
        return None
    return result[0]
