"""Teaser cards, whole: the lines sharing a card with a teaser description go with it.

:func:`newsclean.strip_cards.drop_cards` removes a teaser's description (a kept line under a link
title in its own element, the same path repeated over several cards).  The card's other short
lines (the author's name, the date, a kicker) are page furniture too, but the article run may
have kept them.  Every kept line in the description's parent element, within CARD_MATE_SPAN lines
of it, is dropped as ``teaser-card``.  Lines starting like markup (``<img src=...>`` text a page
left in a <noscript>) are dropped as well: no article prints its own HTML tags.
"""

from __future__ import annotations

from typing import Any

import regex

from newsclean.strip_article import Verdict
from newsclean.strip_features import Line

USE_CARD_MATES = True  #: drop the other kept lines of a teaser card whose description strip_cards dropped
CARD_MATE_SPAN = 8  #: lines searched on each side of the description for its card's other lines
USE_MARKUP_LINES = True  #: drop lines that are HTML markup (`<img src="...">`)
_CARD = "teaser-card"  #: strip_cards' reason for a teaser description
_MARKUP = regex.compile(r"<[a-z][a-z0-9]*\s+[a-z-]+\s*=\s*[\"']")  #: a tag with an attribute, at the line's start


def drop_card_mates(chains: list[tuple[Any, ...]], out: list[Verdict]) -> None:
    """Drop the kept lines that share a parent element with a dropped teaser description."""
    for i in [k for k, v in enumerate(out) if v.reason == _CARD]:
        card = chains[i][:-1]
        n = len(card)
        if not n:
            continue
        for rng in (range(i - 1, max(-1, i - 1 - CARD_MATE_SPAN), -1), range(i + 1, min(len(out), i + 1 + CARD_MATE_SPAN))):
            for j in rng:
                if chains[j][:n] != card:
                    break
                if out[j].keep:
                    out[j] = Verdict(False, _CARD)


def drop_markup(lines: list[Line], out: list[Verdict]) -> None:
    """Drop kept lines that are HTML tags written out as text."""
    for i, line in enumerate(lines):
        if out[i].keep and line.text[:1] == "<" and _MARKUP.match(line.text):
            out[i] = Verdict(False, "markup")
