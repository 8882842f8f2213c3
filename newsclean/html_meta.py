"""Page metadata for split: <title>, Open Graph, meta author/dates, JSON-LD articles, <html lang>.

Publishers state the headline, author and dates in machine-readable form far
more reliably than any layout heuristic can find them; split uses these as
strong hints.  Missing keys are omitted, never guessed.
"""

from __future__ import annotations

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
    ("dc.creator", "author"), ("dc:creator", "author"), ("dcterms.creator", "author"), ("byl", "author"),
    ("sailthru.author", "author"), ("parsely-author", "author"), ("citation_author", "author"),
    ("article:published_time", "published"), ("datepublished", "published"), ("date", "published"),
    ("pubdate", "published"), ("publishdate", "published"), ("dc.date", "published"),
    ("dc.date.issued", "published"), ("dcterms.created", "published"), ("sailthru.date", "published"),
    ("parsely-pub-date", "published"), ("og:published_time", "published"), ("og:article:published_time", "published"),
    ("article:published", "published"), ("published_time", "published"), ("published_at", "published"),
    ("publish_date", "published"), ("publish-date", "published"), ("pub_date", "published"), ("pdate", "published"),
    ("cxenseparse:recs:publishtime", "published"), ("cxenseparse:publishtime", "published"),
    ("shareaholic:article_published_time", "published"), ("prism.publicationdate", "published"),
    ("dcterms:created", "published"),
    ("article:modified_time", "modified"), ("datemodified", "modified"), ("og:updated_time", "modified"),
    ("dcterms.modified", "modified"), ("last-modified", "modified"),
)
#: elements stating the publication date in an attribute, when no <meta> does; the first found wins, in this order
PUBLISHED_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("[itemprop=datePublished][datetime]", "datetime"), ("[itemprop=datePublished][content]", "content"),
    ("time[pubdate][datetime]", "datetime"), (".published[title]", "title"),  # microformats hAtom / h-entry
    ("article time[datetime]", "datetime"), ("time[datetime]", "datetime"),
)
#: elements stating the modification date in an attribute, when no <meta> does (hAtom's "updated", microdata)
MODIFIED_ELEMENTS: tuple[tuple[str, str], ...] = (
    (".updated[title]", "title"), ("[itemprop=dateModified][datetime]", "datetime"), ("[itemprop=dateModified][content]", "content"),
)
_SUBSUMED = frozenset({"time[pubdate][datetime]", "article time[datetime]"})  #: every one of these is a time[datetime] too
#: any of them, in one walk (lexbor tests each selector of a list on every element: the subsumed ones add nothing)
_DATED_SELECTOR = ", ".join(selector for selector, _ in PUBLISHED_ELEMENTS + MODIFIED_ELEMENTS if selector not in _SUBSUMED)
#: every element _DATED_SELECTOR finds, and a few more (other microdata dates), in fewer tests per element
_DATED_GATE = '[itemprop*="date" i], .published[title], .updated[title], time[datetime]'

_JSON_LD = 'script[type="application/ld+json"]'  #: lexbor compares a ``type`` value ASCII-case-insensitively (HTML)
#: every element that page_meta's tree-wide queries look for, in one walk (lexbor lists a node once per selector it matches)
_PAGE_QUERY = f'meta, script, article, [itemprop="author"], {_DATED_GATE}'

ORG_TYPE = regex.compile(r"(?i)organi[sz]ation|corporation|newsmedia|company|website|brand")  #: JSON-LD types that are no person
_WS = regex.compile(r"\s+")
_URL = regex.compile(r"(?i)https?://|www\.")
_CDATA = regex.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    from newsclean.textclean import normalise

    text = _WS.sub(" ", normalise(value)[0]).strip()
    return text[:MAX_META_CHARS] or None


