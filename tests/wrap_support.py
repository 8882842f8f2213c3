"""Shared by the hard-wrap tests (test_textclean, test_strip_lynx): a news paragraph and a text browser's wrapping."""

from __future__ import annotations

PARAGRAPH = (
    "The company, which is expected to lay off thousands of employees beginning this week as it faces "
    "ballooning losses, confirmed on Monday that it had been contacted by the office of the attorney general."
)


def wrap(text: str, width: int, indent: str = "   ") -> list[str]:
    """Wrap like a text browser: greedy, every line indented, no line past ``width`` unless one word is longer."""
    lines, line = [], ""
    for word in text.split():
        if line and len(indent + line) + 1 + len(word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, indent + line]
