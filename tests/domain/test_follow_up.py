from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.enums import FollowUpStep
from kamdesk.domain.follow_up import (
    STEP_TITLES,
    PlannedStep,
    current_step,
    follow_up_plan,
    next_step_after,
)

TUESDAY = date(2026, 3, 3)
FRIDAY = date(2026, 3, 6)


def test_the_plan_has_the_five_steps_in_routine_order():
    plan = follow_up_plan(TUESDAY)
    assert [p.step for p in plan] == list(FollowUpStep)


def test_sending_is_due_on_the_day_the_proposal_goes_out():
    assert follow_up_plan(TUESDAY)[0] == PlannedStep(
        FollowUpStep.SEND, TUESDAY, STEP_TITLES[FollowUpStep.SEND]
    )


def test_the_receipt_call_is_the_next_working_day():
    plan = {p.step: p.due for p in follow_up_plan(TUESDAY)}
    assert plan[FollowUpStep.CONFIRM_RECEIPT] == date(2026, 3, 4)


def test_receipt_call_moves_past_the_weekend():
    plan = {p.step: p.due for p in follow_up_plan(FRIDAY)}
    assert plan[FollowUpStep.CONFIRM_RECEIPT] == date(2026, 3, 9)


def test_receipt_call_moves_past_a_holiday():
    plan = {p.step: p.due for p in follow_up_plan(FRIDAY, holidays={date(2026, 3, 9)})}
    assert plan[FollowUpStep.CONFIRM_RECEIPT] == date(2026, 3, 10)


def test_later_steps_are_spaced_in_working_days():
    plan = {p.step: p.due for p in follow_up_plan(FRIDAY)}
    assert plan[FollowUpStep.ASK_NEXT_STEPS] == date(2026, 3, 11)
    assert plan[FollowUpStep.ASK_TIMELINE] == date(2026, 3, 13)
    assert plan[FollowUpStep.AGREE_CHECKPOINT] == date(2026, 3, 20)


def test_due_dates_never_go_backwards():
    dues = [p.due for p in follow_up_plan(date(2026, 12, 23), holidays={date(2026, 12, 25)})]
    assert dues == sorted(dues)
    assert len(set(dues)) == len(dues)


def test_every_step_has_a_plain_english_title():
    assert set(STEP_TITLES) == set(FollowUpStep)
    assert STEP_TITLES[FollowUpStep.CONFIRM_RECEIPT] == "Call to confirm the proposal was received"
    assert all(title and title[0].isupper() for title in STEP_TITLES.values())
    assert [p.title for p in follow_up_plan(TUESDAY)] == [STEP_TITLES[s] for s in FollowUpStep]


def test_the_current_step_is_the_first_not_done():
    assert current_step([]) == FollowUpStep.SEND
    assert current_step({FollowUpStep.SEND}) == FollowUpStep.CONFIRM_RECEIPT


def test_a_skipped_step_stays_current_until_done():
    done = {FollowUpStep.SEND, FollowUpStep.ASK_NEXT_STEPS}
    assert current_step(done) == FollowUpStep.CONFIRM_RECEIPT


def test_there_is_no_current_step_when_all_are_done():
    assert current_step(list(FollowUpStep)) is None


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (FollowUpStep.SEND, FollowUpStep.CONFIRM_RECEIPT),
        (FollowUpStep.CONFIRM_RECEIPT, FollowUpStep.ASK_NEXT_STEPS),
        (FollowUpStep.ASK_NEXT_STEPS, FollowUpStep.ASK_TIMELINE),
        (FollowUpStep.ASK_TIMELINE, FollowUpStep.AGREE_CHECKPOINT),
        (FollowUpStep.AGREE_CHECKPOINT, None),
    ],
)
def test_each_step_leads_to_the_next(step, expected):
    assert next_step_after(step) == expected
