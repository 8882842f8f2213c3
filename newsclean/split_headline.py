"""Headline and lead for the split stage: weigh page metadata against the shape of the text.

With HTML metadata, JSON-LD ``headline``, ``og:title``, ``<h1>`` blocks and ``<title>`` (minus
the site name) vote; the version found in the text wins.  Without metadata the headline is the
headline-shaped line that best opens the article: many prose characters follow it, it is not
itself inside prose, it may repeat, an ``<h1>`` or a title-like first line agrees with it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from collections.abc import Callable, Sequence

import regex

from newsclean.split_chars import holds_any
from newsclean.split_overlap import ASCII_GAPS, word_runs, DumpIndex, is_cjk, overlap, title_cased, words

MAX_HEADLINE_WORDS = 30  #: longer lines are prose, not headlines
MAX_HEADLINE_CHARS = 250  #: same limit for scripts without spaces (CJK)
MIN_HEADLINE_CHARS = 6  #: "Home", "News" are navigation
PROSE_MIN_CHARS = 120  #: a paragraph this long that ends like a sentence counts as article prose
PROSE_MIN_CHARS_CJK = 50  #: the same for scripts written without spaces
PROSE_CACHE = 2048  #: paragraphs whose prose test is remembered (split asks several times per page; more than a page holds, few enough to keep memory flat over a stream of distinct pages)
SEARCH_LIMIT = 300  #: paragraphs considered for the headline and the article start (the header stands near the start)
SENTENCE_END_TAIL = 20  #: characters at a paragraph's end searched for the sentence end (closing quotes, spaces)
PROSE_MIN_LETTERS = 0.6  #: share of letters in prose (rules of ━━━ and code are not prose)
NEAR_REPEAT = 12  #: a repeated headline within this many paragraphs is the same header
NONPROSE_COST = 80  #: characters of prose one non-prose line between prose paragraphs is worth (negative)
EARLIER_RUN_SHARE = 0.5  #: an earlier prose run this big (vs the biggest) is the article; later ones are comments
HEAD_BACK = 40  #: lines before the body's start searched for the headline
EARLY_RUNS = True  #: also search above the biggest earlier prose run (out of HEAD_BACK's reach); the better headline wins
DISTANCE_PENALTY = 0.015  #: per line between a candidate and the body's start
HEADER_AFTER = 3  #: a byline or date line this close after a line marks it as the headline
HEADER_AFTER_BONUS = 0.6  #: ... worth this much
AFTER_HEADER_PENALTY = 0.1  #: lines right after the byline/date block are captions and share bars
DEK_AFTER_BONUS = 0.4  #: a longer, sentence-like line right after a headline is its standfirst
DEK_LENGTH_RATIO = 1.0  #: ... at least as long as the headline
DEK_MIN_WORDS = 10  #: ... and at least this many words
DEK_HEAD_MIN_WORDS = 4  #: a shorter line above a long unpunctuated one is its kicker or section label (the long one is the headline)
DIGIT_START_PENALTY = 0.3  #: "132 comments", "3 min read": counters, seldom headlines
HEADLINE_TYPICAL_WORDS = 5  #: headlines usually have at least this many words; menu items fewer
H1_BONUS = 1.0  #: an <h1> block is a strong headline signal
HINT_BONUS = 2.0  #: agreement with a metadata title is the strongest signal
REPEAT_BONUS = 0.5  #: the headline often repeats (title + h1, breadcrumb, share text)
MAX_HEADLINE_REPEATS = 3  #: a line repeated more often near the start is the site's name or a menu item
SENTENCE_PENALTY = 0.5  #: headlines seldom end with a full stop; standfirsts and captions do
#: a line ending in a comma ("Liebe Leserinnen und Leser,") or in a colon that joins no headline below ("Das Beste kommt
#: jetzt:", "Zutaten:") runs on into the next line: a salutation, a list's or a quote's introduction, not the headline
OPEN_END_PENALTY = 1.0
CUT_PENALTY = 0.5  #: a line cut short with an ellipsis is a teaser link, never the headline written out (hand-set, like SENTENCE_PENALTY)
CREDIT_MAX_CHARS = 80  #: a "Photographer / Agency" credit line is at most this long (as strip_captions reads them)
CREDIT_SEPARATORS = ("/", "|", ",")  #: a credit joins photographer and agency with one of these
NAV_ARROW_PENALTY = 1.0  #: a line opening with "« " or closing with " »" links to the previous or next post
TWIN_NEAR = 4  #: a line doubled this close above the body is the headline printed twice (title + image alt), not a teaser's
DOUBLED_PENALTY = 0.3  #: "Title TextTitle Text": a linked image's alt text and link text (a teaser, a picture), seldom the headline
GLUED_MIN = 3  #: words glued this often ("AdvertisingPrivacyJobs", "AméricaMéxicoVenezuela") make a line a menu w3m joined
GLUED_PENALTY = 1.0  #: ... never the headline on the dev pages (a brand's "iPhone", "McLaren" is one glue)
LOWER_CASE_PENALTY = 0.3  #: a line of a cased script with no capital at all ("share this story", "2h ago", tag lists) is seldom the headline
BAR_TAIL_WORDS = 3  #: "Headline | Site", "Author | 06.11.23", "Sign In | Register": a short part after a bar ...
BAR_TAIL_PENALTY = 0.6  #: ... marks a page title, a meta line or a menu; the headline itself stands on a line of its own
TWIN_PENALTY = 0.8  #: a line doubled on the very next line is an image's alt text + caption, not a headline
TITLE_PARTS_MIN = 3  #: a title cut into this many parts names its site and section too
TITLE_PART_MIN_WORDS = 3  #: a part of a "Section | Headline" line this long can agree with a headline line
REPEAT_MAX_CHARS = 2 * MAX_HEADLINE_CHARS  #: longer lines (prose) are not counted as headline repeats (cost)
KICKER_MAX_WORDS = 8  #: "Topic:" lines this short, ending in a colon, open a two-line headline
ELSEWHERE_BONUS = 0.4  #: the headline re-appears inside a longer line (a "Title | Site" line, share text, a caption)
ELSEWHERE_MAX = 4  #: a line inside more lines than this is a menu item or a site name
OVERLAP_BONUS = 0.8  #: times the share of a candidate's words found in the first body paragraphs (headlines sum up the text)
TITLE_CASE_BONUS = 0.4  #: a title-cased line in a language whose press title-cases headlines (data/headstyle)
OVERLAP_FULL_WORDS = 3  #: content words a line needs for the full overlap bonus ("Januar 2022", a section label share words by chance)
OVERLAP_PARAS = 5  #: body paragraphs read for that vocabulary
CRUMB_TAIL_BONUS = 0.6  #: a line that closes the breadcrumb trail right above it is the page's own title (split_crumbs.crumb_tail)
#: a line below article prose that strip kept (a text dump's article opens at its headline or just under it) is a
#: subheading, a quote or a teaser inside the article, seldom the headline
INSIDE_PROSE_PENALTY = 0.6
#: a text dump's headline is also searched right above strip's first article prose (the main prose run may start far
#: below it); a line there at or above strip's article start that scores better wins
OPENING_SEARCH = True

ONE_WORD_COST = 0.3  #: base score of a single-word line (two words: 0.2): menu labels and site names are single words too
ONE_WORD_NEAR = 4  #: without metadata titles, a single-word line this close above the body's start may be its headline ("Baumgutachten")
_ONE_WORD = regex.compile(r"\p{Lu}[\p{L}-]+[!?]?")  #: "Willkommen!", "Forums-Regeln" (not "site.de", "2021", lower-case labels)
_SITE_SEPARATORS = regex.compile(r"\s+(?:\||-|–|—|::|·|»|/|:)\s+|\s*[|｜]\s*|_")
_SITE_SEPARATOR_CHARS = tuple("|-–—:·»/｜_")  #: one of these stands in every _SITE_SEPARATORS match (a quick test first)
_SENTENCE_END = regex.compile(r"[.!?…。！？»”\"')]\s*$")
_LIST_MARK = regex.compile(r"^\s*(?:[^\p{L}\p{N}\p{Pi}\p{Pf}\p{Ps}'\"¿¡„‚\s]|\d{1,3}[.)]\s)")  #: Pf: German »quotes«
_NAV_ARROW = regex.compile(r"^[«‹←]\s|\s[»›→]$")  #: "« Previous post", "Next post »": links to the neighbours
_NAV_ARROW_CHARS = tuple("«‹←»›→")  #: one of these stands in every _NAV_ARROW match (a quick test first)
_QUOTED = regex.compile(r"^«.*»$|^‹.*›$")  #: a French quotation as the headline, not a link arrow
DATED_TITLE = "dated-title"  #: what ``excluded`` says of a line with a date and a title's words: a header mark, yet a candidate
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")  #: a lower-case letter glued to a capital: two menu items with no space between
_CASED = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")  #: scripts whose headlines start with a capital
_CAPITAL = regex.compile(r"\p{Lu}")
_CUT = ("...", "…")  #: how a teaser link marks a title cut short
_NON_LETTERS = regex.compile(r"[^\p{L}\p{M}]+")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())  #: deleted to count an ASCII line's letters
_NOT_ASCII_LETTER_BYTES = bytes(c for c in range(256) if not (c < 128 and chr(c).isalpha()))  #: all but a-z, A-Z
_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")
MOSTLY_ASCII_BYTES = 1.3  #: UTF-8 bytes per character up to which a text is mostly ASCII (the quicker letter count)
_TITLE_SEPARATORS = regex.compile(r"\s+(?:\||-|–|—|::|·|»)\s+|\s*[|｜]\s*")


@lru_cache(maxsize=PROSE_CACHE)
def norm(text: str) -> str:
    """Normalise a line for comparison: NFKC, casefold, only letters and digits, single spaces."""
    if text.isascii():  # NFKC keeps ASCII, casefold lowers it: the common line, in C
        return " ".join(text.lower().translate(ASCII_GAPS).split())
    return " ".join(word_runs(unicodedata.normalize("NFKC", text).casefold()))


@lru_cache(maxsize=PROSE_CACHE)
def is_prose(text: str) -> bool:
    """Tell whether a paragraph is running article prose (long, ends like a sentence)."""
    if len(text) < PROSE_MIN_CHARS_CJK:
        return False
    if len(text) < 3 * max(PROSE_MIN_CHARS, PROSE_MIN_CHARS_CJK):  # longer passes with either limit: the script test only below it
        limit = PROSE_MIN_CHARS if text.isascii() else PROSE_MIN_CHARS_CJK if is_cjk(text) else PROSE_MIN_CHARS
        if len(text) < limit or not (len(text) >= 3 * limit or _SENTENCE_END.search(text[-SENTENCE_END_TAIL:])):
            return False
    head = text[:400]
    need = PROSE_MIN_LETTERS * len(head)
    if head.isascii():  # ASCII letters are \p{L} and str.isalpha alike: one C-level count
        return len(head.encode("ascii").translate(None, _ASCII_NON_LETTERS)) >= need
    if letter_count(head) >= need:
        return True  # letters alone suffice (the quick count; combining marks only add to it)
    return len(_NON_LETTERS.sub("", head)) >= need


def letter_count(text: str) -> int:
    """``sum(map(str.isalpha, text))``; on a mostly ASCII text (German, French) the ASCII letters are counted in C
    (UTF-8 writes every other character with bytes of 128 and more) and only the other characters one by one."""
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) > MOSTLY_ASCII_BYTES * len(text):
        return sum(map(str.isalpha, text))  # Greek, Cyrillic, CJK: nearly every character is outside ASCII
    return len(raw.translate(None, _NOT_ASCII_LETTER_BYTES)) + sum(map(str.isalpha, "".join(_NON_ASCII_RUN.findall(text))))


@lru_cache(maxsize=PROSE_CACHE)
def headline_shaped(text: str) -> bool:
    """Tell whether a line could be a headline: short, not a list item, not a sentence run."""
    if not MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS or _LIST_MARK.match(text):
        return False
    words = len(text.split())
    if not is_cjk(text) and (words < 2 or words > MAX_HEADLINE_WORDS):
        return False
    letters = letter_count(text)
    return letters >= 0.5 * len(text.replace(" ", "")) and text.count("|") < 2


def shaped_or_named(text: str, keys: frozenset[str]) -> bool:
    """Headline-shaped, or a line a metadata title repeats word for word ("15. Forum ..." opens like a numbered item)."""
    if headline_shaped(text):
        return True
    return bool(keys) and MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS and bool(_LIST_MARK.match(text)) and norm(text) in keys


@lru_cache(maxsize=PROSE_CACHE)
def one_word(text: str) -> bool:
    """A single word of letters ("Baumgutachten", "Willkommen!"): a page's headline only right above its text."""
    return MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS and bool(_ONE_WORD.fullmatch(text))


