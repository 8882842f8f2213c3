"""The bylines data (``data/bylines``) read once per language: prefixes, labels, desks, joiners, noise words.

Only :mod:`newsclean.langdata` reads the files; this module folds the entries and compiles the
patterns split's byline reading needs, each cached.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean import langdata
from newsclean.split_dates import fold

MAX_TITLE_CHARS = 5  #: an abbreviated title before a first name ("Dr.", "Prof.") is this short


def rows(kind: str, lang: str | None) -> list[tuple[str, str]]:
    """(kind, text) rows of ``data/<kind>`` for ``lang`` and every language (xx)."""
    out: list[tuple[str, str]] = []
    for code in (lang, langdata.UNIVERSAL):
        if code and code in langdata.languages(kind):
            out.extend((r[0], r[1]) for r in langdata.rows(kind, code) if len(r) >= 2)
    return out


@cache
def byline_words(lang: str | None) -> dict[str, tuple[str, ...]]:
    """The bylines data by kind, folded, longest first (so the longest prefix matches)."""
    out: dict[str, list[str]] = {}
    for kind, text in rows("bylines", lang):
        out.setdefault(kind, []).append(fold(text))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def desks(lang: str | None) -> frozenset[str]:
    """Desk names (folded, no final dot): a line that is one of them is the byline."""
    return frozenset(d.rstrip(".") for d in byline_words(lang).get("desk", ()))


@cache
def labels(lang: str | None) -> frozenset[str]:
    """Byline prefixes and labels without their colon ("von", "autor"): such a word alone labels the next line."""
    words = byline_words(lang)
    return frozenset(w.rstrip(":：").strip() for kind in ("prefix", "label") for w in words.get(kind, ()))  # not "inline"


@cache
def bare_labels(lang: str | None) -> frozenset[str]:
    """The labels that stand alone without a colon ("von", "autor"); "autoren:" needs its colon (menus say "Autoren")."""
    words = byline_words(lang)
    return frozenset(w.strip() for kind in ("prefix", "label") for w in words.get(kind, ()) if not w.endswith((":", "："))
                     ) | frozenset(w.strip() for w in words.get("prefix", ()))


@cache
def joiners(lang: str | None) -> frozenset[str]:
    """Words joining several authors ("and", "und", "&")."""
    return frozenset(byline_words(lang).get("joiner", ())) | {"&"}


@cache
def prefix_re(lang: str | None) -> regex.Pattern[str] | None:
    """Prefixes, labels and inline labels as one pattern on folded text (the name follows)."""
    words = byline_words(lang)
    alts = [regex.escape(w) for w in (*words.get("prefix", ()), *words.get("label", ()), *words.get("inline", ()))]
    if not alts:
        return None
    return regex.compile(rf"(?:{'|'.join(alts)})(?:\s*[:：])?(?:\s+|(?<=[:：])|(?<=[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]))")


@cache
def prefix_starts(lang: str | None) -> tuple[str, ...]:
    """The words :func:`prefix_re` opens with: a folded line that starts with none of them cannot match it (one C test)."""
    words = byline_words(lang)
    return tuple(w for w in (*words.get("prefix", ()), *words.get("label", ()), *words.get("inline", ())))


@cache
def inner_prefix_re(lang: str | None) -> regex.Pattern[str] | None:
    """:func:`prefix_re` right after a space: one search finds the first prefix inside a meta line."""
    prefix = prefix_re(lang)
    return regex.compile(rf"(?<=\s)(?:{prefix.pattern})") if prefix else None


@cache
def picture_starts(lang: str | None) -> tuple[str, ...]:
    """Picture alt-text words with their space ("avatar photo "): one ``startswith`` test for the common line."""
    return tuple(w + " " for w in byline_words(lang).get("picture", ()))


@cache
def glued_re(lang: str | None) -> regex.Pattern[str] | None:
    """A prefix glued to a capitalised name ("ByTravis Haney", "VonMax Muster", "Geschrieben vonElisa Marvena"): inline
    elements without a space."""
    words = [w for w in byline_words(lang).get("prefix", ()) if w.replace(" ", "").isalpha()]  # "geschrieben vonElisa" too
    if not words:
        return None
    alts = "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in words)
    return regex.compile(rf"^(?i:{alts})(?=\p{{Lu}}[\p{{Ll}}.])")


@cache
def glued_starts(lang: str | None) -> tuple[str, ...]:
    """The prefixes :func:`glued_re` knows, folded: one ``startswith`` rules out most lines before the pattern runs."""
    return tuple(w for w in byline_words(lang).get("prefix", ()) if w.replace(" ", "").isalpha())


@cache
def noise_re(lang: str | None) -> regex.Pattern[str] | None:
    """Noise words as one pattern on folded text: the name part ends where one starts."""
    words = byline_words(lang).get("noise", ())
    if not words:
        return None
    alpha = "|".join(regex.escape(w) for w in words if w[:1].isalpha())  # one guarded group, not a guard per word
    other = [regex.escape(w) for w in words if not w[:1].isalpha()]
    return regex.compile("|".join([rf"(?<!\p{{L}})(?:{alpha})(?!\p{{L}})"] * bool(alpha) + other))


@cache
def byline_word_set(lang: str | None) -> frozenset[str]:
    """Every byline data word but desk names (folded, final colon or dot cut): "Teufel Blog Redaktion" is a name."""
    return frozenset(w.rstrip(":：.") for kind, ws in byline_words(lang).items()
                     if kind not in ("desk", "account", "about", "notname") for w in ws)


@cache
def not_name_words(lang: str | None) -> frozenset[str]:
    """Menu and interface words ("Posts", "Login", "Kontakt", "My"): a line holding one is no name ("Recent Posts")."""
    return frozenset(byline_words(lang).get("notname", ()))


def has_not_name_word(text: str, lang: str | None) -> bool:
    """Tell whether a would-be name holds a menu or interface word ("Zum Deal", "Ad Feedback", "About Me")."""
    words = not_name_words(lang)
    return bool(words) and not words.isdisjoint(fold(w).strip(",;:.»«›‹") for w in text.split())


def is_account(name: str, lang: str | None) -> bool:
    """Tell a CMS account name printed as the author ("admin", "webmaster") from a person's or desk's name."""
    return fold(name).strip(" .") in byline_words(lang).get("account", ())


def is_byline_word(word: str, lang: str | None) -> bool:
    """Tell whether ``word`` is one of the byline data's words (a prefix, label, joiner or noise word)."""
    return fold(word).rstrip(":：.") in byline_word_set(lang)


