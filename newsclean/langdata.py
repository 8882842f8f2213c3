"""One loader for the per-language data files under ``newsclean/data/``.

Language knowledge is data, not code: ``data/<kind>/<lang>.txt`` holds one entry
per line (UTF-8, NFC; ``#`` starts a comment line; blank lines are ignored).  A
line may carry tab-separated columns (see :func:`rows`).  ``xx.txt`` holds
entries that are not tied to one language (e.g. agency names).  Files are read
once per process and cached; callers compile their regular expressions from
these entries once, also cached.

Kinds in use (each folder has a README.md saying what its lines mean):
``boilerplate``, ``bylines``, ``sources``, ``agencies``, ``months``,
``cues``, ``honorifics``, ``quotemarks``, ``datewords``, ``edges`` (foot boxes) ...
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

UNIVERSAL = "xx"  #: pseudo-language for entries shared by every language


class UnknownLanguage(LookupError):
    """No data file for this kind and language; the message lists what exists."""


@cache
def _kind_dir(kind: str) -> resources.abc.Traversable:
    return resources.files("newsclean").joinpath("data", kind)


@cache
def languages(kind: str) -> tuple[str, ...]:
    """List the languages that have a data file of ``kind``, sorted."""
    folder = _kind_dir(kind)
    if not folder.is_dir():
        return ()
    names = (p.name for p in folder.iterdir() if p.name.endswith(".txt"))
    return tuple(sorted(n[: -len(".txt")] for n in names))


@cache
def entries(kind: str, lang: str) -> tuple[str, ...]:
    """Return the entries of ``data/<kind>/<lang>.txt`` (NFC, comments dropped)."""
    path = _kind_dir(kind).joinpath(f"{lang}.txt")
    if not path.is_file():
        raise UnknownLanguage(
            f"no {kind} data for language {lang!r}; available: {', '.join(languages(kind)) or 'none'}"
        )
    text = path.read_text(encoding="utf-8")
    if not unicodedata.is_normalized("NFC", text):  # NFC never joins across a line break: normalising the file = each line
        text = unicodedata.normalize("NFC", text)
    lines = (raw.strip() for raw in text.splitlines())
    return tuple(line for line in lines if line and line[0] != "#")


def entries_or_empty(kind: str, lang: str | None) -> tuple[str, ...]:
    """Return the entries for ``lang``, or nothing when that language has no file."""
    if not lang or lang not in languages(kind):
        return ()
    return entries(kind, lang)


def has_trait(lang: str | None, trait: str) -> bool:
    """Tell whether ``lang``'s grammar data (data/grammar) names ``trait``: word order and punctuation stay data."""
    return trait in entries_or_empty("grammar", lang)


@cache
def all_entries(kind: str) -> tuple[str, ...]:
    """Return the union of every language's entries of ``kind``, deduplicated, in file order."""
    seen: dict[str, None] = {}
    for lang in languages(kind):
        for entry in entries(kind, lang):
            seen.setdefault(entry, None)
    return tuple(seen)


@cache
def rows(kind: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """Return the entries of a tab-separated data file, each split into its columns."""
    return tuple(tuple(col.strip() for col in e.split("\t")) for e in entries(kind, lang))
