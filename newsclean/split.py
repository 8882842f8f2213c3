"""Stage 3, split: headline, lead, body, byline, source credit, dateline, date and language.

The text after strip is the article region.  split finds the headline (metadata and text shape,
see :mod:`newsclean.split_headline`), reads the header lines around it (bylines, date lines,
the repeated headline, a standfirst), the credits at the end (:mod:`newsclean.split_credits`)
and the dateline that opens the first paragraph.  Every line it takes out of the body goes to
``boilerplate`` with a reason, so nothing is silently lost; ``text`` stays as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from newsclean import split_credits as credits
from newsclean.split_body import byline_in_body, drop_byline_line, label_only
from newsclean.split_byline_parts import copyright_holder
from newsclean.split_bylines import names_only
from newsclean.split_crumbs import breadcrumb_title, prefer_crumb
from newsclean.record import Record, get_text, mark_stage, paragraphs, stage_done, updated
from newsclean.split_headline import DumpIndex
from newsclean.split_readback import echoes_of, header_before, not_in, page_index
from newsclean.split_published import published
from newsclean.split_shown import date_stamp, kept_part
from newsclean.split_lead import ends_sentence, unrepeated
from newsclean.split_layout import Layout, lay_out
from newsclean.split_marked import marked_block_byline
from newsclean.split_meta import agreed_author, agrees, meta_byline, meta_description, reconcile_byline

STAGE = "split"
BLOCK_SCAN = 400  #: paragraphs matched to their HTML block (tags and class hints matter near the article start)
DATELINE_SCAN = 3  #: body paragraphs searched for the dateline (captions and credits may come first)
ABOVE_PROSE_WORDS = 12  #: a line strip kept above the headline with this many words and a sentence end is article prose
ABOVE_PROSE_CHARS = 40  #: same, in characters, for scripts written without spaces
AFTER_CREDIT_PROSE = 3  #: more prose paragraphs after a credit line: it credits a section, the article goes on
HTML_BODY_PATHS = 10  #: paragraphs under the headline whose HTML parents are the article's (prose above in one of them returns)
HTML_ABOVE_PROSE = 2  #: on HTML, prose paragraphs above the headline that make them the article (one is a teaser)
STAMP_SCAN = 6  #: body paragraphs before the first prose one searched for a date stamp left in the body
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the split stage."""

    use_meta: bool = True  #: weigh HTML metadata (JSON-LD, og:*, <title>) against the text
    meta_lead: bool = True  #: take the page's description (og:description, JSON-LD) as the lead
    #: ... only when the page prints it: a description the page does not show is an SEO summary, not a standfirst.
    #: Off by default: the split set's gold counts hidden descriptions as leads (html lead 0.859 off, 0.648 on), the
    #: extract set does not count them as article text (html AEB 0.958 off, 0.964 on; dev, 26 Nov)
    shown_lead: bool = False
    excerpt_lead: bool = True  #: ... even when it repeats the start of the first body paragraph (False costs 0.59 vs 0.75 html lead)
    cut_after_credit: bool = True  #: lines after a closing source-credit line are not article text
    #: strip's reasons for lines cut before the article: the header (headline, byline, date) is often there
    before_reasons: tuple[str, ...] = ("before-article-start",)
    #: strip's reasons (prefixes) that name page furniture outright: such a line is never the headline
    furniture_reasons: tuple[str, ...] = ("phrase:", "form", "separators")
    #: strip's reasons for picture credits and captions: a line right above one is a caption, not a standfirst
    photo_reasons: tuple[str, ...] = ("phrase:photo", "caption", "photo-credit", "image-placeholder")
    page_repeats: bool = True  #: a headline line found again inside a longer line anywhere on the page scores higher
    breadcrumbs: bool = True  #: the last step of a numbered breadcrumb trail is the headline when the text's is not a version of it
    #: article text strip kept above the headline stays in the body (a guessed headline found mid-page costs no text);
    #: on HTML only lines in the body paragraphs' own elements, HTML_ABOVE_PROSE of them prose (a teaser list above is other stories)
    prose_above: bool = True
    #: a page with no byline is signed by the person holding the footer's copyright ("© 2009-2012 Jane Doe"; blogs)
    copyright_byline: bool = True
    #: a page with no byline is signed by the agency credit of its dateline ("Kiel (dpa/lno) –" -> "dpa/lno").
    #: Off: the record contract puts the agency in ``source`` and keeps ``byline`` null (golden de-welt-lucke-vorlesung);
    #: on, dev split byline html 0.794 -> 0.796, text 0.633 -> 0.635 (one gold doc each; trafilatura's gold names the agency)
    dateline_byline: bool = False
    #: body paragraphs the lead (often the page's description) already holds leave the body, so lead + body prints
    #: each once (split_lead.unrepeated; dev extract html AEB 0.9645 -> 0.969, split lead unchanged)
    unrepeat_lead: bool = True
    #: a date stamp ("Nov. 19, 2019 8:03 am ET") above the body's first prose paragraph leaves the body (split_shown.date_stamp)
    drop_stamps: bool = True
    #: the byline's own line left in the body ("By X" read by the layout's wider search, "Name, date" by split_credits'
    #: text scans) leaves it when it holds nothing else (split_body.byline_line; dev extract text AEB 0.9344 -> 0.9346)
    drop_byline_line: bool = True


