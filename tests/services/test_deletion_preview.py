"""Before deleting an account the window can say how many entries go with it, and Undo is
offered only while the deletion is still in the trash."""

from __future__ import annotations

from kamdesk.services.accounts import AccountService
from kamdesk.services.trash import TrashService
from kamdesk.store.models import Account


def _account_id(db, name):
    return next(a.id for a in AccountService(db).list_accounts() if a.name == name)


def test_the_preview_counts_what_the_deletion_moves_and_changes_nothing(sample_db):
    accounts = AccountService(sample_db)
    baltic = _account_id(sample_db, "Baltic Freight Sp. z o.o.")
    preview = accounts.deletion_preview(baltic)
    assert preview.title == "Baltic Freight Sp. z o.o."
    assert preview.entries == sum(preview.by_kind.values()) > 10
    assert preview.by_kind["person"] >= 5 and preview.by_kind["interaction"] >= 5
    assert baltic in [a.id for a in accounts.list_accounts()]  # nothing changed
    accounts.delete_account(baltic)
    [entry] = TrashService(sample_db).list_trash()
    assert entry.rows == preview.entries + 1  # the account itself, and what it took along


def test_undo_can_succeed_only_while_the_deletion_is_in_the_trash(sample_db):
    trash = TrashService(sample_db)
    batch = trash.delete(Account, _account_id(sample_db, "Vltava Pharma a.s."))
    assert trash.can_restore(batch)
    trash.restore(batch)  # e.g. from the Trash page
    assert not trash.can_restore(batch)
    batch = trash.delete(Account, _account_id(sample_db, "Vltava Pharma a.s."))
    trash.empty_trash()
    assert not trash.can_restore(batch)
