"""HTML -> text blocks (one per paragraph line) with tag, link density and ancestor path.

selectolax's lexbor parser builds the tree (fast, HTML5-correct, never
recurses in Python); the walk below is iterative, so 60 000 nested ``<div>``
cost time, not the stack.  Invisible and non-content elements are skipped
whole (script, style, noscript, template, svg, iframes, form controls,
``hidden``/``display:none``/``aria-hidden``), block elements and ``<br>``
end a line, inline elements flow into the current line.  Page metadata for
split lives in :mod:`newsclean.html_meta`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

MAX_PATH_DEPTH = 4  #: ancestors kept in a block's path (``article>div.content>p``)
MAX_HINT_CLASSES = 2  #: class names kept per path step
MAX_HINT_CHARS = 40  #: a class/id hint longer than this is cut (generated class names)
MAX_NESTING = 1_000  #: container tags nested deeper than this are dropped before parsing (lexbor is quadratic in depth)
FORM_MIN_PARAGRAPHS = 3  #: a <form> with at least this many <p> is a page wrapper (ASP.NET), not a form

SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object",
    "embed", "canvas", "input", "select", "option", "optgroup", "textarea", "button", "datalist",
    "head", "title", "meta", "link", "base", "audio", "video", "source", "track", "map", "dialog",
    "-comment", "-doctype", "img", "picture",
})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
    "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "td", "th", "tr", "table", "thead", "tbody", "tfoot",
    "caption", "blockquote", "pre", "figure", "figcaption", "address", "hr", "form", "fieldset",
    "legend", "details", "summary", "center", "body", "html", "menu", "hgroup", "noframes",
    "dir", "listing", "plaintext", "xmp", "output",
})
_HIDDEN_SELECTOR = "[hidden], [aria-hidden], [style]"  #: candidates; _is_hidden decides
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_HINT_CLEAN = regex.compile(r"[^\w-]+")
_DIGITS = regex.compile(r"\d+")
_HINT_CLEAN_ASCII = re.compile(r"[^\w-]+", re.ASCII)
_DIGITS_ASCII = re.compile(r"[0-9]+")
_CONTAINERS = "div|span|section|article|table|ul|ol|blockquote|font|b|i|em|strong|a|main|aside|header|footer|nav"
_CONTAINER_TAG = re.compile(rf"<(/?)(?:{_CONTAINERS})\b[^<>]{{0,2000}}>", re.IGNORECASE)
_CONTAINER_OPEN = re.compile(rf"<(?:{_CONTAINERS})\b", re.IGNORECASE)  #: counts at least every opening container tag


@dataclass(slots=True)
class _Walk:
    """State of one walk: finished lines, the line being built, the open block elements."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    blocks: list[list[Any]] = field(default_factory=list)  #: [tag, node, path step, path] of open blocks (None until needed)
    links: int = 0  #: depth of open <a> elements
    pre: int = 0  #: depth of open <pre> elements


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


@lru_cache(maxsize=8192)
def _hint(name: str) -> str:
    """A class/id as a hint: no digits (``menu-item-6211`` -> ``menu-item``: generated ids vary per page).

    Cached: class names repeat within and across pages of a site.  ASCII names go through stdlib
    ``re`` (same classes as ``regex`` on ASCII, several times faster on short strings).
    """
    if name.isascii():
        return _DIGITS_ASCII.sub("", _HINT_CLEAN_ASCII.sub("", name)).strip("-_")[:MAX_HINT_CHARS]
    return _DIGITS.sub("", _HINT_CLEAN.sub("", name)).strip("-_")[:MAX_HINT_CHARS]


def _step_name(tag: str, attrs: dict[str, str | None]) -> str:
    """``div.content.main`` / ``div#story``: the tag with its id or first class names as hints."""
    ident = _hint(attrs.get("id") or "")
    if ident:
        return f"{tag}#{ident}"
    classes = [_hint(c) for c in (attrs.get("class") or "").split()]
    classes = [c for c in classes if c][:MAX_HINT_CLASSES]
    return ".".join([tag, *classes])


