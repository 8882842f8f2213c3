"""Credits for the split stage: source-credit lines, agency names and datelines (bylines: split_bylines).

All the words come from ``data/sources`` and ``data/agencies``; the code only knows shapes: a short
line that starts with a credit label, a known agency alone or in parentheses, and a dateline
``CITY[, date] [(Agency)] -`` at the start of the first body paragraph. The byline names are
re-exported from :mod:`newsclean.split_bylines` so callers keep importing them from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean import langdata
from newsclean.split_bylines import (BYLINE_CACHE, MAX_BYLINE_CHARS, MAX_LABEL_CHARS, MAX_NAME_WORDS,  # noqa: F401  (re-exported)
                                     MAX_PREFIXED_LINE_CHARS, byline_across, byline_inside, find_byline, is_account,
                                     marked_name, name_after_date, names_only)
from newsclean.split_byline_boxes import bio_box_author, label_above
from newsclean.split_byline_header import (dated_name_in_header, dated_name_in_text, labelled_in_text, named_line_in_text,
                                           shaped_byline_in_text, titled_name_in_header)
from newsclean.split_byline_foot import (byline_at_foot, is_signature, names_someone as _names_someone, repeated_name)
from newsclean.split_byline_parts import undouble
from newsclean.split_chars import holds_any
from newsclean.split_byline_words import rows as _rows
from newsclean.split_dates import fold

__all__ = [
    "BYLINE_CACHE", "MAX_BYLINE_CHARS", "MAX_LABEL_CHARS", "MAX_NAME_WORDS", "MAX_PREFIXED_LINE_CHARS",
    "byline_across", "byline_inside", "find_byline", "marked_name", "name_after_date", "names_only",
    "agency_in", "only_agencies", "initialled_agency", "find_source", "is_photo_credit", "has_photo_credit", "trailing_credit",
    "find_dateline", "byline_from_boilerplate"]

MAX_CREDIT_CHARS = 100  #: a source-credit line is short
MAX_DATELINE_CHARS = 80  #: the dateline prefix of a paragraph ("BERLIN, 12. Mai (dpa) -")
MIN_TITLED_DATELINE_REST = 60  #: characters after "Potsdam – ": a sentence follows a dateline, not "Bayern – Dortmund 2:1"
MAX_CAPTION_CHARS = 400  #: characters of a line searched for a photo credit
TAIL_ZONE = 12  #: closing paragraphs searched for a labelled source-credit line ("Πηγή: ...")
BARE_TAIL_ZONE = 3  #: closing paragraphs where a bare agency name ("Reuters") is a credit, not a photo caption
BOILERPLATE_BYLINE_SCAN = 40  #: removed lines searched for a byline strip took away (200 gains dev text byline 0.519 -> 0.550 but reaches footers after the article: "La rédaction"; needs a reason filter in split.py first)
BOILERPLATE_DATE_SCAN = 400  #: removed lines searched for a date strip took away

BOILERPLATE_BYLINE_BEFORE_SCAN = 200  #: removed lines searched when strip cut them before the article (menus run past 100 lines)
#: strip's reasons for lines ahead of the article ("standfirst-band": the byline/date band between a standfirst and the body)
BEFORE_REASONS = frozenset({"before-article-start", "separators", "duplicate", "standfirst-band"})
BODY_END_LINES = 3  #: closing body paragraphs read for a bare signature
BARE_UNDER_LINES = 4  #: lines under the headline read for a bare author name (a kicker, a standfirst, the name)
TOPIC_LINES = 3  #: lines after a bare name that must not speak of it (its subject, not its author)
_BULLETS = "•□☆*◦▪-–—"  #: list markers: a bulleted name is a menu or a tag list item
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
MAX_CREDIT_PARTS = 4  #: slash-joined parts of an initialled credit ("PAP/aja", "dpa/lno/mb")
_INITIALS = regex.compile(r"\p{Ll}{1,4}")  #: an editor's initials under an agency credit: lower case, at most four letters
_TRAILING_CREDIT = regex.compile(r"\s*(?:\(([^()]{2,40})\)|[—–]\s*([^—–]{2,40}))\s*$")


@cache
def _agencies() -> dict[str, str]:
    """Agency alias (as written) -> canonical name."""
    out: dict[str, str] = {}
    for row in langdata.rows("agencies", langdata.UNIVERSAL):
        name = row[0]
        out.setdefault(name, name)
        if len(row) > 1 and row[1]:
            for alias in row[1].split("|"):
                if alias.strip():
                    out.setdefault(alias.strip(), name)
    return out


@cache
def _folded_agencies() -> dict[str, str]:
    """Folded alias -> canonical name (for case-insensitive matches)."""
    return {fold(k): v for k, v in _agencies().items()}


@cache
def _agency_re() -> regex.Pattern[str]:
    names = sorted(_agencies(), key=len, reverse=True)
    alts = [regex.escape(n) if len(n) <= 4 else f"(?i:{regex.escape(n)})" for n in names]
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alts)})(?![\p{{L}}\p{{N}}])")


_WORDS = regex.compile(r"\p{L}+")
_RUN = regex.compile(r"[\p{L}\p{N}]+")


@cache
def _agency_keys() -> frozenset[str]:
    """The longest word of every agency alias (folded): a text without one of them names no agency."""
    return frozenset(max(_RUN.findall(fold(a)), key=len) for a in _agencies())


def _may_name_agency(text: str) -> bool:
    """Cheap test before the big agency pattern (most lines name none)."""
    return not _agency_keys().isdisjoint(_RUN.findall(fold(text)))


def agency_in(text: str) -> str | None:
    """Return the canonical names of the agencies named in ``text`` ("AFP/Reuters"), or None."""
    if not _may_name_agency(text[:MAX_CREDIT_CHARS]):
        return None
    found: list[str] = []
    table = _folded_agencies()
    for m in _agency_re().finditer(text[:MAX_CREDIT_CHARS]):
        name = _agencies().get(m[0]) or table.get(fold(m[0]), m[0])
        if name not in found:
            found.append(name)
    return "/".join(found) or None


def only_agencies(text: str) -> bool:
    """Tell whether ``text`` is nothing but agency names and separators ("dpa/AFP", "(Reuters)")."""
    if not agency_in(text):
        return False
    rest = _agency_re().sub("", text)
    return not _LETTER.search(rest.replace("and", "").replace("und", ""))


@cache
def _source_labels(lang: str | None) -> tuple[tuple[str, str], ...]:
    rows = [(kind, fold(text)) for kind, text in _rows("sources", lang)]
    return tuple(sorted(rows, key=lambda r: len(r[1]), reverse=True))


@cache
def _label_starts(lang: str | None, photo: bool) -> tuple[str, ...]:
    """The photo labels (or the other source labels) as one tuple: a single ``startswith`` rules most lines out."""
    return tuple(label for kind, label in _source_labels(lang) if (kind == "photo") == photo)


def initialled_agency(text: str) -> str | None:
    """Return the agency of a credit signed with an editor's initials ("aja/PAP", "dpa/lno", "ČTK/jpr"), or None."""
    parts = [part.strip() for part in text.split("/")]
    if not 2 <= len(parts) <= MAX_CREDIT_PARTS or not any(_INITIALS.fullmatch(part) for part in parts):
        return None
    if not all(_INITIALS.fullmatch(part) or only_agencies(part) for part in parts):
        return None
    return agency_in(text)


