"""The running window on a generated portfolio: edits, scrolling, a second brief, memory.

    python benchmarks/window_figures.py M [--runs 3]      # prints the figures as JSON

One fresh offscreen process on a copy of the portfolio (edits write to it):
- saving an edit (a person; a logged contact) until the affected page shows it, against the
  service call alone;
- scrolling every list a screenful at a time, each screenful painted synchronously, against
  the same table over a model of constant strings with as many rows;
- a second brief inside the running app (fonts and metadata already loaded), for the account
  nearest 40 people, against a plain reportlab document of as many pages built in-process;
- resident memory after all that, against a bare QMainWindow in the same process before
  KAMDesk is imported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Figure, dump, resident_mb  # noqa: E402
from portfolio_generator import portfolio  # noqa: E402


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def scroll_figure(app, table, name: str, size: str) -> tuple[Figure, int]:
    """The slowest screenful of `table`, scrolled top to bottom, against a constant model."""
    from PySide6.QtCore import QAbstractTableModel, Qt

    def screenfuls(view) -> list[float]:
        bar = view.verticalScrollBar()
        bar.setValue(0)
        app.processEvents()
        times = []
        while True:
            started = time.perf_counter()
            while view.model().canFetchMore(view.rootIndex()) and bar.value() >= bar.maximum():
                view.model().fetchMore(view.rootIndex())
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            times.append(ms_since(started))
            if bar.value() >= bar.maximum() and not view.model().canFetchMore(view.rootIndex()):
                return times

    class Constant(QAbstractTableModel):
        def __init__(self, rows: int, columns: int) -> None:
            super().__init__()
            self.rows_, self.columns_ = rows, columns

        def rowCount(self, parent=None):  # noqa: N802
            return self.rows_

        def columnCount(self, parent=None):  # noqa: N802
            return self.columns_

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return "Zdzisława Ćwiklińska" if role == Qt.ItemDataRole.DisplayRole else None

    app.processEvents()
    times = screenfuls(table)
    rows = table.model().rowCount()
    model = table.model()
    constant = Constant(rows, model.columnCount())
    table.setModel(constant)
    floor = screenfuls(table)
    table.setModel(model)
    note = f"{rows:,} rows, {len(times)} screenfuls, median {statistics.median(times):.1f} ms"
    return Figure(f"scrolling {name}: slowest screenful", max(times), "ms",
                  "the same table over constant text, slowest screenful", max(floor), size, 16,
                  note), rows


def measure(size: str, runs: int) -> list[Figure]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    bare = QMainWindow()
    bare.resize(1200, 800)
    bare.show()
    app.processEvents()
    bare_mb = resident_mb()
    bare.close()
    folder = Path(tempfile.mkdtemp(prefix="kamdesk-bench-"))
    try:
        shutil.copyfile(portfolio(size), folder / "k.sqlite3")
        return _measure(app, size, runs, folder, bare_mb, QSettings)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _measure(app, size: str, runs: int, folder: Path, bare_mb: float, settings_class):
    from kamdesk.store.database import open_database
    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.settings import Settings

    window = MainWindow(Settings(settings_class(str(folder / "s.ini"),
                                                settings_class.Format.IniFormat)))
    window.resize(1200, 800)
    window.show()
    db = open_database(f"sqlite:///{folder / 'k.sqlite3'}")
    window.attach_database(db)
    app.processEvents()
    from kamdesk.ui.collector import IdleCollector

    collector = IdleCollector(app)  # as the app does after start-up (kamdesk/ui/app.py)
    figures = edit_figures(app, window, db, size, runs)
    figures += list_figures(app, window, db, size)
    figures.append(second_brief(db, size, folder))
    window.navigation.setCurrentRow(0)
    app.processEvents()
    figures.append(Figure("resident memory, every list scrolled", resident_mb(), "MB",
                          "a bare QMainWindow's process", bare_mb, size, 200))
    collector.stop()
    window.close()
    db.close()
    return figures


def edit_figures(app, window, db, size: str, runs: int) -> list[Figure]:
    from datetime import UTC, datetime

    from kamdesk.domain.changes import Changes, Record
    from kamdesk.domain.enums import InteractionKind
    from kamdesk.services.interactions import InteractionInput, InteractionService
    from kamdesk.services.people import PeopleService, PersonInput

    page = window.pages["accounts"]
    dossier = page.dossier
    dossier.tabs.setCurrentWidget(dossier.people)
    app.processEvents()
    person = dossier.people.model.row_at(0)
    detail = PeopleService(db).get_person(person.id)
    fields = {k: getattr(detail, k) for k in PersonInput.__dataclass_fields__
              if hasattr(detail, k)}
    service_ms, page_ms = [], []
    for n in range(runs + 1):
        data = PersonInput(**{**fields, "position": f"Head of Purchasing {n}"})
        started = time.perf_counter()
        PeopleService(db).update_person(person.id, data)
        service = ms_since(started)
        window.context.notify(Changes.of(Record.PERSON, account=dossier.account_id,
                                         ids=(person.id,)))  # what the person editor sends
        app.processEvents()
        shown = ms_since(started)
        assert any(p.position == data.position for p in dossier.people.model.rows())
        if n:  # the first save compiles its statements
            service_ms.append(service)
            page_ms.append(shown)
    figures = [Figure("saving a person → the people tab showing it", statistics.median(page_ms),
                      "ms", "the save alone (service)", statistics.median(service_ms), size, 50)]
    dossier.tabs.setCurrentWidget(dossier.interactions)
    app.processEvents()
    service_ms, page_ms = [], []
    for n in range(runs + 1):
        data = InteractionInput(InteractionKind.CALL, datetime.now(UTC), f"Benchmark call {n}",
                                person_ids=[person.id])
        started = time.perf_counter()
        InteractionService(db).log_interaction(dossier.account_id, data)
        service = ms_since(started)
        window.context.notify(Changes.of(Record.INTERACTION, Record.TASK,
                                         account=dossier.account_id))  # the log dialog's
        app.processEvents()
        shown = ms_since(started)
        if n:
            service_ms.append(service)
            page_ms.append(shown)
    figures.append(Figure("logging a contact → the history showing it",
                          statistics.median(page_ms), "ms", "the save alone (service)",
                          statistics.median(service_ms), size, 50))
    return figures


def list_figures(app, window, db, size: str) -> list[Figure]:
    from service_figures import largest_account

    page = window.pages["accounts"]
    figures = []
    figure, _ = scroll_figure(app, page.accounts.table, "the account list", size)
    figures.append(figure)
    page.select_account(largest_account(db))
    dossier = page.dossier
    for tab, name in ((dossier.people, "the largest account's people"),
                      (dossier.interactions, "the largest account's history")):
        dossier.tabs.setCurrentWidget(tab)
        app.processEvents()
        figures.append(scroll_figure(app, tab.table, name, size)[0])
    window.navigation.setCurrentRow(0)
    app.processEvents()
    today = window.pages["today"]
    table = getattr(today, "table", None) or today.findChild(type(page.accounts.table))
    figures.append(scroll_figure(app, table, "the agenda", size)[0])
    return figures


def second_brief(db, size: str, folder: Path) -> Figure:
    from kamdesk.briefing.export import write_brief

    with db.engine.connect() as c:
        account = uuid.UUID(c.exec_driver_sql(
            "SELECT account_id FROM person GROUP BY account_id "
            "ORDER BY abs(count(*) - 40), account_id LIMIT 1").scalar())
        people = c.exec_driver_sql(
            "SELECT count(*) FROM person WHERE account_id = ?", (account.hex,)).scalar()
    write_brief(db, account, folder / "first.pdf")
    started = time.perf_counter()
    write_brief(db, account, folder / "second.pdf")
    took = ms_since(started)
    from pypdf import PdfReader

    pages = len(PdfReader(str(folder / "second.pdf")).pages)
    plain_document(folder / "floor1.pdf", pages)
    started = time.perf_counter()
    plain_document(folder / "floor2.pdf", pages)
    return Figure(f"a second brief in the running app ({people} people)", took, "ms",
                  f"a plain reportlab document of {pages} pages, fonts loaded", ms_since(started),
                  size, 150)


def plain_document(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from kamdesk.resources import resource

    fonts = sorted(resource("fonts").glob("*.ttf"))
    for font in fonts:
        if font.stem not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font.stem, str(font)))
    body = ParagraphStyle("body", fontName=fonts[0].stem, fontSize=9, leading=11.5)
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page} · Zdzisława Ćwiklińska · Ευαγγελία", body))
        story.append(Table([[Paragraph(f"Cell {r}.{c}: Łódź Гдыня Πειραιάς", body)
                             for c in range(4)] for r in range(18)]))
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=["tiny", "M", "L"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    dump(measure(args.size, args.runs))
    sys.stdout.flush()
    # PySide6 can crash tearing down a big window at interpreter exit ("none_dealloc"):
    # the figures are out, so leave without the teardown.
    os._exit(0)


if __name__ == "__main__":
    main()
