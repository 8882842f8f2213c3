"""HTML -> text blocks (one per paragraph line) with tag, link density, ancestor path and DOM chain.

selectolax's lexbor parser builds the tree (fast, HTML5-correct, never
recurses in Python); the walk below follows lexbor's own pre-order traversal
(one Python step per node, no recursion), so 60 000 nested ``<div>`` cost
time, not the stack.  Each block carries:

- ``tag``: its innermost block element (``p``, ``li``, ``h2``, ``div``; ``body`` for loose text);
- ``link_density``: the share of its characters inside ``<a>``;
- ``path``: its last MAX_PATH_DEPTH block ancestors with class/id hints (``article.story>div.content>p``);
- ``dom``: the numbers of all its block ancestors, outermost first, itself last (``[0, 3, 17, 18]``;
  ``0`` is ``<body>``): blocks sharing a number lie in the same element, so strip can find the
  element that holds the article however deep it is.  Invisible and non-content elements are skipped
whole (script, style, noscript, template, svg, iframes, form controls,
``hidden``/``display:none``/``aria-hidden``), block elements and ``<br>``
end a line, inline elements flow into the current line.  ``<noscript>``,
hidden elements and forms that do not wrap the page are removed before the
walk by :mod:`newsclean.html_drop`.  Page metadata for split lives in
:mod:`newsclean.html_meta`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

import regex

MAX_PATH_DEPTH = 4  #: ancestors kept in a block's path (``article>div.content>p``)
MAX_HINT_CLASSES = 2  #: class names kept per path step
MAX_HINT_CHARS = 40  #: a class/id hint longer than this is cut (generated class names)
MAX_NESTING = 1_000  #: container tags nested deeper than this are dropped before parsing (lexbor is quadratic in depth)
#: a page with more than this many times MAX_NESTING "<" goes straight to the tag scan (counting its "</", several times
#: slower than counting "<", cannot stop it: none of 441 such dev pages had MAX_NESTING opening tags or fewer)
OPENING_BOUND_FACTOR = 2
#: parse as a browser with scripting on: <noscript> content is raw text (what readers see), never markup
#: that can leave elements open over the page that follows
SCRIPTING = True

SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object",
    "embed", "canvas", "input", "select", "option", "optgroup", "textarea", "button", "datalist",
    "head", "title", "meta", "link", "base", "audio", "video", "source", "track", "map", "dialog",
    "-comment", "-doctype", "img", "picture",
    "rt", "rp",  # ruby annotations (furigana, pinyin) read aloud, not part of the sentence
})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
    "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "td", "th", "tr", "table", "thead", "tbody", "tfoot",
    "caption", "blockquote", "pre", "figure", "figcaption", "address", "hr", "form", "fieldset",
    "legend", "details", "summary", "center", "body", "html", "menu", "hgroup", "noframes",
    "dir", "listing", "plaintext", "xmp", "output",
})
_BREAK_TAGS = BLOCK_TAGS | {"br"}  #: elements that end the current line
_PRE_TAGS = frozenset({"pre", "textarea", "listing", "xmp"})
_HINT_CLEAN = regex.compile(r"[^\w-]+")
_DIGITS = regex.compile(r"\d+")
_CONTAINERS = "div|span|section|article|table|ul|ol|blockquote|font|b|i|em|strong|a|main|aside|header|footer|nav"
_CONTAINER_TAG = re.compile(rf"<(/?)(?:{_CONTAINERS})\b[^<>]{{0,2000}}>", re.IGNORECASE)
_CONTAINER_LOWER = re.compile(rf"<(/?)(?:{_CONTAINERS})\b".encode())  #: container tags in lower-cased markup


_HINT_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-")  #: what an ASCII hint keeps
_NOT_IN_HINT = bytes(b for b in range(128) if b not in _HINT_BYTES)  #: ASCII ``[^\w-]`` and digits: deleted
_NOT_IN_HINTS = bytes(b for b in _NOT_IN_HINT if not chr(b).isspace())  #: the same, keeping what ``str.split`` splits on


@lru_cache(maxsize=8192)
def _hint(name: str) -> str:
    """A class/id as a hint: no digits (``menu-item-6211`` -> ``menu-item``: generated ids vary per page).

    Cached: class names repeat within and across pages of a site.  ASCII names lose their non-word
    characters and digits in one ``bytes.translate`` (in C; the same as ``regex`` on ASCII).
    """
    if name.isascii():
        return name.encode("ascii").translate(None, _NOT_IN_HINT).decode("ascii").strip("-_")[:MAX_HINT_CHARS]
    return _DIGITS.sub("", _HINT_CLEAN.sub("", name)).strip("-_")[:MAX_HINT_CHARS]


def _class_hints(classes: str) -> list[str]:
    """The class attribute's names as hints, in order (a name with no hint may give "" or nothing), ASCII all at once.

    Most class strings are new to the cache (sites differ): one ``bytes.translate`` of the whole
    attribute, then ``split``, is several times cheaper than cleaning each name.
    """
    if classes.isascii():
        return [name.strip("-_")[:MAX_HINT_CHARS] for name in classes.encode("ascii").translate(None, _NOT_IN_HINTS).decode("ascii").split()]
    return [_hint(name) for name in classes.split()]


@lru_cache(maxsize=16_384)
def _step(tag: str, ident: str | None, classes: str | None) -> str:
    """``div.content.main`` / ``div#story``: the path step of a tag with this id and class (cached: sites repeat them).

    Only the first MAX_HINT_CLASSES classes with a hint are read (utility-class pages carry dozens).
    """
    if ident:
        hint = _hint(ident)
        if hint:
            return f"{tag}#{hint}"
    if not classes:
        return tag
    names = [tag]
    for hint in _class_hints(classes):
        if hint:
            names.append(hint)
            if len(names) > MAX_HINT_CLASSES:
                break
    return ".".join(names)


# An open block element of the walk is a list [tag, node, number, step, path, dom]; the path step, path and dom
# chain are filled in when a line of it or of a child is stored (most block elements hold none).
_TAG, _NODE, _NUMBER, _STEP, _PATH, _DOM = range(6)
_NEVER = -1  #: the end of an element that lasts to the end of the walk (no memory id is -1)


def _fill_step(entry: list[Any]) -> str:
    """The path step of an open block (``div.content``), read from its attributes once and kept on it."""
    attrs = entry[_NODE].attributes
    step = entry[_STEP] = _step(entry[_TAG], attrs.get("id"), attrs.get("class")) if attrs else entry[_TAG]
    return step  # type: ignore[no-any-return]


def _spaced(text: str) -> str:
    """``" ".join(text.split())`` without splitting when the stripped text holds no whitespace but single spaces
    (most lines): a printable string's only whitespace is " " (every other ``isspace`` character is unprintable)."""
    text = text.strip()
    return text if text.isprintable() and "  " not in text else " ".join(text.split())


