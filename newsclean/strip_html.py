"""strip for HTML input: decide keep/drop per block, using decode's block features.

Text dumps and HTML share the per-line features (:mod:`newsclean.strip_features`) and the
article-run search (:mod:`newsclean.strip_article`); this module adds what only HTML has:
the element that holds the article.  The article box is the deepest element (decode's
``dom`` chain; the class/id ``path`` for records without one) holding BOX_MIN_SHARE of the
run's prose; its lines before and after the text run are article too (lists, short
paragraphs, subheadings the run stopped at), up to a comments/tags/copyright barrier.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable

from newsclean import strip_article as sa
from newsclean import strip_data
from newsclean.strip_article import Verdict, decide
from newsclean.strip_features import Line, classify
from newsclean.strip_cards import PART_CACHE, drop_cards, drop_related_boxes, drop_teaser_lists, drop_trailing_headings, part_hint
from newsclean.strip_hints import USE_EMBEDS, hint_words, in_embed
from newsclean.strip_html_cards import USE_CARD_MATES, USE_MARKUP_LINES, drop_card_mates, drop_markup
from newsclean.strip_html_meta import USE_INTRO, USE_META_LINES, drop_header_meta, keep_intro
from newsclean.strip_titled import decide_within, titled_range

BOX_MIN_SHARE = 0.8  #: the article box holds at least this share of the run's prose characters
OUTSIDE_DROP_TAGS = frozenset({"li"})  #: outside the box, list items are teasers and menus
END_BLOCK_ON_SENTENCE = True  #: a related block below the run ends at a prose line ending a sentence, as inside the run (strip_article)
KEEP_INSIDE_DOM_BOX = True  #: a short line of the run that strip_article's path box left out but the element box holds is article
USE_TAIL_CUT = True  #: lines after the article box's last line are not article
KEEP_LINKED_P = True  #: a linked <p> amid the kept lines of the box is article text (dev pipeline AEB 0.935 -> 0.937, ww 0.922 =)
KEEP_LINKED_LI = True  #: ... and so is a linked <li> written in prose (would be `good` without its links: a news digest's items); "amid" counts the lines the box extension kept (dev AEB 0.9595 -> 0.9617)
LINK_ONLY_P = 0.8  #: ... but a <p> with at least this link density that ends no sentence ...
LINK_ONLY_MIN_WORDS = 4  #: ... and has at least this many space-separated words is a link to another story ("SEE MORE: ..."; a bare URL or "[Source]" stays)
USE_TRAILING_HEADINGS = True  #: drop headings left at the article's end
MAX_STEPS = 99  #: every path step of a block outside the box is below it
DROP_TAGS = frozenset({"figcaption", "figure"})  #: captions and photo credits (text set right in a <figure>) are not article text
USE_CARDS = True  #: drop teaser cards: a description under a link title, repeated in sibling cards
FIGURE_STEPS = ("figure", "figcaption")  #: a path step starting so is a picture with its caption
USE_FIGURE_CREDITS = True  #: a copyright line inside a figure is a photo credit: dropped, but no barrier
USE_EMBEDDED_WIDGETS = True  #: a barrier heading in a widget between the article's paragraphs does not end the article
WIDGET_LOOKAHEAD = 3  #: ... when one of this many lines right after the widget is a paragraph of the article's parent
WIDGET_GOES_ON = frozenset({"good", "neargood"})  #: ... a line of these classes after it is such a paragraph
USE_SPREAD_PROSE = True  #: ... the widget may sit beside the containers when the prose is spread over sibling ones
SPREAD_MIN_CONTAINERS = 2  #: ... at least this many sibling containers of the run's prose (same depth, same parent)
USE_RELATED_BOXES = True  #: a related/most-read heading ends its own element: the kept lines after it in that element go
USE_TITLED_ARTICLE = True  #: several articles on the page: the one under the <h1> naming the page is the article (strip_titled)
USE_TEASER_LISTS = True  #: drop blocks in teaser-named cards (htmlhints `list-part`) repeated over CARD_MIN_REPEAT parents
USE_REPEATED_PROSE = True  #: a sentence repeated in the article's own paragraph path is article text (interview questions; dev AEB F1 +0.0005)
_RUN_DROPS = frozenset({"after-article-end", "before-article-start", "kept-no-article"})  #: base verdicts the box may overturn


def _chains(blocks: list[dict[str, Any]]) -> list[tuple[Any, ...]] | None:
    """Return each block's chain of element numbers (decode's ``dom``), or None when a block has none."""
    out = []
    for b in blocks:
        dom = b.get("dom")
        if not isinstance(dom, list) or not dom:
            return None
        out.append(tuple(dom))
    return out


def _names(chains: list[tuple[Any, ...]], paths: list[str], keys: list[tuple[int, Any]], order: list[int]) -> dict[tuple[int, Any], str]:
    """Name the elements ``keys`` (depth, number) from the paths of the blocks inside them, taken in ``order``.

    A path names the last MAX_PATH_DEPTH steps of its chain and every block inside an element names it
    alike, so the first block that reaches up to an element names it; the walk stops when all are named,
    or when the elements left are shallower than a marked one named (the box is the deepest marked one).
    """
    pending = dict.fromkeys(keys)
    deepest = max(d for d, _ in keys)
    names: dict[tuple[int, Any], str] = {}
    best = -1  # the deepest marked element named so far: shallower ones cannot be the box
    for i in order:
        chain, path = chains[i], paths[i]
        reach = len(chain) - (path.count(">") + 1 if path else 0)  # the shallowest depth its path names
        for d in range(max(reach, 0), min(len(chain), deepest + 1)):
            key = (d, chain[d])
            if key in pending:
                names[key] = path.split(">")[d - reach]
                del pending[key]
                if d > best and _marked(names[key]):
                    best = d
        if not pending or (best >= 0 and all(d < best for d, _ in pending)):
            break
    return names


def _marked(step: str | None) -> bool:
    """Tell whether an element is a container worth naming: it has a class/id, or is <article>/<main>."""
    return step is not None and ("." in step or "#" in step or step in ("article", "main"))


def dom_box(lines: list[Line], chains: list[tuple[Any, ...]], paths: list[str], start: int, end: int) -> tuple[int, Any] | None:
    """Return (depth, number) of the deepest marked ancestor holding BOX_MIN_SHARE of the run's prose characters."""
    chars: dict[tuple[int, Any], int] = {}
    total = 0
    for i in range(start, end + 1):
        if lines[i].cls != "good":
            continue
        total += lines[i].length
        for key in enumerate(chains[i][:-1]):  # ancestors: a paragraph is not a box
            chars[key] = chars.get(key, 0) + lines[i].length
    ok = [k for k, c in chars.items() if c >= BOX_MIN_SHARE * total]
    if not total or not ok:
        return None
    named = [k for k in ok if k[0] > 0]  # depth 0 is the walk's root (<body>): never a path step
    names = _names(chains, paths, named, [*range(start, len(chains)), *range(start)]) if named else {}  # the run's lines first
    marked = [k for k in ok if _marked(names.get(k))]
    return max(marked or ok)


