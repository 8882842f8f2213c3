"""Bylines the HTML marks: a block whose class or id names the author ("author", "byline", "autor" ...).

Split reads the author from the text's shape first; a paragraph or block the markup names
the author's is the next best source (split_layout and split use these).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from newsclean import split_credits as credits
from newsclean.split_lead import last_steps

AUTHOR_BLOCK_SCAN = 5000  #: HTML blocks searched for one marked as the author
AUTHOR_SCAN = 60  #: paragraphs searched for a block marked as the byline (HTML class/id hints)
_AUTHOR_PATH = regex.compile(r"(?i)author|byline|writer|autor|reporter|verfasser|creator")


def marked_byline(paras: Sequence[str], paths: Sequence[str], lang: str | None) -> str | None:
    """Return a short paragraph whose HTML block is marked as the author (class/id hints)."""
    for i in range(min(len(paras), AUTHOR_SCAN)):
        if paths[i] and _AUTHOR_PATH.search(last_steps(paths[i])):
            found = credits.names_only(paras[i], lang)
            if found:
                return found
    return None


def marked_block_byline(blocks: Any, lang: str | None, single: bool = False) -> str | None:
    """Return the names in the first HTML block marked as the author (class/id: author, byline ...).

    With ``single``, a block holding one name ("Paddy") counts too: a last resort, labels stand alone in such blocks.
    """
    if not isinstance(blocks, list):
        return None
    marked: dict[str, bool] = {}  # many blocks share a path (menu items): test each path once, before the text
    for block in blocks[:AUTHOR_BLOCK_SCAN]:
        path = block.get("path") if isinstance(block, dict) else None
        if not isinstance(path, str):
            continue
        is_marked = marked.get(path)
        if is_marked is None:
            is_marked = marked[path] = bool(_AUTHOR_PATH.search(last_steps(path, 3)))
        text = block.get("text") if is_marked else None
        if not isinstance(text, str) or len(text) > 2 * credits.MAX_BYLINE_CHARS:
            continue
        text = text.strip()
        if len(text) > credits.MAX_BYLINE_CHARS:
            continue
        found = credits.marked_name(text, lang, single)
        if found:
            return found
    return None
