"""One cheap pass that proves a text holds no UTF-8 mojibake, before any per-line work.

UTF-8 read through a single-byte codec X always leaves a lead byte followed by a
continuation byte *as X shows them*: a pair (lead of X, continuation of X).  Every
repair of :mod:`newsclean.mojibake` other than the legacy re-read (which has its own
document gate) needs such a pair, a ``Ã``-and-space (ftfy's lost NBSP), or a C1
control.  German ``öß`` or Portuguese ``ção`` mix letters of different codecs' halves
and are not pairs of one codec, so ordinary accented text passes.

The exact rules (each lead character, per codec: how many continuation characters it
takes and which characters can be one) are compiled into ONE regular expression that
the standard ``re`` runs in C: it looks for the rarer continuation characters first
(a Greek or Cyrillic text is almost all lead characters) and checks the lead and the
rest of the run with fixed-width look-behinds.  :func:`scan_pattern` also finds the
suspect lines of a whole document in one ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

#: Every codec a repair re-reads UTF-8 through: mojibake.UTF8_MISREADS plus ftfy's own list.
SCAN_CODECS: tuple[str, ...] = (
    "sloppy-windows-1252", "sloppy-windows-1251", "mac_roman", "sloppy-windows-1250",
    "sloppy-windows-1253", "sloppy-windows-1254", "sloppy-windows-1257", "cp437", "cp850",
    "koi8-r", "mac_cyrillic", "latin-1", "iso-8859-2",
)
LEAD_BYTES = bytes(range(0xC0, 0xF5))  #: UTF-8 lead bytes (C0/C1 too: ftfy's utf-8-variants)
CONT_BYTES = bytes(range(0x80, 0xC0))  #: UTF-8 continuation bytes
LOST_CONT = "\ufffd"  #: a continuation byte lost on the way (ftfy's lossy sequences)
#: ftfy's cp1251/cp1253 hints (mojibake.py): their pairs count too, whatever the codec tables say.
HINT_LEADS = "\u0412\u0413\u0420\u0421\u0392\u0393\u039e\u039f"
HINT_CONTS = "\u0401-\u040f\u0451-\u045f\u0490\u0491\u00a0-\u00bf\u2010-\u2122\u0384-\u038f\u0192"
SPACE_LEADS = "\u00c2\u00c3\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9"  #: ``Ã`` + space: ftfy restores a lost NBSP byte

Rule = tuple[int, frozenset[str]]  #: (continuations the lead needs, the characters that can be one)


def _expand(ranges: str) -> set[str]:
    """The characters of a character-class body (``a-z`` ranges and single characters)."""
    out: set[str] = set()
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.update(chr(c) for c in range(ord(ranges[i]), ord(ranges[i + 2]) + 1))
            i += 3
        else:
            out.add(ranges[i])
            i += 1
    return out


def _needs(byte: int) -> int:
    """How many continuation bytes a UTF-8 lead byte takes."""
    return 1 if byte < 0xE0 else 2 if byte < 0xF0 else 3


SLOPPY_PREFIX = "sloppy-windows-"  #: ftfy's name for a Windows code page whose undefined bytes read as Latin-1


def _byte_char(byte: int, codec: str) -> str:
    """The character ``codec`` shows for one byte ("" when none).

    ftfy's ``sloppy-windows-NNNN`` is read without importing ftfy (~90 ms, which a clean document never needs):
    code page NNNN, and the Latin-1 character where the page leaves the byte undefined (the same for every byte
    from 0x80 up, which is all the scan reads).
    """
    if codec.startswith(SLOPPY_PREFIX):
        try:
            return bytes([byte]).decode("cp" + codec[len(SLOPPY_PREFIX):])
        except UnicodeDecodeError:
            return chr(byte)
    return bytes([byte]).decode(codec, "ignore")


@cache
def _rules() -> dict[str, tuple[Rule, ...]]:
    """Each lead character's exact rules, per codec (and ftfy's hints)."""
    rules: dict[str, set[Rule]] = {}
    for codec in SCAN_CODECS:
        conts = frozenset(_byte_char(byte, codec) for byte in CONT_BYTES) - {""} | frozenset(LOST_CONT)
        for byte in LEAD_BYTES:
            lead = _byte_char(byte, codec)
            if lead and not lead.isascii():
                rules.setdefault(lead, set()).add((_needs(byte), conts))
    hint_conts = frozenset(_expand(HINT_CONTS))
    for lead in HINT_LEADS:
        rules.setdefault(lead, set()).add((1, hint_conts))
    return {lead: tuple(r) for lead, r in rules.items()}


C1_CONTROLS = "".join(map(chr, range(0x80, 0xA0)))  #: C1 controls: a sign of mojibake on their own (when they count)


_CLASS_SPECIAL = frozenset("\\]^-[")  #: characters escaped inside a character class


def _class_char(point: int) -> str:
    """One code point inside a character class: itself (``re`` parses a literal several times faster than ``\\U``)."""
    char = chr(point)
    return "\\" + char if char in _CLASS_SPECIAL else char


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class matching exactly ``chars`` (ranges of consecutive code points, special ones escaped)."""
    points = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = _class_char(points[i]), _class_char(points[j])
        parts.append(first if i == j else f"{first}{last}" if j == i + 1 else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


@cache
def scan_pattern(c1_controls: bool = True) -> re.Pattern[str]:
    """The regex whose matches are exactly the signs :func:`may_hold_mojibake` looks for.

    A match starts at a C1 control (when they count), at a space-lead (``Ã``) followed by a
    space or NBSP, or at the first continuation character of a complete lead+continuation run
    of one codec; it never spans a line break.
    """
    rules = _rules()
    by_rule: dict[Rule, set[str]] = {}
    for lead, lead_rules in rules.items():
        for rule in lead_rules:
            by_rule.setdefault(rule, set()).add(lead)
    pairs = [f"(?<={_char_class(leads)}{_char_class(conts)})" + (f"{_char_class(conts)}{{{needs - 1}}}" if needs > 1 else "")
             for (needs, conts), leads in sorted(by_rule.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1])))]
    alternatives = [f"(?<={_char_class(C1_CONTROLS)})"] if c1_controls else []
    alternatives.append(f"(?<={_char_class(SPACE_LEADS)})[ \\u00a0]")
    alternatives.append(f"(?<={_char_class(rules)}.)(?:{'|'.join(pairs)})")
    starts = set().union(*(conts for _, conts in by_rule)) | set(SPACE_LEADS) | (set(C1_CONTROLS) if c1_controls else set())
    return re.compile(f"{_char_class(starts)}(?:{'|'.join(alternatives)})", re.DOTALL)


def may_hold_mojibake(text: str, *, c1_controls: bool = True) -> bool:
    """False only when no line of ``text`` can be UTF-8 mojibake (no codec's complete lead+continuation run)."""
    return not text.isascii() and scan_pattern(c1_controls).search(text) is not None
