"""Page metadata for split: <title>, Open Graph, meta author/dates, JSON-LD articles, <html lang>.

Publishers state the headline, author and dates in machine-readable form far
more reliably than any layout heuristic can find them; split uses these as
strong hints.  Missing keys are omitted, never guessed.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import regex

MAX_META_CHARS = 2_000  #: a metadata value longer than this is cut (some sites stuff whole articles in)
MAX_JSON_LD_CHARS = 2_000_000  #: skip JSON-LD blocks larger than this (parsing cost)
MAX_JSON_LD_NODES = 5_000  #: visit at most this many JSON-LD objects looking for the article
ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "livebloggosting",
    "liveblogposting", "scholarlyarticle", "techarticle", "socialmediaposting", "report",
})
#: meta name/property/itemprop (lower case) -> meta key; the first found wins, in this order.
META_KEYS: tuple[tuple[str, str], ...] = (
    ("og:title", "og_title"), ("og:description", "og_description"), ("og:site_name", "og_site_name"),
    ("og:url", "og_url"), ("description", "description"), ("author", "author"), ("article:author", "author"),
    ("dc.creator", "author"), ("sailthru.author", "author"), ("parsely-author", "author"),
    ("article:published_time", "published"), ("datepublished", "published"), ("date", "published"),
    ("pubdate", "published"), ("publishdate", "published"), ("dc.date", "published"),
    ("dc.date.issued", "published"), ("dcterms.created", "published"), ("sailthru.date", "published"),
    ("parsely-pub-date", "published"), ("og:published_time", "published"), ("og:article:published_time", "published"),
    ("article:modified_time", "modified"), ("datemodified", "modified"), ("og:updated_time", "modified"),
    ("dcterms.modified", "modified"), ("last-modified", "modified"),
)
#: elements stating the publication date in an attribute, when no <meta> does; the first found wins, in this order
PUBLISHED_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("[itemprop=datePublished][datetime]", "datetime"), ("[itemprop=datePublished][content]", "content"),
    ("time[pubdate][datetime]", "datetime"), (".published[title]", "title"),  # microformats hAtom / h-entry
    ("article time[datetime]", "datetime"), ("time[datetime]", "datetime"),
)
MAX_LOCAL_SHIFT_HOURS = (-12, 14)  #: UTC offsets in use on Earth: a UTC instant is some local day within this range
_WS = regex.compile(r"\s+")
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)")
_ISO_INSTANT = regex.compile(r"((?:19|20)\d\d-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)$")
_CDATA = regex.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    from newsclean.textclean import normalise

    text = _WS.sub(" ", normalise(value)[0]).strip()
    return text[:MAX_META_CHARS] or None


def _meta_tags(tree: Any, meta: dict[str, Any]) -> None:
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes or {}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        value = attrs.get("content") or attrs.get("datetime") or attrs.get("value")
        if key and value and key not in found:
            found[key] = value
    for source, target in META_KEYS:
        if target not in meta and (value := _clean(found.get(source))):
            meta[target] = value


def _names(value: Any) -> str | None:
    """Author/publisher in JSON-LD: a string, an object with ``name``, or a list of either."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:20]:
        name = item.get("name") if isinstance(item, dict) else item
        if (clean := _clean(name)) and clean not in names:
            names.append(clean)
    return ", ".join(names) or None


def _is_article(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds)


def _find_article(data: Any, test: Any = None) -> dict[str, Any] | None:
    """Find the first article object (or object passing ``test``) in a JSON-LD document, breadth-first."""
    test = test or _is_article
    queue = [data]
    seen = 0
    while queue and seen < MAX_JSON_LD_NODES:
        item = queue.pop(0)
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            if test(item):
                return item
            queue.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"))
    return None


