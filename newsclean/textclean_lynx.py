"""What only a hard-wrapped dump (lynx) needs: furniture dropped by textclean, line breaks that are not wraps, and
the wrap column of a short dump.

lynx prints a picture without alt text as its bracketed file name (`[photo-1.jpg?w=640]`) and opens
its dump with the titles of the page's ``<link>`` elements (`#Site » Feed Site » Comments Feed`).
Neither is ever article text; both are found by their shape, so any lynx dump in any language is served.

lynx also sets a caption, a date line or a share bar right under a paragraph without a blank line; when
the next word "did not fit", re-joining would glue them to the prose (`… so much! Useful`, `… lehnen wir
ab. Foto: Christof Stache`, `… Schweiz. © AFP / NAME Chloe Kim …`).  :func:`final_break` and
:func:`credit_end` tell such breaks from wraps by punctuation and the copyright sign only (no word lists).
"""

from __future__ import annotations

import re
import unicodedata

USE_IMAGE_NAMES = True  #: drop pictures printed as their bracketed file name (`[photo.jpg?w=640]`): never article text
IMAGE_NAME_MAX_CHARS = 300  #: a bracketed picture name (and its query) is at most this long on either side of the extension
USE_FINAL_BREAK = True  #: a paragraph's last line that ends no sentence is not joined onto a line ending one (`… so much!` / `Useful`, `… ab.` / `Foto: Name`)
USE_CREDIT_BREAK = True  #: a line ending with a copyright credit (`… Schweiz. © AFP / MARCO BERTORELLO`) is not continued: a caption
FINAL_COLON_ENDS = False  #: True: a last line ending with a colon counts as ended (kept joined); measured: False gains lynx ww fp -2, tp -1
USE_ADDRESS_BREAK = True  #: a bare web address (`statista.com`) under a sentence end is a source link, not the sentence going on
USE_EMOJI_END = True  #: a line ending with an emoji or other pictograph (`… gefällt mir 😉`) ends its sentence
ABBREV_MAX_CHARS = 4  #: a capitalised word this short before a full stop is an abbreviation (`St.`, `Colo.`), not a sentence end
CREDIT_TAIL_CHARS = 40  #: the copyright sign stands within this many characters of the line's end
USE_FEW_LINES_WIDTH = True  #: a short dump with no well-filled column: the widest column FEW_LINES_NEAR lines end at
FEW_LINES_NEAR = 2  #: ... passing over fewer wider lines than that (one `<pre>` line must not set the column)
USE_LINK_LIST = True  #: a wrapped dump opening with `#Title Title …` (lynx's list of the page's <link> titles): that line is dropped

#: A picture's file extension: a picture printed as its bracketed file name (lynx, for an image without alt
#: text: `[photo-1.jpg?w=640]`) holds one; the brackets around it are found from there (few matches, literal '.').
_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|avif)\b", re.IGNORECASE)


def drop_image_names(text: str) -> str:
    """Remove bracketed picture file names; a line holding nothing else goes with its line break."""
    out: list[str] = []
    pos = 0  #: the text before this is in ``out``
    for m in _IMAGE_EXT.finditer(text):
        if m.start() < pos:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = _unnamed(text[line_start:line_end])
        out.append(text[pos:line_start])
        if line.strip():
            out.append(line)
            pos = line_end
        else:
            pos = line_end + 1  # the line and its break
    return "".join(out) + text[pos:] if out else text


def _unnamed(line: str) -> str:
    """One line without its bracketed picture file names (`[photo.jpg?w=640]`)."""
    parts: list[str] = []
    pos = 0
    for m in _IMAGE_EXT.finditer(line):
        if m.start() < pos:
            continue
        opened = line.rfind("[", max(pos, m.start() - IMAGE_NAME_MAX_CHARS), m.start())
        closed = line.find("]", m.end(), m.end() + IMAGE_NAME_MAX_CHARS + 1)
        if opened < 0 or closed < 0 or "[" in line[opened + 1 : closed] or "]" in line[opened + 1 : m.start()]:
            continue
        parts.append(line[pos:opened])
        pos = closed + 1
    return "".join(parts) + line[pos:]


