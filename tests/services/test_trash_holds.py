"""Whether a deletion can still be undone: the window withdraws its Undo offer when not."""

from __future__ import annotations

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.trash import TrashService
from kamdesk.store.models import Account


def test_the_trash_holds_a_batch_until_it_is_restored_or_emptied(db):
    accounts = AccountService(db)
    first = accounts.create_account(AccountInput("Σιδηρόδρομοι Ηπείρου Α.Ε."))
    second = accounts.create_account(AccountInput("Sibirskiy Les OOO"))
    trash = TrashService(db)
    batch = trash.delete(Account, first)
    assert trash.holds(batch)
    trash.restore(batch)
    assert not trash.holds(batch)
    other = trash.delete(Account, second)
    assert trash.holds(other)
    trash.empty_trash()
    assert not trash.holds(other)
