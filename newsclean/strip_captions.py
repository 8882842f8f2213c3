"""Photo credits and their captions inside a text dump's article.

A text browser prints a picture as its caption and its credit line between two paragraphs
(`Sakib Ali/Hindustan Times/Getty Images`, `Alex Wong | Getty Images`).  The credit is
recognised by an agency or picture-agency name (data/agencies) in a short line that names
people or sources with separators and does not end a sentence; the caption is the short
line right above it.  Only lines between the article's first and last prose lines are
touched: a source credit after the last paragraph (`Πηγή: ΑΠΕ-ΜΠΕ`) stays.

A caption may also carry its credit at its end (`Protesters in Hong Kong (Image: Getty)`,
`… on the Moon. Credit: SpaceX`): credit labels per language come from data/captions, and
such a line is dropped anywhere in the article run.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean import langdata, strip_data
from newsclean.strip_data import fold
from newsclean.strip_article import Verdict, drop
from newsclean.strip_features import Line

KIND = "captions"
CREDIT_MAX_CHARS = 80  #: a photo credit line is at most this long
CAPTION_MAX_LENGTH = 300  #: the caption above it is a short or neargood line at most this long
CREDIT_SEPARATORS = ("/", "|", ",")  #: a credit joins photographer and agency with one of these
USE_CAPTIONS = True  #: also drop the caption line right above a credit
CAPTION_TAIL_MAX_CHARS = 400  #: a caption ending with its own credit is at most this long
CREDIT_NAME_MAX_CHARS = 60  #: the name after a credit label (`Credit: <name>`) is at most this long ...
CREDIT_NAME_MAX_WORDS = 7  #: ... and this many words (a longer tail is a sentence about a photo)
PAREN_MAX_CHARS = 80  #: a parenthesised credit at the line's end is at most this long
USE_HEAD_CREDITS = True  #: also drop photo credits between the headline and the first paragraph (not the line above them: it may be the headline)
USE_TAIL_CREDIT = True  #: drop captions ending with their credit (`(Image: Getty)`, `Credit: X`)
USE_ECHOES = True  #: a prose line printing its own opening twice (`Title Title`) is a video/picture title: weigh and drop it
USE_TWINS = True  #: a prose line printed twice in a row is a picture's alt text and caption: weigh and drop it as one
TWIN_WEIGHT = -12.0  #: weight of each copy of a twin caption in the run search (a short line's cost)
ECHO_MIN_CHARS = 30  #: a line whose first this many characters come again in its first half ...
ECHO_MAX_CHARS = 80  #: ... followed by the same opening (up to this long) prints itself twice ...
ECHO_MIN_SHARE = 0.8  #: ... when the copies make up this share of the line (not a title glued to a paragraph)
TWIN_PREFIX = 80  #: two prose lines in a row starting with this many identical characters are one caption printed twice
USE_CREDIT_TWINS = True  #: a caption followed by itself plus a glued photographer's name: drop both
CREDIT_TWIN_MIN_CHARS = 30  #: ... when the caption is at least this long
USE_CREDITED_TWINS = True  #: a kept line that a dropped credit line below repeats with its credit (`X` / `X © Name`) is that picture's caption
CREDITED_TWIN_MIN_CHARS = 12  #: ... when the caption is at least this long (`Trybunał Konstytucyjny` / `Trybunał Konstytucyjny / Shutterstock`)
CREDITED_TWIN_GAP = 2  #: ... and the credit line is at most this many lines below it (a dropped form field may sit between)
CREDIT_REASONS = frozenset({"photo-credit", "caption-credit", "phrase:photo"})  #: the verdicts of a picture credit line
USE_FIGURE_ALT = True  #: a line that is a numbered figure's alt text in brackets (`[Abbildung 4: Schwachschicht]`, `[Figure 2. Flow]`) is a caption
FIGURE_ALT_MAX_CHARS = 400  #: ... at most this long
USE_EQUALS_CREDIT = True  #: a caption closed by `＝` and its credit, as Japanese papers print them (`… 喜ぶメッシ＝ロイター`, `…＝田中撮影`)
EQUALS_CREDIT_MAX_CHARS = 20  #: ... the credit after the `＝` is at most this long
USE_LICENSE_TAIL = True  #: a caption ending with a picture's Creative Commons licence (`… Foto: Timur | flickr | CC BY 2.0`, `(CC-BY-SA 3.0)`) ends with its credit
USE_AGENCY_TWINS = True  #: a caption then the caption plus a space and an agency (`Dee Dee Myers` / `Dee Dee Myers Getty Images`): drop both
USE_LABEL_CREDITS = True  #: a short `Name / X` line is a photo credit when X is a caption label or picture agency (data/captions)
USE_NAME_TOKENS = True  #: count a credited name's words by spaces (`ccnull/Marco Verch` is two), not by word characters
USE_NAME_STOP = True  #: a credited name may end with one full stop (`Foto: Archivo El País.`)
USE_PAREN_AGENCY = True  #: a parenthesised tail naming an agency with `/` or `|` is a credit (`(REUTERS/Denis Balibouse)`)
USE_PAREN_NAME = True  #: a short caption ending `. (First Last)` ends with its photographer's name
PAREN_NAME_LINE_MAX = 200  #: ... when the whole line is at most this long (a caption, not a paragraph)
PAREN_NAME_MAX_WORDS = 4  #: ... and the name 2 to this many capitalised words
USE_NESTED_PAREN = True  #: a parenthesised credit may hold brackets of its own (`(Foto: X (bearbeitet durch Y))`)
USE_COPYRIGHT = True  #: a line ending with `© Name` or `(C) Name` ends with its credit
_PROSE = ("good", "neargood")
_WORDS = regex.compile(r"\w+", regex.V1)
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*", regex.V1)  #: one capitalised word of a person's name
_FIGURE_ALT = regex.compile(r"\[\s*(\p{L}{2,})\.?\s+\d{1,3}[a-z]?\s*[:.][^\[\]]*\]", regex.V1)  #: `[Label N: text]`: a text browser's alt text of a numbered figure (the label a data/captions word)
_LICENSE = re.compile(r"\bCC[ -]?(?:BY|0)(?:[ -](?:SA|NC|ND))*(?:[ -]\d\.\d)?(?: [A-Z]{2})?\)?\.?$", re.I)  #: a Creative Commons licence closing a line
_COPYRIGHT = re.compile(r"(?:©|\([cC]\))\s*([^©()]*)$")  #: the name after the last copyright sign


def photo_credit(line: Line) -> bool:
    """Tell whether a short line is a photo credit (`Name/Agency`, `Name | Agency`)."""
    t = line.text.strip()
    if line.cls != "short" or len(t) > CREDIT_MAX_CHARS or t[-1:] in ".!?:;":
        return False
    if t.startswith("(") and t.endswith(")"):  # `(Reuters)`: a source credit
        return False
    if not any(s in t for s in CREDIT_SEPARATORS):
        return False
    return strip_data.is_credit(t) or (USE_LABEL_CREDITS and _has_label(t))


def _has_label(t: str) -> bool:
    """Tell whether a line names a credit label or picture agency (data/captions): `praca / Shutterstock`."""
    single, multi = _labels()
    low = fold(t)
    return not single.isdisjoint(_WORDS.findall(low)) or any(m in low for m in multi)


@cache
def _labels() -> tuple[frozenset[str], tuple[str, ...]]:
    """Load the credit labels of every language: (one-word labels, multi-word labels), casefolded, once."""
    labels: set[str] = set()
    for lang in langdata.languages(KIND):
        labels.update(" ".join(fold(e).split()) for e in langdata.entries(KIND, lang))
    return frozenset(e for e in labels if " " not in e), tuple(sorted((e for e in labels if " " in e), key=len))


@cache
def _spaced_multi() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The multi-word credit labels, each followed by a space (as they stand before a name), and one pattern finding
    any of them (most lines hold none: one scan instead of one per label)."""
    spaced = tuple(m + " " for m in _labels()[1])
    return spaced, re.compile("|".join(map(re.escape, spaced)) if spaced else "(?!)")


