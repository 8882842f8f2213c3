"""Elements removed from a parsed page before the walk: <noscript>, hidden elements and forms that do not wrap the page.

Split out of :mod:`newsclean.html` (module size).  All removal is done in C by lexbor (``decompose``), so the
Python walk of :func:`newsclean.html.blocks_from_tree` never visits what is removed.
"""

from __future__ import annotations

from typing import Any

import regex

from newsclean.html import SKIP_TAGS

FORM_MIN_PARAGRAPHS = 3  #: a <form> with at least this many <p> is a page wrapper (ASP.NET), not a form
#: a <form> holding at least this share of the walked root's shown characters (no spaces, no <select>/<script> text)
#: is a page wrapper too
#: (ASP.NET's ``<form id="mainform">`` around a recipe of lists and <div>s, no <p>); a search box is a sliver
FORM_PAGE_TEXT_SHARE = 0.5
FORM_MIN_TEXT_CHARS = 200  #: a form with fewer characters than this is never measured against the page (cost)

#: candidates; _is_hidden decides.  A hiding style holds "none" or "hidden" (its "dden": the only letters that
#: _HIDDEN_STYLE matches in ASCII alone; it lets "İ" stand for "i"), so the other styled elements are never read.
_HIDDEN_SELECTOR = '[hidden], [aria-hidden], [style*="none" i], [style*="dden" i]'
_DROP_SELECTOR = f"{_HIDDEN_SELECTOR}, form"  #: one query for both kinds (one walk)
_SKIPPED_P = ", ".join(f"{tag} p" for tag in sorted(SKIP_TAGS) if not tag.startswith("-"))  #: <p> the walk passes over
_TEXT_SKIPPED = "script, style, select, textarea, template, svg, math, button, object, iframe"  #: skipped, with text
_PAGE_TAGS = frozenset({"html", "body"})  #: never removed as hidden (scripts un-hide them on load)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def drop_noscript(tree: Any) -> None:
    """Remove every ``<noscript>`` (one raw text node, parsed with :data:`newsclean.html.SCRIPTING`): its markup is no text of the page.

    Readers with scripts never see it; left in, its raw ``<img src=...>`` would lengthen every ``text()`` of an
    element around it (author boxes read by :mod:`newsclean.html_authors`), which it never did as markup.
    """
    for node in tree.tags("noscript"):
        node.decompose()


def drop_invisible(root: Any) -> None:
    """Remove hidden elements and forms that do not wrap the page under ``root`` in C (lexbor), so the Python walk never visits them.

    ``root`` is the part of the page that is walked (``<body>``).  Non-content elements (SKIP_TAGS) stay:
    the walk passes over them, which is cheaper than lexbor matching ~35 type selectors against every
    element.  One selector-list query finds every possibly hidden and form element; removal only
    unlinks, so a match inside an already removed element is harmless.  ``hidden`` on ``<html>`` or
    ``<body>`` is a script's page-load toggle, not hidden content (and lexbor refuses to remove the root).
    """
    forms = []
    for node in root.css(_DROP_SELECTOR):
        tag = node.tag
        if tag not in _PAGE_TAGS and _is_hidden(node.attributes or {}):
            node.decompose()
        elif tag == "form":
            forms.append(node)
    page: list[int] = []  #: the root's <h1> count and text length, read once and only when a form needs them
    for form in forms:  # counted once the hidden content is gone; a form inside a removed element: harmless
        if _paragraphs(form) < FORM_MIN_PARAGRAPHS and not _wraps_page(form, root, page):
            form.decompose()


def _wraps_page(form: Any, root: Any, page: list[int]) -> bool:
    """Tell whether a form without FORM_MIN_PARAGRAPHS <p> still wraps the page: it holds every <h1> of the root
    (at least one), or FORM_PAGE_TEXT_SHARE of the root's text.  ``page`` caches the root's counts."""
    headings = len(form.css("h1"))
    text = _shown_chars(form) if not headings else 0
    if not headings and text < FORM_MIN_TEXT_CHARS:
        return False
    if not page:
        page += [len(root.css("h1")), _shown_chars(root)]
    if headings:
        return headings == page[0]
    return text >= FORM_PAGE_TEXT_SHARE * page[1]


def _shown_chars(node: Any) -> int:
    """The non-space characters of an element's text less those of the skipped elements in it that hold text (a country
    <select>'s 250 options, scripts): about what the walk shows of it."""
    chars = _solid(node.text(deep=True))
    return max(0, chars - sum(_solid(inner.text(deep=True)) for inner in node.css(_TEXT_SKIPPED)))


def _solid(text: str) -> int:
    """The characters of a text that are not whitespace (markup indentation is no text)."""
    return len(text) - sum(map(text.count, " \n\t\r"))


def _paragraphs(form: Any) -> int:
    """The <p> elements of a form that the walk shows (not inside a skipped element); few forms have enough."""
    count = len(form.css("p"))
    return count - len(form.css(_SKIPPED_P)) if count >= FORM_MIN_PARAGRAPHS else count
