"""One JSON document read piece by piece from a file, so a file larger than memory can be read.

The structure around the values (objects, arrays, commas) is walked here; each value asked
for (a row of an archive) is decoded by the standard library's C scanner
(`json.JSONDecoder.raw_decode`) from a buffer refilled as it runs out. A value cut by the
end of a buffer is decoded again once more text is in; UTF-8 split across two reads is
joined by an incremental decoder. Errors give the line and column, like `json.loads`.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from kamdesk.interchange.files import InterchangeError
from kamdesk.language import N_, _

READ_SIZE = 1024 * 1024
# A value this long is refused rather than held: no row of an archive comes near it.
LONGEST_VALUE = 64 * 1024 * 1024
# A decoding error this close to the end of the buffer may only mean the value goes on.
_TAIL = 64
_SPACE = " \t\n\r"


class JsonStream:
    def __init__(self, file: BinaryIO, name: str, read_size: int = READ_SIZE) -> None:
        self.file = file
        self.name = name
        self.read_size = read_size
        self.text = ""
        self.pos = 0
        self.line = 1  # the line of text[0]
        self.line_start = 0  # where that line starts in text (may be negative)
        self.ended = False
        self._decode = codecs.getincrementaldecoder("utf-8-sig")("strict").decode
        self._scan = json.JSONDecoder().raw_decode

    # -- the buffer ------------------------------------------------------------------
    def _more(self) -> bool:
        """Read the next piece of the file; False at its end."""
        if self.ended:
            return False
        data = self.file.read(self.read_size)
        try:
            piece = self._decode(data, final=not data)
        except UnicodeDecodeError:
            raise InterchangeError(
                N_("{name} is not UTF-8 text, so not a KAMDesk archive"), name=self.name
            ) from None
        if not data:
            self.ended = True
        done = self.text[: self.pos]
        newlines = done.count("\n")
        if newlines:
            self.line += newlines
            self.line_start = done.rfind("\n") + 1
        self.line_start -= self.pos
        self.text = self.text[self.pos :] + piece
        self.pos = 0
        return bool(data)

    def where(self, pos: int | None = None) -> str:
        pos = self.pos if pos is None else pos
        before = self.text[:pos]
        newlines = before.count("\n")
        line = self.line + newlines
        start = before.rfind("\n") + 1 if newlines else self.line_start
        return _("line {line}, column {column}").format(line=line, column=pos - start + 1)

    def error(self, what: str, pos: int | None = None) -> InterchangeError:
        return InterchangeError(N_("{name} is not valid JSON ({where}: {what})"), name=self.name,
                                where=self.where(pos), what=what)

    # -- reading -----------------------------------------------------------------------
    def peek(self) -> str:
        """The next character that is not white space, without taking it; "" at the end."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
            self.pos = pos
            if pos < len(text):
                return text[pos]
            if not self._more():
                return ""

    def take(self, expected: str) -> None:
        found = self.peek()
        if found != expected:
            shown = repr(found) if found else _("the end of the file")
            raise self.error(_("expected {expected}, found {shown}").format(expected=repr(expected),
                                                                             shown=shown))
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value."""
        if not self.peek():
            raise self.error(_("expected a value, found the end of the file"))
        while True:
            try:
                value, end = self._scan(self.text, self.pos)
            except json.JSONDecodeError as error:
                offset = error.pos - self.pos  # reading more moves the buffer, not this
                if self._may_go_on(error.pos, error.msg) and self._more():
                    continue
                raise self.error(error.msg, self.pos + offset) from None
            if end == len(self.text) and not self.ended and self._more():
                continue  # a number may go on in the next piece: 12|34
            self.pos = end
            return value

    def _may_go_on(self, pos: int, message: str) -> bool:
        if len(self.text) - self.pos > LONGEST_VALUE:
            size = LONGEST_VALUE // 1024 // 1024
            raise self.error(_("a value longer than {size} MB").format(size=size))
        return pos >= len(self.text) - _TAIL or message.startswith("Unterminated string")

    def items(self) -> Iterator[str]:
        """The keys of the object that starts here, each once its ':' is taken; the caller
        reads each value before asking for the next key."""
        self.take("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key_at = self.pos
            if self.peek() != '"':
                raise self.error(_("expected a property name in double quotes"))
            key = self.value()
            if not isinstance(key, str):
                raise self.error(_("expected a property name in double quotes"), key_at)
            self.take(":")
            yield key
            if self._next("}"):
                return

    def elements(self) -> Iterator[Any]:
        """The values of the array that starts here."""
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self._next("]"):
                return

    def _next(self, closing: str) -> bool:
        """Take the ',' before another member (False) or the closing bracket (True)."""
        found = self.peek()
        if found in (",", closing):
            self.pos += 1
            return found == closing
        shown = repr(found) if found else _("the end of the file")
        raise self.error(_("expected ',' or {closing}, found {shown}").format(closing=repr(closing),
                                                                             shown=shown))

    def end(self) -> None:
        """Refuse anything but white space after the document."""
        if self.peek():
            raise self.error(_("text after the end of the document"))
