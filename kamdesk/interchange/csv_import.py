"""CSV contact files: find the header (after any note lines), the delimiter and the encoding,
map the columns, and read each row into a person card or a rejection naming its line."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from kamdesk.domain.folding import fold
from kamdesk.interchange.csv_presets import (
    GENERIC,
    CsvPreset,
    detect_preset,
    mapping_for,
    preset_named,
    unknown_columns,
)
from kamdesk.interchange.csv_rows import card_from_row
from kamdesk.interchange.dates import DateOrder, guess_date_order
from kamdesk.interchange.files import InterchangeError, decode_text
from kamdesk.language import N_, _
from kamdesk.services.person_cards import ParsedFile, Rejection

DELIMITERS = (",", ";", "\t", "|")
_HEADER_SEARCH_LINES = 50


@dataclass
class CsvLayout:
    """How a CSV file is laid out, as detected (or overridden) before the mapping step."""

    name: str
    text: str
    encoding: str
    delimiter: str
    header_line: int  # 1-based physical line of the header
    headers: list[str]
    preset: CsvPreset | None
    mapping: dict[int, str]  # column index -> target
    samples: list[list[str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # headers no preset knows: to the notes
    notes: list[str] = field(default_factory=list)  # how the file was read, for the report

    def column(self, header: str) -> int:
        """The index of the column named `header` (case- and accent-insensitive)."""
        folded = [fold(h) for h in self.headers]
        try:
            return folded.index(fold(header))
        except ValueError:
            raise InterchangeError(N_("{name} has no column '{header}'"), name=self.name,
                                   header=header) from None


def inspect_csv(data: bytes, name: str, encoding: str | None = None,
                delimiter: str | None = None, preset: str | None = None) -> CsvLayout:
    """Detect encoding, delimiter, header line and a preset for `data`; nothing is parsed yet."""
    decoded = decode_text(data, name, encoding)
    text, used = decoded.text, decoded.encoding
    if delimiter is not None:
        delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
        if len(delimiter) != 1:
            raise InterchangeError(N_("the delimiter must be one character, not '{delimiter}'"),
                                   delimiter=delimiter)
    lines = text.split("\n")
    found = _find_preset_header(lines, delimiter, preset)
    if found is None:
        delimiter = delimiter or _sniff(text)
        index = next((i for i, line in enumerate(lines[:_HEADER_SEARCH_LINES])
                      if _filled(_cells(line, delimiter)) >= 2), None)
        if index is None:
            raise InterchangeError(
                N_("{name} has no line with several columns: is it a CSV file? "
                   "(give the delimiter with --delimiter)"), name=name,
            )
        chosen = preset_named(preset, _cells(lines[index], delimiter)) if preset else None
        found = (index, delimiter, chosen)
    index, delimiter, chosen = found
    headers = [h.strip() for h in _cells(lines[index], delimiter)]
    mapping = mapping_for(chosen or GENERIC, headers)
    unknown = unknown_columns(chosen or GENERIC, headers)
    layout = CsvLayout(name, text, used, delimiter, index + 1, headers, chosen,
                       {**mapping, **unknown}, unknown=[headers[i] for i in unknown])
    layout.notes += [decoded.note] if decoded.note else []
    skipped = [n + 1 for n, line in enumerate(lines[:index]) if line.strip()]
    if skipped:
        where = (_("line {line}").format(line=skipped[0]) if len(skipped) == 1
                 else _("lines {first}–{last}").format(first=skipped[0], last=skipped[-1]))
        layout.notes.append(
            _("{where} above the header read as a note, not as contacts").format(where=where))
    layout.samples = [row for _, row in _rows(layout, limit=5)]
    return layout


def parse_csv(layout: CsvLayout, mapping: dict[int, str] | None = None) -> ParsedFile:
    """Every data row of the file through `mapping` (default: the detected one)."""
    mapping = layout.mapping if mapping is None else mapping
    if not any(t in ("full_name", "given_name", "family_name") for t in mapping.values()):
        raise InterchangeError(
            N_("no column of {name} is mapped to a name: choose a preset (--preset) "
               "or map one (--map 'Column=full_name')"), name=layout.name,
        )
    rows = list(_rows(layout))
    separators = (layout.preset or GENERIC).separators
    dates = [r[i] for _, r in rows for i, t in mapping.items()
             if t in ("birthday", "anniversary") and i < len(r)]
    day_first = layout.preset is not None and layout.preset.day_first
    date_order = DateOrder.DAY_FIRST if day_first else guess_date_order(dates)
    parsed = ParsedFile(encoding=layout.encoding, notes=list(layout.notes))
    if layout.preset:
        parsed.notes.append(_("read as a {preset} export").format(preset=layout.preset.title))
        parsed.notes.extend(layout.preset.notes)
    # Named when some row has a value there: an empty column loses nothing.
    kept = [h for i, h in enumerate(layout.headers)
            if h in layout.unknown and mapping.get(i) == f"note:{h.strip()}"
            and any(i < len(r) and r[i].strip() for _, r in rows)]
    if kept:
        parsed.notes.append(_("columns no preset knows, kept as notes lines: {columns}").format(
            columns=", ".join(kept)))
    width = len(layout.headers)
    for line, cells in rows:
        source = _("line {line}").format(line=line)
        if len(cells) > width and not any(c.strip() for c in cells[width:]):
            cells = cells[:width]  # Thunderbird: one comma more than the header
        if len(cells) != width:
            parsed.rejections.append(Rejection(
                source, _name_guess(cells, mapping),
                _("{count} fields where the header has {width}: a delimiter or quote is "
                  "missing or extra").format(count=len(cells), width=width), line,
            ))
            continue
        try:
            card, problems = card_from_row(cells, mapping, separators, date_order)
        except ValueError as error:
            parsed.rejections.append(
                Rejection(source, _name_guess(cells, mapping), str(error), line)
            )
            continue
        card.source, card.order = source, line
        parsed.cards.append(card)
        parsed.notes += [_("{source}, {problem}; kept in the notes").format(source=source,
                                                                           problem=problem)
                         for problem in problems]
    if not rows:
        raise InterchangeError(N_("{name} has a header but no rows"), name=layout.name)
    return parsed


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line.rstrip("\r")], delimiter=delimiter), [])
    except csv.Error:
        return []


def _filled(cells: list[str]) -> int:
    """How many fields hold something: a table's name padded with ';;;' is no header."""
    return sum(1 for cell in cells if cell.strip())


