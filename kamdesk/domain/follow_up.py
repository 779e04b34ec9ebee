"""The follow-up routine after a proposal is sent (DOMAIN.md section 4)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.calendar import add_working_days
from kamdesk.domain.enums import FollowUpStep
from kamdesk.domain.labels import QT_TRANSLATE_NOOP

_ORDER: tuple[FollowUpStep, ...] = tuple(FollowUpStep)

STEP_TITLES: dict[FollowUpStep, str] = {
    FollowUpStep.SEND: QT_TRANSLATE_NOOP("follow_up", "Send the proposal by e-mail or letter"),
    FollowUpStep.CONFIRM_RECEIPT: QT_TRANSLATE_NOOP(
        "follow_up", "Call to confirm the proposal was received"
    ),
    FollowUpStep.ASK_NEXT_STEPS: QT_TRANSLATE_NOOP("follow_up", "Ask about the next steps"),
    FollowUpStep.ASK_TIMELINE: QT_TRANSLATE_NOOP(
        "follow_up", "Ask about the timeline for considering the proposal"
    ),
    FollowUpStep.AGREE_CHECKPOINT: QT_TRANSLATE_NOOP(
        "follow_up", "Agree on a call or meeting about intermediate results"
    ),
}

# Working days after sending. The receipt call is "the next day"; the later
# spacing keeps the KAM present without looking needy.
_DELAYS: dict[FollowUpStep, int] = {
    FollowUpStep.SEND: 0,
    FollowUpStep.CONFIRM_RECEIPT: 1,
    FollowUpStep.ASK_NEXT_STEPS: 3,
    FollowUpStep.ASK_TIMELINE: 5,
    FollowUpStep.AGREE_CHECKPOINT: 10,
}


@dataclass(frozen=True)
class PlannedStep:
    """One dated task of the follow-up routine."""

    step: FollowUpStep
    due: date
    title: str


def follow_up_plan(sent_on: date, holidays: Collection[date] = ()) -> list[PlannedStep]:
    """Return the five follow-up steps for a proposal sent on *sent_on*, in order.

    Sending is due on *sent_on* itself; every later step falls on a working day.
    """
    return [
        PlannedStep(step, add_working_days(sent_on, _DELAYS[step], holidays), STEP_TITLES[step])
        for step in _ORDER
    ]


def current_step(done: Collection[FollowUpStep]) -> FollowUpStep | None:
    """Return the first step, in routine order, that is not in *done*; None when all are."""
    for step in _ORDER:
        if step not in done:
            return step
    return None


def next_step_after(step: FollowUpStep) -> FollowUpStep | None:
    """Return the step that follows *step* in the routine, or None after the last one."""
    index = _ORDER.index(step)
    return _ORDER[index + 1] if index + 1 < len(_ORDER) else None