def _flush(walk: _Walk) -> None:
    """End the current line: store it as a block when it has text."""
    if not walk.parts:
        return
    raw = "".join(walk.parts)
    walk.parts.clear()
    link_chars, walk.link_chars = walk.link_chars, 0
    pieces = raw.split("\n") if walk.pre else (raw,)
    texts = [t for t in (" ".join(piece.split()) for piece in pieces) if t]
    if not texts:
        return
    tag = walk.blocks[-1][0] if walk.blocks else "body"
    path = _path(walk.blocks)
    density = round(min(1.0, link_chars / max(1, sum(len(t) for t in texts))), 3)
    for text in texts:
        walk.lines.append({"text": text, "tag": tag, "link_density": density, "path": path})


def _path(blocks: list[list[Any]]) -> str:
    """The ancestor path of the innermost open block, kept on it: blocks below it cannot change while it is open."""
    if not blocks:
        return ""
    top = blocks[-1]
    if top[3] is None:
        top[3] = ">".join(_path_step(entry) for entry in blocks[-MAX_PATH_DEPTH:])
    return str(top[3])


def _path_step(entry: list[Any]) -> str:
    """The path step of an open block, computed when first needed (most blocks never are)."""
    if entry[2] is None:
        entry[2] = _step_name(entry[0], entry[1].attributes or {})
    return str(entry[2])


def _add_text(walk: _Walk, text: str) -> None:
    if not text:
        return
    walk.parts.append(text)
    if walk.links:
        walk.link_chars += len(" ".join(text.split()))


def _skip(node: Any, tag: str) -> bool:
    if tag in SKIP_TAGS:
        return True
    return tag == "form" and len(node.css("p")) < FORM_MIN_PARAGRAPHS


def drop_invisible(tree: Any) -> None:
    """Remove non-content and hidden elements in C (lexbor), so the Python walk never visits them."""
    tree.strip_tags(sorted(t for t in SKIP_TAGS if not t.startswith("-")), recursive=True)
    for node in tree.css(_HIDDEN_SELECTOR):
        if _is_hidden(node.attributes or {}):
            node.decompose()


def _enter(walk: _Walk, node: Any, tag: str) -> bool:
    """Handle an element's start; return False when its subtree is skipped."""
    if tag == "-text":
        _add_text(walk, node.text_content or "")
        return False
    if _skip(node, tag):
        return False
    if tag == "br":
        _flush(walk)
        return False
    if tag in BLOCK_TAGS:
        _flush(walk)
        walk.blocks.append([tag, node, None, None])
    elif tag == "a":
        walk.links += 1
    if tag in ("pre", "textarea", "listing", "xmp"):
        walk.pre += 1
    return True


def _exit(walk: _Walk, tag: str) -> None:
    if tag in BLOCK_TAGS:
        _flush(walk)
        if walk.blocks:
            walk.blocks.pop()
    elif tag == "a":
        walk.links = max(0, walk.links - 1)
    if tag in ("pre", "textarea", "listing", "xmp"):
        walk.pre = max(0, walk.pre - 1)


def blocks_from_tree(root: Any) -> list[dict[str, Any]]:
    """Walk the tree under ``root`` (iteratively) and return its text lines as blocks."""
    walk = _Walk()
    node = root.child if root is not None else None
    stack: list[tuple[Any, str]] = []
    while node is not None:
        tag = node.tag or ""
        entered = _enter(walk, node, tag)
        if entered and node.child is not None:
            stack.append((node, tag))
            node = node.child
            continue
        if entered:
            _exit(walk, tag)
        while node.next is None and stack:
            node, parent_tag = stack.pop()
            _exit(walk, parent_tag)
        node = node.next
    _flush(walk)
    return walk.lines


def flatten_deep_nesting(markup: str, limit: int = MAX_NESTING) -> str:
    """Drop container tags nested deeper than ``limit`` (their text stays): lexbor is quadratic in depth."""
    if len(_CONTAINER_OPEN.findall(markup)) <= limit:
        return markup  # at most ``limit`` opening tags: no depth can pass the limit
    depth = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group(1):  # closing tag
            depth = max(0, depth - 1)
            return match.group() if depth < limit else " "
        depth += 1
        return match.group() if depth <= limit else " "

    return _CONTAINER_TAG.sub(keep, markup)


def parse(markup: str) -> Any:
    """Parse HTML with selectolax's lexbor backend (the fast, HTML5-conformant one)."""
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(flatten_deep_nesting(markup))


def extract(markup: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Turn an HTML page into its text blocks and its page metadata."""
    from newsclean.html_meta import page_meta

    tree = parse(markup)
    meta = page_meta(tree)
    drop_invisible(tree)
    return blocks_from_tree(tree.body or tree.root), meta