def find_source(line: str, lang: str | None, bare_ok: bool = True) -> str | None:
    """Return the credit when ``line`` is a source line ("Πηγή: ΑΠΕ-ΜΠΕ", "(Reuters)", "— AP", "aja/PAP")."""
    text = line.strip()
    if not text or len(text) > MAX_CREDIT_CHARS:
        return None
    bare = text.strip("()[]—–-−· .")
    if bare_ok and only_agencies(bare):
        return agency_in(bare)
    if bare_ok and "/" in bare and (agency := initialled_agency(bare)):
        return agency
    folded = fold(text)
    if is_photo_credit(text, lang) or not folded.startswith(_label_starts(lang, False)):
        return None
    for kind, label in _source_labels(lang):
        if kind == "photo" or not folded.startswith(label):
            continue
        rest = text[len(label):].strip(" :–—-").strip()
        if kind == "with" and not rest:
            return text.strip()
        agency = agency_in(rest)
        if label.endswith(":") and rest and len(rest.split()) <= 8:
            return agency if agency and only_agencies(rest) else rest.rstrip(".")
        if agency and rest:
            return agency
    return None


def is_photo_credit(line: str, lang: str | None) -> bool:
    """Tell whether ``line`` is a photo or image credit ("Photo: X, AP"): not a headline, not the source."""
    if len(line) > MAX_CREDIT_CHARS:
        return False
    folded = fold(line.strip()).lstrip("([{")  # "(Foto: picture alliance/dpa)": a credit in brackets
    return folded.startswith(_label_starts(lang, True))


