"""Per-line features and the context-free class of each line (jusText's first pass).

Every line gets cheap features — effective length (a CJK character counts as a word),
word count, stopword density, sentence punctuation, boilerplate phrase, bullets,
separators, link density and tag for HTML — and one of four classes:
``good`` (article-like prose), ``neargood`` (prose, but short or thin), ``short``
(could be a headline, a byline, a subheading or a menu item) and ``bad``
(furniture for sure, with the reason).  The context pass (:mod:`newsclean.strip_article`)
then decides what the short and neargood lines are by their neighbours.  The phrase rules
are :mod:`newsclean.strip_phrases`; :func:`measure_lines` measures a page's new lines in one
loop (this is most of strip's time: each line of an unseen page is measured once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from newsclean import strip_data
from newsclean.lang import script_like
from newsclean.strip_phrases import _BULLET_CHARS, _ORDINAL_BULLET, PHRASE_MAX_CHARS, phrase_category, quiet

# --- thresholds (measured on the dev split of the extraction set, all languages) ---
LENGTH_LOW = 70  #: effective characters: below this a line is "short" (jusText: 70)
LENGTH_HIGH = 120  #: effective characters: from here a prose line is "good" (jusText: 200)
STOP_LOW = 0.22  #: stopword share of words: below this a line is not prose
STOP_HIGH = 0.30  #: stopword share of words: from here a long line is prose
CJK_WEIGHT = 3  #: a CJK character counts as this many effective characters (about one word)
UNSPACED_SHARE = 0.5  #: a line this much in a script written without spaces between words (Thai, Lao, Khmer, ...) has no stopword share to measure
MAX_LINK_DENSITY = 0.45  #: HTML: a block with more of its text in links is navigation
SAMPLE_CHARS = 1000  #: a longer line's stopword share comes from its first this many characters (dev: same F1 as the whole line)
MAX_LINE_CHARS = 20_000  #: features are computed on at most this much of a line (guard)
MAX_CHARS_PER_WORD = 15  #: a long line with fewer words than this implies is checked for symbols
SEPARATOR_MIN = 2  #: this many `|`/`·`/`»` separators make a short line a menu or breadcrumb
TITLE_MIN_WORDS = 2  #: a headline has at least this many words ...
TITLE_MIN_LENGTH = 12  #: ... and this many effective characters
TITLE_MAX_LENGTH = 300  #: ... and not more
DATE_LINE_MAX_WORDS = 8  #: a date line (a dateline, a byline's date) has at most this many words (a teaser title naming a year is none)
CODE_MIN_CHARS = 200  #: a line this long ...
SYMBOL_SHARE_MAX = 0.5  #: lines whose characters are more than this share non-letters are furniture
USE_COUNTER = True  #: a gallery counter on a line of its own (`1 / 8`, `12/40`) is furniture, as a line of symbols is
COUNTER_MAX_CHARS = 12  #: ... such a line is at most this long

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", regex.V1)
#: Thai, Lao, Tibetan, Myanmar, Khmer: words are not separated by spaces, so a stoplist of words finds none of them
_UNSPACED = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
_UNSPACED_MIN = "\u0e00"  #: no character of those scripts is below this
#: the characters whose word/symbol class the standard `re` tables reproduce (Latin, Greek, Cyrillic, Hebrew, Arabic,
#: phonetic letters, punctuation, arrows, shapes, Latin Extended-C): a line made of them is scanned by `re`, about twice as fast as `regex` (which releases the GIL)
_FAST_RANGES = ((0x0000, 0x07FF), (0x1D00, 0x2C7F))
_NON_LETTER = regex.compile(r"[^\p{L}\p{N}\s]", regex.V1)
_ASCII_WORD = re.compile(r"\w+", re.ASCII)  #: strip_data.WORD on ASCII text
_ASCII_NON_LETTER = re.compile(r"[^A-Za-z0-9 \t\n\r\f\v]")  #: _NON_LETTER on ASCII text
#: the ASCII characters _ASCII_NON_LETTER does not find: deleting them from a line's bytes leaves its symbols (faster than findall)
_ASCII_LETTERS = bytes(c for c in range(128) if not _ASCII_NON_LETTER.match(chr(c)))
_SENTENCE_END = frozenset('.!?…。！？:;»"”’')
_SEPARATORS = ("|", " · ", " • ", " » ", " › ", " / ", " > ")
_SEPARATOR_CHAR = re.compile("[|·•»›/>]")  #: a character every separator holds (a quick reject)
YEAR_OR_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")  #: a year or a numeric date
_URLISH = regex.compile(r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|org|net|html?|[a-z]{2})(?:/\S*)?$", regex.V1 | regex.I)
NUMBER = regex.compile(r"(?<![\w.,])\d[\d.,:%]*(?![\w])", regex.V1)  #: a number standing alone (table rows, data lines: strip_runs, strip_extend)
_COUNTER = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")  #: a gallery's picture counter on a line of its own (`1 / 8`)
_FORM = regex.compile(r"\[[ _xX]*\]|\[\s{3,}|_{5,}", regex.V1)
_HEADING_TAG = regex.compile(r"^h[1-6]$")


@dataclass(slots=True)
class Line:
    """One line of the working text with the features the classifier uses."""

    text: str
    length: int  #: effective length: characters, CJK characters weighted by CJK_WEIGHT
    words: int  #: word count (CJK characters count one each)
    stop: float  #: stopword share of the words (1.0 when the language has no list or is CJK, Thai, Khmer, ...)
    sentence: bool  #: ends like a sentence
    phrase: str | None  #: boilerplate category when a phrase rule removes the line
    bullet: bool  #: starts with a list bullet
    separators: int  #: menu/breadcrumb separators inside the line
    symbols: float  #: share of characters that are not letters or spaces (short lines only)
    link: float  #: HTML link density (0 for text)
    tag: str  #: HTML block tag ("" for text)
    form: bool  #: a form field or an empty input box drawn by a text browser
    cls: str = ""  #: context-free class: good | neargood | short | bad
    reason: str = ""  #: why, for bad lines (e.g. phrase:share, link-dense)


def measure(
    text: str,
    stop: frozenset[str],
    link: float = 0.0,
    tag: str = "",
    max_link_density: float = MAX_LINK_DENSITY,
    cjk_possible: bool = True,
) -> Line:
    """Compute the features of one line and its context-free class."""
    return measure_lines([text], stop, [link], [tag], max_link_density, cjk_possible)[0]


_Scanners = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], bool]
_FAST: list[_Scanners] = []  #: (outside, word, symbol, folds inside), made on first use


def _fast_scanners() -> _Scanners:
    """Build `re` patterns finding what strip_data.WORD and _NON_LETTER find, on lines whose characters all lie in
    _FAST_RANGES: each class lists the characters the `regex` pattern itself matches there (identical by construction);
    and whether every such character casefolds into the ranges too (then a line inside has its casefolded form inside)."""
    if not _FAST:
        chars = "".join(chr(c) for lo, hi in _FAST_RANGES for c in range(lo, hi + 1))
        words = "".join(strip_data.WORD.findall(chars))
        symbols = "".join(_NON_LETTER.findall(chars))
        inside = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _FAST_RANGES)
        outside = re.compile(f"[^{inside}]")
        folds_inside = outside.search(strip_data.fold(chars)) is None
        _FAST.append((outside, re.compile(f"[{re.escape(words)}]+"), re.compile(f"[{re.escape(symbols)}]"), folds_inside))
    return _FAST[0]


def measure_lines(
    texts: list[str],
    stop: frozenset[str],
    links: list[float] | None = None,
    tags: list[str] | None = None,
    max_link_density: float = MAX_LINK_DENSITY,
    cjk_possible: bool = True,
) -> list[Line]:
    """Compute the features and class of a page's lines, the same Lines as :func:`measure` gives one by one,
    with the loop's look-ups done once per page: this runs on every line not seen before."""
    cut = texts if max(map(len, texts), default=0) <= MAX_LINE_CHARS else [t[:MAX_LINE_CHARS] for t in texts]
    out = []
    cjk_min, bullets, seps, ends = strip_data.CJK_MIN_CHAR, _BULLET_CHARS, _SEPARATORS, _SENTENCE_END
    outside, fast_word, fast_symbol, folds_inside = _FAST[0] if _FAST else _fast_scanners()
    for i, t in enumerate(cut):
        low = t.casefold()  # strip_data.fold, inlined (an ASCII line takes casefold's fast path: not one call for the page)
        if "\u0307" in low:  # `İ` casefolds to `i̇`, phrase keys hold `i`
            low = low.replace("i\u0307", "i")
        cjk = len(_CJK.findall(t)) if cjk_possible and t and max(t) >= cjk_min else 0
        # a long paragraph's stopword share comes from its first SAMPLE_CHARS (tokenising is most of the cost)
        sample = low if len(low) <= SAMPLE_CHARS else low[: low.rfind(" ", 0, SAMPLE_CHARS) + 1 or SAMPLE_CHARS]
        plain = t.isascii()
        if plain:  # the words and symbols: three scanners, each finding exactly what the `regex` patterns find
            toks, symbol = _ASCII_WORD.findall(sample), None  # None: symbols counted by a byte translate
        elif outside.search(t) is None and (folds_inside or outside.search(sample) is None):
            toks, symbol = fast_word.findall(sample), fast_symbol
        else:
            toks, symbol = strip_data.WORD.findall(sample), _NON_LETTER
        n, size = len(toks), len(t)
        words = n + cjk + (low.count(" ", len(sample)) if len(sample) < len(low) else 0)  # words past the sample, about
        length = size + (CJK_WEIGHT - 1) * cjk if cjk else size
        if stop and n and cjk <= n:
            unspaced = not plain and max(t) >= _UNSPACED_MIN and _unspaced(t)  # Thai, Khmer, ...: no stopword share to measure
            density = 1.0 if unspaced else sum(map(stop.__contains__, toks)) / n
        else:
            density = 1.0 if (cjk > n or not stop) else 0.0
        short = length < LENGTH_HIGH
        first = t[:1]
        if first in bullets or first == "o":
            bullet = t[1:2] in (" ", "")
        else:
            bullet = first.isdigit() and bool(_ORDINAL_BULLET.match(t))
        phrase = None
        if n and (size <= PHRASE_MAX_CHARS or bullet) and (cjk or not quiet(t, low, toks)):
            phrase = phrase_category(t, low, toks, cjk > 0)
        symbols = 0.0  # the share of symbols only matters for short lines or few words
        if size and (short or size > MAX_CHARS_PER_WORD * words):
            symbols = (len(t.encode().translate(None, _ASCII_LETTERS)) if symbol is None else len(symbol.findall(t))) / size
        line = Line(
            texts[i], length, words, density, t.rstrip()[-1:] in ends, phrase, bullet,
            sum(map(t.count, seps)) if short and _SEPARATOR_CHAR.search(t) else 0, symbols,
            links[i] if links else 0.0, tags[i] if tags else "", ("[" in t and bool(_FORM.search(t))) or "_____" in t,
        )
        line.cls, line.reason = classify(line, max_link_density)
        out.append(line)
    return out