def _find_preset_header(lines: list[str], delimiter: str | None, preset: str | None):
    """The first line that is a preset's header, with its delimiter and preset.

    Lines above a header may only be notes (LinkedIn's), a table's name (Numbers) or blank:
    a line above it with as many fields is a data row or the real header, and a row whose
    values happen to look like column names must not swallow the rows above it."""
    for index, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        for candidate in [delimiter] if delimiter else DELIMITERS:
            cells = _cells(line, candidate)
            if len(cells) < 2:
                continue
            found = preset_named(preset, cells) if preset else detect_preset(cells)
            if found and found.signature <= {fold(c) for c in cells}:
                above = (_cells(other, candidate) for other in lines[:index])
                if all(_filled(row) < 2 or len(row) != len(cells) for row in above):
                    return index, candidate, found
    return None


def _sniff(text: str) -> str:
    """The delimiter that splits most of the first lines into several fields; among equals
    the one csv.Sniffer names. A title line above the header (Numbers) confuses the sniffer
    alone."""
    lines = [line for line in text[:65536].split("\n")[:40] if line.strip()]
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = max(DELIMITERS, key=lines[0].count) if lines else ","
    def split_lines(delimiter: str) -> tuple[int, bool]:
        return sum(len(_cells(line, delimiter)) >= 2 for line in lines), delimiter == sniffed
    return max(DELIMITERS, key=split_lines)


def _rows(layout: CsvLayout, limit: int | None = None):
    """(first physical line, cells) of each non-empty data row."""
    lines = layout.text.split("\n", layout.header_line)
    rest = lines[layout.header_line] if len(lines) > layout.header_line else ""
    reader = csv.reader(io.StringIO(rest, newline=""), delimiter=layout.delimiter, strict=True)
    consumed, count = 0, 0
    try:
        for row in reader:
            line = layout.header_line + consumed + 1
            consumed = reader.line_num
            if any(cell.strip() for cell in row):
                yield line, row
                count += 1
                if limit is not None and count >= limit:
                    return
    except csv.Error as error:
        where = layout.header_line + reader.line_num
        raise InterchangeError(N_("{name}, line {line}: not valid CSV ({error})"),
                               name=layout.name, line=where, error=error) from None


def _name_guess(cells: list[str], mapping: dict[int, str]) -> str:
    parts = [cells[i].strip() for i, t in sorted(mapping.items())
             if t in ("full_name", "given_name", "family_name") and i < len(cells)]
    return " ".join(p for p in parts if p)
