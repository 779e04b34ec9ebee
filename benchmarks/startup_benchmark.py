"""Start-up of the desktop app against its floor, a bare PySide6 window, in the same run.

Each sample is a fresh Python process that prints, in seconds since the process started:
the moment the window was painted and, for KAMDesk, the moment the account list was filled
(its first row selected) and the first dossier's overview was shown, on a generated
portfolio (`portfolio_generator.py`). Medians of several runs; ratios to the floor.

Usage: python benchmarks/startup_benchmark.py [--runs N] [--size tiny|M|L]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import time, os
t0 = float(os.environ["T0"])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.time() - t0)
"""

# The order of kamdesk.ui.app.run_app: the frame paints, the file's open check starts on a
# thread, the pages are imported while it runs, then the database opens.
KAMDESK = """
import time, os
t0 = float(os.environ["T0"])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.pages import load_pages
from kamdesk.ui.settings import Settings
w = MainWindow(Settings(QSettings(os.environ["SETTINGS"], QSettings.Format.IniFormat)))
w.resize(1200, 800); w.show(); app.processEvents()
shown = time.time() - t0
from kamdesk.store.early_look import look_ahead
look_ahead(os.environ["DB_FILE"])
load_pages()
from kamdesk.ui.dossier import dossier_view
marks = []
original = dossier_view.DossierView.show_account
def show_account(self, account_id):  # the list is filled and its first row selected
    marks.append(time.time() - t0)
    original(self, account_id)
dossier_view.DossierView.show_account = show_account
from kamdesk.store.database import open_database
w.attach_database(open_database(os.environ["DB_URL"]))
app.processEvents()
overview = w.pages["accounts"].dossier.overview
assert overview.isVisible(), "the overview is not on screen"
print(shown, marks[0], time.time() - t0)
"""


def sample(code: str, env: dict[str, str]) -> list[float]:
    env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen", "T0": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout
    return [float(x) for x in out.split()[-3:]]


def measure(url: str, runs: int, size: str = "", path: str = "") -> list:
    """Painted, account list filled and first overview shown (s since process start)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Figure

    with tempfile.TemporaryDirectory() as folder:
        env = {"DB_URL": url, "DB_FILE": path or url.removeprefix("sqlite:///"),
               "SETTINGS": str(Path(folder) / "s.ini"), "PYTHONPATH": str(ROOT)}
        floor, app = [], []
        sample(KAMDESK, env)  # warm-up: byte code and the file in the OS cache, as on a laptop
        for _ in range(runs):  # interleaved so both see the same machine noise
            floor.append(sample(FLOOR, env)[-1])
            app.append(sample(KAMDESK, env))
    bare = statistics.median(floor)
    painted, listed, overview = (statistics.median(s[i] for s in app) for i in range(3))
    limit = {"M": 0.5, "L": 0.8}.get(size)
    name = "a bare QMainWindow painted"
    return [
        Figure("start → window painted", painted, "s", name, bare, size, bare * 1.3,
               "target: 1.3x the floor"),
        Figure("start → account list filled", listed, "s", name, bare, size, limit),
        Figure("start → first overview shown", overview, "s", name, bare, size, limit),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", choices=["tiny", "M", "L"], default="M")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from portfolio_generator import portfolio

    for figure in measure(f"sqlite:///{portfolio(args.size)}", args.runs, args.size):
        print(figure.line())


if __name__ == "__main__":
    main()
