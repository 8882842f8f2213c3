"""Text dump clean-up: invisible junk, stray markup, layout, hard-wrap re-joining."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import textclean, textclean_lynx

from wrap_support import PARAGRAPH, wrap


def _wrap(text: str, width: int = 79, indent: str = "   ") -> list[str]:
    return wrap(text, width, indent)


def test_each_fix_is_named_in_order() -> None:
    raw = "\ufeffA&amp;B\r\nC\x00\x07D\u00a0E\u200bF\u00adG <b>H</b> I\u0085J\x93q\x94"
    text, fixes = textclean.clean(raw)
    assert text == "A&B\nCD EFG H I\nJ\u201cq\u201d"
    assert fixes == ["line-endings", "bom", "control-chars", "entities", "stray-tags", "nbsp", "zero-width", "soft-hyphen"]


def test_markup_lookalikes_are_kept() -> None:
    assert textclean.clean("a < b > c, AT&T, R&D; <3 and <email@example.com>")[0] == "a < b > c, AT&T, R&D; <3 and <email@example.com>"


def test_zwj_and_zwnj_are_kept() -> None:
    assert textclean.clean("می\u200cخواهم 👩\u200d💻")[0] == "می\u200cخواهم 👩\u200d💻"


def test_layout() -> None:
    assert textclean.layout("\n\n  a   b  \n\n\n\n c\n \n") == "a b\n\nc"


def test_nfc() -> None:
    assert textclean.clean("Cafe\u0301")[0] == "Café"


def test_rejoin_hard_wrapped_paragraphs() -> None:
    lines = ["Headline of the story", "", *_wrap(PARAGRAPH), "", *_wrap(PARAGRAPH), "", "   Short line."]
    text, fixes = textclean.clean("\n".join(lines))
    assert text == f"Headline of the story\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nShort line."
    assert "rejoined-lines" in fixes


def test_rejoin_keeps_menus_and_lists_apart() -> None:
    menu = ["   * Home", "   * World", "   * Business", "   * Sport"]
    lines = [*menu, "", *_wrap(PARAGRAPH), "", *_wrap(PARAGRAPH), "", *menu]
    text = textclean.clean("\n".join(lines))[0]
    assert text.split("\n")[:4] == ["* Home", "* World", "* Business", "* Sport"]
    assert PARAGRAPH in text.split("\n")


def test_rejoin_list_item_continuation() -> None:
    item = "   * " + " ".join(["word"] * 30)
    wrapped = _wrap(item.strip(), indent="   ")
    lines = [wrapped[0]] + ["     " + w.strip() for w in wrapped[1:]] + ["", *_wrap(PARAGRAPH), "", *_wrap(PARAGRAPH)]
    assert textclean.clean("\n".join(lines))[0].split("\n")[0] == item.strip()


def test_one_paragraph_per_line_dumps_are_untouched() -> None:
    lines = [PARAGRAPH * 2, "Short", PARAGRAPH, "Menu item", "Another item", PARAGRAPH * 3, "x", "y"]
    text, fixes = textclean.clean("\n".join(lines))
    assert text == "\n".join(lines) and "rejoined-lines" not in fixes


def test_rejoin_cjk_without_space() -> None:
    para = "".join(f"政府今天第{n}次宣布了支持经济和就业的新措施。" for n in "一二三四五六七八九十百千")
    lines = [para[i : i + 38] for i in range(0, len(para), 38)]
    text = textclean.clean("\n".join(lines + ["", *lines]))[0]
    assert text.split("\n")[0] == para


def _char_wrap(text: str, width: int = 74, indent: str = "   ", spaced: bool = False) -> list[str]:
    """Wrap as lynx does: every character one column (a CJK character too), at spaces or (not ``spaced``) between CJK characters."""
    lines, line = [], ""
    for i, ch in enumerate(text):
        word = len(text[i:].split(" ", 1)[0]) if ch == " " and spaced else 0
        if len(indent + line) + 1 + word > width and (ch == " " or not (ch.isascii() or spaced)):
            lines.append(indent + line.rstrip())
            line = "" if ch == " " else ch
        else:
            line += ch
    return [*lines, indent + line]


def test_rejoin_cjk_wrapped_by_characters() -> None:
    """lynx counts a wide character as one column: 71 of them fill an 80-column line (145 display cells)."""
    para = "".join(f"商標には、{name}の同じ商標が付された商品は同じ提供元のものであるという機能があります。" for name in ("iPhone", "Apple Watch", "Mac", "iPod touch", "iPad", "AirPods Pro"))
    lines = ["   ホーム", "", *_char_wrap(para), "", *_char_wrap(para), "", "   お問い合わせ"]
    assert textclean.wrap_measure(lines) == (74, False)
    text = textclean.clean("\n".join(lines))[0]
    assert text.split("\n")[2] == para


def test_rejoin_korean_keeps_the_space() -> None:
    """Korean spaces its words: a wrap between two Hangul words re-joins with a space (Chinese/Japanese without)."""
    para = "주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다. 현재 MBC는 이유리 주연의 드라마로 승부를 보고 있다." * 4
    lines = [*_char_wrap(para, spaced=True), "", *_char_wrap(para, spaced=True), "", "   뉴스"]
    text = textclean.clean("\n".join(lines))[0]
    assert text.split("\n")[0] == para


def test_wrap_width_boundaries() -> None:
    assert textclean.wrap_width(["x y"] * textclean.WRAP_MIN_LINES) is None  # a column of short lines
    assert textclean.wrap_width(_wrap(PARAGRAPH * 3)) is not None
    assert textclean.wrap_width(_wrap(PARAGRAPH * 3)[: textclean.WRAP_MIN_LINES - 1]) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_clean_is_idempotent_and_tidy(text: str) -> None:
    once = textclean.clean(text)[0]
    assert textclean.clean(once)[0] == once
    assert "\r" not in once and "\n\n\n" not in once and once == once.strip()
    assert all(line == line.strip() and "  " not in line for line in once.split("\n"))


@pytest.mark.parametrize(("raw", "expected"), [
    ("He said &amp;quot;no&amp;quot;.", 'He said "no".'),  # a CMS escaped twice: the character was meant
    ("Tom &amp;amp; Jerry", "Tom & Jerry"),
    ("AT&T; R&D; &foo; &amp", "AT&T; R&D; &foo; &amp"),  # not entities (no name, unknown, no semicolon): kept
])
def test_entities_unescaped_to_a_fixed_point(raw: str, expected: str) -> None:
    """Double-escaped entities in a text dump are unescaped fully: the only idempotent choice."""
    once = textclean.clean(raw)[0]
    assert once == expected
    assert textclean.clean(once)[0] == once


def test_rejoin_long_wrapped_paragraph_is_linear() -> None:
    """A paragraph of 60 000 hard-wrapped lines joins in well under a second (no quadratic copies)."""
    import time

    text = "".join(f"word{k} " + "word " * 15 + "word\n" for k in range(60_000))
    started = time.process_time()
    joined = textclean.rejoin(text)
    assert time.process_time() - started < 5.0
    assert joined.count("\n") < 10


def _reference_continues(prev: str, line: str, width: int, wide: bool = True) -> bool:
    """The line-by-line rule as first written (before _paragraphs inlined it): the reference for the fast loop."""
    head = line.lstrip()
    if not head or not prev.strip() or (textclean._BULLET.match(line) and not textclean._abbreviation(prev.rstrip(), head)):
        return False
    indent, prev_indent = textclean._indent(line), textclean._indent(prev)
    if indent != prev_indent and not (indent > prev_indent and textclean._BULLET.match(prev)):
        return False
    tail = prev.rstrip()
    if not head.isascii() and textclean._WIDE.match(head) and textclean._WIDE.search(tail[-1:]):
        return textclean._width(tail, wide) + 1 + wide > width - textclean.WRAP_SLACK
    return textclean._width(tail, wide) + 1 + textclean._width(head.split(None, 1)[0], wide) > width - textclean.WRAP_SLACK


def _reference_rejoin(text: str) -> str:
    lines = text.split("\n")
    if textclean._too_wide(text):
        return text
    found = textclean.wrap_measure(lines)
    if found is None:
        return text
    width, wide = found
    out: list[list[str]] = []
    raws: list[list[str]] = []  #: each paragraph's raw lines
    numbered: list[bool] = []  #: its last line was joined as a list number's item
    last_raw = opening = ""
    for line in lines:
        head = line.lstrip()
        number = textclean.USE_NUMBER_JOIN and len(last_raw) < 12 and bool(re.fullmatch(r" *\d{1,3}[.)] *", last_raw)) and bool(head)
        plain = _reference_continues(last_raw, line, width, wide) and not (opening and head.startswith(opening))
        if out and (number or (plain and not textclean_lynx.credit_end(last_raw.rstrip()))):
            tail = last_raw.strip()
            glued = textclean._width(last_raw.rstrip(), wide) >= width - textclean.WRAP_SLACK and " " not in tail
            textclean._join(out[-1], line, glued)
            raws[-1].append(line)
            numbered[-1] = number and not plain
        else:
            out.append([line])
            raws.append([line])
            numbered.append(False)
            opening = head[: textclean.REPEAT_CHARS] if len(head) >= textclean.REPEAT_CHARS else ""
        last_raw = line
    paras = []
    for parts, raw, num in zip(out, raws, numbered):  # a paragraph's unended last line under a sentence end stands apart
        if len(raw) > 1 and not num and textclean_lynx.USE_FINAL_BREAK and textclean_lynx.final_break(raw[-2].rstrip(), raw[-1]):
            rest: list[str] = [raw[0]]
            for before, piece in zip(raw, raw[1:-1]):
                textclean._join(rest, piece, textclean._width(before.rstrip(), wide) >= width - textclean.WRAP_SLACK and " " not in before.strip())
            paras.extend(("".join(rest).rstrip(), raw[-1]))  # the joins had right-stripped the paragraph before it
        else:
            paras.append("".join(parts))
    return "\n".join(paras)


_WORDS = st.sampled_from(["word", "longerword", "a", "-", "1.", "Done.", "Useful", "r.", "x.com", "© AFP", "•", "(2)", "[3]", "b)", "漢字かな", "ﾊﾝｶｸ", "tab\there",
                          "x" * 170, "δοκιμή", "end-", "", " ", "  ", "\u3000", "e\u0301"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "   ", "\t"]), st.lists(_WORDS, max_size=14)), min_size=0, max_size=40),
       st.integers(min_value=40, max_value=90))
def test_rejoin_matches_the_line_by_line_rule(rows: list[tuple[str, list[str]]], width: int) -> None:
    """The inlined loop (one pass, strips and widths computed once, early too-wide check) re-joins exactly as the
    line-by-line rule did, on wrapped texts with indents, bullets, CJK, tabs and over-long lines."""
    lines = []
    for indent, words in rows:
        line = indent
        for word in words:
            if len(line) + 1 + len(word) > width:
                lines.append(line)
                line = indent
            line = f"{line} {word}" if line.strip() else line + word
        lines.append(line)
    text = "\n".join(lines)
    assert textclean.rejoin(text) == _reference_rejoin(text)
