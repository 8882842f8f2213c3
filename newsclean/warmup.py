"""Warm-up for ``--jobs`` workers: imported once by the fork server, inherited by every worker.

Stages load their data lazily (compiled lexicons, the language model, the HTML
parser).  The ``--jobs`` pool forks its workers from a server process that
imports this module first, so that work is done once and shared copy-on-write,
instead of once per worker (and again whenever a worker is recycled or replaced
after a crash).  Importing it anywhere else is harmless, just slower.
"""

from __future__ import annotations

from newsclean.pipeline import RawInput, process

_TEXT = "A headline for the warm-up\n\nA first paragraph, long enough to be one. “A quote,” she said on Monday.\n"
_HTML = "<html lang='en'><head><title>T</title></head><body><h1>A headline</h1><p>A paragraph, “a quote,” he said.</p></body></html>"

for _name, _data in (("warmup.txt", _TEXT), ("warmup.html", _HTML)):
    try:
        process(RawInput(_name, None, _data.encode("utf-8")))
    except (ImportError, SyntaxError, ValueError):  # a broken stage shows in the real run, with its input named
        break