_Test = Callable[[int], bool]
_Count = Callable[[int], int]


def _box(lines: list[Line], chains: list[tuple[Any, ...]] | None, paths: list[str], span: tuple[int, int]) -> tuple[_Test, _Count] | None:
    """Return tests of the article box: is line i inside it, and how many of its path steps lie below it."""
    if chains is not None:
        box = dom_box(lines, chains, paths, span[0], span[1])
        if box is None:
            return None
        depth, number = box

        def inside(i: int) -> bool:
            return len(chains[i]) > depth and chains[i][depth] == number

        return inside, lambda i: len(chains[i]) - 1 - depth if inside(i) else MAX_STEPS
    seg = sa.article_box(lines, paths, span[0], span[1])
    if seg is None:
        return None

    def below(i: int) -> int:
        steps = paths[i].split(">")
        return len(steps) - 1 - steps.index(seg) if seg in steps else MAX_STEPS

    return (lambda i: seg in sa._segments(paths[i])), below


def _barrier(line: Line) -> bool:
    """A comments/tags/copyright heading ends the box's extension (a sentence that names one does not)."""
    cats = strip_data.END_CATEGORIES | strip_data.BARRIER_CATEGORIES
    return line.phrase in cats and not line.text.endswith(".")


@lru_cache(maxsize=PART_CACHE)
def _in_figure(path: str) -> bool:
    """Tell whether a block lies in a <figure>/<figcaption> or an element whose class/id names a picture (`figure-part`)."""
    low = path.lower()
    return any(step.startswith(FIGURE_STEPS) for step in low.split(">")) or any(w in low for w in hint_words("figure-part"))