DEFAULT = Options()


def _language(record: Record, text: str, meta: dict[str, Any]) -> str | None:
    lang = record.get("lang")
    if isinstance(lang, str) and lang:
        return lang
    from newsclean.lang import detect

    return detect(text, hint=meta.get("html_lang") if isinstance(meta.get("html_lang"), str) else None)


def _block_info(record: Record, paras: list[str]) -> tuple[list[str | None], list[str]]:
    """Match HTML blocks to paragraphs by text: (tag, path) per paragraph, None when unknown."""
    blocks = record.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        return [None] * len(paras), [""] * len(paras)  # a text input: no HTML evidence
    wanted = set(paras[:BLOCK_SCAN])
    by_text: dict[str, dict[str, Any]] = {}
    for block in blocks:
        text = block.get("text") if isinstance(block, dict) else None
        if isinstance(text, str) and (text in wanted or text.strip() in wanted):
            by_text.setdefault(text.strip(), block)
    tags: list[str | None] = []
    paths: list[str] = []
    for para in paras[:BLOCK_SCAN]:
        block = by_text.get(para, {})
        tags.append(block.get("tag") if isinstance(block.get("tag"), str) else None)
        paths.append(block.get("path") if isinstance(block.get("path"), str) else "")
    rest = len(paras) - len(tags)
    return tags + [None] * rest, paths + [""] * rest


@dataclass(slots=True)
class _Fields:
    headline: str | None = None
    lead: str | None = None
    lead_shown: bool | None = None  #: does the page print the lead (None: no lead)
    byline: str | None = None
    source: str | None = None
    dateline: str | None = None
    published: str | None = None
    body: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)


def _unrepeat(fields: _Fields) -> None:
    """Paragraphs the lead already holds leave the body (after the dateline is cut, so they compare clean)."""
    fields.lead, fields.body, repeats = unrepeated(fields.lead, fields.body)
    if repeats:
        fields.lead_shown = True  # the lead holds printed paragraphs (or became one): dropping it would lose them
    fields.removed.extend({"text": text, "reason": "lead-repeat"} for text in repeats)


def _choose_lead(fields: _Fields, layout: Layout, meta: dict[str, Any], n_pre: int, options: Options, page: DumpIndex) -> None:
    """The publisher's description beats an unmarked standfirst guess; one the markup marks, or that agrees, stays."""
    desc = meta_description(meta, fields.headline, fields.body, options.excerpt_lead) if options.meta_lead else None
    if desc and options.shown_lead and not page.shows(desc):
        desc = None
    if layout.lead and (desc is None or layout.lead_marked or agrees(layout.lead, desc)):
        fields.lead, fields.lead_shown = layout.lead, True  # a line of the page
        return
    if layout.lead and layout.lead_index is not None and layout.lead_index >= n_pre:
        fields.body.insert(0, layout.lead)  # the guessed standfirst goes back to the body
        fields.removed = [r for r in fields.removed if r["text"] != layout.lead]
    fields.lead = desc
    fields.lead_shown = page.shows(desc) if desc else None


def _apply_dateline(fields: _Fields, lang: str | None) -> None:
    """Take the dateline off the first body paragraph (a photo caption may stand before it)."""
    for i, para in enumerate(fields.body[:DATELINE_SCAN]):
        found = credits.find_dateline(para, lang)
        if not found:
            continue
        dateline, agency = found
        rest = para[len(dateline):].strip() if para.startswith(dateline) else ""
        if not rest:
            return
        fields.dateline = dateline
        fields.body[i] = rest
        if agency and not fields.source:
            fields.source = agency
        return


