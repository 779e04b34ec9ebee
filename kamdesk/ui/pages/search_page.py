"""Search results as you type, found off the GUI thread; Enter or a double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.search_model import MarkedTextDelegate, SearchResultsModel
from kamdesk.ui.notices import ShowsRecords
from kamdesk.ui.worker import run_in_background

# Results shown at first, a screenful and a half; "More…" asks for this many again. A
# two-letter word matches tens of thousands of people at department scale: the list stays
# quick and says so. Each result costs its snippet (about 50 µs of Python): 200 at once
# were most of a search's time (issue 12).
FIRST_RESULTS = 50


def _find(db, text: str, limit: int):
    from kamdesk.services.search import SearchService

    return SearchService(db).find(text, limit)


class SearchPage(ShowsRecords, ListView):
    results_shown = Signal(str)  # the query whose results are now in the list

    def __init__(self, context, parent=None) -> None:
        super().__init__(SearchResultsModel(), stretch=SearchResultsModel.COL_SNIPPET,
                         parent=parent)
        self.marks = MarkedTextDelegate(self)
        self.table.setItemDelegateForColumn(SearchResultsModel.COL_SNIPPET, self.marks)
        self.setObjectName("search-results")
        self.context = context
        self.layout().setContentsMargins(12, 10, 12, 10)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.buttons.insertWidget(0, self.heading)
        self.note = QLabel()  # what a search of short words left out
        self.note.setObjectName("search-note")
        self.note.setEnabled(False)  # the palette's quieter text
        self.buttons.insertWidget(1, self.note)
        self.activated_row.connect(self.open_hit)
        self.more_button = self.add_button(self.tr("More…"), self.show_more)
        self.more_button.hide()
        self._generation = 0
        self.query = ""
        self.limit = FIRST_RESULTS

    def refresh(self) -> None:
        if self.query:
            self.search(self.query)

    def search(self, text: str, limit: int = FIRST_RESULTS) -> None:
        """Start a search; an older one still running is ignored when it finishes."""
        self.query, self.limit = text, limit
        self._generation += 1
        generation = self._generation
        db = self.context.db
        self.heading.setText(self.tr("Searching “%1”…").replace("%1", text))
        self._job = run_in_background(
            lambda: _find(db, text, limit),
            lambda found: self._show(generation, text, found),
            lambda error: self._failed(generation, error),
            self,
        )

    def show_more(self) -> None:
        if self.query:
            self.search(self.query, self.limit + FIRST_RESULTS)

    def _show(self, generation: int, text: str, results) -> None:
        if generation != self._generation:
            return
        hits = results.hits
        if results.capped:
            found = self.tr("The first %n results for “%1”: type more to narrow them", "",
                            len(hits))
        elif len(hits) == 1:
            found = self.tr("1 result for “%1”")
        else:
            found = self.tr("%n results for “%1”", "", len(hits))
        self.heading.setText(found.replace("%1", text))
        self.note.setText("" if results.history_searched else self.tr(
            "Type three letters or more to search the contact history too."))
        self.more_button.setVisible(results.capped)
        self.set_rows(hits, self.tr(
            "Nothing matches. Search looks through names, positions, notes, hobbies, values,"
            " family, proposals, meetings and the contact history."
        ))
        self.results_shown.emit(text)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.heading.setText(str(error))

    def open_first(self) -> None:
        if self.proxy.rowCount():
            self.open_hit(self.proxy.row_at(0))

    def open_hit(self, hit) -> None:
        """A person (or their family member) opens the person's page; a proposal, meeting or
        logged contact opens the account on its tab with the row selected."""
        if hit.kind == "person":
            self.context.open_person.emit(hit.account_id, hit.id)
        elif hit.person_id is not None:
            self.context.open_person.emit(hit.account_id, hit.person_id)
        elif hit.kind == "account":
            self.context.open_account.emit(hit.account_id)
        else:
            self.context.open_entry.emit(hit.account_id, hit.kind, hit.id)
