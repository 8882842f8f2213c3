"""Small parts of byline reading: what is cut around a name (a job title before it, an author box's "About", a picture's
alt text, a name printed twice) and an agency credit standing as the byline ("det/dpa")."""

from __future__ import annotations

from functools import cache

import regex

from newsclean.split_chars import holds_any
from newsclean.split_byline_words import byline_words, desks, is_byline_word, joiners, noise_re, picture_starts, prefix_re
from newsclean.split_dates import date_lead_words, fold, month_words, parse_date

MIN_NAME_WORDS = 2  #: a first and a last name: a title word is never cut below this
_WORD = regex.compile(r"\p{L}+")
_SLASH = regex.compile(r"\s*/\s*")
_SPACE_RUN = regex.compile(r"\s+")
_ITEM_SEP = regex.compile(r"[,;/]")
_ITEM_SEP_CHARS = tuple(",;/")  #: the characters _ITEM_SEP splits at (most words hold none: no regex call)
#: characters str.split() splits at and regex's \s does not (information separators): with none of them in a line,
#: ``line.split()`` is ``_SPACE_RUN.split(line.strip())`` in C (an empty line aside)
_SEPARATOR_CONTROLS = tuple("\x1c\x1d\x1e\x1f")
_INITIALS = regex.compile(r"\p{Ll}{2,4}")  #: an editor's short sign beside the agency ("det", "lno")
MIN_CREDIT_ITEMS = 2  #: "det/dpa": a sign and an agency
MAX_CREDIT_ITEMS = 4  #: "dpa/AFP/Reuters/lno"
MIN_PROSE_WORDS = 1  #: lowercase words (not date, role or label words) after the capitalised ones that make a line a sentence
MAX_TAIL_CUTS = 3  #: trailing outlet/title items cut from a byline ("X, Senior Analyst, CNN")
_LAST_ITEM = regex.compile(r"\s*[,/]\s*([^,/]+)$")
_DOMAIN = regex.compile(r"(?i)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,3}|info|news|online)")  #: "Phys.org", "wien.ORF.at"
_ACRONYM = regex.compile(r"\p{Lu}{2,5}(?:-\p{Lu}{1,3})?")  #: "CNN", "SP-X": an outlet's initials after a name
_GLUED_ACRONYM = regex.compile(r"\s+\p{Lu}{2,5}$")  #: "J.R. Stone KGO"
_WORDS = regex.compile(r"[\p{L}.]+")
HANDLE = regex.compile(r"(?=[\d._-]*\p{L})[\p{L}\d][\p{L}\d._-]{1,29}")  #: an account name: "eseppelt", "freeman1984", "r23"
META_SEPARATORS = ("|", "·", "•", "—", "–", "-", "~", "/")  #: between the items of a meta line
_DIGIT_RE = regex.compile(r"\d")
MAX_DATE_OPENING_CHARS = 40  #: text read for a date after a name
MAX_DATE_LINE_WORDS = 5  #: a date line under "von flerche" is short ("21. September 2019", "Sep 21, 2019 at 10:15")
_TAIL_STOP = regex.compile(r"[\d|•·–—/,;:()\[\]]|\s-\s")  #: where the words after a name stop: a digit or a separator


def agency_credit(text: str) -> bool:
    """Tell an agency credit given as the byline ("det/dpa", "dpa/lno", "APA/AP") from a name: slash-joined items,
    one an agency, the others agencies or an editor's lower-case initials."""
    from newsclean.split_credits import only_agencies

    items = _SLASH.split(text.strip())
    if not MIN_CREDIT_ITEMS <= len(items) <= MAX_CREDIT_ITEMS:
        return False
    agencies = [only_agencies(item) for item in items]
    return any(agencies) and all(a or _INITIALS.fullmatch(item) for a, item in zip(agencies, items))


def prose_after(line: str, name: str, lang: str | None) -> bool:
    """Tell a sentence opening with a name ("Donald Trump has resigned") from a name line: the words after the
    name, up to a digit or separator, are lowercase prose (not a date's lead words, a role or a noise label)."""
    at = line.find(name)
    tail = _TAIL_STOP.split(line[at + len(name):] if at >= 0 else "", maxsplit=1)[0]
    words = tail.split()
    if not words or not words[0].isalpha() or not words[0].islower():
        return False
    noise = noise_re(lang)
    if noise and noise.match(fold(tail.strip())):
        return False  # "Jane Doe updated 3 hours ago"
    known = date_lead_words(lang) | joiners(lang)
    prose = [w for w in words if w.isalpha() and w.islower() and fold(w) not in known and not is_byline_word(w, lang)]
    return len(prose) >= MIN_PROSE_WORDS


