"""JSON lines reading and writing: line numbers, bad lines, limits, separators."""

from __future__ import annotations

import io
import json

import pytest

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


def test_invalid_utf8_is_replaced_with_a_warning_and_the_record_kept() -> None:
    [rec] = _read(b'{"id":"a","text":"caf\xe9 ok"}\n')
    assert rec["text"] == "caf\ufffd ok" and "errors" not in rec
    assert "not valid UTF-8" in rec["warnings"][0]["message"] and "in.jsonl:1" in rec["warnings"][0]["message"]


@pytest.mark.parametrize("line,kind", [(b"[1]", "an array"), (b'"s"', "a string"), (b"42", "a number"), (b"null", "null"), (b"true", "a boolean")])
def test_json_that_is_not_an_object_is_named(line: bytes, kind: str) -> None:
    [rec] = _read(line + b"\n")
    assert rec["errors"][0]["message"] == f"in.jsonl:1: a record must be a JSON object, not {kind}"


def test_error_records_carry_file_and_line() -> None:
    rec = _read(b'{"id":"a"}\n{oops\n')[1]
    assert isinstance(rec, jsonl.ErrorRecord)
    assert rec["errors"][0] | {"message": ""} == {"stage": "read", "message": "", "file": "in.jsonl", "line": 2}


def test_huge_integer_and_deep_nesting_are_error_records() -> None:
    recs = _read(b'{"n":' + b"9" * 5000 + b'}\n' + b"[" * 100_000 + b"\n", max_bytes=1_000_000)
    assert all("invalid JSON" in r["errors"][0]["message"] for r in recs) and len(recs) == 2


def test_crlf_lines_and_blank_lines() -> None:
    assert _read(b'{"id":"a"}\r\n\r\n\n{"id":"b"}') == [{"id": "a"}, {"id": "b"}]


def test_integer_ids_become_strings() -> None:
    assert _read(b'{"id":7}\n{"id":true}\n')[0]["id"] == "7"
    assert _read(b'{"id":true}\n')[0]["id"] == "in.jsonl:1"


def test_missing_id_gets_source_and_line() -> None:
    assert _read(b'{"text":"t"}\n')[0]["id"] == "in.jsonl:1"


def test_pretty_printed_json_gets_a_hint() -> None:
    recs = _read(b'{\n  "id": "a"\n}\n')
    assert "jq -c" in recs[0]["errors"][0]["message"]


def test_lone_surrogates_are_written_as_valid_json() -> None:
    line = jsonl.encode({"id": "x", "text": "\ud800"})
    assert json.loads(line) == {"id": "x", "text": "\ud800"}


# --- orjson and the standard library write and read the same ------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2**80), max_value=2**80),
                     st.floats(allow_nan=False, allow_infinity=False), st.floats(min_value=-1e-3, max_value=1e-3),
                     st.text(), st.sampled_from(["e-mail", "1e-5", "0.00001", "\ud800", "a\u2028b", "\x00\x1f\x7f"]))
_values = st.recursive(_scalars, lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=5), kids, max_size=4)), max_leaves=20)


def _reference(record: dict) -> bytes:
    """What newsclean wrote before orjson: json.dumps, compact, not ASCII-escaped (escaped for lone surrogates)."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True, separators=(",", ":")).encode("ascii")


@settings(max_examples=200, deadline=None)
@given(record=st.dictionaries(st.text(max_size=5), _values, max_size=6))
def test_written_bytes_are_the_standard_librarys_with_and_without_orjson(record: dict) -> None:
    assert jsonl.dumps_bytes(record) == _reference(record)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(jsonl, "_orjson", None)
        assert jsonl.dumps_bytes(record) == _reference(record)


@settings(max_examples=200, deadline=None)
@given(record=st.dictionaries(st.text(max_size=5), _values, max_size=6))
def test_read_values_are_the_standard_librarys_with_and_without_orjson(record: dict) -> None:
    line = _reference({"id": "r", **record, "id": "r"}) + b"\n"
    expected = json.loads(line)
    got = _read(line, max_bytes=10**6)
    assert got == [expected] and repr(got[0]) == repr(expected)  # repr: 1 and 1.0 differ
    with pytest.MonkeyPatch.context() as m:
        m.setattr(jsonl, "_orjson", None)
        assert repr(_read(line, max_bytes=10**6)[0]) == repr(expected)


@pytest.mark.parametrize("literal", [b"18446744073709551616", b"-9223372036854775809", b"123456789012345678901234567890"])
def test_integers_past_64_bits_stay_exact_integers(literal: bytes) -> None:
    [rec] = _read(b'{"id":"a","n":[{"m":' + literal + b'}]}\n')
    assert rec["n"][0]["m"] == int(literal) and isinstance(rec["n"][0]["m"], int)


@pytest.mark.parametrize("hide_orjson", [False, True])
def test_nan_and_infinity_are_written_as_null(hide_orjson: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if hide_orjson:
        monkeypatch.setattr(jsonl, "_orjson", None)
    record = {"id": "x", "a": float("nan"), "b": [float("inf"), {"c": float("-inf")}], "t": "\ud800"}
    line = jsonl.encode(record)
    assert line == b'{"id":"x","a":null,"b":[null,{"c":null}],"t":"\\ud800"}\n'


def test_nan_read_from_input_comes_out_as_null() -> None:
    [rec] = _read(b'{"id":"a","x":NaN}\n')
    assert jsonl.encode(rec) == b'{"id":"a","x":null}\n'
