"""Author hints in a page's HTML besides <meta name=author> and JSON-LD: the places templates put the byline.

* Yoast-style share labels: ``<meta name="twitter:label1" content="Written by">`` and
  ``twitter:data1`` holding the name (the label in any language: the ``bylines`` data's labels).
* schema.org microdata on visible elements: ``<span itemprop="author"><span itemprop="name">X</span></span>``.
* links to the author's page: ``<a rel="author">X</a>``, ``<a href="/author/x/">X</a>`` (hAtom
  ``vcard fn`` links too): the link text is the name the page shows.
* elements whose class or id says author (``<span class="news-list-author">Erstellt von X</span>``,
  ``<div class="pb-byline">By X</div>``): the short texts are kept raw, split reads the name from
  them in the page's language (the ``bylines`` data's ``authorclass`` / ``notauthorclass`` /
  ``outsideclass`` words say which class words count).

Each is a hint collected into the record's ``meta`` (``author_label``, ``author_microdata``,
``author_link``, ``author_class``); split weighs them (see :func:`newsclean.split_meta.meta_byline`).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Callable

import regex

from newsclean import langdata

MAX_AUTHOR_CHARS = 80  #: a name (or two) is short; a longer link or element text is a teaser or a bio
MAX_SHARE_LABELS = 6  #: twitter:labelN pairs read (Yoast prints 1-2, plugins a few more)
MAX_LINKS = 2000  #: links looked at for an author link (caps the work on link farms)
MAX_CO_AUTHORS = 6  #: author links joined from the first one's element ("X and Y"); more is a list of staff
MAX_MICRODATA = 10  #: itemprop=author elements looked at
MAX_CLASS_ELEMENTS = 200  #: elements with an author class looked at (caps the work on huge listings)
MAX_CLASS_TEXTS = 3  #: author-class texts kept for split (the first may be a label: "Publiziert am")
MAX_CLASS_TEXT_CHARS = 120  #: a byline element's text is short; longer is an author bio or a teaser
MAX_CLASS_TEXT_BUDGET = 100_000  #: characters of element text read in all (nested author-class boxes holding the whole page)
MAX_CLASS_ANCESTORS = 15  #: ancestors checked for a comment list, sidebar or related-articles box
_OUTSIDE_TAGS = frozenset({"footer", "aside", "nav"})  #: an author element inside these is not the article's



@cache
def _author_words() -> tuple[list[str], list[str]]:
    """Every language's ``authorpath`` words (lower case, sorted), and the stems among them (a word another one
    begins is left out: "/autor" finds "/autoren/" too)."""
    words = sorted({row[1].strip("/").lower() for lang in langdata.languages("bylines")
                    for row in langdata.rows("bylines", lang) if len(row) >= 2 and row[0] == "authorpath"})
    return words, [w for w in words if not any(o != w and w.startswith(o) for o in words)]


@cache
def _author_paths() -> tuple[Any, str]:
    """The author-page address pattern and its CSS pre-selection, from every language's ``authorpath`` words.

    An address is ``/<word>/<name-slug>`` with the slug last (``/journalist/2012/x.htm`` is a section);
    the selector (``href`` containing ``/<word>``, or ``rel=author``; a word another one begins is left out, the
    pattern checks each candidate) keeps the walk to the few candidate links.
    """
    words, stems = _author_words()
    href = regex.compile(r"(?i)/(?:" + "|".join(regex.escape(w) for w in words) + r")/[\w%.~-]+/?(?:$|[?#])") if words else None
    selector = ", ".join(['a[rel~="author"]'] + [f'a[href*="/{w}" i]' for w in stems])
    return href, selector


@cache
def _author_stem_pattern() -> tuple[Any, tuple[bytes, ...]]:
    """Any ``/<stem>`` in an ASCII-lowered address (bytes: a case-sensitive ``re`` search, faster than a folding one),
    and each ``/<stem>`` needle: CSS's ``i`` flag folds ASCII letters only."""
    import re

    needles = tuple(f"/{w}".encode() for w in _author_words()[1])
    return (re.compile(b"|".join(re.escape(n) for n in needles)) if needles else None), needles


_CSS_SPACE = regex.compile(rb"[ \t\n\r\f]+")  #: the whitespace that separates the words of ``rel~=``