def site_parts(title: str) -> list[str]:
    """Split a <title> into its parts around site-name separators (longest first)."""
    parts = [p.strip() for p in _SITE_SEPARATORS.split(title) if p and p.strip()]
    return sorted(parts, key=len, reverse=True)


def similar(a: str, b: str) -> bool:
    """Tell whether two headline versions are the same (equal, or one contains the other nearly whole)."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    if a.rstrip().endswith(_CUT) != b.rstrip().endswith(_CUT):
        return False  # "Headline cut sh…" is a teaser link's version, not the headline written out
    short, long_ = sorted((na, nb), key=len)
    return len(short) >= 0.6 * len(long_) and short in long_


def undouble(line: str) -> str:
    """ "Title TextTitle Text" -> "Title Text": w3m prints a linked image's alt text and its link text as one line."""
    half = len(line) // 2
    if len(line) < 2 * MIN_HEADLINE_CHARS or line[:half] != line[-half:] or line[half:-half].strip():
        return line
    single = line[:half].strip()
    return single if len(single.split()) >= TITLE_PART_MIN_WORDS or is_cjk(single) else line  # "New York New York" stays


def _repeats(lines: Sequence[str]) -> dict[str, int]:
    """Count each normalised line; a "Section | Headline" line (a title) counts for its parts too."""
    counts: dict[str, int] = {}
    for line in lines:
        for key in _repeat_keys(line):
            counts[key] = counts.get(key, 0) + 1
    return counts


