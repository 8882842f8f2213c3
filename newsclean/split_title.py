"""Page titles: cut the site's name, its section and a time stamp off a ``<title>`` to leave the headline.

A ``<title>`` (and often ``og:title``) frames the headline with the site: "Headline | Site",
"SITE - Section - Headline", "Site » Blog Archiv » Headline", "Headline : 31.10.2023, 10.19 Uhr".
A part is the site's name when it matches ``og:site_name`` / the JSON-LD publisher, or the
page's host name ("time4talks.com" -> "Time 4 talks", "drk.de" -> "Deutsches Rotes Kreuz" by
its initials).  Site parts come off both ends; a short part next to a removed site part is its
section and comes off too; a short trailing part stays the old way ("Headline | Short").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from urllib.parse import urlsplit

import regex

from newsclean.split_chars import holds_any
from newsclean.split_overlap import is_cjk, word_runs
from newsclean.langdata import entries_or_empty

SECTION_MAX_WORDS = 4  #: a part this short next to the site's name is a section name ("Pressemitteilungen")
SECTION_MAX_CHARS_CJK = 6  #: the same for scripts written without spaces ("スポーツ", "智能")
SHORT_TAIL_WORDS = 4  #: a trailing part this short ...
SHORT_TAIL_RATIO = 2.0  #: ... beside a headline this many times longer is a site or section name
HOST_MIN_CHARS = 3  #: shorter host labels ("wp", "m") match too much by chance
CONTAIN_MAX_WORDS = 5  #: a part may contain the host label ("Gregory Szorc's Digital Home") only when this short
DATE_MAX_LETTERS = 0.4  #: a part whose characters are mostly digits ("31.10.2023, 10.19 Uhr") is a time stamp
TITLE_MAX_CHARS = 600  #: a longer "title" is no page title (cost cap: hostile input); it is left as it is
TITLE_CACHE = 2048  #: lines whose title test is remembered (a page asks for the same lines several times)
KICKER_MAX_WORDS = 6  #: a kicker glued before the headline is a short label ("Interne Unterlagen im Netz")
KICKER_REST_MIN_WORDS = 3  #: the headline left after it is at least this long (a title's short part is a section)
KICKER_TITLE_NEAR = 12  #: lines around a text headline read for a version that writes its glued kicker apart
TRAIL_CUT_NEAR = 3  #: lines above a text headline searched for a breadcrumb trail whose last step is the headline minus a kicker
SPACED_COLON = " : "  #: a colon with a space each side, where the language writes none before it, joins two elements

#: separators between title parts: a run of bars, dashes, arrows, slashes or colons between spaces, or a bare bar
_PARTS = regex.compile(r"\s+[|\-–—·»«/:~•]{1,3}(?:\s+[|\-–—·»«/:~•]{1,3})*\s+|\s*[|｜]\s*")
_TAIL_SEPARATORS = regex.compile(r"\s+(?:\||-|–|—|::|·|»)\s+|\s*[|｜]\s*")  #: "Headline | Short": no colon, no slash (kickers, "A / B")
_CJK_UNDERSCORE = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}）)])_(?=\S)")
_NON_SPACE_RUN = regex.compile(r"\S+")  #: a whitespace-separated word
_KICKER_PARTS = regex.compile(r"\s*[:|｜]\s+|\s+[|\-–—·»/]{1,2}\s+")  #: where a title separates a kicker from its headline
_KICKER_PART_CHARS = tuple(":|｜-–—·»/")  #: one of these stands in every _KICKER_PARTS match (a quick test first)
_SEPARATOR_CHARS = frozenset(":|｜-–—·»/")  #: the text wrote the two parts apart: then the kicker belongs to the headline
_STEP_SEPARATORS = frozenset("»>/›|→:-–—＞")  #: what stands between two breadcrumb steps on one line
_STEP_NUMBER = regex.compile(r"\d{1,2}\.")  #: "4." of "4. Headline", a numbered breadcrumb's last step
_STAMP_LEAD = regex.compile(r"(\d[\d./: ,-]{5,24}?)\s+[|\-–—·/]\s+")  #: "23.01.2022 - ", "2021-10-16 | ": a leading date stamp
_YEARISH = regex.compile(r"\d{1,4}[./-]\d{1,2}|\b\d{4}\b")
_SKIP_LABELS = frozenset({"www", "m", "amp", "mobile", "com", "co", "org", "net", "web", "archive", "news", "blog", "de", "uk"})


def _squash(text: str) -> str:
    """Letters and digits only, casefolded, no spaces ("Time 4 talks" -> "time4talks")."""
    return "".join(word_runs(unicodedata.normalize("NFKC", text).casefold()))


def host_labels(*urls: object) -> tuple[str, ...]:
    """The distinctive labels of a page's host names ("https://www.bafa.de/x" -> "bafa"); archive copies count as the original."""
    labels: list[str] = []
    for url in urls:
        if not isinstance(url, str) or "//" not in url:
            continue
        inner = url.rfind("http", 1)  # web.archive.org/web/2010/http://www.site.de/...
        host = urlsplit(url[inner:] if inner > 0 else url).hostname or ""
        for label in host.split(".")[:-1]:
            if len(label) >= HOST_MIN_CHARS and label not in _SKIP_LABELS:
                labels.append(_squash(label))
    return tuple(dict.fromkeys(labels))


