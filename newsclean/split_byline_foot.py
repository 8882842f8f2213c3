"""The author signing at the article's foot: "Von X" lines, a label above the name, an author box's name.

``byline_from_boilerplate`` (split_credits) calls :func:`byline_at_foot` on the lines strip cut as the
text after the article.  Several "von X" lines there (teasers, comments) are other texts' bylines;
one name, or one name the author box also prints bare, signs the article.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.split_byline_boxes import label_above
from newsclean.split_byline_words import byline_words, desks, given_names, has_given_name, has_not_name_word, is_account
from newsclean.split_bylines import MAX_BYLINE_CHARS, find_byline, names_only
from newsclean.split_dates import fold

FOOT_LINES = 40  #: lines after the article read for a signature ("Von X" lines)
FOOT_BARE_LINES = 12  #: ... of which the first may hold a bare name (further on: contacts, comments, teasers)
FOOT_REASONS = frozenset({"after-article-end"})  #: strip's reason for the plain text after the article
REPEATED_REASON = "repeated-label"  #: strip's reason for a short line the page repeats (an author's name among them)
MAX_SIGNATURE_WORDS = 4  #: a bare name read outside the article: "Dr. Tim Loppe", not "Maurizio Molinari ABBONATI A LA STAMPA"
MAX_DOUBLED_WORDS = 3  #: a name printed twice with no known first name: a first and a last name, a middle one at most
JOB_WORDS = 3  #: words of the line under a foot name read for a job title ("Stellvertretende Pressesprecherin ...")
MIN_COMPOUND_TITLE = 7  #: a job title this long also ends a compound ("DITIB-Bundesvorsitzender", "Pressesprecherin"); "leiter" does not ("Begleiter")
_BULLETS = "•□☆*◦▪-–—"  #: list markers before a foot name ("• Alexandra Weber")
_CAPITAL_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{Lu}]+(?:-\p{Lu}[\p{Ll}\p{Lu}]+)?")  #: "Kazım", "TÜRKMEN", "Lange-Fricke"
_TITLE_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")  #: "Christie", "Lange-Fricke": not "TEDx", "GmbH", "P"


def foot_lines(boilerplate: list[object], cut: int) -> list[str]:
    """The lines strip cut as the text after the article (``FOOT_REASONS``) among the first ``FOOT_LINES`` after ``cut``."""
    out: list[str] = []
    seen = 0
    for entry in boilerplate[cut + 1 :]:
        if seen >= FOOT_LINES:
            break
        text = entry.get("text") if isinstance(entry, dict) else None
        if not isinstance(text, str):
            continue
        lines = [line.strip() for line in text.split("\n")] if "\n" in text else [text.strip()]
        seen += len(lines)
        if entry.get("reason") in FOOT_REASONS:
            out.extend(line for line in lines if line)
    return out


def names_someone(line: str, lang: str | None) -> bool:
    """Cheap test before the name reading: a word of ``line`` is a known first name."""
    return len(line) <= MAX_BYLINE_CHARS and not given_names(lang).isdisjoint(w.strip(",;:.") for w in fold(line).split())


def is_signature(name: str, lang: str | None) -> bool:
    """Tell a bare author name (a known first name, at most ``MAX_SIGNATURE_WORDS`` words) from a heading or a slogan."""
    return len(name.split()) <= MAX_SIGNATURE_WORDS and has_given_name(name, lang)


def _bare_names(lines: list[str], lang: str | None) -> list[str]:
    """Bare names among the foot's first lines: a known first name, or a name printed twice in a row (an author
    box's picture caption, then the name: "Christie Wilcox" / "Christie Wilcox") when no other line is doubled
    (a gallery doubles every caption: "Archiv" / "Archiv", "Häftling X" / "Häftling X")."""
    out = []
    pairs = sum(1 for k in range(min(len(lines) - 1, FOOT_LINES)) if lines[k] == lines[k + 1])
    for k, line in enumerate(lines[:FOOT_BARE_LINES]):
        doubled = pairs == 1 and k + 1 < len(lines) and lines[k + 1] == line and plain_person(line, lang)
        if not doubled and (titled := titled_name(lines, k, lang)):
            out.append(titled)
            continue
        if not (doubled or names_someone(line, lang)) or find_byline(line, lang):
            continue  # a "von X" line is no bare name
        found = names_only(line, lang)
        if found and len(found.split()) <= MAX_SIGNATURE_WORDS and (doubled or is_signature(found, lang)):
            out.append(found)
    return out


def titled_name(lines: list[str], k: int, lang: str | None) -> str | None:
    """An author box's name above its job title ("Ingo Arzt" / "Redakteur für Wirtschaft und Umwelt",
    "• Alexandra Weber" / "Stellvertretende Pressesprecherin"): 2-3 capitalised words, no interface word."""
    if k + 1 >= len(lines) or len(lines[k]) > MAX_BYLINE_CHARS:
        return None
    name = lines[k].lstrip(_BULLETS).strip()
    words = name.split()
    if not 2 <= len(words) <= MAX_DOUBLED_WORDS or not all(_CAPITAL_WORD.fullmatch(w) for w in words):
        return None
    titles = job_titles(lang)
    below = [w.strip(",.;:") for w in fold(lines[k + 1]).split()[:JOB_WORDS]]
    at = next((i for i, w in enumerate(below) if w in titles[0] or w.endswith(titles[1])), None)
    if at is None or has_not_name_word(name, lang) or not (has_given_name(name, lang) or (at == 0 and _capital_surname(words))):
        return None  # "Business Insider" / "The Hollywood Reporter", "Mehr Lesen" / "Redakteur gesucht": no person
    return name if names_only(name, lang) == name else None


def _capital_surname(words: list[str]) -> bool:
    """A first name in title case and the surname in capitals ("Kazım TÜRKMEN"): the way author boxes print a person."""
    return words[0][1:].islower() and words[-1].isupper()


@cache
def job_titles(lang: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """The job titles (data kind ``title``), folded: the whole set, and the long ones that may end a compound."""
    words = byline_words(lang).get("title", ())
    return frozenset(words), tuple(w for w in words if len(w) >= MIN_COMPOUND_TITLE)  # type: ignore[return-value]


def plain_person(line: str, lang: str | None) -> bool:
    """A first and a last name, each a capitalised word, and nothing else ("Yirou Chen"; not "BBZ Mitte GmbH")."""
    words = line.split()
    return (2 <= len(words) <= MAX_DOUBLED_WORDS and all(_TITLE_WORD.fullmatch(w) for w in words)
            and not has_not_name_word(line, lang))


def byline_at_foot(boilerplate: list[object], cut: int, lang: str | None) -> str | None:
    """The author signing at the article's foot: the one "Von X" line (or "Von:" above the name) among the lines
    strip cut after it.

    Only lines strip cut as the text after the article count (``FOOT_REASONS``: comments, menus and
    copyright lines have reasons of their own), and only when one name is found there: several
    ("von X" under every teaser, comment authors) are other texts' bylines, unless the author box also
    prints one of them bare ("Martin Junker" above "Alles von Martin Junker").  A desk name there
    ("Redaktion", "La rédaction") signs the comment policy or the author box, not the article.
    """
    lines = foot_lines(boilerplate, cut)
    found = [name for k, line in enumerate(lines)
             if (name := find_byline(line, lang) or _label_pair(lines, k, lang))]
    bare = _bare_names(lines, lang)
    names = set(found)
    if len(names) > 1:
        names &= set(bare)  # the name the author box prints bare beside its "all posts by" link
    elif not names:
        names = set(bare)  # a bare name signing the text ("Jan Koch"): a known first name tells it from a link
    name = names.pop() if len(names) == 1 else None
    return None if name is None or is_account(name, lang) or fold(name).strip(" .") in desks(lang) else name


def _label_pair(lines: list[str], k: int, lang: str | None) -> str | None:
    """A byline label with its colon alone on a foot line names the author on the next ("Von:" / "Götz Warnke")."""
    if k + 1 >= len(lines) or not lines[k].endswith((":", "：")):
        return None
    return label_above({"text": lines[k]}, {"text": lines[k + 1]}, lang)


def repeated_name(boilerplate: list[object], lang: str | None) -> str | None:
    """A person's name strip cut inside the article as a label repeated on the page, printed twice in a row there
    (an author box: "Ellyn Shook" / "Ellyn Shook"); one such name only."""
    hits = [(i, entry.get("text")) for i, entry in enumerate(boilerplate)
            if isinstance(entry, dict) and entry.get("reason") == REPEATED_REASON]  # few: one pass, no per-entry work
    names = {a.strip() for (i, a), (j, b) in zip(hits, hits[1:])
             if j == i + 1 and a == b and isinstance(a, str) and plain_person(a.strip(), lang)}
    return names.pop() if len(names) == 1 else None
