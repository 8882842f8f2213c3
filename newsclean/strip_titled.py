"""HTML pages holding several articles one after another (infinite scroll, a blog's front page).

The article run search keeps the heaviest run, which may be the next story the page appended
below its own.  The page's own story is the one whose <h1> gives the page title: when such an
<h1> comes before another article's <h1>, and the lines between the two hold a run weighing at
least MIN_ARTICLE_SCORE, the article is searched between them only.
"""

from __future__ import annotations

import regex

from newsclean import strip_article as sa
from newsclean.strip_article import Verdict, decide
from newsclean.strip_features import Line

TITLE_MIN_SHARE = 0.5  #: an <h1> names the page when its words are this share of the title's (the rest: the site's name)
_WORD = regex.compile(r"\w+", regex.V1)


def _words(text: str) -> str:
    """Normalise text for comparing headlines with the title: casefolded words, single spaces."""
    return " ".join(_WORD.findall(text.casefold()))


def _names_page(text: str, title: str) -> bool:
    """Tell whether an <h1> is the page title, or the title without the site's name."""
    words = _words(text)
    return bool(words) and words in title and len(words) >= TITLE_MIN_SHARE * len(title)


def titled_range(lines: list[Line], weights: list[float], title: str | None, span: tuple[int, int]) -> tuple[int, int] | None:
    """Return [start, end) of the page's own article when the run found lies in a later article, else None."""
    if not title:
        return None
    h1s = [i for i, line in enumerate(lines) if line.tag == "h1"]
    if len(h1s) < 2:  # one article only (most pages): no words to compare
        return None
    key = _words(title)
    named = [i for i in h1s if _names_page(lines[i].text, key)]
    if not named or named[0] >= span[0]:
        return None
    head = named[0]
    nxt = next((i for i in h1s if i > head and i not in named), None)
    if nxt is None or nxt > span[0]:
        return None
    score, run = sa.best_run(weights, head, nxt)
    return (head, nxt) if run is not None and score >= sa.MIN_ARTICLE_SCORE else None


def decide_within(lines: list[Line], title: str | None, paths: list[str], rng: tuple[int, int]) -> list[Verdict]:
    """Decide keep/drop for the lines in ``rng`` only; the lines of the other articles are dropped."""
    lo, hi = rng
    other = Verdict(False, "other-article")
    inner = decide(lines[lo:hi], title, paths[lo:hi])
    return [*(line_verdict(lines[i], other) for i in range(lo)), *inner, *(line_verdict(lines[i], other) for i in range(hi, len(lines)))]


def line_verdict(line: Line, other: Verdict) -> Verdict:
    """A line outside the page's own article: dropped for its own reason when it has one."""
    return Verdict(False, line.reason) if line.cls == "bad" and line.reason else other