def _unspaced(text: str) -> bool:
    """Tell whether a line is mostly in a script without spaces between words (its stopword share means nothing, as for CJK)."""
    return len(_UNSPACED.findall(text)) >= UNSPACED_SHARE * (len(text) - text.count(" "))


def classify(line: Line, max_link_density: float = MAX_LINK_DENSITY) -> tuple[str, str]:
    """Return the context-free class of a line and, for bad lines, the reason."""
    if line.phrase:
        return "bad", f"phrase:{line.phrase}"
    if line.link > max_link_density:
        return "bad", "link-dense"
    if line.form:
        return "bad", "form"
    if " " not in line.text and ("." in line.text or ":" in line.text) and _URLISH.match(line.text):  # a URL holds one
        return "bad", "url"
    if line.length < LENGTH_HIGH and line.separators >= SEPARATOR_MIN:
        return "bad", "separators"
    if line.symbols > SYMBOL_SHARE_MAX or (USE_COUNTER and line.length <= COUNTER_MAX_CHARS and _COUNTER.fullmatch(line.text.strip())):
        return "bad", "symbols"
    if line.length >= CODE_MIN_CHARS and script_like(line.text):
        return "bad", "script"
    if line.bullet and not line.sentence:
        return "short", ""
    if line.length >= LENGTH_HIGH and line.stop >= STOP_HIGH:
        return "good", ""
    if line.length >= LENGTH_LOW and line.stop >= STOP_LOW and line.sentence:
        return "neargood", ""
    if line.length >= LENGTH_HIGH and line.sentence:
        return "neargood", ""
    return "short", ""



def date_line(line: Line) -> bool:
    """Tell whether a line is a date line, a year or a numeric date in a few words: it marks where a post or its meta lines begin."""
    return line.words <= DATE_LINE_MAX_WORDS and YEAR_OR_DATE.search(line.text) is not None

def title_like(line: Line) -> bool:
    """Tell whether a line could be a headline."""
    return (
        line.cls in ("short", "neargood", "good")
        and not line.bullet
        and line.words >= TITLE_MIN_WORDS
        and TITLE_MIN_LENGTH <= line.length <= TITLE_MAX_LENGTH
        and not line.text.rstrip().endswith(":")
    )


def is_heading_tag(tag: str) -> bool:
    """Tell whether an HTML tag is a heading (h1..h6)."""
    return bool(_HEADING_TAG.match(tag))
