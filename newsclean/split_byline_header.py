"""Bylines in the header and the text when the layout found none: a dated bare name in the page header strip cut,
a byline by its shape among the text's first lines, a labelled byline anywhere in the text.

``byline_from_boilerplate`` (split_credits) calls :func:`dated_name_in_header`, :func:`shaped_byline_in_text`,
:func:`dated_name_in_text` and, last, :func:`labelled_in_text`.  A date (or a reading time) beside a bare name is
what tells an author from a menu item; a label with its colon is the page saying who wrote the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean.split_byline_foot import (MAX_DOUBLED_WORDS, MAX_SIGNATURE_WORDS, is_signature, job_titles, names_someone as _names_someone,
                                        plain_person, titled_name)
from newsclean.split_byline_parts import split_names, undouble
from newsclean.split_byline_words import byline_words, desks, has_given_name, is_account, prefix_re
from newsclean.split_bylines import MAX_BYLINE_CHARS, find_byline, name_after_date, names_only
from newsclean.split_dates import fold, parse_date

HEADER_LINES = 30  #: lines cut before the article read for a bare name beside a date
HEADER_LAST_NAME_LINES = 1  #: the header's last lines, just above the article's text: a known first name there needs no date
TEXT_NAME_LINES = 8  #: the text's first lines read for a dated bare name when no other byline was found
HEADER_TOPIC_LINES = 12  #: ... unless the text's first lines speak of that person (headline, standfirst, opening)
HEADER_DATE_NEAR = 2  #: lines either side of a bare name where its date line stands
NAMED_TEXT_LINES = 30  #: the text's first lines read for a name printed twice on one line or under a bare "Author" line
MIN_PROSE_CHARS = 100  #: the paragraph under a bare name opening the text: prose, not a menu, a heading or a teaser
TEXT_LABEL_LINES = 400  #: the text's lines read for a labelled byline ("Autorin: X") when nothing else named one
READ_TIME_REASON = "phrase:meta"  #: strip's reason for a reading-time line ("11 min read"): the byline's meta block
_BULLETS = "•□☆*◦▪-–—"  #: list markers: a bulleted name is a menu or a tag list item
_DIGIT = regex.compile(r"\d")
_UNSPACED = regex.compile(r"[\s@._-]")  #: what an account name leaves out of the person's name
_FIELD = regex.compile(r"[\p{L}.]+(?: [\p{L}.]+){0,2}\s?[:：]\s*\S")  #: "Verlag: X", "Dt. Titel: Y": a fact box's field


def prefixed(line: str, lang: str | None) -> bool:
    """Tell whether ``line`` opens with a byline prefix or label ("Von", "By", "Autor:"), list bullets aside."""
    pattern = prefix_re(lang)
    return bool(pattern and pattern.match(fold(line.strip().lstrip(_BULLETS).strip())))


def shaped_byline_in_text(text: Sequence[str], lang: str | None) -> str | None:
    """A byline by its shape among the text's first ``TEXT_NAME_LINES`` lines, wherever the headline stands: "By X",
    "Mattias Geniar, April 19, 2020", or an account name under its date ("2. August 2012" / "By oradmin")."""
    lines = [line.strip() for line in text[1 : 1 + TEXT_NAME_LINES]]
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and _slug_of(lines[i + 1], line) and (found := names_only(line, lang)) == line:
            return found  # "Edilson La Rosa" above "edilsonlarosa": an author box, the name and its account
        if len(line) > MAX_BYLINE_CHARS or not (_DIGIT.search(line) or prefixed(line, lang)):
            continue
        name = find_byline(line, lang)
        if not name and i and prefixed(line, lang) and len(lines[i - 1]) <= MAX_BYLINE_CHARS and parse_date(lines[i - 1], lang):
            name = find_byline(f"{lines[i - 1]} | {line}", lang)  # the date line above the "By" line
        if name and name != line and not is_account(name, lang) and fold(name).strip(" .") not in desks(lang):
            return name
    return None


def named_line_in_text(text: Sequence[str], lang: str | None) -> str | None:
    """A byline among the text's first ``NAMED_TEXT_LINES`` lines by the way an author box prints it: one name
    printed twice on one line (a picture's alt text, then the name: "Aleš Vávra Aleš Vávra"), or a plain name
    under a bare label line ("Auteur" / "Uriel Gadessaud"); else a bare name opening the text above its prose."""
    lines = [line.strip() for line in text[1 : 1 + NAMED_TEXT_LINES]]
    labels = _bare_labels(lang)
    for i, line in enumerate(lines):
        if len(line) > MAX_BYLINE_CHARS:
            continue
        if " " in line and (name := undouble(line)) != line and plain_person(name, lang) and is_signature(name, lang):
            return name
        if i + 1 < len(lines) and fold(line) in labels and plain_person(lines[i + 1], lang):
            return lines[i + 1]
    return _opening_name(lines, text[0] if text else "", lang)


def _opening_name(lines: list[str], headline: str, lang: str | None) -> str | None:
    """The text opens with a bare signature ("Thomas Hanke") above a paragraph of prose that does not speak of it."""
    if len(lines) < 2 or len(lines[1]) < MIN_PROSE_CHARS or not _names_someone(lines[0], lang):
        return None
    name = lines[0]
    if not plain_person(name, lang) or not is_signature(name, lang) or names_only(name, lang) != name:
        return None
    return None if topic(name, [headline, *lines[1:]]) or is_account(name, lang) else name


@cache
def _bare_labels(lang: str | None) -> frozenset[str]:
    """The byline labels without their colon ("auteur", "author"), folded: a line of its own above the name."""
    return frozenset(w.rstrip(" :：") for w in byline_words(lang).get("label", ()) if w.endswith((":", "：")))


def _slug_of(slug: str, name: str) -> bool:
    """Tell whether ``slug`` is ``name`` written as an account ("edilsonlarosa", "@edilson_la_rosa")."""
    return len(slug) <= MAX_BYLINE_CHARS and " " not in slug and _UNSPACED.sub("", fold(slug)) == _UNSPACED.sub("", fold(name))


def dated_name_in_text(text: Sequence[str], lang: str | None) -> str | None:
    """A known first name's line beside a date line among the text's first ``TEXT_NAME_LINES`` lines (after the
    headline at 0), or a name after a date there ("11.12.2019 - Amelie Loevenich"), when nothing else named one."""
    lines = [line.strip() for line in text[1 : 1 + TEXT_NAME_LINES]]
    for i, line in enumerate(lines):
        if not _names_someone(line, lang):
            continue
        name = name_after_date(line, lang) if _DIGIT.search(line) else None
        if not name and (found := names_only(line, lang)):
            near = lines[max(0, i - HEADER_DATE_NEAR) : i] + lines[i + 1 : i + 1 + HEADER_DATE_NEAR]
            name = found if any(len(p) <= MAX_BYLINE_CHARS and parse_date(p, lang) for p in near) else None
        if name and is_signature(name, lang) and not is_account(name, lang) and not topic(name, [text[0], *lines[i + 1 :]]):
            return name
    return None


def header_lines(boilerplate: list[object], cut: int) -> list[tuple[str, str]]:
    """The last ``HEADER_LINES`` lines strip cut before the article (up to ``cut``), with strip's reason: the page header."""
    out: list[tuple[str, str]] = []
    for entry in reversed(boilerplate[: cut + 1]):
        if isinstance(entry, dict) and isinstance(entry.get("text"), str):
            reason = str(entry.get("reason", ""))
            out.extend((line.strip(), reason) for line in reversed(entry["text"].split("\n")) if line.strip())
        if len(out) >= HEADER_LINES:
            break
    return out[:HEADER_LINES][::-1]


def _meta_line(line: str, reason: str, lang: str | None) -> bool:
    """A line of the article's meta block: a date ("12.05.2021") or a reading time ("11 min read").

    Not a relative date ("hace 5 horas"): teasers in the header print those under their authors' names too.
    """
    return len(line) <= MAX_BYLINE_CHARS and (reason == READ_TIME_REASON or bool(parse_date(line, lang)))


def _bulleted_meta(entries: list[tuple[str, str]], i: int, lang: str | None) -> bool:
    """A bulleted name beside a bulleted date is a meta list ("• Hazel Sheffield" / "• Friday 25 December 2015"), not a menu."""
    near = entries[max(0, i - 1) : i] + entries[i + 1 : i + 2]
    return any(line.lstrip(_BULLETS) != line and parse_date(line, lang) for line, _ in near)


def _signed_by(names: str, lang: str | None) -> bool:
    """:func:`is_signature` for one name or several ("Julia Carrie Wong and Sam Levin"): the first a known first
    name, each a few words."""
    items = split_names(names, lang)
    return bool(items) and is_signature(items[0], lang) and all(len(item.split()) <= MAX_SIGNATURE_WORDS for item in items)


def dated_name_in_header(boilerplate: list[object], cut: int, lang: str | None, text: Sequence[str] = ()) -> str | None:
    """A bare name in the page header strip cut, next to a date line or after a date ("11.12.2019 - Eva Probe").

    The date is what tells an author from a menu item or a teaser's title.
    """
    entries = header_lines(boilerplate, cut)
    lines = [line for line, _ in entries]
    for i, line in enumerate(lines):
        if not _names_someone(line, lang) or (line.lstrip(_BULLETS) != line and not _bulleted_meta(entries, i, lang)):
            continue
        name = name_after_date(line, lang) if line[:1].isdigit() or _DIGIT.search(line) else None
        name = name if name and is_signature(name, lang) else None
        if not name and (found := names_only(line, lang)) and _signed_by(found, lang):
            near = entries[max(0, i - HEADER_DATE_NEAR) : i] + entries[i + 1 : i + 1 + HEADER_DATE_NEAR]
            last = i >= len(lines) - HEADER_LAST_NAME_LINES and text and not topic(found, text)  # the byline above the text
            name = found if last or any(_meta_line(p, reason, lang) for p, reason in near) else None
        if name and not is_account(name, lang) and fold(name).strip(" .") not in desks(lang):
            return name
    return None


def titled_name_in_header(boilerplate: list[object], cut: int, lang: str | None, text: Sequence[str] = ()) -> str | None:
    """The author in the page header by the job title printed with the name ("Richard Adams Education editor",
    "Ingo Arzt" / "Redakteur für Wirtschaft"); one such name only (a team list names several), not the text's subject."""
    lines = [line for line, _ in header_lines(boilerplate, cut)]
    names = {name for i in range(len(lines)) if _names_someone(lines[i], lang)
             and (name := _name_with_title(lines[i], lang) or titled_name(lines, i, lang)) and has_given_name(name, lang)}
    name = names.pop() if len(names) == 1 else None
    return name if name and not topic(name, text) and not is_account(name, lang) else None


def _name_with_title(line: str, lang: str | None) -> str | None:
    """The name before a job title on one line: "Jane Doe Senior Reporter"; a capitalised word before a lowercase
    title belongs to the title ("Richard Adams Education editor")."""
    words = line.split()
    titles = job_titles(lang)[0]
    at = next((j for j, w in enumerate(words[:MAX_DOUBLED_WORDS + 1]) if j >= 2 and fold(w).strip(",.") in titles), None)
    if at is None:
        return None
    at = at - 1 if words[at].islower() and at > 2 and words[at - 1][:1].isupper() else at
    name = " ".join(words[:at]).rstrip(",")
    return name if plain_person(name, lang) else None


def topic(name: str, text: Sequence[str]) -> bool:
    """Tell a name the article's opening speaks of (an interview's guest, a portrait's subject) from its author's."""
    surname = fold(name.split()[-1])
    return any(surname in fold(p) for p in text[:HEADER_TOPIC_LINES])


@cache
def _colon_labels(lang: str | None) -> tuple[str, ...]:
    """The byline labels written with their colon ("autorin:", "written by:", "责任编辑："), folded, for one ``startswith``."""
    return tuple(w for w in byline_words(lang).get("label", ()) if w.endswith((":", "：")))


def labelled_in_text(text: Sequence[str], lang: str | None) -> str | None:
    """A labelled byline anywhere in the text ("Autorin: Uta Staschewski, Projektleiterin der HSS" under the last
    paragraph, "责任编辑：肖春芳"): a label with its colon is the page saying who wrote it.  One name only: several
    ("Autor: X" under every quoted book) name other texts' authors."""
    starts = _colon_labels(lang)
    names = set()
    lines = [line.strip() for line in text[:TEXT_LABEL_LINES]]
    for i in range(1, len(lines)):
        line = lines[i]
        if len(line) > MAX_BYLINE_CHARS or not (":" in line or "：" in line) or line.lstrip(_BULLETS) != line:
            continue  # a bulleted "• Autor: X" is a product's fact list
        if fold(line.lstrip("[【(（")).startswith(starts) and not _fact_box(lines, i) and (name := find_byline(line, lang)):
            names.add(name)
    name = names.pop() if len(names) == 1 else None
    if not name or ":" in name or "：" in name:
        return None  # "Fabian Dittmann; Ilustrator: Adriaan Prent": the credits of a game or a book
    return name if not is_account(name, lang) and fold(name).strip(" .") not in desks(lang) else None


def _fact_box(lines: list[str], i: int) -> bool:
    """Tell a book's or product's fact box ("Titel: X" / "Autorin: Y" / "Verlag: Z") from a byline: labelled lines beside it."""
    return any(_FIELD.match(lines[j]) for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines))
