"""Bylines for the split stage: "By X", "Von X", "Του X", desk names, names after a date or a label.

All the words come from ``data/bylines``; the code only knows shapes: a short line that starts with a
byline prefix followed by capitalised names, a label alone on its line naming the next line, a bare
name line, and names after a date.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from newsclean.split_byline_words import (
    bare_labels,
    date_label_words,
    desks,
    glued_re,
    glued_starts,
    has_given_name,
    has_not_name_word,
    inner_prefix_re,
    is_account,
    is_byline_word,
    joiners,
    labels,
    noise_re,
    picture_starts,
    prefix_re,
    prefix_starts,
)
from newsclean.split_byline_parts import agency_credit, cut_lead, drop_about, drop_picture, prose_after, split_names
from newsclean.split_byline_parts import (HANDLE, MAX_DATE_OPENING_CHARS, META_SEPARATORS, account_after_prefix, cut_tail,
                                          handle_above_date, pictured_handle, undouble, unfolded_index)
from newsclean.split_chars import holds_any
from newsclean.split_dates import date_label, date_lead_words, fold, has_dateword, month_words, parse_date

__all__ = ["byline_across", "byline_inside", "drop_about", "find_byline", "is_account", "marked_name",
           "name_after_date", "names_only", "tidy_name"]

MAX_BYLINE_CHARS = 120  #: a byline line is short; longer lines are prose that happens to start with "By"
MAX_PREFIXED_LINE_CHARS = 250  #: a "By X, Y and Z, CNN May 3, 2016 -- Updated ..." line: names, then dates and labels
MAX_LABEL_CHARS = 20  #: a byline label alone on its line ("• Von", "Autor:")
BYLINE_CACHE = 2048  #: lines whose byline reading is remembered (the layout asks for the same lines several times)
MAX_NAME_WORDS = 12  #: words of the name part (several authors fit, a sentence does not)

_NAME_WORD = regex.compile(r"^(?:\p{Lu}|\p{Lt}|\p{Lo})[\p{L}\p{M}'’.\-]*,?$|^(?:van|von|de|der|den|da|di|del|la|le|du|bin|al|y|e|and|und|et|και|и)$")
MIN_BARE_NAME_WORDS = 2  #: a bare name line (no "By") has a first and a last name
MAX_BARE_NAME_WORDS = 6  #: ... and at most two or three people's names
MAX_LISTED_NAMES = 4  #: ... or a list of up to this many full names, commas or joiners between them
MAX_ITEM_WORDS = 3  #: ... each a first, a middle and a last name at most
MAX_SINGLE_WORD_ITEMS = 1  #: one-word items a bare comma list may hold ("Max Muster, dpa"); more is a tag list ("Technik, Termine, Wanderkarte")
MIN_MARKED_NAME_CHARS = 2  #: a block marked as the author may hold one name ("Paddy", "島津健吾"), not one letter
_NAME_END = regex.compile(r"\s+[|•·–—/~]\s+|\s+-\s+|\s{2,}|／|(?<=\p{L})[•·](?=[\p{Lu}\d])")  #: ／: "オカモト／ASCII編集部", the name then the desk
_DIGIT = regex.compile(r"\d")
_GLUE = regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu})")  #: "Gina TrapaniCEO", "Howard BlumeStaff Writer": blocks joined without a space ("McDonald" keeps)
_HANDLE_TAIL = regex.compile(r"[\s,]+@[\w.]+$")  #: "Devindra Hardawar, @devindra": the account after the name
#: _GLUE on an ASCII line, with the standard library (\p{Ll}, \p{Lu} hold no other ASCII letters; regex's property
#: classes cost a table look-up per character)
_ASCII_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")
_WORD_END = regex.compile(r"(?<=[\s/|,])")
_SPACE = regex.compile(r"\s")
_DATE_TOKEN = regex.compile(r"[\d.,:/|–—-]+|[|•·–—-]")  #: a word of a written date or time, or a separator
_ZONE_TOKEN = regex.compile(r"[\p{Lu}.]{1,5}")  #: "AM", "p.m.", "UTC", "PT": a short capitalised abbreviation after a time
_TIME = regex.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")
MAX_LEAD_IN_CHARS = 60  #: text before a separator and "By X" in a meta line ("yas! | By Jane Doe")
#: one-character classes with the standard library's re (no backtracking possible; cheaper than regex for them):
#: find_byline's cheap tests before the name readings, most lines fail them (a date needs a digit, a meta line a separator)
_ANY_DIGIT = re.compile(r"\d")
_ANY_SEPARATOR = re.compile("[" + "".join(re.escape(sep) for sep in META_SEPARATORS) + "]")
_NAME_DATE = regex.compile(r"([^|•·—–~,\d]{3,60}?)\s*(?:[|•·—–~,]|\s-)\s*(.+)")  #: "Name | date", "Name, date"
_CJK_NAME_DATE = regex.compile(r"([\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,8})((?:19|20)\d\d[-/.年].*)")  #: a CJK name glued to its date
MAX_DATE_LEAD_CHARS = 20  #: a date after a name opens within this many characters ("lundi 9 décembre")
MAX_DATE_LEAD_WORDS = 2  #: words before the date's first digit ("am", "lundi", "Dec")
MAX_DATE_PARTICLE_CHARS = 3  #: a short word before the date needs no data ("am", "le", "on", "el")
_DATE_FIRST = regex.compile(r"^[\d\s\p{L}.,:/-]{0,40}\d[\d\s.,:/apmAPM]*\s")  #: a line opening with a date/time


_OPEN_DASH = regex.compile(r"\s[-–—]\s*$")  #: a line ending with a dash opens the article's text: a dateline ("Kiel -")
_LIST_BULLETS = "•·◦▪‣□■*-–—>"  #: list markers w3m prints before a byline item


def _is_name(part: str, lang: str | None) -> bool:
    """Tell whether ``part`` looks like one or more person or desk names."""
    joined = joiners(lang)
    words = [w for w in part.split() if fold(w) not in joined]
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    caps = sum(1 for w in words if _NAME_WORD.match(w.strip(",;")))
    return caps >= max(1, len(words) - 1) and not any(c.isdigit() for c in part) and not _noun_list(part, lang)


def _glue(name: str) -> re.Match[str] | regex.Match[str] | None:
    """The first place a capital is glued to three lower-case letters ("TrapaniCEO"), with the cheaper engine on ASCII."""
    return _ASCII_GLUE.search(name) if name.isascii() else _GLUE.search(name)


def _noun_list(part: str, lang: str | None) -> bool:
    """Tell capitalised nouns joined like names ("Risiken und Nebenwirkungen") from a list of people.

    People in a list carry first and last names; more than ``MAX_SINGLE_WORD_ITEMS`` title-case one-word
    items is a heading's nouns.  Agencies ("dpa", "AFP") are not title-case and do not count.
    """
    items = split_names(part, lang)
    single = sum(1 for item in items if " " not in item and item[:1].isupper() and item[1:2].islower())
    return len(items) > 1 and single > MAX_SINGLE_WORD_ITEMS


def _cut_noise(name: str, lang: str | None) -> str:
    """Cut what follows the name: dates, "Updated ...", "| Follow", e-mail addresses, a glued role or outlet."""
    name = _NAME_END.split(name, maxsplit=1)[0]
    name = _HANDLE_TAIL.sub("", name) if "@" in name else name  # the pattern needs its "@"
    glued = _glue(name)
    if glued and " " in name[: glued.start()].strip():
        name = name[: glued.start()]  # not in a one-word handle ("KleineGrüneMonster")
    noise = noise_re(lang)
    if noise:
        m = noise.search(fold(name))
        if m:
            name = name[: unfolded_index(name, m.start())]
    dated = _DIGIT.split(name, maxsplit=1)
    words = _WORD_END.split(dated[0])
    months = month_words(lang)
    while words and (fold(words[-1].strip(" ,/|.")) in months or not words[-1].strip(" ,/|.")
                     or words[-1].strip(" ,/|.").islower()):
        words.pop()
    if len(dated) > 1 and len(words) > MIN_BARE_NAME_WORDS and words[-1].strip(" ,/|.").casefold() in date_label_words():
        words.pop()  # "Martin Jendrischik On 12. Dezember 2022": a date label of the template's language
    return cut_lead(cut_tail("".join(words).strip(" ,;:-–—|·•()[]/→»›«‹"), lang), lang)  # "Stefanus →": a link arrow


def tidy_name(name: str, lang: str | None) -> str:
    """Cut a glued role and a trailing outlet or title off a name list that is known to be names (metadata)."""
    glued = _glue(name)
    if glued and " " in name[: glued.start()].strip():
        name = name[: glued.start()]
    return cut_tail(name.strip(), lang) or name


def _in_meta_line(folded: str, prefix: regex.Pattern[str]) -> tuple[regex.Match[str] | None, bool]:
    """Find "by Name" inside a meta line: after a date or time ("May 3, 2016 by Jane Doe", "Veröffentlicht am
    3. Mai 2016 von X") or after a separator ("yas! | By Jane Doe | May 3"); return (match, lenient).

    The first prefix decides: "Here Are 6 Gadgets Powered by X" is a headline.  Only a line that opens
    with a date may hold a loosely capitalised name (the old rule); elsewhere every word must be a name's.
    """
    found = prefix.search(folded)  # the first prefix after a space (the pattern from inner_prefix_re) decides
    start = found.start() if found else MAX_BYLINE_CHARS + 1
    if start <= MAX_BYLINE_CHARS:
        before = folded[:start].rstrip()
        if _TIME.search(before) or parse_date(before):
            return found, bool(_DATE_FIRST.match(folded))
        if before.endswith(META_SEPARATORS) and len(before) <= MAX_LEAD_IN_CHARS:
            return found, False
        return None, False
    return None, False


def _name_then_date(line: str, lang: str | None) -> str | None:
    """The names before a separator and a date ("Marie Merlet | lundi 9 décembre 2019", "Janic Cathomen, 01.12.2021").

    The names are a first and a last name at least, every word a name's; the date opens what follows.
    """
    m = _NAME_DATE.match(line) if _DIGIT.search(line) else None  # no digit, no date: the cheap test first
    if not m and (cjk := _CJK_NAME_DATE.match(line)):
        dated = date_label(line, lang) is None and parse_date(cjk[2][:MAX_DATE_OPENING_CHARS], lang)
        return cjk[1] if dated else None  # "谢若含2017-03-01 14:27"; not "更新2019年4月13日"
    if not m or not _DIGIT.search(m[2][:MAX_DATE_LEAD_CHARS]):
        return None
    lead = [fold(w).strip(".,") for w in m[2][: _DIGIT.search(m[2]).start()].split()]
    known = date_lead_words(lang)
    if len(lead) > MAX_DATE_LEAD_WORDS or any(len(w) > MAX_DATE_PARTICLE_CHARS and w not in known for w in lead):
        return None  # "London 18.10.2019": a place, then the date
    opening = m[2][:MAX_DATE_OPENING_CHARS]
    if not parse_date(opening, lang) and not has_dateword(opening, lang, "relative"):
        return None  # "Jacobo Betancur Peláez | Publicado hace 3 horas": a relative date serves as well
    name = m[1].strip()
    words = name.split()
    if not MIN_BARE_NAME_WORDS <= len(words) <= MAX_BARE_NAME_WORDS or any(is_byline_word(w, lang) for w in words):
        return None
    return name if _strict_name(name, lang) and not _noun_list(name, lang) else None


def _strict_name(part: str, lang: str | None) -> bool:
    """Every word a name's word, the first capitalised: a name found inside a longer line must look like one."""
    joined = joiners(lang)
    words = [w.strip(",;") for w in part.split() if fold(w) not in joined]
    return (bool(words) and len(words) <= MAX_NAME_WORDS and words[0][:1].isupper()
            and all(_NAME_WORD.match(w) for w in words) and not _tag_list(part))


def byline_inside(line: str, lang: str | None) -> str | None:
    """Find "by Name" inside a short line ("Analysis by Jane Doe, CNN"), for blocks marked as bylines."""
    prefix = prefix_re(lang)
    folded = fold(line)
    if not prefix:
        return None
    for start in (m.end() for m in _SPACE.finditer(folded[:MAX_BYLINE_CHARS])):
        found = prefix.match(folded, start)
        if found:
            rest = _cut_noise(line[found.end():].strip(), lang)
            return rest if rest and _is_name(rest, lang) else None
    return None


@cache
def _tables(lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str],
                                      regex.Pattern[str] | None, tuple[str, ...]]:
    """find_byline's per-language data in one look-up: picture words, glued prefixes, both, desks, the prefix pattern
    and the words it opens with."""
    pictures, glued = picture_starts(lang), glued_starts(lang)
    return pictures, glued, pictures + glued, desks(lang), prefix_re(lang), prefix_starts(lang)


