"""One cheap pass that proves a text holds no UTF-8 mojibake, before any per-line work.

UTF-8 read through a single-byte codec X always leaves a lead byte followed by a
continuation byte *as X shows them*: a pair (lead of X, continuation of X).  Every
repair of :mod:`newsclean.mojibake` other than the legacy re-read (which has its own
document gate) needs such a pair, a ``Ã``-and-space (ftfy's lost NBSP), or a C1
control.  German ``öß`` or Portuguese ``ção`` mix letters of different codecs' halves
and are not pairs of one codec, so ordinary accented text passes in one regex scan
(in C) plus a set lookup per candidate.
"""

from __future__ import annotations

import re
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
MAX_CANDIDATES = 2_000  #: check at most this many lead+continuation candidates in Python, then say "maybe" (``«`` x 1e6)
SPACE_LEADS = "\u00c2\u00c3\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9"  #: ``Ã`` + space: ftfy restores a lost NBSP byte

_C1_OR_SPACE_LEAD = re.compile(f"[\x80-\x9f{SPACE_LEADS}]")
_SPACE_LEAD = re.compile(f"[{SPACE_LEADS}]")

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


@cache
def _rules() -> tuple[re.Pattern[str], dict[str, tuple[Rule, ...]]]:
    """A regex finding every lead followed by a continuation candidate, and each lead's exact rules per codec."""
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy-windows-* codecs

    rules: dict[str, set[Rule]] = {}
    for codec in SCAN_CODECS:
        conts = frozenset(CONT_BYTES.decode(codec, "ignore")) | frozenset(LOST_CONT)
        for byte in LEAD_BYTES:
            lead = bytes([byte]).decode(codec, "ignore")
            if lead and not lead.isascii():
                rules.setdefault(lead, set()).add((_needs(byte), conts))
    hint_conts = frozenset(_expand(HINT_CONTS))
    for lead in HINT_LEADS:
        rules.setdefault(lead, set()).add((1, hint_conts))
    every_cont = "".join(sorted(set().union(*(c for r in rules.values() for _, c in r))))
    pattern = re.compile(f"[{re.escape(''.join(sorted(rules)))}](?=[{re.escape(every_cont)}])")
    return pattern, {lead: tuple(r) for lead, r in rules.items()}


def _c1_or_lost_nbsp(text: str, c1_controls: bool) -> bool:
    """A C1 control (when they count), or ``Ã``/``Â``... followed by a space or NBSP."""
    pattern = _C1_OR_SPACE_LEAD if c1_controls else _SPACE_LEAD
    for n, match in enumerate(pattern.finditer(text)):
        if n >= MAX_CANDIDATES:
            return True
        i = match.start()
        if text[i] < "\xa0" or text[i + 1 : i + 2] in (" ", "\xa0"):
            return True
    return False


def may_hold_mojibake(text: str, *, c1_controls: bool = True) -> bool:
    """False only when no line of ``text`` can be UTF-8 mojibake (no codec's complete lead+continuation run)."""
    if text.isascii():
        return False
    if _c1_or_lost_nbsp(text, c1_controls):
        return True
    pattern, rules = _rules()
    for n, match in enumerate(pattern.finditer(text)):
        if n >= MAX_CANDIDATES:
            return True  # the per-line repairs decide, as without the scan
        i = match.start()
        for needs, conts in rules[text[i]]:
            run = text[i + 1 : i + 1 + needs]
            if len(run) == needs and all(c in conts for c in run):
                return True
    return False
