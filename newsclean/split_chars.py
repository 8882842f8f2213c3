"""Character tests for split's quick checks: rule out a line before a regex reads it.

Most lines hold none of the few characters a pattern needs (a separator, a dash, an arrow); one
``in`` per character (a C-level scan each) answers that faster than a regex search or a set test.
"""

from __future__ import annotations


def holds_any(text: str, chars: tuple[str, ...]) -> bool:
    """Tell whether ``text`` holds one of ``chars`` (characters or words): the quick test before a pattern that needs one."""
    for char in chars:
        if char in text:
            return True
    return False
