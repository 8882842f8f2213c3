"""Tests of strip_toc: the start moves back over an article's table of contents to its opening paragraphs."""

from __future__ import annotations

from newsclean import strip, strip_data, strip_features, strip_toc
from newsclean.record import paragraphs

DE = strip_data.stopwords("de")
NAMES = ["Neil Patrick Harris", "Ian McKellen", "Jim Parsons", "Matt Bomer", "Luke Evans", "Zachary Quinto", "George Takei"]


def _para(name: str, k: int) -> str:
    return " ".join(f"{name} ist seit Jahren bekannt für seine Rollen im Film {j} und im Theater {k}, sagen die Kritiker," for j in range(3))[:-1] + "."


def _page(toc: list[str], names: list[str]) -> list[str]:
    opening = [_para("Die Liste", 1), _para("Der Artikel", 2)]
    sections = [line for n, name in enumerate(names, 1) for line in (f"{n}. {name}", _para(name, 3), _para(name, 4))]
    return ["Die erfolgreichsten Schauspieler aller Zeiten", *opening, "Inhaltsverzeichnis", *toc, *sections, "Impressum"]


def _kept(lines: list[str]) -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": "de"})["text"])


def test_opening_above_a_table_of_contents_is_kept() -> None:
    toc = [f"• {n}. {name}" for n, name in enumerate(NAMES, 1)] * 3  # a long table: the gap costs more than the opening weighs
    lines = _page(toc, NAMES)
    kept = _kept(lines)
    assert lines[1] in kept and lines[2] in kept and _para(NAMES[-1], 4) in kept


def test_entry_key_drops_markers_and_numbers() -> None:
    assert strip_toc.entry_key("• 12. Neil  Patrick Harris") == "neil patrick harris"
    assert strip_toc.entry_key("2.1 Τα αποτελέσματα") == "τα αποτελέσματα"
    assert strip_toc.entry_key("Γενικά") == "γενικά"


def test_a_list_that_is_not_the_sections_is_no_table_of_contents() -> None:
    feats = [strip_features.measure(t, DE, 0.0, "", 0.45, False) for t in _page([f"• Menüpunkt {k}" for k in range(21)], NAMES)]
    body = next(i for i, f in enumerate(feats) if i > 3 and f.cls == "good")
    weights = [1000.0 if f.cls == "good" else -50.0 for f in feats]
    assert strip_toc.toc_above(feats, weights, (body, len(feats) - 2)) == body  # a menu's items are not headed below
    toc = [f"• {n}. {name}" for n, name in enumerate(NAMES[: strip_toc.TOC_MIN_ENTRIES - 1], 1)]
    feats = [strip_features.measure(t, DE, 0.0, "", 0.45, False) for t in _page(toc, NAMES)]
    body = next(i for i, f in enumerate(feats) if i > 3 and f.cls == "good")
    assert strip_toc.toc_above(feats, weights, (body, len(feats) - 2)) == body  # fewer entries than TOC_MIN_ENTRIES


def test_table_of_contents_boundary() -> None:
    toc = [f"• {n}. {name}" for n, name in enumerate(NAMES[: strip_toc.TOC_MIN_ENTRIES], 1)]
    feats = [strip_features.measure(t, DE, 0.0, "", 0.45, False) for t in _page(toc, NAMES)]
    body = 4 + len(toc)  # the run starts at the first section's subheading
    weights = [1000.0 if f.cls == "good" else -50.0 for f in feats]
    assert strip_toc.toc_above(feats, weights, (body, len(feats) - 2)) == 1
    assert strip_toc.toc_above(feats, weights, (body + 1, len(feats) - 2)) == body + 1  # `1. Neil ...` is not printed below the gap now
