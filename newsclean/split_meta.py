"""Page metadata for the split stage: dates, authors and descriptions from JSON-LD and <meta>."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import regex

from newsclean.split_byline_parts import split_names
from newsclean.split_bylines import drop_about, find_byline, is_account, marked_name, tidy_name
from newsclean.split_credits import find_dateline
from newsclean.split_dates import fold, parse_date
from newsclean.split_headline import norm, similar

MIN_LEAD_WORDS = 5  #: a description shorter than this is a tagline, not a standfirst
EXCERPT_PREFIX_CHARS = 60  #: a description that repeats this much of the body's start is an auto-excerpt
MAX_AUTHORS = 8  #: more "authors" than this is a list of tags or contributors, not a byline
MAX_AUTHOR_CHARS = 80  #: one metadata author name longer than this is a bio or a sentence
MIN_RECONCILE_TOKENS = 2  #: a metadata name found inside a longer text byline replaces it only with a first and a last name
AUTHOR_HINTS = ("author_label", "author_microdata", "author_link", "author_class")  #: html_authors' hints, strongest first (class texts last: raw)

_URL = regex.compile(r"https?://|www\.|\.com\b|@")
_TOKEN = regex.compile(r"[\p{L}\p{N}'’.-]+")
_HANDLE = regex.compile(r"[\p{Ll}\d._-]+")  #: an account name: "janedoe", "jane-doe", "jane.doe"
_HOST = regex.compile(r"^https?://(?:www\.)?([^/:?#]+)")


def _ld(meta: dict[str, Any]) -> dict[str, Any]:
    ld = meta.get("json_ld")
    return ld if isinstance(ld, dict) else {}


def meta_date(meta: dict[str, Any], lang: str | None, kind: str, shown: str | None = None,
              days: Callable[[], frozenset[str]] | None = None) -> str | None:
    """Return the page's published (or modified) date from JSON-LD or <meta>, as ISO 8601.

    ``shown`` is the date the text's header shows: a UTC stamp whose local day it can be (UTC-12 to
    UTC+14, not the UTC day itself) gives way to it ("2022-05-04T02:41Z" on a page dated "3/5/2022 22:41").
    When JSON-LD and <meta> name different days, the one among the days the page prints (``days``) wins.
    """
    ld = _ld(meta)
    keys = ("datePublished", "published") if kind == "published" else ("dateModified", "modified")
    found: list[tuple[str, str]] = []
    for value in (ld.get(keys[0]), meta.get(keys[1])):
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and (parsed := parse_date(value, lang)):
            found.append((value, parsed))
    if len(found) == 2 and found[0][1][:10] != found[1][1][:10] and days is not None:
        printed = [pair for pair in found if pair[1][:10] in days()]
        found = printed if len(printed) == 1 else found
    return (_local_day(found[0][0], shown) or found[0][1]) if found else None


_URL_DAY = regex.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)|[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/_.-]|$)"
                         r"|/(\d\d)-(\d\d)-((?:19|20)\d\d)(?=[/?#]|$)")  #: /2024/05/12/, -2024-05-12-, /12-05-2024


def url_date(meta: dict[str, Any]) -> str | None:
    """The day in the page's own address (canonical or og:url): /2024/05/12/, a slug's 2024-05-12, a last step 12-05-2024.

    A last resort: blogs and many news sites put the publication day there, and nothing else gave one.
    """
    for url in (meta.get("canonical"), meta.get("og_url")):
        m = _URL_DAY.search(url.split("?")[0]) if isinstance(url, str) else None
        if m:
            y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6]) if m[4] else (m[9], m[8], m[7])
            try:
                return dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                continue
    return None


def _local_day(value: str, shown: str | None) -> str | None:
    """The shown day, when ``value`` is a UTC instant (ISO 8601 or RFC 2822) and the shown day is one of its other local days."""
    from newsclean.html_dates import instant, possible_day

    stamp = instant(value) or instant(parse_date(value) or "")
    if not shown or stamp is None or stamp.utcoffset() != dt.timedelta(0):
        return None
    try:
        day = dt.date.fromisoformat(shown[:10])
    except ValueError:
        return None
    return day.isoformat() if possible_day(stamp, day) else None


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value[:MAX_AUTHORS + 1] for n in _names(item)]
    return []


def _author_list(value: Any) -> str | None:
    """The names in one metadata author value, deduplicated and joined, or None when they do not look like names."""
    names = [" ".join(n.split()) for n in _names(value) if isinstance(n, str)]
    names = [n for n in names if n and not _URL.search(n) and len(n) <= MAX_AUTHOR_CHARS]
    if not names or len(names) > MAX_AUTHORS:
        return None
    return ", ".join(dict.fromkeys(names))


def _class_author(value: Any, lang: str | None) -> str | None:
    """The first name read from the raw texts of author-class elements ("Erstellt von X", "By X", "X Y"); a lone
    word ("Lars", "Publiziert am") only when no text holds a full name."""
    texts = [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]
    for single in (False, True):
        found = next((n for t in texts if (n := marked_name(t, lang, single))), None)
        if found:
            return found
    return None


def _squash(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def _site_names(meta: dict[str, Any]) -> frozenset[str]:
    """The site's own names (og:site_name, the JSON-LD publisher, the host): an "author" equal to one is no byline."""
    out = {meta.get("og_site_name"), _ld(meta).get("publisher")}
    for url in (meta.get("canonical"), meta.get("og_url")):
        if isinstance(url, str) and (m := _HOST.search(url)):
            out.update((m[1], m[1].rsplit(".", 1)[0]))
    return frozenset(_squash(n) for n in out if isinstance(n, str) and n.strip())