def _meta_tags(tree: Any, meta: dict[str, Any], metas: list[dict[str, str | None]] | None = None) -> dict[str, str]:
    """Copy the known <meta> values into ``meta``; return every <meta> key -> value (first wins).

    ``metas``: the attributes of every <meta>, when the caller read them already."""
    found: dict[str, str] = {}
    for attrs in ([node.attributes or {} for node in tree.css("meta")] if metas is None else metas):
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        value = attrs.get("content") or attrs.get("datetime") or attrs.get("value")
        if key and value and key not in found:
            found[key] = value
    for source, target in META_KEYS:
        if target in meta or source not in found:
            continue  # cleaned only when it can be kept: normalising every duplicate value costs
        value = _clean(found[source])
        if value and not (target == "author" and _URL.match(value)):
            meta[target] = value
    return found


def _ids(data: Any) -> dict[str, dict[str, Any]]:
    """``@id`` -> object in a JSON-LD document: Yoast's graph names the article's author by reference only."""
    out: dict[str, dict[str, Any]] = {}
    stack = [data]
    seen = 0
    while stack and seen < MAX_JSON_LD_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("@id"), str) and len(item) > 1:
                out.setdefault(item["@id"], item)
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return out


def _is_org(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and ORG_TYPE.search(k) for k in kinds)