def _json_ld(tree: Any) -> dict[str, Any] | None:
    """The article object of the page's JSON-LD; else the dates of a node that has them (a WebPage)."""
    fallback: dict[str, Any] | None = None
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True) or ""
        if len(raw) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(_CDATA.sub("", raw), strict=False)
        except ValueError:
            continue
        article = _find_article(data)
        if article is None:
            dated = fallback or _find_article(data, lambda item: isinstance(item.get("datePublished"), str))
            if dated is not None:  # a WebPage node: its dates, not its name (often the site's)
                fallback = dated
            continue
        out = {
            "headline": _clean(article.get("headline") or article.get("name")),
            "author": _names(article.get("author")),
            "datePublished": _clean(article.get("datePublished")),
            "dateModified": _clean(article.get("dateModified")),
            "description": _clean(article.get("description")),
            "publisher": _names(article.get("publisher")),
        }
        return {k: v for k, v in out.items() if v}
    if fallback is None:
        return None
    dates = {k: _clean(fallback.get(k)) for k in ("datePublished", "dateModified")}
    return {k: v for k, v in dates.items() if v} or None


def _first_attr(tree: Any, selector: str, attr: str) -> str | None:
    node = tree.css_first(selector)
    return _clean((node.attributes or {}).get(attr)) if node is not None else None


def _instant(value: Any) -> dt.datetime | None:
    """An aware datetime from an ISO 8601 or RFC 2822 stamp with a zone; None without a zone."""
    if not isinstance(value, str):
        return None
    if m := _ISO_INSTANT.match(value.strip()):
        zone = "+00:00" if m[3] == "Z" else m[3]
        try:
            return dt.datetime.fromisoformat(f"{m[1]}T{m[2]}{zone}")
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        found = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return found if found.tzinfo is not None else None


def _url_day(meta: dict[str, Any]) -> dt.date | None:
    """The /yyyy/mm/dd/ day in the page's canonical or og:url address (blogs and many news sites)."""
    for url in (meta.get("canonical"), meta.get("og_url")):
        if isinstance(url, str) and (m := _URL_DATE.search(url)):
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def _local_published(meta: dict[str, Any]) -> str | None:
    """The publication stamp in the newsroom's own day, when the page states it in UTC.

    A UTC stamp late or early in the day falls on another calendar day than the page's own date
    line; the same instant written with its local offset elsewhere in the page, or the day in the
    article's address (when one of the instant's possible local days), gives the local day.
    """
    ld = meta.get("json_ld") if isinstance(meta.get("json_ld"), dict) else {}
    values = [v for v in (ld.get("datePublished"), meta.get("published")) if isinstance(v, str)]
    instants = [_instant(v) for v in values]
    first = instants[0] if instants else None
    if first is None or first.utcoffset() != dt.timedelta(0):
        return None
    for value, other in zip(values[1:], instants[1:]):
        if other is not None and other == first and other.utcoffset() != dt.timedelta(0):
            return value  # the same instant, written with the newsroom's offset
    day = _url_day(meta)
    low, high = MAX_LOCAL_SHIFT_HOURS
    if day is not None and day != first.date() and (first + dt.timedelta(hours=low)).date() <= day <= (first + dt.timedelta(hours=high)).date():
        return day.isoformat()
    return None


def _localise(meta: dict[str, Any]) -> None:
    """Replace a UTC publication stamp by the page's local one (the original kept as ``published_utc``)."""
    local = _local_published(meta)
    if local is None:
        return
    ld = meta.get("json_ld")
    if isinstance(ld, dict) and isinstance(ld.get("datePublished"), str):
        meta["published_utc"] = ld["datePublished"]
        meta["json_ld"] = {**ld, "datePublished": local}
    else:
        meta["published_utc"] = meta.get("published")
    meta["published"] = local


def page_meta(tree: Any) -> dict[str, Any]:
    """Collect the page's metadata into the record's ``meta`` dict (missing keys omitted)."""
    meta: dict[str, Any] = {}
    title = tree.css_first("title")
    if title is not None and (text := _clean(title.text(deep=True))):
        meta["title"] = text
    _meta_tags(tree, meta)
    if "published" not in meta:
        for selector, attr in PUBLISHED_ELEMENTS:
            if value := _first_attr(tree, selector, attr):
                meta["published"] = value
                break
    if json_ld := _json_ld(tree):
        meta["json_ld"] = json_ld
    if lang := _first_attr(tree, "html", "lang") or _first_attr(tree, "html", "xml:lang"):
        meta["html_lang"] = lang
    if canonical := _first_attr(tree, 'link[rel="canonical"]', "href"):
        meta["canonical"] = canonical
    _localise(meta)
    return meta