def _is_prose(line: str) -> bool:
    if not ends_sentence(line):
        return False
    return len(line.split()) >= ABOVE_PROSE_WORDS or (" " not in line.strip() and len(line) >= ABOVE_PROSE_CHARS)


def _parent(path: str) -> str:
    """The HTML element holding a paragraph (the step before its own in the block path)."""
    steps = path.split(">")
    return steps[-2] if len(steps) > 1 else ""


def _keep_prose_above(fields: _Fields, paras: list[str], n_pre: int, head: int | None, paths: list[str] | None = None) -> None:
    """Put the article text strip kept above the headline back at the start of the body.

    Strip judged those lines article text; a headline guessed below them (a second heading,
    a sentence that reads like a title) must not silently cost them.  From the first prose
    line on, every kept line above the headline returns (the subheadings and list items
    between paragraphs too); menus, kickers and date lines before it stay in ``boilerplate``.
    On HTML (``paths``) only lines in the same element as the body's paragraphs return, and
    ``HTML_ABOVE_PROSE`` prose paragraphs are needed: a teaser list above is other stories.
    """
    if head is None or head <= n_pre:
        return
    span = range(n_pre, head)
    if paths:
        homes = {_parent(paths[k]) for k in range(head + 1, min(len(paths), head + 1 + HTML_BODY_PATHS)) if paths[k]}
        span = [k for k in span if paths[k] and _parent(paths[k]) in homes]
    first = next((k for k in span if _is_prose(paras[k])), None)
    if first is None or sum(_is_prose(paras[k]) for k in span) < (HTML_ABOVE_PROSE if paths else 1):
        return
    left = Counter(paras[k] for k in span if k >= first)
    removed, restored = [], []
    for entry in fields.removed:
        if entry.get("reason") == "before-headline" and left[entry["text"]] > 0:
            left[entry["text"]] -= 1
            restored.append(entry["text"])
        else:
            removed.append(entry)
    fields.removed = removed
    fields.body = restored + fields.body


def _drop_stamps(fields: _Fields, site: Any = None) -> None:
    """Date stamps, the byline's own line and the site's name above the body's first prose paragraph leave it: header."""
    keep: list[str] = []
    byline = _SPACES.sub(" ", fields.byline).strip().casefold() if fields.byline else None
    site = _SPACES.sub(" ", site).strip().casefold() if isinstance(site, str) and site.strip() else None
    for k, para in enumerate(fields.body):
        if k >= STAMP_SCAN or _is_prose(para):
            keep.extend(fields.body[k:])
            break
        if date_stamp(para):
            fields.removed.append({"text": para, "reason": "date"})
        elif byline and _SPACES.sub(" ", para).strip().casefold() == byline:
            fields.removed.append({"text": para, "reason": "byline"})
        elif site and _SPACES.sub(" ", para).strip().casefold() == site:
            fields.removed.append({"text": para, "reason": "site-name"})
        elif label_only(para):
            fields.removed.append({"text": para, "reason": "label"})
        else:
            keep.append(para)
    fields.body = keep


