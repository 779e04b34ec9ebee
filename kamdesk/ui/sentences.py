"""Sentences the window builds from the services' data, in the user's language.

The services also say these things in plain English (``AgendaItem.title``,
``Completeness.missing``, ``ConcentrationReport.warnings``) for the command line and
the briefing; the window words them here instead, so that a translation covers them.
Every source text is a literal in a ``QCoreApplication.translate`` call, for lupdate.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.completeness import NOUNS, UNCOVERED_ROLES
from kamdesk.domain.concentration import (
    KEY_SHARE_ABOVE,
    KEY_SHARE_BELOW,
    MONO_DEPENDENCE,
    number_text,
    percent_text,
)
from kamdesk.ui.display_labels import label

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """Put values into %1, %2…, all at once, like QString.arg: a value holding "%2" stays."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text
    )


def agenda_text(item) -> str:
    """What an agenda item (kamdesk.services.agenda.AgendaItem) asks of the user."""
    kind, n = item.kind.value, item.count
    if kind == "birthday" and item.relation_of:
        if n:
            text = QCoreApplication.translate("Agenda", "Birthday: %1 (%2 of %3), turns %n", "", n)
        else:
            text = QCoreApplication.translate("Agenda", "Birthday: %1 (%2 of %3)")
        return fill(text, item.subject, item.relation, item.relation_of)
    if kind == "birthday":
        if n:
            text = QCoreApplication.translate("Agenda", "Birthday: %1, turns %n", "", n)
        else:
            text = QCoreApplication.translate("Agenda", "Birthday: %1")
        return fill(text, item.subject)
    if kind == "proposal_expiry":
        if n == 1:
            text = QCoreApplication.translate("Agenda", "Proposal “%1” expires in 1 day")
        else:
            text = QCoreApplication.translate(
                "Agenda", "Proposal “%1” expires in %n days", "", n or 0
            )
        return fill(text, item.subject)
    if kind == "tender_preparation":
        text = QCoreApplication.translate("Agenda", "Start preparing for tender “%1”")
        return fill(text, item.subject)
    if kind == "tender":
        return fill(QCoreApplication.translate("Agenda", "Tender “%1”"), item.subject)
    if kind == "service_case":
        text = QCoreApplication.translate("Agenda", "%1 “%2” open for %n days", "", n or 0)
        return fill(text, label(item.case_kind), item.subject)
    if kind == "meeting" and item.overdue:
        text = QCoreApplication.translate("Agenda", "Record the outcome of the meeting “%1”")
        return fill(text, item.subject)
    if kind == "meeting":
        if item.place:
            text = QCoreApplication.translate("Agenda", "Meeting “%1” at %2, %3")
            return fill(text, item.subject, item.time_text(), item.place)
        return fill(QCoreApplication.translate("Agenda", "Meeting “%1” at %2"), item.subject,
                    item.time_text())
    if kind == "privacy_review":
        return fill(QCoreApplication.translate("Agenda", "Review the data kept on %1"),
                    item.subject)
    return item.subject or item.title  # a task: its title is the user's own words


def completeness_gaps(gaps: list[tuple[str, int]], uncovered=()) -> list[str]:
    """ "birthday missing for 3 people" for each (field, people) of Completeness.gaps; the
    key DMU roles nobody holds (Completeness.uncovered_roles) are named one by one."""
    lines = []
    for field, people in gaps:
        noun = QCoreApplication.translate("labels", NOUNS.get(field, field))
        if field == UNCOVERED_ROLES and uncovered:
            text = QCoreApplication.translate("Completeness", "nobody in the key roles: %1")
            lines.append(fill(text, ", ".join(label(r) for r in uncovered)))
        elif people == 0:  # nobody to count: the gap is the field itself ("DMU members")
            lines.append(noun)
        elif people == 1:
            text = QCoreApplication.translate("Completeness", "%1 missing for 1 person")
            lines.append(fill(text, noun))
        else:
            text = QCoreApplication.translate(
                "Completeness", "%1 missing for %n people", "", people
            )
            lines.append(fill(text, noun))
    return lines


def concentration_alert(alert) -> str:
    """One ConcentrationAlert (kamdesk.domain.concentration) as a sentence."""
    share = percent_text(alert.share, alert.edge)
    if alert.kind == MONO_DEPENDENCE:
        text = QCoreApplication.translate(
            "Concentration", "Mono-dependence: %1 brings %2 of sales (limit %3)"
        )
        return fill(text, alert.name, share, percent_text(alert.limit_high))
    if alert.kind == KEY_SHARE_BELOW:
        text = QCoreApplication.translate(
            "Concentration", "Key accounts bring %1 of sales, below the %2–%3 band"
        )
    elif alert.kind == KEY_SHARE_ABOVE:
        text = QCoreApplication.translate(
            "Concentration", "Key accounts bring %1 of sales, above the %2–%3 band"
        )
    else:
        return alert.text
    return fill(text, share, number_text(alert.limit_low), percent_text(alert.limit_high))