def _is_label(words: list[str]) -> bool:
    """Tell whether the last one to three words (casefolded) are a credit label."""
    single, multi = _labels()
    if words and words[-1] in single:
        return True
    return any(" ".join(words[-k:]) in multi for k in (2, 3) if len(words) >= k)


def _name(text: str) -> bool:
    """Tell whether text reads as a credited name: short, few words (`Marco Verch/cc by sa 2.0` is five), no
    sentence end (a capitalised name may close with one full stop: `Foto: Archivo El País.`)."""
    t = text.strip()
    if USE_NAME_STOP and t.endswith(".") and ". " not in t and t[:1].isupper():
        t = t[:-1].rstrip()
    if not t or len(t) > CREDIT_NAME_MAX_CHARS or t[-1] == "." or any(c in t for c in "!?;()\n"):
        return False
    return len(t.split() if USE_NAME_TOKENS else _WORDS.findall(t)) <= CREDIT_NAME_MAX_WORDS


def _paren_credit(t: str) -> bool:
    """`… (Image: Getty)`: a parenthesised tail holding a credit label."""
    if not t.endswith(")"):
        return False
    open_at = _opening(t) if USE_NESTED_PAREN else t.rfind("(")
    if open_at < 0 or len(t) - open_at > PAREN_MAX_CHARS + 2:
        return False
    single, multi = _labels()
    raw = t[open_at + 1 : -1]
    inner = fold(raw)
    if not single.isdisjoint(_WORDS.findall(inner)) or any(m in inner for m in multi):
        return True
    return USE_PAREN_AGENCY and any(s in raw for s in CREDIT_SEPARATORS[:2]) and strip_data.is_credit(raw)


