"""Clean a decoded text dump: one paragraph per line, no invisible junk, hard wraps undone.

Every step is a named fix (recorded in the record's ``fixes`` when it changed
something), applied in a fixed order, and the whole is idempotent: cleaning a
cleaned text changes nothing.  Hard-wrapped dumps (lynx, e-mail, 80 columns)
are re-joined only when the document as a whole is wrapped at a fixed width
and a line ended because the next word would not fit: a short line (a menu
item, a list entry, a heading) is never glued to its neighbour.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache  # stdlib re for the plain character classes: several times faster than regex there
import unicodedata

import regex

from newsclean import textclean_lynx

MAX_ENTITY_PASSES = 4  #: unescape ``&amp;amp;`` chains up to this deep (then the text is a fixed point)
WRAP_MIN_WIDTH = 40  #: a hard-wrap width below this is not a wrap (a column of short lines)
WRAP_MAX_WIDTH = 160  #: ... nor above this (w3m/innerText dumps: one paragraph per line)
WRAP_NEAR = 12  #: a line within this many columns of the width counts as "filled"
WRAP_MIN_FILLED_SHARE = 0.3  #: share of long lines (over half the width) that must end near the width
WRAP_MIN_FILLED = 3  #: and at least this many such filled lines
WRAP_SLACK = 3  #: columns of play in "the next word did not fit" (lynx counts some characters wider; 5 let through more line breaks)
WRAP_MIN_LINES = 6  #: fewer non-empty lines than this: never re-join
WRAP_ROBUST = True  #: the wrap column is the widest column many lines end at, not the widest line
WRAP_TOP_COLUMNS = 3  #: the columns right at the wrap column ...
WRAP_TOP_SHARE = 0.15  #: ... hold at least this share of the lines ending within WRAP_NEAR of it
WRAP_MAX_OUTLIERS = 8  #: at most this many wider lines are passed over as outliers (headings, long words)
USE_REPEAT_BREAK = True  #: a line opening with its paragraph's first REPEAT_CHARS characters starts a new one (a picture's alt text, then its caption)
REPEAT_CHARS = 24  #: characters compared (a sentence repeating a paragraph's opening this long is a copy, not a wrap)
USE_BROKEN_WORDS = True  #: a line holding one word that fills it was broken inside the word (a long URL): re-joined without a space
USE_NUMBER_JOIN = True  #: a list number alone on its line (`3.`) is joined with the item's first line below it
USE_LETTER_ABBREV = True  #: `r. `/`z. B.` after a line ending mid-word continues it (an abbreviation), not a lettered list item
USE_CHAR_COLUMNS = True  #: also try counting every character as one column (lynx wraps CJK/Hangul so: 74 characters, 145 cells)
FIX_ORDER: tuple[str, ...] = (
    "line-endings", "bom", "control-chars", "entities", "stray-tags", "nbsp", "zero-width",
    "soft-hyphen", "nfc", "rejoined-lines", "link-list", "image-names",
)  #: the order fixes are reported in (and applied in)

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\x0b\x0c]")
_C1 = re.compile(r"[\x80-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|center|cite|code|dd|div|dl|dt|em|font|h[1-6]|hr|i|img|li|ol|p|pre|q|s|"
    "small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|article|section|header|"
    "footer|nav|aside|figure|figcaption|main|time|mark|ins|del|wbr"
)
_STRAY_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>\n]{{0,500}})?/?>", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?blockquote|hr)\b[^<>\n]{0,500}>", re.IGNORECASE)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\u180e\ufeff]")  # ZWJ/ZWNJ carry meaning (emoji, Persian, Indic): kept
_MULTI_SPACE = re.compile(r"  +")  #: a literal two-space prefix: re finds it with a fast substring search
_BULLET = re.compile(r"^\s*(?:[*+\-•◦▪▫■□●○·–—]|\(?\d{1,3}[.)]|\[\d+\]|[a-z][.)])\s")
#: Chinese and Japanese write no spaces: a wrap between two such characters re-joins without one (Korean spaces its words).
_CJK_END = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]$")
_CJK_START = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]")
#: East Asian wide characters (Hangul Jamo, CJK, Kana, Hangul syllables, fullwidth forms), in stdlib re for speed.
_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6"
    r"\U00020000-\U0003fffd]"
)


def _map_c1(match: re.Match[str]) -> str:
    """C1 controls in decoded text are cp1252 bytes read as latin-1: map them back (or drop them)."""
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _unescape_one(match: re.Match[str]) -> str:
    return _entity(match.group())


@lru_cache(maxsize=4096)
def _entity(entity: str) -> str:
    return html.unescape(entity)


def _unescape(text: str) -> str:
    for _ in range(MAX_ENTITY_PASSES):
        new = _ENTITY.sub(_unescape_one, text)
        if new == text:
            break
        text = new
    return text


def _strip_tags(text: str) -> str:
    text = _BREAK_TAG.sub("\n", text)
    return _STRAY_TAG.sub("", text)


def _step(text: str, name: str, fixes: list[str]) -> str:
    """Apply the fix ``name`` and note it when it changed the text."""
    new = _STEPS[name](text)
    if new != text:
        fixes.append(name)
    return new


_STEPS = {
    "line-endings": lambda t: _LINE_BREAKS.sub("\n", t),
    "bom": lambda t: t.replace("\ufeff", "") if "\ufeff" in t[:1] else t,
    "control-chars": lambda t: _CONTROLS.sub("", _C1.sub(_map_c1, t)),
    "entities": lambda t: _unescape(t) if "&" in t else t,  # see _unescape_one (cached)
    "stray-tags": lambda t: _strip_tags(t) if "<" in t else t,
    "nbsp": lambda t: _SPACES.sub(" ", t),
    "zero-width": lambda t: _ZERO_WIDTH.sub("", t),
    "soft-hyphen": lambda t: t.replace("\u00ad", ""),
    "nfc": lambda t: t if unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t),
}


_JUNK = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u180e\u2000-\u200b\u2028-\u202f\u205f\u2060\u3000\ufeff]"
)


def is_clean(line: str) -> bool:
    """Tell whether a single line needs no normalising (no junk characters, already NFC)."""
    return not _JUNK.search(line) and unicodedata.is_normalized("NFC", line)


def normalise(text: str, *, markup: bool = True) -> tuple[str, list[str]]:
    """Remove invisible junk and stray markup; return the text and the fixes that changed it."""
    fixes: list[str] = []
    present = set(_JUNK.findall(text))  # one scan tells which character-level steps can change anything
    for name in FIX_ORDER:
        if name in ("rejoined-lines", "link-list", "image-names") or (not markup and name in ("entities", "stray-tags")):
            continue
        trigger = _TRIGGERS.get(name)
        if trigger is not None and not (present & trigger):
            continue
        text = _step(text, name, fixes)
    return text, fixes


#: The junk characters each character-level step acts on (the step is skipped when none occurs).
_TRIGGERS: dict[str, frozenset[str]] = {
    "line-endings": frozenset("\r\u2028\u2029\u0085\x0b\x0c"),
    "bom": frozenset("\ufeff"),
    "control-chars": frozenset(
        [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c"] + [chr(c) for c in range(0x7F, 0xA0) if c != 0x85]
    ),
    "nbsp": frozenset("\u00a0\u1680\u202f\u205f\u3000\t" + "".join(chr(c) for c in range(0x2000, 0x200B))),
    "zero-width": frozenset("\u200b\u2060\u180e\ufeff"),
    "soft-hyphen": frozenset("\u00ad"),
}


_BLANK_RUN = re.compile("\n\n\n+")  #: literal prefix (fast substring search), as _MULTI_SPACE


def layout(text: str) -> str:
    """Strip lines, collapse spaces and blank-line runs, drop leading/trailing blank lines.

    Whole-text replacements (in C), the same as stripping and collapsing each line: after runs
    of spaces are collapsed, at most one space sits on either side of a line break.
    """
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    text = text.strip(" ")
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")


def wrap_width(lines: list[str], wide: bool = True) -> int | None:
    """Return the column a hard-wrapped text was wrapped at, or None when it is not wrapped.

    In a wrapped text no line of several words is wider than the wrap column, and most of its long
    lines end just short of it; in a one-paragraph-per-line dump long lines have any width.
    ``wide``: East Asian wide characters take two columns (terminals, w3m), else one (lynx).
    """
    found = _wrap_fill(lines, wide)
    return found[0] if found is not None else None


def _wrap_fill(lines: list[str], wide: bool) -> tuple[int, int] | None:
    """Return (wrap column, lines ending within WRAP_SLACK of it) when the text is wrapped, measured one way."""
    widths = [_width(line, wide) for line in lines if " " in line.strip() or (not line.isascii() and _WIDE.search(line))]
    if len(widths) < WRAP_MIN_LINES:
        return None
    width = _top_width(widths)
    if width is None or not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    long = [w for w in widths if w >= width // 2]
    filled = sum(1 for w in long if w >= width - WRAP_NEAR)
    if filled < WRAP_MIN_FILLED or filled < WRAP_MIN_FILLED_SHARE * len(long):
        return None
    return width, sum(1 for w in long if w >= width - WRAP_SLACK)


def _top_width(widths: list[int]) -> int | None:
    """The widest column many lines end at: a few wider lines (a heading set at another margin, a long
    word, a preformatted line) are not the wrap column.  Lines of a wrapped text end spread over the
    last columns below it, so the columns right at the wrap hold a fair share of the band below."""
    if not WRAP_ROBUST:
        return max(widths)
    counts: dict[int, int] = {}
    for w in widths:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts, reverse=True)
    wider = 0  #: lines wider than the candidate column
    for w in top:
        if wider > WRAP_MAX_OUTLIERS:
            break
        near = sum(counts.get(x, 0) for x in range(w - WRAP_TOP_COLUMNS + 1, w + 1))
        band = sum(counts.get(x, 0) for x in range(w - WRAP_NEAR, w + 1))
        if near >= WRAP_MIN_FILLED and near >= WRAP_TOP_SHARE * band:
            return w
        wider += counts[w]
    return textclean_lynx.few_lines_width(counts, top, WRAP_TOP_COLUMNS) if textclean_lynx.USE_FEW_LINES_WIDTH else top[0]


def wrap_measure(lines: list[str]) -> tuple[int, bool] | None:
    """Return (wrap column, wide characters count two) for a hard-wrapped text, or None.

    A wrapper counts an East Asian wide character as two columns (a terminal) or as one (lynx);
    the count under which more lines end right at the wrap column (within WRAP_SLACK) is the one it used.
    """
    cells = _wrap_fill(lines, True)
    if not USE_CHAR_COLUMNS or not any(not line.isascii() and _WIDE.search(line) for line in lines):
        return (cells[0], True) if cells is not None else None
    chars = _wrap_fill(lines, False)
    if chars is not None and (cells is None or chars[1] > cells[1]):
        return chars[0], False
    return (cells[0], True) if cells is not None else None


def _too_wide(text: str) -> bool:
    """A line of several words wider than WRAP_MAX_WIDTH: not a hard-wrapped text (wrap_width's answer, in C)."""
    for match in _LONG_LINE.finditer(text):
        line = match.group()
        if " " in line.strip() or (not line.isascii() and _WIDE.search(line)):
            return True
    return False


_LONG_LINE = re.compile(rf"^[^\n]{{{WRAP_MAX_WIDTH + 1},}}", re.MULTILINE)  #: anchored: linear per line


def _width(line: str, wide: bool = True) -> int:
    """Columns of a line: East Asian wide characters take two (terminals), or one when not ``wide`` (lynx)."""
    return len(line) + (len(_WIDE.findall(line)) if wide and not line.isascii() else 0)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _continues(prev: str, line: str, width: int) -> bool:
    """Tell whether ``line`` continues ``prev``: ``prev`` broke only because the next word did not fit."""
    head = line.lstrip()
    if not head or not prev.strip() or _BULLET.match(line):
        return False
    indent = _indent(line)
    prev_indent = _indent(prev)
    if indent != prev_indent and not (indent > prev_indent and _BULLET.match(prev)):
        return False
    tail = prev.rstrip()
    if not head.isascii() and _WIDE.match(head) and _WIDE.search(tail[-1:]):
        return _width(tail) + 2 > width - WRAP_SLACK  # CJK wraps between any two characters
    return _width(tail) + 1 + _width(head.split(None, 1)[0]) > width - WRAP_SLACK


def _join(parts: list[str], line: str, glued: bool = False) -> None:
    """Append ``line`` to the paragraph held as ``parts`` (joined once at the end: no quadratic copies);
    ``glued``: the line continues a word broken at the wrap column (a long URL), so no space."""
    while parts:  # rstrip the paragraph so far, across its pieces
        last_piece = parts[-1].rstrip()
        if last_piece:
            parts[-1] = last_piece
            break
        parts.pop()
    tail = line.strip()
    end = "".join(parts[-2:])[-2:]
    last = end[-1:]
    if glued or (last and not last.isascii() and _CJK_END.search(last) and _CJK_START.search(tail[:1])):
        parts.append(tail)
    elif last == "-" and end[:1].isalpha() and len(end) == 2:
        parts.append(tail)
    else:
        parts.extend((" ", tail))


def rejoin(text: str) -> str:
    """Re-join the lines of a hard-wrapped text into one line per paragraph."""
    if _too_wide(text):
        return text
    lines = text.split("\n")
    found = wrap_measure(lines)
    if found is None:
        return text
    width, wide = found
    return "\n".join("".join(parts) for parts in _paragraphs(lines, width - WRAP_SLACK, wide))


def _paragraphs(lines: list[str], limit: int, wide: bool = True) -> list[list[str]]:
    """The paragraphs of a text wrapped at ``limit`` + WRAP_SLACK columns (``wide``: as in _width), each as pieces to join.

    :func:`_continues` inlined (one pass, each line's strips and width computed once, the bullet regex
    last): the per-line function calls were most of a lynx dump's clean-up time.
    """
    out: list[list[str]] = []
    prev = ""  #: the previous raw line, its indent and the width of its right-stripped text
    prev_indent = prev_width = 0
    opening = ""  #: the paragraph's first REPEAT_CHARS characters (when it has that many)
    last = -1  #: pieces of out[-1] before its last joined line (-1: none, or a list number's join)
    last_tail = ""  #: the line that last joined line was joined onto
    for line in lines:
        head = line.lstrip()
        indent = len(line) - len(line.lstrip(" "))
        if out and head and prev_width and (indent == prev_indent or (indent > prev_indent and _BULLET.match(prev)) or _number_only(prev)):
            tail = prev.rstrip()
            if not head.isascii() and _WIDE.match(head) and _WIDE.search(tail[-1:]):
                fits = prev_width + 1 + wide > limit  # CJK wraps between any two characters
            else:
                word = head.split(None, 1)[0]
                fits = prev_width + 1 + (len(word) if word.isascii() else _width(word, wide)) > limit
            plain = fits and not (_BULLET.match(line) and not _abbreviation(tail, head)) and not (opening and head.startswith(opening))
            plain = plain and ("\u00a9" not in tail or not textclean_lynx.credit_end(tail))
            if plain or _number_only(prev):
                last, last_tail = (len(out[-1]) if plain else -1), tail
                _join(out[-1], line, USE_BROKEN_WORDS and prev_width >= limit and " " not in tail.lstrip())
                prev, prev_indent = line, indent
                prev_width = _text_width(line, wide)
                continue
        if last >= 0:
            _undo_final(out, last, last_tail, prev)
            last = -1
        out.append([line])
        prev, prev_indent = line, indent
        prev_width = _text_width(line, wide) if head else 0
        opening = head[:REPEAT_CHARS] if USE_REPEAT_BREAK and len(head) >= REPEAT_CHARS else ""
    if last >= 0:
        _undo_final(out, last, last_tail, prev)
    return out


def _undo_final(out: list[list[str]], size: int, tail: str, line: str) -> None:
    """Take a paragraph's last joined ``line`` back out of out[-1] (kept to ``size`` pieces) when it stands on its own
    line on purpose (:func:`textclean_lynx.final_break`: an unended line under a sentence end)."""
    if textclean_lynx.USE_FINAL_BREAK and textclean_lynx.final_break(tail, line):
        del out[-1][size:]
        out.append([line])


def _abbreviation(tail: str, head: str) -> bool:
    """A line opening `r. `, `z. B.` under a line ending mid-word is an abbreviation going on (`w 2014` / `r. w
    miejscowości`), not a lettered list item (those follow a sentence end or a colon, or open with `b)`)."""
    return USE_LETTER_ABBREV and tail[-1:].isalnum() and _LETTER_DOT.match(head) is not None


_LETTER_DOT = re.compile(r"[a-z]\. ")


def _number_only(line: str) -> bool:
    """A list item's number alone on its line (`  3.`: lynx prints it so when the item opens with a block)."""
    return USE_NUMBER_JOIN and len(line) < 12 and _NUMBER_ONLY.match(line) is not None


_NUMBER_ONLY = re.compile(r" *\d{1,3}[.)] *$")


def _text_width(line: str, wide: bool = True) -> int:
    """Columns of a line without its trailing whitespace (0: a blank line; ``wide`` as in _width)."""
    tail = line.rstrip()
    return len(tail) if tail.isascii() else _width(tail, wide)


def clean(text: str, *, markup: bool = True, rejoin_lines: bool = True) -> tuple[str, list[str]]:
    """Clean a text dump into one paragraph per line; return it and the named fixes applied."""
    text, fixes = normalise(text, markup=markup)
    if rejoin_lines:
        joined = rejoin(text)
        if joined != text:
            fixes.append("rejoined-lines")
            text = joined
            if textclean_lynx.USE_LINK_LIST:
                text = textclean_lynx.drop_link_list(text, fixes)
    if textclean_lynx.USE_IMAGE_NAMES and "[" in text:
        named = textclean_lynx.drop_image_names(text)
        if named != text:
            fixes.append("image-names")
            text = named
    return layout(text), fixes
