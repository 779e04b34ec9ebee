"""Which character encoding a contacts file is in, and decoding it without surprises.

Order of evidence: an encoding the user gave; a byte order mark that holds up; the pattern of
NUL bytes of UTF-16/UTF-32 without a mark; UTF-8; then the candidates of a real detector
(charset-normalizer) and of the code pages contact files are known to use, each judged by what
it makes of the text: a guess that yields unassigned, private or control characters is out,
and among the rest the first that reads plausibly wins (no symbol inside a word, no lower- to
upper-case jumps, no script change inside a word, no rare Hangul or ideographs).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kamdesk.language import _

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Code pages contact files are written in, tried besides the detector's own candidates.
# Among guesses that read equally well, the earlier one wins (after cp1252 and the
# detector's first choice).
LEGACY = (
    "cp1252", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254", "cp1257", "iso8859_2",
    "cp932", "euc_jp", "cp949", "gb18030", "big5", "cp874", "cp1255", "cp1256",
)
# Encodings offered to the user (the wizard's list), with the detected one added if missing.
COMMON = (
    "utf-8", "utf-16", "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r",
    "cp1253", "cp1254", "cp1257", "shift_jis", "euc_jp", "cp949", "gb18030", "big5", "cp874",
    "mac_roman", "latin_1",
)

_SAMPLE = 16 * 1024  # bytes of non-ASCII lines judged per guess
_FRIENDLY_SCRIPTS = {"CJK", "HIRAGANA", "KATAKANA"}  # Japanese mixes these inside one word
_SYMBOLS = {"No", "So", "Sk", "Sm", "Sc"}
_GREEK_ACCENTED_CAPITALS = set("ΆΈΉΊΌΎΏΪΫ")
# Letters of Western, Nordic and Central European alphabets that seldom share a word.
_LATIN_GROUPS = (frozenset("èàùêîôûëïÿñãõâ"), frozenset("øåæ"),
                 frozenset("čřěůňťďľĺŕłąęśźżńőű"))
# Punctuation and signs real contact data uses outside ASCII.
_USUAL_MARKS = set("«»„“”‘’–—·•€°§№\u00a0")
_WORDS = re.compile(r"[^\W\d_]+")


class EncodingError(ValueError):
    """Bytes that the encoding cannot read; the message says where."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str = ""  # something the user should know about how the file was read


@lru_cache(maxsize=64)  # asked for every line of a file; a failed lookup is not kept
def text_codec(name: str) -> str:
    """The canonical name of the text encoding `name`, or ValueError.

    Python registers codecs that are no character sets (base64, zlib, rot-13, uu, hex): a
    file's own CHARSET= or the user's --encoding may never name one of those.
    """
    try:
        info = codecs.lookup(name.strip())
    except (LookupError, ValueError, TypeError, UnicodeError):
        raise ValueError(_("unknown encoding '{name}'").format(name=name)) from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(_("'{name}' is not a character encoding").format(name=name))
    return info.name