def _opening(t: str) -> int:
    """Where the bracket closing ``t`` opens, nested brackets passed over (`(Foto: X (bearbeitet))`); -1 when unmatched
    or further than PAREN_MAX_CHARS back."""
    depth = 0
    for i in range(len(t) - 1, max(-1, len(t) - PAREN_MAX_CHARS - 3), -1):
        c = t[i]
        if c == ")":
            depth += 1
        elif c == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _label_credit(t: str) -> bool:
    """`… Credit: SpaceX`, `….Credit...Doug Mills`, `… Photograph by Robyn Beck/AFP`."""
    tail = t[-(CREDIT_NAME_MAX_CHARS + 40) :]
    low = fold(tail)
    if USE_COPYRIGHT:
        m = _COPYRIGHT.search(tail)
        if m is not None and _name(m.group(1)):
            return True
    for sep in (":", "：", "...", "…"):
        at = low.rfind(sep)
        if at > 0 and _name(tail[at + len(sep) :].lstrip(".")) and _is_label(_WORDS.findall(low[:at])[-3:]):
            return True
    spaced, anyone = _spaced_multi()
    if anyone.search(low) is None:
        return False
    for m in spaced:
        at = low.rfind(m)
        if at >= 0 and (at == 0 or not low[at - 1].isalnum()):
            rest = tail[at + len(m) :].lstrip()
            if rest[:1].isupper() or rest[:1].isdigit():
                if _name(rest):
                    return True
    return False


def lead_credit(text: str) -> bool:
    """Tell whether a short line is a picture credit led by its label: `Fot. Jan Kowalski / Agencja Gazeta`."""
    t = text.strip()
    if len(t) > CREDIT_MAX_CHARS:
        return False
    m = _WORDS.match(t)
    if m is None or t[m.end() : m.end() + 1] not in (".", ":", "："):
        return False
    return fold(m.group(0)) in _labels()[0] and _name(t[m.end() + 1 :])


def tail_credit(text: str) -> bool:
    """Tell whether a line is a caption ending with its picture credit (`… (Photo: Getty Images)`)."""
    t = text.rstrip()
    if len(t) > CAPTION_TAIL_MAX_CHARS or t[-1:] in "!?":
        return False
    return (_paren_credit(t) or _label_credit(t) or _paren_name(t) or (USE_LICENSE_TAIL and _LICENSE.search(t) is not None)
            or (USE_EQUALS_CREDIT and _equals_credit(t)))


def _equals_credit(t: str) -> bool:
    """`… 喜ぶメッシ（左）とスアレス＝ロイター`: a caption whose credit follows a full-width equals sign (an agency, or a
    name closed by a credit word of data/captions such as 撮影, 提供)."""
    at = t.rfind("＝")
    tail = t[at + 1 :].strip() if at > 0 else ""
    if not tail or len(tail) > EQUALS_CREDIT_MAX_CHARS or tail[-1:] in "。．.!?！？":
        return False
    return strip_data.is_credit(tail) or tail.endswith(_wide_labels())


