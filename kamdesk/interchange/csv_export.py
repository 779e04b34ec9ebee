"""People as CSV in the column layout of a Google Contacts export, with a full-name column
and, at the end, the dossier's DMU role and type, stance, influence and values.

Google Contacts, Outlook (through Google's format) and KAMDesk itself read it back. The
file starts with a UTF-8 byte order mark so spreadsheet programs see the encoding.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from kamdesk.domain.labels import ROLE_LABELS, STANCE_LABELS, TYPE_LABELS
from kamdesk.interchange import note_facts
from kamdesk.services.person_cards import PersonCard

_GROUPS = (("email", "E-mail", "Value"), ("phone", "Phone", "Value"),
           ("address", "Address", "Formatted"), ("url", "Website", "Value"))


def csv_text(cards: Iterable[PersonCard]) -> str:
    cards = list(cards)
    counts = {kind: max((sum(c.kind == kind for c in card.contacts) for card in cards), default=0)
              for kind, _, _ in _GROUPS}
    relations = max((len(card.family) for card in cards), default=0)
    header = ["Name", "First Name", "Last Name", "Organization Name", "Organization Title",
              "Organization Department", "Birthday", "Notes", "Labels", "Hobby"]
    for kind, title, value in _GROUPS:
        for n in range(1, counts[kind] + 1):
            header += [f"{title} {n} - Label", f"{title} {n} - {value}"]
    for n in range(1, relations + 1):
        header += [f"Relation {n} - Label", f"Relation {n} - Value"]
    header += ["DMU Role", "DMU Type", "Stance", "Influence", "Values"]  # KAMDesk's own
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for card in cards:
        labels = note_facts.fact(card.notes, note_facts.CATEGORIES) or ""
        row = [card.full_name, card.given_name, card.family_name, card.organisation,
               card.position, card.department,
               card.birthday.to_text() if card.birthday else "", card.notes,
               " ::: ".join(c.strip() for c in labels.split(",") if c.strip()),
               card.hobbies]
        for kind, _, _ in _GROUPS:
            mine = [c for c in card.contacts if c.kind == kind]
            for n in range(counts[kind]):
                row += [mine[n].label, mine[n].value] if n < len(mine) else ["", ""]
        for n in range(relations):
            row += (
                [card.family[n].relation, card.family[n].name] if n < len(card.family) else ["", ""]
            )
        row += [ROLE_LABELS[card.dmu_role] if card.dmu_role else "",
                TYPE_LABELS[card.dmu_type] if card.dmu_type else "",
                STANCE_LABELS[card.stance] if card.stance else "", str(card.influence or ""),
                card.values]
        writer.writerow(row)
    return "\ufeff" + out.getvalue()