@lru_cache(maxsize=BYLINE_CACHE)
def find_byline(line: str, lang: str | None) -> str | None:
    """Return the author name(s) when ``line`` is a byline ("By X", "Von X", "Του X", a desk name)."""
    if len(line) > MAX_PREFIXED_LINE_CHARS:
        return None
    line = line.strip().lstrip(_LIST_BULLETS).strip()  # "• von X" in a list of meta items
    folded = fold(line)
    pictures, glued_words, starts, desk_names, prefix, prefix_words = _tables(lang)
    if folded.startswith(starts):  # one test rules out the picture and glued-prefix readings on most lines
        if folded.startswith(pictures):
            line = drop_picture(line, lang)
            folded = fold(line)
            if pictured := pictured_handle(line, lang):
                return pictured
        glued = glued_re(lang) if folded.startswith(glued_words) else None
        if glued and (g := glued.match(line)):
            line = f"{line[: g.end()]} {line[g.end():]}"
            folded = fold(line)
    folded = folded.strip()
    if folded.rstrip(".:") in desk_names:
        return line.strip()
    m = prefix.match(folded) if prefix and folded.startswith(prefix_words) else None  # the pattern opens with a word
    digit = _ANY_DIGIT.search(line) is not None
    if not m and digit and len(line) <= MAX_BYLINE_CHARS and (dated := _name_then_date(line, lang)):
        return dated
    lenient = True
    if (not m and prefix and len(line) <= MAX_BYLINE_CHARS and (digit or _ANY_SEPARATOR.search(folded, 0, MAX_LEAD_IN_CHARS + 1))
            and holds_any(folded, prefix_words)):  # the inner pattern needs one of its words: plain substring tests first
        m, lenient = _in_meta_line(folded, inner_prefix_re(lang))  # a date or a separator stands before an inner "by X"
    if not m:
        return None
    tail = line[m.end():].strip()
    handle = account_after_prefix(tail, lang)
    if handle and len(line) <= MAX_BYLINE_CHARS and (_TIME.search(line) or parse_date(line, lang)):
        return handle  # an account name needs a date beside it: "von oben" alone is no byline
    if agency_credit(tail):
        return tail  # "Von: det/dpa": an editor's initials with the agency
    rest = undouble(_cut_noise(tail, lang))
    if not rest or len(rest) > MAX_BYLINE_CHARS:
        return None
    named = _is_name(rest, lang) if lenient else _strict_name(rest, lang)
    return rest if named and _plain_name(rest, lang) else None