@cache
def _wide_labels() -> tuple[str, ...]:
    """The one-word credit labels outside ASCII (撮影, 提供, 写真): a name glued to one closes a `＝` credit."""
    return tuple(w for w in _labels()[0] if not w.isascii())


def _paren_name(t: str) -> bool:
    """`… of the organisation. (Teresa Canino Rivera)`: a short caption closed by its photographer's bare name."""
    if not USE_PAREN_NAME or len(t) > PAREN_NAME_LINE_MAX or not t.endswith(")"):
        return False
    open_at = t.rfind("(")
    if open_at < 1 or not t[:open_at].rstrip().endswith("."):
        return False
    words = t[open_at + 1 : -1].split()
    return 2 <= len(words) <= PAREN_NAME_MAX_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


def echo(text: str) -> bool:
    """Tell whether a line prints its own opening again right after it (`Title Title`, `Caption Caption`):
    a video or picture title rendered from its alt text and its caption, never a paragraph."""
    if len(text) < 2 * ECHO_MIN_CHARS:
        return False
    at = text.find(text[:ECHO_MIN_CHARS], ECHO_MIN_CHARS)
    if at < 0 or at > len(text) / 2 + 1:
        return False
    k = min(at, ECHO_MAX_CHARS)
    if text[at : at + k].strip() != text[:k].strip():
        return False
    return text.count(text[:at].strip()) * at >= ECHO_MIN_SHARE * len(text)  # the copies are (about) the whole line


def figure_alt(text: str) -> bool:
    """Tell whether a line is a numbered figure's alt text in brackets (`[Abbildung 4: klassische Schwachschicht.]`)."""
    if text[:1] != "[" or len(text) > FIGURE_ALT_MAX_CHARS or (m := _FIGURE_ALT.fullmatch(text.strip())) is None:
        return False
    return fold(m.group(1)) in _labels()[0]  # a picture label (data/captions), not `[Update 2: ...]`


def echo_lines(lines: list[Line]) -> list[int]:
    """Return the indices of prose lines that print their own opening twice (:func:`echo`)."""
    return [i for i, line in enumerate(lines) if line.cls in _PROSE and echo(line.text)]


def twin_lines(lines: list[Line]) -> list[int]:
    """Return the indices of prose lines that the next line repeats word for word (alt text, then caption)."""
    out = [i for i in range(len(lines) - 1) if lines[i].cls in _PROSE and _twin(lines, i)]
    return out


def _prefix(lines: list[Line], i: int) -> str | None:
    """Return the first TWIN_PREFIX characters of line ``i`` (None when out of range or shorter)."""
    return lines[i].text[:TWIN_PREFIX] if 0 <= i < len(lines) and len(lines[i].text) >= TWIN_PREFIX else None


def _twin(lines: list[Line], i: int) -> bool:
    """Tell whether lines i and i+1 are one caption printed twice: the same text, or a lone pair where one line is
    the other plus a tail (alt text, then the caption with its credit; not a run of lines that all start alike)."""
    a, b = lines[i].text, lines[i + 1].text
    if a == b:
        return True
    head = _prefix(lines, i)
    if head is None or head != _prefix(lines, i + 1) or head in (_prefix(lines, i - 1), _prefix(lines, i + 2)):
        return False
    return a.startswith(b) or b.startswith(a)


def credit_twins(lines: list[Line], start: int, end: int) -> list[int]:
    """Return each i in start..end-1 where line i+1 is line i plus a glued credited name: a picture's caption, then
    the caption with its photographer (`Sergio Massa, el presidente` / `Sergio Massa, el presidenteIgnacio Sánchez`),
    or (USE_AGENCY_TWINS, from the line above the run on) with its agency (`Dee Dee Myers` / `Dee Dee Myers Getty Images`)."""
    out = []
    for i in range(max(0, start - 1) if USE_AGENCY_TWINS else start, min(end, len(lines) - 1)):
        a, b = lines[i].text, lines[i + 1].text
        if i >= start and CREDIT_TWIN_MIN_CHARS <= len(a) < len(b) and b.startswith(a) and b[len(a) : len(a) + 1].isupper():
            if 2 <= len(b[len(a) :].split()) and _name(b[len(a) :]):
                out.append(i)
        elif USE_AGENCY_TWINS and CREDITED_TWIN_MIN_CHARS <= len(a) < len(b) <= CREDIT_MAX_CHARS and b.startswith(a + " "):
            if _agency(b[len(a) + 1 :]):
                out.append(i)
    return out