@cache
def given_names(lang: str | None) -> frozenset[str]:
    """Common first names (``data/givennames``, folded): every language's list and the page language's own."""
    codes = {langdata.UNIVERSAL, *([lang] if lang else [])} & set(langdata.languages("givennames"))
    return frozenset(fold(name) for code in codes for name in langdata.entries("givennames", code))


def has_given_name(name: str, lang: str | None) -> bool:
    """Tell whether a bare name opens with a known first name ("Jan Koch", "Dr. Tim Loppe"): not "Weitere Informationen"."""
    words = name.split()
    while len(words) > 1 and words[0].endswith(".") and len(words[0]) <= MAX_TITLE_CHARS:
        words.pop(0)  # "Dr.", "Prof.", "Mag.": a title before the first name
    return bool(words) and fold(words[0].strip(",;")) in given_names(lang)


DATE_LABEL_KINDS = ("published", "updated")  #: datewords kinds whose words may stand between a name and its date


@cache
def date_label_words() -> frozenset[str]:
    """The words of every language's date labels ("posted on", "publié le"), folded: "By X On 12. Dezember 2022"
    on a page whose template speaks another language than its text leaves "On" before the date."""
    out = set()
    for code in (langdata.UNIVERSAL, *langdata.languages("datewords")):
        for row in langdata.rows("datewords", code):
            if len(row) >= 2 and row[0] in DATE_LABEL_KINDS:  # as written and folded: a word is tested casefolded, in C
                out.update(w.strip(".:") for w in (*fold(row[1]).split(), *row[1].casefold().split()))
    return frozenset(out)
