"""Everything about one person as a readable PDF (or JSON), for their access request.

The data comes from `services.privacy.person_export`; this module lays it out with the
shipped fonts (any script prints) and writes it atomically, then notes it in the audit log.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kamdesk.briefing.export import _atomic_write
from kamdesk.briefing.fonts import register_fonts
from kamdesk.briefing.markup import escape
from kamdesk.briefing.styles import RULE, styles_for
from kamdesk.domain.enums import DmuRole, DmuType, LegalBasis, Stance, Tier
from kamdesk.domain.labels import label_of

if TYPE_CHECKING:
    from kamdesk.store.database import Database

_SECTION_TITLES = {
    "person": "Person", "privacy": "Why we hold the data", "contacts": "Contacts",
    "family": "Family", "interactions": "Interactions", "meetings": "Meetings",
    "tasks": "Tasks", "service_cases": "Service cases",
    "recommendation_letters": "Recommendation letters", "referrals_made": "Referrals made",
    "tender_checklist_items": "Tender checklist items",
}


# Bookkeeping the JSON keeps for completeness but a reader does not need.
_HIDDEN = {"id", "created_at", "normalized"}
_ENUMS = {"dmu_role": DmuRole, "dmu_type": DmuType, "stance": Stance, "legal_basis": LegalBasis}


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize().replace("Dmu", "DMU")


def _text(key: str, value: Any) -> str:
    if key in _ENUMS and value:
        return label_of(_ENUMS[key](value))
    if value is None or value == "":
        return "—"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _table(record: dict[str, Any], styles, ordering: bool = False) -> Table:
    hidden = _HIDDEN | ({"position"} if ordering else set())  # a contact's place in the list
    rows = [[Paragraph(escape(_label(k)), styles.cell_head),
             Paragraph(escape(_text(k, v)).replace("\n", "<br/>"), styles.cell)]
            for k, v in record.items() if k not in hidden]
    table = Table(rows, colWidths=[42 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def person_story(data: dict[str, Any]) -> list:
    styles = styles_for(Tier.PROSPECT)
    person = data["person"]
    story: list = [
        Paragraph(escape(f"Personal data held about {person['full_name']}"), styles.title),
        Paragraph(escape(f"Account: {data['account']} · exported {data['exported_at']} "
                         f"from KAMDesk · record id {person['id']}"), styles.subtitle),
        Spacer(1, 4 * mm),
    ]
    for key, title in _SECTION_TITLES.items():
        section = data.get(key)
        heading = Paragraph(escape(title), styles.heading)
        if isinstance(section, dict):
            story.append(KeepTogether([heading, _table(section, styles)]))
        elif section:
            story.append(heading)
            for record in section:
                story += [_table(record, styles, key == "contacts"), Spacer(1, 2 * mm)]
        else:
            story += [heading, Paragraph("None held.", styles.muted)]
    return story


def render_person_pdf(data: dict[str, Any], path: Path) -> Path:
    register_fonts()

    def write(temporary: str) -> None:
        document = SimpleDocTemplate(
            temporary, pagesize=A4, invariant=1, leftMargin=18 * mm, rightMargin=18 * mm,
            topMargin=16 * mm, bottomMargin=16 * mm, title="Personal data export",
        )
        document.build(person_story(data))

    return _atomic_write(Path(path), write)


def write_person_export(db: Database, person_id: uuid.UUID, path: Path | str) -> Path:
    """Write everything about the person to `path`: JSON if it ends in .json, else a PDF.

    The audit log notes the export by its format and file, not by the person's name."""
    from kamdesk.services.audit import PERSON_EXPORT, AuditService
    from kamdesk.services.privacy.person_export import person_export, person_export_json

    path = Path(path)
    data = person_export(db, person_id)
    if path.suffix.lower() == ".json":
        body = person_export_json(data)
        def write(temporary: str) -> None:
            Path(temporary).write_bytes(body)

        written = _atomic_write(path, write)
        kind = "json"
    else:
        written = render_person_pdf(data, path)
        kind = "pdf"
    AuditService(db).record(PERSON_EXPORT, f"everything about one person ({kind})",
                            data["account"], str(Path(written).absolute()))
    return written