def _credits_unbarred(lines: list[Line], paths: list[str]) -> list[Line]:
    """Photo credits (a copyright line in a figure) stay dropped but no longer cut the article in two."""
    out = lines
    for i, line in enumerate(lines):
        if line.phrase in strip_data.ANYWHERE_CATEGORIES and _in_figure(paths[i]):
            if out is lines:
                out = list(lines)
            out[i] = replace(line, phrase=None, cls="bad")
    return out


def _widgets_unbarred(lines: list[Line], chains: list[tuple[Any, ...]], span: tuple[int, int]) -> list[Line]:
    """A comments/most-read/copyright heading in a widget embedded among the article's paragraphs is no barrier.

    The widget is a child element of the paragraphs' home (the parent of most of the run's prose, or its
    parent when the prose is spread over sibling containers: `div.text` blocks between pictures) and
    the home's paragraphs go on right after it (a subheading may come first): the article continues around it.
    """
    parents = Counter(chains[j][:-1] for j in range(span[0], span[1] + 1) if lines[j].cls == "good")
    if not parents:
        return lines
    prose = parents.most_common(1)[0][0]
    depth = len(prose)  # the depth of the prose paragraphs' parents
    spread = USE_SPREAD_PROSE and sum(len(p) == depth and p[:-1] == prose[:-1] for p in parents) >= SPREAD_MIN_CONTAINERS
    home = prose[:-1] if spread else prose
    n, out = len(home), lines
    for i in range(span[1] + 1, len(lines)):
        chain = chains[i]
        if lines[i].phrase not in strip_data.BARRIER_CATEGORIES or len(chain) <= n + 1 or chain[:n] != home:
            continue
        j = i + 1
        while j < len(lines) and len(chains[j]) > n and chains[j][:n] == home and chains[j][n] == chain[n]:
            j += 1
        after = range(j, min(j + WIDGET_LOOKAHEAD, len(lines)))
        if any(len(chains[k]) == depth + 1 and chains[k][:n] == home and lines[k].cls in WIDGET_GOES_ON for k in after):
            out = list(out) if out is lines else out
            out[i] = replace(lines[i], phrase=None, cls="bad")
    return out


def verdicts(lines: list[Line], blocks: list[dict[str, Any]], title: str | None) -> list[Verdict]:
    """Keep or drop each HTML block: the article run, extended over the rest of the article box."""
    paths = [str(b.get("path") or "") for b in blocks]
    if USE_FIGURE_CREDITS:
        lines = _credits_unbarred(lines, paths)
    weights = sa.weights(lines)
    base = decide(lines, title, paths, weights)
    span = sa.article_run(lines, weights)
    if span is None:
        return base
    own = titled_range(lines, weights, title, span) if USE_TITLED_ARTICLE else None
    if own is not None:
        base = decide_within(lines, title, paths, own)
        span = sa.article_run(lines, [w if own[0] <= i < own[1] else -sa.END_PENALTY for i, w in enumerate(weights)]) or span
    chains = _chains(blocks)
    if USE_EMBEDDED_WIDGETS and chains is not None:
        unbarred = _widgets_unbarred(lines, chains, span)
        if unbarred is not lines:
            lines = unbarred
            base = decide(lines, title, paths) if own is None else decide_within(lines, title, paths, own)
            span = sa.article_run(lines, sa.weights(lines)) or span if own is None else span
    box = _box(lines, chains, paths, span)
    if box is None:
        return base
    inside_at, below_at = box
    ins = [inside_at(i) for i in range(len(lines))]
    out = _extend(lines, base, ins, span, paths)
    _cut(lines, paths, out, ins, below_at)
    if USE_TEASER_LISTS and chains is not None:
        drop_teaser_lists(paths, chains, out, below_at)
    if USE_CARDS and chains is not None:
        drop_cards(lines, paths, chains, out)
        if USE_CARD_MATES:
            drop_card_mates(chains, out)
    if USE_RELATED_BOXES and chains is not None:
        drop_related_boxes(lines, chains, out)
    if USE_EMBEDS:
        _keep_embeds(lines, paths, out)
    if USE_TRAILING_HEADINGS:
        drop_trailing_headings(lines, out)
    if USE_REPEATED_PROSE:
        _keep_repeats(lines, paths, out, ins)
    if USE_MARKUP_LINES:
        drop_markup(lines, out)
    if USE_META_LINES:
        drop_header_meta(lines, paths, out)
    if USE_INTRO:
        keep_intro(lines, paths, out)
    return out


