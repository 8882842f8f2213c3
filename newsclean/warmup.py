"""Warm-up for ``--jobs`` workers: imported once by the fork server, inherited by every worker.

Stages load their data lazily (compiled lexicons, the language model, the HTML
parser, ftfy for mojibake).  The ``--jobs`` pool forks its workers from a server
process that imports this module first, so that work is done once and shared
copy-on-write, instead of once per worker (and again whenever a worker is
recycled or replaced after a crash).  The documents below are made to reach the
lazily loaded parts a typical page reaches: non-ASCII text that could be
mojibake, a dateline, a date, a byline, a credit line, quotes, an HTML page with
metadata; in English and in Greek.  Last, the loaded objects are moved out of
the garbage collector's reach (``gc.freeze``), so that the workers' collections
do not visit, and so copy, the inherited heap.  Importing this module anywhere
else is harmless, just slower.
"""

from __future__ import annotations

import gc

from newsclean.pipeline import RawInput, process

_TEXT = (
    "Home | World | Business | Sport\n"
    "A headline for the warm-up of the workers\n"
    "By Jane Doe and John Roe, Reuters\n"
    "Monday, 12 March 2024 10:30 GMT\n"
    "ATHENS (Reuters) - A first paragraph, long enough to be one, about the café and the naïve plan. "
    "“A quote long enough to count,” the minister said on Monday.\n"
    "A second paragraph says that the plan would help, according to officials, and goes on for a while.\n"
    "Read more: Another story\n"
    "(Reporting by Jane Doe; Editing by John Roe)\n"
    "Share this article\n"
)
_GREEK = (
    "Τίτλος του άρθρου για την προθέρμανση\n"
    "Αθήνα, Δευτέρα 12 Μαρτίου 2024\n"
    "Η πρώτη παράγραφος είναι αρκετά μεγάλη για να μετρήσει. «Μια δήλωση αρκετά μεγάλη», δήλωσε ο υπουργός.\n"
    "Πηγή: ΑΠΕ-ΜΠΕ\n"
)
_HTML = (
    "<html lang='en'><head><title>A headline - Site</title><meta property='og:title' content='A headline'>"
    "<meta name='author' content='Jane Doe'><meta property='article:published_time' content='2024-03-12T10:30:00Z'>"
    "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>A headline</h1>"
    "<p class='byline'>By Jane Doe</p><p>A paragraph about the café, “a quote long enough,” he said on Monday.</p>"
    "<p>Another paragraph of the article body, long enough to be kept by strip.</p></article>"
    "<footer><a href='/about'>About us</a> © 2024</footer></body></html>"
)

for _name, _data in (("warmup.txt", _TEXT), ("warmup-el.txt", _GREEK), ("warmup.html", _HTML)):
    try:
        process(RawInput(_name, None, _data.encode("utf-8")))
    except (ImportError, SyntaxError, ValueError):  # a broken stage shows in the real run, with its input named
        break

# Loaded only when a line needs a repair (a clean page never does): loaded here, once for every worker.
try:
    from newsclean.mojibake import _load_ftfy

    _load_ftfy()
except ImportError:  # a broken install shows in the real run
    pass

# Everything loaded so far lives as long as the workers: keep it out of their garbage collections, which would
# otherwise visit (and so copy, page by page) the whole inherited heap (copy-on-write after fork).
gc.collect()
gc.freeze()
