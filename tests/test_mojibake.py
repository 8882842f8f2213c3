"""Mojibake repair: data-driven cases (tests/cases/decode/mojibake.jsonl) and the never-harm rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import decode, mojibake

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases/decode/mojibake.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['kind']}-{c['lang']}-{c['label']}")
def test_case(case: dict[str, str]) -> None:
    assert decode.fix_mojibake(case["input"]) == case["expected"]


@pytest.mark.parametrize("case", [c for c in CASES if c["kind"] != "clean"], ids=lambda c: f"{c['lang']}-{c['label']}")
def test_repair_is_named(case: dict[str, str]) -> None:
    fixed, names = mojibake.fix_text("clean line\n" + case["input"])
    assert fixed == "clean line\n" + case["expected"]
    assert names and set(names) <= {"mojibake", "legacy-codec"}


def test_only_bad_lines_change() -> None:
    good = "Ça va très bien, merci."
    bad = "Ã‡a va trÃ¨s bien, merci."
    assert mojibake.fix_text(f"{good}\n{bad}\n{good}")[0] == f"{good}\n{good}\n{good}"


def test_looks_misdecoded() -> None:
    assert mojibake.looks_misdecoded("Ñåãîäíÿ â Ìîñêâå ïðîøëà âñòðå÷à")
    assert mojibake.looks_misdecoded("ÐÏËÉÔÉÊÇ ÊÁÉ ÏÉÊÏÍÏÌÉÁ")
    assert not mojibake.looks_misdecoded("Ça a été élevé à côté de l'église")
    assert not mojibake.looks_misdecoded("Москва — столица России")
    assert not mojibake.looks_misdecoded("Η ΝΑΥΤΕΜΠΟΡΙΚΗ : ΟΙΚΟΝΟΜΙΑ")


def test_plausibility_prefers_real_language() -> None:
    real = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία"
    assert mojibake.plausibility(real) > mojibake.plausibility(real.encode("iso8859-7").decode("cp1251"))


def test_long_lines_are_left_alone() -> None:
    line = "Ã©" * (mojibake.MAX_LINE_CHARS // 2 + 1)
    assert mojibake.fix_line(line) == (line, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("MISUTÂ\u00a0AJIKKO", "MISUTÂ\u00a0AJIKKO"),  # a capital Â inside a caps run: kept
    ("PARISÂ\u00a0: la ville", "PARIS\u00a0: la ville"),  # Â + NBSP before punctuation: a lone NBSP's mojibake
    ("prixÂ\u00a0100", "prix\u00a0100"),
])
def test_caps_a_circumflex_guard(text: str, expected: str) -> None:
    """An ftfy repair that only deletes a capital Â between capitals is refused."""
    assert mojibake.fix_text(text)[0] == expected


_GATE_ALPHABET = "aZé ©«»×÷\u2020\u2500\u0410\u0430\u042f\u044f\u0451\u0401.1_"


@pytest.mark.parametrize("seed", range(3))
def test_gate_signs_find_what_the_two_gate_patterns_find(seed: int) -> None:
    """The one-scan gate finds a sign exactly when the in-word-symbol or the Cyrillic case-flip pattern does."""
    import random

    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(_GATE_ALPHABET) for _ in range(rng.randint(0, 8)))
        either = bool(mojibake._IN_WORD_SYMBOL.search(text) or mojibake._CASE_FLIP_CYR.search(text))
        assert (mojibake._GATE_SIGNS.search(text) is not None) == either, text


def test_plausibility_stopwords_fold_as_before() -> None:
    """The batch fold of plausibility's stopwords gives the per-word casefold + accent fold of every list."""
    from newsclean import plausibility
    from newsclean.stoplists import stopword_lists

    expected: set[str] = set()
    for words in stopword_lists().values():
        for w in words:
            if len(w) <= 12:
                expected.add(w.casefold())
                if not plausibility._LATIN.search(w):
                    expected.add(plausibility._fold(w))
    assert plausibility._stopwords() == frozenset(expected)
