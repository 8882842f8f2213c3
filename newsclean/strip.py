"""Stage 2, strip: keep the article's lines, remove the page furniture around and inside it.

Works on text dumps (one paragraph per line) and on HTML blocks from decode, in any
language: per-line features (:mod:`newsclean.strip_features`), one contiguous article
run found by weight (:mod:`newsclean.strip_article`), per-language phrase data
(``data/boilerplate``) and optional site profiles (:mod:`newsclean.strip_profile`).
Every removed line goes to ``boilerplate`` with a reason; nothing is silently lost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from newsclean import strip_data, strip_html
from newsclean.lang import script_like
from newsclean.record import Record, add_error, get_text, mark_stage, stage_done, updated
from newsclean.strip_article import Verdict, decide
from newsclean.strip_features import MAX_LINK_DENSITY, Line, measure_lines
from newsclean.strip_hints import path_hints
from newsclean.strip_profile import Profile, learn_profile, load_cached
from newsclean.strip_wrap import rejoin

__all__ = ["DEFAULT", "STAGE", "Options", "Profile", "explain", "learn_profile", "run"]

STAGE = "strip"
LANG_SAMPLE_LINES = 12  #: guess the language on this many of the longest lines (not the menus)
LANG_SAMPLE_CHARS = 1200  #: ... and at most this many characters of them
MEASURE_CACHE_LINES = 20_000  #: measured lines remembered, all languages together (site furniture repeats; ~0.4 KB each)
MAX_LINES = 20_000  #: lines beyond this are dropped as `too-many-lines` (guard against junk input)


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the strip stage."""

    profile: str | None = None  #: path of a site profile (lines learnt as boilerplate)
    use_blocks: bool = True  #: use HTML block features (link density, tag) when decode gave them
    max_link_density: float = MAX_LINK_DENSITY  #: HTML: blocks with more text in links are navigation


DEFAULT = Options()


def _lines(text: str, html: bool = False) -> list[str]:
    """Split the working text into its non-empty lines, stripped (hard-wrapped text re-joined)."""
    raw = [line.strip() for line in text.split("\n")]
    return [s for s in raw if s] if html else rejoin(raw)


def _language(record: Record, lines: list[str]) -> str | None:
    """Return the record's language, detecting it on the longest lines when unset."""
    lang = record.get("lang")
    if isinstance(lang, str) and lang:
        return lang
    longest = sorted(lines, key=lambda t: t.count(" "), reverse=True)[: 2 * LANG_SAMPLE_LINES]
    sample = "\n".join([t for t in longest if not script_like(t)][:LANG_SAMPLE_LINES])  # leaked scripts have words too
    return strip_data.vote_language(sample[:LANG_SAMPLE_CHARS])


def _blocks(record: Record, n: int, options: Options) -> list[dict[str, Any]] | None:
    """Return decode's HTML blocks when they line up one-to-one with the text's lines."""
    blocks = record.get("blocks")
    if not options.use_blocks or not isinstance(blocks, list) or len(blocks) != n:
        return None
    return [b if isinstance(b, dict) else {} for b in blocks]


