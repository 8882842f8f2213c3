"""Page metadata dates: UTC publication stamps read in the newsroom's own day (html_meta), odd stamp formats."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsclean.html_meta import page_meta
from newsclean.split_dates import parse_date


def _meta(head: str) -> dict:
    return page_meta(LexborHTMLParser(f"<html><head>{head}</head><body><p>x</p></body></html>"))


def _ld(published: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
            f'"datePublished": "{published}"}}</script>')


def test_utc_stamp_takes_the_day_in_the_article_address() -> None:
    meta = _meta('<link rel="canonical" href="https://example.org/2021/06/15/story/">' + _ld("2021-06-16T03:12:48Z"))
    assert meta["json_ld"]["datePublished"] == "2021-06-15"
    assert meta["published_utc"] == "2021-06-16T03:12:48Z"


def test_utc_stamp_prefers_the_same_instant_with_its_local_offset() -> None:
    meta = _meta('<meta name="date" content="Fri, 13 Mar 2020 00:17:00 +0100">' + _ld("2020-03-12T23:17:00+00:00"))
    assert parse_date(meta["json_ld"]["datePublished"]) == "2020-03-13"


@pytest.mark.parametrize(
    ("url", "stamp"),
    [
        ("https://example.org/2021/06/11/story/", "2021-06-16T03:12:48Z"),  # address day too far: not a zone shift
        ("https://example.org/2021/06/15/story/", "2021-06-16T03:12:48+01:00"),  # stamp already local
        ("https://example.org/story/", "2021-06-16T03:12:48Z"),  # no day in the address
    ],
)
def test_stamp_kept(url: str, stamp: str) -> None:
    meta = _meta(f'<link rel="canonical" href="{url}">' + _ld(stamp))
    assert meta["json_ld"]["datePublished"] == stamp
    assert "published_utc" not in meta


def test_boundary_of_the_offset_range() -> None:
    # 2020-02-24T10:00Z is 2020-02-23 only west of UTC-10; UTC-12 is the last zone, so the 23rd is possible
    meta = _meta('<link rel="canonical" href="https://example.org/2020/02/23/s/">' + _ld("2020-02-24T10:00:00Z"))
    assert meta["json_ld"]["datePublished"] == "2020-02-23"
    # 2020-02-24T13:00Z is the 23rd nowhere on Earth
    meta = _meta('<link rel="canonical" href="https://example.org/2020/02/23/s/">' + _ld("2020-02-24T13:00:00Z"))
    assert meta["json_ld"]["datePublished"] == "2020-02-24T13:00:00Z"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu Sep 08 09:20:00 EDT 2016", "2016-09-08"),
        ("Wed Jan 16 2019 02:00:00 GMT+0100 (Central European Standard Time)", "2019-01-16"),
        ("2023-7-9 18:42:05", "2023-07-09T18:42:05"),
        ("2023-03-14T6:25:00", "2023-03-14T06:25:00"),
        ("lunes 3 de junio de 2019", "2019-06-03"),
        ("12.05.2024, 14:30 Uhr", "2024-05-12"),
    ],
)
def test_stamp_formats(text: str, expected: str) -> None:
    assert parse_date(text, "en") == expected


def test_el_stamp_unchanged() -> None:
    assert parse_date("3 Ιουλίου 2024, 14:30", "el") == "2024-07-03"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<span itemprop="datePublished" content="2018-03-21">21 March</span>', "2018-03-21"),
        ('<abbr class="published" title="2017-07-23T10:00:00+02:00">23. Juli</abbr>', "2017-07-23T10:00:00+02:00"),
        # the itemprop element wins over an earlier plain <time> (a comment's, a related story's)
        ('<article><time datetime="2020-01-01">x</time><time itemprop="datePublished" datetime="2021-05-19">y</time></article>',
         "2021-05-19"),
    ],
)
def test_published_elements(body: str, expected: str) -> None:
    meta = page_meta(LexborHTMLParser(f"<html><body>{body}</body></html>"))
    assert meta["published"] == expected


def test_meta_tag_beats_elements() -> None:
    html = '<html><head><meta property="article:published_time" content="2021-01-02"></head>' \
           '<body><span itemprop="datePublished" content="2019-04-25"></span></body></html>'
    assert page_meta(LexborHTMLParser(html))["published"] == "2021-01-02"


def _page(head: str, body: str) -> dict:
    return page_meta(LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_utc_stamp_takes_the_same_instant_from_a_time_element() -> None:
    meta = _page(_ld("2023-08-10T02:14:09+00:00"), '<time datetime="2023-08-09T22:14:09-04:00">9 Aug, 10:14 pm</time>')
    assert meta["json_ld"]["datePublished"][:10] == "2023-08-09"


def test_utc_stamp_takes_the_shown_date_when_it_can_be_the_local_day() -> None:
    meta = _page(_ld("2021-11-04T23:00:00+00:00"), '<span class="meta-date">5. November 2021</span>')
    assert meta["json_ld"]["datePublished"] == "2021-11-05"


@pytest.mark.parametrize(
    "body",
    [
        '<span class="date">9. November 2021</span>',  # too far for a zone shift
        '<div class="today-date">5. November 2021</div><span class="date">4. November 2021</span>',  # UTC day shown too
        '<footer><time>5. November 2021</time></footer>',  # a comment's time in the footer
    ],
)
def test_utc_stamp_kept_against_other_shown_dates(body: str) -> None:
    meta = _page(_ld("2021-11-04T23:00:00+00:00"), body)
    assert meta["json_ld"]["datePublished"] == "2021-11-04T23:00:00+00:00"


def test_json_ld_and_meta_disagree_the_shown_date_settles() -> None:
    head = '<meta property="article:published_time" content="2021-09-18T07:43:19+02:00">' + _ld("2021-09-10T11:05:27+02:00")
    meta = _page(head, "<h1>H</h1><time>18.09.2021</time><p>x</p>")
    assert parse_date(meta["json_ld"]["datePublished"])[:10] == "2021-09-18"
    assert meta["published_other"] == "2021-09-10T11:05:27+02:00"
    meta = _page(head, "<h1>H</h1><time>10.09.2021</time><p>x</p>")  # the page shows JSON-LD's day: kept
    assert parse_date(meta["json_ld"]["datePublished"])[:10] == "2021-09-10"
    meta = _page(head, "<h1>H</h1><p>x</p>")  # nothing shown: JSON-LD stays
    assert parse_date(meta["json_ld"]["datePublished"])[:10] == "2021-09-10"


@pytest.mark.parametrize(("stamp", "shown", "expected"), [
    ("Thu, 06 Oct 2022 03:18:00 GMT", "2022-10-05", "2022-10-05"),  # RFC 2822 in UTC, the header's day is a local day
    ("2022-10-06T03:18:00Z", "2022-10-05", "2022-10-05"),
    ("2022-10-06T03:18:00Z", "2022-10-16", "2022-10-06T03:18:00+00:00"),  # not a possible local day
    ("2022-10-06T03:18:00+02:00", "2022-10-05", "2022-10-06T03:18:00+02:00"),  # a local offset is the page's own
    ("2022-10-06T03:18:00Z", None, "2022-10-06T03:18:00+00:00"),
])
def test_meta_date_takes_the_shown_local_day_of_a_utc_stamp(stamp: str, shown: str | None, expected: str) -> None:
    from newsclean.split_meta import meta_date

    assert meta_date({"json_ld": {"datePublished": stamp}}, "es", "published", shown) == expected


@pytest.mark.parametrize("key", ["publish-date", "publish_date", "article:published", "cxenseparse:recs:publishtime", "pdate"])
def test_more_publication_meta_names(key: str) -> None:
    """Common <meta> names for the publication date besides article:published_time."""
    tree = LexborHTMLParser(f'<html><head><meta name="{key}" content="2024-05-12T10:00:00+02:00"></head><body></body></html>')
    assert page_meta(tree)["published"] == "2024-05-12T10:00:00+02:00"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/2024/05/12/radwege-in-der-altstadt/", "2024-05-12"),
    ("https://example.org/news/radwege-2024-05-12.html", "2024-05-12"),
    ("https://example.org/meldungen/12-05-2024", "2024-05-12"),
    ("https://example.org/meldungen/12-05-2024?page=2", "2024-05-12"),
    ("https://example.org/2024/13/40/x", None),
    ("https://example.org/artikel/123456", None),
])
def test_url_date(url: str, expected: str | None) -> None:
    """The day in the page's own address, a last resort."""
    from newsclean.split_meta import url_date

    assert url_date({"canonical": url}) == expected


