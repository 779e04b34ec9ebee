"""Reading import files safely (size, binary, encodings) and writing exports atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kamdesk.interchange.encodings import (
    Decoded,
    EncodingError,
    bom_encoding,
    decode,
    decode_wide,
    detect_legacy,
    text_codec,
    wide_encoding,
)
from kamdesk.language import N_
from kamdesk.services.errors import ServiceError

# Large enough for a phone's vCard export with photos; beyond it, the user should split.
MAX_IMPORT_BYTES = 100 * 1024 * 1024

class InterchangeError(ServiceError):
    """A file that cannot be imported at all; the message names the file and the cause."""


def read_import_file(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of `path`, refusing folders, empty files and files beyond `limit`."""
    path = Path(path)
    if not path.is_file():
        raise InterchangeError(N_("{path} does not exist or is not a file"), path=path)
    size = path.stat().st_size
    if size > limit:
        raise InterchangeError(
            N_("{name} is {size:.1f} MB; KAMDesk imports files up to {limit} MB: split it "
               "into smaller files"),
            name=path.name, size=size / 1024 / 1024, limit=limit // 1024 // 1024,
        )
    data = path.read_bytes()
    if not data.strip():
        raise InterchangeError(N_("{name} is empty"), name=path.name)
    return data


def check_not_binary(data: bytes, name: str) -> None:
    """Refuse data that is clearly not text: NUL bytes or many control characters."""
    if wide_encoding(data):
        return  # wide encodings are full of NUL bytes by nature
    head = data[:65536]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > len(head) // 100:
        raise InterchangeError(N_("{name} is a binary file, not text: is it the right file?"),
                               name=name)


def check_encoding_name(encoding: str) -> str:
    """The canonical name of a text encoding the user gave; refuses base64, zlib and such."""
    try:
        return text_codec(encoding)
    except ValueError as error:
        raise InterchangeError(str(error)) from None


def decode_text(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """The text of `data` and the encoding used: the one given, a BOM, UTF-16/32 by their
    NUL bytes, UTF-8, or detected."""
    if encoding:
        used = check_encoding_name(encoding)
        if used.startswith(("utf-16", "utf-32")):
            return _wide(data, used, name)
        check_not_binary(data, name)
        return Decoded(_decode(data, used, name), encoding)
    if wide := wide_encoding(data):
        return _wide(data, wide, name)
    check_not_binary(data, name)
    if bom_encoding(data) == "utf-8-sig":
        return Decoded(_decode(data, "utf-8-sig", name), "utf-8-sig")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    detected = detect_legacy(data)
    if detected is None:
        raise InterchangeError(
            N_("cannot tell the character encoding of {name}; give it with --encoding"),
            name=name,
        )
    return Decoded(_decode(data, detected, name), detected)


def detect_encoding(data: bytes) -> str | None:
    """The likeliest legacy encoding of `data` (which is not UTF-8), or None."""
    return detect_legacy(data)


def _wide(data: bytes, encoding: str, name: str) -> Decoded:
    try:
        return decode_wide(data, encoding, name)
    except EncodingError as error:
        raise InterchangeError(str(error)) from None


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = decode(data, encoding)
    except EncodingError as error:
        raise InterchangeError(N_("{name} is {error}; give the right one with --encoding"),
                               name=name, error=error) from None
    return text.removeprefix("\ufeff")


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file and a rename: all or nothing."""
    with atomic_file(path) as out:
        out.write(data)
    return Path(path)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write bit by bit that appears at `path` only when all went well."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InterchangeError(N_("the folder {folder} does not exist"), folder=folder)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