@lru_cache(maxsize=PROSE_CACHE)
def _repeat_keys(line: str) -> tuple[str, ...]:
    """The keys one line counts for in :func:`_repeats` (none for prose): each line is read once, not once per search."""
    if len(line) > REPEAT_MAX_CHARS or is_prose(line):
        return ()
    keys = {norm(line)}
    if holds_any(line, _SITE_SEPARATOR_CHARS) and _SITE_SEPARATORS.search(line):
        keys.update(norm(p) for p in site_parts(line) if len(p.split()) >= TITLE_PART_MIN_WORDS or is_cjk(p))
    return tuple(keys)


def _best_run(weights: Sequence[int], end: int) -> tuple[int, int, int]:
    """Maximum-sum run of paragraphs before ``end``: prose adds its length, other lines cost."""
    best = (0, 0, 0)
    run_start, total = 0, 0
    for i in range(end):
        gain = weights[i] if weights[i] else -NONPROSE_COST
        if total <= 0:
            run_start, total = i, 0
        total += gain
        if total > best[0]:
            best = (total, run_start, i + 1)
    return best


def article_start(paras: Sequence[str], weights: Sequence[int] | None = None) -> int | None:
    """Return the index of the first paragraph of the main prose run (the body), or None (``weights``: prose lengths, reusable)."""
    if weights is None:
        weights = [len(p) if is_prose(p) else 0 for p in paras]
    total, start, _ = _best_run(weights, len(paras))
    if total <= 0:
        return None
    earlier, e_start, _ = _best_run(weights, start)
    return e_start if earlier >= EARLIER_RUN_SHARE * total else start


