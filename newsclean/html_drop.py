"""Elements removed from a parsed page before the walk: <noscript>, hidden elements and small forms.

Split out of :mod:`newsclean.html` (module size).  All removal is done in C by lexbor (``decompose``), so the
Python walk of :func:`newsclean.html.blocks_from_tree` never visits what is removed.
"""

from __future__ import annotations

from typing import Any

import regex

from newsclean.html import SKIP_TAGS

FORM_MIN_PARAGRAPHS = 3  #: a <form> with at least this many <p> is a page wrapper (ASP.NET), not a form

#: candidates; _is_hidden decides.  A hiding style holds "none" or "hidden" (its "dden": the only letters that
#: _HIDDEN_STYLE matches in ASCII alone; it lets "İ" stand for "i"), so the other styled elements are never read.
_HIDDEN_SELECTOR = '[hidden], [aria-hidden], [style*="none" i], [style*="dden" i]'
_DROP_SELECTOR = f"{_HIDDEN_SELECTOR}, form"  #: one query for both kinds (one walk)
_SKIPPED_P = ", ".join(f"{tag} p" for tag in sorted(SKIP_TAGS) if not tag.startswith("-"))  #: <p> the walk passes over
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
    """Remove hidden elements and small forms under ``root`` in C (lexbor), so the Python walk never visits them.

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
    for form in forms:  # counted once the hidden content is gone; a form inside a removed element: harmless
        if _paragraphs(form) < FORM_MIN_PARAGRAPHS:
            form.decompose()


def _paragraphs(form: Any) -> int:
    """The <p> elements of a form that the walk shows (not inside a skipped element); few forms have enough."""
    count = len(form.css("p"))
    return count - len(form.css(_SKIPPED_P)) if count >= FORM_MIN_PARAGRAPHS else count
