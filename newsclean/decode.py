"""Stage 1, decode: any bytes in, clean Unicode text out, one paragraph per line.

Bytes go through :mod:`newsclean.charset` (BOM, strict UTF-8, a declared
charset the bytes agree with, then a detector over the document); the text
through :mod:`newsclean.mojibake` (wrong-codec repairs that never touch clean
lines); then HTML through :mod:`newsclean.html` (blocks with tag, link density
and path, plus page metadata) or a text dump through
:mod:`newsclean.textclean` (invisible junk, stray markup, hard wraps).  What
was done is recorded: ``format``, ``encoding`` and the named ``fixes``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.record import Record, add_error, add_warning, get_text, mark_stage, stage_done, updated

STAGE = "decode"
SNIFF_CHARS = 4_096  #: look this far into a text for signs that it is an HTML page
SNIFF_MIN_TAGS = 4  #: a text starting with "<" and holding this many block/head tags is HTML
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")  #: file names that are HTML

_HTML_START = regex.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)", regex.IGNORECASE)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")  #: a UTF-16 surrogate code point: only lone ones (or a split pair) reach a str
SURROGATE_FIX = "lone-surrogate"  #: the fix name: a lone surrogate (JSON "\\ud800") became one U+FFFD
_HTML_TAG = regex.compile(r"<(?:head|body|meta|title|div|p|table|script|style|link|span|a)[\s>/]", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the decode stage."""

    format: str = "auto"  #: auto | text | html
    encoding: str | None = None  #: force this codec instead of detecting one
    max_bytes: int = 50_000_000  #: refuse larger inputs (bytes of a file, characters of a JSON text)
    keep_html: bool = False  #: keep the ``html`` field in the output record
    rejoin: bool = True  #: re-join hard-wrapped lines of text dumps into paragraphs
    mojibake: bool = True  #: repair text that went through the wrong codec
    detector: str = "auto"  #: auto (chardet >= 7 when installed, else charset-normalizer) | chardet | charset-normalizer


DEFAULT = Options()


def decode_bytes(data: bytes) -> str:
    """Decode bytes of unknown encoding to text (charset and mojibake, no markup handling)."""
    from newsclean import charset, mojibake

    return mojibake.fix_text(charset.decode(data).text, c1_controls=False)[0]


def fix_mojibake(text: str) -> str:
    """Repair text that went through the wrong codec; clean text comes back unchanged."""
    from newsclean import mojibake

    return mojibake.fix_text(text)[0]


