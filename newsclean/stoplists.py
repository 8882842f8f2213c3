"""stopwordsiso's word lists, read without importing the package (fast start-up).

``import stopwordsiso`` reads ``importlib.metadata`` for its version string, which
costs ~40-100 ms of start-up before the first stopword is looked up.  The lists
themselves are one JSON file inside the package: read it directly, and fall back
to the package's own API when the file is not where this version keeps it.
"""

from __future__ import annotations

from functools import cache

STOPWORDS_FILE = "stopwords-iso.json"  #: stopwordsiso's data file inside its package: {language: [words]}


@cache
def stopword_lists() -> dict[str, frozenset[str]]:
    """stopwordsiso's word sets by language (``stopwordsiso.stopwords(lang)`` for each of ``langs()``), read from its
    data file without importing the package: its import reads importlib.metadata (~40-100 ms of start-up)."""
    import json
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("stopwordsiso")
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        path = Path(folder) / STOPWORDS_FILE
        if path.is_file():
            return {lang: frozenset(words) for lang, words in json.loads(path.read_text(encoding="utf-8")).items()}
    import stopwordsiso

    return {lang: frozenset(stopwordsiso.stopwords(lang)) for lang in stopwordsiso.langs()}
