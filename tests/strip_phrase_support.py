"""Shared by the phrase-data tests: the boilerplate category strip gives one line, by the path strip itself takes."""

from __future__ import annotations

from newsclean import strip_features


def category(line: str) -> str | None:
    """The category the phrase rules give ``line`` (None: none fires), as ``strip_features.measure`` computes it."""
    return strip_features.measure(line, frozenset()).phrase