def looks_like_html(text: str) -> bool:
    """Tell whether a text is an HTML page (doctype/<html> first, or markup-dense from the start)."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= SNIFF_MIN_TAGS


def _is_html(text: str, path: str | None, options: Options) -> bool:
    if options.format != "auto":
        return options.format == "html"
    if path and path.lower().endswith(HTML_SUFFIXES):
        return True
    return looks_like_html(text)


def replace_surrogates(text: str) -> tuple[str, bool]:
    """Replace each lone surrogate by one U+FFFD (a split pair is joined): strict UTF-8 consumers refuse them.

    JSON input can carry ``"\\ud800"`` alone; left in, the text path would pass it to the output and the HTML
    path hand lexbor three invalid UTF-8 bytes (three U+FFFD).  Returns the text and whether anything changed.
    The HTML path calls it only when :func:`newsclean.html.utf8` finds one (the page is encoded anyway).
    """
    if text.isascii() or _SURROGATE.search(text) is None:
        return text, False
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), True


def _too_big(record: Record, size: int, limit: int) -> Record:
    message = f"input too large: {size} bytes > --max-bytes {limit}; raise --max-bytes to process it"
    return mark_stage(add_error(updated(record, text="", format="text"), STAGE, message), STAGE)


def from_bytes(data: bytes, *, id: str, path: str | None = None, options: Options = DEFAULT) -> Record:
    """Build a decoded record from the raw bytes of one input file (or of stdin)."""
    from newsclean import charset

    record: Record = {"id": id, "path": path}
    if len(data) > options.max_bytes:
        return _too_big(record, len(data), options.max_bytes)
    if options.encoding and charset.codec_name(options.encoding) is None:
        message = f"unknown encoding {options.encoding!r}: give a codec name such as utf-8, cp1253, iso-8859-7, koi8-r"
        return mark_stage(add_error(updated(record, text="", format="text"), STAGE, message), STAGE)
    if not options.encoding and not charset.sniff_bom(data) and not charset.sniff_utf16_32(data):
        reason = charset.not_text_reason(data)
        if reason:
            record = updated(record, text="", format="text", encoding=None)
            return mark_stage(add_error(record, STAGE, reason), STAGE)
    decoded = charset.decode(data, forced=options.encoding, backend=options.detector)
    record = updated(record, encoding=decoded.codec)
    if _is_html(decoded.text, path, options):
        return _finish_html(record, decoded.text, options)
    return _finish_text(record, decoded.text, options)


def _finish_text(record: Record, text: str, options: Options) -> Record:
    """Clean a text dump: mojibake, invisible junk, stray markup, hard wraps."""
    from newsclean import mojibake, textclean

    text, replaced = replace_surrogates(text)
    fixes: list[str] = [SURROGATE_FIX] if replaced else []
    first = None
    if options.mojibake:
        first = mojibake.repair(text)
        text, fixes = first.text, fixes + first.names
    text, more = textclean.clean(text, markup=True, rejoin_lines=options.rejoin)
    if first is not None:  # clean-up can expose mojibake (``Â`` + tab -> ``Â`` + space): lines it changed get one more round
        again = mojibake.repair(text, after=first)
        if again.names:
            text, more2 = textclean.clean(again.text, markup=True, rejoin_lines=options.rejoin)
            fixes, more = fixes + again.names, more + more2
    record = updated(record, format="text", text=text, fixes=_ordered(fixes + more))
    return _finish(record, text, None)


def _clean_lines(texts: list[str], options: Options) -> tuple[list[str], list[str]]:
    """Repair and normalise block texts together (one document-level pass), one line per block.

    The texts come from :func:`newsclean.html.blocks_from_tree`, already stripped and single-spaced, so
    ``layout`` can only change a line that a repair changed: unchanged lines are kept as they are.
    """
    from newsclean import mojibake, textclean

    original = joined = "\n".join(texts)  # block texts hold no line breaks: lines map one to one
    fixes: list[str] = []
    if options.mojibake:
        joined, fixes = mojibake.fix_text(joined)
    cleaned, more = textclean.normalise(joined, markup=False)
    if cleaned == original:  # the usual case: the walk's lines are already stripped and single-spaced
        return texts, fixes + more
    lines = cleaned.split("\n")
    if len(lines) != len(texts):  # a repair produced a line break: keep the blocks as they were
        return texts, fixes + more
    return [line if line == text else textclean.layout(line) for line, text in zip(lines, texts)], fixes + more


def _finish_html(record: Record, markup: str, options: Options) -> Record:
    """Parse a page into text lines (one per block line), blocks and page metadata."""
    from newsclean import html

    raw_blocks, meta, surrogates = html.extract_page(markup)  # lone surrogates are replaced where the page is encoded
    texts, fixes = _clean_lines([b["text"] for b in raw_blocks], options)
    if surrogates:
        fixes.append(SURROGATE_FIX)
    blocks = []
    for block, text in zip(raw_blocks, texts):  # the blocks are extract's own fresh dicts: updated in place
        if text:
            block["text"] = text
            blocks.append(block)
    text = "\n".join(b["text"] for b in blocks)
    record = updated(record, format="html", text=text, blocks=blocks, meta=meta, fixes=_ordered(fixes))
    if not options.keep_html:
        record.pop("html", None)
    return _finish(record, text, meta.get("html_lang"))


def _ordered(fixes: list[str]) -> list[str]:
    """Deduplicate fixes and put them in their fixed, documented order."""
    from newsclean.textclean import FIX_ORDER

    order = (SURROGATE_FIX, "mojibake", "legacy-codec", *FIX_ORDER)
    return sorted(set(fixes), key=lambda f: (order.index(f) if f in order else len(order), f))


def _finish(record: Record, text: str, lang_hint: str | None) -> Record:
    """Set ``lang`` (unless given), warn on empty text, and note that decode ran."""
    if not text.strip():
        record = add_warning(record, STAGE, "empty input: no text after decoding")
    elif not (isinstance(record.get("lang"), str) and record["lang"].strip()):
        from newsclean import lang

        record = updated(record, lang=lang.detect(text, hint=lang_hint))
    return mark_stage(record, STAGE)


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Decode a record's ``html`` or ``text`` into clean text, one paragraph per line."""
    if stage_done(record, STAGE):
        return record
    markup = record.get("html")
    text = markup if isinstance(markup, str) else get_text(record)
    if len(text) > options.max_bytes:
        return _too_big(record, len(text), options.max_bytes)
    record = updated(record, encoding=record.get("encoding"))
    is_html = isinstance(markup, str) or record.get("format") == "html" or _is_html(text, None, options)
    if options.format == "text" and not isinstance(markup, str):
        is_html = False
    if is_html:
        return _finish_html(record, text, options)
    return _finish_text(record, text, options)