def _plain_name(name: str, lang: str | None) -> bool:
    """A name read after a prefix opens with a name's word, holds no lowercase word between its names and no
    interface word: not "using Pastebin.com" ("By using ..."), "Tunis nach Teheran", "Autoren | Kontakt"."""
    words = [w.strip(",;") for w in name.split()]
    if not words or (words[0].isalpha() and not _NAME_WORD.match(words[0])) or has_not_name_word(name.split(",")[0], lang):
        return False
    joined = joiners(lang)
    return not any(len(w) > MAX_DATE_PARTICLE_CHARS and w.isalpha() and w.islower() and fold(w) not in joined
                   for w in words[1:-1])  # "Tunis nach Teheran"; a short particle ("Camila Méndez en Territorio") stays


def names_only(line: str, lang: str | None) -> str | None:
    """Return the line as an author list when it is nothing but capitalised names (or a desk name)."""
    if len(line) > MAX_BYLINE_CHARS:
        return None
    via_prefix = find_byline(line, lang)
    if via_prefix:
        return via_prefix
    rest = undouble(_cut_noise(drop_picture(line.strip(), lang), lang))
    if not rest or prose_after(line, rest, lang):
        return None  # "Donald Trump has resigned from office": a sentence that opens with a name
    if find_byline(rest, lang) == rest:
        return rest  # a desk name followed by a date ("Redaktion - 31. Januar 2022")
    words = rest.split()
    joined = joiners(lang)  # "Julia Carrie Wong and Sam Levin": the joiner is no name's word
    if not MIN_BARE_NAME_WORDS <= sum(1 for w in words if fold(w) not in joined) <= MAX_BARE_NAME_WORDS and not _name_list(rest, lang):
        return None
    if is_byline_word(words[-1], lang):
        while words and is_byline_word(words[-1], lang):
            words.pop()  # "Harald Bauer Autor": the role label after the name; "Disko Von": too short once cut
        if len(words) < MIN_BARE_NAME_WORDS:
            return None
        rest = " ".join(words)
    strict = all(_NAME_WORD.match(w.strip(",;")) or w == "&" for w in words)
    return rest if strict and not _tag_list(rest) and _is_name(rest, lang) and not has_not_name_word(rest, lang) else None