def _ascii_lower(text: str) -> bytes:
    """Lower case as CSS's ``i`` flag (and HTML's case-insensitive attributes) do: ASCII letters only."""
    return text.encode("utf-8", "surrogatepass").lower()


def _author_link_candidates(root: Any) -> list[Any]:
    """The ``a`` elements under ``root`` that the author-link selector matches, each once per selector it matches,
    in document order, as ``root.css(_author_paths()[1])`` lists them: one ``a`` query and a C regex over all the
    addresses at once (joined by NUL, which no parsed attribute holds) are cheaper than lexbor's walk testing every
    selector of the list on every element, or than lowering and searching each address on its own."""
    links = root.css("a")
    counts = [0] * len(links)
    hrefs: list[str] = []
    for i, node in enumerate(links):
        attrs = node.attributes
        rel, href = attrs.get("rel"), attrs.get("href")
        hrefs.append(href or "")
        if rel and b"author" in _CSS_SPACE.split(_ascii_lower(rel)):  # HTML's rel: case-insensitive
            counts[i] = 1
    for i, count in enumerate(_stem_counts(hrefs)):
        counts[i] += count
    out: list[Any] = []
    for node, count in zip(links, counts):
        if count:
            out.extend([node] * count)
    return out


def _stem_counts(hrefs: list[str]) -> list[int]:
    """How many ``/<stem>`` needles each address holds (ASCII letters folded), found by one C regex over all the
    addresses joined by NUL (the parser turns a NUL in an attribute into U+FFFD; else each is searched alone)."""
    stem_pattern, needles = _author_stem_pattern()
    counts = [0] * len(hrefs)
    if stem_pattern is None or not hrefs:
        return counts
    low = _ascii_lower("\0".join(hrefs))
    if low.count(b"\0") != len(hrefs) - 1:  # never from a parsed page; kept exact all the same
        return [sum(n in h for n in needles) if stem_pattern.search(h := _ascii_lower(href)) else 0 for href in hrefs]
    index, begin, counted = 0, 0, -1  #: the address a match lies in, where it begins, the one counted last
    for match in stem_pattern.finditer(low):
        separators = low.count(b"\0", begin, match.start())  # linear in all: each stretch is counted once
        if separators:
            index += separators
            begin = low.rfind(b"\0", begin, match.start()) + 1
        if index == counted:
            continue  # this address is counted already
        counted = index
        end = low.find(b"\0", begin)
        href = low[begin:] if end < 0 else low[begin:end]
        counts[index] = sum(needle in href for needle in needles)
    return counts


