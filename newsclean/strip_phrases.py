"""The phrase rules: whether a line is furniture because of the boilerplate phrases it holds.

A line gets a category (``share``, ``related``, ``copyright``, ``comments``, ...) when a phrase
of data/boilerplate makes it up, opens it (a label such as `Read also:`), closes it (a comment
header's `says:`, a credit's `contributed to this report`) or stands anywhere in a short line
(copyright notices, cookie banners, newsletter promotions).  Most lines hold no phrase word at
all: :func:`phrase_category` rejects those with a few set look-ups before any rule runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from newsclean import strip_data


PHRASE_PREFIX_MAX_CHARS = 130  #: a multi-word phrase at the start removes a line up to this long
LABEL_MAX_CHARS = 300  #: `Read also: <headline>` lines up to this long go with their label
LABEL_LEAD_MAX_WORDS = 3  #: a LOOSE_LABEL_CATEGORIES label word opens a label this many words long at most (`Watch in full: ...`)
KICKER_SCAN_CHARS = 40  #: a kicker's capitalised label word is looked for in this many first characters
PICTURE_LABEL_MAX_CHARS = 130  #: a line up to this long opened by a picture label word (`Image caption ...`, `Foto 1 de 1`) and not ending like a sentence is a picture line
NOTICE_MAX_CHARS = 600  #: a cookie/consent notice starting with its phrase (`We use cookies ...`) runs up to this long
COOKIE_MIN_MENTIONS = 2  #: a line up to NOTICE_MAX_CHARS naming cookies this often is a consent notice (dev: 177 such lines, none article text)
PHRASE_MAX_CHARS = max(LABEL_MAX_CHARS, NOTICE_MAX_CHARS)  #: no phrase rule looks at longer lines
ANYWHERE_MAX_CHARS = 200  #: copyright phrases are looked for anywhere in lines up to this long
COPYRIGHT_YEAR_WITHIN = 6  #: a long line is a copyright notice when a year follows its opening `©` within this many characters
COPYRIGHT_START_CHARS = 2  #: `©`/`copyright` this close to the line start make a copyright notice
PROMO_MAX_CHARS = 300  #: a line this short holding a `newsletter` word and a sign-up cue is a promotion (dev: 0 of ~1080 such lines article text)
PROMO_FEW_WORDS = 6  #: ... or holding one among at most this many words (`PC Gamer Newsletter`)
USE_PROMO = True  #: drop newsletter sign-up promotions (phrase:newsletter; dev text_dump AEB 0.9121 -> 0.9126 with the head credits)
USE_FOLLOW_LINE = True  #: a short line opened by a follow word naming >= 2 networks is furniture (strip_data.follow_line)
SIGNATURE_MAX_CHARS = 120  #: a comment header (`1. Anna says:`, name and date) is at most this long ...
SIGNATURE_MAX_WORDS = 14  #: ... and this many words (numbers left out)
CREDIT_MAX_CHARS = 300  #: a line ending `... contributed to this report.` is a credit up to this long (a list of reporters)
WHOLE_MAX_CHARS = 160  #: lines up to this long are tested for being made only of phrases
COMMENT_LINE_MAX_WORDS = 4  #: a line this short holding a word like `comments` is a comments heading

_WORD_SPANS = regex.compile(r"\w+", regex.V1)
_BULLET_CHARS = frozenset("•·●○◦▪▫■□☆★◆◇►▶▸‣⁃∙*+-")  #: characters that open a list item
_ORDINAL_BULLET = regex.compile(r"^\d{1,2}[.)]\s", regex.V1)
_HYPHENS = frozenset("-–")  #: a label separator that, glued on both sides, joins a compound instead
_LOOSE_SEPARATORS = frozenset(":：»›|")  #: a label a few words long ends with one of these (a dash there joins words: `Lee Jae-myung`)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  #: a year: a copyright notice names one, a picture credit rarely


def trie_pattern(phrases: Iterable[str]) -> str:
    """Write the phrases as one regex that finds at the leftmost place the longest phrase there, as a longest-first
    alternation does, but tries one branch per next character instead of one per phrase (a trie)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def walk(node: dict) -> str:  # type: ignore[type-arg]
        kids = [re.escape(ch) + walk(sub) for ch, sub in node.items() if ch]
        body = "" if not kids else kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if body and "" in node else body  # greedy: a longer phrase first, else end here

    return walk(root) or "(?!)"


@cache
def anywhere_regex() -> re.Pattern[str]:
    """Compile the phrases looked for anywhere in a line (copyright notices) into one regex."""
    return re.compile(trie_pattern(strip_data.phrases().anywhere))


