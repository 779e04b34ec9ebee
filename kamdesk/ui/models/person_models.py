"""The lists of a person's page: the contacts they took part in and the meetings they attend."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kamdesk.ui.display_labels import label, meeting_moment, moment
from kamdesk.ui.models.rows import Column, RowsModel

translate = QCoreApplication.translate


class ProfileContactsModel(RowsModel):
    """services.person_profile.ProfileContact rows, newest first as the service gives them."""

    COL_WHEN, COL_KIND, COL_SUMMARY, COL_OTHERS = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda c: moment(c.occurred_at),
               lambda c: c.occurred_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda c: label(c.kind)),
        Column(QT_TRANSLATE_NOOP("Columns", "Summary"), lambda c: c.summary),
        Column(QT_TRANSLATE_NOOP("Columns", "Also there"),
               lambda c: ", ".join(p.name for p in c.with_others)),
    )

    def tooltip(self, row, column):
        return row.details or None


def _state(m) -> str:
    if m.upcoming:
        return translate("Columns", "planned")
    return (translate("Columns", "outcome recorded") if m.outcome_id
            else translate("Columns", "outcome to record"))


class ProfileMeetingsModel(RowsModel):
    """services.person_profile.ProfileMeeting rows: upcoming first, then past ones."""

    COL_WHEN, COL_OBJECTIVE, COL_PLACE, COL_STATE = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "When"),
               lambda m: meeting_moment(m.starts_at, m.time_zone), lambda m: m.starts_at),
        Column(QT_TRANSLATE_NOOP("Columns", "Objective"), lambda m: m.objective),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda m: m.place),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), _state),
    )