def test_hatom_updated_element_gives_the_modified_date_when_nothing_states_a_publication_date() -> None:
    """hAtom's <span class="updated" title="…">: the modification date, a last resort for a page stating no publication date."""
    body = '<span class="updated" title="2013-04-04T18:52:11+00:00"></span>'
    meta = page_meta(LexborHTMLParser(f"<html><head></head><body>{body}</body></html>"))
    assert meta["modified"] == "2013-04-04T18:52:11+00:00" and "published" not in meta
    stated = '<meta property="article:published_time" content="2013-04-01T10:00:00+00:00">'
    meta = page_meta(LexborHTMLParser(f"<html><head>{stated}</head><body>{body}</body></html>"))
    assert "modified" not in meta  # not looked for: the publication date is stated


def test_header_date_is_the_date_line_nearest_the_headline() -> None:
    from newsclean.split import run

    text = ("Donnerstag, 16. Februar 2012\n\n14. Februar 2012\n\nPolitik\n\nGericht: Der Prozess geht weiter\n\n"
            "Das Verfassungsgericht in Rom verwarf am Dienstag einen Antrag der Abgeordnetenkammer, die Justiz zu stoppen.\n\n"
            "Die Kammer hatte auf Drängen des Angeklagten argumentiert, der Fall gehöre vor ein anderes Gericht, und verlor.\n")
    assert run({"id": "x", "text": text, "lang": "de"})["published"][:10] == "2012-02-14"


def test_header_date_keeps_the_layout_date_without_a_line_above() -> None:
    from newsclean.split_layout import Layout
    from newsclean.split_published import header_date

    lay = Layout(date="2020-05-04", head_index=0)
    assert header_date(lay, ["Headline", "4. Mai 2020"], "de") == "2020-05-04"
    lay = Layout(date="2012-02-16", head_index=2)
    paras = ["Donnerstag, 16. Februar 2012", "14. Februar 2012", "Gericht: Der Prozess geht weiter"]
    assert header_date(lay, paras, "de") == "2012-02-14"
    assert header_date(Layout(), paras, "de") is None