def _meta_lang(meta: dict[str, Any]) -> str | None:
    lang = meta.get("html_lang")
    return lang.split("-")[0].split("_")[0].lower() or None if isinstance(lang, str) else None


def _is_company(name: str, lang: str | None) -> bool:
    """Tell whether a name ends with a firm's legal form ("mediagene Inc.", "Verein e.V."): an organisation, not a person."""
    from newsclean.split_byline_words import byline_words

    folded = fold(name).rstrip(" ,")
    return any(folded.endswith(" " + word) or folded.endswith(" " + word.rstrip(".")) for word in byline_words(lang).get("company", ()))


def _meta_names(meta: dict[str, Any], lang: str | None) -> list[tuple[str, bool]]:
    """Every author name the page's metadata hints give, in AUTHOR_HINTS order (JSON-LD and <meta> first), each with
    whether it is the site's own name or an organisation (a firm's name, a JSON-LD Organization)."""
    ld = _ld(meta)
    values = [ld.get("author"), meta.get("author"), *(meta.get(k) for k in AUTHOR_HINTS)]
    sites = _site_names(meta)
    out: list[tuple[str, bool]] = []
    for i, value in enumerate(values):
        found = _class_author(value, lang) if i == len(values) - 1 else _author_list(value)
        if found:
            found = drop_about(found, lang)
            found = tidy_name(find_byline(found, lang) or found, lang)  # "Von Jane Doe", "Jane Doe, CNN"
        if not found or is_account(found, lang):
            continue
        out.append((found, (i == 0 and bool(ld.get("author_org"))) or _squash(found) in sites or _is_company(found, lang)))
    return out


def meta_byline(meta: dict[str, Any], lang: str | None = None) -> str | None:
    """Return the author(s) the page's metadata names: JSON-LD, <meta name=author>, share labels, microdata, author links.

    A person beats the site's own name (an organisation as author, og:site_name, a firm's name): the site name is
    kept only when no other hint names anyone.
    """
    names = _meta_names(meta, lang or _meta_lang(meta))
    return next((name for name, site in names if not site), names[0][0] if names else None)


MIN_AGREEING_HINTS = 2  #: metadata hints naming the same person that outweigh a text byline naming someone else


def agreed_author(found: str | None, meta: dict[str, Any], lang: str | None, printed: bool = False) -> str | None:
    """Weigh the chosen byline against the person the metadata hints agree on.

    The person wins over a byline that is the site's own name or a firm's, and, when at least
    ``MIN_AGREEING_HINTS`` hints (JSON-LD, <meta>, share label, microdata, author link, author
    element) name them, over a byline read from a marked block or a bare name line sharing no word
    with them (a caption's photographer, a teaser's author, a label read as a name).  A byline the
    text prints with its prefix (``printed``: "Von X" under the headline, the uploader in the
    metadata), a desk ("Redaktion") and a person's name against an account name ("janedoe") stay.
    """
    if not found or not meta:
        return found
    lang = lang or _meta_lang(meta)
    names = [name for name, site in _meta_names(meta, lang) if not site]
    if not names:
        return found
    votes: dict[str, int] = {}
    for name in names:
        votes[_squash(name)] = votes.get(_squash(name), 0) + 1
    best = max(names, key=lambda n: votes[_squash(n)])  # the first of the most named
    if _squash(found) in _site_names(meta) or _is_company(found, lang):
        return best
    if printed or votes[_squash(best)] < MIN_AGREEING_HINTS or _is_desk(found, lang) or _squash(found) == _squash(best):
        return found
    if _HANDLE.fullmatch(best) and " " in found.strip():
        return found
    return found if set(_name_tokens(found)) & set(_name_tokens(best)) else best


