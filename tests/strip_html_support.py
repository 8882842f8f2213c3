"""Shared helpers of the HTML strip tests: one article paragraph and a page run through decode's walk and strip."""

from __future__ import annotations

from typing import Any

from newsclean import html, strip

PROSE = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties {}."
)


def run_page(page: str) -> dict[str, Any]:
    """Strip a page the way the pipeline does: decode's blocks and their text."""
    blocks = html.extract(page)[0]
    return strip.run({"id": "p", "format": "html", "text": "\n".join(b["text"] for b in blocks), "blocks": blocks})
