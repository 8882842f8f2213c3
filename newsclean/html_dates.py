"""The publication day in the newsroom's own time zone, when a page's metadata states it in UTC.

A UTC stamp late or early in the day (``2021-11-04T23:00:00Z``) falls on another calendar day than
the page's own date line ("5. November 2021").  The same instant written with its local offset
elsewhere in the page (``<time datetime="…-04:00">``), a date the page shows in a date element,
or the day in the article's address gives the local day, when it is one of the instant's
possible local days (UTC-12 … UTC+14).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import regex

from newsclean import langdata

MAX_LOCAL_SHIFT_HOURS = (-12, 14)  #: UTC offsets in use on Earth: a UTC instant is some local day within this range
MAX_TIME_ELEMENTS = 10  #: <time datetime> stamps read for the same instant with an offset
MAX_DATE_ELEMENTS = 20  #: elements with "date" in their class read for a shown date (the article's comes early)
MAX_DATE_TEXT = 60  #: a shown date is short; longer element text is a teaser or a paragraph
DATE_KIND = "dateclass"  #: the data kind naming the class words of elements that show a date
DATE_PREFIX_CHARS = 3  #: date words sharing this many first letters are found by one selector (``dat``: date, datum)


@cache
def date_words() -> tuple[str, ...]:
    """Every language's class words of an element showing a date (case-sensitive: "date", "Date", "datum" ...)."""
    return langdata.all_entries(DATE_KIND)


@cache
def date_class() -> str:
    """The selector of elements showing a date: a class holding a date word (a node is listed once per word)."""
    return ", ".join(f'[class*="{word}"]' for word in date_words())


@cache
def _date_query() -> str:
    """A cheaper walk finding every :func:`date_class` element (lexbor tests each selector of a list on every
    element, and a case-insensitive test costs it less): one selector per group of words sharing their first
    letters, lower case; each found element is listed once per word its class holds by :func:`date_class_nodes`."""
    groups: dict[str, set[str]] = {}
    for word in date_words():
        low = word.lower()
        groups.setdefault(low[:DATE_PREFIX_CHARS] if len(low) > DATE_PREFIX_CHARS else low, set()).add(low)
    return ", ".join(f'[class*="{key if len(group) > 1 else next(iter(group))}" i]' for key, group in sorted(groups.items()))

FURNITURE_TAGS = frozenset({"footer", "nav", "aside"})  #: a date shown inside these is a comment's or a teaser's
MAX_DEPTH = 60  #: ancestors climbed looking for furniture (deeply nested pages stay cheap)
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)")
_ISO_INSTANT = regex.compile(r"((?:19|20)\d\d-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)$")
_WS = regex.compile(r"\s+")


def instant(value: Any) -> dt.datetime | None:
    """An aware datetime from an ISO 8601 or RFC 2822 stamp with a zone; None without a zone."""
    if not isinstance(value, str):
        return None
    if m := _ISO_INSTANT.match(value.strip()):
        zone = "+00:00" if m[3] == "Z" else m[3]
        try:
            return dt.datetime.fromisoformat(f"{m[1]}T{m[2]}{zone}")
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime

    try:
        found = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return found if found.tzinfo is not None else None


def _url_day(meta: dict[str, Any]) -> dt.date | None:
    """The /yyyy/mm/dd/ day in the page's canonical or og:url address (blogs and many news sites)."""
    for url in (meta.get("canonical"), meta.get("og_url")):
        if isinstance(url, str) and (m := _URL_DATE.search(url)):
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


class Page:
    """A parsed page's <time> elements and shown days, each looked up once however often localise asks."""

    __slots__ = ("tree", "_times", "_shown")

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self._times: list[Any] | None = None
        self._shown: list[dt.date] | None = None

    def times(self) -> list[Any]:
        """Every <time> element of the page (one walk serves the stamps and the shown days)."""
        if self._times is None:
            self._times = self.tree.css("time") if self.tree is not None else []
        return self._times

    def stamps(self) -> list[str]:
        """The ``datetime`` stamps of the page's first <time datetime> elements."""
        nodes = (node.attributes or {} for node in self.times())
        firsts = [attrs["datetime"] for attrs in nodes if "datetime" in attrs][:MAX_TIME_ELEMENTS]
        return [value.strip() for value in firsts if value]

    def shown_days(self) -> list[dt.date]:
        """The days the page shows in its first date elements (<time> text, class "date", "datum" ...)."""
        if self._shown is None:
            self._shown = _shown_days(self) if self.tree is not None else []
        return self._shown


def _page(tree: Any) -> Page:
    """The page behind ``tree`` (a parsed tree, or a Page already holding its lookups)."""
    return tree if isinstance(tree, Page) else Page(tree)


