"""Language identification (lang.py)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsclean.lang import detect, normalise_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ο ηγέτης της Βόρειας Κορέας διαβεβαίωσε τον Λαβρόφ για την υποστήριξή του στη Μόσχα.", "el"),
        ("Der Bundestag hat am Donnerstag das neue Gesetz mit großer Mehrheit beschlossen.", "de"),
        ("The government announced on Thursday that the new law will take effect next year.", "en"),
        ("Подольски завершил карьеру в сборной Германии после чемпионата мира.", "ru"),
    ],
)
def test_detect(text: str, code: str) -> None:
    assert detect(text) == code


def test_short_text_uses_hint() -> None:
    assert detect("OK", hint="el-GR") == "el"
    assert detect("", hint=None) is None


@pytest.mark.parametrize(("raw", "code"), [("en-US", "en"), ("EL", "el"), ("pt_BR", "pt"), ("", None), ("xyz", None)])
def test_normalise_code(raw: str, code: str | None) -> None:
    assert normalise_code(raw) == code


def test_accuracy_on_split_set(shared: Path) -> None:
    """Language id on the split set's text dumps agrees with its lang field (first 100 docs)."""
    right = total = 0
    with gzip.open(shared / "eval" / "split" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= 100:
                break
            gold = json.loads(line)
            total += 1
            right += detect(gold["text_dump"]) == gold["lang"]
    assert right / total >= 0.9


def test_model_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unpacked model is written once under XDG_CACHE_HOME and read back identically."""
    import numpy as np

    from newsclean import lang

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = lang._load_model()
    folder = lang._cache_dir(lang._model_path())
    assert folder.is_dir() and folder.parent.name == lang.CACHE_SUBDIR
    second = lang._read_cache(folder)
    for a, b in zip(first, second):
        assert np.array_equal(np.asarray(a), np.asarray(b))


def test_model_cache_unwritable_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unwritable cache dir costs speed, never correctness."""
    from newsclean import lang

    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    model = lang._load_model()
    assert len(model[2]) > 100


@pytest.mark.parametrize("pad", [0, 150, 250, 5000])
def test_min_letters_boundary(pad: int) -> None:
    """Exactly MIN_LETTERS letters classify, one fewer falls back to the hint, wherever the letters sit."""
    from newsclean.lang import LETTER_PROBE_CHARS, MIN_LETTERS, SAMPLE_CHARS

    filler = "1 " * (pad // 2)
    enough = filler + "abcde " * (MIN_LETTERS // 5)
    short = filler + "a" * (MIN_LETTERS - 1)
    in_sample = len(filler) + len("abcde " * (MIN_LETTERS // 5)) <= SAMPLE_CHARS
    assert (detect(enough, hint="xx-YY") != "xx") == in_sample
    assert detect(short, hint="el") == "el"
    assert LETTER_PROBE_CHARS < SAMPLE_CHARS


WALK_TEXTS = [
    "Ο ηγέτης της Βόρειας Κορέας διαβεβαίωσε τον Λαβρόφ για την υποστήριξή του στη Μόσχα.",
    "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen.",
    "北朝鮮の指導者はロシアの外相に支持を約束した。",
    "ΣΥΝΕΔΡΙΑΣΗ ΤΗΣ ΒΟΥΛΗΣ ΓΙΑ ΤΟΝ ΠΡΟΫΠΟΛΟΓΙΣΜΟ",
    "a",
    "12345 !!! ???",
    "x" * 3000,
    "Ünïcödé ñoise ¿¡ mixed with English words and numbers 2024",
]


@pytest.mark.parametrize("text", WALK_TEXTS)
def test_numpy_walk_matches_py3langid(text: str) -> None:
    """The vectorised automaton walk gives py3langid's own answer (it is exact, not an approximation)."""
    from newsclean import lang

    walker = lang._walker()
    if walker is None:
        pytest.skip("model cache folder not writable here")
    assert walker.classify(text) == str(lang._identifier().classify(text)[0])


def test_walker_depth_and_weights() -> None:
    """The measured automaton depth is plausible (py3langid: byte n-grams) and the weights are float32."""
    import numpy as np

    from newsclean import lang

    walker = lang._walker()
    if walker is None:
        pytest.skip("model cache folder not writable here")
    assert 2 <= walker.depth <= 16
    assert walker.weights.dtype == np.float32


def test_sample_prefers_prose_lines() -> None:
    """A long page is judged by its wordiest lines, not by the menu at its top or a long URL."""
    from newsclean.lang import SAMPLE_CHARS, sample_text

    menu = "\n".join(["Home", "News", "Sport", "Weather"] * 200)
    url = "https://example.com/" + "a" * 3000
    prose = "Der Bundestag hat am Donnerstag das neue Gesetz mit großer Mehrheit beschlossen. " * 10
    text = menu + "\n" + url + "\n" + prose + "\n" + menu
    sample = sample_text(text)
    assert len(sample) <= SAMPLE_CHARS
    assert prose.strip() in sample and "Home" not in sample
    assert detect(text) == "de"
    assert sample_text("short text") == "short text"


def test_sample_keeps_spaceless_scripts() -> None:
    """CJK paragraphs have no spaces; their weight is not capped per word."""
    from newsclean.lang import sample_text

    cjk = "北朝鮮の指導者はロシアの外相に支持を約束した。" * 20
    nav = "\n".join(["Home page of the site and more links here"] * 100)
    assert cjk in sample_text(nav + "\n" + cjk + "\n" + nav)


@pytest.mark.parametrize("extra", [-2, -1, 0, 1, 2])
def test_pair_lookup_boundaries_match_py3langid(extra: int) -> None:
    """The walk's first two steps read from the two-byte table: same answer as py3langid at every length near depth."""
    from newsclean import lang

    walker = lang._walker()
    if walker is None:
        pytest.skip("model cache folder not writable here")
    for word in ("over", "Straße", "ένα", "дом"):
        text = (word * 10).encode()[: max(0, walker.depth + extra)].decode("utf-8", "ignore")
        assert walker.classify(text) == str(lang._identifier().classify(text)[0])


def test_leaked_script_lines_do_not_vote_for_english() -> None:
    from newsclean import lang

    prose = "Der Bundesrat hat am Freitag beschlossen, dass die neue Regel für alle Schulen im Land gilt."
    script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('config',{send_page_view:true});" * 30
    text = "\n".join([script, prose, script, prose, script])
    assert lang.script_like(script) and not lang.script_like(prose)
    assert "dataLayer" not in lang.sample_text(text, 400)
    assert lang.detect(text) == "de"


@pytest.mark.parametrize("text", [*WALK_TEXTS, "ΑΘΗΝΑ", "Cafe\u0301 au lait", "\ud800 lone surrogate"])
def test_encode_matches_py3langid(text: str) -> None:
    """lang._encode gives the bytes py3langid classifies (all-caps lowered, NFC, UTF-8 with surrogates passed)."""
    from py3langid.langid import LanguageIdentifier

    from newsclean import lang

    assert lang._encode(text) == LanguageIdentifier._encode(text)


def test_model_path_and_version_without_importing_py3langid() -> None:
    """The cache key is found from the installed files: the same path and version py3langid itself reports."""
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from newsclean import lang

    path = lang._model_path()
    assert path == Path(MODEL_DIR) / MODEL_FILE
    assert lang._installed_version(path) == version("py3langid")


def test_first_detect_does_not_import_py3langid_or_metadata() -> None:
    """With the model cached, a fresh process classifies without importing py3langid or importlib.metadata (start-up)."""
    import subprocess
    import sys

    from newsclean import lang

    if lang._walker() is None:
        pytest.skip("model cache folder not writable here")
    code = ("import sys; from newsclean.lang import detect; "
            "assert detect('Der Bundestag hat am Donnerstag das neue Gesetz beschlossen.') == 'de'; "
            "print(sorted(m for m in ('py3langid', 'importlib.metadata') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unwritable_cache_unpacks_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the cache cannot be written, detection still works and the model is unpacked only once."""
    from newsclean import lang

    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    calls = []
    real = lang._load_model
    monkeypatch.setattr(lang, "_load_model", lambda: calls.append(1) or real())
    lang._walker.cache_clear()
    lang._identifier.cache_clear()
    try:
        assert lang.detect("Der Bundestag hat am Donnerstag das neue Gesetz mit großer Mehrheit beschlossen.") == "de"
        assert lang._walker() is None and len(calls) == 1
    finally:
        lang._walker.cache_clear()
        lang._identifier.cache_clear()


def _reference_entries(text: str) -> tuple[str, ...]:
    """The loader's contract, line by line: strip, NFC, drop blanks and comments."""
    import unicodedata

    lines = (unicodedata.normalize("NFC", raw.strip()) for raw in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def test_langdata_entries_follow_the_line_by_line_contract() -> None:
    """Every data file loads as the line-by-line reference reads it (the loader normalises whole files)."""
    from newsclean import langdata

    folder = langdata._kind_dir("months").parent
    for kind in sorted(p.name for p in folder.iterdir() if p.is_dir()):
        for lang in langdata.languages(kind):
            text = (folder / kind / f"{lang}.txt").read_text(encoding="utf-8")
            assert langdata.entries(kind, lang) == _reference_entries(text), (kind, lang)
            assert langdata.rows(kind, lang) is langdata.rows(kind, lang)
    with pytest.raises(langdata.UnknownLanguage):
        langdata.entries("months", "no-such-language")


try:
    from hypothesis import given
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    _CHARS = st.sampled_from(list("ab #\t\n\r e\u0301\u0301\u0327\u2000\u2001\u00a0\u1100\u1161\u11a8\u212b\u0344\u0f73"))

    @given(st.lists(_CHARS, max_size=40).map("".join))
    def test_whole_text_nfc_equals_line_by_line(text: str) -> None:
        """Normalising a whole file then splitting gives the lines normalised one by one."""
        import unicodedata

        whole = unicodedata.normalize("NFC", text) if not unicodedata.is_normalized("NFC", text) else text
        lines = (raw.strip() for raw in whole.splitlines())
        assert tuple(line for line in lines if line and line[0] != "#") == _reference_entries(text)


def test_cache_key_ignores_the_install_time(tmp_path: Path) -> None:
    """The same model file installed at another time maps to the same cache folder (its content keys it)."""
    import os
    import shutil

    from newsclean import lang

    model = lang._model_path()
    copy = tmp_path / "site-packages" / "py3langid" / "data" / "model.npz.xz"
    copy.parent.mkdir(parents=True)
    shutil.copyfile(model, copy)
    os.utime(copy, ns=(1, 1))
    size = model.stat().st_size
    assert lang._fingerprint(copy, size) == lang._fingerprint(model, size)
    changed = bytearray(copy.read_bytes())
    changed[-20] ^= 0xFF
    copy.write_bytes(bytes(changed))
    assert lang._fingerprint(copy, size) != lang._fingerprint(model, size)


def test_new_cache_folder_prunes_only_the_same_models_install_time_folders(tmp_path: Path) -> None:
    """Writing the content-keyed folder removes that model's old mtime-keyed copies, nothing else."""
    from newsclean import lang

    folder = tmp_path / "py3langid-0.4.0-4586720-7ca84751"
    stale = [tmp_path / f"py3langid-0.4.0-4586720-{n}" for n in ("1795701663542267136", "1795710088499731232")]
    kept = [tmp_path / "py3langid-0.3.0-4586720-1795701663542267136", tmp_path / "py3langid-0.4.0-4586720-0badc0de",
            tmp_path / "other"]
    for d in (*stale, *kept):
        d.mkdir()
        (d / "ptc.npy").write_bytes(b"x")
    lang._prune_mtime_keyed(folder)
    assert not any(d.exists() for d in stale)
    assert all(d.exists() for d in kept)


def test_maybe_spaceless_holds_every_spaceless_script_character() -> None:
    """The `re` pre-check of _weight finds every Han/Hiragana/Katakana/Hangul/Thai character the `regex` class finds."""
    from newsclean import lang

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert set(lang._SPACELESS_SCRIPT.findall(every)) <= set(lang._MAYBE_SPACELESS.findall(every))


def test_letters_counts_what_the_letter_pattern_finds() -> None:
    """_letters gives the letter-pattern count, on ASCII (byte translate) and other text alike."""
    from newsclean import lang

    for text in ("", "abc XYZ 123 _-!", "".join(map(chr, range(128))), "Καλημέρα κόσμε 42", "naïve café"):
        assert lang._letters(text) == len(lang._LETTER.findall(text))