@cache
def _class_words() -> tuple[str, regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """The CSS selector for author-class elements (class only), and the patterns of class words that rule an element out
    (its own class: avatars, bios; an ancestor's: comments, sidebars, related lists), from the bylines data."""
    words: dict[str, set[str]] = {"authorclass": set(), "notauthorclass": set(), "outsideclass": set()}
    for lang in langdata.languages("bylines"):
        for row in langdata.rows("bylines", lang):
            if len(row) >= 2 and row[0] in words:
                words[row[0]].add(row[1].strip().lower())

    def alt(kind: str) -> regex.Pattern[str] | None:
        found = sorted(words[kind], key=len, reverse=True)
        return regex.compile("|".join(regex.escape(w) for w in found)) if found else None

    marks = [w for w in sorted(words["authorclass"]) if not any(o != w and o in w for o in words["authorclass"])]
    selector = ", ".join(f'[class*="{w}" i]' for w in marks)  # "autore" is found by "autor"; ids seldom mark bylines
    return selector, alt("notauthorclass"), alt("outsideclass")


CLASS_PREFIX_CHARS = 3  #: author-class words sharing this many first letters are pre-selected by them in one selector


@cache
def _class_query() -> tuple[str, tuple[bytes, ...]]:
    """A shorter selector finding every author-class element (words sharing their first letters merged: "aut" for
    "auteur", "author", "autor"), and the words themselves, which :func:`_class_candidates` checks."""
    marks = [part.split('"')[1] for part in _class_words()[0].split(", ") if '"' in part]
    groups: dict[str, list[str]] = {}
    for mark in marks:
        groups.setdefault(mark[:CLASS_PREFIX_CHARS] if len(mark) > CLASS_PREFIX_CHARS else mark, []).append(mark)
    selector = ", ".join(f'[class*="{key if len(group) > 1 else group[0]}" i]' for key, group in groups.items())
    return selector, tuple(mark.encode() for mark in marks)


def _class_candidates(root: Any) -> list[Any]:
    """The elements under ``root`` that the author-class selector matches, each once per selector it matches, in
    document order, as ``root.css(_class_words()[0])`` lists them: lexbor's walk costs per selector in the list."""
    selector, marks = _class_query()
    out: list[Any] = []
    last = None
    for node in root.css(selector) if selector else ():
        if node.mem_id == last:  # listed once per merged selector it matches: counted below
            continue
        last = node.mem_id
        low = _ascii_lower(node.attributes.get("class") or "")
        out.extend([node] * sum(mark in low for mark in marks))
    return out


_WS = regex.compile(r"\s+")
_DIGIT = regex.compile(r"\d")


@cache
def _share_labels() -> frozenset[str]:
    """Every language's byline labels and prefixes ("written by", "verfasst von"), folded, colon cut."""
    from newsclean.split_dates import fold

    out: set[str] = set()
    for lang in langdata.languages("bylines"):
        for row in langdata.rows("bylines", lang):
            if len(row) >= 2 and row[0] in ("prefix", "label"):
                out.add(fold(row[1]).rstrip(":：").strip())
    return frozenset(out)


def _text(node: Any) -> str:
    return _WS.sub(" ", node.text(deep=True) or "").strip()


def _name_ok(text: str | None) -> bool:
    return bool(text) and len(text) <= MAX_AUTHOR_CHARS and not _DIGIT.search(text) and "@" not in text


def share_label_author(found: dict[str, str]) -> str | None:
    """The name in a ``twitter:dataN`` whose ``twitter:labelN`` says "Written by" (``found``: meta key -> value)."""
    from newsclean.split_dates import fold

    labels = _share_labels()
    for i in range(1, MAX_SHARE_LABELS + 1):
        label = found.get(f"twitter:label{i}")
        data = found.get(f"twitter:data{i}")
        if label and data and fold(label).rstrip(":：").strip() in labels:
            data = _WS.sub(" ", data).strip()
            if _name_ok(data):
                return data
    return None


def microdata_author(tree: Any, nodes: list[Any] | None = None) -> str | None:
    """The name in a visible ``itemprop="author"`` element (its ``itemprop="name"`` child, else its text);
    ``nodes``: the page's ``[itemprop="author"]`` elements when the caller found them already."""
    for node in (tree.css('[itemprop="author"]') if nodes is None else nodes)[:MAX_MICRODATA]:
        if node.tag == "meta" or node.tag == "link":
            continue
        name = node.css_first('[itemprop="name"]')
        value = None
        if name is not None:
            value = (name.attributes or {}).get("content") or _text(name)
        else:
            value = _text(node)
        value = _WS.sub(" ", value or "").strip(" ,;|")
        if _name_ok(value):
            return value
    return None


def _is_author_link(node: Any) -> bool:
    attrs = node.attributes or {}
    href = _author_paths()[0]
    return "author" in (attrs.get("rel") or "").lower().split() or bool(href is not None and href.search(attrs.get("href") or ""))


def _link_name(node: Any) -> str | None:
    value = _text(node).strip(" ,;|")
    return value if _name_ok(value) and any(c.isalpha() for c in value) else None


class Scope:
    """The page's ``<body>`` and first ``<article>``: one walk of the body answers a query for both.

    The article's matches are the body's matches lying in it (``css`` lists in document order, a node
    once per selector it matches, the scope itself included), so the article is not walked a second time.
    """

    __slots__ = ("article", "body", "_inside")

    def __init__(self, tree: Any, article: Any = False) -> None:
        self.article = tree.css_first("article") if article is False else article  #: ``article``: the first one, if found already
        self.body = tree.body
        self._inside: dict[int, bool] | None = None  #: mem_id -> in the article; None: query each scope
        if self.article is not None and self.body is not None:
            node, body = self.article.parent, self.body.mem_id
            while node is not None and node.mem_id != body:
                node = node.parent
            if node is not None:  # an article outside the body (a frameset page) is queried on its own
                self._inside = {self.article.mem_id: True, body: False}

    def _in_article(self, node: Any) -> bool:
        """Tell whether ``node`` lies in the article (itself included); every ancestor walked is remembered."""
        path: list[int] = []
        known = False
        while node is not None:
            found = self._inside.get(node.mem_id)
            if found is not None:
                known = found
                break
            path.append(node.mem_id)
            node = node.parent
        for mem_id in path:
            self._inside[mem_id] = known
        return known

    def queries(self, selector: str | Callable[[Any], list[Any]], cap: int) -> list[list[Any]]:
        """The matches of ``selector`` (a CSS selector, or a function listing a root's matches as ``css`` would)
        in the article (when there is one), then in the body, each list cut at ``cap``."""
        find = selector if callable(selector) else (lambda root: root.css(selector))
        if self._inside is None:
            return [find(scope)[:cap] for scope in (self.article, self.body) if scope is not None]
        found = find(self.body)
        start = next((i for i, node in enumerate(found) if self._in_article(node)), len(found))
        end = next((i for i in range(start, len(found)) if not self._in_article(found[i])), len(found))
        return [found[start:end][:cap], found[:cap]]  # a subtree's nodes follow each other in document order


def link_author(tree: Any, scope: Scope | None = None) -> str | None:
    """The text of the first link to an author page (``rel="author"`` or an /author/ address), in the article
    if one is marked; the other author links beside it ("X and Y", two links in one element) join it."""
    selector = _author_paths()[1]
    for links in (scope or Scope(tree)).queries(_author_link_candidates, MAX_LINKS):
        for node in links:
            if not _is_author_link(node) or not (name := _link_name(node)):
                continue
            names = [name]
            parent = node.parent
            for other in (parent.css(selector)[:MAX_LINKS] if parent is not None else ()):
                other_name = _link_name(other) if _is_author_link(other) else None
                if other_name and other_name not in names and len(names) < MAX_CO_AUTHORS:
                    names.append(other_name)
            return ", ".join(names)
    return None


def _marks(node: Any) -> str:
    attrs = node.attributes or {}
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def _outside(node: Any, outside: regex.Pattern[str] | None) -> bool:
    """Tell whether an element lies in page furniture: a footer, aside or nav, or a comment/sidebar/related box."""
    parent = node.parent
    for _ in range(MAX_CLASS_ANCESTORS):
        if parent is None or parent.tag in ("body", "html"):
            return False
        if parent.tag in _OUTSIDE_TAGS or (outside is not None and outside.search(_marks(parent))):
            return True
        parent = parent.parent
    return False


def class_authors(tree: Any, scope: Scope | None = None) -> list[str]:
    """The short texts of the first elements whose class or id says author ("news-list-author", "pb-byline"),
    in the article if one is marked; avatars, bios, comments and sidebars are skipped.  Kept raw: split reads
    the name in the page's language."""
    selector, not_author, outside = _class_words()
    if not selector:
        return []
    out: list[str] = []
    budget = MAX_CLASS_TEXT_BUDGET
    for nodes in (scope or Scope(tree)).queries(_class_candidates, MAX_CLASS_ELEMENTS):
        for node in nodes:
            if node.tag in ("meta", "link", "img", "script", "style") or (not_author and not_author.search(_marks(node))):
                continue
            text = node.text(deep=True) or ""
            budget -= len(text)
            if budget < 0:
                return out
            text = _WS.sub(" ", text).strip() if len(text) <= 4 * MAX_CLASS_TEXT_CHARS else ""
            if not text or len(text) > MAX_CLASS_TEXT_CHARS or text in out or _outside(node, outside):
                continue
            out.append(text)
            if len(out) >= MAX_CLASS_TEXTS:
                return out
        if out:
            return out
    return out


def author_hints(tree: Any, found: dict[str, str], article: Any = False, microdata: list[Any] | None = None) -> dict[str, Any]:
    """Collect the author hints of a page: ``author_label``, ``author_microdata``, ``author_link``,
    ``author_class`` (a list of raw texts); missing ones omitted.  ``article`` (the first <article> or None) and
    ``microdata`` (the ``[itemprop="author"]`` elements): given when the caller's one walk found them."""
    scope = Scope(tree, article)
    out = {"author_label": share_label_author(found), "author_microdata": microdata_author(tree, microdata),
           "author_link": link_author(tree, scope), "author_class": class_authors(tree, scope)}
    return {k: v for k, v in out.items() if v}