def _title(record: Record) -> str | None:
    """Return the page title from HTML metadata, a hint for the headline."""
    meta = record.get("meta")
    if not isinstance(meta, dict):
        return None
    for key in ("og_title", "title"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


_CACHE: dict[tuple[frozenset[str], bool, float, bool], dict[Any, Line]] = {}


def _forget_oldest_half() -> None:
    """Keep the measure cache bounded across languages: each language forgets its older half (dicts keep insertion order)."""
    for cache in _CACHE.values():
        for key in list(islice(cache, len(cache) - len(cache) // 2)):
            del cache[key]


def _measured(
    lines: list[str], stop: frozenset[str], cjk: bool, links: list[float] | None, tags: list[str] | None, max_link: float
) -> list[Line]:
    """Measure the lines not measured before (menus and footers repeat within and across a site's pages)."""
    blocks = links is not None and tags is not None  # an HTML line is known by its text, link density and tag
    if sum(map(len, _CACHE.values())) > MEASURE_CACHE_LINES:
        _forget_oldest_half()
    cache = _CACHE.setdefault((stop, cjk, max_link, blocks), {})
    keys: list[Any] = list(zip(lines, links, tags)) if links is not None and tags is not None else lines
    todo = [k for k in dict.fromkeys(keys) if k not in cache]
    if todo and blocks:
        texts, dens, kinds = (list(col) for col in zip(*todo))
        cache.update(zip(todo, measure_lines(texts, stop, dens, kinds, max_link, cjk)))
    elif todo:
        cache.update(zip(todo, measure_lines(todo, stop, None, None, max_link, cjk)))
    return [cache[k] for k in keys]


def _profile(options: Options) -> tuple[Profile | None, str | None]:
    """Load the site profile named in the options: (profile, None) or (None, why it failed)."""
    if not options.profile:
        return None, None
    try:
        return load_cached(options.profile), None
    except (OSError, ValueError) as exc:  # unreadable or not a profile: strip still runs without it
        return None, f"cannot use site profile {options.profile}: {exc}"


def _features(record: Record, lines: list[str], options: Options, profile: Profile | None) -> list[Line]:
    """Measure every line, with block features and the site profile applied."""
    stop = strip_data.stopwords(_language(record, lines))
    blocks = _blocks(record, len(lines), options)
    cjk_possible = strip_data.is_cjk(get_text(record))
    links = tags = None
    if blocks is not None:
        links = [float(b.get("link_density") or 0.0) for b in blocks]
        tags = [str(b.get("tag") or "") for b in blocks]
    out = _measured(lines, stop, cjk_possible, links, tags, options.max_link_density)
    hints = path_hints(out, blocks) if blocks is not None else [None] * len(out)
    for i, line in enumerate(out):
        hint = hints[i]
        if hint is not None and line.cls != "bad":
            out[i] = line = replace(line, cls="bad", reason=f"path:{hint}")
        if profile is not None and line.cls != "bad" and profile.matches(line.text):
            out[i] = replace(line, cls="bad", reason="site-profile")
    return out


def _verdicts(record: Record, options: Options, profile: Profile | None = None) -> tuple[list[str], list[Verdict]]:
    """Classify every line of the record: the shared core of run and explain."""
    lines = _lines(get_text(record), html=isinstance(record.get("blocks"), list))
    extra = lines[MAX_LINES:]
    lines = lines[:MAX_LINES]
    blocks = _blocks(record, len(lines), options)
    features = _features(record, lines, options, profile)
    if blocks is not None:
        verdicts = strip_html.verdicts(features, blocks, _title(record))
    else:
        verdicts = decide(features, _title(record), None)
    lines += extra
    verdicts += [Verdict(False, "too-many-lines")] * len(extra)
    return lines, verdicts


def explain(record: Record, options: Options = DEFAULT) -> list[dict[str, Any]]:
    """List every line with keep/drop and why, for users tuning strip on a site."""
    lines, verdicts = _verdicts(record, options, _profile(options)[0])
    return [{"text": t, "keep": v.keep, "reason": v.reason or "article"} for t, v in zip(lines, verdicts)]


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Remove navigation, share bars, related links and other boilerplate from the text."""
    if stage_done(record, STAGE):
        return record
    profile, problem = _profile(options)
    if problem is not None:
        record = add_error(record, STAGE, problem)
    lines, verdicts = _verdicts(record, options, profile)
    kept = [t for t, v in zip(lines, verdicts) if v.keep]
    removed = [{"text": t, "reason": v.reason} for t, v in zip(lines, verdicts) if not v.keep]
    previous = record.get("boilerplate")
    fields: dict[str, Any] = {
        "text": "\n\n".join(kept),
        "boilerplate": (list(previous) if isinstance(previous, list) else []) + removed,
    }
    # `blocks` stay as decode made them (one per decoded line): split matches them to paragraphs by
    # text and needs the <h1> and author blocks even when strip cut those lines.
    return mark_stage(updated(record, **fields), STAGE)
