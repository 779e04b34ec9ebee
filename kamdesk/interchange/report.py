"""The import preview and report as plain text lines, for the command line."""

from __future__ import annotations

from kamdesk.services.contact_import.planning import ImportReport, ImportRow, RowAction

_HEADINGS = {
    RowAction.REJECT: "rejected",
    RowAction.MERGE: "merge",
    RowAction.SKIP: "skip",
    RowAction.CREATE: "create",
}


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def summary(report: ImportReport) -> str:
    counts = [
        f"{report.count(RowAction.CREATE):,} to create",
        f"{report.count(RowAction.MERGE):,} to merge",
        f"{report.count(RowAction.SKIP):,} to skip",
        f"{report.count(RowAction.REJECT):,} rejected",
    ]
    return ", ".join(counts)


def row_line(row: ImportRow) -> str:
    where = f" -> {row.account}" if row.account else ""
    why = f": {row.reason}" if row.reason else ""
    return f"{_HEADINGS[row.action]:<8}  {row.source}  {row.name or '(no name)'}{where}{why}"


def report_lines(report: ImportReport, file_name: str, dry_run: bool) -> list[str]:
    """Everything the user needs to decide: problems first, the verdict last."""
    lines = [f"{file_name}: {_plural(len(report.rows), 'record')}"
             + (f", {report.encoding}" if report.encoding else "")]
    lines += [f"  ({note})" for note in report.file_notes]
    if report.new_accounts:
        lines.append("New prospect accounts: " + ", ".join(report.new_accounts))
    for action in (RowAction.REJECT, RowAction.MERGE, RowAction.SKIP, RowAction.CREATE):
        lines += [row_line(row) for row in report.rows if row.action == action]
    lines.append(f"Summary: {summary(report)}.")
    rejected = report.count(RowAction.REJECT)
    if report.committed:
        left_out = f"; {_plural(rejected, 'rejected record')} left out" if rejected else ""
        lines.append(
            f"Imported: {report.count(RowAction.CREATE):,} created, "
            f"{report.count(RowAction.MERGE):,} merged, "
            f"{report.count(RowAction.SKIP):,} skipped{left_out}."
        )
    elif dry_run:
        lines.append("Dry run: nothing was written.")
    else:
        lines.append(
            f"Nothing was imported: {_plural(rejected, 'record')} rejected. "
            "Fix them, or import the others with --skip-invalid."
        )
    return lines
