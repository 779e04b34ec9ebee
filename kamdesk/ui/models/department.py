"""The department page's two lists: the KAMs, and the accounts of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kamdesk.ui.display_labels import label, money, percent
from kamdesk.ui.models.rows import Column, RowsModel

translate = QCoreApplication.translate


def _kam_name(kam) -> str:
    return kam.name or translate("DepartmentPage", "(nobody)")


def _count(value: int) -> str:
    return str(value) if value else "–"


def _figures(subject) -> tuple[Column, ...]:
    """The columns a KAM and an account share."""
    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Plan"), lambda r: money(r.planned),
               lambda r: r.planned or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Actual"), lambda r: money(r.actual),
               lambda r: r.actual or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Of plan"), lambda r: percent(r.attainment),
               lambda r: r.attainment or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Share"), lambda r: percent(r.share),
               lambda r: r.share, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Dossier"), lambda r: f"{r.completeness} %",
               lambda r: r.completeness, align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Overdue"), lambda r: _count(r.overdue),
               lambda r: r.overdue, align_right=True),  # follow-up tasks past their date
        Column(QT_TRANSLATE_NOOP("Columns", "Roles uncovered"), subject,
               lambda r: r.uncovered if isinstance(r.uncovered, int) else len(r.uncovered),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Expiring"), lambda r: _count(r.expiring),
               lambda r: r.expiring, align_right=True),
    )


class KamModel(RowsModel):
    COL_NAME, COL_ACCOUNTS = range(2)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "KAM"), _kam_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Accounts"), lambda k: str(len(k.accounts)),
               lambda k: len(k.accounts), align_right=True),
        *_figures(lambda k: _count(k.uncovered)),
    )


class DepartmentAccountModel(RowsModel):
    COL_NAME, COL_TIER, COL_DEPUTY = range(3)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda a: a.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Tier"), lambda a: label(a.tier),
               lambda a: list(type(a.tier)).index(a.tier)),
        Column(QT_TRANSLATE_NOOP("Columns", "Deputy"), lambda a: a.deputy),
        *_figures(lambda a: ", ".join(label(r) for r in a.uncovered) or "–"),
    )

    def tooltip(self, account, column):
        if column == self.COL_NAME:
            return translate("DepartmentPage", "Double-click to open the dossier")
        return None
