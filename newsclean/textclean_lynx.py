"""Furniture only a lynx dump prints, dropped by textclean: pictures named by their file, and the page's <link> list.

lynx prints a picture without alt text as its bracketed file name (`[photo-1.jpg?w=640]`) and opens
its dump with the titles of the page's ``<link>`` elements (`#Site » Feed Site » Comments Feed`).
Neither is ever article text; both are found by their shape, so any lynx dump in any language is served.
"""

from __future__ import annotations

import re

USE_IMAGE_NAMES = True  #: drop pictures printed as their bracketed file name (`[photo.jpg?w=640]`): never article text
IMAGE_NAME_MAX_CHARS = 300  #: a bracketed picture name (and its query) is at most this long on either side of the extension
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