def undouble(name: str) -> str:
    """ "Newsdesk Newsdesk": a name printed twice (link text + label) is one name."""
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def drop_picture(line: str, lang: str | None) -> str:
    """Drop an author picture's alt text before the byline ("Avatar photo by X", "Profilbild Max Muster")."""
    folded = fold(line)
    if not folded.startswith(picture_starts(lang)):
        return line  # the common case, in one test
    for word in byline_words(lang).get("picture", ()):
        if folded.startswith(word + " ") and len(line) > len(word) + 1:
            return line[len(word):].strip()
    return line


def drop_about(text: str, lang: str | None) -> str:
    """Drop an author box's "About" before the name ("Über Steffi", "About Jane Doe")."""
    folded = fold(text)
    for word in byline_words(lang).get("about", ()):
        if folded.startswith(word + " ") and len(text) > len(word) + 1:
            return text[len(word):].strip()
    return text


def cut_lead(name: str, lang: str | None) -> str:
    """Cut a job title before the name ("Rechtsanwalt Max Muster", "FOCUS-Online-Experte Eva Probe"); a first and a last name stay."""
    words = name.split()
    titles = byline_words(lang).get("title", ())
    cut = 0
    while len(words) - cut > MIN_NAME_WORDS and fold(words[cut]).rsplit("-", 1)[-1].strip(",:") in titles:
        cut += 1
    return " ".join(words[cut:]) if cut else name


def cut_at_title(name: str, lang: str | None) -> str:
    """Cut a name list at its first job-title item: "Jane Doe, Senior Staff Technologist, ACLU Project" -> "Jane Doe"."""
    if "," not in name:
        return name
    titles = byline_words(lang).get("title", ())
    items = name.split(",")
    for k in range(1, len(items)):
        if any(fold(w) in titles for w in _WORD.findall(items[k])) and len(items[0].split()) >= MIN_NAME_WORDS:
            return ",".join(items[:k]).rstrip()
    return name


COPYRIGHT_TAIL_LINES = 60  #: lines at the page's end read for a copyright line (the footer)
MAX_COPYRIGHT_LINE_CHARS = 160  #: a footer line with the copyright mark, menu items and all
MAX_COPYRIGHT_SKIPS = 8  #: years, dashes and "by" skipped after the mark ("Copyright (c) 2006-2008 by")
_COPY_SKIP = regex.compile(r"\s+|[-–—,:]|(?<!\d)(?:19|20)\d\d(?!\d)|by(?!\p{L})")  #: on folded text
_COPY_NAME_END = regex.compile(r"\s*(?:[|•·–—/®™]|\s-\s|-\s|\.(?:\s|$)|,|\s{2,}|$)")
_YEAR_RANGE_BY = regex.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s+(?=by\s)")  #: "2009-2020 by Jane Doe"


@cache
def _copyright_re(lang: str | None) -> regex.Pattern[str] | None:
    """The copyright marks of the bylines data as one pattern on folded text."""
    marks = byline_words(lang).get("copyright", ())
    if not marks:
        return None
    return regex.compile("|".join(regex.escape(m) for m in marks) + f"|{_YEAR_RANGE_BY.pattern}")


def _holder(line: str, lang: str | None) -> str | None:
    """The person's name after a copyright mark in ``line`` ("© 2012 Jane Doe. All rights reserved"), or None."""
    from newsclean.split_bylines import names_only
    from newsclean.split_credits import is_signature, photo_words

    pattern = _copyright_re(lang)
    folded = fold(line)
    mark = pattern.search(folded) if pattern and len(folded) == len(line) else None
    if not mark or not photo_words(lang).isdisjoint(_WORD.findall(folded[: mark.start()])):
        return None  # "Foto © Jane Doe": a picture's credit, not the page's
    pos = mark.end()
    for _ in range(MAX_COPYRIGHT_SKIPS):
        skip = _COPY_SKIP.match(folded, pos) or pattern.match(folded, pos)
        if not skip or skip.end() == pos:
            break
        pos = skip.end()
    end = _COPY_NAME_END.search(line, pos)
    name = line[pos : end.start() if end else len(line)].strip()
    companies = byline_words(lang).get("company", ())
    if not name or any(fold(w) in companies for w in name.split()):
        return None
    found = names_only(name, lang)
    return found if found == name and is_signature(name, lang) else None


def copyright_holder(boilerplate: list[object], lang: str | None) -> str | None:
    """The author of a page with no byline: a person holding the copyright in the footer (personal sites and blogs).

    The last line with a copyright mark among the page's last ``COPYRIGHT_TAIL_LINES`` lines is read; only a
    person's name (a known first name, a few words, no firm's word) is taken.
    """
    lines: list[str] = []
    for entry in reversed(boilerplate):
        text = entry.get("text") if isinstance(entry, dict) else None
        if isinstance(text, str):
            lines.extend(reversed(text.split("\n")))
        if len(lines) >= COPYRIGHT_TAIL_LINES:
            break
    for line in lines[:COPYRIGHT_TAIL_LINES]:
        line = line.strip()
        if line and len(line) <= MAX_COPYRIGHT_LINE_CHARS:
            found = _holder(line, lang)
            if found:
                return found
    return None


