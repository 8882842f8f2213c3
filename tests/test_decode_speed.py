"""The decode stage's speed shortcuts give exactly what the plain computations give.

Each fast path (the HTML walk closing elements at their next sibling, class hints cleaned a whole
attribute at a time, ...) is checked against a small, obviously correct reference on invented or
generated input.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import html


def _reference_hint(name: str) -> str:
    """The hint of one class/id name, as the walk defines it: no non-word characters, no digits."""
    return re.sub(r"\d+", "", re.sub(r"[^\w-]+", "", name)).strip("-_")[: html.MAX_HINT_CHARS]


def _reference_path(blocks: list[list[Any]]) -> None:
    """Set the innermost block's path (its last MAX_PATH_DEPTH block ancestors' steps, the root left out) and dom
    chain (every open block's number) the plain way, before ``html._line`` reads them."""
    top, depth = blocks[-1], len(blocks)
    window = blocks[depth - html.MAX_PATH_DEPTH:] if depth > html.MAX_PATH_DEPTH else blocks[1:]
    top[html._PATH] = ">".join(entry[html._STEP] or html._fill_step(entry) for entry in window)
    top[html._DOM] = [entry[html._NUMBER] for entry in blocks]


def _reference_line(lines: list[dict[str, Any]], parts: list[str], link_chars: int, pre: int, blocks: list[list[Any]]) -> tuple[bool, int]:
    _reference_path(blocks)
    return html._line(lines, parts, link_chars, pre, blocks, [entry[html._NUMBER] for entry in blocks])


def _reference_walk(root: Any) -> list[dict[str, Any]]:
    """The walk closing elements by parent ids (one parent lookup per node): the plain reading of the tree."""
    text_id, comment_id = html._node_ids()
    lines: list[dict[str, Any]] = []
    parts: list[str] = []
    solid, link_chars, links, pre, count = False, 0, 0, 0, 0
    blocks: list[list[Any]] = [["body", root, 0, "", None, None]]
    stack, skipped = [(root.mem_id, "")], set()
    for node in islice(root.traverse(include_text=True), 1, None):
        if node.parent.mem_id in skipped:
            skipped.add(node.mem_id)
            continue
        tid = node.tag_id
        if tid == comment_id:
            continue
        tag = "" if tid == text_id else node.tag
        if tag in html.SKIP_TAGS:
            skipped.add(node.mem_id)
            continue
        while stack[-1][0] != node.parent.mem_id:
            ended = stack.pop()[1]
            if ended in html.BLOCK_TAGS:
                if solid:
                    solid, link_chars = _reference_line(lines, parts, link_chars, pre, blocks)
                parts.clear()
                blocks.pop()
            links -= ended == "a"
            pre -= ended in html._PRE_TAGS
        if tid == text_id:
            text = node.text_content or ""
            parts.append(text)
            if text.strip():
                solid = True
                link_chars += len(" ".join(text.split())) if links else 0
            continue
        stack.append((node.mem_id, tag))
        if tag in html._BREAK_TAGS:
            if solid:
                solid, link_chars = _reference_line(lines, parts, link_chars, pre, blocks)
            parts.clear()
            if tag != "br":
                count += 1
                blocks.append([tag, node, count, None, None, None])
        links += tag == "a"
        pre += tag in html._PRE_TAGS
    if solid:
        _reference_line(lines, parts, link_chars, pre, blocks)
    return lines


_PIECES = [
    "<p>", "</p>", "<b>", "</b>", "<a href=x>", "</a>", "<!--c-->", " ", "\n", "x", "y z", "<div class='k-1 a'>",
    "</div>", "<pre>", "</pre>", "<br>", "<script>s</script>", "<img src=i>", "<li>", "</li>", "<ul>", "</ul>",
    "<span>", "</span>", "<table><tr><td>", "</td></tr></table>", "<svg><text>t</text></svg>", "\u00a0", "<h2 id='h'>",
]


def _walks(markup: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    fast, plain = html.parse(markup), html.parse(markup)
    return html.blocks_from_tree(fast.body or fast.root), _reference_walk(plain.body or plain.root)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_the_walk_closes_elements_where_the_parent_walk_does(parts: str) -> None:
    fast, plain = _walks("<body>" + parts + "</body>")
    assert fast == plain


def test_elements_ending_together_and_at_a_skipped_sibling() -> None:
    page = ("<body><div class='a'><section><p>one <a href='#'>two</a></p></section></div><script>x</script>"
            "<p>three</p><pre>four\nfive</pre><ul><li>six<li>seven</ul>eight</body>")
    fast, plain = _walks(page)
    assert fast == plain
    assert [b["text"] for b in fast] == ["one two", "three", "four", "five", "six", "seven", "eight"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab-_Z09:/[]. \t\n\x0b\x0c\r\x1c\x1f\x00\u00e9\u00a0\u0663"), max_size=40))
def test_class_hints_clean_each_name_as_the_reference_does(classes: str) -> None:
    hints = [hint for hint in (_reference_hint(name) for name in classes.split()) if hint]
    assert [hint for hint in html._class_hints(classes) if hint] == hints
    assert html._hint(classes) == _reference_hint(classes)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=300))
def test_feature_counts_equal_numpy_unique(values: list[int]) -> None:
    import numpy as np

    from newsclean import lang

    array = np.array(values, dtype=np.int32)
    index, counts = lang._counted(np, array.copy())
    want_index, want_counts = np.unique(array, return_counts=True)
    assert index.tolist() == want_index.tolist() and counts.tolist() == want_counts.tolist()


def _reference_too_deep(data: bytes, limit: int) -> bool:
    """Container tags nested deeper than ``limit``: the plain scan, no shortcut."""
    depth = 0
    for closing in html._CONTAINER_LOWER.findall(data.lower()):
        depth = depth + 1 if not closing else max(0, depth - 1)
        if depth > limit:
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "</b>", "<SPAN>", "x", "</x>"]), max_size=120),
       st.integers(min_value=1, max_value=12))
def test_too_deep_shortcuts_give_the_plain_answer(pieces: list[str], limit: int) -> None:
    """The "<" and "</" counts only ever skip the scan when no depth can pass the limit (many closing tags too)."""
    data = "".join(pieces).encode()
    assert html._too_deep(data, limit) == _reference_too_deep(data, limit)


_TAG_PIECES = ["<div>", "</DIV>", "<b", "<bx>", "<a_", "<A1>", "<ARTICLE>", "<aside ", "</", "<", "<\u00e9", "<b\u00e9", "</i",
               "<blockquote>", "<blockquotes>", "</em-", "<strong\t", "x", " ", "\u00e9", "<<span>", "</nav>", "<section/>"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TAG_PIECES), max_size=150), st.integers(min_value=0, max_value=12))
def test_vectorised_depth_matches_the_tag_pattern(pieces: list[str], limit: int) -> None:
    """The numpy depth reads the same tags as the regex: names prefixed by longer ones, word bytes after a name,
    upper case, non-ASCII bytes, a "<" or a name at the very end."""
    data = "".join(pieces).encode()
    assert html._too_deep(data, limit) == _reference_too_deep(data, limit)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\u00ad\u200d\x00é"), max_size=30))
def test_spaced_equals_split_and_join(text: str) -> None:
    assert html._spaced(text) == " ".join(text.split())
