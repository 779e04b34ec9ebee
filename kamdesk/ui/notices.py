"""Which kinds of record each part of the window shows, and the notice a page's save sends.

A page (or a dossier tab) declares `watches`, the records it shows, and `saves`, the records
its own actions change; `saved(tab)` builds the notice for the account the tab shows.
"""

from __future__ import annotations

from kamdesk.domain.changes import Changes, Record

EVERY_RECORD = frozenset(Record)
# The agenda (Today and the week's summary on the left): birthdays, tasks, meetings, expiring
# proposals, tenders, service cases, data reviews, each line naming its account.
AGENDA = frozenset({Record.ACCOUNT, Record.PERSON, Record.INTERACTION, Record.MEETING,
                    Record.TASK, Record.PROPOSAL, Record.TENDER, Record.SERVICE_CASE,
                    Record.TRASH})
# What goes to the trash with a person (their tasks, their part in contacts and meetings).
WITH_A_PERSON = (Record.PERSON, Record.TASK, Record.INTERACTION, Record.MEETING,
                 Record.REFERRAL)


def saved(tab, *more: Record, ids: tuple = ()) -> Changes:
    """What `tab`'s own action changed (its `saves`, and `more`), in the account it shows;
    `ids`, when known, the records saved."""
    return Changes.of(*tab.saves, *more, account=tab.account_id, ids=ids)


def watching(page, changes: Changes) -> bool:
    """Whether `page` shows any record `changes` names (its `watches`)."""
    return changes.touches(getattr(page, "watches", EVERY_RECORD))


class ShowsRecords:
    """A page of the window: `watches` the records it shows; `apply_changes` redraws it
    (by default, all of it) when it is on screen. The window marks a page that is not on
    screen stale instead, and calls `refresh` when it is next shown."""

    watches: frozenset[Record] = EVERY_RECORD

    def shows(self, changes: Changes) -> bool:
        return changes.touches(self.watches)

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
