"""The headline search above one body start: score the headline-shaped lines, the costly tests only for lines that can win.

:func:`newsclean.split_headline.text_headline` finds the body's start; :class:`Search` weighs every
headline-shaped line above it (split_headline's scores) and returns the best.  Each line's cheap
parts give an upper bound; the header tests (bylines and date lines around it, the page index,
the name-list cost, picture credits) run in bound order, only while the line can still take the
lead, so the answer is the exact best of the plain computation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsclean.split_headline import (
    AFTER_HEADER_PENALTY, CRUMB_TAIL_BONUS, DATED_TITLE, HEAD_BACK, HEADER_AFTER, INSIDE_PROSE_PENALTY, NEAR_REPEAT, ONE_WORD_NEAR, OVERLAP_BONUS,
    OVERLAP_PARAS, TWIN_NEAR, _candidate_score, _finish, _has_twin, _is_dek, _repeats, _word_bonus, is_prose, norm, one_word,
    picture_credit, shaped_or_named,
)
from newsclean.split_crumbs import crumb_tail
from newsclean.split_head_names import byline_cost
from newsclean.split_overlap import DumpIndex, title_case_language, vocabulary


class _LazyFlags:
    """``excluded(line)`` for lines ``lo..hi``, computed on first use (it is the costly part of the search)."""

    __slots__ = ("_paras", "_test", "_lo", "_hi", "_memo")

    def __init__(self, paras: Sequence[str], test: Callable[[str], bool | str] | None, lo: int, hi: int) -> None:
        self._paras, self._test, self._lo, self._hi = paras, test, lo, min(hi, len(paras))
        self._memo: dict[int, bool | str] = {}

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            return [self[k] for k in range(*key.indices(self._hi - self._lo))]
        if key not in self._memo:
            self._memo[key] = self._test(self._paras[self._lo + key]) if self._test else False
        return self._memo[key]


class Search:
    """The headline search above one body start (the main prose run, or an earlier one)."""

    def __init__(self, paras: Sequence[str], tags: Sequence[str | None], hints: Sequence[str],
                 excluded: Callable[[str], bool | str] | None, never: frozenset[str], page: DumpIndex | None,
                 lang: str | None, n: int, opening: int | None = None, echoes: frozenset[str] = frozenset()) -> None:
        """Keep the page and what every window shares (``opening``: where strip's article starts, text dumps;
        ``echoes``: normalised lines strip cut as copies of a kept line)."""
        self.paras, self.tags, self.hints, self.excluded, self.never = paras, tags, hints, excluded, never
        self.page, self.titles, self.n, self.lang, self.opening = page, title_case_language(lang), n, lang, opening
        self.echoes = echoes
        self.keys = frozenset(norm(h) for h in hints)

    def best(self, start: int) -> tuple[int | None, float]:
        """Return (index, score) of the best headline line above ``start``."""
        paras, tags, hints, page, n, titles = self.paras, self.tags, self.hints, self.page, self.n, self.titles
        low = max(0, start - HEAD_BACK)
        counts = _repeats(paras[max(0, low - NEAR_REPEAT) : start + NEAR_REPEAT])
        header = _LazyFlags(paras, self.excluded, low, start + 1)
        vocab = vocabulary(paras[start : start + OVERLAP_PARAS]) if OVERLAP_BONUS else frozenset()
        inside = self.first_prose(start)
        scored = []  # (upper bound, index, score parts): the costly header tests run only for lines that can win
        for i in range(low, min(n, start + 1)):
            shaped = shaped_or_named(paras[i], self.keys) or (not hints and start - i <= ONE_WORD_NEAR and one_word(paras[i]))
            if not shaped or is_prose(paras[i]) or paras[i] in self.never:
                continue
            twin = _has_twin(paras, i, n) and start - i > TWIN_NEAR
            key = norm(paras[i])
            repeats = (counts[key] - 1 if twin else counts[key]) + (key in self.echoes)  # a copy strip cut counts too
            dek = i + 1 < n and _is_dek(paras[i], paras[i + 1])
            upper = _candidate_score(i, start, paras, tags, hints, repeats, True, int(bool(page and page.eligible(paras[i]))))
            words_tail = _word_bonus(paras[i], vocab, titles) + (CRUMB_TAIL_BONUS if crumb_tail(paras, i) else 0.0)
            if inside is not None and i > inside:
                words_tail -= INSIDE_PROSE_PENALTY
            upper += words_tail
            scored.append((_finish(upper, twin, dek), i, repeats, twin, dek, words_tail))
        scored.sort(key=lambda c: (-c[0], c[1]))
        best, best_score = None, float("-inf")
        for upper, i, repeats, twin, dek, words_tail in scored:
            if not _beats(upper, i, best, best_score):
                break
            score = self._score(i, start, low, header, (repeats, twin, dek, words_tail), (best, best_score))
            if score is not None:
                best, best_score = i, score
        return best, best_score

    def first_prose(self, start: int) -> int | None:
        """The first prose line of strip's article above ``start``, after its opening line (a long headline may open the
        article and read as prose): lines below it stand inside the article."""
        if self.opening is None:
            return None
        return next((k for k in range(self.opening + 1, min(self.n, start + 1)) if is_prose(self.paras[k])), None)

    def _score(self, i: int, start: int, low: int, header: _LazyFlags, parts: tuple[int, bool, bool, float],
               leader: tuple[int | None, float]) -> float | None:
        """Line ``i``'s exact score when it beats ``leader``, else None: the costly tests run cheapest first, each
        only while a bound (the same sum with the untested parts at their best) still beats the leader."""
        paras, page, n = self.paras, self.page, self.n
        repeats, twin, dek, words_tail = parts
        end = min(n, start + 1) - low

        def total(header_after: bool, elsewhere: int) -> float:
            return _finish(_candidate_score(i, start, paras, self.tags, self.hints, repeats, header_after, elsewhere), twin, dek)

        elsewhere = page.inside_others(paras[i]) if page else 0  # two counts in the page's text: the cheapest test
        if not _beats(total(True, elsewhere) + words_tail, i, *leader):
            return None
        header_after = any(header[k] for k in range(i - low + 1, min(i - low + 1 + HEADER_AFTER, end)))
        score = total(header_after, elsewhere)
        after_header = not header_after and any(header[k] for k in range(max(0, i - low - HEADER_AFTER), i - low))
        bound = score + words_tail
        if not _beats(bound - AFTER_HEADER_PENALTY if after_header else bound, i, *leader):
            return None
        score += words_tail - byline_cost(paras[i], self.lang)
        if after_header:
            score -= AFTER_HEADER_PENALTY
        if not _beats(score, i, *leader) or picture_credit(paras[i]) or (header[i - low] and header[i - low] != DATED_TITLE):
            return None  # costly tests last: a line skipped here is as good as never scored
        return score


def _beats(score: float, i: int, best: int | None, best_score: float) -> bool:
    """Tell whether line ``i`` scoring ``score`` takes the lead (a tie goes to the earlier line)."""
    return score > best_score or (score == best_score and best is not None and i < best)