_Words = frozenset[str]
_QUIET: list[tuple[bool, _Words, _Words, _Words, _Words, tuple[str, ...]]] = []  #: quiet's words, made once


def _quiet_words() -> tuple[bool, _Words, _Words, _Words, _Words, tuple[str, ...]]:
    """Whether quiet may answer (not when a CJK phrase may start with a non-CJK character), the words that let a
    phrase rule fire (first, last, anywhere in a line), the first characters of the anywhere phrases, their marks (`©`)."""
    if not _QUIET:
        idx = strip_data.phrases()
        inner = idx.comment_words | idx.anywhere_first | idx.cookie_words | idx.promo_words
        off = any(not strip_data.is_cjk(c) for c in idx.cjk_first)
        ends = idx.signature_last | idx.credit_last
        _QUIET.append((off, idx.first_words, ends, inner, frozenset(p[:1] for p in idx.anywhere), idx.anywhere_marks))
    return _QUIET[0]


def quiet(text: str, low: str, toks: list[str]) -> bool:
    """Tell whether no phrase rule can fire on a line without CJK characters (most lines): neither its first
    nor last word, nor a word counted anywhere, is a phrase word; True means :func:`phrase_category` is None."""
    off, first, last, inner, starts, marks = _QUIET[0] if _QUIET else _quiet_words()
    if off or ((text[:1] in _BULLET_CHARS or text[:1].isdigit()) and ": " in text[:SIGNATURE_MAX_CHARS]):
        return False  # a comment header's date and colon (_signature_head)
    if toks and (toks[0].isdigit() or toks[-1].isdigit()):
        toks = [w for w in toks if not w.isdigit()]  # numbers are left out of the words matched
    if not toks:
        return True
    if toks[0] in first or toks[-1] in last or not inner.isdisjoint(toks):
        return False
    if len(text) > ANYWHERE_MAX_CHARS:
        return low[:1] not in starts  # _long_copyright: a copyright phrase opens the line
    return not any(map(low.__contains__, marks))


def phrase_category(text: str, low: str, toks: list[str], cjk: bool = True) -> str | None:
    """Return the boilerplate category when a phrase rule says this line is furniture.

    ``cjk=False`` says the line holds no CJK characters (a copyright phrase then starts a word).
    """
    if len(text) > PHRASE_MAX_CHARS:  # no phrase rule looks at lines this long
        return "comments" if _signature_head(text) else None
    idx = strip_data.phrases()
    if any(map(str.isdigit, toks)):
        toks = [w for w in toks if not w.isdigit()]
    if not toks:
        return None
    found = _phrase(text, low, toks, idx, cjk)
    if found is not None:
        return found
    if text[-1:] in ":：" and toks[-1] in idx.signature_last and _signature(text, toks):
        return "comments"
    if len(text) > ANYWHERE_MAX_CHARS and _long_copyright(low):
        return "copyright"
    if (text[:1] in _BULLET_CHARS or text[:1].isdigit()) and _signature_head(text):  # its own first test, inlined
        return "comments"
    if len(text) <= CREDIT_MAX_CHARS and toks[-1] in idx.credit_last and strip_data.ends_credit(toks):
        return "credit"
    if len(text) <= NOTICE_MAX_CHARS and not idx.cookie_words.isdisjoint(toks) and sum(map(idx.cookie_words.__contains__, toks)) >= COOKIE_MIN_MENTIONS:
        return "cookies"
    if USE_PROMO and len(text) <= PROMO_MAX_CHARS and not idx.promo_words.isdisjoint(toks) and _promo(toks, idx):
        return strip_data.PROMO_CATEGORY
    return None


def _signature(text: str, toks: list[str]) -> bool:
    """Tell whether a line ending with `says:` / `sagt:` is a comment's header: short, few words, and numbered,
    bulleted or dated (`1. Anna says:`, `• Max on 3 May 2019 at 4:12 pm said:`; not `The minister said:`)."""
    if len(text) > SIGNATURE_MAX_CHARS or len(toks) > SIGNATURE_MAX_WORDS or not strip_data.ends_signature(toks):
        return False
    return text[:1] in _BULLET_CHARS or any(c.isdigit() for c in text)


def _long_copyright(low: str) -> bool:
    """Tell whether a long line is a site's copyright notice: a copyright phrase and a year open it
    (`© 2019 Example, LLC. All rights reserved. Example is the owner of ...`; dev: 16 such lines, none article text)."""
    m = anywhere_regex().match(low, 0, COPYRIGHT_START_CHARS + 8)
    if m is None or m.start() > COPYRIGHT_START_CHARS:
        return False
    year = _YEAR.search(low, m.end(), m.end() + COPYRIGHT_YEAR_WITHIN + 4)
    return year is not None and year.start() - m.end() <= COPYRIGHT_YEAR_WITHIN