def drop_link_list(text: str, fixes: list[str]) -> str:
    """Drop a wrapped dump's first paragraph when it is lynx's list of the page's ``<link>`` titles
    (`#Site » Feed Site » Comments Feed alternate alternate`): page furniture, never article text."""
    start = len(text) - len(text.lstrip())
    if text[start : start + 1] != "#" or text[start + 1 : start + 2] in ("", " ", "#", "\n"):
        return text
    end = text.find("\n", start)
    fixes.append("link-list")
    return text[end + 1 :] if end >= 0 else ""


#: Closing quotes and brackets passed over when asking whether a line ends a sentence.
_CLOSERS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a\u300d\u300f)]"
_SENTENCE_ENDS = frozenset(".!?\u2026\u3002\uff01\uff1f")
_CREDIT_END = re.compile(r"\u00a9\s*[^\s.!?\u00a9][^.!?\u00a9]*$")  #: `© AFP / NAME` at a line's end: a caption's credit


def final_break(prev: str, line: str) -> bool:
    """Tell whether ``line``, the last line of a re-joined paragraph, stands on its own line on purpose: ``prev``
    ends a sentence and ``line`` opens with no lower-case letter and ends none (`Useful`, `Foto: Name`)."""
    return unended(line) and ends_sentence(prev)


def ends_sentence(line: str) -> bool:
    """Tell whether a line ends with a sentence end (`.`, `!`, `?`, `…`, also before closing quotes/brackets),
    not an abbreviation (`St.`, `Colo.`: a capitalised word of at most ABBREV_MAX_CHARS letters before the full stop)."""
    text = line.rstrip().rstrip(_CLOSERS).rstrip()
    if text[-1:] not in _SENTENCE_ENDS:
        return USE_EMOJI_END and text[-1:] > "\u2000" and unicodedata.category(text[-1]) == "So"
    if text[-1] == ".":
        word = text[:-1].rsplit(None, 1)[-1] if text[:-1].strip() else ""
        if word[:1].isupper() and len(word) <= ABBREV_MAX_CHARS and word.isalpha():
            return False
    return True


def unended(line: str) -> bool:
    """Tell whether a line reads as one of its own that ends no sentence: it opens with no lower-case letter (after
    a sentence end a continuation opens a sentence; a bare web address may) and ends with no sentence end, closing
    quote or bracket (nor colon, with FINAL_COLON_ENDS): `Useful`, `Foto: Christof Stache`, `statista.com`."""
    text = line.strip()
    last = text[-1:]
    if text[:1].islower() and not (USE_ADDRESS_BREAK and _address(text)):
        return False
    return last not in _SENTENCE_ENDS and last not in _CLOSERS and not (FINAL_COLON_ENDS and last in ":\uff1a")


def _address(text: str) -> bool:
    """A bare web address or file name (`statista.com`): one word with a dot inside, as a link's text prints."""
    dot = text.find(".")
    return 0 < dot < len(text) - 1 and " " not in text


def credit_end(line: str) -> bool:
    """Tell whether a line ends with a copyright credit (`© AFP / MARCO BERTORELLO`): a caption, not a wrap."""
    if not USE_CREDIT_BREAK or "\u00a9" not in line[-CREDIT_TAIL_CHARS:]:
        return False
    return _CREDIT_END.search(line[-CREDIT_TAIL_CHARS:]) is not None


def few_lines_width(counts: dict[int, int], top: list[int], columns: int) -> int:
    """The wrap column of a short dump where no column is well filled: the widest one that FEW_LINES_NEAR lines end
    at (within ``columns``), passing over fewer wider lines than that; else the widest line (``top`` is sorted
    widest first, ``counts`` holds the lines per width)."""
    wider = 0
    for w in top:
        near = sum(counts.get(x, 0) for x in range(w - columns + 1, w + 1))
        if near >= FEW_LINES_NEAR and wider < near:
            return w
        wider += counts[w]
        if wider >= FEW_LINES_NEAR:
            break
    return top[0]
