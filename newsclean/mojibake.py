"""Repair text that went through the wrong codec, and never touch text that did not.

Three repairs, tried per line, cheapest and safest first:

1. ftfy's ``fix_encoding`` (UTF-8 read as cp1252/latin-1/cp1250/..., double
   encodings), only on lines ftfy's own badness heuristic flags.
2. UTF-8 read through a codec ftfy does not suspect (MacRoman ``–ü—Ä–æ``,
   cp1251 ``kГ©rdГ©s``, cp437 ``┬┐``): re-encode with that codec and decode as
   strict UTF-8.  A valid multi-byte UTF-8 result from arbitrary text is
   practically impossible, so a strict decode that succeeds *and* reads better
   is the evidence.
3. Legacy single-byte text read with the wrong table (Greek iso-8859-7 or
   Cyrillic cp1251 shown as ``ÏÉËÁ``/``Ñåãîäíÿ``; KOI8-R shown as cp1251 with
   inverted case): only when the line is implausible as it stands (see
   :func:`looks_misdecoded`), re-read it through each legacy table and keep the
   reading with the most function words (``stopwordsiso``) and the least noise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from functools import cache

import regex

from newsclean.mojibake_scan import may_hold_mojibake, scan_pattern
from newsclean.plausibility import (
    _CYR_WORD,
    _NOISE,
    _NON_ASCII_LATIN,
    _SYMBOLS,
    _WORD,
    _mixed_script_words,
    _noise,
    _stopword_hits,
    plausibility,
)

MAX_LINE_CHARS = 100_000  #: longer lines are left alone (repairs are per line; guards time)
SUSPECT_SAMPLE_CHARS = 8_000  #: looks_misdecoded judges a document by this much of it (speed)
MIN_SUSPECT_LETTERS = 4  #: a legacy re-read needs at least this many Latin-1/Cyrillic letters
LATIN1_LETTER_SHARE = 0.45  #: share of letters in U+00C0-U+00FF above which no real Latin-script language goes
INVERTED_CASE_SHARE = 0.3  #: share of Cyrillic words with a lower->upper case flip that marks KOI8-R/cp1251 swaps
MIN_UTF8_SHRINK = 3  #: a UTF-8 re-read must remove at least this many characters (2+ byte sequences)
NON_ASCII_LATIN_SHARE = 0.75  #: ... and that many of its non-ASCII letters are Latin (not Greek/Cyrillic text with a few accents)
IN_WORD_SYMBOL_SPAN = 300  #: one symbol inside a word (``odby³o``) per this many characters marks a wrong single-byte table
MIN_LEGACY_NOISE = 3  #: a legacy re-read without new function words must clear at least this much noise
UPPER_CYRILLIC_SHARE = 0.7  #: Cyrillic text this upper-case (KOI8-R read as cp1251 and back) is worth a re-read
MIN_GAIN = 1.0  #: a re-read must beat the original plausibility by this much (stopword hits minus noise)

#: Codecs UTF-8 bytes are commonly mis-read as; tried in order by repair 2.
UTF8_MISREADS: tuple[str, ...] = (
    "sloppy-windows-1252", "sloppy-windows-1251", "mac_roman", "sloppy-windows-1250",
    "sloppy-windows-1253", "sloppy-windows-1254", "sloppy-windows-1257", "cp437", "cp850",
    "koi8-r", "mac_cyrillic", "latin-1",
)
#: (how the bytes were shown, what they really were) for repair 3.
LEGACY_REREADS: tuple[tuple[str, str], ...] = (
    ("sloppy-windows-1252", "cp1251"), ("sloppy-windows-1252", "cp1253"), ("latin-1", "iso8859-7"),
    ("sloppy-windows-1252", "koi8-r"), ("sloppy-windows-1252", "cp1255"), ("sloppy-windows-1252", "cp1256"),
    ("latin-1", "iso8859-5"), ("sloppy-windows-1252", "cp1250"), ("sloppy-windows-1252", "cp1254"),
    ("sloppy-windows-1252", "mac_cyrillic"), ("mac_roman", "cp1251"), ("mac_roman", "mac_cyrillic"),
    ("sloppy-windows-1251", "koi8-r"), ("koi8-r", "cp1251"), ("sloppy-windows-1251", "cp1253"),
)

#: Characters a UTF-8 re-read should not produce: IPA, modifier letters, long s, enclosed
#: alphanumerics, Armenian, C1 controls, private use, unassigned.  Seeing one means the re-read is wrong.
_RARE = regex.compile(r"[\u0180-\u02ff\u017f\u0530-\u058f\u1d00-\u1dbf\u2460-\u24ff\x80-\x9f\ufffd\p{Co}\p{Cn}]")
#: Every misreading repaired here leaves at least one of these (Latin-1/Latin-A letters and signs,
#: Greek, Cyrillic, box drawing, MacRoman maths): text without any is left alone at once (speed).
_MOJIBAKE_CHARS = re.compile(
    r"[\u0080-\u024f\u0370-\u03ff\u0400-\u04ff\u2500-\u259f\u2202\u2206\u220f\u2211\u221a\u221e"
    r"\u222b\u2248\u2260\u2264\u2265\u25ca\ufb01\ufb02\u02c6\u02c7\u02d8-\u02dd]"
)
#: ftfy's mojibake always shows two non-ASCII signs in a row (``Ã©``, ``â€™``) or ``Ã``/``Â`` before a
#: space: a cheap test before ftfy's own (much slower) badness regex.
_MOJI_SIGNS = r"\u00a0-\u024f\u2010-\u2122\u02c6-\u02dd\u2202\u2206\u220f\u2211\u221a\u221e\u222b\u2248\u2260\u2264\u2265\u25ca\ufb01\ufb02"
_CP1251_CONT = r"\u0401-\u040f\u0451-\u045f\u0490\u0491\u00a0-\u00bf\u2010-\u2122"  # cp1251 bytes 0x80-0xBF
_CP1253_CONT = r"\u0384-\u038f\u00a0-\u00bf\u0192\u2010-\u2122"  # cp1253 bytes 0x80-0xBF
_FTFY_HINTS = (  # separate simple patterns: several times faster in re than one alternation
    re.compile(rf"[{_MOJI_SIGNS}][{_MOJI_SIGNS}\u00a0\ufffd]"),
    re.compile(r"[\u00c2\u00c3\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9][ \u00a0]"),
    re.compile(r"[\x80-\x9f]"),
    re.compile(rf"[\u0412\u0413\u0420\u0421][{_CP1251_CONT}]"),
    re.compile(rf"[\u0392\u0393\u039e\u039f][{_CP1253_CONT}]"),
)
#: A superset of "a symbol between two letters"; the symbol class comes first so that re scans for it in C.
_IN_WORD_SYMBOL = re.compile(rf"[{_SYMBOLS}](?<=[^\W\d_].)(?=[^\W\d_])")
#: ``Â`` + NBSP between capitals (``MISUTÂ AJIKKO``) is a real capital letter, not a lone NBSP's mojibake:
#: an ftfy repair that only deletes such ``Â`` is refused (ftfy's own known failure).
_CAPS_A_CIRCUMFLEX = regex.compile(r"(?<=\p{Lu})\u00c2(?=\u00a0\p{Lu})")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")  #: a legacy re-read that keeps one used the wrong table pair (and is not idempotent)
_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")

@cache
def _load_ftfy() -> tuple[object, object]:
    import ftfy
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy-windows-* codecs
    from ftfy.badness import is_bad

    return ftfy.fix_encoding, is_bad


def looks_misdecoded(text: str) -> bool:
    """Tell whether ``text`` looks like legacy bytes read through the wrong single-byte table."""
    sample = _non_ascii_sample(text)
    return bool(sample) and _misdecoded_sample(sample)


def _misdecoded_sample(sample: str) -> bool:
    """:func:`looks_misdecoded` on its sample (the non-ASCII lines, at most SUSPECT_SAMPLE_CHARS)."""
    if _latin1_heavy(sample) and _LATIN_RUN.search(sample):  # the cheap bound inside _latin1_heavy first
        return True
    if _GATE_SIGNS.search(sample) is None:  # neither test below can pass (most samples: one scan instead of two)
        return False
    enough = max(1, len(sample) // IN_WORD_SYMBOL_SPAN)
    if _IN_WORD_SYMBOL.search(sample) and _in_word_symbols(sample, enough) >= enough:
        return True
    if _CASE_FLIP_CYR.search(sample):
        words = len(_CYR_WORD.findall(sample))
        if words >= 2 and len(_CASE_FLIP_CYR.findall(sample)) / words > INVERTED_CASE_SHARE:
            return True
        upper = len(_CYR_UPPER.findall(sample))
        return upper >= MIN_SUSPECT_LETTERS and upper / max(1, len(_CYR_LETTER.findall(sample))) > UPPER_CYRILLIC_SHARE
    return False


def _latin1_heavy(sample: str) -> bool:
    """Latin-1/Latin-A letters make up a share of the letters no real Latin-script language reaches."""
    ascii_chars = sample.encode("ascii", "ignore")
    ascii_letters = len(ascii_chars.translate(None, _NOT_ASCII_LETTER))
    most = len(sample) - len(ascii_chars)  # latin <= non-ASCII characters; x / (x + a) grows with x
    if most < MIN_SUSPECT_LETTERS or most <= LATIN1_LETTER_SHARE * (most + ascii_letters):
        return False  # cheap bound first (most texts stop here)
    latin = _NON_ASCII_LATIN.subn("", sample)[1]
    if latin < MIN_SUSPECT_LETTERS:
        return False
    # letters >= latin + ASCII letters, so the share test below cannot pass when this one fails (speed)
    if latin <= LATIN1_LETTER_SHARE * (latin + ascii_letters):
        return False
    letters = len(_NON_LETTERS.sub("", sample))
    non_ascii = letters - ascii_letters
    return latin / max(1, non_ascii) > NON_ASCII_LATIN_SHARE and latin / max(1, letters) > LATIN1_LETTER_SHARE


def _non_ascii_sample(text: str) -> str:
    """The lines of ``text`` that hold non-ASCII characters, up to SUSPECT_SAMPLE_CHARS (speed).

    Jumps from one non-ASCII character to the next line holding one (found in C): Python work per
    sampled line, never a scan of the ASCII lines in Python.
    """
    if len(text) <= SUSPECT_SAMPLE_CHARS:
        return "" if text.isascii() else text
    out: list[str] = []
    size = 0
    search = _NON_ASCII_CHAR.search
    match = search(text)
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        end = len(text) if end < 0 else end
        out.append(text[start:end])
        size += end - start
        if size >= SUSPECT_SAMPLE_CHARS:
            break
        match = search(text, end + 1)
    return "\n".join(out)[:SUSPECT_SAMPLE_CHARS]


def _in_word_symbols(text: str, enough: int | None = None) -> int:
    """Count symbols sitting between two letters (``odby³o``), stopping at ``enough``.

    The regex finds candidates in C (neighbours that are word characters); ``isalpha`` decides.
    """
    count = 0
    for match in _IN_WORD_SYMBOL.finditer(text):
        i = match.start()
        if text[i - 1].isalpha() and text[i + 1].isalpha():
            count += 1
            if enough is not None and count >= enough:
                break
    return count


_LATIN_RUN = re.compile(r"[\u00c0-\u024f]{2}")
_CYR_UPPER = re.compile(r"[\u0400-\u042f]")
_CYR_LETTER = re.compile(r"[\u0400-\u04ff]")
_CASE_FLIP_CYR = re.compile(r"[\u0430-\u045f][\u0400-\u042f]")
#: where _IN_WORD_SYMBOL or _CASE_FLIP_CYR would match (the flip found from its capital, rarer than lower case letters)
#: (one class first: `re` scans for it in C, as it cannot for an alternation)
_GATE_SIGNS = re.compile(rf"[{_SYMBOLS}\u0400-\u042f](?:(?<=[^\W\d_][{_SYMBOLS}])(?=[^\W\d_])|(?<=[\u0430-\u045f][\u0400-\u042f]))")


def _reread(text: str, shown: str, real: str) -> str | None:
    try:
        return text.encode(shown).decode(real)
    except (UnicodeError, LookupError):
        return None


@cache
def _misread_signature() -> re.Pattern[str]:
    """A UTF-8 lead byte then a continuation byte, as any codec in UTF8_MISREADS shows them (a cheap superset)."""
    _load_ftfy()  # registers the sloppy codecs
    leads = "".join(sorted({c for codec in UTF8_MISREADS for c in bytes(range(0xC2, 0xF5)).decode(codec, "ignore")}))
    conts = "".join(sorted({c for codec in UTF8_MISREADS for c in bytes(range(0x80, 0xC0)).decode(codec, "ignore")}))
    return re.compile(f"[{re.escape(leads)}][{re.escape(conts)}]")  # stdlib re: much faster on plain classes


def _fix_utf8_misread(line: str) -> str | None:
    """Repair 2: UTF-8 bytes shown through another codec; None when no reading is better."""
    signature = _misread_signature()
    if not signature.search(line) or len(signature.findall(line)) < MIN_UTF8_SHRINK - 1:
        return None
    base: float | None = None
    for codec in UTF8_MISREADS:
        fixed = _reread(line, codec, "utf-8")
        if fixed is None or len(line) - len(fixed) < MIN_UTF8_SHRINK - 1:
            continue
        if len(line) - len(fixed) < MIN_UTF8_SHRINK and _mixed_script_words(fixed) >= _mixed_script_words(line):
            continue  # two sequences only count when they also heal words mixing two alphabets (``annoncГ©``)
        if _RARE.search(fixed) or _mixed_script_words(fixed) > _mixed_script_words(line):
            continue
        if base is None:
            base = plausibility(line)
        if plausibility(fixed) >= base and len(_NOISE.findall(fixed)) <= len(_NOISE.findall(line)):
            return fixed
    return None


def _fix_legacy(line: str) -> str | None:
    """Repair 3: a legacy single-byte text read with the wrong table; None when none reads better."""
    if not looks_misdecoded(line):
        return None
    base = plausibility(line)
    base_hits = _stopword_hits([w for w in _WORD.findall(line) if not w.isascii()])
    base_noise = _noise(line)
    best, best_score = None, base + MIN_GAIN - 0.01
    for shown, real in LEGACY_REREADS:
        fixed = _reread(line, shown, real)
        if fixed is None or fixed == line or _C1_CONTROL.search(fixed) or looks_misdecoded(fixed):
            continue
        gains_words = _stopword_hits([w for w in _WORD.findall(fixed) if not w.isascii()]) > base_hits
        loses_noise = base_noise >= MIN_LEGACY_NOISE and _noise(fixed) == 0
        if not (gains_words or loses_noise):
            continue  # a real reading gains (non-ASCII) function words, or turns plenty of noise into none
        score = plausibility(fixed)
        if score > best_score:  # strictly: on a tie the more common misreading (listed first) wins
            best, best_score = fixed, score
    return best


@dataclass(frozen=True, slots=True)
class _Suspects:
    """Which repairs can apply anywhere in a document (each checked once over the whole text)."""

    ftfy: bool = True
    utf8: bool = True
    legacy: bool = True
    c1_controls: bool = True  #: a C1 control alone is a sign of mojibake


ALL_SUSPECT = _Suspects()


def fix_line(line: str, suspects: _Suspects = ALL_SUSPECT, *, hinted: bool = False) -> tuple[str, str | None]:
    """Repair one line; return (text, name of the repair or None).

    ``hinted``: the caller already found ftfy's hints on this line (``suspects.ftfy``).
    """
    if line.isascii() or len(line) > MAX_LINE_CHARS or not _MOJIBAKE_CHARS.search(line):
        return line, None
    fix_encoding, is_bad = _load_ftfy()
    hints = _FTFY_HINTS if suspects.c1_controls else _FTFY_HINTS[:2] + _FTFY_HINTS[3:]
    hinted = hinted or any(hint.search(line) for hint in hints)
    if suspects.ftfy and hinted and is_bad(line):  # type: ignore[operator]
        fixed = fix_encoding(line)  # type: ignore[operator]
        if fixed != line and _CAPS_A_CIRCUMFLEX.sub("", line) != fixed:
            fixed = _fix_utf8_misread(fixed) or fixed
            if not looks_misdecoded(fixed):
                return fixed, "mojibake"
    fixed = _fix_utf8_misread(line) if suspects.utf8 else None
    if fixed is not None:
        return fix_line(fixed)[0], "mojibake"
    fixed = _fix_legacy(line) if suspects.legacy else None
    if fixed is not None:
        return fixed, "legacy-codec"
    return line, None


@dataclass(frozen=True, slots=True)
class Repair:
    """What :func:`repair` did: the text, the repairs applied, and what a later call may skip."""

    text: str
    names: list[str]
    settled: frozenset[str] = frozenset()  #: non-ASCII lines looked at and left alone
    legacy: bool | None = None  #: the document gate of the legacy repair (None: not needed)
    sample: str | None = None  #: the text that gate judged
    c1_controls: bool = True


def fix_text(text: str, *, c1_controls: bool = True) -> tuple[str, list[str]]:
    """Repair every line of ``text``; return the text and the names of the repairs applied.

    ``c1_controls=False`` leaves lines whose only sign of trouble is a C1 control alone: text just
    decoded from bytes keeps what the bytes said (the stage's clean-up maps C1 controls later).
    """
    done = repair(text, c1_controls=c1_controls)
    return done.text, done.names


def repair(text: str, *, c1_controls: bool = True, after: Repair | None = None) -> Repair:
    """Repair every line of ``text``, skipping the lines an earlier call (``after``) settled.

    Exact, not a heuristic: whether a line is repaired depends only on the line and on the
    document gate of the legacy repair, so a line settled under the same gate (or under a gate
    that was on, allowing more) comes out the same; when the gate turns on, every line is looked at.
    """
    if text.isascii():
        return Repair(text, [], c1_controls=c1_controls)
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if not line.isascii()]
    non_ascii = "\n".join(lines[i] for i in candidates)  # markup and English lines cannot be mojibake
    if not _MOJIBAKE_CHARS.search(non_ascii):  # no line can change, whatever the gates say
        return Repair(text, [], frozenset(lines[i] for i in candidates), None, None, c1_controls)
    prior = after if after is not None and after.c1_controls == c1_controls else None
    sample = non_ascii[:SUSPECT_SAMPLE_CHARS]  # = _non_ascii_sample(non_ascii): every line is non-ASCII
    legacy = prior.legacy if prior is not None and prior.sample == sample else _misdecoded_sample(sample)
    settled = prior.settled if prior is not None and (prior.legacy is not False or not legacy) else frozenset()
    todo = [i for i in candidates if lines[i] not in settled] if settled else candidates
    if len(non_ascii) > MAX_LINE_CHARS:  # fix_line leaves longer lines alone: no need to scan them
        todo = [i for i in todo if len(lines[i]) <= MAX_LINE_CHARS]
    if not todo:
        return Repair(text, [], settled, legacy, sample, c1_controls)
    joined = non_ascii if len(todo) == len(candidates) else "\n".join(lines[i] for i in todo)
    if not legacy:  # without the legacy re-read, a line the pre-scan clears cannot change
        suspects = _suspect_lines(lines, todo, joined, c1_controls)
        if len(suspects) < len(todo):
            settled = settled | frozenset(lines[i] for i in todo if i not in suspects)
            if not suspects:
                return Repair(text, [], settled, legacy, sample, c1_controls)
            todo, joined = suspects, "\n".join(lines[i] for i in suspects)
    names, changed = _repair_lines(lines, todo, joined, bool(legacy), c1_controls)
    settled = settled | frozenset(lines[i] for i in todo if i not in changed)
    return Repair("\n".join(lines) if changed else text, names, settled, legacy, sample, c1_controls)


def _suspect_lines(lines: list[str], todo: list[int], joined: str, c1_controls: bool) -> list[int]:
    """The lines of ``todo`` the mojibake pre-scan cannot clear: one scan of the whole (``joined``), in C."""
    if len(todo) == 1:
        return todo if may_hold_mojibake(joined, c1_controls=c1_controls) else []
    starts = list(accumulate((len(lines[i]) + 1 for i in todo[:-1]), initial=0))
    return [todo[k] for k in sorted(_matching_lines(scan_pattern(c1_controls), joined, starts))]


def _repair_lines(lines: list[str], todo: list[int], joined: str, legacy: bool, c1_controls: bool) -> tuple[list[str], set[int]]:
    """Repair ``lines[i]`` for ``i`` in ``todo`` (``joined`` = those lines); return repair names and changed indexes."""
    starts = list(accumulate((len(lines[i]) + 1 for i in todo[:-1]), initial=0))
    hints = _FTFY_HINTS if c1_controls else _FTFY_HINTS[:2] + _FTFY_HINTS[3:]
    ftfy_lines = set().union(*(_matching_lines(h, joined, starts) for h in hints))
    utf8_lines = _matching_lines(_misread_signature(), joined, starts, MIN_UTF8_SHRINK - 1)
    names: set[str] = set()
    changed: set[int] = set()
    for k in range(len(todo)) if legacy else sorted(ftfy_lines | utf8_lines):
        i = todo[k]
        fixed, name = fix_line(lines[i], _Suspects(k in ftfy_lines, k in utf8_lines, legacy, c1_controls), hinted=True)
        if name:
            lines[i] = fixed
            names.add(name)
            changed.add(i)
    return sorted(names), changed


def _matching_lines(pattern: re.Pattern[str], text: str, starts: list[int], min_count: int = 1) -> set[int]:
    """Indexes of the lines (by their start offsets in ``text``) with at least ``min_count`` matches.

    Jumps to the next line after a line qualifies: Python work per matching line, not per match.
    The patterns hold no line breaks, so a match never spans two lines.
    """
    found: set[int] = set()
    ends = starts[1:] + [len(text) + 1]
    search = pattern.search
    match = search(text)
    while match is not None:
        k = bisect_right(starts, match.start()) - 1
        end = ends[k] - 1  # the line's "\n" (or the end of the text)
        count, pos = 1, match.end()
        while count < min_count and (more := search(text, pos, end)) is not None:
            count, pos = count + 1, more.end()
        if count >= min_count:
            found.add(k)
        match = search(text, ends[k])
    return found