def _signature_head(text: str) -> bool:
    """Tell whether a line starts with a bulleted or numbered comment header glued to the comment by a re-joined
    hard wrap (`* Anna on 3 May 2019 at 4:12 pm said: Hi Alex, ...`): the header's verb and colon end its dated head."""
    if text[:1] not in _BULLET_CHARS and not (text[:1].isdigit() and _ORDINAL_BULLET.match(text)):
        return False
    pos = text.find(": ", 0, SIGNATURE_MAX_CHARS)
    if pos < 0:
        return False
    head = text[: pos + 1]
    rest = _ORDINAL_BULLET.sub("", head, count=1)
    if not any(c.isdigit() for c in rest):  # a date or time names a comment; `• The minister said: ...` is a list item
        return False
    toks = [w for w in strip_data.WORD.findall(strip_data.fold(head)) if not w.isdigit()]
    return bool(toks) and toks[-1] in strip_data.phrases().signature_last and _signature(head, toks)


def _promo(toks: list[str], idx: strip_data.PhraseIndex) -> bool:
    """Tell whether a short line holding a `newsletter` word promotes a sign-up: it is a few words, or another
    newsletter/subscribe phrase stands in it (`Sign up for our daily newsletter`, `Abonnieren Sie den X-Newsletter`)."""
    if len(toks) <= PROMO_FEW_WORDS:
        return True
    for k, w in enumerate(toks):
        if w in idx.first_words and w not in idx.promo_words:
            m = strip_data.match_at(toks, k)
            if m is not None and m[1] in strip_data.PROMO_CUE_CATEGORIES:
                return True
    return False


def _phrase(text: str, low: str, toks: list[str], idx: strip_data.PhraseIndex, cjk: bool) -> str | None:
    """The phrase rules proper (numbers already left out of ``toks``)."""
    if toks[0] not in idx.first_words and toks[0][:1] not in idx.cjk_first:
        # no phrase starts the line, so neither a whole-phrase line nor a prefix phrase
        if len(toks) <= COMMENT_LINE_MAX_WORDS and _comments_heading(text, toks, idx):
            return "comments"
        if len(text) > ANYWHERE_MAX_CHARS:  # most lines end here: too long for an anywhere phrase
            return None
        if not cjk and idx.anywhere_first.isdisjoint(toks) and not any(map(low.__contains__, idx.anywhere_marks)):
            return None  # _anywhere's quick reject, inlined: most short lines end here
        return _anywhere(text, low, toks, cjk)
    return _starting(text, low, toks, idx, cjk)


def _comments_heading(text: str, toks: list[str], idx: strip_data.PhraseIndex) -> bool:
    """Tell whether a very short line holding a `comments` word is a comments heading.

    A sentence ending on the word (`He declined to comment.`) is article text, not a heading.
    """
    if len(toks) > COMMENT_LINE_MAX_WORDS or idx.comment_words.isdisjoint(toks):
        return False
    return not (len(toks) > 1 and toks[-1] in idx.comment_words and text.rstrip().endswith("."))


def _starting(text: str, low: str, toks: list[str], idx: strip_data.PhraseIndex, cjk: bool) -> str | None:
    """The phrase rules for a line whose first word may start a phrase (numbers already left out)."""
    if _comments_heading(text, toks, idx):
        return "comments"
    if len(text) <= WHOLE_MAX_CHARS:
        whole = strip_data.all_phrases(toks)
        if whole is not None:
            return whole
        if text[-1:] not in ".!?" and strip_data.share_bar(toks):
            return "share"
    m = strip_data.match_at(toks, 0)
    if m is None and strip_data.is_cjk(toks[0]):
        c = strip_data.cjk_prefix(toks[0])
        if c is not None:
            return c[1] if len(text) <= PHRASE_PREFIX_MAX_CHARS else None
    if m is not None:
        key = tuple(toks[: m[0]])
        if len(text) <= LABEL_MAX_CHARS and _label_after(low, m[0]):
            return m[1]
        if key in idx.specific and len(text) <= PHRASE_PREFIX_MAX_CHARS and m[1] not in strip_data.HEADING_CATEGORIES:
            return m[1]
        if key in idx.specific and m[1] in strip_data.LONG_NOTICE_CATEGORIES and len(text) <= NOTICE_MAX_CHARS:
            return m[1]
    if toks[0] in idx.label_first and len(text) <= LABEL_MAX_CHARS and (lab := _label(text, low, toks, idx)) is not None:
        return lab
    if USE_FOLLOW_LINE and len(text) <= PHRASE_PREFIX_MAX_CHARS and strip_data.follow_line(toks):
        return "follow"
    return _anywhere(text, low, toks, cjk)