def _initials(part: str) -> str:
    return "".join(w[0] for w in word_runs(unicodedata.normalize("NFKC", part).casefold()))


def is_site_part(part: str, sites: Sequence[str], hosts: Sequence[str]) -> bool:
    """Tell whether a title part names the site: its name, its host name, or the host's initials."""
    squashed = _squash(part)
    if not squashed:
        return False
    short = len(part.split()) <= CONTAIN_MAX_WORDS
    bare = squashed[3:] if squashed.startswith("www") else squashed  # "www.example.de: Section"
    for site in sites:
        s = _squash(site)
        if s and (s == squashed or (short and len(squashed) >= HOST_MIN_CHARS and (s in squashed or squashed in s))):
            return True
    for host in hosts:
        if host == squashed or (short and (bare.startswith(host) or squashed.endswith(host))):
            return True
        if short and len(host) >= HOST_MIN_CHARS and _initials(part).startswith(host):
            return True
    return False


def _is_stamp(part: str) -> bool:
    """A date or time part ("31.10.2023, 10.19 Uhr"): opens with a digit, mostly digits, a year or day.month in it."""
    chars = [c for c in part if c.isalnum()]
    return bool(chars) and part[0].isdigit() and bool(_YEARISH.search(part)) and sum(c.isalpha() for c in chars) <= DATE_MAX_LETTERS * len(chars)


def _short(part: str) -> bool:
    return len(part) <= SECTION_MAX_CHARS_CJK if is_cjk(part) else len(part.split()) <= SECTION_MAX_WORDS


def split_title(title: str) -> list[str]:
    """The parts of a title between site separators, in order."""
    title = " ".join(title.split())
    if is_cjk(title):
        title = _CJK_UNDERSCORE.sub(" | ", title)
    return [p.strip() for p in _PARTS.split(title) if p and p.strip()]


def _trim(parts: list[str], sites: Sequence[str], hosts: Sequence[str]) -> list[str]:
    """Drop site and time-stamp parts from both ends; a short part beside a dropped site part is its section."""
    front = back = False
    while len(parts) > 1 and (is_site_part(parts[-1], sites, hosts) or _is_stamp(parts[-1])):
        parts, back = parts[:-1], True
    while len(parts) > 1 and (_is_stamp(parts[0]) or (not back and is_site_part(parts[0], sites, hosts))):
        parts, front = parts[1:], True  # "Headline | Site" is the common order: a site named at the end names none at the start
    if front and len(parts) > 1 and _short(parts[0]) and len(" ".join(parts[1:])) >= SHORT_TAIL_RATIO * len(parts[0]):
        parts = parts[1:]
    if back and len(parts) > 1 and _short(parts[-1]) and len(" ".join(parts[:-1])) >= SHORT_TAIL_RATIO * len(parts[-1]):
        parts = parts[:-1]
    return parts


