"""Site profiles: lines that recur across many pages of one site are that site's furniture.

``learn_profile`` runs the ordinary strip decision on every page first, then counts,
for each distinct line (casefolded, whitespace collapsed), on how many pages it occurs
and where.  A line is learnt as boilerplate when it occurs on at least ``min_pages``
pages and on at least ``MIN_PAGE_SHARE`` of them, AND it is not article text there:

* it falls outside the article run on most of the pages where it occurs
  (``OUTSIDE_SHARE``), or
* it is a short line in the middle of the article (not among the first or last
  ``EDGE_LINES`` lines, where headlines, bylines and source credits live) on at least
  ``INSIDE_PAGE_SHARE`` of all pages.

Article prose is never learnt: a recurring quote or a repeated paragraph is "good"
text inside the article, which neither rule accepts; a byline or a credit line
(`Πηγή: ΑΠΕ-ΜΠΕ`) sits at the article's edges, which the second rule leaves alone.
The profile is a small, human-readable JSON file, written atomically, reusable from cron.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

MIN_PAGES = 5  #: a line must occur on at least this many pages to be learnt
MIN_PAGE_SHARE = 0.2  #: ... and on at least this share of the pages
OUTSIDE_SHARE = 0.8  #: ... and be outside the article on this share of its pages, or
INSIDE_PAGE_SHARE = 0.5  #: ... be a short mid-article line on this share of ALL pages
EDGE_LINES = 3  #: lines this close to the article's start or end are never learnt by the inside rule
MAX_KEY_CHARS = 300  #: longer lines are not learnt (site furniture is short)
FORMAT_VERSION = 1


def line_key(text: str) -> str:
    """Normalise a line for profile matching: casefolded, whitespace collapsed."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True)
class Profile:
    """A site's learnt boilerplate lines, with on how many pages each was seen."""

    lines: dict[str, int] = field(default_factory=dict)  #: line key -> pages it was seen on
    pages: int = 0  #: pages the profile was learnt from

    def matches(self, text: str) -> bool:
        """Tell whether a line is one of the site's learnt boilerplate lines."""
        return line_key(text) in self.lines

    def to_json(self) -> str:
        """Serialise as readable JSON: one learnt line per entry, most frequent first."""
        items = sorted(self.lines.items(), key=lambda kv: (-kv[1], kv[0]))
        doc = {
            "format": "newsclean-strip-profile",
            "version": FORMAT_VERSION,
            "pages": self.pages,
            "lines": [{"text": k, "pages": n} for k, n in items],
        }
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the profile atomically (temp file in the same folder, then os.replace)."""
        from newsclean.outputs import atomic_write

        atomic_write(Path(path), self.to_json().encode("utf-8"))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Profile:
        """Read a profile file written by :meth:`save` (or edited by hand)."""
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("lines"), list):
            raise ValueError(f"{path}: not a newsclean strip profile (no 'lines' list)")
        lines: dict[str, int] = {}
        for entry in doc["lines"]:
            text = entry.get("text") if isinstance(entry, dict) else entry
            if isinstance(text, str) and text.strip():
                n = entry.get("pages", 1) if isinstance(entry, dict) else 1
                lines[line_key(text)] = int(n) if isinstance(n, int) else 1
        pages = doc.get("pages")
        return cls(lines=lines, pages=pages if isinstance(pages, int) else 0)


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> Profile:
    return Profile.load(path)


def load_cached(path: str) -> Profile:
    """Load a profile once per process (reloaded when the file changes)."""
    return _load(path, os.stat(path).st_mtime)


def _page_positions(text: str) -> tuple[set[str], set[str], set[str]]:
    """Run strip's decision on one page: (all keys, keys outside the article, short mid-article keys)."""
    from newsclean import strip

    record = {"id": "", "text": text}
    verdict = strip.explain(record, strip.Options(profile=None))
    kept = [i for i, v in enumerate(verdict) if v["keep"]]
    lo, hi = (kept[0], kept[-1]) if kept else (0, -1)
    all_keys: set[str] = set()
    outside: set[str] = set()
    middle: set[str] = set()
    for i, v in enumerate(verdict):
        key = line_key(v["text"])
        if len(key) > MAX_KEY_CHARS:
            continue
        all_keys.add(key)
        if i < lo or i > hi:
            outside.add(key)
        elif lo + EDGE_LINES <= i <= hi - EDGE_LINES and v["reason"] in ("article", "") and len(key) < 80:
            middle.add(key)
    return all_keys, outside, middle


def learn_profile(texts: Iterable[str], *, min_pages: int = MIN_PAGES) -> Profile:
    """Learn a site profile from many pages of one site: lines recurring as non-article text."""
    seen: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    middle: Counter[str] = Counter()
    pages = 0
    for text in texts:
        pages += 1
        a, o, m = _page_positions(text)
        seen.update(a)
        outside.update(o)
        middle.update(m)
    need = max(min_pages, MIN_PAGE_SHARE * pages)
    learnt: dict[str, int] = {}
    for key, n in seen.items():
        if n < need:
            continue
        if outside[key] >= OUTSIDE_SHARE * n or middle[key] >= INSIDE_PAGE_SHARE * pages:
            learnt[key] = n
    return Profile(lines=learnt, pages=pages)