def _name_list(text: str, lang: str | None) -> bool:
    """Several people's full names ("Isabel Caro, Rocío Latorre y José Miguel Wilson"): more words than one name
    holds, each item a first and a last name (a middle one at most), ``MAX_LISTED_NAMES`` items at most."""
    items = split_names(text, lang)
    return 2 <= len(items) <= MAX_LISTED_NAMES and all(MIN_BARE_NAME_WORDS <= len(i.split()) <= MAX_ITEM_WORDS for i in items)


def _tag_list(text: str) -> bool:
    """Tell a comma list of one-word items ("Forschung, Projekte, Sprachpunkt": categories) from names."""
    if "," not in text:
        return False
    return sum(1 for item in text.split(",") if len(item.split()) == 1) > MAX_SINGLE_WORD_ITEMS


def byline_across(line: str, nxt: str, lang: str | None) -> str | None:
    """A byline label alone on its line ("• Von", "Autor:") names the author on the next line."""
    if len(line) > MAX_LABEL_CHARS or len(nxt) > MAX_BYLINE_CHARS or _OPEN_DASH.search(nxt):
        return None  # "Von" above "Kiel -": the author's name is missing, the next line is the dateline
    label = fold(line).strip(_LIST_BULLETS + " ")
    if label.rstrip(":：").strip() not in (labels(lang) if label.endswith((":", "：")) else bare_labels(lang)):
        return _kicker_label(line, nxt, lang) or handle_above_date(line, nxt, lang)
    return find_byline(f"{line.strip()} {nxt.strip().lstrip(_LIST_BULLETS).strip()}", lang)