def _names(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> tuple[str | None, bool]:
    """Author/publisher in JSON-LD (a string, an object with ``name`` or an ``@id`` reference, or a list of
    either): the names, and whether every one is an organisation (the site itself, often)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    orgs = 0
    for item in items[:20]:
        if isinstance(item, dict) and "name" not in item and ids and isinstance(item.get("@id"), str):
            item = ids.get(item["@id"], item)
        name = item.get("name") if isinstance(item, dict) else item
        if (clean := _clean(name)) and clean not in names:
            names.append(clean)
            orgs += isinstance(item, dict) and _is_org(item)
    return ", ".join(names) or None, bool(names) and orgs == len(names)


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


def _json_ld(tree: Any, scripts: list[Any] | None = None) -> dict[str, Any] | None:
    """The article object of the page's JSON-LD; else the dates of a node that has them (a WebPage).

    ``scripts``: the page's JSON-LD <script> elements, when the caller found them already."""
    fallback: dict[str, Any] | None = None
    for node in tree.css(_JSON_LD) if scripts is None else scripts:
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
        ids = _ids(data)
        author, org = _names(article.get("author"), ids)
        out = {
            "headline": _clean(article.get("headline") or article.get("name")),
            "author": author,
            "author_org": org,
            "datePublished": _clean(article.get("datePublished")),
            "dateModified": _clean(article.get("dateModified")),
            "description": _clean(article.get("description")),
            "publisher": _names(article.get("publisher"), ids)[0],
        }
        return {k: v for k, v in out.items() if v}
    if fallback is None:
        return None
    dates = {k: _clean(fallback.get(k)) for k in ("datePublished", "dateModified")}
    return {k: v for k, v in dates.items() if v} or None


def _first_attr(tree: Any, selector: str, attr: str) -> str | None:
    node = tree.css_first(selector)
    return _clean((node.attributes or {}).get(attr)) if node is not None else None


def _first_among(nodes: list[Any], selector: str) -> Any:
    """``tree.css_first(selector)`` when ``nodes`` (in document order) hold every element ``selector`` matches: the
    first match in the first subtree holding one (each one's subtree, itself first) is the page's first."""
    for node in nodes:
        if (found := node.css_first(selector)) is not None:
            return found
    return None


def _published(nodes: list[Any], elements: tuple[tuple[str, str], ...] = PUBLISHED_ELEMENTS) -> str | None:
    """The publication (or modification) date of the first of ``elements`` (selector, attribute) that gives one;
    ``nodes``: the page's elements that any of them matches (:func:`_dated`)."""
    for selector, attr in elements:
        node = _first_among(nodes, selector)
        if node is not None and (value := _clean((node.attributes or {}).get(attr))):
            return value
    return None


def _dated(tree: Any, nodes: list[Any] | None = None) -> list[Any]:
    """Every element matching ``_DATED_SELECTOR`` and a few more, in document order; empty when none matches: one
    walk of the cheaper ``_DATED_GATE`` finds them all (``nodes``: a superset in document order, when the caller
    found one), the few it finds are tested (``css_matches`` tests an element's subtree, itself first: a match there is one)."""
    nodes = tree.css(_DATED_GATE) if nodes is None else nodes
    return nodes if any(node.css_matches(_DATED_SELECTOR) for node in nodes) else []


def _html_lang(tree: Any) -> str | None:
    """The <html> element's lang (or xml:lang): read on the root element, which ``css_first("html")`` finds."""
    root = tree.root
    if root is not None and root.tag == "html":
        attrs = root.attributes or {}
        return _clean(attrs.get("lang")) or _clean(attrs.get("xml:lang"))
    return _first_attr(tree, "html", "lang") or _first_attr(tree, "html", "xml:lang")


class _Found:
    """The elements of the page's tree-wide queries, sorted out of one walk of ``_PAGE_QUERY`` in document order."""

    __slots__ = ("metas", "scripts", "article", "microdata", "dated")

    def __init__(self, tree: Any) -> None:
        self.metas: list[dict[str, str | None]] = []  #: every <meta>'s attributes (``css("meta")``)
        self.scripts: list[Any] = []  #: ``css(_JSON_LD)``
        self.article: Any = None  #: ``css_first("article")``
        self.microdata: list[Any] = []  #: ``css('[itemprop="author"]')``
        self.dated: list[Any] = []  #: every ``_DATED_GATE`` match and maybe more (``_dated`` takes a superset)
        last = None
        for node in tree.css(_PAGE_QUERY):
            if node.mem_id == last:
                continue  # listed again for another selector it matches
            last = node.mem_id
            self._sort(node, node.tag, node.attributes)

    def _sort(self, node: Any, tag: str, attrs: dict[str, str | None]) -> None:
        """File one element under every query it answers."""
        if tag == "meta":
            self.metas.append(attrs)
        elif tag == "script" and _is_json_ld(attrs.get("type")):
            self.scripts.append(node)
        elif tag == "article" and self.article is None:
            self.article = node
        itemprop = attrs.get("itemprop")
        if itemprop == "author":
            self.microdata.append(node)
        if (itemprop and "date" in itemprop.lower()) or (tag == "time" and "datetime" in attrs) or "title" in attrs:
            self.dated.append(node)  # a superset of the gate's: [itemprop*=date i], time[datetime], .published/.updated[title]


def _is_json_ld(kind: str | None) -> bool:
    """``[type="application/ld+json"]`` as lexbor tests it on HTML: equal but for ASCII case (non-ASCII never folds)."""
    return kind is not None and kind.isascii() and kind.lower() == "application/ld+json"


def page_meta(tree: Any) -> dict[str, Any]:
    """Collect the page's metadata into the record's ``meta`` dict (missing keys omitted)."""
    meta: dict[str, Any] = {}
    title = tree.css_first("title")
    if title is not None and (text := _clean(title.text(deep=True))):
        meta["title"] = text
    nodes = _Found(tree)
    found = _meta_tags(tree, meta, nodes.metas)
    from newsclean.html_authors import author_hints

    meta.update(author_hints(tree, found, nodes.article, nodes.microdata))
    if "published" not in meta and nodes.dated and (dated := _dated(tree, nodes.dated)):
        for key, elements in (("published", PUBLISHED_ELEMENTS), ("modified", MODIFIED_ELEMENTS)):
            if key not in meta and (value := _published(dated, elements)):
                meta[key] = value  # the modified date matters only to a page stating no publication date
    if json_ld := _json_ld(tree, nodes.scripts):
        meta["json_ld"] = json_ld
    if lang := _html_lang(tree):
        meta["html_lang"] = lang
    if canonical := _first_attr(tree, 'link[rel="canonical"]', "href"):
        meta["canonical"] = canonical
    from newsclean.html_dates import localise

    localise(meta, tree)
    return meta
