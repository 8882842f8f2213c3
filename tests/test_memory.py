"""Memory stays flat over a stream of distinct pages: every cache that documents fill has a bound.

The caches remember lines and paragraphs (site furniture repeats across a site's pages).  A stream of
pages that share nothing must not grow them past their bounds, and a cache without a bound may only
be keyed by what is finite (a language, a setting), never by a document's text.
"""

from __future__ import annotations

import random
import sys

from newsclean import pipeline, quotes_tokens, strip

WORDS = ("minister", "said", "the", "council", "would", "vote", "Tuesday", "budget", "Athens", "Berlin", "police",
         "reported", "according", "officials", "agreement", "Mayor", "schools", "week", "der", "die", "und", "mit")
DOCS = 240  #: distinct pages streamed through the whole pipeline
PAGE_LINES = 12  #: lines of one page (a cache may exceed its bound by one page's lines before it forgets)
PAGE_WORDS = 400  #: words of one page, more than it holds
UNBOUNDED_GROWTH = 4  #: entries an unbounded cache may gain over the second half of the stream (it is keyed by languages, settings, data files: not by pages)


def _page(rng: random.Random, n: int) -> dict[str, str]:
    """A page of distinct lines: a headline, a menu, prose paragraphs with a quote, a footer with a number."""
    def sentence(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k)) + f" {rng.randrange(10**6)}."
    lines = [f"Home | News {n} | Sport", sentence(7).capitalize(), *(sentence(rng.randrange(12, 40)) for _ in range(8)),
             f"\u201c{sentence(12)}\u201d said Maria Page{n}.", f"\u00a9 {1990 + n % 30} Example {n}"]
    return {"id": f"p{n}", "text": "\n".join(lines)}


def _caches() -> list[tuple[str, object]]:
    """Every functools cache of a loaded newsclean module, by name."""
    found = []
    for name, mod in list(sys.modules.items()):
        if not name.startswith("newsclean"):
            continue
        for attr, obj in vars(mod).items():
            if callable(getattr(obj, "cache_info", None)) and getattr(obj, "__module__", "") == name:
                found.append((f"{name}.{attr}", obj))
    return found


def _unbounded_sizes() -> dict[str, int]:
    """The size of every cache without a bound."""
    infos = {name: fn.cache_info() for name, fn in _caches()}  # type: ignore[attr-defined]
    return {name: info.currsize for name, info in infos.items() if info.maxsize is None}


def test_distinct_pages_keep_every_cache_bounded(monkeypatch) -> None:
    monkeypatch.setattr(strip, "MEASURE_CACHE_LINES", 100)  # small bounds, so that the stream overflows them
    monkeypatch.setattr(strip, "_CACHE", {})
    monkeypatch.setattr(quotes_tokens, "COMPOUND_CACHE_MAX", 50)
    rng = random.Random(7)
    for n in range(DOCS):
        pipeline.process(_page(rng, n))
        if n == DOCS // 2:
            half = _unbounded_sizes()
    grown = {name: (half.get(name, 0), size) for name, size in _unbounded_sizes().items() if size - half.get(name, 0) > UNBOUNDED_GROWTH}
    assert not grown, f"unbounded caches growing with the pages (keyed by page text?): {grown}"
    assert 0 < sum(map(len, strip._CACHE.values())) <= 100 + PAGE_LINES
    assert all(len(known) <= 50 + PAGE_WORDS for known in quotes_tokens._COMPOUNDS.values())