def _kicker_label(line: str, nxt: str, lang: str | None) -> str | None:
    """A section word and a capitalised prefix on one line ("Disko Von") name the author on the next ("Ernst Lohoff");
    lowercase ("Powered by" / "WordPress") is a credit line, not a byline label."""
    words = line.split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1][:1].isupper() or fold(words[1]) not in bare_labels(lang):
        return None
    found = find_byline(f"{words[1]} {nxt.strip()}", lang)
    return found if found and _strict_name(found, lang) else None


def name_after_date(line: str, lang: str | None) -> str | None:
    """Return the names after a date that opens a short line ("26. September 2019 Ulrike Stockhausen")."""
    if len(line) > MAX_BYLINE_CHARS:
        return None
    words = line.split()
    months = month_words(lang)
    k = 0
    while k < len(words) and (_DATE_TOKEN.fullmatch(words[k]) or fold(words[k]).strip(".,") in months
                              or (k and _clock_word(words, k, lang))):
        k += 1
    if k == 0 or k == len(words) or not parse_date(" ".join(words[:k]), lang):
        return None
    while k < len(words) and _ZONE_TOKEN.fullmatch(words[k].strip(".,|")):
        k += 1  # "8:54 PM UTC": the time's letters, not a name
    rest = " ".join(words[k:]).lstrip("|•·–—- ")
    found = names_only(rest, lang)
    if found and "," not in found:
        return found
    pair = rest.split()[:MIN_BARE_NAME_WORDS]  # "16. Mai 2019 Markus Elsberger Netzwerk, Windows": date, author, categories
    first = " ".join(pair).rstrip(",")
    known = len(pair) == MIN_BARE_NAME_WORDS and has_given_name(first, lang) and _strict_name(first, lang)
    return first if known and "," in rest.split(first, 1)[-1] else found