def decode(data: bytes, encoding: str) -> str:
    """`data` as text in `encoding`; EncodingError (never another exception) if it is not."""
    try:
        return codecs.decode(data, text_codec(encoding))
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise EncodingError(
            _("not valid {encoding} text (line {line}, byte 0x{byte:02x})").format(
                encoding=encoding, line=line, byte=data[error.start])
        ) from None
    except ValueError as error:
        raise EncodingError(str(error)) from None
    except Exception as error:  # noqa: BLE001 - a codec may raise anything on odd bytes
        raise EncodingError(_("not valid {encoding} text ({error})").format(
            encoding=encoding, error=type(error).__name__)) from None


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 of either byte order, from its BOM or from where the NULs fall.

    Contact files are full of ASCII (separators, digits, e-mail addresses), which in a wide
    encoding leaves NUL bytes in the same place of every code unit.
    """
    bom = bom_encoding(data)
    if bom in ("utf-16", "utf-32"):
        return bom
    head = data[:8192]
    size = len(head) - len(head) % 4
    if size < 8:
        return None
    zeros = [head[i:size:4].count(0) / (size // 4) for i in range(4)]
    if zeros[2] > 0.95 and zeros[3] > 0.95 and zeros[0] < 0.05:
        return "utf-32-le"
    if zeros[0] > 0.95 and zeros[1] > 0.95 and zeros[3] < 0.05:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if odd > 0.2 and even < 0.02:
        return "utf-16-le"
    if even > 0.2 and odd < 0.02:
        return "utf-16-be"
    return None


def decode_wide(data: bytes, encoding: str, name: str) -> Decoded:
    """A UTF-16/32 file as text; a file cut off inside its last character loses that part,
    and says so; bytes that are not that encoding at all are an EncodingError."""
    unit = 4 if "32" in encoding else 2
    try:
        text = codecs.decode(data, encoding)
    except UnicodeDecodeError as error:
        if error.start < len(data) - unit * 2 + 1 or error.reason.startswith("illegal"):
            title = encoding.upper().replace("-LE", "").replace("-BE", "")
            raise EncodingError(
                _("{name} looks like {title} but is not valid {title} from byte {byte}: "
                  "is it damaged? Give its encoding with --encoding").format(
                    name=name, title=title, byte=error.start)
            ) from None
        text = codecs.decode(data[: error.start], encoding)
        return Decoded(text.removeprefix("\ufeff"), encoding,
                       _("the file ends inside a character ({count} byte(s) left over): "
                         "it may be cut off").format(count=len(data) - error.start))
    if not plausible_controls(text[:_SAMPLE]):
        raise EncodingError(_("{name} is not {encoding} text: is it the right file?").format(
            name=name, encoding=encoding))
    return Decoded(text.removeprefix("\ufeff"), encoding)


def plausible_controls(text: str) -> bool:
    return not any(_impossible(ch) for ch in text if not ch.isprintable())


def detect_legacy(data: bytes) -> str | None:
    """The likeliest legacy encoding of `data` (which is not UTF-8), or None.

    Every candidate reads a sample; the one with the fewest improbable places wins, and
    among equals Western European Windows (the most common by far), the detector's first
    choice, then the code pages of LEGACY in their order, then the detector's others.
    """
    sample = _sample(data)
    ranked = []
    for rank, encoding in enumerate(_candidates(sample)):
        rank = -1 if encoding == "cp1252" else rank  # the most common of all, among equals
        try:
            text = codecs.decode(sample, encoding)
        except Exception:  # noqa: BLE001 - a candidate that cannot read the sample is out
            continue
        score = improbability(text)
        if score is not None:
            ranked.append((round(score, 3), rank, encoding))
    return min(ranked)[2] if ranked else None


def _sample(data: bytes) -> bytes:
    """The lines with non-ASCII bytes, whole, up to about _SAMPLE bytes."""
    lines, size = [], 0
    for line in data.split(b"\n"):
        if not line.isascii():
            lines.append(line)
            size += len(line)
            if size > _SAMPLE:
                break
    return b"\n".join(lines) if lines else data[:_SAMPLE]


def _candidates(sample: bytes) -> list[str]:
    """The detector's first choice, the LEGACY code pages, the detector's other choices."""
    from charset_normalizer import from_bytes

    found: list[str] = []
    results = from_bytes(sample)
    best = results.best()
    if best is not None:
        # On a short file several code pages often fit equally well (Ibáñez reads as Ibáńez
        # in Central European Windows); among equals, Western European Windows is likeliest.
        key = (best.chaos, best.coherence)
        equals = [m.encoding for m in results if (m.chaos, m.coherence) == key]
        first = "cp1252" if "cp1252" in equals else best.encoding
        found = [first] if first in LEGACY else []
        found += [*LEGACY, *(m.encoding for m in results)]
    else:
        found = list(LEGACY)
    names: list[str] = []
    for encoding in found:
        try:
            name = text_codec(encoding)
        except ValueError:
            continue
        if name not in names and not name.startswith("utf"):
            names.append(name)
    return names


def improbability(text: str) -> float | None:
    """How implausible `text` is as contact data: None for characters no real file holds
    (unassigned, private use, C0/C1 controls), else improbable places per non-ASCII letter."""
    events, letters = 0, 0
    previous = " "
    for index, ch in enumerate(text):
        if ch.isascii():
            if ch.isalpha() and previous.isalpha() and not previous.isascii():
                events += _pair_event(previous, ch)
            previous = ch
            continue
        category = unicodedata.category(ch)
        if _impossible(ch, category):
            return None
        if category[0] == "L":
            letters += 1
            if _rare(ch):
                events += 1
            if previous.isalpha():
                events += _pair_event(previous, ch)
        elif category in ("No", "Cf") and ch not in "\u200c\u200d":
            events += 1  # '³', a soft hyphen: in a name, a byte read in the wrong code page
        elif category[0] in "PS" and not _east_asian(ch) and ch not in _USUAL_MARKS:
            events += 1  # '©', '‚', '╚' in a name: a byte read in the wrong code page
        elif category in _SYMBOLS:
            following = text[index + 1] if index + 1 < len(text) else " "
            events += previous.isalpha() and following.isalpha()
        elif category == "Nd":
            events += previous.isalpha()  # a Thai or Arabic digit glued to a word
        elif category == "Mn" and not (previous.isalpha() or _is_mark(previous)):
            events += 1  # a combining mark on nothing
        elif category in ("Pi", "Pf"):
            following = text[index + 1] if index + 1 < len(text) else " "
            events += (category == "Pi" and previous.isalpha()) or (
                category == "Pf" and following.isalpha() and not previous.isalpha()
            )
        previous = ch
    events += sum(1 for word in _WORDS.findall(text) if _mostly_accented(word))
    return events / max(letters, 1)


def _mostly_accented(word: str) -> bool:
    """Latin-script names are mostly plain letters ('Ïåòðîâà' is Cyrillic read wrongly), and
    a word rarely mixes letters of distant alphabets ('Øíèany' is Czech read wrongly)."""
    if word.isascii():
        return False
    lower = set(word.lower())
    if sum(1 for group in _LATIN_GROUPS if lower & group) > 1:
        return True
    if len(word) < 3:
        return False
    latin = [ch for ch in word if _script(ch) == "LATIN"]
    accented = sum(1 for ch in latin if not ch.isascii())
    return len(latin) == len(word) and accented * 2 > len(word)


def _impossible(ch: str, category: str | None = None) -> bool:
    category = category or unicodedata.category(ch)
    if category == "Cc":
        return ch not in "\t\n\r\f\v"
    return category in ("Cn", "Co", "Cs") or ch == "\ufffd"


def _east_asian(ch: str) -> bool:
    """CJK punctuation and full-width forms, which Japanese and Chinese text is full of."""
    code = ord(ch)
    return 0x3000 <= code <= 0x30FF or 0xFF00 <= code <= 0xFFEF


def _is_mark(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch) == "Mn"


def _pair_event(before: str, after: str) -> int:
    """1 when two letters side by side inside one word look like a wrong decoding."""
    if before.islower() and after.isupper():
        return 1
    if after in _GREEK_ACCENTED_CAPITALS:  # Greek capitals carry accents only word-first
        return 1
    a, b = _script(before), _script(after)
    if a == b or (a in _FRIENDLY_SCRIPTS and b in _FRIENDLY_SCRIPTS):
        return 0
    return 1


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0]
    if word == "KATAKANA-HIRAGANA":
        return "KATAKANA"
    if word in ("HALFWIDTH", "FULLWIDTH"):
        return f"{word} {name.split(' ', 2)[1]}"
    return word


@lru_cache(maxsize=8192)
def _rare(ch: str) -> bool:
    """Hangul syllables beyond the 2,350 in everyday use (KS X 1001), and ideographs no East
    Asian legacy code page holds: what a wrong multi-byte guess produces."""
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3:  # Python writes the others as 8-byte jamo sequences
        return len(_encoded(ch, "euc_kr")) != 2
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return not any(_encoded(ch, e) for e in ("gb2312", "big5", "euc_jp", "euc_kr", "gbk"))
    return False


def _encoded(ch: str, encoding: str) -> bytes:
    try:
        return ch.encode(encoding)
    except UnicodeError:
        return b""
