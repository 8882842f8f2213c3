"""The standfirst of a text dump: the sentence between the headline and the body, closed off by the header.

A plain-text dump has no tags saying "subtitle".  What marks a standfirst there is where it
stands: after the headline (labels, captions and share bars may stand between), and before the
byline, the date line or the page's furniture that come before the body.  The body's first
paragraph is followed by more prose instead, so it is never taken: the issue forbids inventing
a lead from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache
from typing import Any

import regex

from newsclean import langdata
from newsclean import split_credits as credits
from newsclean import split_headline as heads
from newsclean.split_meta import descriptions
from newsclean.split_overlap import vocabulary, words

MIN_LEAD_WORDS = 6  #: a standfirst has at least a clause
MAX_LEAD_WORDS = 80  #: longer is a body paragraph (when the page marks the paragraph as a lead)
MAX_BARE_LEAD_WORDS = 45  #: an unmarked standfirst is one or two sentences
MIN_BARE_LEAD_CJK = 15  #: same bounds in characters for scripts without spaces
MAX_BARE_LEAD_CJK = 120
MAX_LEAD_SENTENCES = 2  #: sentence ends inside an unmarked standfirst
LEAD_BODY_RATIO = 1.5  #: the body paragraph after an unmarked standfirst is at least this much longer
LEAD_SCAN = 10  #: lines after the header searched for the standfirst (a kicker, a caption, a share bar between)
FOLLOW_SCAN = 4  #: lines after the standfirst searched for the byline or date line that closes it
FOLLOW_CAP = 12  #: same, counting lines of symbols alone ("•" left of a share bar), which FOLLOW_SCAN does not count
MIN_WORDS = 6  #: a standfirst has at least a clause
MAX_WORDS = 60  #: longer is a body paragraph
MIN_CJK = 15  #: same bounds in characters for scripts written without spaces
MAX_CJK = 150
MAX_SENTENCES = 3  #: sentence ends inside a standfirst
TOPIC_PARAS = 5  #: prose paragraphs after the standfirst whose words (with the headline's) it must share one of
TOPIC_SCAN = 40  #: lines after the standfirst searched for them
STEM_CHARS = 5  #: words compared by their first letters ("indígenas" ~ "indígena", "Pflaster" ~ "Pflastersteine")
TWIN_SCAN = 3  #: lines below searched for a caption's second copy ("Main image: <caption>. Photograph: …")
MAX_LABEL_WORDS = 5  #: a line this short between the headline and the standfirst is a label ("Business·Updated")
MAX_NAME_WORDS = 8  #: a line of author names opens the body; longer, it is a sentence that starts with names
NO_STOP_MIN_WORDS = 15  #: a standfirst without a sentence end is a long clause (shorter: a title, a label, a menu)
MIN_DISTINCT = 0.7  #: share of distinct words; below it the line repeats itself ("Inhalte Inhalte Projekte Projekte")
HEADLINE_F1 = 0.6  #: word overlap with the headline above which the line is a version of the headline
MAX_CREDIT_WORDS = 3  #: a " / " tail this short ends a caption with its credit ("... / picture alliance")

_BULLET = regex.compile(r"^\s*(?:[-+*•·–—▪►■□◦‣]\s|\d{1,3}[.)]\s)")  #: a list item's bullet ("+ Added ...", "• ", "1. ")
_LIST_ITEM = regex.compile(r"^\s*(?:[•·*▪►›»\-–—]|\d{1,3}[.)])\s")
_SENTENCE_STOP = regex.compile(r"[.!?。！？](?:\s|$)")
_URL = regex.compile(r"https?://|www\.|\.(?:jpe?g|png|gif|webp)\b|©", regex.IGNORECASE)
_CLOSERS = "\"'”’»)]"  #: quotes and brackets that may close a sentence after its stop
_STOPS = tuple(".!?…。！？")  #: a sentence's final stop
_WORD = regex.compile(r"\w+")
_SYMBOL_START = regex.compile(r"\p{S}")
_LOWER_START = regex.compile(r"^\W*\p{Ll}")
_CLOSING = ("byline", "date-line")  #: header reasons that close a standfirst

Header = Callable[[str], "str | None"]  #: a line's header reason (byline, date-line, source, repeated-headline) or None


def ends_sentence(line: str) -> bool:
    r"""Tell whether a line ends like a sentence (a stop, then closing quotes or brackets only; a final newline may follow).

    The same as searching ``[.!?…。！？]["'”’»)\]]*$``, without a regex scan of every position of a long paragraph.
    """
    if line.endswith("\n"):
        line = line[:-1]
    return line.rstrip(_CLOSERS).endswith(_STOPS)


def shaped(line: str, headline: str | None = None) -> bool:
    """Tell whether a line reads like a standfirst: one to three sentences, no list item, link, caption or title."""
    if junk(line):
        return False
    if heads.is_cjk(line):
        if not MIN_CJK <= len(line) <= MAX_CJK:
            return False
    else:
        words = line.split()
        least = MIN_WORDS if ends_sentence(line) else NO_STOP_MIN_WORDS
        if not least <= len(words) <= MAX_WORDS or len(set(words)) < MIN_DISTINCT * len(words):
            return False
    if headline and _headline_version(line, headline):
        return False
    return len(_SENTENCE_STOP.findall(line)) <= MAX_SENTENCES


def junk(line: str) -> bool:
    """Tell a line no standfirst looks like: a list item, a link, a file, ©, a caption's credit, a meta or menu line."""
    if _LIST_ITEM.match(line) or _URL.search(line) or line.rstrip().endswith((":", ")")) or _SYMBOL_START.match(line):
        return True
    if " / " in line and len(line.rsplit(" / ", 1)[1].split()) <= MAX_CREDIT_WORDS:
        return True
    if line.count(" | ") >= 2 or _LOWER_START.match(line):
        return True  # "am 14 Feb | Kategorien: … | Tags: …"; code or a clause cut off its sentence
    return heads.letter_count(line) * 2 < len(line)


def _headline_version(line: str, headline: str) -> bool:
    """A line holding the headline ("Headline Author", "Kicker: Headline") or most of its words is not a standfirst."""
    a, b = heads.norm(line), heads.norm(headline)
    if b and b in a:
        return True
    mine, theirs = set(_WORD.findall(a)), set(_WORD.findall(b))
    common = len(mine & theirs)
    return bool(common) and 2 * common / (len(mine) + len(theirs)) >= HEADLINE_F1


def _doubled(paras: Sequence[str], i: int) -> bool:
    """A line printed again just below (the second time with its credit) is an image's alt text and caption, not text."""
    line = paras[i]
    return (i > 0 and paras[i - 1] == line) or any(line in paras[j] for j in range(i + 1, min(len(paras), i + 1 + TWIN_SCAN)))


def _label(line: str) -> bool:
    """A few words with no sentence end inside ("Business·Updated", "Warner Bros."): a kicker, a credit, a section."""
    return not heads.is_cjk(line) and len(line.split()) <= MAX_LABEL_WORDS and not _SENTENCE_STOP.search(line.rstrip().rstrip("."))


def _skippable(paras: Sequence[str], i: int, lang: str | None, header: Header, furniture: Collection[str]) -> bool:
    """Lines that may stand between the headline and the standfirst: header lines, labels, captions, furniture."""
    line = paras[i]
    return bool(line in furniture or _doubled(paras, i) or _LIST_ITEM.match(line)
                or header(line) or credits.is_photo_credit(line, lang))


def _by_label(paras: Sequence[str], j: int, lang: str | None) -> bool:
    """A "By" label with the name on the next line."""
    return j + 1 < len(paras) and credits.byline_across(paras[j], paras[j + 1], lang) is not None


def closing(paras: Sequence[str], c: int, lang: str | None, header: Header,
            furniture: Collection[str] = frozenset()) -> int | None:
    """Return the index of the byline or date line that follows the standfirst at ``c`` before any prose, or None."""
    seen = 0
    for j in range(c + 1, min(len(paras), c + 1 + FOLLOW_CAP)):
        line = paras[j]
        if not any(map(str.isalnum, line)):
            continue  # "•", "|": what is left of a share bar or a list of icons
        if header(line) in _CLOSING:
            return j
        if _by_label(paras, j, lang):
            return j + 1
        if heads.is_prose(line) and line not in furniture:
            return None  # the body started: the candidate is its first paragraph
        seen += 1
        if seen >= FOLLOW_SCAN:
            return None
    return None


def _set_off(paras: Sequence[str], c: int, after_header: bool, furniture: Collection[str]) -> bool:
    """Tell whether the standfirst follows the byline or date line (captions, share bars between), with furniture after it."""
    if not after_header or c + 1 >= len(paras):
        return False
    nxt = paras[c + 1]
    return nxt in furniture or not heads.is_prose(nxt) and _label(nxt)


def text_standfirst(paras: Sequence[str], first: int, lang: str | None, header: Header,
                    marks: tuple[Collection[str], Collection[str]] = (frozenset(), frozenset()),
                    headline: str | None = None) -> int | None:
    """Return the index of the standfirst of a text dump at or after ``first`` (the first line after the header), or None.

    ``marks`` are the lines strip named furniture and picture credits.
    """
    furniture, photos = marks
    after_header = first > 0 and header(paras[first - 1]) in _CLOSING
    for c in range(first, min(len(paras), first + LEAD_SCAN)):
        line = paras[c]
        if _skippable(paras, c, lang, header, furniture):
            after_header = after_header or header(line) in _CLOSING
            continue
        if not shaped(line, headline):
            if _label(line) or (headline and _headline_version(line, headline)):
                continue
            return None
        if credits.find_dateline(line, lang) or credits.has_photo_credit(line, lang):
            return None
        right_under = c == first and _right_under(paras, c, lang, photos)
        set_off = _set_off(paras, c, after_header or right_under, furniture)
        closed = set_off or closing(paras, c, lang, header, furniture) is not None
        return c if closed and on_topic(paras, c, headline) else None
    return None


def on_topic(paras: Sequence[str], c: int, headline: str | None) -> bool:
    """A standfirst shares a word with the headline or the body's opening ("Before you go ..." shares none)."""
    prose = [p for p in paras[c + 1 : c + 1 + TOPIC_SCAN] if heads.is_prose(p)][:TOPIC_PARAS]
    stems = {w[:STEM_CHARS] for w in vocabulary([headline or "", *prose])}
    return any(w[:STEM_CHARS] in stems for w in words(paras[c]))


def _right_under(paras: Sequence[str], c: int, lang: str | None, photos: Collection[str]) -> bool:
    """A short line right under the headline, before a label that is not its picture credit ("View Images")."""
    nxt = paras[c + 1] if c + 1 < len(paras) else ""
    return not heads.is_prose(paras[c]) and nxt not in photos and not credits.has_photo_credit(nxt, lang)


def is_lead(i: int, paras: Sequence[str], paths: Sequence[str], tags: Sequence[str | None],
             meta: dict[str, Any], followed_by_header: bool, lang: str | None = None) -> bool:
    """Tell whether paragraph ``i`` (the first after the header) is a standfirst."""
    text = paras[i]
    words = len(text.split())
    if i + 1 >= len(paras) or credits.find_dateline(text, lang) or credits.has_photo_credit(text, lang):
        return False
    if _BULLET.match(text):
        return False  # "+ Added Slime Block", "• Point one": the body's list, not a standfirst
    if any(heads.similar(text, d) or heads.norm(d).startswith(heads.norm(text)[:80]) for d in descriptions(meta)):
        return len(text) >= 20
    cjk = heads.is_cjk(text)
    if not cjk and not MIN_LEAD_WORDS <= words <= MAX_LEAD_WORDS or cjk and len(text) < MIN_BARE_LEAD_CJK:
        return False
    if marked(i, paths, tags):
        return True
    return followed_by_header or _bare_lead(text, paras[i + 1], tags[i], tags[i + 1], paths[i], paths[i + 1])


@cache
def _hint_patterns() -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """Compile the standfirst words of data/htmlhints once: lead-part, not-lead-part, standfirst-name."""
    rows = langdata.rows("htmlhints", "xx") if "xx" in langdata.languages("htmlhints") else ()

    def alt(hint: str) -> str:
        words = sorted((r[0].lower() for r in rows if len(r) > 1 and r[1] == hint), key=len, reverse=True)
        return "|".join(regex.escape(w[:-1]) + r"(?!\w)" if w.endswith("$") else regex.escape(w) for w in words)

    lead, nots, names = alt("lead-part"), alt("not-lead-part"), alt("standfirst-name")
    return (regex.compile(f"(?i){lead}") if lead else None, regex.compile(f"(?i){nots}") if nots else None,
            regex.compile(f"(?i)(?:^|[-_])(?:{names})$") if names else None)


def marked(i: int, paths: Sequence[str], tags: Sequence[str | None]) -> bool:
    """Tell whether the page marks paragraph ``i`` as a standfirst: a subtitle class or a subheading right before the text."""
    lead, nots, _ = _hint_patterns()
    steps = last_steps(paths[i]) if paths[i] and lead is not None else ""
    if steps and lead.search(nots.sub(" ", steps) if nots is not None else steps):
        return True
    return tags[i] in ("h2", "h3", "h4") and i + 1 < len(tags) and tags[i + 1] == "p"


def named_standfirst(path: str) -> bool:
    """Tell whether the element itself is named a standfirst ("p.c-entry-summary.p-dek", "h2#article-subheading").

    Such a visible standfirst beats the page's description, which is often SEO text of its own.
    """
    name = _hint_patterns()[2]
    own = path[max(path.rfind(">"), path.rfind("/")) + 1 :]
    return name is not None and any(name.search(token) for token in regex.split(r"[.#]", own)[1:])


def _bare_lead(text: str, nxt: str, tag: str | None, next_tag: str | None, path: str, next_path: str) -> bool:
    """An unmarked standfirst: one or two sentences, then a clearly longer prose paragraph."""
    if tag is not None and tag == next_tag and path == next_path:
        return False  # same HTML container as the body paragraph: it is the body's first paragraph
    if heads.is_cjk(text):
        if not MIN_BARE_LEAD_CJK <= len(text) <= MAX_BARE_LEAD_CJK:
            return False
    elif not MIN_LEAD_WORDS <= len(text.split()) <= MAX_BARE_LEAD_WORDS:
        return False
    if text.rstrip().endswith(":") or credits.find_dateline(text, None):
        return False
    sentences = len(_SENTENCE_STOP.findall(text))
    return sentences <= MAX_LEAD_SENTENCES and heads.is_prose(nxt) and len(nxt) >= LEAD_BODY_RATIO * len(text)


def last_steps(path: str, steps: int = 2) -> str:
    """The last steps of a block path ("div.article>p.lead"), where class hints count ("/" separates steps too)."""
    parts = path.replace("/", ">").rsplit(">", steps)  # one split in C: every page's block paths pass here
    return path if len(parts) <= steps else path[len(parts[0]) + 1 :]



REPEAT_SCAN = 6  #: body paragraphs searched for the text the lead repeats, from the start or the last repeat (captions, labels, subheadings between)
MIN_REPEAT_CHARS = 40  #: a body paragraph this short (normalised characters) is never taken for a repeat ("0", "Share")
HOLD_SHARE = 0.9  #: share of a paragraph's words found in the lead above which the lead holds that paragraph (all of them when the lead is cut short)
_ELLIPSIS = regex.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\W*$")  #: a description cut short
LEAD_COVER = 0.7  #: a lead (nearly) inside a longer paragraph that covers this share of its words is that paragraph, cut short


def _bag(text: str) -> Counter[str]:
    """The words of a text as a multiset (characters for scripts written without spaces)."""
    flat = heads.norm(text)
    return Counter(flat.replace(" ", "")) if heads.is_cjk(text) else Counter(flat.split())


def unrepeated(lead: str | None, body: Sequence[str]) -> tuple[str | None, list[str], list[str]]:
    """Return (lead, body, repeats): the body without the paragraphs the lead already holds.

    A page's description is often its first paragraph(s) again: whole, several joined, cut short
    ("..."), or lightly edited.  lead + body is the article, so each paragraph is printed once: a
    paragraph whose words the lead holds (HOLD_SHARE) leaves the body; when it is the same paragraph
    lightly edited (each holds HOLD_SHARE of the other), or the lead is inside a longer paragraph and
    covers LEAD_COVER of it (cut short), the printed paragraph becomes the lead.
    """
    paras = list(body)
    if not lead or len(heads.norm(lead)) < MIN_REPEAT_CHARS:
        return lead, paras, []
    left = _bag(lead)
    size = sum(left.values())
    hold = 1.0 if _ELLIPSIS.search(lead) else HOLD_SHARE  # a lead cut short lacks the end of the paragraph it stops in
    repeats: list[int] = []
    for k in range(len(paras)):
        if k >= (repeats[-1] + 1 if repeats else 0) + REPEAT_SCAN:
            break  # searched REPEAT_SCAN paragraphs past the start or the last repeat
        if len(heads.norm(paras[k])) < MIN_REPEAT_CHARS:
            continue
        bag = _bag(paras[k])
        common = sum((bag & left).values())
        words = sum(bag.values())
        if common >= hold * words:
            if not repeats and common < words and common >= HOLD_SHARE * size:
                lead = paras[k]  # the same paragraph lightly edited: the printed version is the article's
            repeats.append(k)
            left -= bag
        elif not repeats and words > size and common >= HOLD_SHARE * size and common >= LEAD_COVER * words:
            lead = paras[k]
            repeats.append(k)
            break
    return lead, [p for k, p in enumerate(paras) if k not in repeats], [paras[k] for k in repeats]