def _line(lines: list[dict[str, Any]], parts: list[str], link_chars: int, pre: int, blocks: list[list[Any]], numbers: list[int]) -> tuple[bool, int]:
    """Store the text gathered since the last line break as blocks (one per line of a <pre>).

    The innermost open block's path (the steps of its last MAX_PATH_DEPTH block ancestors, itself
    included, the root left out) and dom chain (``numbers``: every open block's number) are kept on
    it: they cannot change while it is open.  Returns the walk's fresh ``solid`` flag and link
    character count (False, 0).
    """
    if pre:
        texts = [t for t in (" ".join(piece.split()) for piece in "".join(parts).split("\n")) if t]
        if not texts:
            return False, 0
        size = sum(map(len, texts))
    else:
        text = _spaced("".join(parts))
        if not text:
            return False, 0
        texts, size = (text,), len(text)
    top = blocks[-1]
    path = top[_PATH]
    if path is None:
        window = blocks[-MAX_PATH_DEPTH:] if len(blocks) > MAX_PATH_DEPTH else blocks[1:]
        path = top[_PATH] = ">".join([entry[_STEP] or _fill_step(entry) for entry in window])
        top[_DOM] = numbers[:]
    density = (round(link_chars / size, 3) if link_chars < size else 1.0) if link_chars else 0.0
    tag, dom = top[_TAG], top[_DOM]
    for text in texts:
        lines.append({"text": text, "tag": tag, "link_density": density, "path": path, "dom": dom})
    return False, 0