@lru_cache(maxsize=TITLE_CACHE)
def _clean(title: str, sites: tuple[str, ...], hosts: tuple[str, ...]) -> str:
    title = " ".join(title.split())
    if len(title) > TITLE_MAX_CHARS:
        return title
    parts = split_title(title)
    if len(parts) < 2:
        return title
    kept = _trim(parts, sites, hosts)
    if len(kept) < len(parts):
        return _span(title, kept)
    seps = list(_TAIL_SEPARATORS.finditer(title))
    if seps:
        head, tail = title[: seps[-1].start()], title[seps[-1].end():]
        if len(tail.split()) <= SHORT_TAIL_WORDS and len(head) > SHORT_TAIL_RATIO * len(tail):
            return head.strip()
    return title


def _span(title: str, kept: list[str]) -> str:
    """The stretch of the title from the first kept part to the last (inner separators as written)."""
    start = title.find(kept[0])
    end = title.find(kept[-1], start) + len(kept[-1]) if start >= 0 else -1
    if start < 0 or end < start:
        return " - ".join(kept)
    return title[start:end]


def clean_title(title: str, site: str | None, hosts: Iterable[str] = ()) -> str:
    """Cut the site's name (and its section, a time stamp) off a title: "Headline | Site" -> "Headline"."""
    sites = (site,) if site else ()
    return _clean(title, sites, tuple(hosts))


def only_site(title: str, site: str | None) -> bool:
    """Tell whether a (cleaned) title names nothing but the site ("ICON" on the site "ICON Magazine"): no headline."""
    if not site:
        return False
    squashed, name = _squash(title), _squash(site)
    return bool(squashed) and bool(name) and squashed in name


def _key(text: str) -> str:
    """Letters and digits, casefolded, single spaces: how a heading and a title part compare."""
    return " ".join(word_runs(unicodedata.normalize("NFKC", text).casefold()))


def site_headings(paras: Sequence[str], tags: Sequence[str | None], titles: Sequence[str], limit: int) -> frozenset[str]:
    """The <h1> lines that are the part a metadata title's cleaning cut off ("Time 4 talks » Blog » Headline"): the site's name."""
    found = set()
    keys = [(_key(getattr(t, "raw", t)), _key(t)) for t in titles]
    for i in range(min(len(paras), limit)):
        if tags[i] != "h1":
            continue
        line = _key(paras[i])
        if line and any(line != raw and line not in kept and (raw.startswith(line + " ") or raw.endswith(" " + line))
                        for raw, kept in keys):
            found.add(paras[i])
    return frozenset(found)


def _squashed_prefix_end(line: str, size: int) -> int:
    """Where in ``line`` the first ``size`` squashed characters (letters and digits, folded) end."""
    count = 0
    for pos, char in enumerate(line):
        if count >= size:
            return pos
        if char.isalnum():
            count += len(unicodedata.normalize("NFKC", char).casefold())
    return len(line)


def glued_kicker(line: str, titles: Sequence[str]) -> str:
    """ "Coronavirus und andere ZoonosenWie Umweltzerstörung ..." -> "Wie Umweltzerstörung ...".

    A kicker set in its own element inside the headline's is glued to it in the text (no
    separator), while a metadata title writes the two as separate parts ("Kicker – Headline",
    either order): the text's line is then the kicker plus the headline, and the headline is the rest.
    """
    if len(line) > TITLE_MAX_CHARS or is_cjk(line):
        return line
    whole = _squash(line)
    for title in titles:
        parts = [p for p in _KICKER_PARTS.split(getattr(title, "raw", title)) if p.strip()]
        pairs = [(a, b) for a, b in zip(parts, parts[1:])] + [(b, a) for a, b in zip(parts, parts[1:])]
        for kicker, rest in pairs:
            if not 1 <= len(kicker.split()) <= KICKER_MAX_WORDS or len(rest.split()) < KICKER_REST_MIN_WORDS:
                continue
            if _squash(kicker) + _squash(rest) != whole:
                continue
            cut = _squashed_prefix_end(line, len(_squash(kicker)))
            rest_at = next((k for k in range(cut, len(line)) if line[k].isalnum()), len(line))
            if _SEPARATOR_CHARS.isdisjoint(line[cut:rest_at]):  # written apart ("Kicker: Headline"): one headline
                return line[cut:].strip()
    return line


def _word_starts(line: str) -> list[int]:
    """Where each whitespace-separated word of ``line`` starts."""
    return [m.start() for m in _NON_SPACE_RUN.finditer(line)]