def _is_desk(name: str, lang: str | None) -> bool:
    from newsclean.split_byline_words import desks

    words = fold(name).split()
    return bool(words) and (" ".join(words) in desks(lang) or words[-1].rstrip(".") in desks(lang))


def descriptions(meta: dict[str, Any]) -> list[str]:
    """Return the page's descriptions (JSON-LD, og:description, <meta description>), deduplicated."""
    out: list[str] = []
    for value in (_ld(meta).get("description"), meta.get("og_description"), meta.get("description")):
        if isinstance(value, str) and value.strip() and not any(similar(value, o) for o in out):
            out.append(" ".join(value.split()))
    return out


def meta_description(meta: dict[str, Any], headline: str | None, body: Sequence[str],
                     excerpts: bool = True) -> str | None:
    """Return the page's own summary (the publisher's standfirst), or None.

    With ``excerpts`` false, a description that merely repeats the start of the body is refused.
    """
    for desc in descriptions(meta):
        if len(desc.split()) < MIN_LEAD_WORDS and len(desc) < 4 * MIN_LEAD_WORDS * 3:
            continue
        if headline and similar(desc, headline):
            continue
        if find_dateline(desc, None):
            continue  # wire copy's first paragraph, not a standfirst
        start = norm(desc.rstrip(".…").removesuffix("..."))[:EXCERPT_PREFIX_CHARS]
        if not excerpts and any(norm(p).startswith(start) for p in body[:3]):
            continue
        return desc
    return None


def agrees(lead: str, desc: str) -> bool:
    """Tell whether a lead found in the text is the page's description (or its start)."""
    a, b = norm(lead), norm(desc.rstrip(".…").removesuffix("..."))
    return bool(a and b) and (similar(lead, desc) or a.startswith(b[:EXCERPT_PREFIX_CHARS]) or b.startswith(a[:EXCERPT_PREFIX_CHARS]))


def _name_tokens(text: str) -> list[str]:
    return [t for t in (_squash(w) for w in _TOKEN.findall(text)) if t]


def _items(text: str, lang: str | None) -> list[str]:
    """The names of a byline, squashed: "David Brand and Ramsey Khalifeh" -> ["davidbrand", "ramseykhalifeh"]."""
    return [q for q in (_squash(p) for p in split_names(text, lang)) if q]


def _fuller(found: str, meta: str) -> bool:
    """Tell whether the metadata's one name is fuller than the text's one word: it starts with that word
    ("Cindy" -> "Cindy Mangomini"), or shares nothing with it ("Amazon" -> "Bethany Braun-Silva")."""
    text, names = _name_tokens(found), _name_tokens(meta)
    if len(text) != 1 or len(names) < MIN_RECONCILE_TOKENS:
        return False
    return names[0] == text[0] or text[0] not in names


def reconcile_byline(found: str | None, meta: str | None, lang: str | None = None) -> str | None:
    """Weigh the byline read from the text against the metadata's author(s).

    The metadata's list wins when it holds every name the text gave and more ("David Brand" vs
    "David Brand, Ramsey Khalifeh"), or when the text's byline is one metadata name with something
    glued on ("Gina TrapaniCEO", "Sarah Schnieder Reiterrevue International"), or when the text gave one
    word and the metadata a person's full name ("Cindy" / "Amazon" vs "Cindy Mangomini"); otherwise the text's stays.
    """
    if not found or not meta or found == meta:
        return found or meta
    meta = tidy_name(meta, lang)
    have, known = _items(found, lang), _items(meta, lang)
    if not have or not known or is_account(meta, lang):
        return found
    if len(known) > len(have) and set(have) <= set(known):
        return meta  # the text named only some of the authors
    squashed = _squash(found)
    if (len(have) == len(known) == 1 and len(_name_tokens(meta)) >= MIN_RECONCILE_TOKENS
            and known[0] in squashed and len(squashed) > len(known[0])):
        return meta  # the text's byline is the metadata's name with a role, an outlet or a label around it
    if len(have) == len(known) == 1 and _fuller(found, meta):
        return meta  # the text gave one word where the metadata names a person ("Amazon", "Cindy" vs "Cindy Mangomini")
    return found