@lru_cache(maxsize=1)
def _node_ids() -> tuple[int, int]:
    """Return lexbor's tag ids of text and comment nodes (read once from a tiny parsed page)."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(b"<body>x<!---->").body
    text = body.child
    return text.tag_id, text.next.tag_id


# What the walk does with an element, by its tag (ordered: every kind from _BLOCK up is a block element).
_INLINE, _BR, _LINK, _BLOCK, _PRE, _SKIP = range(6)


def _kind(tag: str) -> int:
    """The walk's kind of a tag: skipped whole, a block (a <pre>-like one apart), a line break, a link, or inline."""
    if tag in SKIP_TAGS:
        return _SKIP
    if tag in BLOCK_TAGS:
        return _PRE if tag in _PRE_TAGS else _BLOCK
    return _BR if tag == "br" else _LINK if tag == "a" else _INLINE


# An element ends where the walk reaches its next sibling, or its parent's end when it is the last child
# (read once, when the element opens): the walk compares each node's memory id with the innermost open
# element's end, without building every node's parent.  Whitespace-only text and comments add nothing
# that a stored line keeps (a line is re-spaced), so closing there or at the next node is the same.
# A SKIP_TAGS element and all inside it are passed over up to its end.  The line flush is inlined (hot loop).
def blocks_from_tree(root: Any) -> list[dict[str, Any]]:
    """Walk the tree under ``root`` once, in lexbor's own pre-order, and return its text lines as blocks."""
    if root is None:
        return []
    text_id, comment_id = _node_ids()
    kinds: dict[int, int] = {comment_id: _SKIP}  #: tag id -> what the walk does (lexbor numbers custom tags per document)
    names: dict[int, str] = {}  #: tag id -> tag name, of the block elements
    lines: list[dict[str, Any]] = []
    parts: list[str] = []  #: text since the last line break; a line is stored only when `solid`
    solid, link_chars, links, pre, count = False, 0, 0, 0, 0
    blocks, numbers = [["body", root, 0, "", None, None]], [0]  #: the open blocks; their numbers (the innermost one's dom chain)
    end, skip_end = _NEVER, None  #: where the innermost open element ends; where the skipped element ends
    stack: list[tuple[int, int]] = []  #: open elements: (the end of the element around it, kind)
    push, pop, add = stack.append, stack.pop, parts.append
    for node in islice(root.traverse(include_text=True), 1, None):  # after the root itself
        mem_id = node.mem_id
        if skip_end is not None and mem_id != skip_end:
            continue
        skip_end = None
        while mem_id == end:  # the open elements ending here
            end, ended = pop()
            if ended >= _BLOCK:
                if solid:
                    solid, link_chars = _line(lines, parts, link_chars, pre, blocks, numbers)
                parts.clear()
                del blocks[-1], numbers[-1]
                pre -= ended == _PRE
            elif ended == _LINK:
                links -= 1
        tid = node.tag_id
        if tid == text_id:
            text = node.text_content
            add(text)
            if text and not text.isspace():
                solid = True
                if links:
                    link_chars += len(_spaced(text))
            continue
        kind = kinds.get(tid)  # a comment is skipped: its end is the next node
        if kind is None:
            kind = kinds[tid] = _kind(names.setdefault(tid, node.tag))
        after = node.next
        if kind == _SKIP:
            skip_end = after.mem_id if after is not None else end
            continue
        push((end, kind))
        end = after.mem_id if after is not None else end
        if kind == _INLINE or kind == _LINK:
            links += kind == _LINK
            continue
        if solid:
            solid, link_chars = _line(lines, parts, link_chars, pre, blocks, numbers)
        parts.clear()
        if kind != _BR:
            numbers.append(count := count + 1)
            blocks.append([names[tid], node, count, None, None, None])
            pre += kind == _PRE
    if solid:
        _line(lines, parts, link_chars, pre, blocks, numbers)
    return lines


