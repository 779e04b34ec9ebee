"""Change notices combined: the ids a notice names stay only when both name theirs."""

from __future__ import annotations

import uuid

from kamdesk.domain.changes import Changes, Record

ACCOUNT = uuid.UUID(int=1)
ONE, TWO = uuid.UUID(int=10), uuid.UUID(int=11)


def test_two_notices_with_ids_name_both_sets_of_ids():
    both = Changes.of(Record.PERSON, account=ACCOUNT, ids=(ONE,)) | Changes.of(
        Record.PERSON, account=ACCOUNT, ids=(TWO,))
    assert both.ids == {ONE, TWO}
    assert both.account_id == ACCOUNT


def test_a_notice_without_ids_makes_the_combination_name_none():
    # "Any person of the account" combined with "this one person" is still any person: a page
    # that redrew only ONE would miss the others.
    both = Changes.of(Record.PERSON, account=ACCOUNT, ids=(ONE,)) | Changes.of(
        Record.PERSON, account=ACCOUNT)
    assert both.ids == frozenset()
    assert (Changes.of(Record.PERSON) | Changes.of(Record.PERSON, ids=(ONE,))).ids == frozenset()


def test_an_unknown_id_is_left_out():
    assert Changes.of(Record.PERSON, ids=(None,)).ids == frozenset()
