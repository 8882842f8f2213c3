"""Per-line features and the context-free class of each line (jusText's first pass).

Every line gets cheap features — effective length (a CJK character counts as a word),
word count, stopword density, sentence punctuation, boilerplate phrase, bullets,
separators, link density and tag for HTML — and one of four classes:
``good`` (article-like prose), ``neargood`` (prose, but short or thin), ``short``
(could be a headline, a byline, a subheading or a menu item) and ``bad``
(furniture for sure, with the reason).  The context pass (:mod:`newsclean.strip_article`)
then decides what the short and neargood lines are by their neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean import strip_data

# --- thresholds (measured on the dev split of the extraction set, all languages) ---
LENGTH_LOW = 70  #: effective characters: below this a line is "short" (jusText: 70)
LENGTH_HIGH = 150  #: effective characters: from here a prose line is "good" (jusText: 200)
STOP_LOW = 0.22  #: stopword share of words: below this a line is not prose
STOP_HIGH = 0.30  #: stopword share of words: from here a long line is prose
CJK_WEIGHT = 3  #: a CJK character counts as this many effective characters (about one word)
MAX_LINK_DENSITY = 0.45  #: HTML: a block with more of its text in links is navigation
PHRASE_PREFIX_MAX_CHARS = 130  #: a multi-word phrase at the start removes a line up to this long
LABEL_MAX_CHARS = 300  #: `Read also: <headline>` lines up to this long go with their label
ANYWHERE_MAX_CHARS = 200  #: copyright phrases are looked for anywhere in lines up to this long
WHOLE_MAX_CHARS = 160  #: lines up to this long are tested for being made only of phrases
MAX_LINE_CHARS = 20_000  #: features are computed on at most this much of a line (guard)
SEPARATOR_MIN = 2  #: this many `|`/`·`/`»` separators make a short line a menu or breadcrumb
SYMBOL_SHARE_MAX = 0.5  #: lines whose characters are more than this share non-letters are furniture

_WORD = regex.compile(r"\w+", regex.V1)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", regex.V1)
_LETTER = regex.compile(r"\p{L}", regex.V1)
_SENTENCE_END = regex.compile(r"[.!?…。！？:;»\"”’)\]]\s*$", regex.V1)
_LEAD_JUNK = regex.compile(r"^[\W\d_]+", regex.V1)
_TRAIL_JUNK = regex.compile(r"[\W\d_]+$", regex.V1)
_BULLET = regex.compile(r"^\s*(?:[•·●○◦▪▫■□☆★◆◇►▶▸‣⁃∙*+-]|\d{1,2}[.)])\s", regex.V1)
_SEPARATORS = regex.compile(r"\s[|·•»›/>]\s|\s[|]|[|]\s", regex.V1)
_URLISH = regex.compile(r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|org|net|gr|de|fr|html?)\S*$", regex.V1 | regex.I)
_FORM = regex.compile(r"\[[ _xX]*\]|\[\s{3,}|_{5,}", regex.V1)
_HEADING_TAG = regex.compile(r"^h[1-6]$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the working text with the features the classifier uses."""

    text: str
    length: int  #: effective length: characters, CJK characters weighted by CJK_WEIGHT
    words: int  #: word count (CJK characters count one each)
    stop: float  #: stopword share of the words (1.0 when the language has no list and it reads as prose)
    sentence: bool  #: ends like a sentence
    phrase: str | None  #: boilerplate category when a phrase rule removes the line
    bullet: bool  #: starts with a list bullet
    separators: int  #: menu/breadcrumb separators inside the line
    symbols: float  #: share of characters that are not letters or spaces
    link: float  #: HTML link density (0 for text)
    tag: str  #: HTML block tag ("" for text)
    form: bool  #: a form field or an empty input box drawn by a text browser
    cls: str  #: context-free class: good | neargood | short | bad
    reason: str  #: why, for bad lines (e.g. phrase:share, link-dense)


def phrase_category(text: str) -> str | None:
    """Return the boilerplate category when a phrase rule says this line is furniture."""
    ps = strip_data.phrases()
    low = text.casefold()
    lead = _LEAD_JUNK.sub("", low)
    norm = _TRAIL_JUNK.sub("", lead)
    if not norm:
        return None
    if len(norm) <= WHOLE_MAX_CHARS and ps.whole.fullmatch(norm):
        return strip_data.category_of(ps.start.match(norm).group(0))  # type: ignore[union-attr]
    m = ps.start.match(lead)
    if m:
        key = " ".join(m.group(0).split())
        rest = lead[m.end() :].lstrip()
        if len(text) <= LABEL_MAX_CHARS and (key[-1] in strip_data.LABEL_SEPARATORS or rest[:1] and rest[0] in strip_data.LABEL_SEPARATORS):
            return strip_data.category_of(key)
        if key in ps.multiword and len(text) <= PHRASE_PREFIX_MAX_CHARS:
            return strip_data.category_of(key)
    if ps.anywhere is not None and len(text) <= ANYWHERE_MAX_CHARS and ps.anywhere.search(low):
        return "copyright"
    return None


def measure(
    text: str, stop: frozenset[str], link: float = 0.0, tag: str = "", max_link_density: float = MAX_LINK_DENSITY
) -> Line:
    """Compute the features of one line and its context-free class."""
    t = text[:MAX_LINE_CHARS]
    cjk = len(_CJK.findall(t))
    toks = _WORD.findall(t.casefold())
    words = len(toks) + cjk
    length = len(t) + (CJK_WEIGHT - 1) * cjk
    if stop and toks:
        density = sum(1 for w in toks if w in stop) / len(toks)
    else:
        density = 1.0 if (cjk > len(toks) or not stop) else 0.0
    letters = len(_LETTER.findall(t))
    spaces = t.count(" ")
    symbols = 1.0 - (letters + spaces) / len(t) if t else 1.0
    line = Line(
        text=text, length=length, words=words, stop=density,
        sentence=bool(_SENTENCE_END.search(t)), phrase=phrase_category(t),
        bullet=bool(_BULLET.match(t)), separators=len(_SEPARATORS.findall(t)),
        symbols=symbols, link=link, tag=tag, form=bool(_FORM.search(t)), cls="", reason="",
    )
    cls, reason = classify(line, max_link_density)
    return _with_class(line, cls, reason)


def _with_class(line: Line, cls: str, reason: str) -> Line:
    """Return ``line`` with its class set (Line is frozen)."""
    from dataclasses import replace

    return replace(line, cls=cls, reason=reason)


def classify(line: Line, max_link_density: float = MAX_LINK_DENSITY) -> tuple[str, str]:
    """Return the context-free class of a line and, for bad lines, the reason."""
    if line.phrase:
        return "bad", f"phrase:{line.phrase}"
    if line.link > max_link_density:
        return "bad", "link-dense"
    if line.form:
        return "bad", "form"
    if _URLISH.match(line.text.strip()):
        return "bad", "url"
    if line.length < LENGTH_HIGH and line.separators >= SEPARATOR_MIN:
        return "bad", "separators"
    if line.symbols > SYMBOL_SHARE_MAX and line.length < LENGTH_HIGH:
        return "bad", "symbols"
    if line.length >= LENGTH_HIGH and line.stop >= STOP_HIGH:
        return "good", ""
    if line.length >= LENGTH_LOW and line.stop >= STOP_LOW:
        return "neargood", ""
    if line.length >= LENGTH_HIGH and line.sentence:
        return "neargood", ""
    return "short", ""


def is_heading_tag(tag: str) -> bool:
    """Tell whether an HTML tag is a heading (h1..h6)."""
    return bool(_HEADING_TAG.match(tag))