def _too_deep(data: bytes, limit: int) -> bool:
    """Tell whether container tags nest deeper than ``limit``: cheap bounds first, then one scan.

    Works on the UTF-8 bytes (encoded once, for lexbor too): "<" is counted by numpy (vectorised, several
    times cheaper than ``bytes.count``); a case-sensitive scan of ``bytes.lower()`` is about twice as fast
    as a ``re.IGNORECASE`` scan of the text.
    """
    import numpy as np

    brackets = int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == 60))  # "<"
    if brackets <= limit:
        return False
    if brackets <= OPENING_BOUND_FACTOR * limit and brackets - data.count(b"</") <= limit:  # an opening tag: a "<" not before "/"
        return False
    tags = _CONTAINER_LOWER.findall(data.lower())
    if len(tags) <= limit:  # at most ``limit`` container tags: no depth can pass it
        return False
    if len(tags) - tags.count(b"/") <= limit:  # at most ``limit`` opening tags: no depth can pass it
        return False
    depth = 0
    for closing in tags:  # no max() calls, and out at the first tag past the limit (speed)
        if not closing:
            depth += 1
            if depth > limit:
                return True
        elif depth:
            depth -= 1
    return False


def flatten_deep_nesting(markup: str, limit: int = MAX_NESTING) -> str:
    """Drop container tags nested deeper than ``limit`` (their text stays): lexbor is quadratic in depth."""
    if not _too_deep(markup.encode("utf-8", "surrogatepass"), limit):
        return markup
    return _flatten(markup, limit)


def _flatten(markup: str, limit: int) -> str:
    """Replace the container tags below depth ``limit`` by a space."""
    depth = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group(1):  # closing tag
            depth = max(0, depth - 1)
            return match.group() if depth < limit else " "
        depth += 1
        return match.group() if depth <= limit else " "

    return _CONTAINER_TAG.sub(keep, markup)


def utf8(markup: str) -> tuple[bytes, bool]:
    """A page's UTF-8 bytes for lexbor, and whether it held lone surrogates (JSON ``"\\ud800"``): each becomes one
    U+FFFD (lexbor would read its three surrogatepass bytes as three).  The strict encode costs what any encode does."""
    try:
        return markup.encode("utf-8"), False
    except UnicodeEncodeError:
        from newsclean.decode import replace_surrogates

        return replace_surrogates(markup)[0].encode("utf-8"), True


def parse(markup: str) -> Any:
    """Parse HTML with selectolax's lexbor backend (the fast, HTML5-conformant one), from UTF-8 bytes encoded once.

    Parsed as a browser that runs scripts does (SCRIPTING): a ``<noscript>``'s content is one text node
    up to ``</noscript>``, so an unclosed ``<div>`` inside it cannot swallow the rest of the page, and a
    tracking ``<img>`` in a ``<noscript>`` of ``<head>`` no longer ends ``<head>`` early.
    """
    return _parse(markup, utf8(markup)[0])


def _parse(markup: str, data: bytes) -> Any:
    """Parse ``data`` (``markup``'s bytes from :func:`utf8`), its deep nesting flattened first."""
    from selectolax.lexbor import LexborHTMLParser

    if _too_deep(data, MAX_NESTING):
        data = utf8(_flatten(markup, MAX_NESTING))[0]
    return LexborHTMLParser(data, scripting=SCRIPTING)


class Page(NamedTuple):
    """What :func:`extract_page` reads from a page."""

    blocks: list[dict[str, Any]]  #: its text lines as blocks
    meta: dict[str, Any]  #: its page metadata (:func:`newsclean.html_meta.page_meta`)
    surrogates: bool  #: lone surrogates in the markup were replaced, one U+FFFD each


def extract(markup: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Turn an HTML page into its text blocks and its page metadata."""
    page = extract_page(markup)
    return page.blocks, page.meta


def extract_page(markup: str) -> Page:
    """Turn an HTML page into its text blocks and page metadata, saying whether lone surrogates were replaced."""
    from newsclean.html_drop import drop_invisible, drop_noscript
    from newsclean.html_meta import page_meta

    data, surrogates = utf8(markup)
    tree = _parse(markup, data)
    drop_noscript(tree)
    meta = page_meta(tree)
    root = tree.body or tree.root
    if root is not None:
        drop_invisible(root)
    return Page(blocks_from_tree(root), meta, surrogates)
