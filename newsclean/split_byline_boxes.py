"""Bylines in lines strip removed as furniture: a label above the name, and the author's bio box.

``byline_from_boilerplate`` (split_credits) reads each removed header line alone; these helpers read
two lines together ("Autor:" above "Jane Doe") and the bio box strip marked (``phrase:author`` for
its heading "About the author - Jane Doe", ``author-bio`` for the lines under it).
"""

from __future__ import annotations

from newsclean.split_bylines import byline_across, byline_inside, names_only

AUTHOR_HEADING_REASON = "phrase:author"  #: strip's reason for the heading of an author bio box
AUTHOR_BIO_REASON = "author-bio"  #: strip's reason for the lines under that heading (name, bio)
MENU_BULLETS = "•□☆*◦▪○-–—"  #: list markers: "• Autor" above "□ Über-Ich" is a menu, not a byline
BIO_NAME_LINES = 2  #: lines under the heading read for the bare name (a picture caption may come first)


def _text(entry: object) -> str | None:
    """The removed line's text, when the entry is a well-formed boilerplate record."""
    return entry.get("text") if isinstance(entry, dict) and isinstance(entry.get("text"), str) else None


def label_above(entry: object, nxt: object, lang: str | None) -> str | None:
    """A byline label alone on a removed line names the author on the next removed line ("Autor:" / "Jane Doe").

    Only a label with its colon counts, menu lines never: strip removes site menus, and "• Autor" above
    "□ Über-Ich" (or a bare "Autor" above "Über-Ich" in HTML) names a category.
    """
    line, below = _text(entry), _text(nxt)
    if not line or not below or line.lstrip()[:1] in MENU_BULLETS or below.lstrip()[:1] in MENU_BULLETS:
        return None  # a menu's item and its sub-item
    if not line.rstrip().endswith((":", "：")):
        return None  # a bare "Autor" among removed lines is a menu or category heading
    return byline_across(line, below, lang)


def bio_box_author(boilerplate: list[object], lang: str | None) -> str | None:
    """The author a bio box names: in its heading ("About the author - Jane Doe") or as a bare name under it."""
    for i, entry in enumerate(boilerplate):
        if not isinstance(entry, dict) or entry.get("reason") != AUTHOR_HEADING_REASON:  # the rare reason first
            continue
        line = _text(entry)
        if not line:
            continue
        if found := byline_inside(line, lang):
            return found
        for below in boilerplate[i + 1:i + 1 + BIO_NAME_LINES]:
            text = _text(below)
            if not text or below.get("reason") != AUTHOR_BIO_REASON:  # type: ignore[union-attr]
                break
            if found := names_only(text.strip(), lang):
                return found
        return None
    return None