@cache
def photo_words(lang: str | None) -> frozenset[str]:
    """The photo credit labels as bare words ("foto", "photo", "bild"): such a word before a copyright mark credits a picture."""
    return frozenset(w for kind, label in _source_labels(lang) if kind == "photo" for w in _WORDS.findall(label))


def has_photo_credit(line: str, lang: str | None) -> bool:
    """Tell whether a photo credit label stands anywhere in ``line`` (a caption: "... Foto: dpa")."""
    folded = fold(line[:MAX_CAPTION_CHARS])
    return any(kind == "photo" and f" {label}" in folded for kind, label in _source_labels(lang))


def trailing_credit(paragraph: str) -> tuple[str, str] | None:
    """Split a closing agency credit off a paragraph: ("... text. (dpa)" -> ("... text.", "dpa"))."""
    m = _TRAILING_CREDIT.search(paragraph[-60:])
    if not m:
        return None
    credit = (m[1] or m[2] or "").strip()
    if not only_agencies(credit):
        return None
    head = paragraph[: len(paragraph) - len(paragraph[-60:]) + m.start()].rstrip()
    return (head, agency_in(credit) or credit) if head else None


_TITLED_PLACE = regex.compile(r"\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?")  #: "Potsdam", "Bad Homburg", "Baden-Baden"
_SPACED_DASH = regex.compile(r"\s[-–—]{1,2}\s+$")  #: "Potsdam – ", not "Potsdam-"
_DATELINE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}?|\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)"
    r"(?P<date>,\s*[^()\n–—]{1,30}?)?\s*(?:\((?P<agency>[^()]{2,30})\)\s*)?"
    r"(?P<dash>[-–—]{1,2}|:)\s+(?=\S)"
)
_DATELINE_DASHES = tuple("-–—:")  #: every _DATELINE match holds one (its dash or colon)


def find_dateline(paragraph: str, lang: str | None) -> tuple[str, str | None] | None:
    """Return (dateline, agency) when ``paragraph`` opens with one ("ATHENS (Reuters) -")."""
    head = paragraph[:MAX_DATELINE_CHARS + 1]
    if not head[:1].isupper() or not holds_any(head, _DATELINE_DASHES):
        return None  # the pattern's capital and its dash: the quick tests (the pattern backtracks a lot)
    m = _DATELINE.match(head)
    if not m:
        return None
    place, agency_text, date = m["place"].strip(), m["agency"], m["date"]
    agency = agency_in(agency_text) if agency_text else None
    upper_place = place == place.upper() and sum(c.isalpha() for c in place) >= 3
    if agency_text and not agency:
        return None
    if m["dash"] == ":" and not agency:
        return None
    if not (agency or (upper_place and (date or m["dash"] != ":")) or _titled_place(m, paragraph)) or len(place.split()) > 4:
        return None
    return m[0].strip(), agency


def _titled_place(m: regex.Match[str], paragraph: str) -> bool:
    """A capitalised one- or two-word place, a spaced dash and a sentence ("Potsdam – Zum Ende ..."): a dateline."""
    if m["date"] or m["dash"] == ":" or not _TITLED_PLACE.fullmatch(m["place"].strip()):
        return False
    rest = paragraph[m.end():]
    return bool(_SPACED_DASH.search(m[0])) and len(rest) >= MIN_TITLED_DATELINE_REST and rest[:1].isupper()