def _clock_word(words: list[str], k: int, lang: str | None) -> bool:
    """A short word inside a written date and time ("um 16:14 Uhr", "à 09h08"): before a digit or after a time."""
    word = fold(words[k]).strip(".,")
    if not word.isalpha() or len(word) > MAX_DATE_PARTICLE_CHARS or word in bare_labels(lang) or word in joiners(lang):
        return False
    after = words[k + 1] if k + 1 < len(words) else ""
    return after[:1].isdigit() or ":" in words[k - 1]


def marked_name(line: str, lang: str | None, single: bool = False) -> str | None:
    """Return the name in a block the page marks as the author; with ``single``, one name ("Paddy", "島津健吾") too."""
    line = drop_about(line, lang)
    found = names_only(line, lang) or byline_inside(line, lang)
    if found or not single or len(line) > MAX_BYLINE_CHARS:
        return found
    if (labelled := _labelled_handle(line, lang)) is not None:
        return labelled or None
    rest = undouble(_cut_noise(line.strip().strip("[]【】()（）"), lang))
    words = rest.split()
    if not 1 <= len(words) <= MAX_BARE_NAME_WORDS or len(rest) < MIN_MARKED_NAME_CHARS:
        return None
    if is_byline_word(words[-1], lang) or fold(line.split()[-1]).rstrip(":：") in labels(lang):
        return None  # "By", "Von", "Disko Von", "Artikel von:": the label, its name stands in the next block
    return rest if all(_NAME_WORD.match(w.strip(",;，、")) for w in words) else None


def _labelled_handle(line: str, lang: str | None) -> str | None:
    """In a block marked as the author, the account name after a label ("Artikel von: mustersite"): the name, or ""
    when a label stands there with something else after it (None: no label, read the line as a name)."""
    inner = inner_prefix_re(lang)
    folded = fold(line)
    m = inner.search(folded[:MAX_BYLINE_CHARS]) if inner and len(folded) == len(line) else None
    if not m:
        return None
    tail = line[m.end():].strip()
    return tail if HANDLE.fullmatch(tail) and not is_byline_word(tail, lang) else ""