def _shown_days(page: Page) -> list[dt.date]:
    """The days shown in the page's first <time> and date-class elements, outside footers, navs and asides."""
    from newsclean.split_dates import parse_date

    out: list[dt.date] = []
    nodes = [*page.times()[:MAX_TIME_ELEMENTS], *date_class_nodes(page.tree, MAX_DATE_ELEMENTS)]
    for node in nodes:
        if _in_furniture(node):
            continue  # comment times in a footer, teaser dates in an aside
        text = _WS.sub(" ", node.text(deep=True) or "").strip()
        if not text or len(text) > MAX_DATE_TEXT:
            continue
        found = parse_date(text)
        if found:
            try:
                out.append(dt.date.fromisoformat(found[:10]))
            except ValueError:
                continue
    return out


def date_class_nodes(tree: Any, cap: int) -> list[Any]:
    """``tree.css(date_class())[:cap]``, found by the cheaper ``_date_query`` walk and the class words counted here."""
    out: list[Any] = []
    last = None
    words = date_words()
    for node in tree.css(_date_query()):
        if node.mem_id == last:
            continue  # listed once per selector of _date_query it matches
        last = node.mem_id
        classes = node.attributes.get("class") or ""
        out.extend([node] * sum(word in classes for word in words))
        if len(out) >= cap:
            break
    return out[:cap]


def _in_furniture(node: Any) -> bool:
    """Tell whether ``node`` stands in a footer, nav or aside (at most ``MAX_DEPTH`` ancestors up)."""
    for _ in range(MAX_DEPTH):
        node = node.parent
        if node is None:
            return False
        if node.tag in FURNITURE_TAGS:
            return True
    return False


def possible_day(first: dt.datetime, day: dt.date | None) -> bool:
    """Tell whether ``day`` is another local day of the UTC instant ``first`` somewhere on Earth."""
    low, high = MAX_LOCAL_SHIFT_HOURS
    return (day is not None and day != first.date()
            and (first + dt.timedelta(hours=low)).date() <= day <= (first + dt.timedelta(hours=high)).date())


def local_published(meta: dict[str, Any], tree: Any = None) -> str | None:
    """The publication stamp in the newsroom's own day, when the page states it in UTC (else None)."""
    page = _page(tree)
    ld = meta.get("json_ld") if isinstance(meta.get("json_ld"), dict) else {}
    values = [v for v in (ld.get("datePublished"), meta.get("published")) if isinstance(v, str)]
    first = instant(values[0]) if values else None
    if first is None or first.utcoffset() != dt.timedelta(0):
        return None
    for value in [*values[1:], *page.stamps()]:
        other = instant(value)
        if other is not None and other == first and other.utcoffset() != dt.timedelta(0):
            return value  # the same instant, written with the newsroom's offset
    day = _url_day(meta)
    if possible_day(first, day):
        return day.isoformat() if day else None
    shown = [d for d in page.shown_days() if d == first.date() or possible_day(first, d)]
    if shown and first.date() not in shown:
        return shown[0].isoformat()  # the page's first shown date that can be this instant's day
    return None  # the UTC day is shown too (a header's "today" may be the other one)


def _day(value: Any) -> dt.date | None:
    from newsclean.split_dates import parse_date

    found = parse_date(value) if isinstance(value, str) else None
    try:
        return dt.date.fromisoformat(found[:10]) if found else None
    except ValueError:
        return None


def _first_shown(tree: Any) -> dt.date | None:
    """The first day the page shows or stamps on a <time> element (outside footers, navs and asides)."""
    page = _page(tree)
    shown = page.shown_days()
    if shown:
        return shown[0]
    return next((d for d in map(_day, page.stamps()) if d is not None), None)


def settle(meta: dict[str, Any], tree: Any = None) -> None:
    """When JSON-LD's datePublished and the <meta> published date name different days, keep the one the page
    shows first (JSON-LD stays otherwise; the other value is kept as ``published_other``)."""
    ld = meta.get("json_ld") if isinstance(meta.get("json_ld"), dict) else {}
    first, second = ld.get("datePublished"), meta.get("published")
    if not isinstance(first, str) or not isinstance(second, str):
        return
    a, b = _day(first), _day(second)
    if a is None or b is None or a == b or _first_shown(tree) != b:
        return
    meta["published_other"] = first
    meta["json_ld"] = {**ld, "datePublished": second}


def localise(meta: dict[str, Any], tree: Any = None) -> None:
    """Replace a UTC publication stamp by the page's local one (the original kept as ``published_utc``);
    first settle a JSON-LD / <meta> disagreement by the page's shown date."""
    page = Page(tree)
    settle(meta, page)
    local = local_published(meta, page)
    if local is None:
        return
    ld = meta.get("json_ld")
    if isinstance(ld, dict) and isinstance(ld.get("datePublished"), str):
        meta["published_utc"] = ld["datePublished"]
        meta["json_ld"] = {**ld, "datePublished": local}
    else:
        meta["published_utc"] = meta.get("published")
    meta["published"] = local