def _step_border(head: str, step: str) -> bool:
    """Tell whether a trail's text ``head`` ends where a step begins: a separator, a step number, or a glued capital."""
    if head[-1:].isalpha():
        return step[:1].isupper()  # "StartseiteKulturTitle"
    return head.rstrip()[-1:] in _STEP_SEPARATORS or bool(_STEP_NUMBER.fullmatch(head.strip()))


def trail_cut(paras: Sequence[str], idx: int) -> str | None:
    """ "Holocaust-Gedenktag Erinnerung an die Opfer" under the trail "5. Erinnerung an die Opfer" -> the trail's step.

    A breadcrumb trail a few lines above names the article; when the headline line is a short
    kicker plus that step, the step is the headline (the kicker's element is glued before it).
    """
    from newsclean.split_crumbs import closes_trail

    line = paras[idx]
    if len(line) > TITLE_MAX_CHARS or is_cjk(line):
        return None
    starts = _word_starts(line)
    most = min(KICKER_MAX_WORDS, len(starts) - KICKER_REST_MIN_WORDS)  # words a kicker may take
    if most < 1:
        return None
    shortest = line[starts[most]:]  # every step tried ends with it: a line above without it ends with none
    for j in range(max(0, idx - TRAIL_CUT_NEAR), idx):
        above = paras[j]
        if len(above) > TITLE_MAX_CHARS or above == line or not above.endswith(shortest):
            continue
        for k in range(1, most + 1):
            rest, kicker = line[starts[k]:], line[: starts[k]].rstrip()
            if not (kicker[-1].isalnum() and rest[0].isalnum()):
                break  # "Barisic: Quote", "Konto. ( Abmelden )": written apart, or no headline after it
            head = above[: len(above) - len(rest)]
            if above.endswith(rest) and _step_border(head, rest) and not head.rstrip().endswith(kicker) and closes_trail(rest, above):
                return rest
    return None


def nearby_titles(paras: Sequence[str], idx: int) -> list[str]:
    """Lines near a text headline that write a kicker and a headline apart ("Headline - Kicker" in a breadcrumb or a share line)."""
    near = range(max(0, idx - KICKER_TITLE_NEAR), min(len(paras), idx + KICKER_TITLE_NEAR + 1))
    return [paras[k] for k in near if k != idx and len(paras[k]) <= TITLE_MAX_CHARS
            and holds_any(paras[k], _KICKER_PART_CHARS) and _KICKER_PARTS.search(paras[k])]


def without_stamp(line: str) -> str:
    """ "23.01.2022 - Headline" -> "Headline": a date stamp set before the headline with a separator is not part of it."""
    m = _STAMP_LEAD.match(line) if line[:1].isdigit() else None
    if m is None or not _is_stamp(m.group(1)) or len(line[m.end():].split()) < KICKER_REST_MIN_WORDS:
        return line
    return line[m.end():]


def spaced_kicker(line: str, lang: str | None) -> str:
    """ "Abstandsregeln und Fieberkontrollen : Wie Firmen ..." -> "Wie Firmen ...".

    Where the language writes no space before a colon (data/headstyle ``kicker-colon``), a
    spaced colon is the gap between a kicker's element and the headline's: the headline is the rest.
    """
    if SPACED_COLON not in line or len(line) > TITLE_MAX_CHARS or "kicker-colon" not in entries_or_empty("headstyle", lang):
        return line
    kicker, rest = line.split(SPACED_COLON, 1)
    if not 1 <= len(kicker.split()) <= KICKER_MAX_WORDS or len(rest.split()) < KICKER_REST_MIN_WORDS or not rest[:1].isalnum():
        return line
    return rest.strip()


class MetaTitle(str):
    """A metadata headline with its site name cut; ``raw`` keeps the title as the page wrote it (its parts count)."""

    raw: str
    kind: str  #: where the page wrote it: "ld" (JSON-LD headline), "og" (og:title), "title" (<title>)

    def __new__(cls, text: str, raw: str, kind: str = "") -> "MetaTitle":
        """Make the cleaned title, remembering the raw one and its source."""
        obj = super().__new__(cls, text)
        obj.raw = raw
        obj.kind = kind
        return obj