def _candidate_score(i: int, start: int, paras: Sequence[str], tags: Sequence[str | None],
                     hints: Sequence[str], repeats: int, header_after: bool = False, elsewhere: int = 0) -> float:
    """Score line ``i`` as the headline of an article whose body starts at ``start``."""
    text = paras[i]
    words = len(text.split())
    if is_cjk(text):
        score = 1.0 if len(text) >= 12 else 0.4
    else:
        score = 1.0 if words >= HEADLINE_TYPICAL_WORDS else 0.5 if words >= 3 else 0.2 if words == 2 else -ONE_WORD_COST
    if tags[i] == "h1":
        score += H1_BONUS
    elif tags[i] in ("h2", "h3"):
        score += H1_BONUS / 5
    if any(similar(text, h) for h in hints):
        score += HINT_BONUS
    if 1 < repeats <= MAX_HEADLINE_REPEATS:
        score += REPEAT_BONUS
    if header_after:
        score += HEADER_AFTER_BONUS
    if 0 < elsewhere <= ELSEWHERE_MAX:
        score += ELSEWHERE_BONUS
    if text[:1].isdigit():
        score -= DIGIT_START_PENALTY
    if text.endswith(".") and not text.endswith(".."):
        score -= SENTENCE_PENALTY
    elif text.endswith(_CUT):
        score -= CUT_PENALTY
    elif text.endswith(",") or (text.endswith(":") and kicker_join(paras, i) is None):
        score -= OPEN_END_PENALTY
    if holds_any(text, _NAV_ARROW_CHARS) and _NAV_ARROW.search(text) and not _QUOTED.match(text):
        score -= NAV_ARROW_PENALTY
    return score - _shape_cost(text) - DISTANCE_PENALTY * abs(start - i)


@lru_cache(maxsize=PROSE_CACHE)
def _shape_cost(text: str) -> float:
    """What a line's own shape costs it as a headline: doubled, a glued menu, no capital, a "Title | Site" tail."""
    cost = DOUBLED_PENALTY if undouble(text) != text else 0.0
    if len(_GLUED.findall(text)) >= GLUED_MIN:
        cost += GLUED_PENALTY
    if not _CAPITAL.search(text) and _CASED.search(text):
        cost += LOWER_CASE_PENALTY
    if " | " in text and len(text.rsplit(" | ", 1)[1].split()) <= BAR_TAIL_WORDS:
        cost += BAR_TAIL_PENALTY
    return cost


