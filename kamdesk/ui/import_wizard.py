"""The import wizard: file -> column mapping (CSV) -> preview -> import, all slow work off the
GUI thread. The preview is the service's dry run; the import repeats the plan for real in one
transaction, so what the user saw is what lands (or nothing does)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from kamdesk.interchange.csv_presets import PRESET_NAMES
from kamdesk.interchange.encodings import COMMON
from kamdesk.services.contact_import.planning import (
    DuplicateChoice,
    ImportOptions,
    ImportService,
    RowAction,
)
from kamdesk.ui.import_background import BackgroundPage
from kamdesk.ui.import_encoding import EncodingBox, canonical
from kamdesk.ui.import_models import ColumnMappingModel, ImportRowsModel, target_title

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)
ENCODINGS = ("", *COMMON)
DELIMITERS = (("", QT_TRANSLATE_NOOP("FilePage", "detect")), (",", ","), (";", ";"),
              ("\t", QT_TRANSLATE_NOOP("FilePage", "tab")), ("|", "|"))


class ImportWizard(QWizard):
    """Import people from a vCard or CSV file; `imported(report)` fires after a real import."""

    imported = Signal(object)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.layout_info = None  # CsvLayout of a CSV file, once inspected
        self.parsed = None  # ParsedFile, once read
        self.setWindowTitle(self.tr("Import contacts"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.file_page = FilePage(db, self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.preview_page,
                                        self.result_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.resize(900, 600)

    def options(self, dry_run: bool) -> ImportOptions:
        page = self.preview_page
        return ImportOptions(
            self.file_page.account.text().strip() or None, page.skip_invalid.isChecked(),
            dry_run, page.duplicates.currentData(),
        )


class FilePage(QWizardPage):
    def __init__(self, db, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(self.tr("A vCard file (.vcf) from a phone, Apple or Outlook, or a CSV "
                                 "file from Outlook, Google, LinkedIn or Salesforce."))
        self.path = QLineEdit()
        self.path.textChanged.connect(self._guess_kind)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("vCard (.vcf)"), "vcard")
        self.kind.addItem(self.tr("CSV spreadsheet"), "csv")
        self.kind.currentIndexChanged.connect(self.completeChanged)
        self.encoding = QComboBox()
        for name in ENCODINGS:
            self.encoding.addItem(canonical(name) if name else self.tr("detect"),
                                  canonical(name) if name else "")
        self.delimiter = QComboBox()
        for value, title in DELIMITERS:
            self.delimiter.addItem(self.tr(title), value)
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("empty: the organisation in the file decides"))
        from kamdesk.services.accounts import AccountService

        names = [a.name for a in AccountService(db).list_accounts()]
        self.account.setCompleter(QCompleter(names, self.account))
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("CSV delimiter"), self.delimiter)
        form.addRow(self.tr("Put everyone in account"), self.account)
        self.path.textChanged.connect(self.completeChanged)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "",
                                              self.tr("Contacts (*.vcf *.vcard *.csv *.txt);;"
                                                      "All files (*)"))
        if path:
            self.path.setText(path)

    def _guess_kind(self, text: str) -> None:
        suffix = Path(text).suffix.lower()
        if suffix in (".vcf", ".vcard"):
            self.kind.setCurrentIndex(self.kind.findData("vcard"))
        elif suffix in (".csv", ".txt", ".tsv"):
            self.kind.setCurrentIndex(self.kind.findData("csv"))

    def file(self) -> Path:
        return Path(self.path.text().strip())

    def choose_encoding(self, name: str) -> None:
        """Read the file in `name` from now on (the user chose it after seeing the text)."""
        index = self.encoding.findData(canonical(name))
        if index < 0:
            self.encoding.addItem(canonical(name), canonical(name))
            index = self.encoding.count() - 1
        self.encoding.setCurrentIndex(index)

    def isComplete(self) -> bool:
        return self.file().is_file()

    def nextId(self) -> int:
        return MAPPING_PAGE if self.kind.currentData() == "csv" else PREVIEW_PAGE


class _TargetDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for target in index.model().choices(index.row()):
            editor.addItem(target_title(target), target)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData())


class MappingPage(BackgroundPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is what?"))
        self.setSubTitle(
            self.tr("Check where each column goes; double-click a field to change it.")
        )
        self.preset = QComboBox()
        self.preset.addItem(self.tr("recognise the program"), None)
        titles = {"outlook": "Outlook", "google": "Google Contacts", "linkedin": "LinkedIn",
                  "salesforce": "Salesforce", "thunderbird": "Thunderbird",
                  "roundcube": "Roundcube", "windows": "Windows Contacts"}
        for name in PRESET_NAMES:
            self.preset.addItem(titles[name], name)
        self.preset.activated.connect(lambda _: self.initializePage())
        self.model = ColumnMappingModel(self)
        self.model.dataChanged.connect(self.completeChanged)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ColumnMappingModel.COL_TARGET, _TargetDelegate(self))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detected = QLabel()
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.encoding = EncodingBox()
        self.encoding.chosen.connect(self._read_again)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Exported by")))
        row.addWidget(self.preset, 1)
        row.addWidget(QLabel(self.tr("Encoding")))
        row.addWidget(self.encoding)
        layout.addLayout(row)
        layout.addWidget(self.detected)
        layout.addWidget(self.unknown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()
        files = wizard.file_page
        path, encoding = files.file(), files.encoding.currentData() or None
        delimiter, preset = files.delimiter.currentData() or None, self.preset.currentData()
        wizard.layout_info = None
        self.model.set_layout([], [], {})

        def inspect():
            from kamdesk.interchange.csv_import import inspect_csv
            from kamdesk.interchange.files import read_import_file

            return inspect_csv(read_import_file(path), path.name, encoding, delimiter, preset)

        self.run(inspect, self._show)

    def _read_again(self, encoding: str) -> None:
        self.wizard().file_page.choose_encoding(encoding)
        self.initializePage()

    def _show(self, layout) -> None:
        self.wizard().layout_info = layout
        self.model.set_layout(layout.headers, layout.samples, layout.mapping)
        self.encoding.show_encoding(layout.encoding)
        program = layout.preset.title if layout.preset else self.tr("no known program")
        self.detected.setText(self.tr("Read as {0}, {1}, header on line {2}.")
                              .format(program, layout.encoding, layout.header_line))
        self.unknown.setText(
            self.tr("No known program has these columns; they are kept as lines in the notes "
                    "unless you choose a field for them: {0}").format(", ".join(layout.unknown))
            if layout.unknown else ""
        )

    def isComplete(self) -> bool:
        names = {"full_name", "given_name", "family_name"}
        return not self.working and bool(names & set(self.model.mapping().values()))


class PreviewPage(BackgroundPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(self.tr("Nothing is written until you press Import."))
        self.setCommitPage(True)
        self.report = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.encoding = EncodingBox()
        self.encoding.chosen.connect(self._read_again)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.model = ImportRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.duplicates = QComboBox()
        self.duplicates.addItem(
            self.tr("merge into the person already known"), DuplicateChoice.MERGE
        )
        self.duplicates.addItem(self.tr("skip them"), DuplicateChoice.SKIP)
        self.duplicates.addItem(self.tr("import them as separate people"), DuplicateChoice.CREATE)
        self.duplicates.activated.connect(lambda _: self._plan())
        self.skip_invalid = QCheckBox(
            self.tr("Import the valid records and leave the rejected out")
        )
        self.skip_invalid.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.addRow(self.tr("Encoding of the file"), self.encoding)
        form.addRow(self.tr("Someone already known"), self.duplicates)
        layout.addLayout(form)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()
        files = wizard.file_page
        path, kind, encoding = files.file(), files.kind.currentData(), files.encoding.currentData()
        layout, mapping = wizard.layout_info, wizard.mapping_page.model.mapping()
        wizard.parsed = None
        self.report = None
        self.model.set_rows([])

        def read():
            if kind == "csv":
                from kamdesk.interchange.csv_import import inspect_csv, parse_csv
                from kamdesk.interchange.files import read_import_file

                chosen = encoding or None
                if chosen and canonical(chosen) != canonical(layout.encoding):
                    again = inspect_csv(read_import_file(path), path.name, chosen,
                                        layout.delimiter)
                    same = again.headers == layout.headers
                    return parse_csv(again, mapping if same else again.mapping)
                return parse_csv(layout, mapping)
            from kamdesk.interchange.reading import ReadOptions, read_contacts

            return read_contacts(path, "vcard", ReadOptions(encoding or None))

        def keep(parsed) -> None:
            wizard.parsed = parsed
            self._plan()

        self.run(read, keep)

    def _read_again(self, encoding: str) -> None:
        self.wizard().file_page.choose_encoding(encoding)
        self.initializePage()

    def _plan(self) -> None:
        wizard: ImportWizard = self.wizard()
        if wizard.parsed is None:
            return
        parsed, options, db = wizard.parsed, wizard.options(dry_run=True), wizard.db
        self.run(lambda: ImportService(db).import_cards(parsed, options), self._show)

    def _show(self, report) -> None:
        self.report = report
        self.encoding.show_encoding(report.encoding)
        notes = list(report.file_notes)
        shown = notes[:8] + ([self.tr("… and {0} more").format(len(notes) - 8)]
                             if len(notes) > 8 else [])
        self.notes.setText("\n".join(f"• {note}" for note in shown))
        self.model.set_rows(list(report.rows))
        self.table.resizeColumnsToContents()
        lines = [self.tr("{0} to create, {1} to merge, {2} to skip, {3} rejected.").format(
            report.count(RowAction.CREATE), report.count(RowAction.MERGE),
            report.count(RowAction.SKIP), report.count(RowAction.REJECT))]
        if report.new_accounts:
            # One line of its own: account names often end in a full stop ("a.s.").
            lines.append(
                self.tr("New prospect accounts: {0}").format("; ".join(report.new_accounts))
            )
        if report.rejected and not self.skip_invalid.isChecked():
            lines.append(
                self.tr("Rejected records block the import: fix the file, or leave them out.")
            )
        text = "\n".join(lines)
        self.summary.setText(text)

    def isComplete(self) -> bool:
        report = self.report
        if self.working or report is None:
            return False
        useful = report.count(RowAction.CREATE) + report.count(RowAction.MERGE)
        return useful > 0 and (not report.rejected or self.skip_invalid.isChecked())


class ResultPage(BackgroundPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.report = None
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()
        parsed, options, db = wizard.parsed, wizard.options(dry_run=False), wizard.db
        self.run(lambda: ImportService(db).import_cards(parsed, options), self._show)

    def _show(self, report) -> None:
        self.report = report
        counts = [report.count(a) for a in (RowAction.CREATE, RowAction.MERGE, RowAction.SKIP,
                                            RowAction.REJECT)]
        text = self.tr("Imported: {0} created, {1} merged, {2} skipped, {3} left out.")
        self.result.setText(text.format(*counts))
        self.wizard().imported.emit(report)

    def isComplete(self) -> bool:
        return self.report is not None
