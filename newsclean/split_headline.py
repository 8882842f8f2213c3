"""Headline and lead for the split stage: weigh page metadata against the shape of the text.

With HTML metadata, JSON-LD ``headline``, ``og:title``, ``<h1>`` blocks and ``<title>`` (minus
the site name) vote; the version found in the text wins.  Without metadata the headline is the
headline-shaped line that best opens the article: many prose characters follow it, it is not
itself inside prose, it may repeat, an ``<h1>`` or a title-like first line agrees with it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import regex

MAX_HEADLINE_WORDS = 30  #: longer lines are prose, not headlines
MAX_HEADLINE_CHARS = 250  #: same limit for scripts without spaces (CJK)
MIN_HEADLINE_CHARS = 6  #: "Home", "News" are navigation
PROSE_MIN_CHARS = 120  #: a paragraph this long that ends like a sentence counts as article prose
PROSE_MIN_CHARS_CJK = 50  #: the same for scripts written without spaces
WINDOW = 10  #: paragraphs after a candidate whose prose says "an article starts here"
SEARCH_LIMIT = 400  #: paragraphs considered for the headline (cost cap on huge pages)
NEAR_REPEAT = 12  #: a repeated headline within this many paragraphs is the same header

_SITE_SEPARATORS = regex.compile(r"\s+(?:\||-|–|—|::|·|»|/|:)\s+|\s*[|｜]\s*|_")
_SENTENCE_END = regex.compile(r"[.!?…。！？»”\"')]\s*$")
_LIST_MARK = regex.compile(r"^\s*(?:[•□■◦▪●○*+>#-]|\d{1,3}[.)]\s)")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def norm(text: str) -> str:
    """Normalise a line for comparison: NFKC, casefold, only letters and digits, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def is_cjk(text: str) -> bool:
    """Tell whether ``text`` is written mostly without spaces (Chinese, Japanese, Korean, Thai)."""
    sample = text[:200]
    return len(_CJK.findall(sample)) * 3 > len(sample)


def is_prose(text: str) -> bool:
    """Tell whether a paragraph is running article prose (long, ends like a sentence)."""
    limit = PROSE_MIN_CHARS_CJK if is_cjk(text) else PROSE_MIN_CHARS
    return len(text) >= limit and (bool(_SENTENCE_END.search(text)) or len(text) >= 3 * limit)


def headline_shaped(text: str) -> bool:
    """Tell whether a line could be a headline: short, not a list item, not a sentence run."""
    if not MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS or _LIST_MARK.match(text):
        return False
    words = len(text.split())
    if not is_cjk(text) and (words < 2 or words > MAX_HEADLINE_WORDS):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 0.5 * len(text.replace(" ", "")) and text.count("|") < 2


def site_parts(title: str) -> list[str]:
    """Split a <title> into its parts around site-name separators (longest first)."""
    parts = [p.strip() for p in _SITE_SEPARATORS.split(title) if p and p.strip()]
    return sorted(parts, key=len, reverse=True)


def clean_title(title: str, site: str | None) -> str:
    """Cut the site name off a <title> ("Headline | Site" -> "Headline")."""
    title = " ".join(title.split())
    m = list(regex.finditer(r"\s+(?:\||-|–|—|::|·|»)\s+|\s*[|｜]\s*", title))
    if not m:
        return title
    site_n = norm(site) if site else ""
    head, tail = title[: m[-1].start()], title[m[-1].end():]
    first_head, first_tail = title[: m[0].start()], title[m[0].end():]
    if site_n and norm(tail) and (norm(tail) in site_n or site_n in norm(tail)):
        return head.strip()
    if site_n and norm(first_head) and (norm(first_head) in site_n or site_n in norm(first_head)):
        return first_tail.strip()
    if len(tail.split()) <= 4 and len(head) > 2 * len(tail):
        return head.strip()
    return title


def similar(a: str, b: str) -> bool:
    """Tell whether two headline versions are the same (equal, or one contains the other nearly whole)."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return len(short) >= 0.6 * len(long_) and short in long_


def meta_candidates(meta: dict[str, Any]) -> list[str]:
    """Return the headline versions the metadata offers, most trusted first."""
    ld = meta.get("json_ld") if isinstance(meta.get("json_ld"), dict) else {}
    site = meta.get("og_site_name") or (ld.get("publisher") if isinstance(ld.get("publisher"), str) else None)
    out: list[str] = []
    for value in (ld.get("headline"), meta.get("og_title"), meta.get("title")):
        if isinstance(value, str) and value.strip():
            out.append(clean_title(value.strip(), site if isinstance(site, str) else None))
    return out


def _prose_weights(paras: Sequence[str]) -> list[int]:
    return [len(p) if is_prose(p) else 0 for p in paras]


def text_headline(paras: Sequence[str], tags: Sequence[str | None], hints: Sequence[str] = ()) -> int | None:
    """Return the index of the line that best opens the article, or None."""
    n = min(len(paras), SEARCH_LIMIT)
    weights = _prose_weights(paras[: n + WINDOW])
    after = [sum(weights[i + 1 : i + 1 + WINDOW]) for i in range(n)]
    best_after = max(after, default=0)
    if best_after == 0:
        return 0 if paras and headline_shaped(paras[0]) else None
    normed = [norm(p) for p in paras[:n]]
    best, best_score = None, 0.0
    for i in range(n):
        if weights[i] or not headline_shaped(paras[i]):
            continue
        score = after[i] / best_after
        if score < 0.25:
            continue
        if tags[i] == "h1":
            score += 0.5
        elif tags[i] in ("h2", "h3"):
            score += 0.1
        if any(similar(paras[i], h) for h in hints):
            score += 1.0
        if any(normed[j] == normed[i] for j in range(max(0, i - NEAR_REPEAT), min(n, i + NEAR_REPEAT)) if j != i):
            score += 0.2
        if any(weights[max(0, i - 2) : i]):
            score -= 0.4
        score -= 0.3 * i / n
        if score > best_score:
            best, best_score = i, score
    return best
