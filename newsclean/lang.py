"""Language identification: which language's data every stage should use.

py3langid (an offline model shipped inside the package) classifies a sample of
the text; a declared language (``<html lang>``, a record's own ``lang``) is only
a hint for texts too short to classify.  The model is loaded on first use.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from array import array
from functools import cache
from pathlib import Path
from typing import Any

import regex

SAMPLE_CHARS = 2500  #: classify this much text (its wordiest lines): as accurate as 4000 chars of the start, faster
SAMPLE_MIN_LINE = 40  #: only lines this long compete for the sample (unless they hold less than it)
CODE_MIN_SHARE = 0.06  #: a line with this share of `{}();=` characters is script or style code (dev: article lines <= 0.043, leaked scripts >= 0.062)
CHARS_PER_WORD = 12  #: a line weighs its non-space characters, at most this many per word (URLs, rules, base64 weigh little)
MIN_LETTERS = 20  #: below this many letters a guess is noise; use the hint instead
LETTER_PROBE_CHARS = 200  #: count letters in this prefix first: almost every text has MIN_LETTERS there

_LETTER = regex.compile(r"\p{L}")
_SPACELESS_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")  #: prose without spaces
#: a superset of _SPACELESS_SCRIPT (its scripts' blocks), scanned by the standard `re` first: `regex` looks a script up per character
_MAYBE_SPACELESS = re.compile("[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
                              "\U00016fe0-\U00016fff\U0001aff0-\U0001b2ff\U0001f200-\U0001f2ff\U00020000-\U0003ffff]")

DEPTH_FILE = "dfa_depth.txt"  #: the cached longest feature (bytes) of the model's tokenizer automaton
WEIGHTS_FILE = "ptc32.npy"  #: the cached float32 copy of the model's float16 weights (57 MB, memory-mapped)
BFS_CHUNK_STATES = 2_048  #: states expanded per numpy step when measuring that depth (bounds memory)
CACHE_SUBDIR = "newsclean"  #: folder under the user cache dir holding the unpacked language-id model
_UNCACHED: list[tuple[Any, ...]] = []  #: a model _walker unpacked but could not cache, for _identifier
_CACHE_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
FINGERPRINT_BYTES = 1 << 16  #: bytes read at each end of the model file to key its cache (~0.1 ms)
MTIME_KEY_MIN_DIGITS = 12  #: an older cache key ended in the model's mtime in nanoseconds (19 digits), not a CRC
MODEL_FILE = ("data", "model.npz.xz")  #: py3langid's model, inside its package (py3langid.langid.MODEL_FILE)


def _model_path() -> Path:
    """The shipped model file, found without importing py3langid (its import alone costs ~20 ms plus numpy)."""
    from importlib.util import find_spec

    spec = find_spec("py3langid")
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        path = Path(folder).joinpath(*MODEL_FILE)
        if path.is_file():
            return path
    from py3langid.langid import MODEL_DIR
    from py3langid.langid import MODEL_FILE as SHIPPED

    return Path(MODEL_DIR) / SHIPPED


def _installed_version(model: Path) -> str:
    """py3langid's version, read from its dist-info folder's name (importing importlib.metadata costs ~45 ms)."""
    prefix, suffix = "py3langid-", ".dist-info"
    try:
        for entry in os.scandir(model.parent.parent.parent):
            if entry.name.startswith(prefix) and entry.name.endswith(suffix):
                return entry.name[len(prefix) : -len(suffix)]
    except OSError:
        pass
    from importlib.metadata import version

    return version("py3langid")


def _fingerprint(model: Path, size: int) -> str:
    """CRC-32 of the model file's first and last FINGERPRINT_BYTES (xz ends with its content's checksum).

    Not its mtime, which is the install time: every virtual environment with the same
    model shares one cache folder instead of unpacking (and keeping) its own 110 MB.
    """
    import zlib

    with model.open("rb") as fh:
        crc = zlib.crc32(fh.read(FINGERPRINT_BYTES))
        fh.seek(max(0, size - FINGERPRINT_BYTES))
        return f"{zlib.crc32(fh.read(), crc):08x}"


def _cache_dir(model: Path) -> Path:
    """Where the unpacked model lives: keyed by py3langid's version and the model file's size and content."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    size = model.stat().st_size
    key = f"py3langid-{_installed_version(model)}-{size}-{_fingerprint(model, size)}"
    return Path(base) / CACHE_SUBDIR / key


