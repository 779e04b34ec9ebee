"""The base of every editing dialog: a form, errors shown at the field, unsaved edits guarded.

A subclass builds its fields with `add_row(field, label, widget)`, implements `save()` (which
calls a service and may raise ValidationError), and gets for free: the error under the field
that caused it, a question before unsaved edits are thrown away, and a non-modal `open()` path
that tests drive without blocking.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.conflicts import StaleEditError, reapplied
from kamdesk.services.errors import StoreError, ValidationError
from kamdesk.ui import theme
from kamdesk.ui.dialogs.conflict_panel import ConflictPanel


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        theme.error(self.general_error)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general_error)
        # Someone else saved the record meanwhile: their changes, and reapply mine / keep theirs.
        self.conflict = ConflictPanel(self)
        self.conflict.reapply.connect(self._reapply_mine)
        self.conflict.keep_theirs.connect(self._keep_theirs)
        self.layout_.addWidget(self.conflict)
        self.layout_.addWidget(self.buttons)
        self.dirty = False
        self.saved_id = None
        self.base = None  # the detail the user started from; a subclass that edits sets it
        self.labels: dict[str, str] = {}
        self._stale: StaleEditError | None = None
        self._merge_from = None  # (started from, theirs) while reapplying the user's edit

    # -- building
    def add_row(self, field: str, text: str, widget: QWidget,
                form: QFormLayout | None = None) -> QWidget:
        """A labelled field with room for its error message just below."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error-{field}")
        theme.error(error)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        (form or self.form).addRow(text, box)
        self.fields[field] = widget
        self.labels[field] = text
        self.errors[field] = error
        self.watch(widget)
        return widget

    def watch(self, widget) -> None:
        """Count any change in `widget` (or an item model) as an unsaved edit."""
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._mark_dirty)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._mark_dirty)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._mark_dirty)
        elif isinstance(widget, QDateTimeEdit):  # QDateEdit too
            widget.dateTimeChanged.connect(self._mark_dirty)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._mark_dirty)
        elif isinstance(widget, QAbstractItemModel):
            for signal in (widget.dataChanged, widget.rowsInserted, widget.rowsRemoved):
                signal.connect(self._mark_dirty)

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True

    # -- errors
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    def mark_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        label.setText(message)
        label.show()
        self.fields[field].setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        label = self.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- saving and closing
    def save(self):
        """Call the service; return the id saved (or None). Raise ValidationError to stay open."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.saved_id = self.save()
        except StaleEditError as error:
            self._stale = error
            self.conflict.show_conflict(error, self.labels)
            return
        except ValidationError as error:
            self.mark_error(error.field, error.message)
            return
        except StoreError as error:
            from kamdesk.services.team.server_connection import is_connection_lost
            from kamdesk.store.errors import DatabaseBusyError

            if isinstance(error, DatabaseBusyError):
                self.mark_error("", self.tr(
                    "The database is busy: another program is writing to it. Your changes are "
                    "kept here: save again in a moment."))
            elif is_connection_lost(error):  # the edit stays here; Save again reconnects
                self.mark_error("", self.tr(
                    "The connection to the database server is lost. Your changes are kept "
                    "here: save again once it is back."))
            else:
                self.mark_error("", str(error))
            return
        except ValueError as error:  # e.g. an impossible birthday
            self.mark_error("", str(error))
            return
        self.dirty = False
        self.conflict.hide()
        super().accept()

    # -- someone else saved first
    def prepared(self, data):
        """The input to save: while reapplying after a conflict, the user's changes on top of
        theirs (a field the user did not touch takes their value)."""
        if self._merge_from is None:
            return data
        started_from, theirs = self._merge_from
        return reapplied(started_from, theirs, data)

    def _reapply_mine(self) -> None:
        if self._stale is None:
            return
        self._merge_from = (self.base, self._stale.current)
        self.base = self._stale.current  # the version the save is now based on
        self._stale = None
        self.conflict.hide()
        self.accept()
        self._merge_from = None

    def _keep_theirs(self) -> None:
        """Drop the user's edit: the record stays as the other person saved it."""
        if self._stale is None:
            return
        self.saved_id = getattr(self._stale.current, "id", None)
        self._stale = None
        self.dirty = False
        self.conflict.hide()
        super().accept()  # the page redraws, as after a save, and shows theirs

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard():
            return
        self.dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.dirty and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are lost; True means throw them away."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("You have changes that are not saved. Discard them?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirm-discard")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard
