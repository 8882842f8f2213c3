"""Bytes -> str: BOM, strict UTF-8, a declared charset the bytes agree with, then detection.

The order is the one that is both cheapest and least wrong: a BOM is proof;
most news is UTF-8 and strict UTF-8 validation is nearly free (legacy bytes
almost never validate by accident); a ``<meta charset>`` or XML ``encoding=``
is believed only when the bytes decode under it and the result does not look
like text read through the wrong single-byte table; only then does a
statistical detector look at the whole document.  The detector is behind
:func:`detect_codec`: chardet >= 7 when installed (most accurate on this
project's measurements, 0BSD but with a disputed relicensing), else
charset-normalizer (MIT, the declared dependency).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import cache

import regex

DECLARATION_SCAN_BYTES = 16_384  #: look for <meta charset> / <?xml encoding> in this prefix
DETECT_MAX_BYTES = 64_000  #: detectors see at most this much of the document's non-ASCII lines (speed; accuracy plateaus)
MIXED_UTF8_MIN_SHARE = 0.98  #: share of non-ASCII bytes that must be valid UTF-8 to call bytes "UTF-8 with a few bad bytes"
MIXED_UTF8_MIN_VALID = 16  #: and at least this many valid non-ASCII bytes (short inputs: no guess)
UTF16_NUL_SHARE = 0.3  #: share of NULs at odd (or even) positions that marks BOM-less UTF-16
BINARY_NUL_SHARE = 0.01  #: more NULs than this (and not UTF-16/32) = binary
BINARY_CONTROL_SHARE = 0.05  #: more C0 control bytes (other than \t \n \f \r ESC) than this = binary
BINARY_SAMPLE_BYTES = 65_536  #: the binary check looks at this prefix (and the same from the middle)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)

#: WHATWG: these labels mean windows-1252 etc. on the web; Python decodes them more strictly.
WEB_SUPERSETS: dict[str, tuple[str, ...]] = {
    "latin-1": ("latin-1", "cp1252"),  # C1 controls that latin-1 leaves are mapped by textclean
    "ascii": ("cp1252", "latin-1"),
    "iso8859-9": ("iso8859-9", "cp1254"),
    "tis-620": ("tis-620", "cp874"),
    "gb2312": ("gb2312", "gb18030"),
    "gbk": ("gbk", "gb18030"),
    "big5": ("big5", "cp950", "big5hkscs"),
    "shift_jis": ("shift_jis", "cp932"),
    "cp932": ("shift_jis", "cp932"),  # chardet says cp932 for plain Shift_JIS; they differ on a few marks (－ vs −)
    "euc_kr": ("euc_kr", "cp949"),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "iso8859-8": ("iso8859-8", "cp1255"),
}

#: Multi-byte legacy codecs: bytes that decode strictly under one of these are not a lie.
MULTIBYTE = frozenset({
    "shift_jis", "cp932", "euc_jp", "euc_jis_2004", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5",
    "cp950", "big5hkscs", "euc_kr", "cp949", "johab", "iso2022_kr",
})

#: Labels Python does not know (or knows under another name).
LABEL_ALIASES: dict[str, str] = {
    "x-mac-cyrillic": "mac_cyrillic", "x-mac-roman": "mac_roman", "macintosh": "mac_roman",
    "windows-874": "cp874", "x-sjis": "shift_jis", "windows-31j": "cp932", "x-euc-jp": "euc_jp",
    "ks_c_5601-1987": "cp949", "iso-8859-8-i": "iso8859-8", "x-cp1251": "cp1251", "x-cp1250": "cp1250",
    "unicode": "utf-16", "utf8": "utf-8", "x-user-defined": "cp1252",
}

_XML_DECL = regex.compile(rb"<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']", regex.IGNORECASE)
_META_CHARSET = regex.compile(
    rb"<meta\b[^>]{0,500}?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", regex.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text, the codec that produced it, and how that codec was chosen."""

    text: str
    codec: str  #: Python codec name
    method: str  #: bom | utf-8 | ascii | utf-8-mixed | utf-16-sniffed | declared | detected | forced | fallback


