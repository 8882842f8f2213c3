"""JSON lines reading and writing: line numbers, bad lines, limits, separators."""

from __future__ import annotations

import io
import json

from newsclean import jsonl


def _read(data: bytes, max_bytes: int = 1000) -> list[dict]:
    return list(jsonl.read(io.BytesIO(data), "in.jsonl", max_bytes))


def test_good_and_bad_lines_keep_order_and_line_numbers() -> None:
    recs = _read(b'{"id":"a"}\n\nnot json\n[1]\n{"id":"b"}\n')
    assert [r["id"] for r in recs] == ["a", "in.jsonl:3", "in.jsonl:4", "b"]
    assert "in.jsonl:3: invalid JSON" in recs[1]["errors"][0]["message"]
    assert "must be a JSON object" in recs[2]["errors"][0]["message"]


def test_unicode_line_separators_are_text_not_newlines() -> None:
    text = "a\u2028b\u0085c\u2029d"
    recs = _read((json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n").encode())
    assert recs == [{"id": "x", "text": text}]
    assert jsonl.encode(recs[0]).count(b"\n") == 1


def test_line_longer_than_limit_is_an_error_and_reading_goes_on() -> None:
    recs = _read(b'{"id":"a","text":"' + b"x" * 5000 + b'"}\n{"id":"b"}\n', max_bytes=100)
    assert "longer than --max-bytes" in recs[0]["errors"][0]["message"]
    assert recs[1] == {"id": "b"}


def test_invalid_utf8_is_an_error_record() -> None:
    recs = _read(b'{"id":"a","text":"\xff\xfe"}\n')
    assert "not UTF-8" in recs[0]["errors"][0]["message"]


def test_missing_id_gets_source_and_line() -> None:
    assert _read(b'{"text":"t"}\n')[0]["id"] == "in.jsonl:1"


def test_pretty_printed_json_gets_a_hint() -> None:
    recs = _read(b'{\n  "id": "a"\n}\n')
    assert "jq -c" in recs[0]["errors"][0]["message"]


def test_lone_surrogates_are_written_as_valid_json() -> None:
    line = jsonl.encode({"id": "x", "text": "\ud800"})
    assert json.loads(line) == {"id": "x", "text": "\ud800"}
