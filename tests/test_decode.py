"""The decode stage: bytes and records in, clean one-paragraph-per-line text out."""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import charset, decode
from newsclean.record import stage_done

CASES = Path(__file__).parent / "cases" / "decode"
GREEK = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία και την απασχόληση.\n"
RUSSIAN = "Сегодня в Москве прошла встреча министров иностранных дел двух стран.\n"


def _encoding_cases() -> list[dict[str, str]]:
    lines = (CASES / "encodings.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# ---------------------------------------------------------------- API
def test_api_shape() -> None:
    assert decode.STAGE == "decode"
    assert decode.DEFAULT == decode.Options()
    fields = {f.name: f.default for f in dataclasses.fields(decode.Options)}
    assert fields["format"] == "auto" and fields["encoding"] is None and fields["max_bytes"] == 50_000_000
    with pytest.raises(dataclasses.FrozenInstanceError):
        decode.DEFAULT.format = "html"  # type: ignore[misc]


@pytest.mark.parametrize("case", _encoding_cases(), ids=lambda c: f"{c['lang']}-{c['encoding']}")
def test_decode_bytes_legacy_encodings(case: dict[str, str]) -> None:
    text = (case["text"] + "\n") * 4
    assert decode.decode_bytes(text.encode(case["encoding"])) == text


@pytest.mark.parametrize(
    ("bom_codec", "plain"),
    [("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-16-be", None), ("utf-32", "utf-32")],
)
def test_boms(bom_codec: str, plain: str | None) -> None:
    data = GREEK.encode(bom_codec) if plain else codecs.BOM_UTF16_BE + GREEK.encode("utf-16-be")
    assert decode.decode_bytes(data) == GREEK
    record = decode.from_bytes(data, id="a.txt", path="a.txt")
    assert record["text"] == GREEK.strip() and record["lang"] == "el"


def test_bomless_utf16() -> None:
    text = "Plain English text without a byte order mark.\nSecond line here.\n"
    assert decode.decode_bytes(text.encode("utf-16-le")) == text
    assert decode.decode_bytes(text.encode("utf-16-be")) == text


def test_declared_charset_believed_when_bytes_agree() -> None:
    page = f'<html><head><meta charset="windows-1251"><title>t</title></head><body><p>{RUSSIAN}</p></body></html>'
    got = charset.decode(page.encode("cp1251"))
    assert (got.codec, got.method) == ("cp1251", "declared")
    xml = f'<?xml version="1.0" encoding="ISO-8859-7"?><rss><title>{GREEK}</title></rss>'
    assert charset.decode(xml.encode("iso8859-7")).codec == "iso8859-7"


def test_declared_charset_ignored_when_it_lies() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{RUSSIAN * 3}</p></body></html>'
    got = charset.decode(page.encode("cp1251"))
    assert got.method == "detected" and "Москве" in got.text


def test_mixed_utf8_with_a_stray_cp1252_byte() -> None:
    data = ("Grüße aus Köln, schöne Straße. " * 10).encode() + b" \x93quoted\x94 "
    got = charset.decode(data)
    assert got.method == "utf-8-mixed" and "\u201cquoted\u201d" in got.text


def test_forced_encoding() -> None:
    record = decode.from_bytes(GREEK.encode("cp1253"), id="g", options=decode.Options(encoding="cp1253"))
    assert record["encoding"] == "cp1253" and record["text"] == GREEK.strip()
    bad = decode.from_bytes(b"abc", id="g", options=decode.Options(encoding="no-such-codec"))
    assert bad["text"] == "" and "unknown encoding" in bad["errors"][0]["message"]


# ---------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, bytes(range(256)) * 40, b"\x00\x01\x02\x03" * 500, b"%PDF-1.4\n..."],
    ids=["png", "all-bytes", "nul-heavy", "pdf"],
)
def test_binary_is_an_error_record(data: bytes) -> None:
    record = decode.from_bytes(data, id="x.txt", path="x.txt")
    assert record["text"] == "" and record["errors"][0]["stage"] == "decode"
    assert record["errors"][0]["message"].startswith("not text")
    assert stage_done(record, "decode")


def test_empty_input_is_a_warning() -> None:
    record = decode.from_bytes(b" \n\t\n", id="e.txt")
    assert record["text"] == "" and record["warnings"][0]["stage"] == "decode" and "errors" not in record


def test_too_large_is_an_error() -> None:
    record = decode.from_bytes(b"x" * 101, id="big", options=decode.Options(max_bytes=100))
    assert record["text"] == "" and "max-bytes" in record["errors"][0]["message"]
    assert "max-bytes" in decode.run({"id": "j", "text": "y" * 101}, decode.Options(max_bytes=100))["errors"][0]["message"]


# ---------------------------------------------------------------- the record contract
def test_bare_text_record_and_unknown_fields() -> None:
    record = {"id": "1", "text": "  Hello\u00a0 world\r\n\r\n\r\nSecond\u00adline\u200b \n\n", "custom": {"a": 1}}
    out = decode.run(record)
    assert out["text"] == "Hello world\n\nSecondline"
    assert out["custom"] == {"a": 1} and out["format"] == "text" and out["encoding"] is None
    assert out["fixes"] == ["line-endings", "nbsp", "zero-width", "soft-hyphen"]
    assert record["text"].startswith("  Hello")  # the input was not mutated


def test_existing_lang_is_kept() -> None:
    assert decode.run({"id": "1", "text": GREEK * 3, "lang": "xx"})["lang"] == "xx"
    assert decode.run({"id": "1", "text": GREEK * 3})["lang"] == "el"