def _prune_mtime_keyed(folder: Path) -> None:
    """Remove the same model's folders keyed by install time (before the fingerprint): one per past install."""
    stem = folder.name.rsplit("-", 1)[0]
    for old in folder.parent.glob(f"{stem}-*"):
        suffix = old.name[len(stem) + 1 :]
        if suffix.isdigit() and len(suffix) > MTIME_KEY_MIN_DIGITS and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def _read_cache(folder: Path) -> tuple[Any, ...]:
    """Load the unpacked arrays (memory-mapped where numpy allows) in py3langid's own types."""
    import numpy as np

    def load(name: str) -> Any:
        return np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)

    nextmove, row = array("I"), array("H")
    nextmove.frombytes(memoryview(np.ascontiguousarray(load("nextmove"), dtype=np.uint32)).cast("B"))
    row.frombytes(memoryview(np.ascontiguousarray(load("nextmove_row"), dtype=np.uint16)).cast("B"))
    return (load("ptc"), np.array(load("pc")), load("classes").tolist(), nextmove, row, load("out_feat").tolist())


def _write_cache(folder: Path, model: tuple[Any, ...]) -> None:
    """Store the unpacked model atomically (temp folder + rename); silently skip when unwritable."""
    import numpy as np

    ptc, pc, classes, nextmove, row, out = model
    arrays = dict(zip(_CACHE_ARRAYS, (ptc, pc, np.array(classes), np.frombuffer(nextmove, dtype=np.uint32),
                                      np.frombuffer(row, dtype=np.uint16), np.asarray(out, dtype=np.int32))))
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
    except OSError:
        return
    try:
        for name, arr in arrays.items():
            np.save(tmp / f"{name}.npy", arr, allow_pickle=False)
        os.rename(tmp, folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return
    _prune_mtime_keyed(folder)


def _load_model() -> tuple[Any, ...]:
    """Unpacking the shipped .npz.xz costs ~1 s per process: do it once, then reuse the cache."""
    from py3langid.modelio import load_model

    model_file = _model_path()
    try:
        folder = _cache_dir(model_file)
    except (OSError, RuntimeError, ValueError, ImportError):
        return load_model(model_file)
    try:
        return _read_cache(folder)
    except (OSError, ValueError, EOFError):
        pass
    model = load_model(model_file)
    _write_cache(folder, model)
    return model


@cache
def _identifier() -> Any:
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, out = _UNCACHED.pop() if _UNCACHED else _load_model()
    return LanguageIdentifier(ptc, pc, classes, nextmove, out, norm_probs=False, tk_row=row)


def normalise_code(code: str | None) -> str | None:
    """Turn a declared language (``en-US``, ``EL``, ``pt_BR``) into an ISO 639-1 code."""
    if not code:
        return None
    head = code.strip().replace("_", "-").split("-")[0].lower()
    return head if len(head) == 2 and head.isalpha() else None


#: the ASCII characters that are not letters (``\p{L}`` holds exactly A-Z and a-z among them)
_ASCII_NOT_LETTER = bytes(c for c in range(128) if not ("A" <= chr(c) <= "Z" or "a" <= chr(c) <= "z"))


def _letters(text: str) -> int:
    """How many ``\\p{L}`` letters ``text`` holds; an ASCII text is counted with a byte translate (no regex call)."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NOT_LETTER))
    return len(_LETTER.findall(text))


def _enough_letters(sample: str) -> bool:
    """Whether ``sample`` has MIN_LETTERS letters; probes a prefix first (counting 4000 chars is ~15 % of detect)."""
    if _letters(sample[:LETTER_PROBE_CHARS]) >= MIN_LETTERS:
        return True
    return len(sample) > LETTER_PROBE_CHARS and _letters(sample) >= MIN_LETTERS


_CODE_CHARS = ("{", "}", "(", ")", ";", "=")


def script_like(text: str) -> bool:
    """Tell whether a line is program code leaked into the dump (minified JavaScript, CSS): dense in `{}();=`."""
    if "{" not in text and ";" not in text:
        return False
    return sum(map(text.count, _CODE_CHARS)) >= CODE_MIN_SHARE * len(text)


def _weight(line: str) -> int:
    """How much prose a line holds: non-space characters, capped per word unless the script has no spaces.

    Leaked script code weighs nothing: its identifiers are English words whatever the page's language.
    """
    if script_like(line):
        return 0
    spaces = line.count(" ")
    solid = len(line) - spaces
    if solid <= CHARS_PER_WORD * (spaces + 1) or (not line.isascii() and _MAYBE_SPACELESS.search(line) and _SPACELESS_SCRIPT.search(line)):
        return solid
    return CHARS_PER_WORD * (spaces + 1)


def _weights(lines: list[str]) -> list[int]:
    """:func:`_weight` of every line, the common case (no code sign, words of at most CHARS_PER_WORD) inline."""
    out = []
    for line in lines:
        spaces = line.count(" ")
        solid = len(line) - spaces
        out.append(solid if solid <= CHARS_PER_WORD * (spaces + 1) and "{" not in line and ";" not in line else _weight(line))
    return out


def sample_text(text: str, limit: int = SAMPLE_CHARS) -> str:
    """The wordiest lines of ``text`` (in their order) up to ``limit`` characters: the article, not the menus."""
    if len(text) <= limit:
        return text
    every = text.split("\n")
    lines = [line for line in every if len(line) >= SAMPLE_MIN_LINE]  # menus and link lists are short
    if sum(map(len, lines)) < limit:
        lines = every
    weights = _weights(lines)
    keep: dict[int, str] = {}
    room = limit
    for i in sorted(range(len(lines)), key=weights.__getitem__, reverse=True):
        if not weights[i] and keep:
            break  # only leaked code is left
        keep[i] = lines[i][:room]
        room -= len(keep[i]) + 1
        if room <= 0:
            break
    return "\n".join(keep[i] for i in sorted(keep))[:limit]


def detect(text: str, hint: str | None = None) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language, or the hint when it is too short."""
    sample = sample_text(text)
    if not _enough_letters(sample):
        return normalise_code(hint)
    walker = _walker()
    if walker is None:
        return str(_identifier().classify(sample)[0])
    return walker.classify(sample)


class _Walker:
    """py3langid's classifier with its byte-by-byte automaton walk done in numpy (same answers, ~4x faster).

    The tokenizer is an Aho-Corasick automaton: the state after byte ``i`` is the longest
    suffix of the input that is a prefix of a feature, so it depends only on the last
    ``depth`` bytes (the longest feature).  Walking every window of that many bytes at
    once, one numpy step per byte of the window, gives every state without a Python loop.
    The float16 weights are read from a float32 copy (numpy widens float16 slowly).
    """

    def __init__(self, arrays: dict[str, Any], depth: int, weights: Any) -> None:
        import numpy as np

        self.np, self.depth, self.weights = np, depth, weights
        self.nextmove = np.asarray(arrays["nextmove"], dtype=np.uint32)  # memory-mapped: shared by every process
        self.rowbase = np.asarray(arrays["nextmove_row"], dtype=np.uint32) << np.uint32(8)
        self.output = np.asarray(arrays["out_feat"], dtype=np.int32)
        self.prior = np.asarray(arrays["pc"], dtype=np.float32)
        self.floor = np.float32(np.finfo(np.float32).min)  #: the score of an alias's second label
        self.classes = [str(label) for label in arrays["classes"].tolist()]
        every_byte = np.arange(256, dtype=np.uint32)
        self.first = self.nextmove.take(self.rowbase[0] + every_byte)  #: the state after one byte from the start
        #: the state after two bytes from the start, at ``256 * first + second`` (256 KB: the walk's first two steps in one)
        self.pairs = self.nextmove.take((self.rowbase.take(self.first)[:, None] + every_byte).ravel())
        first: dict[str, int] = {}
        self.aliases: list[tuple[int, int]] = []
        for i, label in enumerate(self.classes):
            if label in first:
                self.aliases.append((first[label], i))
            else:
                first[label] = i

    def classify(self, text: str) -> str:
        """The language py3langid's ``classify`` would return for ``text``."""
        np = self.np
        data = np.frombuffer(_encode(text), dtype=np.uint8).astype(np.uint32)
        n = len(data)
        states = np.zeros(n, dtype=np.uint32)
        nextmove, rowbase, depth = self.nextmove, self.rowbase, self.depth
        top = min(depth, n) - 1
        if 2 <= depth <= n:  # the first two steps of every window at once (one lookup in ``pairs``)
            windows = n - depth + 1
            pair = data[:windows] << np.uint32(8)
            pair |= data[1 : windows + 1]
            self.pairs.take(pair, out=states[depth - 1 :])
            states[depth - 2] = self.first[data[0]]
            top = depth - 3
        buffer = np.empty(n, dtype=np.uint32)
        for j in range(top, -1, -1):  # read byte i-j of every window ending at i >= j
            window, moves = states[j:], buffer[: n - j]  # views: ``take(out=)`` writes in place (no temporaries)
            rowbase.take(window, out=moves)
            moves += data[: n - j]
            nextmove.take(moves, out=window)
        features = self.output.take(states)
        features = features[features >= 0]
        if not len(features):
            return self.classes[0]
        index, counts = _counted(np, features)
        scores = np.log1p(counts.astype(np.float32)) @ self.weights.take(index, axis=0) + self.prior
        for i, j in self.aliases:  # script aliases (srl -> sr) share one label, as in py3langid
            scores[i], scores[j] = max(scores[i], scores[j]), self.floor
        return str(self.classes[int(scores.argmax())])


def _counted(np: Any, values: Any) -> tuple[Any, Any]:
    """``np.unique(values, return_counts=True)`` without its general-purpose steps (sorts ``values`` in place)."""
    values.sort()
    edges = np.empty(len(values) + 1, dtype=bool)
    edges[0] = edges[-1] = True
    np.not_equal(values[1:], values[:-1], out=edges[1:-1])
    starts = np.flatnonzero(edges)
    return values[starts[:-1]], np.diff(starts)


def _dfa_depth(nextmove: Any, rowbase: Any) -> int:
    """The longest string (in bytes) any automaton state stands for: breadth-first from the start state."""
    import numpy as np

    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier, depth, every_byte = np.zeros(1, dtype=np.int64), 0, np.arange(256, dtype=np.uint32)
    while True:
        parts = [np.unique(nextmove[(rowbase[frontier[k : k + BFS_CHUNK_STATES]][:, None] + every_byte).ravel()])
                 for k in range(0, len(frontier), BFS_CHUNK_STATES)]
        reached = np.unique(np.concatenate(parts))
        frontier = reached[~seen[reached]]
        if not len(frontier):
            return depth
        seen[frontier] = True
        depth += 1


def _encode(text: str) -> bytes:
    """The bytes py3langid classifies (``LanguageIdentifier._encode``): all-caps lowered, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _cached_arrays(folder: Path) -> dict[str, Any]:
    """The unpacked model's arrays, memory-mapped from the cache folder (unpacked there first if missing)."""
    import numpy as np

    def complete() -> bool:
        return all((folder / f"{name}.npy").is_file() for name in _CACHE_ARRAYS)

    if not complete():
        model = _load_model()
        if not complete():  # unwritable: py3langid's own loop takes the unpacked model (no second ~1 s unpack)
            _UNCACHED.append(model)
            raise OSError(f"cannot cache the language model in {folder}")
    return {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _CACHE_ARRAYS}


def _derived(folder: Path, arrays: dict[str, Any]) -> tuple[int, Any]:
    """The automaton depth and float32 weights, computed once into the model cache folder."""
    import numpy as np

    depth_file, weights_file = folder / DEPTH_FILE, folder / WEIGHTS_FILE
    if not weights_file.is_file():
        tmp = folder / f".tmp{os.getpid()}-{WEIGHTS_FILE}"
        np.save(tmp, np.asarray(arrays["ptc"], dtype=np.float32), allow_pickle=False)
        os.replace(tmp, weights_file)
    if not depth_file.is_file():
        nextmove = np.asarray(arrays["nextmove"], dtype=np.uint32)
        depth = _dfa_depth(nextmove, np.asarray(arrays["nextmove_row"], dtype=np.uint32) << np.uint32(8))
        tmp = folder / f".tmp{os.getpid()}-{DEPTH_FILE}"
        tmp.write_text(str(depth), encoding="ascii")
        os.replace(tmp, depth_file)
    return int(depth_file.read_text(encoding="ascii")), np.load(weights_file, mmap_mode="r", allow_pickle=False)


@cache
def _walker() -> _Walker | None:
    """The fast classifier, straight from the memory-mapped cache; None (py3langid's own loop) when that is unusable."""
    try:
        folder = _cache_dir(_model_path())
        arrays = _cached_arrays(folder)
        depth, weights = _derived(folder, arrays)
        return _Walker(arrays, depth, weights)
    except (OSError, RuntimeError, ValueError, ImportError, AttributeError, EOFError, KeyError):
        return None