def _apply_tail(fields: _Fields, lang: str | None, options: Options) -> None:
    """Take a source-credit line (and what follows it, unless the article goes on) off the end of the body."""
    body = fields.body
    for i in range(len(body) - 1, max(1, len(body) - credits.TAIL_ZONE) - 1, -1):
        source = credits.find_source(body[i], lang, bare_ok=i >= len(body) - credits.BARE_TAIL_ZONE)
        if not source:
            continue
        fields.source = fields.source or source
        line, after = body[i], body[i + 1 :]
        fields.removed.append({"text": line, "reason": "source"})
        if options.cut_after_credit and sum(map(_is_prose, after)) <= AFTER_CREDIT_PROSE:
            fields.removed.extend({"text": t, "reason": "after-credit"} for t in after)
            del body[i:]
        else:
            del body[i]
        return
    if body and not fields.source:
        split = credits.trailing_credit(body[-1])
        if split:
            body[-1], fields.source = split


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Split the cleaned text into headline, lead, body, byline, source, dateline and date."""
    if stage_done(record, STAGE):
        return record
    text = get_text(record)
    boilerplate = record.get("boilerplate")
    boilerplate = list(boilerplate) if isinstance(boilerplate, list) else []
    kept = paragraphs(text)
    pre, furniture, photos = header_before(boilerplate, options.before_reasons, options.furniture_reasons, options.photo_reasons)
    paras = pre + kept
    meta = record.get("meta") if isinstance(record.get("meta"), dict) and options.use_meta else {}
    lang = _language(record, text, meta)
    tags, paths = _block_info(record, paras)
    whole = page_index(boilerplate, text)
    page = whole if options.page_repeats else None
    opening = None if record.get("blocks") else len(pre)  # a text dump: strip's article opens at or just under the headline
    echoes = echoes_of(boilerplate) if opening is not None else frozenset()
    layout: Layout = lay_out(paras, tags, paths, meta, lang, furniture, page, photos, opening, echoes)
    body = [paras[k] for k in layout.between if k >= len(pre)] + kept_part(layout.body, kept)
    headline = prefer_crumb(layout.headline, breadcrumb_title(boilerplate, kept)) if options.breadcrumbs else layout.headline
    fields = _Fields(headline=headline, byline=layout.byline, body=body, removed=not_in(layout.removed, pre))
    fields.published = published(meta, lang, layout, paras, kept, len(pre), boilerplate)
    fields.byline = (layout.byline or layout.marked_byline or marked_block_byline(record.get("blocks"), lang)
                     or meta_byline(meta) or layout.bare_byline)
    fields.byline = reconcile_byline(fields.byline, meta_byline(meta), lang) if meta else fields.byline
    fields.byline = agreed_author(fields.byline, meta, lang, printed=layout.byline is not None)
    _choose_lead(fields, layout, meta, len(pre), options, whole)
    fields.source = layout.source
    _apply_dateline(fields, lang)
    if options.unrepeat_lead:
        _unrepeat(fields)
    _apply_tail(fields, lang, options)
    if options.prose_above:
        _keep_prose_above(fields, paras, len(pre), layout.head_index, paths if record.get("blocks") else None)
    if not fields.byline:
        fields.byline = credits.byline_from_boilerplate(boilerplate, lang, [fields.headline or "", *kept]) or marked_block_byline(record.get("blocks"), lang, True)
    if not fields.byline:
        _signed_end(fields, lang)
    if not fields.byline:
        _byline_in_body(fields, lang)
    if not fields.byline and layout.head_index is not None:
        _bare_under_headline(fields, paras, layout.head_index, lang)
    if not fields.byline and options.copyright_byline:
        fields.byline = copyright_holder(boilerplate, lang)
    if not fields.byline and options.dateline_byline and fields.dateline:
        fields.byline = credits.dateline_credit(fields.dateline)
    if options.drop_byline_line:
        drop_byline_line(fields.body, fields.removed, fields.byline, lang)
    if options.drop_stamps:
        _drop_stamps(fields, meta.get("og_site_name") or meta.get("site_name"))
    boilerplate.extend(fields.removed)
    return mark_stage(_output(record, fields, lang, boilerplate), STAGE)


def _output(record: Record, fields: _Fields, lang: str | None, boilerplate: list[Any]) -> Record:
    """The record with split's fields set; ``lead_shown`` only beside a lead."""
    out = updated(record, headline=fields.headline, lead=fields.lead, body="\n\n".join(fields.body) or None,
                  byline=fields.byline, source=fields.source, dateline=fields.dateline,
                  published=fields.published, lang=lang, boilerplate=boilerplate)
    if fields.lead:
        out["lead_shown"] = bool(fields.lead_shown)
    else:
        out.pop("lead_shown", None)
    return out


def _signed_end(fields: _Fields, lang: str | None) -> None:
    """A bare name closing the body ("Jan Koch" under the last paragraph) signs the article: it becomes the byline."""
    i = credits.signed_body_end(fields.body, lang)
    if i is not None:
        fields.byline = fields.body[i].strip()
        fields.removed.append({"text": fields.body.pop(i), "reason": "byline"})


def _bare_under_headline(fields: _Fields, paras: list[str], head: int, lang: str | None) -> None:
    """A bare author name just under the headline ("Jan Koch" between headline and standfirst) is the byline."""
    i = credits.bare_name_under(paras, head, fields.headline, lang)
    if i is None:
        return
    fields.byline = names_only(paras[i], lang)
    if paras[i] in fields.body:
        fields.body.remove(paras[i])
        fields.removed.append({"text": paras[i], "reason": "byline"})


def _byline_in_body(fields: _Fields, lang: str | None) -> None:
    """A "Von X" line among the first body paragraphs (below a standfirst or a picture) is the byline."""
    fields.byline = byline_in_body(fields.body, fields.removed, lang) or fields.byline
