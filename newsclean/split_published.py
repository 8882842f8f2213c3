"""The publication date for the split stage: the metadata's, the text's and the boilerplate's dates weighed in turn.

Order: a labelled date printed in the article's header when the metadata names another day; the
metadata's (JSON-LD / <meta>; when they disagree, the day the page prints); the article's meta block
HTML strip cut; the header's date line; the nearest date line; a labelled line anywhere in the text;
the boilerplate's labelled, then unlabelled date lines (footers, pagers and link text left out); the
metadata's modified date; an update line; the day in the page's address.
"""

from __future__ import annotations

from typing import Any

import regex

from newsclean.split_credits import BOILERPLATE_DATE_SCAN
from newsclean.split_dates import date_label, labelled_date, parse_date
from newsclean.split_layout import MAX_DATE_LINE_CHARS, MAX_DATE_LINE_WORDS, PRE_ZONE, Layout, nearby_date
from newsclean.split_meta import meta_date, url_date

META_REASON = "path-part:meta"  #: strip's reason for an HTML meta block (date, author) it cut from the article's path
HEADER_LABEL_SCAN = 10  #: first text paragraphs where a labelled publication date ("Veröffentlicht am …") beats the metadata's
LINK_REASONS = frozenset({"link-dense"})  #: strip's reason for link text: a labelled date in it is the linked page's
FOOT_DATE_REASONS = frozenset({"path:footer", "path:pager"})  #: footers and pagers: their dates are other pages' (teasers, archives)
_DIGIT = regex.compile(r"\d")


def published(meta: dict[str, Any], lang: str | None, layout: Layout, paras: list[str], kept: list[str], n_pre: int,
              boilerplate: list[Any]) -> str | None:
    """The publication date as ISO 8601, or None (see the module's order); each source is read only when needed."""
    shown = header_date(layout, paras, lang)
    stated = meta_date(meta, lang, "published", shown, lambda: _printed_days(kept, boilerplate, lang))
    printed = labelled_date(kept[:HEADER_LABEL_SCAN], lang) if stated else None
    if printed and printed[:10] != stated[:10]:
        return printed  # "Veröffentlicht am 16.08.2019" under the headline, a re-saved page's metadata says otherwise
    found = (stated or _meta_block_date(boilerplate, lang) or shown
             or nearby_date(paras, n_pre if layout.head_index is None else layout.head_index, lang) or labelled_date(kept, lang))
    if found:
        return found
    dates = boilerplate_dates(boilerplate, lang)
    return (dates.get("published") or dates.get(None) or meta_date(meta, lang, "modified") or dates.get("updated")
            or url_date(meta))


def header_date(layout: Layout, paras: list[str], lang: str | None) -> str | None:
    """The header's date: of the date lines just above the headline the nearest one (a masthead's "today" stands
    further up: "Donnerstag, 16. Februar 2012" above "14. Februar 2012" above the title), else the layout's."""
    head = layout.head_index
    if layout.date is None or head is None:
        return layout.date
    for k in range(min(head, len(paras)) - 1, max(-1, head - PRE_ZONE - 1), -1):
        line = paras[k]
        if len(line) <= MAX_DATE_LINE_CHARS and len(line.split()) <= MAX_DATE_LINE_WORDS and (found := parse_date(line, lang)):
            return found
    return layout.date


def _printed_days(kept: list[str], boilerplate: list[Any], lang: str | None) -> frozenset[str]:
    """The days the page prints on short lines (text and boilerplate, the first ``BOILERPLATE_DATE_SCAN`` of each)."""
    texts = [*kept[:BOILERPLATE_DATE_SCAN],
             *(e["text"] for e in boilerplate[:BOILERPLATE_DATE_SCAN] if isinstance(e, dict) and isinstance(e.get("text"), str))]
    return frozenset(found[:10] for text in texts
                     if len(text) <= MAX_DATE_LINE_CHARS and _DIGIT.search(text) and (found := parse_date(text, lang)))


def _meta_block_date(boilerplate: list[Any], lang: str | None) -> str | None:
    """The date in the article's own meta block (date, author, reading time) that HTML strip cut: what the page shows
    as the article's date, sooner than a date line near the headline (a teaser's, an event's)."""
    for entry in boilerplate:
        if isinstance(entry, dict) and entry.get("reason") == META_REASON:
            text = entry.get("text")
            if isinstance(text, str) and len(text) <= MAX_DATE_LINE_CHARS and date_label(text, lang) != "updated":
                if found := parse_date(text, lang):
                    return found
    return None


def boilerplate_dates(boilerplate: list[Any], lang: str | None) -> dict[str | None, str]:
    """The first date of each kind among the lines strip removed: labelled "published" (not in link text),
    unlabelled (None; not in footers or pagers) and labelled "updated", in one pass.

    The first ``BOILERPLATE_DATE_SCAN`` entries are read, and beyond them the article's own meta blocks
    (``META_REASON``: HTML strip cuts them wherever they stand).
    """
    out: dict[str | None, str] = {}
    for i, entry in enumerate(boilerplate):
        if not isinstance(entry, dict) or (i >= BOILERPLATE_DATE_SCAN and entry.get("reason") != META_REASON):
            continue
        text = entry.get("text")
        if not isinstance(text, str) or len(text) > MAX_DATE_LINE_CHARS or not _DIGIT.search(text):
            continue
        label = date_label(text, lang)
        if label in out or entry.get("reason") in (FOOT_DATE_REASONS if label is None else LINK_REASONS if label == "published" else ()):
            continue
        if found := parse_date(text, lang):
            out[label] = found
            if len(out) == 3:
                break
    return out