def codec_name(label: str | None) -> str | None:
    """Map a charset label (``Windows-1251``, ``x-mac-cyrillic``) to a Python codec name, or None."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = LABEL_ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """Return (codec, BOM length) when ``data`` starts with a Unicode byte-order mark."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def sniff_utf16_32(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16/32 by where the NUL bytes sit (ASCII-range text)."""
    sample = data[:BINARY_SAMPLE_BYTES]
    n = len(sample)
    if n < 8 or b"\x00" not in sample:
        return None
    quarter = [sample[i::4].count(0) / max(1, len(sample[i::4])) for i in range(4)]
    if quarter[1] > 0.9 and quarter[2] > 0.9 and quarter[3] > 0.9 - UTF16_NUL_SHARE:
        return _if_decodes(data, "utf-32-le")
    if quarter[0] > 0.9 and quarter[1] > 0.9 and quarter[2] > 0.9 - UTF16_NUL_SHARE:
        return _if_decodes(data, "utf-32-be")
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > UTF16_NUL_SHARE and even < odd / 4:
        return _if_decodes(data, "utf-16-le")
    if even > UTF16_NUL_SHARE and odd < even / 4:
        return _if_decodes(data, "utf-16-be")
    return None


def _if_decodes(data: bytes, codec: str) -> str | None:
    """Return ``codec`` when ``data`` decodes strictly under it into something that reads like text."""
    try:
        text = data[:BINARY_SAMPLE_BYTES].decode(codec, errors="ignore")
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if _texty(text) else None


def _texty(text: str) -> bool:
    """Text has spaces between words (or is CJK) and almost no control characters."""
    if not text:
        return False
    controls = len(_CONTROL_CHARS.findall(text))
    spaces = text.count(" ") + text.count("\n")
    cjk = len(_CJK_CHARS.findall(text))
    return controls <= 0.01 * len(text) and (spaces >= 0.02 * len(text) or cjk >= 0.3 * len(text))


_CONTROL_CHARS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CJK_CHARS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def not_text_reason(data: bytes) -> str | None:
    """Say why ``data`` is binary (magic number, NULs, control bytes), or None when it may be text."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            return f"not text: looks like a {what}"
    middle = len(data) // 2
    sample = data[:BINARY_SAMPLE_BYTES] + data[middle : middle + BINARY_SAMPLE_BYTES]
    if not sample:
        return None
    nuls = sample.count(0)
    if nuls / len(sample) > BINARY_NUL_SHARE:
        return f"not text: {nuls} NUL bytes in the first {len(sample)} bytes and not UTF-16/32"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTE_SET))  # = len(_CONTROL_BYTES.findall), in C
    if controls / len(sample) > BINARY_CONTROL_SHARE:
        return f"not text: {controls} control bytes in the first {len(sample)} bytes"
    return None


_CONTROL_BYTES = regex.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTE_SET = bytes(b for b in range(256) if _CONTROL_BYTES.fullmatch(bytes([b])))


def declared_codec(data: bytes) -> str | None:
    """Return the codec an XML declaration or HTML ``<meta>`` names near the top, if any."""
    head = data[:DECLARATION_SCAN_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            codec = codec_name(match.group(1).decode("ascii", "replace"))
            if codec:
                return codec
    return None


def _without_declaration(data: bytes) -> bytes:
    """Blank out a declaration the bytes disagreed with, so that the detector does not believe it either."""
    head = data[:DECLARATION_SCAN_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        head = pattern.sub(lambda m: m.group().replace(m.group(1), b" " * len(m.group(1))), head)
    return head + data[DECLARATION_SCAN_BYTES:]


def _strict(data: bytes, candidates: tuple[str, ...]) -> tuple[str, str] | None:
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _decode_declared(data: bytes, codec: str) -> tuple[str, str] | None:
    """Decode with the declared codec (or its web superset) when the bytes agree with it."""
    if codec.startswith(("utf-16", "utf-32")):
        return None  # a UTF-16 declaration inside ASCII-compatible bytes is a lie
    if codec in ("utf-8", "utf-8-sig"):
        return None  # strict UTF-8 already failed: the declaration is wrong or the bytes are mixed
    got = _strict(data, WEB_SUPERSETS.get(codec, (codec,)))
    if got is None:
        return None
    if got[1] in MULTIBYTE:
        return got  # a strict multi-byte decode of non-ASCII bytes is evidence enough
    from newsclean.mojibake import looks_misdecoded

    return None if looks_misdecoded(got[0]) else got


def _utf8_mixed(data: bytes) -> str | None:
    """Decode mostly-UTF-8 bytes with a few stray legacy bytes (each read as cp1252)."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if high - bad < MIXED_UTF8_MIN_VALID or bad > (1 - MIXED_UTF8_MIN_SHARE) * high:
        return None
    return data.decode("utf-8", errors=_CP1252_FALLBACK)