def split_names(text: str, lang: str | None) -> list[str]:
    """Split a byline into its names at commas, semicolons, slashes and joiners ("and", "und", "&")."""
    joined = joiners(lang)
    parts: list[str] = []
    current: list[str] = []
    for word in text.split() if not holds_any(text, _SEPARATOR_CONTROLS) else _SPACE_RUN.split(text.strip()):
        if fold(word) in joined:
            parts.append(" ".join(current))
            current = []
            continue
        pieces = _ITEM_SEP.split(word) if holds_any(word, _ITEM_SEP_CHARS) else (word,)
        for k, piece in enumerate(pieces):
            if k:
                parts.append(" ".join(current))
                current = []
            if piece:
                current.append(piece)
    parts.append(" ".join(current))
    return [p.strip() for p in parts if p.strip()]


def unfolded_index(text: str, folded_index: int) -> int:
    """Map an offset in ``fold(text)`` back to ``text`` (folding may change lengths: ß -> ss)."""
    if text.isascii():  # folding keeps an ASCII text's length: the offset is the same (no fold per prefix)
        return min(max(folded_index, 0), len(text))
    for i in range(len(text) + 1):
        if len(fold(text[:i])) >= folded_index:
            return i
    return len(text)


def cut_tail(name: str, lang: str | None) -> str:
    """Cut an outlet or a title after the names: "Jane Doe, CNN", "Bob Yirka , Phys.org", "Peter Maahn/SP-X", "Jo Roe, PhD"."""
    name = cut_at_title(name, lang)
    for _ in range(MAX_TAIL_CUTS):
        m = _LAST_ITEM.search(name)
        if not m or len(name[: m.start()].split()) < MIN_NAME_WORDS or not _outlet_or_title(m[1], lang):
            break
        name = name[: m.start()].rstrip(" ,/")
    if (m := _GLUED_ACRONYM.search(name)) and len(before := name[: m.start()].split()) >= MIN_NAME_WORDS \
            and not before[-1].isupper():
        name = name[: m.start()]  # "J.R. Stone KGO": a station's initials after a name in title case, no comma between
    return name


def _outlet_or_title(item: str, lang: str | None) -> bool:
    """Tell whether a trailing byline item names an outlet (agency, desk, web address, "CNN") or a job title."""
    from newsclean.split_credits import only_agencies  # a cycle at import time: split_credits reads bylines

    folded = fold(item).strip(" .")
    if _DOMAIN.fullmatch(item) or _ACRONYM.fullmatch(item) or folded in desks(lang) or only_agencies(item):
        return True
    titles = byline_words(lang).get("title", ())
    return any(w in titles for w in _WORDS.findall(folded))


def account_after_prefix(tail: str, lang: str | None) -> str | None:
    """A lowercase or digit-bearing account name right after a prefix ("von eseppelt · 31. Oktober", "by marc |")."""
    parts = tail.split(maxsplit=1)
    first = parts[0].strip(",;:·|") if parts else ""
    after = parts[1] if len(parts) > 1 else ""
    if not HANDLE.fullmatch(first) or first.endswith(".") or (first[:1].isupper() and not _DIGIT_RE.search(first)):
        return None  # a capitalised name is read the usual way
    if is_byline_word(first, lang) or (fold(first) in month_words(lang) and after[:1].isdigit()):
        return None  # "by march 2020": a date
    if after and not (after[0] in META_SEPARATORS or after[0].isdigit() or is_byline_word(after.split()[0], lang)):
        return None
    return first


def pictured_handle(line: str, lang: str | None) -> str | None:
    """After an author picture's alt text, an account name right before a date ("Profilbild MikeNils 18.10.2019, 15:07"):
    a forum or blog post's author, capitalised or not."""
    parts = line.split(maxsplit=1)
    if len(parts) < 2 or not HANDLE.fullmatch(parts[0]) or is_byline_word(parts[0], lang):
        return None
    if not parts[1][:1].isdigit() and fold(parts[1].split()[0]).strip(".,") not in month_words(lang):
        return None  # the date opens right after the name ("18.10.2019", "May 3, 2016")
    return parts[0] if parse_date(parts[1][:MAX_DATE_OPENING_CHARS], lang) else None


def handle_above_date(line: str, nxt: str, lang: str | None) -> str | None:
    """ "von flerche" above "21. September 2019": an account name after a prefix, its date on the next line."""
    prefix = prefix_re(lang)
    m = prefix.match(fold(line.strip())) if prefix else None
    if not m or not _DIGIT_RE.search(nxt) or len(nxt.split()) > MAX_DATE_LINE_WORDS or not parse_date(nxt, lang):
        return None
    tail = line.strip()[m.end():].strip()
    return account_after_prefix(f"{tail} | {nxt.strip()}", lang) if tail and " " not in tail else None