def _keep_repeats(lines: list[Line], paths: list[str], out: list[Verdict], ins: list[bool]) -> None:
    """Keep a repeated sentence set like the article's paragraphs (an interview's recurring question), in its box."""
    prose = Counter(paths[i] for i, v in enumerate(out) if v.keep and lines[i].cls == "good")
    if not prose:
        return
    home = prose.most_common(1)[0][0]
    for i, v in enumerate(out):
        if v.reason == "duplicate" and ins[i] and paths[i] == home and lines[i].sentence:
            out[i] = Verdict(True, "")


def _keep_embeds(lines: list[Line], paths: list[str], out: list[Verdict]) -> None:
    """Keep the lines of posts embedded amid the article's kept lines (a quoted tweet), whatever their links or box."""
    kept = [i for i, v in enumerate(out) if v.keep]
    for i in range(kept[0] + 1, kept[-1]) if kept else ():
        if not out[i].keep and lines[i].phrase is None and in_embed(paths[i]):
            out[i] = Verdict(True, "")


def _extend(lines: list[Line], base: list[Verdict], ins: list[bool], span: tuple[int, int], paths: list[str]) -> list[Verdict]:
    """Keep the box's lines before and after the text run (up to a barrier), and its linked paragraphs."""
    out = list(base)
    for step, rng in ((1, range(span[1] + 1, len(lines))), (-1, range(span[0] - 1, -1, -1))):
        in_block = False
        for i in rng:
            line = lines[i]
            if _barrier(line):
                break
            if line.cls == "good" or (END_BLOCK_ON_SENTENCE and in_block and sa._ends_block(line)):
                in_block = False
            elif line.phrase in strip_data.BLOCK_CATEGORIES:
                in_block = step == 1
            if ins[i] and line.cls != "bad" and not in_block and not base[i].keep and base[i].reason in _RUN_DROPS:
                out[i] = Verdict(True, "")
    if KEEP_INSIDE_DOM_BOX:
        for i in range(span[0], span[1] + 1):
            if base[i].reason == "outside-article-box" and ins[i] and not _in_figure(paths[i]):
                out[i] = Verdict(True, "")
    kept_in = [i for i, v in enumerate(out) if v.keep and ins[i]]
    if KEEP_LINKED_P and kept_in:
        _keep_linked(lines, out, ins, kept_in[0], kept_in[-1])
    return out


def _keep_linked(lines: list[Line], out: list[Verdict], ins: list[bool], first: int, last: int) -> None:
    """Keep the linked paragraphs amid the box's kept lines, except the links under a `Related` heading."""
    in_block = False
    for i in range(first, last + 1):
        line = lines[i]
        if line.cls == "good" or (in_block and sa._ends_block(line)):
            in_block = False
        elif line.phrase in strip_data.BLOCK_CATEGORIES:
            in_block = True
        if ins[i] and line.reason == "link-dense" and line.phrase is None and not in_block and _linked_text(line):
            out[i] = Verdict(True, "")


def _linked_text(line: Line) -> bool:
    """A link-dense block amid the article's kept lines that is article text: a <p>, or an <li> in prose."""
    if line.tag == "p":
        return line.link < LINK_ONLY_P or line.sentence or len(line.text.split()) < LINK_ONLY_MIN_WORDS
    return KEEP_LINKED_LI and line.tag == "li" and classify(replace(line, link=0.0))[0] == "good"


def _cut(lines: list[Line], paths: list[str], out: list[Verdict], ins: list[bool], below_at: _Count) -> None:
    """Drop kept lines after the box, list items outside it, captions, and furniture parts below it."""
    last = max((i for i, x in enumerate(ins) if x), default=len(lines))
    for i, line in enumerate(lines):
        if not out[i].keep:
            continue
        if USE_TAIL_CUT and i > last and not ins[i]:
            out[i] = Verdict(False, "after-article-box")
        elif not ins[i] and (line.tag in OUTSIDE_DROP_TAGS):
            out[i] = Verdict(False, "outside-article-box")
        elif line.tag in DROP_TAGS:
            out[i] = Verdict(False, f"tag:{line.tag}")
        else:
            part = part_hint(paths[i], below_at(i))
            if part is not None:
                out[i] = Verdict(False, f"path-part:{part}")