def _anywhere(text: str, low: str, toks: list[str] | None = None, cjk: bool = True) -> str | None:
    """Return `copyright` or `photo` when a short line holds a copyright phrase anywhere."""
    if toks is not None and not cjk and len(text) <= ANYWHERE_MAX_CHARS:
        idx = strip_data.phrases()  # quick reject: no phrase's first word, no `©`
        if idx.anywhere_first.isdisjoint(toks) and not any(map(low.__contains__, idx.anywhere_marks)):
            return None
    if len(text) <= ANYWHERE_MAX_CHARS:
        m = anywhere_regex().search(low)
        if m and m.group(0) in strip_data.phrases().notices:
            return strip_data.phrases().words.get(tuple(strip_data.WORD.findall(m.group(0))), "cookies")
        if m and not m.group(0)[:1].isalnum() and not _YEAR.search(text) and not anywhere_regex().search(low, m.end()):
            return "photo"  # `© Shutterstock/racorn`, `© DTB`: a mark and a name, no year: a picture credit
        if m:  # a notice starts with it (or says "all rights reserved"); else a photo credit
            return "copyright" if m.start() <= COPYRIGHT_START_CHARS or " " in m.group(0) else "photo"
    return None


def _label(text: str, low: str, toks: list[str], idx: strip_data.PhraseIndex) -> str | None:
    """Return the category of the longest entry written as a label (`editor:`) that opens the line AND is followed
    there by a label separator (`Editor: Ann Lee`), else None: `Editor's note: ...` or `Lee Jae-myung said` stay."""
    for k in range(min(idx.label_max, len(toks)), 0, -1):
        cat = idx.label_words.get(tuple(toks[:k]))
        if cat is None:
            continue
        if _label_after(low, k, bare=True):
            return cat
        if cat in strip_data.PICTURE_CATEGORIES and len(low) <= PICTURE_LABEL_MAX_CHARS and low.rstrip()[-1:] not in ".!?":
            return cat  # `Image caption Ann Lee at the summit`, `Photo iStock`; `Photo exhibitions drew crowds.` stays
        if cat in strip_data.LOOSE_LABEL_CATEGORIES and (_kicker(text, k) or _loose_label(text, low, k, min(len(toks), LABEL_LEAD_MAX_WORDS))):
            return cat  # `Watch live: Sondland testifies ...`, `READ THE REST`, `ZOBACZ WIDEO Zmarzlik ...`
    return None


def _kicker(text: str, k: int) -> bool:
    """Tell whether the label word(s) opening the line and the word after them are written in capitals, a button or
    kicker (`READ THE REST`, `ZOBACZ WIDEO ...`); a name in capitals is one word (`LEE Jae-myung said ...`)."""
    head = _WORD_SPANS.findall(text, 0, KICKER_SCAN_CHARS)[: k + 1]
    return len(head) == k + 1 and all(len(w) >= 2 and w.isupper() for w in head)


def _loose_label(text: str, low: str, k: int, most: int) -> bool:
    """Tell whether the label word (``k`` words) and up to ``most`` words in all are followed by a separator, the words
    after the label word lowercase (`Watch live: ...`, `Lee también: ...`; a name is no label: `Lee Jae-myung: ...`)."""
    after = [w for w in _WORD_SPANS.findall(text) if not w.isdigit()][k:most]
    for j, word in enumerate(after, k + 1):
        if not word[:1].islower():
            return False
        if _label_after(low, j, seps=_LOOSE_SEPARATORS):
            return True
    return False


def _label_after(low: str, n_words: int, bare: bool = False, seps: frozenset[str] = strip_data.LABEL_SEPARATORS) -> bool:
    """Tell whether the first ``n_words`` words of the line are followed by a label separator (and, unless ``bare``, text)."""
    end, k = 0, 0
    for m in _WORD_SPANS.finditer(low):
        if m.group().isdigit():  # numbers are not among the words counted (phrase_category leaves them out)
            continue
        k += 1
        if k == n_words:
            end = m.end()
            break
    rest = low[end:].lstrip()
    if rest[:1] in _HYPHENS and low[end : end + 1] == rest[:1] and rest[1:2].isalnum():
        return False  # a hyphen glued on both sides joins a compound (`Next-Gen`, `Mehr-Generationen-Haus`), it labels nothing
    return bool(rest) and rest[0] in seps and (bare or bool(rest[1:].strip()))
