"""The mojibake pre-scan (mojibake_scan.py): it may say "maybe" too often, never "clean" wrongly."""

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


def test_candidate_cap_says_maybe() -> None:
    """Past MAX_CANDIDATES unverified candidates the scan gives up with "maybe" (bounded Python work)."""
    from newsclean.mojibake_scan import MAX_CANDIDATES

    assert not may_hold_mojibake("«" * (MAX_CANDIDATES - 10))
    assert may_hold_mojibake("«" * (MAX_CANDIDATES + 10))