def _agency(text: str) -> bool:
    """Tell whether a text is only a picture agency or credit label (`Getty Images`, `Shutterstock`, `dpa`)."""
    low = " ".join(fold(text).split())
    single, multi = _labels()
    return low in single or low in multi or strip_data.is_credit(text) and len(text.split()) <= CREDIT_NAME_MAX_WORDS


def twin_weights(twins: list[int], weights: list[float], echoes: tuple[int, ...] | list[int] = ()) -> list[float]:
    """Weigh a prose line printed twice in a row (a picture's alt text and caption) as a short line, both copies,
    and a line printing itself twice (``echoes``) too."""
    for i in twins:
        weights[i] = weights[i + 1] = TWIN_WEIGHT
    for i in echoes:
        weights[i] = TWIN_WEIGHT
    return weights


def drop_captions(lines: list[Line], out: list[Verdict], start: int, end: int, twins: tuple[int, ...] | list[int] = ()) -> list[Verdict]:
    """Drop photo credits (and the caption above each) between the run's first and last prose lines.

    ``twins``: the lines printed twice in a row (:func:`twin_lines`), dropped as captions too.
    """
    for i in twins:
        if start <= i <= end and out[i].keep:
            out[i] = drop("caption-twin")
    for i in credit_twins(lines, start, end) if USE_CREDIT_TWINS else ():
        for k in (i, i + 1):
            if out[k].keep:
                out[k] = drop("caption-twin")
    if USE_TAIL_CREDIT:
        for i in range(start, end + 1):
            if out[i].keep and (tail_credit(lines[i].text) or lead_credit(lines[i].text)):
                out[i] = drop("caption-credit")
            elif USE_FIGURE_ALT and out[i].keep and figure_alt(lines[i].text):
                out[i] = drop("caption")
    prose = [i for i in range(start, end + 1) if lines[i].cls in _PROSE]
    if len(prose) < 2:
        return out
    for i in range(start if USE_HEAD_CREDITS else prose[0] + 1, prose[-1]):
        if not (out[i].keep and photo_credit(lines[i])):
            continue
        out[i] = drop("photo-credit")
        j = i - 1
        if USE_CAPTIONS and j > prose[0] and out[j].keep and lines[j].cls in ("short", "neargood"):
            if lines[j].length <= CAPTION_MAX_LENGTH:
                out[j] = drop("caption")
    return drop_credited_twins(lines, out, start, end) if USE_CREDITED_TWINS else out


def _credited_copy(caption: str, below: str, after: str) -> bool:
    """Tell whether ``below`` (a credit line) prints ``caption`` again with its credit: `X © Name`, `X / Agency`,
    or ``caption`` past its kicker (`Climate: X` / `X © Name`); or a bare credit that ``after`` follows with `X` again."""
    if len(caption) < CREDITED_TWIN_MIN_CHARS:
        return False
    if len(below) > len(caption) and below.startswith(caption) or after == caption:
        return True
    cut = caption.find(": ")
    rest = caption[cut + 2 :] if cut > 0 else ""
    return len(rest) >= CREDITED_TWIN_MIN_CHARS and len(below) > len(rest) and below.startswith(rest)


def drop_credited_twins(lines: list[Line], out: list[Verdict], start: int, end: int) -> list[Verdict]:
    """Drop a kept line of the run that a dropped picture credit just below repeats with its credit: the picture's
    alt text or caption printed once bare and once credited (`Rust am See.` / `© WSNA` / `Rust am See.`)."""
    for j in range(start + 1, min(end, len(lines) - 1) + 1):
        if out[j].keep or out[j].reason not in CREDIT_REASONS:
            continue
        after = lines[j + 1].text if j + 1 < len(lines) else ""
        for i in range(j - 1, max(start, j - CREDITED_TWIN_GAP) - 1, -1):
            if out[i].keep:
                if _credited_copy(lines[i].text, lines[j].text, after):
                    out[i] = drop("caption-twin")
                break  # only the nearest kept line above (dropped lines between are skipped)
    return out