def test_html_record() -> None:
    page = (
        '<html lang="el"><head><title>Τίτλος | Site</title><meta property="og:title" content="Τίτλος">'
        "<script>var x = '<p>no</p>';</script><style>p{}</style></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Τίτλος</h1><p>Πρώτη παράγραφος με <a href='#'>σύνδεσμο</a>.</p><p>Δεύτερη<br>γραμμή</p>"
        "</article></body></html>"
    )
    out = decode.run({"id": "h", "html": page})
    assert "html" not in out and out["format"] == "html"
    assert out["text"] == "Home\nΤίτλος\nΠρώτη παράγραφος με σύνδεσμο.\nΔεύτερη\nγραμμή"
    assert [b["text"] for b in out["blocks"]] == out["text"].split("\n")
    assert out["blocks"][1]["tag"] == "h1" and out["blocks"][0]["link_density"] == 1.0
    assert out["meta"]["og_title"] == "Τίτλος" and out["meta"]["html_lang"] == "el"
    assert decode.run({"id": "h", "html": page}, decode.Options(keep_html=True))["html"] == page


def test_text_that_is_html_is_sniffed() -> None:
    page = "<!DOCTYPE html><html><body><p>One</p><p>Two</p></body></html>"
    assert decode.run({"id": "s", "text": page})["format"] == "html"
    assert decode.run({"id": "s", "text": page}, decode.Options(format="text"))["format"] == "text"
    assert decode.run({"id": "t", "text": "a <b>bold</b> claim & more"})["text"] == "a bold claim & more"


def test_from_bytes_html_file() -> None:
    page = '<html><head><meta charset="iso-8859-7"></head><body><p>' + GREEK + "</p></body></html>"
    record = decode.from_bytes(page.encode("iso8859-7"), id="p.html", path="p.html")
    assert record["format"] == "html" and record["encoding"] == "iso8859-7" and record["text"] == GREEK.strip()


def test_run_twice_is_a_no_op() -> None:
    once = decode.run({"id": "1", "text": "A\r\nB"})
    assert decode.run(once) == once


# ---------------------------------------------------------------- pathological input
@pytest.mark.parametrize(
    "record",
    [
        {"id": "nested", "html": "<div>" * 60_000 + "deep" + "</div>" * 60_000},
        {"id": "script", "html": "<html><body><p>Before</p><script>var a = 1; <p>never closed"},
        {"id": "line", "text": "word " * 1_000_000},
        {"id": "guillemets", "text": "«" * 1_000_000},
        {"id": "pipes", "text": "|\n" * 100_000},
    ],
    ids=lambda r: r["id"],
)
def test_pathological_input_finishes(record: dict[str, str]) -> None:
    start = time.perf_counter()
    out = decode.run(record)
    assert time.perf_counter() - start < 15
    assert isinstance(out["text"], str) and stage_done(out, "decode")


# ---------------------------------------------------------------- properties
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_decodes_and_is_stable(text: str) -> None:
    out = decode.run({"id": "h", "text": text, "other": 1})
    assert out["other"] == 1 and "\r" not in out["text"]
    again = decode.run({"id": "h", "text": out["text"]}, decode.Options(format="text"))
    assert again["text"] == out["text"] or out["format"] == "html"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_record(data: bytes) -> None:
    record = decode.from_bytes(data, id="b")
    assert isinstance(record["text"], str) and stage_done(record, "decode")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fix_mojibake_is_idempotent(text: str) -> None:
    once = decode.fix_mojibake(text)
    assert decode.fix_mojibake(once) == once


# ---------------------------------------------------------------- shared data
def test_shared_pages_keep_block_contract(shared: Path) -> None:
    with gzip.open(shared / "eval/extract/dev.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(next(f)) for _ in range(5)]
    for row in rows:
        out = decode.run({"id": row["id"], "html": row["html"]})
        assert out["text"] and [b["text"] for b in out["blocks"]] == [x for x in out["text"].split("\n") if x]
        lynx = decode.run({"id": row["id"], "text": row["text_dump_lynx"]})
        w3m = decode.run({"id": row["id"], "text": row["text_dump"]})
        assert "rejoined-lines" not in w3m["fixes"]
        assert len(lynx["text"].split("\n")) < len(row["text_dump_lynx"].split("\n"))


# ---------------------------------------------------------------- lone surrogates (JSON "\ud800")
@pytest.mark.parametrize("field", ["text", "html"])
def test_each_lone_surrogate_becomes_one_replacement_character(field: str) -> None:
    source = "Lone \ud800 high and \udc00 low, a split pair \ud83d\ude00 joined."
    out = decode.run({"id": "s", field: f"<p>{source}</p>" if field == "html" else source})
    assert out["text"] == "Lone \ufffd high and \ufffd low, a split pair \U0001f600 joined."
    assert out["fixes"][0] == decode.SURROGATE_FIX
    out["text"].encode("utf-8")  # strict UTF-8 consumers accept it
    assert decode.run(out) is out


def test_text_without_surrogates_notes_no_surrogate_fix() -> None:
    assert decode.SURROGATE_FIX not in decode.run({"id": "g", "text": GREEK + "😀"})["fixes"]
    assert decode.replace_surrogates(GREEK) == (GREEK, False)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0xD000, max_codepoint=0xE100), max_size=30))
def test_no_surrogate_survives_decode(text: str) -> None:
    out = decode.run({"id": "p", "text": text})
    out["text"].encode("utf-8")
