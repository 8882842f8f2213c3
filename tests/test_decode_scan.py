"""The mojibake pre-scan (mojibake_scan.py): exactly the per-codec rules, never "clean" wrongly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import mojibake
from newsclean.mojibake_scan import SCAN_CODECS, may_hold_mojibake

CLEAN = [
    "Die größte Straße führt über die Brücke, „Übermäßig“ sagte er.",
    "A situação da educação não é fácil, disse o ministro à imprensa.",
    "Wczoraj w Łodzi odbyło się spotkanie, które pokazało, że źródło jest złożone.",
    "Ο ηγέτης της Βόρειας Κορέας διαβεβαίωσε τον Λαβρόφ για την υποστήριξή του.",
    "Подольски завершил карьеру в сборной Германии после чемпионата мира.",
    "北朝鮮の指導者はロシアの外相に支持を約束した。",
    "───────────── │ table │ ─────",
]
#: Clean, but the scan cannot tell (``’é`` is a MacRoman lead + continuation): the per-line repairs decide.
MAYBE = ["L’été dernier, à Paris, il a déclaré : « C’est fini »."]
REAL = [
    "Die größte Straße führt über die Brücke.",
    "A situação da educação não é fácil.",
    "Подольски завершил карьеру в сборной.",
    "Ο ηγέτης της Βόρειας Κορέας.",
    "The “quoted” text — with a dash.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_passes(text: str) -> None:
    """Ordinary accented, Greek, Cyrillic and CJK text needs no per-line work."""
    assert not may_hold_mojibake(text)
    assert mojibake.fix_text(text)[0] == text


@pytest.mark.parametrize("text", MAYBE)
def test_maybe_clean_text_is_left_alone(text: str) -> None:
    """A "maybe" only costs time: the repairs still leave the clean line unchanged."""
    assert may_hold_mojibake(text)
    assert mojibake.fix_text(text)[0] == text


@pytest.mark.parametrize("codec", [c for c in SCAN_CODECS if c != "iso-8859-2"])
@pytest.mark.parametrize("text", REAL)
def test_every_misreading_is_caught(codec: str, text: str) -> None:
    """UTF-8 shown through any codec the repairs know is flagged (when the codec can show all its bytes)."""
    import ftfy.bad_codecs  # noqa: F401

    try:
        shown = text.encode("utf-8").decode(codec)
    except UnicodeDecodeError:
        pytest.skip(f"{codec} cannot show these bytes")
    assert may_hold_mojibake(shown) or shown.isascii()


@pytest.mark.parametrize(("text", "c1", "flagged"), [
    ("voilÃ le travail", True, True),  # ftfy restores the lost NBSP byte
    ("price \x80 5", True, True),
    ("price \x80 5", False, False),
    ("plain ASCII only", True, False),
    ("endsÃ", True, False),
    ("ó", True, False),  # a lead alone at the end of the text
])
def test_boundaries(text: str, c1: bool, flagged: bool) -> None:
    """C1 controls count only when asked; a lead needs all its continuation characters."""
    assert may_hold_mojibake(text, c1_controls=c1) is flagged


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x4ff), max_size=60))
def test_clean_verdict_means_no_repair(text: str) -> None:
    """Whenever the scan says clean and the legacy gate is off, the repairs change nothing."""
    if may_hold_mojibake(text) or mojibake.looks_misdecoded(text):
        return
    assert mojibake.fix_text(text)[0] == text


def test_long_runs_are_exact_and_bounded() -> None:
    """One C regex pass, no per-candidate Python work: a line as long as mojibake.MAX_LINE_CHARS of « is clean."""
    import time

    from newsclean.mojibake import MAX_LINE_CHARS

    start = time.process_time()
    assert not may_hold_mojibake("«" * MAX_LINE_CHARS)  # « is a lead (MacRoman) and a continuation (cp1252)
    assert not may_hold_mojibake("ο" * 1_000_000)  # a Greek letter is a lead in cp1253: no continuation follows
    assert may_hold_mojibake("«" * MAX_LINE_CHARS + "Ã©")
    assert time.process_time() - start < 3.0  # about 0.1 s each on one core


def test_overlong_lines_are_not_scanned() -> None:
    """Lines longer than MAX_LINE_CHARS are left alone by the repairs, so repair() does not scan them."""
    from newsclean.mojibake import MAX_LINE_CHARS

    line = "«" * (MAX_LINE_CHARS + 1) + "Ã©"
    assert mojibake.fix_text(line + "\nCafÃ© au lait, trÃ¨s bien.")[0] == line + "\nCafé au lait, très bien."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ÂÃÎÏÐÑØÙ \xa0\x85\x9f©âŸ€™’“”¤¼µ\u0412\u0413\u0401\u0451αβΑΒΓ«»‘aé\ufffd\u2500\n"),
               max_size=12))
def test_scan_matches_the_rules(text: str) -> None:
    """The compiled pattern says exactly what the per-codec rules say, character by character."""
    from newsclean.mojibake_scan import C1_CONTROLS, SPACE_LEADS, _rules

    rules = _rules()

    def by_rules(c1: bool) -> bool:
        for i, ch in enumerate(text):
            if c1 and ch in C1_CONTROLS or ch in SPACE_LEADS and text[i + 1 : i + 2] in (" ", "\xa0"):
                return True
            for needs, conts in rules.get(ch, ()):
                run = text[i + 1 : i + 1 + needs]
                if len(run) == needs and all(c in conts for c in run):
                    return True
        return False

    for c1 in (True, False):
        assert may_hold_mojibake(text, c1_controls=c1) is (not text.isascii() and by_rules(c1))


@pytest.mark.parametrize("codec", SCAN_CODECS)
def test_bytes_read_as_ftfy_reads_them(codec: str) -> None:
    """The scan reads ftfy's sloppy-windows-* codecs without importing ftfy: every byte it reads, as ftfy reads it."""
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy-windows-* codecs

    from newsclean.mojibake_scan import _byte_char

    for byte in range(0x80, 0x100):
        assert _byte_char(byte, codec) == bytes([byte]).decode(codec, "ignore")


@given(st.sets(st.sampled_from("]^-[\\ab\u00a0\u00c3\u0080\u0401\u2010\u2011\u2012\U0001f600"), min_size=1))
@settings(max_examples=200, deadline=None)
def test_char_class_matches_exactly_its_characters(chars: set[str]) -> None:
    """Literal character classes (special characters escaped, short ranges written out) match exactly their set."""
    import re

    from newsclean.mojibake_scan import _char_class

    pattern = re.compile(_char_class(chars))
    probe = "]^-[\\ab\u00a0\u00c3\u0080\u0401\u2010\u2011\u2012\U0001f600xyz"
    assert {c for c in probe if pattern.fullmatch(c)} == chars