def dateline_credit(dateline: str) -> str | None:
    """The agency credit in a dateline as printed ("Kiel (dpa/lno) –" -> "dpa/lno"): the agency wrote the story."""
    m = _DATELINE.match(dateline.strip() + " .")  # the dateline as cut, with the text's start it was cut from
    return m["agency"].strip() if m and m["agency"] and agency_in(m["agency"]) else None


def byline_from_boilerplate(boilerplate: list[object], lang: str | None, text: Sequence[str] = ()) -> str | None:
    """A byline strip removed: any of the first removed lines, one strip cut before the article further on,
    or one just after the article (the author's signature at its foot).

    Lines after the article ("La rédaction" in a comment policy) are read only among the first
    ``BOILERPLATE_BYLINE_SCAN``; the page header's lines up to ``BOILERPLATE_BYLINE_BEFORE_SCAN``;
    the article's foot in :func:`split_byline_foot.byline_at_foot`, a dated bare name in the header in :func:`dated_name_in_header`.
    """
    for i, entry in enumerate(boilerplate[:BOILERPLATE_BYLINE_BEFORE_SCAN]):
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            continue
        if i < BOILERPLATE_BYLINE_SCAN or entry.get("reason") in BEFORE_REASONS:
            found = find_byline(entry["text"], lang) or (entry["text"].rstrip().endswith((":", "：")) and  # label_above's own first test
                                                         label_above(entry, boilerplate[i + 1] if i + 1 < len(boilerplate) else None, lang))
            if found:
                return found
    cut = _article_start(boilerplate)
    return (byline_at_foot(boilerplate, cut, lang) or dated_name_in_header(boilerplate, cut, lang, text)
            or shaped_byline_in_text(text, lang) or dated_name_in_text(text, lang) or named_line_in_text(text, lang)
            or titled_name_in_header(boilerplate, cut, lang, text)
            or bio_box_author(boilerplate, lang)
            or labelled_in_text(text, lang) or repeated_name(boilerplate, lang))






def _article_start(boilerplate: list[object]) -> int:
    """The index of the last entry strip cut before the article (-1: none): the header ends, the foot starts after it."""
    for i in range(len(boilerplate) - 1, -1, -1):
        entry = boilerplate[i]
        if isinstance(entry, dict) and entry.get("reason") in BEFORE_REASONS:
            return i
    return -1








def signed_body_end(body: list[str], lang: str | None) -> int | None:
    """The index of a bare name closing the article ("Jan Koch" after the last paragraph), or None.

    Only the last ``BODY_END_LINES`` paragraphs are read, and the name must be a signature: a known first
    name, a few words (:func:`is_signature`); one name only.
    """
    found = [i for i in range(max(0, len(body) - BODY_END_LINES), len(body))
             if _names_someone(body[i], lang) and (name := names_only(body[i], lang)) and name == body[i].strip()
             and is_signature(name, lang)]
    return found[0] if len(found) == 1 else None


def bare_name_under(paras: list[str], head: int, headline: str | None, lang: str | None) -> int | None:
    """The index of a line under the headline that is nothing but an author's name ("Jan Koch"), or None.

    Only the ``BARE_UNDER_LINES`` lines under the headline are read.  With no date or "By" beside it, only
    a signature (a known first name, a few words) counts, and never a name the headline or the lines
    after it speak of (an interview's guest, a portrait's subject, a teaser's star).
    """
    for i in range(head + 1, min(len(paras), head + 1 + BARE_UNDER_LINES)):
        line = paras[i].strip()
        if line.lstrip(_BULLETS) != line or not _names_someone(line, lang):
            continue
        name = names_only(line, lang)
        if not name or name not in (line, undouble(line)) or not is_signature(name, lang) or is_account(name, lang):
            continue
        surname = fold(name.split()[-1])
        if not any(surname in fold(p) for p in [headline or "", *paras[i + 1 : i + 1 + TOPIC_LINES]]):
            return i
    return None



