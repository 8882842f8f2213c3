"""Text dumps: a block of program code or configuration inside an article.

A how-to post shows commands, a config file or a script between its paragraphs: lines such as
`uid = root`, `client.connect((host, port))`, `#!/bin/sh`, `"Name": "Jane",`.  The run search
(:mod:`newsclean.strip_runs`) sees a gap of short lines there, each costing more than the one
before it, and ends the article above the block; a config key that reads as a boilerplate
heading (`comment = Backups`, `"Comment": {`) even stops it as a comments barrier.  A block of
at least CODE_MIN_LINES code-like lines (brackets-only lines in between count with it) weighs
nothing instead: neither the article nor a gap in it, and no barrier.  The shapes are the
syntax of code (assignments, calls, braces, shell comments and options), not words of any
language.
"""

from __future__ import annotations

import re
from itertools import takewhile

import regex

from newsclean.strip_features import Line

CODE_MIN_LINES = 2  #: a block holds at least this many code-like lines (one `x = 1` line may be a formula in a caption)
USE_CODE_GAPS = True  #: a block goes on over a few short lines between code lines (`do`, `done`, `end`)
CODE_GAP_LINES = 2  #: ... at most this many in a row ...
CODE_GAP_MAX_CHARS = 40  #: ... each at most this long
CODE_MAX_CHARS = 200  #: a code-like line is at most this long (a longer line is a paragraph quoting code)
_QUICK = re.compile(r"[=(){};#$/\":]")  #: a code-like line holds one of these (quick reject of every other line, the standard `re`)
_CODE = regex.compile(
    r"""^(?:
      (?:\#|//)?[\w.$\[\]'"-]{1,60}\s*[-+*/:.|&]?=(?!=)\s*\S.*  # an assignment: `uid = root`, `filename=$1`, `x += 1`, `#debug = 7`
    | [\w.$]+\s+[\w.$]+\s*=\s*\S.*                            # a declaration: `int n = 0`, `use chroot = yes`
    | [a-z][\w.-]*(?:\s+[\w./-]+)*\s+-{0,2}[\w.-]+=\S+          # a command ending with an option: `netsh ... autotuninglevel=normal`
    | (?:[\w.]+\.)?\w+\(.*\)\s*[;:{]?\s*(?:(?:\#|//).*)?       # a call: `print(results)`, `client.send(x)  # send`
    | "[^"]{1,60}"\s*:\s*.*                                   # a JSON member: `"Name": "Jane",`
    | \#!\s*/\S+.*                                            # a shebang: `#!/bin/sh`
    | (?:\#|//)\s+[\w-]+(?:\s+[\w-]+){0,6}                    # a code comment: `# mobile user-agent`
    | (?:\./|/usr/|/etc/|\$\s)\S.*                            # a command or a path: `./configure --prefix=/usr`
    | .*[{;]\s*                                               # a statement or a block opening: `if (x) {`, `int n;`
    )$""",
    regex.V1 | regex.X,
)
_BRACKETS = regex.compile(r"^(?:[{}()\[\];,]{1,4}|\[[\w.-]{1,40}\])$")  #: a line of brackets (`}`, `},`, `);`) or a config section (`[server]`)


def code_line(line: Line) -> bool:
    """Tell whether a short or furniture line reads as a line of code or configuration (syntax, not prose)."""
    if line.cls in ("good", "neargood") or line.length > CODE_MAX_CHARS or line.bullet:
        return False
    if _QUICK.search(line.text) is None:
        return False
    return _CODE.match(line.text.strip()) is not None


def code_blocks(lines: list[Line]) -> list[int]:
    """Return the indices of the lines in code blocks: >= CODE_MIN_LINES code-like lines, bracket lines and short gaps between them.

    A script's keywords on lines of their own (`do`, `done`, `end`) read as no code; up to
    CODE_GAP_LINES such short lines between two code-like lines stay in the block.
    """
    flags = [*map(code_line, lines), False]
    if sum(flags) < CODE_MIN_LINES:
        return []  # most pages: no block at all
    out: list[int] = []
    block: list[int] = []
    pending: list[int] = []  # lines after the block's last code line: in it if code follows
    code = gaps = 0
    for i, line in enumerate([*lines, None]):
        if line is not None and flags[i]:
            block += [*pending, i]
            pending, code, gaps = [], code + 1, 0
            continue
        if line is not None and block:
            if _BRACKETS.match(line.text.strip()):
                pending.append(i)
                continue
            if USE_CODE_GAPS and gaps < CODE_GAP_LINES and _gap_line(line):
                pending.append(i)
                gaps += 1
                continue
        if code >= CODE_MIN_LINES:
            out += block + list(takewhile(lambda j: _BRACKETS.match(lines[j].text.strip()) is not None, pending))  # a closing `}`
        block, pending, code, gaps = [], [], 0, 0
    return out


def _gap_line(line: Line) -> bool:
    """Tell whether a line may sit between two code lines of one block: short, no boilerplate phrase, not prose."""
    return line.cls == "short" and not line.phrase and line.length <= CODE_GAP_MAX_CHARS