_HIGH_BYTES = bytes(range(0x80, 0x100))
_CP1252_FALLBACK = "newsclean-cp1252"


def _cp1252_handler(err: UnicodeDecodeError) -> tuple[str, int]:
    chunk = err.object[err.start : err.end]
    return bytes(chunk).decode("cp1252", errors="replace"), err.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_handler)


#: Codecs the detector may answer (chardet names).  Leaving out EBCDIC, rare DOS pages, UTF-7
#: and HZ halves chardet's time with no loss on the shared set; news does not come in those.
DETECTOR_CODECS: tuple[str, ...] = (
    "ascii", "utf-8", "utf-16", "utf-16-be", "utf-16-le", "utf-32", "utf-32-be", "utf-32-le",
    "big5hkscs", "cp932", "cp949", "euc_jis_2004", "euc_kr", "gb18030", "iso2022_jp_2", "iso2022_kr",
    "shift_jis_2004", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256",
    "cp1257", "cp1258", "koi8-r", "koi8-u", "tis-620", "iso8859-1", "iso8859-2", "iso8859-4",
    "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-9", "iso8859-13", "iso8859-15",
    "iso8859-16", "johab", "mac-cyrillic", "mac-greek", "mac-latin2", "mac-roman", "cp437", "cp850",
    "cp852", "cp855", "cp866",
)


@cache
def _chardet_detect() -> object | None:
    try:
        import chardet
    except ImportError:
        return None
    major = int(str(getattr(chardet, "__version__", "0")).split(".")[0] or 0)
    return chardet.detect if major >= 7 else None


def detection_sample(data: bytes, limit: int = DETECT_MAX_BYTES) -> bytes:
    """Return the lines of ``data`` that hold non-ASCII bytes, from the whole document, up to ``limit``.

    ASCII lines (markup, URLs, English boilerplate) tell a detector nothing and
    cost most of its time; the non-ASCII lines anywhere in the file are the evidence.
    """
    if len(data) <= limit // 4:
        return data
    out: list[bytes] = []
    size = 0
    for line in data.split(b"\n"):
        if not line.isascii():
            out.append(line)
            size += len(line) + 1
            if size >= limit:
                break
    return b"\n".join(out) or data[:limit]


def detect_codec(data: bytes, backend: str = "auto") -> str | None:
    """Guess the codec of ``data`` with a statistical detector (chardet >= 7 or charset-normalizer)."""
    sample = detection_sample(data)
    detect = _chardet_detect() if backend in ("auto", "chardet") else None
    if detect is not None:
        found = detect(sample, max_bytes=DETECT_MAX_BYTES, include_encodings=DETECTOR_CODECS)  # type: ignore[operator]
        return codec_name(found["encoding"])
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return codec_name(best.encoding) if best else None


def _detected(data: bytes, backend: str) -> Decoded:
    codec = detect_codec(data, backend)
    if codec:
        got = _strict(data, WEB_SUPERSETS.get(codec, (codec,)))
        if got:
            return Decoded(got[0], got[1], "detected")
        return Decoded(data.decode(codec, errors="replace"), codec, "detected")
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "fallback")


def decode(data: bytes, forced: str | None = None, backend: str = "auto") -> Decoded:
    """Decode ``data``: forced codec, BOM, UTF-16/32 sniff, UTF-8, declaration, detection."""
    if forced:
        codec = codec_name(forced) or forced
        return Decoded(data.decode(codec, errors="replace"), codec, "forced")
    bom = sniff_bom(data)
    if bom:
        codec, size = bom
        return Decoded(data[size:].decode(codec, errors="replace"), codec, "bom")
    if data.isascii():
        if b"\x00" in data and (wide := sniff_utf16_32(data)):
            return Decoded(data.decode(wide), wide, "utf-16-sniffed")
        if b"\x1b$" in data and (seven := _strict(data, ("iso2022_jp", "iso2022_kr"))):
            return Decoded(seven[0], seven[1], "detected")
        return Decoded(data.decode("ascii"), "ascii", "ascii")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    wide = sniff_utf16_32(data) if b"\x00" in data[:BINARY_SAMPLE_BYTES] else None
    if wide:
        return Decoded(data.decode(wide), wide, "utf-16-sniffed")
    declared = declared_codec(data)
    if declared and (got := _decode_declared(data, declared)):
        return Decoded(got[0], got[1], "declared")
    mixed = _utf8_mixed(data)
    if mixed is not None:
        return Decoded(mixed, "utf-8", "utf-8-mixed")
    return _detected(_without_declaration(data) if declared else data, backend)