def _has_twin(paras: Sequence[str], i: int, n: int) -> bool:
    """Tell whether line ``i`` is doubled right next to itself (w3m prints an image's alt text and caption)."""
    return (i > 0 and paras[i - 1] == paras[i]) or (i + 1 < n and paras[i + 1] == paras[i])


@lru_cache(maxsize=PROSE_CACHE)
def picture_credit(line: str) -> bool:
    """A picture credit or a caption ending in one ("Alex Wong | Getty Images", "… (credit: NASA)") is no headline."""
    from newsclean.strip_captions import tail_credit
    from newsclean.strip_data import is_credit

    if len(line) <= CREDIT_MAX_CHARS and line[-1:] not in ".!?:;" and any(s in line for s in CREDIT_SEPARATORS) and is_credit(line):
        return True
    return tail_credit(line)


def kicker_join(paras: Sequence[str], i: int) -> str | None:
    """A short "Topic:" line followed by a headline-shaped line is one headline split in two."""
    line = paras[i]
    if i + 1 >= len(paras) or not line.endswith(":") or len(line.split()) > KICKER_MAX_WORDS:
        return None
    nxt = paras[i + 1]
    if is_prose(nxt) or not headline_shaped(nxt) or nxt.endswith(":"):
        return None
    return f"{line} {nxt}"


def _finish(score: float, twin: bool, dek: bool) -> float:
    """Apply the twin penalty and the standfirst bonus (in this order, so scores compare exactly)."""
    if twin:
        score -= TWIN_PENALTY
    if dek:
        score += DEK_AFTER_BONUS
    return score


def _is_dek(line: str, nxt: str) -> bool:
    """Tell whether ``nxt`` reads as the standfirst under headline ``line``: longer, sentence-like."""
    if is_prose(nxt) or _LIST_MARK.match(nxt) or len(nxt) < DEK_LENGTH_RATIO * len(line):
        return False
    if is_cjk(nxt):
        return True
    if len(nxt.split()) < DEK_MIN_WORDS:
        return False
    return len(line.split()) >= DEK_HEAD_MIN_WORDS or bool(_SENTENCE_END.search(nxt[-SENTENCE_END_TAIL:]))


def _word_bonus(line: str, vocab: frozenset[str], titles: bool) -> float:
    """What the line's words say: shared with the body's opening, title-cased where the press title-cases."""
    found = len(words(line))
    bonus = OVERLAP_BONUS * overlap(line, vocab) * (min(1.0, found / OVERLAP_FULL_WORDS) if OVERLAP_FULL_WORDS else 1.0)
    return bonus + TITLE_CASE_BONUS if titles and title_cased(line) else bonus


def text_headline(paras: Sequence[str], tags: Sequence[str | None], hints: Sequence[str] = (),
                  excluded: Callable[[str], bool | str] | None = None, never: frozenset[str] = frozenset(),
                  page: DumpIndex | None = None, lang: str | None = None, opening: int | None = None,
                  echoes: frozenset[str] = frozenset()) -> int | None:
    """Return the index of the line that best opens the article, or None (lines in ``never`` are furniture).

    ``opening``: where strip's article starts in ``paras`` (text dumps); lines below its first prose cost.
    ``echoes``: lines (normalised) strip cut inside the article as copies of a kept line: each counts as a repeat.
    """
    n = min(len(paras), SEARCH_LIMIT)
    weights = [len(p) if len(p) >= PROSE_MIN_CHARS_CJK and is_prose(p) else 0 for p in paras[:n]]  # short: no cache look-up
    start = article_start(paras[:n], weights)
    if start is None:
        return 0 if paras and headline_shaped(paras[0]) else None
    from newsclean.split_search import Search  # the search reads this module's line tests

    search = Search(paras, tags, hints, excluded, never, page, lang, n, opening, echoes)
    best, best_score = search.best(start)
    early = article_start(paras[: start - HEAD_BACK], weights) if EARLY_RUNS and start > HEAD_BACK else None
    if early is not None:
        other, other_score = search.best(early)
        if other is not None and other_score > best_score:
            best, best_score = other, other_score
    inside = search.first_prose(start) if OPENING_SEARCH else None
    if inside is not None and inside < start and inside != early:  # strip's article opens above the main prose run
        other, other_score = search.best(inside)
        if other is not None and other_score > best_score and search.opening is not None and other <= search.opening:
            best = other
    return best
