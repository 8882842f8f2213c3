"""Tests of site profiles (learn, save, load, apply) and of the hard-wrap safety net."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from newsclean import strip, strip_profile, strip_wrap
from newsclean.record import paragraphs

QUOTE = "«We will never give up on peace, whatever it costs us and whatever they say about it», the president said in the capital."


def _page(i: int, quote: bool = False) -> str:
    body = [
        f"Story number {i}: the council approved the plan for the old harbour district on its meeting",
        f"The council of the city approved on Monday the plan number {i} for the old harbour, after a long "
        "debate in which the opposition asked for more time to study the costs and the effects on the residents.",
        f"The mayor said that the works on the site {i} would start in the spring and that the city would pay "
        "for most of them, while the rest would come from the regional budget and from private investors.",
        *( [QUOTE] if quote else [] ),
        f"Residents of the area number {i} have complained for years about the state of the buildings and the "
        "lack of parking, and many of them welcomed the decision of the council as a first step.",
    ]
    return "\n".join(["Harbour Times", "Subscribe to the weekly digest", "Sections", *body, "Harbour Times, all the local news since 1921", "Contact the desk"])


def test_learn_recurring_furniture_not_article_text() -> None:
    pages = [_page(i, quote=i % 3 == 0) for i in range(12)]
    profile = strip.learn_profile(pages, min_pages=5)
    assert profile.pages == 12
    assert profile.matches("Harbour Times")
    assert profile.matches("contact the desk")
    assert not profile.matches(QUOTE)  # recurs on 4 pages, but as article text
    assert not any("council" in k for k in profile.lines)


def test_min_pages_boundary() -> None:
    pages = [_page(i) for i in range(4)]
    assert not strip.learn_profile(pages, min_pages=5).lines
    assert strip.learn_profile(pages, min_pages=4).matches("Harbour Times")


def test_save_load_roundtrip_and_apply(tmp_path: Path) -> None:
    profile = strip.learn_profile([_page(i) for i in range(8)], min_pages=5)
    path = tmp_path / "site.profile.json"
    profile.save(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "newsclean-strip-profile" and doc["pages"] == 8
    assert not list(tmp_path.glob(".*tmp"))  # atomic: no temp file left behind
    again = strip.Profile.load(path)
    assert again.lines == profile.lines
    out = strip.run({"id": "p", "text": _page(99)}, strip.Options(profile=str(path)))
    reasons = {b["text"]: b["reason"] for b in out["boilerplate"]}
    assert reasons.get("Contact the desk") in ("site-profile", "after-article-end")
    assert any(r == "site-profile" for r in reasons.values())


def test_hand_written_profile(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"lines": ["Harbour Times", {"text": "Sections", "pages": 3}]}), encoding="utf-8")
    profile = strip.Profile.load(path)
    assert profile.matches("harbour  times") and profile.matches("Sections")


def test_rejoin_hard_wrapped_text() -> None:
    para = (
        "The council of the city approved on Monday the plan for the old harbour, after a long debate in "
        "which the opposition asked for more time to study the costs and the effects on the residents of "
        "the area, who have complained for years."
    )
    wrapped = []
    for _ in range(4):
        wrapped += textwrap.wrap(para, 79) + [""]
    lines = strip_wrap.rejoin(wrapped)
    assert lines == [para] * 4


_PARA = ("The council of the city approved on Monday the plan for the old harbour, after a long debate in "
         "which the opposition asked for more time to study the costs and the effects on the residents.")
_WRAPPED = [line for _ in range(6) for line in (*textwrap.wrap(_PARA, 79), "")]  #: six paragraphs hard-wrapped at 79: a wrapped text


def test_rejoin_skips_lines_without_letters() -> None:
    """A gallery counter or a row of form fields under a line is not a wrapped word (USE_LETTER_GUARD)."""
    wrapped = _WRAPPED
    head = "Esper accuses China of intimidating the smaller Asian nations around the sea"  # ends near the wrap width
    lines = strip_wrap.rejoin([head, "1 / 8", "Sign in with your e-mail address or with your account at the Google or Facebook", "[    ] [    ]", "", *wrapped])
    assert lines[:4] == [head, "1 / 8", "Sign in with your e-mail address or with your account at the Google or Facebook", "[    ] [    ]"]
    assert lines[4:] == [_PARA] * 6
    assert strip_wrap.rejoin([head, "2019", "", *wrapped])[:2] == [head, "2019"]  # digits alone: no letter either


def test_rejoin_skips_list_items() -> None:
    """A line opened by any bullet mark and a space is a list item, never a wrapped continuation (USE_BULLET_GUARD)."""
    wrapped = _WRAPPED
    head = "Ministerstwo opublikowało listę aktów prawnych, które wchodzą w życie w tym roku"
    items = ["☆ Rozporządzenie w sprawie ochrony środowiska", "□ Ustawa o szkolnictwie wyższym", "■ Von der Unterzeichnung bis heute"]
    for item in items:
        assert strip_wrap.rejoin([head, item, "", *wrapped])[:2] == [head, item]
    assert strip_wrap.rejoin([head, "☆Bezpieczeństwo", "", *wrapped])[0] == head + " ☆Bezpieczeństwo"  # no space: not a bullet


def test_unwrapped_text_unchanged() -> None:
    raw = ["Home", "A short line", "", "Another paragraph that is fine."]
    assert strip_wrap.rejoin(raw) == ["Home", "A short line", "Another paragraph that is fine."]


def test_profile_line_key() -> None:
    assert strip_profile.line_key("  Foo   BAR ") == "foo bar"
    assert paragraphs("a\n\nb") == ["a", "b"]


def test_unreadable_profile_is_an_error_value(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    for path in (bad, tmp_path / "missing.json"):
        out = strip.run({"id": "p", "text": _page(1)}, strip.Options(profile=str(path)))
        assert out["errors"][0]["stage"] == "strip" and str(path) in out["errors"][0]["message"]
        assert "council" in out["text"]
