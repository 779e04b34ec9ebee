"""The import preview and report as plain text lines, for the command line, in the
language of the command line (kamdesk.language)."""

from __future__ import annotations

from kamdesk.language import N_, _, ngettext
from kamdesk.services.contact_import.planning import ImportReport, ImportRow, RowAction

# The word that starts a row's line: what the import will do with it.
_HEADINGS = {
    RowAction.REJECT: N_("rejected"),
    RowAction.MERGE: N_("merge"),
    RowAction.SKIP: N_("skip"),
    RowAction.CREATE: N_("create"),
}


def summary(report: ImportReport) -> str:
    return _("{create} to create, {merge} to merge, {skip} to skip, {rejected} rejected").format(
        create=f"{report.count(RowAction.CREATE):,}", merge=f"{report.count(RowAction.MERGE):,}",
        skip=f"{report.count(RowAction.SKIP):,}", rejected=f"{report.count(RowAction.REJECT):,}",
    )


def row_line(row: ImportRow) -> str:
    where = f" -> {row.account}" if row.account else ""
    why = f": {row.reason}" if row.reason else ""
    name = row.name or _("(no name)")
    return f"{_(_HEADINGS[row.action]):<8}  {row.source}  {name}{where}{why}"


def report_lines(report: ImportReport, file_name: str, dry_run: bool) -> list[str]:
    """Everything the user needs to decide: problems first, the verdict last."""
    records = len(report.rows)
    lines = [ngettext("{file}: {n} record", "{file}: {n} records", records).format(
        file=file_name, n=f"{records:,}") + (f", {report.encoding}" if report.encoding else "")]
    lines += [f"  ({note})" for note in report.file_notes]
    if report.new_accounts:
        lines.append(_("New prospect accounts: {names}").format(
            names=", ".join(report.new_accounts)))
    for action in (RowAction.REJECT, RowAction.MERGE, RowAction.SKIP, RowAction.CREATE):
        lines += [row_line(row) for row in report.rows if row.action == action]
    lines.append(_("Summary: {summary}.").format(summary=summary(report)))
    rejected = report.count(RowAction.REJECT)
    if report.committed:
        left_out = ngettext("; {n} rejected record left out", "; {n} rejected records left out",
                            rejected).format(n=f"{rejected:,}") if rejected else ""
        lines.append(_("Imported: {created} created, {merged} merged, {skipped} skipped"
                       "{left_out}.").format(
            created=f"{report.count(RowAction.CREATE):,}",
            merged=f"{report.count(RowAction.MERGE):,}",
            skipped=f"{report.count(RowAction.SKIP):,}", left_out=left_out))
    elif dry_run:
        lines.append(_("Dry run: nothing was written."))
    else:
        lines.append(ngettext(
            "Nothing was imported: {n} record rejected. Fix them, or import the others with "
            "--skip-invalid.",
            "Nothing was imported: {n} records rejected. Fix them, or import the others with "
            "--skip-invalid.", rejected).format(n=f"{rejected:,}"))
    return lines
