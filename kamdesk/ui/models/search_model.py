"""Search results: what was found, where the words matched, and the text around them."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kamdesk.ui.models.rows import Column, RowsModel

translate = QCoreApplication.translate
MarkedRole = Qt.ItemDataRole.UserRole + 10  # the snippet as HTML, the match in bold

HIT_KINDS = {
    "account": QT_TRANSLATE_NOOP("SearchKinds", "Account"),
    "person": QT_TRANSLATE_NOOP("SearchKinds", "Person"),
    "family_member": QT_TRANSLATE_NOOP("SearchKinds", "Family member"),
    "proposal": QT_TRANSLATE_NOOP("SearchKinds", "Proposal"),
    "meeting": QT_TRANSLATE_NOOP("SearchKinds", "Meeting"),
    "interaction": QT_TRANSLATE_NOOP("SearchKinds", "Contact logged"),
}
MATCHED_IN = {  # kamdesk.store.search_fields: SearchedField.field
    "name": QT_TRANSLATE_NOOP("SearchFields", "name"),
    "industry": QT_TRANSLATE_NOOP("SearchFields", "industry"),
    "region": QT_TRANSLATE_NOOP("SearchFields", "region"),
    "city": QT_TRANSLATE_NOOP("SearchFields", "city"),
    "notes": QT_TRANSLATE_NOOP("SearchFields", "notes"),
    "position": QT_TRANSLATE_NOOP("SearchFields", "position"),
    "department": QT_TRANSLATE_NOOP("SearchFields", "department"),
    "hobbies": QT_TRANSLATE_NOOP("SearchFields", "hobbies"),
    "values": QT_TRANSLATE_NOOP("SearchFields", "values"),
    "family": QT_TRANSLATE_NOOP("SearchFields", "family"),
    "family notes": QT_TRANSLATE_NOOP("SearchFields", "family notes"),
    "proposal": QT_TRANSLATE_NOOP("SearchFields", "proposal"),
    "proposal notes": QT_TRANSLATE_NOOP("SearchFields", "proposal notes"),
    "meeting objective": QT_TRANSLATE_NOOP("SearchFields", "meeting objective"),
    "meeting place": QT_TRANSLATE_NOOP("SearchFields", "meeting place"),
    "meeting notes": QT_TRANSLATE_NOOP("SearchFields", "meeting notes"),
    "contact history": QT_TRANSLATE_NOOP("SearchFields", "contact history"),
}


def _kind(hit) -> str:
    return translate("SearchKinds", HIT_KINDS.get(hit.kind, hit.kind))


def _matched_in(hit) -> str:
    text = MATCHED_IN.get(hit.field)
    return translate("SearchFields", text) if text else hit.field


def marked(hit) -> str:
    """The snippet as HTML with the matched words in bold."""
    text, start, end = hit.snippet, hit.mark_start, hit.mark_end
    if not 0 <= start < end <= len(text):
        return html.escape(text)
    return (html.escape(text[:start]) + "<b>" + html.escape(text[start:end]) + "</b>"
            + html.escape(text[end:]))


class SearchResultsModel(RowsModel):
    COL_NAME, COL_KIND, COL_WHERE, COL_SNIPPET, COL_ACCOUNT = range(5)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda h: h.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), _kind),
        Column(QT_TRANSLATE_NOOP("Columns", "Matched in"), _matched_in),
        Column(QT_TRANSLATE_NOOP("Columns", "Where"), lambda h: h.snippet),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"),
               lambda h: h.account_name if h.kind != "account" else ""),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == MarkedRole and index.isValid() and index.row() < self.rowCount():
            return marked(self.row_at(index.row())) if index.column() == self.COL_SNIPPET else None
        return super().data(index, role)

    def tooltip(self, row, column):
        return row.detail or None


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws a cell's MarkedRole HTML (bold marks), in the palette's text colours."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(index.data(MarkedRole) or "")
        return document

    def paint(self, painter, option, index) -> None:
        if index.data(MarkedRole) is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        document = self._document(item, index)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        top = text_rect.top() + (text_rect.height() - document.size().height()) / 2
        painter.translate(text_rect.left() + 3, top)
        context.clip = QRectF(0, 0, text_rect.width() - 3, document.size().height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        if index.data(MarkedRole) is None:
            return hint
        width = int(self._document(option, index).idealWidth()) + 8
        return QSize(width, hint.height())
